"""Quantities in claims normalised: shares as fractions, counts as numbers.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from warwire.claims.quantity import find_quantities, nearest


def quantities(nlp, text: str) -> list[tuple[float | None, str]]:
    doc = nlp(text)
    found = find_quantities(doc, text, 0, len(text))
    for q in found:
        assert text[q.start:q.end] == q.text
    return [(q.value, q.text) for q in found]


@pytest.mark.parametrize("text, value, words", [
    ("The mayor said 85 per cent of the city was without power.", 0.85, "85 per cent"),
    ("About 85% of homes were damaged in the shelling.", 0.85, "About 85%"),
    ("Officials said roughly half of the residents had fled.", 0.5, "roughly half"),
    ("Nearly all of the bridges over the river have been destroyed.", 0.95, "Nearly all"),
    ("Russia controls a fifth of Ukraine's territory.", 0.2, "a fifth"),
    ("More than two-thirds of the housing stock was destroyed.", 0.667, "More than two-thirds"),
    ("The strike killed 12 civilians in the town.", 12, "12"),
    ("At least 1,200 soldiers were wounded.", 1200, "At least 1,200"),
    ("Twenty-three fighters have died.", 23, "Twenty-three"),
    ("The package is worth 3.5 million euros.", 3_500_000, "3.5 million"),
    # a multiplier written onto the digits, and no number cut before a decimal point
    ("The UN said over 1.7m Ukrainians had crossed into Poland.", 1_700_000, "over 1.7m"),
    ("The second package is worth $2bn.", 2_000_000_000, "2bn"),
])
def test_one_quantity(nlp, text: str, value: float, words: str) -> None:
    (got, got_words), = quantities(nlp, text)
    assert got == pytest.approx(value)
    assert got_words == words


def test_vague_amounts_keep_their_words_without_a_value(nlp) -> None:
    assert quantities(nlp, "Dozens of people were killed.") == [(None, "Dozens")]


@pytest.mark.parametrize("text", [
    "The offensive began on February 24, 2022.",
    "The Su-25 jets flew 30 km from the front three days ago.",
    "It was the most powerful strike of the war.",
    "The town was shelled all day long.",
])
def test_dates_distances_models_and_superlatives_are_not_quantities(nlp, text: str) -> None:
    assert quantities(nlp, text) == []


def test_the_quantity_nearest_the_trigger_wins(nlp) -> None:
    text = "In 2022, two missiles hit the station and killed 14 people."
    doc = nlp(text)
    killed = next(t.i for t in doc if t.text == "killed")
    q = nearest(find_quantities(doc, text, 0, len(text)), doc, killed)
    assert q is not None and q.value == 14


def test_one_another_is_no_number(nlp) -> None:
    assert quantities(nlp, "The two armies blamed one another for the shelling of the plant.") == [
        (2, "two")]
