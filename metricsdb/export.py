"""Exports: records in the formats other tools read.

- JSON Lines and CSV: contract records (`to_jsonl`, `to_csv`, written by metricsdb.output).
- `evaluation_tables`: the layout of Papers with Code's `evaluation-tables.json` (one entry per task,
  datasets with `sota.metrics` and `sota.rows`). That layout writes values as strings; metricsdb keeps
  floats everywhere else.
- `model_index`: the `model-index` block of a Hugging Face model card, for one system.
- `to_parquet` / `write_dataset`: a typed columnar file, and a folder ready to push as a Hub dataset
  (Parquet split per kind plus a dataset card), which pandas, DuckDB, Polars and `datasets` read.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

import yaml

from extractors import default_extractor
from extractors.lexicon import name_key

from .errors import MetricsdbError
from .model import KINDS, Record, is_unnamed_system
from .output import number_text
from .output import records_csv as to_csv  # noqa: F401  (the writers' public names here)
from .output import records_jsonl as to_jsonl  # noqa: F401

if TYPE_CHECKING:  # pyarrow is imported when a Parquet file is written: it costs every command 60 MB and 0.4 s
    import pyarrow as pa

TASK = "Results from daily paper reports"


def evaluation_tables(records: Iterable[Record], task: str = TASK,
                      corrected: Optional[Iterable[Optional[str]]] = None) -> list[dict]:
    """Score records as Papers-with-Code evaluation tables: a dataset per benchmark (and subset), a row
    per (model, paper) holding each of its metrics (the best value when a metric repeats).

    As on the boards, spellings of a benchmark or subset that differ only in case, width or hyphens,
    or by the benchmark's name before the subset, are one dataset named by its most frequent spelling
    (`Sintel (Clean)` and `Sintel (clean)`, `LIBERO (Goal)` and `LIBERO (LIBERO-Goal)` were two tables), and
    unnamed systems (`baseline`, `human`) are left out: a row names the system it ranks.

    `corrected` (output.correction_notes, one per record or None) gives a row whose shown value a hand
    correction set a `corrected` field (metric -> note), as the JSON Lines export does: the paper still
    states the extracted value."""
    rows: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
    metrics: dict[str, list[str]] = defaultdict(list)
    best_values: dict[tuple[str, str, str, str], list[tuple[float, Optional[str]]]] = defaultdict(list)
    from .store import subset_key  # as the boards group subsets; the store module is loaded only here

    records = list(records)

    def group(record: Record) -> tuple[str, str]:
        benchmark = name_key(record.benchmark)
        return benchmark, subset_key(record.subset, benchmark) if record.subset else ""

    spellings = Counter((group(r), f"{r.benchmark} ({r.subset})" if r.subset else r.benchmark)
                        for r in records if r.kind == "score")
    shown: dict[tuple[str, str], str] = {}
    for (key, spelling), _ in spellings.most_common():  # the most frequent spelling names the dataset
        shown.setdefault(key, spelling)
    for record, note in zip(records, corrected if corrected is not None else [None] * len(records)):
        if record.kind != "score" or is_unnamed_system(record.model):
            continue
        dataset = shown[group(record)]
        rows[dataset].setdefault((record.model, record.paper_id), {
            "model_name": record.model, "paper_title": record.paper_title, "paper_url": record.paper_url,
            "paper_date": record.report_date, "code_links": [], "model_links": [], "metrics": {},
            "uses_additional_data": False,
        })
        if record.metric not in metrics[dataset]:
            metrics[dataset].append(record.metric)
        best_values[(dataset, record.model, record.paper_id, record.metric)].append((record.value, note))
    for (dataset, model, paper_id, metric), values in best_values.items():
        better = min if default_extractor().lexicon.metric_lower_is_better(metric) else max
        value = better(v for v, _ in values)
        row = rows[dataset][(model, paper_id)]
        row["metrics"][metric] = number_text(value)
        notes = "; ".join(n for v, n in values if n and v == value)
        if notes:
            row.setdefault("corrected", {})[metric] = notes
    datasets = [
        {"dataset": name, "description": "", "sota": {"metrics": metrics[name], "rows": list(rows[name].values())},
         "subdatasets": []}
        for name in sorted(rows)
    ]
    return [{"task": task, "description": "", "categories": [], "datasets": datasets, "subtasks": [],
             "source_link": None}]


# ---------------------------------------------------------------- Hugging Face model-index

MODEL_INDEX_SOURCE = "metricsdb"


@lru_cache(maxsize=1)
def _hf_tasks() -> dict[str, str]:
    """Canonical metric -> Hugging Face task id (`data/hf_tasks.yaml`)."""
    data = yaml.safe_load(resources.files("metricsdb").joinpath("data", "hf_tasks.yaml").read_text("utf-8"))
    return {str(metric): str(task) for metric, task in (data or {}).items()}


def _dataset_id(benchmark: str) -> str:
    """A Hub-style dataset identifier for a benchmark name (`AIME 2025` -> `aime-2025`): the card
    spec asks for one; metricsdb does not know the real Hub id, so it writes a readable slug."""
    slug = re.sub(r"[^0-9a-z]+", "-", unicodedata.normalize("NFKC", benchmark).casefold()).strip("-")
    return slug or "dataset"


def model_index(records: Iterable[Record], model: str) -> list[dict[str, Any]]:
    """The `model-index` block of a model card for one system: a result per (benchmark, subset,
    paper) with its metrics, each citing the paper it came from. Only scores are results a card
    can show (a delta or ratio needs the system it was measured against)."""
    if is_unnamed_system(model):
        raise MetricsdbError(f"{model!r} names no particular system; a model card needs a named model")
    wanted = name_key(model)
    results: dict[tuple[str, Optional[str], str], dict[str, Any]] = {}
    name = None
    for record in records:
        if record.kind != "score" or name_key(record.model) != wanted:
            continue
        name = name or record.model
        key = (record.benchmark, record.subset, record.paper_id)
        result = results.get(key)
        if result is None:
            dataset: dict[str, Any] = {"type": _dataset_id(record.benchmark), "name": record.benchmark}
            if record.subset:
                dataset["split"] = record.subset
            result = results[key] = {
                "task": {"type": _hf_tasks().get(record.metric, "other")},
                "dataset": dataset,
                "metrics": [],
                "source": {"name": record.paper_title, "url": record.paper_url},
            }
        metric = {"type": record.metric, "value": record.value, "name": record.metric, "verified": False}
        if metric not in result["metrics"]:
            result["metrics"].append(metric)
    if name is None:
        raise MetricsdbError(f"no score records for model {model!r}")
    return [{"name": name, "results": list(results.values())}]


def model_index_yaml(records: Iterable[Record], model: str) -> str:
    """`model_index` as the YAML block a model card's front matter holds (`model-index:` key)."""
    return yaml.safe_dump({"model-index": model_index(records, model)}, allow_unicode=True, sort_keys=False)


