"""The people and organisations an article names, gathered from its parse.

Every person, organisation and place the tagger finds becomes (or joins) an
:class:`Entity`: spellings of one surname are merged (Zelensky, Zelenskyy,
Zelenskiy), a surname alone joins the full name met before it, and the first
mention with a title or an apposition gives the role ("Mykolaiv Gov. Vitaliy
Kim" → Governor of Mykolaiv; "Oleksii Reznikov, the defence minister," →
Defence minister).  Each mention outside quotes and captions is kept as an
:class:`Event` so that pronouns can look back for the nearest fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .context import Context
from .lexicon import (SPELLING, first_names, fold, media_outlets, name_key, not_names, org_nouns, owners,
                      strip_the, surname_endings, titles)

PERSON, ORG, PLACE, GROUP = "person", "org", "place", "group"
_ORG_LABELS = {"ORG", "FAC"}
_PLACE_LABELS = {"GPE", "LOC"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod"}


@dataclass(eq=False)
class Entity:
    """One person, organisation, place or group, however often it is named."""

    name: str
    kind: str
    role: str | None = None
    gender: str = "-"
    plural: bool = False
    key: str = ""
    first: str = ""
    words: set[str] = field(default_factory=set)
    owner: str = ""
    outlet: bool = False


@dataclass
class Event:
    """One mention of an entity that a pronoun may point back to."""

    pos: int
    sent: int
    entity: Entity
    subject: bool
    tok: int = -1
    speaker: bool = False


def _is_title(t: Any) -> bool:
    return t.lower_ in titles() or t.text.lower() in titles()


def _honorific(t: Any) -> bool:
    """Mr, Ms, Sir: a title that tells the gender, never the role."""
    return titles().get(t.text.lower(), ("", ""))[0] == "-"


def name_tokens(tokens: list[Any]) -> list[Any]:
    """The words of a name: leading titles and a possessive ending dropped."""
    words = [t for t in tokens if t.text not in _POSSESSIVE and not t.is_punct]
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]
    return words


def _gender(first: str, last: str, hints: list[str]) -> str:
    for h in hints:
        g = titles().get(h.lower(), ("", "-"))[1]
        if g in ("m", "f"):
            return g
    g = first_names().get(first.lower())
    if g:
        return g
    low = fold(last)
    return next((g for end, g in surname_endings() if low.endswith(end)), "-")


def _title_case(words: list[str]) -> str:
    text = " ".join(words).replace(" 's", "'s").replace(" ’s", "’s").replace(" - ", "-")
    return text[:1].upper() + text[1:]


def _expand(t: Any) -> str:
    if t.text.endswith(".") and t.text.lower() in titles():
        return titles()[t.text.lower()][0]
    return t.text


def role_before(doc: Any, start: int, root: Any) -> tuple[str | None, list[str]]:
    """Role from the words before a name: "Mykolaiv Gov." → Governor of Mykolaiv."""
    toks = []
    i = start - 1
    while i >= 0 and doc[i].dep_ in _ROLE_DEPS and doc[i].head.i > i and doc[i].head.i <= root.i:
        if doc[i].dep_ == "punct" and doc[i].text not in "-–":
            break
        toks.insert(0, doc[i])
        i -= 1
    hints = [t.text for t in toks]
    toks = [t for t in toks if not _honorific(t)]
    titled = [k for k, t in enumerate(toks) if _is_title(t)]
    if not titled:
        return None, hints
    k = titled[-1]
    if k == len(toks) - 1 and k > 0 and all(t.pos_ == "PROPN" and not _is_title(t) for t in toks[:k]):
        place = " ".join(t.text for t in toks[:k])
        title = " ".join(_expand(t) for t in toks[k:])
        return f"{_title_case([title])} of {place}", hints
    if toks and toks[0].dep_ == "poss" and len(toks) > 2 and toks[1].text in _POSSESSIVE:
        return f"{_title_case([_expand(t) for t in toks[2:]])} of {toks[0].text}", hints
    return _title_case([_expand(t) for t in toks]), hints


def role_apposed(doc: Any, root: Any) -> str | None:
    """Role from an apposition: "Kim, the governor of X," or "the minister, Kim,"."""
    cands = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        cands.append(root.head)
    for a in cands:
        lo = a.left_edge.i
        hi = a.i if a.i < root.i else a.right_edge.i
        for c in a.children:
            if c.dep_ in ("relcl", "acl", "appos") and c.i > a.i:
                hi = min(hi, c.left_edge.i - 1)
            if a.i < root.i and c.dep_ == "prep" and c.i > a.i and c.right_edge.i < root.i:
                hi = max(hi, c.right_edge.i)
        words = [doc[j] for j in range(lo, hi + 1)
                 if not (j == lo and doc[j].dep_ == "det") and not doc[j].is_punct]
        if words and any(_is_title(w) or w.lower_ in org_nouns() for w in words):
            return _title_case([_expand(w) for w in words])
    return None


def _name_like(ent: Any) -> bool:
    """Not a weekday, a promo word, or a province after its town ("Oakville, Ont.")."""
    if len(ent) == 1:
        t = ent[0]
        if t.lower_ in not_names():
            return False
        doc = t.doc
        if t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].ent_type_ == "GPE" and len(t.text) <= 4:
            return False
    return True


def _first_and_last(ent: Any) -> bool:
    """A known given name and a capitalised surname ("Oleksandr Senkevych"), whatever
    label the tagger gave it (the small model often calls Ukrainian names ORG)."""
    words = [t.text for t in ent]
    return (len(words) in (2, 3) and words[0].lower() in first_names()
            and all(w[:1].isupper() for w in words))


def _with_given_name(ent: Any) -> list[Any]:
    """The entity's tokens, with a known given name right before it that the tagger left
    out ("Mayor Oleksandr [Senkevych]" tagged ORG is a person)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.pos_ == "PROPN" and before.head.i == ent.root.i \
            and before.lower_ in first_names() and before.ent_type_ == "":
        return [before, *ent]
    return list(ent)


