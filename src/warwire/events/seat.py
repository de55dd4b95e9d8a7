"""An event known only by its region or district is coded to that unit's seat.

ACLED's rule for a report that names no town: the event goes to the provincial
capital (geo_precision 3), or to the district's administrative centre (geo_precision
2), not to the middle of the unit.  Units of war reporting are mostly named after their
seat ("the Poltava region", "Kremenchuk district", "the Donetsk oblast"), so the seat is
the town the mention itself names, in the same country and near the unit; a unit named
otherwise ("Crimea", "Donbas") keeps its own point.
"""

from __future__ import annotations

from typing import Any

from ..geo.candidate import haversine_km
from ..geo.normalize import normalize, split_unit_word

#: how far a unit's seat may lie from the unit's own point (the largest oblasts are
#: ~300 km across; their seats lie off-centre)
SEAT_KM = 200.0
UNIT_FEATURES = frozenset({"admin1", "admin2"})


def seat_name(text: str) -> str:
    """The town a unit's mention names: ``"Kremenchuk district"`` → ``"kremenchuk"``."""
    return split_unit_word(normalize(text))[0]


def seat_of(place: Any, gazetteer: Any) -> Any | None:
    """The town that is ``place``'s seat (a gazetteer candidate), or None.

    ``place`` is a resolved admin1 or admin2 mention with ``text``, ``lat``, ``lon`` and
    ``country_code``."""
    if place.feature not in UNIT_FEATURES or place.lat is None:
        return None
    towns = [c for c in gazetteer.lookup(seat_name(place.text))
             if c.feature == "city" and not c.estimated and c.country_code == place.country_code
             and haversine_km(c.lat, c.lon, place.lat, place.lon) <= SEAT_KM]
    return max(towns, key=lambda c: c.population, default=None)
