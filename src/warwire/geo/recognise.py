"""Toponym recognition over a spaCy parse: gazetteer names, entities, demonyms, context.

spaCy's small model finds many places (GPE, LOC, FAC) but tags a good share of
Ukrainian towns as PERSON or ORG, and knows no gazetteer.  So recognition
proposes spans from three sources —

- the longest gazetteer name starting at each capitalised word ("Kryvyi Rih",
  "Rostov-on-Don"), with a unit word after it taken in ("Kharkiv oblast");
- spaCy's GPE / LOC / FAC entities the gazetteer lacks, and capitalised names
  ending in a facility word ("Carnegie Library", "Azovstal plant" is not one:
  the head must be capitalised);
- demonyms ("Ukrainian", "Russians"), unless used as a language ("in Russian")

— and then weighs each proposal's evidence (:mod:`.evidence`): the entity
label, the part of speech, a locative preposition or a verb of attack before
it, a title or a first name around it, the same name elsewhere in the
document, the document's countries, and the gazetteer's population prior.
Every accepted span gets a ``role`` (location, demonym or metonym), the
administrative level its context gives (``unit``) and whether the text places
something only *near* it (:mod:`.unit_context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .gazetteer import Gazetteer, default_gazetteer
from .lexicon import (DENOMINATIONS, FACILITY_HEADS, GENERIC_ALONE, NAME_LEADS, NEVER_START,
                      PARTICLES)
from .normalize import _ABBREVIATIONS, normalize
from .unit_context import is_capitalised, unit_and_near

#: Longest name (in words) the matcher tries; longer gazetteer keys are rare and odd.
MAX_WORDS = 7
#: Entity labels that are never places.
NUMERIC = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: A dotted abbreviation hyphened to a word, which the tokenizer keeps as one token
#: ("U.S.-made", "U.K.-led", "U.S.-Albania"): the abbreviation is a name of its own.
_DOTTED_COMPOUND = re.compile(r"^((?:[A-Z]\.){2,})[-\u2010\u2011]\w")

@dataclass
class Toponym:
    """A recognised place name: its span in the parsed text and how to resolve it.

    ``query`` is what the resolver is asked (the span, or the span with the
    unit word its context gives: "Kharkiv" in "the Kharkiv and Sumy regions"
    is asked as "Kharkiv region"); ``source`` says which proposer found it.
    """

    start: int
    end: int
    text: str
    role: str = "location"
    query: str = ""
    unit: str | None = None
    near: bool = False
    qualified: bool = False
    embedded: bool = False
    source: str = "gazetteer"
    i: int = 0
    j: int = 0
    score: float = 0.0


class Recogniser:
    """Finds toponyms in a spaCy ``Doc`` against a :class:`Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer | None = None, threshold: float = 1.0) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self.threshold = threshold
        self._prefixes: frozenset[str] | None = None
        self._norm: dict[str, str] = {}

    # -- lexical matching -----------------------------------------------------------------
    @property
    def prefixes(self) -> frozenset[str]:
        """Every leading run of words of a multi-word name ("rostov on" of "rostov on don")."""
        if self._prefixes is None:
            out = set()
            for key in self.gaz.names:
                if " " in key:
                    words = key.split(" ")
                    for k in range(1, min(len(words), MAX_WORDS)):
                        out.add(" ".join(words[:k]))
            self._prefixes = frozenset(out)
        return self._prefixes

    def norm(self, word: str) -> str:
        key = self._norm.get(word)
        if key is None:
            if len(self._norm) > 200_000:
                self._norm.clear()
            key = self._norm[word] = normalize(word)
        return key

    def match_at(self, doc: Any, i: int) -> int | None:
        """End (token index) of the longest gazetteer name starting at token ``i``."""
        first = self.norm(doc[i].text)
        starts = self.gaz.first_tokens
        if not first or (first not in starts and _ABBREVIATIONS.get(first, first) not in starts):
            return None
        names, prefixes = self.gaz.names, self.prefixes
        words = [first]
        best = i + 1 if first in names and (first not in GENERIC_ALONE or _bare_compass(doc, i)) \
            else None
        j = i + 1
        while j < len(doc) and len(words) < MAX_WORDS:
            tok = doc[j]
            if "\n" in doc[j - 1].whitespace_ + tok.text or tok.text in ("'s", "\u2019s"):
                break
            word = self.norm(tok.text)
            if not word:
                if tok.text not in ("-", "\u2010", "\u2011", "'", "\u2019", "."):
                    break
                j += 1
                continue
            if not (is_capitalised(tok.text) or word in PARTICLES):
                break
            words.append(word)
            key = " ".join([_ABBREVIATIONS.get(words[0], words[0]), *words[1:]])
            if key in names and is_capitalised(tok.text):
                best = j + 1
            if key not in prefixes:
                break
            j += 1
        return best

    def demonym_at(self, doc: Any, i: int) -> int | None:
        """End of a demonym starting at token ``i`` ("South Korean" takes two)."""
        if i + 1 < len(doc) and is_capitalised(doc[i + 1].text) and doc[i].whitespace_:
            two = f"{self.norm(doc[i].text)} {self.norm(doc[i + 1].text)}"
            if two in self.gaz.demonym_names:
                return i + 2
        if self.gaz.demonym(doc[i].text) is not None:
            return i + 1
        return None

    # -- proposals ------------------------------------------------------------------------
    def propose(self, doc: Any, text: str | None = None) -> list[Toponym]:
        """Every candidate span, before the evidence is weighed (no overlaps).

        ``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it on each access).
        """
        found: list[Toponym] = []
        text = doc.text if text is None else text
        n, i = len(doc), 0
        while i < n:
            tok = doc[i]
            if not is_capitalised(tok.text) or tok.lower_ in NEVER_START:
                i += 1
                continue
            end = self.match_at(doc, i)
            dem = self.demonym_at(doc, i)
            if dem is not None and (end is None or dem >= end):
                found.append(_span(doc, text, i, dem, "demonym", "demonym"))
                i = dem
            elif end is not None:
                lead = _name_lead(doc, i, found)
                found.append(_span(doc, text, i - lead, end, "location",
                                   "facility" if lead else "gazetteer"))
                i = end
            elif (dotted := self._dotted_compound(doc, text, i)) is not None:
                found.append(dotted)
                i += 1
            else:
                i += 1
        found = _merge(found, self._entity_spans(doc, text))
        found = _merge(found, self._facility_spans(doc, text), replace=True)
        out: list[Toponym] = []
        for t in found:
            if out and t.i < out[-1].j:
                continue  # a unit word taken into the previous name ("Krasnodar Krai")
            unit_and_near(doc, text, t)
            out.append(t)
        return out

    def _dotted_compound(self, doc: Any, text: str, i: int) -> Toponym | None:
        """The "U.S." of a "U.S.-made" token (a span inside the token), when the
        gazetteer knows the abbreviation; its role is the demonym's or a place's
        by what follows the hyphen (:mod:`.discourse`)."""
        m = _DOTTED_COMPOUND.match(doc[i].text)
        if m is None or self.norm(m.group(1)) not in self.gaz.names:
            return None
        start = doc[i].idx
        end = start + len(m.group(1))
        return Toponym(start, end, text[start:end], query=text[start:end], i=i, j=i + 1)

    def _entity_spans(self, doc: Any, text: str) -> list[Toponym]:
        """GPE / LOC / FAC entities that no gazetteer name overlaps."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            i, j = ent.start, ent.end
            while i < j and (doc[i].lower_ in NEVER_START or not doc[i].text[:1].isalnum()):
                i += 1
            while j > i and (doc[j - 1].text in ("'s", "\u2019s", "'", "\u2019")
                             or not doc[j - 1].text[:1].isalnum()):
                j -= 1
            if j > i and is_capitalised(doc[i].text) and not (
                    j - i == 1 and doc[i].lower_ in GENERIC_ALONE):
                out.append(_span(doc, text, i, j, "location", "entity"))
        return out

    def _facility_spans(self, doc: Any, text: str) -> list[Toponym]:
        """Capitalised names ending in a facility word: "Frenchmen Street", "City Hall"."""
        out = []
        for k in range(1, len(doc)):
            head = doc[k]
            if head.lower_ not in FACILITY_HEADS or not head.text[:1].isupper():
                continue
            s, possessive = k, False
            while s > 0 and k - s < 5:
                prev = doc[s - 1]
                joiner = prev.lower_ in ("of", "de", "la") or (
                    prev.text in ("'s", "\u2019s") and not possessive)
                if "\n" in prev.whitespace_ or not (is_capitalised(prev.text) or (
                        joiner and s - 2 >= 0 and is_capitalised(doc[s - 2].text))):
                    break
                possessive = possessive or prev.text in ("'s", "\u2019s")
                if prev.lower_ in NEVER_START or prev.is_sent_start and prev.pos_ != "PROPN":
                    break
                s -= 1
            if s < k and doc[s].lower_ not in PARTICLES and not any(
                    doc[x].lower_ in DENOMINATIONS for x in range(s, k)):
                out.append(_span(doc, text, s, k + 1, "location", "facility"))
        return out


def _name_lead(doc: Any, i: int, found: list[Toponym]) -> int:
    """1 when a word that leads a port's, a fort's or a lake's own name stands right before
    the name at ``i`` ("Port Rashid": the port, not Rashid, Egypt), else 0; the
    gazetteer's "Port Said" or "Lake Chad" is matched whole before this is asked."""
    if i == 0 or (found and found[-1].j >= i):
        return 0
    prev = doc[i - 1]
    return int(prev.lower_ in NAME_LEADS and is_capitalised(prev.text)
               and prev.whitespace_ == " " and not prev.is_sent_end)


def _bare_compass(doc: Any, i: int) -> bool:
    """"the West", "the East" on their own: the geopolitical regions."""
    if doc[i].lower_ not in ("west", "east") or i == 0 or doc[i - 1].lower_ != "the":
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (is_capitalised(nxt.text) or nxt.lower_ in ("of", "coast", "bank",
                                                                             "side", "end", "wing"))


def _span(doc: Any, text: str, i: int, j: int, role: str, source: str) -> Toponym:
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    return Toponym(start, end, text[start:end], role=role, query=text[start:end], source=source,
                   i=i, j=j)


def _merge(base: list[Toponym], extra: Iterable[Toponym], replace: bool = False) -> list[Toponym]:
    """Add ``extra`` spans that overlap nothing in ``base``; with ``replace`` a longer extra
    span replaces the base spans it covers."""
    out = list(base)
    for e in extra:
        hits = [b for b in out if b.i < e.j and e.i < b.j]
        if not hits:
            out.append(e)
        elif replace and all(e.i <= b.i and b.j <= e.j and (b.j - b.i) < (e.j - e.i)
                             for b in hits) and not any(b.role == "demonym" for b in hits):
            out = [b for b in out if b not in hits] + [e]
    return sorted(out, key=lambda t: t.i)
