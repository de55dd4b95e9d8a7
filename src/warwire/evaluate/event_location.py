"""Measure the event-location rule on sentences labelled with the place their event happened.

The corpus (Halterman's event-location data: a JSON array of Prodigy records)
gives, per sentence, the event verb (``VERB`` span) and the place(s) where that
event happened (``LOCATION`` spans; none when the sentence does not say).
Every sentence is parsed once (``nlp.pipe``), its places recognised and
resolved as in the pipeline, and :func:`warwire.events.location.choose` picks
the place of the labelled verb.  Measures (a chosen place is correct when its
span overlaps a gold span):

- ``precision``, ``recall``, ``f1``: end to end, over sentences with a gold
  location (recall) and sentences where a place was chosen (precision);
- ``choice_accuracy``: over sentences where a recognised place overlaps the
  gold, how often the rule chose it (the rule alone, recognition aside);
- ``first_place_choice_accuracy``: the same for the baseline "the first place
  of the sentence";
- ``n``, ``n_with_location``, ``n_choosable``.

``warwire eval event-location --corpus FILE [--limit N]`` prints a summary; its
last line is the JSON object of :func:`evaluate_event_location`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .scoring import f1


def read_records(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Records with a verb span: ``text``, ``verb`` (start, end), ``gold`` [(start, end)]."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for record in data:
        spans = record.get("spans") or []
        verbs = [(s["start"], s["end"]) for s in spans if s.get("label") == "VERB"]
        gold = [(s["start"], s["end"]) for s in spans
                if s.get("label") == "LOCATION" and record["text"][s["start"]:s["end"]].strip()]
        if verbs:
            out.append({"text": record["text"], "verb": verbs[0], "gold": gold})
        if limit and len(out) >= limit:
            break
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def evaluate_event_location(path: str | Path, *, limit: int | None = None, nlp: Any = None) -> dict[str, Any]:
    """Choose the event's place in every labelled sentence and score it (module docstring)."""
    from ..events.batch import load_nlp
    from ..events.location import choose
    from ..events.places import recognise

    records = read_records(path, limit)
    nlp = nlp or load_nlp()
    tp = chosen_n = choosable = rule_ok = first_ok = 0
    for record, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=64)):
        span = doc.char_span(*record["verb"], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        trigger = span.root
        places = [p for p in recognise(doc, doc.text) if p.is_location]
        picked = choose(doc, trigger.sent, trigger, places)
        gold = record["gold"]
        if picked is not None:
            chosen_n += 1
            tp += _overlaps((picked[0].start, picked[0].end), gold)
        here = [p for p in places if trigger.sent.start_char <= p.start < trigger.sent.end_char]
        if gold and any(_overlaps((p.start, p.end), gold) for p in here):
            choosable += 1
            rule_ok += picked is not None and _overlaps((picked[0].start, picked[0].end), gold)
            first_ok += _overlaps((here[0].start, here[0].end), gold)
    with_location = sum(1 for r in records if r["gold"])
    precision = tp / chosen_n if chosen_n else 0.0
    recall = tp / with_location if with_location else 0.0
    return {
        "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(f1(precision, recall), 4),
        "choice_accuracy": round(rule_ok / choosable, 4) if choosable else None,
        "first_place_choice_accuracy": round(first_ok / choosable, 4) if choosable else None,
        "n": len(records), "n_with_location": with_location, "n_choosable": choosable,
    }
