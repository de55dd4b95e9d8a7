"""Sentences → events: casualty sentences join their event, captions make none."""

from __future__ import annotations

from events_util import article

from warwire.events.detect import find_in_sentences, merge
from warwire.events.places import article_places


def found(text: str):
    a = article(text)
    return find_in_sentences(a.doc, a.dates, article_places(a))


def test_a_casualty_sentence_joins_the_event_before_it():
    items = found("Russian forces shelled Nikopol on Monday. Two people were killed.")
    assert len(items) == 1
    assert sum(c.value for c in items[0].counts if c.kind == "death") == 2


def test_photo_captions_make_no_event():
    a = article("Smoke rises over Kharkiv after a Russian missile strike, July 15, 2022. "
                "REUTERS/Stringer")
    assert found(a.text) == []


def test_the_same_event_told_twice_merges():
    items = found("Russian missiles struck Odesa on Monday. The missile strike on Odesa "
                  "also damaged the port on Monday.")
    assert len(merge(items)) == 1


def test_events_in_two_places_stay_apart():
    items = found("Russian forces shelled Kharkiv on Monday. Separately, Ukrainian forces "
                  "shelled Russian positions near Kherson on Monday.")
    assert len(merge(items)) == 2


def test_extra_items_in_a_setting_or_planned_are_not_items():
    assert not [f for f in found("Banks cut their links with Moscow amid heavy sanctions against Russia.")
                if f.key == "diplomatic"]
    assert not [f for f in found("The foreign ministers will discuss new sanctions at a meeting in Brussels.")
                if f.key == "diplomatic"]
    assert [f.key for f in found("The European Union imposed new sanctions on Russian banks on Monday.")] \
        == ["diplomatic"]


def test_a_claim_of_responsibility_needs_the_violence_it_claims():
    assert not [f for f in found("The governor blamed the fuel shortage on the transport ministry.")
                if f.key == "claim_responsibility"]
    assert "claim_responsibility" in [f.key for f in found(
        "The militia claimed responsibility for the bombing of the police station.")]


def test_protest_words_outside_a_protest_are_no_protest():
    assert found("The bomber flights demonstrated that the alliance stands united.") == []
    assert found("The mayor resigned in protest over the budget.") == []
    assert [f.key for f in found("Hundreds of residents rallied outside the city council on Friday.")] \
        == ["peaceful_protest"]


def test_an_acled_event_told_only_as_a_setting_is_left_out():
    assert found("The ministers met in Vienna to talk about trade amid the fighting in the east.") == []
    assert [f.key for f in found("Two soldiers died during clashes near Avdiivka on Monday.")] == ["armed_clash"]


def test_a_weapon_named_without_an_act_is_no_event():
    assert found("The new aid package includes more HIMARS launchers and artillery shells.") == []
    assert found("The defence ministry confirmed flight tests of the Sarmat missile.") == []
    assert [f.key for f in found("Russian missiles rained down on Odesa on Saturday.")] == ["shelling"]


def test_a_month_named_march_is_no_protest():
    assert found("The second round of talks took place on March 3 in Belarus.") == []
    assert [f.key for f in found("Thousands marched through Tbilisi on Sunday.")] == ["peaceful_protest"]


def test_a_weak_cue_of_another_kind_does_not_make_a_setting_an_event():
    assert found("Millions of refugees have fled the country since the assault began in February.") == []


def test_trapped_people_are_no_booby_trap():
    assert found("Thousands are still trapped without water in the besieged port after failed evacuations.") == []


def test_an_agreement_named_without_an_act_is_no_event():
    assert found("The army said it strictly complies with the Minsk agreements.") == []
    assert [f.key for f in found("The parliament ratified the friendship treaty with the republics on Tuesday.")] \
        == ["agreement"]


def test_a_country_wide_sentence_needs_a_day_or_a_toll():
    from datetime import date

    assert found("Shelling around the plant has spurred calls to demilitarise nuclear sites in Ukraine.") == []
    a = article("On Monday, Russian jets bombed targets across Ukraine.", date(2022, 7, 20))
    assert [f.key for f in find_in_sentences(a.doc, a.dates, article_places(a), a.published)] == ["air_strike"]
    assert found("Russian shelling killed two civilians in Ukraine.") != []
    assert [f.key for f in found("Russian forces shelled Nikopol overnight.")] == ["shelling"]


def test_rockets_launched_at_a_town_are_told():
    assert [f.key for f in found("Russian forces launched rockets in the direction of Pavlohrad.")] == ["shelling"]


