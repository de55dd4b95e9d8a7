"""Score quote extraction on the Gender Gap Tracker gold set or on PolNeAR.

The format is read from the records: GGT records carry ``text_preprocessed``
and ``quotations`` (offsets as ``"(start,end)"`` strings); PolNeAR records
carry ``text`` and ``attributions`` (source, cue and content as lists of
``[start, end]``).  Texts are parsed with the spaCy model (``nlp.pipe``) and
:func:`~warwire.quotes.find_quotes` runs on each parse.

GGT, as its own evaluator (``NLP/evaluation/src/eval/evaluate_quotes.py``)
defines it: for each gold quote in turn, the unmatched predicted quote with
the highest overlap ``|gold ∩ predicted| / |gold|`` (characters), if that
overlap is above the threshold (0.3, 0.8), is its match; precision, recall
and F1 follow.  A matched quote's speaker is right when the predicted
speaker mention overlaps the gold one, or when gold has no speaker (a
floating quote) and the prediction is floating too: its cue lies outside the
quote's sentence, or it has none.  ``speaker_name_accuracy`` also compares
the canonical speaker with gold's ``reference`` (same name, or same surname).
Predicted quotes are put in GGT's convention first: direct quotes with their
quotation marks.  GGT's quotes are quoted words or reported clauses (its
extractor reads clausal complements), so a reported object ("denied the
allegations", quotes of ``form`` object) is not one, nor is a scare quote
nobody is credited with.

PolNeAR (attribution relations, which take in objects too): predicted quotes
sharing a cue form one attribution (a split quote is one); source, cue and
content are each matched one-to-one, best first, to gold spans whose
characters overlap by at least half their union (IoU ≥ 0.5).  Direct quotes
take their quotation marks, as PolNeAR's contents do.

``warwire eval quotes --corpus FILE [--errors OUT.jsonl]`` prints a summary;
its last line is the JSON object of :func:`evaluate_quotes`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from ..quotes.lexicon import fold, name_key
from ..quotes.model import SCARE, SPEECH_KINDS, Quote
from .scoring import prf

GGT_THRESHOLDS = (0.3, 0.8)
POLNEAR_IOU = 0.5
_MARKS = "\"“”‘’'«»„"
_SENTENCE_GAP = re.compile(r"[.!?\n]")


def read_corpus(path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """The records of a JSONL corpus and its format, ``ggt`` or ``polnear``."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the corpus: {exc}", str(path)) from exc
    if records and all("quotations" in r and "text_preprocessed" in r for r in records):
        return "ggt", records
    if records and all("attributions" in r and "text" in r for r in records):
        return "polnear", records
    raise ConfigError(f"{path}: neither GGT (quotations) nor PolNeAR (attributions) records")


def parse(texts: list[str], nlp: Any = None) -> list[Any]:
    """The spaCy parse of each text (each distinct text parsed once)."""
    if nlp is None:
        from ..analyse.nlp import load_model
        from ..config import Settings

        nlp = load_model(Settings().model)
    unique = list(dict.fromkeys(texts))
    parsed = dict(zip(unique, nlp.pipe(unique, batch_size=16)))
    return [parsed[t] for t in texts]


def predict(docs: list[Any]) -> list[list[Quote]]:
    """find_quotes over each parse."""
    from ..quotes import find_quotes

    return [find_quotes(d) for d in docs]


# ---------------------------------------------------------------- GGT
def _index(value: str) -> tuple[int, int] | None:
    nums = re.findall(r"\d+", value or "")
    return (int(nums[0]), int(nums[1])) if len(nums) == 2 else None


def ggt_span(text: str, q: Quote) -> tuple[int, int]:
    """The quote as GGT marks it: a direct quote with its quotation marks."""
    s, e = q.start, q.end
    if q.kind in ("direct", SCARE):
        if s > 0 and text[s - 1] in _MARKS:
            s -= 1
        j = e
        while j < len(text) and text[j] in ",.?!" and j - e < 2:
            j += 1
        if j < len(text) and text[j] in _MARKS:
            e = j + 1
    return s, e


def floating(text: str, q: Quote) -> bool:
    """No cue, or a cue outside the quote's own sentence ('X,' he said. 'Y')."""
    if q.cue_start is None or q.cue_end is None:
        return True
    gap = text[q.end:q.cue_start] if q.cue_start >= q.end else text[q.cue_end:q.start]
    return bool(_SENTENCE_GAP.search(gap))


