"""What a candidate is worth before the document is read: the prior score.

All terms are in log10 units (1.0 is worth a tenfold population) and add up:
population, a bonus per feature kind, national capitals, how the name matched
(an alias or a part of a longer name counts less), the unit word ("Kharkiv
oblast" wants an oblast), and two rules about names shared by a town and a unit:

- *city over unit*: a bare name shared by a town and an admin unit of the same
  country means the town when the town is big for that unit ("Kharkiv" is the
  city; "Kharkiv oblast" is the oblast; "Bakhmut" is not Bakhmut Raion), and so
  does a town bigger than the whole unit anywhere ("Manchester");
- *namesake town*: a town that is small for the state or country it is named
  like needs strong evidence ("Oklahoma" is the state, not Oklahoma, PA).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .candidate import Candidate
from .candidates import Option, Query
from .normalize import normalize


@dataclass(frozen=True)
class Weights:
    """Score terms of the prior and of the document context (log10 units)."""

    population: float = 1.0
    feature: tuple[tuple[str, float], ...] = (
        ("country", 2.5), ("continent", 2.5), ("admin1", 1.0), ("city", 0.0),
        ("admin2", -1.0), ("region", 0.5), ("water", 0.0), ("facility", 0.5))
    capital: float = 1.0
    alias: float = -2.0
    variant: float = -0.3
    spelled: float = -1.0
    core: float = -0.5
    partial: float = -1.5
    unit_match: float = 2.0
    shadowed_unit: float = -4.0
    namesake_town: float = -3.0
    shadow_ratio: float = 0.05
    hint: float = 6.0
    hint_joint: float = 2.0
    country_focus: float = 4.0
    remote_town: float = 0.5  # share of the country focus for a remote town ...
    remote_ratio: float = 30.0  # ... whose biggest namesake has this many times its people
    admin1_focus: float = 3.0
    proximity: float = 1.5
    cooccurrence: float = 5.0


def prior(w: Weights, option: Option, query: Query, options: list[Option]) -> float:
    """The prior score of one candidate among all candidates of its name."""
    c = option.candidate
    score = w.population * math.log10(c.population + 10) + dict(w.feature).get(c.feature, 0.0)
    if c.capital:
        score += w.capital
    score += {"alias": w.alias, "variant": w.variant, "partial": w.partial,
              "core": w.core}.get(option.match, 0.0)
    if option.match in ("variant", "alias") and any(o.match == "name" for o in options):
        score += w.spelled  # "Frankfurt" is Frankfurt before it is Frankfort, Kentucky
    if query.unit:
        return score + (w.unit_match if unit_fits(query.unit, c.feature) else 0.0)
    if shadowed(c, options, w.shadow_ratio, query.key):
        score += w.shadowed_unit
    elif namesake_town(c, options, w.shadow_ratio):
        score += w.namesake_town
    return score


def unit_fits(unit: str, feature: str) -> bool:
    return unit == feature or (unit in ("admin1", "admin2") and feature in ("admin1", "admin2"))


def shadowed(c: Candidate, options: list[Option], ratio: float, key: str = "") -> bool:
    """An admin unit sharing its name with a sizeable town of the same country, or with
    a town anywhere that has more people than the whole unit (Manchester, not
    Manchester parish in Jamaica)."""
    if c.feature not in ("admin1", "admin2"):
        return False
    by_name = normalize(c.name) == key
    for o in options:
        town = o.candidate
        if town.feature != "city" or o.match == "alias":
            continue
        if town.population >= c.population or (
                _speaks_for(town, c, by_name) and town.population >= ratio * c.population):
            return True
    return False


def _speaks_for(town: Candidate, unit: Candidate, by_name: bool) -> bool:
    """Whether a town of the unit's country takes the unit's name: a county's namesake
    anywhere in the country; a state's, when the name is the state's own, only inside
    it or as the capital ("Kharkiv" in Kharkiv oblast, "Washington"; not Delaware,
    Ohio, nor Wyoming, Michigan)."""
    if town.country_code != unit.country_code:
        return False
    return (unit.feature == "admin2" or not by_name or town.capital
            or town.admin1_code == unit.admin1_code)


def namesake_town(c: Candidate, options: list[Option], ratio: float) -> bool:
    """A small town named like a state or country ("Oklahoma, PA", "China, Kagoshima")."""
    if c.feature != "city":
        return False
    return any(o.candidate.feature in ("admin1", "country") and o.match != "partial"
               and c.population < ratio * o.candidate.population for o in options)
