"""The editable data files (:mod:`warwire.datafiles`): the word tables load,
and an edited line changes what the stages do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from warwire import datafiles
from warwire.claims.phrases import part_of
from warwire.claims.tables import in_class
from warwire.quotes.lexicon import is_outlet, quote_words, spellings

#: the lists of quote_words.tsv the quote finders ask for
QUOTE_KINDS = ("leader", "topic_verb", "part", "obliged", "cite", "no_source", "as_frame",
               "outlet_noun", "inverted", "adjunct", "agent_prep", "desk", "spelling")
#: the classes of claim_words.tsv that were word lists in the claims code
CLAIM_CLASSES = ("part_of", "locative", "unit", "time", "accuse")


def test_every_quote_word_list_is_there() -> None:
    for kind in QUOTE_KINDS:
        assert quote_words(kind), kind
    assert "president" in quote_words("leader")
    assert "tabloid" in quote_words("outlet_noun")
    assert quote_words("no such kind") == frozenset()
    assert spellings() == {"defense": "defence", "organization": "organisation"}


def test_every_claim_word_class_is_there() -> None:
    for cls in CLAIM_CLASSES:
        assert datafiles.word_lists("claim_words.tsv").get(cls), cls
    assert in_class("Accuse", "accuse") and in_class("p.m.", "unit") and in_class("%", "part_of")


@pytest.fixture
def edited(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """``edit(name, old, new)`` rewrites one line of a shipped data file for the test."""
    real = datafiles.read_data

    def edit(name: str, old: str, new: str) -> None:
        text = real(name)
        assert f"\n{old}\n" in text
        monkeypatch.setattr(datafiles, "read_data",
                            lambda n: text.replace(f"\n{old}\n", f"\n{new}\n") if n == name else real(n))
        datafiles.word_lists.cache_clear()
        spellings.cache_clear()

    yield edit
    monkeypatch.undo()
    datafiles.word_lists.cache_clear()
    spellings.cache_clear()


def test_an_outlet_noun_deleted_from_the_table_makes_no_outlet(nlp, edited) -> None:
    doc = nlp("The tabloid reported the strike on Monday.")
    assert is_outlet(doc[1])
    edited("quote_words.tsv", "tabloid\toutlet_noun", "# tabloid\toutlet_noun")
    assert not is_outlet(doc[1])


def test_a_part_word_added_to_the_table_reaches_through_of(nlp, edited) -> None:
    doc = nlp("Russia took the remainder of Bakhmut.")
    remainder = doc[3]
    assert remainder.text == "remainder" and part_of(remainder) is remainder
    edited("claim_words.tsv", "rest\tpart_of", "rest\tpart_of\nremainder\tpart_of")
    assert part_of(remainder).text == "Bakhmut"
