"""Unit words and placement cues around a toponym: "Kharkiv oblast", "the city of X", "near X"."""

from __future__ import annotations

from typing import Any

from geo_util import found


def test_city_and_its_oblast(nlp: Any) -> None:
    spans = found(nlp, "Russian missiles hit Kharkiv overnight, and shelling went on "
                       "across Kharkiv oblast until dawn.")
    assert spans["Kharkiv"].unit is None and spans["Kharkiv"].role == "location"
    assert spans["Kharkiv oblast"].unit == "admin1"


def test_unit_word_after_a_list(nlp: Any) -> None:
    spans = found(nlp, "Shelling was reported in the Donetsk and Luhansk regions on Sunday.")
    assert spans["Donetsk"].query == "Donetsk region" and spans["Donetsk"].unit == "admin1"
    assert spans["Luhansk"].query == "Luhansk region"


def test_the_city_of(nlp: Any) -> None:
    spans = found(nlp, "Ukrainian forces entered the city of Kherson on Friday.")
    assert spans["Kherson"].unit == "city"


def test_near_and_qualified(nlp: Any) -> None:
    spans = found(nlp, "Fighting raged near Izium and on the outskirts of Kharkiv, while "
                       "shells fell on northern Mykolaiv.")
    assert spans["Izium"].near and spans["Kharkiv"].near
    assert spans["Mykolaiv"].qualified and not spans["Mykolaiv"].near


def test_a_plural_unit_word_before_a_list(nlp: Any) -> None:
    spans = found(nlp, "Separatists seized buildings in the provinces of Donetsk and Luhansk in 2014.")
    assert spans["Donetsk"].unit == spans["Luhansk"].unit == "admin1"
    spans = found(nlp, "The map shows two eastern regions, Luhansk and Donetsk, which run past Mariupol.")
    assert spans["Luhansk"].unit == spans["Donetsk"].unit == "admin1"
    assert spans["Mariupol"].unit is None
    # one name after the comma is no list: the speaker is the capital
    assert found(nlp, "Fighting in the regions, Kyiv said, was heavy.")["Kyiv"].unit is None


def test_regions_of_a_country_are_inside_it(nlp: Any) -> None:
    spans = found(nlp, "Moscow is providing housing in other regions of Russia, the official said.")
    assert spans["Russia"].unit is None
    spans = found(nlp, "Moscow is providing housing in other regions of Russia, Saldo said.")
    assert spans["Russia"].unit is None
