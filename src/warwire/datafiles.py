"""The editable data files shipped in ``warwire/data`` (lexicons, tables, the gazetteer
supplement): one place that knows where they live and how their lines are read."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """Filesystem path of a shipped data file."""
    return Path(str(resources.files("warwire") / "data" / name))


def read_data(name: str) -> str:
    """The whole text of a shipped data file (UTF-8)."""
    return (resources.files("warwire") / "data" / name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """Its lines, less blank lines and ``#`` comments (the format every table shares)."""
    return [ln for ln in read_data(name).splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of a word table (``claim_words.tsv``, ``quote_words.tsv``): kind →
    its lower-cased words and phrases.  The table has a header row, then one word
    or phrase a line and its kind, tab-separated; further columns are not read
    here.  Read once per process."""
    out: dict[str, set[str]] = {}
    for ln in data_lines(name)[1:]:
        r = [c.strip() for c in ln.split("\t")]
        if len(r) >= 2:
            out.setdefault(r[1], set()).add(r[0].lower())
    return {k: frozenset(v) for k, v in out.items()}
