"""Score event locations on ACLED rows: is the row's ``location`` found where ACLED put it?

For each row the places stage runs over the row's ``notes`` (an ACLED coder's
one-event summary, "… shelled near Iskryskivshchyna, Sumy.") and the place that
matches the row's ``location`` is taken — the same spelling, or another
romanisation of it (:mod:`warwire.geo.variants`).  When recognition missed the
name, it is added where the notes have it and resolved with the notes' other
places, as the stage would.  ACLED's ``"Donetsk - Kyivskyi"`` (a district of a
city) is looked up as the city.

- ``location_10km``: share of rows whose place lies within 10 km of the row's
  coordinates;
- ``admin1_accuracy``: share of rows whose place is in the row's ``admin1``
  ("Donetsk" and "Donetska oblast" are one unit; names are compared through
  the gazetteer's unit codes, and by their normalised stems where it has none);
- ``gazetteer_10km``: share of rows for which the gazetteer has *any* place of
  that name within 10 km — the ceiling for ``location_10km``;
- ``n``: rows scored.

``warwire eval acled`` runs it beside the event coder (its keys as ``places_*``;
``--places-errors OUT.tsv`` writes the rows that missed).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..geo.candidate import Candidate, haversine_km
from ..geo.candidates import namesake_units
from ..geo.normalize import normalize
from ..geo.recognise import Recogniser, Toponym
from ..geo.resolve import Resolver
from ..geo.stage import recognise, resolve_toponyms, shared
from ..geo.variants import variant_key

NEAR_KM = 10.0
_UNIT_WORDS = re.compile(r"\b(?:oblast|region|province|city|municipality|autonomous|republic"
                         r"|avtonomna|respublika|of)\b")
_ADJECTIVE_END = re.compile(r"(?:s['\u2019]?ka|ska|ka|s['\u2019]?kyi|skyi)$")


@dataclass
class RowResult:
    """One ACLED row and the place found for its location."""

    row: dict[str, str]
    place: Candidate | None
    how: str
    distance_km: float | None
    admin1_ok: bool
    in_gazetteer: bool


def read_rows(path: str | Path, limit: int | None = None) -> list[dict[str, str]]:
    """The rows of an ACLED CSV export that have a location, coordinates and notes.

    With ``limit``, only the file's first ``limit`` rows are read.
    """
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(islice(csv.DictReader(handle), limit))
    except OSError as exc:
        raise InputError(f"cannot read ACLED file: {exc}", str(path)) from exc
    need = ("location", "latitude", "longitude", "notes", "admin1")
    if rows and any(k not in rows[0] for k in need):
        raise InputError(f"ACLED file lacks a column of {', '.join(need)}", str(path))
    out = []
    for row in rows:
        try:
            float(row["latitude"]), float(row["longitude"])
        except ValueError:
            continue
        if row["location"].strip():
            out.append(row)
    return out


def location_name(location: str) -> str:
    """ACLED's "City - District" names a district of a city: look up the city."""
    return location.split(" - ")[0].strip()


def same_name(a: str, b: str) -> bool:
    """One name in two spellings ("Olenivka" / "Elenovka"), unit words aside."""
    ka, kb = normalize(a), normalize(b)
    ka, kb = _UNIT_WORDS.sub("", ka).strip(), _UNIT_WORDS.sub("", kb).strip()
    if not ka or not kb:
        return False
    return ka == kb or variant_key(ka) == variant_key(kb) != ""


