"""Merged sentence events → :class:`~.model.Event` records.

The merged event takes the type of highest ACLED priority among its
sentences, the first actors found, the first place and date, and the
casualties of all its sentences: per group of victims (civilians, each
side's combatants) the lowest of differing reports is counted (ACLED), the
highest is kept as ``high``; groups add up.  A belligerent's figures for its
enemy's losses become claims.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from .actors import default_attacker, is_air_weapon, opponent, render, state_actor
from .attribution import claim_source
from .casualties import Count, coding_remark, discount_claims, explicit_zero
from .classify import means
from .detect import Found
from .location import country_place, focus, to_event_place
from .model import Claim, Event, EventPlace, Evidence
from .notes import write_note
from .places import PlaceMention
from .roles import is_hit, struck
from .tables import VIOLENT_TYPES, countries, event_types

AIR_KEYS = frozenset({"air_strike"})
CROWDS = frozenset({"Protests", "Riots"})
#: Violence with a civilian target (actor2); a battle is between two armed groups (ACLED), so
#: civilians caught in it are counted as victims, not named as its second actor.
ONE_SIDED = frozenset({"Explosions/Remote violence", "Violence against civilians"})
THEATRE_KEYS = frozenset({"shelling", "air_strike"})
FORCE_KEYS = frozenset({"excessive_force"})


def build(group: list[Found], text: str, places: list[PlaceMention], published: date | None,
          source: str | None, previous: Event | None) -> Event:
    specific = [f for f in group if not f.generic] or group
    main = min(specific, key=lambda f: (f.rank, group.index(f)))
    etype = event_types()[main.key]
    event = Event(event_type=etype.event_type if etype.is_acled else "",
                  sub_event_type=etype.sub_event_type, kind=etype.kind,
                  plover=etype.plover or None, case2021=etype.case2021)
    _place(event, group, places, previous)
    _date(event, group, published, previous)
    _actors(event, group, main, places)
    _casualties(event, group, text)
    event.evidence = _evidence(group, text)
    event.sources = _sources(group, source)
    event.status = _status(group)
    event.notes = write_note(event, main.key, means(main.scores, main.key))
    return event


def _place(event: Event, group: list[Found], places: list[PlaceMention], previous: Event | None) -> None:
    """The sentence's own place; else the previous event's town (a region it was only placed
    in says little of the next) or the article's focus, unless the fighting is told to be in
    another country ("Russian shelling of Ukrainian regions" after a meeting in Moscow): then
    that country, at ACLED's region precision."""
    own = next((f for f in group if f.place is not None), None)
    if own is not None:
        event.place = to_event_place(own.place, own.precision)  # type: ignore[arg-type]
        return
    named = _antecedent(group, places)
    if named is not None:
        event.place = to_event_place(named, 1)
        return
    theatre = _theatre(group) if event.kind == "acled" else None
    if previous is not None and previous.kind == event.kind and previous.place.lat is not None \
            and previous.place.geo_precision < 3 and theatre in (None, previous.place.country_code):
        event.place = EventPlace(**{**previous.place.__dict__, "text": None})
        return
    anchor = focus(places)
    if anchor is not None and theatre in (None, anchor.country_code):
        event.place = to_event_place(anchor, 3)
        event.place.text = None
    elif theatre is not None and _names_country(group, places, theatre):
        event.place = country_place(theatre)


#: Nouns that refer back to a town named before ("the besieged port city", "the town").
TOWN_NOUNS = frozenset({"city", "town", "village", "port", "settlement"})


def _antecedent(group: list[Found], places: list[PlaceMention]) -> PlaceMention | None:
    """The town "the city" / "the besieged southern port city" of the event's sentence refers
    back to: the last town named before it in the article."""
    for f in group:
        for sent in f.sents:
            for t in sent:
                if t.lemma_.lower() in TOWN_NOUNS and t.pos_ == "NOUN" and _definite(t):
                    before = [p for p in places if p.end <= t.idx and p.is_location and p.resolved
                              and p.feature == "city"]
                    if before:
                        return before[-1]
    return None


