"""The second pass and roles: what the document says about each proposal."""

from __future__ import annotations

from typing import Any

from warwire.geo.stage import recognise


def spans(nlp: Any, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.role for t in recognise(doc, None, doc.text)}


def test_a_region_after_the_comma_vouches_for_the_name_before_it(nlp: Any) -> None:
    assert "Toretsk" in spans(nlp, "At dawn, Russian forces shelled Toretsk, Donetsk, with rockets.")


def test_roles_of_governments_and_names_inside_organisations(nlp: Any) -> None:
    roles = spans(nlp, "Washington agreed to send more air defence systems to Odesa.")
    assert roles["Washington"] == "metonym" and roles["Odesa"] == "location"
    roles = spans(nlp, "Kyiv's forces pushed east of the river toward Kherson.")
    assert roles["Kyiv"] == "metonym"


def test_a_government_addressed_is_no_location(nlp: Any) -> None:
    roles = spans(nlp, "The foreign minister urged Moscow to pull its troops out of Kherson.")
    assert roles["Moscow"] == "metonym" and roles["Kherson"] == "location"
    roles = spans(nlp, "Zelensky accused Russia of shelling Zaporizhzhia overnight.")
    assert roles["Russia"] == "metonym" and roles["Zaporizhzhia"] == "location"
    roles = spans(nlp, "In a statement, Kyiv maintains that the missile strike on the railway station in "
                         "Kramatorsk was deliberate.")
    assert roles["Kyiv"] == "metonym" and roles["Kramatorsk"] == "location"


def test_a_town_that_saw_fighting_stays_a_location(nlp: Any) -> None:
    assert spans(nlp, "After weeks of shelling, Kharkiv saw its first quiet night on Sunday.")["Kharkiv"] == "location"


def test_a_town_shelled_in_the_passive_stays_where_it_happened(nlp: Any) -> None:
    roles = spans(nlp, "Kharkiv and Sumy were shelled overnight, the regional governors said.")
    assert roles["Kharkiv"] == "location" and roles["Sumy"] == "location"
    assert spans(nlp, "Moscow was urged to withdraw its troops from the plant.")["Moscow"] == "metonym"


def test_governments_in_lists_institutions_and_second_objects(nlp: Any) -> None:
    roles = spans(nlp, "The protocols, brokered by Germany and France, were first signed in Minsk in 2014.")
    assert roles["Germany"] == roles["France"] == "metonym" and roles["Minsk"] == "location"
    roles = spans(nlp, "The clip was released by Ukraine's intelligence agency on Tuesday.")
    assert roles["Ukraine"] == "metonym"
    roles = spans(nlp, "Blinken offered Russia a diplomatic way out of the crisis in Donbas.")
    assert roles["Russia"] == "metonym" and roles["Donbas"] == "location"
    assert spans(nlp, "The government of Ukraine said it would rebuild Irpin.")["Ukraine"] == "metonym"


def test_a_party_after_with_is_a_government_a_border_a_place(nlp: Any) -> None:
    roles = spans(nlp, "Kyiv cut ties with Moscow after the strike on Odesa.")
    assert roles["Moscow"] == "metonym" and roles["Odesa"] == "location"
    roles = spans(nlp, "Belarus had to protect its southern flank along the border with Ukraine.")
    assert roles["Ukraine"] == "location"
    roles = spans(nlp, "The US ambassador to Moscow said more troops were sent to Donbas.")
    assert roles["Moscow"] == "metonym" and roles["Donbas"] == "location"
    assert spans(nlp, "The regime in Tehran sent drones to Russia, Zelensky said.")["Tehran"] == "metonym"
    assert spans(nlp, "Authorities in Kharkiv said three people were killed.")["Kharkiv"] == "location"
    roles = spans(nlp, "A blast killed two members of the occupation government in Melitopol on Friday.")
    assert roles["Melitopol"] == "location"


def test_a_country_or_capital_as_subject_of_any_verb_acts(nlp: Any) -> None:
    roles = spans(nlp, "Western officials believe Russia had lost 30 tanks near Izium by Friday.")
    assert roles["Russia"] == "metonym" and roles["Izium"] == "location"
    roles = spans(nlp, "Analysts said the US would be relieved if the talks in Istanbul succeeded.")
    assert roles["US"] == "metonym" and roles["Istanbul"] == "location"
    assert spans(nlp, "Officials say Poland is ready to take more refugees.")["Poland"] == "metonym"
    assert spans(nlp, "Sources say Kyiv is preparing a counteroffensive.")["Kyiv"] == "metonym"


def test_what_happens_to_a_country_keeps_it_a_location(nlp: Any) -> None:
    roles = spans(nlp, "Ukraine borders Poland, and Kyiv came under fire again on Tuesday.")
    assert roles["Ukraine"] == roles["Kyiv"] == "location"
    assert spans(nlp, "Ukraine has 24 regions and a long coast.")["Ukraine"] == "location"
    # a town is no government whatever its verb
    assert spans(nlp, "Officials said Kharkiv lost power overnight.")["Kharkiv"] == "location"


