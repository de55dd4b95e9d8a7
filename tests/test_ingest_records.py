"""JSON, JSONL and NDJSON records, and the real 2,000-article corpus."""

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from warwire.config import Settings
from warwire.errors import InputError
from warwire.ingest import iter_articles
from warwire.record import Article, Dateline

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/articles/war_news_2022.jsonl"

STRIKE = {
    "title": "Missile strike on Vinnytsia kills 23",
    "text": "VINNYTSIA, Ukraine (AP) — A Russian missile strike on the centre of Vinnytsia "
            "killed 23 people, including three children, officials said.",
    "url": "https://apnews.com/article/vinnytsia-strike",
    "outlet": "AssociatedPress",
    "published": "2022-07-14 11:20",
}


def _write_lines(path: Path, *lines: object) -> str:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return str(path)


def _split(items):
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    return articles, errors


def test_jsonl_record_fields(tmp_path):
    path = _write_lines(tmp_path / "batch.jsonl", STRIKE)
    [article] = iter_articles([path])
    assert article.title == STRIKE["title"]
    assert article.raw_text == STRIKE["text"]
    assert article.url == STRIKE["url"]
    assert article.source == "AssociatedPress"
    assert (article.published, article.published_from) == (date(2022, 7, 14), "metadata")
    assert article.origin == f"{path}#1"
    assert article.dateline == Dateline("Vinnytsia, Ukraine", None, "AP")


def test_outlet_wins_over_a_provenance_source(tmp_path):
    record = dict(STRIKE, source="someone/war-news@5f93f26:data/ap.xlsx#row=12")
    [article] = iter_articles([_write_lines(tmp_path / "a.jsonl", record)])
    assert article.source == "AssociatedPress"


@pytest.mark.parametrize("record, field, expected", [
    ({"body": "Kherson was shelled overnight."}, "raw_text", "Kherson was shelled overnight."),
    ({"content": ["Kherson was shelled.", "Two were hurt."]}, "raw_text",
     "Kherson was shelled.\nTwo were hurt."),
    ({"content": "<p>Kherson was shelled.</p><p>Two were hurt.</p>"}, "raw_text",
     "Kherson was shelled.\nTwo were hurt."),
    ({"text": "Kherson was shelled.", "source": "Ukrinform"}, "source", "Ukrinform"),
    ({"text": "Kherson was shelled.", "date": "July 11, 2022"}, "published", date(2022, 7, 11)),
    ({"text": "Kherson was shelled.", "published_at": "2022-07-11T06:00:00Z"}, "published",
     date(2022, 7, 11)),
    ({"text": "Kherson was shelled.", "published": "11 July 2022"}, "published",
     date(2022, 7, 11)),
    ({"text": "Kherson was shelled.", "published": "Mon, 11 Jul 2022 06:00:00 GMT"}, "published",
     date(2022, 7, 11)),
    ({"text": "Kherson was shelled.", "published": "not a date", "date": "2022-07-11"},
     "published", date(2022, 7, 11)),
])
def test_field_aliases_and_date_formats(tmp_path, record, field, expected):
    [article] = iter_articles([_write_lines(tmp_path / "a.ndjson", record)])
    assert getattr(article, field) == expected


def test_a_bad_line_is_reported_and_the_others_go_on(tmp_path):
    path = _write_lines(
        tmp_path / "batch.jsonl",
        STRIKE,
        '{"title": "Broken", "text": "Shelling in Izium"',
        "",
        {"title": "No body", "text": "   "},
        ["not", "an", "object"],
        dict(STRIKE, title="Second strike"),
    )
    articles, errors = _split(list(iter_articles([path])))
    assert [a.origin for a in articles] == [f"{path}#1", f"{path}#6"]
    assert [str(e) for e in errors] == [
        f"{path}#2: invalid JSON: Expecting ',' delimiter (column 48)",
        f"{path}#4: no article text",
        f"{path}#5: record is a JSON list, not an object",
    ]


def test_an_oversized_record_is_rejected_alone(tmp_path):
    big = dict(STRIKE, text="Shelling continued. " * 100)
    path = _write_lines(tmp_path / "batch.jsonl", big, STRIKE)
    items = list(iter_articles([path], settings=Settings(max_bytes=1000)))
    assert str(items[0]) == f"{path}#1: record is 2.2 kB, over the 1 kB limit"
    assert isinstance(items[1], Article) and items[1].origin == f"{path}#2"


def test_empty_jsonl(tmp_path):
    path = _write_lines(tmp_path / "empty.jsonl", "", "")
    assert [str(e) for e in iter_articles([path])] == [f"{path}: no records"]


def test_utf16_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes((json.dumps(STRIKE, ensure_ascii=False) + "\n").encode("utf-16"))
    [article] = iter_articles([str(path)])
    assert article.raw_text == STRIKE["text"]


def test_a_cp1252_line_in_a_jsonl_file(tmp_path):
    path = tmp_path / "legacy.jsonl"
    said = "Caf\u00e9s in Odesa closed \u2014 \u201cno one came\u201d, owners said."
    line = json.dumps({"text": said}, ensure_ascii=False) + "\n"
    path.write_bytes(json.dumps(STRIKE).encode() + b"\n" + line.encode("cp1252"))
    articles, errors = _split(list(iter_articles([str(path)])))
    assert not errors
    assert articles[1].raw_text == said


def test_binary_jsonl_is_one_error(tmp_path):
    path = tmp_path / "image.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    assert [str(e) for e in iter_articles([str(path)])] == [f"{path}: binary file, not text"]


def test_json_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(STRIKE, indent=2), encoding="utf-8")
    [article] = iter_articles([str(path)])
    assert article.origin == str(path)
    assert article.title == STRIKE["title"]


def test_json_list_names_each_record(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([STRIKE, {"title": "No text"}, STRIKE]), encoding="utf-8")
    items = list(iter_articles([str(path)]))
    assert [getattr(i, "origin", None) for i in items] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert str(items[1]) == f"{path}#2: no article text"


def test_json_file_holding_json_lines(tmp_path):
    path = _write_lines(tmp_path / "lines.json", STRIKE, dict(STRIKE, title="Second"))
    assert [a.title for a in iter_articles([path])] == [STRIKE["title"], "Second"]


def test_a_line_separator_inside_a_string_does_not_split_a_record(tmp_path):
    record = {"text": "Sirens in Kyiv.\u2028All clear at noon."}
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(STRIKE),
                    encoding="utf-8")
    first, second = iter_articles([str(path)])
    assert first.raw_text == record["text"]
    assert second.title == STRIKE["title"]


def test_invalid_json_document(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"text": "Shelling"},\n {"text": ]', encoding="utf-8")
    [error] = iter_articles([str(path)])
    assert str(error) == f"{path}: invalid JSON: Expecting value (line 2, column 11)"


def test_empty_json_list(tmp_path):
    path = tmp_path / "none.json"
    path.write_text("[]", encoding="utf-8")
    assert [str(e) for e in iter_articles([str(path)])] == [f"{path}: no records in the JSON list"]


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not here")
def test_the_real_corpus_ingests_without_rejections():
    items = list(iter_articles([str(CORPUS)]))
    articles, errors = _split(items)
    assert errors == []
    assert len(articles) == 2000
    assert all(a.published is not None for a in articles)
    assert Counter(a.published_from for a in articles) == {"metadata": 2000}
    assert all(a.source and "@" not in a.source for a in articles)
    assert articles[0].origin == f"{CORPUS}#1"
