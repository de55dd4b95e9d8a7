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


@pytest.mark.parametrize("text, key", [
    ("Russian troops look close to seizing the port of Vuhledar.", "+capture"),
    ("Kyiv's forces launched a bid to retake the island on Friday.", "+regain"),
    ("The brigade's push to capture the bridge stalled in the mud.", "+capture"),
])
def test_a_capture_only_sought_is_no_capture(text, key):
    assert not told(text, key)


def test_a_push_that_drove_the_enemy_out_is_a_regain():
    assert told("Government troops pushed the insurgents out of the district on Sunday.", "+regain")


def test_a_strike_in_a_past_war_is_history():
    assert not told("During the Second World War, German bombers struck the port.", "air_strike")


def test_a_strike_compared_with_a_past_war_is_told():
    assert told("The city suffered its worst air strike since the Second World War on Tuesday.", "air_strike")


def test_a_year_alone_names_no_day():
    assert not told("Daily bombardments in 2015 destroyed the old airport.", "shelling")
    assert told("Daily bombardments on 3 May destroyed the old airport.", "shelling")


@pytest.mark.parametrize("text, key", [
    ("The planned offensive on the southern port has been delayed by rain.", "armed_clash"),
    ("NATO put two battalions on alert for a possible deployment to Romania.", "change_to_group"),
])
def test_a_cue_named_with_an_adjective_of_prospect_has_not_happened(text, key):
    assert not told(text, key)


def test_what_a_goal_would_start_has_not_happened():
    assert not told("The army is massing tanks near the border to launch an offensive.", "armed_clash")


def test_what_a_goal_would_stop_has_happened():
    assert told("Rebel fighters were sent to stop the fighting in the north.", "armed_clash")


def test_a_war_phase_told_on_a_coordinated_verb_spans_the_whole_list():
    text = ("Russian forces have killed 148 children, fired 1,370 missiles and destroyed 15 "
            "airports since the start of the invasion, the ministry said.")
    assert not told(text, "attack")


def test_a_war_phase_on_a_verb_with_its_own_auxiliary_leaves_the_first_alone():
    text = ("Russian forces shelled the town, killing two people, and have pounded it almost "
            "daily since the start of the invasion.")
    assert told(text, "shelling")


def test_a_definition_is_no_event():
    text = "HIMARS refers to a truck-mounted rocket launcher that the army received in June."
    assert not told(text, "shelling")


def test_an_event_weighed_by_a_judgement_is_not_told():
    assert not told("Kyiv insists the Russian offensive was completely unprovoked and illegal.", "armed_clash")
    assert told("The fighting was heavy in Bakhmut on Monday, the governor said.", "armed_clash")


@pytest.mark.parametrize("text, expected", [
    ("Air passengers grew as the Passenger Recovery Accelerates in February, the association said.", False),
    ("The economic recovery slowed in the second quarter, the bank said.", False),
    ("The recovery in air travel is gathering steam as governments lift restrictions.", False),
    ("Ukrainian forces recovered the town of Izium on Saturday.", True),
])
def test_a_recovery_of_something_else_than_a_place_is_no_territory(text, expected):
    assert told(text, "+regain") is expected


def test_a_capture_of_a_village_is_territory():
    assert told("The capture of the village on Sunday came after weeks of fighting.", "+capture")



def test_a_perfect_told_with_a_frequency_is_a_pattern():
    assert not told("Kharkiv has been shelled almost daily since Russian troops were pushed back "
                    "in May.", "shelling")
    assert told("Russian forces repeatedly shelled Kharkiv overnight, killing two people.", "shelling")
