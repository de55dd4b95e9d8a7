"""Who a speaker mention is: a name, a role, a pronoun, or a plain phrase.

No coreference model: the article's own mentions decide.  A name joins the
entity it spells (any transliteration); a role ("the governor", "the defence
minister", "the ministry", "the state nuclear company") the entity that
carries those words in its role or name, most recent first; a pronoun the
nearest compatible mention (he/she: a person of that gender or unknown
gender, preferring subjects and known genders; they: a group or
organisation; it: an organisation or place).  A mention matching nothing
stands for itself ("officials", "a spokesperson for the camp").
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator
from typing import Any

from .context import Context
from .entities import GROUP, ORG, PERSON, PLACE, Entity, Event, Registry
from .lexicon import desk_name, documents, first_names, is_outlet, org_nouns, quote_words, titles
from .names import _is_title, _title_case, owned_org

_HE, _SHE, _THEY, _IT = {"he", "him", "his"}, {"she", "her"}, {"they", "them", "their"}, {"it", "its"}
_SELF = {"i", "we", "me", "us", "you"}
_INDEFINITE = {"a", "an", "another", "some", "any", "one", "several", "many", "no"}
_LOOKBACK_SENTS = 10


class Speakers:
    """Resolves speaker mentions of one article to entities, in text order."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.reg = Registry(ctx)
        self._subjects()

    def _subjects(self) -> None:
        """Note subjects the tagger left unnamed ("the mayor", "Traeger") so
        pronouns after them can find them."""
        ctx, reg = self.ctx, self.reg
        for i in ctx.where(3, ctx.ids({"nsubj", "nsubjpass"})):
            if i in reg.by_token or ctx.quoted(i) >= 0:
                continue
            t = ctx.doc[i]
            if t.pos_ == "PROPN":
                e = self._named(t)
            elif t.pos_ == "NOUN":
                e = self._by_role(t)
            else:
                continue
            if e is not None and ctx.paragraph_of(t.idx) not in ctx.captions:
                self._note(e, t)

    def resolve(self, head: int, text: str) -> Entity | None:
        """The entity the mention ``text`` headed by token ``head`` stands for;
        a mention matching nothing named before becomes an entity of its own."""
        h = self.ctx.doc[head]
        low = h.lower_
        if h.pos_ == "PRON" or low in _HE | _SHE | _THEY | _IT | _SELF:
            e = self._pronoun(h)
        else:
            e = (self._group(h) or self._owned(h) or self._named(h) or self._titled_name(h)
                 or self._by_role(h) or _itself(h, text))
        if e is not None:
            self._note(e, h, speaker=True)
        return e

    def _note(self, e: Entity, h: Any, speaker: bool = False) -> None:
        reg = self.reg
        if self.ctx.quoted(h.i) >= 0:
            return
        ev = reg.by_event.get(h.i)
        if ev is not None:
            ev.entity, ev.speaker = e, ev.speaker or speaker
            return
        ev = Event(h.idx, self.ctx.sent_of(h.i), e, h.dep_ in ("nsubj", "nsubjpass", "pobj") or speaker,
                   h.i, speaker)
        insort(reg.events, ev, key=lambda x: x.pos)
        reg.by_event[h.i] = ev

    def _owned(self, h: Any) -> Entity | None:
        """"Russia's defence ministry": the organisation under its canonical name."""
        if h.pos_ not in ("NOUN", "PROPN") or owned_org(h) is None:
            return None
        e = self.reg.org(h)
        if e is not None:
            for t in h.subtree:
                if t.i <= h.i:
                    self.reg.by_token.setdefault(t.i, e)
        return e

    def _titled_name(self, h: Any) -> Entity | None:
        """A role heading a phrase that names its holder: "the Russian-installed
        governor of Kherson, Vladimir Saldo", "Ambassador to the US Anatoly Antonov"."""
        if not _is_title(h):
            return None
        reg, doc = self.reg, self.ctx.doc
        toks = [t for t in h.subtree if t.i > h.i and self.ctx.quoted(t.i) < 0]
        name: list[Any] = []
        for k, t in enumerate(toks):
            if t.lower_ in first_names() and t.text[:1].isupper():
                run = [t]
                for u in toks[k + 1:]:
                    if u.i != run[-1].i + 1 or not (u.pos_ == "PROPN" and u.text[:1].isupper()):
                        break
                    run.append(u)
                if len(run) > 1:
                    name = run
        if name:
            e = reg.person(name, name[-1])
        else:
            known = [reg.by_token[t.i] for t in toks if t.i in reg.by_token and reg.by_token[t.i].kind == PERSON]
            full = [x for x in known if " " in x.name]
            e = (full or known or [None])[-1]
            if e is None:
                return None
            name = [t for t in toks if reg.by_token.get(t.i) is e]
        role_toks = [doc[i] for i in range(h.left_edge.i, name[0].i)]
        while role_toks and (role_toks[0].dep_ == "det" or role_toks[0].is_punct):
            role_toks = role_toks[1:]
        while role_toks and role_toks[-1].is_punct:
            role_toks = role_toks[:-1]
        if e is not None and role_toks and not e.role:
            e.role = _title_case([t.text for t in role_toks])
            e.words |= {t.lower_ for t in role_toks}
        for t in name:
            reg.by_token[t.i] = e
        return e

    def _named(self, h: Any) -> Entity | None:
        reg = self.reg
        for t in [h] + [c for c in h.children if c.dep_ in ("appos", "compound")]:
            if t.i in reg.by_token:
                return reg.by_token[t.i]
        if h.pos_ != "PROPN":
            return reg.surname(h.text) if h.text[:1].isupper() else None
        chain = [c for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [h]
        if all(_is_title(t) for t in chain):
            return None  # "Ambassador to the US Anatoly Antonov": a role, its holder after it
        if any(t.lower_ in org_nouns() for t in chain) or len(chain) > 3:
            e = reg.named(" ".join(t.text for t in chain), ORG, h)
        else:
            e = reg.person(chain, h)
        if e is not None:
            for t in chain:
                reg.by_token[t.i] = e
        return e

    def _group(self, h: Any) -> Entity | None:
        """Several people named together: "Tore Sohlberg and Lehla Abreder"."""
        for n in [h] + [c for c in h.children if c.dep_ in ("appos", "compound")]:
            conj = [c for c in n.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            if conj and n.pos_ == "PROPN":
                doc = self.ctx.doc
                first = min(t.i for t in n.subtree if t.i >= n.i - 3 and t.pos_ == "PROPN")
                text = doc[first:max(c.right_edge.i for c in conj) + 1].text
                return Entity(text, GROUP, plural=True, words={w.lower() for w in text.split()})
        return None

    def _by_role(self, h: Any) -> Entity | None:
        """"the governor", "the defence minister", "the ministry": an entity named before."""
        owner = [c for c in h.children if c.dep_ == "poss"]
        if owner and h.lemma_.lower() in documents():
            return self.resolve(owner[0].i, owner[0].text)  # "her statement said": she did
        e = self._by_title(h)
        if e is None and _definite(h):
            if h.lemma_.lower() in org_nouns():
                e = self._recent(h, (ORG,))  # "the company said": the company just named
            elif any("year-old" in c.text for c in h.children):
                e = self._recent(h, (PERSON,))  # "the 26-year-old right wing"
        return e

    def _before(self, h: Any) -> Iterator[Event]:
        """The mentions before token ``h``, nearest first."""
        events = self.reg.events
        k = bisect_left(events, h.idx, key=lambda e: e.pos)
        return reversed(events[:k])

    def _recent(self, h: Any, kinds: tuple[str, ...]) -> Entity | None:
        sent = self.ctx.sent_of(h.i)
        for ev in self._before(h):
            if sent - ev.sent > _LOOKBACK_SENTS:
                break
            if ev.entity.kind in kinds and not (ev.entity.outlet and not is_outlet(h)):
                return ev.entity  # an outlet is "the newspaper", never "the ministry"
        return None

    def _by_title(self, h: Any) -> Entity | None:
        lem, low = h.lemma_.lower(), h.lower_
        if lem not in titles() and low not in titles() and lem not in org_nouns() and low not in org_nouns():
            return None
        dets = [c.lower_ for c in h.children if c.dep_ in ("det", "nummod")]
        if any(d in _INDEFINITE for d in dets) or h.tag_ in ("NNS", "NNPS") and not dets:
            return None
        mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound", "nmod")}
        for ev in self._before(h):
            e = ev.entity
            if e.outlet and not is_outlet(h):
                continue
            if (lem in e.words or low in e.words or lem == "leader" and e.words & quote_words("leader")) \
                    and mods <= e.words:
                return e  # ("the Ukrainian leader" is the Ukrainian President named before)
        return None

    def _pronoun(self, h: Any) -> Entity | None:
        low = h.lower_
        if low in _SELF or low not in _HE | _SHE | _THEY | _IT:
            return None
        sent = self.ctx.sent_of(h.i)
        best, best_cost = None, 99.0
        for ev in self._before(h):
            gap = sent - ev.sent
            if gap > _LOOKBACK_SENTS:
                break
            fit = _fit(ev.entity, low)
            if fit is None or ev.entity.outlet and not ev.speaker:
                continue
            cost = gap * 3 + (0 if ev.subject else 2) + fit - (1.5 if ev.speaker else 0)
            if cost < best_cost:
                best, best_cost = ev.entity, cost
        if best is not None and best.kind == PERSON and best.gender == "-":
            best.gender = "m" if low in _HE else "f" if low in _SHE else "-"
        return best


def _definite(h: Any) -> bool:
    dets = [c.lower_ for c in h.children if c.dep_ == "det"]
    return dets == ["the"] and h.tag_ == "NN"


def _itself(h: Any, text: str) -> Entity:
    """An entity for a mention that names nobody met before ("a spokeswoman"); a
    document or a piece of evidence ("the report", "evidence") is no person a
    "he" or "she" could point back to."""
    lem = h.lemma_.lower()
    if h.tag_ in ("NNS", "NNPS") or "Plur" in h.morph.get("Number"):
        return Entity(text, GROUP, plural=True)
    if lem in org_nouns() or lem in documents() or h.ent_type_ in ("ORG", "GPE", "NORP") or is_outlet(h):
        return Entity(desk_name(h) or text, ORG, outlet=is_outlet(h))
    gender = titles().get(lem, ("", "-"))[1]
    return Entity(text, PERSON, gender=gender if gender in ("m", "f") else "-")


def _fit(e: Entity, pronoun: str) -> float | None:
    """How well entity ``e`` fits ``pronoun``: None if not at all, else a penalty."""
    if pronoun in _HE or pronoun in _SHE:
        if e.kind != PERSON:
            return None
        want = "m" if pronoun in _HE else "f"
        if e.gender == want:
            return 0.0
        return 1.5 if e.gender == "-" else None
    if pronoun in _THEY:
        if e.kind == GROUP or e.plural:
            return 0.0
        return 0.5 if e.kind == ORG else None
    return 0.0 if e.kind == ORG else 1.0 if e.kind == PLACE else None
