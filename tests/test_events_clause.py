"""The parse walks the mood and the tense checks share."""

from __future__ import annotations

from events_util import parse

from warwire.events.clause import governing_verb, raised


def token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_noun_cue_is_governed_by_its_verb():
    doc = parse("The army carried out air strikes on the depot.")
    assert governing_verb(token(doc, "strikes")).lemma_ == "carry"


def test_an_infinitive_is_raised_to_the_verbs_above_it():
    doc = parse("The general said his troops would not be able to capture the bridge.")
    assert {"capture", "able"} <= {v.lemma_ for v in raised(token(doc, "capture"))}
