"""Actor mentions → ACLED names (their roles: test_events_roles)."""

from __future__ import annotations

from events_util import main, parse

from warwire.events.actors import find_actors, opponent, render


def names(text: str, cc: str = "UA") -> list[str]:
    return [m.name(cc) for m in find_actors(next(parse(text).sents))]


def test_normalised_names_for_russia_and_ukraine():
    assert names("Moscow's forces shelled the city.") == ["Military Forces of Russia (2000-)"]
    assert names("The Kremlin's troops advanced.") == ["Military Forces of Russia (2000-)"]
    assert names("Ukrainian defenders held the line.") == ["Military Forces of Ukraine (2019-)"]
    assert names("Separatists fired on the village.") == ["NAF: United Armed Forces of Novorossiya"]
    assert names("Wagner mercenaries stormed the town.") == ["Wagner Group"]


def test_place_dependent_names():
    assert names("Civilians were evacuated.") == ["Civilians (Ukraine)"]
    assert names("Unidentified gunmen opened fire.") == ["Unidentified Armed Group (Ukraine)"]
    assert names("Police arrested two men.", "RU")[0] == "Police Forces of Russia (2000-)"


def test_a_demonym_names_a_side_only_before_a_military_noun():
    assert names("Russian shelling hit the port.") == ["Military Forces of Russia (2000-)"]
    assert names("The Russian language is spoken there.") == []


def test_demonym_army_of_a_country_the_table_lacks():
    assert names("The Syrian army shelled the village.", "SY") == ["Military Forces of Syria"]


def test_air_strikes_are_coded_to_the_air_force():
    e = main("Russian forces launched an air strike on Kramatorsk on Monday.")
    assert e.actor1 == "Military Forces of Russia (2000-) Air Force"


def test_opponent_and_render():
    assert opponent("RU", "UA") == "UA"
    assert opponent("UA", "UA") == "RU"
    assert render("Civilians ({name})", "UA") == "Civilians (Ukraine)"


def test_single_word_armed_groups_and_their_multiword_forms():
    # every alternative of a table row is one token: "militants" alone is a mention
    assert names("Militants seized the district headquarters.", "AF") == ["Unidentified Armed Group (Afghanistan)"]
    assert names("Insurgents ambushed a convoy.", "AF") == ["Unidentified Armed Group (Afghanistan)"]
    assert names("Opposition fighters retook the town.", "SY") == ["Unidentified Armed Group (Syria)"]
    assert names("ISIS claimed the blast.", "IQ") == ["Islamic State"]
    assert names("The Houthis fired a drone.", "YE") == ["Ansar Allah"]
