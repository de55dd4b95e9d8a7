"""Place mentions as the coder reads them, whatever the places stage's class."""

from __future__ import annotations

from dataclasses import dataclass

from events_util import parse

from warwire.events.places import adapt, recognise


@dataclass
class FakePlace:
    text: str
    start: int
    end: int
    name: str = "Izium"
    lat: float = 49.2
    lon: float = 37.3
    feature: str = "city"
    country_code: str = "UA"
    role: str = "location"
    near: bool = True


def test_adapt_reads_a_span_with_coordinates():
    p = adapt(FakePlace("Izium", 10, 15))
    assert (p.name, p.lat, p.country_code, p.near, p.is_location) == ("Izium", 49.2, "UA", True, True)


def test_demonyms_are_not_locations():
    p = adapt(FakePlace("Russian", 0, 7, role="demonym"))
    assert not p.is_location


def test_recognise_resolves_towns_in_text():
    text = "A missile strike on Mykolaiv killed two people."
    found = [p for p in recognise(parse(text), text) if p.is_location]
    assert [p.text for p in found] == ["Mykolaiv"]
    assert found[0].country_code == "UA"


def test_acronyms_and_organisations_are_not_places():
    text = ("A drone killed a farmer in NATO member Romania, according to Human Rights Watch; "
            "the attack was condemned at the UN.")
    found = [p.text for p in recognise(parse(text), text) if p.is_location]
    assert "NATO" not in found and "UN" not in found
    assert not any("Human" in t for t in found)


def test_a_hyphened_origin_is_no_place():
    text = "Ukrainian forces hit a depot in Nova Kakhovka with US-made rockets backed by UK-supplied drones."
    found = [p.text for p in recognise(parse(text), text) if p.is_location]
    assert "Nova Kakhovka" in found
    assert "US" not in found and "UK" not in found
