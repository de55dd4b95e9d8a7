"""One clause read as a claim: topic, actor, the side holding the place, the
place, what was hit, negation; and clauses that state no fact.  Sentences
are written for these tests."""

from __future__ import annotations

import pytest

from warwire.claims.read import Reading, read_clause


def read(nlp, text: str, side: str | None = None, quoted: bool = False) -> Reading | None:
    doc = nlp(text)
    return read_clause(doc, 0, len(text), side, quoted)


def place(text: str, r: Reading) -> str | None:
    return text[r.place[0]:r.place[1]] if r.place else None


@pytest.mark.parametrize("text, side, topic, actor, holder, where", [
    ("Its forces had liberated the villages of Pisky and Novoselivka.", "Russia",
     "territorial_control", "Russia", "Russia", "Pisky and Novoselivka"),
    ("Ukrainian troops still hold Pisky.", None, "territorial_control", "Ukraine", "Ukraine", "Pisky"),
    ("The enemy holds the outskirts of Bakhmut.", "Ukraine",
     "territorial_control", "Russia", "Russia", "Bakhmut"),
    ("The enemy had been pushed out of the city centre.", "Ukraine",
     "territorial_control", None, "Ukraine", "city centre"),
    ("Russian forces took control of the town of Lyman.", None,
     "territorial_control", "Russia", "Russia", "Lyman"),
    ("Russian troops withdrew from the outskirts of Chernihiv.", None,
     "retreat", "Russia", "Ukraine", "Chernihiv"),
    ("The town of Soledar fell to Wagner fighters.", None,
     "territorial_control", None, "Russia", "Soledar"),
    ("A fifth of the territory is controlled by Russia.", None,
     "territorial_control", "Russia", "Russia", "territory"),
    ("The city of Balakliya had been liberated from Russian control.", "Ukraine",
     "territorial_control", None, "Ukraine", "Balakliya"),
])
def test_control_of_territory(nlp, text, side, topic, actor, holder, where) -> None:
    r = read(nlp, text, side, quoted=side is not None)
    assert r is not None
    assert (r.topic, r.actor, r.holder, place(text, r)) == (topic, actor, holder, where)


@pytest.mark.parametrize("text, topic, actor, target, where", [
    ("Russian shelling killed 12 civilians in Bakhmut.", "casualties", "Russia", "civilian", "Bakhmut"),
    ("Russian missiles struck a residential building in Kyiv.", "attack", "Russia", "building", "Kyiv"),
    ("Ukrainian forces shelled the town of Horlivka overnight.", "attack", "Ukraine", "town", "Horlivka"),
    ("Shelling damaged a power line at the Zaporizhzhia plant.", "damage", None, "line",
     "Zaporizhzhia plant"),
    ("Ukrainian troops advanced towards Kherson.", "advance", "Ukraine", None, "Kherson"),
    ("The United States will send more HIMARS launchers.", None, None, None, None),
    ("Washington sent 14 radar systems to Ukraine.", "weapons", "United States", "system", "Ukraine"),
])
def test_other_topics(nlp, text, topic, actor, target, where) -> None:
    r = read(nlp, text)
    if topic is None:
        assert r is None
        return
    assert r is not None
    assert (r.topic, r.actor, r.target, place(text, r)) == (topic, actor, target, where)


@pytest.mark.parametrize("text", [
    "Russian forces could capture the city within days.",
    "Moscow vowed to retake the region.",
    "If Russian troops enter the city, residents will flee.",
    "Did Russian forces shell the hospital?",
    "The plan fell short of expectations.",
    "Sanctions hit the Russian economy hard.",
    "The city, which Russia captured in March, is quiet now.",
])
def test_clauses_that_state_no_fact(nlp, text: str) -> None:
    assert read(nlp, text) is None


def test_a_report_inside_the_journalists_sentence_is_not_the_journalists(nlp) -> None:
    text = "Video shows Russian troops shelling the village."
    assert read(nlp, text) is None
    assert read(nlp, text, quoted=True) is not None


def test_negation_and_failure(nlp) -> None:
    r = read(nlp, "Russian forces have not captured the town of Bakhmut.")
    assert r is not None and r.negated and r.holder == "Russia"
    r = read(nlp, "Russian forces failed to capture the village of Pisky.")
    assert r is not None and r.negated


def test_an_attempt_is_an_attack_not_control(nlp) -> None:
    r = read(nlp, "Russian troops tried to storm the town of Marinka.")
    assert r is not None and (r.topic, r.holder) == ("attack", None)


@pytest.mark.parametrize("text", [
    "Stop the war and withdraw your troops from Kherson.",
    "After relentless shelling of the city by Russian forces.",
])
def test_no_finite_main_clause_is_no_claim(nlp, text: str) -> None:
    assert read(nlp, text, "Ukraine", quoted=True) is None