def _definite(noun: Any) -> bool:
    """"the city", "the besieged port city"; not "a city", "cities", "the city of Kharkiv"."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _names_country(group: list[Found], places: list[PlaceMention], code: str) -> bool:
    """The event's sentences name the country, as a place or a demonym ("Ukrainian regions")."""
    spans = [(s.start_char, s.end_char) for f in group for s in f.sents]
    return any(p.country_code == code and any(a <= p.start < b for a, b in spans) for p in places)


def _date(event: Event, group: list[Found], published: date | None, previous: Event | None) -> None:
    own = next((f.date for f in group if f.date is not None), None)
    if own is not None:
        event.date, event.time_precision = own
    elif previous is not None and previous.date is not None:
        event.date, event.time_precision = previous.date, previous.time_precision
    elif published is not None:
        event.date, event.time_precision = published, 2


def _focus_country(places: list[PlaceMention]) -> str | None:
    anchor = focus(places)
    return anchor.country_code if anchor else None


def _actors(event: Event, group: list[Found], main: Found, places: list[PlaceMention]) -> None:
    cc = event.place.country_code or _theatre(group) or _focus_country(places)
    roles = [main.roles] + [f.roles for f in group if f is not main and _lends_actors(f, main)]
    a1 = next((r.actor1 for r in roles if r.actor1 is not None), None)
    named = [m for r in roles for m in (r.actor2, r.actor1) if m is not None and m.kind != "civilian"]
    a2 = next((m for m in named if a1 is None or m.row.actor != a1.row.actor or m.side != a1.side), None)
    event.actor1 = a1.name(cc, air=main.key in AIR_KEYS) if a1 else None
    event.actor2 = a2.name(cc, air=main.key == "disrupted_weapons" and is_air_weapon(a2)) if a2 else None
    owner = a2 if a2 is not None and (a2.head.head.i == main.trigger.i and is_hit(main.trigger)
                                      or a2 is main.roles.actor2 and struck(a2, main.trigger)) else None
    _defaults(event, main.key, cc, a1, owner)
    people = next((r.civilians for r in roles if r.civilians is not None), None)
    victims = any(c.group != "combatant" and not c.claim for f in group for c in f.counts)
    targeted = any(r.actor2 is not None and r.actor2.kind == "civilian" for r in roles)
    if event.event_type in ONE_SIDED and cc and (targeted or victims and event.actor2 is None
                                                 or event.event_type == "Violence against civilians"):
        event.actor2 = render("Civilians ({name})", cc)  # the civilian target is always actor2
    elif event.actor1 is None and people is not None and event.event_type not in VIOLENT_TYPES:
        event.actor1 = people.name(cc)
    elif people is not None and event.actor2 is None and event.kind == "acled" and \
            event.event_type not in VIOLENT_TYPES:
        event.actor2 = people.name(cc)
    if event.event_type in CROWDS:
        _crowd_actors(event, main.key, cc)
    if event.actor2 == event.actor1:  # an implicit attacker met its own name in actor2
        event.actor2 = None


def _lends_actors(f: Found, main: Found) -> bool:
    """A sentence of the same kind of violence names the event's actors; an interception
    told beside a strike ("Ukrainian forces shot down a drone") names the defender."""
    kind, own = event_types()[f.key].event_type, event_types()[main.key].event_type
    return kind == own or kind in VIOLENT_TYPES and own in VIOLENT_TYPES


def _defaults(event: Event, key: str, cc: str | None, a1: Any, owner: Any = None) -> None:
    """Actors a report leaves implicit: the theatre's attacker for an unattributed strike
    (the place's own side when the target is the attacker's: blasts at a Russian-held
    airfield, a drone that struck the headquarters of Russia's fleet), unidentified forces for
    a mine, the other side of a one-sided battle."""
    air = key in AIR_KEYS
    if event.actor1 is None and key in THEATRE_KEYS:
        side = default_attacker(cc)
        if side and owner is not None and owner.armed and owner.country(cc) == side:
            side = cc
        event.actor1 = state_actor(side, air=air) if side else None
    if event.actor1 is None and key == "remote_explosive":
        event.actor1 = "Unidentified Military Forces"
    if event.event_type == "Battles" and event.actor2 is None and a1 is not None and a1.armed:
        other = opponent(a1.country(cc), cc)
        event.actor2 = state_actor(other) if other else None


