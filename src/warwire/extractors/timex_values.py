"""Calendar arithmetic and TimeML value strings for the dates extractor.

Everything here is pure: dates in, ISO 8601 / TimeML values out.  The
recognisers (:mod:`.timex_patterns`) and the rules (:mod:`.timex_rules`) call
these helpers; nothing here knows about text.  Choosing the year of a date
named without one, and moving dates by units, is :mod:`.timex_anchor`.

Values follow TIMEX3: ``2022-07-14`` (day), ``2022-W27`` (ISO week),
``2022-07`` (month), ``2022-Q3`` (quarter), ``2022-SU`` (season), ``2022``
(year), ``202`` (decade), ``20`` (century), ``2022-07-14T15:00`` (time),
``P5D`` / ``PT24H`` / ``PXY`` (durations), ``PRESENT_REF`` / ``PAST_REF`` /
``FUTURE_REF``, and ``XXXX-07-14`` where the year cannot be known.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

PRESENT, PAST, FUTURE = "PRESENT_REF", "PAST_REF", "FUTURE_REF"

#: duration letter per unit; time units take the ``T`` designator
UNIT_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H",
               "minute": "M", "second": "S", "quarter": "Q"}
TIME_UNITS = {"hour", "minute", "second"}
#: decades, centuries and quarters written the ISO way inside durations
UNIT_SCALE = {"decade": (10, "year"), "century": (100, "year"), "quarter": (3, "month"),
              "fortnight": (2, "week"), "millennium": (1000, "year")}

SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
               "tonight": "NI", "overnight": "NI"}


@dataclass(frozen=True)
class Norm:
    """A normalised temporal expression (what a rule returns)."""

    type: str
    value: str
    precision: str
    range: str | None = None

    def as_time(self, suffix: str) -> Norm:
        """This day with a time of day appended (``T15:00``, ``TMO``)."""
        if len(self.value) == 10 or self.value.startswith("XXXX-"):
            return Norm("time", f"{self.value}T{suffix}", "time")
        return self


# --------------------------------------------------------------------------- dates


def clamp_day(year: int, month: int, day: int) -> date:
    """A valid date, the day clamped to the month's length."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return clamp_day(index // 12, index % 12 + 1, d.day)


def shift(d: date, amount: int, unit: str) -> date:
    """``d`` moved by ``amount`` units (day, week, month, quarter, year, decade)."""
    if unit == "day":
        return d + timedelta(days=amount)
    if unit in ("week", "fortnight"):
        return d + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))
    scale, base = UNIT_SCALE.get(unit, (1, unit))
    if base == "month":
        return add_months(d, amount * scale)
    if base == "year":
        return add_months(d, 12 * amount * scale)
    raise ValueError(f"cannot shift by {unit}")


def day(d: date) -> Norm:
    return Norm("date", d.isoformat(), "day")


def week(d: date) -> Norm:
    year, num, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return Norm("date", f"{year}-W{num:02d}", "week",
                f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}")


def weekend(d: date) -> Norm:
    """The weekend of ``d``'s ISO week (``2022-W27-WE``)."""
    year, num, _ = d.isocalendar()
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return Norm("date", f"{year}-W{num:02d}-WE", "range",
                f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}")


def month(year: int, mon: int) -> Norm:
    last = calendar.monthrange(year, mon)[1]
    return Norm("date", f"{year:04d}-{mon:02d}", "month",
                f"{year:04d}-{mon:02d}-01/{year:04d}-{mon:02d}-{last:02d}")


def year(y: int) -> Norm:
    return Norm("date", f"{y:04d}", "year", f"{y:04d}-01-01/{y:04d}-12-31")


def quarter(y: int, q: int) -> Norm:
    first = date(y, 3 * q - 2, 1)
    last = clamp_day(y, 3 * q, 31)
    return Norm("date", f"{y:04d}-Q{q}", "range", f"{first.isoformat()}/{last.isoformat()}")


def half(y: int, h: int) -> Norm:
    first, last = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    return Norm("date", f"{y:04d}-H{h}", "range", f"{first.isoformat()}/{last.isoformat()}")


def season(y: int, code: str) -> Norm:
    start = date(y, SEASON_MONTH[code], 1)
    end = add_months(start, 3) - timedelta(days=1)
    return Norm("date", f"{y:04d}-{code}", "range", f"{start.isoformat()}/{end.isoformat()}")


def decade(first_year: int) -> Norm:
    d = first_year // 10
    return Norm("date", f"{d:03d}", "range", f"{d * 10:04d}-01-01/{d * 10 + 9:04d}-12-31")


def century(index: int) -> Norm:
    """``index`` is the century's first two digits (19 for the 1900s)."""
    return Norm("date", f"{index:02d}", "range", f"{index * 100:04d}-01-01/{index * 100 + 99:04d}-12-31")


def ref(value: str) -> Norm:
    """PRESENT_REF, PAST_REF or FUTURE_REF."""
    return Norm("date", value, "range")


def unknown_day(mon: int | None, dom: int | None) -> Norm:
    """A month-day (``XXXX-07-14``) or month (``XXXX-07``) of an unknown year."""
    m = f"{mon:02d}" if mon else "XX"
    if dom is None:
        return Norm("date", f"XXXX-{m}", "month")
    return Norm("date", f"XXXX-{m}-{dom:02d}", "day")


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: date) -> tuple[int, str]:
    """(year, code) of the season holding ``d``; winter belongs to its December."""
    if d.month == 12:
        return d.year, "WI"
    if d.month < 3:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(d.month - 3) // 3]


# --------------------------------------------------------------------------- durations


def _trim(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def duration(amount: float | None, unit: str) -> Norm:
    """``P5D``, ``PT24H``, ``P18M`` (1.5 years), ``PXY`` (amount unknown)."""
    if unit in UNIT_SCALE and (amount is not None or unit not in UNIT_LETTER):
        scale, unit = UNIT_SCALE[unit]
        amount = amount * scale if amount is not None else None
    if amount is not None and not float(amount).is_integer():
        split = _fraction(amount, unit)
        if split is not None:
            return split
    letter = UNIT_LETTER[unit]
    text = "X" if amount is None else _trim(amount)
    designator = "PT" if unit in TIME_UNITS else "P"
    return Norm("duration", f"{designator}{text}{letter}", "none")


_SMALLER = {"year": (12, "month"), "month": (30, "day"), "week": (7, "day"),
            "day": (24, "hour"), "hour": (60, "minute"), "minute": (60, "second")}


def _fraction(amount: float, unit: str) -> Norm | None:
    """``5.5 hours`` is ``PT5H30M``: the whole units, then the rest one unit down."""
    whole = int(amount)
    factor, smaller = _SMALLER.get(unit, (0, ""))
    rest = (amount - whole) * factor
    if not factor or not float(rest).is_integer():
        return None
    parts = ([duration(whole, unit)] if whole else []) + [duration(rest, smaller)]
    return combine_durations(parts)


def combine_durations(parts: list[Norm]) -> Norm:
    """``P2Y`` + ``P3M`` = ``P2Y3M``; time parts go after ``T``."""
    date_part, time_part = "", ""
    for p in parts:
        if p.value.startswith("PT"):
            time_part += p.value[2:]
        else:
            date_part += p.value[1:]
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Norm("duration", value, "none")


def set_of(amount: int | None, unit: str) -> Norm:
    """A recurrence: every ``amount`` units (``P1D`` for daily)."""
    d = duration(amount if amount is not None else 1, unit)
    return replace(d, type="set")
