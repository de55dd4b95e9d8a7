"""Match the data files' token patterns against a spaCy sentence.

A pattern is a sequence of token specs separated by spaces (see
``event_lexicon.tsv``): a spec matches a token when one of its words equals
the token's lower-case form or its lemma, or when the token or its lemma starts
with one of its prefixes (``loot*``; ``recapture*`` takes "recapturing");
``=word`` matches that form only (not the other forms of its lemma:
``=attacks`` is not "attacked"); ``~N`` skips up to N tokens.  Patterns are
indexed by their first word, so matching a sentence costs one dictionary
look-up per token.

>>> m = Matcher([("shelling", "shell", 3.0, ""), ("air_strike", "air strike", 3.5, "")])
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Spec:
    """One token of a pattern, or a gap (``gap`` > 0)."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    gap: int = 0
    forms: frozenset[str] = frozenset()  # "=word": this form only, not the lemma's other forms

    def matches(self, lower: str, lemma: str) -> bool:
        return (lower in self.words or lemma in self.words or lower in self.forms
                or any(lower.startswith(p) or lemma.startswith(p) for p in self.prefixes))


@dataclass(frozen=True)
class Pattern:
    key: str
    specs: tuple[Spec, ...]
    weight: float
    extra: Any = None  # what the table row carries besides key and weight


@dataclass(frozen=True)
class Hit:
    """A matched pattern: token offsets ``start``..``end`` (exclusive) in the Doc."""

    key: str
    weight: float
    start: int
    end: int
    extra: Any = None
    tokens: tuple[int, ...] = ()  # the matched tokens (a gap's are not)

    @property
    def length(self) -> int:
        return len(self.tokens) if self.tokens else self.end - self.start

    def covered(self) -> tuple[int, ...]:
        return self.tokens or tuple(range(self.start, self.end))


def parse_spec(text: str) -> Spec:
    if text.startswith("~") and text[1:].isdigit():
        return Spec(gap=int(text[1:]))
    words, prefixes, forms = set(), [], set()
    for alt in text.lower().split("|"):
        if alt.endswith("*") and len(alt) > 1:
            prefixes.append(alt[:-1])
        elif alt.startswith("=") and len(alt) > 1:
            forms.add(alt[1:])
        else:
            words.add(alt)
    return Spec(frozenset(words), tuple(prefixes), forms=frozenset(forms))


_HYPHENATED = re.compile(r"^[a-z]+(?:-[a-z]+)+\*?$", re.I)


def compile_pattern(key: str, text: str, weight: float, extra: Any = None) -> Pattern:
    return Pattern(key, tuple(parse_spec(t) for t in text.split()), weight, extra)


def split_hyphens(text: str) -> str:
    """The pattern as spaCy tokenizes it: "sit-in" is the three tokens "sit - in" (a hyphen
    between letters is split off; "su-25" and "120-mm" stay whole)."""
    return " ".join(" - ".join(t.split("-")) if _HYPHENATED.match(t) else t for t in text.split())


class Matcher:
    """Finds every pattern occurrence in a token sequence."""

    def __init__(self, rows: Iterable[tuple[str, str, float, Any]]) -> None:
        self.by_word: dict[str, list[Pattern]] = defaultdict(list)
        self.by_prefix: dict[str, list[Pattern]] = defaultdict(list)
        for key, text, weight, extra in rows:
            self._add(compile_pattern(key, text, weight, extra))
            if split_hyphens(text) != text:  # both spellings: the split one is what the parse has
                self._add(compile_pattern(key, split_hyphens(text), weight, extra))

    def _add(self, pattern: Pattern) -> None:
        first = pattern.specs[0]
        for w in first.words | first.forms:
            self.by_word[w].append(pattern)
        for p in first.prefixes:
            self.by_prefix[p[:3]].append(pattern)

    def _starting(self, lower: str, lemma: str) -> list[Pattern]:
        found = list(self.by_word.get(lower, ()))
        if lemma != lower:  # "=accord" (that form only) is indexed but "according" is not it
            found += [p for p in self.by_word.get(lemma, ())
                      if p not in found and p.specs[0].matches(lower, lemma)]
        for p in self.by_prefix.get(lower[:3], ()):
            if p.specs[0].matches(lower, lemma) and p not in found:
                found.append(p)
        return found

    def match(self, tokens: Sequence[tuple[str, str]], offset: int = 0) -> list[Hit]:
        """All hits in ``tokens`` (``(lower, lemma)`` pairs); ``offset`` shifts the indices."""
        hits = []
        for i, (lower, lemma) in enumerate(tokens):
            for pattern in self._starting(lower, lemma):
                found = _match_from(pattern.specs, 1, tokens, i + 1)
                if found is not None:
                    matched = tuple(offset + j for j in (i, *found))
                    hits.append(Hit(pattern.key, pattern.weight, matched[0], matched[-1] + 1,
                                    pattern.extra, matched))
        return hits


def _match_from(specs: tuple[Spec, ...], k: int, tokens: Sequence[tuple[str, str]],
                i: int) -> tuple[int, ...] | None:
    """The tokens matching ``specs[k:]`` from token ``i`` on (gaps skipped); None if none."""
    if k == len(specs):
        return ()
    spec = specs[k]
    if spec.gap:
        for skip in range(spec.gap + 1):
            found = _match_from(specs, k + 1, tokens, i + skip)
            if found is not None:
                return found
        return None
    if i < len(tokens) and spec.matches(*tokens[i]):
        rest = _match_from(specs, k + 1, tokens, i + 1)
        return None if rest is None else (i, *rest)
    return None


def longest(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, longest first (then heaviest), in text order."""
    taken: set[int] = set()
    chosen = []
    for h in sorted(hits, key=lambda h: (-h.length, -abs(h.weight), h.start)):
        span = h.covered()
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def token_pairs(doc: Any) -> list[tuple[str, str]]:
    """``(lower, lemma)`` for every token of a Doc or Span; a span's are kept on its Doc
    (the event coder reads a sentence's words in several passes)."""
    owner = getattr(doc, "doc", None)
    if owner is None or owner is doc:
        return [(t.lower_, t.lemma_.lower()) for t in doc]
    kept = owner.user_data.setdefault("warwire.pairs", {})
    pairs = kept.get((doc.start, doc.end))
    if pairs is None:
        pairs = kept[(doc.start, doc.end)] = [(t.lower_, t.lemma_.lower()) for t in doc]
    return pairs
