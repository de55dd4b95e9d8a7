"""Whether a cue reports something that happened.

A cue is negated when its verb is ("did not strike"), when its subject is nobody
("No group claimed the attack"), when the cue itself is none ("carried out no air
strikes") or when it hangs below "without" ("entered the town without fighting").
An ACLED cue is unreal when told as possible or planned (a modal: "could strike";
an irrealis verb of ``event_words.tsv``: "plans to seize", "denied that its jets
struck") or when an explosive weapon is the object of a supply verb ("to provide
rocket systems").  The extra classes keep theirs: a threatened sanction is still
a diplomatic item.
"""

from __future__ import annotations

from typing import Any

from .classify import EXPLOSIONS
from .lexicon import Hit
from .tables import event_types, words


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
    return False


def without(t: Any) -> bool:
    """"entered the town without fighting", "without being involved in any clashes"."""
    for _ in range(4):
        if t.lower_ == "without" and t.dep_ in ("prep", "conj"):
            return True
        if t.head.i == t.i or t.pos_ == "VERB" and t.dep_ not in ("pcomp", "pobj"):
            return False
        t = t.head
    return False


def nobody(t: Any) -> bool:
    return t.lower_ in ("nobody", "none", "noone") or any(c.dep_ == "det" and c.lower_ == "no"
                                                         for c in t.children)


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
    verb = _governing_verb(doc[h.start:h.end].root)
    if _modal(verb) or _prospect(verb) or conditional(doc[h.start:h.end].root) \
            or unreal_noun(doc[h.start:h.end].root):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "acl", "advcl") and verb.head.lemma_.lower() in w.get("irrealis", {})


def _unreal(doc: Any, h: Hit) -> bool:
    w = words()
    root = doc[h.start:h.end].root
    verb = _governing_verb(root)
    if _modal(verb) or _prospect(verb) or conditional(root) or accused(root) or unreal_noun(root):
        return True
    if h.key in EXPLOSIONS and verb.lemma_.lower() in w.get("supply", {}) and verb.i not in range(h.start, h.end):
        return True
    head, irrealis = verb.head, w.get("irrealis", {})
    if verb.dep_ in ("xcomp", "ccomp", "acl", "advcl") and head.lemma_.lower() in irrealis:
        return True
    own = verb.i in range(h.start, h.end)  # "threatened" itself, or the noun it governs ("avoid clashes")
    return verb.lemma_.lower() in irrealis and (own or _object_of(root, verb))


def _object_of(noun: Any, verb: Any) -> bool:
    """The noun is the verb's object ("avoid clashes", "called for an offensive"), not a
    name it gives ("what it called a drone attack")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    t = noun  # up through objects and prepositions ("called for an end to the shelling")
    while t.head.i != verb.i and t.dep_ in ("pobj", "prep", "dobj", "conj") and t.head.i != t.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ in ("dobj", "prep")


def _conjuncts(verb: Any) -> list[Any]:
    """The verb and the verbs it is coordinated with that lend it their auxiliaries: "we
    should eliminate estrangement, avoid clashes" (a conjunct without a subject of its own)."""
    out = [verb]
    while out[-1].dep_ == "conj" and out[-1].head.pos_ in ("VERB", "AUX") and len(out) < 5 \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in out[-1].children):
        out.append(out[-1].head)
    return out


def _modal(verb: Any) -> bool:
    """A modal on the verb, on a verb it is coordinated with, or on the verb whose infinitive
    it is ("could use any portion of his force to seize cities")."""
    modal = words().get("modal", {})
    return any(c.dep_ == "aux" and c.lower_ in modal for v in _raised(verb) for c in v.children)


def _raised(verb: Any) -> list[Any]:
    """The verb, its conjuncts, and the words whose complement it is ("could use his force to
    seize", "will not be able to capture": capture, able, be)."""
    out = []
    for v in _conjuncts(verb):
        out.append(v)
        while (v.dep_ in ("xcomp", "acomp") or v.dep_ == "advcl" and any(c.tag_ == "TO" for c in v.children)) \
                and v.head.i != v.i and len(out) < 8:
            v = v.head
            out.append(v)
    return out


def _failed(h: Hit, verb: Any) -> bool:
    """A capture or a regain that did not happen: "failed to capture", "was unable to take",
    "will not be able to capture" (the fighting it took may still be an event)."""
    if h.key not in TERRITORY_KEYS or h.weight <= 0:
        return False
    failure = words().get("failure", {})
    for v in _raised(verb):
        if v.lemma_.lower() in failure:
            return True
        if v.lemma_.lower() == "able" and any(c.dep_ == "neg" for t in (v, v.head) for c in t.children):
            return True
    return False


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
    if _definite(token) or _dated(token.sent):
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


