"""The article's place mentions, as the event coder reads them.

The ``places`` stage (``warwire.geo``) recognises and resolves toponyms; this
module reads its spans whatever their exact class (a span with a resolved
candidate, or with the coordinates on the span itself), and adds what it left
out where the event coder needs it: named entities and capitalised names after
a locative preposition that the gazetteer knows by name, resolved with
:class:`warwire.geo.Resolver`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .tables import words

LOCATIVE = frozenset({"in", "near", "at", "on", "outside", "around", "over", "above", "of",
                      "into", "towards", "toward", "to", "from", "across", "inside", "through"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", ""})
NUMERIC = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


@dataclass
class PlaceMention:
    """A toponym in the text with the place it was resolved to (``lat`` None if unresolved)."""

    text: str
    start: int
    end: int
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin2: str | None = None
    country_code: str | None = None
    geonames_id: int | None = None
    approximate: bool = False
    role: str = "location"  # or "demonym" ("Ukrainian"), "metonym" ("Moscow said")
    near: bool = False  # the text places something near it, not in it

    @property
    def resolved(self) -> bool:
        return self.lat is not None and not self.approximate

    @property
    def is_location(self) -> bool:
        return self.role == "location" and self.lat is not None


def from_candidate(text: str, start: int, end: int, cand: Any, approximate: bool = False) -> PlaceMention:
    if cand is None:
        return PlaceMention(text, start, end)
    return PlaceMention(text, start, end, getattr(cand, "name", None), getattr(cand, "lat", None),
                        getattr(cand, "lon", None), getattr(cand, "feature", None),
                        getattr(cand, "admin1", None), getattr(cand, "admin1_code", None),
                        getattr(cand, "admin2", None), getattr(cand, "country_code", None),
                        getattr(cand, "geonames_id", None), approximate)


def adapt(item: Any) -> PlaceMention | None:
    """One span of ``article.places`` → :class:`PlaceMention` (None if it has no offsets)."""
    start, end = getattr(item, "start", None), getattr(item, "end", None)
    if start is None or end is None:
        return None
    text = getattr(item, "text", "")
    cand = getattr(item, "candidate", None) or getattr(item, "place", None)
    resolution = getattr(item, "resolution", None)
    if cand is None and resolution is not None:
        cand = getattr(resolution, "candidate", None)
    approximate = bool(getattr(item, "approximate", False) or getattr(resolution, "approximate", False))
    if cand is None and getattr(item, "lat", None) is not None:
        cand = item
    found = from_candidate(text, start, end, cand, approximate)
    found.role = getattr(item, "role", "location") or "location"
    found.near = bool(getattr(item, "near", False))
    return found


def article_places(article: Any) -> list[PlaceMention]:
    """The places of an article: the places stage's, with the names it left out after a
    locative preposition (the places stage is never run twice)."""
    found = [p for p in (adapt(i) for i in article.places) if p is not None]
    return supplement(article.doc, article.text, found) if article.doc is not None else found


def recognise(doc: Any, text: str) -> list[PlaceMention]:
    """The places stage's recogniser (warwire.geo) where installed, plus :func:`supplement`."""
    finder = _find_places()
    found = [p for p in (adapt(i) for i in finder(doc)) if p is not None] if finder else []
    return supplement(doc, text, found)


def supplement(doc: Any, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` plus the names after a locative preposition that it lacks and the gazetteer
    knows by name ("a missile strike on Mykolaiv")."""
    taken = {i for p in found for i in range(p.start, p.end)}
    spans = [s for s in _candidate_spans(doc) if not any(i in taken for i in range(s.start_char, s.end_char))
             and any(ch.isalnum() for ch in s.text) and not organisation(s)]
    if not spans:
        return found
    from ..geo import Mention

    mentions = [Mention(s.text, s.start_char, s.end_char) for s in spans]
    out = list(found)
    for span, res in zip(spans, _resolver().resolve_document(mentions, text)):
        if res.candidate is not None and res.match in ("name", "variant", "unit"):
            out.append(from_candidate(span.text, span.start_char, span.end_char, res.candidate,
                                      res.approximate))
    return sorted(out, key=lambda p: p.start)



_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Za-z]?[A-Z]+s?$")
NOT_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP", ""})


def organisation(span: Any) -> bool:
    """A name the places stage left out that names no place: an acronym tagged as no place
    ("NATO", "U.N.", "MoD"), an organisation by its words ("Human Rights Watch"), or a name
    that qualifies a common noun ("NATO member Poland", "the Amini protests")."""
    label = getattr(span, "label_", "")
    if label not in NOT_PLACE_LABELS:
        return False
    if len(span) == 1 and _ACRONYM.match(span.text):
        return True
    org = words().get("org_word", {})
    if any(t.lower_ in org for t in span):
        return True
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and \
        root.head.i >= span.end and root.head.lower_ not in words().get("place_unit", {})


@lru_cache(maxsize=1)
def _find_places() -> Any:
    try:
        from ..geo.stage import find_places  # type: ignore[import-not-found]
    except ImportError:
        return None
    return find_places


@lru_cache(maxsize=1)
def _resolver() -> Any:
    from ..geo import Resolver

    return Resolver()


def _candidate_spans(doc: Any) -> list[Any]:
    """Place entities, and capitalised names right after a locative preposition."""
    spans, taken = [], set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in NAME_LABELS and _after_locative(doc, ent.start):
            spans.append(ent)
            taken.update(range(ent.start, ent.end))
    i = 0
    while i < len(doc):
        t = doc[i]
        if i in taken or not (t.is_title or t.is_upper) or t.is_sent_start or t.ent_type_ in NUMERIC \
                or not _after_locative(doc, i):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in taken and (doc[j].is_title or doc[j].text == "-" and
                                                   j + 1 < len(doc) and doc[j + 1].is_title):
            j += 1
        spans.append(doc[i:j])
        i = j
    return sorted(spans, key=lambda s: s.start)


def _after_locative(doc: Any, i: int) -> bool:
    k = i - 1
    while k >= 0 and doc[k].lower_ in ("the", "village", "town", "city", "settlement", "of"):
        if doc[k].lower_ == "of" and k - 1 >= 0 and doc[k - 1].lower_ in (
                "village", "town", "city", "settlement", "outskirts", "direction", "area", "region"):
            return True
        k -= 1
    return k >= 0 and (doc[k].lower_ in LOCATIVE or doc[k].lower_ == "," and k >= 1
                       and doc[k - 1].ent_type_ in PLACE_LABELS)
