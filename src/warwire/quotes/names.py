"""Names, roles and owners, read off a mention's place in the parse.

A name's words (leading titles and a possessive dropped), its bearer's gender
from a title, a given name or a surname ending, and the role its first mention
gives: the words before it ("Mykolaiv Gov. Vitaliy Kim" → Governor of
Mykolaiv) or an apposition ("Oleksii Reznikov, the defence minister," →
Defence minister).  An organisation with its owner ("Russia's defence
ministry") gets one canonical name however it is written.
:class:`~warwire.quotes.entities.Registry` builds its entities from these.
"""

from __future__ import annotations

from typing import Any

from .lexicon import (first_names, fold, not_names, org_nouns, outlet_desk, owners, spellings, surname_endings,
                      titles)

_POSSESSIVE = {"'s", "’s", "'", "’"}
_ROLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "npadvmod"}


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
    if outlet_desk(root) is not None:
        return None  # "the BBC's Ukrainian service" is the BBC's, not a Ukrainian body
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
    spelling = spellings()
    words = [spelling.get(m.lower_, m.lower_) for m in mods] + [root.lower_]
    name = " ".join([owner] + [w[:1].upper() + w[1:] for w in words])
    return name, owner, [spelling.get(m.lower_, m.lower_) for m in mods] + [root.lemma_.lower()]
