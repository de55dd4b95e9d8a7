"""Helpers for the event coder's tests: parse a text once and code it."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from warwire.analyse.nlp import load_model
from warwire.config import Settings
from warwire.events import find_events
from warwire.events.places import recognise
from warwire.extractors.dates import find_dates
from warwire.record import Article


@lru_cache(maxsize=1)
def nlp() -> Any:
    return load_model(Settings().model)


def parse(text: str) -> Any:
    return nlp()(text)


def article(text: str, published: date | None = None) -> Article:
    """An article parsed, dated and geoparsed as the pipeline would before ``events``."""
    a = Article(raw_text=text, published=published)
    a.doc = parse(a.text)
    a.dates = find_dates(a.text, published)
    a.places = recognise(a.doc, a.text)
    return a


def coded(text: str, published: date | None = None) -> list:
    return find_events(article(text, published))


def main(text: str, published: date | None = None):
    events = [e for e in coded(text, published) if e.kind == "acled"]
    assert events, f"no event in {text!r}"
    return events[0]
