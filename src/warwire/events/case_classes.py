"""One label per news snippet in CASE 2021 Task 2's 30 classes.

A snippet (a sentence or three) is typed as a whole: every sentence's cues
count, the later ones less (the lead sentence carries the event), and the
coding rules of :mod:`.classify` pick the key; ``event_types.tsv`` maps it to
its CASE label.  The actor and place the rules need (who took a town, where
it lies) come from the snippet's first event sentence.
"""

from __future__ import annotations

from typing import Any

from ..analyse.nlp import doc_sents
from .actors import find_actors
from .classify import (FAMILIES, STRONG, TERRITORY, TERRITORY_CUES, Context, Scores, decide, is_modifier,
                       score, top_candidate)
from .cues import sentence_hits, trigger_of
from .detect import DEATH_BONUS
from .casualties import find_counts
from .places import recognise
from .roles import assign_roles
from .salience import salience
from .tables import event_types

#: Weight of the n-th sentence's cues.
SENTENCE_WEIGHTS = (1.0, 0.7, 0.5)
#: The label when no cue fires: a snippet without a single event word is none of the named
#: kinds (a launch, a discovery, a statement), not an attack.
FALLBACK = "other"


def snippet_scores(doc: Any) -> tuple[Scores, list[Any]]:
    """Cue scores over all sentences, later sentences weighted down."""
    hits, weight_of = [], {}
    sents = doc_sents(doc)
    for n, sent in enumerate(sents):
        w = SENTENCE_WEIGHTS[min(n, len(SENTENCE_WEIGHTS) - 1)]
        found = sentence_hits(sent)
        salient = salience(doc, found, lambda k: not is_modifier(k))
        for h in found:
            hits.append(h)  # modifiers (a violent crowd, tear gas) count wherever they are told
            weight_of[(h.key, h.start, h.end)] = 1.0 if is_modifier(h.key) else w * salient[h]
    s = score(hits, lambda h: weight_of[(h.key, h.start, h.end)])
    for n, sent in enumerate(sents):
        if any(c.kind == "death" for c in find_counts(sent)):
            s.keys["attack"] += DEATH_BONUS * SENTENCE_WEIGHTS[min(n, len(SENTENCE_WEIGHTS) - 1)]
    return s, sents


def classify_doc(doc: Any, places: list[Any] | None = None) -> str:
    """The event key of a parsed snippet (``event_types.tsv``)."""
    s, sents = snippet_scores(doc)
    top = top_candidate(s)
    if top is None:  # "gunmen charged an army camp" names no weapon, but it is a clash
        return "armed_clash" if s.mods["+armed_target"] >= STRONG else FALLBACK
    trigger = trigger_of(doc, s, FAMILIES.get(top[0], (top[0],)))
    ctx = _context(doc, s, trigger, places)
    key = decide(s, ctx)
    if key in TERRITORY:
        ctx = _context(doc, s, trigger_of(doc, s, TERRITORY_CUES, ordered=True), places, taker=True)
        key = decide(s, ctx)
    if key is None:  # weak cues only: the best guess is still the strongest
        key = _weak(s, top[0], ctx)
    return key


def _weak(s: Scores, top: str, ctx: Context) -> str:
    from .classify import MIN_SCORE

    boosted = Scores(s.keys.copy(), s.mods.copy(), s.hits)
    name = top if top not in FAMILIES else max(FAMILIES[top], key=lambda k: s.keys[k])
    boosted.keys[name] += MIN_SCORE
    return decide(boosted, ctx) or FALLBACK


def _context(doc: Any, s: Scores, trigger: Any, places: list[Any] | None, taker: bool = False) -> Context:
    sent = trigger.sent
    roles = assign_roles(find_actors(sent), trigger, False)
    a1 = roles.actor1
    if a1 is None and taker:  # "the militants were pushed back ...; the army ...": the other side
        loser = roles.actor2
        a1 = next((m for other in doc_sents(doc) if other != sent for m in find_actors(other) if m.armed
                   and (loser is None or (m.kind, m.row.country) != (loser.kind, loser.row.country))), None)
    place_cc = None
    for p in places if places is not None else recognise(doc, doc.text):
        if getattr(p, "role", "location") == "location" and getattr(p, "country_code", None):
            place_cc = p.country_code
            break
    side = a1.country(place_cc) if a1 else None
    counts = [c for sent in doc_sents(doc) for c in find_counts(sent)]
    return Context(actor_kind=a1.kind if a1 else None, actor_side=side or None,
                   actor_air=bool(a1 and "Air Force" in a1.row.actor), place_cc=place_cc,
                   civilian_victims=any(c.group != "combatant" for c in counts),
                   combatant_victims=any(c.group == "combatant" for c in counts))


def case_label(key: str) -> str:
    return event_types()[key].case2021
