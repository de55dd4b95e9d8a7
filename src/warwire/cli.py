"""The ``warwire`` command: a thin shell over :mod:`warwire.api`.

User errors (missing file, bad date, unreadable input, bad option) print one
line on stderr and exit with code 2; a store failure exits with 1.  Nothing
heavy is imported until a command runs, so ``warwire --help`` is instant.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any, NoReturn

import click

from . import __version__
from .config import Settings
from .errors import ConfigError, InputError, StoreError, WarwireError

EXIT_USER = 2
EXIT_STORE = 1


def _fail(err: WarwireError | str, code: int = EXIT_USER) -> NoReturn:
    click.echo(f"warwire: error: {err}", err=True)
    sys.exit(code)


def _report(err: InputError) -> None:
    click.echo(f"warwire: rejected: {err}", err=True)


def _published(_ctx: Any, _param: Any, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)")


def _settings(db: str | None = None) -> Settings:
    from dataclasses import replace

    base = Settings()
    return replace(base, db=db) if db else base


_paths = click.argument("paths", nargs=-1, required=True)
_published_opt = click.option("--published", callback=_published, metavar="YYYY-MM-DD",
                              help="Publication date; overrides metadata and datelines.")
_source_opt = click.option("--source", metavar="NAME", help="Source name to record.")
_db_opt = click.option("--db", metavar="URL", help=Settings.help()["db"])


class _Group(click.Group):
    """Turns any warwire error that escapes a command into one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ConfigError, InputError) as err:
            _fail(err)
        except StoreError as err:
            _fail(err, EXIT_STORE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warwire")
def main() -> None:
    """Turn war and conflict reporting into structured, sourced, geocoded data."""


@main.command()
@_paths
@_published_opt
@_source_opt
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True, help="json: one indented object per article; jsonl: one per line.")
def extract(paths: tuple[str, ...], published: date | None, source: str | None, fmt: str) -> None:
    """Extract records from files, folders or - (stdin) and print them."""
    from .api import extract_paths

    errors: list[InputError] = []

    def on_error(err: InputError) -> None:
        errors.append(err)
        _report(err)

    indent = 2 if fmt == "json" else None
    for article in extract_paths(paths, published=published, source=source, on_error=on_error):
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
    if errors:
        sys.exit(EXIT_USER)


@main.command()
@_paths
@_db_opt
@_published_opt
@_source_opt
def ingest(paths: tuple[str, ...], db: str | None, published: date | None,
           source: str | None) -> None:
    """Extract and store articles; re-ingesting the same article changes nothing."""
    from .api import ingest as run_ingest, rejection_reasons
    from .progress import article_progress
    from .store import Store

    settings = _settings(db)
    with Store(settings.db) as store, article_progress() as advance:
        summary = run_ingest(paths, store, published=published, source=source,
                             settings=settings, on_error=_report,
                             on_article=lambda a, outcome: advance())
    click.echo(summary.line(), err=True)
    for reason, n in rejection_reasons(summary).most_common():
        click.echo(f"  rejected {n}: {reason}", err=True)
    if summary.rejected:
        sys.exit(EXIT_USER)


@main.command()
@_db_opt
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "csv", "acled-csv", "geojson", "claim-links"]),
              help="jsonl: whole records; csv: one row per article; acled-csv: one row per "
                   "event in ACLED's columns; geojson: a FeatureCollection of events; "
                   "claim-links: claims of different articles that contradict or "
                   "corroborate each other.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of stdout.")
@click.option("--extras", is_flag=True,
              help="acled-csv and geojson: also write CASE 2021's extra items (diplomatic "
                   "events, natural and man-made disasters, claims of responsibility, organised "
                   "crime), marked 'extra' in the kind column; by default only ACLED's events.")
def export(db: str | None, fmt: str, output: str | None, extras: bool) -> None:
    """Write every stored record in an analysis-ready format."""
    from .export import export as run_export, write_claim_links
    from .store import Store

    with Store(_settings(db).db) as store:
        if fmt == "claim-links":
            items, write = store.claim_links(), write_claim_links
        else:
            items, write = store.records(), lambda rs, out: run_export(rs, fmt, out, extras)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = write(items, out)
        else:
            n = write(items, sys.stdout)
    click.echo(f"exported {n} {'links' if fmt == 'claim-links' else 'items'}", err=True)


