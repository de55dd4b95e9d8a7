"""Code many short texts at once (evaluation, notebooks): one ``nlp.pipe`` pass.

Each text becomes an :class:`~warwire.record.Article` with its publication
date, parsed once in batches, dated (:func:`~warwire.extractors.dates.find_dates`),
geoparsed (the places stage's recogniser, or the fallback of :mod:`.places`)
and coded.  The parse is dropped once the events are built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..record import Article
from .places import recognise
from .stage import find_events


def load_nlp(model: str | None = None) -> Any:
    from ..analyse.nlp import load_model
    from ..config import Settings

    return load_model(model or Settings().model)


def code_articles(items: Iterable[tuple[str, date | None]], nlp: Any = None,
                  batch_size: int = 64) -> Iterator[Article]:
    """``(text, published)`` pairs → articles with ``events`` (and ``dates``, ``places``)."""
    from ..extractors.dates import find_dates

    nlp = nlp or load_nlp()
    articles = (Article(raw_text=text, published=published) for text, published in items)
    buffered: list[Article] = []
    for article in articles:
        buffered.append(article)
        if len(buffered) >= batch_size:
            yield from _run(buffered, nlp, find_dates)
            buffered = []
    if buffered:
        yield from _run(buffered, nlp, find_dates)


def _run(articles: list[Article], nlp: Any, find_dates: Any) -> Iterator[Article]:
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        article.doc = doc
        article.dates = find_dates(article.text, article.published)
        article.places = recognise(doc, article.text)
        article.events = find_events(article)
        article.doc = None
        yield article
