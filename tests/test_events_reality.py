"""Whether a cue reports something that happened: negation and mood."""

from __future__ import annotations

import pytest
from events_util import coded, main, parse

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


@pytest.mark.parametrize("text, key", [
    ("The minister warned that the alliance would respond if Moscow launched a chemical attack.", "chemical"),
    ("Kyiv will retaliate unless the shelling of the plant stops.", "shelling"),
    ("We must rebuild trust, avoid clashes along the border and talk.", "armed_clash"),
    ("The governor called for an end to the shelling of the city.", "shelling"),
    ("Moscow and Kyiv accuse each other of shelling the nuclear plant.", "shelling"),
    ("Russia has repeatedly accused Ukraine of firing rockets at the dam.", "shelling"),
])
def test_conditions_calls_and_standing_charges_are_unreal(text, key):
    assert unreal(*hit(text, key))


@pytest.mark.parametrize("text, key", [
    ("Yerevan blamed Azerbaijan for launching artillery strikes on border villages.", "shelling"),
    ("Officials blamed Russia for the missile strike on the shopping centre.", "shelling"),
    ("Moscow suspended the deal after what it called a drone attack on its fleet.", "air_strike"),
])
def test_an_event_told_through_a_past_blame_or_a_name_stays_real(text, key):
    assert not unreal(*hit(text, key))


@pytest.mark.parametrize("text, key", [
    ("The envoy said arms deliveries raise the danger of a direct military clash with NATO.", "armed_clash"),
    ("Beijing is weighing the costs of any effort to use force to gain control over the island.", "+capture"),
])
def test_a_cue_below_a_noun_of_risk_or_intent_is_unreal(text, key):
    assert unreal(*hit(text, key))


@pytest.mark.parametrize("text, key", [
    ("US officials said Putin could use any part of his force to seize Ukrainian cities.", "+capture"),
    ("The separatist leader said Kyiv was going to launch an offensive on the republics.", "armed_clash"),
])
def test_a_modal_or_prospect_above_an_infinitive_makes_it_unreal(text, key):
    assert unreal(*hit(text, key))


def test_the_danger_posed_by_fighting_is_no_fighting():
    assert unreal(*hit("The governor spoke of the danger posed by the fighting around the plant.", "armed_clash"))


def test_a_cue_in_any_sign_of_under_a_negated_verb_is_negated():
    assert negated(*hit("Officials said they had not seen any sign of mobilisation of the reserves.",
                        "change_to_group"))
    assert not negated(*hit("Officials said they had seen signs of mobilisation of the reserves.",
                            "change_to_group"))


def test_a_bare_infinitive_joined_to_a_threat_is_unreal():
    assert unreal(*hit("The ministry has long threatened to close the crossing and instead set up "
                       "a new base near the border.", "hq_established"))


def test_weapons_deep_in_a_supplied_list_are_unreal():
    text = ("The new aid package is also expected to include 800 precision-guided 155mm rounds, 4,000 155mm "
            "rounds of Remote Anti-Armor Mine Systems, more than 900 anti-armor systems, small arms and rifles.")
    doc = parse(text)
    hits = [h for sent in doc.sents for h in matcher().match(token_pairs(sent), sent.start)
            if h.key in ("shelling", "armed_clash", "remote_explosive")]
    assert hits and all(unreal(doc, h) for h in hits)


def test_drones_ferried_to_a_country_are_a_transfer_not_a_strike():
    assert not [e for e in coded("Russian cargo planes ferried the Iranian drones to Russia last "
                                 "month.") if e.kind == "acled"]
    assert main("Russian forces carried out airstrikes on Kharkiv on Monday.").sub_event_type \
        == "Air/drone strike"
