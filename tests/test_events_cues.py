"""A sentence's cues: captions tell none, and a cue must be told as having happened."""

from __future__ import annotations

from events_util import article, parse

from warwire.events.cues import is_caption, sentence_hits


def test_a_photo_caption_is_a_caption():
    a = article("Smoke rises over Kharkiv after a Russian missile strike, July 15, 2022. "
                "REUTERS/Stringer")
    assert all(is_caption(s) for s in list(a.doc.sents)[:1])


def test_a_subject_that_is_nobody_negates_the_cue():
    sent = next(parse("No group claimed responsibility for the blast.").sents)
    assert not [h for h in sentence_hits(sent) if h.key == "claim_responsibility"]
    sent = next(parse("The group claimed responsibility for the blast.").sents)
    assert [h for h in sentence_hits(sent) if h.key == "claim_responsibility"]


def test_a_month_named_march_is_no_cue():
    sent = next(parse("The second round of talks took place on March 3 in Belarus.").sents)
    assert not [h for h in sentence_hits(sent) if "protest" in h.key]


def test_a_cue_inside_a_dropped_longer_cue_is_dropped():
    sent = next(parse("The commander said his troops do not plan any offensive operations near the city.").sents)
    assert not [h for h in sentence_hits(sent) if h.weight > 0 and not h.key.startswith("+")]


def test_a_weapon_as_the_means_of_no_attack_is_no_cue():
    def keys(text):
        return {h.key for h in sentence_hits(next(parse(text).sents))}

    assert "chemical" not in keys("The reporter noted that Obama drew a red line for Syria with chemical weapons.")
    assert "grenade" in keys("The officers said the attacks were carried out with grenades on Wednesday night.")
    assert "chemical" in keys("The regime attacked the suburb with chemical weapons on Sunday.")
