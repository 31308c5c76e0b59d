"""Exports: contract records as JSON Lines or CSV, and score records as leaderboard-site tables.

`evaluation_tables` writes the layout of Papers with Code's `evaluation-tables.json` (one entry per
task, datasets with `sota.metrics` and `sota.rows`), which leaderboard sites and their tools read.
That layout writes metric values as strings; metricsdb keeps floats everywhere else.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from typing import Iterable

from extractors.vocabulary import metric_lower_is_better

from .model import RECORD_FIELDS, Record

TASK = "Results from daily paper reports"


def to_jsonl(records: Iterable[Record]) -> str:
    """One contract record per line, fields in contract order."""
    return "".join(json.dumps({f: getattr(r, f) for f in RECORD_FIELDS}, ensure_ascii=False) + "\n" for r in records)


def to_csv(records: Iterable[Record]) -> str:
    """A header of the contract fields and one row per record; empty cells for nulls."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(RECORD_FIELDS)
    for record in records:
        writer.writerow(["" if getattr(record, f) is None else getattr(record, f) for f in RECORD_FIELDS])
    return out.getvalue()


def _number_text(value: float) -> str:
    return format(value, ".15g")


def evaluation_tables(records: Iterable[Record], task: str = TASK) -> list[dict]:
    """Score records as Papers-with-Code evaluation tables: a dataset per benchmark (and subset), a row
    per (model, paper) holding each of its metrics (the best value when a metric repeats)."""
    rows: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
    metrics: dict[str, list[str]] = defaultdict(list)
    best_values: dict[tuple[str, str, str, str], list[float]] = defaultdict(list)
    for record in records:
        if record.kind != "score":
            continue
        dataset = f"{record.benchmark} ({record.subset})" if record.subset else record.benchmark
        row = rows[dataset].setdefault((record.model, record.paper_id), {
            "model_name": record.model, "paper_title": record.paper_title, "paper_url": record.paper_url,
            "paper_date": record.report_date, "code_links": [], "model_links": [], "metrics": {},
            "uses_additional_data": False,
        })
        if record.metric not in metrics[dataset]:
            metrics[dataset].append(record.metric)
        best = best_values[(dataset, record.model, record.paper_id, record.metric)]
        better = min if metric_lower_is_better(record.metric) else max
        best.append(record.value)
        row["metrics"][record.metric] = _number_text(better(best))
    datasets = [
        {"dataset": name, "description": "", "sota": {"metrics": metrics[name], "rows": list(rows[name].values())},
         "subdatasets": []}
        for name in sorted(rows)
    ]
    return [{"task": task, "description": "", "categories": [], "datasets": datasets, "subtasks": [],
             "source_link": None}]
