"""From cues and marks to quotes (:mod:`warwire.quotes.assemble`).
Sentences are written for these tests."""

from __future__ import annotations

from warwire.quotes import find_quotes


def test_quoted_words_going_on_after_a_cued_quote_keep_its_speaker(nlp) -> None:
    text = ("“We will hold the bridge,” said Oleh Kovalenko, the brigade commander. "
            "“We have enough shells for a month” and fuel for two weeks.")
    found = [(q.text, q.cue, q.speaker) for q in find_quotes(nlp(text))]
    assert found[:2] == [("We will hold the bridge", "said", "Oleh Kovalenko"),
                         ("We have enough shells for a month", "said", "Oleh Kovalenko")]


def test_quoted_words_with_no_cued_quote_before_them_stay_unattributed(nlp) -> None:
    text = "The word “liberation” appears on every poster in the town."
    assert all(q.cue is None for q in find_quotes(nlp(text)))
