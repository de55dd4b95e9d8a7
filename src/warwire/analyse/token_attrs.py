"""Part of speech, morphology and lemma from the tagger's tags, at a fraction of spaCy's cost.

In the small English pipeline the ``attribute_ruler`` (tag → POS and morphology, with
~180 token patterns run through the Matcher) and the rule ``lemmatizer`` (which caches
nothing for base forms) cost about a fifth of the whole parse, though both are pure
functions of a few token attributes.  ``TokenAttributes`` replaces the pair with one pass
that gives the same annotations: the ruler's patterns are compiled once and their result
cached per (tag, lower form, dependency, is-space); the lemma is cached per (form, POS,
morphology) and computed by spaCy's own lemmatizer on a miss.  Where a model's patterns
use anything this module does not know, ``install`` leaves the pipeline as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

Predicate = Callable[[dict], bool]
Setting = tuple[str, Any]

FACTORY = "warwire_token_attributes"
_FEATURES = {"TAG": "tag", "LOWER": "lower", "DEP": "dep", "IS_SPACE": "is_space"}
# A lower form that no pattern names: unequal to every string, in no set, matched by no
# regex, so that all such forms share one cache entry per tag.
_UNNAMED = object()


class Unsupported(Exception):
    """A ruler pattern or attribute outside what this module compiles."""


@dataclass(frozen=True)
class _Rule:
    order: int
    tokens: tuple[tuple[Predicate, ...], ...]
    settings: tuple[Setting, ...]
    index: int


@dataclass(frozen=True)
class _Entry:
    """The ruler's verdict on one kind of token: single-token rules that match, and
    the multi-token rules whose first token it can be."""
    singles: tuple[tuple[int, tuple[Setting, ...]], ...]
    merged: tuple[Setting, ...]
    starts: tuple[_Rule, ...]


def _predicate(feature: str, value: Any) -> Predicate:
    if isinstance(value, dict):
        if set(value) - {"IN", "NOT_IN", "REGEX"} or len(value) != 1:
            raise Unsupported(f"predicate {value!r}")
        (op, arg), = value.items()
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda f: isinstance(f[feature], str) and bool(rx.search(f[feature]))
        members = frozenset(arg)
        if op == "IN":
            return lambda f: f[feature] in members
        return lambda f: f[feature] not in members
    return lambda f: f[feature] == value


def _token_predicates(spec: dict) -> tuple[Predicate, ...]:
    unknown = set(spec) - set(_FEATURES)
    if unknown:
        raise Unsupported(f"token attribute {sorted(unknown)}")
    return tuple(_predicate(_FEATURES[k], v) for k, v in spec.items())


def _settings(attrs: dict, vocab: Any) -> tuple[Setting, ...]:
    from spacy import attrs as A
    from spacy.tokens import MorphAnalysis

    names = {A.POS: "pos", A.TAG: "tag", A.DEP: "dep", A.LEMMA: "lemma", A.MORPH: "morph"}
    out = []
    for attr, value in attrs.items():
        if attr not in names:
            raise Unsupported(f"attribute {attr!r}")
        if attr == A.MORPH:
            value = MorphAnalysis.from_id(vocab, value)
        out.append((names[attr], value))
    return tuple(out)


def _patterns(ruler: Any, order: int) -> list[list[dict]]:
    """The token patterns of the ruler's ``order``-th rule (spaCy keys them by ordinal)."""
    return ruler.matcher.get(ruler.vocab.strings[str(order)])[1]


def compile_rules(ruler: Any) -> list[_Rule]:
    """The ruler's patterns as rules, in the order spaCy applies them (later wins)."""
    rules = []
    for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
        settings = _settings(attrs, ruler.vocab)
        for pattern in _patterns(ruler, order):
            tokens = tuple(_token_predicates(spec) for spec in pattern)
            rules.append(_Rule(order, tokens, settings, index % len(tokens)))
    return rules


def named_forms(ruler: Any) -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """The lower forms the ruler's patterns name, and the regexes they test forms with."""
    literals: set[str] = set()
    regexes = []
    for order in range(len(ruler.attrs)):
        for pattern in _patterns(ruler, order):
            for value in (spec["LOWER"] for spec in pattern if "LOWER" in spec):
                if not isinstance(value, dict):
                    literals.add(value)
                elif "REGEX" in value:
                    regexes.append(re.compile(value["REGEX"]))
                else:
                    literals.update(next(iter(value.values())))
    return frozenset(literals), tuple(regexes)


