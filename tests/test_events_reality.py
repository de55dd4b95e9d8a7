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


def told(text: str, key: str) -> bool:
    """Whether the first cue of ``key`` passes the event-frame gate."""
    from warwire.events.reality import not_told_as_happened

    doc = parse(text)
    sent = next(doc.sents)
    hits = matcher().match(token_pairs(sent), sent.start)
    cues = frozenset(i for h in hits if h.weight > 0 and not h.key.startswith("+") for i in h.covered())
    h = next(h for h in hits if h.key == key)
    return not not_told_as_happened(doc, h, cues)


@pytest.mark.parametrize("text, key", [
    ("The frigate, an assault ship of the northern fleet, docked in the harbour.", "armed_clash"),
    ("Volunteers said they had come to fight for their country.", "armed_clash"),
    ("The army frequently shells villages along the river.", "shelling"),
    ("Loitering drones are cheap and hard to detect.", "air_strike"),
    ("The two presidents are set to sign the accord next month.", "agreement"),
])
def test_cues_outside_an_event_frame_are_not_events(text, key):
    assert not told(text, key)


@pytest.mark.parametrize("text, key", [
    ("Russian forces shelled the outskirts of the town overnight.", "shelling"),
    ("A shepherd was injured by unexploded ammunition near the village.", "remote_explosive"),
    ("Separatists fired small arms and heavy machineguns at army positions.", "armed_clash"),
    ("On 3 May the artillery shells the bridge again, the governor said.", "shelling"),
    ("Troops managed to repel the assault on the checkpoint.", "armed_clash"),
    ("Rebels shell a bridge on the main supply road.", "shelling"),
])
def test_specific_events_pass_the_gate(text, key):
    assert told(text, key)


@pytest.mark.parametrize("text, key", [
    ("Russian forces continue to pound the northern suburbs with rockets.", "shelling"),
])
def test_an_ongoing_bombardment_is_no_dated_event(text, key):
    assert not told(text, key)


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


def test_an_occupied_territory_is_a_state_not_a_capture():
    assert not told("Officials in the occupied territories began issuing passports.", "+capture")


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


@pytest.mark.parametrize("text, key", [
    ("Towns along the front line see daily bombardments.", "shelling"),
    ("Periodic shelling has damaged the plant's power lines, the operator said.", "shelling"),
    ("Continued fighting nearby has heightened fears of a catastrophe.", "armed_clash"),
])
def test_a_pattern_of_strikes_is_no_event(text, key):
    assert not told(text, key)


def test_a_pattern_dated_to_a_day_is_told():
    assert told("Repeated shelling on Monday damaged the plant's power lines.", "shelling")


@pytest.mark.parametrize("text, key", [
    ("In the early days of the invasion, the capture of the port was a victory for the Kremlin.", "+capture"),
    ("Russian troops captured the plant early in the war.", "+capture"),
    ("The residents of the region were being shelled for eight years.", "shelling"),
])
def test_history_told_by_the_war_s_phase_or_years_is_no_event(text, key):
    assert not told(text, key)


@pytest.mark.parametrize("text, key", [
    ("On 24 February, the first day of the invasion, Russian forces shelled the city.", "shelling"),
    ("Russia fired rockets at Nikopol, a town that Russian troops have held since early in the war.", "shelling"),
])
def test_a_dated_event_or_a_war_phase_in_a_relative_clause_is_told(text, key):
    assert told(text, key)


def test_the_danger_posed_by_fighting_is_no_fighting():
    assert unreal(*hit("The governor spoke of the danger posed by the fighting around the plant.", "armed_clash"))


@pytest.mark.parametrize("text, key", [
    ("Putin said a clash with the West was inevitable.", "armed_clash"),
    ("Officials warned that an offensive on the city is imminent.", "armed_clash"),
])
def test_an_event_said_to_be_inevitable_or_imminent_is_a_prospect(text, key):
    assert not told(text, key)


@pytest.mark.parametrize("text", [
    "The British nationals captured by Russian forces include two aid workers.",
    "Two Russian pilots were captured near the village.",
])
def test_people_captured_are_no_captured_territory(text):
    assert not told(text, "+capture")


def test_a_town_captured_is_territory():
    assert told("Russian forces captured the village of Pisky on Monday.", "+capture")


@pytest.mark.parametrize("text", [
    "Russian forces have been unable to capture the key cities of Sloviansk and Kramatorsk.",
    "The governor said the Russians will not be able to capture the region in the coming days.",
    "Russian forces failed to capture Kyiv in March.",
    "Ukrainian forces have struggled to retake the region because of its open terrain.",
])
def test_a_capture_that_failed_is_no_capture(text):
    assert not told(text, "+regain" if "retake" in text else "+capture")
