"""Normalisation of periods: quarters and halves, year-ago comparisons, holidays.

In business news "the quarter" is the one just reported: the last completed
quarter before the publication date; "a year ago" beside it is that quarter
a year back.  These readings need money words around (``_FINANCE``).
A holiday without a year is the nearest one (the next one with a future cue).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import timex_anchor as ta
from . import timex_values as tv
from .timex_context import Context, year_number
from .timex_patterns import ORDINALS
from .timex_values import PAST, Norm

_FINANCE = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|loss(?:es)?|net|income|shares?|percent|"
    r"dividends?|results|reported|fiscal|quarterly|operating|cents?|growth|gdp|economy|"
    r"million|billion|charges?|output)\b|%|\$", re.I)


def _financial(m, ctx) -> bool:
    return bool(_FINANCE.search(ctx.text[max(0, m.start() - 150):m.end() + 150]))


def _named_year(m, ctx) -> int | None:
    for key in ("pre_year", "the_year", "year"):
        if m.groupdict().get(key):
            return year_number(m[key], ctx.anchor)
    rel = m.groupdict().get("rel_year") or m.groupdict().get("post_rel")
    if rel and ctx.anchor:
        return ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[rel.lower()]
    return None


def _period_year(anchor: date, unit: str, n: int) -> int:
    """The year of the latest such quarter (half) starting on or before the anchor."""
    current = tv.quarter_of(anchor) if unit == "quarter" else (anchor.month > 6) + 1
    return anchor.year if n <= current else anchor.year - 1


def previous_period(ctx: Context, unit: str, years_back: int) -> Norm | None:
    """The last completed quarter (half) before the anchor, ``years_back`` years earlier."""
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    if unit == "half":
        y, n = (a.year - 1, 2) if a.month <= 6 else (a.year, 1)
        return tv.half(y - years_back, n)
    q = tv.quarter_of(a) - 1
    return tv.quarter((a.year if q else a.year - 1) - years_back, q or 4)


def _period(unit: str, y: int, n: int) -> Norm:
    return tv.quarter(y, n) if unit == "quarter" else tv.half(y, n)


def quarter(m, ctx):
    unit, o = m["unit"].lower(), m["ord"].lower()
    last = 4 if unit == "quarter" else 2
    y = _named_year(m, ctx)
    if o == "last" and y is None:
        return previous_period(ctx, unit, 0)  # "last quarter"
    n = last if o in ("final", "last") else ORDINALS.get(o) or (int(o[0]) if o[0].isdigit() else 0)
    if not 1 <= n <= last:
        return None
    if y is None and ctx.anchor is None:
        return Norm("date", f"XXXX-{unit[0].upper()}{n}", "range")
    if y is None:
        y = _period_year(ctx.anchor, unit, n) - (1 if m["ago"] else 0)
    return _period(unit, y, n)


def quarter_code(m, ctx):
    """``Q3``, ``Q3 2022``, ``H1``."""
    n, unit = int(m["n"]), ("quarter" if m["unit"] == "Q" else "half")
    if unit == "half" and n > 2:
        return None
    if m["year"]:
        return _period(unit, int(m["year"]), n)
    if ctx.anchor is None:
        return Norm("date", f"XXXX-{m['unit']}{n}", "range")
    return _period(unit, _period_year(ctx.anchor, unit, n), n)


_SAME_PERIOD = ("same", "comparable", "corresponding")


def quarter_rel(m, ctx):
    """``the latest quarter``, ``the year-ago period``, ``the same period last year``."""
    rel, unit = " ".join(m["rel"].lower().split()), m["unit"].lower()
    if not _financial(m, ctx):
        return None
    if unit == "period" and rel not in ("latest", "year-ago", "year-earlier", "most recent") + _SAME_PERIOD:
        return None
    year_ago = rel in ("year-ago", "year-earlier") or m.group(0).lower().endswith(("ago", "earlier", "last year"))
    if rel in _SAME_PERIOD:
        return _same_period_back(ctx) if year_ago else None
    if rel in ("this", "current") and ctx.anchor:
        n = tv.quarter_of(ctx.anchor) if unit != "half" else (ctx.anchor.month > 6) + 1
        return _period("half" if unit == "half" else "quarter", ctx.anchor.year, n)
    return previous_period(ctx, "half" if unit == "half" else "quarter", int(year_ago))


def _same_period_back(ctx: Context) -> Norm | None:
    """The period just discussed, a year back (or the reported quarter's, failing one)."""
    moved = ta.shift_value(ctx.ref, -1, "year") if ctx.ref else None
    ctx.from_ref = True
    return moved or previous_period(ctx, "quarter", 1)


def quarter_year(m, ctx):
    """``the 1988 quarter``: the quarter under report, in the year named."""
    if not _financial(m, ctx):
        return None
    latest = previous_period(ctx, "quarter", 0)
    y = int(m["year"])
    return tv.quarter(y, int(latest.value[-1])) if latest else tv.year(y)


def quarter_the(m, ctx):
    if not _financial(m, ctx):
        return None
    return previous_period(ctx, "quarter", 1 if m["ago"] else 0)


def reported_period(ctx: Context) -> bool:
    """Is the reference a quarter or half of the anchor's year (a period under report)?"""
    v = ctx.ref.value if ctx.ref else ""
    if not ctx.anchor or not re.fullmatch(r"\d{4}-[QH]\d", v):
        return False
    return int(v[:4]) >= ctx.anchor.year - (ctx.anchor.month <= 3)


def year_ago_adj(m, ctx):
    """``year-ago results``: the period under report, a year back."""
    ctx.from_ref = True
    if reported_period(ctx):
        return ta.shift_value(ctx.ref, -1, "year")
    return tv.year(ctx.anchor.year - 1) if ctx.anchor else tv.ref(PAST)


def same_last_year(m, ctx):
    """``the same month a year ago``: the period just discussed, a year back."""
    moved = ta.shift_value(ctx.ref, -1, "year") if ctx.ref else None
    ctx.from_ref = True
    if moved is not None:
        return moved
    return tv.year(ctx.anchor.year - 1) if ctx.anchor else tv.ref(PAST)


# --------------------------------------------------------------------------- holidays


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * l_) // 433
    mon = (h + l_ - 7 * mm + 90) // 25
    return date(y, mon, (h + l_ - 7 * mm + 33 * mon + 19) % 32)


