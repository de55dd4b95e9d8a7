"""Quotes and their speakers: who said what, in which words, with which cue.

- :mod:`.marks`: pair quotation marks of every style into quoted spans;
- :mod:`.context`: the parse with paragraphs, captions and lookups;
- :mod:`.indirect`: reporting verbs and "according to" in the parse, and
  :mod:`.content`: what each reports;
- :mod:`.direct`: tie quoted spans to cues (direct, mixed, scare, floating);
- :mod:`.names`, :mod:`.entities`, :mod:`.speakers`: who a speaker mention is;
- :mod:`.assemble`: the quote records; :mod:`.stage`: the pipeline stage;
- :mod:`.lexicon`: the word lists in ``warwire/data``; :mod:`.model`: the types.
"""

from .model import Quote
from .stage import Quotes, find_quotes

__all__ = ["Quote", "Quotes", "find_quotes"]
