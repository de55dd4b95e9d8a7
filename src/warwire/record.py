"""The article record: one object that every stage reads and adds to.

Everything extracted from an article is a span into ``Article.text`` (the cleaned
text): ``article.text[span.start:span.end] == span.text`` always holds, so a user
can check every fact against its evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

PUBLISHED_FROM = ("flag", "metadata", "dateline")


@dataclass
class Span:
    """A stretch of the cleaned text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass
class DateMention(Span):
    """A temporal expression normalised against the publication date (TIMEX3-like).

    ``type`` is one of date, time, duration, set; ``value`` is ISO 8601 / TimeML
    (``2022-07-14``, ``2022-W27``, ``P5D``, ``PRESENT_REF``); ``precision`` is one
    of day, week, month, year, range, time, or none (for durations and sets);
    ``range`` is an explicit ``start/end`` interval where the expression has one.
    """

    type: str = "date"
    value: str = ""
    precision: str = "day"
    range: str | None = None


@dataclass
class Removed:
    """Something the cleaner took out of the text, kept so a user can audit it."""

    kind: str
    text: str


@dataclass
class Dateline:
    """The ``PLACE, Month D (Agency) -`` opening of a wire report."""

    place: str | None
    date_text: str | None
    agency: str | None


@dataclass
class Article:
    """One news report on its way through the pipeline.

    ``metadata`` keeps the input's other scalar fields (author, a corpus's own
    id or provenance) as they came.  ``raw_text`` is the body as ingested; ``text`` is the cleaned body that all
    offsets index into (``clean`` sets it; until then it equals ``raw_text``).
    ``doc`` holds the shared spaCy parse when a stage needed one; it is never
    serialised.
    """

    raw_text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: str | None = None
    origin: str | None = None
    dateline: Dateline | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    removed: list[Removed] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    doc: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw_text

    @property
    def id(self) -> str:
        """Content hash of the ingested body and title: same report, same id."""
        h = hashlib.sha256()
        h.update((self.title or "").encode("utf-8"))
        h.update(b"\x00")
        h.update(self.raw_text.encode("utf-8"))
        return h.hexdigest()[:24]

    def spans(self) -> dict[str, list[Span]]:
        """Every extracted span list by its record key."""
        return {k: getattr(self, k) for k in ("dates", "places", "quotes", "claims", "events")}

    def to_dict(self) -> dict[str, Any]:
        """The JSON record: ``article``, ``removed`` and the extracted lists."""
        out: dict[str, Any] = {
            "article": {
                "id": self.id,
                "title": self.title,
                "source": self.source,
                "url": self.url,
                "published": self.published.isoformat() if self.published else None,
                "published_from": self.published_from,
                "dateline": asdict(self.dateline) if self.dateline else None,
                "origin": self.origin,
                "metadata": self.metadata,
                "text": self.text,
            },
            "removed": [asdict(r) for r in self.removed],
        }
        for key, items in self.spans().items():
            out[key] = [_as_dict(i) for i in items]
        return out


def _as_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, dict):
        return item
    if hasattr(item, "to_dict"):
        return item.to_dict()
    return asdict(item)
