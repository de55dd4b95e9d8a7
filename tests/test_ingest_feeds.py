"""RSS and Atom feeds: one article per entry."""

from datetime import date

from warwire.errors import InputError
from warwire.ingest import iter_articles
from warwire.ingest.feeds import read_feed
from warwire.record import Article, Dateline

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Kyiv Independent</title><link>https://kyivindependent.com</link>
<item>
  <title>Russian strike hits Vinnytsia</title>
  <link>https://kyivindependent.com/vinnytsia-strike</link>
  <pubDate>Thu, 14 Jul 2022 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;VINNYTSIA, Ukraine &#8212; A Russian missile strike on the city centre
  killed 23 people.&lt;/p&gt;&lt;p&gt;Rescuers searched the rubble overnight.&lt;/p&gt;</description>
</item>
<item>
  <title>Live updates</title>
  <link>https://kyivindependent.com/live</link>
</item>
<item>
  <title>Grain deal talks in Istanbul</title>
  <link>https://kyivindependent.com/grain</link>
  <source url="https://www.reuters.com/rss">Reuters</source>
  <description>ISTANBUL, July 13 (Reuters) - Russia and Ukraine agreed on steps to resume grain exports.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Frontline Dispatches</title>
<entry>
  <title type="html">Shelling in Kharkiv &amp;amp; Izium</title>
  <link rel="alternate" href="https://dispatches.example.org/kharkiv"/>
  <id>tag:dispatches.example.org,2022:kharkiv</id>
  <updated>2022-07-15T06:00:00Z</updated>
  <published>2022-07-14T21:10:00+03:00</published>
  <summary>Short summary of the shelling.</summary>
  <content type="html">&lt;p&gt;KHARKIV, Ukraine (AP) &#8212; Russian shells hit a residential block.&lt;/p&gt;
  &lt;p&gt;Two people were killed, the governor said.&lt;/p&gt;</content>
</entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://wire.example.net/"><title>Wire Desk</title></channel>
<item rdf:about="https://wire.example.net/odesa">
  <title>Odesa port reopens</title><link>https://wire.example.net/odesa</link>
  <dc:date>2022-08-01</dc:date>
  <description>The first grain ship left Odesa on Monday.</description>
</item>
</rdf:RDF>
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_rss_entries(tmp_path):
    path = _write(tmp_path, "kyiv.rss", RSS)
    items = list(iter_articles([path]))
    first, missing, third = items
    assert isinstance(first, Article)
    assert first.origin == f"{path}#1"
    assert first.title == "Russian strike hits Vinnytsia"
    assert first.url == "https://kyivindependent.com/vinnytsia-strike"
    assert first.source == "Kyiv Independent"
    assert (first.published, first.published_from) == (date(2022, 7, 14), "metadata")
    assert first.raw_text == ("VINNYTSIA, Ukraine \u2014 A Russian missile strike on the city "
                              "centre killed 23 people.\nRescuers searched the rubble overnight.")
    assert first.dateline == Dateline("Vinnytsia, Ukraine", None, None)
    assert isinstance(missing, InputError)
    assert str(missing) == f"{path}#2: no article text"
    assert third.source == "Reuters"  # the entry's own <source> before the feed title
    assert third.origin == f"{path}#3"


def test_entry_without_date_takes_the_dateline(tmp_path):
    path = _write(tmp_path, "kyiv.xml", RSS)
    third = list(iter_articles([path]))[2]
    assert third.dateline == Dateline("Istanbul", "July 13", "Reuters")
    assert third.published_from == "dateline"
    assert (third.published.month, third.published.day) == (7, 13)


def test_atom_entry_prefers_content_and_published(tmp_path):
    path = _write(tmp_path, "dispatches.atom", ATOM)
    [article] = iter_articles([path])
    assert article.title == "Shelling in Kharkiv & Izium"
    assert article.url == "https://dispatches.example.org/kharkiv"
    assert article.source == "Frontline Dispatches"
    assert article.published == date(2022, 7, 14)
    assert article.raw_text == ("KHARKIV, Ukraine (AP) \u2014 Russian shells hit a residential "
                                "block.\nTwo people were killed, the governor said.")


def test_rss_1_rdf_feed(tmp_path):
    path = _write(tmp_path, "wire.xml", RDF)
    [article] = iter_articles([path])
    assert (article.title, article.source) == ("Odesa port reopens", "Wire Desk")
    assert article.published == date(2022, 8, 1)


def test_windows_1252_feed(tmp_path):
    feed = RSS.replace('encoding="UTF-8"', 'encoding="windows-1252"').replace(
        "Rescuers searched", "Caf\u00e9 owners \u2014 \u201cshaken\u201d \u2014 searched")
    path = _write(tmp_path, "legacy.rss", feed, "cp1252")
    first = next(iter(iter_articles([path])))
    assert "Caf\u00e9 owners \u2014 \u201cshaken\u201d \u2014 searched" in first.raw_text


def test_source_argument_overrides_the_feed_title(tmp_path):
    path = _write(tmp_path, "kyiv.rss", RSS)
    items = list(iter_articles([path], source="KI"))
    assert [getattr(i, "source", None) for i in items] == ["KI", None, "KI"]


def test_xml_that_is_not_a_feed(tmp_path):
    path = _write(tmp_path, "casualties.xml", "<?xml version='1.0'?><table><row>12</row></table>")
    [error] = iter_articles([path])
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}: ")
    assert "\n" not in str(error)


def test_read_feed_with_no_entries():
    empty = b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    assert [str(e) for e in read_feed(empty, "quiet.rss")] == ["quiet.rss: feed has no entries"]


def test_a_feed_string_that_looks_like_a_url_is_not_fetched():
    [error] = read_feed(b"https://example.com/feed.xml", "url.rss")
    assert isinstance(error, InputError)
