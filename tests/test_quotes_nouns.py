"""Reporting nouns: "Moscow's claim that ...", "the governor's warning that
...", "Kyiv's plan to ...".  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from quotes_util import quotes


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
