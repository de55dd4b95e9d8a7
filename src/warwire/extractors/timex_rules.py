"""Normalisation of calendar expressions: dates, months, years, decades, seasons.

One rule per pattern kind of :mod:`.timex_patterns` (the kinds are mapped to
them in :data:`~.dates.HANDLERS`); a rule returns the value, or ``None`` when
the match is not a temporal expression after all (``May`` the name, ``2000
troops``, ``a quarter of the vote``).

Quarters, year-ago comparisons and holidays are in :mod:`.timex_periods`.
A month or month-day without a year resolves against the anchor: the latest
one not after it, unless the clause speaks of the future (``will meet on
Feb. 10``) or the date lies in the next few weeks (news announces what is
near).  Without an anchor the values stay underspecified (``XXXX-07-14``).
"""

from __future__ import annotations

import re
from datetime import date

from . import timex_anchor as ta
from . import timex_values as tv
from .timex_context import (Context, after_name, month_number, two_digit_year, valid,
                            year_number)
from .timex_patterns import MONTH_FULL, MONTH_SHORT, MONTHS, ORDINALS, SEASONS, WEEKDAY_LEAD, WEEKDAYS
from .timex_values import Norm

_CUE_BEFORE_YEAR = re.compile(
    r"\b(?:in|since|by|until|till|from|of|during|before|after|through|to|early|late|mid|"
    r"the|year|fiscal|and|or|between|around|circa|about|spring|summer|autumn|fall|winter|"
    r"\w+ber|january|february|march|april|may|june|july|august)[\s,-]*$", re.I)
#: what makes "in 2014 elections" a year but not "about 2000 troops"
_STRONG_CUE_BEFORE_YEAR = re.compile(
    r"\b(?:in|since|by|until|till|from|during|before|after|through|of)\s+$", re.I)
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|[a-z]+s\b(?<!'s)|people|troops|men|women|soldiers|km|"
    r"kilometres|kilometers|miles|metres|meters|tons|tonnes|feet|dollars|euros|barrels|units|"
    r"times|-strong)")
_YEAR_EVENT_AFTER = re.compile(r"\s*(?:elections?|olympics|games)\b", re.I)
_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|till|by|from|through|during|early|late|mid|of|last|this|next|before|"
    r"after|between|and|or|to|end|beginning|start|middle|the)[\s-]*$", re.I)
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_COORDINATED_DAY = re.compile(
    rf"(?P<month>{MONTH_FULL}|{MONTH_SHORT})\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:,\s*)?"
    r"(?:and|or|to|through|-|–)\s*$")


# --------------------------------------------------------------------------- days


def iso(m, ctx):
    d = valid(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return Norm("time", f"{d.isoformat()}T{m['hh']}:{m['mm']}", "time")
    return tv.day(d)


def numeric(m, ctx):
    """``14/07/2022``, ``7/14/22`` (US order unless the first number is over 12), ``14.07.2022``."""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    y = two_digit_year(y, ctx.anchor) if len(m["y"]) == 2 else y
    mon, dom = (b, a) if m["sep"] == "." or a > 12 else (a, b)
    d = valid(y, mon, dom)
    return tv.day(d) if d else None


def month_day(ctx: Context, m: re.Match[str], mon: int, dom: int) -> Norm | None:
    """A month-day without a year, resolved against the anchor."""
    if valid(2000, mon, dom) is None:
        return None
    if ctx.anchor is None:
        return tv.unknown_day(mon, dom)
    weekday = WEEKDAY_LEAD.search(ctx.before(m, 12))
    if weekday:  # "Thursday, July 14": the year in which that day is a Thursday
        y = _year_for_weekday(ctx.anchor, mon, dom, WEEKDAYS[weekday.group(0).split()[0].strip(",").lower()])
    else:
        y = ta.day_year(ctx.anchor, mon, dom, ctx.tense(m, deadline=True))
    return tv.day(tv.clamp_day(y, mon, dom))


def _year_for_weekday(anchor: date, mon: int, dom: int, weekday: int) -> int:
    for y in (anchor.year, anchor.year - 1, anchor.year + 1):
        d = valid(y, mon, dom)
        if d and d.weekday() == weekday:
            return y
    return ta.day_year(anchor, mon, dom, None)


def calendar_day(m, ctx):
    mon, dom = month_number(m["month"]), int(m["dom"])
    if not m["year"]:
        return month_day(ctx, m, mon, dom)
    y = year_number(m["year"], ctx.anchor)
    d = valid(y, mon, dom) if y else None
    return tv.day(d) if d else None


def dom_coord(m, ctx):
    """The ``25`` of ``April 24 and 25``: the second day of a coordinated pair."""
    first = _COORDINATED_DAY.search(ctx.text[max(0, m.start("x") - 40):m.start("x")])
    if first is None or int(m["dom2"]) <= int(first["dom"]):
        return None
    return month_day(ctx, m, month_number(first["month"]), int(m["dom2"]))


def week_of(m, ctx):
    mon, dom = month_number(m["month"]), int(m["dom"])
    if ctx.anchor is None or valid(2000, mon, dom) is None:
        return None
    return tv.week(tv.clamp_day(ta.day_year(ctx.anchor, mon, dom, ctx.tense(m)), mon, dom))


# --------------------------------------------------------------------------- months


def month_year(m, ctx):
    y = year_number(m["year"], ctx.anchor)
    return tv.month(y, month_number(m["month"])) if y else None


def month_relyear(m, ctx):
    mon = month_number(m["month"])
    if ctx.anchor is None:
        return tv.unknown_day(mon, None)
    return tv.month(ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()], mon)


