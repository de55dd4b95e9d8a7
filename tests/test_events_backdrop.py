"""Territory cues told as the backdrop of the news: no event of this report."""

from __future__ import annotations

from datetime import date

from events_util import coded

PUB = date(2022, 4, 1)


def territory(text: str, published: date = PUB) -> list[str]:
    return [e.sub_event_type for e in coded(text, published)
            if e.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")]


def test_a_capture_named_as_a_means_or_a_time_is_backdrop():
    assert territory("Russia has secured a land corridor to Crimea with the capture of Mariupol.") == []
    assert territory("Since the capture of Kherson, occupation officials have handed out passports.") == []


def test_a_perfect_participle_tells_what_was_done_before():
    assert territory("Russian troops are digging in across the south, having taken control of the "
                     "Kherson region.") == []


def test_a_capture_in_a_clause_of_the_future_has_not_happened():
    assert territory("Referendums would make sense when Russian forces complete the capture of "
                     "both regions, Pushilin said.") == []


def test_a_capture_only_aimed_at_is_no_capture():
    assert territory("The governor believes Russia is determined to capture the Luhansk region.") == []


def test_a_capture_told_as_news_stays():
    assert territory("Russian forces captured the town of Popasna on Saturday.") == [
        "Non-state actor overtakes territory"]
    assert territory("When Russian troops captured Izium on Friday, residents fled.") == [
        "Non-state actor overtakes territory"]


def test_a_capture_under_pressure_or_orders_is_not_yet_done():
    assert territory("As pressure to capture Kyiv heightens, the government has armed volunteers "
                     "with 18,000 machine guns.") == []
    assert territory("Putin ordered his troops to capture the whole of Donbas.") == []
