"""Whether an article tells an extra item (a diplomatic act, a disaster, a claim) as an act.

A news snippet of CASE 2021 is typed by its words (:mod:`.case_classes`); in a whole article
the same words mostly tell the setting of the news ("amid sanctions", "the pandemic's
economic upheaval"), an opinion or an appeal ("urged an end to the violence", "sanctions
will only complicate the situation") or a figure of speech ("Russians continued to storm the
city", "the rial crashing").  An article's extra item needs one cue told as an act that
happened (:func:`happened`), by the class's own shape:

- a diplomatic event: a ``diplomatic_act`` verb of ``event_words.tsv`` that is the cue
  ("met with", "summoned", "visited") or whose object the cue is ("imposed sanctions",
  "announced the expulsion of diplomats", "held talks"); or an ``occasion`` noun ("talks",
  "a meeting with", "a summit") as the subject of a verb ("the meeting ended") or the
  setting of the clause ("during a meeting with NATO representatives, she raised");
- a disaster: the cue is the verb of something that is no person ("a car crashed") or the
  subject of a verb ("an earthquake struck", "gas leaks were caused by explosions"), or the
  place of a harm ("died in an accident"); never the cause of an ``economic`` change
  ("Covid-19 drove up the price", "keep the currency from crashing");
- a claim of responsibility: what it is for is violence ("claimed responsibility for the
  bombing", not "took responsibility for mistakes").
"""

from __future__ import annotations

from typing import Any

from .classify import CLAIM, FAMILIES, Scores
from .clause import PRESENT
from .lexicon import Hit
from .salience import attachment
from .tables import words
from .told import dated

DISASTERS = frozenset({"natural_disaster", "manmade_disaster"})
#: The links from a noun up to the verb whose object it is ("the expulsion of diplomats").
NOUN_LINKS = frozenset({"pobj", "prep", "compound", "amod", "conj"})
#: The least weight of a diplomatic cue that a verb's object makes an act ("imposed
#: sanctions", "held talks"; not "issued a warning").
ACT_WEIGHT = 2.0
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
HUMAN_ENTS = frozenset({"PERSON", "NORP"})
VIOLENT_FAMILIES = ("battles", "explosions", "violence")
VIOLENT_KEYS = frozenset(k for f in VIOLENT_FAMILIES for k in FAMILIES[f])
PEOPLE = ("person", "civilian_victim", "combatant", "member")


def told_item(doc: Any, h: Hit, key: str, hits: list[Hit]) -> bool:
    """The cue ``h`` tells the extra item ``key`` as an act (module docstring); ``hits`` are
    the sentence's cues (what a claim is for)."""
    root = doc[h.start:h.end].root
    if root.ent_type_ == "PERSON":
        return False  # a name: "Senator Rob Portman"
    if key == "diplomatic":
        return _diplomatic(h, root)
    if attachment(root) is not None:
        return False
    if key in DISASTERS:
        return _disaster(h, root)
    if key == "claim_responsibility":
        return _claims_violence(doc, h, hits)
    if key == "organised_crime":
        return _crime(root)
    return True


def happened(verb: Any) -> bool:
    """A verb told as having happened: a simple past, a perfect, a past passive, a
    progressive, a participle in a time phrase of one ("after meeting the minister, he
    said"), or a present in a sentence that names the day; not an infinitive, a
    participle on its own or a present (a habit, a state, an opinion)."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _own_subject(verb) \
            and _parallel(verb, verb.head):
        return happened(verb.head)
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return not aux - {"do"}
    if verb.tag_ == "VBN":
        return "have" in aux or any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in verb.children)
    if verb.tag_ == "VBG":
        return "be" in aux or _in_time_phrase(verb)
    if verb.tag_ in PRESENT:
        return dated(verb.sent)
    return False


def _parallel(verb: Any, head: Any) -> bool:
    """Coordinated verbs of one form share their auxiliaries ("has imposed sanctions and
    expelled diplomats"); a base form joined to a progressive is a misparse ("is planning
    ... and impose new sanctions")."""
    past = ("VBD", "VBN")
    return verb.tag_ == head.tag_ or verb.tag_ in past and head.tag_ in past


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)


