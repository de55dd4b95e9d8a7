"""Stages as callables over one :class:`~warwire.record.Article`.

A stage declares what it ``needs`` and what it ``adds`` (record keys such as
``text``, ``doc``, ``dates``).  :class:`Pipeline` checks, before any article is
processed, that every need is added by an earlier stage, and drops the spaCy
analysis when no stage needs the parse (parse only what needs parsing).

The stages are registered explicitly, in order, in :func:`default_stages`:
this is the one place a new extractor is added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from .config import Settings
from .errors import InputError, PipelineError, WarwireError
from .record import Article

#: Keys every ingested article has before the first stage runs.
INGESTED = frozenset({"raw_text", "metadata"})


@runtime_checkable
class Stage(Protocol):
    """A pipeline step: reads ``needs`` from the article, writes ``adds``."""

    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]

    def __call__(self, article: Article) -> None: ...


def default_stages(settings: Settings | None = None) -> list[Stage]:
    """The registered stages, in pipeline order (the only registry)."""
    from .analyse.nlp import Analyse
    from .claims import Claims
    from .clean.captions import Clean
    from .events import Events
    from .extractors.dates import Dates
    from .geo.stage import Places
    from .quotes import Quotes

    settings = settings or Settings()
    return [Clean(), Analyse(settings.model), Dates(), Places(), Quotes(), Claims(), Events()]


def check_order(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` if a stage needs a key no earlier stage adds."""
    have = set(INGESTED)
    for stage in stages:
        missing = [n for n in stage.needs if n not in have]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage adds"
            )
        have.update(stage.adds)


def _prune_unneeded(stages: Sequence[Stage], optional: frozenset[str]) -> list[Stage]:
    """Drop stages that only add ``optional`` keys nobody later needs (e.g. the parse)."""
    kept: list[Stage] = []
    for i, stage in enumerate(stages):
        if set(stage.adds) <= optional:
            later_needs = {n for s in stages[i + 1 :] for n in s.needs}
            if not later_needs & set(stage.adds):
                continue
        kept.append(stage)
    return kept


class Pipeline:
    """Runs stages in order over articles; one-way flow, one article at a time or in batches.

    A stage may also offer ``pipe(articles)`` to process a batch at once (the spaCy
    parse does, through ``nlp.pipe``); :meth:`run` uses it and falls back to one
    article at a time when a batch fails, so one bad article rejects only itself.
    """

    #: keys that are only worth computing if a later stage reads them
    OPTIONAL = frozenset({"doc", "sentences"})

    def __init__(self, stages: Iterable[Stage] | None = None, settings: Settings | None = None,
                 batch_size: int = 16):
        stages = list(stages) if stages is not None else default_stages(settings)
        check_order(stages)
        self.stages = _prune_unneeded(stages, self.OPTIONAL)
        self.batch_size = batch_size

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            _apply(stage, article)
        article.doc = None  # the parse is shared between stages, not kept
        return article

    def run(self, articles: Iterable[Article | InputError],
            on_error: ErrorHandler | None = None) -> Iterator[Article]:
        """Process a stream; bad inputs go to ``on_error`` and the stream goes on."""
        report = on_error or (lambda err: None)
        batch: list[Article] = []
        for item in articles:
            if isinstance(item, InputError):
                report(item)
                continue
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch, report)
                batch = []
        if batch:
            yield from self._run_batch(batch, report)

    def _run_batch(self, batch: list[Article], report: ErrorHandler) -> list[Article]:
        alive = batch
        for stage in self.stages:
            alive = _apply_batch(stage, alive, report)
        for article in alive:
            article.doc = None
        return alive


ErrorHandler = Callable[[InputError], None]


def _apply(stage: Stage, article: Article) -> None:
    """Run one stage on one article; an unexpected failure becomes that article's InputError."""
    try:
        stage(article)
    except WarwireError:
        raise
    except Exception as exc:  # a stage bug must not kill the batch
        raise InputError(f"stage {stage.name} failed: {type(exc).__name__}: {exc}",
                         article.origin) from exc


def _apply_batch(stage: Stage, articles: list[Article], report: ErrorHandler) -> list[Article]:
    """Run a stage over a batch (its ``pipe`` if it has one); return the articles still alive."""
    pipe = getattr(stage, "pipe", None)
    if pipe is not None and len(articles) > 1:
        try:
            pipe(articles)
            return articles
        except Exception:  # find the culprit one article at a time
            pass
    alive = []
    for article in articles:
        try:
            _apply(stage, article)
            alive.append(article)
        except InputError as err:
            report(err)
    return alive
