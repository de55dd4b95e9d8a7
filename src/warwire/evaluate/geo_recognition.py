"""End-to-end geoparsing scores: recognise toponyms in raw article text, then resolve them.

Recognition is scored by span against each corpus's own idea of a toponym:

- **LGL** tags every toponym, demonyms ("Russian") and metonyms included: every
  gold span is a target and every recognised span counts;
- **GeoVirus** tags place names only, no demonyms and no names inside an
  organisation's name ("the United States Department of Agriculture"): such
  spans the recogniser finds are left out before scoring;
- **GeoWebNews** types every span.  Following Gritta et al.'s *Pragmatic Guide
  to Geoparsing Evaluation*, the toponyms are the literal (Literal, Mixed,
  Coercion, Embedded_Literal, Literal_Modifier) and associative (Metonymic,
  Non_Literal_Modifier, Embedded_Non_Lit) types, the ones the corpus gives
  coordinates; Demonym, Language and Homonym spans (no coordinates) are neither
  required nor penalised; Non_Toponym and the location *expressions*
  (Literal_Expression, Non_Lit_Expression) are not toponyms, so a span found
  there is a false positive.

A recognised span matches a gold span when they overlap (Gritta et al.'s
lenient match; ``_exact`` keys use identical offsets), each gold span matched
once.  ``acc161_end_to_end`` is accuracy within 161 km over the gold spans with
coordinates that were matched, using the resolution of the matching span.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..geo.candidate import haversine_km
from ..geo.recognise import Toponym
from ..geo.resolve import Resolution
from .geo_corpus import GeoDocument, GoldToponym
from .scoring import f1

MAX_KM = 20039.0
ACC_KM = 161.0
GWN_NEUTRAL = frozenset({"Demonym", "Language", "Homonym"})
GWN_NOT_TOPONYMS = frozenset({"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"})


@dataclass
class Tally:
    """Counts for precision and recall, lenient (overlap) and exact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_exact: int = 0
    fp_exact: int = 0
    fn_exact: int = 0
    errors: list[float] = field(default_factory=list)  # km, per matched gold span with a point
    misses: list[tuple[str, GoldToponym]] = field(default_factory=list)
    false: list[tuple[str, Toponym]] = field(default_factory=list)

    def scores(self) -> dict[str, Any]:
        p, r, f = _prf(self.tp, self.fp, self.fn)
        pe, re_, fe = _prf(self.tp_exact, self.fp_exact, self.fn_exact)
        acc = sum(1 for e in self.errors if math.log1p(e) < math.log(ACC_KM))
        return {"recognition_precision": p, "recognition_recall": r, "recognition_f1": f,
                "recognition_precision_exact": pe, "recognition_recall_exact": re_,
                "recognition_f1_exact": fe,
                "acc161_end_to_end": round(acc / len(self.errors), 4) if self.errors else None,
                "n_end_to_end": len(self.errors), "n_recognised": self.tp + self.fp,
                "n_targets": self.tp + self.fn}


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = None if p is None or r is None else f1(p, r)
    return (None if p is None else round(p, 4), None if r is None else round(r, 4),
            None if f is None else round(f, 4))


def targets(doc: GeoDocument) -> tuple[list[GoldToponym], list[GoldToponym]]:
    """(spans to find, spans neither required nor penalised) under the corpus's convention."""
    if doc.fmt != "gwn":
        return _distinct(doc.toponyms), []
    gold, neutral = [], []
    for t in doc.toponyms:
        if t.type in GWN_NOT_TOPONYMS:
            continue
        if t.lat is not None and t.type not in GWN_NEUTRAL:
            gold.append(t)
        else:
            neutral.append(t)
    return _distinct(gold), neutral


def _distinct(spans: list[GoldToponym]) -> list[GoldToponym]:
    """One target per span: a span listed twice (with and without a point) counts once,
    by its entry with a point."""
    out: dict[tuple[object, object, str], GoldToponym] = {}
    for t in spans:
        key = (t.start, t.end, t.text) if t.start is not None else (id(t), None, t.text)
        if key not in out or (out[key].lat is None and t.lat is not None):
            out[key] = t
    return list(out.values())


def counted(doc: GeoDocument, found: list[tuple[Toponym, Resolution]]
            ) -> list[tuple[Toponym, Resolution]]:
    """The recognised spans the corpus's convention scores (no demonyms for GeoVirus)."""
    if doc.fmt == "geovirus":
        return [(t, r) for t, r in found if t.role != "demonym" and not t.embedded]
    return found


def _overlaps(a0: int, a1: int, b: GoldToponym) -> bool:
    return b.start is not None and b.end is not None and a0 < b.end and b.start < a1


def tally_document(doc: GeoDocument, found: list[tuple[Toponym, Resolution]], tally: Tally) -> None:
    """Add one article's recognition and end-to-end counts to ``tally``."""
    gold, neutral = targets(doc)
    found = sorted(counted(doc, found), key=lambda f: f[0].start)
    matched: set[int] = set()
    exact: set[int] = set()
    for t, res in found:
        hit = next((k for k, g in enumerate(gold) if k not in matched and _overlaps(t.start, t.end, g)),
                   None)
        if hit is None:
            if not any(_overlaps(t.start, t.end, g) for g in gold + neutral):
                tally.fp += 1
                tally.fp_exact += 1
                tally.false.append((doc.name, t))
            elif any(_overlaps(t.start, t.end, g) for g in gold):
                tally.fp += 1  # a second span on an already matched toponym
                tally.fp_exact += 1
            continue
        matched.add(hit)
        g = gold[hit]
        tally.tp += 1
        if (g.start, g.end) == (t.start, t.end):
            exact.add(hit)
            tally.tp_exact += 1
        else:
            tally.fp_exact += 1
        if g.lat is not None and g.lon is not None:
            c = res.candidate
            tally.errors.append(MAX_KM if c is None else haversine_km(g.lat, g.lon, c.lat, c.lon))
    tally.fn += len(gold) - len(matched)
    tally.fn_exact += len(gold) - len(exact)
    tally.misses.extend((doc.name, g) for k, g in enumerate(gold) if k not in matched)


def end_to_end(docs: list[GeoDocument], nlp: Any,
               parse: Iterable[Any] | None = None) -> Tally:
    """Parse every article, geoparse it and score it (``parse``: pre-parsed docs, optional)."""
    from ..geo.stage import geoparse

    tally = Tally()
    parsed = parse if parse is not None else nlp.pipe((d.text for d in docs), batch_size=16)
    for doc, sp in zip(docs, parsed):
        tally_document(doc, geoparse(sp), tally)
    return tally
