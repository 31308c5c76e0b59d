"""Curation: reject, correct, alias and add records; every fix kept through re-ingest, applied on every
read, shared as YAML; run on SQLite and PostgreSQL (the `store` fixture)."""
from __future__ import annotations

import csv
import io
import json
import math
import multiprocessing
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml
from typer.testing import CliRunner

from metricsdb import cli
from metricsdb.curation import Correction, CurationError, parse_assignments
from metricsdb.model import RECORD_FIELDS, Record
from metricsdb.report import read_report
from metricsdb.store import LEADERBOARD_COLUMNS, NotInDatabaseError, Store

from .conftest import SAMPLE_REPORTS
from .store_helpers import make_record, make_report

runner = CliRunner()


def run(*args: object):
    result = runner.invoke(cli.app, [str(arg) for arg in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def board(store: Store, benchmark: str, **options: str) -> list[tuple]:
    return [(row["rank"], row["model"], row["value"], row["record_id"]) for row in rows(store, benchmark, **options)]


def rows(store: Store, benchmark: str, **options: str) -> list[dict]:
    return [dict(zip(LEADERBOARD_COLUMNS, row)) for row in store.leaderboard_rows(benchmark, **options).rows]


def _board_or_error(store: Store, benchmark: str) -> object:
    try:
        return board(store, benchmark)
    except NotInDatabaseError as exc:
        return str(exc)


def row_of(store: Store, benchmark: str, model: str) -> dict:
    return next(row for row in rows(store, benchmark) if row["model"] == model)


@pytest.fixture
def samples(store: Store) -> Store:
    store.ingest(SAMPLE_REPORTS)
    return store


def test_correct_and_reject_change_boards_records_and_counts_and_survive_reingest(samples):
    store = samples
    gpt = row_of(store, "IFEval", "GPT-4o")
    lsrif = row_of(store, "IFEval", "LSRIF (Qwen3-8B)")
    records_before = store.stats()["records"]
    store.correct(gpt["record_id"], {"value": "91.5"}, "the table says 91.5", by="alice")
    store.reject(lsrif["record_id"], "not an IFEval score", by="bob")
    expected = [(1, "GPT-4o", 91.5, gpt["record_id"])]
    assert board(store, "IFEval")[:1] == expected
    assert lsrif["record_id"] not in set(store.records()["record_id"])
    assert store.records(model="GPT-4o", benchmark="IFEval")["value"].tolist() == [91.5]
    assert store.stats()["records"] == records_before - 1
    assert store.ingest(SAMPLE_REPORTS).replaced == len(SAMPLE_REPORTS)
    assert board(store, "IFEval")[:1] == expected
    assert store.stats()["records"] == records_before - 1
    made = store.corrections()
    assert [(c.action, c.by, c.reason, c.orphaned) for c in made] == [
        ("correct", "alice", "the table says 91.5", False), ("reject", "bob", "not an IFEval score", False)]
    assert made[0].original["value"] == 84.8 and made[0].changes == {"value": 91.5}


def test_a_correction_can_move_a_record_to_another_board_and_kind(samples):
    store = samples
    gpt = row_of(store, "IFEval", "GPT-4o")
    counts = dict(zip(store.benchmarks()["name"], store.benchmarks()["records"]))
    store.correct(gpt["record_id"], {"benchmark": "IFEval-Hard", "metric": "Accuracy"}, "another split", by="a")
    assert "GPT-4o" not in [row[1] for row in board(store, "IFEval")]
    moved = store.leaderboard_rows("ifeval hard")
    assert moved.attrs["benchmark"] == "IFEval-Hard" and moved.attrs["metric"] == "accuracy"
    assert [row["record_id"] for row in rows(store, "ifeval hard")] == [gpt["record_id"]]
    after = dict(zip(store.benchmarks()["name"], store.benchmarks()["records"]))
    assert after["IFEval"] == counts["IFEval"] - 1 and after["IFEval-Hard"] == 1
    store.correct(gpt["record_id"], {"kind": "delta", "direction": "increase"}, "it is a gain", by="a")
    assert [row["record_id"] for row in rows(store, "IFEval-Hard", kind="delta")] == [gpt["record_id"]]
    assert store.leaderboard_rows("IFEval-Hard").kind == "delta"  # the kind it has, when not asked
    with pytest.raises(NotInDatabaseError, match="no score records"):
        store.leaderboard_rows("IFEval-Hard", kind="score")


def test_an_alias_merges_boards_and_counts(store):
    store.add(make_report(), [
        make_record(benchmark="AIME25", model="A", value=60.0, evidence="A 60"),
        make_record(benchmark="AIME 2025", model="B", value=70.0, evidence="B 70"),
        make_record(benchmark="AIME 2025", model="a", value=50.0, evidence="a 50", paper_id="2601.00002"),
    ])
    assert len(store.benchmarks()) == 2
    store.alias("benchmark", "aime25", "AIME 2025", by="c")
    assert store.benchmarks().values.tolist() == [["AIME 2025", 3, 3, 0, 0, 2]]
    for asked in ("AIME25", "aime 2025"):
        assert [row[1:3] for row in board(store, asked)] == [("B", 70.0), ("A", 60.0), ("a", 50.0)]
    store.alias("model", "a", "Alpha", by="c")  # forgiving: both A and a become Alpha, one entry per paper
    assert [row[1:3] for row in board(store, "AIME 2025")] == [("B", 70.0), ("Alpha", 60.0), ("Alpha", 50.0)]
    assert store.models().values.tolist() == [["Alpha", 2, 1], ["B", 1, 1]]
    assert set(store.records(model="alpha")["value"]) == {60.0, 50.0}
    store.alias("metric", "accuracy", "Acc", by="c")
    assert store.leaderboard_rows("AIME 2025").metric == "acc"
    assert len(store.records(metric="ACC")) == 3


def test_an_added_record_needs_its_evidence_in_the_paper_and_is_kept_until_the_text_changes(store, tmp_path):
    path = tmp_path / "daily.txt"
    shutil.copy(SAMPLE_REPORTS[0], path)
    store.ingest(path)
    paper = read_report(path).papers[0]
    sentence = paper.results_text.strip().splitlines()[0][:30]
    added = store.add(paper=paper.paper_id, evidence=sentence, by="d", reason="missed by the rules",
                      fields={"benchmark": "HandBench", "model": "Mine", "value": 42})
    assert board(store, "HandBench") == [(None, "Mine", 42.0, added.record_id)]  # a generic `score`: unranked
    record = store.records(benchmark="HandBench").to_dict("records")[0]
    assert record["rule"] == "curation.add" and record["evidence"] == sentence and record["paper_id"] == paper.paper_id
    with pytest.raises(CurationError, match="already there"):
        store.add(paper=paper.paper_id, evidence=sentence, fields={"benchmark": "HandBench", "model": "Mine", "value": 42})
    with pytest.raises(CurationError, match="not in the results text"):
        store.add(paper=paper.paper_id, evidence="words the paper never says", fields={"benchmark": "B", "model": "M", "value": 1})
    with pytest.raises(CurationError, match="needs"):
        store.add(paper=paper.paper_id, evidence=sentence, fields={"benchmark": "B", "value": 1})
    store.correct(added.record_id, {"value": 43}, "typo", by="d")
    assert board(store, "HandBench")[0][2] == 43.0
    path.write_text(path.read_text(encoding="utf-8").replace(sentence, "rewritten text"), encoding="utf-8")
    store.ingest(path)
    assert "HandBench" not in set(store.benchmarks()["name"])
    assert [c.action for c in store.corrections(orphaned=True)] == ["add", "correct"]


def test_a_correction_whose_record_is_gone_is_kept_as_orphaned_and_comes_back_with_its_text(store, tmp_path):
    path = tmp_path / "daily.txt"
    shutil.copy(SAMPLE_REPORTS[0], path)
    store.ingest(path)
    original = path.read_text(encoding="utf-8")
    target = next(row for row in store.records().to_dict("records")
                  if original.count(row["evidence"]) == 1 and row["kind"] == "score")
    store.reject(target["record_id"], "wrong", by="e")
    assert store.corrections(orphaned=True) == []
    path.write_text(original.replace(target["evidence"], "这句话被删掉了。"), encoding="utf-8")
    store.ingest(path)
    [orphan] = store.corrections(orphaned=True)
    assert orphan.record_id == target["record_id"] and orphan.original["evidence"] == target["evidence"]
    path.write_text(original, encoding="utf-8")
    store.ingest(path)
    assert store.corrections(orphaned=True) == []
    assert target["record_id"] not in set(store.records()["record_id"])


def test_bad_corrections_are_refused_and_change_nothing(samples):
    store = samples
    record_id = store.records()["record_id"][0]
    for call, message in [
        (lambda: store.correct(record_id, {"valu": 1}, "x"), "unknown field 'valu'"),
        (lambda: store.correct(record_id, {"value": "abc"}, "x"), "is not a number"),
        (lambda: store.correct(record_id, {"value": "nan"}, "x"), "finite"),
        (lambda: store.correct(record_id, {"kind": "best"}, "x"), "kind"),
        (lambda: store.correct(record_id, {"model": ""}, "x"), "empty"),
        (lambda: store.correct("2601.00000-00000000", {"value": 1}, "x"), "no record"),
        (lambda: store.correct(record_id, {"value": 1}, "  "), "reason"),
        (lambda: store.alias("dataset", "a", "b"), "one of benchmark, model, metric"),
    ]:
        with pytest.raises(CurationError, match=message):
            call()
    assert store.corrections() == []
    store.reject(record_id, "wrong")
    with pytest.raises(CurationError, match="already rejected"):
        store.correct(record_id, {"value": 1}, "x")


def test_parse_assignments():
    assert parse_assignments(["value=84.1", "subset=", "metric= F1 ", "value_high=none"]) == {
        "subset": None, "metric": "f1", "value": 84.1, "value_high": None}
    with pytest.raises(CurationError, match="FIELD=VALUE"):
        parse_assignments(["value"])


def test_cli_commands_and_their_one_line_errors(store, database_url):
    store.ingest(SAMPLE_REPORTS)
    gpt = row_of(store, "IFEval", "GPT-4o")["record_id"]
    paper = read_report(SAMPLE_REPORTS[2]).papers[0]
    db = ("--db", database_url)
    assert run("correct", gpt, "--set", "value=85.8", "--reason", "table", "--by", "ann", *db).exit_code == 0
    assert run("alias", "model", "GPT-4o", "GPT-4o (2024-05)", *db).exit_code == 0
    assert run("add", "--paper", paper.paper_id, "--evidence", paper.results_text[:20], "--set", "benchmark=Hand",
               "--set", "model=M", "--set", "value=1", *db).exit_code == 0
    for args, message in [
        (("correct", gpt, "--set", "colour=red", "--reason", "r"), "unknown field 'colour'"),
        (("correct", gpt, "--set", "value=eighty", "--reason", "r"), "is not a number"),
        (("reject", "nope", "--reason", "r"), "no record 'nope'"),
        (("add", "--paper", paper.paper_id, "--evidence", "nowhere in it", "--set", "benchmark=B", "--set", "model=M",
          "--set", "value=1"), "evidence is not in the results text"),
        (("add", "--paper", "0000.00000", "--evidence", "x", "--set", "benchmark=B", "--set", "model=M",
          "--set", "value=1"), "no paper '0000.00000'"),
    ]:
        result = run(*args, *db)
        assert result.exit_code == 1, result.output
        [line] = result.stderr.splitlines()
        assert line.startswith("metricsdb: ") and message in line
    listed = run("corrections", "list", "--format", "json", *db)
    assert [(c["action"], c["by"]) for c in json.loads(listed.stdout)][0] == ("correct", "ann")
    assert "GPT-4o (2024-05)" in run("leaderboard", "IFEval", *db).stdout
    assert run("corrections", "list", "--orphaned", *db).stdout.strip() == "no orphaned corrections"


def _curated_copy(store: Store, url: str) -> Store:
    """A store holding, as if extracted, the records `store` shows with its corrections applied."""
    copy = Store(url)
    by_date: dict[str, list[Record]] = {}
    for row in store.records().to_dict("records"):
        record = Record(**{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()})
        by_date.setdefault(record.report_date, []).append(record)
    for path in SAMPLE_REPORTS:
        report = read_report(path)
        copy.add(report, by_date.get(report.date, []))
    return copy


def test_every_read_with_corrections_equals_a_store_extracted_that_way(samples, tmp_path):
    """The fast paths (counts adjusted, only touched boards rebuilt) against plain stored records."""
    store = samples
    rows = store.records().to_dict("records")
    gpt = row_of(store, "IFEval", "GPT-4o")
    names = dict.fromkeys(row["benchmark"] for row in rows if row["kind"] == "score" and row["benchmark"] != "IFEval")
    score = [next(row for row in rows if row["benchmark"] == name and row["kind"] == "score") for name in names]
    paper = read_report(SAMPLE_REPORTS[1]).papers[3]
    store.correct(gpt["record_id"], {"benchmark": score[0]["benchmark"], "metric": score[0]["metric"]}, "moved", by="x")
    store.correct(score[1]["record_id"], {"value": -3.5, "model": "Renamed"}, "value", by="x")
    store.correct(score[2]["record_id"], {"kind": "delta", "direction": "decrease"}, "a delta", by="x")
    store.reject(score[3]["record_id"], "no", by="x")
    store.correct(score[9]["record_id"], {"subset": "Hard"}, "a subset's number", by="x")
    delta = next(row for row in rows if row["kind"] == "delta" and row["benchmark"] in names)
    store.correct(delta["record_id"], {"kind": "score", "direction": None}, "a score after all", by="x")
    store.alias("benchmark", score[4]["benchmark"], score[5]["benchmark"], by="x")
    store.alias("model", score[6]["model"], "Alias Model", by="x")
    store.alias("metric", score[7]["metric"], "renamed metric", by="x")
    store.add(paper=paper.paper_id, evidence=paper.results_text[:25], by="x",
              fields={"benchmark": score[8]["benchmark"], "model": "Hand", "value": 99, "metric": score[8]["metric"]})
    copy = _curated_copy(store, f"sqlite:///{tmp_path / 'copy.db'}")
    assert store.stats() == copy.stats()
    assert store.benchmarks().values.tolist() == copy.benchmarks().values.tolist()
    assert store.models().values.tolist() == copy.models().values.tolist()
    assert store.papers().values.tolist() == copy.papers().values.tolist()
    for name in copy.benchmarks()["name"]:
        for kind in ("score", "delta", "ratio"):
            try:
                expected = copy.leaderboard_rows(name, kind=kind)
            except NotInDatabaseError as exc:
                with pytest.raises(NotInDatabaseError, match=re.escape(str(exc))):
                    store.leaderboard_rows(name, kind=kind)
                continue
            got = store.leaderboard_rows(name, kind=kind)
            assert got.attrs == expected.attrs
            assert [row[:-1] for row in got.rows] == [row[:-1] for row in expected.rows]  # all but the record id
        try:
            default = copy.leaderboard_rows(name).attrs
        except NotInDatabaseError as exc:  # only subset numbers: no overall board on either side
            with pytest.raises(NotInDatabaseError, match=re.escape(str(exc))):
                store.leaderboard_rows(name)
        else:
            assert store.leaderboard_rows(name).attrs == default
        assert store.find_benchmark(name) == copy.find_benchmark(name)
        assert store.metrics(name, "delta") == copy.metrics(name, "delta")
    copy.close()


def test_export_then_import_into_a_fresh_store_gives_the_same_boards_and_is_idempotent(samples, tmp_path):
    store = samples
    gpt = row_of(store, "IFEval", "GPT-4o")["record_id"]
    store.correct(gpt, {"value": 85.8}, "table 2", by="f")
    store.reject(row_of(store, "IFEval", "LSRIF (Qwen3-8B)")["record_id"], "wrong", by="f")
    store.alias("benchmark", "VBench", "VBench (total)", by="f")
    exported = tmp_path / "corrections.yaml"
    assert run("corrections", "export", "-o", exported, "--db", store.url).exit_code == 0
    document = yaml.safe_load(exported.read_text(encoding="utf-8"))
    assert [item["action"] for item in document["corrections"]] == ["correct", "reject", "alias"]
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    result = run("corrections", "import", exported, "--db", fresh)
    assert result.exit_code == 0 and "3 corrections imported" in result.stdout
    assert "0 corrections imported, 3 already there" in run("corrections", "import", exported, "--db", fresh).stdout
    with Store(fresh) as other:
        other.ingest(SAMPLE_REPORTS)
        assert [c.id for c in other.corrections()] == [c.id for c in store.corrections()]
        for name in store.benchmarks()["name"]:
            assert _board_or_error(other, name) == _board_or_error(store, name)
        assert other.stats() == store.stats()


def test_a_bad_corrections_file_is_one_line_and_imports_nothing(store, tmp_path):
    good = Correction(id="a" * 32, action="alias", field="model", spelling="x", canonical="y", by="g",
                      at="2026-01-01T00:00:00.000000Z").model_dump(exclude={"orphaned"})
    for text, message in [
        ("corrections: [", "not YAML"),
        ("just: words", "no `corrections:` list"),
        (yaml.safe_dump({"corrections": [good, {**good, "id": "b" * 32, "action": "correct"}]}), "correction 2: "),
        (yaml.safe_dump({"corrections": [{**good, "changes": {"value": "abc"}, "action": "correct", "record_id": "r"}]}),
         "correction 1: "),
    ]:
        path = tmp_path / "bad.yaml"
        path.write_text(text, encoding="utf-8")
        result = run("corrections", "import", path, "--db", store.url)
        assert result.exit_code == 1
        [line] = result.stderr.splitlines()
        assert line.startswith(f"metricsdb: {path}: ") and message in line
    assert store.corrections() == []


def _correct_many(url: str, record_ids: list[str], who: str) -> None:
    with Store(url) as store:
        for number, record_id in enumerate(record_ids):
            store.correct(record_id, {"value": float(number)}, f"{who} {number}", by=who)


def test_two_writers_correcting_at_once_lose_nothing(samples):
    store = samples
    ids = store.records()["record_id"].tolist()[:40]
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_correct_many, args=(store.url, ids[start::2] + ids[:5], who))
               for start, who in ((0, "one"), (1, "two"))]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    made = store.corrections()
    assert len(made) == 2 * (20 + 5) and len({c.id for c in made}) == len(made)
    assert {c.by for c in made} == {"one", "two"}
    values = dict(zip(store.records()["record_id"], store.records()["value"]))
    assert all(values[record_id] == float(ids[1::2].index(record_id)) for record_id in ids[1::2][5:])


