"""Ukrainian national romanisation of Cyrillic place names."""

from __future__ import annotations

import pytest

from warwire.geo.romanize import is_cyrillic, romanize


@pytest.mark.parametrize("cyrillic, latin", [
    ("Київ", "Kyiv"),
    ("Запоріжжя", "Zaporizhzhia"),
    ("Ізюм", "Izium"),
    ("Миколаїв", "Mykolaiv"),
    ("Щастя", "Shchastia"),
    ("Хорошеве", "Khoroshev" + "e"),
    ("Велика Новосілка", "Velyka Novosilka"),
    ("Кліщіївка", "Klishchiivka"),
])
def test_national_system(cyrillic: str, latin: str) -> None:
    assert romanize(cyrillic) == latin


@pytest.mark.parametrize("cyrillic, latin", [
    ("Єнакієве", "Yenakiieve"),   # є: ye first, ie inside
    ("Їжаківка", "Yizhakivka"),   # ї: yi first, i inside
    ("Йосипівка", "Yosypivka"),   # й: y first, i inside
    ("Юр'ївка", "Yurivka"),       # the apostrophe drops; ї after it is i
    ("Яготин", "Yahotyn"),
    ("Соляне", "Solian" + "e"),
    ("Згурівка", "Zghurivka"),    # зг is zgh, not the zh of ж
])
def test_initial_forms_and_special_letters(cyrillic: str, latin: str) -> None:
    assert romanize(cyrillic) == latin


def test_other_characters_are_kept() -> None:
    assert romanize("Шахта 6/7 (Бахмут)") == "Shakhta 6/7 (Bakhmut)"
    assert romanize("Bakhmut") == "Bakhmut"


def test_is_cyrillic() -> None:
    assert is_cyrillic("Бахмут") and not is_cyrillic("Bakhmut")
