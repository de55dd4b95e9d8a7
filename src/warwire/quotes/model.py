"""The quote record and the working types the quote finders pass around.

:class:`Quote` is what the stage emits: a span of the cleaned text (the words
quoted, without their quotation marks) with who said it and how.  The other
types here are internal: token positions in the shared spaCy ``Doc``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..record import Span

#: ``Quote.kind`` values for speech: words someone said or wrote
DIRECT, INDIRECT, MIXED, SCARE = "direct", "indirect", "mixed", "scare"
#: ``Quote.kind`` values for attributions that are not speech: a belief or
#: expectation ("officials believe that ..."), a finding of a poll, report or
#: footage ("the images show ..."), a stance or aim ("Moscow wants ...")
BELIEF, FINDING, STANCE = "belief", "finding", "stance"
SPEECH_KINDS = frozenset({DIRECT, INDIRECT, MIXED, SCARE})


@dataclass
class Quote(Span):
    """Quoted or reported words: ``text == article.text[start:end]``.

    ``start``/``end`` cover the words only: no enclosing quotation marks, no
    trailing comma (a mixed quote keeps the marks inside its clause).
    ``speaker`` is the canonical name (the full name of a person, the name of
    an organisation, or the words of an unresolved mention such as
    "officials"); ``speaker_start``/``speaker_end`` locate the mention that
    names the speaker (a pronoun, a surname, the full name; for "Kim, who
    said" the antecedent, Kim); ``source_start``/``source_end`` the source as
    the sentence attributes it, the cue's own subject ("who" in "Kim, who
    said", "Moscow's" in "Moscow's claim"; elsewhere the speaker mention).
    ``cue``/``cue_start``/``cue_end`` is the reporting verb with its
    auxiliaries and adverbs ("said", "has also said", "according to"), or a
    reporting noun ("claim" in "Moscow's claim that ...").  A quote
    continuing an earlier one ('X,' he said. 'Y') keeps that quote's cue.
    ``kind`` is one of direct, indirect, mixed, scare (speech), or belief,
    finding, stance (attributed to the source, but not words it said: "X
    believes ...", "the report found ...", "X wants ...").  ``form`` tells
    what the reported words are: ``quoted`` (in quotation marks, or a clause
    holding some), ``clause`` (a reported clause: "said the city was
    shelled"), ``noun`` (the clause of a reporting noun: "Moscow's claim that
    the town fell") or ``object`` (the object of a report: "denied the
    allegations", "vowed to retaliate", "called for a ceasefire").
    ``speaker_side`` is filled by a later stage.
    """

    speaker: str | None = None
    speaker_role: str | None = None
    speaker_side: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    kind: str = DIRECT
    form: str = "quoted"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class MarkSpan:
    """A pair of quotation marks: content at ``text[start:end]``.

    ``open_at``/``close_at`` are the character offsets of the marks
    (``close_at`` is None where the quote runs on into the next paragraph).
    ``chain`` links the pieces of one quote that runs over several paragraphs.
    """

    open_at: int
    close_at: int | None
    start: int
    end: int
    paragraph: int
    family: str
    chain: int = -1


@dataclass
class Cue:
    """A reporting verb (or "according to") found in the parse.

    Offsets are characters in the text.  ``verb`` is the token index of the
    cue's head word, ``subject`` that of the head of the speaker mention
    (None when the parse names nobody), ``source`` the mention's span,
    ``mention`` the relative pronoun that is the cue's own subject, if any,
    ``content`` the span of the reported clause where the parse gives one.
    ``kind`` is speech, naming ("called it 'X'") or according; ``more`` holds
    the rest of a reported clause the cue stands inside ("X, he says, Y");
    ``author`` marks the writer's own "I said"; ``form`` says what the content is: a clause, or an object ("denied the
    allegations", "vowed to retaliate", "warned of an attack").
    """

    verb: int
    cue: tuple[int, int]
    kind: str
    subject: int | None = None
    source: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    content: tuple[int, int] | None = None
    more: list[tuple[int, int]] = field(default_factory=list)
    author: bool = False
    form: str = "clause"
