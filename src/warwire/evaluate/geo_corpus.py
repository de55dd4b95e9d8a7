"""Read geoparsing corpora in Gritta et al.'s XML formats.

Three shapes of the same idea (``<article>`` with ``<text>`` and gold spans):

- LGL style: ``<toponyms><toponym><start/><end/><phrase/><gaztag geonameid=..>
  <lat/><lon/></gaztag></toponym>``;
- GeoWebNews: ``<toponym><extractedName/><type/><start/><end/><geonamesID/>
  <latitude/><longitude/></toponym>`` (typed spans, some without coordinates);
- GeoVirus: ``<locations><location><name/><start/><end/><lat/><lon/>``.

Only spans with coordinates are gold for resolution.  When a span's offsets
do not give back its phrase (GeoVirus counts from one), the phrase is looked
for a few characters around them; failing that the offsets are kept, or
dropped when they cannot be right (negative): the span is still scored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

_SHIFT = 4  # how far (characters) to look for a misplaced span


@dataclass
class GoldToponym:
    """One gold span: its text, offsets, point and (where given) GeoNames id and type."""

    text: str
    start: int | None  # None when the corpus gives unusable offsets
    end: int | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    type: str | None = None


@dataclass
class GeoDocument:
    """One article; ``fmt`` is the corpus format: ``lgl``, ``gwn`` (GeoWebNews) or ``geovirus``."""

    name: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    fmt: str = "lgl"

    @property
    def gold(self) -> list[GoldToponym]:
        """The spans with coordinates (what resolution is scored on)."""
        return [t for t in self.toponyms if t.lat is not None and t.lon is not None]


def read_geo_corpus(path: str | Path) -> list[GeoDocument]:
    """Every article of an XML corpus in any of the three formats."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read geo corpus: {exc}", str(path)) from exc
    fmt = "geovirus" if root.find(".//location") is not None else \
        "gwn" if root.find(".//toponym/type") is not None else "lgl"
    docs = []
    for n, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        name = article.get("docid") or article.get("file") or str(n)
        spans = [_toponym(el, text) for el in (*article.iter("toponym"), *article.iter("location"))]
        docs.append(GeoDocument(name, text, [s for s in spans if s is not None], fmt))
    return docs


def _float(el: ET.Element | None, *tags: str) -> float | None:
    if el is None:
        return None
    for tag in tags:
        value = (el.findtext(tag) or "").strip()
        if value:
            try:
                return float(value)
            except ValueError:
                return None
    return None


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _toponym(el: ET.Element, text: str) -> GoldToponym | None:
    phrase = next((el.findtext(t) for t in ("phrase", "extractedName", "name")
                   if el.findtext(t) is not None), None)
    start, end = _int(el.findtext("start")), _int(el.findtext("end"))
    if start is None or end is None:
        start = end = -1
    gaz = el.find("gaztag")
    point = gaz if gaz is not None else el
    lat, lon = _float(point, "lat", "latitude"), _float(point, "lon", "longitude")
    gid = _int(gaz.get("geonameid")) if gaz is not None else _int(el.findtext("geonamesID"))
    start, end, phrase = _locate(text, start, end, phrase)
    if phrase is None:
        return None
    return GoldToponym(phrase, start, end, lat, lon, gid, (el.findtext("type") or None))


def _locate(text: str, start: int, end: int, phrase: str | None) -> tuple[int | None, int | None, str | None]:
    """Offsets that give back ``phrase`` in ``text`` (searching a few characters around).

    Offsets that cannot be right (negative, reversed) become ``None``: the span
    is still scored, by its phrase, without a position.
    """
    valid = 0 <= start <= end <= len(text)
    if phrase is None:
        return (start, end, text[start:end]) if valid and end > start else (None, None, None)
    if valid and text[start:end] == phrase:
        return start, end, phrase
    for shift in sorted(range(-_SHIFT, _SHIFT + 1), key=abs):
        s = start + shift
        if s >= 0 and text[s:s + len(phrase)] == phrase:
            return s, s + len(phrase), phrase
    return (start, end, phrase) if valid else (None, None, phrase)
