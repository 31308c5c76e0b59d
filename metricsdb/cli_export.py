"""`metricsdb export`: stored records as JSON Lines, CSV, leaderboard-site tables, a model card's
model-index, Parquet, or a dataset folder. Every format says which values hand corrections changed
(`corrected`: what and by which correction; comments above a model-index), as their evidence still
states the extracted value."""
from __future__ import annotations

import json
import math
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import DbOption, app, open_store, stored_correction_notes, user_errors
from .errors import MetricsdbError
from .export import evaluation_tables, model_index_yaml, to_csv, to_jsonl, to_parquet, write_dataset
from .model import RECORD_FIELDS, Record
from .output import csv_text, number_text, write_stdout


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    pwc = "pwc"
    model_index = "model-index"
    parquet = "parquet"
    dataset = "dataset"


_NEEDS_OUTPUT = {ExportFormat.parquet: "a file", ExportFormat.dataset: "a folder"}
_BY_SUFFIX = {".jsonl": ExportFormat.jsonl, ".json": ExportFormat.json, ".csv": ExportFormat.csv,
              ".parquet": ExportFormat.parquet}
"""The format `-o FILE` picks without --format: `export -o records.csv` wrote JSON Lines into the .csv
file (and `-o records.parquet` text into a .parquet), which a spreadsheet or pandas then failed on."""


@app.command()
def export(
    output_format: Annotated[Optional[ExportFormat], typer.Option("--format", "-f", show_default=False, help=(
        "jsonl / json / csv: contract records (json: one array); pwc: Papers-with-Code evaluation tables (scores only); model-index: the "
        "model-index YAML of a Hugging Face model card for --model; parquet: one typed file (-o FILE); dataset: a "
        "folder of Parquet splits and a dataset card (-o DIR). Default: the one -o's suffix names (.jsonl, .json, "
        ".csv, .parquet), else jsonl."))] = None,
    benchmark: Annotated[Optional[str], typer.Option(help="Only this benchmark (forgiving match).")] = None,
    model: Annotated[Optional[str], typer.Option(help="Only this system (forgiving match); the system a model-index "
                                                     "describes.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file (or folder), not stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export stored records for other tools and leaderboard sites."""
    if output_format is None:
        output_format = _BY_SUFFIX.get(output.suffix.lower() if output else "", ExportFormat.jsonl)
    with user_errors():
        if output_format in _NEEDS_OUTPUT and output is None:
            raise MetricsdbError(f"--format {output_format.value} writes {_NEEDS_OUTPUT[output_format]}: give it with -o")
        if output_format is ExportFormat.model_index and not model:
            raise MetricsdbError("--format model-index needs --model NAME (the system the card describes)")
        with open_store(db, existing=True) as store:
            # a model-index picks the model's scores itself, and says when there are none
            only_model = None if output_format is ExportFormat.model_index else model
            frame = store.records(benchmark=benchmark, model=only_model)
            notes = stored_correction_notes(store)
        if frame.empty and (benchmark or only_model):  # a mistyped name exported nothing, exit 0
            of = " and ".join(f"{what} {name!r}" for what, name in (("benchmark", benchmark), ("model", only_model))
                              if name)
            raise MetricsdbError(f"no stored records of {of} (`metricsdb benchmarks` lists the benchmarks)")
        records = [Record(**{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()})
                   for row in frame.to_dict("records")]
        corrected = [notes.get(record.record_id or "") for record in records]
        if output_format is ExportFormat.parquet:
            to_parquet(records, output, corrected if any(corrected) else None)
            return
        if output_format is ExportFormat.dataset:
            write_dataset(records, output, corrected)
            return
        if output_format is ExportFormat.pwc:
            text = json.dumps(evaluation_tables(records, corrected=corrected), ensure_ascii=False, indent=2) + "\n"
        elif output_format is ExportFormat.model_index:
            text = _corrected_comments(records, corrected, model) + model_index_yaml(records, model)
        elif output_format is ExportFormat.csv and not any(corrected):
            text = to_csv(records)
        elif output_format is ExportFormat.jsonl and not any(corrected):
            text = to_jsonl(records)
        elif output_format in (ExportFormat.jsonl, ExportFormat.json):
            rows = [{**json.loads(line), **({"corrected": note} if note else {})}
                    for line, note in zip(to_jsonl(records).splitlines(), corrected)]
            text = ("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
                    if output_format is ExportFormat.jsonl else json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        else:
            text = csv_text([*RECORD_FIELDS, "corrected"],
                            ([getattr(record, name) for name in RECORD_FIELDS] + [note]
                             for record, note in zip(records, corrected)))
        if output is None:
            write_stdout(text)  # exact when piped (typer.echo would drop escape sequences)
            return
        try:
            output.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise MetricsdbError(f"{output}: cannot write ({exc.strerror or exc})") from None


def _corrected_comments(records: list[Record], corrected: list[Optional[str]], model: Optional[str]) -> str:
    """YAML comment lines above a model-index (whose schema has no place for them) naming each of the
    model's score values a correction set, so the card's author checks it against the paper."""
    from extractors.lexicon import name_key

    wanted = name_key(model or "")
    return "".join(f"# {record.benchmark} {number_text(record.value)}: {note}\n"
                   for record, note in zip(records, corrected)
                   if note and record.kind == "score" and name_key(record.model) == wanted)
