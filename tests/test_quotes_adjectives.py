"""Attributions carried by an adjective (:mod:`warwire.quotes.adjectives`).
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from warwire.quotes import find_quotes


@pytest.mark.parametrize("text, kind, cue, content, source", [
    ("Ukrainian commanders are confident that the line near Avdiivka will hold.", "belief",
     "are confident", "that the line near Avdiivka will hold", "Ukrainian commanders"),
    ("Ankara has been critical of the new sanctions.", "stance", "has been critical of",
     "the new sanctions", "Ankara"),
])
def test_an_adjective_said_of_its_subject_attributes(nlp, text, kind, cue, content, source) -> None:
    doc = nlp(text)
    found = [(q.kind, q.cue, q.text, doc.text[q.source_start:q.source_end]) for q in find_quotes(doc)]
    assert found == [(kind, cue, content, source)]


def test_a_belief_denied_or_held_by_no_one_is_nothing(nlp) -> None:
    assert find_quotes(nlp("Residents were not sure that the bridge would hold.")) == []
    assert find_quotes(nlp("It is certain that the offensive will resume.")) == []
