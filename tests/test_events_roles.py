"""Who did what to whom: the roles of actor mentions in their event."""

from __future__ import annotations

from datetime import date

from events_util import main, parse

from warwire.events.actors import find_actors
from warwire.events.cues import sentence_scores, trigger_of
from warwire.events.roles import assign_roles


def test_roles_subject_acts_target_is_hit():
    doc = parse("Ukrainian forces shelled DPR positions near Horlivka.")
    sent = next(doc.sents)
    trigger = trigger_of(doc, sentence_scores(sent), ("shelling",))
    roles = assign_roles(find_actors(sent), trigger, False)
    assert roles.actor1.name("UA") == "Military Forces of Ukraine (2019-)"
    assert roles.actor2.name("UA") == "NAF: United Armed Forces of Novorossiya"


def test_civilian_target_is_actor2_and_strikes_default_to_the_theatres_attacker():
    e = main("A missile strike on Mykolaiv killed two people.")
    assert (e.actor1, e.actor2) == ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")


def test_the_source_of_a_report_is_no_party_to_the_event():
    e = main("Kyiv reported two deaths in a Russian missile strike on Kramatorsk on Thursday.")
    assert e.actor1 == "Military Forces of Russia (2000-)"
    assert e.actor2 != "Military Forces of Ukraine (2019-)"


def test_the_side_charged_with_the_event_is_its_actor():
    e = main("Moldova accused Russia on Friday of shelling the border post near Giurgiulesti.")
    assert e.actor1 == "Military Forces of Russia (2000-)"


def test_sides_joined_by_and_act_together():
    e = main("Russian troops and separatist fighters fought their way into Popasna on Tuesday, the governor said.")
    assert "Novorossiya" not in (e.actor2 or "")
    e = main("Fighting between Russian troops and Ukrainian forces raged near Bakhmut on Monday.")
    assert "Ukraine" in (e.actor2 or "")
    e = main("Ukrainian and DPR forces exchanged artillery fire near Horlivka on Friday.")
    assert {e.actor1, e.actor2} >= {"Military Forces of Ukraine (2019-)"} and e.actor2 is not None


def test_the_office_of_the_one_who_reports_is_no_party():
    e = main("Pavlo Kyrylenko, head of the Donetsk Regional Military Administration, said on "
             "Tuesday that one civilian was killed in Bakhmut.", date(2022, 11, 16))
    assert e.actor1 is None or "Ukraine" not in e.actor1
    assert e.actor2 == "Civilians (Ukraine)"


def test_a_regional_military_administration_is_the_government_not_the_army():
    e = main("The regional military administration evacuated 300 residents from Kupiansk on Monday "
             "as Russian shelling killed two civilians there.", date(2022, 11, 16))
    assert "Military Forces of Ukraine" not in {e.actor1, e.actor2}
