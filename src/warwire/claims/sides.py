"""Which side a speaker or an actor is on, from ``data/sides.tsv``.

A side is an affiliation: ``Russia``, ``Ukraine``, a third state or bloc by
name, ``international`` (UN agencies, the Red Cross, the IAEA, NGOs) or
``media`` (outlets and reporters).  The leftmost actor named in a mention
decides ("Ukraine's ambassador to the UN" → Ukraine; "the UN envoy to
Ukraine" → international); where no actor is named, an official whose title
names a place takes the place's side ("Kharkiv regional governor" → Ukraine).
A mention ending in a media word is media whatever it names ("Russian state
media", "Ukrainian outlets"), and so is an outlet's section by language or
country ("the BBC's Ukrainian service", "the Russian service of Radio Liberty").
"""

from __future__ import annotations

import re

from ..quotes.lexicon import quote_words
from .tables import Pattern, in_class, side_patterns, words

#: side of the article's own assertions (the journalist, the outlet)
MEDIA = "media"
_OPPOSITE = {"Russia": "Ukraine", "Ukraine": "Russia"}
#: words joining two parties in one mention ("Ukrainian officials as well as Russian journalists")
_JOINED = re.compile(r"\b(?:and|as well as|along with|together with|or)\b|&", re.IGNORECASE)


def opposite(side: str | None) -> str | None:
    """The other belligerent: Russia ↔ Ukraine; None for anyone else."""
    return _OPPOSITE.get(side or "")


def side_of(speaker: str | None, role: str | None = None,
            text_context: str | None = None) -> str | None:
    """The side of a speaker: by name, then the mention as written, then the role;
    an actor of the table first, then an official's place, then any country.

    ``speaker`` is the canonical name ("Igor Konashenkov", "the Kremlin"),
    ``role`` a title ("Russian defence ministry spokesman"), ``text_context``
    the mention as written with its apposition ("Oleksandr Motuzyanyk, a
    spokesman for Ukraine's defence ministry").  None when nothing tells.
    """
    texts = [t for t in (speaker, text_context, role) if t]  # the role is cut from the mention:
    # "Russia's deputy U.N. ambassador" keeps the state the role "Deputy U.N. ambassador" lost
    if any(mixed(t) for t in texts):
        return None  # both sides speak: no one side
    for text in texts:
        side = desk_side(text) or head_side(text) or match_side(text)
        if side is not None:
            return side
    for text in texts:
        side = official_side(text)
        if side is not None:
            return side
    for text in texts:  # a third state the table does not list ("Poland's president", "a Chinese envoy")
        side = match_side(text, ("country",))
        if side is not None:
            return side
    return None


def mixed(text: str) -> bool:
    """Does ``text`` join parties of different sides ("Ukrainian officials as well
    as Russian pro-government journalists", "Moscow and Kyiv")?"""
    parts = _JOINED.split(text)
    if len(parts) < 2:
        return False
    found = {head_side(p) or match_side(p) for p in parts} - {None}
    return len(found) > 1


def match_side(text: str, kinds: tuple[str, ...] = ("actor",)) -> str | None:
    """The side of the leftmost (longest) pattern of ``kinds`` in ``text``."""
    ws = words(text)
    for i in range(len(ws)):
        p = _pattern_at(ws, i, kinds)
        if p is not None:
            return p.side
    return None


def head_side(text: str) -> str | None:
    """The side of a word that decides as the mention's last ("Russian state media")."""
    ws = words(text)
    for i in range(max(0, len(ws) - 3), len(ws)):
        p = _longest(ws, i, ("head",))
        if p is not None and i + len(p.words) == len(ws):
            return p.side
    return None


def desk_side(text: str) -> str | None:
    """"the Ukrainian service of the BBC", "Radio Liberty's Russian service": an
    outlet's section by language or country (the ``desk`` words of
    ``quote_words.tsv`` after a demonym or a place) is the outlet's, media, not
    the side the demonym names."""
    ws = words(text)
    desks = quote_words("desk")
    for i in range(1, len(ws)):
        if ws[i][1] in desks and _pattern_at(ws, i - 1, ("actor", "country", "place")) is not None:
            for j in range(len(ws)):
                p = _longest(ws, j, ("actor", "head"))
                if p is not None and p.side == MEDIA:
                    return MEDIA
            return None
    return None


def official_side(text: str) -> str | None:
    """"Kharkiv regional governor", "the mayor of Kherson": the place's side."""
    ws = words(text)
    if not any(in_class(f, "official") for _, f in ws):
        return None
    return match_side(text, ("place",))


def _pattern_at(ws: list[tuple[str, str]], i: int, kinds: tuple[str, ...]) -> Pattern | None:
    """The longest pattern of ``kinds`` starting at word ``i`` (a hyphenated
    word not listed whole is tried by its first part: "Russian-held")."""
    p = _longest(ws, i, kinds)
    if p is None and "-" in ws[i][0]:
        first = ws[i][0].split("-")[0]
        p = _longest([(first, ws[i][1].split("-")[0])], 0, kinds)
    return p


def _longest(ws: list[tuple[str, str]], i: int, kinds: tuple[str, ...]) -> Pattern | None:
    for p in side_patterns().get(ws[i][1], ()):
        if p.kind not in kinds or i + len(p.words) > len(ws):
            continue
        run = ws[i:i + len(p.words)]
        if p.exact and all(w == pw for (w, _), pw in zip(run, p.words)):
            return p
        if not p.exact and all(f == pw for (_, f), pw in zip(run, p.words)):
            return p
    return None
