"""The ACLED evaluator on a small export written here."""

from __future__ import annotations

import csv
from datetime import date

from events_util import nlp

from warwire.evaluate.acled import evaluate_acled, evaluate_acled_with_places, macro_f1, parse_date

ROWS = [
    {"event_date": "15-Jul-22", "event_type": "Explosions/Remote violence",
     "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Military Forces of Russia (2000-)",
     "admin1": "Mykolaiv", "location": "Mykolaiv", "latitude": "46.9659", "longitude": "31.9974",
     "notes": "On 15 July 2022, Russian forces struck Mykolaiv with missiles. 2 civilians were killed.",
     "fatalities": "2"},
    {"event_date": "3 October 2022", "event_type": "Battles", "sub_event_type": "Armed clash",
     "actor1": "Military Forces of Ukraine (2019-)", "admin1": "Donetsk", "location": "Bakhmut",
     "latitude": "48.5956", "longitude": "38.0003",
     "notes": "On 3 October 2022, Ukrainian forces repelled a Russian attack near Bakhmut, Donetsk. "
              "Casualties unknown.", "fatalities": "0"},
]


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        w = csv.DictWriter(handle, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_scores_a_tiny_export(tmp_path):
    path = tmp_path / "acled.csv"
    write(path, ROWS)
    result = evaluate_acled(path, nlp=nlp(), errors_to=tmp_path / "errors.tsv")
    assert result["n"] == 2
    for key in ("event_type_accuracy", "sub_event_type_accuracy", "fatalities_exact", "date_exact",
                "actor1_accuracy", "location_10km", "admin1_accuracy"):
        assert result[key] == 1.0, key
    assert result["actor2_accuracy"] is None  # the export has no actor2 column
    assert (tmp_path / "errors.tsv").read_text().count("\n") == 1  # header only


def test_missing_columns_leave_metrics_empty(tmp_path):
    path = tmp_path / "thin.csv"
    write(path, [{"event_date": r["event_date"], "notes": r["notes"], "sub_event_type": r["sub_event_type"]}
                 for r in ROWS])
    result = evaluate_acled(path, nlp=nlp())
    assert result["sub_event_type_accuracy"] == 1.0
    assert result["fatalities_exact"] is None and result["location_10km"] is None


def test_date_formats_and_macro_f1():
    assert parse_date("31-Jul-22") == date(2022, 7, 31)
    assert parse_date("07 February 2024") == date(2024, 2, 7)
    assert parse_date("2022-07-31") == date(2022, 7, 31)
    assert macro_f1(["a", "a", "b"], ["a", "b", "b"]) == round((2 / 3 + 2 / 3) / 2, 4)


def test_limit_scores_the_first_rows_only(tmp_path):
    path = tmp_path / "acled.csv"
    write(path, ROWS)
    assert evaluate_acled(path, nlp=nlp(), limit=1)["n"] == 1


def test_with_places_adds_the_places_keys_and_ends_with_the_main_ones(tmp_path):
    path = tmp_path / "acled.csv"
    write(path, ROWS)
    result = evaluate_acled_with_places(path, errors_to=tmp_path / "e.tsv",
                                        places_errors_to=tmp_path / "p.tsv", limit=1)
    assert result["n"] == 1 and result["places_location_10km"] == 1.0
    assert "places_n" not in result
    assert list(result)[-9:] == ["event_type_accuracy", "sub_event_type_accuracy",
                                 "sub_event_type_macro_f1", "actor1_accuracy", "fatalities_exact",
                                 "date_exact", "location_10km", "admin1_accuracy", "n"]
    assert (tmp_path / "p.tsv").read_text().count("\n") == 1  # header only: no place missed
