"""Plain-text reports: the metadata block, the body and the wire dateline."""

from datetime import date

import pytest

from warwire.errors import InputError
from warwire.ingest.text import read_text, split_metadata
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
