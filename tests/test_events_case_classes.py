"""Snippet labels in CASE 2021 Task 2's classes."""

from __future__ import annotations

import pytest
from events_util import parse

from warwire.events.case_classes import case_label, classify_doc


@pytest.mark.parametrize("text, label", [
    ("Warplanes pounded the village overnight, killing six civilians.", "AIR_STRIKE"),
    ("A suicide bomber blew himself up at a checkpoint, killing three guards.", "SUIC_BOMB"),
    ("Flash floods swept through the valley after torrential rain, killing 12 people.", "NATURAL_DISASTER"),
    ("A gas tanker exploded on the highway after a collision with a bus.", "MAN_MADE_DISASTER"),
    ("The militant group claimed responsibility for the car bombing.", "ATTRIB"),
    ("Police arrested five members of a drug smuggling gang at the port.", "ORG_CRIME"),
    ("The two sides agreed to a ceasefire and a prisoner exchange.", "AGREEMENT"),
    ("Police fired tear gas to disperse the protesters outside parliament.", "PROTEST_WITH_INTER"),
    ("The foreign minister met his counterpart to discuss new sanctions.", "DIPLO"),
])
def test_labels(text, label):
    assert case_label(classify_doc(parse(text))) == label


@pytest.mark.parametrize("text, label", [
    ("The rebel movement and the government opened peace talks in the capital on Monday.", "AGREEMENT"),
    ("The government released 30 jailed rebels in exchange for six soldiers held by the group.", "AGREEMENT"),
    ("Border police intercepted a suspected smuggler carrying false passports.", "ORG_CRIME"),
    ("Eleven passengers died when their minibus plunged off a bridge into the river.", "MAN_MADE_DISASTER"),
    ("Nine villagers died after drinking illicit liquor at a wedding.", "MAN_MADE_DISASTER"),
    ("Jets fired two missiles at a training camp in the valley.", "AIR_STRIKE"),
])
def test_extra_classes_and_priorities(text, label):
    assert case_label(classify_doc(parse(text))) == label


def test_a_passive_loser_leaves_the_taker_to_the_next_sentence():
    text = ("The insurgents were pushed back from their hideouts in the hills. "
            "Dozens of them were killed in heavy fighting with Syrian government forces.")
    assert case_label(classify_doc(parse(text))) == "GOV_REGAINS_TERIT"


def test_a_snippet_without_an_event_word_is_other_not_an_attack():
    assert case_label(classify_doc(parse("The company unveiled its new satellite programme on Monday."))) \
        == "OTHER"


@pytest.mark.parametrize("text, label", [
    ("Insurgents charged an army camp outside the town before dawn.", "ARMED_CLASH"),
    ("The foreign ministry rebuffed the proposal and urged both sides to show restraint.", "DIPLO"),
    ("The government said it reserves the right to respond to the move.", "DIPLO"),
])
def test_weak_or_modifier_only_snippets(text, label):
    assert case_label(classify_doc(parse(text))) == label


def test_explosions_in_an_industrial_area_are_a_man_made_disaster():
    text = "A string of explosions ripped through an industrial zone where solvents were kept, injuring 40 workers."
    assert case_label(classify_doc(parse(text))) == "MAN_MADE_DISASTER"


@pytest.mark.parametrize("text", [
    "Soldiers were mobilised to clear roads blocked by heavy snow in the northern provinces.",
    "Crews are battling to contain three wildfires fanned by scorching temperatures.",
])
def test_weather_and_firefighting_are_natural_disasters(text):
    assert case_label(classify_doc(parse(text))) == "NATURAL_DISASTER"


@pytest.mark.parametrize("text", [
    "Traders condemned the burning and looting of shops in the aftermath of last week's demonstrations.",
    "The chamber of commerce said attacks on properties of its members had cost millions.",
])
def test_damage_to_property_is_property_destruction(text):
    assert case_label(classify_doc(parse(text))) == "PROPERTY_DISTRUCT"


def test_talks_to_reach_a_deal_are_an_agreement_item():
    text = "The two governments opened talks in Geneva to reach a deal over the disputed border strip."
    assert case_label(classify_doc(parse(text))) == "AGREEMENT"


@pytest.mark.parametrize("text, label", [
    ("The rebel command said it had formed a new drone unit in the southern provinces.", "CHANGE_TO_GROUP_ACT"),
    ("Border guards stopped a van carrying 20 people, part of a ring organising illegal migration.", "ORG_CRIME"),
])
def test_new_units_and_people_smuggling(text, label):
    assert case_label(classify_doc(parse(text))) == label


@pytest.mark.parametrize("text, label", [
    ("Hundreds of fighters began leaving the besieged town under an evacuation deal with the army.",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("Officials oversaw the exchange process of detainees at the crossing point.", "AGREEMENT"),
])
def test_evacuation_deals_and_exchanges(text, label):
    assert case_label(classify_doc(parse(text))) == label