_OWNER_DEPS = {"poss", "amod", "compound", "npadvmod", "nmod"}


def _owner(root: Any) -> tuple[str, set[int]]:
    """Who owns the organisation headed by ``root``: "Russia's", "Russian",
    "the UK" → (canonical adjective, its token indices), or ("", set())."""
    for c in root.children:
        if c.dep_ not in _OWNER_DEPS or c.i > root.i:
            continue
        toks = [t for t in c.subtree if t.text not in _POSSESSIVE and t.dep_ != "det" and not t.is_punct]
        if not toks or c.dep_ != "poss" and len(toks) > 1 and c.dep_ != "compound":
            continue
        text = " ".join(t.text for t in toks)
        canon = owners().get(fold(text)) or owners().get(fold(c.text))
        if canon:
            return canon, {t.i for t in c.subtree}
        if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "NORP", "LOC"):
            return f"{text}'s", {t.i for t in c.subtree}
        if c.ent_type_ == "NORP" and c.dep_ == "amod":
            return c.text, {c.i}
    return "", set()


def owned_org(root: Any) -> tuple[str, str, list[str]] | None:
    """An organisation with its owner ("Russia's defence ministry", "the Russian
    ministry of defence") → (canonical name, owner, distinguishing words); the
    canonical name is "Russian Defence Ministry" however it is written."""
    head = root.lemma_.lower()
    if head not in org_nouns() and root.lower_ not in org_nouns():
        return None
    if any(c.i > root.i and c.pos_ == "PROPN" and c.dep_ in ("appos", "compound", "npadvmod", "nsubj")
           for c in root.children):
        return None  # "Ukraine's state nuclear company Energoatom": the name is the name
    owner, taken = _owner(root)
    if not owner:
        return None
    mods = [c for c in root.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i not in taken
            and c.pos_ in ("NOUN", "ADJ", "PROPN") and "-" not in c.text]
    for p in root.rights:
        if p.dep_ == "prep" and p.lower_ == "of":
            objs = [g for g in p.children if g.dep_ == "pobj" and not any(d.dep_ == "det" for d in g.children)]
            if objs and objs[0].pos_ in ("NOUN", "PROPN") and objs[0].right_edge.i == objs[0].i:
                mods += [t for t in objs[0].subtree if not t.is_punct]  # "ministry of defence" → defence ministry
    words = [SPELLING.get(m.lower_, m.lower_) for m in mods] + [root.lower_]
    name = " ".join([owner] + [w[:1].upper() + w[1:] for w in words])
    return name, owner, [SPELLING.get(m.lower_, m.lower_) for m in mods] + [root.lemma_.lower()]


