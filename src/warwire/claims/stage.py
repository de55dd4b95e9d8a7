"""The ``claims`` stage: the attributed assertions of fact of an article.

It reads the shared parse (``article.doc``) and the quotes stage's output
(``article.quotes``), never parsing again.  Besides ``claims`` it fills each
quote's ``speaker_side`` (the quotes stage leaves it empty for this stage).
"""

from __future__ import annotations

from typing import Any

from ..analyse.nlp import doc_text
from ..record import Article
from .extract import Parsed, article_claims, quote_claims, quote_sides
from .model import Claim
from .claimant import clean
from .status import assess
from .topic import on_topic, theatre


def find_claims(doc: Any, quotes: list[Any], text: str | None = None,
                places: list[Any] | None = None) -> list[Claim]:
    """The claims of ``doc`` about the war in text order, with their status and relations.

    ``quotes`` are the :class:`~warwire.quotes.Quote` records of the same text;
    their ``speaker_side`` is set here.  ``text`` is ``doc.text`` where the
    caller has it; ``places`` the places stage's spans, if it ran (a place
    outside the theatre takes a sentence off the war: :mod:`.topic`).  Every
    claim's ``text == doc.text[start:end]``.
    """
    p = Parsed.of(doc, text)
    sides = quote_sides(p, quotes)
    for q, side in zip(quotes, sides):
        q.speaker_side = side
    claims = quote_claims(p, quotes, sides) + article_claims(p, quotes)
    clean(p.text, claims, places or [], p.doc)
    where = theatre(places or [])
    claims = [c for c in claims if on_topic(p.text, p.sents, c, where)]
    claims.sort(key=lambda c: (c.start, c.end))
    assess(p, claims, quotes, sides)
    return claims


class Claims:
    """Adds ``claims`` (:class:`Claim` spans into ``article.text``); sets
    ``speaker_side`` on ``article.quotes``."""

    name = "claims"
    needs = ("doc", "quotes")
    adds = ("claims",)
    #: record keys this stage changes in place besides what it adds
    updates = ("quotes",)

    def __call__(self, article: Article) -> None:
        text = doc_text(article.doc) if article.doc is not None else None
        if text != article.text:
            raise ValueError("the claims stage needs the parse of article.text")
        article.claims = find_claims(article.doc, article.quotes, text, article.places)