def _nth_weekday(y: int, mon: int, weekday: int, n: int) -> date:
    """The ``n``-th (``-1``: last) ``weekday`` of a month."""
    if n < 0:
        d = tv.clamp_day(y, mon, 31)
        return d - timedelta(days=(d.weekday() - weekday) % 7)
    first = date(y, mon, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _fixed(mon: int, dom: int) -> Callable[[int], date]:
    return lambda y: date(y, mon, dom)


_HOLIDAY_DATES: dict[str, Callable[[int], date]] = {
    "christmas eve": _fixed(12, 24), "christmas day": _fixed(12, 25), "christmas": _fixed(12, 25),
    "new year's eve": _fixed(12, 31), "new year's day": _fixed(1, 1), "new year": _fixed(1, 1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "easter sunday": _easter, "easter": _easter, "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14), "independence day": _fixed(7, 4),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "victory day": _fixed(5, 9), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "boxing day": _fixed(12, 26),
}


def holiday(m, ctx):
    """``Christmas`` (the nearest, or the next with a future cue), ``Easter week``."""
    when = _HOLIDAY_DATES[" ".join(m["name"].lower().split())]
    if m["year"]:
        y = year_number(m["year"], ctx.anchor)
        return tv.day(when(y)) if y else None
    if ctx.anchor is None:
        return None
    options = [when(y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    if ctx.future(m):
        options = [d for d in options if d >= ctx.anchor]
    best = min(options, key=lambda d: abs((d - ctx.anchor).days))
    return tv.week(best) if m["week"] else tv.day(best)