def test_parties_between_measures_against_and_a_state_s_assault(nlp: Any) -> None:
    roles = spans(nlp, "She said relations between Kyiv and Brussels were already tense.")
    assert roles["Kyiv"] == roles["Brussels"] == "metonym"
    roles = spans(nlp, "Putin warned that new sanctions against Russia would be a mistake.")
    assert roles["Russia"] == "metonym"
    roles = spans(nlp, "The blast in Dnipro was a reminder that Russia's assault could reach any city.")
    assert roles["Russia"] == "metonym" and roles["Dnipro"] == "location"


def test_a_capital_in_a_dateline_stays_where(nlp: Any) -> None:
    roles = spans(nlp, "LONDON, March 6 (Xinhua) -- Another strong week for oil ended as Brent crude "
                       "reached a fresh high.")
    assert roles["LONDON"] == "location"


def test_a_dateline_with_an_agency_and_a_shared_border_stay_places(nlp: Any) -> None:
    roles = spans(nlp, "Abu Dhabi and Cairo (CNN) The killing of a young woman on a street has shocked "
                       "the region.")
    assert roles["Abu Dhabi"] == roles["Cairo"] == "location"
    assert spans(nlp, "Belarus shares a border with Ukraine.")["Belarus"] == "location"


def test_an_attack_of_or_on_a_town_keeps_it_a_place(nlp: Any) -> None:
    roles = spans(nlp, "Moscow unleashed a massive bombardment of the Kharkiv region on Monday.")
    assert roles["Kharkiv region"] == "location"
    assert spans(nlp, "Officials said the Odesa attack killed 20 people.").get("Odesa") == "location"


def test_a_name_hyphened_to_a_participle_of_origin_is_an_adjective(nlp: Any) -> None:
    roles = spans(nlp, "US-made rockets hit a depot in Nova Kakhovka, and Kremlin-backed officials "
                       "blamed a Kyiv-based unit.")
    assert (roles["US"], roles["Kremlin"], roles["Kyiv"]) == ("demonym", "demonym", "demonym")
    assert roles["Nova Kakhovka"] == "location"


def test_states_listed_under_a_noun_that_acts_are_governments(nlp: Any) -> None:
    roles = spans(nlp, "The 141 countries who voted for the resolution, including France, Germany and "
                       "Japan, demanded an immediate ceasefire.")
    assert roles["France"] == roles["Germany"] == roles["Japan"] == "metonym"
    roles = spans(nlp, "Western allies such as Britain and Canada imposed new sanctions on Tuesday.")
    assert roles["Britain"] == roles["Canada"] == "metonym"
    roles = spans(nlp, "Among the nations that backed the motion were Brazil, India and South Africa.")
    assert roles["Brazil"] == roles["South Africa"] == "metonym"


def test_states_listed_under_a_noun_that_does_not_act_stay_places(nlp: Any) -> None:
    roles = spans(nlp, "Hundreds of thousands fled to neighbouring countries like Poland and Moldova.")
    assert roles["Poland"] == roles["Moldova"] == "location"
    roles = spans(nlp, "Russian missiles hit several cities, including Lviv and Dnipro, overnight.")
    assert roles["Lviv"] == roles["Dnipro"] == "location"


def test_a_country_that_hosts_refugees_is_where_they_are(nlp: Any) -> None:
    assert spans(nlp, "Poland hosts more than two million refugees from Ukraine.")["Poland"] == "location"


def test_a_slogan_word_is_not_a_small_foreign_town(nlp: Any) -> None:
    roles = spans(nlp, 'A shop owner in Kirov painted "Peace to Ukraine, Freedom to Russia!" on its wall.')
    assert "Freedom" not in roles and "Ukraine" in roles and "Russia" in roles


def test_a_word_town_with_a_preposition_stays_a_place(nlp: Any) -> None:
    roles = spans(nlp, "The fire in Liberty destroyed two homes, the Clay County sheriff said.")
    assert roles.get("Liberty") == "location"


def test_the_land_invaded_is_a_place_the_invader_a_government(nlp: Any) -> None:
    roles = spans(nlp, "Protests against the invasion of Ukraine spread as the government of Russia "
                       "tightened its grip.")
    assert roles["Ukraine"] == "location" and roles["Russia"] == "metonym"
    roles = spans(nlp, "After a counteroffensive by Ukraine this month, Russia called up reservists.")
    assert roles["Ukraine"] == "metonym"


def test_a_seat_of_government_before_its_officials_title(nlp: Any) -> None:
    roles = spans(nlp, "White House national security spokesperson John Kirby called the launches reckless.")
    assert roles["White House"] == "metonym"


def test_a_state_in_an_exchange_is_a_party(nlp: Any) -> None:
    assert spans(nlp, "Reed was freed in April in a prisoner exchange with Russia.")["Russia"] == "metonym"


def test_measures_on_a_state_and_a_state_supplied_are_governments(nlp: Any) -> None:
    roles = spans(nlp, "The administration announced new sanctions on Moscow on Tuesday.")
    assert roles["Moscow"] == "metonym"
    assert spans(nlp, "Poland would supply Kiev with 28 MiG-29 fighters.")["Kiev"] == "metonym"
    assert spans(nlp, "The withdrawal marks Russia's third major retreat.")["Russia"] == "metonym"


def test_a_war_museum_in_a_capital_is_where_it_is(nlp: Any) -> None:
    assert spans(nlp, "The war has found its place in Moscow's war museum.")["Moscow"] == "location"
