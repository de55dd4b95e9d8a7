"""iter_articles: paths, folders, stdin, format dispatch, encodings and bad inputs."""

import io
import json
import subprocess
import sys
from pathlib import Path
from datetime import date

import pytest

from warwire.config import Settings
from warwire.errors import ConfigError, InputError
from warwire.ingest import iter_articles
from warwire.ingest.sources import sniff
from warwire.record import Article, Dateline

REPORT = (
    "Title: Mykolaiv shelled\n"
    "Date: 2022-07-14\n"
    "\n"
    "MYKOLAIV, July 14 (Reuters) - Russian missiles struck Mykolaiv early on Thursday, "
    "the regional governor said.\n"
)
LEGACY = (
    "KHERSON, Ukraine (AP) \u2014 The governor\u2019s office said caf\u00e9s and "
    "\u201cessential shops\u201d would stay open \u2026 despite the shelling.\n"
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Odesa port hit</title></head><body><article>"
    "<h1>Odesa port hit</h1><p>ODESA, Ukraine (AP) \u2014 Russian cruise missiles hit the port "
    "of Odesa on Saturday, a day after a grain export deal was signed.</p>"
    "<p>Ukrainian officials said two missiles were shot down by air defences.</p>"
    "</article></body></html>"
)
RSS = (
    "<rss version='2.0'><channel><title>Wire</title><item><title>Izium</title>"
    "<description>IZIUM, Ukraine \u2014 Mass graves were found.</description></item>"
    "</channel></rss>"
)


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def _errors(items):
    return [str(i) for i in items if isinstance(i, InputError)]


def test_text_file(tmp_path):
    path = tmp_path / "mykolaiv.txt"
    path.write_text(REPORT, encoding="utf-8")
    [article] = iter_articles([str(path)])
    assert article.origin == str(path)
    assert article.title == "Mykolaiv shelled"
    assert (article.published, article.published_from) == (date(2022, 7, 14), "metadata")
    assert article.source == "Reuters"  # from the dateline agency
    assert article.dateline == Dateline("Mykolaiv", "July 14", "Reuters")


def test_the_published_flag_and_source_override(tmp_path):
    path = tmp_path / "mykolaiv.txt"
    path.write_text(REPORT, encoding="utf-8")
    [article] = iter_articles([str(path)], published=date(2022, 7, 15), source="Reuters Kyiv")
    assert (article.published, article.published_from) == (date(2022, 7, 15), "flag")
    assert article.source == "Reuters Kyiv"


def test_the_published_flag_may_be_a_date_string(tmp_path):
    path = tmp_path / "mykolaiv.txt"
    path.write_text(REPORT, encoding="utf-8")
    [article] = iter_articles([str(path)], published="2022-07-15")
    assert (article.published, article.published_from) == (date(2022, 7, 15), "flag")


def test_an_unreadable_published_flag_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError):
        next(iter_articles([str(tmp_path)], published="mid-July"))


def test_publication_date_from_the_dateline(tmp_path):
    path = tmp_path / "kyiv.txt"
    path.write_text("KYIV, Ukraine, July 14, 2022 (AP) \u2014 Sirens sounded.", encoding="utf-8")
    [article] = iter_articles([str(path)])
    assert (article.published, article.published_from) == (date(2022, 7, 14), "dateline")
    assert article.source == "AP"


