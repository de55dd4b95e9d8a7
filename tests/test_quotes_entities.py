"""The registry of an article's people, organisations and places, and the
mentions pronouns look back to.  The reports are written for these tests."""

from __future__ import annotations

from warwire.quotes.context import Context
from warwire.quotes.entities import ORG, PERSON, PLACE, Registry


def registry(nlp, text: str) -> Registry:
    return Registry(Context(nlp(text)))


def test_a_person_keeps_the_role_and_gender_of_the_first_mention(nlp) -> None:
    reg = registry(nlp, "Ukrainian President Volodymyr Zelensky said the army would not retreat.")
    (e,) = reg.entities
    assert (e.name, e.kind, e.role, e.gender) == ("Volodymyr Zelensky", PERSON, "Ukrainian President", "m")
    assert reg.surname("Zelenskyy") is e and reg.surname("Zelenskiy") is e
    assert reg.surname("Volodymyr Zelensky") is None


def test_each_owner_keeps_its_own_ministry(nlp) -> None:
    reg = registry(nlp, "Ukraine's defence ministry said four drones were shot down. "
                        "Russia's defence ministry said its air defences had destroyed a launcher.")
    orgs = [(e.name, e.owner) for e in reg.entities if e.kind == ORG]
    assert orgs == [("Ukrainian Defence Ministry", "Ukrainian"), ("Russian Defence Ministry", "Russian")]
    assert {e.name for e in reg.entities if e.kind == PLACE} == {"Ukraine", "Russia"}


def test_a_name_said_twice_is_one_entity_mentioned_twice(nlp) -> None:
    reg = registry(nlp, "The Pentagon said the drones were Iranian-made. "
                        "The Pentagon later said more were coming.")
    (e,) = reg.entities
    assert e.name == "Pentagon"
    assert [(ev.entity, ev.subject, ev.sent) for ev in reg.events] == [(e, True, 0), (e, True, 1)]


def test_events_mark_subjects_for_pronouns(nlp) -> None:
    reg = registry(nlp, "Olena Kovalenko met Mykola Petrenko at the aid point on Monday.")
    assert [(e.name, e.gender) for e in reg.entities] == [("Olena Kovalenko", "f"), ("Mykola Petrenko", "m")]
    assert [(ev.entity.name, ev.subject) for ev in reg.events] == [
        ("Olena Kovalenko", True), ("Mykola Petrenko", False)]


def test_a_person_whose_role_ends_with_its_owner_stays_a_person(nlp) -> None:
    # "Kremlin Spokesman" becomes the role "Spokesman of Kremlin": its head is the spokesman
    reg = registry(nlp, "Kremlin Spokesman Dmitry Peskov said on Tuesday that the talks were continuing.")
    assert [(e.name, e.kind) for e in reg.entities if e.name == "Dmitry Peskov"] == [("Dmitry Peskov", PERSON)]
