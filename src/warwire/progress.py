"""A Rich progress display for long runs, on stderr, silent when not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def article_progress(label: str = "articles") -> Iterator[Callable[[], None]]:
    """Yield ``advance()``; shows a live count and rate while articles flow."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
    from rich.progress import TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn(f"[bold]{label}"), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task(label, total=None)
        yield lambda: progress.advance(task)
