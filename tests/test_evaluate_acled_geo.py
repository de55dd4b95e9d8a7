"""The ACLED location scorer on a tiny CSV: distance, admin1, spellings, districts, misses."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warwire.errors import InputError
from warwire.evaluate.acled_geo import (evaluate_acled_locations, location_name, read_rows,
                                        same_name)
from warwire.geo import default_gazetteer

COLUMNS = ["event_date", "event_type", "sub_event_type", "actor1", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "source", "notes", "fatalities"]


def town(name: str) -> tuple[float, float]:
    c = next(c for c in default_gazetteer().lookup(name) if c.feature == "city" and c.country_code == "UA")
    return c.lat, c.lon


def row(location: str, admin1: str, point: tuple[float, float], notes: str) -> dict[str, str]:
    return {"event_date": "5-May-22", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": "Military Forces of Russia (2000-)", "admin1": admin1, "admin2": "",
            "admin3": "", "location": location, "latitude": f"{point[0]:.4f}",
            "longitude": f"{point[1]:.4f}", "source": "test", "notes": notes, "fatalities": "0"}


@pytest.fixture
def acled_csv(tmp_path: Path) -> Path:
    rows = [
        row("Izium", "Kharkiv", town("Izyum"),
            "On 5 May 2022, Russian forces shelled near Izium, Kharkiv. Casualties unknown."),
        # the notes spell the town the Russian way
        row("Kharkiv", "Kharkiv", town("Kharkiv"),
            "On 6 May 2022, Russian forces shelled residential areas of Kharkov. 2 civilians were killed."),
        # ACLED's "City - District"
        row("Kyiv - Pecherskyi", "Kyiv City", town("Kyiv"),
            "On 7 May 2022, a Russian missile hit an office building in the Pecherskyi district "
            "of Kyiv. Casualties unknown."),
        # a village the gazetteer does not have: its region is still right
        row("Zhovtokamianivka", "Donetsk", (47.60, 37.90),
            "On 8 May 2022, Russian forces shelled near Zhovtokamianivka, Donetsk region. "
            "Casualties unknown."),
    ]
    path = tmp_path / "acled.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.DictWriter(handle, fieldnames=COLUMNS)
        out.writeheader()
        out.writerows(rows)
    return path


def test_scores_a_tiny_file(acled_csv: Path, tmp_path: Path) -> None:
    errors = tmp_path / "errors.tsv"
    result = evaluate_acled_locations(acled_csv, errors_to=errors)
    assert result["n"] == 4
    assert result["location_10km"] == 0.75  # the unknown village misses
    assert result["admin1_accuracy"] == 1.0  # ... but lands in its oblast
    assert result["gazetteer_10km"] == 0.75
    with open(errors, encoding="utf-8") as handle:
        missed = list(csv.DictReader(handle, delimiter="\t"))
    assert [m["location"] for m in missed] == ["Zhovtokamianivka"]


def test_limit_scores_the_first_rows_of_the_file(acled_csv: Path) -> None:
    result = evaluate_acled_locations(acled_csv, limit=2)
    assert result["n"] == 2 and result["location_10km"] == 1.0  # the village is row 4


def test_names_and_spellings() -> None:
    assert location_name("Donetsk - Kyivskyi") == "Donetsk"
    assert same_name("Olenivka", "Elenovka") and same_name("Zaporizhia", "Zaporozhye")
    assert same_name("Kharkiv oblast", "Kharkiv") and not same_name("Kharkiv", "Kherson")


def test_rows_without_coordinates_are_skipped_and_bad_files_rejected(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("location,latitude,longitude,notes,admin1\nIzium,,,x,Kharkiv\n"
                    "Izium,49.2,37.3,x,Kharkiv\n", encoding="utf-8")
    assert len(read_rows(path)) == 1
    assert read_rows(path, limit=1) == []  # the first row of the file has no coordinates
    bad = tmp_path / "b.csv"
    bad.write_text("place,lat\nIzium,49\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_rows(bad)
    with pytest.raises(InputError):
        read_rows(tmp_path / "missing.csv")
