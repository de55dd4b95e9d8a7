"""Whether a sentence tells the item it was coded with: an ACLED event or an extra item."""

from __future__ import annotations

from datetime import date

from events_util import article, coded

from warwire.events.detect import find_in_sentences
from warwire.events.places import article_places


def keys(text: str) -> list[str]:
    a = article(text)
    return [f.key for f in find_in_sentences(a.doc, a.dates, article_places(a))]


def test_an_appeal_is_no_item_and_an_act_is():
    assert keys("The secretary-general urged both sides to pursue a diplomatic solution.") == []
    assert keys("Lithuania expelled the Russian ambassador on Monday.") == ["diplomatic"]


def test_an_event_told_in_the_main_clause_is_one():
    assert keys("Russian forces shelled Nikopol on Monday.") == ["shelling"]
    assert "diplomatic" not in keys("Banks cut their links with Moscow amid heavy sanctions against Russia.")


def test_an_agreement_is_an_event_only_when_made():
    pub = date(2022, 5, 30)
    made = coded("Last week, U.N., Russian, Ukrainian and Turkish officials reached a tentative "
                 "agreement on a deal to ensure the export of grain.", pub)
    assert [e.sub_event_type for e in made] == ["Agreement"]
    for text in ("The sixth package of sanctions was discussed at the summit in Brussels on "
                 "Monday and requires the agreement of all 27 member states.",
                 "Finland was forced to cede much of Karelia in a peace treaty with Moscow."):
        assert [e for e in coded(text, pub) if e.sub_event_type == "Agreement"] == []


def test_a_market_that_rallies_or_crashes_is_no_event():
    pub = date(2022, 7, 30)
    assert not [e for e in coded("The rouble rallied on Monday as markets shrugged off the "
                                 "sanctions.", pub) if e.kind == "acled"]
    assert [e.sub_event_type for e in coded("Protesters rallied in Moscow on Sunday against the "
                                            "war.", pub)] == ["Peaceful protest"]