def _crowd_actors(event: Event, key: str, cc: str | None) -> None:
    """Protests and riots: the crowd is actor1; the force that met it, if any, actor2.
    Excessive force is the force's act: the force is actor1, the protesters actor2 (ACLED)."""
    crowd = render("Rioters ({name})" if event.event_type == "Riots" else "Protesters ({name})", cc or "")
    other = next((a for a in (event.actor1, event.actor2)
                  if a and not a.startswith(("Protesters", "Rioters", "Civilians"))), None)
    if key in FORCE_KEYS and other is not None:
        event.actor1, event.actor2 = other, crowd
        return
    event.actor1 = crowd
    event.actor2 = None if key == "peaceful_protest" else other


def _theatre(group: list[Found]) -> str | None:
    """The country of the fighting when the place is unknown: the side actor1 attacks, or
    actor2's own ("struck a meeting of Ukrainian air force commanders" is in Ukraine)."""
    for f in group:
        m = f.roles.actor1
        if m is not None and m.side in countries():
            target = next((c.code for c in countries().values() if c.attacker == m.side), None)
            return target or m.side
        m = f.roles.actor2
        if m is not None and m.side in countries():
            return m.side
    return None


def _casualties(event: Event, group: list[Found], text: str) -> None:
    counts: list[Count] = []
    for f in group:
        for sent in f.sents:
            src = claim_source(sent)
            own = [c for c in f.counts if sent.start_char <= c.start < sent.end_char]
            discount_claims(own, src.text if src else None, src.side if src else None)
        counts += f.counts
    for c in counts:
        if c.claim:
            event.claims.append(Claim(f"{c.kind}s", c.value, c.claim, text[c.start:c.end], c.start, c.end))
    real = [c for c in counts if not c.claim]
    deaths, high_d = _tally(real, "death")
    injuries, _ = _tally(real, "injury")
    evidence_text = " ".join(s.text for f in group for s in f.sents)
    remark = coding_remark(evidence_text, deaths)
    if remark is not None:
        deaths = high_d = remark
    elif not real and explicit_zero(evidence_text):
        deaths = high_d = 0
    event.fatalities, event.injuries = deaths, injuries
    event.low, event.best, event.high = deaths, deaths, max(high_d, deaths)


def _tally(counts: list[Count], kind: str) -> tuple[int, int]:
    """(lowest, highest) total: differing reports of one group are alternatives, groups add up."""
    groups: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for c in counts:
        if c.kind == kind:
            group = "civilian" if c.group in ("civilian", "people") else c.group
            groups[(group, c.side)].append(c.value)
    low = sum(min(v) for v in groups.values())
    high = sum(max(v) for v in groups.values())
    return low, high


def _evidence(group: list[Found], text: str) -> list[Evidence]:
    seen, out = set(), []
    for f in group:
        for sent in f.sents:
            if sent.start_char in seen:
                continue
            seen.add(sent.start_char)
            start, end = sent.start_char, sent.end_char
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append(Evidence(text[start:end], start, end))
    return sorted(out, key=lambda e: e.start)


def _sources(group: list[Found], source: str | None) -> list[str]:
    out = [source] if source else []
    for f in group:
        for s in f.sources:
            if s.text not in out:
                out.append(s.text)
    return out


def _status(group: list[Found]) -> str:
    said = [s for f in group for s in f.sources]
    return "claimed" if said and all(s.belligerent for s in said) else "reported"


def events_of(found_groups: list[list[Found]], article: Any, places: list[PlaceMention]) -> list[Event]:
    """Build every merged event of an article, in text order."""
    out: list[Event] = []
    for group in found_groups:
        event = build(group, article.text, places, article.published, article.source,
                      out[-1] if out else None)
        event.article_id = article.id
        out.append(event)
    return out
