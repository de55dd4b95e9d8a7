from __future__ import annotations

import csv
import io
import json

import pytest

from warwire.errors import ConfigError
from warwire.export import CSV_COLUMNS, export


def _record(i: int, dates: list[dict]) -> dict:
    return {
        "article": {"id": f"id{i}", "title": f"Report {i}", "source": "Wire", "url": None,
                    "published": "2022-07-16", "published_from": "dateline",
                    "dateline": {"place": "Mykolaiv", "date_text": "July 16", "agency": "Wire"},
                    "origin": "a.txt", "text": "..."},
        "removed": [{"kind": "credit", "text": "(AP Photo/X)"}],
        "dates": dates, "places": [], "quotes": [], "claims": [], "events": [],
    }


DATES = [{"text": "Friday", "start": 0, "end": 6, "type": "date", "value": "2022-07-15",
          "precision": "day", "range": None},
         {"text": "three hours", "start": 9, "end": 20, "type": "duration", "value": "PT3H",
          "precision": "none", "range": None}]


def test_jsonl_round_trips_records() -> None:
    out = io.StringIO()
    records = [_record(1, DATES), _record(2, [])]
    assert export(records, "jsonl", out) == 2
    assert [json.loads(line) for line in out.getvalue().splitlines()] == records


def test_csv_has_one_row_per_article_and_only_dates_not_durations() -> None:
    out = io.StringIO()
    export([_record(1, DATES)], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0]["dateline_place"] == "Mykolaiv"
    assert rows[0]["n_dates"] == "2" and rows[0]["n_removed"] == "1"
    assert rows[0]["dates"] == "2022-07-15"


def test_unknown_format_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown export format 'xml'"):
        export([], "xml", io.StringIO())