class AcledLocator:
    """Finds the place an ACLED row's ``location`` names, in the context of its notes."""

    def __init__(self, recogniser: Recogniser | None = None, resolver: Resolver | None = None):
        rec, res = shared()
        self.rec = recogniser or rec
        self.res = resolver or res
        self._admin1: dict[str, set[str]] = {}

    def locate(self, location: str, doc: Any) -> tuple[Candidate | None, str]:
        """(place, how): how is ``recognised`` (the stage found the name), ``added`` (it
        did not; the name was resolved in the notes' context) or ``missing``."""
        name = location_name(location)
        text = doc.text
        toponyms = recognise(doc, self.rec, text)
        hit = next((k for k, t in enumerate(toponyms) if same_name(t.text, name)), None)
        how = "recognised"
        if hit is None:
            how = "added"
            start = _find(text, name)
            if start is None:  # not in the notes: resolve it with them as context
                extra = Toponym(-1, -1, name, query=name)
                toponyms.append(extra)
            else:
                extra = Toponym(start, start + len(name), text[start:start + len(name)], query=name)
                toponyms = [t for t in toponyms if t.end <= start or t.start >= extra.end]
                toponyms.append(extra)
                toponyms.sort(key=lambda t: t.start)
            hit = toponyms.index(extra)
        resolutions = resolve_toponyms(toponyms, text, None, self.res)
        place = resolutions[hit].candidate
        if place is not None and place.feature in ("admin1", "admin2"):
            place = self.centre(name, place)
        return place, how if place is not None else "missing"

    def centre(self, name: str, unit: Candidate) -> Candidate:
        """ACLED codes an event known only by its region ("in the Odesa region (coded to
        Odesa)") to the town the region is named after: that town, where there is one."""
        towns = [c for c in self.res.candidates(name) if c.feature == "city"
                 and any(u.id == unit.id for u in namesake_units(self.res.gaz, c))]
        return max(towns, key=lambda c: c.population, default=unit)

    def admin1_matches(self, admin1: str, place: Candidate | None) -> bool:
        """Whether ``place`` lies in the unit ACLED calls ``admin1``."""
        if place is None or not admin1.strip():
            return False
        codes = self.admin1_codes(admin1)
        if codes and place.admin1_code:
            return place.admin1_code in codes
        return bool(place.admin1) and _stem(place.admin1) == _stem(admin1)

    def admin1_codes(self, admin1: str) -> set[str]:
        """The gazetteer's admin1 codes for an ACLED admin1 name ("Kyiv City", "Zaporizhia")."""
        if admin1 not in self._admin1:
            query = admin1 if re.search(r"\bcity\b", admin1, re.I) else f"{admin1} region"
            found = self.res.candidates(query)
            codes = {c.admin1_code for c in found[:1] if c.admin1_code}
            codes |= {c.admin1_code for c in found + self.res.candidates(admin1)
                      if c.feature == "admin1" and c.admin1_code and _stem(c.name) == _stem(admin1)}
            self._admin1[admin1] = codes
        return self._admin1[admin1]

    def in_gazetteer(self, location: str, lat: float, lon: float) -> bool:
        """Whether any place of that name (any spelling) lies within 10 km of the row."""
        name = location_name(location)
        ids = set(self.res.gaz.ids(normalize(name))) | set(self.res.gaz.variant_ids(normalize(name)))
        return any(haversine_km(lat, lon, self.res.gaz.lat[i], self.res.gaz.lon[i]) <= NEAR_KM
                   for i in ids)


def _find(text: str, name: str) -> int | None:
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return m.start() if m else None


def _stem(name: str) -> str:
    """"Donetska oblast", "Donetsk", "Donetsk Oblast" → one stem; likewise Kirovohrad/Kirovograd."""
    key = _UNIT_WORDS.sub("", normalize(name)).strip()
    key = _ADJECTIVE_END.sub("", key) or key
    return variant_key(key)[:5]


def score_rows(rows: list[dict[str, str]], docs: Iterable[Any],
               locator: AcledLocator | None = None) -> list[RowResult]:
    """Locate every row's place in its parsed notes."""
    locator = locator or AcledLocator()
    out = []
    for row, doc in zip(rows, docs):
        lat, lon = float(row["latitude"]), float(row["longitude"])
        place, how = locator.locate(row["location"], doc)
        dist = haversine_km(lat, lon, place.lat, place.lon) if place else None
        out.append(RowResult(row, place, how, dist, locator.admin1_matches(row["admin1"], place),
                             locator.in_gazetteer(row["location"], lat, lon)))
    return out


def summarise(results: list[RowResult]) -> dict[str, Any]:
    n = len(results)

    def share(k: int) -> float | None:
        return round(k / n, 4) if n else None

    return {
        "location_10km": share(sum(1 for r in results if r.distance_km is not None
                                   and r.distance_km <= NEAR_KM)),
        "admin1_accuracy": share(sum(1 for r in results if r.admin1_ok)),
        "gazetteer_10km": share(sum(1 for r in results if r.in_gazetteer)),
        "recognised": share(sum(1 for r in results if r.how == "recognised")),
        "n": n,
    }


def evaluate_acled_locations(csv_path: str | Path, *, model: str | None = None,
                             errors_to: str | Path | None = None,
                             limit: int | None = None) -> dict[str, Any]:
    """Score the places stage on an ACLED CSV (see the module docstring).

    ``limit`` scores the file's first rows only; ``errors_to`` writes the rows
    that missed (:func:`write_errors`).
    """
    from ..analyse.nlp import load_model
    from ..config import Settings

    rows = read_rows(csv_path, limit)
    nlp = load_model(model or Settings().model)
    results = score_rows(rows, nlp.pipe((r["notes"] for r in rows), batch_size=64))
    if errors_to:
        write_errors(results, errors_to)
    return summarise(results)


def write_errors(results: list[RowResult], path: str | Path) -> None:
    """Every row that missed, farthest first: location, ACLED admin1, what was chosen."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter="\t")
        out.writerow(["km", "location", "admin1", "chosen", "chosen_admin1", "admin1_ok", "how",
                      "in_gazetteer", "notes"])
        misses = [r for r in results if r.distance_km is None or r.distance_km > NEAR_KM
                  or not r.admin1_ok]
        for r in sorted(misses, key=lambda r: -(r.distance_km or 1e9)):
            c = r.place
            out.writerow(["" if r.distance_km is None else round(r.distance_km, 1),
                          r.row["location"], r.row["admin1"], c.name if c else "",
                          (c.admin1 or "") if c else "", r.admin1_ok, r.how, r.in_gazetteer,
                          r.row["notes"]])
