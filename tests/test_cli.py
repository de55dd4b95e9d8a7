from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from warwire.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


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
