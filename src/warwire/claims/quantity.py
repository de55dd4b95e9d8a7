"""The number a claim gives, normalised: shares as fractions, counts as numbers.

"85 per cent" → 0.85, "roughly half" → 0.5, "nearly all" → 0.95, "a fifth"
→ 0.2, "killed 12" → 12, "3.5 million" → 3500000, "dozens" → no value (the
text is kept).  Dates, times, ordinals, distances and model numbers
("Su-25", "2022") are not quantities.  Where a claim holds several, the one
nearest its trigger word in the parse wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .tables import in_class, quantity_words, word_classes

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: a multiplier written onto the digits: "1.7m", "$2bn", "40k"
_SUFFIXES = "bn|mn|m|k"
_SUFFIX_VALUES = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL", "QUANTITY"}


@dataclass
class Quantity:
    """A quantity found in the text: ``value`` (None for a vague amount) and its words."""

    value: float | None
    text: str
    start: int
    end: int
    anchor: int  # character offset of the word that carries the number


def _alt(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in p.split()) for p in ordered)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    table = quantity_words()
    by_kind: dict[str, list[str]] = {}
    for phrase, (value, kind) in table.items():
        key = "vague" if value is None else kind
        by_kind.setdefault(key, []).append(phrase)
    approx = _alt(sorted(word_classes().get("approx", ())))
    units = _alt(by_kind.get("count", []))
    return re.compile(
        rf"(?<![\w\-/.])(?:(?P<approx>{approx})\s+)?"
        rf"(?:(?P<share>{_alt(by_kind.get('share', []))})"
        rf"|(?P<vague>{_alt(by_kind.get('vague', []))})"
        rf"|(?P<num>{_DIGITS}|(?:{units})(?:[\s-]+(?:{units}))?)(?P<sfx>{_SUFFIXES})?"
        rf"(?:\s*(?P<pct>{_alt(by_kind.get('percent', []))})"
        rf"|\s+(?P<mult>{_alt(by_kind.get('multiplier', []))}))?)"
        r"(?![\w\-]|[.,]\d)",
        re.IGNORECASE)


def _number(text: str) -> float | None:
    text = text.strip()
    if re.fullmatch(_DIGITS, text):
        return float(text.replace(",", ""))
    table = quantity_words()
    total = 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        value = table.get(part, (None, ""))[0]
        if value is None:
            return None
        total += value
    return total


def _value(m: re.Match[str]) -> float | None:
    table = quantity_words()
    if m.group("share"):
        return table[" ".join(re.split(r"[\s-]+", m.group("share").lower()))][0]
    if m.group("vague"):
        return None
    value = _number(m.group("num"))
    if value is None:
        return None
    if m.group("pct"):
        return round(value / 100, 6)
    if m.group("mult"):
        return value * (table[m.group("mult").lower()][0] or 1)
    if m.group("sfx"):
        return value * _SUFFIX_VALUES[m.group("sfx").lower()]
    return value


def find_quantities(doc: Any, text: str, start: int, end: int) -> list[Quantity]:
    """Every quantity in ``text[start:end]`` (``text`` is ``doc.text``) that is
    not a date, time or model number."""
    out = []
    for m in _pattern().finditer(text, start, end):
        anchor = m.start("share") if m.group("share") else m.start("vague") if m.group("vague") \
            else m.start("num")
        if not _is_quantity(doc, m, anchor):
            continue
        out.append(Quantity(_value(m), m.group(), m.start(), m.end(), anchor))
    return out


def _is_quantity(doc: Any, m: re.Match[str], anchor: int) -> bool:
    span = doc.char_span(anchor, m.end(), alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[0]
    if t.ent_type_ in _SKIP_ENTS and not m.group("pct"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if m.group("num") and not (m.group("pct") or m.group("mult")):
        if re.fullmatch(r"(19|20)\d\d", m.group("num")) or (nxt is not None and in_class(nxt.lower_, "unit")):
            return False
    if nxt is not None and nxt.lower_ == "another" and m.group().lower() == "one":
        return False  # "blamed one another"
    if m.group("share") and nxt is not None and (nxt.pos_ in ("ADJ", "ADV") or in_class(nxt.lower_, "time")):
        return False  # "the most powerful", "half empty", "all day long"
    return True


def nearest(quantities: list[Quantity], doc: Any, trigger: int) -> Quantity | None:
    """The quantity closest to token ``trigger`` in the dependency tree."""
    best, best_d = None, 10**6
    for q in quantities:
        span = doc.char_span(q.anchor, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        d = tree_distance(span.root, doc[trigger])
        if d < best_d:
            best, best_d = q, d
    return best


def tree_distance(a: Any, b: Any) -> int:
    """Edges between tokens ``a`` and ``b`` in the parse (large across sentences)."""
    up_a = [a.i] + [t.i for t in a.ancestors]
    up_b = [b.i] + [t.i for t in b.ancestors]
    where = {i: n for n, i in enumerate(up_a)}
    for n, i in enumerate(up_b):
        if i in where:
            return where[i] + n
    return 1000 + abs(a.i - b.i)
