"""Score the dates extractor against TIMEX3 gold, the TempEval-3 way.

The documents come from :mod:`.timeml` (TimeML ``*.tml`` and MEANTIME CAT
``*.xml``): plain text, gold TIMEX3 offsets, and the document creation time,
which is the anchor handed to :func:`~warwire.extractors.dates.find_dates` and
is never scored (system mentions over it are ignored too).

Measures, as TempEval-3 defines them (UzZaman et al., 2013):

- strict P/R/F1: a mention counts when its offsets equal a gold mention's;
- relaxed P/R/F1: a mention counts when it overlaps a gold mention;
  precision counts system mentions, recall counts gold mentions;
- value (type) accuracy: share of relaxed-matched system mentions whose value
  (type) equals that of the gold mention they overlap most;
- value F1 = relaxed F1 x value accuracy (TempEval-3's attribute F1).

Values are compared as strings after one spelling fix that changes no
meaning: ISO week numbers are zero-padded (some gold writes ``2000-W7``).

``warwire eval timex --corpus DIR [--errors OUT.tsv]`` prints a summary; its
last line is the JSON object of :func:`evaluate_timex` (without ``per_file``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..record import DateMention
from .scoring import prf
from .timeml import Document, Timex, iter_documents

_SHORT_WEEK = re.compile(r"^(\d{4}-W)(\d)(?!\d)")


def canonical(value: str) -> str:
    """A TIMEX3 value in canonical spelling: ``2000-W7`` is ``2000-W07``."""
    return _SHORT_WEEK.sub(r"\g<1>0\2", value.strip())


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _best_gold(mention: DateMention, gold: list[Timex]) -> Timex | None:
    best, most = None, 0
    for g in gold:
        size = _overlap(mention.start, mention.end, g.start, g.end)
        if size > most:
            best, most = g, size
    return best


@dataclass
class Counts:
    """Micro-averaged tallies over one or more documents."""

    n_gold: int = 0
    n_system: int = 0
    strict_system: int = 0
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    value_ok: int = 0
    type_ok: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _system_mentions(doc: Document, mentions: Iterable[DateMention]) -> list[DateMention]:
    """Drop what lies over an ignored (DCT) span: it is not scored either way."""
    return [m for m in mentions
            if not any(_overlap(m.start, m.end, s, e) for s, e in doc.ignore)]


def compare(doc: Document, mentions: Iterable[DateMention]) -> tuple[Counts, list[dict[str, Any]]]:
    """Tallies and the list of errors for one document."""
    system = _system_mentions(doc, mentions)
    counts = Counts(n_gold=len(doc.gold), n_system=len(system))
    exact = {(g.start, g.end) for g in doc.gold}
    found = {(m.start, m.end) for m in system}
    counts.strict_system = sum((m.start, m.end) in exact for m in system)
    counts.strict_gold = sum((g.start, g.end) in found for g in doc.gold)
    errors = [e for m in system if (e := _judge(doc, m, counts)) is not None]
    for g in doc.gold:
        if any(_overlap(m.start, m.end, g.start, g.end) for m in system):
            counts.relaxed_gold += 1
        else:
            errors.append(_error(doc, "missed", g, None))
    return counts, errors


def _judge(doc: Document, m: DateMention, counts: Counts) -> dict[str, Any] | None:
    """Score one system mention against the gold it overlaps most; its error, if any."""
    g = _best_gold(m, doc.gold)
    if g is None:
        return _error(doc, "spurious", None, m)
    counts.relaxed_system += 1
    same = canonical(m.value) == canonical(g.value)
    counts.value_ok += same
    counts.type_ok += m.type.upper() == g.type.upper()
    if not same:
        return _error(doc, "value", g, m)
    if (m.start, m.end) != (g.start, g.end):
        return _error(doc, "extent", g, m)
    return None


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _error(doc: Document, kind: str, gold: Timex | None, system: DateMention | None) -> dict[str, Any]:
    where = gold or system
    assert where is not None
    return {
        "file": doc.name,
        "kind": kind,
        "anchor": doc.anchor.isoformat() if doc.anchor else None,
        "gold": f"{gold.text!r} {gold.type} {gold.value}" if gold else None,
        "system": f"{system.text!r} {system.type} {system.value}" if system else None,
        "context": _context(doc.text, where.start, where.end),
    }


def summarise(counts: Counts) -> dict[str, Any]:
    """The TempEval-3 figures from corpus-wide tallies (rounded to 4 places)."""
    sp, sr, sf = prf(counts.strict_system, counts.n_system, counts.strict_gold, counts.n_gold)
    rp, rr, rf = prf(counts.relaxed_system, counts.n_system, counts.relaxed_gold, counts.n_gold)
    matched = counts.relaxed_system
    value_acc = counts.value_ok / matched if matched else 0.0
    type_acc = counts.type_ok / matched if matched else 0.0
    out = {
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
        "value_accuracy": value_acc, "value_f1": rf * value_acc,
        "type_accuracy": type_acc, "type_f1": rf * type_acc,
    }
    out = {k: round(v, 4) for k, v in out.items()}
    out.update(n_gold=counts.n_gold, n_system=counts.n_system)
    return out


def _run(corpus_dir: str | Path) -> Iterator[tuple[Document, Counts, list[dict[str, Any]]]]:
    from ..extractors.dates import find_dates

    for doc in iter_documents(corpus_dir):
        counts, errors = compare(doc, find_dates(doc.text, doc.anchor))
        yield doc, counts, errors


def iter_errors(corpus_dir: str | Path) -> Iterator[dict[str, Any]]:
    """Every error on the corpus: ``kind`` is missed, spurious, value or extent."""
    for _doc, _counts, errors in _run(corpus_dir):
        yield from errors


def evaluate_timex(corpus_dir: str | Path, per_file: bool = False, *,
                   errors_to: str | Path | None = None) -> dict[str, Any]:
    """Strict/relaxed span F1, value accuracy and value F1 of ``find_dates`` on a corpus.

    ``per_file`` adds each file's errors to the result; ``errors_to`` writes
    every error as a TSV row (:func:`write_errors`).
    """
    total = Counts()
    found: list[tuple[str, list[dict[str, Any]]]] = []
    n_docs = 0
    for doc, counts, errors in _run(corpus_dir):
        total.add(counts)
        n_docs += 1
        if errors:
            found.append((doc.name, errors))
    if not n_docs:
        raise InputError("no TimeML (*.tml) or CAT (*.xml) documents found", str(corpus_dir))
    if errors_to:
        write_errors((e for _name, errors in found for e in errors), errors_to)
    result = summarise(total)
    result["n_documents"] = n_docs
    if per_file:
        result["per_file"] = dict(found)
    return result


ERROR_COLUMNS = ("kind", "file", "anchor", "gold", "system", "context")


def write_errors(errors: Iterable[dict[str, Any]], path: str | Path) -> None:
    """One TSV row per error, in corpus order, for reading.

    Columns: the kind (missed, spurious, value, extent), the file, the anchor,
    gold and system as ``'text' TYPE value``, and the context with the
    expression in ``[[...]]``.
    """
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter="\t")
        out.writerow(ERROR_COLUMNS)
        for err in errors:
            out.writerow(["" if err[c] is None else err[c] for c in ERROR_COLUMNS])
