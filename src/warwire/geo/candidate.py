"""What the gazetteer hands out: one :class:`Candidate` per known place."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

#: Feature kinds, in the order stored in the index (the position is the code).
FEATURES = ("city", "admin1", "admin2", "country", "region", "water", "facility", "continent")
FEATURE_CODE = {name: i for i, name in enumerate(FEATURES)}

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to.

    ``admin1`` / ``admin2`` are display names of the containing units and
    ``admin1_code`` / ``admin2_code`` their GeoNames codes (``"UA.07"``,
    ``"UA.07.6312"``); ``admin1_iso`` is the ISO 3166-2 code where known
    (``"UA-63"``).  ``geonames_id`` is ``None`` for the hand-written supplement.
    ``capital`` marks a national capital; ``estimated`` a point estimated from the
    place's unit (a village at its hromada's centre, :mod:`.katottg`).
    ``id`` is the record number inside the index (stable for one build only).
    """

    id: int
    name: str
    lat: float
    lon: float
    feature: str
    country_code: str
    population: int
    geonames_id: int | None
    admin1: str | None = None
    admin1_code: str | None = None
    admin1_iso: str | None = None
    admin2: str | None = None
    admin2_code: str | None = None
    capital: bool = False
    estimated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def distance_km(self, other: Candidate) -> float:
        return haversine_km(self.lat, self.lon, other.lat, other.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
