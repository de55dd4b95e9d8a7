"""The people and organisations an article names, gathered from its parse.

Every person, organisation and place the tagger finds becomes (or joins) an
:class:`Entity`: spellings of one surname are merged (Zelensky, Zelenskyy,
Zelenskiy), a surname alone joins the full name met before it, and the first
mention with a title or an apposition gives the role ("Mykolaiv Gov. Vitaliy
Kim" → Governor of Mykolaiv; "Oleksii Reznikov, the defence minister," →
Defence minister).  Each mention outside quotes and captions is kept as an
:class:`Event` so that pronouns can look back for the nearest fit.

The name and role helpers it uses live in :mod:`.names`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .context import Context
from .lexicon import desk_name, fold, media_outlets, name_key, org_nouns, spellings, strip_the
from .names import (_POSSESSIVE, _first_and_last, _gender, _name_like, _with_given_name, name_tokens, owned_org,
                    role_apposed, role_before)

PERSON, ORG, PLACE, GROUP = "person", "org", "place", "group"
_ORG_LABELS = {"ORG", "FAC"}
_PLACE_LABELS = {"GPE", "LOC"}


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
        if personal or label in _ORG_LABELS | _PLACE_LABELS and self.surname(ent.text):  # ("Starovoit" as a GPE)
            e = self.person(tokens, root)
        elif label in _ORG_LABELS and (desk := desk_name(root)) is not None:
            e = self.named(desk, ORG, root, outlet=True)  # "the BBC's Ukrainian Service": the outlet's
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
        if role and role.split(" of ")[0].split()[-1].lower() in org_nouns():  # "the company Energoatom",
            # not "Spokesman of Kremlin" (the role's head is before its owner)
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
            e.words |= set(words) | {w for w, n in spellings().items() if n in words}
            e.words |= {w.lower() for w in name.split()}
        e.role = e.role or role_apposed(self.ctx.doc, root)
        return e

    def named(self, text: str, kind: str, root: Any, role: str | None = None, outlet: bool = False) -> Entity:
        """The organisation or place called ``text``, by name or acronym; ``outlet``:
        a news outlet whatever the outlets' table says."""
        name = strip_the(text.strip())
        for p in _POSSESSIVE:
            if name.endswith(p) and len(name) > len(p) + 1:
                name = name[: -len(p)]
        key = fold(name)
        e = self.aliases.get(key)
        if e is None:
            e = Entity(name, kind, role, key=key, plural=False, outlet=outlet or strip_the(key) in media_outlets())
            self.entities.append(e)
            self.aliases[key] = e
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if len(initials) >= 2:
                self.aliases.setdefault(initials.lower(), e)
        e.role = e.role or role or role_apposed(self.ctx.doc, root)
        e.words |= {w.lower() for w in (e.role or "").split()} | {w.lower() for w in name.split()}
        return e
