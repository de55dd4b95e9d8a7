"""The Python API: extract one text, extract many inputs, ingest into a store.

These are the functions the CLI wraps; everything a command does can be done
from Python with the same names and options.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from .config import Settings
from .errors import InputError
from .pipeline import Pipeline
from .record import Article

if TYPE_CHECKING:
    from .store import Store

ErrorHandler = Callable[[InputError], None]


@lru_cache(maxsize=4)
def _pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings=settings)


def extract(text: str, published: date | str | None = None, source: str | None = None,
            *, title: str | None = None, url: str | None = None,
            settings: Settings | None = None) -> Article:
    """Run the whole pipeline over one report given as plain text.

    The text is read like a ``.txt`` input: a leading metadata block or a wire
    dateline supplies the publication date and place when ``published`` is not
    given.  Raises :class:`~warwire.errors.InputError` for unusable text.
    """
    from .ingest.sources import article_from_text

    settings = settings or Settings()
    article = article_from_text(text, published=published, source=source)
    article.title = title or article.title
    article.url = url or article.url
    return _pipeline(settings)(article)


def extract_paths(paths: Iterable[str], *, published: date | None = None,
                  source: str | None = None, settings: Settings | None = None,
                  on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Ingest and process files, folders, ``-``; bad inputs go to ``on_error``."""
    from .ingest import iter_articles

    settings = settings or Settings()
    items = iter_articles(paths, published=published, source=source, settings=settings)
    yield from _pipeline(settings).run(items, on_error=on_error)


@dataclass
class IngestSummary:
    """What an ingest run did: counts of new / unchanged, each rejection, and the claim
    links the new articles added."""

    new: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)
    links: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.new + self.unchanged + len(self.rejected)

    def line(self) -> str:
        line = (f"{self.total} articles: {self.new} new, {self.unchanged} unchanged, "
                f"{len(self.rejected)} rejected")
        if any(self.links.values()):
            line += (f"; claims across articles: {self.links.get('contradicts', 0)} "
                     f"contradictions, {self.links.get('corroborates', 0)} corroborations")
        return line


def ingest(paths: Iterable[str], store: "Store", *, published: date | None = None,
           source: str | None = None, settings: Settings | None = None,
           on_error: ErrorHandler | None = None,
           on_article: Callable[[Article, str], None] | None = None) -> IngestSummary:
    """Extract every input and store it, one transaction per article; then link the new
    articles' claims to those of stored articles published near them (contradictions,
    corroborations; ``summary.links`` counts the links added)."""
    summary = IngestSummary()

    def rejected(err: InputError) -> None:
        summary.rejected.append(str(err))
        if on_error:
            on_error(err)

    fresh: list[str] = []
    for article in extract_paths(paths, published=published, source=source,
                                 settings=settings, on_error=rejected):
        outcome = store.add(article)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if outcome == "new":
            fresh.append(article.id)
        if on_article:
            on_article(article, outcome)
    if fresh:
        summary.links = store.link_claims(new=fresh)
    return summary


def rejection_reasons(summary: IngestSummary) -> Counter[str]:
    """Rejections grouped by reason (the message without its input name)."""
    return Counter(msg.split(": ", 1)[-1] for msg in summary.rejected)

