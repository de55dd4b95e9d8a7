"""Plain-text reports: a leading metadata block, the body and its wire dateline.

A report may open with ``Field: value`` or ``field value`` lines (title, date /
published / publication date, source, url, author).  They become metadata and
leave the body; a date or URL line may run straight on into the first sentence.
The dateline (``MYKOLAIV, July 14 (Reuters) -``) stays in the body and is read
into a :class:`~warwire.record.Dateline` (:mod:`.dateline`).
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..record import Article
from .dateline import parse_dateline
from .published import match_date, parse_date

NO_TEXT = "no article text"

_FIELD = re.compile(
    r"(?P<name>publication\s+date|published|date|title|source|url|author)\b"
    r"(?P<sep>\s*:\s*|\s+)(?P<value>.*)",
    re.IGNORECASE,
)
_FIELD_KEYS = {"publication date": "published", "published": "published", "date": "published"}
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")

def normalise(text: str) -> str:
    """Unix newlines, no surrounding blank space."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def read_text(text: str, origin: str | None = None) -> Article:
    """A plain-text report as an article; raise :class:`InputError` if it has no body."""
    fields, body = split_metadata(normalise(text))
    body = body.strip()
    if not body:
        raise InputError(NO_TEXT, origin)
    return Article(
        raw_text=body,
        title=fields.get("title"),
        source=fields.get("source"),
        url=fields.get("url"),
        published=parse_date(fields.get("published")),
        origin=origin,
        dateline=parse_dateline(body),
    )


def split_metadata(text: str) -> tuple[dict[str, str], str]:
    """Take the leading metadata block off ``text``: ``(fields, body)``.

    The block ends at a blank line (dropped), at a line that is not metadata, or
    where a date or URL line runs on into the first sentence.
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    strong = weak = end = 0
    while end < len(lines) and lines[end].strip():
        parsed = _metadata_line(lines[end].strip())
        if parsed is None:
            break
        key, value, rest, is_strong = parsed
        if value:
            fields.setdefault(key, value)
        strong, weak = strong + is_strong, weak + (not is_strong)
        if rest:
            lines[end] = rest
            break
        end += 1
    else:
        end += end < len(lines)  # the blank line closing the block
    if not strong and weak < 2:
        return {}, text
    return fields, "\n".join(lines[end:])


def _metadata_line(line: str) -> tuple[str, str, str, bool] | None:
    """``(key, value, rest of line, strong)`` for a metadata line, else None.

    A line is strong when its form leaves no doubt: ``Field: value``, or a value
    that parses as what the field holds (a date, a URL).  Weak lines (``source
    Reuters``) count only in a block of two or more.
    """
    m = _FIELD.fullmatch(line)
    if not m:
        return None
    name = " ".join(m["name"].lower().split())
    key = _FIELD_KEYS.get(name, name)
    value, colon = m["value"].strip(), ":" in m["sep"]
    if key == "published":
        found = match_date(value)
        if not found:
            return ("published", "", "", True) if colon else None
        return "published", value[: found[1]], value[found[1]:].strip(), True
    if key == "url":
        url = re.match(r"\S+", value) if colon else _URL.match(value)
        if not url:
            return None
        return "url", url.group(), value[url.end():].strip(), True
    if not colon and (not value or len(value) > 150 or _SENTENCE_END.search(value)):
        return None
    return key, value, "", colon
