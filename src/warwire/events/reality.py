"""Whether a cue reports something that happened: its negation and its mood.

A cue is negated when its verb is ("did not strike"), when its subject is nobody
("No group claimed the attack"), when the cue itself is none ("carried out no air
strikes") or when it hangs below "without" ("entered the town without fighting").
An ACLED cue is unreal when told as possible or planned (a modal: "could strike";
an irrealis verb of ``event_words.tsv``: "plans to seize", "denied that its jets
struck") or when an explosive weapon is the object of a supply verb ("to provide
rocket systems").  The extra classes keep theirs: a threatened sanction is still
a diplomatic item.  Whether a real cue is told as having happened at the time of
reporting (not a habit, a prospect or history) is :mod:`.told`'s.
"""

from __future__ import annotations

from typing import Any

from ..analyse.syntax import nobody
from .classify import EXPLOSIONS
from .clause import conjuncts, governing_verb, raised
from .lexicon import Hit
from .tables import event_types, words
from .told import dated, definite, prospect


def negated(doc: Any, h: Hit) -> bool:
    """"did not strike", a subject that is nobody ("No group claimed the attack"), or a
    cue that is itself none ("carried out no air strikes")."""
    if not h.key.startswith("+") and (nobody(doc[h.start:h.end].root) or without(doc[h.start:h.end].root)):
        return True  # (a modifier may be told as an absence: "no information on whether fighting")
    t = doc[h.start]
    for tok in (t, t.head):
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and nobody(c) for c in tok.children):
            return True
    return none_of(doc[h.start:h.end].root)


def none_of(t: Any) -> bool:
    """A cue that is the ``of`` object of "any" something a negated verb takes ("had not seen
    any sign of mobilisation", "did not report any cases of shelling")."""
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ != "of":
            return False
        noun = t.head.head
        if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
            return any(c.dep_ == "neg" for c in noun.head.children)
        t = noun
    return False


def without(t: Any) -> bool:
    """"entered the town without fighting", "without being involved in any clashes", "has
    stopped short of publicly claiming responsibility"."""
    for _ in range(4):
        if t.lower_ == "without" and t.dep_ in ("prep", "conj") or t.lower_ == "of" and t.head.lower_ == "short":
            return True
        if t.head.i == t.i or t.pos_ == "VERB" and t.dep_ not in ("pcomp", "pobj"):
            return False
        t = t.head
    return False


def unreal(doc: Any, h: Hit) -> bool:
    """An ACLED cue told as possible, planned or denied, or a weapon handed over (the extra
    classes keep theirs: a threatened sanction is still a diplomatic item)."""
    etype = event_types().get(h.key)
    if etype is not None and not etype.is_acled:
        return False
    return _unreal(doc, h)


def possible(doc: Any, h: Hit) -> bool:
    """A cue of any class told as possible or planned ("will discuss sanctions", "plans to
    impose", "is set to meet"): the article coder asks it of the extra items too; a verb that
    is a statement itself ("urged", "threatened") stays an item."""
    w = words()
    verb = governing_verb(doc[h.start:h.end].root)
    if _modal(verb) or prospect(verb) or conditional(doc[h.start:h.end].root) \
            or unreal_noun(doc[h.start:h.end].root):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "acl", "advcl") and verb.head.lemma_.lower() in w.get("irrealis", {})


def _unreal(doc: Any, h: Hit) -> bool:
    w = words()
    root = doc[h.start:h.end].root
    verb = governing_verb(root)
    if _modal(verb) or prospect(verb) or conditional(root) or accused(root) or unreal_noun(root):
        return True
    if (h.key in EXPLOSIONS or is_weapon(doc, h)) and _supplied(root, h, w.get("supply", {})):
        return True
    irrealis = w.get("irrealis", {})
    if any((v.dep_ in ("xcomp", "ccomp", "acl", "advcl") or _bare_conj(v)) and v.head.lemma_.lower() in irrealis
           for v in conjuncts(verb)):  # ("threatened to dissolve it and instead build a base")
        return True
    own = verb.i in range(h.start, h.end)  # "threatened" itself, or the noun it governs ("avoid clashes")
    return verb.lemma_.lower() in irrealis and (own or _object_of(root, verb))


#: The links of a noun phrase and a list ("rounds; 1,300 anti-armor systems; small arms").
LIST_DEPS = frozenset({"conj", "appos", "pobj", "prep", "dobj", "compound", "nmod", "npadvmod", "nummod", "amod"})


def _supplied(root: Any, h: Hit, supply: Any) -> bool:
    """A weapon that is what a supply verb hands over, however deep in its list ("the package
    includes 500 rounds; 1,300 anti-armor systems; small arms and ammunition")."""
    t = root
    for _ in range(20):
        if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("VERB", "AUX"):
            return any(v.lemma_.lower() in supply for v in t.head.subtree  # a list glued to the verb
                       if v.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < t.i for c in v.children))
        if t.pos_ in ("VERB", "AUX") and t.i not in range(h.start, h.end):
            return t.lemma_.lower() in supply
        if t.head.i == t.i or t.dep_ not in LIST_DEPS:
            return governing_verb(root).lemma_.lower() in supply and governing_verb(root).i not in range(h.start, h.end)
        t = t.head
    return False


