"""Merged events → records: priority, actors of one-sided battles, casualties across sentences."""

from __future__ import annotations

from datetime import date

from events_util import coded, main


def test_a_battle_with_shelling_is_one_battles_event():
    events = coded("Ukrainian troops repelled a Russian ground assault near Bakhmut on Tuesday. "
                   "Russian artillery also shelled Bakhmut on Tuesday.", date(2022, 7, 16))
    acled = [e for e in events if e.kind == "acled"]
    assert len(acled) == 1
    assert (acled[0].event_type, acled[0].sub_event_type) == ("Battles", "Armed clash")


def test_a_one_sided_battle_gets_the_other_side():
    e = main("Russian forces attempted an offensive towards Siversk on Monday.")
    assert e.actor1 == "Military Forces of Russia (2000-)"
    assert e.actor2 == "Military Forces of Ukraine (2019-)"


def test_a_vote_is_not_an_event():
    events = coded("Ukraine's parliament voted on Tuesday to extend martial law for another 90 days.")
    assert [e for e in events if e.kind == "acled"] == []


def test_evidence_spans_index_the_text():
    text = "Police detained dozens of protesters in Moscow on Saturday."
    for e in coded(text):
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text


def test_an_actor_is_never_its_own_opponent():
    event = main("Kharkiv was shelled on Monday, weeks after Russian troops were pushed "
                 "back from its northern outskirts.")
    assert (event.actor1, event.actor2) == ("Military Forces of Russia (2000-)", None)


def test_excessive_force_puts_the_force_first():
    e = main("Police opened fire on protesters in Tehran, killing two demonstrators.")
    assert e.sub_event_type == "Excessive force against protesters"
    assert e.actor1.startswith("Police Forces") and e.actor2.startswith("Protesters")


def test_a_reporting_government_is_not_the_attacker():
    e = main("Two civilians were shot dead in Bucha, the Ukrainian authorities said.")
    assert e.actor1 is None or "Ukraine" not in e.actor1


def test_blasts_hitting_the_theatres_attacker_are_the_other_sides():
    e = main("Several Russian combat jets were destroyed in blasts at an airfield in Crimea.")
    assert e.actor1 is None or "Russia" not in e.actor1


def test_an_unattributed_strike_on_the_attacker_s_own_forces_is_the_other_side_s():
    e = main("A drone struck the headquarters of Russia's Black Sea Fleet in Sevastopol on Sunday.")
    assert e.actor1.startswith("Military Forces of Ukraine (2019-)")


def test_civilians_caught_in_a_battle_are_victims_not_its_second_actor():
    e = main("Russian forces clashed with Ukrainian troops near Marinka on Saturday. The Russian "
             "military fired on the cars of pensioners trying to leave Marinka, killing a woman.",
             date(2022, 3, 14))
    assert e.event_type == "Battles"
    assert (e.actor1, e.actor2) == ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")
    assert e.fatalities == 1


def test_an_event_with_no_place_of_its_own_keeps_to_the_country_it_names():
    events = coded("Lavrov met the Turkish foreign minister in Moscow on Friday. "
                   "Meanwhile, Russian shelling of Ukrainian regions continued overnight.",
                   date(2022, 11, 5))
    shelling = [e for e in events if e.kind == "acled"]
    assert shelling and shelling[0].place.country_code == "UA"
    assert shelling[0].place.name != "Moscow" and shelling[0].place.geo_precision == 3


def test_an_interception_told_beside_a_strike_does_not_name_the_attacker():
    e = main("About 40 shells were fired overnight at the city of Nikopol, the governor said. "
             "Elsewhere in the region, Ukrainian forces shot down a drone.", date(2022, 11, 5))
    assert e.place.name == "Nikopol"
    assert e.actor1 == "Military Forces of Russia (2000-)"


def test_violence_against_civilians_has_civilians_as_its_second_actor():
    e = main("Russian forces killed a village head, her husband and her son in the village of "
             "Motyzhyn for aiding Ukrainian troops, officials said.", date(2022, 4, 4))
    assert e.event_type == "Violence against civilians"
    assert e.actor2 == "Civilians (Ukraine)" and e.fatalities == 3



def test_the_city_of_an_event_sentence_is_the_town_named_before():
    events = coded("Russian forces have besieged Mariupol for two weeks. Wednesday's airstrike hit a "
                   "maternity hospital in the besieged southern port city, killing two adults and a "
                   "child, city officials said.", date(2022, 3, 10))
    strike = [e for e in events if e.kind == "acled"][-1]
    assert (strike.place.name, strike.place.geo_precision) == ("Mariupol", 1)



def test_a_claimed_strike_on_an_air_force_meeting_stays_in_the_city_of_the_story():
    events = coded("Russian missiles hit the centre of Vinnytsia on Thursday, killing 23 people. "
                   "Russia's defence ministry said its Kalibr missiles had struck a meeting of "
                   "Ukrainian air force commanders in the building.", date(2022, 7, 15))
    assert [e.place.name for e in events if e.kind == "acled"] == ["Vinnytsya", "Vinnytsya"]
