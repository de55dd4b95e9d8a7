"""Indirect speech from the dependency parse: reporting verbs, statements,
outlets as channels ("according to" has tests of its own).  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from warwire.quotes import find_quotes

from quotes_util import built_doc, one, quotes


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The governor said two people were killed in the overnight strike on Mykolaiv.",
     "said", "two people were killed in the overnight strike on Mykolaiv", "The governor"),
    ("Kyiv's mayor told reporters that the capital had enough shelters for everyone.",
     "told", "that the capital had enough shelters for everyone", "Kyiv's mayor"),
    ("A Ukrainian officer claimed that the brigade had retaken three villages near Kupiansk.",
     "claimed", "that the brigade had retaken three villages near Kupiansk", "A Ukrainian officer"),
    ("The Russian defence ministry denied that its forces had struck the hospital.",
     "denied", "that its forces had struck the hospital", "The Russian defence ministry"),
    ("The general warned that the offensive could stall before winter.",
     "warned", "that the offensive could stall before winter", "The general"),
    ("The commander conceded that his unit had lost two tanks near Bakhmut.",
     "conceded", "that his unit had lost two tanks near Bakhmut", "The commander"),
])
def test_reporting_verbs_with_a_clause(nlp, text: str, cue: str, content: str, speaker: str) -> None:
    q = one(nlp, text)
    assert (q.kind, q.form, q.cue, q.text) == ("indirect", "clause", cue, content)
    assert text[q.speaker_start:q.speaker_end] == speaker


def test_clause_before_the_cue_and_a_second_cue_added(nlp) -> None:
    text = ("The railway station in Kramatorsk was hit twice, the regional governor said, "
            "adding that evacuation trains would keep running.")
    first, second = quotes(nlp, text)
    assert (first.text, first.cue) == ("The railway station in Kramatorsk was hit twice", "said")
    assert (second.text, second.cue) == ("that evacuation trains would keep running", "adding")
    assert first.speaker == second.speaker == "the regional governor"


def test_urged_reports_an_instruction(nlp) -> None:
    q = one(nlp, "Officials urged residents of Zaporizhzhia to leave the city before nightfall.")
    assert (q.cue, q.form, q.text) == ("urged", "object",
                                       "residents of Zaporizhzhia to leave the city before nightfall")


def test_said_in_a_statement(nlp) -> None:
    text = "The state nuclear company said in a statement that the plant's last reactor had been shut down."
    q = one(nlp, text)
    assert q.text == "that the plant's last reactor had been shut down"
    assert q.cue == "said"


def test_a_news_outlet_reporting_someone_else_is_only_the_channel(nlp) -> None:
    text = "RIA Novosti reported that the governor said the bridge would reopen on Friday."
    q = one(nlp, text)
    assert (q.text, q.speaker) == ("the bridge would reopen on Friday", "the governor")
    text = "The Guardian reported that Ukrainian forces had crossed the Dnipro."
    q = one(nlp, text)
    assert q.speaker == "Guardian"
    text = "The mayor said the water supply was restored, according to Interfax."
    q = one(nlp, text)
    assert (q.speaker, q.text) == ("The mayor", "the water supply was restored")


def test_not_reports(nlp) -> None:
    assert quotes(nlp, "Asked whether the town had fallen, the spokesman declined to say.") == []
    assert quotes(nlp, "The minister did not say whether more troops would be sent.") == []
    assert quotes(nlp, "\"We hold the line,\" I said to the soldier next to me.") == []
    assert quotes(nlp, "The sappers added two more bridges to the map.") == []


def test_a_clause_the_parser_left_off_the_verb_is_still_found(nlp) -> None:
    text = "He said in a statement that the new commander would be appointed on Monday."
    q = one(nlp, text)
    assert q.text == "that the new commander would be appointed on Monday"


def test_a_cue_inside_its_clause_gives_both_halves(nlp) -> None:
    text = "The situation, the medic says, is getting worse every day."
    first, second = quotes(nlp, text)
    assert (first.text, second.text) == ("The situation", "is getting worse every day")
    assert first.cue_start == second.cue_start
    text = "The town, according to local officials, has had no water since March."
    first, second = quotes(nlp, text)
    assert (first.text, second.text) == ("The town", "has had no water since March")
    assert first.speaker == second.speaker == "local officials"


def test_a_naming_verb_reports_what_it_names_as_an_object(nlp) -> None:
    text = "Zelensky called the strike on the railway station an act of terrorism."
    (q,) = quotes(nlp, text)
    assert (q.kind, q.form, q.cue, q.speaker) == ("indirect", "object", "called", "Zelensky")
    assert q.text == "the strike on the railway station an act of terrorism"


def test_a_participle_of_a_reporting_verb_is_the_speakers_next_act(nlp) -> None:
    text = "The governor said two people were killed, calling the strike a war crime."
    said, calling = quotes(nlp, text)
    assert said.text == "two people were killed"
    assert (calling.cue, calling.text, calling.speaker) == ("calling", "the strike a war crime", "The governor")


@pytest.mark.parametrize("text, speaker_at, source_at", [
    ("The shelling was condemned by Governor Vitaliy Kim, who said the port had been hit by four missiles.",
     "Governor Vitaliy Kim", "who"),
    ("The strike was confirmed by the regional council, which said that nine people had been wounded.",
     "the regional council", "which"),
    ("Governor Vitaliy Kim said the port had been hit by four missiles.",
     "Governor Vitaliy Kim", "Governor Vitaliy Kim"),
])
def test_the_source_mention_is_the_cues_own_subject(nlp, text: str, speaker_at: str, source_at: str) -> None:
    q = next(x for x in quotes(nlp, text) if x.cue == "said")
    assert text[q.speaker_start:q.speaker_end] == speaker_at  # who it is: the antecedent
    assert text[q.source_start:q.source_end] == source_at     # how the sentence attributes it


@pytest.mark.parametrize("text, cue, content", [
    ("The foreign minister spoke about the grain corridor at length.", "spoke about", "the grain corridor"),
    ("Reporters asked about the missing convoy.", "asked about", "the missing convoy"),
    ("The governor commented on the evacuation of Kupiansk.", "commented on", "the evacuation of Kupiansk"),
])
def test_what_a_report_is_about(nlp, text: str, cue: str, content: str) -> None:
    q = one(nlp, text)
    assert (q.cue, q.form, q.text) == (cue, "object", content)


@pytest.mark.parametrize("text, cue", [
    ("The regional administration has also said that the water supply was restored.", "has also said"),
    ("The general staff had earlier warned that the dam could be blown up.", "had earlier warned"),
    ("Western officials now believe that the offensive has stalled.", "now believe"),
])
def test_the_cue_is_the_verb_with_its_auxiliaries_and_adverbs(nlp, text: str, cue: str) -> None:
    q = one(nlp, text)
    assert q.cue == cue and text[q.cue_start:q.cue_end] == cue


@pytest.mark.parametrize("text, content", [
    ("President Zelensky called them war criminals.", "them war criminals"),
    ("The mayor described it as a deliberate attack on civilians.", "it as a deliberate attack on civilians"),
])
def test_a_naming_verb_names_a_pronoun(nlp, text: str, content: str) -> None:
    q = one(nlp, text)
    assert (q.form, q.text) == ("object", content)


def test_a_contrasting_report_ends_the_first(nlp) -> None:
    text = ("Residents of Izium said the shelling had stopped by noon, while volunteers said "
            "the road to Kharkiv was still closed.")
    first, second = quotes(nlp, text)
    assert first.text == "the shelling had stopped by noon"
    assert second.text == "the road to Kharkiv was still closed"


@pytest.mark.parametrize("text, cue, content", [
    ("The governor pointed to the destroyed bridges near Kherson.", "pointed to", "the destroyed bridges near Kherson"),
    ("The ministers discussed new sanctions against Moscow.", "discussed", "new sanctions against Moscow"),
    ("Local officials recalled the first days of the occupation.", "recalled", "the first days of the occupation"),
    ("The ministry disputed the casualty figures published by Kyiv.", "disputed",
     "the casualty figures published by Kyiv"),
    ("Officials downplayed the damage to the bridge.", "downplayed", "the damage to the bridge"),
])
def test_verbs_reporting_an_object_or_what_they_point_to(nlp, text: str, cue: str, content: str) -> None:
    q = one(nlp, text)
    assert (q.kind, q.form, q.cue, q.text) == ("indirect", "object", cue, content)


def test_referring_to_reports_what_it_refers_to(nlp) -> None:
    text = "The commander, referring to the losses near Bakhmut, said the brigade would hold."
    found = [(q.cue, q.text) for q in quotes(nlp, text)]
    assert found == [("referring to", "the losses near Bakhmut"), ("said", "the brigade would hold")]


@pytest.mark.parametrize("text, content, source", [
    ("Kyiv released the intercepts, which officials said proved the order came from Moscow.",
     "proved the order came from Moscow", "officials"),
    ("The convoy reached the port, which the governor said was still under fire.",
     "was still under fire", "the governor"),
])
def test_which_someone_said_reports_the_rest_of_the_relative_clause(nlp, text: str, content: str,
                                                                    source: str) -> None:
    q = one(nlp, text)
    assert (q.cue, q.text) == ("said", content)
    assert text[q.source_start:q.source_end] == source


def test_a_relative_clause_opened_by_a_preposition_reports_its_clause(nlp) -> None:
    text = "Zelensky faces an electorate in which 67 percent of voters say territorial concessions are unacceptable."
    q = one(nlp, text)
    assert (q.cue, q.text) == ("say", "territorial concessions are unacceptable")
    assert text[q.source_start:q.source_end] == "67 percent of voters"


def test_called_for_someone_to_act_reports_the_whole_demand(nlp) -> None:
    q = one(nlp, "The mayor called for residents to stay in shelters.")
    assert (q.cue, q.form, q.text) == ("called for", "object", "residents to stay in shelters")


@pytest.mark.parametrize("text, kind, cue, content", [
    ("Moscow agreed to a 72-hour ceasefire around the plant.", "indirect", "agreed to", "a 72-hour ceasefire around the plant"),
    ("The defence minister agreed with the assessment of the general staff.",
     "indirect", "agreed with", "the assessment of the general staff"),
    ("The mayor defended the decision to evacuate the hospital.", "stance", "defended",
     "the decision to evacuate the hospital"),
    ("The regional council decided to close the schools near the front.", "stance", "decided",
     "to close the schools near the front"),
    ("Volunteers campaigned for the release of the prisoners.", "stance", "campaigned for",
     "the release of the prisoners"),
])
def test_agreements_defences_and_decisions_attribute_their_object(nlp, text, kind, cue, content) -> None:
    found = [(q.kind, q.cue, q.text) for q in find_quotes(nlp(text))]
    assert found == [(kind, cue, content)]


def test_a_relative_clause_opened_by_where_reports_its_clause(nlp) -> None:
    doc = nlp("The brigade moved to Bakhmut, where officials say the fighting is fiercest.")
    assert [(q.cue, q.text) for q in find_quotes(doc)] == [("say", "the fighting is fiercest")]


@pytest.mark.parametrize("text, cue, content", [
    ("The envoy argued against sending more troops to the border.", "argued against",
     "sending more troops to the border"),
    ("The commander told residents to leave the village before dark.", "told",
     "residents to leave the village before dark"),
    ("A military spokesman explained the decision to pull back.", "explained", "the decision to pull back"),
])
def test_arguing_for_telling_to_and_explaining_an_object(nlp, text, cue, content) -> None:
    assert [(q.cue, q.text) for q in find_quotes(nlp(text))] == [(cue, content)]


def test_a_verb_tagged_as_a_noun_before_that_is_still_a_cue(nlp) -> None:
    text = "But Moscow claims that its troops never entered the village."
    found = quotes(nlp, text)
    assert [(q.cue, q.text, q.speaker) for q in found] == [
        ("claims", "that its troops never entered the village", "Moscow")]


def test_a_gerund_after_by_or_despite_is_the_subjects_report(nlp) -> None:
    text = ("The governor began the briefing by telling residents that the evacuation trains would run "
            "every two hours.")
    found = quotes(nlp, text)
    q = [q for q in found if q.cue == "telling"][0]
    assert text[q.source_start:q.source_end] == "The governor"
    assert q.text.removeprefix("that ") == "the evacuation trains would run every two hours"


def test_in_a_title_what_follows_says_is_what_was_said(nlp) -> None:
    text = ("Zelensky says Russia 'completely isolated' after vote on annexation\n\n"
            "The president spoke in Kyiv on Thursday evening.")
    found = [q for q in quotes(nlp, text) if q.cue == "says"]
    assert [(q.text, q.speaker) for q in found] == [
        ("Russia 'completely isolated' after vote on annexation", "Zelensky")]


def test_a_headline_small_clause_after_says_is_what_was_said(nlp) -> None:
    text = ("Kremlin says talks 'extremely difficult' as shelling goes on.\n\n"
            "The spokesman spoke to reporters in Moscow on Monday.")
    found = [q for q in quotes(nlp, text) if q.cue == "says"]
    assert [q.text for q in found] == ["talks 'extremely difficult' as shelling goes on"]


def test_an_object_an_adjective_follows_is_a_headline_clause(nlp) -> None:
    # "Austin says Kyiv right in striking bridges", parsed as a title often is: Kyiv the object
    rows = [("Austin", "PROPN", 1, "nsubj", "Austin"), ("says", "VERB", 0, "ROOT", "say"),
            ("Kyiv", "PROPN", -1, "dobj", "Kyiv"), ("right", "ADJ", -1, "amod", "right"),
            ("in", "ADP", -3, "prep", "in"), ("striking", "VERB", -1, "pcomp", "strike"),
            ("bridges", "NOUN", -1, "dobj", "bridge"), (".", "PUNCT", -6, "punct", ".")]
    doc = built_doc(nlp, rows)
    found = [(q.cue, q.text) for q in find_quotes(doc) if q.cue == "says"]
    assert found == [("says", "Kyiv right in striking bridges")]


def test_a_time_stamp_the_parser_made_a_subject_is_not_the_speaker(nlp) -> None:
    # "5:45 p.m." heads a live blog's paragraph; the parser hangs "p.m." on the next paragraph's verb
    rows = [("5:45", "NUM", 1, "nummod", "5:45"), ("p.m.", "NOUN", 4, "nsubj", "p.m."),
            ("\n\n", "SPACE", -1, "dep", "\n\n"), ("The", "DET", 1, "det", "the"),
            ("governor", "NOUN", 1, "nsubj", "governor"), ("said", "VERB", 0, "ROOT", "say"),
            ("the", "DET", 1, "det", "the"), ("strike", "NOUN", 1, "nsubj", "strike"),
            ("was", "AUX", -3, "ccomp", "be"), ("a", "DET", 1, "det", "a"),
            ("crime", "NOUN", -2, "attr", "crime"), (".", "PUNCT", -6, "punct", ".")]
    doc = built_doc(nlp, rows)
    found = [(q.cue, q.text, doc.text[q.source_start:q.source_end]) for q in find_quotes(doc)]
    assert found == [("said", "the strike was a crime", "The governor")]


@pytest.mark.parametrize("text", [
    "No one immediately claimed responsibility for the blasts in Melitopol.",
    "No group has claimed the attack on the bridge.",
    "Applicants must state that they support the special military operation.",
    "Commanders should say that the retreat was planned.",
])
def test_no_one_said_it(nlp, text: str) -> None:
    assert [q for q in quotes(nlp, text) if q.kind in ("direct", "indirect", "mixed")] == []
