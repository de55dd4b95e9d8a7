from __future__ import annotations

import pytest

from warwire.errors import InputError, PipelineError
from warwire.pipeline import Pipeline, check_order, default_stages
from warwire.record import Article


class _Stage:
    def __init__(self, name, needs=(), adds=(), action=None):
        self.name, self.needs, self.adds, self.action = name, tuple(needs), tuple(adds), action
        self.calls = 0

    def __call__(self, article: Article) -> None:
        self.calls += 1
        if self.action:
            self.action(article)


def test_a_need_nobody_adds_is_refused_before_any_article() -> None:
    quotes = _Stage("quotes", needs=["sentences"], adds=["quotes"])
    with pytest.raises(PipelineError, match="'quotes' needs sentences"):
        Pipeline([_Stage("clean", ["raw_text"], ["text"]), quotes])
    assert quotes.calls == 0


def test_order_matters_not_just_presence() -> None:
    analyse = _Stage("analyse", ["text"], ["doc", "sentences"])
    quotes = _Stage("quotes", ["sentences"], ["quotes"])
    clean = _Stage("clean", ["raw_text"], ["text"])
    check_order([clean, analyse, quotes])
    with pytest.raises(PipelineError):
        check_order([clean, quotes, analyse])


def test_the_parse_is_skipped_when_no_stage_reads_it() -> None:
    clean = _Stage("clean", ["raw_text"], ["text"])
    analyse = _Stage("analyse", ["text"], ["doc", "sentences"])
    dates = _Stage("dates", ["text"], ["dates"])
    assert Pipeline([clean, analyse, dates]).names == ["clean", "dates"]
    quotes = _Stage("quotes", ["doc"], ["quotes"])
    assert Pipeline([clean, analyse, dates, quotes]).names == ["clean", "analyse", "dates", "quotes"]


def test_a_failing_stage_rejects_that_article_and_the_batch_goes_on() -> None:
    def explode(article: Article) -> None:
        if "bad" in article.raw_text:
            raise ZeroDivisionError("boom")

    pipe = Pipeline([_Stage("flaky", ["raw_text"], ["text"], explode)])
    errors: list[InputError] = []
    items = [Article("good one", origin="a.txt"), Article("bad one", origin="b.txt"),
             InputError("binary file, not text", "c.bin"), Article("good two", origin="d.txt")]
    done = list(pipe.run(items, on_error=errors.append))
    assert [a.raw_text for a in done] == ["good one", "good two"]
    assert sorted(str(e) for e in errors) == [
        "b.txt: stage flaky failed: ZeroDivisionError: boom", "c.bin: binary file, not text"]


class _BatchStage(_Stage):
    def __init__(self):
        super().__init__("batched", ["raw_text"], ["text"])
        self.batches: list[int] = []

    def __call__(self, article: Article) -> None:
        if "bad" in article.raw_text:
            raise ValueError("unparseable")
        article.text = article.raw_text.upper()

    def pipe(self, articles: list[Article]) -> None:
        self.batches.append(len(articles))
        for article in articles:
            self(article)


def test_batches_use_pipe_and_a_bad_article_in_a_batch_rejects_only_itself() -> None:
    stage = _BatchStage()
    pipe = Pipeline([stage], batch_size=3)
    errors: list[InputError] = []
    texts = ["one", "two", "bad three", "four", "five"]
    done = list(pipe.run([Article(t, origin=t) for t in texts], on_error=errors.append))
    assert [a.text for a in done] == ["ONE", "TWO", "FOUR", "FIVE"]
    assert [e.origin for e in errors] == ["bad three"]
    assert stage.batches == [3, 2]


def test_default_stages_are_registered_in_a_valid_order() -> None:
    stages = default_stages()
    check_order(stages)
    assert [s.name for s in stages][:1] == ["clean"]
    assert "dates" in [s.name for s in stages]
