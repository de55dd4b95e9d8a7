"""Who did what to whom: the roles of a sentence's actor mentions in its event.

Roles follow the parse: the subject, the ``by``-agent or the qualifier of the
event word is actor1; the object or the target after ``at``/``on``/``against``/
``with`` is actor2.  Civilians are always actor2.  The source of a report ("Kyiv
reported two deaths in a Russian strike") and the side that charges another
("Moldova accused Russia of shelling") are no party to it: the one charged is
actor1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actors import SUBJECTS, ActorMention
from .tables import words

TARGET_PREPS = frozenset({"at", "on", "against", "with", "upon", "toward", "towards", "into"})
HIT = frozenset({"nsubjpass", "dobj", "obj"})  # an event word that is itself what was hit


@dataclass
class Roles:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    civilians: ActorMention | None = None  # people named in the sentence, whatever their role


def assign_roles(mentions: list[ActorMention], trigger: Any, civilians_hit: bool) -> Roles:
    """actor1 (who acted) and actor2 (the target) for an event triggered at ``trigger``."""
    armed = [m for m in mentions if (m.armed or m.kind in ("protester", "rioter", "government"))
             and not _reporter(m, trigger) and not _source(m, trigger) and not _speakers_office(m)]
    roles = Roles()
    scored = sorted(((_agent_score(m, trigger), i, m) for i, m in enumerate(armed)),
                    key=lambda x: (-x[0], x[1]))
    if scored and scored[0][0] > 0:
        roles.actor1 = scored[0][2]
    else:  # no subject: the first side named that is not a target ("clashes between A and B")
        roles.actor1 = next((m for m in armed if target_score(m, trigger) < 2 and not _from(m)), None)
    others = [m for m in armed if roles.actor1 is None
              or _differs(m, roles.actor1) and not _allied(m, roles.actor1, trigger)]
    targets = sorted(others, key=lambda m: (-target_score(m, trigger), m.start))
    if targets:
        roles.actor2 = targets[0]
    civilians = [m for m in mentions if m.kind == "civilian"]
    armed_target = roles.actor2 is not None and target_score(roles.actor2, trigger) >= 2
    if civilians and not armed_target and (civilians_hit or any(target_score(m, trigger) >= 2
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


NP_LINKS = frozenset({"pobj", "prep", "appos", "compound", "poss", "amod", "nmod"})


def _speakers_office(m: ActorMention) -> bool:
    """The mention only qualifies the one who reports ("Pavlo Kyrylenko, head of the Donetsk
    Regional Military Administration, said", "a spokesman for the Russian army told"): the
    office of the source, not a party to the event."""
    t, climbed = m.head, False
    for _ in range(6):
        if t.dep_ not in NP_LINKS or t.head.i == t.i:
            break
        t, climbed = t.head, True
    return climbed and t.pos_ in ("NOUN", "PROPN") and t.dep_ in SUBJECTS \
        and t.head.lemma_.lower() in words().get("report", {})


def _from(m: ActorMention) -> bool:
    """Named after "from": where fire came from, or whom a place was taken from."""
    return m.head.dep_ == "pobj" and m.head.head.lower_ == "from"


def _differs(a: ActorMention, b: ActorMention) -> bool:
    return a.row.actor != b.row.actor or a.side != b.side


def _allied(a: ActorMention, b: ActorMention, trigger: Any) -> bool:
    """Sides joined by "and" act together ("Russian troops and separatist fighters entered the
    city"): neither is the other's target, unless the verb is a ``reciprocal`` one of
    ``event_words.tsv`` ("Ukrainian and DPR forces exchanged fire", "clashed")."""
    if _verb_of(trigger).lemma_.lower() in words().get("reciprocal", {}):
        return False
    x, y = _noun(a.head), _noun(b.head)
    first, second = (x, y) if x.i < y.i else (y, x)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    return not (first.dep_ == "pobj" and first.head.lower_ in ("between", "among"))  # "clashes between A and B"


def _noun(t: Any) -> Any:
    """The noun a mention's word modifies ("separatist" → "fighters")."""
    while t.dep_ in ("amod", "compound") and t.head.i != t.i:
        t = t.head
    return t


def _verb_of(t: Any) -> Any:
    """The verb a trigger word belongs to ("launched a strike" → launched)."""
    while t.pos_ not in ("VERB", "AUX") and t.dep_ not in ("ROOT",) and t.head.i != t.i:
        t = t.head
    return t


def _agent_score(m: ActorMention, trigger: Any) -> int:
    t = m.head
    verb = _verb_of(trigger)
    charge = _charge_verb(verb)
    if charge is not None and t.head.i == charge.i and t.dep_ in ("dobj", "obj"):
        return 3  # "Kyiv accused Russia of shelling"
    if t.dep_ in SUBJECTS and t.head.i in (verb.i, trigger.i):
        return 3
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.i in (verb.i, trigger.i):
        return 3
    if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i in _phrase_heads(trigger):
        return 0 if is_hit(trigger) else 2  # "Russian jets were destroyed": the owner is hit
    if t.dep_ in SUBJECTS and t.i < trigger.i:
        return 1
    if t.dep_ == "conj" and t.head.dep_ in SUBJECTS:
        return 1
    return 0


def _source(m: ActorMention, trigger: Any) -> bool:
    """No party to the event: the subject of a report verb whose object tells it ("Ukraine
    reported three deaths in a Russian strike"; "Russia claims" as the event's own verb stays),
    or of the verb that charges another side with it ("Ukraine accused Russia of shelling")."""
    verb, t = _verb_of(trigger), m.head
    if t.dep_ not in SUBJECTS:
        return False
    charge = _charge_verb(verb)
    if charge is not None:
        return t.head.i == charge.i
    return t.head.i == verb.i != trigger.i and verb.lemma_.lower() in words().get("report", {})


def _phrase_heads(trigger: Any) -> tuple[int, ...]:
    """The event word, and the noun it qualifies ("Russian artillery strike": artillery, strike)."""
    if trigger.dep_ == "compound" and trigger.head.pos_ in ("NOUN", "PROPN"):
        return trigger.i, trigger.head.i
    return (trigger.i,)


def _charge_verb(verb: Any) -> Any:
    """The ``accuse`` verb whose charge the event is ("accused Russia of again shelling the
    plant", "blamed Kyiv for the attack"): its object, not its subject, is the agent."""
    t, accuse = verb, words().get("accuse", {})
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj", "prep") or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "VERB":
            return t if t.lemma_.lower() in accuse else None
    return None


def is_hit(trigger: Any) -> bool:
    """The event word is what an action hit ("half of the jets were put out of action")."""
    for a in [trigger, *trigger.ancestors][:3]:
        if a.dep_ in HIT:
            return True
        if a.pos_ in ("VERB", "AUX") or _setting(a):
            return False
    return False


def _setting(t: Any) -> bool:
    """A preposition that tells where or in what something happened ("deaths in a strike"),
    not whose or what ("half of the jets", "an attack on the base")."""
    return t.dep_ == "prep" and t.lower_ != "of" and t.lower_ not in TARGET_PREPS


def target_score(m: ActorMention, trigger: Any) -> int:
    t = m.head
    for a in [t, *t.ancestors][:4]:
        if a.dep_ == "pobj" and a.head.lower_ in TARGET_PREPS:
            return 2
        if a.dep_ in ("dobj", "nsubjpass", "obj"):
            return 2
        if _setting(a):
            break  # "two deaths in a Russian strike": the striker is no target
    if t.dep_ in ("amod", "compound", "poss") and t.head.lemma_.lower() in ("position", "positions"):
        return 2
    return 1 if t.i > trigger.i and t.dep_ not in SUBJECTS else 0


def struck(m: ActorMention, trigger: Any) -> bool:
    """The mention is what the event's own verb hit ("a drone struck the headquarters of
    Russia's fleet"), not the target of another verb in the sentence."""
    if target_score(m, trigger) < 2:
        return False
    verb = next((a for a in m.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i in (trigger.i, _verb_of(trigger).i)
