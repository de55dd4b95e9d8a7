"""Where articles come from: files, folders and stdin, each read in its format.

:func:`iter_articles` is the ingest stage's one entry point.  It never raises
for a bad input: it yields an :class:`InputError` naming the input and goes on
with the next.  The format comes from the extension (``.txt``, ``.html``,
``.json``, ``.jsonl``, ``.xml``...) and, for markup, unknown extensions and
stdin, from the content itself.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError, InputError
from ..record import Article
from .decode import decode, too_big
from .feeds import read_feed
from .html import read_html
from .published import parse_date, resolve_published
from .records import read_json, read_jsonl
from .dateline import parse_dateline
from .text import NO_TEXT, read_text

Result = Article | InputError

TEXT, HTML, RECORDS, JSONL, FEED = "text", "html", "records", "jsonl", "feed"
EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".html": HTML, ".htm": HTML, ".json": RECORDS,
    ".jsonl": JSONL, ".ndjson": JSONL, ".xml": FEED, ".rss": FEED, ".atom": FEED,
}
STDIN = "-"
_MARKUP = re.compile(r"<(rss|feed|rdf:rdf|html)\b")
_JSON_START = re.compile(r"\{|\[\s*[{\]\"]|\[\s*$")


def iter_articles(paths: Iterable[str], *, published: date | None = None,
                  source: str | None = None,
                  settings: Settings | None = None) -> Iterator[Article | InputError]:
    """Articles from files, folders (recursively, sorted, hidden files skipped) and ``-``.

    ``published`` (the CLI's ``--published``) and ``source`` override what the
    inputs say.  Each unusable input or record yields an :class:`InputError`
    whose message is one line starting with its origin.  An unreadable
    ``published`` is a :class:`ConfigError`, raised before any input is read.
    """
    max_bytes = (settings or Settings()).max_bytes
    flag = parse_date(published)
    if published is not None and flag is None:
        raise ConfigError(f"cannot read the publication date {published!r}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in paths:
        for item in _read_path(os.fspath(path), max_bytes):
            if isinstance(item, Article):
                _finish(item, flag, source)
            yield item


def article_from_text(text: str, *, origin: str = "<text>", published: date | str | None = None,
                      source: str | None = None) -> Article:
    """One plain-text report as a finished article (metadata block and dateline read)."""
    flag = parse_date(published)
    if published is not None and flag is None:
        raise ConfigError(f"cannot read the publication date {published!r}")
    article = read_text(text, origin)
    _finish(article, flag, source)
    return article


def _finish(article: Article, published: date | None, source: str | None) -> None:
    """Dateline, publication date and source, in their orders of precedence."""
    if article.dateline is None:
        article.dateline = parse_dateline(article.raw_text)
    resolve_published(article, published)
    if source:
        article.source = source
    elif not article.source and article.dateline and article.dateline.agency:
        article.source = article.dateline.agency


def _read_path(path: str, max_bytes: int) -> Iterator[Result]:
    if path == STDIN:
        yield from _read_stdin(max_bytes)
    elif os.path.isdir(path):
        yield from _read_folder(path, max_bytes)
    elif os.path.exists(path):
        yield from _read_file(path, max_bytes)
    else:
        yield InputError("no such file or directory", path)


def _read_folder(folder: str, max_bytes: int) -> Iterator[Result]:
    errors: list[OSError] = []
    files = sorted(_walk(folder, errors.append), key=lambda p: Path(p).parts)
    for err in errors:
        yield InputError(f"cannot read folder: {err.strerror or err}", err.filename or folder)
    if not files and not errors:
        yield InputError("folder has no files", folder)
    for path in files:
        yield from _read_file(path, max_bytes)


def _walk(folder: str, on_error: Callable[[OSError], None]) -> Iterator[str]:
    """Every non-hidden article file under ``folder``; hidden folders are not entered.

    In a folder, only files with an article extension (or none, to be sniffed)
    are read: a README.md or a photo beside the reports is not an input.  A
    file named on the command line is always read, whatever its extension.
    """
    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (os.path.join(root, f) for f in files
                    if not f.startswith(".") and _article_name(f))


def _article_name(name: str) -> bool:
    ext = os.path.splitext(name)[1].lower()
    return not ext or ext in EXTENSIONS


def _read_file(path: str, max_bytes: int) -> Iterator[Result]:
    kind = EXTENSIONS.get(os.path.splitext(path)[1].lower())
    try:
        if kind == JSONL:  # checked record by record: a corpus may be any size
            with open(path, "rb") as stream:
                yield from read_jsonl(stream, path, max_bytes)
            return
        size = os.path.getsize(path)
        if size > max_bytes:
            yield InputError(too_big(size, max_bytes), path)
            return
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", path)
        return
    yield from _read_data(data, path, kind, max_bytes)


def _read_stdin(max_bytes: int) -> Iterator[Result]:
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        data = stream.read() if stream is not None else b""
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", STDIN)
        return
    if isinstance(data, str):  # a text-only stand-in for stdin
        data = data.encode("utf-8")
    first = data.lstrip()[:1_000_000].split(b"\n", 1)[0].strip()
    if first.startswith(b"{") and first.endswith(b"}") and b"\n" in data.strip():
        yield from read_jsonl(io.BytesIO(data), STDIN, max_bytes)
        return
    if len(data) > max_bytes:
        yield InputError(too_big(len(data), max_bytes, "input"), STDIN)
        return
    yield from _read_data(data, STDIN, None, max_bytes)


def _read_data(data: bytes, origin: str, kind: str | None, max_bytes: int) -> Iterator[Result]:
    """One whole input's bytes, read in its format (``kind``, else sniffed)."""
    try:
        text = decode(data, origin)
        if not text.strip():
            raise InputError(NO_TEXT, origin)
        kind = _dispatch(kind, text)
        if kind == FEED:
            yield from read_feed(data, origin)
        elif kind == RECORDS:
            yield from read_json(text, origin, max_bytes)
        else:
            yield (read_html if kind == HTML else read_text)(text, origin)
    except InputError as err:
        yield err


def _dispatch(kind: str | None, text: str) -> str:
    """The extension's format, unless the content of markup or an unknown file says otherwise."""
    if kind in (TEXT, RECORDS):
        return kind
    sniffed = sniff(text)
    if kind == HTML:
        return FEED if sniffed == FEED else HTML
    if kind == FEED:
        return sniffed if sniffed in (HTML, RECORDS) else FEED
    return sniffed


def sniff(text: str) -> str:
    """The format the content looks like: feed, html, records or text."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if _JSON_START.match(head):
        return RECORDS
    if not head.startswith("<"):
        return TEXT
    found = _MARKUP.search(head)
    if found:
        return HTML if found[1] == "html" else FEED
    return FEED if head.startswith("<?xml") else HTML
