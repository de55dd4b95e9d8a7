"""Candidate generation: from a toponym string to the places it may name."""

from __future__ import annotations

import pytest

from warwire.geo.candidates import generate, parse_query
from warwire.geo.gazetteer import Gazetteer
from warwire.geo.stage import shared


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return shared()[1].gaz


def names(gaz: Gazetteer, text: str) -> set[str]:
    return {o.candidate.name for o in generate(gaz, parse_query(text))}


def test_a_port_is_no_town_its_second_word_is_another_name_of(gaz: Gazetteer) -> None:
    assert "Rosetta" in names(gaz, "Rashid")  # Rashid is Rosetta's Arabic name
    assert "Rosetta" not in names(gaz, "Port Rashid")


def test_a_longer_name_still_finds_its_known_part(gaz: Gazetteer) -> None:
    assert "Kharkiv" in names(gaz, "Kharkiv Tractor Plant")


def test_a_mention_that_normalises_to_nothing_has_no_candidates(gaz: Gazetteer) -> None:
    # a lone quotation mark or dash the tagger took for an entity (article 1855 of the corpus
    # had made the whole article fail)
    assert generate(gaz, parse_query("’")) == []
    assert generate(gaz, parse_query("")) == []
