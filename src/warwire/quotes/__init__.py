"""Quotes and their speakers: who said what, in which words, with which cue.

- :mod:`.marks`: pair quotation marks of every style into quoted spans;
- :mod:`.context`: the parse with paragraphs, captions and lookups;
- :mod:`.indirect`: reporting verbs and "according to" in the parse,
  :mod:`.mention`: who reports (the speaker's phrase), and
  :mod:`.content`: what each reports;
- :mod:`.phrases`: a verb and its object that report together ("took issue
  with"); :mod:`.colon`: a name and a colon opening a paragraph (headlines,
  transcripts);
- :mod:`.attribution`: beliefs, findings, stances and reporting nouns;
- :mod:`.direct`: tie quoted spans to cues (direct, mixed, scare, floating);
- :mod:`.names`, :mod:`.entities`, :mod:`.speakers`: who a speaker mention is;
- :mod:`.assemble`: the quote records; :mod:`.stage`: the pipeline stage;
- :mod:`.lexicon`: the word lists in ``warwire/data``; :mod:`.model`: the types.
"""

from .model import Quote
from .stage import Quotes, find_quotes

__all__ = ["Quote", "Quotes", "find_quotes"]
