"""The `metricsdb` command: each subcommand's output, exit status, and one-line errors without tracebacks."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

import metricsdb
from metricsdb import cli
from extractors import default_extractor
from metricsdb.model import RECORD_FIELDS
from metricsdb.report import read_report
from metricsdb.record_id import with_record_ids
from metricsdb.store import Store

from .conftest import SAMPLE_REPORTS
from .store_helpers import REPORT_DATE, make_record, make_report

runner = CliRunner()
COMMANDS = ["extract", "ingest", "init-db", "leaderboard", "benchmarks", "stats", "app", "new"]


def run(*args: str, env: dict[str, str] | None = None):
    result = runner.invoke(cli.app, [str(arg) for arg in args], env=env)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def error_lines(result) -> list[str]:
    return result.stderr.splitlines()


@pytest.fixture
def filled(store: Store, database_url: str) -> str:
    """A database with a small hand-built leaderboard per metric direction; returns its URL."""
    store.add(make_report(), [
        make_record(model="A", value=80.0), make_record(model="B", value=90.5, subset="Hard"),
        make_record(model="C", value=85.0),
        make_record(benchmark="ImageNet 256", metric="gfid", model="DiT", value=2.27, unit=None),
        make_record(benchmark="ImageNet 256", metric="gfid", model="BAR-L", value=1.5, unit=None),
        make_record(kind="delta", model="A", value=2.6, unit="pp", direction="increase", reference="GRPO"),
    ])
    return database_url


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Usage: " in result.output


def test_no_command_shows_the_commands():
    result = run()
    assert all(command in result.output for command in COMMANDS)


# ingest

def test_ingest_prints_a_summary_and_is_idempotent(database_url):
    first = run("ingest", SAMPLE_REPORTS[0].parent, "--db", database_url)
    assert first.exit_code == 0, first.output
    summary = first.stdout.strip()
    assert summary.startswith("4 reports (0 replaced), 108 papers, ") and summary.endswith(", 0 errors -> " + database_url)
    assert first.stderr == ""  # no progress bar when not on a terminal
    counts = json.loads(run("stats", "--db", database_url, "--format", "json").stdout)
    again = run("ingest", SAMPLE_REPORTS[0].parent, "--db", database_url)
    assert again.stdout.startswith("4 reports (4 replaced)")
    assert json.loads(run("stats", "--db", database_url, "--format", "json").stdout) == counts
    assert counts["reports"] == 4 and counts["papers"] == 108


def test_a_paper_a_later_report_lists_again_is_counted_and_exported_once(database_url, tmp_path):
    """The same report, dated a day later (each of its papers reappears, read word for word the same):
    the ingest says so, and benchmarks, stats and every export hold each record once, from the first day."""
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    date = re.search(r"\*\*Date\*\*: (\S+)", text).group(1)
    later = tmp_path / "later.txt"
    later.write_text(text.replace(date, "2027-01-01"), encoding="utf-8")
    first = run("ingest", SAMPLE_REPORTS[0], "--db", database_url)
    exported = run("export", "--format", "jsonl", "--db", database_url).stdout
    benchmarks = run("benchmarks", "--db", database_url).stdout
    again = run("ingest", later, "--db", database_url)
    assert again.exit_code == 0, again.output
    papers = len(read_report(later).papers)
    records = len(exported.splitlines())
    assert again.stdout.startswith(f"1 reports (0 replaced), {papers} papers, 0 records ({records} more an earlier "
                                   "report already gave: stored once), 0 errors"), again.stdout
    assert run("export", "--format", "jsonl", "--db", database_url).stdout == exported
    assert run("benchmarks", "--db", database_url).stdout == benchmarks
    stats = json.loads(run("stats", "--db", database_url, "--format", "json").stdout)
    assert (stats["reports"], stats["papers"]) == (2, papers) and first.exit_code == 0


def test_ingest_without_paths_loads_the_bundled_samples(database_url):
    result = run("ingest", "--db", database_url)
    assert result.exit_code == 0
    assert error_lines(result) == ["metricsdb: no PATH given: ingesting the 4 bundled sample reports"]
    assert result.stdout.startswith("4 reports")
    asked = run("ingest", "--samples", "--db", database_url)
    assert asked.stderr == "" and asked.stdout.startswith("4 reports (4 replaced)")


def test_ingest_samples_flag_adds_the_samples_to_the_paths(database_url, tmp_path):
    shutil.copy(SAMPLE_REPORTS[0], tmp_path / "mine.txt")
    result = run("ingest", tmp_path / "mine.txt", "--samples", "--db", database_url)
    assert result.exit_code == 0 and result.stdout.startswith("5 reports (1 replaced)")


def test_a_folders_readme_is_not_taken_for_a_report(database_url, tmp_path):
    """`ingest tests/data/fields/` failed on the folder's README.md: a folder of reports kept in git has one."""
    shutil.copy(SAMPLE_REPORTS[0], tmp_path / "day.txt")
    (tmp_path / "README.md").write_text("# Our daily reports\n", encoding="utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "readme.txt").write_text("notes\n", encoding="utf-8")
    result = run("ingest", tmp_path, "--db", database_url)
    assert result.exit_code == 0 and result.stderr == "" and result.stdout.startswith("1 reports (0 replaced)")
    named = run("ingest", tmp_path / "README.md", "--db", database_url)  # a file named on purpose is read
    assert named.exit_code == 1 and error_lines(named) == [
        f"metricsdb: {tmp_path / 'README.md'}: not a daily-papers report (no '**Date**:' header, no papers)"]


def test_ingest_reports_each_bad_input_on_one_line_and_keeps_the_rest(database_url, tmp_path):
    good = tmp_path / "good.txt"
    shutil.copy(SAMPLE_REPORTS[2], good)
    (tmp_path / "empty").mkdir()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("**Date**: 2026 caf\xe9".encode("latin-1"))
    notes = tmp_path / "notes.md"
    notes.write_text("# notes\n", encoding="utf-8")
    result = run("ingest", tmp_path / "missing.txt", tmp_path / "empty", latin1, notes, good, "--db", database_url)
    assert result.exit_code == 1
    assert sorted(error_lines(result)) == sorted([
        f"metricsdb: {tmp_path / 'missing.txt'}: no such file or folder",
        f"metricsdb: {tmp_path / 'empty'}: no report files (*.txt, *.md) in this folder",
        f"metricsdb: {latin1}: not UTF-8 text (invalid byte at offset 18), nor GB18030 / GBK",
        f"metricsdb: {notes}: not a daily-papers report (no '**Date**:' header, no papers)",
    ])
    assert result.stdout.startswith("1 reports (0 replaced), 23 papers") and ", 4 errors -> " in result.stdout
    assert json.loads(run("stats", "--db", database_url, "-f", "json").stdout)["reports"] == 1


def test_a_paper_without_a_link_is_named_and_the_others_are_stored(database_url, tmp_path):
    """A typo in one paper's link (`huggingface.co/paper/`) dropped that paper without a word, exit 0."""
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    first, second = [match.start() for match in re.finditer("^## 📄", text, re.M)][:2]
    title = text[first:second].splitlines()[0].removeprefix("## 📄").strip()
    block = re.sub(r"huggingface\.co/papers/|arxiv\.org/(?:abs|pdf)/", "huggingface.co/paper/", text[first:second])
    broken = tmp_path / "broken-link.txt"
    broken.write_text(text[:first] + block + text[second:], encoding="utf-8")
    line = (f"metricsdb: {broken}: paper '{title}': no huggingface.co/papers or arxiv.org link, so it is left out "
            "(the report's other papers are read)")
    result = run("ingest", broken, "--db", database_url)
    assert result.exit_code == 1 and error_lines(result) == [line]
    papers = cli.count_papers(broken) - 1
    assert result.stdout.startswith(f"1 reports (0 replaced), {papers} papers, ") and ", 1 errors -> " in result.stdout
    extracted = run("extract", broken)
    assert extracted.exit_code == 1 and error_lines(extracted) == [line] and extracted.stdout
    assert run("ingest", SAMPLE_REPORTS[0], "--db", database_url).exit_code == 0  # linked: no line, exit 0


def test_a_paper_whose_results_heading_is_mistyped_is_named_with_the_line_to_fix(database_url, tmp_path):
    """A results heading the section vocabulary does not know (`5. **实验小结**`) gave no records and no
    word: the user could not tell a typo from a paper without results. Now one line names it, with the
    line to fix; the exit stays 0, since a paper without results is no error (a nightly job of digests
    failed on every such paper while the report's other papers were stored)."""
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    first, second = [match.start() for match in re.finditer("^## 📄", text, re.M)][:2]
    title = text[first:second].splitlines()[0].removeprefix("## 📄").strip()
    heading = re.search(r"^.*实验效果.*$", text[first:second], re.M).group(0)
    mistyped = heading.replace("实验效果", "实验小结")
    broken = tmp_path / "mistyped-heading.txt"
    broken.write_text(text[:first] + text[first:second].replace(heading, mistyped) + text[second:], encoding="utf-8")
    result = run("ingest", broken, "--db", database_url)
    assert result.exit_code == 0 and error_lines(result) == [
        f"metricsdb: {broken}: paper '{title}': no results section (a heading such as '5. 实验效果' or '实验结果'), "
        f"so no records come from it; is '{mistyped.strip()}' its heading?"]
    assert result.stdout.startswith(f"1 reports (0 replaced), {cli.count_papers(broken)} papers, ")
    assert ", 0 errors -> " in result.stdout
    extracted = run("extract", broken)
    assert extracted.exit_code == 0 and len(error_lines(extracted)) == 1 and extracted.stdout


def test_a_paper_with_no_results_section_is_one_line_and_exit_0_the_others_stored(database_url, tmp_path):
    """A digest's paper with no results heading at all (sections 1-4 only) is stored without records
    and named in one line (file, paper); the exit is 0 so that a nightly ingest does not fail on it, and
    every other paper's records are stored."""
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    first, second = [match.start() for match in re.finditer("^## 📄", text, re.M)][:2]
    block = text[first:second]
    title = block.splitlines()[0].removeprefix("## 📄").strip()
    heading = re.search(r"^.*实验效果.*$", block, re.M)
    without = block[:heading.start()] + "\n---\n\n"
    digest = tmp_path / "digest.txt"
    digest.write_text(text[:first] + without + text[second:], encoding="utf-8")
    result = run("ingest", digest, "--db", database_url)
    assert result.exit_code == 0, result.output
    assert error_lines(result) == [f"metricsdb: {digest}: paper '{title}': no results section (a heading such as "
                                   "'5. 实验效果' or '实验结果'), so no records come from it"]
    assert result.stdout.startswith(f"1 reports (0 replaced), {cli.count_papers(digest)} papers, ")
    assert ", 0 errors -> " in result.stdout
    with Store(database_url) as store:
        stored = store.records()
    expected = [record for record in default_extractor().extract_report(read_report(SAMPLE_REPORTS[0]))
                if record.paper_id != read_report(SAMPLE_REPORTS[0]).papers[0].paper_id]
    assert len(stored) == len(expected) > 0
    assert read_report(SAMPLE_REPORTS[0]).papers[0].paper_id not in set(stored.paper_id)


def test_a_paper_whose_results_are_in_english_is_named_and_the_report_s_other_papers_are_stored(database_url, tmp_path):
    """One English results section refused the whole report: every other paper's records were lost."""
    def papers(report: Path) -> set[str]:
        return {json.loads(line)["paper_id"] for line in run("extract", report).stdout.splitlines() if line.strip()}

    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    expected = papers(SAMPLE_REPORTS[0])
    starts = [match.start() for match in re.finditer("^## 📄", text, re.M)] + [len(text)]
    first, second = next((start, end) for start, end in zip(starts, starts[1:])
                         if re.search(r"papers/(\d{4}\.\d{5})", text[start:end]).group(1) in expected)
    block = text[first:second]
    title, paper_id = block.splitlines()[0].removeprefix("## 📄").strip(), re.search(r"papers/(\d{4}\.\d{5})", block).group(1)
    heading = re.search(r"^.*实验效果.*$", block, re.M)
    end = next(match.start() for match in re.finditer(r"^\S.*$|\Z", block[heading.end() + 1:], re.M)) + heading.end() + 1
    english = heading.group(0) + "\n- On GSM8K the method reaches 91.2% accuracy, beating GPT-4o by 6.4 points.\n\n"
    mixed = tmp_path / "one-english-paper.txt"
    mixed.write_text(text[:first] + block[:heading.start()] + english + block[end:] + text[second:], encoding="utf-8")
    result = run("ingest", mixed, "--db", database_url)
    assert result.exit_code == 0  # a paper metricsdb cannot read is said, no error: the nightly job goes on
    assert error_lines(result) == [f"metricsdb: {mixed}: paper '{title}': its results section is not in Chinese "
                                   "(metricsdb reads the Chinese results, 实验效果), so no records come from it"]
    assert papers(mixed) == expected - {paper_id}


def test_a_database_that_cannot_be_opened_is_exit_2_with_the_password_masked():
    result = run("ingest", "--db", "postgresql+psycopg://reader:s3cret-pw@127.0.0.1:1/metrics")
    assert result.exit_code == 2
    [line] = [line for line in error_lines(result) if "cannot open database" in line]
    assert line.startswith("metricsdb: cannot open database postgresql+psycopg://***@127.0.0.1:1/metrics: ")
    assert "s3cret-pw" not in result.output


@pytest.mark.parametrize(("url", "shown"), [("mysql://u:pw@host/metrics", "mysql://***@host/metrics"),
                                            ("postgresq://host/metrics", "postgresq://host/metrics")])
def test_a_database_kind_metricsdb_does_not_store_in_is_named_with_the_two_it_does(url, shown):
    """SQLAlchemy's words were "No module named 'MySQLdb'" and "Can't load plugin: sqlalchemy.dialects:postgresq"."""
    scheme = url.split("://")[0]
    for command in (["ingest"], ["stats"]):
        result = run(*command, "--db", url)
        assert result.exit_code == 2 and ":pw@" not in result.output
        assert [line for line in error_lines(result) if "bundled sample" not in line] == [
            f"metricsdb: cannot open database {shown}: '{scheme}://' is no database metricsdb stores in: a SQLite "
            "file (a path, or sqlite:///FILE) or PostgreSQL (postgresql://user@host:5432/name)"]


@pytest.mark.parametrize("command", ["ingest", "init-db", "upgrade"])
def test_every_database_command_reports_an_unopenable_database(command, tmp_path):
    result = run(command, "--db", tmp_path / "no such folder" / "x.db")
    assert result.exit_code == 2
    assert [line for line in error_lines(result) if "bundled sample" not in line] == [
        f"metricsdb: cannot open database sqlite:///{tmp_path}/no such folder/x.db: no folder {tmp_path}/no such folder "
        "(a database file is created, its folder is not)"]  # SQLite's own words were "unable to open database file"


@pytest.mark.parametrize("command", [["ingest"], ["init-db"], ["stats"], ["leaderboard", "IFEval"]], ids=" ".join)
def test_a_folder_given_as_the_database_file_is_named_as_one(command, tmp_path):
    """SQLite said "unable to open database file" for `--db some/folder/`."""
    result = run(*command, "--db", f"{tmp_path}/")
    assert result.exit_code == 2 and list(tmp_path.iterdir()) == []
    assert [line for line in error_lines(result) if "bundled sample" not in line] == [
        f"metricsdb: cannot open database sqlite:///{tmp_path}: {tmp_path} is a folder, not a database file "
        f"(e.g. {tmp_path / 'metricsdb.db'})"]


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", "sqlite:///:memory:"])
def test_a_sqlite_database_in_memory_is_refused_not_filled_and_lost(url, tmp_path):
    """`ingest --db sqlite://` said "1 reports ... 0 errors" and exit 0, and kept nothing: the database
    lived as long as the command."""
    for given in (["--db", url], []):
        result = run("ingest", SAMPLE_REPORTS[0], *given, env={"METRICSDB_URL": url} if not given else None)
        assert result.exit_code == 2 and "reports (" not in result.stdout
        assert error_lines(result) == [f"metricsdb: cannot open database {url}: a SQLite database in memory keeps "
                                       "nothing once the command ends; give a file (a path, or sqlite:///FILE)"]
    assert run("stats", "--db", url).exit_code == 2


READ_COMMANDS = [["leaderboard", "IFEval"], ["benchmarks"], ["stats"], ["new"], ["export"], ["app"],
                 ["corrections", "list"], ["corrections", "export"], ["reject", "x-1", "--reason", "r"],
                 ["correct", "x-1", "--set", "value=1", "--reason", "r"]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_read_command_on_a_missing_sqlite_file_says_so_and_creates_nothing(command, tmp_path, monkeypatch):
    """A mistyped --db must not leave an empty database behind (nor report it empty)."""
    monkeypatch.chdir(tmp_path)
    for db in ("typo.db", str(tmp_path / "sub" / "typo.db"), "sqlite:///typo.db"):
        result = run(*command, "--db", db)
        assert result.exit_code == 2, result.output
        [line] = error_lines(result)
        assert line.startswith("metricsdb: no database file ") and "typo.db" in line
        if "sub" in db:  # `ingest --db` would not create the folder: the line says what is missing instead
            assert line.endswith(f", nor its folder {tmp_path / 'sub'}: check the name")
        assert list(tmp_path.iterdir()) == []
    result = run(*command, env={"XDG_DATA_HOME": str(tmp_path / "xdg")})  # no database yet at the default place
    assert result.exit_code == 2 and error_lines(result)[0].startswith("metricsdb: no database yet at ")
    assert "`metricsdb ingest`" in result.stderr and list(tmp_path.iterdir()) == []


def test_ctrl_c_during_an_ingest_says_what_is_stored_and_keeps_it(tmp_path, monkeypatch):
    """Ctrl-C ended an ingest with exit 130 and not a word: whether anything was kept was left to guess.
    Here it arrives while the second of three reports is being stored."""
    db = tmp_path / "interrupted.db"
    add = Store.store_report
    calls = []

    def interrupted_add(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return add(self, *args, **kwargs)

    monkeypatch.setattr(Store, "store_report", interrupted_add)
    result = run("ingest", *SAMPLE_REPORTS[:3], "--db", db)
    assert result.exit_code == 130 and "reports (" not in result.stdout
    assert error_lines(result)[-1] == ("metricsdb: interrupted: 1 of 3 report files stored whole, the others not at "
                                       "all; the same command again stores the rest")
    monkeypatch.undo()
    with Store(str(db)) as store:
        assert store.stats()["reports"] == 1


def test_the_database_comes_from_the_environment_when_no_db_option(tmp_path):
    path = tmp_path / "from-env.db"
    run("ingest", SAMPLE_REPORTS[0], env={"METRICSDB_URL": str(path)})
    assert Store(str(path)).stats()["reports"] == 1


def test_the_default_database_is_a_per_user_file(tmp_path):
    result = run("ingest", SAMPLE_REPORTS[0])
    assert result.exit_code == 0
    assert (tmp_path / "xdg" / "metricsdb" / "metricsdb.db").is_file()  # XDG_DATA_HOME set by isolated_environment


# extract

def test_extract_jsonl_holds_contract_records_in_contract_order():
    result = run("extract", SAMPLE_REPORTS[0].parent)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(metricsdb.extract(SAMPLE_REPORTS[0].parent))
    for line in lines:
        assert list(json.loads(line)) == list(RECORD_FIELDS)


def test_extract_formats_each_record(monkeypatch):
    """The extractor is another module's job: here it returns known records, to pin the output formats."""
    written = [make_record(value=1750000.0, unit=None, evidence="1.75M, 逗号"),
               make_record(model="B", value=84.1, value_high=86.0, subset="Hard")]
    monkeypatch.setattr(cli, "build_extractor", lambda *args, **options: SimpleNamespace(extract_report=lambda report: written))
    jsonl = run("extract", SAMPLE_REPORTS[0]).stdout.splitlines()
    assert [json.loads(line) for line in jsonl] == [record.model_dump() for record in with_record_ids(written)]
    rows = list(csv.DictReader(io.StringIO(run("extract", SAMPLE_REPORTS[0], "--format", "csv").stdout)))
    assert list(rows[0]) == list(RECORD_FIELDS)
    assert [(r["model"], r["value"], r["value_high"], r["evidence"]) for r in rows] == [
        ("Method", "1750000", "", "1.75M, 逗号"), ("B", "84.1", "86", "reaches 50%")]
    table = run("extract", SAMPLE_REPORTS[0], "-f", "table").stdout.splitlines()
    assert table[0].split() == ["paper_id", "kind", "benchmark", "subset", "model", "metric", "value", "value_high", "unit"]
    assert "1750000" in table[2] and "84.1" in table[3] and "Hard" in table[3]


def test_extract_goes_on_after_a_bad_file_and_exits_non_zero(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = run("extract", bad, SAMPLE_REPORTS[0], tmp_path / "missing.md")
    assert result.exit_code == 1
    assert sorted(error_lines(result)) == [f"metricsdb: {bad}: binary file, not a text report",
                                           f"metricsdb: {tmp_path / 'missing.md'}: no such file or folder"]
    assert len(result.stdout.splitlines()) == len(metricsdb.extract(SAMPLE_REPORTS[0]))


def test_extract_needs_a_path():
    assert run("extract").exit_code == 2


# leaderboard, benchmarks, stats

def test_leaderboard_table_shows_metric_direction_and_best_first(filled):
    result = run("leaderboard", "aime 2025", "--db", filled)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "AIME 2025 · overall · accuracy (higher is better) · score records"  # it has subsets: says which
    assert lines[1].split() == ["#", "model", "accuracy", "↑", "paper", "date"]
    assert [line.split()[:3] for line in lines[3:5]] == [["1", "C", "85%"], ["2", "A", "80%"]]
    assert lines[5] == "subsets with their own boards (--subset NAME): Hard (1)"


def test_leaderboard_takes_a_name_of_several_words_unquoted(filled):
    """`metricsdb leaderboard AIME 2025` (a name with a space, as readers type it) is the board of
    `AIME 2025`, as the quoted name is, options before or after the words."""
    quoted = run("leaderboard", "AIME 2025", "--db", filled)
    unquoted = run("leaderboard", "AIME", "2025", "--db", filled)
    assert unquoted.exit_code == 0, unquoted.output
    assert unquoted.stdout == quoted.stdout and unquoted.stdout.startswith("AIME 2025 · overall · accuracy")
    assert run("leaderboard", "--db", filled, "aime", "2025", "--subset", "hard").stdout.startswith("AIME 2025 · Hard")


def test_leaderboard_heads_a_metric_the_list_lacks_as_its_text_writes_it(store, database_url):
    store.add(make_report(), [make_record(model="A", metric="b-wer", value=3.1, evidence="B-WER 为 3.1%")])
    lines = run("leaderboard", "AIME 2025", "--db", database_url).stdout.splitlines()
    assert lines[0].startswith("AIME 2025 · B-WER (") and lines[1].split()[:4] == ["#", "model", "B-WER", "↓"]  # a WER
    assert json.loads(run("leaderboard", "AIME 2025", "--db", database_url, "-f", "json").stdout)["metric"] == "b-wer"


def test_leaderboard_marks_fractions_of_1_ranked_apart_from_percentages(store, database_url):
    store.add(make_report(), [make_record(model="A", metric="exact match", value=48.6, unit=None),
                              make_record(model="B", metric="exact match", value=0.478, unit=None)])
    lines = run("leaderboard", "AIME 2025", "--db", database_url).stdout.splitlines()
    assert lines[1].split()[:5] == ["#", "model", "exact", "match", "↑"] and "unit" in lines[1]
    assert [line.split()[:4] for line in lines[3:5]] == [["1", "A", "48.6", "not"], ["1", "B", "0.478", "fraction"]]
    assert any(line.startswith("values stated as fractions of 1 (unit: fraction of 1) have their own ranks") for line in lines)
    data = json.loads(run("leaderboard", "AIME 2025", "--db", database_url, "-f", "json").stdout)
    assert data["scales_apart"] is True and [row["unit"] for row in data["rows"]] == [None, None]  # as extracted


def test_leaderboard_of_a_subset_and_of_unnamed_systems(store, database_url):
    store.add(make_report(), [
        make_record(model="A", value=80.0), make_record(model="baseline", value=90.0, paper_title="LSRIF: a method"),
        make_record(model="A", value=70.0, subset="test-clean"), make_record(model="B", value=75.0, subset="test-clean"),
    ])
    lines = run("leaderboard", "AIME 2025", "--subset", "Test-Clean", "--db", database_url).stdout.splitlines()
    assert lines[0] == "AIME 2025 · test-clean · accuracy (higher is better) · score records"
    assert [line.split()[:3] for line in lines[3:5]] == [["1", "B", "75%"], ["2", "A", "70%"]]
    assert lines[5:] == ["overall numbers: --subset overall"]
    lines = run("leaderboard", "AIME 2025", "--db", database_url).stdout.splitlines()
    assert [line.split()[:2] for line in lines[3:4]] == [["1", "A"]]
    assert "1 row of unnamed systems left off (--include-unnamed shows them)" in lines
    lines = run("leaderboard", "AIME 2025", "--include-unnamed", "--db", database_url).stdout.splitlines()
    assert [line.split()[:4] for line in lines[3:5]] == [["1", "baseline", "(LSRIF)", "90%"], ["2", "A", "80%", "2601.00001"]]
    result = run("leaderboard", "AIME 2025", "--subset", "dev", "--db", database_url)
    assert result.exit_code == 1 and error_lines(result) == [
        "metricsdb: AIME 2025 has no score records of subset 'dev'; its subsets: test-clean (2)"]


def test_leaderboard_shows_a_number_several_papers_quote_once_with_their_count(store, database_url):
    """A baseline every paper quotes stood once per paper; one row now, `+2` after its paper, a note
    saying what that means, and JSON / CSV listing every paper (the paper shown first)."""
    store.add(make_report(), [
        make_record(model="Octo", value=75.1, paper_title="Octo: an open generalist policy"),
        make_record(model="Octo", value=75.1, paper_id="2601.00002"),
        make_record(model="Octo", value=75.1, paper_id="2601.00003"),
        make_record(model="Mine", value=80.0, paper_id="2601.00003"),
    ])
    lines = run("leaderboard", "AIME 2025", "--db", database_url).stdout.splitlines()
    assert [line.split()[:5] for line in lines[3:5]] == [["1", "Mine", "80%", "2601.00003", REPORT_DATE],
                                                        ["2", "Octo", "75.1%", "2601.00001", "+2"]]
    assert lines[5:] == [cli.COPIES_NOTE]
    data = json.loads(run("leaderboard", "AIME 2025", "--db", database_url, "-f", "json").stdout)
    assert [row["papers"] for row in data["rows"]] == [None, ["2601.00001", "2601.00002", "2601.00003"]]
    rows = list(csv.DictReader(io.StringIO(run("leaderboard", "AIME 2025", "--db", database_url, "-f", "csv").stdout)))
    assert [row["papers"] for row in rows] == ["", "2601.00001 2601.00002 2601.00003"]
    exported = run("export", "--format", "jsonl", "--db", database_url).stdout.splitlines()
    assert len(exported) == 4  # exports keep every record


def test_leaderboard_opens_the_board_with_most_papers_and_says_which(store, database_url):
    """LibriSpeech's default board was one latency row while its WER rows, from many papers, sat in
    test-clean: the board a benchmark name opens is the one with most papers (the overall one on a tie),
    its title names the subset, and `--subset overall` gives the overall numbers."""
    store.add(make_report(("2601.00001", "2601.00002", "2601.00003")), [
        make_record(benchmark="LibriSpeech", metric="latency", model="A", value=160.0, unit="ms"),
        *(make_record(benchmark="LibriSpeech", metric="wer", model=f"M{i}", value=2.0 + i, subset="test-clean",
                      paper_id=f"2601.0000{i}") for i in (1, 2, 3)),
        make_record(benchmark="LibriSpeech", metric="wer", model="M1", value=4.0, subset="test-other"),
    ])
    lines = run("leaderboard", "LibriSpeech", "--db", database_url).stdout.splitlines()
    assert lines[0] == "LibriSpeech · test-clean · WER (lower is better) · score records"
    assert [line.split()[:2] for line in lines[3:6]] == [["1", "M1"], ["2", "M2"], ["3", "M3"]]
    assert lines[6:] == ["subsets with their own boards (--subset NAME): test-other (1)",
                         "test-clean: shown as it has most papers of the benchmark's boards; overall numbers: --subset overall"]
    overall = run("leaderboard", "LibriSpeech", "--subset", "overall", "--db", database_url).stdout.splitlines()
    assert overall[0] == "LibriSpeech · overall · latency (lower is better) · score records"
    assert json.loads(run("leaderboard", "LibriSpeech", "--db", database_url, "-f", "json").stdout)["picked"] == "most papers"
    store.add(make_report(("2601.00009",), path="/reports/c.txt", source_url=None), [
        make_record(benchmark="CHiME-6", metric="wer", model="A", value=30.0, subset="dev", paper_id="2601.00009")])
    lines = run("leaderboard", "CHiME-6", "--db", database_url).stdout.splitlines()
    assert lines[0] == "CHiME-6 · dev · WER (lower is better) · score records"
    assert lines[4:] == ["dev: shown as the benchmark has no overall numbers, and this subset most papers"]


def test_leaderboard_of_scores_whose_texts_state_a_unit_or_none_says_which(store, database_url):
    """`92%` beside `92.4` would pass one number off as the other's unit: the values show alike, and a
    unit column says what each text stated; no unit is assumed where the text gives none."""
    store.add(make_report(), [make_record(model="A", value=92.0), make_record(model="B", value=92.4, unit=None)])
    lines = run("leaderboard", "AIME 2025", "--db", database_url).stdout.splitlines()
    assert lines[1].split() == ["#", "model", "accuracy", "↑", "unit", "paper", "date"]
    assert [line.split()[:4] for line in lines[3:5]] == [["1", "B", "92.4", "not"], ["2", "A", "92", "%"]]
    data = json.loads(run("leaderboard", "AIME 2025", "--db", database_url, "-f", "json").stdout)
    assert [row["unit"] for row in data["rows"]] == [None, "%"]  # the record as extracted


def test_leaderboard_of_a_metric_nobody_knows_the_direction_of_lists_by_date(store, database_url):
    store.add(make_report(), [make_record(model="A", metric="trr@1", value=0.9)])
    result = run("leaderboard", "AIME 2025", "--db", database_url)
    lines = result.stdout.splitlines()
    assert lines[0] == "AIME 2025 · trr@1 (direction unknown: listed by date, not ranked) · score records"
    assert lines[1].split() == ["model", "trr@1", "paper", "date"]
    data = json.loads(run("leaderboard", "AIME 2025", "--db", database_url, "-f", "json").stdout)
    assert (data["direction"], data["lower_is_better"], data["rows"][0]["rank"]) == ("unknown", None, None)


def test_leaderboard_of_a_lower_is_better_metric(filled):
    lines = run("leaderboard", "IMAGENET-256", "--db", filled).stdout.splitlines()
    assert "gFID ↓" in lines[1] and lines[0].startswith("ImageNet 256 · gFID (lower is better)")
    assert [line.split()[1] for line in lines[3:]] == ["BAR-L", "DiT"]


def test_leaderboard_json_and_csv(filled):
    data = json.loads(run("leaderboard", "AIME 2025", "--db", filled, "--format", "json").stdout)
    assert (data["benchmark"], data["metric"], data["kind"], data["lower_is_better"]) == (
        "AIME 2025", "accuracy", "score", False)
    assert (data["subset"], data["direction"], data["direction_source"], data["subsets"]) == (
        None, "higher", "metric list", {"Hard": 1})
    assert [(row["rank"], row["model"], row["value"], row["subset"]) for row in data["rows"]] == [
        (1, "C", 85.0, None), (2, "A", 80.0, None)]
    rows = list(csv.DictReader(io.StringIO(run("leaderboard", "AIME 2025", "--db", filled, "-f", "csv").stdout)))
    assert [(row["rank"], row["model"], row["value"]) for row in rows] == [("1", "C", "85"), ("2", "A", "80")]
    hard = json.loads(run("leaderboard", "AIME 2025", "--subset", "hard", "--db", filled, "-f", "json").stdout)
    assert [(row["rank"], row["model"], row["subset"]) for row in hard["rows"]] == [(1, "B", "Hard")]


def test_leaderboard_of_deltas_shows_sign_and_reference(filled):
    lines = run("leaderboard", "AIME 2025", "--kind", "delta", "--db", filled).stdout.splitlines()
    assert lines[0] == "AIME 2025 · accuracy (higher is better) · delta records"
    assert lines[1].split()[:5] == ["#", "model", "change", "↑", "vs"]
    assert lines[3].split()[:5] == ["1", "A", "+2.6", "pp", "GRPO"]


def test_leaderboard_falls_back_to_the_kind_a_benchmark_has_and_says_so(store, database_url):
    store.add(make_report(), [
        make_record(benchmark="GSM8K", kind="delta", model="A", value=2.6, unit="pp", direction="increase",
                    reference="LoRA"),
        make_record(benchmark="GSM8K", kind="delta", model="B", value=2.5, value_high=4.2, direction="increase"),
    ])
    result = run("leaderboard", "gsm8k", "--db", database_url)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "GSM8K · accuracy (higher is better) · delta records, as it has no score records"
    assert lines[1].split()[:5] == ["#", "model", "change", "↑", "vs"]
    assert [line.split()[:5] for line in lines[3:5]] == [["1", "A", "+2.6", "pp", "LoRA"],
                                                        ["1", "B", "+2.5–4.2%", "not", "stated"]]  # units apart
    assert json.loads(run("leaderboard", "gsm8k", "--db", database_url, "-f", "json").stdout)["kind"] == "delta"
    asked = run("leaderboard", "gsm8k", "--kind", "score", "--db", database_url)
    assert asked.exit_code == 1 and error_lines(asked) == ["metricsdb: GSM8K has no score records, only delta"]


def test_a_board_of_changes_never_ranks_points_against_per_cent(store, database_url):
    """+3 pp and +5% are not comparable: each unit is ranked on its own, and the board says so (the app
    lists such changes unranked)."""
    store.add(make_report(), [
        make_record(kind="delta", model=model, value=value, unit=unit, direction="increase", evidence=f"提升 {value}")
        for model, value, unit in (("P1", 3.0, "pp"), ("R1", 5.0, "%"), ("P2", 1.0, "pp"), ("R2", 9.0, "%"),
                                   ("P3", 2.0, "pp"))])
    result = run("leaderboard", "AIME 2025", "--kind", "delta", "--db", database_url)
    lines = result.stdout.splitlines()
    assert [line.split()[:3] for line in lines[3:8]] == [
        ["1", "P1", "+3"], ["2", "P3", "+2"], ["3", "P2", "+1"], ["1", "R2", "+9%"], ["2", "R1", "+5%"]]
    assert lines[8] == "changes in different units (pp, %) are not ranked against each other: each unit has its own ranks"
    data = json.loads(run("leaderboard", "AIME 2025", "--kind", "delta", "--db", database_url, "-f", "json").stdout)
    assert [(row["rank"], row["model"]) for row in data["rows"]] == [(1, "P1"), (2, "P3"), (3, "P2"), (1, "R2"), (2, "R1")]
    assert data["units_ranked_apart"] == ["pp", "%"]


def test_leaderboard_of_ratios_shows_the_factor_and_its_direction_as_the_app_does(store, database_url):
    store.add(make_report(), [make_record(kind="ratio", value=2.8, unit="x", direction="increase", reference="GPT-4o")])
    lines = run("leaderboard", "AIME 2025", "--kind", "ratio", "--db", database_url).stdout.splitlines()
    assert lines[3].split()[:4] == ["1", "Method", "×2.8", "↑"]


def test_unknown_benchmark_is_one_line_with_close_names(filled):
    result = run("leaderboard", "aime 2026", "--db", filled)
    assert result.exit_code == 1 and result.stdout == ""
    assert error_lines(result) == ["metricsdb: no benchmark named 'aime 2026'; did you mean AIME 2025?"]


def test_unknown_metric_is_one_line(filled):
    result = run("leaderboard", "AIME 2025", "--metric", "bleu", "--db", filled)
    assert result.exit_code == 1
    assert error_lines(result) == ["metricsdb: AIME 2025 has no score records of metric 'bleu'; it has accuracy"]


def test_leaderboard_on_an_empty_database_says_how_to_fill_it(database_url):
    assert run("init-db", "--db", database_url).exit_code == 0  # there, but empty (a missing file: see above)
    result = run("leaderboard", "AIME 2025", "--db", database_url)
    assert result.exit_code == 1
    [line] = error_lines(result)
    assert "is empty" in line and "`metricsdb ingest`" in line


def test_benchmarks_lists_names_and_counts(filled):
    lines = run("benchmarks", "--db", filled).stdout.splitlines()
    assert lines[0].split() == ["name", "records", "score", "delta", "ratio", "papers"]
    assert [line.split() for line in lines[2:]] == [["AIME", "2025", "4", "3", "1", "0", "1"],
                                                    ["ImageNet", "256", "2", "2", "0", "0", "1"]]
    assert json.loads(run("benchmarks", "--db", filled, "-f", "json").stdout) == [
        {"name": "AIME 2025", "records": 4, "score": 3, "delta": 1, "ratio": 0, "papers": 1},
        {"name": "ImageNet 256", "records": 2, "score": 2, "delta": 0, "ratio": 0, "papers": 1}]


def test_benchmarks_lists_the_boards_each_subset_has(filled):
    lines = run("benchmarks", "--subsets", "--db", filled).stdout.splitlines()
    assert lines[0].split() == ["name", "subset", "records", "papers"]
    assert [line.split() for line in lines[2:]] == [
        ["AIME", "2025", "(overall)", "3", "1"], ["AIME", "2025", "Hard", "1", "1"], ["ImageNet", "256", "(overall)", "2", "1"]]
    assert json.loads(run("benchmarks", "--subsets", "--db", filled, "-f", "json").stdout)[1] == {
        "name": "AIME 2025", "subset": "Hard", "records": 1, "papers": 1}


def test_stats_table_and_json(filled):
    assert json.loads(run("stats", "--db", filled, "--format", "json").stdout) == {"reports": 1, "papers": 3, "records": 6}
    table = run("stats", "--db", filled).stdout.splitlines()
    assert table[2].split() == [filled, "1", "3", "6"]


def test_sql_looking_names_are_just_names(store, database_url):
    store.add(make_report(), [make_record(benchmark="x'; DROP TABLE records; --", model="A")])
    assert run("leaderboard", "x'; DROP TABLE records; --", "--db", database_url).exit_code == 0
    assert run("leaderboard", "' OR 1=1 --", "--db", database_url).exit_code == 1
    assert store.stats()["records"] == 1


# app

def test_app_command_runs_streamlit_on_the_app_with_the_database_url():
    command, env = cli.streamlit_command("sqlite:////tmp/x.db", 8600)
    assert command == [sys.executable, "-m", "streamlit", "run", str(cli.APP_SCRIPT), "--server.port", "8600",
                       "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
                       "--client.toolbarMode", "viewer"]  # given on the command line, so Deploy never shows
    assert env["METRICSDB_URL"] == "sqlite:////tmp/x.db"
    assert cli.APP_SCRIPT == Path(__file__).resolve().parent.parent / "leaderboard_app" / "app.py"


def test_app_says_when_the_app_is_missing(database_url, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "APP_SCRIPT", tmp_path / "app.py")
    assert run("init-db", "--db", database_url).exit_code == 0
    result = run("app", "--db", database_url)
    assert result.exit_code == 1
    assert error_lines(result) == [f"metricsdb: the leaderboard app is not installed ({tmp_path / 'app.py'} is missing)"]


# the installed entry point, in a real process

def test_entry_point_prints_one_line_errors_and_no_progress_bar_when_piped(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-c", "from metricsdb.cli import main; main()", "ingest", str(tmp_path / "missing"),
         str(SAMPLE_REPORTS[0]), "--db", str(tmp_path / "x.db")],
        capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 1
    assert completed.stderr.splitlines() == [f"metricsdb: {tmp_path / 'missing'}: no such file or folder"]
    assert completed.stdout.startswith("1 reports (0 replaced), 33 papers")


@pytest.mark.parametrize("command", COMMANDS + ["corrections"])
def test_help_never_shows_a_flag_as_taking_a_value(command):
    result = run(command, "--help")
    help_line = next(line for line in result.output.splitlines() if line.strip().startswith("--help"))
    assert "<bool>" not in result.output and help_line.split()[:2] == ["--help", "Show"]


def test_version_names_the_release_and_the_schema_revision_it_writes(tmp_path):
    """There was no `--version`: a bug report or a team sharing one database could not say which code wrote it."""
    from importlib.metadata import version

    from metricsdb.migrations import head

    result = run("--version")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == f"metricsdb {version('metricsdb')} (schema revision {head()})\n"
    assert head() == sorted(p.name for p in (Path(cli.__file__).parent / "migrations" / "versions").glob("0*.py"))[-1][:4]
    assert run("--version", "stats", "--db", tmp_path / "none.db").stdout == result.stdout  # eager: no command runs
    assert not (tmp_path / "none.db").exists()
