"""Normalisation of durations (``P5D``, ``PT24H``, ``PXY``) and sets (``P1W``, ``XXXX-WXX-1``).

A counted duration keeps its unit (``three weeks`` is ``P3W``, ``24 hours``
``PT24H``), a fraction moves down a unit (``5 1/2 hours`` is ``PT5H30M``), an
uncounted one gets an ``X`` (``several years``, ``in recent weeks``: ``PXY``,
``PXW``).  Ages are not durations: ``a 67-year-old man`` is left alone.
"""

from __future__ import annotations

import re

from . import timex_values as tv
from .timex_context import amount, month_number, word_number
from .timex_patterns import PARTS, SET_ADVERBS, UNITS, WEEKDAYS
from .timex_relative import ago
from .timex_values import Norm

#: what makes "a year" a rate: "$5 a year", "600,000 barrels a day", "twice a week"
_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|percent|%|dollars|euros|pounds|hryvnias|rubles|tons|"
    r"barrels|times|once|twice|bn|m)\s*$", re.I)
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)\d\d")


def _not_a_duration(m: re.Match[str], ctx, unit: str, num: str) -> bool:
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return True  # "60 Minutes", a title
    head_end = m.end() - 5 if m.group(0).endswith("-long") else m.end()
    if num in ("a", "an") and ctx.text.startswith("-", head_end):
        return True  # "a day-long meeting": the article belongs to the noun
    if unit == "second" and num in ("a", "an", "one", "some"):
        return True  # "a second time"
    if unit == "quarter" and re.match(r"\s+of\b", ctx.after(m)):
        return True  # "a quarter of the vote"
    return bool(_YEAR_LIKE.fullmatch(num) and not m["unit"].lower().endswith("s"))  # "1988 quarter"


def duration(m, ctx):
    """``five years``, ``24 hours``, ``a five-day course``, ``two to three weeks`` (``PXW``);
    with ``ago``/``earlier``/``later`` after it, the date it counts to."""
    unit, num = UNITS[m["unit"].lower()], m["num"].lower()
    if _not_a_duration(m, ctx, unit, num):
        return None
    if m["dir"]:
        return ago(m, ctx)  # "two months ago", "a year earlier": a date
    if num in ("a", "an") and unit in ("year", "day", "week", "month", "hour") \
            and _RATE_BEFORE.search(ctx.before(m)):
        return tv.set_of(1, unit)  # "$5 a year"
    n = None if m["num2"] else amount(num)
    if n is not None and m["half"]:
        n += 0.5
    return tv.duration(n, unit)


def duration_half(m, ctx):
    return tv.duration(0.5, UNITS[m["unit"].lower()])


def duration_vague(m, ctx):
    """``recent years``, ``the coming weeks``, ``for months``, ``over the years``: ``PX_``."""
    return tv.duration(None, UNITS[(m["unit"] or m.groupdict().get("unit2")).lower()])


def duration_long(m, ctx):
    """``decades-long`` (``PXY``), ``year-long`` (``P1Y``)."""
    if m["plural"]:
        return tv.duration(None, UNITS[m["plural"].lower()])
    return tv.duration(1, UNITS[m["unit"].lower()])


# --------------------------------------------------------------------------- sets


def _step(m: re.Match[str]) -> int:
    if m["other"]:
        return 2
    if not m["num"]:
        return 1
    return int(m["num"]) if m["num"].isdigit() else word_number(m["num"]) or 1


def set_every(m, ctx):
    """``every day`` (``P1D``), ``every other week`` (``P2W``), ``each Thursday``."""
    if m["wd"]:
        return Norm("set", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "none")
    if m["month"]:
        return Norm("set", f"XXXX-{month_number(m['month']):02d}", "none")
    if m["part"]:
        return Norm("set", f"XXXX-XX-XXT{PARTS[m['part'].lower()]}", "none")
    if m["unit"].lower() == "weekend":
        return Norm("set", "XXXX-WXX-WE", "none")
    return tv.set_of(_step(m), UNITS[m["unit"].lower()])


def set_adverb(m, ctx):
    """``daily``, ``weekly``, ``annually``, ``quarterly`` (``P3M``)."""
    unit, step = SET_ADVERBS[m["adv"].lower()]
    return tv.set_of(step, unit)


def set_times(m, ctx):
    """``twice a week``: the period of the recurrence (``P1W``)."""
    return tv.set_of(1, UNITS[m["unit"].lower()])


def set_weekdays(m, ctx):
    """``on Mondays`` (``XXXX-WXX-1``), ``Tuesday nights`` (``XXXX-WXX-2TNI``)."""
    if m["wds"]:
        return Norm("set", f"XXXX-WXX-{WEEKDAYS[m['wds'][:-1].lower()] + 1}", "none")
    part = PARTS[m["part"].lower()[:-1]]
    return Norm("set", f"XXXX-WXX-{WEEKDAYS[m['wd2'].lower()] + 1}T{part}", "none")
