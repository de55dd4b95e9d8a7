"""Actors: mentions in a sentence → ACLED actor names.

Mentions come from ``actors.tsv`` (longest match wins).  A bare demonym
("Russian") names a side only when it qualifies a military noun ("Russian
shelling", "DPR positions"); a country name ("Russia") only as the subject of
the event or the side charged with it ("accused Russia of shelling").  Who did what to whom is :mod:`.roles`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon import Hit, Matcher, longest, token_pairs
from .tables import ActorRow, actor_rows, countries, country_name, data_path, state_name, words

ARMED = frozenset({"state", "police", "nonstate", "pmc", "unidentified", "adjective", "country"})
SUBJECTS = frozenset({"nsubj", "csubj", "expl"})


@dataclass
class ActorMention:
    """An actor mention: token span in the Doc, its table row and head token."""

    row: ActorRow
    start: int
    end: int
    head: Any

    @property
    def kind(self) -> str:
        return self.row.kind

    @property
    def armed(self) -> bool:
        return self.row.kind in ARMED

    @property
    def side(self) -> str:
        return self.row.country

    def name(self, place_cc: str | None, air: bool = False) -> str:
        """The ACLED name, with the country of the place where the table says ``place``."""
        template = self.row.air if air and self.row.air else self.row.actor
        return render(template, self.country(place_cc))

    def country(self, place_cc: str | None) -> str:
        return (place_cc or "") if self.row.country == "place" else self.row.country


def render(template: str, code: str) -> str:
    if "{" not in template:
        return template
    if not code:
        return template.replace(" ({name})", "").replace(" of {state}", "").replace("{name}", "")
    return template.replace("{state}", state_name(code)).replace("{name}", country_name(code))


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    return Matcher((str(i), row.pattern, 1.0, row) for i, row in enumerate(actor_rows()))


def find_actors(sent: Any) -> list[ActorMention]:
    """Actor mentions of a sentence (a spaCy Span), in text order."""
    hits = longest(_matcher().match(token_pairs(sent), sent.start))
    doc = sent.doc
    out = []
    for h in hits:
        mention = ActorMention(h.extra, h.start, h.end, _head(doc, h))
        if _valid(mention):
            out.append(mention)
    return _with_demonyms(sent, out)


FORCE_NOUNS = {"army": "state", "force": "state", "troop": "state", "soldier": "state",
               "military": "state", "serviceman": "state", "navy": "state", "unit": "state",
               "police": "police", "policeman": "police", "officer": "police"}


def _with_demonyms(sent: Any, found: list[ActorMention]) -> list[ActorMention]:
    """Add "<demonym> army|forces|police" for countries the table does not list ("Syrian army");
    it replaces the bare "army" the table matched."""
    demonyms = _demonyms()
    out = list(found)
    for t in sent:
        cc = demonyms.get(t.lower_)
        kind = FORCE_NOUNS.get(t.head.lemma_.lower()) if t.dep_ in ("amod", "compound") else None
        if cc is None or kind is None or any(m.start <= t.i < m.end for m in out):
            continue
        head = t.head
        generic = [m for m in out if m.start <= head.i < m.end and m.row.country == "place"]
        if any(m.start <= head.i < m.end for m in out) and not generic:
            continue
        out = [m for m in out if m not in generic]
        template = "Police Forces of {state}" if kind == "police" else "Military Forces of {state}"
        row = ActorRow(t.lower_, template, cc, kind, "Military Forces of {state} Air Force")
        out.append(ActorMention(row, min(t.i, head.i), max(t.i, head.i) + 1, head))
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonym (lower case) → country code, from the gazetteer's demonym table."""
    out = {}
    for line in data_path("demonyms.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) >= 2 and parts[1].startswith("country:"):
            out[parts[0].lower()] = parts[1].split(":")[1]
    return out


def _head(doc: Any, hit: Hit) -> Any:
    """The token of the span whose head lies outside it (the span's syntactic head)."""
    for i in range(hit.start, hit.end):
        t = doc[i]
        if not (hit.start <= t.head.i < hit.end) or t.head.i == t.i:
            return t
    return doc[hit.end - 1]


def _valid(m: ActorMention) -> bool:
    heads = words().get("military_head", {})
    t = m.head
    if m.kind == "adjective":
        target = t.head if t.dep_ in ("amod", "compound", "nmod", "poss") else None
        return target is not None and (target.lemma_.lower() in heads or target.lower_ in heads)
    if m.kind == "country":  # the subject, or the one charged ("accused Russia of shelling")
        return t.dep_ in SUBJECTS or t.dep_ == "poss" and t.head.lemma_.lower() in heads \
            or t.dep_ == "dobj" and t.head.lemma_.lower() in words().get("accuse", {})
    if m.kind == "civilian":  # "civilian infrastructure" names no people
        return t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("amod", "compound")
    return True


def default_attacker(place_cc: str | None) -> str | None:
    """The side assumed for a strike on ``place_cc`` that names no attacker (actor_countries.tsv)."""
    country = countries().get(place_cc or "")
    return country.attacker if country and country.attacker else None


def opponent(side: str | None, place_cc: str | None) -> str | None:
    """The other side of a battle that names one: the place's own forces facing a foreign
    force, or the theatre's attacker facing the place's own forces."""
    if not place_cc:
        return None
    if side and side != place_cc:
        return place_cc
    return default_attacker(place_cc)


def is_air_weapon(m: ActorMention) -> bool:
    """The mention qualifies an aircraft, drone or missile ("a Russian drone")."""
    return m.head.head.lemma_.lower() in words().get("air_weapon", {})


def state_actor(code: str, air: bool = False) -> str:
    name = f"Military Forces of {state_name(code)}"
    return f"{name} Air Force" if air else name
