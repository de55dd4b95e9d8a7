"""Toponym resolution: priors, unit words, containment, demonyms and document context."""

from __future__ import annotations

import pytest

from warwire.geo import haversine_km
from warwire.geo.candidates import parse_query
from warwire.geo.hints import adjacent_hints
from warwire.geo.resolve import Mention, Resolution, Resolver

KHARKIV = (49.98, 36.25)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


def mentions_in(text: str, names: list[str]) -> list[Mention]:
    """Mentions of ``names`` in ``text``, each at its next occurrence."""
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(Mention(name, start, start + len(name)))
        pos = start + 1
    return out


def place(res: Resolution) -> tuple[str, str, str | None]:
    c = res.candidate
    assert c is not None
    return c.feature, c.country_code, c.admin1_code


# -- a city and its province ------------------------------------------------------------------
def test_bare_kharkiv_is_the_city(resolver: Resolver) -> None:
    res = resolver.resolve("Kharkiv")
    assert place(res) == ("city", "UA", "UA.07")
    assert res.candidate.geonames_id == 706483
    assert any(c.feature == "admin1" for c in res.alternatives)


@pytest.mark.parametrize("text", ["Kharkiv oblast", "Kharkiv Oblast", "Kharkiv region",
                                  "Kharkiv province", "Kharkivska oblast"])
