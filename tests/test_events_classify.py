"""Typing by cue scores and ACLED's priority rules."""

from __future__ import annotations

from events_util import parse

from warwire.events.classify import Context, decide, top_candidate
from warwire.events.cues import sentence_scores


def key(text: str, **ctx) -> str | None:
    sent = next(parse(text).sents)
    return decide(sentence_scores(sent), Context(**ctx))


def test_shelling_air_strike_and_ied():
    assert key("Russian artillery shelled the outskirts of the town overnight.") == "shelling"
    assert key("A drone strike hit a fuel depot near the border.") == "air_strike"
    assert key("A roadside bomb exploded under an army truck.") == "remote_explosive"


def test_a_battle_with_shelling_is_one_battles_event():
    assert key("Troops clashed with the attackers and shelled their trenches.") == "armed_clash"


def test_grenade_launchers_are_not_grenades():
    assert key("The unit fired mortars and grenade launchers at enemy positions.") == "shelling"


def test_territory_by_who_took_it():
    text = "Government troops recaptured the town after heavy fighting."
    assert key(text, actor_kind="state", actor_side="SY", place_cc="SY") == "gov_regains"
    text = "Rebels seized the town after heavy fighting."
    assert key(text, actor_kind="nonstate", place_cc="SY") == "nonstate_overtakes"
    text = "Foreign troops captured the town after heavy fighting."
    assert key(text, actor_kind="state", actor_side="RU", place_cc="UA") == "nonstate_overtakes"


def test_retaken_after_a_withdrawal_is_a_non_violent_transfer():
    assert key("The army regained control of the city following the withdrawal of the rebels.",
               actor_kind="state") == "nonviolent_transfer"


def test_protest_kinds():
    assert key("Thousands of protesters marched through the capital.") == "peaceful_protest"
    assert key("Police used tear gas to disperse the protesters.") == "protest_intervention"
    assert key("Security forces opened fire on protesters, killing four.") == "excessive_force"
    assert key("Protesters threw stones at police and set cars on fire.") == "violent_demonstration"


def test_interception_is_disrupted_weapons_use():
    assert key("Air defences shot down nine drones over the city.") == "disrupted_weapons"


def test_arrests_by_an_occupying_force_are_abductions():
    text = "Soldiers detained the mayor of the town."
    assert key(text, actor_kind="state", actor_side="RU", place_cc="UA") == "abduction"
    assert key(text, actor_kind="police", actor_side="UA", place_cc="UA") == "arrests"


def test_non_conflict_items_are_extras_or_nothing():
    assert key("A magnitude 6.1 earthquake struck the province on Monday.") == "natural_disaster"
    assert key("Lawmakers voted on a new budget.") is None


def test_weak_cues_alone_make_no_event():
    assert top_candidate(sentence_scores(next(parse("The minister visited the hospital.").sents))) \
        is None or key("The minister visited the hospital.") in (None, "diplomatic")


def test_road_blocking_and_rioters_are_violent_demonstrations():
    # ACLED's codebook: blocking roads with barricades is a violent demonstration
    assert key("Striking farmers blocked highways and railways across the state to protest the new law.") \
        == "violent_demonstration"
    assert key("Rioters clashed with police near the city hall after the verdict.") == "violent_demonstration"
    assert key("Protesters marched peacefully through the capital demanding new elections.") \
        == "peaceful_protest"


def test_riot_police_are_not_a_riot():
    assert key("Riot police chased the demonstrators away from the ministry.") == "protest_intervention"


def test_violent_protesters_met_with_force_remain_a_violent_demonstration():
    text = "Protesters hurled stones at the police, who opened fire and killed one of them."
    assert key(text) == "violent_demonstration"
    assert key("Soldiers opened fire on peaceful marchers, killing four protesters.") == "excessive_force"


def test_a_mob_outranks_the_riot_it_is_called():
    assert key("An angry mob lynched two men accused of theft during a riot in the market.") == "mob_violence"


def test_an_attack_on_a_base_or_checkpoint_is_a_clash():
    assert key("Insurgents attacked an army checkpoint overnight, killing nine people.") == "armed_clash"
    assert key("Gunmen opened fire on a crowded market, killing nine people.") == "attack"


def test_missiles_fired_by_aircraft_are_an_air_strike():
    assert key("Coalition jets fired missiles at a weapons depot outside the port.") == "air_strike"
    assert key("Rebels fired mortars at the airport, damaging two parked aircraft.") == "shelling"
    assert key("Government forces shot down a fighter aircraft and shelled the village.") == "shelling"


def test_an_attempt_to_capture_that_was_fended_off_is_a_clash():
    text = "The militants' attack to capture the army's hilltop positions was fended off by the troops."
    assert key(text) == "armed_clash"


def test_captured_positions_only_block_their_own_cue():
    # "captured positions" is no territory, but it must not cancel "took control of the town"
    text = "The militants captured army positions and took control of the town after heavy clashes."
    assert key(text, actor_kind="nonstate", place_cc="AF") == "nonstate_overtakes"


def test_a_rape_is_not_absorbed_by_the_fighting_around_it():
    text = "Soldiers raped two women and sexually abused girls in the village during clashes."
    assert key(text) == "sexual_violence"


def test_a_strong_claim_of_responsibility_is_the_event():
    assert key("The group took credit for the suicide bombing that killed 30 worshippers.") \
        == "claim_responsibility"
    assert key("A car bomb exploded near the market; no group claimed responsibility.") == "remote_explosive"


