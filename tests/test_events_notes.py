"""The generated ACLED-style note."""

from __future__ import annotations

from datetime import date

from events_util import main

from warwire.events.notes import short_actor


def test_mykolaiv_note():
    e = main("A missile strike on Mykolaiv killed two people and wounded five on Friday, "
             "regional governor Vitaliy Kim said.", date(2022, 7, 16))
    assert e.notes.startswith("On 15 July 2022, Russian forces struck Myk")
    assert e.notes.endswith("with missiles, killing 2 people and injuring 5.")


def test_short_actor_names():
    assert short_actor("Military Forces of Russia (2000-)") == "Russian forces"
    assert short_actor("Military Forces of Russia (2000-) Air Force") == "Russian air forces"
    assert short_actor("Police Forces of Ukraine (2019-)") == "Ukrainian police"
    assert short_actor("Civilians (Ukraine)") == "civilians"
    assert short_actor(None) == "unidentified actors"
