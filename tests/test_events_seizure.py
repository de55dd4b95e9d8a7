"""Weapons seized, found or defused: one Disrupted weapons cue for the verb."""

from __future__ import annotations

import pytest
from events_util import parse

from warwire.events.classify import EXPLOSIONS, decide
from warwire.events.cues import sentence_hits, sentence_scores


def key(text: str) -> str | None:
    return decide(sentence_scores(next(parse(text).sents)))


@pytest.mark.parametrize("text", [
    "Police seized two pistols, three hand grenades and 200 rounds of ammunition in the raid.",
    "Four rifles and several rounds of ammunition were seized at a checkpoint on Sunday.",
    "Army engineers destroyed 40 landmines and 12 improvised explosive devices near the village.",
    "An arms cache containing grenades and mortar rounds was discovered in a forest.",
    "Sappers defused a roadside bomb on the main highway.",
])
def test_weapons_taken_out_of_use_are_disrupted_weapons(text):
    assert key(text) == "disrupted_weapons"


def test_the_seized_explosives_no_longer_count_as_their_own_event():
    hits = sentence_hits(next(parse("Troops found three improvised explosive devices in a house.").sents))
    keys = {h.key for h in hits}
    assert "disrupted_weapons" in keys and not keys & set(EXPLOSIONS)


@pytest.mark.parametrize("text, expected", [
    ("An improvised explosive device exploded under a police truck, killing two officers.", "remote_explosive"),
    ("Jets destroyed an ammunition depot near the border.", None),  # a depot is no weapon seized
])
def test_weapons_that_were_used_are_not_seizures(text, expected):
    assert key(text) != "disrupted_weapons"
    if expected:
        assert key(text) == expected
