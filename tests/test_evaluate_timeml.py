"""The TimeML evaluator on small documents written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warwire.errors import InputError
from warwire.evaluate.timeml import (canonical, evaluate_timex, iter_documents, iter_errors,
                                     read_cat, read_timeml)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>WW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-07-16" temporalFunction="false" functionInDocument="CREATION_TIME">2022-07-16</TIMEX3></DCT>
<TITLE>Shelling in Kharkiv</TITLE>
<TEXT>
KHARKIV (AT&amp;T Wire) _ Russian forces <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> Kharkiv on <TIMEX3 tid="t1" type="DATE" value="2022-07-15">Friday</TIMEX3>, officials said <TIMEX3 tid="t2" type="DATE" value="2022-07-16">today</TIMEX3>. The siege has lasted <TIMEX3 tid="t3" type="DURATION" value="P5M">five months</TIMEX3>, and over the past <TIMEX3 tid="t4" type="DURATION" value="P2D">two days</TIMEX3> the strikes came every day. Talks are planned for <TIMEX3 tid="t5" type="DATE" value="2022-08-03">next month</TIMEX3>; in <TIMEX3 tid="t6" type="DATE" value="2022-03">that period</TIMEX3> the city held.
</TEXT>
</TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_strike" lang="en">
<token number="0" sentence="0" t_id="1">Strike</token>
<token number="1" sentence="0" t_id="2">hits</token>
<token number="2" sentence="0" t_id="3">Odesa</token>
<token number="3" sentence="1" t_id="4">July</token>
<token number="4" sentence="1" t_id="5">16</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2022</token>
<token number="7" sentence="2" t_id="8">A</token>
<token number="8" sentence="2" t_id="9">missile</token>
<token number="9" sentence="2" t_id="10">hit</token>
<token number="10" sentence="2" t_id="11">Odesa</token>
<token number="11" sentence="2" t_id="12">on</token>
<token number="12" sentence="2" t_id="13">Friday</token>
<token number="13" sentence="2" t_id="14">.</token>
<token number="14" sentence="3" t_id="15">More</token>
<token number="15" sentence="3" t_id="16">strikes</token>
<token number="16" sentence="3" t_id="17">came</token>
<token number="17" sentence="3" t_id="18">today</token>
<token number="18" sentence="3" t_id="19">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2022-07-16">
<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2022-07-15">
<token_anchor t_id="13"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="empty" functionInDocument="NONE" m_id="3" type="DATE" value="2022"/>
</Markables>
</Document>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ww0001.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_reader_offsets_index_the_plain_text(corpus):
    doc = read_timeml(corpus / "sub" / "ww0001.tml")
    assert str(doc.anchor) == "2022-07-16"
    assert "AT&T Wire" in doc.text and "<EVENT" not in doc.text
    assert [g.text for g in doc.gold] == ["Friday", "today", "five months", "two days",
                                          "next month", "that period"]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert doc.ignore == []  # the creation time sits in <DCT>, outside the text


def test_scores_follow_tempeval3(corpus):
    # system: Friday, today, five months, next month (exact); "the past two days" (overlap only);
    # "every day" (spurious); gold "that period" is missed; "next month" has the wrong value.
    result = evaluate_timex(corpus)
    assert result["n_gold"] == 6 and result["n_system"] == 6 and result["n_documents"] == 1
    assert result["strict_precision"] == result["strict_recall"] == 0.6667
    assert result["strict_f1"] == 0.6667
    assert result["relaxed_f1"] == 0.8333
    assert result["value_accuracy"] == 0.8
    assert result["value_f1"] == pytest.approx(0.6667, abs=1e-4)
    assert result["type_accuracy"] == 1.0


def test_errors_name_each_kind(corpus):
    kinds = {(e["kind"], (e["gold"] or e["system"]).split("'")[1]) for e in iter_errors(corpus)}
    assert kinds == {("missed", "that period"), ("spurious", "every day"),
                     ("value", "next month"), ("extent", "two days")}


def test_per_file_errors(corpus):
    result = evaluate_timex(corpus, per_file=True)
    assert set(result["per_file"]) == {"ww0001.tml"}
    assert len(result["per_file"]["ww0001.tml"]) == 4


def test_meantime_cat_reader(tmp_path):
    path = tmp_path / "1_strike.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    assert doc.text == "Strike hits Odesa\nJuly 16, 2022\nA missile hit Odesa on Friday."
    assert str(doc.anchor) == "2022-07-16"
    assert [(g.text, g.value) for g in doc.gold] == [("Friday", "2022-07-15")]
    assert doc.ignore == [(18, 31)]  # the date line: the creation time, not scored
    result = evaluate_timex(tmp_path)
    assert (result["n_gold"], result["n_system"], result["value_f1"]) == (1, 1, 1.0)


def test_iter_documents_reads_both_formats(corpus):
    (corpus / "1_strike.xml").write_text(CAT, encoding="utf-8")
    (corpus / "notes.xml").write_text("<notes/>", encoding="utf-8")
    assert sorted(d.name for d in iter_documents(corpus)) == ["1_strike.xml", "ww0001.tml"]


def test_week_numbers_are_compared_zero_padded():
    assert canonical("2000-W7") == "2000-W07"
    assert canonical("2000-W07") == "2000-W07"
    assert canonical("P1W") == "P1W"


def test_bad_input(tmp_path):
    with pytest.raises(InputError):
        evaluate_timex(tmp_path / "missing")
    with pytest.raises(InputError):
        evaluate_timex(tmp_path)  # no documents
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(InputError):
        evaluate_timex(tmp_path)


def test_errors_file_has_a_row_per_error_in_corpus_order(corpus, tmp_path):
    path = tmp_path / "errors.tsv"
    result = evaluate_timex(corpus, errors_to=path)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    expected = list(iter_errors(corpus))
    assert [(r["kind"], r["file"]) for r in rows] == [(e["kind"], e["file"]) for e in expected]
    assert len(rows) == 4 and "per_file" not in result
    assert all(r["anchor"] == "2022-07-16" and "[[" in r["context"] for r in rows)
    assert all(r["system"] == "" for r in rows if r["kind"] == "missed")
