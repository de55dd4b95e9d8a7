"""HTML: whole pages through trafilatura, feed fragments through a small converter.

Pages are handed to trafilatura as a string (never a URL: nothing is fetched).
Its publication date comes from the page's markup only; the extensive search
through the body is off, since it would take a date the report mentions for
the date it was published.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from ..errors import InputError
from ..record import Article
from .published import parse_date
from .text import NO_TEXT, normalise

_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})


def read_html(page: str, origin: str | None = None) -> Article:
    """The main text and metadata of an HTML page; :class:`InputError` if none."""
    doc = _extract(page, origin)
    text = normalise(doc.text or "") if doc is not None else ""
    title = _clean(doc.title) if doc is not None else None
    text = _drop_title_line(text, title)
    if not text:
        raise InputError(NO_TEXT, origin)
    return Article(
        raw_text=text,
        title=title,
        source=_clean(doc.sitename) or _clean(doc.hostname),
        url=_clean(doc.url),
        published=parse_date(doc.date),
        origin=origin,
    )


def _extract(page: str, origin: str | None):
    import trafilatura  # lazy: a slow import the CLI only pays for HTML input

    try:
        return trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds; name it and go on
        reason = " ".join(str(exc).split())
        raise InputError(f"cannot read HTML: {type(exc).__name__}: {reason}", origin) from exc


def _clean(value: object) -> str | None:
    """Single-spaced text, or None for an empty or missing value."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _drop_title_line(text: str, title: str | None) -> str:
    """Trafilatura repeats the headline as the first line; the body starts after it."""
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()).casefold() == title.casefold():
        return rest.strip()
    return text


def fragment_text(fragment: str) -> str:
    """An HTML fragment (a feed item's body) as text: tags gone, one line per paragraph."""
    if "<" not in fragment:
        return normalise(unescape(fragment))
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return parser.text()


class _TextParser(HTMLParser):
    """Collects text, breaking lines at block elements and skipping scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:  # in markup a newline is just a space
            self._parts.append(" ".join(data.split("\n")))

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._parts).split("\n"))
        return "\n".join(line for line in lines if line)
