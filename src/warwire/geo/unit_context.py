"""The unit word and the placement cues around a proposed toponym.

Once a name is proposed (:mod:`.recognise`), the words around it say which
administrative level it names and where the text puts something relative to
it: a unit word in or after it ("Kharkiv oblast"), a plural one after a list
("the Donetsk and Luhansk regions") or before one ("the provinces of Donetsk
and Luhansk"), "the city of X"; "near X", "the outskirts of X", "X area"
(``near``); "northern X", "central X" (``qualified``).  The unit also decides
what the resolver is asked (``query``: "Donetsk region").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .lexicon import UNIT_AFTER, UNIT_BEFORE, UNIT_PLURALS

if TYPE_CHECKING:
    from .recognise import Toponym

#: what the resolver is asked for a name with a unit: "Donetsk" + admin1 is "Donetsk region"
UNIT_QUERY = {"admin1": "region", "admin2": "district", "city": "city"}

_NEAR_BEFORE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?: of)?|\baround|\btowards?|\bclose to|\bnext to|\bnot far from"
    r"|\b(?:outskirts|suburbs?|vicinity|environs|edges?|periphery|approaches|direction)\s+of"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|ward)?\s+(?:part\s+)?of"
    r"|\b(?:km|kilometres?|kilometers?|miles?)\s+(?:\w+\s+){0,2}(?:of|from))"
    r"\s+(?:the\s+)?(?:(?:city|town|village|settlement|port|region|area)\s+of\s+)?$")
_NEAR_AFTER = frozenset({"area", "areas", "outskirts", "suburbs", "suburb", "direction",
                         "axis", "vicinity", "environs"})
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|downtown|greater|metro"
    r"|upper|lower|inner|outer)\s+$")


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def unit_and_near(doc: Any, text: str, t: Toponym) -> None:
    """The unit word around ``t`` (in it, after a list, or "city of X") and "near X"."""
    last = doc[t.j - 1].lower_
    if t.j - t.i > 1 and last in UNIT_AFTER:
        t.unit = UNIT_AFTER[last]
    elif t.j < len(doc) and doc[t.j].lower_ in UNIT_AFTER and t.role != "demonym" and not (
            is_capitalised(doc[t.j].text) and t.j + 1 < len(doc)
            and is_capitalised(doc[t.j + 1].text)):
        word = doc[t.j].lower_
        t.unit = UNIT_AFTER[word]
        if word not in UNIT_PLURALS:
            t.j += 1
            t.end = doc[t.j - 1].idx + len(doc[t.j - 1].text)
            t.text = text[t.start:t.end]
    elif t.j < len(doc) and doc[t.j].lower_ == "regional" and t.role != "demonym":
        t.unit = "admin1"  # "the Donetsk Regional Military Administration"
    elif t.role != "demonym":
        t.unit = _list_unit(doc, t.j) or _unit_before(doc, t.i) or _unit_over_list(doc, t.i, t.j)
    in_span = t.j - t.i > 1 and doc[t.j - 1].lower_ in UNIT_AFTER
    t.query = t.text if t.unit is None or in_span else f"{t.text} {UNIT_QUERY[t.unit]}"
    before = text[max(0, t.start - 60):t.start].lower()
    t.near = bool(_NEAR_BEFORE.search(before)) or (
        t.j < len(doc) and doc[t.j].lower_ in _NEAR_AFTER)
    t.qualified = bool(_QUALIFIER_BEFORE.search(before))


def _list_unit(doc: Any, j: int) -> str | None:
    """"Kharkiv and Sumy regions", "Kharkiv, Sumy and Chernihiv oblasts": the plural at the end."""
    k, steps = j, 0
    while k < len(doc) and steps < 12:
        word = doc[k].lower_
        if word in UNIT_PLURALS:
            return UNIT_AFTER[word]
        if not (word in (",", "and", "&") or is_capitalised(doc[k].text) or word == "-"):
            return None
        k, steps = k + 1, steps + 1
    return None


def _unit_before(doc: Any, i: int) -> str | None:
    """"the city of X", "the village of X", "the region of X"."""
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in UNIT_BEFORE:
        return UNIT_BEFORE[doc[i - 2].lower_]
    return None


def _unit_over_list(doc: Any, i: int, j: int) -> str | None:
    """A plural unit word before a list of names: "the provinces of Donetsk and Luhansk",
    "two eastern regions, Luhansk and Donetsk"; one name is no list ("other regions of
    Russia" are inside it, "in the regions, Kyiv said" is a speaker)."""
    k, crossed = i - 1, False
    while k >= 1 and i - k < 12:
        word = doc[k].lower_
        unit = doc[k - 1].lower_
        if unit in UNIT_PLURALS and word in ("of", ",", ":") and (crossed or _list_follows(doc, j)):
            return UNIT_AFTER[unit]
        if word in (",", "and", "&"):
            crossed = True
        elif not (is_capitalised(doc[k].text) or word == "-"):
            return None
        k -= 1
    return None


def _list_follows(doc: Any, j: int) -> bool:
    """"X and Y", "X, Y and Z" after a name ending at ``j``; not "X, Saldo said"."""
    if j + 1 >= len(doc) or doc[j].lower_ not in (",", "and") or not is_capitalised(doc[j + 1].text):
        return False
    if doc[j].lower_ == "and":
        return True
    k = j + 1
    while k < len(doc) and is_capitalised(doc[k].text):
        k += 1
    return k < len(doc) and doc[k].lower_ in (",", "and")
