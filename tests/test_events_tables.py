"""The event coder's data files load and agree with each other."""

from __future__ import annotations

from warwire.events.lexicon import compile_pattern
from warwire.events.tables import (actor_rows, countries, country_name, event_types, lexicon_rows,
                                   state_name, words)

ACLED_SUB_EVENTS = 25


def test_taxonomy_has_acleds_25_sub_event_types_and_six_types():
    acled = [t for t in event_types().values() if t.is_acled]
    assert len(acled) == ACLED_SUB_EVENTS
    assert len({t.event_type for t in acled}) == 6


def test_case2021_labels_cover_the_30_classes():
    assert len({t.case2021 for t in event_types().values()}) == 30


def test_every_lexicon_key_is_a_type_or_a_modifier():
    keys = set(event_types())
    for key, pattern, weight, _ in lexicon_rows():
        assert key in keys or key.startswith("+"), key
        assert compile_pattern(key, pattern, weight).specs


def test_actor_rows_are_well_formed():
    kinds = {"state", "police", "nonstate", "pmc", "civilian", "protester", "rioter",
             "unidentified", "government", "adjective", "country"}
    for row in actor_rows():
        assert row.kind in kinds, row
        assert row.country in ("place", "source") or len(row.country) == 2, row


def test_country_names_and_periods():
    assert state_name("UA") == "Ukraine (2019-)"
    assert state_name("RU") == "Russia (2000-)"
    assert country_name("FR") == "France"
    assert countries()["UA"].attacker == "RU"


def test_vague_amounts_follow_acled():
    amounts = words()["amount"]
    assert (amounts["several"], amounts["few"], amounts["dozens"], amounts["hundreds"]) == (3, 3, 12, 100)
