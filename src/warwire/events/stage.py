"""The ``events`` pipeline stage and the one-call API over a parsed article."""

from __future__ import annotations

from typing import Any

from ..record import Article
from .build import events_of
from .casualties import running_total
from .detect import find_in_sentences, merge
from .model import Event
from .places import article_places
from .tables import VIOLENT_TYPES

#: Events dated this many days before publication are background, not reported events.
BACKGROUND_DAYS = 90


def find_events(article: Article) -> list[Event]:
    """The events an article reports, from its shared parse (``article.doc``).

    Reads ``article.dates`` (the dates stage) and ``article.places`` (the
    places stage; a fallback recogniser stands in where the article has none).
    """
    doc: Any = article.doc
    if doc is None:
        return []
    places = article_places(article)
    found = [f for f in find_in_sentences(doc, article.dates, places, article.published)
             if not all(running_total(s) for s in f.sents)]
    coded = [e for e in events_of(merge(found), article, places) if not _background(e, article)]
    return _absorb_accidents(coded)


def _absorb_accidents(events: list[Event]) -> list[Event]:
    """A "man-made disaster" (a blast, a fire, a collapse) on the day and at the place of a
    violent event is that event told again ("An explosion brought down part of the bridge
    ... a truck bomb caused the blast"): one event, coded as the violence."""
    violent = {(e.date, e.place.lat, e.place.lon) for e in events
               if e.kind == "acled" and e.event_type in VIOLENT_TYPES}
    return [e for e in events
            if not (e.kind == "extra" and e.sub_event_type == "Man-made disaster"
                    and (e.date, e.place.lat, e.place.lon) in violent)]


def _background(event: Event, article: Article) -> bool:
    """An event dated well before the report ("the war began in 2014 with clashes") is history."""
    return bool(event.date and article.published and
                (article.published - event.date).days > BACKGROUND_DAYS)


class Events:
    """Pipeline stage: adds ``events``, coded in ACLED's taxonomy (and CASE 2021's extras)."""

    name = "events"
    needs = ("doc", "dates", "places")
    adds = ("events",)

    def __call__(self, article: Article) -> None:
        article.events = find_events(article)
