"""Walks over a cue's parse that the mood and the tense checks share.

The verb a cue hangs below ("carried out air strikes": carried), and that verb with the
verbs it is coordinated with or the complement of ("could use his force to seize": seize,
use), whose auxiliaries and heads tell its mood (:mod:`.reality`) and whether it is told
as having happened (:mod:`.told`).
"""

from __future__ import annotations

from typing import Any

#: Tags of the simple present ("shells", "are").
PRESENT = frozenset({"VBZ", "VBP"})


def perfect(verb: Any) -> bool:
    """The verb is in the perfect ("have been killed", "has struck")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def governing_verb(t: Any) -> Any:
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def conjuncts(verb: Any) -> list[Any]:
    """The verb and the verbs it is coordinated with that lend it their auxiliaries: "we
    should eliminate estrangement, avoid clashes" (a conjunct without a subject of its own)."""
    out = [verb]
    while out[-1].dep_ == "conj" and out[-1].head.pos_ in ("VERB", "AUX") and len(out) < 5 \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in out[-1].children):
        out.append(out[-1].head)
    return out


def raised(verb: Any) -> list[Any]:
    """The verb, its conjuncts, and the words whose complement it is ("could use his force to
    seize", "will not be able to capture": capture, able, be)."""
    out = []
    for v in conjuncts(verb):
        out.append(v)
        while (v.dep_ in ("xcomp", "acomp") or v.dep_ == "advcl" and any(c.tag_ == "TO" for c in v.children)) \
                and v.head.i != v.i and len(out) < 8:
            v = v.head
            out.append(v)
    return out
