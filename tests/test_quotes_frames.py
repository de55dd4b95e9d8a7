"""Frames: a cue inside or after the sentence it reports ("As the minister said, ...",
"..., he said.").  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from quotes_util import one, quotes


def test_an_as_frame_reports_its_host_clause_not_a_time(nlp) -> None:
    text = ("As the minister said on Monday, the bridge will reopen next month.\n\n"
            "The bridge, as the minister said, will reopen next month.\n\n"
            "As the sirens wailed, shells fell on the square.")
    found = [(q.cue, q.text) for q in quotes(nlp, text)]
    assert found == [("said", "the bridge will reopen next month"),
                     ("said", "The bridge"), ("said", "will reopen next month")]


@pytest.mark.parametrize("text, content, source", [
    ("The convoy reached the city at dawn.\n\nNot a single truck lost, she said.",
     "Not a single truck lost", "she"),
    ("Shelling continued overnight in the east.\n\n"
     "Towns near Bakhmut without power for a third day, officials say.",
     "Towns near Bakhmut without power for a third day", "officials"),
])
def test_words_without_a_clause_before_a_closing_frame_are_reported(nlp, text: str, content: str,
                                                                      source: str) -> None:
    q = one(nlp, text)
    assert (q.kind, q.text, text[q.source_start:q.source_end]) == ("indirect", content, source)


def test_words_setting_the_scene_of_the_verb_are_not_reported(nlp) -> None:
    text = "Two days later, the commander was speaking to reporters in Kramatorsk when the sirens sounded."
    assert quotes(nlp, text) == []
