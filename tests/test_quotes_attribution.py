"""Beliefs, findings and stances: attributions that are not speech; and
reporting nouns ("Moscow's claim that ...").
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from warwire.evaluate.quotes import ggt_counts
from warwire.quotes import find_quotes
from warwire.quotes.model import SPEECH_KINDS

from quotes_util import built_doc, quotes


@pytest.mark.parametrize("text, kind, cue, content, holder", [
    ("Western officials believe the Russian offensive in the east has stalled.",
     "belief", "believe", "the Russian offensive in the east has stalled", "Western officials"),
    ("Satellite images show that the bridge at Chonhar was badly damaged.",
     "finding", "show", "that the bridge at Chonhar was badly damaged", "Satellite images"),
    ("A new survey found that most residents of Kharkiv had no heating.",
     "finding", "found", "that most residents of Kharkiv had no heating", "A new survey"),
    ("Moscow wants to cut Ukraine off from the Black Sea.",
     "stance", "wants", "to cut Ukraine off from the Black Sea", "Moscow"),
    ("The United States backs Ukraine's bid to join the alliance.",
     "stance", "backs", "Ukraine's bid to join the alliance", "The United States"),
    ("The party endorsed the former commander for president.",
     "stance", "endorsed", "the former commander for president", "The party"),
])
def test_attributions_carry_their_kind_holder_and_content(nlp, text, kind, cue, content, holder) -> None:
    found = [q for q in quotes(nlp, text) if q.form != "object" or q.cue == cue]  # not "Ukraine's bid to"
    assert len(found) == 1, found
    q = found[0]
    assert (q.kind, q.cue, q.text) == (kind, cue, content)
    assert text[q.speaker_start:q.speaker_end] == holder
    assert not ggt_counts(q)  # speech corpora never count them


def test_no_holder_no_attribution(nlp) -> None:
    assert quotes(nlp, "It seems the shelling near Izium has stopped.") == []
    assert quotes(nlp, "I think the bridge will hold until spring.") == []  # the writer's own view
    assert quotes(nlp, "The commander does not believe the line will break.") == []


def test_a_belief_inside_speech_is_the_speakers_claim(nlp) -> None:
    text = "The governor said officials believe the dam was mined before the retreat."
    (said,) = quotes(nlp, text)
    assert (said.kind, said.text) == ("indirect", "officials believe the dam was mined before the retreat")
    assert said.kind in SPEECH_KINDS


def test_a_pronoun_holder_resolves_to_the_person_named_before(nlp) -> None:
    text = ("Oleksiy Danilov spoke to reporters in Kyiv on Monday. He believes the counteroffensive "
            "will start before the autumn rains.")
    (q,) = quotes(nlp, text)
    assert (q.kind, q.speaker, text[q.speaker_start:q.speaker_end]) == ("belief", "Oleksiy Danilov", "He")


@pytest.mark.parametrize("text, outer", [
    ("The governor said Moscow wants to seize the port before winter.", "said"),
    ("Western officials believe the Kremlin expects the front to hold.", "believe"),
])
def test_an_attribution_inside_another_quotes_words_is_the_outer_sources(nlp, text: str, outer: str) -> None:
    found = quotes(nlp, text)
    assert [q.cue for q in found] == [outer]


def test_a_stance_of_its_own_sentence_stays(nlp) -> None:
    text = "The governor said the port was shelled. Moscow wants to seize it before winter."
    assert [q.cue for q in quotes(nlp, text)] == ["said", "wants"]


def test_a_refusal_is_a_stance_and_what_it_refuses_to_say_is_no_report(nlp) -> None:
    (q,) = quotes(nlp, "The Russian command refused to withdraw its troops from the plant.")
    assert (q.kind, q.cue, q.text) == ("stance", "refused", "to withdraw its troops from the plant")
    (q,) = quotes(nlp, "The ministry declined to say whether the ammunition depot was hit.")
    assert (q.kind, q.cue, q.text) == ("stance", "declined", "to say whether the ammunition depot was hit")
    assert quotes(nlp, "Asked about the convoy, a Pentagon spokesman declined to comment.") == []


def test_seeing_something_as_something_is_a_belief_seeing_it_is_not(nlp) -> None:
    (q,) = quotes(nlp, "The Kremlin views the expansion of NATO as a direct threat to Russia.")
    assert (q.kind, q.cue, q.text, q.form) == ("belief", "views", "the expansion of NATO as a direct threat to Russia",
                                               "object")
    assert quotes(nlp, "Residents saw thick smoke over the airfield near Saky.") == []
    assert quotes(nlp, "She saw Ukrainian troops enter her village on Friday.") == []
    assert quotes(nlp, "Both armies have seen thousands of troops killed near Bakhmut.") == []


def test_a_number_falling_is_no_refusal(nlp) -> None:
    assert quotes(nlp, "The number of daily strikes on Kharkiv declined to about a dozen in May.") == []


# ---------------------------------------------------------------- reporting nouns
def noun_quotes(nlp, text: str) -> list:
    return [q for q in quotes(nlp, text) if q.form in ("noun", "object") and q.cue_start is not None
            and text[q.cue_start:q.cue_end].lower().rstrip("s") in _NOUNS]


_NOUNS = {"claim", "warning", "plan", "belief", "assertion", "refusal", "allegation", "remark"}


@pytest.mark.parametrize("text, cue, content, kind, form, source", [
    ("Kyiv dismissed Moscow's claim that its troops had taken the railway station in Lyman.",
     "claim", "that its troops had taken the railway station in Lyman", "indirect", "noun", "Moscow's"),
    ("Residents ignored the governor's warning that more strikes would follow overnight.",
     "warning", "that more strikes would follow overnight", "indirect", "noun", "the governor's"),
    ("Analysts doubted the general staff's belief that the bridge could be repaired by spring.",
     "belief", "that the bridge could be repaired by spring", "belief", "noun", "the general staff's"),
    ("The army's plan to retake the southern bank depends on fresh brigades.",
     "plan", "to retake the southern bank", "stance", "object", "The army's"),
])
def test_a_reporting_noun_with_a_holder_and_a_clause(nlp, text, cue, content, kind, form, source) -> None:
    (q,) = noun_quotes(nlp, text)
    assert (q.cue, q.text, q.kind, q.form) == (cue, content, kind, form)
    assert text[q.source_start:q.source_end] == source
    assert text[q.speaker_start:q.speaker_end] == source.removesuffix("'s")
    assert not ggt_counts(q)  # GGT annotates verb cues only


def test_a_claim_by_a_named_holder(nlp) -> None:
    text = "The claim by the separatist leadership that the dam was mined could not be verified."
    (q,) = noun_quotes(nlp, text)
    assert (q.text, text[q.speaker_start:q.speaker_end]) == (
        "that the dam was mined", "the separatist leadership")


@pytest.mark.parametrize("text", [
    "Allegations that the convoy carried ammunition spread quickly on Telegram.",  # nobody holds them
    "His remarks drew a sharp response from Warsaw.",                              # nothing said
    "Our belief that the front will hold is unchanged.",                           # the writer's own
])
def test_no_holder_or_no_clause_gives_nothing(nlp, text: str) -> None:
    assert noun_quotes(nlp, text) == []


def test_a_possessive_pronoun_resolves_to_the_person_named_before(nlp) -> None:
    text = ("Mykolaiv Governor Vitaliy Kim spoke to residents on Sunday. "
            "His warning that the port would be shelled again came hours before the strike.")
    (q,) = noun_quotes(nlp, text)
    assert q.speaker == "Vitaliy Kim"


def test_seen_as_with_as_hung_on_the_object(nlp) -> None:
    rows = [("Most", "ADJ", 1, "amod", "most"), ("voters", "NOUN", 1, "nsubj", "voter"),
            ("see", "VERB", 0, "ROOT", "see"), ("refugees", "NOUN", -1, "dobj", "refugee"),
            ("as", "ADP", -1, "prep", "as"), ("a", "DET", 1, "det", "a"),
            ("burden", "NOUN", -2, "pobj", "burden"), (".", "PUNCT", -5, "punct", ".")]
    found = [(q.kind, q.cue, q.text) for q in find_quotes(built_doc(nlp, rows))]
    assert found == [("belief", "see", "refugees as a burden")]


def test_an_aim_disowned_is_still_a_stance_a_denied_belief_is_nothing(nlp) -> None:
    found = [(q.kind, q.cue, q.text) for q in find_quotes(nlp("The general did not want to withdraw the brigade."))]
    assert found == [("stance", "did not want", "to withdraw the brigade")]
    assert find_quotes(nlp("Western officials do not believe the offensive has stalled.")) == []


@pytest.mark.parametrize("text, kind, content", [
    ("Investigators determined that the missile had been fired from the north.",
     "finding", "that the missile had been fired from the north"),
    ("The parliament approved the new mobilisation law.", "stance", "the new mobilisation law"),
])
def test_findings_and_approvals(nlp, text, kind, content) -> None:
    assert [(q.kind, q.text) for q in find_quotes(nlp(text))] == [(kind, content)]


def test_the_subject_of_a_for_to_infinitive_holds_no_stance(nlp) -> None:
    text = "The president sounded a call for the European Union to accept more refugees from Kharkiv."
    assert [q for q in quotes(nlp, text) if q.cue == "to accept"] == []


def test_an_obligation_holds_no_stance(nlp) -> None:
    text = ("The offensive will test the Kremlin's ability to coordinate its forces as commanders must "
            "urgently decide where to send reserves.")
    assert [q for q in quotes(nlp, text) if q.cue and "decide" in q.cue] == []
