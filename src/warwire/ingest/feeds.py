"""RSS and Atom files: one article per entry, through feedparser.

feedparser gets the file's bytes in a stream, never a string (a string that
looks like a URL would be fetched), and follows the feed's own encoding
declaration.  Entry dates are read as written, not shifted to UTC.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import InputError
from ..record import Article
from .html import fragment_text
from .published import parse_date
from .text import NO_TEXT, normalise

Result = Article | InputError


def read_feed(data: bytes, origin: str) -> Iterator[Result]:
    """Every entry of an RSS/Atom feed; ``path#N`` names the N-th entry."""
    try:
        parsed = _parse(data, origin)
    except InputError as err:
        yield err
        return
    feed_title = _detail(parsed.feed, "title")
    for number, entry in enumerate(parsed.entries, 1):
        try:
            yield entry_article(entry, f"{origin}#{number}", feed_title)
        except InputError as err:
            yield err


def _parse(data: bytes, origin: str) -> Any:
    import feedparser  # lazy: only feeds need it

    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # feedparser wraps most faults in ``bozo``; not all
        reason = " ".join(str(exc).split())
        raise InputError(f"cannot read feed: {type(exc).__name__}: {reason}", origin) from exc
    if parsed.entries:
        return parsed
    if parsed.get("bozo"):
        reason = " ".join(str(parsed.get("bozo_exception", "")).split())
        raise InputError(f"not a readable feed: {reason}" if reason else "not a readable feed",
                         origin)
    raise InputError("feed has no entries", origin)


def entry_article(entry: Any, origin: str, feed_title: str | None = None) -> Article:
    """One feed entry as an article; its source is the entry's, else the feed's title."""
    body = _body(entry)
    if not body:
        raise InputError(NO_TEXT, origin)
    source = entry.get("source") or {}
    return Article(
        raw_text=body,
        title=_detail(entry, "title"),
        source=_plain(source.get("title")) or feed_title,
        url=_plain(entry.get("link")),
        published=_published(entry),
        origin=origin,
    )


def _body(entry: Any) -> str:
    """The longest content block, else the summary, as paragraph text."""
    blocks = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if blocks:
        best = max(blocks, key=lambda c: len(c["value"]))
        value, kind = best["value"], best.get("type", "text/html")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary") or "", detail.get("type", "text/html")
    if kind == "text/plain":
        return normalise(value)
    return fragment_text(value)


def _published(entry: Any) -> date | None:
    for key in ("published", "updated", "created"):
        found = parse_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _detail(item: Any, key: str) -> str | None:
    """A text construct (title) as plain text, its markup read when its type is HTML."""
    value = item.get(key)
    kind = (item.get(f"{key}_detail") or {}).get("type", "text/plain")
    if isinstance(value, str) and kind != "text/plain":
        value = fragment_text(value)
    return _plain(value)


def _plain(value: object) -> str | None:
    """A feed string with single spaces; None when blank or missing."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
