"""Speakers the parse missed or cut short (quotes/missed.py).  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from quotes_util import quotes


def test_the_speaker_after_a_quote_keeps_past_an_apposition_and_a_time(nlp) -> None:
    text = ("\u201cThey are absolutely right. There is a severe shortage of shells at the front,\u201d "
            "Kuleba, the foreign minister, said Thursday morning on national television.")
    found = quotes(nlp, text)
    q = found[0]
    assert text[q.source_start:q.source_end].startswith("Kuleba")


def test_a_name_before_its_apposition_speaks_when_the_parser_lost_it(nlp) -> None:
    # the parser makes the name a conjunct of "Kyiv" and the verb subjectless
    text = ("In a briefing on Sunday in Kyiv, Oleksandr Kamyshin, the head of the state railway company, "
            "calmly told reporters that \"the trains will run again by Monday.\"")
    found = [q for q in quotes(nlp, text) if q.cue == "calmly told"]
    assert [(q.speaker, text[q.source_start:q.source_end].split(",")[0]) for q in found] == [
        ("Oleksandr Kamyshin", "Oleksandr Kamyshin")]


@pytest.mark.parametrize("text, source", [
    # the tagger reads "Tulsa" as a verb and cuts it from the speaker's phrase
    ("\u201cI will make this promise to you: we will find the men who fired these rockets,\u201d Tulsa "
     "police Chief Ivan Petrenko said Monday. \u201cI want to assure the families of that.\u201d",
     "Tulsa police Chief Ivan Petrenko"),
    # "Col." splits into two tokens, the full stop inside the speaker's phrase
    ("\"He was a brave officer. Not good, brave. One of the finest pilots of the whole brigade,\" "
     "Col. Yuriy Ihnat said in a phone interview.", "Col. Yuriy Ihnat"),
    # the parser gives "said" two subjects, the quote's own first
    ("\u201cOur answer, that is already decided,\u201d the ministry's chief spokesman said in a statement.",
     "the ministry's chief spokesman"),
])
def test_the_speaker_after_the_closing_mark_as_the_parse_broke_it(nlp, text: str, source: str) -> None:
    found = quotes(nlp, text)
    assert found and all(q.kind == "direct" and q.cue == "said" for q in found)
    assert {text[q.source_start:q.source_end] for q in found} == {source}


def test_a_capitalised_word_opening_the_next_paragraph_is_not_the_speakers(nlp) -> None:
    text = ("\u201cThe shelters are full,\u201d the mayor said.\n\n"
            "Calls for a second evacuation train went unanswered, the railway said.")
    found = quotes(nlp, text)
    railway = [q for q in found if q.text.startswith("Calls")]
    assert [text[q.source_start:q.source_end] for q in railway] == ["the railway"]
