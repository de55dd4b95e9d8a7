"""Containment: "Paris, Texas", "Bakhmut in Donetsk oblast", "Rice Lake area of Fulton County".

A *hint* is a name that contains (or, for a town, lies near) the place a
toponym names ("X, near Y" and "X, in Y" too).  It comes from the caller
(``Mention.hint``), from the toponym itself ("Paris, Texas" as one string), or
from the text between two adjacent toponyms of a document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from .normalize import normalize, split_unit_word

from .candidate import Candidate, haversine_km

_DIRECTION = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
_LEAD = r"(?:(?:located|situated|based|area|region|part|outskirts|suburbs?|district|village|town|city)\s+)?"
HINT_GAP = re.compile(
    rf"^\s*(?:,|\(|-|(?:,\s*)?{_LEAD}(?:in|of|near|outside)\s+(?:the\s+)?{_DIRECTION})\s*$", re.IGNORECASE)
NEAR_TOWN_KM = 100.0
LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&))\s*$", re.IGNORECASE)
_UNITS_AFTER = re.compile(r"\s+(counties|provinces|states|oblasts|regions|parishes|districts)\b")
#: A word right after a name that says which unit is meant ("New York state", "Kharkiv
#: governor": a governor heads a province or a state, as an attorney general or a
#: legislature serves one).
_UNIT_AFTER = re.compile(r"\s+(state|province|oblast|governorate|[Gg]overnor|[Aa]ttorney [Gg]eneral|"
                         r"[Ll]egislature)\b(?!\s+(?:of|department)\b)")
_OF_A_STATE = frozenset({"governor", "attorney general", "legislature"})
#: The same unit word before the name: "the state of Washington", "the province of Quebec".
_UNIT_BEFORE = re.compile(r"\b(state|province|oblast|governorate)\s+of\s+$", re.IGNORECASE)


class Spanned(Protocol):
    text: str
    start: int | None
    end: int | None


def adjacent_hints(mentions: Sequence[Spanned], text: str) -> dict[int, int]:
    """Mention index → index of the mention right after it that contains it.

    ``"X, Y"``, ``"X (Y)"``, ``"X in (northern) Y"``, ``"X area of Y"``,
    ``"X located in Y"``: the gap between two adjacent mentions decides.
    """
    placed = sorted((m.start, m.end, i) for i, m in enumerate(mentions)
                    if m.start is not None and m.end is not None)
    hints: dict[int, int] = {}
    for (_, e1, i), (s2, _, j) in zip(placed, placed[1:]):
        if s2 >= e1 and HINT_GAP.match(text[e1:s2]):
            hints.setdefault(i, j)
    return hints


def inside(c: Candidate, h: Candidate) -> bool:
    """Whether place ``c`` lies in (or, for point-like hints, near) the hint place ``h``."""
    if c.id == h.id:
        return False
    if h.feature == "country":
        return c.country_code == h.country_code and c.feature != "country"
    if h.feature == "admin1":
        return c.admin1_code == h.admin1_code and c.feature not in ("admin1", "country")
    if h.feature == "admin2":
        return c.admin2_code == h.admin2_code and c.feature == "city"
    if h.feature == "continent":
        return False
    return haversine_km(c.lat, c.lon, h.lat, h.lon) < NEAR_TOWN_KM


M = TypeVar("M", bound="Spanned")


def with_unit_after(m: M, text: str) -> M:
    """The mention with the unit word that follows it in the text ("New York state",
    "Kharkiv oblast", "Kharkiv governor" → "Kharkiv state"), when its own text has none."""
    if m.end is None or split_unit_word(normalize(m.text))[1]:
        return m
    found = _UNIT_AFTER.match(text, m.end)
    if not found:
        return m
    word = "state" if found.group(1).lower() in _OF_A_STATE else found.group(1)
    return replace(m, text=f"{m.text} {word}")


def with_unit_before(m: M, text: str) -> M:
    """The mention with the unit word of "the state of X", "the province of X" before it."""
    if m.start is None or split_unit_word(normalize(m.text))[1]:
        return m
    found = _UNIT_BEFORE.search(text, max(0, m.start - 20), m.start)
    return replace(m, text=f"{m.text} {found.group(1).lower()}") if found else m


def with_list_unit(mentions: list[M], text: str) -> list[M]:
    """"Butler, Clark and Montgomery counties", "the Donetsk and Luhansk regions": the
    plural unit word after a list is every listed name's."""
    placed = sorted((m.start, m.end, i) for i, m in enumerate(mentions)
                    if m.start is not None and m.end is not None)
    out, chain = list(mentions), []
    for k, (s, e, i) in enumerate(placed):
        chain = chain + [i] if chain and s >= placed[k - 1][1] and LIST_GAP.match(
            text[placed[k - 1][1]:s]) else [i]
        found = _UNITS_AFTER.match(text, e) if len(chain) > 1 else None
        for j in chain if found else ():
            if not split_unit_word(normalize(out[j].text))[1]:
                word = {"counties": "county", "parishes": "parish"}.get(found.group(1), found.group(1)[:-1])
                out[j] = replace(out[j], text=f"{out[j].text} {word}")
    return out
