"""Exports: contract JSON Lines and CSV round-trip; evaluation tables have the leaderboard-site layout."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

from typer.testing import CliRunner

from metricsdb.cli import app
from metricsdb.export import evaluation_tables, model_index, to_csv, to_jsonl
from metricsdb.store import connect as metricsdb_store
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


def test_evaluation_tables_merge_spellings_as_boards_do_and_leave_out_unnamed_systems():
    records = [
        make_record(benchmark="Sintel", subset="Clean", metric="epe", model="RAFT", value=1.6),
        make_record(benchmark="sintel", subset="clean", metric="epe", model="GMFlow", value=1.7),
        make_record(benchmark="Sintel", subset="Final", metric="epe", model="RAFT", value=2.8),
        make_record(benchmark="Sintel", subset="Clean", metric="epe", model="baseline", value=2.0),
        make_record(benchmark="Sintel", subset="Sintel-clean", metric="epe", model="SkipFlow", value=1.1),
        make_record(benchmark="Sintel", subset="Clean", metric="epe", model="PolyFlow", value=1.08),
    ]
    (task,) = evaluation_tables(records)
    datasets = {d["dataset"]: [row["model_name"] for row in d["sota"]["rows"]] for d in task["datasets"]}
    assert datasets == {"Sintel (Clean)": ["RAFT", "GMFlow", "SkipFlow", "PolyFlow"], "Sintel (Final)": ["RAFT"]}


def test_export_command_writes_each_format(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["ingest", "--db", db]).exit_code == 0
    jsonl = runner.invoke(app, ["export", "--db", db, "--benchmark", "ifeval"])
    assert jsonl.exit_code == 0 and all(json.loads(l)["benchmark"] == "IFEval" for l in jsonl.output.splitlines())
    as_array = runner.invoke(app, ["export", "--db", db, "--benchmark", "ifeval", "--format", "json"])
    assert as_array.exit_code == 0 and json.loads(as_array.output) == [json.loads(l) for l in jsonl.output.splitlines()]
    target = tmp_path / "tables.json"
    assert runner.invoke(app, ["export", "--db", db, "--format", "pwc", "-o", str(target)]).exit_code == 0
    tables = json.loads(target.read_text(encoding="utf-8"))
    assert tables[0]["datasets"] and {"dataset", "sota", "subdatasets"} <= set(tables[0]["datasets"][0])


def test_without_format_the_output_files_suffix_picks_it(tmp_path):
    """`export -o records.csv` wrote JSON Lines into the .csv file, `-o records.parquet` text into a .parquet."""
    import pandas as pd

    db = _stored(tmp_path)
    for suffix in ("csv", "json", "jsonl", "parquet", "CSV"):
        by_suffix, named = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
        assert runner.invoke(app, ["export", "--db", db, "-o", str(by_suffix)]).exit_code == 0
        fmt = suffix.lower()
        assert runner.invoke(app, ["export", "--db", db, "--format", fmt, "-o", str(named)]).exit_code == 0
        assert by_suffix.read_bytes() == named.read_bytes()
    assert len(pd.read_parquet(tmp_path / "a.parquet")) == len(list(csv.DictReader(io.StringIO(
        (tmp_path / "a.csv").read_text(encoding="utf-8"))))) > 0
    other = tmp_path / "records.txt"  # no suffix of a format: JSON Lines, as with no -o
    assert runner.invoke(app, ["export", "--db", db, "-o", str(other)]).exit_code == 0
    assert other.read_text(encoding="utf-8") == runner.invoke(app, ["export", "--db", db]).stdout
    told = tmp_path / "told.csv"  # --format given wins over the suffix
    assert runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(told)]).exit_code == 0
    assert told.read_text(encoding="utf-8") == other.read_text(encoding="utf-8")


def test_export_to_an_unwritable_path_is_one_line(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["init-db", "--db", db]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", db, "-o", str(tmp_path / "missing" / "x.json")])
    assert result.exit_code == 1 and "cannot write" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------- formats the ecosystem reads, read back by their readers

def _stored(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["ingest", "--db", db]).exit_code == 0
    return db


def test_model_index_parses_with_huggingface_hub_and_cites_each_paper(tmp_path):
    from huggingface_hub import ModelCard

    db = _stored(tmp_path)
    result = runner.invoke(app, ["export", "--db", db, "--format", "model-index", "--model", "gpt-4o"])
    assert result.exit_code == 0, result.output
    card = ModelCard("---\n" + result.output + "---\n\n# GPT-4o\n")
    name, evals = card.data.model_name, card.data.eval_results
    assert name == "GPT-4o"
    with metricsdb_store(db) as store:
        scores = store.records(model="GPT-4o", kind="score")
    assert len(evals) == len(scores) > 0  # every score once, none from deltas
    ifeval = [e for e in evals if e.dataset_name == "IFEval"]
    assert [e.metric_value for e in ifeval] == [84.8]
    assert all(e.task_type and e.dataset_type and e.metric_type for e in evals)  # the spec's required keys
    assert {e.source_url for e in evals} == set(scores["paper_url"])


def test_model_index_puts_the_subset_in_the_split_and_merges_a_papers_metrics():
    records = [make_record(model="Foo", subset="Hard", metric="accuracy", value=71.0),
               make_record(model="Foo", subset="Hard", metric="f1", value=66.0),
               make_record(model="Foo", benchmark="LibriSpeech", subset="test-clean", metric="wer", value=1.9),
               make_record(model="Bar", value=50.0),
               make_record(model="Foo", kind="delta", value=3.0, direction="increase")]
    (entry,) = model_index(records, "foo")
    hard, speech = entry["results"]
    assert hard["dataset"] == {"type": "aime-2025", "name": "AIME 2025", "split": "Hard"}
    assert [(m["type"], m["value"]) for m in hard["metrics"]] == [("accuracy", 71.0), ("f1", 66.0)]
    assert speech["task"]["type"] == "automatic-speech-recognition" and hard["task"]["type"] == "other"


def test_model_index_refuses_unnamed_systems_and_unknown_models(tmp_path):
    db = _stored(tmp_path)
    for model, problem in (("baseline", "names no particular system"), ("No Such Model", "no score records")):
        result = runner.invoke(app, ["export", "--db", db, "--format", "model-index", "--model", model])
        assert result.exit_code == 1 and problem in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert "needs --model" in runner.invoke(app, ["export", "--db", db, "--format", "model-index"]).output


def test_parquet_round_trips_through_pandas_with_proper_types(tmp_path):
    import pandas as pd

    db = _stored(tmp_path)
    target = tmp_path / "records.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(target)]).exit_code == 0
    frame = pd.read_parquet(target)
    with metricsdb_store(db) as store:
        stored = store.records()
    assert list(frame.columns) == list(Record.model_fields)  # contract order, optional fields included
    assert len(frame) == len(stored)
    assert str(frame["value"].dtype) == "float64" and str(frame["value_high"].dtype) == "float64"
    assert frame["report_date"].map(type).eq(dt.date).all()  # a date, not text
    assert frame["subset"].isna().sum() == stored["subset"].isna().sum()  # nulls stay null, not ''
    back = [Record(**{k: (v.isoformat() if k == "report_date" else None if pd.isna(v) else v) for k, v in row.items()})
            for row in frame.to_dict("records")]
    assert back == [Record(**{k: (None if pd.isna(v) else v) for k, v in row.items()}) for row in stored.to_dict("records")]


def test_parquet_and_dataset_need_an_output_path(tmp_path):
    db = _stored(tmp_path)
    for fmt in ("parquet", "dataset"):
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt])
        assert result.exit_code == 1 and "-o" in result.output and "Traceback" not in result.output


def test_a_stored_date_that_is_no_calendar_date_is_named_in_one_line(tmp_path):
    """Stores filled before ingest refused `**Date**: 2026-13-45` hold such dates; Parquet's date column
    broke on them with a traceback."""
    import sqlalchemy

    db = _stored(tmp_path)
    with sqlalchemy.create_engine(db).begin() as connection:
        paper = connection.execute(sqlalchemy.text("SELECT paper_id FROM records LIMIT 1")).scalar_one()
        connection.execute(sqlalchemy.text("UPDATE records SET report_date = '2026-13-45' WHERE paper_id = :p"),
                           {"p": paper})
    for fmt in ("parquet", "dataset"):
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "-o", str(tmp_path / f"out-{fmt}")])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.output.strip().splitlines() == [
            f"metricsdb: paper {paper}: its report date 2026-13-45 is not a calendar date; fix the report's **Date** "
            "line and ingest it again"]
    assert runner.invoke(app, ["export", "--db", db]).exit_code == 0  # JSON Lines keeps the text as stored


def test_dataset_folder_loads_with_the_datasets_library(tmp_path, monkeypatch):
    import datasets
    import yaml

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # a local folder: nothing to fetch

    db = _stored(tmp_path)
    folder = tmp_path / "ds"
    assert runner.invoke(app, ["export", "--db", db, "--format", "dataset", "-o", str(folder)]).exit_code == 0
    with metricsdb_store(db) as store:
        stored = store.records()
    loaded = datasets.load_dataset(str(folder), cache_dir=str(tmp_path / "hf-cache"))
    counts = stored["kind"].value_counts().to_dict()
    assert {split: loaded[split].num_rows for split in loaded} == counts
    assert loaded["score"].features["value"].dtype == "float64"
    card = (folder / "README.md").read_text(encoding="utf-8")
    front = yaml.safe_load(card.split("---\n")[1])
    assert "license" not in front and "# license:" in card  # left for the user to choose
    assert {s["name"]: s["num_examples"] for s in front["dataset_info"]["splits"]} == counts
    dates = sorted(set(stored["report_date"]))
    assert f"Report dates covered: {dates[0]} to {dates[-1]} ({len(dates)} reports" in card


def test_export_keeps_only_the_model_and_benchmark_asked_for_and_names_one_that_matches_nothing(tmp_path):
    """--model did nothing outside model-index (every record was exported), and a mistyped --benchmark
    exported nothing with exit 0."""
    db = _stored(tmp_path)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", db, "-f", "csv", "--model", "gpt-4o"]).stdout)))
    assert rows and {row["model"] for row in rows} == {"GPT-4o"}
    both = runner.invoke(app, ["export", "--db", db, "--model", "gpt-4o", "--benchmark", "ifeval"])
    assert {(json.loads(line)["benchmark"], json.loads(line)["model"]) for line in both.stdout.splitlines()} == {("IFEval", "GPT-4o")}
    for args, named in ((["--benchmark", "IFEvel"], "benchmark 'IFEvel'"), (["--model", "GPT-4x"], "model 'GPT-4x'")):
        result = runner.invoke(app, ["export", "--db", db, "-f", "csv", *args])
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr == f"metricsdb: no stored records of {named} (`metricsdb benchmarks` lists the benchmarks)\n"