def test_a_cue_inside_a_dropped_longer_cue_is_dropped():
    assert found("The commander said his troops do not plan any offensive operations near the city.") == []


def test_word_prefixes_do_not_reach_other_words():
    assert found("Finland ended decades of neutrality after the invasion began.") == []
    assert found("Some hackers have gone into stealth mode.") == []


def test_a_sentence_without_a_place_takes_the_breadth_of_the_place_it_would_inherit():
    text = ("Ukraine's economy shrank by a third this year. "
            "As the soldier spoke, heavy fighting raged in the background.")
    assert [f for f in found(text) if f.key == "armed_clash"] == []
    placed = found("Russian forces shelled Nikopol overnight. They also shelled the nearby villages.")
    assert placed and placed[0].key == "shelling"


def test_a_town_liberated_by_no_named_side_was_taken_by_the_side_that_says_so():
    russian = found('"The town of Krasny Liman has been liberated from Ukrainian nationalists," '
                    "Russia's defence ministry said.")
    ukrainian = found("President Zelensky announced that the city of Balakliya had been liberated.")
    assert [f.key for f in russian] == ["nonstate_overtakes"]
    assert [f.key for f in ukrainian] == ["gov_regains"]


def test_a_toll_paragraphs_after_an_event_is_not_its_toll():
    text = ("Russian forces shelled Nikopol on Monday. The city lies across the river from the plant. "
            "Its mayor has asked for more shelters. Residents queue for water every morning. "
            "Schools moved online in the spring. Two people were killed.")
    items = found(text)
    assert items and not any(c.kind == "death" for c in items[0].counts)
    near = found("Russian forces shelled Nikopol on Monday. Two people were killed.")
    assert sum(c.value for c in near[0].counts if c.kind == "death") == 2


def test_cyber_attacks_and_fighting_a_war_are_no_acled_events():
    assert found("Ukraine said a massive cyber attack knocked government websites offline in Kyiv on Friday.") == []
    assert found("Ukraine and Russia are fighting a new type of war in the Donbas, he said.") == []


def test_a_date_of_the_report_does_not_place_a_country_wide_event_in_time():
    from datetime import date

    a = article("Kadyrov said on Tuesday that his forces have suffered losses fighting alongside "
                "the Russian army in Ukraine.", date(2022, 10, 20))
    assert find_in_sentences(a.doc, a.dates, article_places(a), a.published) == []
    a = article("On Tuesday, Chechen units fought alongside the Russian army in Ukraine.", date(2022, 10, 20))
    assert find_in_sentences(a.doc, a.dates, article_places(a), a.published) != []


def test_an_attack_on_a_town_that_kills_civilians_is_a_strike_not_a_raid():
    assert [f.key for f in found("A Friday attack on Mykolaiv killed one person and wounded 21 others.")] \
        == ["shelling"]
    assert [f.key for f in found("Gunmen attacked villagers in the market, killing three.")] == ["attack"]


def test_now_dates_no_country_wide_event():
    from datetime import date

    a = article("Russia now has the upper hand in the battle for eastern Ukraine, analysts say.", date(2022, 6, 3))
    assert find_in_sentences(a.doc, a.dates, article_places(a), a.published) == []
    a = article("Russian troops now control the whole of Ukraine's Luhansk province.", date(2022, 7, 4))
    assert find_in_sentences(a.doc, a.dates, article_places(a), a.published) == []


def test_a_deal_that_frames_a_sale_is_no_agreement():
    assert found("Egyptian buyers purchased 180,000 tonnes of Ukrainian corn in deals signed last week, "
                 "traders said.") == []
    assert [f.key for f in found("Kyiv and Moscow signed a deal in Istanbul on Friday to resume grain exports.")] \
        == ["agreement"]


def test_an_agreement_that_expires_is_no_event():
    assert found("The transit agreement between Russia and Ukraine expires at the end of 2024.") == []
    assert found("That agreement ensures that both sides keep their crews on board.") == []


def test_an_extra_item_not_told_gives_way_to_the_acled_event_of_its_day():
    items = found("On 14 November 2023, a civilian car accidentally ran over an explosive near "
                  "Hryhorivka, Kharkiv region. 1 civilian was killed, 1 was injured.")
    assert [f.key for f in items] == ["remote_explosive"]
    assert sum(c.value for c in items[0].counts if c.kind == "death") == 1
