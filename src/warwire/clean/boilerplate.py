"""Boilerplate lines (promos, wire tails, sign-up prompts), read from
``warwire/data/boilerplate.txt``.

The file holds one regular expression per line; ``#`` starts a comment and
blank lines are ignored.  Patterns are case-sensitive (write ``(?i:...)`` where
case does not matter) and are tried at the start of every paragraph and of
every sentence inside a paragraph:

- a pattern ending in ``$`` must match a *whole paragraph*; it is never tried
  on a sentence inside a longer paragraph, so ``Related:.*$`` cannot swallow
  body text that a scraper ran into the same line;
- any other pattern removes what it matches at the start of a sentence,
  provided what is left starts a new sentence (``Advertisement The minister
  said ...`` loses ``Advertisement``).

The file is read once, on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from ..datafiles import read_data

_NEXT_SENTENCE = re.compile(r"\s*(?:$|[\"“‘'(\[A-Z0-9])")


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """``(whole_paragraph, sentence_start)`` patterns from the data file."""
    return parse(read_data("boilerplate.txt"))


@lru_cache(maxsize=1)
def _any_start() -> re.Pattern[str]:
    """All patterns in one alternation: a quick test before trying them one by one."""
    whole, start = patterns()
    return re.compile("|".join(f"(?:{p.pattern})" for p in whole + start))


def parse(text: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """Compile the pattern file format (see the module docstring)."""
    whole: list[re.Pattern[str]] = []
    start: list[re.Pattern[str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            pattern = re.compile(line)
        except re.error as exc:
            raise ValueError(f"boilerplate.txt line {number}: {exc}: {line}") from exc
        (whole if line.endswith("$") and not line.endswith("\\$") else start).append(pattern)
    return tuple(whole), tuple(start)


def is_boilerplate_paragraph(paragraph: str) -> bool:
    """True if a whole-paragraph pattern matches ``paragraph`` entirely."""
    if not _any_start().match(paragraph):
        return False
    whole, start = patterns()
    if any(p.fullmatch(paragraph) for p in whole):
        return True
    return any((m := p.match(paragraph)) and m.end() == len(paragraph) for p in start)


def strip_lead(sentence: str) -> tuple[str, str] | None:
    """``(removed, rest)`` if ``sentence`` starts with boilerplate, else None."""
    if not _any_start().match(sentence):
        return None
    for pattern in patterns()[1]:
        m = pattern.match(sentence)
        if m and m.end() > 0 and _NEXT_SENTENCE.match(sentence, m.end()):
            return sentence[: m.end()].rstrip(), sentence[m.end() :].lstrip()
    return None
