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
from functools import lru_cache

from ..record import Article, DateMention
from . import timex_durations as dur, timex_periods as per, timex_relative as rel, timex_rules as cal
from .timex_context import Context, Rule
from .timex_patterns import (DATE_LEAD, DURATION_LEAD, MONTH_FULL, MONTH_SHORT, PRIORITY, QUANT_LEAD,
                             RULES, THE_LEAD, TRIGGERS, WEEKDAY_LEAD)
from .timex_values import Norm

_QUANTITY_START = re.compile(r"(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|twenty|thirty|forty|fifty|sixty|several|half|"
                             r"noon|midnight|midday)", re.I)
_ADJECTIVE = re.compile(r"\S+-\S+")
_DECADE_OR_CENTURY = re.compile(r"\d{2,3}")
_CALENDAR_START = re.compile(rf"\d|{MONTH_FULL}|{MONTH_SHORT}")


#: the one registry: pattern kind (:data:`~.timex_patterns.RULES`) -> the rule that
#: normalises its matches; nothing registers itself on import
HANDLERS: dict[str, Rule] = {
    # calendar: days, months, years, decades, centuries, seasons
    "iso": cal.iso, "numeric": cal.numeric, "mdy": cal.calendar_day, "dmy": cal.calendar_day,
    "dom_coord": cal.dom_coord, "week_of": cal.week_of, "month_year": cal.month_year,
    "month_relyear": cal.month_relyear, "month_rel": cal.month_rel, "month": cal.month,
    "year": cal.year, "year_range": cal.year_range, "decade": cal.decade,
    "decade_word": cal.decade_word, "century": cal.century, "century_rel": cal.century_rel,
    "year_end": cal.year_end, "season": cal.season, "season_year": cal.season_year,
    # periods: quarters, year-ago comparisons, holidays
    "quarter": per.quarter, "quarter_code": per.quarter_code, "quarter_rel": per.quarter_rel,
    "quarter_year": per.quarter_year, "quarter_the": per.quarter_the,
    "year_ago_adj": per.year_ago_adj, "same_last_year": per.same_last_year,
    "holiday": per.holiday,
    # relative to the anchor or the reference time
    "rel_unit": rel.rel_unit, "mod_unit": rel.mod_unit, "the_unit": rel.the_weekend,
    "the_day": rel.the_day, "in_the_day": rel.the_day, "weekday_rel": rel.weekday_rel,
    "weekday": rel.weekday, "deictic": rel.deictic, "part_of_day": rel.part_of_day,
    "part_mod": rel.part_mod, "anaphor": rel.anaphor, "clock": rel.clock,
    "present": rel.present, "past": rel.past, "future": rel.future,
    "future_own": rel.future_own,
    # durations and sets
    "duration": dur.duration, "duration_half": dur.duration_half,
    "duration_vague": dur.duration_vague, "duration_bare": dur.duration_vague,
    "duration_the_years": dur.duration_vague, "duration_long": dur.duration_long,
    "set_every": dur.set_every, "set_adverb": dur.set_adverb, "set_times": dur.set_times,
    "set_weekdays": dur.set_weekdays,
}

Compiled = tuple[str, re.Pattern[str], tuple[str, ...], Rule]


def compile_rules(rules: list[tuple[str, str]], handlers: dict[str, Rule]) -> list[Compiled]:
    """Each rule's kind, compiled pattern, trigger words and handler, in rule order.

    Raises ``ValueError`` when a kind has no handler or a handler no kind.
    """
    kinds = [kind for kind, _ in rules]
    missing, unused = set(kinds) - set(handlers), set(handlers) - set(kinds)
    if missing or unused:
        raise ValueError(f"timex rules without a handler: {sorted(missing)}; "
                         f"handlers without a rule: {sorted(unused)}")
    return [(kind, re.compile(pattern, re.I), TRIGGERS.get(kind, ()), handlers[kind])
            for kind, pattern in rules]


@lru_cache(maxsize=1)
def compiled() -> list[Compiled]:
    """:data:`~.timex_patterns.RULES` with their handlers, compiled once per process."""
    return compile_rules(RULES, HANDLERS)


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    match: re.Match[str]
    rule: Rule


def _candidates(text: str) -> list[_Candidate]:
    """Every match of every pattern; a pattern's group ``x``, if set, is its extent.

    A pattern whose trigger words are all absent from the text is not run.
    """
    found = []
    lowered = text.lower()
    for kind, pattern, triggers, rule in compiled():
        if triggers and not any(t in lowered for t in triggers):
            continue
        extent = "x" in pattern.groupindex
        for m in pattern.finditer(text):
            start, end = m.span("x") if extent and m.group("x") is not None else m.span()
            if end > start:
                found.append(_Candidate(start, end, kind, m, rule))
    return found


def _normalise(c: _Candidate, ctx: Context) -> Norm | None:
    """The rule's value; a date beyond the calendar (year 0, year 10000) has none."""
    try:
        return c.rule(c.match, ctx)
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
