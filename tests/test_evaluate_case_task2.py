"""The CASE 2021 Task 2 evaluator on a small file written here."""

from __future__ import annotations

from events_util import nlp

from warwire.evaluate.case_task2 import evaluate_case2021, score

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
    assert (tmp_path / "err.tsv").read_text() == "id\tgold\tpredicted\tsnippet\n"


def test_errors_file_holds_the_misclassified_snippets(tmp_path):
    path = tmp_path / "case.tsv"
    write(path, SNIPPETS[:2] + [("3", SNIPPETS[2][1], "ARMED_CLASH")])
    evaluate_case2021(path, nlp=nlp(), errors_to=tmp_path / "err.tsv")
    [_, row] = (tmp_path / "err.tsv").read_text().splitlines()
    assert row.split("\t")[:3] == ["3", "ARMED_CLASH", "PEACE_PROTEST"]


def test_weighted_f1_weights_by_gold_support():
    result = score(["A", "A", "A", "B"], ["A", "A", "B", "B"])
    f1_a, f1_b = 0.8, 2 / 3
    assert result["weighted_f1"] == round((3 * f1_a + f1_b) / 4, 4)
    assert result["macro_f1"] == round((f1_a + f1_b) / 2, 4)
