"""Score the event coder on ACLED exports: each row's ``notes`` against the row.

Every row's notes are coded with the row's date as the publication date; the
first ACLED event found is the row's event (a row with none counts as wrong
on every field).  Measures:

- ``event_type_accuracy``, ``sub_event_type_accuracy``, ``sub_event_type_macro_f1``
  (macro over the sub-event types of the gold and the output);
- ``actor1_accuracy``: the row's actor1 is one of the event's two actors
  (exports flattened to one actor per row put the target in actor1);
  ``actor2_accuracy`` where the export has actor2 (an empty actor2 must be empty);
- ``fatalities_exact``, ``date_exact``;
- ``location_10km``: the event's place within 10 km of the row's point;
  ``admin1_accuracy``: same first-level unit;
- ``gazetteer_coverage_10km``: rows whose location name the gazetteer knows within 10 km
  of the row's point (the ceiling of ``location_10km``), and ``location_10km_in_gazetteer``
  over those rows;
- ``geo_precision_accuracy``, ``time_precision_accuracy`` where the export has them;
- ``n``: rows scored.

Columns may be missing (a metric then stays ``None``) and ACLED's date formats
vary ("31-Jul-22", "16 February 2024", "2022-07-31").

``warwire eval acled --corpus FILE [--errors OUT.tsv] [--places-errors OUT.tsv]
[--limit N]`` prints a summary; its last line is the JSON object of
:func:`evaluate_acled_with_places` (the event coder's keys, then the places
stage's as ``places_*``, see :mod:`.acled_geo`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..events.model import Event
from ..geo.candidate import haversine_km

DATE_FORMATS = ("%d-%b-%y", "%d %B %Y", "%Y-%m-%d", "%d-%B-%Y", "%d %b %Y", "%d/%m/%Y",
                "%m/%d/%Y", "%d-%b-%Y", "%B %d, %Y", "%d.%m.%Y")


def parse_date(text: str) -> date | None:
    text = (text or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def read_rows(path: str | Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [dict(r) for r in csv.DictReader(handle)]


@dataclass
class Outcome:
    row: dict[str, str]
    event: Event | None

    def value(self, field: str) -> Any:
        return getattr(self.event, field, None) if self.event else None


def main_event(events: list[Event]) -> Event | None:
    return next((e for e in events if e.kind == "acled"), None)


def code_rows(rows: list[dict[str, str]], nlp: Any = None) -> list[Outcome]:
    from ..events.batch import code_articles

    items = ((r.get("notes", ""), parse_date(r.get("event_date", ""))) for r in rows)
    return [Outcome(r, main_event(a.events)) for r, a in zip(rows, code_articles(items, nlp))]


@lru_cache(maxsize=512)
def admin1_key(name: str | None) -> str | None:
    """A first-level unit's GeoNames code, from its name as ACLED or the gazetteer writes it."""
    if not name:
        return None
    from ..events.places import _resolver

    resolver = _resolver()
    for query in (f"{name} oblast", name):
        for cand in resolver.candidates(query)[:5]:
            if cand.feature == "admin1":
                return cand.admin1_code
    return name.lower()


