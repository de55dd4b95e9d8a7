"""Choose one place per toponym: priors, containment and document context.

Each candidate gets a score, a sum of log-scale terms (see :class:`Weights`):

- **prior** (:mod:`.priors`): log10 of population, a bonus per feature kind,
  national capitals up, alias and partial matches down, a town over the unit
  named after it ("Kharkiv" is the city, "Kharkiv oblast" the oblast), a state
  over a small town named after it ("Oklahoma");
- **containment**: a hint ("Paris, Texas", "Bakhmut in Donetsk oblast") rewards
  the candidates inside one of the hint's places;
- **document context** (:mod:`.context`): country focus, admin1 focus and
  closeness to the other places of the document.

:meth:`Resolver.resolve_document` resolves all toponyms of a document jointly:
mentions with the same name share one choice (one sense per discourse), and
the context is recomputed from the current choices until nothing changes.
A toponym the gazetteer lacks gets the document's focus place, flagged
``approximate``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .candidate import Candidate
from .candidates import Option, Query, generate, namesake_units, parse_query
from .context import (DocumentContext, Pick, SoftSupport, closeness, focus_place, named_big_town,
                      remote_town, unsupported)
from .gazetteer import Gazetteer, default_gazetteer
from .hints import adjacent_hints, inside, with_list_unit, with_unit_after, with_unit_before
from .priors import Weights, prior

__all__ = ["Mention", "Resolution", "Resolver", "Weights"]

_MAX_ROUNDS = 4
_AREAS = frozenset({"country", "admin1", "admin2", "region"})


@dataclass
class Mention:
    """A toponym to resolve: its text, where it is, and an optional containing name."""

    text: str
    start: int | None = None
    end: int | None = None
    hint: str | None = None


@dataclass
class Resolution:
    """The chosen place for a mention (``None`` when nothing fits), with runners-up.

    ``match`` says how the name matched: ``name`` (a place's main name),
    ``variant`` (a spelling of it: "Kryvyi Rih"), ``alias`` (another name: an old
    or foreign one), ``unit`` ("Kharkiv oblast"), ``demonym``, ``core`` (without
    qualifiers: "northern Kharkiv"), ``partial`` (a part of a longer name) or
    ``focus``: the gazetteer has nothing usable and the document's focus place
    stands in (``approximate`` is then true).
    """

    mention: Mention
    candidate: Candidate | None
    score: float = 0.0
    alternatives: list[Candidate] = field(default_factory=list)
    approximate: bool = False
    match: str = "name"


@dataclass
class _Group:
    query: Query
    mentions: list[int]
    options: list[Option]
    priors: list[float] = field(default_factory=list)
    best: int = 0
    hint_key: str | None = None  # the group of the mention that contains this one
    listed: bool = False  # "Delaware, Idaho": the hint is a peer in a list, not a container

    @property
    def pick(self) -> Candidate:
        return self.options[self.best].candidate


class Resolver:
    """Resolves toponyms against a :class:`Gazetteer` (the default one if none given)."""

    def __init__(self, gazetteer: Gazetteer | None = None, weights: Weights | None = None,
                 use_context: bool = True, fallback: bool = True) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self.w = weights or Weights()
        self.use_context = use_context
        self.fallback = fallback

    # -- public API --------------------------------------------------------------
    def candidates(self, text: str, hint: str | None = None) -> list[Candidate]:
        """Every candidate for ``text``, best prior first (no document context)."""
        group = self._group(parse_query(text, hint), [])
        order = sorted(range(len(group.options)), key=lambda k: -group.priors[k])
        return [group.options[k].candidate for k in order]

    def resolve(self, text: str, hint: str | None = None,
                context: Iterable[str | Mention] = ()) -> Resolution:
        """Resolve one toponym; ``context`` lists the document's other toponyms."""
        others = [m if isinstance(m, Mention) else Mention(m) for m in context]
        return self.resolve_document([Mention(text, hint=hint), *others])[0]

    def resolve_document(self, mentions: Sequence[Mention], text: str | None = None) -> list[Resolution]:
        """Resolve all toponyms of one document together.

        With the document ``text`` and mention offsets, ``"X, Y"``, ``"X (Y)"``
        and ``"X in Y"`` between two adjacent mentions make ``Y`` a hint for ``X``.
        """
        hints = adjacent_hints(mentions, text) if text else {}
        if text:
            mentions = [self._with_unit(m, text) for m in with_list_unit(list(mentions), text)]
        groups = self._groups(mentions, hints)
        if self.use_context:
            self._iterate(groups)
        return self._results(mentions, groups)

    def _with_unit(self, m: Mention, text: str) -> Mention:
        """"New York state", "Kharkiv governor", "the state of Washington": the unit word
        around a town's or a unit's name (not a country's or a people's: "Russian state media")."""
        unit = with_unit_after(m, text)
        unit = with_unit_before(m, text) if unit is m else unit
        if unit is m:
            return m
        best = self.candidates(m.text)[:1]
        return unit if best and best[0].feature in ("city", "admin1", "admin2") else m

    # -- groups and priors -----------------------------------------------------------
    def _groups(self, mentions: Sequence[Mention], hints: dict[int, int]) -> list[_Group]:
        """One group per distinct name (one sense per discourse), sharing any hint."""
        found: dict[str, tuple[Query, list[int], str | None]] = {}
        for i, m in enumerate(mentions):
            hint = m.hint or (mentions[hints[i]].text if i in hints else None)
            q = parse_query(m.text, hint)
            hint_key = parse_query(mentions[hints[i]].text).key if i in hints else None
            known = found.get(q.key)
            if known is None:
                found[q.key] = (q, [i], hint_key)
            else:
                query = known[0] if known[0].hint or not q.hint else q
                known[1].append(i)
                found[q.key] = (query, known[1], known[2] or hint_key)
        groups = [self._group(q, idx) for q, idx, _ in found.values()]
        for g, (_, _, hint_key) in zip(groups, found.values()):
            g.hint_key = hint_key if hint_key != g.query.key and not g.listed else None
        return groups

    def _group(self, query: Query, mentions: list[int]) -> _Group:
        options = generate(self.gaz, query)
        group = _Group(query, mentions, options)
        base = [prior(self.w, o, query, options) for o in options]
        group.listed = self._peers(options, base, query.hint)
        hint_places = [] if group.listed else self._hint_places(query.hint)
        group.priors = [p + self._contained(o.candidate, hint_places) for p, o in zip(base, options)]
        group.best = max(range(len(options)), key=lambda k: group.priors[k], default=0)
        return group

    def _peers(self, options: list[Option], priors: list[float], hint: str | None) -> bool:
        """Whether "X, Y" lists two places of one level ("Delaware, Idaho and Ohio",
        "Niger, Nigeria"): X is best read as a state or country by its own name, and so
        is Y; a state does not lie in a state."""
        if not hint or not options:
            return False
        best = options[max(range(len(options)), key=priors.__getitem__)]
        if best.match != "name" or best.candidate.feature not in ("admin1", "country"):
            return False
        query = parse_query(hint)
        others = generate(self.gaz, query)
        if not others:
            return False
        scores = [prior(self.w, o, query, others) for o in others]
        top = others[max(range(len(others)), key=scores.__getitem__)].candidate
        return top.feature == best.candidate.feature

    def _hint_places(self, hint: str | None) -> list[Candidate]:
        if not hint:
            return []
        options = generate(self.gaz, parse_query(hint))
        areas = [o.candidate for o in options[:50] if o.candidate.feature in _AREAS]
        towns = sorted((o.candidate for o in options if o.candidate.feature == "city"),
                       key=lambda c: -c.population)[:3]
        seen = {c.id for c in areas}
        # "Bakhmut, Donetsk": the oblast named after the town is meant
        return areas + [u for t in towns for u in namesake_units(self.gaz, t) if u.id not in seen]

    def _contained(self, c: Candidate, hint_places: list[Candidate]) -> float:
        return self.w.hint if any(inside(c, h) for h in hint_places) else 0.0

    # -- joint resolution ---------------------------------------------------------------
    def _iterate(self, groups: list[_Group]) -> None:
        """Re-choose each group in the light of the others' current choices until stable.

        Choices are updated one group at a time (each sees the latest picks of
        the others), which converges where updating all at once can oscillate.
        """
        by_key = {g.query.key: g for g in groups}
        contains: dict[str, list[_Group]] = {}  # hint group key → the groups it contains
        sharing: dict[int, set[int]] = {}  # candidate id → groups that could name it
        for g in groups:
            if g.hint_key in by_key:
                contains.setdefault(g.hint_key, []).append(g)
            for o in g.options:
                sharing.setdefault(o.candidate.id, set()).add(id(g))
        soft = SoftSupport({id(g): [(o.candidate, p) for o, p in zip(g.options, g.priors)]
                            for g in groups})
        ctx = _context(groups)
        for _ in range(_MAX_ROUNDS):
            changed = False
            for g in groups:
                if len(g.options) < 2:
                    continue
                container = by_key.get(g.hint_key) if g.hint_key else None
                inner = contains.get(g.query.key, [])
                top = max(o.candidate.population for o in g.options)
                scores = [g.priors[k]
                          + self._context_score(o.candidate, ctx, soft, sharing[o.candidate.id] | {id(g)},
                                                top)
                          + self._joint_hint(o.candidate, container, inner)
                          for k, o in enumerate(g.options)]
                best = max(range(len(scores)), key=scores.__getitem__)
                if best != g.best:
                    g.best, changed = best, True
                    ctx = _context(groups)
            if not changed:
                break

    def _context_score(self, c: Candidate, ctx: DocumentContext, soft: SoftSupport,
                       skip: set[int], top_population: int = 0) -> float:
        """Context terms; the country focus counts less for a remote town (see
        :func:`~.context.remote_town`) with a namesake many times bigger."""
        country, admin1 = ctx.shares(c, skip)
        near = ctx.nearest_km(c, skip)
        focus = self.w.country_focus
        if remote_town(c, admin1, near) and c.population * self.w.remote_ratio < top_population:
            focus *= self.w.remote_town
        return (focus * country + self.w.admin1_focus * admin1 + self.w.proximity * closeness(near)
                + self.w.cooccurrence * soft.support(c, skip))

    def _joint_hint(self, c: Candidate, container: _Group | None, inner: list[_Group]) -> float:
        """Reward agreeing with the current choice of a containing / contained toponym."""
        score = 0.0
        if container is not None and container.options and inside(c, container.pick):
            score += self.w.hint_joint
        if any(g.options and inside(g.pick, c) for g in inner):
            score += self.w.hint_joint
        return score

    def _results(self, mentions: Sequence[Mention], groups: list[_Group]) -> list[Resolution]:
        out: list[Resolution | None] = [None] * len(mentions)
        focus = focus_place(_trusted_picks(groups, _focus_partial)) if self.fallback else None
        ctx = _context(groups)
        by_key = {g.query.key: g for g in groups}
        for g in groups:
            ranked = sorted(range(len(g.options)), key=lambda k: (k != g.best, -g.priors[k]))
            cands = [g.options[k].candidate for k in ranked]
            match = g.options[g.best].match if cands else "focus"
            stand_in = (self._container(g, by_key) or focus) if self.fallback else None
            if stand_in is not None and cands and _stray_partial(g, ctx):
                cands, match = [stand_in, *cands], "focus"
            for i in g.mentions:
                if match == "focus":
                    out[i] = Resolution(mentions[i], stand_in, 0.0, cands[1:6], stand_in is not None,
                                        match)
                else:
                    out[i] = Resolution(mentions[i], cands[0], g.priors[g.best], cands[1:6], False, match)
        return [r for r in out if r is not None]

    def _container(self, g: _Group, by_key: dict[str, _Group]) -> Candidate | None:
        """Where the text puts a name the gazetteer lacks: "Collins Avenue, Miami Beach",
        "the Palais des Nations in Geneva" (the containing name's place)."""
        if g.listed or not g.query.hint:
            return None
        container = by_key.get(g.hint_key) if g.hint_key else None
        if container is not None:
            return container.pick if container.options and container.query.key != g.query.key else None
        query = parse_query(g.query.hint)
        options = generate(self.gaz, query)
        scores = [prior(self.w, o, query, options) for o in options]
        return options[max(range(len(options)), key=scores.__getitem__)].candidate if options else None


def _trusted_picks(groups: list[_Group], keep=lambda g: False) -> dict[int, Pick]:
    """Current choices, leaving out names matched only in part (they are weak evidence)
    unless ``keep`` says otherwise."""
    return {id(g): Pick(g.pick, len(g.mentions) or 1) for g in groups
            if g.options and (g.options[g.best].match not in ("partial", "core") or keep(g))}


def _focus_partial(g: _Group) -> bool:
    """For the focus, a big town named whole in a longer name counts ("Dubai World Cup")."""
    return g.options[g.best].match == "partial" and named_big_town(g.pick, g.query.key)


def _context(groups: list[_Group]) -> DocumentContext:
    return DocumentContext(_trusted_picks(groups))


def _stray_partial(g: _Group, ctx: DocumentContext) -> bool:
    best = g.options[g.best]
    return unsupported(best.candidate, best.match, g.query.key, ctx, {id(g)})
