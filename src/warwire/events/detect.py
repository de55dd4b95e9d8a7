"""Find the events of a parsed article, one sentence at a time, then merge them.

Each sentence's cues (:mod:`.cues`) are typed (:mod:`.classify`); its actors, place, date
and casualty figures are read from the same parse.  A sentence with casualty
figures and no event of its own ("1 civilian was killed.") adds them to the
event before it.  Events that share their day, place and actors are one event
(ACLED's unit), coded with the type of highest priority: an event told twice
in one article is one event, and a battle with shelling stays one Battles
event.  Photo captions never create events.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..analyse.nlp import doc_sents
from .actors import ActorMention, find_actors
from .attribution import Source, sources
from .casualties import Count, find_counts
from .classify import (FAMILIES, MIN_SCORE, STRONG, TERRITORY, TERRITORY_CUES, Context,
                       Scores, decide, is_generic, is_modifier, score, top_candidate, without_extras)
from .cues import is_caption, sentence_hits, sentence_scores, trigger_of
from .location import choose, focus
from .places import PlaceMention
from .real import real_item
from .roles import Roles, assign_roles
from .salience import salience
from .tables import event_types, words
from .timing import event_date, told_day

GENERIC = frozenset({"attack"})
DEATH_BONUS = 1.0
#: How many sentences after its event a toll with no event of its own may come.
TOLL_REACH = 3


@dataclass
class Found:
    """One event as told in one sentence, before merging."""

    key: str
    sents: list[Any]
    trigger: Any
    scores: Scores
    roles: Roles
    counts: list[Count]
    place: PlaceMention | None
    precision: int
    date: tuple[date, int] | None
    sources: list[Source] = field(default_factory=list)
    generic: bool = False
    dated: bool = False  # the sentence dates the event itself (not only its report)

    @property
    def rank(self) -> int:
        return event_types()[self.key].rank


def find_in_sentences(doc: Any, dates: list[Any], places: list[PlaceMention],
                      published: date | None = None) -> list[Found]:
    """Every event told in the Doc, sentence by sentence (unmerged)."""
    found: list[Found] = []
    order = {sent.start: i for i, sent in enumerate(doc_sents(doc))}
    for sent in doc_sents(doc):
        if is_caption(sent):
            continue
        s = sentence_scores(sent)
        counts = find_counts(sent)
        if any(c.kind == "death" for c in counts):
            s.keys["attack"] += DEATH_BONUS  # a reported killing is a violent event
        top = top_candidate(s)
        prev = found[-1] if found else None
        if top is None or top[1] < MIN_SCORE:
            if _toll_of(prev, sent, counts, order):
                _attach(prev, sent, counts)
            continue
        item = _code(doc, sent, s, top[0], counts, dates, places, prev, published)
        if item is not None and not real_item(doc, item, _where(item, prev, places)):
            item = _instead(doc, sent, item, counts, dates, places, prev, published)
        if item is None:
            if _toll_of(prev, sent, counts, order):
                _attach(prev, sent, counts)
            continue
        if prev is not None and _continues(item, prev):
            if _toll_of(prev, sent, counts, order):
                _attach(prev, sent, counts)
            continue
        found.append(item)
        also = _acled_also(doc, sent, s, counts, dates, places, item, published)
        if also is not None and real_item(doc, also, _where(also, item, places)):
            found.append(also)
    return found


def _where(item: Found, prev: Found | None, places: list[PlaceMention]) -> PlaceMention | None:
    return item.place or (prev.place if prev else focus(places))


def _instead(doc: Any, sent: Any, item: Found, counts: list[Count], dates: list[Any],
             places: list[PlaceMention], prev: Found | None, published: date | None) -> Found | None:
    """An extra item its sentence does not tell gives way to the ACLED event the sentence
    tells on a day of its own ("On 14 November, a civilian car accidentally ran over an
    explosive": the blast, not an accident); undated, such cues are the item's words."""
    if event_types()[item.key].is_acled:
        return None
    rest = _acled_scores(sent, counts)
    top = top_candidate(rest)
    if top is None or top[1] < MIN_SCORE:
        return None
    other = _code(doc, sent, rest, top[0], counts, dates, places, prev, published)
    if other is None or not other.dated or not event_types()[other.key].is_acled:
        return None
    return other if real_item(doc, other, _where(other, prev, places)) else None


def _acled_scores(sent: Any, counts: list[Count]) -> Scores:
    """The sentence's scores with the extra classes' cues left out, the background weighed
    again without them ("ran over an explosive" is the event once the accident is not)."""
    types = event_types()
    hits = [h for h in sentence_hits(sent) if h.key not in types or types[h.key].is_acled]
    s = score(hits, salience(sent.doc, hits, lambda k: not is_modifier(k)).__getitem__)
    if any(c.kind == "death" for c in counts):
        s.keys["attack"] += DEATH_BONUS
    return s


def _toll_of(prev: Found | None, sent: Any, counts: list[Count], order: dict[int, int]) -> bool:
    """Casualties told with no event of their own belong to the event just told, if it was
    told at most :data:`TOLL_REACH` sentences before (not to one paragraphs back)."""
    return prev is not None and bool(counts) and order[sent.start] - order[prev.sents[-1].start] <= TOLL_REACH


def _acled_also(doc: Any, sent: Any, s: Scores, counts: list[Count], dates: list[Any],
                places: list[PlaceMention], item: Found, published: date | None) -> Found | None:
    """An extra item (a claim, a disaster) whose sentence also tells an ACLED event."""
    if event_types()[item.key].is_acled:
        return None
    rest = without_extras(s)
    top = top_candidate(rest)
    if top is None or top[1] < STRONG:
        return None
    return _code(doc, sent, rest, top[0], counts, dates, places, item, published)


def _attach(prev: Found, sent: Any, counts: list[Count]) -> None:
    prev.counts += counts
    if sent not in prev.sents:
        prev.sents.append(sent)


def _continues(item: Found, prev: Found) -> bool:
    """A bare killing after an event ("Two people died.") is that event's toll."""
    return item.key in GENERIC and item.place is None and item.roles.actor1 is None


def _code(doc: Any, sent: Any, s: Scores, top: str, counts: list[Count], dates: list[Any],
          places: list[PlaceMention], prev: Found | None, published: date | None) -> Found | None:
    trigger = trigger_of(doc, s, FAMILIES.get(top, (top,)), sent=sent)
    chosen = choose(doc, sent, trigger, places)
    place, precision = chosen if chosen else (None, 3)
    place_cc = place.country_code if place else (prev.place.country_code if prev and prev.place else None)
    if place_cc is None:
        anchor = focus(places)
        place_cc = anchor.country_code if anchor else None
    said = sources(sent)
    mentions = _pronouns(find_actors(sent), said)
    civilians = any(c.group in ("civilian", "people") and not c.claim for c in counts)
    roles = assign_roles(mentions, trigger, civilians)
    ctx = _context(roles, place_cc, counts)
    ctx.place_target = _on_place(doc, s, places)
    key = decide(s, ctx)
    if key in TERRITORY:  # who took the place: the subject of "captured", "retook"
        trigger = trigger_of(doc, s, TERRITORY_CUES, ordered=True, sent=sent)
        roles = assign_roles(mentions, trigger, civilians)
        if roles.actor1 is None and prev is not None:
            roles.actor1 = prev.roles.actor1  # "…; the village was liberated": the side just named
        ctx = _context(roles, place_cc, counts)
        ctx.source_side = next((x.side for x in said if x.side), None)
        key = decide(s, ctx)
    if key is None:
        return None
    return Found(key, [sent], trigger, s, roles, counts, place, precision,
                 event_date(doc, sent, dates, published), said, is_generic(s, top),
                 told_day(doc, sent, dates))


def _pronouns(mentions: list[ActorMention], said: list[Source]) -> list[ActorMention]:
    """"its forces": the side of the sentence's source, or no actor when no source has one."""
    side = next((s.side for s in said if s.side), None)
    out = []
    for m in mentions:
        if m.row.country != "source":
            out.append(m)
        elif side:
            out.append(ActorMention(replace(m.row, country=side), m.start, m.end, m.head))
    return out


def _on_place(doc: Any, s: Scores, places: list[PlaceMention]) -> bool:
    """An attack noun whose target is a place ("an attack on Mykolaiv", "attacks on the
    region"): a place the places stage found or a ``place_unit`` noun of ``event_words.tsv``."""
    units = words().get("place_unit", {})
    spans = [(p.start, p.end) for p in places if p.role == "location"]
    for h in s.hits:
        root = doc[h.start:h.end].root
        if h.key != "attack" or root.pos_ != "NOUN":
            continue
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "on"):
            if any(o.dep_ == "pobj" and (any(a <= o.idx < b for a, b in spans) or o.lemma_.lower() in units)
                   for o in prep.children):
                return True
    return False


