"""Wire datelines: the one recogniser ingest and the quote extractor share."""

import pytest

from warwire.ingest.dateline import match_dateline, parse_dateline
from warwire.quotes.context import lead_length
from warwire.record import Dateline


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
    ("Washington (CNN) The", Dateline("Washington", None, "CNN")),
    ("MOSCOW (Sputnik), Kirill Ivanov - The", Dateline("Moscow", None, "Sputnik")),
])
def test_dateline_forms(opening, expected):
    assert parse_dateline(opening + " forces advanced.") == expected


@pytest.mark.parametrize("opening", [
    "Russian forces shelled Mykolaiv on Thursday.",
    "Meanwhile, Russia — which denies targeting civilians — said",
    "Sen. Richard Shelby (R-Ala.) on Sunday said",
    "Sen. Rand Paul, R-Ky., said the aid bill",
    "Senator Joni Ernst (R-IA) said",
    "The Kremlin (Moscow) said on Friday",
    "Reporters Without Borders (RSF) said",
    "UPDATE (Aug. 4, 2022, 11:30 a.m. ET): On Thursday",
    "LONDON-based analysts said",
    "Russian President Vladimir Putin (pictured) — the",
    "NATO (North Atlantic Treaty Organization Allied Forces) — the",
    "",
])
def test_not_datelines(opening):
    assert parse_dateline(opening) is None


def test_the_match_ends_after_the_dash_and_its_spaces():
    text = "KYIV, Aug 3 (Reuters) -  Russian forces shelled Kharkiv."
    found = match_dateline(text)
    assert found is not None and text[found.end:].startswith("Russian")


def test_a_paragraph_may_open_with_a_dateline_or_a_time_stamp():
    text = "Intro line.\nKyiv, Ukraine — Russian forces shelled the city.\n21 Mar 2022 - 17:27 GMT Sirens."
    second = text.index("Kyiv")
    third = text.index("21 Mar")
    assert text[second:second + lead_length(text, second, third - 1)] == "Kyiv, Ukraine — "
    assert lead_length(text, third, len(text)) == len("21 Mar 2022 - 17:27 GMT ")
    assert lead_length(text, 0, second - 1) == 0
    senator = "Sen. Lindsey Graham (R-SC) said the aid would flow."
    assert lead_length(senator, 0, len(senator)) == 0