def _matches(predicates: tuple[Predicate, ...], features: dict) -> bool:
    return all(p(features) for p in predicates)


def _merge(found: list[tuple[int, tuple[Setting, ...]]]) -> tuple[Setting, ...]:
    merged: dict[str, Any] = {}
    for _, settings in sorted(found, key=lambda item: item[0]):
        merged.update(settings)
    return tuple(merged.items())


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer tests each candidate form for membership in a word list of up
    to 57,000 entries; as sets the same tests give the same answers a hundred times
    faster."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    for key, words in list((table or {}).items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


class TokenAttributes:
    """One pass that gives each token what the attribute ruler and the lemmatizer give."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        rules = compile_rules(ruler)
        self.vocab = ruler.vocab
        self.singles = [r for r in rules if len(r.tokens) == 1]
        self.multis = [r for r in rules if len(r.tokens) > 1]
        self.lemmatizer = lemmatizer
        _index_as_sets(lemmatizer)
        self.literals, self.regexes = named_forms(ruler)
        self._entries: dict[tuple, _Entry] = {}
        self._shared: dict[tuple, _Entry] = {}
        self._lemmas: dict[tuple, int] = {}

    def _features(self, key: tuple) -> dict:
        strings = self.vocab.strings
        tag, lower, dep, is_space = key
        form = strings[lower]
        if form not in self.literals and not any(rx.search(form) for rx in self.regexes):
            form = _UNNAMED
        return {"tag": strings[tag], "lower": form, "dep": strings[dep], "is_space": is_space}

    def _entry(self, key: tuple) -> _Entry:
        entry = self._entries.get(key)
        if entry is None:
            features = self._features(key)
            shared = (features["tag"], features["lower"], features["dep"], key[3])
            entry = self._shared.get(shared)
            if entry is None:
                entry = self._shared[shared] = self._judge(features)
            self._entries[key] = entry
        return entry

    def _judge(self, features: dict) -> _Entry:
        singles = tuple((r.order, r.settings) for r in self.singles
                        if _matches(r.tokens[0], features))
        starts = tuple(r for r in self.multis if _matches(r.tokens[0], features))
        return _Entry(singles, _merge(list(singles)), starts)

    def _multi_matches(self, keys: list[tuple], entries: list[_Entry]) -> dict[int, list]:
        found: dict[int, list] = {}
        for i, entry in enumerate(entries):
            for rule in entry.starts:
                end = i + len(rule.tokens)
                if end <= len(keys) and all(
                        _matches(preds, self._features(keys[j]))
                        for preds, j in zip(rule.tokens[1:], range(i + 1, end))):
                    found.setdefault(i + rule.index, []).append((rule.order, rule.settings))
        return found

    def _lemma(self, token: Any) -> int:
        key = (token.orth, token.pos, token.morph.key)
        lemma = self._lemmas.get(key)
        if lemma is None:
            form = self.lemmatizer.lemmatize(token)[0]
            lemma = self._lemmas[key] = self.vocab.strings.add(form)
        return lemma

    def __call__(self, doc: Any) -> Any:
        tokens = list(doc)
        keys = [(t.tag, t.lower, t.dep, t.is_space) for t in tokens]
        entries = [self._entry(k) for k in keys]
        extra = self._multi_matches(keys, entries)
        overwrite = self.lemmatizer.overwrite
        for i, token in enumerate(tokens):
            entry = entries[i]
            settings = entry.merged if i not in extra else _merge(list(entry.singles) + extra[i])
            for name, value in settings:
                setattr(token, name, value)
            if overwrite or token.lemma == 0:
                token.lemma = self._lemma(token)
        return doc

    def pipe(self, docs: Any, batch_size: int = 1000) -> Any:
        for doc in docs:
            yield self(doc)


def _make(nlp: Any, name: str) -> TokenAttributes:
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def install(nlp: Any) -> bool:
    """Run ``TokenAttributes`` in place of the attribute ruler and rule lemmatizer
    (both stay loaded, disabled); False, and nothing changed, where the model lacks
    them or uses patterns this module does not compile."""
    from spacy.language import Language

    names = nlp.pipe_names
    if "attribute_ruler" not in names or names[names.index("attribute_ruler") + 1:][:1] != [
            "lemmatizer"] or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return False
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_make)
    try:
        nlp.add_pipe(FACTORY, after="lemmatizer")
    except Unsupported:
        return False
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
