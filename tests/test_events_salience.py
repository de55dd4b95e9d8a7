"""The main clause's event outranks the events of its background phrases and clauses."""

from __future__ import annotations

from datetime import date

import pytest
from events_util import main, parse

from warwire.events.classify import decide, is_modifier
from warwire.events.cues import sentence_hits, sentence_scores
from warwire.events.salience import BACKGROUND, attachment, salience


def key(text: str) -> str | None:
    return decide(sentence_scores(next(parse(text).sents)))


def factors(text: str) -> dict[tuple[str, str], float]:
    sent = next(parse(text).sents)
    hits = sentence_hits(sent)
    found = salience(sent.doc, hits, lambda k: not is_modifier(k))
    return {(sent.doc[h.start:h.end].text.lower(), h.key): f for h, f in found.items()}


def token(text: str, word: str):
    doc = parse(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text, word, expected", [
    ("Three policemen were wounded by a grenade during clashes with the militants.", "clashes", "adjunct"),
    ("The soldiers were hurt when a grenade exploded after the rebels had fought them.", "fought", "adjunct"),
    ("Police detained two students who organised the rally.", "rally", "clause"),
    ("Police detained two students who organised the rally.", "detained", None),
    ("The army said militants attacked a checkpoint near the town.", "attacked", None),
])
def test_attachment(text, word, expected):
    assert attachment(token(text, word)) == expected


def test_a_clash_in_a_time_adjunct_counts_less_when_the_main_clause_has_its_own_event():
    found = factors("Three policemen were wounded by a grenade during clashes with the militants.")
    assert found[("clashes", "armed_clash")] == BACKGROUND and found[("grenade", "grenade")] == 1.0


@pytest.mark.parametrize("text, expected", [
    ("Three policemen were wounded by a grenade during clashes with the militants.", "grenade"),
    ("Thousands of residents protested in the capital over the chemical spill at the port.",
     "peaceful_protest"),
    ("Security agents arrested four students who had organised the demonstrations.", "arrests"),
])
def test_the_main_clause_decides(text, expected):
    assert key(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed during clashes with the rebels near the border.", "armed_clash"),
    ("Police detained dozens of activists during a protest outside the ministry.",
     "protest_intervention"),
])
def test_a_background_event_alone_is_still_the_event(text, expected):
    assert key(text) == expected


def test_a_noun_subject_without_a_relative_word_is_no_relative_clause():
    # spaCy may hang "the village was liberated" below "clash" as a relative clause
    text = "As the result of the clash the village was liberated from the invaders."
    assert attachment(token(text, "liberated")) != "clause"


def test_the_cause_of_a_retaliation_is_background():
    text = "The navy fired cruise missiles at an airbase in retaliation for a chlorine attack on the port."
    assert attachment(token(text, "chlorine")) == "cause"
    assert key(text) == "shelling"


def test_a_protest_that_is_the_cause_of_an_arrest_is_background():
    text = "Police arrested a dozen opposition activists in anticipation of mass protests on Friday."
    assert attachment(token(text, "protests")) == "cause"
    assert key(text) == "arrests"
    assert key("Police detained dozens of activists during a protest outside the ministry.") \
        == "protest_intervention"


@pytest.mark.parametrize("text, word", [
    ("Police arrested two men on suspicion of planting a roadside bomb near the station.", "bomb"),
    ("Police arrested two men on charges of rioting and looting shops.", "looting"),
])
def test_what_a_detainee_is_suspected_of_is_background(text, word):
    assert attachment(token(text, word)) == "cause"
    assert key(text) == "arrests"


def test_fighting_named_as_the_setting_does_not_make_a_blast_a_battle():
    e = main("In a possible escalation of the fighting, powerful explosions rocked a Russian air "
             "base in Crimea on Tuesday.", date(2022, 8, 10))
    assert e.event_type == "Explosions/Remote violence"
