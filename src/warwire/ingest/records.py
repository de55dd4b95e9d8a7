"""JSON records: one object, a list of objects, or JSON Lines (JSONL / NDJSON).

Fields, first present wins: the body from ``text`` / ``body`` / ``content``;
``title``; ``url``; the outlet from ``outlet`` / ``source`` (``outlet`` first:
some corpora keep a provenance string in ``source``); the publication date
from ``published`` / ``date`` / ``published_at``.  Each bad record yields an
:class:`InputError` naming ``path#LINE`` and the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from ..errors import InputError
from ..record import Article
from .decode import BINARY, bom_encoding, decode, too_big
from .html import fragment_text
from .published import parse_date
from .text import NO_TEXT, normalise

TEXT_KEYS = ("text", "body", "content")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
SOURCE_KEYS = ("outlet", "source")
DATE_KEYS = ("published", "date", "published_at")

Result = Article | InputError


def read_json(text: str, origin: str, max_bytes: int) -> Iterator[Result]:
    """A JSON document: one object, or a list of them (``path#N`` names the N-th)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and not text.lstrip().startswith("["):
            yield from read_lines(enumerate(text.split("\n"), 1), origin, max_bytes)
        else:
            yield InputError(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                             origin)
        return
    if not isinstance(value, list):
        yield _guarded(value, origin)
        return
    if not value:
        yield InputError("no records in the JSON list", origin)
    for number, item in enumerate(value, 1):
        yield _guarded(item, f"{origin}#{number}")


def read_jsonl(stream: IO[bytes], origin: str, max_bytes: int) -> Iterator[Result]:
    """JSON Lines from a seekable binary stream, read a line at a time.

    Only a UTF-16/32 file (byte-order mark) is read whole, as its lines cannot
    be split as bytes.  NUL bytes near the start mean a binary file: one error.
    """
    head = stream.read(8192)
    stream.seek(0)
    bom = bom_encoding(head)
    if bom and bom[0] != "utf-8":
        try:
            text = decode(stream.read(), origin)
        except InputError as err:
            yield err
            return
        yield from read_lines(enumerate(text.split("\n"), 1), origin, max_bytes)
    elif b"\x00" in head:
        yield InputError(BINARY, origin)
    else:
        yield from read_lines(_bounded_lines(stream, max_bytes), origin, max_bytes)


def read_lines(lines: Iterable[tuple[int, bytes | str | int]], origin: str,
               max_bytes: int) -> Iterator[Result]:
    """Records from numbered lines; a line given as a number is one over the limit (its size)."""
    seen = False
    for number, line in lines:
        where = f"{origin}#{number}"
        if isinstance(line, int):
            seen = True
            yield InputError(too_big(line, max_bytes, "record"), where)
            continue
        try:
            text = (decode(line, where) if isinstance(line, bytes) else line).strip()
            if not text:
                continue
            seen = True
            yield record_article(_parse(text, where), where)
        except InputError as err:
            yield err
    if not seen:
        yield InputError("no records", origin)


def _bounded_lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """Numbered lines of at most ``max_bytes``; a longer one is skipped and given as its size."""
    number = 0
    while raw := stream.readline(max_bytes + 1):
        number += 1
        if len(raw.rstrip(b"\r\n")) <= max_bytes:
            yield number, raw
            continue
        size = len(raw)
        while not raw.endswith(b"\n") and (raw := stream.readline(1 << 20)):
            size += len(raw)
        yield number, size - (1 if raw.endswith(b"\n") else 0)


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", where) from None


def _guarded(value: Any, origin: str) -> Result:
    try:
        return record_article(value, origin)
    except InputError as err:
        return err


def record_article(record: Any, origin: str) -> Article:
    """One JSON object as an article; :class:`InputError` if it has no usable body."""
    if not isinstance(record, dict):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object", origin)
    body = _body(record)
    if not body:
        raise InputError(NO_TEXT, origin)
    return Article(
        raw_text=body,
        title=_first(record, TITLE_KEYS),
        source=_first(record, SOURCE_KEYS),
        url=_first(record, URL_KEYS),
        published=_published(record),
        origin=origin,
        metadata=_extra(record),
    )


def _extra(record: dict[str, Any]) -> dict[str, Any]:
    """The record's other scalar fields (author, its own id, provenance), kept as they came."""
    used = {*TEXT_KEYS, *TITLE_KEYS, *URL_KEYS, *DATE_KEYS}
    return {k: v for k, v in record.items()
            if k not in used and isinstance(v, (str, int, float, bool)) and v != ""}


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` holding a non-blank string (or number), single-spaced."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _body(record: dict[str, Any]) -> str:
    for key in TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, list) and all(isinstance(p, str) for p in value):
            value = "\n".join(value)
        if isinstance(value, str) and value.strip():
            return fragment_text(value) if value.lstrip().startswith("<") else normalise(value)
    return ""


def _published(record: dict[str, Any]) -> date | None:
    for key in DATE_KEYS:
        found = parse_date(record.get(key))
        if found:
            return found
    return None
