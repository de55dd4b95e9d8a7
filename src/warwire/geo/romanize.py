"""Ukrainian Cyrillic → Latin by the national system (Cabinet of Ministers resolution 55, 2010).

This is the spelling of Ukrainian place names in ACLED, in the UN's and
Ukraine's own English documents and in most Western war reporting since 2022:
Київ → Kyiv, Запоріжжя → Zaporizhzhia, Юр'ївка → Yurivka, Згурівка → Zghurivka.
*є ї й ю я* are written *ye yi y yu ya* at the start of a word and *ie i i iu
ia* inside it; *зг* is *zgh* (not the *zh* of *ж*); the soft sign and the
apostrophe are dropped.  Other spellings of the same names (Russian forms,
older systems) reach the same place through :func:`.variants.variant_key`.

>>> romanize("Кліщіївка"), romanize("Велика Новосілка")
('Klishchiivka', 'Velyka Novosilka')
"""

from __future__ import annotations

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "'": "", "’": "", "ʼ": "", "`": "",
}
#: Letters written one way at the start of a word and another inside it.
_INITIAL = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"),
            "я": ("ya", "ia")}
_APOSTROPHES = frozenset("'’ʼ`")


def romanize(text: str) -> str:
    """``text`` with every Ukrainian letter romanised; other characters kept as they are."""
    out: list[str] = []
    prev = " "
    for ch in text:
        latin = _letter(ch.lower(), prev.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin[:1].upper() + latin[1:] if ch.isupper() and latin else latin)
        prev = ch
    return "".join(out)


def _letter(ch: str, prev: str) -> str | None:
    if ch == "г" and prev == "з":
        return "gh"
    if ch in _INITIAL:
        initial, inside = _INITIAL[ch]
        at_start = not prev.isalpha() and prev not in _APOSTROPHES
        return initial if at_start else inside
    return _LETTERS.get(ch)


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
