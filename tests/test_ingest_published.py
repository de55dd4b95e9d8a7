"""Publication dates: parsing the strings reports carry, and which date counts."""

from datetime import date, datetime

import pytest

from warwire.ingest.published import dateline_date, match_date, parse_date, resolve_published
from warwire.record import Article, Dateline

JULY_14 = date(2022, 7, 14)


@pytest.mark.parametrize("value", [
    "2022-07-14",
    "2022-07-14T08:30:00Z",
    "2022-07-14T08:30:00.123+03:00",
    "2022-07-14T23:30:00-0500",
    "2022-07-14 07:00",
    "2022/07/14",
    "July 14, 2022",
    "Jul. 14, 2022",
    "Thursday, July 14, 2022",
    "14 July 2022",
    "14th July 2022",
    "14 Jul 2022 10:00 GMT",
    "Thu, 14 Jul 2022 10:00:00 +0000",
    "Thu, 14 Jul 2022 23:30:00 EST",
    "  July 14,   2022  ",
    datetime(2022, 7, 14, 23, 59),
    JULY_14,
])
def test_parse_date_reads_the_formats_reports_use(value):
    assert parse_date(value) == JULY_14


@pytest.mark.parametrize("value", [
    "", "   ", None, 1657756800, "yesterday", "2022-02-30", "July 2022", "14/07/2022 or so",
])
def test_parse_date_gives_none_for_what_it_cannot_read(value):
    assert parse_date(value) is None


def test_a_datetime_keeps_the_day_as_written_not_utc():
    assert parse_date("2022-07-14T23:30:00-05:00") == JULY_14
    assert parse_date("Thu, 14 Jul 2022 23:30:00 -0500") == JULY_14


def test_match_date_reads_a_date_at_the_start_and_says_where_it_ends():
    line = "14 July 2022 Russian forces shelled Mykolaiv overnight."
    found, end = match_date(line)
    assert found == JULY_14
    assert line[end:].strip().startswith("Russian forces")


def test_match_date_includes_a_time_after_the_date():
    line = "July 14, 2022 10:30 GMT Russian forces shelled the port."
    found, end = match_date(line)
    assert found == JULY_14
    assert line[end:].strip() == "Russian forces shelled the port."


def test_match_date_needs_the_date_at_the_start():
    assert match_date("Russian forces shelled Mykolaiv on 14 July 2022") is None
    assert match_date("2022-07-145") is None


def test_dateline_date_with_a_year():
    assert dateline_date("July 14, 2022") == JULY_14
    assert dateline_date("Sept. 3, 2022") == date(2022, 9, 3)


def test_dateline_date_takes_the_year_of_the_metadata_date():
    assert dateline_date("July 14", reference=date(2022, 7, 15)) == JULY_14
    assert dateline_date("Mar 31", reference=date(2021, 4, 1)) == date(2021, 3, 31)


def test_dateline_date_across_new_year_takes_the_nearest_occurrence():
    assert dateline_date("Dec. 31", reference=date(2023, 1, 2)) == date(2022, 12, 31)


def test_dateline_date_without_metadata_is_the_latest_not_after_today():
    today = date(2023, 3, 1)
    assert dateline_date("July 14", today=today) == JULY_14
    assert dateline_date("February 28", today=today) == date(2023, 2, 28)
    assert dateline_date("March 1", today=today) == date(2023, 3, 1)
    assert dateline_date("Feb 29", today=today) == date(2020, 2, 29)


def test_dateline_date_without_a_date():
    assert dateline_date(None) is None
    assert dateline_date("sometime") is None


def _article(metadata=None, dateline_text=None):
    dateline = Dateline("Mykolaiv", dateline_text, "Reuters") if dateline_text else None
    return Article(raw_text="MYKOLAIV (Reuters) - Shelling.", published=metadata, dateline=dateline)


def test_the_flag_comes_first():
    article = _article(date(2022, 7, 15), "July 14")
    resolve_published(article, flag=date(2022, 7, 20))
    assert (article.published, article.published_from) == (date(2022, 7, 20), "flag")


def test_metadata_comes_before_the_dateline():
    article = _article(date(2022, 7, 15), "July 14")
    resolve_published(article)
    assert (article.published, article.published_from) == (date(2022, 7, 15), "metadata")


def test_the_dateline_is_the_last_resort():
    article = _article(None, "July 14")
    resolve_published(article, today=date(2022, 12, 1))
    assert (article.published, article.published_from) == (JULY_14, "dateline")


def test_no_date_anywhere():
    article = _article()
    resolve_published(article)
    assert (article.published, article.published_from) == (None, None)


def test_a_yearless_dateline_takes_its_year_from_the_articles_own_full_dates() -> None:
    from warwire.ingest.sources import article_from_text

    text = ("MYKOLAIV, July 16 (Wire) - Missiles hit the port on Friday.\n\n"
            "A man walks past a crater in Mykolaiv, July 15, 2022.")
    article = article_from_text(text)
    assert article.published == date(2022, 7, 16)
    assert article.published_from == "dateline"
