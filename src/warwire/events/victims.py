"""Victims: how many a victim noun phrase counts and who they are.

Reads the noun phrases a death or injury word counts (:mod:`.casualties`
finds them): numbers in digits or words, "at least N" → N, vague amounts from
``event_words.tsv`` (several/few → 3, dozens → 12, hundreds → 100), "no one"
→ 0, "a mother and a child" → 2, rhetoric ("so many") → nothing; and the
victims' group (civilian, combatant or people) and side.
"""

from __future__ import annotations

import re
from typing import Any

from .tables import words

_NUMBER = re.compile(r"^\d{1,3}(?:[,\s]\d{3})*(?:\.\d+)?$|^\d+$")


def _word_class(name: str) -> dict[str, int]:
    return words().get(name, {})


def number_value(token: Any) -> int | None:
    """The value of a number token: digits, spelled-out and vague amounts."""
    text = token.lower_.replace(",", "").replace(" ", "")
    if _NUMBER.match(token.lower_) or text.isdigit():
        try:
            return int(float(text))
        except ValueError:
            return None
    amounts = _word_class("amount")
    if text in amounts:
        return amounts[text]
    if "-" in text:  # "twenty-five"
        parts = [amounts.get(p) for p in text.split("-")]
        if all(p is not None for p in parts):
            return sum(parts)  # type: ignore[arg-type]
    return None


def _count_of(noun: Any) -> int | None:
    """How many a victim noun phrase counts: "two people", "dozens of civilians", "a woman";
    "no one", "none" count 0; "so many", "too many" (rhetoric) count nothing."""
    if noun.lower_ in _word_class("nobody") or any(
            c.dep_ == "det" and c.lower_ in _word_class("nobody") for c in noun.children):
        return 0
    if _rhetorical(noun) or any(_rhetorical(c) for c in noun.children if c.dep_ in ("amod", "nummod")):
        return None
    value = number_value(noun)
    if value is not None and noun.pos_ in ("NUM", "DET", "ADJ", "PRON", "NOUN"):
        return value if noun.lower_ not in ("a", "an") else 1
    for child in noun.children:
        if child.dep_ in ("nummod", "quantmod") or child.lower_ in ("several", "many", "few", "numerous"):
            v = number_value(child)
            if v is not None:
                return v
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in ("a", "an", "one"):
            return 1
        if child.dep_ == "det" and child.lower_ == "no":
            return 0
    if noun.lower_ in ("he", "she", "him", "her") or noun.tag_ == "NN" and any(
            c.dep_ in ("det", "poss") for c in noun.children):
        return 1
    if noun.tag_ == "NN" and noun.lemma_.lower() in _word_class("civilian_victim"):
        return 1
    return None


def _rhetorical(amount: Any) -> bool:
    """"so many", "too many", "how many": a vague amount raised by an intensifier."""
    return amount.lower_ in _word_class("amount") and any(
        c.dep_ == "advmod" and c.lower_ in _word_class("intensifier") for c in amount.children)


def _victim_total(noun: Any) -> int | None:
    """Count a noun and the nouns coordinated with it ("a mother and a child" → 2)."""
    total = _count_of(noun)
    if total is None:
        return None
    for conj in noun.conjuncts:
        if conj.i > noun.i:
            v = _count_of(conj)
            if v is None:
                break
            total += v
    return total


def _group(noun: Any) -> tuple[str, str | None]:
    """(civilian | combatant | people, side) of a victim noun phrase."""
    head = noun
    if number_value(noun) is not None and noun.head.pos_ == "NOUN" and noun.dep_ == "nummod":
        head = noun.head
    for child in head.children:  # "dozens of people": the pobj names the group
        if child.dep_ == "prep" and child.lower_ == "of":
            head = next((g for g in child.children if g.dep_ == "pobj"), head)
    lemma = head.lemma_.lower()
    side = None
    for child in head.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in ("russian", "ukrainian"):
            side = "RU" if child.lower_ == "russian" else "UA"
    if lemma in _word_class("combatant") or lemma in _word_class("member") and _of_armed_group(head):
        return "combatant", side
    if lemma in ("civilian",):
        return "civilian", side
    return "people", side


def _of_armed_group(member: Any) -> bool:
    """"security force members", "members of Al-Shabaab": members of an armed group are
    fighters; "members of a family" are not."""
    from .actors import find_actors

    named = [c for c in member.children if c.dep_ in ("compound", "amod", "poss")]
    named += [g for p in member.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    for t in named:
        if t.lemma_.lower() in _word_class("combatant"):
            return True
        span = t.doc[t.left_edge.i:t.right_edge.i + 1]
        if any(m.armed for m in find_actors(span)):
            return True
    return False
