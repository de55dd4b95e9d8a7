"""Where the event happened, among the places of its sentence."""

from __future__ import annotations

from events_util import main


def test_the_struck_town_not_the_origin_of_fire():
    e = main("Russian forces fired rockets at Kharkiv from Belgorod on Monday.")
    assert e.place.name == "Kharkiv"


def test_an_office_names_no_location():
    e = main("A Russian missile struck Zaporizhzhia on Monday, the Mykolaiv governor said.")
    assert e.place.text == "Zaporizhzhia" and e.place.name.startswith("Zapori")


def test_geo_precision_near_a_town_and_region_only():
    assert main("Russian forces shelled near Kupiansk on Monday.").place.geo_precision == 2
    assert main("Russian forces shelled Kupiansk on Monday.").place.geo_precision == 1
    assert main("Russian forces shelled the Sumy region on Monday.").place.geo_precision == 3


def test_acled_coded_to():
    e = main("On 3 July 2022, Russian forces shelled Shalyhynska community, Sumy region "
             "(coded to Shalyhyne). No casualties.")
    assert e.place.geo_precision == 2


def test_an_armed_group_named_by_its_place_is_no_location():
    e = main("Luhansk rebels fired mortars at Ukrainian positions in Popasna on Friday, "
             "the regional governor said.")
    assert e.place.name == "Popasna"


def test_a_town_in_the_region_is_where_it_happened():
    e = main("Around 300 civilians were evacuated from Lysychansk in the Luhansk region on "
             "Friday, officials said.")
    assert e.place.name == "Lysychansk" and e.place.geo_precision == 1


def test_a_place_in_another_clause_is_not_the_event_s():
    e = main("Officials accused Russian troops of shelling the Kherson region on Sunday and "
             "called for new sanctions against Moscow.")
    assert e.place.admin1 and "Kherson" in e.place.admin1


def test_the_side_that_acts_is_no_location():
    e = main("Kyiv's counteroffensive in the Kherson region gained ground on Monday, officials said.")
    assert "Kherson" in (e.place.admin1 or "")
    e = main("Moscow unleashed a massive bombardment of the Kharkiv region on Monday.")
    assert "Kharkiv" in (e.place.admin1 or "")


def test_a_country_that_strikes_is_no_location():
    e = main("Russia shelled the Ukrainian capital with cruise missiles on Sunday, destroying two apartment blocks.")
    assert e.place is None or e.place.country_code != "RU"
    e = main("Mariupol fell to Russian forces on Sunday.")
    assert e.place is not None and e.place.name == "Mariupol"


def test_where_people_come_from_is_no_location():
    e = main("Ukrainian troops pressed on towards Kherson. Fierce battles raged on Monday, a volunteer "
             "from Saint Petersburg wrote on his blog.")
    assert e.place is not None and e.place.name == "Kherson"
    e = main("Ukrainian troops pressed on towards Kherson. A volunteer from Saint Petersburg fighting "
             "for the Russian army was killed on Monday.")
    assert e.place is not None and e.place.name == "Kherson"


def test_a_town_named_to_describe_the_region_is_not_where_the_attack_was():
    e = main("Two people were killed and three wounded in an attack on the Mykolaiv region, "
             "which borders Russian-occupied Kherson.")
    assert e.place.admin1 == "Mykolaivska oblast" and e.place.geo_precision == 3
