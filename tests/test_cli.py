from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from warwire.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
EVAL = Path(__file__).resolve().parent / "data" / "eval"  # tiny corpora written for these tests


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def _records(stdout: str) -> list[dict]:
    decoder, out, i = json.JSONDecoder(), [], 0
    while i < len(stdout):
        if stdout[i].isspace():
            i += 1
            continue
        obj, i = decoder.raw_decode(stdout, i)
        out.append(obj)
    return out


def test_extract_a_wire_report_end_to_end() -> None:
    result = _run("extract", str(EXAMPLES / "mykolaiv_strike.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    [record] = _records(result.stdout)
    meta, text = record["article"], record["article"]["text"]
    assert (meta["published"], meta["published_from"]) == ("2022-07-16", "dateline")
    kinds = sorted(r["kind"] for r in record["removed"])
    assert kinds == ["boilerplate", "caption", "caption", "credit", "credit"]
    assert "AP Photo" not in text and "walks past" not in text and "AFP" not in text
    for body in ("'The city was living under fire all night,' he wrote.",
                 "could not be independently verified.", "'People are tired, but they are not leaving,'",
                 "Two months ago, Kim said", "The governor, 41, urged residents"):
        assert body in text
    values = {d["text"]: d["value"] for d in record["dates"]}
    assert values["Friday"] == "2022-07-15"
    assert values["Saturday"] == "2022-07-16"
    assert values["last week"] == "2022-W27"
    assert values["Two months ago"] == "2022-05"
    assert "41" not in values
    for d in record["dates"]:
        assert text[d["start"]:d["end"]] == d["text"]


def test_metadata_date_wins_over_nothing_and_flag_wins_over_metadata() -> None:
    path = str(EXAMPLES / "vinnytsia.txt")
    [rec] = _records(_run("extract", path).stdout)
    assert (rec["article"]["published"], rec["article"]["published_from"]) == ("2022-07-14", "metadata")
    assert rec["article"]["text"].startswith("Russian missiles hit the centre")
    [rec] = _records(_run("extract", path, "--published", "2022-07-15", "--source", "Desk").stdout)
    assert (rec["article"]["published"], rec["article"]["published_from"]) == ("2022-07-15", "flag")
    assert rec["article"]["source"] == "Desk"


def test_stdin_and_jsonl_output() -> None:
    result = _run("extract", "-", "--format", "jsonl",
                  input="KYIV, July 14, 2022 (Wire) - Sirens sounded on Thursday.\n")
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert json.loads(line)["dates"][-1]["value"] == "2022-07-14"


def test_a_bad_input_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    good = tmp_path / "zz_report.txt"
    good.write_text("LVIV, Ukraine (Wire) - Air raid sirens sounded on Monday.", encoding="utf-8")
    result = _run("extract", str(tmp_path / "photo.txt"), str(tmp_path / "nope.txt"), str(good))
    assert result.exit_code == 2
    assert len(_records(result.stdout)) == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("warwire: rejected: ") for e in errors)
    assert "binary" in errors[0] and "nope.txt" in errors[1]
    assert "Traceback" not in result.stderr


def test_a_bad_date_flag_is_a_usage_error_not_a_traceback() -> None:
    result = _run("extract", str(EXAMPLES / "vinnytsia.txt"), "--published", "14/07/2022")
    assert result.exit_code == 2
    assert "not a date" in result.stderr and "Traceback" not in result.stderr


def test_ingest_is_idempotent_and_export_writes_every_article(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    first = _run("ingest", str(EXAMPLES), "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "8 articles: 8 new, 0 unchanged, 0 rejected" in first.stderr
    again = _run("ingest", str(EXAMPLES), "--db", db)
    assert "8 articles: 0 new, 8 unchanged, 0 rejected" in again.stderr
    out = tmp_path / "a.csv"
    assert _run("export", "--db", db, "--format", "csv", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 8 and all(r["published"].startswith("2022-") for r in rows)
    jsonl = _run("export", "--db", db)
    assert len(jsonl.stdout.splitlines()) == 8


def test_a_broken_database_url_is_one_line(tmp_path: Path) -> None:
    result = _run("ingest", str(EXAMPLES), "--db", f"sqlite:///{tmp_path}/no/such/dir.db")
    assert result.exit_code == 1
    assert result.stderr.startswith("warwire: error: cannot open database")
    assert "Traceback" not in result.stderr


def test_help_and_version() -> None:
    assert "extract" in _run("--help").stdout
    assert _run("--version").stdout.startswith("warwire, version ")


def test_claim_links_export_names_both_sides(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "MOSCOW, July 3, 2022 (Wire) - Russia's defence ministry said on Sunday that its "
        "forces had taken full control of Lysychansk.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "KYIV, July 4, 2022 (Wire) - Ukraine's General Staff said on Monday that its forces "
        "still hold Lysychansk.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert "1 contradictions" in _run("ingest", str(tmp_path), "--db", db).stderr
    result = _run("export", "--db", db, "--format", "claim-links")
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["relation"], row["place"]) == ("contradicts", "Lysychansk")
    assert {row["side_a"], row["side_b"]} == {"Russia", "Ukraine"}
    assert result.stderr.strip() == "exported 1 links"


# -- warwire eval: the one command line of the evaluators ------------------------------------


def _eval(*args: str) -> dict:
    """Run ``warwire eval ARGS`` and return the JSON object on its last stdout line."""
    result = _run("eval", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_eval_timex_writes_its_errors_by_kind(tmp_path: Path) -> None:
    errors = tmp_path / "timex.tsv"
    last = _eval("timex", "--corpus", str(EVAL / "timex"), "--errors", str(errors))
    assert (last["n_gold"], last["n_system"], last["value_f1"]) == (5, 4, 0.6667)
    rows = _tsv(errors)
    assert [(r["kind"], r["gold"]) for r in rows] == [
        ("value", "'next week' DATE 2022-W30"), ("missed", "'Overnight' TIME 2022-07-15TNI")]
    assert rows[0]["system"] == "'next week' date 2022-W29" and "[[next week]]" in rows[0]["context"]


def test_eval_last_line_is_what_the_ci_gate_reads() -> None:
    stdout = _run("eval", "timex", "--corpus", str(EVAL / "timex")).stdout
    gate = [sys.executable, str(REPO / ".ci" / "gate.py"), "tiny"]
    passed = subprocess.run(gate + ["value_f1=0.66"], input=stdout, capture_output=True, text=True)
    failed = subprocess.run(gate + ["value_f1=0.67"], input=stdout, capture_output=True, text=True)
    assert (passed.returncode, failed.returncode) == (0, 1), passed.stdout + failed.stdout


def test_eval_geo_gold_only_baseline_and_errors(tmp_path: Path) -> None:
    corpus = str(EVAL / "toponyms.xml")
    end_to_end = _eval("geo", "--corpus", corpus)
    assert end_to_end["recognition_f1"] == 1.0 and end_to_end["acc161_gold_spans"] == 1.0
    errors = tmp_path / "geo.tsv"
    baseline = _eval("geo", "--corpus", corpus, "--gold-only", "--baseline", "--errors", str(errors))
    assert baseline["recognition_f1"] is None  # no parse, no recognition
    assert baseline["acc161_gold_spans"] == 0.6667  # Paris, Texas taken for Paris, France
    worst = _tsv(errors)[0]
    assert (worst["text"], worst["country"]) == ("Paris", "FR")


def test_eval_quotes_writes_its_errors_as_jsonl(tmp_path: Path) -> None:
    errors = tmp_path / "quotes.jsonl"
    last = _eval("quotes", "--corpus", str(EVAL / "ggt.jsonl"), "--errors", str(errors))
    assert (last["format"], last["n_gold"], last["f1_overlap_03"]) == ("ggt", 2, 1.0)
    [record] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "ww1" and record["missed"] == []


def test_eval_acled_limit_and_both_errors_files(tmp_path: Path) -> None:
    corpus = str(EVAL / "acled.csv")
    first_two = _eval("acled", "--corpus", corpus, "--limit", "2")
    assert first_two["n"] == 2 and first_two["fatalities_exact"] == 1.0
    events, places = tmp_path / "events.tsv", tmp_path / "places.tsv"
    last = _eval("acled", "--corpus", corpus, "--errors", str(events), "--places-errors", str(places))
    assert last["n"] == 4 and list(last)[-1] == "n" and "places_location_10km" in last
    assert [(r["row"], r["wrong"]) for r in _tsv(events)] == [("2", "fatalities"), ("3", "location")]
    assert [r["location"] for r in _tsv(places)] == ["Zhovtokamianivka"]


def test_eval_case2021_writes_the_misclassified_snippets(tmp_path: Path) -> None:
    errors = tmp_path / "case.tsv"
    last = _eval("case2021", "--corpus", str(EVAL / "event_snippets.tsv"), "--errors", str(errors))
    assert (last["n"], last["accuracy"]) == (3, 0.6667)
    [row] = _tsv(errors)
    assert (row["id"], row["gold"], row["predicted"]) == ("3", "ARMED_CLASH", "PEACE_PROTEST")


def test_eval_event_location_limit() -> None:
    corpus = str(EVAL / "event_location.jsonl")
    assert _eval("event-location", "--corpus", corpus)["n"] == 3
    assert _eval("event-location", "--corpus", corpus, "--limit", "2")["n"] == 2


def test_eval_bad_options_are_usage_errors() -> None:
    for args in (("acled", "--corpus", str(EVAL / "acled.csv"), "--limit", "0"),
                 ("timex", "--corpus", str(EVAL / "no_such_dir"))):
        result = _run("eval", *args)
        assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_the_bundled_samples_give_the_events_a_reader_expects(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    assert _run("ingest", str(EXAMPLES), "--db", db).exit_code == 0
    out = tmp_path / "events.csv"
    assert _run("export", "--db", db, "--format", "acled-csv", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    got = {(r["event_date"], r["sub_event_type"], r["location"], r["fatalities"]) for r in rows}
    shelling = "Shelling/artillery/missile attack"
    assert {("2022-06-28", shelling, "Kremenchuk", "18"), ("2022-07-14", shelling, "Vinnytsya", "23"),
            ("2022-07-15", shelling, "Mykolayiv", "2"), ("2022-07-21", shelling, "Kharkiv", "3"),
            ("2022-07-03", "Non-state actor overtakes territory", "Lysychansk", "0")} <= got
    # the regional administration hit two months before is Mykolaiv's, not the Kherson region's
    # that the sentence before names; a town shelled "almost daily since May" is no one event
    assert ("2022-05-01", shelling, "Mykolayiv", "37") in got
    assert not any(r["location"] == "Kharkiv" and r["event_date"] == "2022-05-01" for r in rows)
    assert all(r["kind"] == "acled" and r["actor1"] != "Military Forces of Ukraine (2019-)"
               or r["sub_event_type"] == "Government regains territory" for r in rows)
