"""Read one clause of the shared parse as a claim: its trigger word, topic,
actor, the side said to hold the place, the place and what was hit.

A clause is a claim when a trigger of ``claim_triggers.tsv`` states that
something happened: in the main line of the clause (not in a relative clause
or a "since ..." clause), not under a modal ("could take"), a plan or a
threat ("vowed to retake"), a condition ("if") or a question, and, in the
journalist's own sentences, not under a verb of reporting ("officials said",
"video shows": someone else's claim the quote finder missed).  The trigger
nearest the root wins; verbs go before nouns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import CONTROL
from .phrases import (doer, inside, obj_of, part_of, phrase_side, place_of, place_phrase, pobj,
                      prep_place)
from .sides import opposite
from .tables import Trigger, in_class, triggers

#: how a trigger may hang from the clause's root and still be asserted
_MAIN_LINE = {"conj", "ccomp", "xcomp", "parataxis"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_PERSONAL = {"him", "her", "them", "us", "me", "himself", "herself", "themselves"}
#: how a verb of reporting stands beside the clause it reports
_ASIDE = {"parataxis", "ccomp", "advcl", "conj"}
#: how a noun trigger may hang from its verb ("the death toll rose", "carried out strikes")
_NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "attr", "ROOT"}


@dataclass
class Reading:
    """What a clause claims, in token and character terms."""

    trigger: int
    topic: str
    actor: str | None = None
    holder: str | None = None
    negated: bool = False
    place: tuple[int, int] | None = None
    target: str | None = None


def read_clause(doc: Any, start: int, end: int, speaker_side: str | None,
                quoted: bool) -> Reading | None:
    """The claim made by ``doc.text[start:end]``, or None if it makes none.

    ``quoted``: the words are a quote's, whose speaker is on ``speaker_side``
    ("we", "its forces", "our troops" stand for it; "the enemy" for the other).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.text.rstrip().endswith("?"):
        return None
    return _Reader(span, speaker_side if quoted else None, quoted).read()


