"""Whether a cue reports something that happened.

A cue is negated when its verb is ("did not strike"), when its subject is nobody
("No group claimed the attack"), when the cue itself is none ("carried out no air
strikes") or when it hangs below "without" ("entered the town without fighting").
An ACLED cue is unreal when told as possible or planned (a modal: "could strike";
an irrealis verb of ``event_words.tsv``: "plans to seize", "denied that its jets
struck") or when an explosive weapon is the object of a supply verb ("to provide
rocket systems").  The extra classes keep theirs: a threatened sanction is still
a diplomatic item.
"""

from __future__ import annotations

from typing import Any

from .classify import EXPLOSIONS
from .lexicon import Hit
from .tables import event_types, words


def negated(doc: Any, h: Hit) -> bool:
    """"did not strike", a subject that is nobody ("No group claimed the attack"), or a
    cue that is itself none ("carried out no air strikes")."""
    if not h.key.startswith("+") and (nobody(doc[h.start:h.end].root) or without(doc[h.start:h.end].root)):
        return True  # (a modifier may be told as an absence: "no information on whether fighting")
    t = doc[h.start]
    for tok in (t, t.head):
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and nobody(c) for c in tok.children):
            return True
    return False


def without(t: Any) -> bool:
    """"entered the town without fighting", "without being involved in any clashes"."""
    for _ in range(4):
        if t.lower_ == "without" and t.dep_ in ("prep", "conj"):
            return True
        if t.head.i == t.i or t.pos_ == "VERB" and t.dep_ not in ("pcomp", "pobj"):
            return False
        t = t.head
    return False


def nobody(t: Any) -> bool:
    return t.lower_ in ("nobody", "none", "noone") or any(c.dep_ == "det" and c.lower_ == "no"
                                                         for c in t.children)


def unreal(doc: Any, h: Hit) -> bool:
    """An ACLED cue told as possible, planned or denied, or a weapon handed over (the extra
    classes keep theirs: a threatened sanction is still a diplomatic item)."""
    etype = event_types().get(h.key)
    if etype is not None and not etype.is_acled:
        return False
    w = words()
    verb = _governing_verb(doc[h.start:h.end].root)
    if any(c.dep_ == "aux" and c.lower_ in w.get("modal", {}) for c in verb.children):
        return True
    if h.key in EXPLOSIONS and verb.lemma_.lower() in w.get("supply", {}) and verb.i not in range(h.start, h.end):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp", "acl", "advcl") and head.lemma_.lower() in w.get("irrealis", {}) \
        or verb.lemma_.lower() in w.get("irrealis", {}) and verb.i in range(h.start, h.end)


def _governing_verb(t: Any) -> Any:
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t
