"""Fatalities and injuries by ACLED's rules, read from the parse.

- reported deaths only: a number must be attached to a death word ("killing
  two people", "2 civilians were killed", "Two people died", "the death toll
  rose to 66");
- "at least N", "more than N", "up to N" → N; vague amounts from
  ``event_words.tsv`` (several/few → 3, dozens → 12, hundreds → 100): the
  victims' count and group are read by :mod:`.victims`;
- a part of a count already given ("including 2 children") and running totals
  ("since February") are not counted;
- a belligerent's claim about the enemy's losses ("Russia's defence ministry
  said it killed 300 Ukrainian soldiers") is kept as a :class:`Count` with
  ``claim`` set, not as fatalities;
- ACLED's own coding remarks in its notes ("Unspecified fatalities coded as
  10", "fatalities coded to the X event") override the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..analyse.nlp import span_text
from .clause import perfect
from .lexicon import token_pairs
from .victims import _group, _victim_total, _word_class, number_value

_REMARKS = [
    (re.compile(r"fatalit(?:y|ies)\s+(?:are\s+|were\s+)?coded\s+(?:to|in)\s+(?:the\s+)?[^.;)\]]*?event", re.I), "zero"),
    (re.compile(r"(\d+)\s+fatalit(?:y|ies)\s+(?:were\s+)?coded\s+(?:to|for|in)\s+this", re.I), "value"),
    (re.compile(r"(?:fatalities|casualties)\s+(?:were\s+|are\s+)?(?:split\s+and\s+)?coded\s+as\s+(\d+)", re.I), "value"),
    (re.compile(r"(\d+)\s+fatalit(?:y|ies)\s+(?:were\s+)?split\s+(?:between|among|across)\s+(\d+)", re.I), "split"),
    (re.compile(r"coded\s+as\s+(\d+)\s+fatalit", re.I), "value"),
    (re.compile(r"fatalities\s+split\s+(?:between|among|across)\s+(\d+)", re.I), "divide"),
]


@dataclass
class Count:
    """One reported figure: deaths or injuries of a group of victims."""

    kind: str  # "death" | "injury"
    value: int
    group: str  # "civilian" | "combatant" | "people"
    side: str | None  # the victims' side where a demonym says it ("RU")
    start: int  # character offsets of the evidence
    end: int
    claim: str | None = None  # the belligerent source, when discounted


def _subset(token: Any) -> bool:
    """A count introduced by "including", "among them": part of another count."""
    for a in [token, *list(token.ancestors)[:3]]:
        if a.lower_ in ("including", "among", "incl"):
            return True
    return False


def _victims(trigger: Any) -> list[Any]:
    """Noun phrases counted by a death or injury word, from the parse."""
    lemma = trigger.lemma_.lower()
    found = []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    for c in trigger.children:
        if passive and c.dep_ == "nsubjpass":
            found.append(c)
        elif not passive and c.dep_ in ("dobj", "obj") and lemma not in ("die",):
            found.append(c)
        elif c.dep_ == "nsubj" and (lemma in ("die", "perish", "dead", "wounded", "injured")
                                    or _elided_passive(trigger)):
            found.append(c)
        elif c.dep_ in ("nummod",) and lemma in ("death", "fatality", "casualty", "injury"):
            found.append(c)
    if not found and trigger.dep_ in ("acomp", "oprd", "amod", "advcl", "conj", "xcomp", "ccomp"):
        head = trigger.head
        if trigger.dep_ == "amod" and number_value(head) is not None:
            found.append(head)
        for c in head.children:
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != trigger.i and trigger.dep_ in ("acomp", "oprd"):
                found.append(c)
    if not found and trigger.dep_ in ("amod", "compound") and trigger.head.pos_ == "NUM":
        found.append(trigger.head)
    if not found and lemma == "toll":
        found += _toll_value(trigger)
    if not found and (number := _number_after(trigger)) is not None:
        found.append(number)  # "... and wounded five, the governor said" (a misparse)
    return found


def _elided_passive(trigger: Any) -> bool:
    """"35 people were killed and 134 injured": the second verb shares the first's passive,
    so its subject is the injured, not an attacker."""
    head = trigger.head
    return (trigger.dep_ == "conj" and head.i != trigger.i
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
            and not any(c.dep_ in ("dobj", "obj", "aux") for c in trigger.children))


_HEDGES = frozenset({"at", "least", "about", "some", "around", "nearly", "almost", "over",
                     "more", "than", "up", "to"})


def _number_after(trigger: Any) -> Any | None:
    """The number right after a casualty verb ("wounded five", "injured at least 12")."""
    doc = trigger.doc
    for t in doc[trigger.i + 1: min(len(doc), trigger.i + 5)]:
        if number_value(t) is not None and t.pos_ == "NUM":
            return None if _measure(t) else t
        if t.lower_ not in _HEDGES:
            return None
    return None


def _measure(number: Any) -> bool:
    """A number of a unit, not of people ("died at five weeks old", "wounded 20 km away")."""
    return number.dep_ == "nummod" and number.head.lemma_.lower() in _word_class("measure")


CLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp", "acl", "csubj"})


def _toll_value(toll: Any) -> list[Any]:
    """"the death toll rose to 66", "a death toll of 66": a number of the toll's own clause,
    not of another clause of the sentence ("..., as 40,000 people fled")."""
    for t in [toll, toll.head]:
        for c in _clause(t):
            if c.like_num and c.i > toll.i:
                return [c]
    return []


def _clause(t: Any) -> list[Any]:
    """``t``'s subtree without the clauses hanging below it, in text order."""
    out, todo = [], [t]
    while todo:
        x = todo.pop()
        out.append(x)
        todo += [c for c in x.children if c.dep_ not in CLAUSES]
    return sorted(out, key=lambda x: x.i)