def _governing_verb(t: Any) -> Any:
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


PRESENT = frozenset({"VBZ", "VBP"})
VIOLENT_KEYS = frozenset({"armed_clash", "+capture", "+regain", "+fight", "attack", *EXPLOSIONS})
#: Territory cues: as a participle before a noun they tell a state ("occupied territories").
TERRITORY_KEYS = frozenset({"+capture", "+regain"})
#: Word classes of ``event_words.tsv`` whose nouns an event cue may name the kind of.
KINDS = ("event_noun", "weapon", "air_weapon")
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "yesterday", "today", "overnight", "tonight"})


def not_told_as_happened(doc: Any, h: Hit, cues: frozenset[int] = frozenset()) -> bool:
    """A cue outside the frame of a specific event that happened (any class, extras too):

    - told in the simple present, as a habit, a description or a definition ("Russia
      continues to pound the city", "the artillery frequently shells", "kamikaze drones
      are cheap"), not the present perfect or the progressive;
    - the goal of an infinitive ("troops are there to fight", "weapons they need to
      retake the south"), unless the verb above says it was done ("managed to repel");
    - a prospect ("are set to sign", "is likely to attack", "the battle was expected");
    - a noun cue that only names the kind of something else ("an assault ship",
      "rocket science", "offensive weapons"; ``cues`` are the indices of the
      sentence's cue tokens: "small arms/machineguns", "unexploded munition" stay).

    A sentence dated to a day ("On 3 May, Russian forces shell ...") tells a specific
    event whatever its tense."""
    root = doc[h.start:h.end].root
    if _modifier_only(h, root, cues) or _pattern(root) or history(root) or _people_taken(h, root) \
            or _failed(h, _governing_verb(root)):
        return True
    verb = _governing_verb(root)
    if _habitual(verb, h.key in VIOLENT_KEYS) and not _dated(root.sent) and not _definite(root):
        return True
    own = verb.i in range(h.start, h.end) and not h.key.startswith("+")  # the cue is the verb itself
    goal = h.key in VIOLENT_KEYS and _goal(verb)  # ("talks to reach a deal" are the item)
    return own and (goal or _prospect(verb)) or _expected(root)


#: Word classes of ``event_words.tsv`` that name people (a capture of people is no territory).
PEOPLE = ("civilian_victim", "combatant", "member", "person")


def _people_taken(h: Hit, verb: Any) -> bool:
    """"British nationals captured by Russian forces", "several soldiers were captured",
    "captured two aid workers": people taken are an abduction or an arrest, not territory."""
    if h.key != "+capture" or h.weight <= 0 or verb.pos_ != "VERB":
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        patients.append(verb.head)  # "nationals captured by ..."
    w = words()
    return any(p.lemma_.lower() in w.get(c, {}) for p in patients for c in PEOPLE)


def history(token: Any) -> bool:
    """A cue told in a time phrase of the war's past phases ("in the early days of the
    invasion, the capture of Kherson ...", "seized it early in the war") or over years
    ("were shelled for eight years"): history, not news, unless the sentence names a day."""
    w = words()
    phase, war, duration = w.get("phase", {}), w.get("war_noun", {}), w.get("duration", {})
    verb = _governing_verb(token)
    for head in {token.i: token, verb.i: verb}.values():
        for c in head.children:
            if c.dep_ not in ("prep", "npadvmod", "advmod"):
                continue
            phrase = _phrase(c)
            lemmas = {t.lemma_.lower() for t in phrase}
            if lemmas & phase.keys() and lemmas & war.keys() or c.lower_ == "for" and lemmas & duration.keys():
                return not _dated(token.sent, {t.i for t in phrase})
    return False


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})


def _phrase(token: Any) -> list[Any]:
    """The token's phrase without the clauses inside it ("at Nikopol, which Russia seized
    early in the war" is a place, not a time)."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return out


def _pattern(noun: Any) -> bool:
    """"daily bombardments", "periodic shelling", "repeated attacks": a pattern of events, not
    one, unless the sentence names its day."""
    adjs = words().get("frequency_adj", {})
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in adjs for c in noun.children) \
        and not _dated(noun.sent)


def _definite(noun: Any) -> bool:
    """"the leakage is from a reservoir", "the alleged rapes have no grounds": a state of a
    thing already told, not a definition ("kamikaze drones are cheap")."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every", "each") for c in noun.children)


