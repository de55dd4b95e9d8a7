"""Exports of stored (or freshly extracted) records.

Each format is a writer ``(records, stream) -> count`` registered in
:data:`WRITERS`; the CLI's ``export --format`` choices come from there.
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


WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_csv}


def export(records: Iterable[Record], fmt: str, out: TextIO) -> int:
    """Write ``records`` in format ``fmt``; return how many were written."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}")
    return writer(records, out)
