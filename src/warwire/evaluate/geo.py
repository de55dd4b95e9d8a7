"""Score toponym resolution on Gritta et al.'s XML corpora (LGL, GeoWebNews, GeoVirus).

For now every gold span is resolved (demonyms and metonyms included) by
:class:`~warwire.geo.resolve.Resolver`, with the other gold spans of the same
article (and the article text) as context.  Measures:

- ``acc161_gold_spans``: share of gold spans resolved within 161 km — as in
  Gritta et al.'s scorer, ``log(1 + error) < log(161)``;
- ``exact_id``: share of spans with a gold GeoNames id whose chosen place has it;
- ``mean_km``, ``median_km``: error in kilometres;
- ``auc``: area under the curve of the sorted ``log(1 + error_km)``, by the
  trapezoidal rule, over ``log(20039) × (n − 1)`` (Gritta et al., 2018); lower
  is better, 0 is perfect;
- ``n_gold``: spans with coordinates.

A span the resolver leaves without a place counts as the largest possible
error, 20,039 km.

End to end (:mod:`.geo_recognition`), the places stage's recogniser runs over
each article's text: ``recognition_precision`` / ``_recall`` / ``_f1`` (spans
overlapping a gold toponym, each corpus scored by its own convention; the
``_exact`` keys need identical offsets) and ``acc161_end_to_end`` over the
gold spans that were recognised.  Without ``end_to_end`` those keys are ``None``.

``warwire eval geo --corpus FILE [--gold-only] [--baseline] [--errors OUT.tsv]``
prints a summary (end to end unless ``--gold-only``; ``--baseline`` ranks by
:func:`population_baseline`); its last line is the JSON object of
:func:`evaluate_geo`.
"""

from __future__ import annotations

import csv
import math
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..geo.candidate import Candidate, haversine_km
from ..geo.priors import Weights
from ..geo.resolve import Mention, Resolver
from .geo_corpus import GeoDocument, GoldToponym, read_geo_corpus

MAX_KM = 20039.0
ACC_KM = 161.0


@dataclass
class Outcome:
    """One gold span and what the resolver chose for it."""

    doc: str
    gold: GoldToponym
    chosen: Candidate | None
    approximate: bool
    match: str = ""

    @property
    def error_km(self) -> float:
        if self.chosen is None:
            return MAX_KM
        return haversine_km(self.gold.lat, self.gold.lon, self.chosen.lat, self.chosen.lon)


def population_baseline() -> Resolver:
    """Same candidates, ranked by population only (no features, hints or context)."""
    flat = Weights(feature=(), capital=0.0, alias=0.0, spelled=0.0, partial=0.0, unit_match=0.0,
                   shadowed_unit=0.0, hint=0.0)
    return Resolver(weights=flat, use_context=False, fallback=False)


def resolve_corpus(docs: list[GeoDocument], resolver: Resolver) -> Iterator[Outcome]:
    """Resolve every gold span, one article at a time."""
    for doc in docs:
        gold = doc.gold
        mentions = [Mention(t.text, t.start, t.end) for t in gold]
        for t, res in zip(gold, resolver.resolve_document(mentions, doc.text)):
            yield Outcome(doc.name, t, res.candidate, res.approximate, res.match)


def error_metrics(errors: list[float]) -> dict[str, Any]:
    """Accuracy within 161 km, mean and median error, AUC of log errors, n."""
    logs = sorted(math.log1p(e) for e in errors)
    n = len(errors)
    return {
        "acc161_gold_spans": _ratio(sum(1 for v in logs if v < math.log(ACC_KM)), n),
        "mean_km": round(statistics.fmean(errors), 1) if n else None,
        "median_km": round(statistics.median(errors), 1) if n else None,
        "auc": round(_trapezoid(logs) / (math.log(MAX_KM) * (n - 1)), 4) if n > 1 else None,
        "n_gold": n,
    }


def score(outcomes: list[Outcome]) -> dict[str, Any]:
    """The metrics of the module docstring over resolved gold spans."""
    with_id = [o for o in outcomes if o.gold.geonames_id]
    exact = sum(1 for o in with_id if o.chosen and o.chosen.geonames_id == o.gold.geonames_id)
    out = error_metrics([o.error_km for o in outcomes])
    return {
        "acc161_gold_spans": out["acc161_gold_spans"],
        "exact_id": _ratio(exact, len(with_id)),
        "mean_km": out["mean_km"],
        "median_km": out["median_km"],
        "auc": out["auc"],
        "n_gold": out["n_gold"],
        "n_with_id": len(with_id),
        "recognition_f1": None,
        "acc161_end_to_end": None,
    }


def _ratio(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def _trapezoid(ys: list[float]) -> float:
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:]))


def evaluate_geo(corpus_path: str | Path, end_to_end: bool = False, *,
                 resolver: Resolver | None = None, errors_to: str | Path | None = None,
                 model: str | None = None) -> dict[str, Any]:
    """Resolve the corpus's gold spans and score them (see the module docstring).

    With ``end_to_end`` the articles are also parsed (spaCy ``model``, the
    configured one by default) and geoparsed from their text, and the
    recognition and end-to-end keys are filled.  ``errors_to`` writes every
    gold span as a TSV row.
    """
    docs = read_geo_corpus(corpus_path)
    outcomes = list(resolve_corpus(docs, resolver or Resolver()))
    if errors_to:
        write_errors(outcomes, errors_to)
    result = score(outcomes)
    if end_to_end:
        from ..analyse.nlp import load_model
        from ..config import Settings
        from .geo_recognition import end_to_end as run_end_to_end

        nlp = load_model(model or Settings().model)
        result.update(run_end_to_end(docs, nlp).scores())
    return result


def write_errors(outcomes: list[Outcome], path: str | Path) -> None:
    """Gold vs chosen for every span, worst first: a file for reading errors."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter="\t")
        out.writerow(["error_km", "doc", "start", "text", "type", "gold_lat", "gold_lon", "gold_id",
                      "chosen", "feature", "country", "admin1", "lat", "lon", "id", "match"])
        for o in sorted(outcomes, key=lambda o: -o.error_km):
            c, g = o.chosen, o.gold
            out.writerow([round(o.error_km, 1), o.doc, g.start, g.text, g.type or "", g.lat, g.lon,
                          g.geonames_id or "", c.name if c else "", c.feature if c else "",
                          c.country_code if c else "", (c.admin1 or "") if c else "",
                          round(c.lat, 4) if c else "", round(c.lon, 4) if c else "",
                          (c.geonames_id or "") if c else "", o.match])