class _Reader:
    """Reads one span: finds its triggers, keeps the first that is asserted."""

    def __init__(self, span: Any, speaker_side: str | None, quoted: bool) -> None:
        self.span, self.side, self.quoted = span, speaker_side, quoted

    def read(self) -> Reading | None:
        found = []
        for t in self.span:
            pos = "verb" if t.pos_ == "VERB" else "noun" if t.pos_ in ("NOUN", "ADJ") else ""
            if pos and (t.lemma_.lower(), pos) in triggers():
                found.append(t)
        found.sort(key=lambda t: (t.pos_ != "VERB", self._depth(t), t.i))
        for t in found:
            row = self._row(t)
            if row is None:
                continue
            line = self._line(t if t.pos_ == "VERB" else self._noun_verb(t))
            if line is not None:
                return self._reading(t, row, *line)
        return None

    def _depth(self, t: Any) -> int:
        d = 0
        while t.head.i != t.i and inside(t.head, self.span):
            t, d = t.head, d + 1
        return d

    def _row(self, t: Any) -> Trigger | None:
        """The first row of ``t``'s lemma whose particle, object and doer fit."""
        pos = "verb" if t.pos_ == "VERB" else "noun"
        rows = triggers()[(t.lemma_.lower(), pos)]
        parts = {c.lower_ for c in t.children if c.dep_ in ("prt", "prep", "advmod")}
        with_particle = [r for r in rows if r.particle and r.particle in parts]
        plain = [r for r in rows if not r.particle]
        for row in with_particle + plain:
            if pos == "noun" and self._noun_fits(t, row) or pos == "verb" and self._fits(t, row):
                return row
        return None

    def _noun_fits(self, t: Any, row: Trigger) -> bool:
        """A casualty noun anywhere ("the death toll rose"); any other event noun
        only as the object of a verb asserting it ("launched an offensive")."""
        if row.topic == "casualties":
            return True
        return t.dep_ == "dobj" and in_class(t.head.lemma_, "conduct")

    def _fits(self, t: Any, row: Trigger) -> bool:
        if row.effect == "fall":  # "Soledar fell to ...", not "plans fell short", "Saldo fell ill"
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            return subj is not None and place_phrase(subj) is not None and (
                pobj(t, ("to",)) is not None or subj.ent_type_ in ("GPE", "LOC", "FAC")
                or in_class(subj.lemma_, "place"))
        obj = obj_of(t)
        if row.needs:
            if obj is None:
                if "none" not in row.needs and not ("place" in row.needs and prep_place(t) is not None):
                    return False
            elif not any(_is_a(obj, cls) for cls in row.needs if cls != "none"):
                return False
        return not row.armed or self._armed(t, obj)

    def _armed(self, t: Any, obj: Any) -> bool:
        who = doer(t, self.span)
        if who is None or who.dep_ == "nsubjpass":
            who_passive = obj if obj is not None and obj.dep_ == "nsubjpass" else who
            return who_passive is not None and any(
                _is_a(who_passive, c) for c in ("place", "people", "equipment", "military"))
        if who.pos_ == "PRON" and in_class(who.lower_, "self"):
            return self.quoted
        if in_class(who.lemma_, "military") or in_class(who.lemma_, "weapon"):
            return True
        return phrase_side(who, self.side) is not None

    def _noun_verb(self, t: Any) -> Any:
        """The verb a noun trigger is the subject or object of (or the noun
        itself heading a fragment); None for nouns in other roles."""
        if t.dep_ not in _NOUN_ROLES:
            return None
        return t if t.dep_ == "ROOT" else t.head

    def _line(self, t: Any) -> tuple[bool, Any] | None:
        """(negated, governing verb) if ``t`` is asserted, else None."""
        if t is None:
            return None
        node, negated, governor = t, False, None
        while True:
            kids = list(node.children)
            if any(c.dep_ == "aux" and in_class(c.lower_, "modal") for c in kids):
                return None
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
                return None
            if node.head.i == node.i or not inside(node.head, self.span):
                break
            dep, head = node.dep_, node.head
            if dep == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in kids):
                pass  # "..., killing two people"
            elif dep not in _MAIN_LINE:
                return None
            if dep == "xcomp":
                if in_class(head.lemma_, "irrealis"):
                    return None
                negated = negated or in_class(head.lemma_, "failure")
                governor = governor or head
            if dep == "ccomp" and not self.quoted and in_class(head.lemma_, "reporting"):
                return None
            node = head
        if not _finite(node) and accused(node) is None:
            return None  # "Stop the war", "After relentless shelling of the city": no assertion
        if not self.quoted and (in_class(node.lemma_, "reporting") or any(
                c.dep_ in _ASIDE and in_class(c.lemma_, "reporting") for c in node.children)):
            return None  # "officials said", "..., the governor reported"
        return negated, governor

    def _reading(self, t: Any, row: Trigger, negated: bool, governor: Any) -> Reading:
        topic, effect = row.topic, row.effect
        if governor is not None and in_class(governor.lemma_, "attempt") and topic in CONTROL:
            topic, effect = "attack", ""
        r = Reading(t.i, topic, negated=negated or _negated(t))
        r.actor = self._actor(t)
        r.holder = self._holder(t, effect, r.actor)
        r.place = place_of(t, effect, topic in CONTROL, self.span)
        obj = obj_of(t) if t.pos_ == "VERB" else None
        if obj is None and topic == "casualties" and t.pos_ == "VERB":  # "20 soldiers died"
            obj = next((part_of(c) for c in t.children if c.dep_ == "nsubj"), None)
            r.actor = None if obj is not None else r.actor  # the dead, not who killed them
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            r.target = obj.lemma_.lower()
        return r

    def _actor(self, t: Any) -> str | None:
        who = doer(t, self.span) or accused(t)
        if who is not None and who.dep_ != "nsubjpass":
            return phrase_side(who, self.side)
        for c in t.children:  # "killed in Russian shelling", "by Ukrainian fire"
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "from"):
                for g in c.children:
                    rows = triggers().get((g.lemma_.lower(), "noun"), [])
                    if g.dep_ == "pobj" and rows and not (
                            c.lower_ == "from" and any(r.topic in CONTROL for r in rows)):
                        return phrase_side(g, self.side)  # "from Russian control" ousts
        return None

    def _holder(self, t: Any, effect: str, actor: str | None) -> str | None:
        if effect == "gain" and (ousted := pobj(t, ("from",))) is not None:
            who = doer(t, self.span)
            if who is None or who.dep_ == "nsubjpass":  # "was liberated from Russian control"
                return opposite(phrase_side(ousted, self.side))
        if effect in ("gain", "hold"):
            return actor
        if effect == "lose":
            return opposite(actor)
        if effect == "expel":
            ousted = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            return opposite(phrase_side(ousted, self.side)) if ousted is not None else actor
        if effect == "fall":
            to = pobj(t, ("to",))
            return phrase_side(to, self.side) if to is not None else None
        return None


def accused(t: Any) -> Any | None:
    """The side charged with the act of gerund ``t`` (or of the gerund it hangs
    from): "accused Moscow of shelling the plant" → Moscow, "blamed Kyiv for
    firing the missile" → Kyiv; None for any other word."""
    for _ in range(3):
        if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in ("of", "for") \
                and in_class(t.head.head.lemma_, "accuse"):
            return next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
        if t.dep_ not in ("conj", "dobj", "prep", "pobj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _finite(root: Any) -> bool:
    """Is ``root`` the verb of a finite main clause, with a subject or a finite
    tense (not an imperative, not a fragment headed by a noun or a preposition)?"""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in _SUBJ for c in root.children):
        return True
    return root.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in root.children)


def _is_a(tok: Any, cls: str) -> bool:
    if cls == "place":
        return place_phrase(tok) is not None
    if cls == "people" and (tok.lower_ in _PERSONAL or tok.ent_type_ in ("PERSON", "NORP")
                            or tok.pos_ == "NUM"):
        return True  # "killed him", "killed two Ukrainians", "killed 12"
    return in_class(tok.lemma_, cls) or in_class(tok.lower_, cls)


def _negated(t: Any) -> bool:
    if any(c.dep_ == "neg" for c in t.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children)
