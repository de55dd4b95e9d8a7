"""Draw random events from real articles, with their evidence, for reading by hand.

    .venv/bin/python bench/sample_events.py --articles 90 --events 50 --seed 9001 --seed-events 3 \\
        --acled-only ../shared/data/articles/war_news_2022.jsonl

Prints each event's coded fields and up to three evidence sentences; the reader marks
each right, partly right or wrong (docs/benchmarks.md, "Stop 11").  Seeds make a sample
repeatable against the same code.
"""

from __future__ import annotations

import argparse
import json
import random
import sys


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL of articles (id, outlet, published, title, text)")
    ap.add_argument("--articles", type=int, default=70, help="articles to draw")
    ap.add_argument("--events", type=int, default=50, help="events to print")
    ap.add_argument("--seed", type=int, default=1, help="seed of the article draw")
    ap.add_argument("--seed-events", type=int, default=1, help="seed of the event draw")
    ap.add_argument("--acled-only", action="store_true", help="leave out CASE 2021 extra items")
    args = ap.parse_args()

    import warwire

    with open(args.corpus, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    random.seed(args.seed)
    drawn = []
    for row in random.sample(rows, min(args.articles, len(rows))):
        record = warwire.extract(row["text"], published=row.get("published"), source=row.get("outlet"))
        drawn += [(row, e) for e in record.events if e.kind == "acled" or not args.acled_only]
    print(f"{len(drawn)} events from {args.articles} articles", file=sys.stderr)
    random.seed(args.seed_events)
    for n, (row, event) in enumerate(random.sample(drawn, min(args.events, len(drawn))), 1):
        _show(n, row, event.to_dict())


def _show(n: int, row: dict, e: dict) -> None:
    p = e.get("place") or {}
    print(f"=== E{n} article {row['id']} {row.get('outlet')} {row.get('published')} | {row.get('title', '')[:90]}")
    print(f"  {e['kind']} {e['event_type']} / {e['sub_event_type']} | a1={e['actor1']} | a2={e['actor2']}"
          f" | date={e['date']} tp={e['time_precision']}")
    print(f"  place={p.get('name')} ({p.get('admin1')}, {p.get('country_code')}) gp={p.get('geo_precision')}"
          f" | fatalities={e['fatalities']} injuries={e.get('injuries')} | status={e.get('status')}"
          f" | sources={e.get('sources')}")
    for ev in e["evidence"][:3]:
        print("   >", ev["text"][:400].replace("\n", " "))


if __name__ == "__main__":
    main()
