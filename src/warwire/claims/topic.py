"""Is a claim about the war?  A claim must be about the conflict, not about
another war, another country's economy or a podcast the outlet promotes.

A claim is about the conflict when its sentence names a belligerent (a
Russian or Ukrainian actor or place of ``sides.tsv``, or a place the places
stage put in the theatre), a fighter, the enemy, or a word of the war: a
weapon, "invasion", "frontline" (``conflict`` in ``claim_words.tsv``), or its claimant is on a belligerent's
side.  A sentence that names none of these still counts when one of the
:data:`_NEAR` sentences on either side does (the war is the passage's topic:
"Her husband died two days later"), unless it names a place outside the
theatre ("in Aleppo in 2016", "in Pittsburgh"): there it is about somewhere
else.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .model import Claim
from .tables import in_class, side_patterns, word_classes, words

#: the sides a claim about the war names
BELLIGERENTS = frozenset({"Russia", "Ukraine"})
#: word classes of ``claim_words.tsv`` whose words make a sentence about the war
_MARKERS = ("conflict", "combatant", "enemy")
#: sentences on either side of a claim's own that may carry its topic
_NEAR = 2


def belligerent_words(text: str) -> int:
    """How many words of ``text`` name a belligerent actor or place ("Russian", "Kherson")."""
    ws = words(text)
    n = 0
    for i, (_, f) in enumerate(ws):
        for p in side_patterns().get(f, ()):
            if p.side in BELLIGERENTS and not p.exact and \
                    tuple(g for _, g in ws[i:i + len(p.words)]) == p.words:
                n += 1
                break
    return n


def theatre(places: list[Any]) -> list[tuple[int, int, bool]]:
    """(start, end, in the theatre) of each place the places stage found."""
    codes = word_classes().get("theatre", frozenset())
    return [(pl.start, pl.end, (pl.country_code or "").lower() in codes)
            for pl in places if pl.country_code]


def on_topic(text: str, sents: list[tuple[int, int]], c: Claim,
             places: list[tuple[int, int, bool]]) -> bool:
    """Is claim ``c`` about the war?  ``places``: :func:`theatre`."""
    if c.side in BELLIGERENTS:
        return True
    k = max(0, bisect_right(sents, (c.start, 1 << 62)) - 1)
    s, e = sents[k] if sents else (c.start, c.end)
    s, e = min(s, c.start), max(e, c.end)
    here = [inside for a, b, inside in places if s <= a and b <= e]
    if any(here) or _about(text[s:e]):
        return True
    if here or not sents:
        return False
    lo, hi = sents[max(0, k - _NEAR)][0], sents[min(len(sents) - 1, k + _NEAR)][1]
    return any(inside for a, b, inside in places if lo <= a and b <= hi) or _about(text[lo:hi])


def _about(text: str) -> bool:
    return bool(belligerent_words(text)) or _marked(text)


def _marked(text: str) -> bool:
    return any(in_class(w, cls) for w, _ in words(text) for cls in _MARKERS)
