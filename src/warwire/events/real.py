"""Whether a sentence tells the item it was coded with (:mod:`.detect` asks it of each).

An ACLED event told with no date of its own and no toll needs a place below the country;
its cue is told by the main clause, not by a setting, and is no weapon or agreement named
with no act of its own.  An extra item needs a cue told as an act (:mod:`.items`), and a
claim of responsibility the violence it claims.
"""

from __future__ import annotations

from typing import Any

from .classify import FAMILIES, MIN_SCORE, TERRITORY, is_modifier
from .items import claims_violence, economic, told_item
from .lexicon import Hit
from .places import PlaceMention
from .reality import is_thing, possible
from .salience import attachment
from .tables import VIOLENT_TYPES, event_types, words

VIOLENT_FAMILIES = ("battles", "explosions", "violence")


def real_item(doc: Any, item: Any, where: PlaceMention | None = None) -> bool:
    """An extra item (a diplomatic act, a disaster, a claim, a crime) is told by its sentence's
    main clause, not by its setting or cause ("banks cut links amid sanctions", "prices rose
    after a drought"), as an act (:mod:`.items`), and a claim of responsibility names the
    violence it claims.  An ACLED event told with no date of its own (one that dates the
    report, "said on Tuesday", is not) and no toll needs a place below the country: its own,
    else the one it would take (``where``: the event before it, else the article's focus)."""
    if event_types()[item.key].is_acled:
        if item.counts:
            return True
        if not item.dated and _broad(where):
            return False
        told = [h for h in item.scores.hits if not is_modifier(h.key) and h.weight > 0]
        if _market_only(doc, item.scores.hits):
            return False
        if item.key == "agreement" and not any(_agreed(doc, h) for h in told if h.key == "agreement"):
            return False
        return any(attachment(doc[h.start:h.end].root) is None
                   and (h.weight >= MIN_SCORE or _group(h.key) == _group(item.key))
                   and not _weapon_only(doc, h, told) for h in told)
    if item.key == "claim_responsibility" and not claims_violence(item.scores):
        return False
    return any(h.key == item.key and h.weight > 0 and not possible(doc, h)
               and told_item(doc, h, item.key, item.scores.hits) for h in item.scores.hits)


def _broad(place: PlaceMention | None) -> bool:
    """The sentence names only a country, a sea or a region without a province ("Russia is
    doing partial mobilisation", "bombs exploding in Ukraine"): with no day and no toll it
    tells the war at large, not an event ACLED could place."""
    return place is not None and place.admin1 is None


def _group(key: str) -> str:
    """What a cue tells, for the main-clause test: violence (battles, explosions, attacks:
    ACLED's priority moves an event among them), else its event type ("refugees fled" in the
    main clause does not make "since the assault began" an event)."""
    if key in TERRITORY or any(key in FAMILIES[f] for f in VIOLENT_FAMILIES):
        return "violent"
    if key in FAMILIES["protests"]:
        return "protests"
    etype = event_types().get(key)
    if etype is not None and etype.event_type in VIOLENT_TYPES:
        return "violent"
    return etype.event_type.lower() if etype else key


def _weapon_only(doc: Any, h: Hit, told: list[Hit]) -> bool:
    """A weapon or an agreement named with no act of its own ("the package includes HIMARS
    rocket systems", "flight tests of the Sarmat missile", "comply with the Minsk agreements"):
    no other cue in the sentence and the thing is no subject ("missiles rained on Kyiv", "the
    truce took hold" are told) nor the object of a firing verb ("launched rockets")."""
    if not is_thing(doc, h) or any(not is_thing(doc, o) for o in told if o is not h):
        return False
    root, w = doc[h.start:h.end].root, words()
    head = root.head.lemma_.lower()
    acts = root.dep_ in ("nsubj", "nsubjpass") and head not in w.get("stative", {}) \
        or root.dep_ == "dobj" and head in w.get("firing", {})
    return not acts


def _agreed(doc: Any, h: Hit) -> bool:
    """An agreement told as made: the verb itself ("the sides agreed"), or a deal, truce or
    treaty that is the object of a verb of making one ("reached a tentative agreement",
    "signed a ceasefire", "brokered a deal") or the subject of a verb of its own ("the truce
    took hold"); not one needed, discussed or recalled ("requires the agreement of all 27
    states", "ceded Karelia in a peace treaty with Moscow")."""
    root = doc[h.start:h.end].root
    if root.pos_ in ("VERB", "AUX"):
        return True
    while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
        root = root.head
    head, w = root.head.lemma_.lower(), words()
    if root.dep_ in ("dobj", "obj", "nsubjpass"):
        return head in w.get("agree_act", {})
    return root.dep_ == "nsubj" and head not in w.get("stative", {})


def _market_only(doc: Any, hits: list[Hit]) -> bool:
    """Every cue is a verb of the economy ("the rouble rallied", "sanctions hit the economy",
    "markets crashed"): a market moves, no crowd gathers and nothing is struck."""
    verbs = [doc[h.start:h.end].root for h in hits if h.weight > 0
             and (h.key.startswith("+") or h.key in event_types() and event_types()[h.key].is_acled)]
    return bool(verbs) and all(v.pos_ == "VERB" and economic(v) for v in verbs)
