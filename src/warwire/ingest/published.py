"""Publication dates: parse the strings reports carry and decide which one counts.

:func:`match_date` reads a date at the start of a string (ISO dates and
datetimes, ``July 11, 2022``, ``14 July 2022``, RFC 2822 as in feeds), so a
metadata line such as ``Published: 14 July 2022 Russian forces...`` can be
split into the date and the first sentence.  :func:`resolve_published` applies
the precedence flag → metadata → dateline to an :class:`~warwire.record.Article`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..record import Article

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

#: a month name, full or abbreviated (``Sept.`` included); used by the dateline too
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ZONE = r"(?:\s*(?:z|[+-]\d{2}:?\d{2}|utc|gmt|msk|bst|eest|eet|cest|cet|[ecmp][sd]t)\b)?"
_TIME = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?"
    r"(?:\s*[ap]\.?m\b\.?)?" + _ZONE + r")?"
)
_ISO = re.compile(
    r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?" + _ZONE + r")?(?![\w-])",
    re.IGNORECASE,
)
_MDY = re.compile(
    _WEEKDAY + r"(?P<mon>" + MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
    + _TIME + r"(?!\w)",
    re.IGNORECASE,
)
_DMY = re.compile(
    _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + MONTH
    + r"),?\s+(?P<y>\d{4})" + _TIME + r"(?!\w)",
    re.IGNORECASE,
)
#: a month and day with an optional year, as datelines write it (``July 14``)
_MONTH_DAY = re.compile(
    r"(?P<mon>" + MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?",
    re.IGNORECASE,
)


def month_number(name: str) -> int:
    """``"Sept."`` → 9; the name must be one :data:`MONTH` matches."""
    return _MONTHS[name.strip(".").lower()[:3]]


def _make(year: str | int, month: int, day: str | int) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def match_date(text: str) -> tuple[date, int] | None:
    """A date at the very start of ``text``: ``(date, end offset)``, or None.

    An optional time and time zone after the date are part of the match; the
    date is the calendar day as written (no conversion to UTC).
    """
    for pattern in (_ISO, _MDY, _DMY):
        m = pattern.match(text)
        if not m:
            continue
        month = int(m["m"]) if pattern is _ISO else month_number(m["mon"])
        found = _make(m["y"], month, m["d"])
        if found:
            return found, m.end()
    return None


def parse_date(value: object) -> date | None:
    """A publication-date string (or date/datetime) as a :class:`date`; None if unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())
    found = match_date(text)
    if found and not text[found[1]:].strip():
        return found[0]
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def latest_written_date(text: str, today: date | None = None) -> date | None:
    """The latest full date (with its year) written anywhere in ``text``, not after today.

    A dateline without a year (``MYKOLAIV, July 16 (Reuters) -``) takes its year
    from the article's own fully written dates (captions often carry them).
    """
    today = today or date.today()
    found: list[date] = []
    for pattern in (_ISO, _MDY, _DMY):
        for m in pattern.finditer(text):
            month = int(m["m"]) if pattern is _ISO else month_number(m["mon"])
            day = _make(m["y"], month, m["d"]) if 1 <= month <= 12 else None
            if day and day <= today:
                found.append(day)
    return max(found, default=None)


def dateline_date(date_text: str | None, reference: date | None = None,
                  today: date | None = None) -> date | None:
    """The date a dateline such as ``July 14`` or ``July 14, 2022`` stands for.

    Without a year: the occurrence nearest ``reference`` (the metadata date —
    normally its own year, the neighbouring one across New Year), else the most
    recent occurrence not after ``today``.
    """
    m = _MONTH_DAY.fullmatch(date_text.strip()) if date_text else None
    if not m:
        return None
    month, day = month_number(m["mon"]), int(m["d"])
    if m["y"]:
        return _make(m["y"], month, day)
    if reference:
        candidates = [_make(y, month, day) for y in (reference.year - 1, reference.year,
                                                     reference.year + 1)]
        valid = [c for c in candidates if c]
        return min(valid, key=lambda c: abs(c - reference)) if valid else None
    today = today or date.today()
    for year in range(today.year, today.year - 8, -1):
        found = _make(year, month, day)
        if found and found <= today:
            return found
    return None


def resolve_published(article: Article, flag: date | None = None,
                      today: date | None = None) -> None:
    """Set ``published`` / ``published_from``: the flag, else metadata, else the dateline.

    A format reader leaves the metadata date, if any, in ``article.published``.
    """
    metadata = article.published
    dateline = article.dateline
    from_dateline = None
    if dateline and dateline.date_text and flag is None and metadata is None:
        reference = latest_written_date(article.raw_text, today)
        from_dateline = dateline_date(dateline.date_text, reference, today)
    if flag is not None:
        article.published, article.published_from = parse_date(flag), "flag"
    elif metadata is not None:
        article.published_from = "metadata"
    elif from_dateline is not None:
        article.published, article.published_from = from_dateline, "dateline"
    else:
        article.published, article.published_from = None, None