def test_crowd_control_means_imply_a_crowd():
    assert key("Riot officers fired tear gas and water cannon in the main square on Sunday night.") \
        == "protest_intervention"
    assert key("Officers used smoke grenades to clear the avenue.") != "grenade"


def test_territory_told_without_capture_words():
    text = "Government troops drove the insurgents back from two villages near the river."
    assert key(text, actor_kind="state", actor_side="SY", place_cc="SY") == "gov_regains"
    text = "The militants gained ground in the northern districts of the city."
    assert key(text, actor_kind="nonstate", place_cc="SY") == "nonstate_overtakes"
    text = "Loyalist forces wrested control of the airport from the separatists."
    assert key(text, actor_kind="state", actor_side="YE", place_cc="YE") == "gov_regains"


def test_rocket_propelled_grenades_are_shelling_not_grenades():
    assert key("Insurgents hit an army truck with a rocket-propelled grenade outside the town.") == "shelling"
    assert key("A man threw a hand grenade into the crowded market.") == "grenade"


def test_a_bomb_that_exploded_in_a_container_is_an_explosive_device():
    assert key("A bomb hidden in a rubbish container exploded outside the station.") == "remote_explosive"
    assert key("Fire crews said a storage container of propane exploded in the yard.") == "manmade_disaster"


def test_a_chemical_weapons_facility_struck_is_no_chemical_attack():
    assert key("Warplanes struck a chemical weapons facility outside the city.") == "air_strike"


def test_protesters_injured_by_the_force_that_dispersed_them_are_excessive_force():
    text = "Scores of marchers were injured as police fired rubber bullets and tear gas to disperse the rally."
    assert key(text) == "excessive_force"
    assert key("Police used tear gas to disperse the protesters outside the court.") == "protest_intervention"


def test_police_detaining_protesters_is_an_intervention():
    assert key("Police detain students at a protest against the new tuition fees in the capital.") \
        == "protest_intervention"


def test_smashed_shop_windows_and_a_protest_turning_violent_are_a_riot():
    assert key("Thousands marched against the verdict and some smashed shop windows downtown.") \
        == "violent_demonstration"
    assert key("The protest against fuel prices turned violent near the ministry.") == "violent_demonstration"


def test_gunmen_firing_on_villagers_is_an_attack_not_a_clash():
    assert key("Gunmen on motorbikes opened fire on villagers at the weekly market.") == "attack"
    assert key("Militants raided the district and attacked the local population overnight.") == "attack"


def test_a_protest_about_a_crime_is_a_protest():
    assert key("Hundreds of supporters protested outside the court over the fraud charges against the mayor.") \
        == "peaceful_protest"


def test_territory_taken_without_any_clashes_is_a_non_violent_transfer():
    sent = "The rebels withdrew and the army took control of the town without any clashes."
    assert key(sent, actor_kind="state") == "nonviolent_transfer"


def test_a_named_device_outranks_generic_explosion_words():
    text = "Two IEDs exploded beside the road, and the explosions destroyed armoured vehicles of the patrol."
    assert key(text) == "remote_explosive"


def test_militants_who_blew_themselves_up_are_suicide_bombers():
    assert key("Two militants detonated explosives, killing themselves as police closed in.") == "suicide_bomb"


def test_protesters_flooding_the_streets_is_no_flood():
    text = "Police fired live rounds at the rally, but students flooded the streets again on Monday."
    assert key(text) == "excessive_force"
    assert key("Heavy rain flooded the streets of the capital overnight.") == "natural_disaster"


def test_an_explosive_weapon_told_beside_killing_words_is_the_event():
    assert key("Nine people were killed and 20 wounded when explosives hidden in a cart blew up at the market.") \
        == "remote_explosive"
    assert key("An officer was killed in a limpet mine blast under his car.") == "remote_explosive"


def test_a_human_chain_is_a_protest():
    assert key("Police baton-charged a human chain of teachers and arrested ten of them.") == "protest_intervention"


def test_a_town_liberated_by_no_named_side_is_regained_by_the_government():
    assert key("The mayor said the town had been liberated from Russian control.") == "gov_regains"


def test_firing_on_a_town_is_shelling_and_a_car_that_exploded_is_a_bomb():
    assert key("Two people were killed in Russian firing on the city of Bakhmut.") == "shelling"
    assert key("The official was killed when his car exploded outside his home.") == "remote_explosive"


def test_an_attack_on_an_air_base_by_a_state_is_a_strike():
    text = "The attack on the air base near Saky on Tuesday set two hangars ablaze."
    assert key(text, actor_kind=None) == "shelling"
    assert key(text, actor_kind="nonstate") == "armed_clash"  # gunmen raiding it
    assert key(text, actor_kind=None, combatant_victims=True) == "armed_clash"


def test_an_attack_on_positions_stays_a_clash():
    assert key("Ukrainian troops attacked Russian positions near the river.", actor_kind="state") == "armed_clash"


def test_a_country_named_as_the_taker_is_its_government():
    ctx = dict(actor_kind="country", actor_side="UA", place_cc="UA")
    assert key("Ukraine has retaken the town of Izium after a week of fighting.", **ctx) == "gov_regains"
    ctx = dict(actor_kind="country", actor_side="RU", place_cc="UA")
    assert key("Russia has seized the town of Lyman after a week of fighting.", **ctx) == "nonstate_overtakes"


def test_suicide_is_a_bombing_only_with_its_means():
    assert key("A suicide car bomb hit the checkpoint, killing four soldiers.") == "suicide_bomb"
    assert key("Suicide has become a hidden toll among veterans of the fighting in Maryinka.") \
        != "suicide_bomb"
