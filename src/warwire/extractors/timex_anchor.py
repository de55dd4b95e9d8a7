"""Placing dates against an anchor: choosing years and moving by units.

A date named without its year (``July 14``, ``in March``, ``last summer``, a
bare ``Monday``) gets one from the anchor (usually the publication date) and
the tense cue; a relative expression (``two weeks ago``, ``a year earlier``)
is the anchor or reference value moved by whole or fractional units.  Pure
calendar logic on top of :mod:`.timex_values`; nothing here knows about text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .timex_values import (
    SEASON_MONTH,
    TIME_UNITS,
    Norm,
    add_months,
    day,
    month,
    quarter,
    quarter_of,
    season_of,
    shift,
    year,
)


# --------------------------------------------------------------------------- choosing a year


def weekday_near(anchor: date, weekday: int, future: bool) -> date:
    """The ``weekday`` (0 = Monday) closest to ``anchor`` in the cued direction.

    News convention: a bare weekday is the most recent such day not after
    publication; with a future cue it is the next one not before it.
    """
    delta = (weekday - anchor.weekday()) % 7
    if future:
        return anchor + timedelta(days=delta)
    return anchor - timedelta(days=(7 - delta) % 7)


def month_year(anchor: date, mon: int, tense: bool | None) -> int:
    """Year of a month named without one.

    Past (``False``): the latest such month not after the anchor's; future
    (``True``): the next one not before it; unknown: the latest, except that
    the next two months read as coming ones (news announces them).
    """
    ahead = (mon - anchor.month) % 12
    if tense is True or tense is None and 0 < ahead <= 2:
        return anchor.year if mon >= anchor.month else anchor.year + 1
    return anchor.year if mon <= anchor.month else anchor.year - 1


def day_year(anchor: date, mon: int, dom: int, tense: bool | None) -> int:
    """Year of a month-day named without one.

    Past: the latest such day not after the anchor; future: the first not
    more than a week before it; unknown: the latest not more than three
    months after it (news mostly looks back, but announces what is near).
    """
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append((date(y, mon, dom) - anchor).days)
        except ValueError:
            continue
    if tense is True:
        ahead = [g for g in options if g >= -7]
        gap = min(ahead) if ahead else max(options)
    else:
        limit = 0 if tense is False else 92
        back = [g for g in options if g <= limit]
        gap = max(back) if back else min(options)
    return (anchor + timedelta(days=gap)).year


def season_year(anchor: date, code: str, future: bool, strictly: bool = False) -> int:
    """Year of a season named without one: the latest not after the current one
    (strictly before it with ``strictly``), or with ``future`` the next one."""
    order = list(SEASON_MONTH)
    cur_year, cur = season_of(anchor)
    now = cur_year * 4 + order.index(cur)
    target = order.index(code)
    if future:
        n = now + (target - now) % 4
        n += 4 if strictly and n == now else 0
    else:
        n = now - (now - target) % 4
        n -= 4 if strictly and n == now else 0
    return n // 4


# --------------------------------------------------------------------------- shifts


def shifted(base: date, amount: float, unit: str) -> Norm:
    """The date ``amount`` units away from ``base``, at the unit's precision.

    Days and weeks give a day (``two weeks ago`` is read as that day, as news
    annotation does), months a month, quarters a quarter, years and decades a
    year; hours and minutes leave the day as it is.
    """
    if unit in TIME_UNITS:
        return day(base)
    if not float(amount).is_integer():
        months = round(amount * {"year": 12, "decade": 120, "month": 1, "quarter": 3}.get(unit, 0))
        if not months:
            return day(base + timedelta(days=round(amount * (7 if unit == "week" else 1))))
        d = add_months(base, months)
        return month(d.year, d.month)
    d = shift(base, int(amount), unit)
    if unit in ("day", "week", "fortnight"):
        return day(d)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, quarter_of(d))
    return year(d.year)


def shift_value(ref: Norm, amount: float, unit: str) -> Norm | None:
    """``ref`` moved by whole units, keeping its own precision (``1989-Q3`` less a year)."""
    v, n = ref.value, int(amount)
    if not float(amount).is_integer() or unit not in ("day", "week", "month", "quarter", "year"):
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return day(shift(date.fromisoformat(v), n, unit))
    months = {"month": n, "quarter": 3 * n, "year": 12 * n}.get(unit)
    if months is None:
        return None
    if re.fullmatch(r"\d{4}-Q[1-4]", v) and months % 3 == 0:
        index = int(v[:4]) * 4 + int(v[-1]) - 1 + months // 3
        return quarter(index // 4, index % 4 + 1)
    if re.fullmatch(r"\d{4}-\d\d", v):
        d = add_months(date(int(v[:4]), int(v[5:]), 1), months)
        return month(d.year, d.month)
    if re.fullmatch(r"\d{4}", v) and months % 12 == 0:
        return year(int(v) + months // 12)
    return None
