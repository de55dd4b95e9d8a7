"""The coded event record: what the ``events`` stage adds to an article.

Every event carries its evidence, spans into ``article.text``
(``article.text[e.start:e.end] == e.text``), so a user can check each coded
field against the words it came from.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class Evidence:
    """A stretch of ``article.text`` an event was coded from."""

    text: str
    start: int
    end: int


@dataclass
class EventPlace:
    """Where the event happened, with ACLED's ``geo_precision``.

    ``geo_precision``: 1 the named town itself, 2 near a town or within a
    district/small area (or a place "coded to" a town), 3 a region only.
    ``text`` is the mention the place was chosen from (``None`` when it was
    inherited from an earlier event or the dateline).
    """

    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country_code: str | None = None
    geonames_id: int | None = None
    geo_precision: int = 3
    text: str | None = None
    feature: str | None = None


@dataclass
class Claim:
    """A figure the coder did not count: a belligerent's claim about enemy losses."""

    kind: str
    value: int
    by: str
    text: str
    start: int
    end: int


@dataclass
class Event:
    """One event in ACLED's taxonomy (or, with ``kind == "extra"``, a CASE 2021 extra item).

    ``fatalities`` follows ACLED (reported deaths only; the lowest of
    conflicting reports); ``low``/``best``/``high`` keep the range where
    reports differ (UCDP's convention), and equal ``fatalities`` otherwise.
    ``time_precision`` is 1 day, 2 week, 3 month.  ``status`` is ``reported``,
    or ``claimed`` when only a belligerent side says it happened.
    """

    event_type: str
    sub_event_type: str
    kind: str = "acled"
    plover: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    date: date | None = None
    time_precision: int = 1
    place: EventPlace = field(default_factory=EventPlace)
    fatalities: int = 0
    injuries: int = 0
    low: int = 0
    best: int = 0
    high: int = 0
    sources: list[str] = field(default_factory=list)
    status: str = "reported"
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    case2021: str | None = None
    article_id: str | None = None

    @property
    def id(self) -> str:
        """Stable id: article, type, date, place and actors."""
        h = hashlib.sha256()
        for part in (self.article_id, self.sub_event_type, self.date, self.place.name,
                     self.place.lat, self.actor1, self.actor2):
            h.update(str(part).encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:20]

    @property
    def start(self) -> int:
        return self.evidence[0].start if self.evidence else 0

    @property
    def end(self) -> int:
        return self.evidence[0].end if self.evidence else 0

    @property
    def text(self) -> str:
        return self.evidence[0].text if self.evidence else ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("article_id")
        out["id"] = self.id
        out["date"] = self.date.isoformat() if self.date else None
        return {"id": out.pop("id"), **out}
