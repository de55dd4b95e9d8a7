"""The dates extractor on war-reporting sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

import pytest

from warwire.extractors.dates import HANDLERS, Dates, compile_rules, find_dates
from warwire.extractors.timex_patterns import RULES
from warwire.record import Article

THU = date(2022, 7, 14)  # a Thursday
SAT = date(2022, 7, 16)


def one(text: str, anchor: date | None = THU, phrase: str | None = None):
    """The single mention (or the one whose text is ``phrase``) found in ``text``."""
    mentions = find_dates(text, anchor)
    if phrase is not None:
        mentions = [m for m in mentions if m.text == phrase]
    assert len(mentions) == 1, mentions
    return mentions[0]


def values(text: str, anchor: date | None = THU) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, anchor)]


def test_weekday_before_publication():
    m = one("A missile strike on Mykolaiv on Friday killed two people, the governor said.", SAT)
    assert (m.text, m.type, m.value, m.precision) == ("Friday", "date", "2022-07-15", "day")


@pytest.mark.parametrize("text, value", [
    ("Shelling resumed on Thursday.", "2022-07-14"),  # the publication day itself
    ("The convoy was hit on Monday.", "2022-07-11"),
    ("Negotiators will meet on Monday in Istanbul.", "2022-07-18"),
    ("The ceasefire talks are scheduled for Saturday.", "2022-07-16"),
    ("Ukrainian forces retook the village last Friday.", "2022-07-08"),
    ("The minister travels to Kyiv next Tuesday.", "2022-07-19"),
])
def test_weekdays(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Russia invaded on February 24, 2022.", "February 24, 2022", "2022-02-24"),
    ("The siege began on 14 July 2022.", "14 July 2022", "2022-07-14"),
    ("The order was dated 2022-07-14.", "2022-07-14", "2022-07-14"),
    ("Troops crossed the border on Feb. 24.", "Feb. 24", "2022-02-24"),
    ("The referendum was held on July 14, 2022.", "July 14, 2022", "2022-07-14"),
    ("The bridge was struck on Thursday, July 14.", "Thursday, July 14", "2022-07-14"),
    ("Strikes hit the port on April 24 and 25.", "25", "2022-04-25"),
])
def test_absolute_dates(text, phrase, value):
    m = one(text, phrase=phrase)
    assert (m.value, m.precision) == (value, "day")


def test_month_day_resolves_to_the_near_past_or_announced_future():
    assert one("Mariupol fell on May 20.").value == "2022-05-20"
    assert one("The talks will resume on Aug. 2.").value == "2022-08-02"
    assert one("Kherson was shelled on Dec. 5.").value == "2021-12-05"


@pytest.mark.parametrize("text, value, type_", [
    ("The mayor said today that power was restored.", "2022-07-14", "date"),
    ("A drone struck a depot yesterday.", "2022-07-13", "date"),
    ("The Security Council meets tomorrow.", "2022-07-15", "date"),
    ("Air-raid sirens are expected tonight.", "2022-07-14TNI", "time"),
    ("Explosions were heard this morning.", "2022-07-14TMO", "time"),
    ("Two civilians died in the shelling last night.", "2022-07-13TNI", "time"),
])
def test_deictic_days(text, value, type_):
    m = one(text)
    assert (m.value, m.type) == (value, type_)


def test_last_week_is_an_iso_week_with_its_range():
    m = one("Officials said last week that the grain deal was close.")
    assert (m.value, m.precision, m.range) == ("2022-W27", "week", "2022-07-04/2022-07-10")


@pytest.mark.parametrize("text, value, precision", [
    ("More troops arrived this week.", "2022-W28", "week"),
    ("Exports fell sharply last month.", "2022-06", "month"),
    ("The front barely moved last year.", "2021", "year"),
    ("The dam was breached two months ago.", "2022-05", "month"),
    ("The village was retaken three days ago.", "2022-07-11", "day"),
    ("Refugees began returning in March.", "2022-03", "month"),
    ("Crimea was annexed in 2014.", "2014", "year"),
    ("The offensive is expected to stall this summer.", "2022-SU", "range"),
    ("Output shrank in the second quarter.", "2022-Q2", "range"),
    ("The republics broke away in the 1990s.", "199", "range"),
    ("The counteroffensive began earlier this month.", "2022-07", "month"),
])
def test_relative_dates(text, value, precision):
    m = one(text)
    assert (m.value, m.precision) == (value, precision)


def test_month_without_year_is_the_latest_not_after_publication():
    assert one("The blockade began in December.").value == "2021-12"
    assert one("Grain exports resumed in July.").value == "2022-07"


def test_durations():
    assert values("Over the past 24 hours, shelling killed four people.") == [
        ("the past 24 hours", "PT24H")]
    m = one("Cadets attend a five-day course before deployment.")
    assert (m.text, m.type, m.value, m.precision) == ("five-day", "duration", "P5D", "none")
    assert one("The town held out for three weeks.").value == "P3W"
    assert one("The siege lasted 5 1/2 months.").value == "P5M15D"
    assert one("Power was cut for 24 hours.").value == "PT24H"
    assert one("Fighting has intensified in recent weeks.").value == "PXW"
    assert one("Ammunition could run out within several days.").value == "PXD"


def test_present_and_past_references():
    assert values("The city is now under curfew.") == [("now", "PRESENT_REF")]
    assert values("About 300 soldiers are currently deployed there.") == [("currently", "PRESENT_REF")]
    assert values("The district was recently mined.") == [("recently", "PAST_REF")]


@pytest.mark.parametrize("text, phrase, value", [
    ("The strike came at 3 p.m., the army said.", "3 p.m.", "2022-07-14T15:00"),
    ("The curfew starts at 22:00 local time.", "22:00 local time", "2022-07-14T22:00"),
    ("The convoy left at 05:30 GMT.", "05:30 GMT", "2022-07-14T05:30Z"),
    ("Evacuations will resume at noon Saturday.", "noon Saturday", "2022-07-16T12:00"),
])
def test_times_of_day(text, phrase, value):
    m = one(text, phrase=phrase)
    assert (m.type, m.value, m.precision) == ("time", value, "time")


def test_clock_time_belongs_to_the_day_just_named():
    found = values("On July 2, the first shell hit at 6 a.m.")
    assert found == [("July 2", "2022-07-02"), ("6 a.m.", "2022-07-02T06:00")]


@pytest.mark.parametrize("text, value", [
    ("Artillery fire is heard every day.", "P1D"),
    ("The ministry publishes losses weekly.", "P1W"),
    ("Inspectors visit the plant twice a month.", "P1M"),
    ("Markets close on Sundays.", "XXXX-WXX-7"),
])
def test_sets(text, value):
    m = one(text)
    assert (m.type, m.value, m.precision) == ("set", value, "none")


@pytest.mark.parametrize("text", [
    "A resident, 67, said the shelling lasted all night long.",
    "A 67-year-old man was wounded.",
    "The man, 67 years old, was wounded.",
    "Russia has lost 2,000 tanks, Kyiv claims.",
    "About 2000 troops were moved to the south.",
    "The brigade fired 350 shells.",
    "Forces advanced 12 km toward the river.",
    "Theresa May criticised the strike.",
    "The Russell 2000 index fell.",
    "A quarter of the population has fled.",
    "He watched it on ABC's This Week.",
])
def test_ages_numbers_and_names_are_not_dates(text):
    assert find_dates(text, THU) == []


def test_reference_time_carries_through_the_text():
    found = values("Russian troops entered Izium on April 1. The next day, the bridge was blown up. "
                   "A year earlier, the town was quiet.")
    assert found == [("April 1", "2022-04-01"), ("The next day", "2022-04-02"),
                     ("A year earlier", "2021-04-01")]


def test_night_of_a_named_day_is_that_day():
    m = one("Drones attacked the port on Friday night.", SAT)
    assert (m.text, m.value, m.precision) == ("Friday night", "2022-07-15", "day")


def test_holidays():
    assert one("Shelling continued through Christmas.", date(2022, 12, 28)).value == "2022-12-25"
    assert one("Moscow staged a parade on Victory Day.", date(2022, 5, 12)).value == "2022-05-09"


def test_modifiers_join_the_extent():
    assert values("Fighting peaked in early March.") == [("early March", "2022-03")]
    assert values("The town fell about two weeks ago.") == [("about two weeks ago", "2022-06-30")]
    assert values("The works should end by the end of next year.") == [
        ("the end of next year", "2023")]


@pytest.mark.parametrize("text, value", [
    ("The school was hit on Thursday.", "XXXX-WXX-4"),
    ("The ultimatum expires on July 14.", "XXXX-07-14"),
    ("The depot burned in March.", "XXXX-03"),
    ("Sirens sounded yesterday.", "PAST_REF"),
    ("The envoy arrived last week.", "PAST_REF"),
    ("Talks resume tomorrow.", "FUTURE_REF"),
    ("The city is quiet today.", "PRESENT_REF"),
    ("Kyiv was attacked on February 24, 2022.", "2022-02-24"),
])
def test_without_a_publication_date_values_stay_underspecified(text, value):
    assert one(text, None).value == value


def test_offsets_index_the_text():
    text = ("KYIV, July 14 (Reuters) – Russian missiles struck Vinnytsia on Thursday, killing 23 "
            "people, including a four-year-old girl, officials said. Over the past 24 hours, the "
            "army said, two villages changed hands; since February 24 — nearly five months — "
            "the war has displaced millions. Talks could resume next week, or in the autumn, "
            "«perhaps by mid-September», at 10:00 Kyiv time, every Monday.")
    mentions = find_dates(text, THU)
    assert len(mentions) >= 10
    for m in mentions:
        assert text[m.start:m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_stage_sets_article_dates():
    article = Article(raw_text="A missile strike on Mykolaiv on Friday killed two people.",
                      published=SAT)
    stage = Dates()
    assert (stage.name, stage.needs, stage.adds) == ("dates", ("text",), ("dates",))
    stage(article)
    assert [(m.text, m.value) for m in article.dates] == [("Friday", "2022-07-15")]


def test_stage_without_publication_date():
    article = Article(raw_text="A missile strike on Mykolaiv on Friday killed two people.")
    Dates()(article)
    assert article.dates[0].value == "XXXX-WXX-5"


def test_empty_text():
    assert find_dates("", THU) == []


def test_fast_on_a_long_article():
    text = ("Russian forces shelled Kharkiv on Monday and again on Tuesday night, officials said. "
            "The governor said 12 people were killed over the past 24 hours. ") * 200
    start = time.perf_counter()
    mentions = find_dates(text, THU)
    assert time.perf_counter() - start < 2.0
    assert len(mentions) == 600


def test_dates_beyond_the_calendar_do_not_fail():
    assert find_dates("The site is 10,000 years old; it was settled 10,000 years ago.",
                      date(1, 1, 3)) is not None
    assert find_dates("Christmas came early next year.", date(9999, 12, 30)) is not None


def test_every_rule_kind_has_exactly_one_handler_in_the_one_table():
    kinds = [kind for kind, _ in RULES]
    assert sorted(HANDLERS) == sorted(kinds)
    assert [c[0] for c in compile_rules(RULES, HANDLERS)] == kinds


def test_a_rule_without_a_handler_or_a_handler_without_a_rule_is_refused():
    with pytest.raises(ValueError, match="without a handler: \\['iso'\\]"):
        compile_rules(RULES, {k: f for k, f in HANDLERS.items() if k != "iso"})
    with pytest.raises(ValueError, match="without a rule: \\['fortnight'\\]"):
        compile_rules(RULES, {**HANDLERS, "fortnight": HANDLERS["iso"]})


def test_importing_a_rule_module_registers_nothing():
    code = ("import importlib\n"
            "from warwire.extractors import dates, timex_durations, timex_periods, "
            "timex_relative, timex_rules\n"
            "before = dict(dates.HANDLERS)\n"
            "for module in (timex_durations, timex_periods, timex_relative, timex_rules):\n"
            "    importlib.reload(module)\n"
            "assert all(dates.HANDLERS[k] is f for k, f in before.items())\n"
            "assert sorted(dates.HANDLERS) == sorted(before)\n")
    subprocess.run([sys.executable, "-c", code], check=True)