def month_rel(m, ctx):
    mon = month_number(m["month"])
    if ctx.anchor is None:
        return tv.unknown_day(mon, None)
    rel, a = " ".join(m["rel"].lower().split()), ctx.anchor
    if rel in ("last", "this past"):
        return tv.month(a.year if mon < a.month else a.year - 1, mon)
    if rel in ("next", "this coming"):
        return tv.month(a.year if mon > a.month else a.year + 1, mon)
    return tv.month(a.year, mon)


def month(m, ctx):
    word = m["month"]
    if word.lower().rstrip(".") not in MONTHS and not word.endswith("."):
        return None  # "Jan Kavan"
    if word.lower() in ("may", "march") and not _MONTH_CUE.search(ctx.before(m)):
        return None  # the verb, the walk
    if after_name(ctx.text, m.start()):
        return None  # Theresa May
    mon = month_number(word)
    if ctx.anchor is None:
        return tv.unknown_day(mon, None)
    return tv.month(ta.month_year(ctx.anchor, mon, ctx.tense(m, deadline=True)), mon)


# --------------------------------------------------------------------------- years, decades, centuries


def year(m, ctx):
    y = year_number(m["year"], ctx.anchor)
    if y is None or m["fy"] is None and not _plausible_year(m, ctx):
        return None
    return tv.year(y)


def _plausible_year(m, ctx) -> bool:
    """A bare number reads as a year only in a year's company."""
    token = m["year"]
    if not token[0].isdigit():
        return token.lower().startswith("nineteen")
    cue = _CUE_BEFORE_YEAR.search(ctx.before(m))
    if after_name(ctx.text, m.start()) and not cue:
        return False  # "the Russell 2000 index", "Windows 2000"
    if token.startswith("'"):
        return bool(cue)
    after = ctx.after(m, 25)
    if _NOT_A_YEAR_AFTER.match(after) and not _YEAR_EVENT_AFTER.match(after):
        return bool(_STRONG_CUE_BEFORE_YEAR.search(ctx.before(m)))  # "2000 troops"
    return True


def year_range(m, ctx):
    y1 = int(m["y1"])
    y2 = y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        return None
    return Norm("date", str(y1), "range", f"{y1}-01-01/{y2}-12-31")


def decade(m, ctx):
    dec = m["dec"]
    if len(dec) == 4:
        return tv.decade(int(dec))
    before = ctx.before(m, 20)
    if not dec.startswith("'") and not re.search(r"\bthe\s+(?:(?:early|mid|late)[-\s]*)?$", before, re.I):
        return None  # "80s" alone may be an age or a temperature
    if re.search(r"\b(?:his|her|their|my|your|our|its|in)\s+(?:the\s+)?(?:early|mid|late)?[-\s]*$",
                 before, re.I):
        return None  # "in her early 80s"
    return tv.decade(two_digit_year(int(dec.lstrip("'")), ctx.anchor))


def decade_word(m, ctx):
    return tv.decade(1900 + _DECADE_WORDS[m["word"].lower()])


def century(m, ctx):
    o = m["ord"].lower()
    n = int(re.match(r"\d+", o).group(0)) if o[0].isdigit() else ORDINALS.get(o)
    return tv.century(n - 1) if n else None


def century_rel(m, ctx):
    rel = " ".join(m["rel"].lower().split())
    if m["unit"].lower() == "millennium" or ctx.anchor is None:
        return None
    if rel in ("the past", "the last"):
        return tv.duration(100, "year")
    offset = {"this": 0, "last": -1, "next": 1, "the next": 1, "the previous": -1}[rel]
    return tv.century(ctx.anchor.year // 100 + offset)


def year_end(m, ctx):
    if ctx.anchor is None:
        return tv.ref(tv.PRESENT)
    back = re.search(r"\bsince\s+$", ctx.before(m))
    return tv.year(ctx.anchor.year - (1 if back else 0))


# --------------------------------------------------------------------------- seasons


def _season_norm(m, ctx, code: str) -> Norm | None:
    if m["year"]:
        y = year_number(m["year"], ctx.anchor)
        return tv.season(y, code) if y else None
    if ctx.anchor is None:
        return Norm("date", f"XXXX-{code}", "range")
    rel = " ".join((m.groupdict().get("rel") or "").lower().split())
    if m.groupdict().get("rel_year"):
        offset = {"last": -1, "this": 0, "next": 1}[m["rel_year"].lower()]
        return tv.season(ctx.anchor.year + offset, code)
    if rel == "this":
        return tv.season(ctx.anchor.year, code)
    ahead = rel in ("next", "the coming", "this coming")
    strictly = ahead or rel in ("last", "the past", "this past")
    y = ta.season_year(ctx.anchor, code, ahead or not strictly and ctx.future(m), strictly)
    return tv.season(y, code)


def season(m, ctx):
    if m["season"].lower() == "fall" and re.match(r"\s+of\s+(?!\d)", ctx.after(m)):
        return None  # the fall of Kabul
    if m["season"][0].isupper() and not m.group(0)[0].isupper():
        return None  # the Arab Spring
    return _season_norm(m, ctx, SEASONS[m["season"].lower()])


def season_year(m, ctx):
    return _season_norm(m, ctx, SEASONS[m["season"].lower()])