def _dated(sent: Any, outside: set[int] = frozenset()) -> bool:
    """The sentence names a day ("On 3 May", "on Monday"), outside the tokens ``outside``."""
    return any(e.label_ == "DATE" and e.start not in outside and any(t.like_num or t.lower_ in DAYS for t in e)
               for e in sent.ents)


def _modifier_only(h: Hit, root: Any, cues: frozenset[int]) -> bool:
    """Only for cues of fighting, explosions and violence: a crime word naming a network
    ("smuggling ring") or a chemical naming a gas ("chlorine gas leak") is the item itself."""
    head = root.head
    if h.key not in VIOLENT_KEYS or root.dep_ not in ("compound", "amod") or head.i in range(h.start, h.end) \
            or head.i in cues or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "amod" and h.key in TERRITORY_KEYS:
        return True  # "occupied territories", "occupying forces": a state
    if root.pos_ in ("VERB", "PROPN"):
        return False  # "the shelled city"
    w, lemma = words(), head.lemma_.lower()
    return not any(lemma in w.get(c, {}) for c in KINDS)


def _chain(verb: Any) -> list[Any]:
    """The verb and the verbs it is the complement of ("continues to pound")."""
    out = [verb]
    while out[-1].dep_ == "xcomp" and out[-1].head.i != out[-1].i and len(out) < 4:
        out.append(out[-1].head)
    return out


def _habitual(verb: Any, violent: bool = False) -> bool:
    top = _chain(verb)[-1]
    if top.pos_ not in ("VERB", "AUX") or _reported(top):
        return False
    if any(c.dep_ == "aux" for c in top.children):
        return False  # "has struck", "is shelling", "will strike" (the modal is :func:`unreal`'s)
    present = _present(top) or top.tag_ == "VBN" and any(c.dep_ == "auxpass" and _present(c)
                                                          for c in top.children)
    return present and (_generic(top) or violent and top.lemma_.lower() in words().get("ongoing", {}))


def _generic(top: Any) -> bool:
    """A present that tells a habit or a state, not a headline's news ("Mob lynches a man"):
    a stative verb ("drones are cheap", "forces use howitzers") or an adverb of frequency
    ("frequently shells", "shells the town daily")."""
    return top.lemma_.lower() in words().get("stative", {}) or _frequent(top)


def _frequent(top: Any) -> bool:
    frequency = words().get("frequency", {})
    return any(c.lower_ in frequency and c.dep_ in ("advmod", "npadvmod") for c in top.children)


def _present(t: Any) -> bool:
    """A verb in the simple present, with a subject ("shells", "are"); a past form the
    tagger took for a present ("retook/VBP") is not."""
    if t.tag_ not in PRESENT:
        return False
    form, lemma = t.lower_, t.lemma_.lower()
    if t.pos_ != "AUX" and form != lemma and not form.endswith("s"):
        return False
    return t.dep_ in ("auxpass",) or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def _reported(verb: Any) -> bool:
    """The verb of the source itself ("Kyiv says ..."), or one in a question's answer."""
    return verb.lemma_.lower() in words().get("report", {})


def _goal(verb: Any) -> bool:
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ not in ("xcomp", "advcl", "acl", "relcl", "ccomp"):
        return False
    return verb.head.lemma_.lower() not in words().get("implicative", {})


def _prospect(verb: Any) -> bool:
    prospects = words().get("prospect", {})
    return any(v.dep_ == "xcomp" and v.head.lemma_.lower() in prospects for v in _chain(verb))


def _expected(noun: Any) -> bool:
    """"the battle was expected", "a deal is anticipated": the subject of a prospect's passive;
    "a clash was inevitable", "an offensive is imminent": the subject of a prospect adjective."""
    head = noun.head
    prospects = words().get("prospect", {})
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and \
            any(c.dep_ == "acomp" and c.lemma_.lower() in prospects for c in head.children):
        return True
    return noun.dep_ == "nsubjpass" and head.lemma_.lower() in words().get("prospect", {}) \
        and any(c.dep_ == "auxpass" for c in head.children)


def _standing(verb: Any) -> bool:
    """A charge told as a standing dispute: not in the simple past ("accuse", "have
    accused"), or between two sides ("accused each other"). "Yerevan blamed Azerbaijan for
    launching an attack" reports the attack."""
    mutual = any(c.dep_ == "dobj" and c.lower_ in ("other", "another") for c in verb.children)
    past = verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
    return mutual or not past


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
