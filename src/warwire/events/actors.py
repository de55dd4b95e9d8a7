"""Actors: mentions in a sentence → ACLED actor names, and who did what to whom.

Mentions come from ``actors.tsv`` (longest match wins).  A bare demonym
("Russian") names a side only when it qualifies a military noun ("Russian
shelling", "DPR positions"); a country name ("Russia") only as the subject of
the event.  Roles follow the parse: the subject, the ``by``-agent or the
qualifier of the event word is actor1; the object or the target after
``at``/``on``/``against``/``with`` is actor2.  Civilians are always actor2.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon import Hit, Matcher, longest, token_pairs
from .tables import ActorRow, actor_rows, countries, country_name, state_name, words

ARMED = frozenset({"state", "police", "nonstate", "pmc", "unidentified", "adjective", "country"})
TARGET_PREPS = frozenset({"at", "on", "against", "with", "upon", "toward", "towards", "into"})
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
    if m.kind == "adjective":
        t = m.head
        target = t.head if t.dep_ in ("amod", "compound", "nmod", "poss") else None
        return target is not None and target.lemma_.lower() in heads or (
            target is not None and target.lower_ in heads)
    if m.kind == "country":
        return m.head.dep_ in SUBJECTS or m.head.dep_ == "poss" and m.head.head.lemma_.lower() in heads
    return True


@dataclass
class Roles:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None


def assign_roles(mentions: list[ActorMention], trigger: Any, civilians_hit: bool) -> Roles:
    """actor1 (who acted) and actor2 (the target) for an event triggered at ``trigger``."""
    armed = [m for m in mentions if m.armed or m.kind in ("protester", "rioter", "government")]
    roles = Roles()
    scored = sorted(((_agent_score(m, trigger), i, m) for i, m in enumerate(armed)),
                    key=lambda x: (-x[0], x[1]))
    if scored and scored[0][0] > 0:
        roles.actor1 = scored[0][2]
    elif armed and armed[0].start < trigger.i:
        roles.actor1 = armed[0]
    others = [m for m in armed if roles.actor1 is None or _differs(m, roles.actor1)]
    targets = sorted(others, key=lambda m: (-_target_score(m, trigger), m.start))
    if targets and (_target_score(targets[0], trigger) > 0 or roles.actor1 is not None):
        roles.actor2 = targets[0]
    civilians = [m for m in mentions if m.kind == "civilian"]
    if civilians and (civilians_hit or any(_target_score(m, trigger) > 0 for m in civilians)):
        roles.actor2 = civilians[0]
    if roles.actor1 is None and roles.actor2 is not None and roles.actor2.kind != "civilian" \
            and _target_score(roles.actor2, trigger) <= 0:
        roles.actor1, roles.actor2 = roles.actor2, None
    return roles


def _differs(a: ActorMention, b: ActorMention) -> bool:
    return a.row.actor != b.row.actor or a.side != b.side


def _verb_of(t: Any) -> Any:
    """The verb a trigger word belongs to ("launched a strike" → launched)."""
    while t.pos_ not in ("VERB", "AUX") and t.dep_ not in ("ROOT",) and t.head.i != t.i:
        t = t.head
    return t


def _agent_score(m: ActorMention, trigger: Any) -> int:
    t = m.head
    verb = _verb_of(trigger)
    if t.dep_ in SUBJECTS and t.head.i in (verb.i, trigger.i):
        return 3
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i in (verb.i, trigger.i):
        return 3
    if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i == trigger.i:
        return 2
    if t.dep_ in SUBJECTS and t.i < trigger.i:
        return 1
    if t.dep_ == "conj" and t.head.dep_ in SUBJECTS:
        return 1
    return 0


def _target_score(m: ActorMention, trigger: Any) -> int:
    t = m.head
    for a in [t, *t.ancestors][:4]:
        if a.dep_ == "pobj" and a.head.lower_ in TARGET_PREPS:
            return 2
        if a.dep_ in ("dobj", "nsubjpass", "obj"):
            return 2
    if t.dep_ in ("amod", "compound", "poss") and t.head.lemma_.lower() in ("position", "positions"):
        return 2
    return 1 if t.i > trigger.i and t.dep_ not in SUBJECTS else 0


def default_attacker(place_cc: str | None) -> str | None:
    """The side assumed for a strike on ``place_cc`` that names no attacker (actor_countries.tsv)."""
    country = countries().get(place_cc or "")
    return country.attacker if country and country.attacker else None


def state_actor(code: str, air: bool = False) -> str:
    name = f"Military Forces of {state_name(code)}"
    return f"{name} Air Force" if air else name
