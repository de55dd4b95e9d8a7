"""What the normalisation rules share: the context of a match and word values.

A rule is a function ``(match, Context) -> Norm | None``; the one table of
which rule handles which pattern kind is :data:`~.dates.HANDLERS`.  The
:class:`Context` gives it the text, the anchor (publication date), the
reference time (the last date resolved in the text, for ``a year earlier`` and
``the next day``) and a reading of the clause's tense (``will meet on Monday``
is ahead of the anchor, ``said on Monday`` behind it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .timex_patterns import MONTH_ABBR, MONTHS, ONES, TEENS, TENS
from .timex_values import Norm

#: a normalisation rule; :data:`~.dates.HANDLERS` maps each pattern kind to one
Rule = Callable[[re.Match[str], "Context"], Norm | None]


# --------------------------------------------------------------------------- tense cues

_FUTURE_CUE = (
    r"\b(?:will|shall|won't|going\s+to|is\s+to|are\s+to|plans?\s+(?:to|for)|"
    r"plann(?:ed|ing)\s+(?:to|for)|scheduled|set\s+to|upcoming|expected\s+to|is\s+expected|"
    r"are\s+expected|would|should|effective|as\s+soon\s+as|as\s+early\s+as|intends?\s+to|"
    r"to\s+be\s+held)\b|'ll\b")
_PAST_CUE = (r"\b(?:was|were|had|did|ended|began|started|said|told|occurred|happened|"
             r"took\s+place|since|ago)\b")
_TENSE = re.compile(rf"(?P<future>{_FUTURE_CUE})|(?P<past>{_PAST_CUE})", re.I)
#: a deadline pushed to the date: "postponed until Tuesday", "given until 9 a.m. Friday"
_DEADLINE = re.compile(r"\b(?:postpon|delay|defer|extend|adjourn|deadline|given|granted)\w*\b.*"
                       r"\b(?:until|till)\s+$", re.I)
_BY_DATE = re.compile(r"\b(?:by|through|until|till)\s+(?:early|mid|late|the\s+end\s+of\s+)?-?\s*$",
                      re.I)
_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.I)
#: a full stop that ends a sentence, not an initial or a title ("P. Davison", "Mr. Smith")
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bGov)(?<!\bCol)(?<!\bLt)(?<!\bNo)(?<!\bvs)(?<!\bCo)(?<!\bInc)(?<!\bCorp)"
    r"(?<!\b[A-Z][a-z]{2})[.!?]\s|\n")
_CLAUSE_END = re.compile(rf"{SENTENCE_END.pattern}|[;:]\s|,|--|—|\s_\s")
#: what may stand between a clause start and an opening time expression
_OPENING = re.compile(r"\W*(?:(?:on|by|from|until|starting|beginning|as\s+of|at|early|late)\s+)?",
                      re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T.*)?")


@dataclass
class Context:
    """What a rule may look at besides its match."""

    text: str
    anchor: date | None
    #: the reference time: the last date resolved in the text
    ref: Norm | None = None
    #: the last day-precise date in the text (what a bare clock time belongs to)
    last_day: date | None = None
    #: set by a rule whose value came from the reference time (it must not become one)
    from_ref: bool = False

    def remember(self, norm: Norm) -> None:
        """Make ``norm`` the reference time (and the reference day, if it is one)."""
        self.ref = norm
        if _DAY_VALUE.fullmatch(norm.value):
            self.last_day = date.fromisoformat(norm.value[:10])

    def ref_day(self) -> date | None:
        """The reference day: the last day-precise date in the text, else the anchor."""
        return self.last_day or self.anchor

    def ref_date(self) -> date | None:
        """The reference time as a date (a month or year reference gives its first day)."""
        v = self.ref.value if self.ref else ""
        if _DAY_VALUE.fullmatch(v):
            return date.fromisoformat(v[:10])
        if re.fullmatch(r"\d{4}(?:-\d\d)?", v):
            return date(int(v[:4]), int(v[5:7] or 1), 1)
        return self.anchor

    def before(self, m: re.Match[str], width: int = 30) -> str:
        return self.text[max(0, m.start() - width):m.start()]

    def after(self, m: re.Match[str], width: int = 30) -> str:
        return self.text[m.end():m.end() + width]

    def clause_before(self, m: re.Match[str]) -> str:
        """The words of the match's clause that precede it."""
        before = self.before(m, 80)
        cut = list(_CLAUSE_END.finditer(before))
        return before[cut[-1].end():] if cut else before

    def sentence_after(self, m: re.Match[str]) -> str:
        after = self.after(m, 80)
        end = SENTENCE_END.search(after)
        return after[:end.start()] if end else after

    def tense(self, m: re.Match[str], deadline: bool = False) -> bool | None:
        """True if the clause speaks of the future, False if of the past, None if unsure.

        The cue nearest the expression in its clause decides (``will meet on
        Monday``, ``said on Monday``); a clause that opens with the expression
        (``On Monday, the talks will ...``) is read past it.  With
        ``deadline``, ``by``/``until`` just before a date point ahead.
        """
        clause = self.clause_before(m)
        if _DEADLINE.search(clause) or deadline and _BY_DATE.search(clause):
            return True
        cues = list(_TENSE.finditer(clause))
        if cues:
            return cues[-1].group("future") is not None
        after = self.sentence_after(m)
        if re.match(r"\s*(?:will|'ll)\b", after):
            return True
        if _UNTIL.search(clause) or _OPENING.fullmatch(clause):
            cue = _TENSE.search(after)  # "closed until Friday"; "Until Friday, they had not"
            if cue is not None:
                return cue.group("future") is not None
            return True if _UNTIL.search(clause) else None
        return None

    def future(self, m: re.Match[str]) -> bool:
        return self.tense(m) is True


