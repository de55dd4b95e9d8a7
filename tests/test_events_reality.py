"""Whether a cue reports something that happened: negation and irrealis."""

from __future__ import annotations

import pytest
from events_util import parse

from warwire.events.classify import matcher
from warwire.events.lexicon import token_pairs
from warwire.events.reality import negated, unreal


def hit(text: str, key: str):
    doc = parse(text)
    sent = next(doc.sents)
    return doc, next(h for h in matcher().match(token_pairs(sent), sent.start) if h.key == key)


@pytest.mark.parametrize("text, key", [
    ("The ministry said it had carried out no air strikes in the province.", "air_strike"),
    ("The troops entered the village without fighting.", "armed_clash"),
    ("The army took control of several towns without being involved in any clashes.", "armed_clash"),
    ("No group claimed responsibility for the blast.", "claim_responsibility"),
    ("The jets did not strike the depot.", "shelling"),
])
def test_negated(text, key):
    assert negated(*hit(text, key))


@pytest.mark.parametrize("text, key", [
    ("The ministry said it had carried out air strikes in the province.", "air_strike"),
    ("Fighting broke out near the bridge at dawn.", "armed_clash"),
])
def test_not_negated(text, key):
    assert not negated(*hit(text, key))


def test_an_absence_told_as_a_modifier_is_kept():
    # "without fighting" is itself the sign of a non-violent transfer
    assert not negated(*hit("The troops entered the village without fighting.", "+withdraw"))


def test_planned_and_possible_events_are_unreal_but_extras_are_kept():
    assert unreal(*hit("The rebels plan to seize the airport next week.", "+capture"))
    assert unreal(*hit("Russian forces could strike the port again.", "shelling"))
    assert not unreal(*hit("The minister threatened new sanctions against the regime.", "diplomatic"))