def _cover(gold: tuple[int, int] | None, pred: tuple[int, int] | None) -> float:
    if gold is None or pred is None or gold[1] <= gold[0] or pred[1] <= pred[0]:
        return 0.0
    return max(0, min(gold[1], pred[1]) - max(gold[0], pred[0])) / (gold[1] - gold[0])


def same_name(gold: str, pred: str | None) -> bool:
    """Same speaker by name: equal words, one inside the other, or same surname."""
    if not pred:
        return not gold.strip()
    g = [w for w in re.findall(r"\w+", fold(gold)) if w != "the"]
    p = [w for w in re.findall(r"\w+", fold(pred)) if w != "the"]
    if not g or not p:
        return False
    if set(g) <= set(p) or set(p) <= set(g):
        return True
    return name_key(g[-1]) == name_key(p[-1]) and pred[:1].isupper()


def ggt_counts(q: Quote) -> bool:
    """Is ``q`` a quote in GGT's sense?  GGT quotes are speech: quoted words
    or a reported clause (the clausal complement of a reporting verb); a
    reported object or infinitive ("denied the allegations", "vowed to
    retaliate") is not one, nor are scare quotes nobody is credited with, nor
    beliefs, findings and stances (speech kinds only)."""
    return q.kind in SPEECH_KINDS and q.form not in ("object", "noun") and not (q.kind == SCARE and q.speaker is None)


def _ggt_doc(record: dict, quotes: list[Quote], threshold: float) -> dict[str, Any]:
    text = record["text_preprocessed"]
    preds = [q for q in quotes if ggt_counts(q)]
    remaining = list(range(len(preds)))
    out = {"tp": 0, "speaker": 0, "name": 0, "missed": [], "wrong_speaker": []}
    for g in record["quotations"]:
        gspan, best, best_score = _index(g["quote_index"]), None, 0.0
        for k in remaining:
            sc = _cover(gspan, ggt_span(text, preds[k]))
            if sc > threshold and sc > best_score:
                best, best_score = k, sc
        if best is None:
            out["missed"].append(g)
            continue
        remaining.remove(best)
        q = preds[best]
        out["tp"] += 1
        sspan = _index(g["speaker_index"])
        pspan = (q.speaker_start, q.speaker_end) if q.speaker_start is not None else None
        ok = _cover(sspan, pspan) > 0 or (not g["speaker"].strip() and floating(text, q))
        out["speaker"] += ok
        out["name"] += same_name(g.get("reference") or g["speaker"], q.speaker)
        if not ok or not same_name(g.get("reference") or g["speaker"], q.speaker):
            out["wrong_speaker"].append((g, q))
    out["extra"] = [preds[k] for k in remaining]
    return out


def score_ggt(records: list[dict], predicted: list[list[Quote]], errors: list | None = None) -> dict:
    """GGT precision, recall, F1 at overlap 0.3 and 0.8, and speaker accuracy."""
    result: dict[str, Any] = {"format": "ggt", "n_gold": sum(len(r["quotations"]) for r in records)}
    for th in GGT_THRESHOLDS:
        tag = f"{th:.1f}".replace(".", "")
        docs = [_ggt_doc(r, q, th) for r, q in zip(records, predicted)]
        tp = sum(d["tp"] for d in docs)
        n_pred = tp + sum(len(d["extra"]) for d in docs)
        p, r, f = prf(tp, n_pred, tp, result["n_gold"])
        result |= {f"precision_overlap_{tag}": round(p, 4), f"recall_overlap_{tag}": round(r, 4),
                   f"f1_overlap_{tag}": round(f, 4),
                   f"speaker_accuracy_{tag}": round(sum(d["speaker"] for d in docs) / tp, 4) if tp else 0.0,
                   f"speaker_name_accuracy_{tag}": round(sum(d["name"] for d in docs) / tp, 4) if tp else 0.0}
        if th == GGT_THRESHOLDS[0] and errors is not None:
            errors += [_ggt_errors(rec, d) for rec, d in zip(records, docs)]
    result["speaker_accuracy"] = result["speaker_accuracy_03"]
    result["speaker_name_accuracy"] = result["speaker_name_accuracy_03"]
    return result


