"""Claims across articles: which contradict or corroborate each other.

:func:`link_claims` compares the claims of different articles that are about
the same named place (and, for casualties, the same victims) with the same
rules as within one article (:mod:`.relate`), but only names meet: "the
town" in one report is not "the town" in another.  It is pure: it reads the
articles' ``claims`` and returns the links; with ``mark`` it also raises the
claims' statuses (contested, corroborated).  A store or linking step can call
it on any batch of articles, old and new.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import CONTESTED, CORROBORATED, Claim
from .relate import CONTRADICTS, compare, group, place_keys


@dataclass(frozen=True)
class ClaimLink:
    """Claim ``claim_a`` of article ``article_a`` relates to ``claim_b`` of ``article_b``.

    Articles are named by :attr:`Article.id`, claims by index in ``article.claims``;
    ``relation`` is ``contradicts`` or ``corroborates``; ``place`` the shared place.
    """

    article_a: str
    claim_a: int
    article_b: str
    claim_b: int
    relation: str
    place: str | None = None


def _generic(place: str | None) -> bool:
    """"Ukrainian cities", "its positions": a plural common noun names no one place, so
    it cannot tie two reports together."""
    last = (place or "").split()[-1:] or [""]
    word = last[0]
    return word.islower() and word.endswith("s") and not word.endswith("ss")


def link_claims(articles: Iterable[Any], mark: bool = True) -> list[ClaimLink]:
    """Links between the claims of different articles, in input order.

    ``articles`` are :class:`~warwire.record.Article` records (anything with
    ``id`` and ``claims``).  The same report ingested twice (same id) is never
    linked to itself.
    """
    buckets: dict[tuple[str, str], list[tuple[int, str, int, Claim]]] = {}
    for n, article in enumerate(articles):
        for k, c in enumerate(article.claims):
            if _generic(c.place):
                continue
            for key in place_keys(c.place):
                buckets.setdefault((group(c), key), []).append((n, article.id, k, c))
    seen: set[tuple[str, int, str, int]] = set()
    links = []
    for entries in buckets.values():
        for i, (na, ida, ka, a) in enumerate(entries):
            for nb, idb, kb, b in entries[i + 1:]:
                if na == nb or ida == idb or (ida, ka, idb, kb) in seen:
                    continue
                seen.add((ida, ka, idb, kb))
                rel = compare(a, b, loose=False)
                if rel is None:
                    continue
                links.append(ClaimLink(ida, ka, idb, kb, rel, a.place))
                if mark:
                    status = CONTESTED if rel == CONTRADICTS else CORROBORATED
                    a.set_status(status, None)
                    b.set_status(status, None)
    return links
