"""What's new in one day's report (metricsdb.whatsnew, `metricsdb new`): new bests on their boards as of
that day, boards first seen that day, and each paper's headline number."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from metricsdb import cli
from metricsdb.model import Paper, Report
from metricsdb.store import NotInDatabaseError, Store
from metricsdb.whatsnew import whats_new

from .store_helpers import make_record

DAYS = ("2026-01-10", "2026-01-11", "2026-01-12")
TITLES = {"2601.00001": "Alpha: a method", "2601.00002": "Beta: another method", "2601.00003": "Gamma: no results read"}


def add_day(store: Store, date: str, records: list[dict]) -> None:
    """A report of `date` holding the three papers of TITLES, with `records` (fields over make_record's)."""
    papers = tuple(Paper(paper_id, title, f"https://huggingface.co/papers/{paper_id}", {"results": "text"})
                   for paper_id, title in TITLES.items())
    report = Report(date=date, source_url=f"https://example.org/{date}", path=f"/{date}.md", papers=papers)
    store.add(report, [make_record(report_date=date, paper_title=TITLES[fields.get("paper_id", "2601.00001")], **fields)
                       for fields in records])


@pytest.fixture
def days(store: Store) -> Store:
    add_day(store, DAYS[0], [
        {"model": "GPT-4o", "value": 60.0}, {"model": "Alpha", "value": 55.0},
        {"benchmark": "ImageNet 256", "metric": "gfid", "model": "DiT", "value": 2.0, "unit": None},
    ])
    add_day(store, DAYS[1], [
        {"model": "GPT-4o", "value": 40.0},  # the paper's first record: a baseline, not its headline
        {"model": "Alpha (7B)", "value": 70.0},  # above GPT-4o's 60: a new best
        {"model": "Beta", "value": 60.0, "paper_id": "2601.00002"},  # ties the best before: not new
        {"benchmark": "ImageNet 256", "metric": "gfid", "model": "BAR", "value": 1.5, "unit": None,
         "paper_id": "2601.00002"},  # lower is better: a new best
        {"benchmark": "GPQA", "model": "Alpha", "value": 33.0},  # a board first seen this day
        {"benchmark": "GSM8K", "kind": "delta", "model": "Beta", "value": 2.6, "unit": "pp", "direction": "increase",
         "paper_id": "2601.00002"},  # a board of changes only
    ])
    add_day(store, DAYS[2], [{"model": "Alpha", "value": 90.0}])  # later: not counted when looking at DAYS[1]
    return store


def test_new_bests_are_results_above_everything_before_that_day(days):
    news = whats_new(days, DAYS[1])
    assert news.date == DAYS[1] and news.dates == list(DAYS)
    found = [(b.entry.benchmark, b.entry.model, b.entry.value, b.previous.model, b.previous.value, b.lower_is_better)
             for b in news.new_bests]
    assert found == [("AIME 2025", "Alpha (7B)", 70.0, "GPT-4o", 60.0, False),
                     ("ImageNet 256", "BAR", 1.5, "DiT", 2.0, True)]
    assert news.new_bests[0].entry.shown == "70%" and news.new_bests[0].previous.report_date == DAYS[0]


def test_a_later_day_sees_its_own_new_best_and_the_first_day_has_none(days):
    latest = whats_new(days)  # the latest report by default
    assert latest.date == DAYS[2]
    assert [(b.entry.model, b.previous.model, b.previous.value) for b in latest.new_bests] == [
        ("Alpha", "Alpha (7B)", 70.0)]
    assert whats_new(days, DAYS[0]).new_bests == []  # nothing before the first report


def test_boards_first_seen_that_day(days):
    boards = {board.benchmark: board for board in whats_new(days, DAYS[1]).new_boards}
    assert set(boards) == {"GPQA", "GSM8K"}
    assert (boards["GPQA"].records, boards["GPQA"].papers, boards["GPQA"].best.model, boards["GPQA"].best.shown) == (
        1, 1, "Alpha", "33%")
    assert (boards["GSM8K"].best.kind, boards["GSM8K"].best.shown) == ("delta", "+2.6 pp")  # changes only
    assert {board.benchmark for board in whats_new(days, DAYS[0]).new_boards} == {"AIME 2025", "ImageNet 256"}


def test_each_paper_has_its_headline_number(days):
    headlines = whats_new(days, DAYS[1]).headlines
    assert [(h.paper_id, h.entry and (h.entry.benchmark, h.entry.model, h.entry.shown)) for h in headlines] == [
        ("2601.00001", ("AIME 2025", "Alpha (7B)", "70%")),  # its own method's first score, not GPT-4o's
        ("2601.00002", ("AIME 2025", "Beta", "60%")),
        ("2601.00003", None),  # no record read: listed last
    ]
    assert headlines[0].title == TITLES["2601.00001"] and headlines[0].url.endswith("2601.00001")


def test_an_unknown_date_names_the_report_dates(days):
    with pytest.raises(NotInDatabaseError, match="no report dated '2026-01-09'; the reports are dated "
                                                 "2026-01-10, 2026-01-11, 2026-01-12"):
        whats_new(days, "2026-01-09")


runner = CliRunner()


def test_new_command_prints_the_three_lists(days, database_url):
    result = runner.invoke(cli.app, ["new", "--date", DAYS[1], "--db", database_url])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith(f"What's new in the report of {DAYS[1]} (the one before: {DAYS[0]})")
    assert "New bests (2)" in out and "New boards (2)" in out and "Headline numbers (2 of 3 papers had results read)" in out
    best = next(line for line in out.splitlines() if "Alpha (7B)" in line and "AIME" in line)
    assert best.split()[:6] == ["AIME", "2025", "·", "accuracy", "↑", "Alpha"] and "60% GPT-4o (2026-01-10)" in best
    assert any(line.startswith("ImageNet 256 · gFID ↓") for line in out.splitlines())  # as its board heads it
    data = json.loads(runner.invoke(cli.app, ["new", "--db", database_url, "-f", "json"]).stdout)
    assert data["date"] == DAYS[2] and data["new_bests"][0]["entry"]["value"] == 90.0
    earlier = json.loads(runner.invoke(cli.app, ["new", "--date", DAYS[1], "--db", database_url, "-f", "json"]).stdout)
    assert "gfid" in {best["entry"]["metric"] for best in earlier["new_bests"]}  # JSON keeps the record's key


def test_new_command_says_a_new_boards_top_is_a_change_when_it_is_one(days, database_url):
    """GSM8K first appears with a delta only: its `best` is a change against a reference, not a value reached."""
    out = runner.invoke(cli.app, ["new", "--date", DAYS[1], "--db", database_url]).stdout
    gsm8k = next(line for line in out.splitlines() if line.startswith("GSM8K"))
    assert "+2.6 pp (delta) Beta (accuracy)" in gsm8k
    gpqa = next(line for line in out.splitlines() if line.startswith("GPQA"))
    assert "33% Alpha (accuracy)" in gpqa and "(score)" not in gpqa


def test_new_command_with_an_unknown_date_is_one_line(days, database_url):
    result = runner.invoke(cli.app, ["new", "--date", "yesterday", "--db", database_url])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "metricsdb: no report dated 'yesterday'; the reports are dated 2026-01-10, 2026-01-11, 2026-01-12"]


