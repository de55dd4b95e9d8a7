"""The speaker's phrase (:mod:`warwire.quotes.mention`): the mention naming
the speaker and the source as the sentence writes it.  Sentences are written
for these tests."""

from __future__ import annotations

import pytest

from warwire.quotes import find_quotes

from quotes_util import one, quotes


@pytest.mark.parametrize("text, source, speaker", [
    ("Residents who fled the shelling in Izium said the town had no water for a week.",
     "Residents who fled the shelling in Izium", "Residents"),
    ("Oleksandr Vilkul, who heads the city's military administration, said two missiles hit an industrial site.",
     "Oleksandr Vilkul, who heads the city's military administration", "Oleksandr Vilkul"),
])
def test_the_source_as_written_keeps_its_relative_clause(nlp, text: str, source: str, speaker: str) -> None:
    q = one(nlp, text)
    assert text[q.source_start:q.source_end] == source
    assert text[q.speaker_start:q.speaker_end] == speaker


def test_a_relative_clause_that_reports_is_no_part_of_the_source(nlp) -> None:
    text = "The governor, who warned of more strikes on Sunday, said the power plant was damaged."
    said = [q for q in quotes(nlp, text) if q.cue == "said"][0]
    assert text[said.source_start:said.source_end] == "The governor"


def test_a_possessive_apostrophe_is_no_quotation_mark(nlp) -> None:
    text = "The Marines’ commander said his unit had reached the river."
    q = one(nlp, text)
    assert text[q.speaker_start:q.speaker_end] == "The Marines’ commander"


def test_the_source_as_written_keeps_its_parenthesis_and_apposition(nlp) -> None:
    text = ("Sen. Lindsey Graham (R-S.C.), a member of the Armed Services Committee, "
            "said the aid to Ukraine would continue.")
    q = one(nlp, text)
    assert text[q.source_start:q.source_end] == ("Sen. Lindsey Graham (R-S.C.), "
                                                 "a member of the Armed Services Committee")
    assert text[q.speaker_start:q.speaker_end] == "Sen. Lindsey Graham"


def test_the_subject_of_an_adjective_is_the_source_of_its_infinitive(nlp) -> None:
    doc = nlp("Voters in the east are more likely to say that the war is going badly.")
    found = [(q.cue, q.text, doc.text[q.source_start:q.source_end]) for q in find_quotes(doc)]
    assert found == [("to say", "that the war is going badly", "Voters in the east")]


def test_a_source_keeps_its_restrictive_participle_and_closing_bracket(nlp) -> None:
    text = ("A union representing rail workers said the strikes on the depots had stopped the trains.\n\n"
            "Rep. Adam Smith (D-Wash.) said the shipments would continue.")
    found = quotes(nlp, text)
    assert [text[q.source_start:q.source_end] for q in found] == [
        "A union representing rail workers", "Rep. Adam Smith (D-Wash.)"]


def test_a_source_never_runs_past_its_own_verb(nlp) -> None:
    text = ("A union representing nurses endorsed the governor on Thursday, another sign of "
            "the unions rallying behind the war effort.")
    found = [q for q in quotes(nlp, text) if q.cue == "endorsed"]
    assert [text[q.source_start:q.source_end] for q in found] == ["A union representing nurses"]


def test_a_remark_in_brackets_is_no_part_of_the_source_a_label_is(nlp) -> None:
    text = ("The plan \"will not work,\" said Mr. Danilov (a view shared by most officers I met). "
            "Rep. Adam Smith (D-Wash.) said the shipments would continue.")
    found = quotes(nlp, text)
    assert [text[q.source_start:q.source_end] for q in found] == ["Mr. Danilov", "Rep. Adam Smith (D-Wash.)"]


def test_a_time_after_the_speakers_name_is_the_verbs(nlp) -> None:
    text = "Scholz this week also said he would consider naming a new envoy to Kyiv."
    found = [q for q in quotes(nlp, text) if q.cue == "also said"]
    assert [text[q.source_start:q.source_end] for q in found] == ["Scholz"]


def test_a_past_verb_joined_to_a_reported_clause_is_the_speakers(nlp) -> None:
    # the parser hangs "warned" on "would order", inside what was said; its tense says it is Zelensky's
    text = ("Zelensky, speaking to the parliament in Kyiv, said he would order a full review of the air "
            "defences and warned against panic in the capital.")
    found = {q.cue: (q.text, text[q.source_start:q.source_end]) for q in quotes(nlp, text)}
    assert found["said"] == ("he would order a full review of the air defences", "Zelensky")
    assert found["warned against"][1] == "Zelensky"
