"""Weapons seized, found or defused: Disrupted weapons use, not the weapon's own event.

"Police seized two pistols, three grenades and 200 rounds of ammunition" and
"an IED was defused" name weapons that were never used: ACLED codes them as
Strategic developments / Disrupted weapons use.  The lexicon alone cannot see
that a long list of weapons is the object of one verb, so the parse decides: a
weapon noun (``event_words.tsv``, class ``weapon``) that is the object of a
seizing verb (class ``seize``), directly, through a list ("and"), through an
amount ("dozens of rifles") or through a container ("a cache containing
grenades"), turns that verb into one ``disrupted_weapons`` cue, and the
explosive cues on those nouns ("improvised explosive device", "grenades") are
dropped.  A ``seize`` verb with value 1 ("destroy") seizes only explosive
devices (``weapon`` value 1): "destroyed 40 mines" is mine clearance,
"destroyed a tank" is not.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Hit, token_pairs
from .tables import words

WEIGHT = 4.5
OBJECTS = frozenset({"dobj", "nsubjpass", "obj", "attr"})
LINKS = frozenset({"conj", "appos"})
LINKING_PREPS = frozenset({"of", "including", "with", "containing"})
HOLDING = frozenset({"contain", "include", "hold", "store"})


def seizures(sent: Any, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the weapons a seizing verb took turned into one cue per verb."""
    seize, weapon = words().get("seize", {}), words().get("weapon", {})
    verbs: dict[int, Any] = {}
    seized: set[int] = set()
    for k, (lower, lemma) in enumerate(token_pairs(sent)):
        if (lemma if lemma in weapon else lower) not in weapon:  # (what _lemma gives)
            continue
        t = sent[k]
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = _seizing_verb(t, seize)
        if verb is None or seize[verb.lemma_.lower()] == 1 and weapon[_lemma(t)] != 1:
            continue
        verbs[verb.i] = verb
        seized.update(range(t.left_edge.i, t.i + 1))  # "improvised explosive devices"
    if not verbs:
        return hits
    kept = [h for h in hits if not (h.key != "disrupted_weapons" and seized.intersection(h.covered()))]
    return kept + [Hit("disrupted_weapons", WEIGHT, v.i, v.i + 1, None, (v.i,)) for v in verbs.values()]


def _lemma(t: Any) -> str:
    lemma = t.lemma_.lower()
    return lemma if lemma in words().get("weapon", {}) else t.lower_


def _seizing_verb(noun: Any, seize: dict[str, int]) -> Any:
    """The seizing verb whose object ``noun`` is, through lists, amounts and containers."""
    t = noun
    for _ in range(8):
        if t.dep_ in LINKS:  # "pistols, grenades and ammunition"
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in LINKING_PREPS:  # "rounds of ammunition"
            t = t.head.head
        elif t.dep_ == "dobj" and t.head.lemma_.lower() in HOLDING and t.head.dep_ in ("acl", "relcl"):
            t = t.head.head  # "a cache containing grenades"
        else:
            break
    if t.dep_ in OBJECTS and t.head.lemma_.lower() in seize:
        return t.head
    # "weapons seized in the raid"
    return next((c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in seize), None)
