"""The geoparsing scorer: the three XML formats, the metrics, the baseline and errors file."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from warwire.errors import InputError
from warwire.evaluate.geo import error_metrics, evaluate_geo, population_baseline
from warwire.evaluate.geo_corpus import read_geo_corpus
from warwire.geo import default_gazetteer, haversine_km


def _town(name: str, country: str) -> tuple[float, float, int]:
    c = next(c for c in default_gazetteer().lookup(name) if c.feature == "city" and c.country_code == country)
    return c.lat, c.lon, c.geonames_id


KHARKIV, KYIV, PARIS_FR = _town("Kharkiv", "UA"), _town("Kyiv", "UA"), _town("Paris", "FR")
PARIS_TX = (33.66094, -95.55551, 4717560)

LGL_TEXT = "Kharkiv was shelled again; Kyiv condemned it, and Paris called for talks."


def lgl_toponym(text: str, phrase: str, lat: float, lon: float, gid: int) -> str:
    start = text.index(phrase)
    return f"""
      <toponym><start>{start}</start><end>{start + len(phrase)}</end><phrase>{phrase}</phrase>
        <gaztag geonameid="{gid}"><name>{phrase}</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"""


@pytest.fixture
def lgl_file(tmp_path: Path) -> Path:
    """Two places annotated as expected, one ("Paris") annotated as Paris, Texas."""
    spans = (lgl_toponym(LGL_TEXT, "Kharkiv", *KHARKIV) + lgl_toponym(LGL_TEXT, "Kyiv", *KYIV)
             + lgl_toponym(LGL_TEXT, "Paris", *PARIS_TX))
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title><text><![CDATA[{LGL_TEXT}]]></text>
  <toponyms count="3">{spans}
    <toponym><start>0</start><end>7</end><phrase>Kharkiv</phrase></toponym>
  </toponyms></article></articles>"""
    path = tmp_path / "tiny_lgl.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_reads_lgl_format(lgl_file: Path) -> None:
    [doc] = read_geo_corpus(lgl_file)
    assert len(doc.toponyms) == 4 and len(doc.gold) == 3  # a span without gaztag is not gold
    assert [t.text for t in doc.gold] == ["Kharkiv", "Kyiv", "Paris"]
    assert doc.gold[0].geonames_id == 706483
    assert all(doc.text[t.start:t.end] == t.text for t in doc.gold)


def test_reads_geowebnews_format(tmp_path: Path) -> None:
    text = "Ukrainian troops entered Izium. The tractor plant burned."
    xml = f"""<articles><article file="0"><title>x</title><text>{text}</text><toponyms>
      <toponym><extractedName>Ukrainian</extractedName><type>Non_Literal_Modifier</type>
        <start>0</start><end>9</end><geonamesID>690791</geonamesID>
        <latitude>49.0</latitude><longitude>32.0</longitude></toponym>
      <toponym><extractedName>Izium</extractedName><type>Literal</type>
        <start>25</start><end>30</end><geonamesID/>
        <latitude>49.2</latitude><longitude>37.3</longitude></toponym>
      <toponym><extractedName>plant</extractedName><type>Literal_Expression</type>
        <start>45</start><end>50</end></toponym>
      <toponym><extractedName>Ukrainian</extractedName><type>Non_Literal_Modifier</type>
        <start>-40</start><end>-31</end><geonamesID>690791</geonamesID>
        <latitude>49.0</latitude><longitude>32.0</longitude></toponym>
    </toponyms></article></articles>"""
    path = tmp_path / "gwn.xml"
    path.write_text(xml, encoding="utf-8")
    [doc] = read_geo_corpus(path)
    assert [(t.text, t.type, t.geonames_id) for t in doc.gold] == [
        ("Ukrainian", "Non_Literal_Modifier", 690791), ("Izium", "Literal", None),
        ("Ukrainian", "Non_Literal_Modifier", 690791)]
    assert doc.gold[2].start is None  # impossible offsets: scored by its phrase alone
    result = evaluate_geo(path)
    assert result["n_gold"] == 3 and result["n_with_id"] == 2
    assert result["acc161_gold_spans"] == 1.0 and result["exact_id"] == 1.0


def test_reads_geovirus_format_and_repairs_offsets(tmp_path: Path) -> None:
    text = "Cases were found in Kherson and Odesa."
    start = text.index("Kherson") + 1  # counted from one, as GeoVirus does
    xml = f"""<articles><article><source>s</source><text>{text}</text><locations>
      <location><name>Kherson</name><start>{start}</start><end>{start + 7}</end>
        <lat>46.63</lat><lon>32.6</lon><page>p</page></location>
    </locations></article></articles>"""
    path = tmp_path / "gv.xml"
    path.write_text(xml, encoding="utf-8")
    [doc] = read_geo_corpus(path)
    [gold] = doc.gold
    assert text[gold.start:gold.end] == "Kherson" and gold.geonames_id is None
    assert evaluate_geo(path)["acc161_gold_spans"] == 1.0


