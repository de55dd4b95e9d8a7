"""Normalisation of relative expressions: weekdays, deictics, clock times, shifts.

``Friday`` is the latest Friday not after the publication date unless the
clause speaks of the future; ``last week``, ``yesterday``, ``two months ago``
count from the publication date; ``the next day``, ``a year earlier`` and a
bare ``3 p.m.`` count from the reference time (the last date resolved in the
text).  Without an anchor the values stay underspecified (``XXXX-WXX-5``,
``PAST_REF``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import timex_anchor as ta
from . import timex_values as tv
from .timex_context import (Context, after_name, amount, month_number, valid,
                            word_number)
from .timex_patterns import PARTS, UNITS, WEEKDAYS
from .timex_periods import reported_period
from .timex_values import FUTURE, PAST, PRESENT, Norm

_OFFSET = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
           "this": 0, "current": 0, "same": 0, "next": 1, "coming": 1, "following": 1,
           "latest": -1, "this past": -1, "this coming": 1}
#: relative words that count from the reference time, not the anchor
_ANAPHORIC = ("the same", "the next", "the following", "the previous", "the preceding",
              "the prior")
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
            "the day before yesterday": -2, "the day after tomorrow": 2}
_ANAPHOR = {"the same": 0, "that": 0, "that same": 0, "earlier that": 0, "later that": 0,
            "the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
            "the prior": -1}
_FUNCTION_WORDS = frozenset(
    "is was were are has have had and or but as when that which we they he she it i you to for "
    "in on at with by from there this these those will would could should can may might "
    "not no so if because than then while".split())
_CLOCK_CUE = re.compile(r"\b(?:at|by|until|from|after|before|around)\s+$", re.I)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def unknown(offset: int) -> Norm:
    """The underspecified value of a relative expression without an anchor."""
    return tv.ref(PAST if offset < 0 else FUTURE if offset > 0 else PRESENT)


# --------------------------------------------------------------------------- weeks, months, years


def _unit_norm(base: date, unit: str, offset: int) -> Norm:
    """The week/month/year/decade/weekend ``offset`` units from the one holding ``base``."""
    if unit in ("week", "weekend"):
        d = base + timedelta(weeks=offset)
        return tv.week(d) if unit == "week" else tv.weekend(d)
    if unit == "month":
        d = tv.add_months(base.replace(day=1), offset)
        return tv.month(d.year, d.month)
    if unit == "decade":
        return tv.decade(base.year + 10 * offset)
    return tv.year(base.year + offset)


def rel_unit(m, ctx):
    """``last week`` (``2022-W27``), ``this month``, ``next year``, ``the following week``."""
    rel, unit = _words(m["rel"]), m["unit"].lower()
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # ABC's "This Week"
    offset = _OFFSET[rel.removeprefix("the ")]
    if unit == "decade" and rel == "the past":
        return tv.duration(10, "year")
    base = ctx.ref_date() if rel in _ANAPHORIC else ctx.anchor
    return _unit_norm(base, unit, offset) if base else unknown(offset)


def mod_unit(m, ctx):
    """``earlier this year``, ``the end of next month``: the unit itself."""
    offset = _OFFSET[m["rel"].lower()]
    return _unit_norm(ctx.anchor, m["unit"].lower(), offset) if ctx.anchor else unknown(offset)


def the_weekend(m, ctx):
    """``the weekend``: the one just past, the current one, or with a future cue the next."""
    if ctx.anchor is None:
        return Norm("date", "XXXX-WXX-WE", "range")
    a = ctx.anchor
    if a.weekday() >= 5:
        return tv.weekend(a)
    return tv.weekend(a + timedelta(weeks=1 if ctx.future(m) else -1))


def the_day(m, ctx):
    """``ended the day``, ``later in the day``: the day (week) under report."""
    day_ = ctx.ref_day()
    if day_ is None:
        return tv.ref(PRESENT)
    return tv.week(day_) if m["unit"].lower() == "week" else tv.day(day_)


# --------------------------------------------------------------------------- days


def weekday_value(ctx: Context, m: re.Match[str], wd: int, rel: str = "") -> Norm:
    """The weekday ``wd`` (0 = Monday) named with ``rel`` (last, next, this, or nothing)."""
    if ctx.anchor is None:
        return Norm("date", f"XXXX-WXX-{wd + 1}", "day")
    a = ctx.anchor
    if rel in ("last", "past", "this past"):
        return tv.day(a - timedelta(days=(a.weekday() - wd - 1) % 7 + 1))
    if rel in ("next", "coming", "this coming"):
        return tv.day(a + timedelta(days=(wd - a.weekday() - 1) % 7 + 1))
    if rel == "this":
        return tv.day(a + timedelta(days=wd - a.weekday()))
    return tv.day(ta.weekday_near(a, wd, ctx.future(m)))


def weekday_rel(m, ctx):
    rel, wd = _words(m["rel"]), WEEKDAYS[m["wd"].lower()]
    if not rel.startswith("the "):
        return weekday_value(ctx, m, wd, rel)
    base = ctx.ref_day()  # "the previous Friday": counted from the reference day
    ctx.from_ref = True
    if base is None:
        return Norm("date", f"XXXX-WXX-{wd + 1}", "day")
    if rel in ("the previous", "the preceding"):
        return tv.day(base - timedelta(days=(base.weekday() - wd - 1) % 7 + 1))
    return tv.day(base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1))


def weekday(m, ctx):
    return weekday_value(ctx, m, WEEKDAYS[m["wd"].lower()])


def deictic(m, ctx):
    """``today``, ``yesterday``, ``tomorrow``, ``tonight`` (``...TNI``)."""
    word = _words(m["word"])
    if m["word"][0] == "T" and after_name(ctx.text, m.start()):
        return None  # USA Today, Russia Today
    offset = _DEICTIC[word]
    if ctx.anchor is None:
        return unknown(offset)
    d = tv.day(ctx.anchor + timedelta(days=offset))
    return d.as_time("NI") if word == "tonight" else d


def part_of_day(m, ctx):
    """``this morning``, ``last night``: the day with its part (``TMO``, ``TNI``).

    With a weekday (``Friday night``) the value is the day itself: that is
    how most of the news annotation reads it, and the day is what matters.
    """
    day_word, part = m["day"].lower(), PARTS[m["part"].lower()]
    if day_word in WEEKDAYS:
        return weekday_value(ctx, m, WEEKDAYS[day_word])
    if day_word == "last" and part != "NI":
        return None  # "last evening" is rare; "last morning" is not a time
    if ctx.anchor is None:
        return Norm("time", f"XXXX-XX-XXT{part}", "time")
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(day_word, 0)
    return tv.day(ctx.anchor + timedelta(days=offset)).as_time(part)


def part_mod(m, ctx):
    """``mid-afternoon``, ``early morning``: that part of the reference day."""
    base, part = ctx.ref_day(), PARTS[m["part"].lower()]
    return tv.day(base).as_time(part) if base else Norm("time", f"XXXX-XX-XXT{part}", "time")


def anaphor(m, ctx):
    """``the next day``, ``that week``, ``the following morning``: from the reference time."""
    offset, unit = _ANAPHOR[_words(m["rel"])], m["unit"].lower()
    base = ctx.ref_date()
    ctx.from_ref = True
    if base is None:
        return unknown(offset)
    if unit in PARTS or unit == "day":  # "the next morning": the day, as with "Friday night"
        return tv.day(base + timedelta(days=offset))
    return _unit_norm(base, unit, offset)


# --------------------------------------------------------------------------- clock times


def _clock_hm(m: re.Match[str]) -> tuple[int, int] | None:
    """Hour and minute of a clock match (24-hour), or None if impossible."""
    if m["named"]:
        return {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["named"].lower()]
    if m["h"]:
        h, pm = int(m["h"]), m["ampm"].lower().startswith("p")
        return (h % 12 + (12 if pm else 0), int(m["mi"] or 0)) if 1 <= h <= 12 else None
    if m["h24"]:
        return int(m["h24"]), int(m["mi24"])
    if m["hz"]:
        return int(m["hz"]), int(m["miz"])
    word = m["hw"] or m["hp"]
    h = int(word) if word.isdigit() else word_number(word)
    if not h or h > 12:
        return None
    return (h % 12 + 12 if m["hpart"] and m["hpart"].lower() != "morning" else h), 0


def _day_of(ref: str, m, ctx) -> date | None:
    """The day named after a clock time: a weekday, today/yesterday, a month-day."""
    word = ref.lower()
    if ctx.anchor is None:
        return None
    if word in WEEKDAYS:
        return date.fromisoformat(weekday_value(ctx, m, WEEKDAYS[word]).value)
    if word in _DEICTIC:
        return ctx.anchor + timedelta(days=_DEICTIC[word])
    mon, dom = month_number(ref.split()[0]), int(ref.split()[-1])
    if valid(2000, mon, dom) is None:
        return None
    return tv.clamp_day(ta.day_year(ctx.anchor, mon, dom, ctx.tense(m)), mon, dom)


def _not_a_clock(m, ctx) -> bool:
    if m["named"] and (m["named"][0].isupper() and after_name(ctx.text, m.start())
                       or re.search(r"\bhigh\s+$", ctx.before(m), re.I)):
        return True  # "High Noon", "high noon": a title, an idiom
    # a bare 12:30 may be a score or a ratio
    return bool(m["h24"] and not (m["tz"] or _CLOCK_CUE.search(ctx.before(m))))


def clock(m, ctx):
    """``3 p.m.``, ``15:40 GMT``, ``noon Saturday``: on the day named, or the reference day."""
    hm = _clock_hm(m)
    if hm is None or _not_a_clock(m, ctx):
        return None
    day_ = _day_of(" ".join(m["dayref"].split()), m, ctx) if m["dayref"] else ctx.ref_day()
    zone = "Z" if m["tz"] and m["tz"].upper() in ("GMT", "UTC", "Z") else ""
    head = day_.isoformat() if day_ else "XXXX-XX-XX"
    return Norm("time", f"{head}T{hm[0]:02d}:{hm[1]:02d}{zone}", "time")


# --------------------------------------------------------------------------- shifts


def ago(m: re.Match[str], ctx: Context) -> Norm | None:
    """``two months ago`` (from the anchor), ``a year earlier`` (from the reference time).

    ``three days later`` is not a date here: as in TimeML, ``later`` is a
    signal and the expression is the duration ``three days``.
    """
    unit, n = UNITS[m["unit"].lower()], amount(m["num"])
    direction = _words(m["dir"])
    sign = -1 if direction in ("ago", "earlier") else 1  # "from now", "hence"
    if n is None:
        return tv.ref(PAST if sign < 0 else FUTURE)
    n += 0.5 if m["half"] else 0.0
    ctx.from_ref = True  # "a year ago" is compared with, not narrated from
    if direction == "earlier" or reported_period(ctx):
        moved = ta.shift_value(ctx.ref, sign * n, unit) if ctx.ref else None
        if moved is not None:
            return moved
    if ctx.anchor is None:
        return tv.ref(PAST if sign < 0 else FUTURE)
    return ta.shifted(ctx.anchor, sign * n, unit)


# --------------------------------------------------------------------------- present, past, future


def _standalone(ctx: Context, m: re.Match[str], word: str) -> bool:
    """``the past``/``the present``/``the future`` as times, not adjectives or fates."""
    if not word.lower().startswith("the "):
        return True
    nxt = re.match(r"\s+([A-Za-z]+)", ctx.after(m))
    if nxt is None:
        return True
    following = nxt.group(1)
    if following.lower() == "of":
        return False  # "the future of Ukraine"
    return following.lower() in _FUNCTION_WORDS or following[0].isupper()


def present(m, ctx):
    return tv.ref(PRESENT) if _standalone(ctx, m, m["word"]) else None


def past(m, ctx):
    return tv.ref(PAST) if _standalone(ctx, m, m["word"]) else None


def future(m, ctx):
    return tv.ref(FUTURE) if _standalone(ctx, m, m["word"]) else None


_OWNER = re.compile(r"(?:'s|\bhis|\bher|\bits|\bour|\btheir)\s$", re.I)


def future_own(m, ctx):
    """``Ukraine's future is ...``: the noun, not ``its future plans``."""
    if not _OWNER.search(ctx.before(m, 8)):
        return None
    return tv.ref(FUTURE) if _standalone(ctx, m, "the future") else None
