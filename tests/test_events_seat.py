from __future__ import annotations

import pytest

from warwire.api import extract
from warwire.events.seat import seat_name


def test_the_seat_is_the_town_a_unit_is_named_after() -> None:
    assert seat_name("the Poltava region") == "poltava"
    assert seat_name("Kremenchuk district") == "kremenchuk"
    assert seat_name("Luhansk Oblast") == "luhansk"
    assert seat_name("Crimea") == "crimea"


def _place(text: str):
    events = extract(text, published="2022-11-16").events
    assert events, text
    return events[0].place


def test_a_region_only_event_is_coded_to_the_regional_capital() -> None:
    place = _place("A Russian missile attack in the Poltava region damaged energy facilities "
                   "on Tuesday, the regional governor said.")
    assert (place.name, place.feature, place.geo_precision) == ("Poltava", "admin1", 3)
    assert place.lat == pytest.approx(49.59, abs=0.05) and place.lon == pytest.approx(34.55, abs=0.05)
    assert place.text == "Poltava region"  # the evidence stays the mention itself


def test_a_district_event_is_coded_to_the_district_centre() -> None:
    place = _place("Russian forces shelled Kremenchuk district overnight, wounding two civilians, "
                   "local officials said.")
    assert (place.name, place.feature, place.geo_precision) == ("Kremenchuk", "admin2", 2)
    assert place.lat == pytest.approx(49.06, abs=0.05)


def test_a_unit_named_after_no_town_keeps_its_own_point() -> None:
    place = _place("Ukrainian drones struck an airfield in Crimea on Saturday, the "
                   "Russian-installed governor said.")
    assert place.feature == "admin1" and place.geo_precision == 3
    assert place.name != "Simferopol" and place.lat == pytest.approx(45.2, abs=0.3)
