"""`metricsdb export`: stored records as JSON Lines, CSV, or leaderboard-site evaluation tables."""
from __future__ import annotations

import json
import math
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import DbOption, app, open_store, user_errors
from .errors import MetricsdbError
from .export import evaluation_tables, to_csv, to_jsonl
from .model import Record


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    pwc = "pwc"


@app.command()
def export(
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help=(
        "jsonl / csv: contract records; pwc: Papers-with-Code evaluation tables (scores only)."))] = ExportFormat.jsonl,
    benchmark: Annotated[Optional[str], typer.Option(help="Only this benchmark (forgiving match).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export stored records for other tools and leaderboard sites."""
    with user_errors():
        with open_store(db) as store:
            frame = store.records(benchmark=benchmark)
        records = [Record(**{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()})
                   for row in frame.to_dict("records")]
        if output_format is ExportFormat.pwc:
            text = json.dumps(evaluation_tables(records), ensure_ascii=False, indent=2) + "\n"
        else:
            text = to_jsonl(records) if output_format is ExportFormat.jsonl else to_csv(records)
        if output is None:
            typer.echo(text, nl=False)
            return
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise MetricsdbError(f"{output}: cannot write ({exc.strerror or exc})") from None
