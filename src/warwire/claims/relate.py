"""Whether two claims contradict or corroborate each other.

Two claims relate only when they are about the same thing: the same place
(for control of territory, attacks and damage), or the same count of the
same victims (casualties).  They **contradict** when their claimants' sides
differ and they disagree: both sides say they hold the place; one denies
what the other asserts; each blames the other for an attack; their
casualty figures differ.  They **corroborate** when independent sources
agree: both sides known and different, and neither is the article's own
unattributed assertion (a journalist restating a claim does not confirm it).
"""

from __future__ import annotations

import re

from .model import ARTICLE, CONTROL, Claim
from .sides import MEDIA
from .tables import fold, in_class, opponents

CONTRADICTS, CORROBORATES = "contradicts", "corroborates"
_SPLIT = re.compile(r",|\band\b|&|/")
_AGREE_RATIO, _DIFFER_RATIO = 1.1, 1.25


def group(c: Claim) -> str:
    """Claims of one group can relate: control of territory is one group."""
    return "control" if c.topic in CONTROL else c.topic


def place_keys(place: str | None) -> set[str]:
    """The names a place text holds: "Pisky and Novoselivka" → {pisky, novoselivka};
    a whole country ("Ukraine") is too broad for two claims to meet on."""
    if not place:
        return set()
    out = set()
    for part in _SPLIT.split(place):
        words = [w for w in fold(part).replace("’", "'").split() if w not in ("the", "of")]
        key = " ".join(words)
        if key and not in_class(key, "broad"):
            out.add(key)
    return out


def same_place(a: Claim, b: Claim, loose: bool) -> bool:
    """Do ``a`` and ``b`` name the same place?  ``loose`` (within one article)
    also lets a bare noun stand for a named one ("the plant" → "the
    Zaporizhzhia plant"); across articles only names meet."""
    ka, kb = place_keys(a.place), place_keys(b.place)
    if not ka or not kb:
        return False
    if not loose and not (_named(a.place) and _named(b.place)):
        return False
    if ka & kb:
        return True
    if not loose:
        return False
    return any(_stands_for(x, y) or _stands_for(y, x) for x in ka for y in kb)


def _named(place: str | None) -> bool:
    return bool(place) and place[:1].isupper()


def _stands_for(bare: str, named: str) -> bool:
    return " " not in bare and named.split()[-1] == bare


def independent(a: Claim, b: Claim) -> bool:
    """Sources whose agreement counts: known, different sides, not the article
    itself nor another outlet (media repeat a party's word: no confirmation)."""
    return (a.side is not None and b.side is not None and a.side != b.side
            and ARTICLE not in (a.claimant, b.claimant) and MEDIA not in (a.side, b.side))


def opposed(a: Claim, b: Claim) -> bool:
    """Claimants who can contradict each other: of different sides, one known."""
    return a.side != b.side and (a.side or b.side) is not None


def compare(a: Claim, b: Claim, loose: bool = True) -> str | None:
    """``contradicts``, ``corroborates`` or None (unrelated, or not independent)."""
    if group(a) != group(b) or a.claimant == b.claimant and a.side == b.side:
        return None
    if group(a) == "control":
        rel = _control(a, b, loose)
    elif a.topic == "casualties":
        rel = _casualties(a, b, loose)
    else:
        rel = _event(a, b, loose)
    if rel == CONTRADICTS and opposed(a, b):
        return rel
    if rel == CORROBORATES and independent(a, b):
        return rel
    return None


def _control(a: Claim, b: Claim, loose: bool) -> str | None:
    if not (a.holder and b.holder and same_place(a, b, loose)):
        return None
    agree = (a.holder == b.holder) == (a.negated == b.negated)
    return CORROBORATES if agree else CONTRADICTS


def _casualties(a: Claim, b: Claim, loose: bool) -> str | None:
    if not same_place(a, b, loose) or not _same_target(a, b):
        return None
    if a.negated != b.negated:
        return CONTRADICTS
    if not (_count(a.quantity) and _count(b.quantity)):
        return None
    ratio = max(a.quantity, b.quantity) / min(a.quantity, b.quantity)  # type: ignore[type-var]
    if ratio <= _AGREE_RATIO:
        return CORROBORATES
    return CONTRADICTS if ratio > _DIFFER_RATIO else None


def _event(a: Claim, b: Claim, loose: bool) -> str | None:
    """Attacks, damage, weapons, aid, other: same place (and target for deliveries)."""
    if not same_place(a, b, loose):
        return None
    if a.topic in ("weapons", "aid", "other") and (a.target is None or a.target != b.target):
        return None
    if a.negated != b.negated:  # one denies what the other asserts
        same = (a.actor is None or b.actor is None or a.actor == b.actor) and _same_target(a, b)
        return CONTRADICTS if same else None
    actor_a, actor_b = _attacker(a), _attacker(b)
    if actor_a and actor_b and actor_a != actor_b:
        # each blames the other for the same strike; else two different strikes
        return CONTRADICTS if _same_object(a, b) else None
    if _count(a.quantity) and _count(b.quantity):
        ratio = max(a.quantity, b.quantity) / min(a.quantity, b.quantity)  # type: ignore[type-var]
        if ratio > _AGREE_RATIO:
            return None
    return CORROBORATES


def _attacker(c: Claim) -> str | None:
    """Who the claim says acted; a party reporting a strike on itself with no attacker
    named means its opponent ("the plant was hit", says Ukraine's operator)."""
    if c.actor or c.topic not in ("attack", "damage"):
        return c.actor
    return opponents().get(c.side or "")


def _same_object(a: Claim, b: Claim) -> bool:
    """Both about the same target, or (no target parsed) the same named place."""
    if a.target is not None and b.target is not None:
        return a.target == b.target
    return bool(a.place and b.place and a.place.lower() == b.place.lower())


def _count(q: float | None) -> bool:
    return q is not None and q >= 1


def _same_target(a: Claim, b: Claim) -> bool:
    if a.target is None or b.target is None:
        return True
    if a.target == b.target or in_class(a.target, "combatant") and in_class(b.target, "combatant"):
        return True
    return in_class(a.target, "people") and in_class(b.target, "people") and \
        "people" in (a.target, b.target)
