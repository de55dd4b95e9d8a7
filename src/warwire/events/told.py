"""Whether a cue is told as having happened at the time of reporting.

A cue of any class counts only in the frame of a specific event: not a habit or a
description in the simple present ("the artillery frequently shells"), not a goal
("troops are there to fight") or a prospect ("is set to sign", "an offensive is
imminent", "a possible deployment"), not history ("early in the war", "for eight
years", "during World War II"), not a pattern ("daily bombardments"), not a noun that
only names the kind of something else ("an assault ship"), not people taken ("two
pilots were captured") and not a capture that failed or was only sought ("were unable
to capture", "close to taking").  A sentence dated to a day (not a year alone) tells a
specific event whatever its tense.  Whether it is negated or unreal is :mod:`.reality`'s.
"""

from __future__ import annotations

from typing import Any

from .classify import EXPLOSIONS
from .backdrop import backdrop
from .clause import PRESENT, governing_verb, perfect, raised
from .lexicon import Hit
from .tables import words


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
      retake the south"), unless the verb above says it was done ("managed to repel"),
      and what such a goal would start ("massing tanks to launch an offensive");
    - a prospect ("are set to sign", "is likely to attack", "the battle was expected",
      "a possible deployment");
    - history ("early in the war", "during World War II"), a pattern ("daily
      bombardments"), people taken ("two pilots were captured"), a capture that failed or
      was only sought ("unable to capture", "close to taking");
    - a noun cue that only names the kind of something else ("an assault ship",
      "rocket science", "offensive weapons"; ``cues`` are the indices of the
      sentence's cue tokens: "small arms/machineguns", "unexploded munition" stay).

    A sentence dated to a day ("On 3 May, Russian forces shell ...") tells a specific
    event whatever its tense."""
    root = doc[h.start:h.end].root
    if _modifier_only(h, root, cues) or _pattern(root) or history(root) or _people_taken(h, root) \
            or _failed(h, governing_verb(root)) or _not_territory(h, root):
        return True
    if h.key in TERRITORY_KEYS and h.weight > 0 and backdrop(root, governing_verb(root), dated(root.sent)):
        return True
    verb = governing_verb(root)
    if _habitual(verb, h.key in VIOLENT_KEYS) and not dated(root.sent) and not definite(root):
        return True
    top = _chain(verb)[-1]
    if h.key in VIOLENT_KEYS and _frequent(top) and perfect(top) and not dated(root.sent):
        return True  # "has been shelled almost daily since May": a pattern, not one event
    own = verb.i in range(h.start, h.end) and not h.key.startswith("+")  # the cue is the verb itself
    goal = h.key in VIOLENT_KEYS and _goal(verb)  # ("talks to reach a deal" are the item)
    return own and (goal or prospect(verb)) or goal and _started(root, verb) or _expected(root) \
        or _judged(root)


def _judged(noun: Any) -> bool:
    """"the Russian offensive was completely unprovoked", "the invasion is illegal": a cue that
    is the subject of a ``judgement`` adjective of ``event_words.tsv`` is weighed, not told."""
    head, judgement = noun.head, words().get("judgement", {})
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and \
        any(c.dep_ == "acomp" and c.lemma_.lower() in judgement for c in head.children)


def _started(noun: Any, verb: Any) -> bool:
    """The object of a goal that starts or steps it up ("regrouping to intensify its
    offensive", "massing troops to launch an assault"): it has not happened yet."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in words().get("onset", {})


def _failed(h: Hit, verb: Any) -> bool:
    """A capture or a regain that did not happen or was only sought: "failed to capture",
    "was unable to take", "will not be able to capture", "attempts to retake", "appear close to
    taking" (the fighting it took may still be an event)."""
    if h.key not in TERRITORY_KEYS or h.weight <= 0:
        return False
    failure, pursuit = words().get("failure", {}), words().get("pursuit", {})
    if any(v.lemma_.lower() in pursuit for v in (*_sought_by(verb), *_aimed_by(verb))):
        return True
    for v in raised(verb):
        if v.lemma_.lower() in failure:
            return True
        if v.lemma_.lower() == "able" and any(c.dep_ == "neg" for t in (v, v.head) for c in t.children):
            return True
    return False


def _aimed_by(verb: Any) -> list[Any]:
    """The words whose complement the verb is ("determined to capture", "aims to seize")."""
    out, t = [], verb
    while t.dep_ in ("xcomp", "acomp") and t.head.i != t.i and len(out) < 4:
        t = t.head
        out.append(t)
    return out


def _sought_by(verb: Any) -> list[Any]:
    """The words above an infinitive or a gerund up to the clause's verb: "attempts" in "begun
    attempts to retake", "close" in "close to taking", "bid" in "in a bid to capture"."""
    out, t = [], verb
    while t.dep_ in ("acl", "pcomp", "prep", "pobj", "oprd", "acomp") and t.head.i != t.i and len(out) < 6:
        t = t.head
        out.append(t)
    return out


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


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _not_territory(h: Hit, noun: Any) -> bool:
    """"Passenger Recovery Accelerates", "the economic recovery": a territory noun whose
    modifier names something else than a place is some other kind of recovery or takeover."""
    if h.key not in TERRITORY_KEYS or h.weight <= 0 or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    units, economic = words().get("place_unit", {}), words().get("economic", {})
    return any(c.dep_ == "compound" and c.ent_type_ not in PLACE_ENTS and c.lemma_.lower() not in units
               or c.dep_ == "amod" and c.lemma_.lower() in economic
               or c.dep_ == "prep" and c.lower_ in ("of", "in") and _thing_object(c, units)
               for c in noun.children if c.i not in range(h.start, h.end))


def _thing_object(prep: Any, units: dict[str, int]) -> bool:
    """"the recovery in air travel", "the takeover of the company": the object of the
    noun is a common noun that names no place (a name or a town, village or region does)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ not in PLACE_ENTS \
        and obj.lemma_.lower() not in units


def history(token: Any) -> bool:
    """A cue told in a time phrase of the war's past phases ("in the early days of the
    invasion, the capture of Kherson ...", "seized it early in the war"), over years ("were
    shelled for eight years") or in a past war ("during World War II"): history, not news,
    unless the sentence names a day.  A phrase on a verb coordinated with the cue's, with no
    subject or auxiliary of its own, is the cue's too ("have killed ..., fired ... and
    destroyed 15 airports since the start of the invasion")."""
    w = words()
    phase, war, duration = w.get("phase", {}), w.get("war_noun", {}), w.get("duration", {})
    verb = governing_verb(token)
    shared = [v for v in verb.conjuncts  # (with the subject and the auxiliary of the verb)
              if not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)]
    for head in {t.i: t for t in (token, verb, *shared)}.values():  # ("killed ..., fired ... and
        for c in head.children:  # destroyed 15 airports since the start of the invasion")
            if c.dep_ not in ("prep", "npadvmod", "advmod"):
                continue
            phrase = _phrase(c)
            lemmas = {t.lemma_.lower() for t in phrase}
            if lemmas & phase.keys() and lemmas & war.keys() or c.lower_ == "for" and lemmas & duration.keys() \
                    or _past_war(c, phrase):
                return not dated(token.sent, {t.i for t in phrase})
    return False


def _past_war(prep: Any, phrase: list[Any]) -> bool:
    """"during World War II", "in the Holocaust" (not "the worst attack since World War II")."""
    if prep.lower_ not in ("during", "in", "throughout"):
        return False
    text = " " + " ".join(t.lower_ for t in sorted(phrase, key=lambda t: t.i)) + " "
    return any(f" {name} " in text for name in words().get("past_war", {}))


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
        and not dated(noun.sent)


def definite(noun: Any) -> bool:
    """"the leakage is from a reservoir", "the alleged rapes have no grounds": a state of a
    thing already told, not a definition ("kamikaze drones are cheap")."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "every", "each") for c in noun.children)


def dated(sent: Any, outside: set[int] = frozenset()) -> bool:
    """The sentence names a day ("On 3 May", "on Monday"), outside the tokens ``outside``; a
    year or a month alone ("in 2014", "Mar 2022") names none."""
    return any(e.label_ == "DATE" and e.start not in outside and any(_day(t) or t.lower_ in DAYS for t in e)
               for e in sent.ents)


def _day(t: Any) -> bool:
    """A day of the month: "3", "24th" (not a year, "2014")."""
    digits = t.text[:-2] if t.lower_[-2:] in ("st", "nd", "rd", "th") else t.text
    return digits.isdigit() and 1 <= int(digits) <= 31


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
        return False  # "has struck", "is shelling", "will strike" (the modal is :func:`.reality.unreal`'s)
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


def prospect(verb: Any) -> bool:
    prospects = words().get("prospect", {})
    return any(v.dep_ == "xcomp" and v.head.lemma_.lower() in prospects for v in _chain(verb))


def _expected(noun: Any) -> bool:
    """"the battle was expected", "a deal is anticipated": the subject of a prospect's passive;
    "a clash was inevitable", "an offensive is imminent": the subject of a prospect adjective;
    "a possible deployment": a noun with one."""
    head = noun.head
    prospects = words().get("prospect", {})
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and \
            any(c.dep_ == "acomp" and c.lemma_.lower() in prospects for c in head.children):
        return True
    if noun.pos_ == "NOUN" and any(c.dep_ == "amod" and (c.lower_ in prospects or c.lemma_.lower() in prospects)
                                   for c in noun.children):
        return True  # "a possible deployment", "an imminent attack", "the planned offensive"
    return noun.dep_ == "nsubjpass" and head.lemma_.lower() in words().get("prospect", {}) \
        and any(c.dep_ == "auxpass" for c in head.children)