def test_known_scores_on_a_tiny_corpus(lgl_file: Path) -> None:
    result = evaluate_geo(lgl_file)
    paris_error = haversine_km(*PARIS_FR[:2], *PARIS_TX[:2])
    assert result["n_gold"] == 3 and result["n_with_id"] == 3
    assert result["acc161_gold_spans"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["exact_id"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["median_km"] == 0.0
    assert result["mean_km"] == pytest.approx(paris_error / 3, rel=0.01)
    expected_auc = (math.log1p(paris_error) / 2) / (math.log(20039) * 2)  # trapezoid, 3 points
    assert result["auc"] == pytest.approx(expected_auc, abs=0.002)
    assert result["recognition_f1"] is None and result["acc161_end_to_end"] is None


def test_error_metrics_follow_gritta() -> None:
    out = error_metrics([0.0, 100.0, 1000.0, 20039.0])
    assert out["acc161_gold_spans"] == 0.5
    assert out["mean_km"] == pytest.approx(5284.8, abs=0.1)
    assert out["median_km"] == 550.0
    logs = [0.0, math.log1p(100), math.log1p(1000), math.log1p(20039)]
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:]))
    assert out["auc"] == pytest.approx(area / (math.log(20039) * 3), abs=1e-4)
    assert error_metrics([0.0, 0.0])["auc"] == 0.0
    assert error_metrics([160.5])["acc161_gold_spans"] == 0.0  # log(1 + e) < log(161)


def test_errors_file_lists_every_gold_span_worst_first(lgl_file: Path, tmp_path: Path) -> None:
    errors = tmp_path / "errors.tsv"
    assert evaluate_geo(lgl_file, errors_to=errors)["n_gold"] == 3
    with open(errors, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows[0]["text"] == "Paris" and rows[0]["country"] == "FR"  # worst first
    assert float(rows[0]["error_km"]) > 7000


def test_population_baseline_ignores_the_places_beside_a_name(tmp_path: Path) -> None:
    text = "Storms flooded Paris, Texas, on Friday."
    texas = lgl_toponym(text, "Texas", 31.25044, -99.25061, 4736286)
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title><text><![CDATA[{text}]]></text>
  <toponyms count="2">{lgl_toponym(text, "Paris", *PARIS_TX)}{texas}</toponyms></article></articles>"""
    path = tmp_path / "paris_texas.xml"
    path.write_text(xml, encoding="utf-8")
    assert evaluate_geo(path)["acc161_gold_spans"] == 1.0
    assert evaluate_geo(path, resolver=population_baseline())["acc161_gold_spans"] == 0.5


def test_unreadable_corpus(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        read_geo_corpus(bad)


# -- end to end: recognition over the article text, then resolution ---------------------------
def test_end_to_end_on_lgl_format(lgl_file: Path) -> None:
    result = evaluate_geo(lgl_file, end_to_end=True)
    assert result["recognition_precision"] == 1.0 and result["recognition_recall"] == 1.0
    assert result["recognition_f1"] == 1.0 and result["recognition_f1_exact"] == 1.0
    assert result["n_end_to_end"] == 3
    assert result["acc161_end_to_end"] == pytest.approx(2 / 3, abs=1e-4)  # Paris, Texas
    assert result["acc161_gold_spans"] == pytest.approx(2 / 3, abs=1e-4)  # gold mode unchanged


def gwn_toponym(text: str, phrase: str, kind: str, point: tuple[float, float] | None,
                at: int = 0) -> str:
    start = text.index(phrase, at)
    coords = (f"<latitude>{point[0]}</latitude><longitude>{point[1]}</longitude>"
              if point else "")
    return (f"<toponym><extractedName>{phrase}</extractedName><type>{kind}</type>"
            f"<start>{start}</start><end>{start + len(phrase)}</end>{coords}</toponym>")


def test_end_to_end_follows_the_geowebnews_types(tmp_path: Path) -> None:
    """Toponym types with points are targets; demonyms are neither required nor penalised;
    a span inside a non-toponym is a false positive."""
    text = ("Ukrainian troops entered Izium on Monday. The tractor plant burned. "
            "Separately, the Kyiv Post reported more fires.")
    izium = (49.21, 37.26)
    spans = (gwn_toponym(text, "Ukrainian", "Demonym", None)
             + gwn_toponym(text, "Izium", "Literal", izium)
             + gwn_toponym(text, "plant", "Literal_Expression", None)
             + gwn_toponym(text, "Kyiv Post", "Non_Toponym", None))
    xml = (f"<articles><article file='0'><title>t</title><text>{text}</text>"
           f"<toponyms>{spans}</toponyms></article></articles>")
    path = tmp_path / "gwn.xml"
    path.write_text(xml, encoding="utf-8")
    result = evaluate_geo(path, end_to_end=True)
    assert result["recognition_recall"] == 1.0 and result["n_targets"] == 1
    assert result["n_recognised"] == 2  # Izium, and "Kyiv" inside the non-toponym
    assert result["recognition_precision"] == 0.5
    assert result["acc161_end_to_end"] == 1.0


def test_end_to_end_leaves_demonyms_out_of_geovirus(tmp_path: Path) -> None:
    text = "Ukrainian doctors reported new cases in Kherson."
    start = text.index("Kherson")
    xml = f"""<articles><article><source>s</source><text>{text}</text><locations>
      <location><name>Kherson</name><start>{start}</start><end>{start + 7}</end>
        <lat>46.63</lat><lon>32.6</lon><page>p</page></location>
    </locations></article></articles>"""
    path = tmp_path / "gv.xml"
    path.write_text(xml, encoding="utf-8")
    result = evaluate_geo(path, end_to_end=True)
    assert result["recognition_precision"] == 1.0 and result["recognition_recall"] == 1.0


def test_end_to_end_fills_every_key_that_gold_only_leaves_empty(lgl_file: Path) -> None:
    keys = ("recognition_f1", "acc161_end_to_end")
    assert all(evaluate_geo(lgl_file)[k] is None for k in keys)
    assert all(evaluate_geo(lgl_file, end_to_end=True)[k] is not None for k in keys)
