"""Score snippet classification on CASE 2021 Task 2 (30 fine-grained event classes).

The file is tab-separated with a header: ``id``, ``EventSnippet``, ``SubType``
(the CASE label: ARMED_CLASH, ART_MISS_ATTACK, NATURAL_DISASTER, ...).  Every
snippet is parsed once (``nlp.pipe``) and labelled by
:func:`warwire.events.case_classes.classify_doc`.  Measures: ``weighted_f1``
(F1 per class weighted by its gold count, the shared task's measure),
``macro_f1``, ``accuracy``, ``n``, and the F1 of each class.

``warwire eval case2021 --corpus FILE [--errors OUT.tsv]`` prints a summary;
its last line is the JSON object of :func:`evaluate_case2021` (less ``per_class``).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any


def read_snippets(path: str | Path) -> list[tuple[str, str, str]]:
    """``(id, snippet, label)`` rows."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    header = [c.strip().lower() for c in rows[0]]
    i_id, i_text, i_label = (header.index(c) for c in ("id", "eventsnippet", "subtype"))
    return [(r[i_id], r[i_text], r[i_label].strip()) for r in rows[1:] if len(r) > i_label]


def classify(texts: list[str], nlp: Any = None, batch_size: int = 64) -> list[str]:
    """The CASE label of each text, parsed in batches."""
    from ..events.batch import load_nlp
    from ..events.case_classes import case_label, classify_doc

    nlp = nlp or load_nlp()
    return [case_label(classify_doc(doc)) for doc in nlp.pipe(texts, batch_size=batch_size)]


def f1_by_class(gold: list[str], pred: list[str]) -> dict[str, float]:
    out = {}
    for label in sorted(set(gold) | set(pred)):
        tp = sum(1 for g, p in zip(gold, pred) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        out[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def score(gold: list[str], pred: list[str]) -> dict[str, Any]:
    per_class = f1_by_class(gold, pred)
    support = Counter(gold)
    n = len(gold)
    gold_labels = sorted(support)
    return {
        "weighted_f1": round(sum(per_class[c] * support[c] for c in gold_labels) / n, 4) if n else None,
        "macro_f1": round(sum(per_class[c] for c in gold_labels) / len(gold_labels), 4) if n else None,
        "accuracy": round(sum(1 for g, p in zip(gold, pred) if g == p) / n, 4) if n else None,
        "n": n,
        "per_class": {c: round(per_class[c], 3) for c in gold_labels},
    }


def evaluate_case2021(tsv_path: str | Path, *, errors_to: str | Path | None = None,
                      nlp: Any = None) -> dict[str, Any]:
    """Label every snippet and score against the gold classes (module docstring)."""
    rows = read_snippets(tsv_path)
    pred = classify([r[1] for r in rows], nlp)
    if errors_to:
        with open(errors_to, "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle, delimiter="\t")
            out.writerow(["id", "gold", "predicted", "snippet"])
            for (i, text, gold), p in zip(rows, pred):
                if gold != p:
                    out.writerow([i, gold, p, text])
    return score([r[2] for r in rows], pred)