@main.group(name="eval")
def evaluate() -> None:
    """Measure an extractor against a labelled corpus."""


def _print_result(result: dict[str, Any]) -> None:
    """A readable summary, then the whole result as one JSON object on the last line."""
    scalars = {k: v for k, v in result.items() if not isinstance(v, (dict, list))}
    for key, value in scalars.items():
        click.echo(f"{key:>24}: {value}")
    click.echo(json.dumps(scalars))


_corpus = click.option("--corpus", required=True, type=click.Path(exists=True),
                       help="Path of the labelled corpus (never copied into the project).")
_errors = click.option("--errors", "errors_to", metavar="FILE",
                       type=click.Path(dir_okay=False, writable=True),
                       help="Also write the errors here, for reading: TSV (geo: every "
                            "gold span, worst first; quotes: JSONL, one object per record).")
_limit = click.option("--limit", type=click.IntRange(min=1), metavar="N",
                      help="Score only the corpus's first N rows or sentences.")


@evaluate.command()
@_corpus
@_errors
def timex(corpus: str, errors_to: str | None) -> None:
    """Temporal expressions (TimeML folder): span F1 strict/relaxed, value accuracy and F1."""
    from .evaluate.timex import evaluate_timex

    _print_result(evaluate_timex(corpus, errors_to=errors_to))


@evaluate.command()
@_corpus
@_errors
@click.option("--gold-only", is_flag=True,
              help="Resolve the gold spans only: no parse, no recognition or end-to-end scores.")
@click.option("--baseline", is_flag=True,
              help="Rank the candidates by population only (the benchmarks' baseline).")
def geo(corpus: str, errors_to: str | None, gold_only: bool, baseline: bool) -> None:
    """Toponyms (Gritta et al.'s XML): recognition F1, resolution accuracy@161 km, errors."""
    from .evaluate.geo import evaluate_geo, population_baseline

    resolver = population_baseline() if baseline else None
    _print_result(evaluate_geo(corpus, end_to_end=not gold_only, resolver=resolver,
                               errors_to=errors_to))


@evaluate.command()
@_corpus
@_errors
def quotes(corpus: str, errors_to: str | None) -> None:
    """Quotes: GGT (span F1 at overlap 0.3 / 0.8, speaker accuracy) or PolNeAR (span F1)."""
    from .evaluate.quotes import evaluate_quotes

    _print_result(evaluate_quotes(corpus, errors_to=errors_to))


@evaluate.command()
@_corpus
@_errors
@click.option("--places-errors", metavar="FILE", type=click.Path(dir_okay=False, writable=True),
              help="Write the rows whose place the places stage missed here (TSV).")
@_limit
def acled(corpus: str, errors_to: str | None, places_errors: str | None,
          limit: int | None) -> None:
    """ACLED export (CSV): code each row's notes and compare the main event with the row.

    Also scores the places stage alone on each row's ``location`` (keys ``places_*``).
    """
    from .evaluate.acled import evaluate_acled_with_places

    _print_result(evaluate_acled_with_places(corpus, errors_to=errors_to,
                                             places_errors_to=places_errors, limit=limit))


@evaluate.command()
@_corpus
@_errors
def case2021(corpus: str, errors_to: str | None) -> None:
    """CASE 2021 Task 2 snippets (TSV): 30-class event typing, weighted and macro F1."""
    from .evaluate.case_task2 import evaluate_case2021

    _print_result(evaluate_case2021(corpus, errors_to=errors_to))


@evaluate.command(name="event-location")
@_corpus
@_limit
def event_location(corpus: str, limit: int | None) -> None:
    """Event-location sentences (JSONL): is the chosen place where the event happened?"""
    from .evaluate.event_location import evaluate_event_location

    _print_result(evaluate_event_location(corpus, limit=limit))


if __name__ == "__main__":
    main()
