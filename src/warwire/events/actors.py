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
from .tables import ActorRow, actor_rows, countries, country_name, data_path, state_name, words

ARMED = frozenset({"state", "police", "nonstate", "pmc", "unidentified", "adjective", "country"})
TARGET_PREPS = frozenset({"at", "on", "against", "with", "upon", "toward", "towards", "into"})
SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
HIT = frozenset({"nsubjpass", "dobj", "obj"})  # an event word that is itself what was hit


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
    if m.kind == "country":
        return t.dep_ in SUBJECTS or t.dep_ == "poss" and t.head.lemma_.lower() in heads
    if m.kind == "civilian":  # "civilian infrastructure" names no people
        return t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("amod", "compound")
    return True


@dataclass
class Roles:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    civilians: ActorMention | None = None  # people named in the sentence, whatever their role


def assign_roles(mentions: list[ActorMention], trigger: Any, civilians_hit: bool) -> Roles:
    """actor1 (who acted) and actor2 (the target) for an event triggered at ``trigger``."""
    armed = [m for m in mentions if (m.armed or m.kind in ("protester", "rioter", "government"))
             and not _reporter(m, trigger)]
    roles = Roles()
    scored = sorted(((_agent_score(m, trigger), i, m) for i, m in enumerate(armed)),
                    key=lambda x: (-x[0], x[1]))
    if scored and scored[0][0] > 0:
        roles.actor1 = scored[0][2]
    else:  # no subject: the first side named that is not a target ("clashes between A and B")
        roles.actor1 = next((m for m in armed if _target_score(m, trigger) < 2 and not _from(m)), None)
    others = [m for m in armed if roles.actor1 is None or _differs(m, roles.actor1)]
    targets = sorted(others, key=lambda m: (-_target_score(m, trigger), m.start))
    if targets:
        roles.actor2 = targets[0]
    civilians = [m for m in mentions if m.kind == "civilian"]
    armed_target = roles.actor2 is not None and _target_score(roles.actor2, trigger) >= 2
    if civilians and not armed_target and (civilians_hit or any(_target_score(m, trigger) >= 2
                                                               for m in civilians)):
        roles.actor2 = civilians[0]
    roles.civilians = civilians[0] if civilians else None
    return roles


REPORTER_KINDS = frozenset({"government"})
SELF = frozenset({"it", "they", "we"})


def _reporter(m: ActorMention, trigger: Any) -> bool:
    """A government that only reports the event ("two civilians were shot dead, the
    Ukrainian authorities said"; "according to the Russian government") is no party to it,
    unless the event's subject refers back to it ("the authorities said they detained ...").
    A country reporting ("Russia claims ...") stays a candidate: it is mostly the actor."""
    t = m.head
    if m.kind not in REPORTER_KINDS:
        return False
    said = t.dep_ in SUBJECTS and t.head.lemma_.lower() in words().get("report", {})
    according = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"
    if not (said or according):
        return False
    verb = _verb_of(trigger)
    return not any(c.dep_ in SUBJECTS and c.lower_ in SELF for c in (*verb.children, *trigger.children))


def _from(m: ActorMention) -> bool:
    """Named after "from": where fire came from, or whom a place was taken from."""
    return m.head.dep_ == "pobj" and m.head.head.lower_ == "from"


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
        return 0 if is_hit(trigger) else 2  # "Russian jets were destroyed": the owner is hit
    if t.dep_ in SUBJECTS and t.i < trigger.i:
        return 1
    if t.dep_ == "conj" and t.head.dep_ in SUBJECTS:
        return 1
    return 0


def is_hit(trigger: Any) -> bool:
    """The event word is what an action hit ("half of the jets were put out of action")."""
    for a in [trigger, *trigger.ancestors][:3]:
        if a.dep_ in HIT:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


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
