"""When the event happened: the sentence's temporal expression, else the report's date.

A date expression attached to a reporting verb ("…, the governor said on
Saturday") dates the report, not the event, and is passed over.  Values:
``2022-07-15`` → precision 1 (day), ``2022-W28`` → 2 (week), ``2022-07`` → 3
(month).  An ACLED note's "(week of)" / "(month of)" after the date lowers
the precision accordingly.  Without any date in the sentence the event takes
the previous event's date in the article, else the publication date with
precision 2 (the day is not stated).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..analyse.nlp import doc_text
from ..record import DateMention
from .tables import words

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_WIDER = re.compile(r"^\s*\((?:[^)]*\b)?(week|month) of\)", re.I)


def value_to_date(value: str) -> tuple[date, int] | None:
    """An ISO/TimeML value → (first day, time_precision); None for years, durations, refs."""
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3])), 1
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1), 2
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1), 3
    except ValueError:
        return None
    return None


def event_date(doc: Any, sent: Any, dates: list[DateMention],
               published: date | None = None) -> tuple[date, int] | None:
    """The date of an event told in ``sent``, from the article's date mentions.

    A date that only qualifies a noun ("Following an Oct. 8 explosion, Russia launched
    strikes on Monday") comes after one of a clause.  A bare year before the publication
    year ("in 2014") dates the event to that year (precision 3): it is background, not news."""
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.type in ("date", "time")]
    chosen = [d for d in inside if not _dates_report(doc, d)] or inside
    chosen.sort(key=lambda d: _dates_noun(doc, d))
    for d in chosen:
        ranged = bool(d.range) and not _DAY.match(d.value)
        found = _range_date(d.range) if ranged else value_to_date(d.value)
        value = d.value
        if found is None and _YEAR.match(value) and published and int(value) < published.year:
            found = (date(int(value), 1, 1), 3)
        if found is None:
            continue
        day, prec = found
        wider = _WIDER.match(doc_text(doc)[d.end:d.end + 40])
        if wider:
            prec = max(prec, 2 if wider.group(1).lower() == "week" else 3)
        return day, prec
    return None


#: TimeML values that name no time of their own ("now", "recently", "in the future").
VAGUE = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


def told_day(doc: Any, sent: Any, dates: list[DateMention]) -> bool:
    """Whether the sentence dates its event itself: a date or time in it that does not date
    the report ("..., the minister said on Tuesday") and is not a vague reference ("now",
    "recently": a war's analysis is told now too)."""
    return any(sent.start_char <= d.start < sent.end_char and d.type in ("date", "time")
               and d.value not in VAGUE and not _dates_report(doc, d) for d in dates)


def _range_date(span: str) -> tuple[date, int] | None:
    """A range ("earlier this month": 2022-07-01/2022-07-14) → its first day, with the
    precision of its length: a day, a week (2) or longer (3)."""
    ends = [value_to_date(v) for v in span.split("/")[:2]]
    if not ends or ends[0] is None:
        return None
    first = ends[0][0]
    last = ends[-1][0] if len(ends) == 2 and ends[-1] is not None else first
    days = (last - first).days
    return first, 1 if days < 1 else 2 if days < 7 else 3


def _dates_report(doc: Any, d: DateMention) -> bool:
    """The expression modifies a reporting verb ("said on Saturday")."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    report = words().get("report", {})
    t = span.root
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t.lemma_.lower() in report
        t = t.head
    return False


def _dates_noun(doc: Any, d: DateMention) -> bool:
    """The expression qualifies a noun ("an Oct. 8 explosion", "the March 5 talks"): it
    dates that noun's own event, which a clause's date of the same sentence is not."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ == "NOUN"