def test_no_date_and_no_source(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Russian forces shelled Kharkiv overnight.", encoding="utf-8")
    [article] = iter_articles([str(path)])
    assert (article.published, article.published_from, article.source) == (None, None, None)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16", "utf-16-be"])
def test_encodings(tmp_path, encoding):
    text = LEGACY if encoding != "latin-1" else LEGACY.translate(
        {0x2014: "-", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2026: "..."})
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / f"kherson-{encoding}.txt"
    path.write_bytes(data)
    [article] = iter_articles([str(path)])
    assert article.raw_text == text.strip()


def test_cyrillic_single_byte_text_is_not_read_as_western(tmp_path):
    text = "Российские войска обстреляли Харьков ночью, сообщили власти города. " * 3
    path = tmp_path / "kharkiv.txt"
    path.write_bytes(text.encode("cp1251"))
    [article] = iter_articles([str(path)])
    assert article.raw_text == text.strip()


def test_a_binary_file_is_rejected_and_the_batch_goes_on(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    report = tmp_path / "mykolaiv.txt"
    report.write_text(REPORT, encoding="utf-8")
    error, article = iter_articles([str(binary), str(report)])
    assert isinstance(error, InputError)
    assert str(error) == f"{binary}: binary file, not text"
    assert error.origin == str(binary)
    assert isinstance(article, Article) and article.title == "Mykolaiv shelled"


def test_control_characters_mean_binary(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(bytes(range(1, 32)) * 20 + b"Kyiv")
    assert _errors(iter_articles([str(path)])) == [f"{path}: binary file, not text"]


def test_an_oversized_file(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Shelling continued overnight. " * 103_334)  # 3.1 MB
    assert _errors(iter_articles([str(path)])) == [f"{path}: file is 3.1 MB, over the 2 MB limit"]


def test_the_size_limit_comes_from_the_settings(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    items = list(iter_articles([str(path)], settings=Settings(max_bytes=100)))
    assert _errors(items) == [f"{path}: file is 152 bytes, over the 100 byte limit"]


def test_a_missing_path_and_the_next_one(tmp_path):
    report = tmp_path / "mykolaiv.txt"
    report.write_text(REPORT, encoding="utf-8")
    missing = str(tmp_path / "nope.txt")
    error, article = iter_articles([missing, str(report)])
    assert str(error) == f"{missing}: no such file or directory"
    assert article.origin == str(report)


@pytest.mark.parametrize("content", ["", "   \n\n\t  ", "Title: Nothing\nDate: 2022-07-14\n"])
def test_empty_bodies(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    assert _errors(iter_articles([str(path)])) == [f"{path}: no article text"]


def test_folder_recursion_is_sorted_and_skips_hidden_files(tmp_path):
    (tmp_path / "b-kharkiv").mkdir()
    (tmp_path / "b-kharkiv" / "day2.txt").write_text("Kharkiv, day two.", encoding="utf-8")
    (tmp_path / "b-kharkiv" / "day1.txt").write_text("Kharkiv, day one.", encoding="utf-8")
    (tmp_path / "a-odesa.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": "Kherson."}) + "\n", encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("hidden too", encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    assert [a.origin for a in items] == [
        str(tmp_path / "a-odesa.html"),
        str(tmp_path / "b-kharkiv" / "day1.txt"),
        str(tmp_path / "b-kharkiv" / "day2.txt"),
        f"{tmp_path / 'c.jsonl'}#1",
    ]


def test_a_folder_reads_article_files_only_but_a_named_file_is_always_read(tmp_path):
    (tmp_path / "README.md").write_text("# Notes on these reports", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    (tmp_path / "report.txt").write_text("KYIV (Wire) - Sirens sounded.", encoding="utf-8")
    (tmp_path / "wire_copy").write_text("LVIV (Wire) - Trains ran late.", encoding="utf-8")
    found = list(iter_articles([str(tmp_path)]))
    assert sorted(Path(a.origin).name for a in found) == ["report.txt", "wire_copy"]
    [named] = list(iter_articles([str(tmp_path / "README.md")]))
    assert named.raw_text == "# Notes on these reports"


def test_an_empty_folder(tmp_path):
    assert _errors(iter_articles([str(tmp_path)])) == [f"{tmp_path}: folder has no files"]


def test_a_single_path_string_is_not_split_into_characters(tmp_path):
    path = tmp_path / "mykolaiv.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert len(_articles(iter_articles(str(path)))) == 1


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text(monkeypatch):
    _stdin(monkeypatch, REPORT.encode("cp1252"))
    [article] = iter_articles(["-"])
    assert article.origin == "-"
    assert article.title == "Mykolaiv shelled"


def test_stdin_html_is_sniffed(monkeypatch):
    _stdin(monkeypatch, PAGE.encode())
    [article] = iter_articles(["-"])
    assert article.title == "Odesa port hit"
    assert article.raw_text.startswith("ODESA, Ukraine (AP) \u2014 ")


def test_stdin_feed_is_sniffed(monkeypatch):
    _stdin(monkeypatch, RSS.encode())
    [article] = iter_articles(["-"])
    assert (article.origin, article.source) == ("-#1", "Wire")


def test_stdin_json_lines_are_read_record_by_record(monkeypatch):
    lines = [json.dumps({"text": f"Report {n} from Kherson.", "date": "2022-11-11"})
             for n in (1, 2)]
    _stdin(monkeypatch, ("\n".join(lines[:1] + ["{broken"] + lines[1:]) + "\n").encode())
    items = list(iter_articles(["-"], settings=Settings(max_bytes=200)))
    assert [a.origin for a in _articles(items)] == ["-#1", "-#3"]
    assert _errors(items) == ["-#2: invalid JSON: Expecting property name enclosed in double "
                              "quotes (column 2)"]


def test_stdin_without_a_byte_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(REPORT))
    [article] = iter_articles(["-"])
    assert article.title == "Mykolaiv shelled"


def test_stdin_binary(monkeypatch):
    _stdin(monkeypatch, b"\x00\x01\x02" * 100)
    assert _errors(iter_articles(["-"])) == ["-: binary file, not text"]


@pytest.mark.parametrize("name, content, title", [
    ("report", PAGE, "Odesa port hit"),  # no extension: sniffed
    ("report.dat", RSS, "Izium"),
    ("page.xml", PAGE, "Odesa port hit"),  # .xml holding HTML
    ("feed.html", RSS, "Izium"),  # .html holding a feed
    ("notes.txt", "<p>Kept as text</p>", None),  # .txt is always text
])
def test_format_dispatch(tmp_path, name, content, title):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [article] = iter_articles([str(path)])
    assert article.title == title


@pytest.mark.parametrize("head, kind", [
    ('{"text": "x"}', "records"),
    ('[{"text": "x"}]', "records"),
    ("[Updated] Shelling in Kyiv", "text"),
    ('<?xml version="1.0"?><rss version="2.0">', "feed"),
    ('<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    ("<rdf:RDF xmlns:rdf='x'>", "feed"),
    ("<!DOCTYPE html><html>", "html"),
    ("<div><p>Shelling</p></div>", "html"),
    ("KYIV (AP) \u2014 Sirens.", "text"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_every_error_is_one_line_naming_its_input(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00" * 10)
    (tmp_path / "b.jsonl").write_text('{"text": \n{"title": "x"}\n', encoding="utf-8")
    (tmp_path / "c.json").write_text("{\n\n", encoding="utf-8")
    (tmp_path / "d.xml").write_text("<?xml version='1.0'?><rss><channel>", encoding="utf-8")
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    errors = [i for i in iter_articles([str(tmp_path), str(tmp_path / "a.bin"),
                                        str(tmp_path / "zz")])
              if isinstance(i, InputError)]
    assert len(errors) == 7
    for error in errors:
        assert "\n" not in str(error)
        assert str(error).startswith(f"{error.origin}: ")
        assert error.origin.startswith(str(tmp_path))


def test_importing_ingest_stays_light():
    code = ("import sys, warwire.ingest; "
            "print(sorted(m for m in ('trafilatura', 'feedparser', 'charset_normalizer') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
