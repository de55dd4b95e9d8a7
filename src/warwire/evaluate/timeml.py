"""Score the dates extractor against TIMEX3 gold, the TempEval-3 way.

Reads TimeML files (``*.tml``, TempEval-3 format) from a directory tree, and
also MEANTIME's CAT XML files (``*.xml`` whose root is ``<Document>``, text as
tokens).  For each document the plain text is rebuilt (tags stripped, entities
decoded) with the gold TIMEX3 character offsets into that same text; the
document creation time (``functionInDocument="CREATION_TIME"``) is the anchor
handed to :func:`~warwire.extractors.dates.find_dates` and is never scored (when it
sits inside the text, as in MEANTIME, system mentions over it are ignored too).

Measures, as TempEval-3 defines them (UzZaman et al., 2013):

- strict P/R/F1: a mention counts when its offsets equal a gold mention's;
- relaxed P/R/F1: a mention counts when it overlaps a gold mention;
  precision counts system mentions, recall counts gold mentions;
- value (type) accuracy: share of relaxed-matched system mentions whose value
  (type) equals that of the gold mention they overlap most;
- value F1 = relaxed F1 x value accuracy (TempEval-3's attribute F1).

Values are compared as strings after one spelling fix that changes no
meaning: ISO week numbers are zero-padded (some gold writes ``2000-W7``).

MEANTIME annotates only the first sentences of each article (title, date
line, opening of the body): the text is cut after the last annotated
sentence, so unannotated text is not scored.  Its date line holds the
creation time; where that TIMEX3 is missing, a full date on the date line
stands in for it.

``warwire eval timex --corpus DIR [--errors OUT.tsv]`` prints a summary; its
last line is the JSON object of :func:`evaluate_timex` (without ``per_file``).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..record import DateMention

CREATION = "CREATION_TIME"
_ISO_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_DMY_DAY = re.compile(r"(\d{2})-(\d{2})-(\d{4})")


@dataclass
class Timex:
    """A gold TIMEX3: offsets into :attr:`Document.text`."""

    text: str
    start: int
    end: int
    type: str
    value: str


@dataclass
class Document:
    """One evaluation document: plain text, anchor (DCT) and gold timexes."""

    name: str
    text: str
    anchor: date | None
    gold: list[Timex] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def _anchor(value: str | None) -> date | None:
    """The DCT's day; a malformed ``DD-MM-YYYY`` value is read too."""
    m = _ISO_DAY.match(value or "")
    dmy = _DMY_DAY.fullmatch(value or "")
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if dmy:
            return date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    except ValueError:
        pass
    return None


class _Flattener:
    """Walks an element tree, gathering its text and the offsets of TIMEX3s."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.timexes: list[tuple[int, int, dict[str, str]]] = []

    def add(self, piece: str | None) -> None:
        if piece:
            self.parts.append(piece)
            self.size += len(piece)

    def walk(self, elem: ET.Element) -> None:
        start = self.size
        self.add(elem.text)
        for child in elem:
            self.walk(child)
            self.add(child.tail)
        if elem.tag == "TIMEX3":
            self.timexes.append((start, self.size, dict(elem.attrib)))


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"cannot read TimeML: {exc}", str(path)) from exc


def read_timeml(path: str | Path) -> Document:
    """A TempEval-3 ``.tml`` file as a :class:`Document`."""
    path = Path(path)
    root = _parse(path)
    body = root.find(".//TEXT")
    if body is None:
        raise InputError("no <TEXT> element", str(path))
    flat = _Flattener()
    flat.walk(body)
    text = "".join(flat.parts)
    dct = next((t for t in root.iter("TIMEX3") if t.get("functionInDocument") == CREATION), None)
    doc = Document(path.name, text, _anchor(dct.get("value") if dct is not None else None))
    for start, end, attrs in flat.timexes:
        if attrs.get("functionInDocument") == CREATION:
            doc.ignore.append((start, end))
            continue
        doc.gold.append(Timex(text[start:end], start, end, attrs.get("type", ""),
                              attrs.get("value", "")))
    return doc


_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re",
                    "'ve", "'ll", "'d", "'m", "'", "’s", "..."}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“"}


def _cat_text(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Detokenise CAT tokens: one line per sentence, English spacing rules."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    size, sentence, prev = 0, None, ""
    for tok in tokens:
        word = tok.text or ""
        sep = ""
        if sentence is not None and tok.get("sentence") != sentence:
            sep = "\n"
        elif sentence is not None and word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            sep = " "
        parts.append(sep + word)
        size += len(sep)
        spans[tok.get("t_id", "")] = (size, size + len(word))
        size += len(word)
        sentence, prev = tok.get("sentence"), word
    return "".join(parts), spans


def _annotated_tokens(root: ET.Element) -> list[ET.Element]:
    """The tokens of the sentences that were annotated.

    MEANTIME annotates only the first sentences of each article (title, date
    line and the opening of the body); the rest of the text carries no gold, so
    it is left out rather than counted as spurious finds.
    """
    tokens = list(root.iter("token"))
    sentence = {t.get("t_id"): int(t.get("sentence", "0")) for t in tokens}
    anchored = [sentence.get(a.get("t_id"), 0) for a in root.iter("token_anchor")]
    last = max(anchored, default=-1)
    return [t for t in tokens if int(t.get("sentence", "0")) <= last]


def _date_line(text: str) -> tuple[int, int]:
    """Offsets of the second line, which in MEANTIME is the article's date."""
    start = text.find("\n") + 1
    end = text.find("\n", start)
    return start, end if end >= 0 else len(text)


