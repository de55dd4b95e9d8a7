"""HTML pages (trafilatura) and HTML fragments (feed bodies)."""

from datetime import date

import pytest

from warwire.errors import InputError
from warwire.ingest import iter_articles
from warwire.ingest.html import fragment_text, read_html
from warwire.record import Dateline

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Russian missiles hit Mykolaiv | Example News</title>
<meta property="og:title" content="Russian missiles hit Mykolaiv">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-07-14T08:30:00+03:00">
<link rel="canonical" href="https://news.example.com/world/mykolaiv-strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Russian missiles hit Mykolaiv</h1>
<p>MYKOLAIV, July 14 (Reuters) - Russian missiles struck the southern Ukrainian city of
Mykolaiv early on Thursday, killing at least two people, the regional governor said.</p>
<p>Governor Vitaliy Kim said on Telegram that the strikes hit a university building and a
hotel. "There were loud explosions," he wrote.</p>
<p>Ukraine's military said it had shot down several missiles over the region on Thursday
morning.</p>
</article>
<footer>Copyright 2022 Example News. All rights reserved.</footer>
</body></html>"""


def test_page_text_and_metadata():
    article = read_html(PAGE, "mykolaiv.html")
    assert article.title == "Russian missiles hit Mykolaiv"
    assert article.source == "Example News"
    assert article.url == "https://news.example.com/world/mykolaiv-strike"
    assert article.published == date(2022, 7, 14)
    assert article.origin == "mykolaiv.html"


def test_page_body_keeps_paragraphs_and_drops_boilerplate():
    paragraphs = read_html(PAGE).raw_text.split("\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("MYKOLAIV, July 14 (Reuters) - Russian missiles struck")
    assert paragraphs[1].startswith("Governor Vitaliy Kim said")
    body = "\n".join(paragraphs)
    assert "Home" not in body and "Copyright" not in body
    assert "Russian missiles hit Mykolaiv\n" not in body  # the headline is not body text


def test_a_date_the_report_mentions_is_not_its_publication_date():
    page = """<html><head><title>Kharkiv shelled</title></head><body><article>
    <h1>Kharkiv shelled</h1>
    <p>KHARKIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight, officials said,
    the worst attack on the city since the strike of 3 March 2022.</p>
    <p>Rescue teams were working through the rubble of two apartment blocks on Thursday.</p>
    </article></body></html>"""
    article = read_html(page)
    assert article.published is None
    assert article.raw_text.startswith("KHARKIV, Ukraine (AP) — ")


def test_page_without_text_is_rejected():
    with pytest.raises(InputError) as err:
        read_html("<html><head><title>Live</title></head><body></body></html>", "live.html")
    assert str(err.value) == "live.html: no article text"


def test_trafilatura_errors_become_input_errors(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("document is empty")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(InputError) as err:
        read_html(PAGE, "broken.html")
    assert str(err.value) == "broken.html: cannot read HTML: ValueError: document is empty"


def test_html_file_through_iter_articles(tmp_path):
    path = tmp_path / "mykolaiv.htm"
    path.write_text(PAGE, encoding="utf-8")
    [article] = iter_articles([str(path)])
    assert article.published_from == "metadata"
    assert article.dateline == Dateline("Mykolaiv", "July 14", "Reuters")
    assert article.source == "Example News"


def test_cp1252_html_file(tmp_path):
    quote = "\u201cThere were loud explosions \u2014 caf\u00e9s shook,\u201d"
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        '"There were loud explosions,"', quote)
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    [article] = iter_articles([str(path)])
    assert quote in article.raw_text


def test_fragment_text_keeps_paragraphs():
    fragment = (
        "<p>KYIV, Ukraine &#8212; Air raid sirens sounded across Ukraine.</p>"
        "<p>Officials said <b>three</b> people were hurt.<br>More to follow.</p>"
        "<script>track()</script><ul><li>Kyiv</li><li>Lviv</li></ul>"
    )
    assert fragment_text(fragment) == (
        "KYIV, Ukraine \u2014 Air raid sirens sounded across Ukraine.\n"
        "Officials said three people were hurt.\nMore to follow.\nKyiv\nLviv"
    )


def test_fragment_text_of_plain_text():
    assert fragment_text("  Shelling in Kherson &amp; Mykolaiv.\r\nMore.  ") == (
        "Shelling in Kherson & Mykolaiv.\nMore."
    )