def _bare_conj(verb: Any) -> bool:
    """A bare infinitive the parser joined to the verb above the infinitive it goes with
    ("has threatened to dissolve it and instead build/conj<-threatened a base")."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) and \
        any(c.dep_ == "xcomp" and c.i < verb.i for c in verb.head.children)


def _object_of(noun: Any, verb: Any) -> bool:
    """The noun is the verb's object ("avoid clashes", "called for an offensive"), not a
    name it gives ("what it called a drone attack")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    t = noun  # up through objects and prepositions ("called for an end to the shelling")
    while t.head.i != verb.i and t.dep_ in ("pobj", "prep", "dobj", "conj") and t.head.i != t.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ in ("dobj", "prep")


def _modal(verb: Any) -> bool:
    """A modal on the verb, on a verb it is coordinated with, or on the verb whose infinitive
    it is ("could use any portion of his force to seize cities")."""
    modal = words().get("modal", {})
    return any(c.dep_ == "aux" and c.lower_ in modal for v in raised(verb) for c in v.children)


def conditional(token: Any) -> bool:
    """A cue inside a condition ("would retaliate if Russia launched a chemical attack",
    "unless the shelling stops"): a clause opened by a ``condition`` word of ``event_words.tsv``."""
    marks = words().get("condition", {})
    t = token
    for _ in range(40):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def unreal_noun(token: Any) -> bool:
    """A cue below a noun of risk, intent or need ("the danger of a direct military clash",
    "any effort to use force to gain control over Taiwan", "calls for a ceasefire", "the
    danger posed by the fighting"): the ``of``/``for`` object, the infinitive or the
    participle of an ``unreal_noun`` of ``event_words.tsv``, up to the first finite verb."""
    nouns = words().get("unreal_noun", {})
    t = token
    for _ in range(10):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in nouns:
            return True
        if t.dep_ == "acl" and t.tag_ in ("VB", "VBN") and head.lemma_.lower() in nouns:
            return True  # "an effort to gain control", "the danger posed by the fighting"
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VB", "VBG"):
            return False
        t = head
    return False


def accused(token: Any) -> bool:
    """A cue that is what one side accuses another of, told as a charge and not as an event
    ("accuse each other of shelling the plant", "blamed Kyiv for attacks"): below an
    ``accuse`` verb's preposition; a definite one ("blamed Russia for the strike") or one in a
    sentence dated to a day is the event told before."""
    if definite(token) or dated(token.sent):
        return False
    accuse, charge = words().get("accuse", {}), False
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("pcomp", "pobj"):
            return charge and t.lemma_.lower() in accuse and _standing(t)
        if t.head.i == t.i:
            return False
        charge = charge or t.dep_ == "prep"
        t = t.head
    return False


def _standing(verb: Any) -> bool:
    """A charge told as a standing dispute: not in the simple past ("accuse", "have
    accused"), or between two sides ("accused each other"). "Yerevan blamed Azerbaijan for
    launching an attack" reports the attack."""
    mutual = any(c.dep_ == "dobj" and c.lower_ in ("other", "another") for c in verb.children)
    past = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
    return mutual or not past


def commerce(doc: Any, h: Hit) -> bool:
    """An agreement cue told as the frame of a sale ("millers bought wheat in deals signed
    last week", "sold the cargo under a deal"): the first verb above it, the cue's own aside,
    is a ``trade`` verb of ``event_words.tsv``."""
    if h.key != "agreement":
        return False
    trade, t = words().get("trade", {}), doc[h.start:h.end].root
    for _ in range(6):
        if t.pos_ == "VERB" and t.i not in range(h.start, h.end) and t.dep_ not in ("acl", "relcl"):
            return t.lemma_.lower() in trade
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def is_thing(doc: Any, h: Hit) -> bool:
    """A cue that names a thing, not an act: a weapon (:func:`is_weapon`) or an agreement's
    document ("the Minsk agreements", "a ceasefire agreed in 2015")."""
    root = doc[h.start:h.end].root
    if h.key == "agreement" and root.pos_ in ("NOUN", "PROPN"):
        return root.lemma_.lower() in words().get("document", {})
    return is_weapon(doc, h)


def is_weapon(doc: Any, h: Hit) -> bool:
    """A cue that only names a weapon ("HIMARS", "missiles", "artillery"; a weapon noun of
    ``event_words.tsv`` or a cue whose lexicon row names its means), not an act ("shelling",
    "bombarded", "air strike")."""
    root = doc[h.start:h.end].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    w, lemma = words(), root.lemma_.lower()
    if lemma in w.get("event_noun", {}):
        return False
    return bool(h.extra) or any(lemma in w.get(c, {}) for c in ("weapon", "air_weapon"))


def instrument(doc: Any, h: Hit, cues: frozenset[int]) -> bool:
    """An explosive weapon named as the means of an act that is no attack ("Obama drew a red
    line for Syria with chemical weapons"): the "with" object of a verb that is neither a cue
    or one with a cue for its subject or object ("struck the city with missiles", "the attacks were
    carried out with grenades"), nor a ``firing`` or ``supply`` verb of ``event_words.tsv``."""
    root = doc[h.start:h.end].root
    if h.key not in EXPLOSIONS or root.dep_ != "pobj" or root.head.lower_ != "with" \
            or not (is_weapon(doc, h) or root.lemma_.lower() == "weapon"):  # ("with an air strike, ...")
        return False
    verb, w = root.head.head, words()
    acted = verb.i in cues or any(c.i in cues for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    return verb.pos_ == "VERB" and not acted and \
        verb.lemma_.lower() not in {*w.get("firing", {}), *w.get("supply", {})}
