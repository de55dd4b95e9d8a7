from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import warwire
from warwire.api import ingest
from warwire.errors import ConfigError, InputError
from warwire.store import Store, database

REPORT = ("KHARKIV, Ukraine, July 21, 2022 (Wire) - Russian shelling killed three people in "
          "Kharkiv overnight, the regional governor said on Thursday.")


def test_extract_gives_the_record_with_offsets() -> None:
    article = warwire.extract(REPORT, source="Wire")
    assert article.published == date(2022, 7, 21) and article.published_from == "dateline"
    assert article.dateline.place.startswith("Kharkiv")
    thursday = next(d for d in article.dates if d.text == "Thursday")
    assert thursday.value == "2022-07-21"
    for d in article.dates:
        assert article.text[d.start:d.end] == d.text
    assert article.to_dict()["article"]["source"] == "Wire"


def test_extract_takes_a_published_string_and_rejects_a_bad_one() -> None:
    article = warwire.extract("Shelling resumed on Monday.", published="2022-07-14")
    assert [d.value for d in article.dates] == ["2022-07-11"]
    with pytest.raises(ConfigError):
        warwire.extract("Shelling resumed on Monday.", published="the fourteenth")


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        warwire.extract("   \n  ")


def _reports(folder: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = folder / f"report_{i}.txt"
        path.write_text(f"ODESA, Ukraine, July {10 + i}, 2022 (Wire) - Report number {i}: "
                        "missiles hit the port on Monday.", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_an_interrupted_ingest_keeps_finished_articles_and_no_half_article(
        db_url: str, tmp_path: Path, monkeypatch) -> None:
    paths = _reports(tmp_path, 4)
    real_rows, seen = database._span_rows, []

    def interrupt_third(article_id, record):
        seen.append(article_id)
        if len(seen) == 3:  # Ctrl-C while the third article is half written
            raise KeyboardInterrupt
        return real_rows(article_id, record)

    monkeypatch.setattr(database, "_span_rows", interrupt_third)
    with Store(db_url) as store, pytest.raises(KeyboardInterrupt):
        ingest(paths, store)
    monkeypatch.setattr(database, "_span_rows", real_rows)
    with Store(db_url) as store:
        assert store.count("articles") == 2
        assert {r["article"]["published"] for r in store.records()} == {"2022-07-10", "2022-07-11"}
        summary = ingest(paths, store)  # the rerun finishes the batch
    assert (summary.new, summary.unchanged, summary.rejected) == (2, 2, [])


def test_ingest_reports_rejections_and_stores_the_rest(db_url: str, tmp_path: Path) -> None:
    paths = _reports(tmp_path, 2)
    (tmp_path / "big.txt").write_text("x " * 1_100_000, encoding="utf-8")
    with Store(db_url) as store:
        summary = ingest([paths[0], str(tmp_path / "big.txt"), paths[1]], store)
        assert store.count() == 2
    assert summary.new == 2 and len(summary.rejected) == 1
    assert "over the 2 MB limit" in summary.rejected[0]
    assert summary.line() == "3 articles: 2 new, 0 unchanged, 1 rejected"


def test_public_api_is_declared() -> None:
    for name in warwire.__all__:
        assert getattr(warwire, name) is not None


def test_ingest_links_contradicting_claims_across_articles(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "MOSCOW, July 3, 2022 (Wire) - Russia's defence ministry said on Sunday that its "
        "forces had taken full control of Lysychansk.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "KYIV, July 3, 2022 (Wire) - Ukraine's General Staff said on Sunday that its forces "
        "still hold Lysychansk.", encoding="utf-8")
    with Store(db_url) as store:
        summary = ingest([str(tmp_path)], store)
        assert summary.links == {"contradicts": 1, "corroborates": 0}
        assert store.count("claim_links") == 1
        assert "1 contradictions" in summary.line()
        again = ingest([str(tmp_path)], store)  # nothing new: links kept as they are
        assert again.links == {} and store.count("claim_links") == 1


def test_a_later_ingest_links_only_its_new_articles(db_url: str, tmp_path: Path) -> None:
    first, second, late = tmp_path / "1", tmp_path / "2", tmp_path / "3"
    for folder in (first, second, late):
        folder.mkdir()
    (first / "a.txt").write_text(
        "MOSCOW, July 3, 2022 (Wire) - Russia's defence ministry said on Sunday that its "
        "forces had taken full control of Lysychansk.", encoding="utf-8")
    (second / "b.txt").write_text(
        "KYIV, July 4, 2022 (Wire) - Ukraine's General Staff said on Monday that its forces "
        "still hold Lysychansk.", encoding="utf-8")
    (late / "c.txt").write_text(
        "KYIV, July 20, 2022 (Wire) - Ukraine's General Staff said on Wednesday that its "
        "forces still hold Lysychansk.", encoding="utf-8")
    with Store(db_url) as store:
        assert not any(ingest([str(first)], store).links.values())
        assert ingest([str(second)], store).links == {"contradicts": 1, "corroborates": 0}
        # two weeks later is another moment of the war: no link, and the old one stays
        assert ingest([str(late)], store).links == {"contradicts": 0, "corroborates": 0}
        assert store.count("claim_links") == 1
        assert store.link_claims() == {"contradicts": 1, "corroborates": 0}  # full rebuild
        assert store.count("claim_links") == 1