def test_every_record_field_survives_a_yaml_round_trip(store):
    store.add(make_report(), [make_record(evidence="符号 ≥ 50%: “引号”\n- 列表", reference="x: y")])
    record_id = store.records()["record_id"][0]
    store.correct(record_id, {"reference": "a: b # c", "subset": "- [x]"}, "'quotes' & : colons", by="名字")
    from metricsdb.curation import from_yaml, to_yaml

    assert from_yaml(to_yaml(store.corrections()), "f") == store.corrections()
    assert set(store.corrections()[0].original) <= set(RECORD_FIELDS)


@pytest.mark.parametrize("command", [["reject"], ["correct"], ["alias"], ["add"], ["corrections", "list"],
                                     ["corrections", "export"], ["corrections", "import"]])
def test_every_curation_command_has_help_and_takes_db(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "--db" in result.output
    assert "--by" in result.output or command[0] == "corrections"


def test_the_corrections_table_shows_control_characters_never_obeys_them(samples):
    record_id = samples.records()["record_id"][0]
    samples.correct(record_id, {"model": "M\x1b[2J"}, "clear \x1b]0;title\x07 screen", by="h\x1b[31m")
    for args in (["corrections", "list"], ["correct", record_id, "--set", "subset=\x1b[1mX", "--reason", "r\x1b[0m"]):
        result = run(*args, "--db", samples.url)
        assert result.exit_code == 0 and "\x1b" not in result.stdout and "\\x1b" in result.stdout


def test_names_set_by_hand_lose_the_characters_that_draw_nothing(samples):
    """`correct --set model=Evil\u202eNet` stored the bidi control: the app's grid then drew 'EvilteN' and
    the rest of the row's correction note backwards. Names are cleaned as the extractor cleans them."""
    gpt = row_of(samples, "IFEval", "GPT-4o")
    samples.correct(gpt["record_id"], {"model": "Evil\u202eNet", "subset": "Ha\u200brd\u2066"}, "hand", by="a")
    assert samples.corrections()[-1].changes == {"subset": "Hard", "model": "EvilNet"}
    assert [row[1] for row in board(samples, "IFEval", subset="Hard")] == ["EvilNet"]
    samples.alias("model", "EvilNet", "Good\u202dNet")
    assert [row[1] for row in board(samples, "IFEval", subset="Hard")] == ["GoodNet"]
    with pytest.raises(CurationError, match="model cannot be empty"):
        samples.correct(gpt["record_id"], {"model": "\u202e\u200b"}, "nothing visible", by="a")


def test_a_corrected_value_says_so_and_which_correction_wherever_it_is_shown(samples, tmp_path):
    """The evidence still states the extracted 84.8: a board or an export showing 85.8 beside it must say
    the value was corrected, and by which correction."""
    gpt = row_of(samples, "IFEval", "GPT-4o")["record_id"]
    made = samples.correct(gpt, {"value": 85.8}, "table 2 says 85.8", by="ann")
    note = f"corrected value 84.8 → 85.8 by correction {made.id[:8]} (ann)"
    db = ("--db", samples.url)
    table = run("leaderboard", "IFEval", *db).stdout.splitlines()
    assert table[1].split()[-1] == "corrected"
    assert next(line for line in table if " GPT-4o " in line).endswith(note)
    assert not next(line for line in table if "LSRIF" in line).rstrip().endswith(")")
    rows = json.loads(run("leaderboard", "IFEval", "-f", "json", *db).stdout)["rows"]
    assert {row["model"]: row["corrected"] for row in rows}["GPT-4o"] == note
    assert {row["model"]: row["corrected"] for row in rows}["LSRIF (Qwen3-8B)"] is None
    listed = list(csv.DictReader(io.StringIO(run("leaderboard", "IFEval", "-f", "csv", *db).stdout)))
    assert [row["corrected"] for row in listed if row["model"] == "GPT-4o"] == [note]
    lines = [json.loads(line) for line in run("export", *db).stdout.splitlines()]
    assert [line["corrected"] for line in lines if "corrected" in line] == [note]
    assert next(line for line in lines if line["record_id"] == gpt)["value"] == 85.8
    assert json.loads(run("export", "-f", "json", *db).stdout) == lines
    exported = list(csv.DictReader(io.StringIO(run("export", "-f", "csv", *db).stdout)))
    assert [row["corrected"] for row in exported if row["corrected"]] == [note]
    assert run("export", "-f", "parquet", "-o", tmp_path / "r.parquet", *db).exit_code == 0
    parquet = pd.read_parquet(tmp_path / "r.parquet")
    assert parquet["corrected"].dropna().tolist() == [note]
    card = run("export", "-f", "model-index", "--model", "gpt-4o", *db).stdout
    assert card.startswith(f"# IFEval 85.8: {note}\n") and yaml.safe_load(card)["model-index"][0]["name"] == "GPT-4o"


def test_the_pwc_and_dataset_exports_say_which_values_were_corrected(samples, tmp_path):
    """Like JSON Lines, CSV and Parquet: a corrected value must not pass for what its paper states."""
    gpt = row_of(samples, "IFEval", "GPT-4o")["record_id"]
    made = samples.correct(gpt, {"value": 85.8}, "table 2 says 85.8", by="ann")
    note = f"corrected value 84.8 → 85.8 by correction {made.id[:8]} (ann)"
    db = ("--db", samples.url)
    (task,) = json.loads(run("export", "-f", "pwc", *db).stdout)
    rows = {(d["dataset"], r["model_name"]): r for d in task["datasets"] for r in d["sota"]["rows"]}
    assert rows[("IFEval", "GPT-4o")]["metrics"] == {"score": "85.8"}
    assert rows[("IFEval", "GPT-4o")]["corrected"] == {"score": note}
    assert [key for key, row in rows.items() if "corrected" in row] == [("IFEval", "GPT-4o")]
    assert run("export", "-f", "dataset", "-o", tmp_path / "ds", *db).exit_code == 0
    scores = pd.read_parquet(tmp_path / "ds" / "data" / "score.parquet")
    assert scores.set_index("record_id")["corrected"].dropna().to_dict() == {gpt: note}
    assert all("corrected" in pd.read_parquet(split).columns for split in (tmp_path / "ds" / "data").iterdir())
    front = yaml.safe_load((tmp_path / "ds" / "README.md").read_text(encoding="utf-8").split("---\n")[1])
    assert front["dataset_info"]["features"][-1] == {"name": "corrected", "dtype": "string"}


def test_a_store_without_corrections_exports_the_contract_fields_only(samples, tmp_path):
    assert list(json.loads(run("export", "--db", samples.url).stdout.splitlines()[0])) == list(RECORD_FIELDS)
    header = run("export", "-f", "csv", "--db", samples.url).stdout.splitlines()[0]
    assert header.split(",") == list(RECORD_FIELDS)
    assert "corrected" not in run("export", "-f", "pwc", "--db", samples.url).stdout
    assert run("export", "-f", "dataset", "-o", tmp_path / "ds", "--db", samples.url).exit_code == 0
    assert "corrected" not in pd.read_parquet(tmp_path / "ds" / "data" / "score.parquet").columns
    assert "corrected" not in (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")


def test_the_corrections_table_has_no_column_without_a_header(samples):
    record_id = samples.records()["record_id"][0]
    samples.correct(record_id, {"value": 1.0}, "why", by="ann")
    header, rule, row = run("corrections", "list", "--db", samples.url).stdout.splitlines()
    assert header.split()[-2:] == ["at", "(UTC)"] and len(rule.split()) == 7
