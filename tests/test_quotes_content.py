"""What a reporting verb reports (:mod:`warwire.quotes.content`).  The parses
here are built by hand, to pin down what the parser sometimes does."""

from __future__ import annotations

import pytest

from warwire.quotes import find_quotes

from quotes_util import built_doc, quotes


def test_a_report_never_runs_over_a_paragraph_break(nlp) -> None:
    # the parser hung the first paragraph's "said" on the second's
    rows = [("Most", "ADJ", 1, "amod", "most"), ("soldiers", "NOUN", 1, "nsubj", "soldier"),
            ("said", "VERB", 10, "ccomp", "say"), ("the", "DET", 1, "det", "the"),
            ("line", "NOUN", 2, "nsubj", "line"), ("would", "AUX", 1, "aux", "would"),
            ("hold", "VERB", -4, "ccomp", "hold"), (".", "PUNCT", -5, "punct", "."),
            ("\n\n", "SPACE", -1, "dep", "\n\n"),
            ("Later", "ADV", 3, "advmod", "later"), (",", "PUNCT", 2, "punct", ","),
            ("officers", "NOUN", 1, "nsubj", "officer"), ("said", "VERB", 0, "ROOT", "say"),
            ("the", "DET", 1, "det", "the"), ("town", "NOUN", 2, "nsubj", "town"),
            ("had", "AUX", 1, "aux", "have"), ("fallen", "VERB", -4, "ccomp", "fall"),
            (".", "PUNCT", -5, "punct", ".")]
    doc = built_doc(nlp, rows)
    found = [(q.text, q.cue, doc.text[q.source_start:q.source_end]) for q in find_quotes(doc)]
    assert found == [("the line would hold", "said", "Most soldiers"),
                     ("the town had fallen", "said", "officers")]


def test_told_an_audience_that_reports_the_clause_after_that(nlp) -> None:
    text = ("In Kyiv last week, he told a meeting of European ministers that few countries understood "
            "the cost of the war better than Poland.")
    found = quotes(nlp, text)
    assert [q.text for q in found if q.cue == "told"] == [
        "few countries understood the cost of the war better than Poland"]


def test_a_clause_before_a_colon_is_not_what_the_speaker_after_it_said(nlp) -> None:
    text = ("The strike set off another round of accusations on Friday: Ukrainian officials said they "
            "were convinced Russian forces had targeted the station deliberately.")
    found = [q for q in quotes(nlp, text) if q.cue == "said"]
    assert [q.text for q in found] == [
        "they were convinced Russian forces had targeted the station deliberately"]


def test_told_someone_on_a_regular_basis_that_reports_the_quote(nlp) -> None:
    text = 'He also told one of his young recruits on a regular basis that "the front will hold."'
    found = quotes(nlp, text)
    assert [(q.kind, q.text, q.cue) for q in found] == [("direct", "the front will hold.", "also told")]


@pytest.mark.parametrize("text, cue, reported", [
    # an object the parser gave "said" that runs through a verb of its own to the sentence's end
    ("Anna Hryhorieva, a spokeswoman for the Kharkiv Relief Coalition, which is made up of volunteers "
     "and churches, said many of the convoys that critics point to as wasteful in quiet areas failed "
     "to reach the villages that were shelled.", "said",
     "many of the convoys that critics point to as wasteful in quiet areas failed to reach the villages "
     "that were shelled"),
    # a clause hung on "said" as an adverbial
    ("Zelensky said after the summit he would not accept any ceasefire that left Russian troops in place.",
     "said", "he would not accept any ceasefire that left Russian troops in place"),
    # "told an audience that ...", the clause read as a relative of the audience
    ("In Kyiv last week, he told a meeting of European ministers that few countries understood "
     "the cost of the war better than Poland.", "told",
     "few countries understood the cost of the war better than Poland"),
    # a closing frame reports the whole sentence before it
    ("The governor had told residents that the water was safe to drink, but the utility reversed "
     "that advice on Friday, the official added.", "added",
     "The governor had told residents that the water was safe to drink, but the utility reversed "
     "that advice on Friday"),
    # a clause before a colon is not what the speaker after it reports
    ("The strike set off another round of accusations on Friday: Ukrainian officials said they "
     "were convinced Russian forces had targeted the station deliberately.", "said",
     "they were convinced Russian forces had targeted the station deliberately"),
])
def test_what_a_cue_reports_where_the_parse_misleads(nlp, text: str, cue: str, reported: str) -> None:
    assert [q.text for q in quotes(nlp, text) if q.cue == cue] == [reported]


@pytest.mark.parametrize("text, cue, content, source", [
    ("The strike on the depot was confirmed by the regional governor on Sunday.",
     "was confirmed", "The strike on the depot", "the regional governor"),
    ("The ceasefire plan has been endorsed by dozens of governments.",
     "has been endorsed", "The ceasefire plan", "dozens of governments"),
])
def test_a_passive_report_with_its_agent_reports_its_subject(nlp, text, cue, content, source) -> None:
    found = quotes(nlp, text)
    assert [(q.cue, q.text, text[q.source_start:q.source_end]) for q in found] == [(cue, content, source)]


def test_a_passive_with_a_cause_for_agent_reports_nothing(nlp) -> None:
    assert quotes(nlp, "The plant's overseas assets were threatened by unrest, sanctions and war.") == []


def test_a_passive_verb_of_a_topic_reports_nothing(nlp) -> None:
    text = "The ceasefire proposal was discussed by the foreign ministers in Ankara on Thursday."
    assert [q for q in quotes(nlp, text) if "discussed" in (q.cue or "")] == []
