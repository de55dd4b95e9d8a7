"""Build the gazetteer index from :mod:`.sources` (once; the result is cached).

Admin units and a few countries have no coordinates in the packages: their
point is the centre of the bounding box of their own towns (trimmed of the
outer 2% when there are many, and taken across the date line when that is
narrower), which is close to how GeoNames places a region's point.  Their
population, when unknown, is the sum of their towns'.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from . import katottg, sources, variants
from .candidate import FEATURE_CODE
from .lexicon import COMMON_WORDS, given_names
from .normalize import ARABIC_COUNTRIES, normalize, split_unit_word, without_article
from .sources import Place

FORMAT = 10
#: A village is not added under the name of a town this big: the name means the town.
BIG_NAMESAKE = 100_000


def centre(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """Midpoint of the (trimmed) bounding box of some points."""
    return _mid(sorted(lats)), _lon_mid(sorted(lons))


def _trimmed(values: list[float]) -> tuple[float, float]:
    cut = len(values) // 50 if len(values) >= 50 else 0
    return values[cut], values[len(values) - 1 - cut]


def _mid(values: list[float]) -> float:
    lo, hi = _trimmed(values)
    return (lo + hi) / 2


def _lon_mid(lons: list[float]) -> float:
    lo, hi = _trimmed(lons)
    shifted = sorted(x + 360 if x < 0 else x for x in lons)
    slo, shi = _trimmed(shifted)
    if shi - slo < hi - lo:
        mid = (slo + shi) / 2
        return mid - 360 if mid > 180 else mid
    return (lo + hi) / 2


def _bare_names(names: Iterable[str]) -> list[str]:
    """An Arab town's names without the article ("Qamishli" for "Al Qāmishlī"), unless
    what is left is a common word."""
    bare = (without_article(normalize(n)) for n in names)
    return [b for b in bare if b and b not in COMMON_WORDS]


class IndexBuilder:
    """Collects places and names, fills in admin centres, packs the arrays."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.by_key: dict[tuple[str, str], int] = {}
        self.demonyms: dict[str, int] = {}
        self.preferred: dict[str, set[int]] = defaultdict(set)  # hand-written names
        self.secondary: dict[str, set[int]] = defaultdict(set)  # weak names of non-towns

    def add(self, place: Place) -> int:
        rid = len(self.places)
        self.places.append(place)
        if place.key:
            self.by_key.setdefault((place.feature, place.key), rid)
        self.add_names(rid, place.names)
        self.add_names(rid, place.secondary)
        if place.country_code in ARABIC_COUNTRIES and place.feature != "country":
            self.add_names(rid, _bare_names(place.names))
        primary = {normalize(n) for n in place.names}
        for key in {normalize(n) for n in place.secondary} - primary:
            self.secondary[key].add(rid)
        return rid

    def add_villages(self) -> None:
        """Ukraine's settlements that the GeoNames towns lack (:mod:`.katottg`)."""
        path = katottg.workbook_path()
        if path is None:
            return
        towns: dict[str, list[Place]] = defaultdict(list)
        skeletons: dict[str, list[Place]] = defaultdict(list)
        for p in self.places:
            if p.feature == "city" and p.country_code == "UA":
                for key in {normalize(n) for n in p.names} - {""}:
                    towns[key].append(p)
                    skeletons[variants.variant_key(key)].append(p)

        def lookup(name: str) -> list[Place]:
            key = normalize(name)
            return towns.get(key) or skeletons.get(variants.variant_key(key) or "-", [])

        rows = katottg.settlements(katottg.read_rows(path))
        for place in list(katottg.place_settlements(rows, lookup)):
            key = normalize(place.name)
            if len(key) >= 5 and key not in COMMON_WORDS and key not in given_names() \
                    and not any(t.population >= BIG_NAMESAKE for t in towns.get(key, ())):
                self.add(place)  # not "Nova", "Natalia", nor a village Zaporizhzhia

    def add_names(self, rid: int, names: Iterable[str]) -> None:
        for name in names:
            key = normalize(name)
            if key:
                self.postings[key].add(rid)

    def drop_colliding_secondary(self, min_population: int = 10_000) -> None:
        """A country's weak name that is a sizeable town's own name names the town only
        ("Uman" is a Ukrainian city, not Oman)."""
        for key, rids in self.secondary.items():
            towns = [r for r in self.postings.get(key, ()) if self.places[r].feature == "city"
                     and self.places[r].population >= min_population
                     and normalize(self.places[r].name) == key]
            if towns:
                self.postings[key] -= rids

    def fill_admin_centres(self) -> None:
        """Points and populations of admin units and countries from their towns."""
        groups: dict[tuple[str, str], list[Place]] = defaultdict(list)
        for p in self.places:
            if p.feature == "city" and not p.estimated:
                groups[("country", p.country_code)].append(p)
                if p.admin1_key:
                    groups[("admin1", p.admin1_key)].append(p)
                if p.admin2_key:
                    groups[("admin2", p.admin2_key)].append(p)
        for p in self.places:
            if p.feature not in ("country", "admin1", "admin2") or not p.key:
                continue
            towns = groups.get((p.feature, p.key), [])
            if p.lat is None and towns:
                p.lat, p.lon = centre([t.lat for t in towns], [t.lon for t in towns])
            if not p.population:
                p.population = sum(t.population for t in towns)
        self._fill_from_namesake()
        self._fill_from_parent()

    def _fill_from_namesake(self) -> None:
        """A unit without towns takes the point of its country's largest town of the same
        name (County Cavan → Cavan: Ireland's towns are filed under provinces, its
        counties are named after their county towns)."""
        towns: dict[tuple[str, str], Place] = {}
        for p in self.places:
            if p.feature == "city" and not p.estimated:
                key = (p.country_code, normalize(p.name))
                if key not in towns or p.population > towns[key].population:
                    towns[key] = p
        for p in self.places:
            if p.lat is None and p.feature in ("admin1", "admin2"):
                name = normalize(p.name)
                town = towns.get((p.country_code, name)) \
                    or towns.get((p.country_code, split_unit_word(name)[0]))
                if town is not None:
                    p.lat, p.lon = town.lat, town.lon

    def _fill_from_parent(self) -> None:
        """A unit without towns takes its parent's point (admin2 → admin1 → country)."""
        for p in self.places:
            if p.lat is not None:
                continue
            for feature, key in (("admin1", p.admin1_key), ("country", p.country_code)):
                rid = self.by_key.get((feature, key or ""))
                if rid is not None and self.places[rid].lat is not None and self.places[rid] is not p:
                    p.lat, p.lon = self.places[rid].lat, self.places[rid].lon
                    break

    def target(self, spec: str) -> int | None:
        """Record id named by ``country:XX``, ``admin1:XX.CODE``, ``city:XX:Name`` etc."""
        kind, _, rest = spec.partition(":")
        if kind == "supplement":
            hits = (self.by_key.get((f, rest)) for f in ("region", "water", "facility", "city"))
            return next((h for h in hits if h is not None), None)
        if ":" not in rest:
            return self.by_key.get((kind, rest))
        cc, _, name = rest.partition(":")
        key = normalize(name)
        hits = [r for r in self.postings.get(key, ())
                if self.places[r].feature == kind and self.places[r].country_code == cc]
        # the record of that very name counts double against one that merely has it as an old
        # name ("city:UA:Slovyansk" is Slovyansk, not Nikopol, once Slavyansk, with 19 more
        # people), not against a city of many times its people (Zaporizhzhya, not the village)
        return max(hits, key=lambda r: self.places[r].population * (2 if normalize(self.places[r].name) == key else 1),
                   default=None)

    def set_points(self, rows: list[tuple[str, float, float]]) -> None:
        """Hand-written points that take precedence over computed centres."""
        for spec, lat, lon in rows:
            rid = self.target(spec)
            if rid is None:
                raise ValueError(f"admin1 centres: unknown target {spec!r}")
            self.places[rid].lat, self.places[rid].lon = lat, lon

    def mark_capitals(self) -> None:
        """Flag each country's capital (the most populous town of that name there)."""
        for p in self.places:
            if p.feature == "country" and p.capital:
                rid = self.target(f"city:{p.country_code}:{p.capital}")
                if rid is not None:
                    self.places[rid].is_capital = True

    def add_aliases(self, rows: list[tuple[str, list[str]]]) -> None:
        for spec, names in rows:
            rid = self.target(spec)
            if rid is None:
                raise ValueError(f"gazetteer supplement: unknown alias target {spec!r}")
            self.add_names(rid, names)
            for name in names:
                self.preferred[normalize(name)].add(rid)

    def add_demonyms(self, rows: list[tuple[str, str]]) -> None:
        for demonym, spec in rows:
            rid = self.target(spec)
            if rid is None:
                raise ValueError(f"demonyms: unknown target {spec!r}")
            self.demonyms[normalize(demonym)] = rid

    def pack(self) -> dict[str, Any]:
        """The index as plain types (str, bytes, list, dict), ready for :mod:`marshal`."""
        keep = [i for i, p in enumerate(self.places) if p.lat is not None]
        new_id = {old: new for new, old in enumerate(keep)}
        places = [self.places[i] for i in keep]
        countries = sorted({p.country_code for p in places})
        admin1 = {p.key: (p.name, p.iso or "") for p in places if p.feature == "admin1" and p.key}
        admin2 = {p.key: p.name for p in places if p.feature == "admin2" and p.key}
        a1_keys, a2_keys = sorted(admin1), sorted(admin2)
        a1_idx = {k: i for i, k in enumerate(a1_keys)}
        a2_idx = {k: i for i, k in enumerate(a2_keys)}
        cc_idx = {c: i for i, c in enumerate(countries)}
        keys = sorted(self.postings)
        offsets, post = array("I", [0]), array("I")
        for key in keys:
            post.extend(sorted(new_id[r] for r in self.postings[key] if r in new_id))
            offsets.append(len(post))
        return {
            "format": FORMAT,
            "keys": "\x1f".join(keys),
            "post_off": offsets.tobytes(),
            "post": post.tobytes(),
            "name": "\x1f".join(p.name for p in places),
            "lat": array("d", (p.lat for p in places)).tobytes(),
            "lon": array("d", (p.lon for p in places)).tobytes(),
            "pop": array("Q", (max(0, p.population) for p in places)).tobytes(),
            "gid": array("Q", (p.geonames_id or 0 for p in places)).tobytes(),
            "feat": array("B", (FEATURE_CODE[p.feature] for p in places)).tobytes(),
            "capital": array("I", (i for i, p in enumerate(places) if p.is_capital)).tobytes(),
            "estimated": array("I", (i for i, p in enumerate(places) if p.estimated)).tobytes(),
            "cc": array("H", (cc_idx[p.country_code] for p in places)).tobytes(),
            "a1": array("i", (a1_idx.get(p.admin1_key or "", -1) for p in places)).tobytes(),
            "a2": array("i", (a2_idx.get(p.admin2_key or "", -1) for p in places)).tobytes(),
            "countries": countries,
            "admin1": [[k, *admin1[k]] for k in a1_keys],
            "admin2": [[k, admin2[k]] for k in a2_keys],
            "demonyms": {k: new_id[r] for k, r in self.demonyms.items() if r in new_id},
            "preferred": _remap(self.preferred, new_id),
            "secondary": _remap(self.secondary, new_id),
            "variants": self.variant_postings(new_id),
        }

    def variant_postings(self, new_id: dict[int, int]) -> dict[str, list[int]]:
        """Transliteration skeleton → towns and units of Cyrillic-named countries (:mod:`.variants`)."""
        out: dict[str, set[int]] = defaultdict(set)
        for key, rids in self.postings.items():
            wanted = [new_id[r] for r in rids if r in new_id
                      and self.places[r].country_code in variants.COUNTRIES
                      and self.places[r].feature in ("city", "admin1", "admin2")]
            if wanted:
                skeleton = variants.variant_key(key)
                if skeleton:
                    out[skeleton].update(wanted)
        return {k: sorted(v) for k, v in out.items()}


def _remap(postings: dict[str, set[int]], new_id: dict[int, int]) -> dict[str, list[int]]:
    return {k: [new_id[r] for r in rids if r in new_id] for k, rids in postings.items()}


def build_payload() -> dict[str, Any]:
    """Read every source and return the packed index."""
    builder = IndexBuilder()
    for source in (sources.countries, sources.continents, sources.subdivisions, sources.towns):
        for place in source():
            builder.add(place)
    extra, aliases = sources.supplement()
    for place in extra:
        builder.add(place)
    builder.add_villages()
    builder.drop_colliding_secondary()
    builder.set_points(sources.admin1_centres())
    builder.fill_admin_centres()
    builder.mark_capitals()
    builder.add_aliases(aliases)
    builder.add_demonyms(sources.demonyms())
    return builder.pack()
