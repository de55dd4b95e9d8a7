"""The TIMEX3 scorer on small documents written for these tests."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warwire.errors import InputError
from warwire.evaluate.timex import canonical, evaluate_timex, iter_errors

from timeml_util import CAT, write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


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


def test_meantime_date_line_is_not_scored(tmp_path):
    (tmp_path / "1_strike.xml").write_text(CAT, encoding="utf-8")
    result = evaluate_timex(tmp_path)
    assert (result["n_gold"], result["n_system"], result["value_f1"]) == (1, 1, 1.0)


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
