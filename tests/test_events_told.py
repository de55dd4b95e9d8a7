"""Whether a cue is told as having happened: habits, goals, prospects, history, patterns."""

from __future__ import annotations

import pytest
from events_util import parse

from warwire.events.classify import matcher
from warwire.events.lexicon import token_pairs
from warwire.events.told import not_told_as_happened


def told(text: str, key: str) -> bool:
    """Whether the first cue of ``key`` passes the event-frame gate."""
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


def test_an_occupied_territory_is_a_state_not_a_capture():
    assert not told("Officials in the occupied territories began issuing passports.", "+capture")


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
