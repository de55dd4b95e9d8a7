"""Whether a sentence tells the item it was coded with: an ACLED event or an extra item."""

from __future__ import annotations

from events_util import article

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