def _context(roles: Roles, place_cc: str | None, counts: list[Count]) -> Context:
    a1: ActorMention | None = roles.actor1
    side = a1.country(place_cc) if a1 else None
    combatant = {"combatant"}
    return Context(actor_kind=a1.kind if a1 else None, actor_side=side or None,
                   actor_air=bool(a1 and "Air Force" in a1.row.actor), place_cc=place_cc,
                   civilian_victims=any(c.group != "combatant" for c in counts),
                   combatant_victims=any(c.group in combatant for c in counts))


def merge(found: list[Found]) -> list[list[Found]]:
    """Group sentence events that are one ACLED event: same day, place and actors."""
    groups: list[list[Found]] = []
    for item in found:
        target = next((g for g in reversed(groups) if _same_event(g, item)), None)
        if target is None:
            groups.append([item])
        else:
            target.append(item)
    return groups


def _same_event(group: list[Found], item: Found) -> bool:
    head = group[0]
    if item.date and head.date and item.date[0] != head.date[0]:
        return False
    if item.place is not None and head.place is not None:
        if (item.place.lat, item.place.lon) != (head.place.lat, head.place.lon):
            return False
    elif item.place is not None and head.place is None:
        return False
    kind_a, kind_b = event_types()[head.key].kind, event_types()[item.key].kind
    if kind_a != kind_b:
        return False
    return _actors_agree(group, item)


def _actors_agree(group: list[Found], item: Found) -> bool:
    names = {m.row.actor for g in group for m in (g.roles.actor1, g.roles.actor2) if m}
    mine = {m.row.actor for m in (item.roles.actor1, item.roles.actor2) if m}
    return not mine or not names or bool(mine & names)
