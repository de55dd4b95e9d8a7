"""The places stage: Place spans on the article, resolved together, with ACLED precision."""

from __future__ import annotations

from dataclasses import fields
from typing import Any


from warwire.geo.stage import Place, Places, find_places
from warwire.record import Article, Dateline, Span


def run(nlp: Any, text: str, dateline: str | None = None) -> dict[str, Place]:
    article = Article(raw_text=text, dateline=Dateline(dateline, None, None) if dateline else None)
    article.doc = nlp(article.text)
    Places()(article)
    for p in article.places:
        assert isinstance(p, Place) and isinstance(p, Span)
        assert article.text[p.start:p.end] == p.text
    return {p.text: p for p in article.places}


def test_stage_declares_its_keys() -> None:
    stage = Places()
    assert (stage.name, stage.needs, stage.adds) == ("places", ("doc",), ("places",))


def test_place_fields() -> None:
    names = [f.name for f in fields(Place)]
    assert names == ["text", "start", "end", "role", "name", "lat", "lon", "country_code",
                     "admin1", "admin2", "feature", "geonames_id", "geo_precision", "near"]


def test_kharkiv_the_city_and_kharkiv_oblast(nlp: Any) -> None:
    places = run(nlp, "Russian missiles hit Kharkiv overnight, and shelling went on across "
                      "Kharkiv oblast until dawn.")
    city, oblast = places["Kharkiv"], places["Kharkiv oblast"]
    assert (city.feature, city.geonames_id, city.geo_precision) == ("city", 706483, 1)
    assert (oblast.feature, oblast.country_code, oblast.geo_precision) == ("admin1", "UA", 3)
    assert city.admin1 == oblast.name


def test_near_izium_is_precision_two(nlp: Any) -> None:
    places = run(nlp, "Ukrainian troops advanced near Izium on Tuesday.")
    izium = places["Izium"]
    assert izium.near and izium.geo_precision == 2 and izium.feature == "city"
    assert abs(izium.lat - 49.21) < 0.1 and abs(izium.lon - 37.26) < 0.1


def test_roles_are_resolved_too(nlp: Any) -> None:
    places = run(nlp, "Moscow said Ukrainian troops had shelled the town.")
    assert (places["Moscow"].role, places["Moscow"].country_code) == ("metonym", "RU")
    ukraine = places["Ukrainian"]
    assert (ukraine.role, ukraine.feature, ukraine.country_code, ukraine.geo_precision) == (
        "demonym", "country", "UA", 3)


def test_a_person_is_not_a_place(nlp: Any) -> None:
    places = run(nlp, "Zelensky said Kyiv would not give up any territory.")
    assert "Zelensky" not in places and places["Kyiv"].country_code == "UA"


def test_the_dateline_picks_the_right_novoselivka(nlp: Any) -> None:
    text = "Russian forces shelled Novoselivka overnight, the regional governor said."
    alone = run(nlp, text)["Novoselivka"]
    donetsk = run(nlp, text, dateline="Kramatorsk, Ukraine")["Novoselivka"]
    assert donetsk.admin1 == "Donetska oblast"
    assert alone.admin1 != donetsk.admin1  # without the dateline the biggest namesake wins


def test_a_district_of_a_city(nlp: Any) -> None:
    places = run(nlp, "Shells hit a school in the Bakhmut district on Monday.")
    district = places["Bakhmut district"]
    assert district.feature == "admin2" and district.geo_precision == 2


def test_a_village_placed_in_its_region(nlp: Any) -> None:
    """A name the text puts inside a region is not resolved to a namesake far away."""
    places = run(nlp, "Russian forces shelled Kalynivka, Kherson region, and the nearby fields.")
    village = places["Kalynivka"]
    assert village.admin1 == "Khersonska oblast" or village.geo_precision >= 2


def test_find_places_matches_the_stage(nlp: Any) -> None:
    text = "Explosions were heard in Odesa and Mykolaiv."
    doc = nlp(text)
    assert [p.text for p in find_places(doc)] == ["Odesa", "Mykolaiv"]
    assert find_places(nlp("No places at all here.")) == []


def test_an_article_without_a_parse_gets_no_places() -> None:
    article = Article(raw_text="Kharkiv was shelled.")
    Places()(article)
    assert article.places == []


def test_place_serialises(nlp: Any) -> None:
    place = run(nlp, "A missile struck Lviv.")["Lviv"]
    record = place.to_dict()
    assert record["name"] and record["geo_precision"] == 1 and record["role"] == "location"