# --------------------------------------------------------------------------- word values


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBR[w]


def word_number(text: str) -> int | None:
    """``twenty-four`` is 24, ``nine hundred`` 900; None if not a number word."""
    total = 0
    for w in text.lower().replace("-", " ").split():
        if w in ONES or w in TEENS or w in TENS:
            total += ONES.get(w) or TEENS.get(w) or TENS[w]
        elif w == "hundred":
            total = max(total, 1) * 100
        elif w not in ("a", "and"):
            return None
    return total or None


def amount(text: str | None) -> float | None:
    """The number in a quantity; None for vague ones (``several``, ``a few``)."""
    if not text:
        return None
    t = " ".join(text.lower().split())
    if t[0].isdigit():
        whole = re.match(r"[\d,.]+", t).group(0).replace(",", "")
        return float(whole) + (0.5 if t.endswith(("1/2", "½")) else 0.0)
    fixed = {"a": 1.0, "an": 1.0, "one": 1.0, "a couple of": 2.0, "a couple": 2.0,
             "couple of": 2.0, "a dozen": 12.0}
    if t in fixed:
        return fixed[t]
    if t.startswith("half"):
        return 0.5
    n = word_number(t)
    return float(n) if n is not None else None


def two_digit_year(yy: int, anchor: date | None) -> int:
    """``'98``: the year of that ending nearest before the anchor (or just after it)."""
    now = anchor.year if anchor else 2000
    century = now // 100 * 100
    return century + yy if century + yy <= now + 10 else century - 100 + yy


def year_number(text: str, anchor: date | None) -> int | None:
    """``1998``, ``'98``, ``nineteen ninety-eight``, ``two thousand three``."""
    t = text.lower()
    if t[0].isdigit():
        return int(t)
    if t.startswith("'"):
        return two_digit_year(int(t[1:]), anchor)
    words = t.replace("-", " ").split()
    if words[0] == "nineteen":
        rest = word_number(" ".join(words[1:]))
        return 1900 + rest if rest else None
    if words[:2] == ["two", "thousand"]:
        return 2000 + (word_number(" ".join(words[2:])) or 0)
    return None


def valid(y: int, mon: int, dom: int) -> date | None:
    try:
        return date(y, mon, dom)
    except ValueError:
        return None


_NOT_NAMES = frozenset(("in", "since", "until", "by", "from", "through", "during", "early",
                        "late", "last", "this", "next", "before", "after", "on", "of", "the",
                        "mid"))


def after_name(text: str, start: int) -> bool:
    """Is the word at ``start`` preceded by a capitalised word mid-sentence (a name)?"""
    prev = re.search(r"([A-Z][\w'.-]*)\s+$", text[max(0, start - 30):start])
    if not prev:
        return False
    head = text[:start - len(prev.group(0))].rstrip()
    return bool(head) and head[-1] not in ".!?\"“:;\n" and prev.group(1).lower() not in _NOT_NAMES
