"""Exports of stored (or freshly extracted) records.

Each format is a writer ``(records, stream) -> count`` registered in
:data:`WRITERS`: ``jsonl`` (whole records), ``csv`` (one row per article),
``acled-csv`` (one row per event, ACLED's columns), ``geojson`` (events as
points) and ``claim-links`` (the store's cross-article claim links, not records).  The count is of records, rows or features written.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from .errors import ConfigError

Record = dict[str, Any]
Writer = Callable[[Iterable[Record], TextIO], int]

#: columns of the per-article CSV (a table analysts load in pandas or R)
CSV_COLUMNS = ("id", "published", "published_from", "source", "title", "url", "origin",
               "dateline_place", "n_removed", "n_dates", "n_places", "n_quotes",
               "n_claims", "n_events", "dates")


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    """One record per line, exactly as ``warwire extract --format json`` gives it."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(record: Record) -> dict[str, Any]:
    """Flatten one record to the article-level CSV row."""
    meta = record["article"]
    row = {k: meta.get(k) for k in ("id", "published", "published_from", "source",
                                    "title", "url", "origin")}
    row["dateline_place"] = (meta.get("dateline") or {}).get("place")
    row["n_removed"] = len(record.get("removed", []))
    for key in ("dates", "places", "quotes", "claims", "events"):
        row[f"n_{key}"] = len(record.get(key, []))
    row["dates"] = "; ".join(sorted({d["value"] for d in record.get("dates", [])
                                     if d.get("type") in ("date", "time")}))
    return row


def write_csv(records: Iterable[Record], out: TextIO) -> int:
    """One row per article: metadata, counts and the distinct dates it mentions."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(csv_row(record))
        n += 1
    return n


#: ACLED's own column names first (as its exports spell them), then warwire's extras
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "event_type",
                 "sub_event_type", "actor1", "actor2", "iso", "admin1", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                 "injuries", "low", "best", "high", "plover", "status", "kind", "article_id",
                 "url", "evidence")


def event_rows(record: Record, extras: bool = False) -> Iterable[dict[str, Any]]:
    """One ACLED-style row per event of a record: ACLED's events only, unless ``extras`` adds
    CASE 2021's extra items (diplomatic events, disasters, ...; ``kind`` "extra")."""
    meta = record["article"]
    for event in record.get("events", []):
        if event.get("kind") == "extra" and not extras:
            continue
        place = event.get("place") or {}
        date_ = event.get("date") or ""
        yield {
            "event_id_cnty": event["id"], "event_date": date_, "year": date_[:4],
            "time_precision": event.get("time_precision"),
            **{k: event.get(k) for k in ("event_type", "sub_event_type", "actor1", "actor2",
                                         "notes", "fatalities", "injuries", "low", "best",
                                         "high", "plover", "status", "kind")},
            "iso": place.get("country_code"), "admin1": place.get("admin1"),
            "admin2": place.get("admin2"), "location": place.get("name"),
            "latitude": place.get("lat"), "longitude": place.get("lon"),
            "geo_precision": place.get("geo_precision"),
            "source": "; ".join(event.get("sources") or [meta.get("source") or ""]).strip("; "),
            "article_id": meta["id"], "url": meta.get("url"),
            "evidence": " | ".join(e["text"] for e in event.get("evidence", [])),
        }


def write_acled_csv(records: Iterable[Record], out: TextIO, extras: bool = False) -> int:
    """One row per event, ACLED's columns first: loads in pandas, R or QGIS as it is."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        for row in event_rows(record, extras):
            writer.writerow(row)
            n += 1
    return n


def write_geojson(records: Iterable[Record], out: TextIO, extras: bool = False) -> int:
    """A FeatureCollection of the events that have coordinates (points, WGS 84)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for record in records:
        for row in event_rows(record, extras):
            if row["latitude"] is None or row["longitude"] is None:
                continue
            feature = {"type": "Feature", "id": row["event_id_cnty"],
                       "geometry": {"type": "Point",
                                    "coordinates": [row["longitude"], row["latitude"]]},
                       "properties": {k: v for k, v in row.items()
                                      if k not in ("latitude", "longitude")}}
            out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
    out.write("\n]}\n")
    return n


LINK_COLUMNS = ("relation", "place", "article_a", "claim_a", "claimant_a", "side_a", "text_a",
                "article_b", "claim_b", "claimant_b", "side_b", "text_b")


def write_claim_links(links: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Claims of two articles that contradict or corroborate each other, one per row."""
    writer = csv.DictWriter(out, fieldnames=LINK_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for link in links:
        writer.writerow(link)
        n += 1
    return n


WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv,
                              "acled-csv": write_acled_csv, "geojson": write_geojson}


#: The formats of events, which may also carry CASE 2021's extra items.
EVENT_FORMATS = frozenset({"acled-csv", "geojson"})


def export(records: Iterable[Record], fmt: str, out: TextIO, extras: bool = False) -> int:
    """Write ``records`` in format ``fmt``; return how many were written.  The event formats
    write ACLED's events; ``extras`` adds the extra items (jsonl and csv keep everything)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}")
    if fmt in EVENT_FORMATS:
        return writer(records, out, extras)  # type: ignore[call-arg]
    return writer(records, out)