# ---------------------------------------------------------------- Parquet and a dataset folder

def _arrow_schema() -> pa.Schema:
    """Every Record field (contract order, optional fields included) with its proper type: values as
    doubles, the report date as a date, positions as integers, names as nullable strings."""
    import pyarrow as pa

    special = {"value": pa.float64(), "value_high": pa.float64(), "report_date": pa.date32(),
               "value_start": pa.int32(), "value_end": pa.int32()}
    return pa.schema([pa.field(name, special.get(name, pa.string()), nullable=name not in ("value", "report_date"))
                      for name in Record.model_fields])


def to_arrow(records: Iterable[Record]) -> pa.Table:
    """Records as a typed Arrow table, one row per record."""
    import pyarrow as pa

    schema = _arrow_schema()
    rows = [record.model_dump() for record in records]
    columns = {}
    for field in schema:
        values = [row[field.name] for row in rows]
        if field.name == "report_date":
            values = [_calendar_date(row) for row in rows]
        columns[field.name] = pa.array(values, type=field.type)
    return pa.table(columns, schema=schema)


def _calendar_date(row: dict) -> date:
    """A record's report date as a date; a store filled before ingest refused dates such as 2026-13-45
    may still hold one, named in one line (a traceback broke the export)."""
    try:
        return date.fromisoformat(row["report_date"])
    except ValueError:
        raise MetricsdbError(f"paper {row['paper_id']}: its report date {row['report_date']} is not a calendar date; "
                             "fix the report's **Date** line and ingest it again") from None


