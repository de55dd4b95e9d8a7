"""The cue "according to X" (:mod:`warwire.quotes.according`).  Sentences are
written for these tests."""

from __future__ import annotations

from warwire.quotes import find_quotes

from quotes_util import built_doc, one, quotes


def test_according_to_names_the_source_of_the_clause(nlp) -> None:
    text = "At least 14 civilians were killed in the strike, according to the regional prosecutor's office."
    q = one(nlp, text)
    assert (q.cue, q.text) == ("according to", "At least 14 civilians were killed in the strike")
    assert text[q.speaker_start:q.speaker_end] == "the regional prosecutor's office"


def test_according_to_reports_the_whole_clause_not_its_last_conjunct(nlp) -> None:
    text = ("Two bridges over the Inhulets were destroyed and the dam was damaged, "
            "according to the regional military administration.")
    q = one(nlp, text)
    assert q.text == "Two bridges over the Inhulets were destroyed and the dam was damaged"


def test_according_to_closing_a_sentence_reports_all_of_it(nlp) -> None:
    # the parser hung "according to" on the relative clause, not on the sentence
    rows = [("The", "DET", 1, "det", "the"), ("strike", "NOUN", 1, "nsubj", "strike"),
            ("killed", "VERB", 0, "ROOT", "kill"), ("two", "NUM", 1, "nummod", "two"),
            ("civilians", "NOUN", -2, "dobj", "civilian"), ("who", "PRON", 2, "nsubj", "who"),
            ("were", "AUX", 1, "aux", "be"), ("queuing", "VERB", -3, "relcl", "queue"),
            ("for", "ADP", -1, "prep", "for"), ("bread", "NOUN", -1, "pobj", "bread"),
            (",", "PUNCT", -3, "punct", ","), ("according", "VERB", -4, "prep", "accord"),
            ("to", "ADP", -1, "prep", "to"), ("police", "NOUN", -1, "pobj", "police"),
            (".", "PUNCT", -12, "punct", ".")]
    doc = built_doc(nlp, rows)
    found = [(q.cue, q.text, q.speaker) for q in find_quotes(doc)]
    assert found == [("according to", "The strike killed two civilians who were queuing for bread", "police")]


def test_according_to_the_parser_misreads_still_reports(nlp) -> None:
    text = ("According to regional governor Oleh Syniehubov, the strike reeks of \u201crevenge\u201d and "
            "desperation.\n\n"
            "The convoy was turned back at the border, according to aid insiders.")
    found = [(text[q.source_start:q.source_end], q.text) for q in quotes(nlp, text)
             if q.cue.lower() == "according to"]
    assert [s for s, _ in found] == ["regional governor Oleh Syniehubov", "aid insiders"]
    assert found[0][1].startswith("the strike reeks of") and found[1][1] == "The convoy was turned back at the border"
