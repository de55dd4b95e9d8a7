"""Fatalities and injuries by ACLED's rules."""

from __future__ import annotations

from events_util import coded, main, parse

from warwire.events.casualties import coding_remark, explicit_zero, find_counts


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c.kind, c.value, c.group) for s in parse(text).sents for c in find_counts(s)]


def test_killing_and_wounding():
    assert counts("The strike killed two people and wounded five.") == [
        ("death", 2, "people"), ("injury", 5, "people")]


def test_a_second_verb_sharing_the_passive_counts_its_own_number():
    assert counts("At least 35 people were killed and 134 injured, officials said.") == [
        ("death", 35, "people"), ("injury", 134, "people")]
    assert counts("Two soldiers were killed and 12 wounded in the attack.") == [
        ("death", 2, "combatant"), ("injury", 12, "combatant")]


def test_passive_and_intransitive():
    assert counts("Three civilians were killed.") == [("death", 3, "civilian")]
    assert counts("Two people died in hospital.") == [("death", 2, "people")]


def test_at_least_n_is_n():
    assert main("At least 12 civilians were killed when a Russian missile hit a shopping "
                "centre in Kremenchuk.").fatalities == 12


def test_a_part_of_a_count_is_not_counted_again():
    assert counts("Eight people were killed, including two children.") == [("death", 8, "people")]


def test_running_totals_are_not_events():
    assert counts("Since February, 5,000 civilians have been killed.") == []
    assert not coded("So far, 1,351 Russian soldiers have been killed in clashes in Ukraine, "
                     "the general staff said on Friday.")
    assert not coded("Over the past two weeks, more than 70 civilians have been killed by "
                     "Russian air strikes in Zaporizhzhia.")


def test_a_comparison_with_an_earlier_day_is_no_running_total():
    assert counts("Shelling killed two civilians in Kharkiv on Friday, the highest toll since "
                  "Monday.") == [("death", 2, "civilian")]


def test_a_belligerents_enemy_loss_claim_is_not_fatalities():
    e = main("Russia's defence ministry said its forces killed 300 Ukrainian soldiers near "
             "Bakhmut on Monday.")
    assert e.fatalities == 0
    assert [(c.value, c.kind) for c in e.claims] == [(300, "deaths")]


def test_conflicting_reports_take_the_lowest_and_keep_the_range():
    e = main("Russian shelling killed eight civilians in Lysychansk, the governor said. "
             "Local media said 12 civilians were killed in Lysychansk.")
    assert (e.fatalities, e.low, e.best, e.high) == (8, 8, 8, 12)


def test_no_casualties_and_acled_coding_remarks():
    assert explicit_zero("There were no casualties.")
    assert coding_remark("Unspecified fatalities coded as 10.", 0) == 10
    assert coding_remark("Two soldiers were killed (fatalities coded to Schastia event).", 2) == 0
    assert coding_remark("41 fatality split between 4 shelling events.", 0) == 10


def test_a_count_the_parser_hangs_on_the_next_phrase_still_counts():
    # the small model attaches "five" to "governor" here; the count follows the verb
    text = ("A Russian missile strike on the southern city of Mykolaiv on Friday killed two "
            "people and wounded five, regional governor Vitaliy Kim said.")
    assert [(k, v) for k, v, _ in counts(text)] == [("death", 2), ("injury", 5)]


def test_a_toll_takes_the_number_beside_it():
    found = counts("The death toll from the strike on the station rose to 9, as more than "
                   "40,000 residents fled the region.")
    assert found == [("death", 9, "people")]


def test_a_yearly_tally_is_not_one_events_toll():
    assert counts("Attacks on aid convoys this year have killed 31 drivers.") == []


def test_estimates_rates_and_background_tolls_are_no_count():
    assert counts("Officials fear the shelling could be killing up to 40 soldiers a day.") == []
    assert counts("Troops entered Izium, where more than 300 people have died, the governor said.") == []
    assert counts("Over the past decade the militia has killed thousands of villagers.") == []


def test_a_number_of_weeks_or_kilometres_is_no_toll():
    from events_util import parse

    from warwire.events.casualties import find_counts

    sent = next(parse("Their daughter was born prematurely and died at five weeks old.").sents)
    assert find_counts(sent) == []
    sent = next(parse("Russian shelling wounded at least 12 in the town.").sents)
    assert [c.value for c in find_counts(sent)] == [12]
