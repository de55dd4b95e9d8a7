"""Which cues tell a sentence's own event, and which tell its background.

"Seven soldiers were injured in a grenade explosion during clashes with the
rebels": the clash is the setting, the grenade is the event.  "Thousands
protested over the oil spill": the spill is what the protest is about.
"Police detained activists who organised the demonstrations": the protest is
what the detainees did before.  The parse tells them apart: a cue whose path
to the sentence's root passes through a background attachment is background,

- a time or cause adjunct (``background_prep`` in ``event_words.tsv``:
  during, amid, after, over, since, ...: "during clashes");
- a subordinate clause opened by such a conjunction (``background_mark``:
  "after police fired on them", "as rebels fought back");
- a relative clause ("people who organise protests");
- the object of a cause phrase (``background_cause``: "in retaliation for a gas
  attack", "arrested in anticipation of protests", "on suspicion of planting a bomb"),
  which makes even a protest background.

Background cues count for less (:data:`BACKGROUND`) only where the main clause
has a cue of its own at least as specific (weight :data:`OWN`); a sentence
whose only cue is in the background ("Two soldiers died during clashes") keeps
it at full weight: the clash is then the event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .lexicon import Hit, longest
from .tables import words

#: Weight factor of a background cue when the main clause has its own event.
BACKGROUND = 0.3
#: The least weight of a main-clause cue that makes the rest background.
OWN = 2.5
CLAUSES = frozenset({"relcl"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
SUBORDINATE = frozenset({"advcl", "pcomp"})
#: Keys that a time adjunct does not make background: the protest an arrest happened at,
#: the crime it was for ("captured while smuggling migrants").
SETTINGS = frozenset({"+protest", "organised_crime"})


def attachment(token: Any) -> str | None:
    """How the token hangs below its sentence's main clause: ``"clause"`` (a relative
    clause), ``"cause"`` (the object of "in retaliation for", "in anticipation of"),
    ``"adjunct"`` (a time or cause phrase or clause), or None (main clause)."""
    w = words()
    preps, marks = w.get("background_prep", {}), w.get("background_mark", {})
    causes = w.get("background_cause", {})
    t = token
    for _ in range(40):
        if t.head.i == t.i:
            return None
        if t.dep_ in CLAUSES and _relative(t):
            return "clause"
        if t.dep_ == "prep" and t.head.lemma_.lower() in causes:
            return "cause"
        if t.dep_ == "prep" and t.lower_ in preps or t.dep_ in SUBORDINATE and \
                any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return "adjunct"
        t = t.head
    return None


def _relative(verb: Any) -> bool:
    """A true relative clause: opened by a relative word ("who", "which", "that"), or with
    no subject of its own ("the men arrested"); a clause with a noun subject and no
    relative word is a misparsed main clause ("... the village was liberated")."""
    if any(c.tag_ in RELATIVE_TAGS or c.lower_ == "that" for c in verb.children):
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def is_background(hit: Hit, token: Any) -> bool:
    """A crowd stays the setting of what is done to it ("detained during a protest"):
    only a relative clause or a cause ("arrested in anticipation of protests") makes a
    protest background."""
    found = attachment(token)
    return found in ("clause", "cause") or found == "adjunct" and hit.key not in SETTINGS


def salience(doc: Any, hits: list[Hit], competing: Callable[[str], bool]) -> dict[Hit, float]:
    """Weight factor per hit: :data:`BACKGROUND` for the background cues of a sentence
    whose main clause tells an event of its own, else 1."""
    cues = longest(h for h in hits if competing(h.key))  # "riot police" is no protest
    background = {h for h in cues if is_background(h, doc[h.start:h.end].root)}
    own = any(h.weight >= OWN for h in cues if h not in background)
    return {h: BACKGROUND if own and h in background else 1.0 for h in hits}
