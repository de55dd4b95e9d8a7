"""An article's extra items: a diplomatic act, a disaster, a crime or a claim told as one."""

from __future__ import annotations

import pytest
from events_util import article

from warwire.events.detect import find_in_sentences
from warwire.events.places import article_places

EXTRAS = {"diplomatic", "natural_disaster", "manmade_disaster", "organised_crime", "claim_responsibility"}


def extras(text: str) -> list[str]:
    a = article(text)
    return [f.key for f in find_in_sentences(a.doc, a.dates, article_places(a)) if f.key in EXTRAS]


@pytest.mark.parametrize("text", [
    "No one is watching the current diplomatic efforts more than the people of Ukraine.",
    "\"Blindly exerting pressure and imposing sanctions will only further complicate the situation,\" he warned.",
    "The embassy keeps making us get scared by sending us warning messages that we should return home.",
    "Lawmakers from both major US parties in April had urged President Joe Biden to lift the tariffs.",
    "India has urged an end to the violence in Ukraine but has abstained from voting against Russia.",
    "The Russian embassy demanded an official explanation and strong condemnation for the senator's remarks.",
    "This view was echoed by the minister at a meeting of the Lords Defence Committee on Tuesday.",
    "Leaders from India, Indonesia and Senegal have been invited to take part in the summit.",
    "The senator issued a dire warning in a newspaper op-ed after reviewing classified material.",
])
def test_an_opinion_an_appeal_or_a_demand_is_no_diplomatic_event(text):
    assert "diplomatic" not in extras(text)


@pytest.mark.parametrize("text", [
    "The US treasury department imposed sanctions on two Ukrainian members of parliament.",
    "A meeting between Blinken and Russian Foreign Minister Sergey Lavrov on Friday ended with no breakthrough.",
    "During a meeting with NATO representatives in Brussels on Wednesday, the US deputy secretary of state "
    "raised concerns.",
    "After meeting the British foreign minister in Moscow on Thursday, Lavrov mocked Western allegations.",
    "The ministry said it had summoned the US defence attache in Moscow over the incident.",
    "Kyiv has severed diplomatic relations with Moscow, the president announced.",
    "Foreign Minister Wang Yi on Wednesday held a phone conversation with Israel's foreign minister.",
    "The country is recalling its ambassador from Russia and closing the consulate.",
])
def test_a_diplomatic_act_that_happened_is_an_item(text):
    assert "diplomatic" in extras(text)


@pytest.mark.parametrize("text", [
    "Earlier in the day, the governor said Russians were continuing to storm the embattled city.",
    "Covid-19 drove up the price of many goods as lockdowns distorted global supply chains.",
    "The government took hard-line stances intended to keep the currency, the rial, from crashing.",
    "Nigeria's crude oil production crashed by 744,000 barrels in March, OPEC figures showed.",
    "Western nations have been flooding Ukraine with arms and military gear.",
    "Thousands of refugees were flooding into Poland as they escaped the assault.",
    "An extraordinary Russian military collapse is unfolding in eastern Ukraine.",
    "The websites said that Ukrainians' personal data has been leaked into the public domain.",
])
def test_a_figure_of_speech_is_no_disaster(text):
    assert not {"natural_disaster", "manmade_disaster"} & set(extras(text))


@pytest.mark.parametrize("text, key", [
    ("A car crashed into the gates of the Russian embassy in Bucharest, bursting into flames.", "manmade_disaster"),
    ("Authorities in Sweden have concluded the gas leaks were caused by explosions.", "manmade_disaster"),
    ("The former head of an engineering institute died on Wednesday in an apparent accident.", "manmade_disaster"),
    ("A strong earthquake struck eastern Turkey on Monday, killing 12 people.", "natural_disaster"),
])
def test_a_disaster_that_happened_is_an_item(text, key):
    assert key in extras(text)


def test_responsibility_for_something_else_than_violence_is_no_claim():
    assert "claim_responsibility" not in extras("Biden took responsibility for mistakes he believes he made.")
    assert "claim_responsibility" in extras("A pro-Moscow hacker group claimed responsibility for the attack on the websites.")


def test_a_crime_needs_its_act_or_the_law_on_it():
    assert "organised_crime" in extras("The player was convicted on Thursday of drug possession and smuggling.")
    assert "organised_crime" not in extras("The drugs are then shipped illegally to consumers at a markup.")
    assert "organised_crime" not in extras("The governor pushed unsubstantiated claims about corruption in Kyiv.")


def test_a_cue_in_a_person_s_name_is_no_item():
    assert extras("Republican Senator Rob Portman questioned why Berlin had not approved the request.") == []


def test_a_base_form_joined_to_a_progressive_has_not_happened():
    assert extras("The Group of Seven is planning a continued commitment to Ukraine, with the leaders set to "
                  "agree to pursue a price cap on Russian oil, raise tariffs and impose new sanctions.") == []


def test_information_smuggled_out_or_a_claim_not_made_is_no_item():
    assert extras("Footage she smuggled out of Mariupol showed medics tending to wounded soldiers.") == []
    assert "claim_responsibility" not in extras(
        "Ukraine has stopped short of publicly claiming responsibility for the explosions at the air base.")
    assert "organised_crime" in extras("The gang smuggled cocaine into the port of Odesa on Monday.")
