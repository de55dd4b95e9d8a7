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


EVENT = {"id": "ev1", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Shelling/artillery/missile attack", "kind": "acled",
         "plover": "ASSAULT/missile", "actor1": "Military Forces of Russia (2000-)",
         "actor2": "Civilians (Ukraine)", "date": "2022-07-15", "time_precision": 1,
         "place": {"name": "Mykolaiv", "lat": 46.975, "lon": 31.995, "admin1": "Mykolaiv",
                   "admin2": "Mykolaivskyi", "country_code": "UA", "geonames_id": 700569,
                   "geo_precision": 1},
         "fatalities": 2, "injuries": 5, "low": 2, "best": 2, "high": 2,
         "sources": ["Regional governor"], "status": "reported",
         "notes": "On 15 July 2022, Russian forces struck Mykolaiv with missiles, killing 2 "
                  "people and injuring 5.",
         "evidence": [{"text": "A missile strike on Mykolaiv killed two", "start": 0, "end": 39}]}


def test_acled_csv_has_acleds_columns_one_row_per_event() -> None:
    rec = _record(1, DATES)
    rec["events"] = [EVENT, {**EVENT, "id": "ev2", "place": {"name": None, "lat": None,
                                                              "lon": None, "geo_precision": 3}}]
    out = io.StringIO()
    assert export([rec, _record(2, [])], "acled-csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    first = rows[0]
    assert (first["event_date"], first["year"], first["location"]) == ("2022-07-15", "2022", "Mykolaiv")
    assert first["actor2"] == "Civilians (Ukraine)" and first["fatalities"] == "2"
    assert first["source"] == "Regional governor" and first["article_id"] == "id1"


def test_geojson_is_a_feature_collection_of_located_events() -> None:
    rec = _record(1, DATES)
    rec["events"] = [EVENT, {**EVENT, "id": "ev2", "place": {"lat": None, "lon": None}}]
    out = io.StringIO()
    assert export([rec], "geojson", out) == 1
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection"
    [feature] = fc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [31.995, 46.975]}
    assert feature["properties"]["sub_event_type"] == "Shelling/artillery/missile attack"


def test_event_formats_write_acleds_events_and_extras_only_when_asked() -> None:
    rec = _record(1, DATES)
    talks = {**EVENT, "id": "ev3", "kind": "extra", "event_type": "",
             "sub_event_type": "Diplomatic event"}
    rec["events"] = [{**EVENT, "kind": "acled"}, talks]
    for fmt in ("acled-csv", "geojson"):
        assert export([rec], fmt, io.StringIO()) == 1
        out = io.StringIO()
        assert export([rec], fmt, out, extras=True) == 2
        assert "Diplomatic event" in out.getvalue()
