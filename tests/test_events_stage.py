"""The events stage over a parsed article; the Mykolaiv example end to end."""

from __future__ import annotations

from datetime import date

from events_util import article, coded

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


def test_a_blast_that_was_an_attack_is_not_also_an_accident():
    text = ("An explosion early on Saturday caused part of the road bridge linking Russia to "
            "the annexed Crimean peninsula to collapse, Russian officials said. Three people "
            "were killed, Russia's Investigative Committee said.\n\nRussian authorities said "
            "a truck bomb had caused the blast.")
    events = coded(text, date(2022, 10, 8))
    assert events and all(e.kind == "acled" for e in events)
    alone = coded("A fire broke out at a chemical plant in Sumy on Monday, killing two "
                  "workers, officials said.", date(2022, 7, 12))
    assert [e.sub_event_type for e in alone] == ["Man-made disaster"]
