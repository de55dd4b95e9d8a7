"""The Event record: serialisation, span invariant, stable id."""

from __future__ import annotations

from datetime import date

from warwire.events.model import Event, EventPlace, Evidence


def make() -> Event:
    text = "A missile strike on Mykolaiv killed two people."
    return Event("Explosions/Remote violence", "Shelling/artillery/missile attack", actor1="X",
                 date=date(2022, 7, 15), place=EventPlace("Mykolaiv", 46.97, 31.99, geo_precision=1),
                 fatalities=2, evidence=[Evidence(text, 0, len(text))], article_id="a1")


def test_to_dict_has_the_acled_fields():
    d = make().to_dict()
    for key in ("id", "event_type", "sub_event_type", "plover", "actor1", "actor2", "date",
                "time_precision", "place", "fatalities", "injuries", "low", "best", "high",
                "sources", "status", "notes", "evidence"):
        assert key in d
    assert d["date"] == "2022-07-15"
    assert d["place"]["geo_precision"] == 1
    assert "article_id" not in d


def test_event_is_a_span_of_its_first_evidence():
    e = make()
    assert (e.start, e.end) == (0, len(e.text))


def test_id_is_stable_and_depends_on_the_coded_fields():
    a, b = make(), make()
    assert a.id == b.id
    b.actor1 = "Y"
    assert a.id != b.id