def _cat_dct(root: ET.Element, timexes: list[tuple[int, int, dict[str, str]]],
             text: str) -> tuple[date | None, tuple[int, int] | None]:
    """The creation time and the text span to leave unscored.

    The CREATION_TIME TIMEX3 gives the anchor (it may be empty); failing one, a
    full date on the date line is taken.  Its span, or the date line when it
    has no span, is excluded from scoring.
    """
    line = _date_line(text)
    for start, end, attrs in timexes:
        if attrs.get("functionInDocument") == CREATION:
            return _anchor(attrs.get("value")), (start, end)
    for tmx in root.iter("TIMEX3"):
        if tmx.get("functionInDocument") == CREATION:
            return _anchor(tmx.get("value")), line
    for start, end, attrs in timexes:
        if line[0] <= start < line[1] and _ISO_DAY.fullmatch(attrs.get("value", "")):
            return _anchor(attrs.get("value")), (start, end)
    return None, line


def read_cat(path: str | Path) -> Document:
    """A MEANTIME (CAT XML) file as a :class:`Document`; the text is detokenised."""
    path = Path(path)
    root = _parse(path)
    text, spans = _cat_text(_annotated_tokens(root))
    timexes = []
    for tmx in root.iter("TIMEX3"):
        offsets = [spans[a.get("t_id", "")] for a in tmx.iter("token_anchor")
                   if a.get("t_id", "") in spans]
        if offsets:  # an empty (non-consuming) TIMEX3 has no text to find
            timexes.append((min(o[0] for o in offsets), max(o[1] for o in offsets), tmx.attrib))
    timexes.sort(key=lambda t: t[0])
    anchor, skip = _cat_dct(root, timexes, text)
    doc = Document(path.name, text, anchor, ignore=[skip] if skip else [])
    for start, end, attrs in timexes:
        if (start, end) != skip:
            doc.gold.append(Timex(text[start:end], start, end, attrs.get("type", ""),
                                  attrs.get("value", "")))
    return doc


def _is_cat(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(512)
    return b"<Document" in head


def iter_documents(corpus_dir: str | Path) -> Iterator[Document]:
    """Every TimeML (``*.tml``) and CAT (``*.xml``) document under ``corpus_dir``."""
    root = Path(corpus_dir)
    if not root.is_dir():
        raise InputError("not a directory", str(root))
    for path in sorted(root.rglob("*.tml")):
        yield read_timeml(path)
    for path in sorted(root.rglob("*.xml")):
        if _is_cat(path):
            yield read_cat(path)


# --------------------------------------------------------------------------- scoring


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


def _prf(hit_system: int, n_system: int, hit_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = hit_system / n_system if n_system else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def summarise(counts: Counts) -> dict[str, Any]:
    """The TempEval-3 figures from corpus-wide tallies (rounded to 4 places)."""
    sp, sr, sf = _prf(counts.strict_system, counts.n_system, counts.strict_gold, counts.n_gold)
    rp, rr, rf = _prf(counts.relaxed_system, counts.n_system, counts.relaxed_gold, counts.n_gold)
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