def test_one_name_twice_in_a_report_is_one_place(nlp: Any) -> None:
    text = ("MYKOLAIV, Ukraine, July 16, 2022 (Wire) - A Russian missile strike on the southern "
            "city of Mykolaiv on Friday killed two people. Officials in Kharkiv and Donetsk "
            "said the front was quiet.")
    places = [p for p in find_places(nlp(text)) if "ykol" in p.text.lower()]
    assert [p.feature for p in places] == ["city", "city"]
    assert len({p.geonames_id for p in places}) == 1


def test_a_bare_name_shared_with_its_oblast_is_the_city(nlp: Any) -> None:
    text = ("Russia's defence ministry said it destroyed a depot near Mykolaiv. Mykolaiv mayor "
            "Oleksandr Senkevych said the city had been shelled. Fighting went on in the "
            "Mykolaiv region.")
    places = [p for p in find_places(nlp(text)) if "ykol" in p.text.lower()]
    assert [(p.text, p.feature) for p in places] == [
        ("Mykolaiv", "city"), ("Mykolaiv", "city"), ("Mykolaiv region", "admin1")]


def test_a_village_known_only_to_the_codifier_is_placed_roughly(nlp: Any) -> None:
    places = run(nlp, "Russian artillery shelled the village of Zolota Nyva in the Donetsk region "
                      "overnight, the governor said.")
    village = places["Zolota Nyva"]
    assert village.country_code == "UA" and village.admin1 and "Donetsk" in village.admin1
    assert village.geo_precision == 2 and village.geonames_id is None
    # the real village lies at about 47.79 N, 36.99 E
    assert abs(village.lat - 47.79) < 0.3 and abs(village.lon - 36.99) < 0.3


def test_x_comma_region_finds_the_spelling_inside_the_region(nlp: Any) -> None:
    # the exact spelling "Vodyane" names villages elsewhere; "Vodiane" lies in Donetsk oblast
    places = run(nlp, "Russian troops shelled the village of Vodyane, Donetsk region, on Sunday.")
    village = places["Vodyane"]
    assert village.feature == "city" and village.name == "Vodiane"
    assert village.admin1 == places["Donetsk region"].admin1


def test_villages_do_not_take_over_cities_or_people(nlp: Any) -> None:
    places = run(nlp, "Moscow claimed the Kherson, Zaporizhzhia, Donetsk and Luhansk regions. "
                      "No one in Biden's administration attended the talks.")
    zap = places["Zaporizhzhia"]
    assert zap.admin1 and "Zapori" in zap.admin1 and zap.geonames_id is not None
    # spaCy may tag "Biden" a GPE; a village list's "Bidyn" is not a spelling of it
    assert "Biden" not in places or places["Biden"].name != "Bidyn"
    city = run(nlp, "Larysa fled to the southeastern city of Zaporizhzhia in March.")
    assert city["Zaporizhzhia"].geonames_id is not None and city["Zaporizhzhia"].feature == "city"


def test_x_comma_near_y_is_a_hint_too(nlp: Any) -> None:
    places = run(nlp, "He broke into her home in the village of Myroliubivka, near Kherson, in March.")
    assert places["Myroliubivka"].admin1 == places["Kherson"].admin1


def test_a_name_the_gazetteer_lacks_joins_the_town_only_where_the_text_ties_them() -> None:
    from warwire.geo.resolve import Mention, Resolution, Resolver
    from warwire.geo.stage import _place_by_neighbour

    resolver = Resolver()
    for text, name, tied in [("In Lviv, the Opera House was shut.", "Opera House", True),
                             ("Lviv's Rynok Square was empty.", "Rynok Square", True),
                             ("In Lviv, Naftogaz said exports had stopped.", "Naftogaz", False),
                             ("Traders in Lviv and on Zelena Street waited.", "Zelena Street", False)]:
        mentions = [Mention("Lviv", text.index("Lviv"), text.index("Lviv") + 4),
                    Mention(name, text.index(name), text.index(name) + len(name))]
        results = [resolver.resolve("Lviv"), Resolution(mentions[1], None, match="focus")]
        _place_by_neighbour(mentions, results, text)
        assert (results[1].candidate is not None) == tied, text


def test_a_port_the_gazetteer_lacks_is_placed_at_its_town(nlp: Any) -> None:
    places = run(nlp, "The yacht has most recently been docked at Port Rashid in Dubai.")
    port = places["Port Rashid"]
    assert port.country_code == "AE" and port.name == "Dubai" and port.geo_precision == 2
