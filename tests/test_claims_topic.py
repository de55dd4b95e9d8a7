"""Claims off the war are dropped: a sentence about another place or another
subject, with nothing of the conflict near it.  Sentences are written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from warwire.claims import find_claims
from warwire.claims.topic import belligerent_words
from warwire.quotes import find_quotes


def texts(nlp, text: str, places=None) -> list[str]:
    doc = nlp(text)
    return [c.text for c in find_claims(doc, find_quotes(doc), places=places)]


def test_belligerent_words_count_actors_and_places() -> None:
    assert belligerent_words("Russian troops shelled Kharkiv and Ukrainian forces held") == 3
    assert belligerent_words("The stock market fell sharply on Monday") == 0


def test_a_casualty_near_the_war_is_kept(nlp) -> None:
    text = ("Russian soldiers entered the village in March. Her husband was shot in the yard. "
            "He died of his wounds two days later.")
    assert "He died of his wounds two days later" in texts(nlp, text)


def test_a_sentence_off_the_war_is_dropped(nlp) -> None:
    text = ("The shares of the carmaker rose after its quarterly results. Its rival said "
            "sales had grown. The company was founded in 1950. Its chief executive said "
            "a fire destroyed a warehouse last year. Analysts expect more growth.")
    assert texts(nlp, text) == []


def test_a_place_outside_the_theatre_takes_the_sentence_off_the_war(nlp) -> None:
    text = ("Russian forces shelled the town on Monday. The doctor recalled the hospital "
            "he worked in. Aleppo was completely destroyed when he was there in 2016.")
    start = text.index("Aleppo")
    aleppo = SimpleNamespace(start=start, end=start + 6, country_code="SY", text="Aleppo",
                             role="location", feature="city")
    assert not any("Aleppo" in t for t in texts(nlp, text, [aleppo]))
    assert any("Aleppo" in t for t in texts(nlp, text, []))
