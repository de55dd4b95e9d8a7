"""The CASE 2021 Task 2 evaluator on a small file written here."""

from __future__ import annotations

import json

from events_util import nlp

from warwire.evaluate.case_task2 import evaluate_case2021, main, score

SNIPPETS = [
    ("1", "Warplanes bombed the town overnight, killing four civilians.", "AIR_STRIKE"),
    ("2", "A strong earthquake shook the region, damaging hundreds of homes.", "NATURAL_DISASTER"),
    ("3", "Thousands of protesters marched peacefully through the capital.", "PEACE_PROTEST"),
]


def write(path, rows):
    lines = ["id\tEventSnippet\tSubType"] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_scores_a_tiny_file(tmp_path):
    path = tmp_path / "case.tsv"
    write(path, SNIPPETS)
    result = evaluate_case2021(path, nlp=nlp(), errors_to=tmp_path / "err.tsv")
    assert (result["weighted_f1"], result["macro_f1"], result["n"]) == (1.0, 1.0, 3)


def test_weighted_f1_weights_by_gold_support():
    result = score(["A", "A", "A", "B"], ["A", "A", "B", "B"])
    f1_a, f1_b = 0.8, 2 / 3
    assert result["weighted_f1"] == round((3 * f1_a + f1_b) / 4, 4)
    assert result["macro_f1"] == round((f1_a + f1_b) / 2, 4)


def test_cli_prints_json_last(tmp_path, capsys):
    path = tmp_path / "case.tsv"
    write(path, SNIPPETS[:1])
    assert main([str(path)]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["n"] == 1