class Registry:
    """The entities of one article and the events that mention them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self.by_token: dict[int, Entity] = {}
        self.aliases: dict[str, Entity] = {}
        self.by_event: dict[int, Event] = {}
        for ent, label in ctx.entities():
            self._add(ent, label)

    def _add(self, ent: Any, label: str) -> None:
        root = ent.root
        if self.ctx.in_credit(ent.start_char, ent.end_char) or self.ctx.lead_end(ent.start_char) >= 0:
            return  # a photo credit or a dateline names nobody who speaks
        if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN":
            return  # "the Mykolaiv region": a modifier, not a mention
        if label == "PERSON" and not _name_like(ent):
            return
        tokens = _with_given_name(ent)
        personal = label == "PERSON" or _first_and_last(ent) or len(tokens) > len(ent)
        if personal or label in _ORG_LABELS and self.surname(ent.text):
            e = self.person(tokens, root)
        elif label in _ORG_LABELS and owned_org(root):
            e = self.org(root)
        elif label in _ORG_LABELS or label in _PLACE_LABELS:
            e = self.named(ent.text, ORG if label in _ORG_LABELS else PLACE, root)
        else:
            return
        if e is None:
            return
        for t in ent:
            self.by_token[t.i] = e
        self.note(e, root)

    def note(self, e: Entity, root: Any) -> None:
        """Record a mention of ``e`` headed by ``root`` for pronouns to find."""
        if self.ctx.quoted(root.i) >= 0 or self.ctx.paragraph_of(root.idx) in self.ctx.captions:
            return
        subject = root.dep_ in ("nsubj", "nsubjpass") or (
            root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass"))
        ev = Event(root.idx, self.ctx.sent_of(root.i), e, subject, root.i)
        self.events.append(ev)
        self.by_event[root.i] = ev

    def person(self, tokens: list[Any], root: Any) -> Entity | None:
        """The person named by ``tokens`` (merged with an earlier mention if any)."""
        words = name_tokens(tokens)
        if not words:
            return None
        doc = self.ctx.doc
        role, hints = role_before(doc, tokens[0].i, root)
        role = role or role_apposed(doc, root)
        if role and any(w.lower() in org_nouns() for w in role.split()[-1:]):
            return self.named(" ".join(t.text for t in words), ORG, root, role)
        last = name_key(words[-1].text)
        first = name_key(words[0].text) if len(words) > 1 else ""
        e = self._match_person(first, last)
        if e is None:
            text = " ".join(t.text for t in words)
            gender = _gender(words[0].text if first else "", words[-1].text,
                             hints + [t.text for t in tokens] + (role.split() if role else []))
            e = Entity(text, PERSON, role, gender, key=last, first=first)
            self.entities.append(e)
        else:
            if first and not e.first:
                e.name, e.first = " ".join(t.text for t in words), first
                if e.gender == "-":
                    e.gender = _gender(words[0].text, words[-1].text, [])
            e.role = e.role or role
        e.words |= {w.lower() for w in (e.role or "").split()} | {t.lower_ for t in words}
        return e

    def surname(self, word: str) -> Entity | None:
        """The person met before whose surname ``word`` spells (one word only)."""
        if " " in word.strip():
            return None
        key = name_key(word)
        return next((e for e in reversed(self.entities) if e.kind == PERSON and e.key == key), None)

    def _match_person(self, first: str, last: str) -> Entity | None:
        for e in reversed(self.entities):
            if e.kind != PERSON:
                continue
            if e.key == last and (not first or not e.first or e.first == first):
                return e
        return None

    def org(self, root: Any) -> Entity | None:
        """The organisation headed by ``root`` with its owner, under its canonical
        name: one entity for each owner ("Russian Defence Ministry" and "Ukrainian
        Defence Ministry" stay apart; "the UK ministry" joins the British one)."""
        found = owned_org(root)
        if found is None:
            return None
        name, owner, words = found
        key = "org:" + fold(owner) + ":" + " ".join(sorted(words))
        e = self.aliases.get(key)
        if e is None:
            e = next((x for x in reversed(self.entities) if x.owner == owner and set(words) <= x.words), None)
        if e is None:
            e = Entity(name, ORG, key=key, owner=owner)
            self.entities.append(e)
            self.aliases[key] = e
            e.words |= set(words) | {w for w, n in SPELLING.items() if n in words}
            e.words |= {w.lower() for w in name.split()}
        e.role = e.role or role_apposed(self.ctx.doc, root)
        return e

    def named(self, text: str, kind: str, root: Any, role: str | None = None) -> Entity:
        """The organisation or place called ``text``, by name or acronym."""
        name = strip_the(text.strip())
        for p in _POSSESSIVE:
            if name.endswith(p) and len(name) > len(p) + 1:
                name = name[: -len(p)]
        key = fold(name)
        e = self.aliases.get(key)
        if e is None:
            e = Entity(name, kind, role, key=key, plural=False, outlet=strip_the(key) in media_outlets())
            self.entities.append(e)
            self.aliases[key] = e
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if len(initials) >= 2:
                self.aliases.setdefault(initials.lower(), e)
        e.role = e.role or role or role_apposed(self.ctx.doc, root)
        e.words |= {w.lower() for w in (e.role or "").split()} | {w.lower() for w in name.split()}
        return e
