"""Victims: how many a victim noun phrase counts and who they are."""

from __future__ import annotations

import pytest
from events_util import parse

from warwire.events.casualties import find_counts
from warwire.events.victims import number_value


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c.kind, c.value, c.group) for s in parse(text).sents for c in find_counts(s)]


def test_number_values():
    doc = parse("Dozens of people and 1,500 soldiers and several tanks and two dogs and a cat.")
    values = {t.text: number_value(t) for t in doc}
    assert (values["Dozens"], values["1,500"], values["several"], values["two"], values["cat"]) \
        == (12, 1500, 3, 2, None)


def test_vague_amounts():
    assert counts("Dozens of people were injured.") == [("injury", 12, "people")]
    assert counts("Several soldiers were killed.") == [("death", 3, "combatant")]
    assert counts("Hundreds of people were killed.") == [("death", 100, "people")]


def test_coordinated_victims_add_up():
    assert counts("The shelling killed a mother and a child.") == [("death", 2, "people")]


@pytest.mark.parametrize("text, group", [
    ("Three security force members were killed in the ambush on the highway.", "combatant"),
    ("Two Al-Shabaab members were killed in the raid on the camp.", "combatant"),
    ("Five members of the armed forces were wounded by the blast.", "combatant"),
    ("Four members of the same family were killed when the house collapsed.", "people"),
])
def test_members_of_an_armed_group_are_fighters(text, group):
    found = find_counts(next(parse(text).sents))
    assert found and found[0].group == group


def test_no_one_killed_counts_nothing():
    assert counts("No one was killed when the shell hit the depot, the mayor said.") == [("death", 0, "people")]


def test_rhetorical_amounts_are_no_count():
    assert counts("So many people have died for nothing in this war.") == []
    assert counts("Too many civilians were killed in the siege.") == []
