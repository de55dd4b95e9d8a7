"""Tests for :mod:`warwire.extractors.timex_anchor` (years and shifts against an anchor)."""

from datetime import date

from warwire.extractors import timex_anchor as ta
from warwire.extractors.timex_values import Norm

ANCHOR = date(2022, 7, 14)  # a Thursday


def test_weekday_near_looks_back_unless_future():
    assert ta.weekday_near(ANCHOR, 0, False) == date(2022, 7, 11)
    assert ta.weekday_near(ANCHOR, 0, True) == date(2022, 7, 18)
    assert ta.weekday_near(ANCHOR, 3, False) == ANCHOR


def test_month_year_reads_the_next_two_months_as_coming():
    assert ta.month_year(ANCHOR, 3, None) == 2022
    assert ta.month_year(ANCHOR, 8, None) == 2022
    assert ta.month_year(ANCHOR, 11, None) == 2021
    assert ta.month_year(ANCHOR, 3, True) == 2023


def test_day_year_by_tense():
    new_year = date(2022, 1, 5)
    assert ta.day_year(new_year, 12, 30, None) == 2021
    assert ta.day_year(new_year, 12, 30, True) == 2021  # within a week before
    assert ta.day_year(ANCHOR, 9, 1, None) == 2022      # near future is announced
    assert ta.day_year(ANCHOR, 9, 1, False) == 2021


def test_season_year():
    assert ta.season_year(ANCHOR, "WI", False) == 2021
    assert ta.season_year(ANCHOR, "SU", False, strictly=True) == 2021
    assert ta.season_year(ANCHOR, "SU", True, strictly=True) == 2023


def test_shifted_keeps_the_unit_precision():
    assert ta.shifted(ANCHOR, -2, "week").value == "2022-06-30"
    assert ta.shifted(ANCHOR, -1, "year").value == "2021"
    assert ta.shifted(ANCHOR, 1.5, "year").value == "2024-01"
    assert ta.shifted(ANCHOR, 3, "hour").value == "2022-07-14"
    assert ta.shifted(ANCHOR, 1, "quarter").value == "2022-Q4"


def test_shift_value_keeps_the_reference_precision():
    assert ta.shift_value(Norm("date", "1989-Q3", "range"), -1, "year").value == "1988-Q3"
    assert ta.shift_value(Norm("date", "2022-07", "month"), 2, "month").value == "2022-09"
    assert ta.shift_value(Norm("date", "2022", "year"), 1, "month") is None
    assert ta.shift_value(Norm("date", "2022-07-14", "day"), 0.5, "day") is None