def _in_time_phrase(verb: Any) -> bool:
    """"After meeting the minister on Thursday, Lavrov said": a gerund of a setting
    preposition on a verb that happened."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ in words().get("setting_prep", {}) \
        and prep.head.pos_ in ("VERB", "AUX") and happened(prep.head)


def _diplomatic(h: Hit, root: Any) -> bool:
    acts = words().get("diplomatic_act", {})
    if root.pos_ == "VERB":
        return root.lemma_.lower() in acts and (_in_time_phrase(root) or happened(root)
                                                and attachment(root) is None)
    verb = _object_verb(root)
    if verb is not None and h.weight >= ACT_WEIGHT and verb.lemma_.lower() in acts and happened(verb) \
            and attachment(verb) is None:
        return True
    return _occasion(root) or _holds_occasion(root)


def _holds_occasion(noun: Any) -> bool:
    """A diplomat who held, attended or hosted an occasion ("Foreign Minister Wang Yi on
    Wednesday held a phone conversation with Yair Lapid")."""
    t = noun
    while t.dep_ in ("compound", "appos", "conj") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_.lower() not in words().get("diplomatic_act", {}) \
            or not happened(verb) or attachment(verb) is not None:
        return False
    occasions = words().get("occasion", {})
    return any(c.dep_ == "dobj" and c.lemma_.lower() in occasions and (not occasions[c.lemma_.lower()] or _party(c))
               for c in verb.children)


def _object_verb(noun: Any) -> Any:
    """The verb whose object (or passive subject) the noun is, up through the noun phrase it
    heads or modifies ("announced the expulsion of Russian diplomats": announced; "severed
    diplomatic relations": severed)."""
    t = noun
    for _ in range(6):
        if t.dep_ in ("dobj", "nsubjpass", "oprd") and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        if t.dep_ in ("compound", "amod", "conj"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head
        else:
            return None
    return None


def _occasion(noun: Any) -> bool:
    """A diplomatic occasion told as one: "A meeting between Blinken and Lavrov ended",
    "during a meeting with NATO representatives in Brussels on Wednesday, she raised";
    a meeting or a call needs its other party ("a meeting of the committee" is none)."""
    occasions = words().get("occasion", {})
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or lemma not in occasions:
        return False
    if occasions[lemma] and not _party(noun):
        return False
    head = noun.head
    if noun.dep_ in SUBJECTS:
        return head.lemma_.lower() not in _not_acts() and happened(head) and attachment(head) is None
    if noun.dep_ == "pobj" and head.lower_ in words().get("setting_prep", {}):
        verb = head.head
        return verb.pos_ in ("VERB", "AUX") and happened(verb) and attachment(verb) is None
    return False


def _party(noun: Any) -> bool:
    """The other party of a meeting: "with X", "between X and Y", "Nato's", "the G7"."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children) or \
        any(c.dep_ in ("compound", "poss") and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
            for c in noun.children)


def _not_acts() -> set[str]:
    """Verbs whose subject is no event: a state, a prospect, a statement."""
    w = words()
    return {*w.get("stative", {}), *w.get("prospect", {}), *w.get("report", {}), "be", "have"}


def _disaster(h: Hit, root: Any) -> bool:
    w = words()
    if root.pos_ in ("VERB", "AUX"):
        if root.lemma_.lower() in w.get("disaster_noun", {}):
            return False  # "Russians were continuing to storm the city"
        if any(c.dep_ in SUBJECTS and _names(c, w.get("information", {})) for c in root.children):
            return False  # "personal data has been leaked"
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        figurative = any(c.dep_ == "prep" and c.lower_ == "with" for c in root.children)
        return happened(root) and not (subject is not None and _agent(subject)) and not figurative \
            and not economic(root)
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in {*w.get("economic", {}), *w.get("agent", {})}
           for c in root.children):
        return False  # "an extraordinary Russian military collapse", "the market crash"
    if root.dep_ in SUBJECTS:
        verb = root.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _not_acts() \
            and happened(verb) and not economic(verb)
    harm = {*w.get("harm", {}), *w.get("death", {}), *w.get("injury", {})}
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "by", "during"):
        verb = root.head.head
        return verb.lemma_.lower() in harm and happened(verb)
    return False


def claims_violence(s: Scores) -> bool:
    """"claimed responsibility for ..." says it; "blamed X for the strikes" names the violence;
    "blamed the shortage on X", "was responsible for forming an army" claim no attack."""
    explicit = max((h.weight for h in s.hits if h.key == "claim_responsibility"), default=0) >= CLAIM
    return explicit or any(s.family(f) > 0 for f in VIOLENT_FAMILIES)


def _crime(root: Any) -> bool:
    """A crime told as one: the crime verb itself ("smuggled", "robbed"), a ``crime_act`` of
    the law done on it ("convicted of drug smuggling", "pleaded guilty to a smuggling
    charge", "committed fraud"), or the subject of a verb ("illegal crossings have broken
    records"); not its mention ("claims of corruption", "to protect children from
    trafficking", "the drugs are shipped illegally")."""
    if root.pos_ == "VERB":
        information = words().get("information", {})
        taken = [c for c in root.children if c.dep_ == "dobj"] + ([root.head] if root.dep_ == "relcl" else [])
        return happened(root) and not any(_names(t, information) for t in taken)  # ("footage she smuggled out")
    t = root
    for _ in range(6):
        if t.dep_ in SUBJECTS:
            verb = t.head
            return verb.lemma_.lower() not in _not_acts() and happened(verb)
        if t.dep_ not in NOUN_LINKS or t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in words().get("crime_act", {}) and happened(t)
    return t.dep_ == "dobj" and t.head.lemma_.lower() in words().get("crime_act", {}) and happened(t.head)


def _claims_violence(doc: Any, h: Hit, hits: list[Hit]) -> bool:
    """What the claim is for ("responsibility for the bombing", "blamed Russia for the
    strike", "blamed the attack on Kyiv") is violence, where the cue says what it is for:
    "took responsibility for mistakes", "blames inflation on Putin" claim no attack."""
    what = _claimed(doc[h.start:h.end])
    if what is None:
        return True
    violent = {i for o in hits if o.weight > 0 and o.key in VIOLENT_KEYS for i in o.covered()}
    w = words()
    nouns = {*w.get("event_noun", {}), *w.get("death", {})}
    return any(t.i in violent or t.lemma_.lower() in nouns for t in what)


def _claimed(span: Any) -> list[Any] | None:
    """The words that say what a claim is for: its "for" phrase, else, with an "on" phrase
    (who is blamed), its object; None when it says neither."""
    tokens = list(span) + [span.root.head]
    preps = [t for t in tokens if t.lower_ == "for" and t.dep_ == "prep"] + \
        [c for t in tokens for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    if preps:
        return [t for p in preps for t in p.subtree if t.i != p.i]
    verb = span.root if span.root.pos_ == "VERB" else span.root.head
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    return None


def _agent(t: Any) -> bool:
    """Someone who does things, not a thing that happens: a person, a people, a group, a
    country ("Russians stormed", "Biden is collapsing in the polls", "nations flooded
    Ukraine with arms")."""
    return _human(t) or t.ent_type_ in ("ORG", "GPE") or t.lemma_.lower() in words().get("agent", {})


def _human(t: Any) -> bool:
    """A person, a people or a group ("Russians", "refugees", "Biden", "they")."""
    w, lemma = words(), t.lemma_.lower()
    if t.pos_ == "PRON":
        return t.lower_ not in ("it", "this", "that", "which", "what")
    of = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return t.ent_type_ in HUMAN_ENTS or any(lemma in w.get(c, {}) for c in PEOPLE) \
        or any(_human(o) for o in of)  # "thousands of refugees"


def economic(verb: Any) -> bool:
    """The verb tells a change in the economy: its subject or object is an ``economic`` noun
    ("drove up the price", "gas flows plunged"), also across "keep ... from crashing"."""
    economic = words().get("economic", {})
    t = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and _names(c, economic) for c in t.children):
            return True
        if t.dep_ not in ("pcomp", "prep", "xcomp", "advcl") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _names(noun: Any, nouns: dict[str, int]) -> bool:
    """The noun or a compound of it is one of ``nouns`` ("supply chains", "oil production")."""
    return noun.lemma_.lower() in nouns or any(c.dep_ == "compound" and c.lemma_.lower() in nouns
                                               for c in noun.children)
