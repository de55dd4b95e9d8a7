"""Near-duplicate detection for the cleaner: repeated paragraphs and captions.

Scraped pages repeat themselves: a gallery repeats its captions with a word
changed, a pull quote repeats a paragraph, a page template is captured twice.
Similarity is measured on word sets (for short captions) and word bigrams
(for paragraphs, where one inserted word changes only two bigrams).
"""

from __future__ import annotations

from .segment import words

#: overlap of word bigrams above which a paragraph repeats an earlier one
DUPLICATE_SIMILARITY = 0.75
#: paragraphs shorter than this (in words) are never called duplicates
MIN_DUPLICATE_WORDS = 8
#: overlap of word sets above which a sentence repeats a caption
ECHO_SIMILARITY = 0.7


def jaccard(a: set, b: set) -> float:
    """Size of the intersection over size of the union (0 for empty sets)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _bigrams(text: str) -> set[tuple[str, str]]:
    w = words(text)
    if len(w) < 2:
        return {(w[0], "")} if w else set()
    return {(w[i], w[i + 1]) for i in range(len(w) - 1)}


def _similar_size(a: set, b: set, threshold: float) -> bool:
    """Sets whose sizes differ too much cannot reach ``threshold`` Jaccard."""
    return threshold * len(b) <= len(a) <= len(b) / threshold


def repeated(texts: list[str]) -> list[bool]:
    """For each paragraph, whether it (nearly) repeats an earlier one.

    Short paragraphs and questions are never flagged: a one-line quote or an
    interview question may well recur on purpose.
    """
    seen: list[set[tuple[str, str]]] = []
    exact: set[str] = set()
    flags: list[bool] = []
    for text in texts:
        key = " ".join(words(text))
        if len(key.split()) < MIN_DUPLICATE_WORDS or text.rstrip().endswith("?"):
            flags.append(False)
            continue
        grams = _bigrams(text)
        dup = key in exact or any(
            _similar_size(grams, s, DUPLICATE_SIMILARITY) and jaccard(grams, s) >= DUPLICATE_SIMILARITY
            for s in seen
        )
        flags.append(dup)
        if not dup:
            exact.add(key)
            seen.append(grams)
    return flags


def echoes(candidates: list[str], references: list[str]) -> list[bool]:
    """For each candidate sentence, whether it nearly repeats a reference one."""
    refs = [set(words(r)) for r in references]
    flags = []
    for text in candidates:
        w = set(words(text))
        flags.append(
            len(w) >= MIN_DUPLICATE_WORDS
            and any(_similar_size(w, r, ECHO_SIMILARITY) and jaccard(w, r) >= ECHO_SIMILARITY for r in refs)
        )
    return flags