def find_counts(sent: Any) -> list[Count]:
    """Every death and injury figure of a sentence (a spaCy Span)."""
    deaths, injuries = _word_class("death"), _word_class("injury")
    cumulative = _running_total(span_text(sent))
    counts = []
    for k, (lower, lemma) in enumerate(token_pairs(sent)):
        kind = "death" if lemma in deaths or lower in deaths else (
            "injury" if lemma in injuries or lower in injuries else None)
        t = sent[k]
        if kind is None or cumulative and (perfect(t) or t.pos_ != "VERB"):
            continue  # "since February, 5,000 have been killed", not "killed two, the most since May"
        if _negated(t) or _unreal(t) or _background_total(t):
            continue
        for noun in _victims(t):
            if _subset(noun):
                continue
            value = _victim_total(noun)
            if value is None:
                continue
            group, side = _group(noun)
            if group == "people" and noun.like_num and counts:  # "two soldiers were killed and five wounded"
                group, side = counts[-1].group, counts[-1].side
            start = min(noun.left_edge.idx, t.idx)
            end = max(t.idx + len(t), noun.right_edge.idx + len(noun.right_edge))
            kinds = [kind, "injury"] if _killed_and_wounded(t) else [kind]
            for k in kinds:
                counts.append(Count(k, value, group, side, start, end))
    return _dedupe(counts)


def _negated(t: Any) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _running_total(text: str) -> bool:
    """A word of ``cumulative`` as words of the sentence ("since", "a day", "in all", not "in allied")."""
    padded = " " + re.sub(r"[^\w']+", " ", text.lower()) + " "
    return any(f" {w} " in padded for w in _word_class("cumulative"))


_PERIOD = re.compile(r"\b(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months|years)\b", re.I)


def running_total(sent: Any) -> bool:
    """A toll of the war so far, not of one event: a casualty verb in the perfect with a
    word of ``cumulative`` or a span of weeks or months ("so far, 1,351 soldiers have been
    killed in clashes", "over the past two weeks, 70 civilians have been killed")."""
    text = span_text(sent)
    if not (_running_total(text) or _PERIOD.search(text)):
        return False
    toll = _word_class("death") | _word_class("injury")
    return any(t.lemma_.lower() in toll and perfect(t) for t in sent)


def _unreal(t: Any) -> bool:
    """"could be killing 100 soldiers": a modal figure is an estimate, not a report."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _word_class("modal") for c in t.children)


def _background_total(t: Any) -> bool:
    """"the city, where more than 1,500 people have died": a toll told in a relative
    clause in the perfect describes the place's war so far, not this event."""
    return t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)


def _killed_and_wounded(t: Any) -> bool:
    """"killing and wounding several people": one count for both words."""
    injuries = _word_class("injury")
    return any(c.dep_ == "conj" and c.lemma_.lower() in injuries and not list(_victims(c))
               for c in t.children)


def _dedupe(counts: list[Count]) -> list[Count]:
    seen, out = set(), []
    for c in counts:
        key = (c.kind, c.start, c.value)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def explicit_zero(text: str) -> bool:
    """"No casualties", "There were no injuries or fatalities"."""
    return bool(re.search(r"\bno\s+(?:casualties|fatalities|injuries|deaths|victims|one was (?:killed|hurt|injured))",
                          text, re.I))


def coding_remark(text: str, counted: int) -> int | None:
    """The fatalities an ACLED note says it coded, if it says so."""
    for rx, how in _REMARKS:
        m = rx.search(text)
        if not m:
            continue
        if how == "zero":
            return 0
        if how == "value":
            return int(m.group(1))
        if how == "split":
            return int(m.group(1)) // max(1, int(m.group(2)))
        if how == "divide" and counted:
            return counted // max(1, int(m.group(1)))
    return None


def discount_claims(counts: list[Count], source: str | None, source_side: str | None) -> None:
    """Mark a belligerent's figures for the enemy's combatant losses as claims."""
    if not source:
        return
    for c in counts:
        if c.group == "combatant" and (c.side is None or source_side is None or c.side != source_side):
            c.claim = source
