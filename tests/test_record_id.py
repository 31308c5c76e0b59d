"""Stable record ids: the same for unchanged text, different for different claims, shown everywhere."""
from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

import metricsdb
from metricsdb.cli import app
from metricsdb.record_id import record_ids, with_record_ids

from .conftest import SAMPLE_REPORTS
from .store_helpers import make_record, make_report

runner = CliRunner()


def test_ids_are_unique_and_name_their_paper_on_the_samples():
    records = metricsdb.extract(SAMPLE_REPORTS[0].parent)
    ids = [record.record_id for record in records]
    assert len(set(ids)) == len(ids) > 100
    assert all(record_id.startswith(record.paper_id + "-") for record_id, record in zip(ids, records))


def test_an_id_depends_on_the_text_not_on_what_was_read_from_it():
    record = make_record(evidence="A 达到 84.1%")
    renamed = record.model_copy(update={"model": "Other", "benchmark": "GSM8K", "metric": "f1", "rule": "r2"})
    assert record_ids([record]) == record_ids([renamed])
    for changed in ({"evidence": "A 达到 84.2%"}, {"kind": "delta"}, {"paper_id": "2601.00002"}, {"value": 84.2}):
        assert record_ids([record.model_copy(update=changed)]) != record_ids([record])


def test_one_number_read_for_two_systems_gives_two_ids_in_extraction_order():
    both = [make_record(model="A", evidence="A 和 B 均为 84.1"), make_record(model="B", evidence="A 和 B 均为 84.1")]
    first, second = record_ids(both)
    assert first != second
    assert record_ids(both[:1]) == [first]


def test_a_papers_ids_do_not_depend_on_the_other_papers_of_its_report():
    mine = [make_record(evidence="reaches 50%"), make_record(evidence="reaches 60%", value=60.0)]
    other = make_record(paper_id="2601.00002", evidence="reaches 50%")
    assert record_ids([other, mine[0], other, mine[1]])[1::2] == record_ids(mine)


def test_a_record_that_has_an_id_keeps_it():
    kept = make_record(record_id="given-id")
    assert [record.record_id for record in with_record_ids([kept])] == ["given-id"]


def test_reingesting_unchanged_text_keeps_every_id_and_a_changed_number_changes_only_its_own(tmp_path):
    path = tmp_path / "daily.txt"
    shutil.copy(SAMPLE_REPORTS[0], path)
    with metricsdb.connect(f"sqlite:///{tmp_path / 'm.db'}") as store:
        store.ingest(path)
        before = store.records()
        store.ingest(path)
        assert store.records()["record_id"].tolist() == before["record_id"].tolist()
        text = path.read_text(encoding="utf-8")
        changed = next(row for row in before.to_dict("records")  # a number the next version of the report changes
                       if row["kind"] == "score" and f"{row['value']:g}%" in row["evidence"]
                       and text.count(row["evidence"]) == 1 and (before["evidence"] == row["evidence"]).sum() == 1)
        number = f"{changed['value']:g}%"
        path.write_text(text.replace(changed["evidence"], changed["evidence"].replace(number, f"{changed['value'] + 1.5:g}%")),
                        encoding="utf-8")
        store.ingest(path)
        after = store.records()["record_id"].tolist()
    assert changed["record_id"] not in after
    assert set(before["record_id"]) - set(after) == {changed["record_id"]}


def test_record_id_is_in_extract_leaderboard_and_export_output(tmp_path):
    samples = str(SAMPLE_REPORTS[0].parent)
    extracted = runner.invoke(app, ["extract", samples])
    ids = [json.loads(line)["record_id"] for line in extracted.stdout.splitlines()]
    assert all(ids)
    csv_header = runner.invoke(app, ["extract", samples, "--format", "csv"]).stdout.splitlines()[0]
    assert "record_id" in csv_header.split(",")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["ingest", samples, "--db", db]).exit_code == 0
    board = json.loads(runner.invoke(app, ["leaderboard", "IFEval", "--db", db, "--format", "json"]).stdout)
    assert {row["record_id"] for row in board["rows"]} <= set(ids) and board["rows"]
    board_csv = runner.invoke(app, ["leaderboard", "IFEval", "--db", db, "--format", "csv"]).stdout
    assert "record_id" in board_csv.splitlines()[0].split(",")
    exported = runner.invoke(app, ["export", "--db", db]).stdout.splitlines()
    assert [json.loads(line)["record_id"] for line in exported] == ids


def test_store_add_numbers_records_that_come_without_an_id(store):
    store.add(make_report(), [make_record(), make_record(value=60.0, evidence="reaches 60%")])
    assert store.records()["record_id"].tolist() == record_ids([make_record(), make_record(value=60.0, evidence="reaches 60%")])
