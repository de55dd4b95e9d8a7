"""Bytes to text: binary rejection and encoding detection.

Order of trust: a byte-order mark; strict UTF-8; a charset the document
declares (``<meta charset>``, ``<?xml encoding>``); Windows-1252 when the result
reads as Western text (the usual encoding of legacy news files, and a superset
of Latin-1 in practice); then charset-normalizer.  Anything left is binary.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

BINARY = "binary file, not text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<\?xml[^>]*encoding=["']([\w.:-]+)|<meta[^>]+charset=["']?([\w.:-]+)""",
    re.IGNORECASE,
)
#: browsers read a declared Latin-1 as Windows-1252; so do we
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
            "us-ascii": "cp1252", "ascii": "cp1252"}
_NON_ASCII_RUN = re.compile(r"[^\W\d_a-zA-Z]{3,}")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def decode(data: bytes, origin: str | None = None) -> str:
    """Decode an input's bytes; raise :class:`InputError` for binary content."""
    text = _decode(data, origin)
    if _mostly_controls(text):
        raise InputError(BINARY, origin)
    return text


def _decode(data: bytes, origin: str | None) -> str:
    bom = bom_encoding(data)
    if bom:
        name, size = bom
        try:
            return data[size:].decode(name)
        except UnicodeDecodeError:
            raise InputError(BINARY, origin) from None
    if b"\x00" in data:
        raise InputError(BINARY, origin)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for attempt in (_declared, _western, _detected):
        text = attempt(data)
        if text is not None:
            return text
    raise InputError(BINARY, origin)


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m[1] or m[2]).decode("ascii").lower()
    name = _ALIASES.get(name, name)
    try:
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def _western(data: bytes) -> str | None:
    """Windows-1252 (Latin-1 for its few undefined bytes), if it reads as Western text.

    Text in a Cyrillic or Greek single-byte code page also decodes, but turns
    into runs of accented letters (``Ðîññèÿ``); those are left to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    letters = sum(c.isalpha() for c in text)
    accented = sum(c.isalpha() and not c.isascii() for c in text)
    if accented > 0.1 * letters or _NON_ASCII_RUN.search(text):
        return None
    return text


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazy: only legacy files need it

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _mostly_controls(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text."""
    return len(_CONTROLS.findall(text)) > len(text) / 100


def too_big(size: int, limit: int, what: str = "file") -> str:
    """``file is 3.1 MB, over the 2 MB limit`` (never shown as equal to the limit)."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if limit >= scale:
            shown = round(size / scale, 1)
            if shown <= limit / scale:
                shown = -(-size * 10 // scale) / 10  # rounded up instead
            return f"{what} is {shown:g} {unit}, over the {limit / scale:g} {unit} limit"
    return f"{what} is {size} bytes, over the {limit} byte limit"
