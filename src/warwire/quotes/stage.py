"""The ``quotes`` stage: every quote of an article with its resolved speaker.

It reads the shared parse (``article.doc``) and never parses again;
:func:`find_quotes` does the same work on any spaCy ``Doc`` (the evaluator
calls it on its own parses).
"""

from __future__ import annotations

from typing import Any

from ..analyse.nlp import doc_text
from ..record import Article
from .assemble import assemble, attributed, resolve_speakers, unnest
from .adjectives import find_adjective_cues
from .attribution import find_attributions, find_noun_cues
from .colon import find_colon_cues
from .context import Context
from .direct import tie_marks
from .indirect import find_cues
from .model import Quote
from .phrases import find_phrase_cues
from .signature import sign_ties


def find_quotes(doc: Any) -> list[Quote]:
    """Direct, indirect, mixed and scare quotes of ``doc`` (speech), and the
    beliefs, findings and stances it attributes (not those inside another
    quote's words), in text order.

    Every quote's ``text == doc.text[start:end]``.
    """
    ctx = Context(doc)
    phrases = find_phrase_cues(ctx)
    cues = sorted(find_cues(ctx) + find_colon_cues(ctx) + [c for c in phrases if c.kind == "speech"],
                  key=lambda c: c.cue[0])
    ties = tie_marks(ctx, cues)
    sign_ties(ctx, ties)
    held = find_attributions(ctx) + find_noun_cues(ctx) + find_adjective_cues(ctx) \
        + [c for c in phrases if c.kind != "speech"]
    items = assemble(ctx, cues, ties) + attributed(ctx, held)
    items = unnest(sorted(items, key=lambda i: i.quote.start))
    resolve_speakers(ctx, items)
    return [i.quote for i in items]


class Quotes:
    """Adds ``quotes``: :class:`Quote` spans into ``article.text``."""

    name = "quotes"
    needs = ("doc",)
    adds = ("quotes",)

    def __call__(self, article: Article) -> None:
        if article.doc is None or doc_text(article.doc) != article.text:
            raise ValueError("the quotes stage needs the parse of article.text")
        article.quotes = find_quotes(article.doc)
