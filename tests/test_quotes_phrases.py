"""Reporting phrases (:mod:`warwire.quotes.phrases`): a verb and its object
that report together.  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from quotes_util import quotes


@pytest.mark.parametrize("text, kind, cue, content", [
    ("The president took issue with the report on the losses near Izium.", "indirect", "took issue with",
     "the report on the losses near Izium"),
    ("The governor raised concerns about the evacuation of Mariupol.", "indirect", "raised concerns about",
     "the evacuation of Mariupol"),
    ("Berlin voiced support for the new sanctions.", "stance", "voiced support for", "the new sanctions"),
])
def test_a_verb_and_its_object_report_together(nlp, text: str, kind: str, cue: str, content: str) -> None:
    found = [(q.kind, q.cue, q.text) for q in quotes(nlp, text)]
    assert found == [(kind, cue, content)]


def test_the_object_alone_reports_nothing(nlp) -> None:
    assert quotes(nlp, "Engineers raised the bridge near Kherson by two metres.") == []


def test_as_someone_put_it_reports_the_sentence(nlp) -> None:
    text = "As Kuleba put it in a statement on Friday, Russia will not win this war."
    found = [(q.cue, q.text, q.speaker) for q in quotes(nlp, text)]
    assert found == [("put it", "Russia will not win this war", "Kuleba")]
