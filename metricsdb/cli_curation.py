"""`metricsdb reject | correct | alias | add | corrections`: fix stored records by hand, keep the fixes
through re-ingest, and share them as a YAML file (metricsdb.curation)."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from .cli import DbOption, TableFormat, app, open_store, user_errors
from .errors import MetricsdbError
from .output import csv_text, table_text, terminal_text

if TYPE_CHECKING:  # metricsdb.curation (SQLAlchemy) is imported by the commands that use it, not by every command
    from .curation import Correction

ByOption = Annotated[Optional[str], typer.Option(
    "--by", metavar="NAME", show_default=False, help="Who makes the correction. Default: the OS user.")]
ReasonOption = Annotated[str, typer.Option("--reason", metavar="TEXT", show_default=False,
                                           help="Why: what a reviewer of the corrections reads.")]
SetOption = Annotated[list[str], typer.Option(
    "--set", metavar="FIELD=VALUE", show_default=False,
    help="A field and its new value (repeat for more): benchmark, subset, model, metric, value, value_high, unit, "
         "kind, direction, reference. An empty VALUE clears an optional field.")]


class AliasField(str, Enum):
    benchmark = "benchmark"
    model = "model"
    metric = "metric"


corrections_app = typer.Typer(help="List, export and import the corrections of a database.", no_args_is_help=True,
                              rich_markup_mode=None)
app.add_typer(corrections_app, name="corrections")


def _done(correction: Correction, what: str) -> None:
    typer.echo(terminal_text(f"{what} (correction {correction.id[:8]} by {correction.by})"))


@app.command()
def reject(
    record_id: Annotated[str, typer.Argument(metavar="RECORD_ID", show_default=False,
                                             help="The record's id (leaderboard --format json, export).")],
    reason: ReasonOption,
    db: DbOption = None,
    by: ByOption = None,
) -> None:
    """Leave a record off every board, list and export; kept when the report is ingested again."""
    with user_errors():
        with open_store(db, existing=True) as store:
            _done(store.reject(record_id, reason, by=by), f"rejected {record_id}")


@app.command()
def correct(
    record_id: Annotated[str, typer.Argument(metavar="RECORD_ID", show_default=False)],
    assignments: SetOption,
    reason: ReasonOption,
    db: DbOption = None,
    by: ByOption = None,
) -> None:
    """Set fields of a record; kept when the report is ingested again."""
    from .curation import parse_assignments

    with user_errors():
        changes = parse_assignments(assignments)
        with open_store(db, existing=True) as store:
            correction = store.correct(record_id, changes, reason, by=by)
        _done(correction, f"corrected {record_id}: " + ", ".join(f"{k}={v}" for k, v in correction.changes.items()))


@app.command()
def alias(
    field: Annotated[AliasField, typer.Argument(show_default=False, help="What the names are.")],
    spelling: Annotated[str, typer.Argument(show_default=False, help="The spelling to replace (matched forgivingly).")],
    canonical: Annotated[str, typer.Argument(show_default=False, help="The name to show instead.")],
    reason: Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why.")] = "",
    db: DbOption = None,
    by: ByOption = None,
) -> None:
    """Show a benchmark, model or metric under another name: merges its board into the canonical one."""
    with user_errors():
        with open_store(db) as store:
            _done(store.alias(field.value, spelling, canonical, reason=reason, by=by),
                  f"{field.value} {spelling!r} is now shown as {canonical!r}")


@app.command()
def add(
    paper: Annotated[str, typer.Option("--paper", metavar="ID", show_default=False, help="The paper's arXiv id.")],
    evidence: Annotated[str, typer.Option("--evidence", metavar="TEXT", show_default=False,
                                          help="The sentence stating the result, exactly as in the paper's results.")],
    assignments: SetOption,
    reason: Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why.")] = "",
    db: DbOption = None,
    by: ByOption = None,
) -> None:
    """Add a result the extractor missed (needs --set benchmark=, model=, value=; kind defaults to score)."""
    from .curation import parse_assignments

    with user_errors():
        fields = parse_assignments(assignments)
        with open_store(db, existing=True) as store:
            correction = store.add(paper=paper, evidence=evidence, fields=fields, reason=reason, by=by)
        _done(correction, f"added {correction.record_id}")


def _what(correction: Correction) -> str:
    """The correction in a few words, for the table."""
    if correction.action == "alias":
        return f"{correction.field} {correction.spelling} -> {correction.canonical}"
    was = correction.original or {}
    if correction.action == "reject":
        return f"{was.get('model')} · {was.get('benchmark')} · {was.get('value')}"
    return ", ".join(f"{name}={value}" for name, value in correction.changes.items())


@corrections_app.command("list")
def list_corrections(
    orphaned: Annotated[bool, typer.Option("--orphaned", help="Only those whose record is gone (its text changed).")]
    = False,
    output: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """The corrections, in the order they apply; an orphaned one's record is no longer in the reports."""
    with user_errors():
        with open_store(db, existing=True) as store:
            found = store.corrections(orphaned=orphaned)
    if output is TableFormat.json:
        typer.echo(json.dumps([correction.model_dump() for correction in found], ensure_ascii=False, indent=2))
        return
    rows = [[c.id[:8], c.action, c.record_id or "", _what(c), c.reason, c.by, c.at[:19], "orphaned" if c.orphaned else ""]
            for c in found]
    if output is TableFormat.csv:
        typer.echo(csv_text(["id", "action", "record_id", "what", "reason", "by", "at", "orphaned"], rows), nl=False)
        return
    if not rows:
        typer.echo("no orphaned corrections" if orphaned else "no corrections")
        return
    headers = ["id", "action", "record", "what", "reason", "by", "at (UTC)", "orphaned"]
    if not any(row[-1] for row in rows):  # a column of blanks reads as a stray one
        headers, rows = headers[:-1], [row[:-1] for row in rows]
    typer.echo(table_text(rows, headers, disable_numparse=True))


@corrections_app.command("export")
def export_corrections(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The YAML file to write (else stdout).")]
    = None,
    db: DbOption = None,
) -> None:
    """Write every correction to a YAML file, to review in a pull request and import elsewhere."""
    from .curation import to_yaml

    with user_errors():
        with open_store(db, existing=True) as store:
            found = store.corrections()
        text = to_yaml(found)
        if output is None:
            typer.echo(text, nl=False)
            return
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise MetricsdbError(f"{output}: cannot write ({exc.strerror or exc})") from None
    typer.echo(f"{len(found)} corrections -> {output}")


@corrections_app.command("import")
def import_corrections(
    file: Annotated[Path, typer.Argument(show_default=False, help="A file written by `corrections export`.")],
    db: DbOption = None,
) -> None:
    """Add the file's corrections that the database does not have yet; importing twice changes nothing."""
    from .curation import CurationError, from_yaml

    with user_errors():
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CurationError(f"{file}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
        corrections = from_yaml(text, str(file))
        with open_store(db) as store:
            imported, present = store.import_corrections(corrections)
            orphaned = len(store.corrections(orphaned=True))
    typer.echo(f"{imported} corrections imported, {present} already there; {orphaned} orphaned in this database")
