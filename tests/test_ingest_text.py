"""Plain-text reports: the metadata block, the body and the wire dateline."""

from datetime import date

import pytest

from warwire.errors import InputError
from warwire.ingest.text import parse_dateline, read_text, split_metadata
from warwire.record import Dateline

BODY = (
    "MYKOLAIV, July 14 (Reuters) - Russian missiles struck the southern Ukrainian city of "
    "Mykolaiv early on Thursday, the regional governor said.\n\n"
    "Governor Vitaliy Kim said the strikes hit a university building."
)


def test_colon_metadata_block_gives_metadata_and_leaves_the_body():
    text = (
        "Title: Russian missiles hit Mykolaiv\n"
        "Date: 2022-07-14\n"
        "Source: Reuters\n"
        "URL: https://www.reuters.com/world/europe/mykolaiv-2022-07-14/\n"
        "Author: Pavel Polityuk\n"
        "\n" + BODY
    )
    article = read_text(text, "mykolaiv.txt")
    assert article.title == "Russian missiles hit Mykolaiv"
    assert article.published == date(2022, 7, 14)
    assert article.source == "Reuters"
    assert article.url == "https://www.reuters.com/world/europe/mykolaiv-2022-07-14/"
    assert article.origin == "mykolaiv.txt"
    assert article.raw_text == BODY
    assert article.text == BODY


def test_lowercase_fields_without_colons():
    text = "title Shelling in Kharkiv\ndate 2022-07-14\n\nKharkiv was shelled."
    fields, body = split_metadata(text)
    assert fields == {"title": "Shelling in Kharkiv", "published": "2022-07-14"}
    assert body == "Kharkiv was shelled."


@pytest.mark.parametrize("line", [
    "Published: 14 July 2022",
    "published 14 July 2022",
    "Publication date: July 14, 2022",
    "PUBLICATION DATE 2022-07-14",
    "date: Thu, 14 Jul 2022 09:12:00 +0300",
])
def test_date_fields(line):
    article = read_text(line + "\nRussian forces shelled Kharkiv overnight.")
    assert article.published == date(2022, 7, 14)
    assert article.raw_text == "Russian forces shelled Kharkiv overnight."


def test_the_first_sentence_may_follow_the_date_on_the_same_line():
    article = read_text("Published: 14 July 2022 Russian forces shelled Mykolaiv overnight. "
                        "Two people were killed.\nRescuers worked through the night.")
    assert article.published == date(2022, 7, 14)
    assert article.raw_text == ("Russian forces shelled Mykolaiv overnight. Two people were "
                                "killed.\nRescuers worked through the night.")


def test_title_then_date_running_into_the_body():
    article = read_text("Title: Port shelled\ndate 2022-07-14 Russian forces shelled Odesa.")
    assert article.title == "Port shelled"
    assert article.published == date(2022, 7, 14)
    assert article.raw_text == "Russian forces shelled Odesa."


@pytest.mark.parametrize("text", [
    "Source close to the Kremlin said talks had stalled.\n\nMore followed.",
    "Date rape drugs were not involved, police said.",
    "Published reports say the bridge was hit.",
    "Title IX cases were not affected.",
    "title Strike on Odesa\n\nThe port was hit.",
])
def test_ordinary_first_lines_are_not_metadata(text):
    fields, body = split_metadata(text)
    assert fields == {}
    assert body == text


def test_a_colon_date_that_cannot_be_read_is_dropped_without_a_date():
    article = read_text("Date: unknown\n\nKherson was shelled.")
    assert article.published is None
    assert article.raw_text == "Kherson was shelled."


def test_windows_line_endings_and_surrounding_space():
    article = read_text("\r\n  Title: Shelling\r\nDate: 2022-07-14\r\n\r\n"
                        "Line one.\r\nLine two.\r\n\r\n")
    assert article.raw_text == "Line one.\nLine two."
    assert article.title == "Shelling"


def test_metadata_without_body_is_rejected():
    with pytest.raises(InputError) as err:
        read_text("Title: Shelling\nDate: 2022-07-14\n\n", "empty.txt")
    assert str(err.value) == "empty.txt: no article text"


def test_read_text_keeps_the_dateline_in_the_body():
    article = read_text(BODY)
    assert article.raw_text.startswith("MYKOLAIV, July 14 (Reuters) - ")
    assert article.dateline == Dateline("Mykolaiv", "July 14", "Reuters")


@pytest.mark.parametrize("opening, expected", [
    ("MYKOLAIV, July 14 (Reuters) - Russian", Dateline("Mykolaiv", "July 14", "Reuters")),
    ("KYIV, Ukraine (AP) — Russian", Dateline("Kyiv, Ukraine", None, "AP")),
    ("KYIV, Ukraine, July 14, 2022 (AP) — Russian",
     Dateline("Kyiv, Ukraine", "July 14, 2022", "AP")),
    ("LONDON, July 14 - Britain", Dateline("London", "July 14", None)),
    ("Kharkiv, Ukraine — Russian", Dateline("Kharkiv, Ukraine", None, None)),
    ("KYIV -- Russia", Dateline("Kyiv", None, None)),
    ("MOSCOW, February 21. /TASS/. The Kremlin", Dateline("Moscow", "February 21", "TASS")),
    ("BEIJING, March 21 (Xinhua) -- A", Dateline("Beijing", "March 21", "Xinhua")),
    ("Moscow, Mar 31 (Prensa Latina) Russian", Dateline("Moscow", "Mar 31", "Prensa Latina")),
    ("Lviv, Ukraine (CNN)Russian", Dateline("Lviv, Ukraine", None, "CNN")),
    ("KRYVYI RIH, Ukraine, Sept. 3 (Reuters) - Shelling",
     Dateline("Kryvyi Rih, Ukraine", "Sept. 3", "Reuters")),
    ("ROSTOV-ON-DON, Russia (AP) — A", Dateline("Rostov-on-Don, Russia", None, "AP")),
    ("WASHINGTON, D.C. (AP) — The", Dateline("Washington, D.C.", None, "AP")),
    ("NEW YORK, July 14 (Reuters) - Oil", Dateline("New York", "July 14", "Reuters")),
])
def test_dateline_forms(opening, expected):
    assert parse_dateline(opening + " forces advanced.") == expected


@pytest.mark.parametrize("opening", [
    "Russian forces shelled Mykolaiv on Thursday.",
    "Meanwhile, Russia — which denies targeting civilians — said",
    "Sen. Richard Shelby (R-Ala.) on Sunday said",
    "UPDATE (Aug. 4, 2022, 11:30 a.m. ET): On Thursday",
    "LONDON-based analysts said",
    "Russian President Vladimir Putin (pictured) — the",
    "NATO (North Atlantic Treaty Organization Allied Forces) — the",
    "",
])
def test_not_datelines(opening):
    assert parse_dateline(opening) is None
