"""The event's date: its sentence's temporal expression, not the report's."""

from __future__ import annotations

from datetime import date

from events_util import main

from warwire.events.timing import value_to_date

SAT = date(2022, 7, 16)


def test_weekday_against_publication_date():
    e = main("A missile strike on Mykolaiv killed two people and wounded five on Friday, "
             "regional governor Vitaliy Kim said.", SAT)
    assert (e.date, e.time_precision) == (date(2022, 7, 15), 1)


def test_the_date_of_the_report_is_not_the_events():
    e = main("Russian forces shelled Kharkiv on Thursday, the governor said on Saturday.", SAT)
    assert e.date == date(2022, 7, 14)


def test_no_date_falls_back_to_publication_with_week_precision():
    e = main("Russian forces shelled Kharkiv, wounding three people.", SAT)
    assert (e.date, e.time_precision) == (SAT, 2)


def test_values_and_precisions():
    assert value_to_date("2022-07-15") == (date(2022, 7, 15), 1)
    assert value_to_date("2022-W28") == (date(2022, 7, 11), 2)
    assert value_to_date("2022-07") == (date(2022, 7, 1), 3)
    assert value_to_date("P3D") is None


def test_acled_week_of_lowers_precision():
    e = main("Around 18 October 2022 (week of), Russian forces looted houses in Kherson.", SAT)
    assert e.time_precision == 2


def test_a_range_keeps_its_width_as_precision():
    e = main("Earlier this month, Russian forces shelled Kharkiv, killing two civilians.", SAT)
    assert (e.date, e.time_precision) == (date(2022, 7, 1), 3)


def test_a_date_of_another_events_noun_is_not_this_events():
    e = main("Following an Oct. 8 explosion on the Crimean bridge, Russia launched a wave of "
             "missile strikes on Kyiv on Monday.", date(2022, 10, 12))
    assert (e.date, e.time_precision) == (date(2022, 10, 10), 1)
