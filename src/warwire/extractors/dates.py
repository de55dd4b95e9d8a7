"""The dates extractor: every temporal expression, normalised (TIMEX3-like).

:func:`find_dates` runs the recognition patterns of :mod:`.timex_patterns`
over the text, keeps the longest non-overlapping matches, then normalises
them in reading order (:mod:`.timex_rules`, :mod:`.timex_periods`,
:mod:`.timex_relative`, :mod:`.timex_durations`) against the anchor, the publication date, and the
reference time, the last date resolved so far (used by ``a year earlier``,
``the next day`` and bare clock times).  Words that lead an expression join
its extent: ``early``, ``the end of`` and ``about`` before dates,
``nearly``/``at least`` before quantities, ``the past`` before a counted
duration; the value is that of the expression they lead.

Pure regular expressions: no parse is needed, and an article costs a few
milliseconds, a small fraction of a spaCy parse.  ``text[m.start:m.end] ==
m.text`` holds for every mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..record import Article, DateMention
from . import timex_durations, timex_periods, timex_relative, timex_rules  # noqa: F401 (registration)
from .timex_context import HANDLERS, Context
from .timex_patterns import (DATE_LEAD, DURATION_LEAD, MONTH_FULL, MONTH_SHORT, PRIORITY, QUANT_LEAD,
                             THE_LEAD, WEEKDAY_LEAD, compiled)
from .timex_values import Norm

_QUANTITY_START = re.compile(r"(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|twenty|thirty|forty|fifty|sixty|several|half|"
                             r"noon|midnight|midday)", re.I)
_ADJECTIVE = re.compile(r"\S+-\S+")
_DECADE_OR_CENTURY = re.compile(r"\d{2,3}")
_CALENDAR_START = re.compile(rf"\d|{MONTH_FULL}|{MONTH_SHORT}")


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def _candidates(text: str) -> list[_Candidate]:
    """Every match of every pattern; a pattern's group ``x``, if set, is its extent.

    A pattern whose trigger words are all absent from the text is not run.
    """
    found = []
    lowered = text.lower()
    for kind, pattern, triggers in compiled():
        if triggers and not any(t in lowered for t in triggers):
            continue
        extent = "x" in pattern.groupindex
        for m in pattern.finditer(text):
            start, end = m.span("x") if extent and m.group("x") is not None else m.span()
            if end > start:
                found.append(_Candidate(start, end, kind, m))
    return found


def _normalise(c: _Candidate, ctx: Context) -> Norm | None:
    """The rule's value; a date beyond the calendar (year 0, year 10000) has none."""
    try:
        return HANDLERS[c.kind](c.match, ctx)
    except (ValueError, OverflowError):
        return None


def _select(text: str, candidates: list[_Candidate], anchor: date | None) -> list[_Candidate]:
    """Longest first, then pattern order; a rule may still refuse its match."""
    taken = bytearray(len(text))
    probe = Context(text, anchor)
    chosen = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, PRIORITY[c.kind], c.start)):
        if any(taken[c.start:c.end]) or _normalise(c, probe) is None:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _leads(text: str, start: int, end: int, norm: Norm) -> list[re.Pattern[str]]:
    """The kinds of leading words an expression with this value may take."""
    leads = []
    if norm.type in ("date", "time") and not norm.value.endswith("_REF"):
        leads.append(DATE_LEAD)
        if norm.precision == "day" and _CALENDAR_START.match(text, start):
            leads.append(WEEKDAY_LEAD)  # "Thursday, July 14"
        if _DECADE_OR_CENTURY.fullmatch(norm.value):
            leads.append(THE_LEAD)
    if norm.type == "duration" and not _ADJECTIVE.fullmatch(text[start:end]):
        leads.append(DURATION_LEAD)
    if norm.type == "time" or _QUANTITY_START.match(text, start):
        leads.append(QUANT_LEAD)
    return leads


def _extend(text: str, start: int, end: int, norm: Norm, floor: int) -> int:
    """Move ``start`` left over the words that lead the expression (not past ``floor``)."""
    for _ in range(3):
        before = text[floor:start]
        lead = next((m for rx in _leads(text, start, end, norm) if (m := rx.search(before))), None)
        if lead is None:
            break
        start = floor + lead.start()
    return start


def find_dates(text: str, anchor: date | None) -> list[DateMention]:
    """Every temporal expression in ``text``, normalised against ``anchor``."""
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    ctx = Context(text, anchor)
    mentions: list[DateMention] = []
    floor = 0
    for c in _select(text, _candidates(text), anchor):
        ctx.from_ref = False
        norm = _normalise(c, ctx)
        if norm is None:
            continue
        start = _extend(text, c.start, c.end, norm, floor)
        mentions.append(DateMention(text[start:c.end], start, c.end, norm.type, norm.value,
                                    norm.precision, norm.range))
        floor = c.end
        if norm.type in ("date", "time") and norm.value[:4].isdigit() and not ctx.from_ref:
            ctx.remember(norm)
    return mentions


class Dates:
    """Pipeline stage: adds ``dates``, the temporal expressions of ``article.text``."""

    name = "dates"
    needs = ("text",)
    adds = ("dates",)

    def __call__(self, article: Article) -> None:
        article.dates = find_dates(article.text, article.published)
