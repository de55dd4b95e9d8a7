"""Many texts coded in one parse pass."""

from __future__ import annotations

from datetime import date

from events_util import nlp

from warwire.events.batch import code_articles


def test_code_articles_in_batches_and_drops_the_parse():
    items = [("Russian forces shelled Kharkiv on Monday.", date(2022, 7, 16)),
             ("Lawmakers debated the budget.", date(2022, 7, 16)),
             ("Separatists shelled Avdiivka on Sunday.", date(2022, 7, 16))]
    out = list(code_articles(items, nlp(), batch_size=2))
    assert [len([e for e in a.events if e.kind == "acled"]) for a in out] == [1, 0, 1]
    assert all(a.doc is None for a in out)
    assert out[0].events[0].date == date(2022, 7, 11)
