"""Document context: what the other toponyms of a document say about one of them.

Given the current choice for every toponym group of a document, a
:class:`DocumentContext` scores a candidate by

- its country's share of the other mentions (the document's country focus);
- its admin1's share of the other mentions ("Novoselivka" in a report about
  Kharkiv oblast);
- its distance to the nearest other place chosen so far (places named together
  are near each other);
- (:class:`SoftSupport`) the share of the other toponyms' *candidates* in its
  admin1, whatever they currently pick.

A group never supports itself: its own mentions are taken out of the shares.
:func:`focus_place` names the place a document is mostly about (the stand-in
for toponyms the gazetteer lacks).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass

from .candidate import Candidate, haversine_km
from .normalize import normalize
from .variants import COUNTRIES as VARIANT_COUNTRIES

#: Features whose point says where a mention is (a country's centre does not).
POINT_FEATURES = frozenset({"city", "admin2", "facility", "water", "region"})
#: Radius (km) inside which a distance to a large unit counts as zero.
RADIUS_KM = {"admin1": 250.0, "region": 250.0, "water": 150.0}
NEAR_KM = 300.0
#: A town this big named by its own name inside a longer name is trusted anywhere.
BIG_PART = 100_000
_POINTLIKE = frozenset({"city", "admin2", "facility", "water"})


@dataclass(frozen=True)
class Pick:
    """A group's current choice and how many mentions the group has."""

    candidate: Candidate
    count: int


class DocumentContext:
    """Country / admin1 shares and chosen points of a document's current picks.

    Every query takes ``skip``: the groups that must not count as evidence
    (the group being scored, and any group that could name the very same
    place, so that "Harris" and "Harris County" do not vouch for each other).
    """

    def __init__(self, picks: Mapping[Hashable, Pick]) -> None:
        self.picks = dict(picks)
        self.points = [(g, p.candidate) for g, p in self.picks.items()
                       if p.candidate.feature in POINT_FEATURES]

    def shares(self, c: Candidate, skip: Collection[Hashable]) -> tuple[float, float]:
        """(country share, admin1 share) of the other groups' mentions."""
        total = country = admin1 = 0
        for g, pick in self.picks.items():
            if g in skip:
                continue
            total += pick.count
            other = pick.candidate
            if c.country_code and other.country_code == c.country_code:
                country += pick.count
            if c.admin1_code and other.admin1_code == c.admin1_code:
                admin1 += pick.count
        if total == 0:
            return 0.0, 0.0
        return country / total, admin1 / total

    def nearest_km(self, c: Candidate, skip: Collection[Hashable]) -> float | None:
        """Distance to the nearest point chosen for another group (``None``: no such point)."""
        if c.feature in ("country", "continent"):
            return None
        best = None
        for g, other in self.points:
            if g in skip:
                continue
            d = haversine_km(c.lat, c.lon, other.lat, other.lon)
            d = max(0.0, d - RADIUS_KM.get(c.feature, 0.0) - RADIUS_KM.get(other.feature, 0.0))
            if best is None or d < best:
                best = d
        return best


class SoftSupport:
    """How much of the other toponyms' candidate mass lies in a candidate's admin1.

    Each group spreads probability over its candidates (proportional to
    ``10 ** prior``, priors being log10 scores); a candidate is supported by the
    mass other groups put in its admin1.  Unlike the current picks this sees
    every reading at once, so "Athens" + "Henderson County" can find Texas,
    where the two most populous readings (Georgia, North Carolina) do not meet.
    """

    def __init__(self, groups: Mapping[Hashable, Sequence[tuple[Candidate, float]]]) -> None:
        self.mass: dict[Hashable, dict[str, float]] = {}
        for g, scored in groups.items():
            if not scored:
                continue
            top = max(p for _, p in scored)
            weights = [(c, 10 ** (p - top)) for c, p in scored]
            total = sum(w for _, w in weights)
            mass: dict[str, float] = {}
            for c, w in weights:
                if c.admin1_code:
                    mass[c.admin1_code] = mass.get(c.admin1_code, 0.0) + w / total
            self.mass[g] = mass

    def support(self, c: Candidate, skip: Collection[Hashable]) -> float:
        """Mean mass, over the other groups, in ``c``'s admin1 (0 to 1)."""
        others = [m for g, m in self.mass.items() if g not in skip]
        if not others or not c.admin1_code:
            return 0.0
        return sum(m.get(c.admin1_code, 0.0) for m in others) / len(others)


def unsupported(c: Candidate, match: str, key: str, ctx: DocumentContext,
                skip: Collection[Hashable]) -> bool:
    """A reading nothing else in the document backs: a town matched on part of a longer
    name far from every other place (or alone), unless a big city by its own name ("New
    York Auto Show"); or a town reached only by another romanisation ("Latin" → Lityn) in
    a country no other place of the document lies in."""
    if match == "variant" and c.country_code in VARIANT_COUNTRIES and c.feature == "city":
        others = any(g not in skip for g in ctx.picks)
        return others and ctx.shares(c, skip)[0] == 0
    if match not in ("partial", "core") or c.feature not in _POINTLIKE:
        return False
    if named_big_town(c, key):
        return False
    nearest = ctx.nearest_km(c, skip)
    return nearest is None or nearest > NEAR_KM


def named_big_town(c: Candidate, key: str) -> bool:
    """A big town named by its own name inside a longer name ("Dubai World Cup")."""
    return c.population >= BIG_PART and f" {normalize(c.name)} " in f" {key} "


def remote_town(c: Candidate, admin1_share: float, nearest_km: float | None) -> bool:
    """A town that only its country backs: no other place of the document in its admin1
    or within :data:`NEAR_KM` ("London" in a report naming Washington and New York is
    not London, Ohio, though Ohio is in the United States)."""
    near = nearest_km is not None and nearest_km <= NEAR_KM
    return c.feature == "city" and admin1_share == 0 and not near


def closeness(distance_km: float | None) -> float:
    """Positive when nearer than :data:`NEAR_KM`, negative beyond, on a log scale."""
    if distance_km is None:
        return 0.0
    return math.log10(1 + NEAR_KM / 50) - math.log10(1 + distance_km / 50)


def focus_place(picks: Mapping[Hashable, Pick]) -> Candidate | None:
    """The document's focus: its most mentioned country, and in it the most mentioned
    town (else admin1 or region, else the country itself)."""
    if not picks:
        return None
    countries: dict[str, int] = {}
    for p in picks.values():
        if p.candidate.country_code:
            countries[p.candidate.country_code] = countries.get(p.candidate.country_code, 0) + p.count
    country = max(countries, key=countries.__getitem__) if countries else None
    for features in (("city", "admin2", "facility"), ("admin1", "region"), ("country",),
                     ("continent", "water", "region")):
        counts: dict[int, tuple[int, Candidate]] = {}
        for p in picks.values():
            c = p.candidate
            if c.feature in features and (country is None or c.country_code in (country, "")):
                counts[c.id] = (counts.get(c.id, (0, c))[0] + p.count, c)
        if counts:
            return max(counts.values(), key=lambda t: (t[0], t[1].population))[1]
    return None
