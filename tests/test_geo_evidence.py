"""The first pass: what a span and its sentence say about a proposed name."""

from __future__ import annotations

from typing import Any

from warwire.geo.stage import recognise


def names(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [t.text for t in recognise(doc, None, doc.text)]


def test_what_an_attack_is_on_is_a_place_even_when_tagged_a_person(nlp: Any) -> None:
    # the small model tags "Kramatorsk" PERSON or PRODUCT in these sentences
    assert "Kramatorsk" in names(nlp, "The strike on Kramatorsk killed 50 people.")
    assert "Kramatorsk" in names(nlp, "Russia denied that the strike on Kramatorsk killed civilians.")


def test_on_without_an_attack_gives_no_place(nlp: Any) -> None:
    assert names(nlp, "They opened fire on Smith and commented on Putin.") == []


def test_a_given_name_before_a_surname_is_a_person_even_if_a_big_town_bears_it(nlp: Any) -> None:
    # a Moscow district is called Mar'ino; "Marina" is its variant
    found = names(nlp, "The protester, identified as Marina Ovsyannikova, was detained in Moscow.")
    assert "Marina" not in found and "Moscow" in found


def test_a_summit_is_no_town(nlp: Any) -> None:
    assert "Summit" not in names(nlp, "They talked about the Summit of Americas and the comments "
                                      "made to the president.")


def test_an_unknown_name_before_an_organisation_noun_is_no_place(nlp: Any) -> None:
    found = names(nlp, "Simone Tagliapietra, a senior fellow at the Bruegel think tank in Brussels, "
                       "said gas prices would rise.")
    assert "Bruegel" not in found and "Brussels" in found


def test_an_english_adjective_without_a_place_label_is_no_place(nlp: Any) -> None:
    text = "Would the response be the same for a country that was largely Christian, he asked."
    assert "Christian" not in {t.text for t in recognise(nlp(text))}


def test_named_things_are_no_places(nlp: Any) -> None:
    assert "Molotov" not in names(nlp, "Enlistment offices were hit with Molotov cocktails.")
    assert "Peninsula" not in names(nlp, "He urged a political settlement of the Peninsula issue.")



def test_a_town_that_undergoes_a_strike_is_a_place_whatever_the_tagger_says(nlp: Any) -> None:
    # spaCy's small model tags these towns as a person, an organisation or an adverb
    for town in ("Avdiivka", "Soledar", "Bakhmut", "Rubizhne"):
        text = f"Russian shelling hit {town} on Monday, killing two civilians, officials said."
        assert town in names(nlp, text)


def test_a_capitalised_function_word_is_no_place(nlp: Any) -> None:
    # "As" is a town in Czechia (Aš); "US" in capitals stays the country
    assert "As" not in names(nlp, "The suspect in the stabbing in As we have been telling you, "
                                  "had a long record, police in Los Angeles said.")
    assert "US" in names(nlp, "The US sent more rockets to Ukraine.")
