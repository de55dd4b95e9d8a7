"""The events stage over a parsed article; the Mykolaiv example end to end."""

from __future__ import annotations

from datetime import date

from events_util import article

from warwire.events import Events


def test_stage_declares_its_keys():
    stage = Events()
    assert (stage.name, stage.needs, stage.adds) == ("events", ("doc", "dates", "places"), ("events",))


def test_mykolaiv_example():
    a = article("A missile strike on Mykolaiv killed two people and wounded five on Friday, "
                "regional governor Vitaliy Kim said.", date(2022, 7, 16))
    Events()(a)
    assert len(a.events) == 1
    e = a.events[0]
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence",
                                                "Shelling/artillery/missile attack")
    assert (e.actor1, e.actor2) == ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")
    assert e.date == date(2022, 7, 15)
    assert (e.fatalities, e.injuries) == (2, 5)
    assert e.place.country_code == "UA" and e.place.geo_precision == 1
    assert e.plover == "FIGHT/heavy-weapons"
    assert "regional governor Vitaliy Kim" in e.sources
    assert a.text[e.start:e.end] == e.text


def test_no_parse_no_events():
    a = article("Russian forces shelled Kharkiv.")
    a.doc = None
    Events()(a)
    assert a.events == []
