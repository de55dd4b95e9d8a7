"""Read TimeML and MEANTIME documents: plain text with gold TIMEX3 offsets.

Reads TimeML files (``*.tml``, TempEval-3 format) from a directory tree, and
also MEANTIME's CAT XML files (``*.xml`` whose root is ``<Document>``, text as
tokens).  For each document the plain text is rebuilt (tags stripped, entities
decoded) with the gold TIMEX3 character offsets into that same text; the
document creation time (``functionInDocument="CREATION_TIME"``) is the anchor
handed to :func:`~warwire.extractors.dates.find_dates` and is never scored (when it
sits inside the text, as in MEANTIME, system mentions over it are ignored too).

MEANTIME annotates only the first sentences of each article (title, date
line, opening of the body): the text is cut after the last annotated
sentence, so unannotated text is not scored.  Its date line holds the
creation time; where that TIMEX3 is missing, a full date on the date line
stands in for it.

:mod:`.timex` scores the dates extractor against these documents.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import InputError

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