def test_a_subset_number_is_no_new_best_and_a_board_of_subsets_only_shows_its_largest(store):
    add_day(store, DAYS[0], [{"model": "A", "value": 50.0}])
    add_day(store, DAYS[1], [
        {"model": "B", "value": 90.0, "subset": "Hard"},  # above A's overall 50, but on the Hard board
        {"benchmark": "HR-Bench", "model": "C", "value": 79.0, "subset": "4K"},
        {"benchmark": "HR-Bench", "model": "C", "value": 74.9, "subset": "8K"},
        {"benchmark": "HR-Bench", "model": "D", "value": 70.0, "subset": "4K"},
    ])
    news = whats_new(store, DAYS[1])
    assert news.new_bests == []
    [board] = news.new_boards
    assert (board.benchmark, board.best.model, board.best.value) == ("HR-Bench", "C", 79.0)


def test_a_corrected_value_says_so_wherever_whats_new_shows_it(days, database_url):
    """A value set by `metricsdb correct` sits beside evidence that still states the extracted number."""
    alpha = days.records(report_date=DAYS[1]).set_index("model").loc["Alpha (7B)"]
    made = days.correct(alpha["record_id"], {"value": "71"}, "the table says 71", by="ann")
    note = f"corrected value 70 → 71 by correction {made.id[:8]} (ann)"
    news = whats_new(days, DAYS[1])
    assert news.new_bests[0].entry.value == 71.0 and news.new_bests[0].entry.corrected == note
    assert news.new_bests[0].previous.corrected is None and news.new_bests[1].entry.corrected is None
    assert [h.entry.corrected for h in news.headlines if h.entry] == [note, None]
    out = runner.invoke(cli.app, ["new", "--date", DAYS[1], "--db", database_url]).stdout
    best = next(line for line in out.splitlines() if "Alpha (7B)" in line and "AIME" in line)
    assert best.rstrip().endswith(note)
    assert out.count(note) == 2 and out.count(" corrected") >= 2  # the new best and the headline, each with a column
    data = json.loads(runner.invoke(cli.app, ["new", "--date", DAYS[1], "--db", database_url, "-f", "json"]).stdout)
    assert data["new_bests"][0]["entry"]["corrected"] == note


def test_without_corrections_new_has_no_corrected_column(days, database_url):
    out = runner.invoke(cli.app, ["new", "--date", DAYS[1], "--db", database_url]).stdout
    assert "corrected" not in out


def test_a_fraction_of_1_ranked_apart_is_no_new_best_and_one_measure_has_one(store):
    """EM 0.478 has rank 1 among the fractions, after the percentages: no new best over 48.6. A day's
    `avg@32` and `accuracy` numbers are on one board: one new best (not one per name), named by the
    board's metric."""
    add_day(store, DAYS[0], [{"benchmark": "NQ", "metric": "exact match", "model": "A", "value": 48.6, "unit": None},
                             {"model": "C", "value": 50.0}])
    add_day(store, DAYS[1], [{"benchmark": "NQ", "metric": "exact match", "model": "B", "value": 0.478, "unit": None},
                             {"model": "D", "metric": "avg@32", "value": 70.0}, {"model": "E", "value": 60.0}])
    news = whats_new(store, DAYS[1])
    assert [(b.entry.benchmark, b.entry.metric, b.entry.model) for b in news.new_bests] == [("AIME 2025", "accuracy", "D")]
