"""Board directions kept as stored votes (metricsdb.board_votes) give every board exactly what reading
the board's records on each request gave: after an ingest, a re-ingest that changes what a paper
says, a second copy of a paper, corrections and aliases; and the votes kept up by ingests are those a
count from scratch finds. On SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from metricsdb import board_votes
from metricsdb.store import NotInDatabaseError, Store, direction_votes_table

from .conftest import SAMPLE_REPORTS
from .store_helpers import make_record, make_report

LOWERED = "hacking ratio 从 20% 降至 3%"  # a named system ends below the baseline it started from: lower is better


def every_board(store: Store) -> dict[tuple, tuple]:
    """Every board (benchmark, kind, subset, metric): its direction and rows."""
    found: dict[tuple, tuple] = {}
    for benchmark in store.benchmarks()["name"]:
        for kind in ("score", "delta", "ratio"):
            try:
                subsets = [None, *store.subsets(benchmark, kind)]
            except NotInDatabaseError:
                continue
            for subset in subsets:
                try:
                    metrics = store.metrics(benchmark, kind, subset=subset)
                except NotInDatabaseError:
                    continue
                for metric in metrics:
                    board = store.leaderboard_rows(benchmark, metric, kind, subset=subset, include_unnamed=True)
                    found[(benchmark, kind, subset, metric)] = (board.direction, board.rows)
    return found


def read_each_time(store: Store, monkeypatch: pytest.MonkeyPatch) -> dict[tuple, tuple]:
    """every_board as the store computed it before the votes: from the board's records, on every read."""
    with monkeypatch.context() as patched:
        patched.setattr(board_votes, "fresh", lambda conn: False)
        return every_board(store)


def assert_same_as_read_each_time(store: Store, monkeypatch: pytest.MonkeyPatch) -> dict[tuple, tuple]:
    stored = every_board(store)
    assert stored == read_each_time(store, monkeypatch)
    return stored


def direction_of(boards: dict[tuple, tuple], benchmark: str, metric: str = "hacking ratio") -> tuple[str, str]:
    direction = boards[(benchmark, "score", None, metric)][0]
    return direction.direction, direction.source


def votes(store: Store) -> list[tuple]:
    table = direction_votes_table
    with store._engine.connect() as conn:
        return sorted(tuple(row) for row in conn.execute(select(*(c for c in table.c if c.name != "id"))))


def test_stored_directions_are_those_read_from_the_records(database_url, monkeypatch):
    store = Store(database_url)
    store.ingest(SAMPLE_REPORTS)
    boards = assert_same_as_read_each_time(store, monkeypatch)
    assert {direction.source for direction, _ in boards.values()} >= {"metric list", "text", "no evidence"}

    first = make_report(("2601.00001", "2601.00002"))
    store.add(first, [
        make_record(benchmark="ToyKernelBench", metric="hacking ratio", model="baseline", value=20.0, evidence=LOWERED),
        make_record(benchmark="ToyKernelBench", metric="hacking ratio", model="Dr. Kernel", value=3.0, evidence=LOWERED),
        make_record(benchmark="ToyKernelBench", metric="hacking ratio", model="Other", value=9.0, paper_id="2601.00002",
                    evidence="Other 为 9%"),
        make_record(benchmark="SafeBench", metric="unsafe score", model="A", value=0.08, evidence="A 的得分（越低越安全）为 0.08"),
        make_record(benchmark="FlowSet", metric="toy outlier share", model="A", value=5.1, evidence="| A | 5.10", better="lower"),
    ])
    boards = assert_same_as_read_each_time(store, monkeypatch)
    assert direction_of(boards, "ToyKernelBench") == ("lower", "text")
    assert direction_of(boards, "SafeBench", "unsafe score") == ("lower", "said in the text")
    assert direction_of(boards, "FlowSet", "toy outlier share") == ("lower", "said in the text")  # its table header's ↓

    store.add(first, [  # re-ingested: the paper no longer reports the baseline, so nothing says which way is better
        make_record(benchmark="ToyKernelBench", metric="hacking ratio", model="Dr. Kernel", value=3.0, evidence=LOWERED),
        make_record(benchmark="ToyKernelBench", metric="hacking ratio", model="Other", value=9.0, paper_id="2601.00002",
                    evidence="Other 为 9%"),
    ])
    boards = assert_same_as_read_each_time(store, monkeypatch)
    assert direction_of(boards, "ToyKernelBench") == ("unknown", "no evidence")
    assert ("SafeBench", "score", None, "unsafe score") not in boards

    later = make_report(("2601.00001",), date="2026-01-12", path="/reports/later.txt", source_url=None)
    store.add(later, [  # a second copy of the paper with the baseline: its two copies together say lower
        make_record(benchmark="ToyKernelBench", metric="hacking ratio", model="baseline", value=20.0, evidence=LOWERED,
                    report_date="2026-01-12")])
    boards = assert_same_as_read_each_time(store, monkeypatch)
    assert direction_of(boards, "ToyKernelBench") == ("lower", "text")

    records = store.records(benchmark="ToyKernelBench")
    named = records[records["model"] == "Dr. Kernel"]["record_id"].iloc[0]
    store.correct(named, {"value": 30.0}, "misread: it ends above the baseline")
    boards = assert_same_as_read_each_time(store, monkeypatch)
    assert direction_of(boards, "ToyKernelBench") == ("higher", "text")

    baseline = records[records["model"] == "baseline"]["record_id"].iloc[0]
    store.reject(baseline, "not this paper's baseline")
    boards = assert_same_as_read_each_time(store, monkeypatch)
    assert direction_of(boards, "ToyKernelBench") == ("unknown", "no evidence")

    other = records[records["model"] == "Other"]["record_id"].iloc[0]
    store.correct(other, {"direction": "decrease", "kind": "delta"}, "it is a change")
    store.add(paper="2601.00002", evidence="results text", reason="missed",
              fields={"benchmark": "ToyKernelBench", "model": "Other", "metric": "hacking ratio", "value": 1.0})
    assert_same_as_read_each_time(store, monkeypatch)

    sample = store.records(kind="score").iloc[0]
    store.correct(sample["record_id"], {"benchmark": "ToyKernelBench", "metric": "hacking ratio"}, "moved")
    assert_same_as_read_each_time(store, monkeypatch)
    store.alias("benchmark", "SafeBench", "ToyKernelBench", reason="the same benchmark")
    store.alias("model", "Other", "baseline", reason="a baseline after all")
    assert_same_as_read_each_time(store, monkeypatch)

    store.ingest(SAMPLE_REPORTS)  # re-ingested with corrections in place
    assert_same_as_read_each_time(store, monkeypatch)
    kept = votes(store)
    with store._write() as conn:
        board_votes.rebuild(conn)
    assert votes(store) == kept
    store.close()


def test_a_store_whose_votes_were_counted_by_other_rules_counts_them_again_when_opened(database_url, monkeypatch):
    with Store(database_url) as store:
        store.add(make_report(), [
            make_record(metric="hacking ratio", model="baseline", value=20.0, evidence=LOWERED),
            make_record(metric="hacking ratio", model="Dr. Kernel", value=3.0, evidence=LOWERED)])
        counted = votes(store)
        with store._write() as conn:
            conn.execute(direction_votes_table.delete())
            conn.execute(board_votes._tables()[1].update().values(rules="older word lists"))
        assert store.leaderboard_rows("AIME 2025").direction.direction == "lower"  # read from the records meanwhile
    assert counted
    with Store(database_url) as store:
        assert votes(store) == counted
        assert store.leaderboard_rows("AIME 2025").direction.source == "text"
