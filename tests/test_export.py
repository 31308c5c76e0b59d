"""Exports: contract JSON Lines and CSV round-trip; evaluation tables have the leaderboard-site layout."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from metricsdb.cli import app
from metricsdb.export import evaluation_tables, to_csv, to_jsonl
from metricsdb.model import RECORD_FIELDS, Record

from .store_helpers import make_record

runner = CliRunner()


def test_jsonl_and_csv_carry_every_contract_field():
    records = [make_record(), make_record(kind="delta", value=2.5, unit="pp", direction="increase", reference="GRPO")]
    assert [Record.model_validate(json.loads(line)) for line in to_jsonl(records).splitlines()] == records
    rows = list(csv.DictReader(io.StringIO(to_csv(records))))
    assert list(rows[0]) == list(RECORD_FIELDS)
    assert float(rows[1]["value"]) == 2.5 and rows[0]["direction"] == ""


def test_evaluation_tables_group_scores_by_benchmark_and_keep_the_best_value():
    records = [
        make_record(model="A", value=80.0), make_record(model="A", value=82.0), make_record(model="B", value=70.0),
        make_record(benchmark="COCO", metric="fid", model="A", value=9.0),
        make_record(benchmark="COCO", metric="fid", model="A", value=7.5),
        make_record(kind="delta", value=3.0, direction="increase"),
    ]
    (task,) = evaluation_tables(records)
    datasets = {d["dataset"]: d["sota"] for d in task["datasets"]}
    assert set(datasets) == {"AIME 2025", "COCO"}
    aime = {row["model_name"]: row["metrics"] for row in datasets["AIME 2025"]["rows"]}
    assert aime == {"A": {"accuracy": "82"}, "B": {"accuracy": "70"}}
    assert datasets["COCO"]["rows"][0]["metrics"] == {"fid": "7.5"}  # lower is better for FID
    assert datasets["COCO"]["metrics"] == ["fid"]


def test_export_command_writes_each_format(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["ingest", "--db", db]).exit_code == 0
    jsonl = runner.invoke(app, ["export", "--db", db, "--benchmark", "ifeval"])
    assert jsonl.exit_code == 0 and all(json.loads(l)["benchmark"] == "IFEval" for l in jsonl.output.splitlines())
    target = tmp_path / "tables.json"
    assert runner.invoke(app, ["export", "--db", db, "--format", "pwc", "-o", str(target)]).exit_code == 0
    tables = json.loads(target.read_text(encoding="utf-8"))
    assert tables[0]["datasets"] and {"dataset", "sota", "subdatasets"} <= set(tables[0]["datasets"][0])


def test_export_to_an_unwritable_path_is_one_line(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    result = runner.invoke(app, ["export", "--db", db, "-o", str(tmp_path / "missing" / "x.json")])
    assert result.exit_code == 1 and "cannot write" in result.output and "Traceback" not in result.output