def _brief(q: Quote) -> dict[str, Any]:
    return {"kind": q.kind, "text": q.text[:200], "span": [q.start, q.end], "speaker": q.speaker,
            "mention": [q.speaker_start, q.speaker_end], "cue": q.cue}


def _ggt_errors(record: dict, d: dict) -> dict[str, Any]:
    text = record["text_preprocessed"]
    return {"id": record.get("id"),
            "missed": [{"quote": g["quote"][:200], "span": g["quote_index"], "speaker": g["speaker"],
                        "verb": g["verb"]} for g in d["missed"]],
            "extra": [_brief(q) for q in d["extra"]],
            "wrong_speaker": [{"gold": g["speaker"], "gold_span": g["speaker_index"], "reference": g.get("reference"),
                               "predicted": _brief(q),
                               "mention": text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None}
                              for g, q in d["wrong_speaker"]]}


# ---------------------------------------------------------------- PolNeAR
def _chars(spans: list) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e))


def polnear_predicted(text: str, quotes: list[Quote]) -> list[dict[str, frozenset[int]]]:
    """Predicted attributions: quotes grouped by cue, in PolNeAR's convention."""
    groups: dict[Any, list[Quote]] = {}
    for q in quotes:
        if q.kind == SCARE and q.speaker is None:
            continue
        key = (q.cue_start, q.cue_end) if q.cue_start is not None else ("q", q.start)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        q = qs[0]
        out.append({"content": _chars([ggt_span(text, x) for x in qs]),
                    "cue": _chars([(q.cue_start, q.cue_end)] if q.cue_start is not None else []),
                    "source": _chars([(q.source_start, q.source_end)] if q.source_start is not None else [])})
    return out


def match_iou(gold: list[frozenset[int]], pred: list[frozenset[int]], threshold: float) -> int:
    """One-to-one matches with intersection over union ≥ threshold (greedy, best first)."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            inter = len(g & p)
            if inter and inter / len(g | p) >= threshold:
                pairs.append((inter / len(g | p), i, j))
    used_g, used_p = set(), set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def score_polnear(records: list[dict], predicted: list[list[Quote]], errors: list | None = None) -> dict:
    """Span F1 of source, cue and content at IoU ≥ 0.5."""
    result: dict[str, Any] = {"format": "polnear", "n_gold": sum(len(r["attributions"]) for r in records)}
    for part in ("source", "cue", "content"):
        tp = n_gold = n_pred = 0
        for rec, quotes in zip(records, predicted):
            gold = [_chars(a[part]["spans"]) for a in rec["attributions"] if a.get(part) and a[part]["spans"]]
            pred = [a[part] for a in polnear_predicted(rec["text"], quotes) if a[part]]
            tp += match_iou(gold, pred, POLNEAR_IOU)
            n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        p, r, f = prf(tp, n_pred, tp, n_gold)
        result |= {f"{part}_precision": round(p, 4), f"{part}_recall": round(r, 4), f"{part}_f1": round(f, 4)}
    if errors is not None:
        for rec, quotes in zip(records, predicted):
            errors.append({"doc": rec.get("doc"), "annotator": rec.get("annotator"),
                           "gold": [{k: (a.get(k) or {}).get("text") for k in ("source", "cue", "content")}
                                    for a in rec["attributions"]],
                           "predicted": [_brief(q) for q in quotes]})
    return result


def evaluate_quotes(corpus_path: str | Path, *, nlp: Any = None, docs: list[Any] | None = None,
                    errors_to: str | Path | None = None) -> dict[str, Any]:
    """Parse the corpus, find its quotes, and score them (see the module docstring).

    ``docs`` may hand in parses of the records' texts, in order, to skip parsing.
    ``errors_to`` writes a JSONL file, one object per record: missed gold
    quotes, predicted quotes without a match, speakers gone wrong (GGT) or gold
    and predicted attributions side by side (PolNeAR).
    """
    fmt, records = read_corpus(corpus_path)
    key = "text_preprocessed" if fmt == "ggt" else "text"
    if docs is None:
        docs = parse([r[key] for r in records], nlp)
    predicted = predict(docs)
    errors: list | None = [] if errors_to else None
    result = (score_ggt if fmt == "ggt" else score_polnear)(records, predicted, errors)
    if errors_to and errors is not None:
        with open(errors_to, "w", encoding="utf-8") as out:
            for row in errors:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return result
