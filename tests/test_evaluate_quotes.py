"""The quote scorer: format detection, GGT's matching and speaker rules,
PolNeAR's span F1, the command line.  Corpora are tiny files written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warwire.errors import ConfigError, InputError
from warwire.evaluate.quotes import (evaluate_quotes, floating, ggt_span, match_iou,
                                     read_corpus, same_name, score_ggt, score_polnear)
from warwire.quotes import Quote

TEXT = ('"The bridge is gone," Kim said. "We will build another."\n'
        "The army said the road was open. Residents called it a 'miracle'.")


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def idx(text: str, part: str) -> str:
    s, e = span(text, part)
    return f"({s},{e})"


def q(text: str, part: str, kind: str = "direct", speaker: str | None = None, mention: str | None = None,
      cue: str | None = None, cue_at: str | None = None, source: str | None = None) -> Quote:
    s, e = span(text, part)
    out = Quote(part, s, e, speaker=speaker, kind=kind, cue=cue)
    if mention:
        out.speaker_start, out.speaker_end = span(text, mention)
        out.source_start, out.source_end = span(text, source or mention)
    if cue_at:
        out.cue_start, out.cue_end = span(text, cue_at)
    return out


def gold(text: str, quote: str, speaker: str = "", verb: str = "", reference: str = "",
         speaker_at: str | None = None) -> dict:
    return {"quote": quote, "quote_index": idx(text, quote), "speaker": speaker,
            "speaker_index": idx(text, speaker_at or speaker) if speaker else "", "verb": verb,
            "verb_index": "", "reference": reference or speaker}


def ggt_record(text: str = TEXT) -> dict:
    return {"id": "a1", "text_preprocessed": text, "people": [], "quotations": [
        gold(text, '"The bridge is gone,"', "Kim", "said", "Vitaliy Kim"),
        gold(text, '"We will build another."', reference="Vitaliy Kim"),
        gold(text, "the road was open", "The army", "said"),
    ]}


def ggt_predictions(text: str = TEXT) -> list[Quote]:
    return [
        q(text, "The bridge is gone", "direct", "Vitaliy Kim", "Kim", "said", "said"),
        # the same cue, in the sentence before: a floating quote in GGT's terms
        q(text, "We will build another.", "direct", "Vitaliy Kim", "Kim", "said", "said"),
        # right span, wrong speaker mention
        q(text, "the road was", "indirect", "Residents", "Residents", "said", "said the road"),
        q(text, "miracle", "scare"),  # unattributed: not a GGT quote
    ]


def test_ggt_scores_follow_its_own_definitions() -> None:
    result = score_ggt([ggt_record()], [ggt_predictions()])
    assert result["n_gold"] == 3
    # all three found at > 0.3; at > 0.8, "the road was" covers 12/17 of its gold quote
    assert (result["precision_overlap_03"], result["recall_overlap_03"], result["f1_overlap_03"]) == (1.0, 1.0, 1.0)
    assert result["recall_overlap_08"] == round(2 / 3, 4)
    assert result["precision_overlap_08"] == round(2 / 3, 4)
    assert result["speaker_accuracy"] == round(2 / 3, 4)  # the army's quote credited to Residents
    assert result["speaker_accuracy_08"] == 1.0


def test_ggt_spans_take_their_quotation_marks_and_floating_is_read_from_the_cue() -> None:
    preds = ggt_predictions()
    assert TEXT[slice(*ggt_span(TEXT, preds[0]))] == '"The bridge is gone,"'
    assert TEXT[slice(*ggt_span(TEXT, preds[2]))] == "the road was"
    assert not floating(TEXT, preds[0]) and floating(TEXT, preds[1])
    assert floating(TEXT, Quote("x", 0, 1))


def test_speaker_names_match_by_words_or_surname() -> None:
    assert same_name("Vitaliy Kim", "Kim") and same_name("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    assert same_name("the Pentagon", "Pentagon") and not same_name("Vitaliy Kim", "Oleh Syniehubov")


def polnear_record(text: str = TEXT) -> dict:
    def part(p: str | list[str]) -> dict:
        parts = [p] if isinstance(p, str) else p
        return {"spans": [list(span(text, x)) for x in parts], "text": " ".join(parts)}
    return {"doc": "d1", "text": text, "attributions": [
        {"source": part("Kim"), "cue": part("said"),
         "content": part(['"The bridge is gone,"', '"We will build another."'])},
        {"source": part("The army"), "cue": part("said the"), "content": part("the road was open")},
    ]}


def test_polnear_groups_a_split_quote_by_its_cue_and_scores_iou() -> None:
    preds = ggt_predictions()
    result = score_polnear([polnear_record()], [preds])
    # content: the split quote and "the road was" (IoU 12/17) both match; 2 predicted, 2 gold
    assert result["content_f1"] == 1.0
    # cue "said the" vs "said the road": IoU 8/13 matches; source "Residents" does not
    assert result["cue_f1"] == 1.0
    assert result["source_precision"] == 0.5 and result["source_recall"] == 0.5
    assert match_iou([frozenset(range(10))], [frozenset(range(4))], 0.5) == 0


def test_polnear_scores_the_source_mention_and_ggt_the_speaker_mention() -> None:
    text = "The port was hit, said Vitaliy Kim, who added that the cranes burned."
    pred = q(text, "that the cranes burned", "indirect", "Vitaliy Kim", "Vitaliy Kim", "added", "added", "who")
    polnear = {"doc": "p2", "text": text, "attributions": [
        {"source": {"spans": [list(span(text, "who"))]}, "cue": {"spans": [list(span(text, "added"))]},
         "content": {"spans": [list(span(text, "that the cranes burned"))]}}]}
    assert score_polnear([polnear], [[pred]])["source_f1"] == 1.0
    ggt = {"id": "g2", "text_preprocessed": text, "quotations": [
        gold(text, "that the cranes burned", "Vitaliy Kim", "added")]}
    assert score_ggt([ggt], [[pred]])["speaker_accuracy"] == 1.0


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_read_corpus_detects_the_format(tmp_path: Path) -> None:
    assert read_corpus(write_jsonl(tmp_path / "g.jsonl", [ggt_record()]))[0] == "ggt"
    assert read_corpus(write_jsonl(tmp_path / "p.jsonl", [polnear_record()]))[0] == "polnear"
    with pytest.raises(ConfigError):
        read_corpus(write_jsonl(tmp_path / "x.jsonl", [{"text": "no labels"}]))
    with pytest.raises(InputError):
        read_corpus(tmp_path / "missing.jsonl")


def test_end_to_end_on_a_tiny_file_parses_and_scores(tmp_path: Path) -> None:
    text = ("\"The bridge is gone,\" Governor Vitaliy Kim said.\n"
            "The army said the road to Mykolaiv was open.")
    record = {"id": "t", "text_preprocessed": text, "quotations": [
        gold(text, '"The bridge is gone,"', "Governor Vitaliy Kim", "said", "Vitaliy Kim"),
        gold(text, "the road to Mykolaiv was open", "The army", "said"),
    ]}
    path = write_jsonl(tmp_path / "ggt.jsonl", [record])
    result = evaluate_quotes(path, errors_to=tmp_path / "errors.jsonl")
    assert result["f1_overlap_03"] == result["f1_overlap_08"] == 1.0
    assert result["speaker_accuracy"] == result["speaker_name_accuracy"] == 1.0
    rows = [json.loads(x) for x in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert rows[0]["missed"] == [] and rows[0]["extra"] == []
