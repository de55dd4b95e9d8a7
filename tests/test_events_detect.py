"""Sentences → events: casualty sentences join their event, captions make none."""

from __future__ import annotations

from events_util import article

from warwire.events.detect import find_in_sentences, is_caption, merge
from warwire.events.places import article_places


def found(text: str):
    a = article(text)
    return find_in_sentences(a.doc, a.dates, article_places(a))


def test_a_casualty_sentence_joins_the_event_before_it():
    items = found("Russian forces shelled Nikopol on Monday. Two people were killed.")
    assert len(items) == 1
    assert sum(c.value for c in items[0].counts if c.kind == "death") == 2


def test_photo_captions_make_no_event():
    a = article("Smoke rises over Kharkiv after a Russian missile strike, July 15, 2022. "
                "REUTERS/Stringer")
    assert all(is_caption(s) for s in list(a.doc.sents)[:1])
    assert found(a.text) == []


def test_the_same_event_told_twice_merges():
    items = found("Russian missiles struck Odesa on Monday. The missile strike on Odesa "
                  "also damaged the port on Monday.")
    assert len(merge(items)) == 1


def test_events_in_two_places_stay_apart():
    items = found("Russian forces shelled Kharkiv on Monday. Separately, Ukrainian forces "
                  "shelled Russian positions near Kherson on Monday.")
    assert len(merge(items)) == 2


def test_a_subject_that_is_nobody_negates_the_cue():
    from events_util import parse

    from warwire.events.detect import sentence_hits
    sent = next(parse("No group claimed responsibility for the blast.").sents)
    assert not [h for h in sentence_hits(sent) if h.key == "claim_responsibility"]
    sent = next(parse("The group claimed responsibility for the blast.").sents)
    assert [h for h in sentence_hits(sent) if h.key == "claim_responsibility"]