def _ratio(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def macro_f1(gold: list[str], pred: list[str]) -> float | None:
    labels = sorted(set(gold) | {p for p in pred if p})
    if not labels:
        return None
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return round(sum(scores) / len(scores), 4)


def _within(o: Outcome, km: float) -> bool:
    e, r = o.event, o.row
    if e is None or e.place.lat is None or not r.get("latitude"):
        return False
    return haversine_km(e.place.lat, e.place.lon, float(r["latitude"]), float(r["longitude"])) <= km


def _has(rows: list[dict[str, str]], column: str) -> bool:
    return bool(rows) and column in rows[0]


def score(outcomes: list[Outcome]) -> dict[str, Any]:
    rows = [o.row for o in outcomes]
    n = len(outcomes)
    checks: dict[str, Any] = {
        "event_type_accuracy": ("event_type", lambda o: o.value("event_type") == o.row["event_type"]),
        "sub_event_type_accuracy": ("sub_event_type",
                                    lambda o: o.value("sub_event_type") == o.row["sub_event_type"]),
        "actor1_accuracy": ("actor1", lambda o: o.row["actor1"] in (o.value("actor1"), o.value("actor2"))),
        "actor2_accuracy": ("actor2", lambda o: (o.value("actor2") or "") == o.row["actor2"]),
        "fatalities_exact": ("fatalities", lambda o: o.event is not None and
                             o.event.fatalities == int(float(o.row["fatalities"] or 0))),
        "date_exact": ("event_date", lambda o: o.value("date") == parse_date(o.row["event_date"])),
        "location_10km": ("latitude", lambda o: _within(o, 10.0)),
        "admin1_accuracy": ("admin1", lambda o: o.event is not None and
                            admin1_key(o.event.place.admin1) == admin1_key(o.row["admin1"])),
        "geo_precision_accuracy": ("geo_precision", lambda o: str(o.value("place") and o.event.place.geo_precision)
                                   == o.row["geo_precision"]),
        "time_precision_accuracy": ("time_precision",
                                    lambda o: str(o.value("time_precision")) == o.row["time_precision"]),
    }
    result: dict[str, Any] = {}
    for key, (column, ok) in checks.items():
        result[key] = _ratio(sum(1 for o in outcomes if ok(o)), n) if _has(rows, column) else None
    if _has(rows, "sub_event_type"):
        result["sub_event_type_macro_f1"] = macro_f1([r["sub_event_type"] for r in rows],
                                                     [o.value("sub_event_type") or "" for o in outcomes])
    if _has(rows, "location") and _has(rows, "latitude"):
        known = [o for o in outcomes if _in_gazetteer(o.row)]
        result["gazetteer_coverage_10km"] = _ratio(len(known), n)
        result["location_10km_in_gazetteer"] = _ratio(sum(1 for o in known if _within(o, 10.0)), len(known))
    result["no_event"] = sum(1 for o in outcomes if o.event is None)
    result["n"] = n
    return result


def _in_gazetteer(row: dict[str, str]) -> bool:
    """The gazetteer has a place of the row's location name within 10 km of its point: the
    share of rows where the coder can be right at all (``gazetteer_coverage_10km``)."""
    from ..events.places import _resolver

    if not row.get("latitude") or not row.get("location"):
        return False
    lat, lon = float(row["latitude"]), float(row["longitude"])
    return any(haversine_km(c.lat, c.lon, lat, lon) <= 10.0
               for c in _resolver().candidates(row["location"])[:50])


def evaluate_acled(csv_path: str | Path, *, errors_to: str | Path | None = None,
                   limit: int | None = None, nlp: Any = None) -> dict[str, Any]:
    """Code every row's notes and score the first event against the row (module docstring)."""
    rows = read_rows(csv_path)[:limit] if limit else read_rows(csv_path)
    outcomes = code_rows(rows, nlp)
    if errors_to:
        write_errors(outcomes, errors_to)
    return score(outcomes)


#: the event coder's main figures, put last so that a summary ends with them
_MAIN_KEYS = ("event_type_accuracy", "sub_event_type_accuracy", "sub_event_type_macro_f1",
              "actor1_accuracy", "fatalities_exact", "date_exact", "location_10km",
              "admin1_accuracy", "n")


def evaluate_acled_with_places(csv_path: str | Path, *, errors_to: str | Path | None = None,
                               places_errors_to: str | Path | None = None,
                               limit: int | None = None) -> dict[str, Any]:
    """:func:`evaluate_acled` and the places stage alone (keys ``places_*``) on one export.

    ``limit`` takes the first rows of the file for both; ``places_errors_to``
    is the places stage's errors file (:func:`.acled_geo.write_errors`).
    """
    from .acled_geo import evaluate_acled_locations

    result = evaluate_acled(csv_path, errors_to=errors_to, limit=limit)
    places = evaluate_acled_locations(csv_path, errors_to=places_errors_to, limit=limit)
    result.update({f"places_{k}": v for k, v in places.items() if k != "n"})
    last = {k: result.pop(k) for k in _MAIN_KEYS if k in result}
    return {**result, **last}


def write_errors(outcomes: list[Outcome], path: str | Path) -> None:
    """One TSV row per ACLED row with any field wrong: gold vs coded, and the notes."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter="\t")
        out.writerow(["row", "wrong", "gold_sub_event", "sub_event", "gold_actor1", "actor1", "actor2",
                      "gold_fatalities", "fatalities", "km", "gold_location", "place", "notes"])
        for i, o in enumerate(outcomes):
            wrong = _wrong(o)
            if not wrong:
                continue
            e, r = o.event, o.row
            km = ""
            if e is not None and e.place.lat is not None and r.get("latitude"):
                km = round(haversine_km(e.place.lat, e.place.lon, float(r["latitude"]), float(r["longitude"])), 1)
            out.writerow([i, ",".join(wrong), r.get("sub_event_type", ""), e.sub_event_type if e else "",
                          r.get("actor1", ""), e.actor1 if e else "", e.actor2 if e else "",
                          r.get("fatalities", ""), e.fatalities if e else "", km, r.get("location", ""),
                          (e.place.name or "") if e else "", r.get("notes", "")])


def _wrong(o: Outcome) -> list[str]:
    wrong = []
    if o.value("sub_event_type") != o.row.get("sub_event_type"):
        wrong.append("type")
    if o.row.get("actor1") not in (o.value("actor1"), o.value("actor2")):
        wrong.append("actor")
    if o.event is None or o.event.fatalities != int(float(o.row.get("fatalities") or 0)):
        wrong.append("fatalities")
    if o.value("date") != parse_date(o.row.get("event_date", "")):
        wrong.append("date")
    if not _within(o, 10.0):
        wrong.append("location")
    return wrong
