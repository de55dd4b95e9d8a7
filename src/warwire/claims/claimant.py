"""Who made a claim, cleaned: never a live blog's timestamp, a place or an
embedded post's outlet.

- a timestamp glued to the speaker ("12:41 GMT Canada", "GMT Canada") is cut
  off (time zones: ``timezone`` in ``claim_words.tsv``);
- a place is no claimant ("Severodonetsk said" is its officials, not known
  here): a name the places stage found that no row of ``sides.tsv`` makes an
  actor ("Kyiv", "Moscow" stand for governments) and that is no country;
- a sentence of an embedded post (a line signed "— Name (@handle) date", or
  holding a post's link) is the post's author's, not the outlet's.
"""

from __future__ import annotations

import re
from typing import Any

from .model import ARTICLE, Claim
from .sides import match_side, side_of
from .tables import in_class

_TIME = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*)?(?P<zone>[A-Z]{2,4})?\b[\s:,.-]*")
_SIGNED = re.compile(r"[—–-]\s*(?P<name>[^()\n—–]{2,60}?)\s*\(@\w+\)")
_LINK_WORD = re.compile(r"\S*(?:twitter\.com|t\.co)/\S*")
#: characters between a post's last words and its signature or link
_GAP = 40
_LINK = re.compile(r"pic\.twitter\.com/|twitter\.com/\w+/status|t\.co/\w")


def strip_time(name: str | None) -> str | None:
    """"12:41 GMT Canada" → "Canada"; a name without a timestamp as it is."""
    if not name:
        return name
    m = _TIME.match(name)
    zone = m.group("zone") if m else None
    if m and (zone is None and m.group().strip() or zone and in_class(zone, "timezone")):
        return name[m.end():].strip() or None
    return name


def place_names(places: list[Any], doc: Any = None) -> set[str]:
    """Lower-cased names of the places found that cannot speak: not a country,
    not a capital or other name that ``sides.tsv`` makes an actor, not a name
    the parser reads as a person's anywhere ("Sergiy Kyslytsya ... Kyslytsya said")."""
    people = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e} if doc is not None else set()
    out = set()
    for pl in places:
        if pl.role == "demonym" or pl.feature == "country" or match_side(pl.text) is not None \
                or pl.text.lower() in people:
            continue
        out.add(pl.text.lower())
    return out - {pl.text.lower() for pl in places if pl.feature == "country"}


def embed_author(text: str, c: Claim) -> tuple[bool, str | None]:
    """(in an embedded post, its author's name or None) for the line of claim ``c``."""
    lo = text.rfind("\n", 0, c.start) + 1
    hi = text.find("\n", c.end)
    line = text[lo:hi if hi >= 0 else len(text)]
    m = _SIGNED.search(line, c.end - lo)
    if m and _close(line[c.end - lo:m.start()]):
        return True, m.group("name").strip()
    link = _LINK.search(line, c.end - lo)
    return bool(link and _close(line[c.end - lo:link.start()])), None


def _close(gap: str) -> bool:
    """Is ``gap`` short enough for what follows the claim to sign it (a link at most)?"""
    return len(_LINK_WORD.sub("", gap).strip()) <= _GAP


def clean(text: str, claims: list[Claim], places: list[Any], doc: Any = None) -> None:
    """Fix the claimant (and side) of each claim in place."""
    if not claims:
        return
    names = place_names(places, doc)
    for c in claims:
        if c.claimant == ARTICLE:
            embedded, author = embed_author(text, c)
            if embedded:
                c.claimant, c.side = author, side_of(author)
            continue
        name = strip_time(c.claimant)
        if name and name.lower() in names:
            name = None
        c.claimant = name