def to_parquet(records: Iterable[Record], path: Union[str, Path],
               corrected: Optional[list[Optional[str]]] = None) -> pa.Table:
    """Write records to one Parquet file (pandas, DuckDB, Polars and `datasets` read it directly);
    returns the table written. `corrected` (output.correction_notes, one per record) adds a `corrected`
    column: a corrected value must not pass for what its evidence says."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    table = to_arrow(records)
    if corrected is not None:
        table = table.append_column(pa.field("corrected", pa.string()), pa.array(corrected, pa.string()))
    try:
        pq.write_table(table, path)
    except OSError as exc:
        raise MetricsdbError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return table


def write_dataset(records: Iterable[Record], folder: Union[str, Path],
                  corrected: Optional[list[Optional[str]]] = None) -> Path:
    """A folder to push as a Hub dataset: `data/<kind>.parquet` (one split per kind) and a
    `README.md` dataset card whose front matter declares the splits and features. `corrected` (one note
    or None per record) adds a `corrected` column to every split when a note is given."""
    folder = Path(folder)
    records = list(records)
    notes = dict(zip(map(id, records), corrected)) if corrected is not None and any(corrected) else None
    by_kind = {kind: [r for r in records if r.kind == kind] for kind in KINDS}
    splits = {kind: rows for kind, rows in by_kind.items() if rows}
    if not splits:
        raise MetricsdbError("no records to export (ingest reports first, or check --benchmark)")
    try:
        (folder / "data").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MetricsdbError(f"{folder}: cannot create ({exc.strerror or exc})") from None
    sizes = {kind: to_parquet(rows, folder / "data" / f"{kind}.parquet",
                              None if notes is None else [notes[id(r)] for r in rows]).nbytes
             for kind, rows in splits.items()}
    card = _dataset_card(records, splits, sizes, noted=notes is not None)
    try:
        (folder / "README.md").write_text(card, encoding="utf-8")
    except OSError as exc:
        raise MetricsdbError(f"{folder / 'README.md'}: cannot write ({exc.strerror or exc})") from None
    return folder


_FEATURE_DTYPES = {"double": "float64", "int32": "int32", "date32[day]": "date32", "string": "string"}
"""Arrow type names -> the `datasets` library's feature dtypes, for the dataset card."""


def _dataset_card(records: list[Record], splits: dict[str, list[Record]], sizes: dict[str, int],
                  noted: bool = False) -> str:
    dates = sorted({r.report_date for r in records})
    front = {
        "pretty_name": "metricsdb results",
        "language": ["zh", "en"],
        "tags": ["leaderboard", "evaluation", "metricsdb"],
        "configs": [{"config_name": "default",
                     "data_files": [{"split": kind, "path": f"data/{kind}.parquet"} for kind in splits]}],
        "dataset_info": {
            "features": [{"name": f.name, "dtype": _FEATURE_DTYPES[str(f.type)]} for f in _arrow_schema()]
            + ([{"name": "corrected", "dtype": "string"}] if noted else []),
            "splits": [{"name": kind, "num_bytes": sizes[kind], "num_examples": len(rows)} for kind, rows in splits.items()],
        },
    }
    counts = "\n".join(f"| {kind} | {len(rows)} |" for kind, rows in splits.items())
    return (
        "---\n"
        "# license: choose one before pushing (the evidence column quotes the reports it came from)\n"
        + yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        + "---\n\n"
        "# metricsdb results\n\n"
        "Result claims (benchmark, model, metric, value) read from the results sections of daily ML-paper\n"
        "reports by metricsdb, one row per claim, each with the exact sentence it came\n"
        "from (`evidence`) and the rule that read it (`rule`). Corrections made with `metricsdb correct` are\n"
        "applied" + ("; `corrected` says what a correction changed and which one (the evidence still states the\n"
                     "extracted value)" if noted else "") + ". A `score` is a value a system reached; a `delta` a change against a reference; a `ratio` a factor.\n\n"
        "| split | records |\n| --- | --- |\n" + counts + "\n\n"
        f"Report dates covered: {dates[0]} to {dates[-1]} ({len(dates)} reports, "
        f"{len({r.paper_id for r in records})} papers).\n\n"
        "Made with `metricsdb export --format dataset`; the record fields are described in the record contract\n"
        "(`docs/record-contract.md` in the metricsdb repository).\n"
    )
