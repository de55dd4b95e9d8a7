"""What the toponym recogniser knows about the whole parse, computed once per document.

:class:`DocInfo` holds each token's entity label and bounds, the surnames of the
people the tagger found ("Boris Johnson" makes "Johnson" a person's name) and the
headline-like sentences; :func:`entity_over` gives the entity a proposed span
sits in, trimmed of articles and a possessive.
"""

from __future__ import annotations

from typing import Any

from ..analyse.nlp import doc_sents
from .recognise import Recogniser, Toponym, is_capitalised

BIG_FEATURES = frozenset({"country", "admin1", "continent", "region"})


class DocInfo:
    """What the recogniser needs to know about the whole parse, computed once."""

    def __init__(self, doc: Any, rec: Recogniser) -> None:
        n = len(doc)
        self.label = [""] * n
        self.ent = [(0, 0)] * n
        self.person_names: set[str] = set()
        self.norm = rec.norm
        for ent in doc.ents:
            for k in range(ent.start, ent.end):
                self.label[k] = ent.label_
                self.ent[k] = (ent.start, ent.end)
            if ent.label_ == "PERSON" and ent.end - ent.start >= 2 and \
                    is_capitalised(doc[ent.start].text):
                self.person_names.add(rec.norm(doc[ent.end - 1].text))
                if ent.end - ent.start == 2 and doc[ent.start + 1].is_alpha:
                    self.person_names.add(rec.norm(doc[ent.start].text))  # a first name
        self.title_case = self._title_case_sentences(doc)
        big = [w for w in self.person_names if _big_name(rec, w)]
        self.person_names.difference_update(big)  # "Kharkiv Oblast" tagged PERSON names no one

    @staticmethod
    def _title_case_sentences(doc: Any) -> set[int]:
        """Start tokens of headline-like sentences, where capitals say little."""
        out = set()
        for sent in doc_sents(doc):
            words = [t for t in sent if t.is_alpha and len(t) > 3]
            if len(words) >= 4 and sum(is_capitalised(t.text) for t in words) >= 0.7 * len(words):
                out.update(range(sent.start, sent.end))
        return out


def _big_name(rec: Recogniser, key: str) -> bool:
    """A name with a town of 100,000 people or a country / admin1 under its own name."""
    for i in rec.gaz.ids(key)[:50]:
        c = rec.gaz.candidate(i)
        if rec.norm(c.name) == key and (c.population >= 100_000 or c.feature in BIG_FEATURES):
            return True
    return False


def entity_over(doc: Any, info: DocInfo, t: Toponym) -> tuple[str, int, int]:
    """The entity over the span: label and bounds without a leading "the" or a trailing "'s"."""
    label, (es, ee) = info.label[t.i], info.ent[t.i]
    if not label:  # an entity may start inside a longer gazetteer name
        label, (es, ee) = next(((info.label[k], info.ent[k]) for k in range(t.i, t.j)
                                if info.label[k]), ("", (0, 0)))
    for k in range(t.i - 1, es - 1, -1):  # "Zelenodolsk, Dnipropetrovsk": a list, not a name
        if doc[k].text in (",", ";", "(", ")"):
            es = k + 1
            break
    for k in range(t.j, ee):
        if doc[k].text in (",", ";", "(", ")"):
            ee = k
            break
    while es < ee and doc[es].lower_ in ("the", "a", "an"):
        es += 1
    while ee > es and doc[ee - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        ee -= 1
    return label, es, ee