def test_kharkiv_with_a_unit_word_is_the_oblast(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert place(res) == ("admin1", "UA", "UA.07")
    assert res.candidate.admin1_iso == "UA-63"


def test_raion_and_county(resolver: Resolver) -> None:
    assert resolver.resolve("Bakhmut Raion").candidate.feature == "admin2"
    assert resolver.resolve("Bakhmut").candidate.feature == "city"
    parish = resolver.resolve("Rapides Parish").candidate
    assert (parish.feature, parish.admin1) == ("admin2", "Louisiana")


def test_a_small_namesake_town_does_not_beat_the_state(resolver: Resolver) -> None:
    assert place(resolver.resolve("Oklahoma")) == ("admin1", "US", "US.OK")
    assert place(resolver.resolve("Georgia")) == ("country", "GE", None)


def test_a_town_outside_the_state_does_not_take_its_name(resolver: Resolver) -> None:
    # Delaware, Ohio and Wyoming, Michigan are big for the states, but not inside them
    assert place(resolver.resolve("Delaware")) == ("admin1", "US", "US.DE")
    assert place(resolver.resolve("Wyoming")) == ("admin1", "US", "US.WY")
    assert place(resolver.resolve("Washington")) == ("city", "US", "US.DC")  # the capital


def test_states_in_a_list_are_peers_not_containers(resolver: Resolver) -> None:
    text = "Cases were confirmed in Delaware, Illinois and Oklahoma, Pennsylvania and Niger, Nigeria."
    names = ["Delaware", "Illinois", "Oklahoma", "Pennsylvania", "Niger", "Nigeria"]
    res = resolver.resolve_document(mentions_in(text, names), text)
    assert place(res[0]) == ("admin1", "US", "US.DE")
    assert place(res[2]) == ("admin1", "US", "US.OK")
    assert place(res[4]) == ("country", "NE", None)
    town = resolver.resolve("Kharkiv", hint="Ukraine").candidate  # a town in its country
    assert town.feature == "city" and town.country_code == "UA"


# -- spellings --------------------------------------------------------------------------------
@pytest.mark.parametrize("old, new", [("Artemivsk", "Bakhmut"), ("Izyum", "Izium"),
                                      ("Kharkov", "Kharkiv"), ("Nikolayev", "Mykolaiv"),
                                      ("Odessa", "Odesa"), ("Kiev", "Kyiv")])
def test_old_and_new_spellings_resolve_alike(resolver: Resolver, old: str, new: str) -> None:
    a, b = resolver.resolve(old).candidate, resolver.resolve(new).candidate
    assert a.id == b.id and a.country_code == "UA"


def test_qualified_name_keeps_its_core(resolver: Resolver) -> None:
    res = resolver.resolve("northern Kharkiv")
    assert res.candidate.geonames_id == 706483 and res.match == "core"


# -- containment ----------------------------------------------------------------------------------
def test_paris_alone_is_france(resolver: Resolver) -> None:
    assert place(resolver.resolve("Paris"))[:2] == ("city", "FR")


@pytest.mark.parametrize("call", [
    lambda r: r.resolve("Paris, Texas"),
    lambda r: r.resolve("Paris", hint="Texas"),
    lambda r: r.resolve("Paris", hint="TX"),
])
def test_paris_texas(resolver: Resolver, call) -> None:
    assert place(call(resolver)) == ("city", "US", "US.TX")


def test_paris_texas_from_the_text(resolver: Resolver) -> None:
    text = "She grew up in Paris, Texas, and studied in Dallas."
    res = resolver.resolve_document(mentions_in(text, ["Paris", "Texas", "Dallas"]), text)
    assert place(res[0]) == ("city", "US", "US.TX")
    assert place(res[1]) == ("admin1", "US", "US.TX")


def test_x_in_y_province(resolver: Resolver) -> None:
    text = "Shelling hit Bakhmut in Donetsk oblast."
    res = resolver.resolve_document(mentions_in(text, ["Bakhmut", "Donetsk oblast"]), text)
    assert place(res[0]) == ("city", "UA", "UA.05")
    assert place(res[1]) == ("admin1", "UA", "UA.05")


def test_adjacent_hint_patterns() -> None:
    text = "Paris, Texas; Rice Lake area of Fulton County located in Illinois; Kyiv and Lviv"
    names = ["Paris", "Texas", "Rice Lake", "Fulton County", "Illinois", "Kyiv", "Lviv"]
    hints = adjacent_hints(mentions_in(text, names), text)
    assert hints == {0: 1, 2: 3, 3: 4}


def test_query_splits_name_and_hint() -> None:
    q = parse_query("Paris, Texas")
    assert (q.key, q.hint) == ("paris", "Texas")
    assert parse_query("Ukraine's").key == "ukraine"


# -- document context -------------------------------------------------------------------------------
def test_novoselivka_follows_a_kharkiv_oblast_report(resolver: Resolver) -> None:
    alone = resolver.resolve("Novoselivka").candidate
    text = ("Russian forces shelled Novoselivka, a village in the Kharkiv region, "
            "and struck Izium and Balakliia overnight, the governor in Kharkiv said.")
    names = ["Russian", "Novoselivka", "Kharkiv region", "Izium", "Balakliia", "Kharkiv"]
    res = resolver.resolve_document(mentions_in(text, names), text)
    chosen = res[1].candidate
    near = haversine_km(chosen.lat, chosen.lon, *KHARKIV)
    assert near < 200 < haversine_km(alone.lat, alone.lon, *KHARKIV)
    assert place(res[2]) == ("admin1", "UA", "UA.07")
    assert res[0].candidate.country_code == "RU" and res[0].match == "demonym"


def test_context_picks_the_local_namesake(resolver: Resolver) -> None:
    text = "Deputies in Walker County said the fire near Huntsville spread toward Conroe."
    res = resolver.resolve_document(mentions_in(text, ["Walker County", "Huntsville", "Conroe"]), text)
    assert {r.candidate.admin1_code for r in res} == {"US.TX"}


def test_same_name_same_place_in_a_document(resolver: Resolver) -> None:
    text = "Paris, Texas is quiet. Later, Paris voted."
    res = resolver.resolve_document(mentions_in(text, ["Paris", "Texas", "Paris"]), text)
    assert res[0].candidate.id == res[2].candidate.id


def test_capital_used_for_its_government(resolver: Resolver) -> None:
    text = "Moscow said the talks with Washington and Kyiv had stalled."
    res = resolver.resolve_document(mentions_in(text, ["Moscow", "Washington", "Kyiv"]), text)
    assert [r.candidate.capital for r in res] == [True, True, True]
    assert [r.candidate.country_code for r in res] == ["RU", "US", "UA"]


def test_a_remote_namesake_town_does_not_take_a_world_city(resolver: Resolver) -> None:
    # the United States is the document's country, but nothing places "London" in Ohio
    text = ("Lawmakers in Washington and officials in New York said talks with allies in "
            "London would resume next week.")
    res = resolver.resolve_document(mentions_in(text, ["Washington", "New York", "London"]), text)
    assert place(res[2])[:2] == ("city", "GB")


def test_a_namesake_town_near_the_other_places_is_kept(resolver: Resolver) -> None:
    text = "Columbus police said the man was arrested in London, a small town west of Columbus."
    res = resolver.resolve_document(mentions_in(text, ["Columbus", "London", "Columbus"]), text)
    assert place(res[1])[:2] == ("city", "US") and res[1].candidate.admin1 == "Ohio"


def test_a_big_town_named_inside_a_longer_name_sets_the_focus(resolver: Resolver) -> None:
    text = ("The Dubai World Cup was run at Meydan Racecourse, and trainers from the West Coast "
            "flew in for the Dubai World Cup.")
    res = resolver.resolve_document(mentions_in(
        text, ["Dubai World Cup", "Meydan Racecourse", "West Coast", "Dubai World Cup"]), text)
    assert res[1].match == "focus" and res[1].candidate.name == "Dubai"


def test_islands_and_short_country_names(resolver: Resolver) -> None:
    text = "Carnival returned to Trinidad, while flights to Majorca and Tenerife were cancelled."
    res = resolver.resolve_document(mentions_in(text, ["Trinidad", "Majorca", "Tenerife"]), text)
    assert [place(r)[:2] for r in res] == [("region", "TT"), ("region", "ES"), ("region", "ES")]
    assert place(resolver.resolve("Bosnia"))[:2] == ("country", "BA")


def test_an_arab_town_without_its_article(resolver: Resolver) -> None:
    text = "Kurdish-led forces said a car bomb exploded in Qamishli, near the Turkish border."
    res = resolver.resolve_document(mentions_in(text, ["Kurdish", "Qamishli", "Turkish"]), text)
    assert place(res[1])[:2] == ("city", "SY") and res[1].match == "name"


def test_a_ceremonial_county_of_england(resolver: Resolver) -> None:
    # Berkshire has been no administrative unit since 1998, but the news names it
    text = "Police in Berkshire and Surrey warned of flooding on the roads near Reading."
    res = resolver.resolve_document(mentions_in(text, ["Berkshire", "Surrey", "Reading"]), text)
    assert [place(r)[1] for r in res] == ["GB", "GB", "GB"]
    assert haversine_km(res[0].candidate.lat, res[0].candidate.lon, 51.45, -0.97) < 50


def test_the_state_of_names_the_unit(resolver: Resolver) -> None:
    text = ("The first case was found in December 2003 in the state of Washington, and "
            "officials in Ottawa traced the cow to a farm.")
    res = resolver.resolve_document(mentions_in(text, ["Washington", "Ottawa"]), text)
    assert place(res[0])[:2] == ("admin1", "US") and res[0].candidate.name == "Washington"
    text = "He called the State of Israel a partner."
    assert place(resolver.resolve_document(mentions_in(text, ["Israel"]), text)[0])[:2] == (
        "country", "IL")


# -- demonyms, supplement, unknown names ---------------------------------------------------------------
@pytest.mark.parametrize("word, country", [("Ukrainian", "UA"), ("Americans", "US"),
                                           ("British", "GB"), ("Russians", "RU")])
def test_demonyms_resolve_to_their_country(resolver: Resolver, word: str, country: str) -> None:
    res = resolver.resolve(word)
    assert place(res)[:2] == ("country", country) and res.match == "demonym"


def test_supplement_facility_and_region(resolver: Resolver) -> None:
    plant = resolver.resolve("Zaporizhzhia nuclear power plant").candidate
    assert (plant.feature, plant.country_code) == ("facility", "UA")
    assert resolver.resolve("Donbas").candidate.feature == "region"
    assert resolver.resolve("Crimean bridge").candidate.name == "Crimean Bridge"
    assert resolver.resolve("Dnipro").candidate.feature == "city"
    assert resolver.resolve("Dnieper River").candidate.feature == "water"


def test_an_eu_institution_is_the_eu_not_a_town_on_its_name(resolver: Resolver) -> None:
    text = ("The European Commission proposed new sanctions on Monday, and the European "
            "Investment Bank pledged loans to rebuild Kharkiv.")
    res = resolver.resolve_document(mentions_in(
        text, ["European Commission", "European Investment Bank", "Kharkiv"]), text)
    assert [r.candidate.name for r in res[:2]] == ["European Union", "European Union"]
    assert not res[0].approximate


def test_an_irish_county_is_placed_at_its_county_town(resolver: Resolver) -> None:
    text = "Flooding closed roads across County Mayo and County Cavan overnight."
    res = resolver.resolve_document(mentions_in(text, ["County Mayo", "County Cavan"]), text)
    cavan = res[1].candidate
    assert (cavan.feature, cavan.country_code) == ("admin1", "IE")
    assert haversine_km(cavan.lat, cavan.lon, 53.99, -7.36) < 30  # not Ireland's middle


def test_unknown_street_falls_back_to_the_document_focus(resolver: Resolver) -> None:
    text = "Crowds gathered on Sumska Street in Kharkiv after the strike on Kharkiv."
    res = resolver.resolve_document(mentions_in(text, ["Sumska Street", "Kharkiv", "Kharkiv"]), text)
    assert res[0].approximate and res[0].match == "focus"
    assert res[0].candidate.geonames_id == 706483


def test_nothing_known_gives_none() -> None:
    res = Resolver(fallback=False).resolve("Qqxyzzy Street")
    assert res.candidate is None


def test_candidates_are_ranked_by_prior(resolver: Resolver) -> None:
    ranked = resolver.candidates("Kharkiv")
    assert ranked[0].feature == "city" and len(ranked) >= 2
    assert resolver.candidates("Paris", hint="Texas")[0].admin1_code == "US.TX"


def test_a_name_the_gazetteer_lacks_goes_to_its_container(resolver: Resolver) -> None:
    text = "Dozens queued outside the Quillmore Bakehouse, Tacoma, while talks went on in Boston."
    names = ["Quillmore Bakehouse", "Tacoma", "Boston"]
    res = resolver.resolve_document(mentions_in(text, names), text)
    assert res[0].approximate and res[0].candidate.name == "Tacoma"


def test_a_city_named_with_its_unit_word(resolver: Resolver) -> None:
    text = "Negotiators flew from Ottawa and Washington to Quebec City for the talks."
    res = resolver.resolve_document(mentions_in(text, ["Ottawa", "Washington", "Quebec City"]), text)
    assert place(res[2])[:2] == ("city", "CA") and res[2].match == "name"


def test_a_listed_village_is_not_reached_by_part_of_a_name(resolver: Resolver) -> None:
    res = resolver.resolve("Torets River")  # the village Torets is known only by its codifier name
    assert res.candidate is None or not res.candidate.estimated


def test_a_place_of_that_exact_name_before_another_spelling(resolver: Resolver) -> None:
    # Centreville, Virginia is bigger, but "Centerville" is the Ohio town's own spelling
    best = resolver.candidates("Centerville")[0]
    assert best.name == "Centerville"


def test_a_unit_word_after_the_name(resolver: Resolver) -> None:
    text = "New York state officials and Kharkiv Governor Oleh Syniehubov spoke to Russian state media."
    names = ["New York", "Kharkiv", "Russian"]
    res = resolver.resolve_document(mentions_in(text, names), text)
    assert place(res[0]) == ("admin1", "US", "US.NY")
    assert place(res[1])[:2] == ("admin1", "UA")
    assert place(res[2])[:2] == ("country", "RU")
    text = "The New York Attorney General opened an inquiry into the sanctioned oligarch's yacht."
    res = resolver.resolve_document(mentions_in(text, ["New York"]), text)
    assert place(res[0]) == ("admin1", "US", "US.NY")


def test_a_plural_unit_word_after_a_list(resolver: Resolver) -> None:
    text = "Storms closed schools in Butler, Warren and Madison counties in Ohio on Friday."
    names = ["Butler", "Warren", "Madison", "Ohio"]
    res = resolver.resolve_document(mentions_in(text, names), text)
    assert [place(r)[:2] for r in res[:3]] == [("admin2", "US")] * 3
    assert all(r.candidate.admin1_code == "US.OH" for r in res[:3])


@pytest.mark.parametrize("text, names, country", [
    ("Fires spread near Perth, WA, on Monday.", ["Perth", "WA"], "AU"),
    ("Rain fell on Seattle, WA, and Portland.", ["Seattle", "WA", "Portland"], "US"),
    ("Mining towns in SA, such as Rustenburg, struck.", ["SA", "Rustenburg"], "ZA")])
def test_state_and_country_abbreviations_follow_the_context(resolver: Resolver, text: str,
                                                            names: list[str], country: str) -> None:
    res = resolver.resolve_document(mentions_in(text, names), text)
    assert res[1 if names[1] in ("WA",) else 0].candidate.country_code == country


@pytest.mark.parametrize("name, unit", [("Ohioans", "US.OH"), ("Ontarian", "CA.08"),
                                        ("Queenslanders", "AU.04")])
def test_people_of_a_state_or_province(resolver: Resolver, name: str, unit: str) -> None:
    res = resolver.resolve(name)
    assert res.match == "demonym" and place(res) == ("admin1", unit[:2], unit)


@pytest.mark.parametrize("name, country", [("Katanga", "CD"), ("Nyanza Province", "KE"),
                                           ("Rhône-Alpes", "FR"), ("Republic of Congo", "CG")])
def test_former_provinces_still_in_the_news(resolver: Resolver, name: str, country: str) -> None:
    assert resolver.resolve(name).candidate.country_code == country


def test_a_big_city_named_inside_a_longer_name_is_kept_far_from_the_rest(resolver: Resolver) -> None:
    text = "Officials in Leeds and York met staff of the British Embassy Tokyo by video."
    res = resolver.resolve_document(mentions_in(text, ["Leeds", "York", "British Embassy Tokyo"]), text)
    assert res[2].candidate.name == "Tokyo" and res[2].match == "partial"


def test_another_romanisation_needs_the_country_in_the_article(resolver: Resolver) -> None:
    # "Latin" is a romanisation of Lityn only in an article about Ukraine
    assert resolver.resolve("Latin", context=["Dallas", "Houston"]).candidate.country_code == "US"
    assert resolver.resolve("Elenovka", context=["Donetsk", "Mariupol"]).candidate.country_code == "UA"


def test_a_lone_romanisation_is_not_flagged_approximate(resolver: Resolver) -> None:
    res = resolver.resolve("Kupiansk")  # GeoNames: Kupyansk
    assert res.candidate.country_code == "UA" and not res.approximate and res.match == "variant"
