"""The database: ingest, idempotent re-ingest, transactions, read-back, leaderboards, forgiving names."""
from __future__ import annotations

import shutil
import sqlite3
import threading

import pandas as pd
import pytest

from metricsdb.errors import StoreError
from metricsdb.model import RECORD_FIELDS, Record
from metricsdb.record_id import with_record_ids
from metricsdb.report import read_report
from metricsdb.store import LEADERBOARD_COLUMNS, NotInDatabaseError, Store, board_frame, connect

from .conftest import SAMPLE_REPORTS
from .store_helpers import REPORT_DATE, make_record, make_report

SAMPLE_PAPERS = sum(len(read_report(path).papers) for path in SAMPLE_REPORTS)


def as_records(frame: pd.DataFrame) -> list[Record]:
    """DataFrame rows back into contract records (pandas writes a missing float as NaN)."""
    return [Record(**{k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()})
            for row in frame.to_dict("records")]


def snapshot(store: Store) -> tuple[dict[str, int], list[Record], list[tuple[str, ...]]]:
    return store.stats(), as_records(store.records()), [tuple(row) for row in store.benchmarks().itertuples()]


def test_ingest_stores_every_report_and_paper(store):
    summary = store.ingest(SAMPLE_REPORTS)
    assert (summary.reports, summary.replaced, summary.papers, summary.errors) == (4, 0, SAMPLE_PAPERS, [])
    assert store.stats() == {"reports": 4, "papers": SAMPLE_PAPERS, "records": summary.records}


def test_ingesting_again_replaces_and_never_duplicates(store, tmp_path):
    first = store.ingest(SAMPLE_REPORTS)
    before = snapshot(store)
    copy = tmp_path / "renamed.txt"  # same source URL and date under another name: the same report
    shutil.copy(SAMPLE_REPORTS[0], copy)
    again = store.ingest([*SAMPLE_REPORTS, copy])
    assert again.replaced == 5 and again.reports == 5
    assert snapshot(store) == before
    assert store.stats()["reports"] == first.reports


def test_record_read_back_equals_the_one_written(store):
    written = [
        make_record(),
        make_record(paper_id="2601.00002", kind="delta", benchmark="VideoMME", subset="Long", model="LSRIF (Qwen3-8B)",
                    metric="f1", value=2.6, value_high=None, unit="pp", direction="increase", reference="GRPO",
                    evidence="提升了 2.6 个百分点", rule="delta_pp"),
        make_record(paper_id="2601.00003", kind="ratio", value=2.3, value_high=10.0, unit="x", direction="decrease",
                    evidence="2.3倍至10倍", metric="latency"),
        make_record(value=1750000.0, unit=None, metric="score", evidence="1.75M"),
    ]
    store.add(make_report(), written)
    assert as_records(store.records()) == with_record_ids(written)
    frame = store.records()
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert pd.api.types.is_float_dtype(frame["value"]) and pd.api.types.is_float_dtype(frame["value_high"])


def test_adding_a_report_again_replaces_its_papers_and_records(store):
    store.add(make_report(), [make_record(value=1.0), make_record(value=2.0)])
    replaced = store.add(make_report(("2601.00001",)), [make_record(value=3.0)])
    assert replaced is True
    assert store.stats() == {"reports": 1, "papers": 1, "records": 1}
    assert store.records()["value"].tolist() == [3.0]


def test_reports_without_source_url_are_identified_by_file_name_and_date(store):
    store.add(make_report(source_url=None, path="/a/day.txt"), [make_record()])
    assert store.add(make_report(source_url=None, path="/elsewhere/day.txt"), [make_record()]) is True
    assert store.add(make_report(source_url=None, path="/a/other.txt"), [make_record()]) is False
    assert store.add(make_report(source_url=None, path="/a/day.txt", date="2026-01-12"),
                     [make_record(report_date="2026-01-12")]) is False
    assert store.stats()["reports"] == 3


def test_a_failure_mid_report_leaves_the_database_as_it_was(store):
    store.add(make_report(), [make_record(value=1.0), make_record(model="Other", value=2.0)])
    before = snapshot(store)
    orphan = make_record(paper_id="2699.99999")  # detected after the old rows were deleted and new ones inserted
    with pytest.raises(StoreError, match="2699.99999"):
        store.add(make_report(("2601.00001", "2601.00009")), [make_record(value=9.0), orphan])
    assert snapshot(store) == before


def test_a_database_error_mid_report_rolls_back_and_names_the_report(store):
    store.add(make_report(), [make_record(value=1.0)])
    before = snapshot(store)
    broken = make_record().model_copy(update={"value": None})  # NOT NULL violated by the database itself
    with pytest.raises(StoreError, match=r"^/reports/daily.txt: database error"):
        store.add(make_report(), [make_record(value=5.0), broken])
    assert snapshot(store) == before


def test_a_record_dated_unlike_its_report_is_refused(store):
    with pytest.raises(StoreError, match="dated 2020-01-01"):
        store.add(make_report(), [make_record(report_date="2020-01-01")])
    assert store.stats() == {"reports": 0, "papers": 0, "records": 0}


def test_ingest_skips_bad_files_and_stores_the_others(store, tmp_path):
    shutil.copy(SAMPLE_REPORTS[1], tmp_path / "good.txt")
    (tmp_path / "latin1.txt").write_bytes("Date: 2026 caf\xe9".encode("latin-1"))
    (tmp_path / "notes.md").write_text("# just notes\n", encoding="utf-8")
    seen: list[tuple[str, bool]] = []
    summary = store.ingest(tmp_path, on_file=lambda path, error: seen.append((path.name, error is None)))
    assert summary.reports == 1
    assert sorted(seen) == [("good.txt", True), ("latin1.txt", False), ("notes.md", False)]
    assert sorted(error.split(":")[0] for error in summary.errors) == [
        str(tmp_path / "latin1.txt"), str(tmp_path / "notes.md")]
    assert store.stats()["reports"] == 1


def test_ingest_reports_missing_paths_and_empty_folders(store, tmp_path):
    (tmp_path / "empty").mkdir()
    summary = store.ingest([tmp_path / "missing.txt", tmp_path / "empty"])
    assert summary.reports == 0
    assert summary.errors == [f"{tmp_path / 'missing.txt'}: no such file or folder",
                              f"{tmp_path / 'empty'}: no report files (*.txt, *.md) in this folder"]


def test_concurrent_ingests_of_the_same_reports_end_with_one_copy(database_url):
    stores = [Store(database_url), Store(database_url)]
    results = []
    threads = [threading.Thread(target=lambda s=s: results.append(s.ingest(SAMPLE_REPORTS))) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.errors for r in results] == [[], []]
    assert stores[0].stats()["reports"] == 4 and stores[0].stats()["papers"] == SAMPLE_PAPERS


def test_sqlite_database_uses_write_ahead_logging(tmp_path):
    path = tmp_path / "wal.db"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_plain_path_means_a_sqlite_file(tmp_path):
    with connect(str(tmp_path / "plain.db")) as opened:
        opened.add(make_report(), [make_record()])
    assert (tmp_path / "plain.db").is_file()
    assert connect(str(tmp_path / "plain.db")).stats()["records"] == 1


def test_an_unreachable_database_is_one_error_with_the_password_masked():
    with pytest.raises(StoreError) as caught:
        connect("postgresql+psycopg://reader:s3cret-pw@127.0.0.1:1/metrics")
    message = str(caught.value)
    assert "s3cret-pw" not in message and "://***@127.0.0.1" in message and "\n" not in message


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    not_a_database = tmp_path / "report.txt"
    shutil.copy(SAMPLE_REPORTS[0], not_a_database)
    with pytest.raises(StoreError, match="cannot open database"):
        connect(str(not_a_database))
    assert not_a_database.read_bytes() == SAMPLE_REPORTS[0].read_bytes()


# Leaderboards

def board(store: Store, *args, **kwargs) -> list[tuple]:
    frame = board_frame(store.leaderboard_rows(*args, **kwargs))
    assert list(frame.columns) == list(LEADERBOARD_COLUMNS)
    return list(zip(frame["rank"], frame["model"], frame["value"]))


def test_leaderboard_ranks_higher_is_better_metrics_descending(store):
    store.add(make_report(), [
        make_record(model="A", value=80.0), make_record(model="A", value=82.0, subset="Hard"),
        make_record(model="B", value=90.0), make_record(model="C", value=85.0),
        make_record(model="D", value=85.0), make_record(model="E", value=99.0, metric="f1"),
    ])
    assert board(store, "AIME 2025") == [(1, "B", 90.0), (2, "C", 85.0), (2, "D", 85.0), (4, "A", 80.0)]
    frame = store.leaderboard("AIME 2025")
    assert frame.attrs == {"benchmark": "AIME 2025", "metric": "accuracy", "kind": "score", "subset": None,
                           "lower_is_better": False, "direction": "higher", "direction_source": "metric list",
                           "subsets": {"Hard": 1}, "unnamed_hidden": 0, "scales_apart": False, "picked": None,
                           "value_column": "accuracy"}


def test_a_share_stated_as_a_fraction_of_1_is_ranked_apart_from_percentages(store):
    """EM 0.478 beside EM 48.6 on one board: the fraction is not ranked last below the percentages, nor
    converted (0.5 could be half a per cent); each scale has its own ranks, the fractions after. A `%`
    states a percentage however small; a metric the list does not call a share (gfid) is left alone."""
    store.add(make_report(), [
        make_record(benchmark="NQ", metric="exact match", model="A", value=48.6, unit=None),
        make_record(benchmark="NQ", metric="exact match", model="B", value=0.478, unit=None),
        make_record(benchmark="NQ", metric="exact match", model="C", value=0.9, unit="%"),
        make_record(benchmark="NQ", metric="exact match", model="D", value=0.641, unit=None, paper_id="2601.00002"),
        make_record(benchmark="NQ", metric="exact match", model="E", value=44.1, unit=None, paper_id="2601.00002"),
        make_record(benchmark="ImageNet 256", metric="gfid", model="F", value=0.9, unit=None),
        make_record(benchmark="ImageNet 256", metric="gfid", model="G", value=2.2, unit=None),
    ])
    assert board(store, "NQ") == [(1, "A", 48.6), (2, "E", 44.1), (3, "C", 0.9), (1, "D", 0.641), (2, "B", 0.478)]
    assert store.leaderboard_rows("NQ").attrs["scales_apart"] is True
    assert board(store, "ImageNet 256") == [(1, "F", 0.9), (2, "G", 2.2)]
    assert store.leaderboard_rows("ImageNet 256").attrs["scales_apart"] is False
    store.reject(store.leaderboard_rows("NQ").rows[0][LEADERBOARD_COLUMNS.index("record_id")], "test")  # curated path
    assert board(store, "NQ") == [(1, "E", 44.1), (2, "C", 0.9), (1, "D", 0.641), (2, "B", 0.478)]


def test_names_of_one_measure_share_a_board_headed_by_the_most_used(store):
    """`avg@32 准确率`, `pass@1` and `accuracy` on one benchmark are one measure (board_metrics.yaml): one
    board, named by the name its rows use most, found by any of them; `pass@32` (best of 32) stays
    apart. The same holds once a correction is stored (the curated path)."""
    store.add(make_report(), [
        make_record(model="A", metric="accuracy", value=55.5), make_record(model="B", metric="accuracy", value=50.0),
        make_record(model="C", metric="avg@32", value=36.7), make_record(model="D", metric="pass@1", value=72.9),
        make_record(model="E", metric="pass@32", value=80.0),
    ])
    assert store.metrics("AIME 2025") == ["accuracy", "pass@32"]
    expected = [(1, "D", 72.9), (2, "A", 55.5), (3, "B", 50.0), (4, "C", 36.7)]
    assert board(store, "AIME 2025") == expected and board(store, "AIME 2025", "avg@32") == expected
    assert store.leaderboard_rows("AIME 2025", "AVG@32").metric == "accuracy"
    assert board(store, "AIME 2025", "pass@32") == [(1, "E", 80.0)]  # its own board (pass@k: higher is better)
    store.reject(store.leaderboard_rows("AIME 2025").rows[1][LEADERBOARD_COLUMNS.index("record_id")], "test")
    assert store.metrics("AIME 2025") == ["accuracy", "pass@32"]
    assert board(store, "AIME 2025", "pass@1") == [(1, "D", 72.9), (2, "B", 50.0), (3, "C", 36.7)]


def test_sim_and_sim_o_are_one_speaker_similarity_board(store):
    """Seed-TTS-eval's speaker similarity made two boards, `sim` and `sim-o`, although reports write
    either for the same systems (F5-TTS 0.74 on test-zh under both names); `secs` stays apart."""
    tts = {"benchmark": "Seed-TTS-eval", "subset": "test-zh", "unit": None}
    store.add(make_report(), [
        make_record(model="F5-TTS", metric="sim", value=0.74, **tts),
        make_record(model="A", metric="sim-o", value=0.78, **tts),
        make_record(model="B", metric="sim-o", value=0.76, **tts),
        make_record(model="C", metric="secs", value=0.81, **tts),
        make_record(model="A", metric="cer", value=1.2, **tts), make_record(model="B", metric="cer", value=1.3, **tts),
        make_record(model="F5-TTS", metric="cer", value=1.56, **tts),
    ])
    assert store.metrics("Seed-TTS-eval", subset="test-zh") == ["cer", "sim-o", "secs"]
    expected = [(1, "A", 0.78), (2, "B", 0.76), (3, "F5-TTS", 0.74)]  # higher is better (sim-o's direction)
    assert board(store, "Seed-TTS-eval", "sim", subset="test-zh") == expected
    assert board(store, "Seed-TTS-eval", "SIM-o", subset="test-zh") == expected


def test_a_board_whose_every_value_is_a_duration_ranks_the_shortest_first(store):
    """`认证时间从 DDS 的约 110 s 缩短到 9 s` read as a `speed` (listed higher-is-better): a time taken is
    better shorter, so the board ranks 9 s first; a speed board with values of no unit keeps its direction."""
    store.add(make_report(), [
        make_record(benchmark="ImageNet", metric="speed", model="DDS", value=110.0, unit="s"),
        make_record(benchmark="ImageNet", metric="speed", model="CDS", value=9.0, unit="s"),
        make_record(benchmark="ImageNet", metric="speed", model="X", value=0.5, unit="min", subset="512x512"),
        make_record(benchmark="ImageNet", metric="speed", model="Y", value=3.0, unit=None, subset="512x512"),
    ])
    assert board(store, "ImageNet") == [(1, "CDS", 9.0), (2, "DDS", 110.0)]
    assert store.leaderboard_rows("ImageNet").attrs["direction"] == "lower"
    assert board(store, "ImageNet", subset="512x512") == [(1, "Y", 3.0), (2, "X", 0.5)]  # not every value a time
    store.reject(store.leaderboard_rows("ImageNet", subset="512x512").rows[0][LEADERBOARD_COLUMNS.index("record_id")], "t")
    assert board(store, "ImageNet") == [(1, "CDS", 9.0), (2, "DDS", 110.0)]  # the curated path alike
    assert board(store, "ImageNet", subset="512x512") == [(1, "X", 0.5)]


def test_a_board_of_fractions_alone_keeps_its_one_ranking(store):
    store.add(make_report(), [make_record(benchmark="NQ", metric="exact match", model=m, value=v, unit=None)
                              for m, v in (("A", 0.478), ("B", 0.641))])
    assert board(store, "NQ") == [(1, "B", 0.641), (2, "A", 0.478)]
    assert store.leaderboard_rows("NQ").attrs["scales_apart"] is False


def test_leaderboard_ranks_lower_is_better_metrics_ascending(store):
    store.add(make_report(), [
        make_record(benchmark="ImageNet 256", metric="gfid", model=model, value=value, unit=None)
        for model, value in (("A", 3.1), ("B", 1.5), ("C", 2.0), ("B", 1.9))
    ])
    assert board(store, "ImageNet 256") == [(1, "B", 1.5), (2, "C", 2.0), (3, "A", 3.1)]
    assert store.leaderboard("ImageNet 256").attrs["lower_is_better"] is True


def test_a_number_with_a_subset_is_ranked_only_on_its_subsets_board(store):
    store.add(make_report(), [
        make_record(model="A", value=60.0), make_record(model="B", value=70.0),
        make_record(model="A", value=95.0, subset="Hard"), make_record(model="C", value=40.0, subset="hard"),
        make_record(model="D", value=99.0, subset="Easy"),
    ])
    assert board(store, "AIME 2025") == [(1, "B", 70.0), (2, "A", 60.0)]
    assert board(store, "AIME 2025", subset="HARD") == [(1, "A", 95.0), (2, "C", 40.0)]
    hard = store.leaderboard("AIME 2025", subset="HARD")
    assert hard.attrs["subset"] == "Hard" and hard.attrs["subsets"] == {"Hard": 2, "Easy": 1}
    assert store.subsets("aime 2025") == {"Hard": 2, "Easy": 1}
    assert store.metrics("AIME 2025", subset="Easy") == ["accuracy"]
    with pytest.raises(NotInDatabaseError, match=r"no score records of subset 'Medium'; its subsets: Hard \(2\), Easy \(1\)"):
        store.leaderboard("AIME 2025", subset="Medium")
    listed = store.benchmark_subsets()
    subsets = [None if pd.isna(subset) else subset for subset in listed["subset"]]
    assert list(zip(subsets, listed["records"])) == [(None, 2), ("Hard", 2), ("Easy", 1)]  # one row per board


def test_a_subset_written_after_its_benchmarks_name_shares_the_parts_board(store):
    """`LIBERO-Long` on LIBERO is its Long suite: one board, not a second one of one row."""
    store.add(make_report(), [
        make_record(benchmark="LIBERO", model="A", value=90.0, subset="Long"),
        make_record(benchmark="LIBERO", model="B", value=88.0, subset="Long"),
        make_record(benchmark="LIBERO", model="C", value=93.2, subset="LIBERO-Long"),
        make_record(benchmark="LIBERO", model="D", value=97.0, subset="LIBERO"),  # the name alone is no part of it
    ])
    assert store.subsets("LIBERO") == {"Long": 3, "LIBERO": 1}
    listed = store.benchmark_subsets()
    assert list(zip(listed["subset"], listed["records"], listed["papers"])) == [("Long", 3, 1), ("LIBERO", 1, 1)]
    assert board(store, "LIBERO", subset="libero-long") == [(1, "C", 93.2), (2, "A", 90.0), (3, "B", 88.0)]
    assert board(store, "LIBERO", subset="Long") == board(store, "LIBERO", subset="libero-long")


def test_spellings_of_one_subset_subsets_yaml_merges_are_one_board_under_its_one_spelling(store):
    """A store ingested before subsets.yaml's `spellings`, a correction or a record added by hand may hold
    `w/o subtitles`, `w/o sub` and `w/o subs`: one board, one picker entry, shown as `w/o subs`."""
    store.add(make_report(), [
        make_record(benchmark="Video-MME", model="A", value=60.0, subset="w/o subtitles"),
        make_record(benchmark="Video-MME", model="B", value=61.0, subset="w/o sub", paper_id="2601.00002"),
        make_record(benchmark="Video-MME", model="C", value=62.0, subset="Long, w/o subtitles"),
        make_record(benchmark="Video-MME", model="D", value=63.0, subset="Long, W/O Subs", paper_id="2601.00002"),
    ])
    assert store.subsets("Video-MME") == {"w/o subs": 2, "Long, w/o subs": 2}
    assert board(store, "Video-MME", subset="without subtitles") == [(1, "B", 61.0), (2, "A", 60.0)]
    assert board(store, "Video-MME", subset="Long, w/o sub") == [(1, "D", 63.0), (2, "C", 62.0)]
    listed = store.benchmark_subsets()
    assert list(zip(listed["subset"], listed["records"], listed["papers"])) == [("Long, w/o subs", 2, 2), ("w/o subs", 2, 2)]


def test_the_default_board_is_the_one_with_most_papers_the_overall_one_on_a_tie(store):
    store.add(make_report(), [
        make_record(model="A", value=60.0),  # overall: one paper
        make_record(model="A", value=70.0, subset="Hard"), make_record(model="B", value=71.0, subset="Hard"),
        make_record(model="C", value=72.0, subset="Easy", paper_id="2601.00002"),
    ])
    board = store.default_board("AIME 2025")  # Hard has more rows, as many papers: overall
    assert (board.subset, board.picked, len(board.rows)) == (None, None, 1)
    store.add(make_report(("2601.00004",), path="/reports/b.txt", source_url=None),
              [make_record(model="D", value=75.0, subset="Hard", paper_id="2601.00004")])
    board = store.default_board("AIME 2025")  # Hard: two papers
    assert (board.subset, board.picked, [row[1] for row in board.rows]) == ("Hard", "most papers", ["D", "B", "A"])
    assert board.attrs["picked"] == "most papers" and store.leaderboard_rows("AIME 2025", subset="overall").subset is None
    assert store.default_board("AIME 2025", metric="accuracy", kind="score").subset == "Hard"
    with pytest.raises(NotInDatabaseError, match="no score records of metric 'f1'"):
        store.default_board("AIME 2025", metric="f1")


def test_the_default_board_of_a_benchmark_with_only_subset_numbers_is_its_largest(store):
    store.add(make_report(), [make_record(model="A", subset="4K"), make_record(model="A", subset="8K", value=40.0),
                              make_record(model="B", subset="8K", value=41.0, paper_id="2601.00002")])
    board = store.default_board("AIME 2025")
    assert (board.subset, board.picked) == ("8K", "no overall numbers")


def test_a_benchmark_with_only_subset_numbers_names_its_subsets(store):
    store.add(make_report(), [make_record(model="A", subset="4K"), make_record(model="A", subset="8K", value=40.0)])
    with pytest.raises(NotInDatabaseError, match=r"no overall score records, only subsets: 4K \(1\), 8K \(1\)"):
        store.leaderboard("AIME 2025")
    assert board(store, "AIME 2025", subset="8k") == [(1, "A", 40.0)]


def _quoting_papers(store: Store) -> None:
    """Four reports: pi0's own paper (the second day), and three papers quoting its 94.2 on LIBERO."""
    ids = ("2601.00001", "2601.00002", "2601.00003", "2601.00004")
    dates = {"2601.00001": "2026-01-10", "2601.00002": "2026-01-11", "2601.00003": "2026-01-12", "2601.00004": "2026-01-13"}
    titles = {"2601.00002": "π0: A Vision-Language-Action Flow Model"}
    for paper_id in ids:
        report = make_report((paper_id,), date=dates[paper_id], path=f"/reports/{paper_id}.txt",
                             source_url=f"https://example.org/{paper_id}")
        records = [make_record(benchmark="LIBERO", model="π0", value=94.2, paper_id=paper_id, report_date=dates[paper_id],
                               paper_title=titles.get(paper_id, f"Paper {paper_id}"), metric="success rate")]
        if paper_id != "2601.00002":
            records.append(make_record(benchmark="LIBERO", model=f"Method{paper_id[-1]}", value=95.0 + int(paper_id[-1]),
                                       paper_id=paper_id, report_date=dates[paper_id], metric="success rate"))
        store.add(report, records)


def test_a_number_several_papers_quote_stands_once_from_its_systems_own_paper(store):
    """π0's 94.2 on LIBERO, quoted by every later paper of the field, stood once per paper (14 rows of
    one number): now one row, from the paper whose title names π0, listing the papers that report it."""
    _quoting_papers(store)
    rows = board_frame(store.leaderboard_rows("LIBERO"))
    assert list(zip(rows["rank"], rows["model"], rows["value"])) == [
        (1, "Method4", 99.0), (2, "Method3", 98.0), (3, "Method1", 96.0), (4, "π0", 94.2)]
    quoted = rows.iloc[3]
    assert quoted["paper_id"] == "2601.00002" and quoted["report_date"] == "2026-01-11"
    assert quoted["papers"] == ("2601.00002", "2601.00001", "2601.00003", "2601.00004")  # its own first, then by date
    assert rows["papers"].iloc[:3].isna().all()  # a number one paper reports: no list
    assert len(store.records(benchmark="LIBERO", model="π0")) == 4  # every record kept: exports read these


def test_a_quoted_number_whose_system_has_no_paper_here_stands_on_the_earliest(store):
    _quoting_papers(store)
    store.correct(store.records(model="π0", paper_id="2601.00002")["record_id"][0], {"value": 94.3}, "its own paper says 94.3")
    rows = board_frame(store.leaderboard_rows("LIBERO"))
    pi0 = rows[rows["model"] == "π0"]
    assert list(zip(pi0["value"], pi0["paper_id"])) == [(94.3, "2601.00002"), (94.2, "2601.00001")]
    assert list(pi0["papers"]) == [None, ("2601.00001", "2601.00003", "2601.00004")]
    assert list(rows["rank"]) == [1, 2, 3, 4, 5]


def test_quoted_numbers_stand_once_on_a_board_listed_by_date_and_unnamed_systems_never_merge(store):
    store.add(make_report(), [
        make_record(metric="novelty", model="X", value=3.0, evidence="X 为 3"),
        make_record(metric="novelty", model="X", value=3.0, paper_id="2601.00002", evidence="X 为 3"),
        make_record(metric="novelty", model="baseline", value=1.0, evidence="基线为 1"),
        make_record(metric="novelty", model="baseline", value=1.0, paper_id="2601.00002", evidence="基线为 1"),
    ])
    assert store.leaderboard_rows("AIME 2025").direction.direction == "unknown"
    rows = board_frame(store.leaderboard_rows("AIME 2025", include_unnamed=True))
    assert list(zip(rows["model"], rows["papers"])) == [
        ("X", ("2601.00001", "2601.00002")), ("baseline (Paper 2601.00001)", None), ("baseline (Paper 2601.00002)", None)]


def test_unnamed_systems_stay_off_a_board_unless_asked_for_then_carry_their_papers_method(store):
    store.add(make_report(), [
        make_record(model="baseline", value=90.0, paper_title="LSRIF: instruction following"),
        make_record(model="基线", value=88.0, paper_id="2601.00002", paper_title="An untitled study of things"),
        make_record(model="SFT (Qwen3-8B)", value=85.0, paper_title="LSRIF: instruction following"),
        make_record(model="LSRIF", value=80.0, paper_title="LSRIF: instruction following"),
    ])
    frame = store.leaderboard("AIME 2025")
    assert list(frame["model"]) == ["LSRIF"] and frame.attrs["unnamed_hidden"] == 3
    every = store.leaderboard("AIME 2025", include_unnamed=True)
    assert list(zip(every.index, every["model"])) == [
        (1, "baseline (LSRIF)"), (2, "基线 (2601.00002)"), (3, "SFT (Qwen3-8B; LSRIF)"), (4, "LSRIF")]
    assert every.attrs["unnamed_hidden"] == 0
    assert store.records(model="baseline")["model"].tolist() == ["baseline"]  # stored as extracted


def test_a_metric_the_list_lacks_takes_its_direction_from_what_the_papers_methods_do(store):
    lowered = "欺诈率从 20% 降至 3%"
    store.add(make_report(), [
        make_record(metric="hacking ratio", model="baseline", value=20.0, evidence=lowered),
        make_record(metric="hacking ratio", model="Dr. Kernel", value=3.0, evidence=lowered),
        make_record(metric="hacking ratio", model="Other", value=9.0, paper_id="2601.00002", evidence="Other 为 9%"),
    ])
    frame = store.leaderboard("AIME 2025")
    assert (frame.attrs["direction"], frame.attrs["direction_source"], frame.attrs["lower_is_better"]) == (
        "lower", "text", True)
    assert board(store, "AIME 2025") == [(1, "Dr. Kernel", 3.0), (2, "Other", 9.0)]


def test_a_rank_1_board_ranks_best_first_as_the_family_data_says(store):
    """GaitSeason-2K's Rank-1 said "direction unknown" and listed by date: Rank-k is a share of queries
    matched within the top k, higher is better (board_metrics.yaml directions)."""
    store.add(make_report(), [make_record(benchmark="GaitSeason-2K", metric="rank-1", model="GaitBase", value=37.5),
                              make_record(benchmark="GaitSeason-2K", metric="rank-1", model="GaitMesh", value=52.8)])
    frame = store.leaderboard("GaitSeason-2K")
    assert (frame.attrs["direction"], frame.attrs["direction_source"]) == ("higher", "metric list")
    assert board(store, "GaitSeason-2K") == [(1, "GaitMesh", 52.8), (2, "GaitBase", 37.5)]


def test_a_board_whose_text_says_lower_is_better_ranks_so_over_the_metric_list(store):
    store.add(make_report(), [
        make_record(model="A", value=0.021, evidence="Accuracy 与 Completeness 分别为 0.021 和 0.026（越低越好）"),
        make_record(model="B", value=0.035, paper_id="2601.00002", evidence="B 为 0.035"),
    ])
    frame = store.leaderboard("AIME 2025")
    assert (frame.attrs["direction"], frame.attrs["direction_source"]) == ("lower", "said in the text")
    assert board(store, "AIME 2025") == [(1, "A", 0.021), (2, "B", 0.035)]


def test_a_board_nobody_can_tell_the_direction_of_is_listed_by_date_unranked(store):
    store.add(make_report(date="2026-01-11"), [make_record(metric="trr@1", model="A", value=0.5),
                                               make_record(metric="trr@1", model="A", value=0.7)])
    store.add(make_report(("2601.00009",), date="2026-01-12", path="/reports/later.txt", source_url=None), [
        make_record(paper_id="2601.00009", metric="trr@1", model="B", value=0.1, report_date="2026-01-12")])
    frame = store.leaderboard("AIME 2025")
    assert (frame.attrs["direction"], frame.attrs["direction_source"], frame.attrs["lower_is_better"]) == (
        "unknown", "no evidence", None)
    assert board(store, "AIME 2025") == [(None, "B", 0.1), (None, "A", 0.5), (None, "A", 0.7)]


def test_leaderboard_keeps_one_row_per_model_and_paper(store):
    store.add(make_report(), [
        make_record(model="A", value=70.0), make_record(paper_id="2601.00002", model="A", value=75.0),
        make_record(paper_id="2601.00002", model="A", value=60.0),
    ])
    frame = store.leaderboard("AIME 2025")
    assert list(zip(frame["model"], frame["paper_id"], frame["accuracy"])) == [
        ("A", "2601.00002", 75.0), ("A", "2601.00001", 70.0)]


def test_leaderboard_defaults_to_the_most_frequent_metric_and_accepts_another(store):
    store.add(make_report(), [
        make_record(model="A", metric="f1", value=1.0), make_record(model="B", metric="f1", value=2.0),
        make_record(model="C", metric="accuracy", value=3.0),
    ])
    assert store.leaderboard("AIME 2025").attrs["metric"] == "f1"
    assert board(store, "AIME 2025", metric="Accuracy") == [(1, "C", 3.0)]


def test_the_default_board_is_of_a_metric_with_a_direction_over_a_more_frequent_one_without(store):
    """AIME 2024 opened on 'output length' (direction unknown, most records) over its accuracy."""
    store.add(make_report(), [
        make_record(model="A", metric="output length", value=9800.0, unit="tokens"),
        make_record(model="B", metric="output length", value=7400.0, unit="tokens"),
        make_record(model="C", metric="score", value=61.0), make_record(model="D", metric="score", value=60.0),
        make_record(model="E", metric="accuracy", value=43.3),
    ])
    assert store.leaderboard("AIME 2025").attrs["metric"] == "accuracy"
    assert store.metrics("AIME 2025") == ["accuracy", "score", "output length"]  # a cost last
    assert board(store, "AIME 2025", metric="output length")[0][1] in ("A", "B")  # still there when asked for


def test_the_default_board_is_of_a_result_metric_over_a_cost_on_a_tie_or_with_fewer_records(store):
    """A cost (latency, memory, tokens: board_metrics.yaml's `costs`) opened a board over the result
    it came with when it had as many records (and sorted first) or more; asked for, it is still there."""
    store.add(make_report(), [
        make_record(model="A", benchmark="FooSpeech", metric="latency", value=120.0, unit="ms"),
        make_record(model="B", benchmark="FooSpeech", metric="latency", value=180.0, unit="ms"),
        make_record(model="A", benchmark="FooSpeech", metric="wer", value=4.1),
        make_record(model="B", benchmark="FooSpeech", metric="wer", value=5.3),
        make_record(model="A", benchmark="BarAgent", metric="p99 latency", value=2.0, unit="s"),
        make_record(model="B", benchmark="BarAgent", metric="p99 latency", value=3.0, unit="s"),
        make_record(model="C", benchmark="BarAgent", metric="peak memory", value=3.0, unit="GB"),
        make_record(model="D", benchmark="BarAgent", metric="success rate", value=61.0),
        make_record(model="A", benchmark="BazServe", metric="memory", value=20.0, unit="GB"),
        make_record(model="B", benchmark="BazServe", metric="latency", value=9.0, unit="ms"),
        make_record(model="C", benchmark="BazServe", metric="latency", value=7.0, unit="ms"),
    ])
    assert store.leaderboard_rows("FooSpeech").metric == "wer"
    assert store.leaderboard_rows("BarAgent").metric == "success rate"
    assert store.metrics("BarAgent") == ["success rate", "p99 latency", "peak memory"]
    assert store.leaderboard_rows("BazServe").metric == "latency"  # only costs: the commonest
    assert [row[1] for row in store.leaderboard_rows("FooSpeech", metric="latency").rows] == ["A", "B"]


def test_a_board_of_metrics_without_a_direction_only_defaults_to_the_most_frequent(store):
    store.add(make_report(), [make_record(model="A", metric="score", value=1.0),
                              make_record(model="B", metric="score", value=2.0),
                              make_record(model="C", metric="output length", value=3.0)])
    assert store.leaderboard("AIME 2025").attrs["metric"] == "score"


def test_delta_leaderboard_counts_a_decrease_as_negative(store):
    store.add(make_report(), [
        make_record(kind="delta", model=m, value=v, direction=d, unit="pp", reference="GRPO")
        for m, v, d in (("A", 5.0, "decrease"), ("B", 2.0, "increase"), ("C", 4.0, "increase"))
    ])
    assert board(store, "AIME 2025", kind="delta") == [(1, "C", 4.0), (2, "B", 2.0), (3, "A", 5.0)]


@pytest.mark.parametrize("typed", ["AIME 2025", "aime 2025", "AIME-2025", "aime2025", " Aime_2025 ", "ＡＩＭＥ 2025"])
def test_benchmark_names_match_forgivingly(store, typed):
    store.add(make_report(), [make_record(model="A"), make_record(model="B", benchmark="GPQA")])
    assert board(store, typed) == [(1, "A", 50.0)]
    assert store.records(benchmark=typed)["model"].tolist() == ["A"]


def test_unknown_benchmark_suggests_close_names(store):
    store.add(make_report(), [make_record(benchmark="AIME 2025"), make_record(benchmark="AIME 2024"),
                              make_record(benchmark="MMLU")])
    with pytest.raises(NotInDatabaseError, match=r"no benchmark named 'aime'; did you mean AIME 202[45], AIME 202[45]\?"):
        store.leaderboard("aime")
    with pytest.raises(NotInDatabaseError, match=r"did you mean .*AIME 2025"):
        store.leaderboard("AIME 2026")
    with pytest.raises(NotInDatabaseError, match="among the 3 in the database"):
        store.leaderboard("completely different")


def test_unknown_metric_or_kind_names_what_there_is(store):
    store.add(make_report(), [make_record(metric="accuracy"), make_record(metric="f1")])
    with pytest.raises(NotInDatabaseError, match="AIME 2025 has no score records of metric 'bleu'; it has accuracy, f1"):
        store.leaderboard("AIME 2025", metric="bleu")
    with pytest.raises(NotInDatabaseError, match="AIME 2025 has no ratio records, only score"):
        store.leaderboard("AIME 2025", kind="ratio")


def test_a_benchmark_without_scores_falls_back_to_the_kind_it_has(store):
    store.add(make_report(), [
        make_record(benchmark="GSM8K", kind="delta", model="A", value=2.6, unit="pp", direction="increase"),
        make_record(benchmark="GSM8K", kind="delta", model="B", value=1.0, unit="pp", direction="increase"),
        make_record(benchmark="GSM8K", kind="ratio", model="C", value=2.0, unit="x", direction="increase"),
        make_record(benchmark="MATH", kind="ratio", model="C", value=2.0, unit="x", direction="increase"),
        make_record(benchmark="MATH", kind="score", model="D", value=40.0),
    ])
    assert store.leaderboard_rows("gsm8k").kind == "delta"  # the kind it has most records of
    assert board(store, "gsm8k") == [(1, "A", 2.6), (2, "B", 1.0)]
    assert store.leaderboard("GSM8K").attrs["kind"] == "delta"
    assert store.leaderboard_rows("MATH").kind == "score"  # scores whenever there are any
    with pytest.raises(NotInDatabaseError, match="GSM8K has no score records, only delta, ratio"):
        store.leaderboard_rows("GSM8K", kind="score")  # asked for: no fallback


def test_benchmarks_count_records_of_each_kind(store):
    store.add(make_report(), [
        make_record(model="A"), make_record(model="B", kind="delta", direction="increase"),
        make_record(model="C", kind="delta", direction="increase", paper_id="2601.00002"),
        make_record(benchmark="GPQA", kind="ratio", unit="x", direction="increase"),
    ])
    assert store.benchmarks().to_dict("records") == [
        {"name": "AIME 2025", "records": 3, "score": 1, "delta": 2, "ratio": 0, "papers": 2},
        {"name": "GPQA", "records": 1, "score": 0, "delta": 0, "ratio": 1, "papers": 1},
    ]


def test_an_empty_database_says_so(store):
    with pytest.raises(NotInDatabaseError, match="the database has no records"):
        store.leaderboard("AIME 2025")


INJECTION = "x'; DROP TABLE records; --"


def test_sql_looking_benchmark_names_are_just_names(store):
    store.add(make_report(), [make_record(benchmark=INJECTION, model="A"), make_record(model="B")])
    assert board(store, INJECTION) == [(1, "A", 50.0)]
    with pytest.raises(NotInDatabaseError):
        store.leaderboard("' OR 1=1 --")
    assert store.records(benchmark="' OR '1'='1").empty
    assert store.stats()["records"] == 2


@pytest.mark.parametrize("name", [INJECTION, "x\\'; DROP TABLE papers; --", 'a"; DELETE FROM reports; --', "%", "_", "\\"])
def test_sql_looking_names_in_every_filter_are_just_names(store, name):
    store.add(make_report(), [make_record(benchmark=name, model=name, metric=name.lower(), subset=name,
                                          paper_id="2601.00002"),
                              make_record(model="B")])
    only = store.records(benchmark=name, model=name, metric=name, subset=name, paper_id="2601.00002",
                         report_date=REPORT_DATE, kind="score")
    assert only["model"].tolist() == [name]
    for field in ("benchmark", "model", "metric", "subset", "paper_id", "report_date", "kind"):
        assert store.records(**{field: "' OR '1'='1"}).empty
    assert board(store, name, metric=name, subset=name) == [(None, name, 50.0)]  # a metric nobody knows: unranked
    assert store.benchmarks()["name"].tolist() in ([name, "AIME 2025"], ["AIME 2025", name])
    assert store.stats() == {"reports": 1, "papers": 3, "records": 2}


def test_record_filters(store):
    store.add(make_report(), [
        make_record(model="Qwen3-8B", metric="accuracy"),
        make_record(paper_id="2601.00002", model="GPT-4o", metric="f1", kind="delta", direction="increase"),
    ])
    store.add(make_report(("2601.00005",), date="2026-01-12"),
              [make_record(paper_id="2601.00005", report_date="2026-01-12", model="GPT-4o", subset="Hard")])
    assert store.records(model="qwen3 8b")["model"].tolist() == ["Qwen3-8B"]
    assert store.records(metric="F1")["paper_id"].tolist() == ["2601.00002"]
    assert store.records(kind="delta")["model"].tolist() == ["GPT-4o"]
    assert store.records(paper_id="2601.00005")["subset"].tolist() == ["Hard"]
    assert store.records(report_date="2026-01-12")["paper_id"].tolist() == ["2601.00005"]
    assert store.records(model="gpt-4o", report_date=REPORT_DATE)["paper_id"].tolist() == ["2601.00002"]
    assert len(store.records()) == 3


def test_benchmarks_count_records_and_distinct_papers(store):
    store.add(make_report(), [
        make_record(benchmark="GPQA"), make_record(benchmark="gpqa", value=2.0),
        make_record(paper_id="2601.00002", benchmark="GPQA"), make_record(benchmark="MMLU"),
    ])
    frame = store.benchmarks()
    assert list(frame.columns) == ["name", "records", "score", "delta", "ratio", "papers"]
    assert frame.values.tolist() == [["GPQA", 3, 3, 0, 0, 2], ["MMLU", 1, 1, 0, 0, 1]]


@pytest.mark.parametrize("order", [(0, 1, 1), (1, 0)], ids=["in-date-order", "later-report-first"])
def test_a_paper_in_two_reports_is_one_paper_with_its_records_once(store, order):
    """Papers reappear in later daily reports. Each copy stored its records: `benchmarks` counted them
    twice, exports held both, `new` showed the paper's numbers again. A user expects one paper: a
    result repeated word for word stored once, dated the first report that gave it (either order of
    ingest), every report still listing the paper; re-ingesting the later report changes nothing; a
    result the later reading states differently is its own record."""
    from metricsdb.whatsnew import whats_new

    def day(date: str, paper_ids: tuple[str, ...]):
        report = make_report(paper_ids, path=f"/reports/{date}.txt", date=date,
                             source_url=f"https://huggingface.co/papers/date/{date}")
        records = [make_record(paper_id=paper_id, report_date=date, model=f"M{paper_id[-1]}", value=value)
                   for paper_id in paper_ids for value in (50.0, 60.0)]
        return report, records

    days = day("2026-01-11", ("2601.00001", "2601.00002")), day("2026-01-12", ("2601.00002", "2601.00003"))
    for index in order:
        store.add(*days[index])
    kept = store.records()
    assert sorted(zip(kept["paper_id"], kept["report_date"])) == [
        ("2601.00001", "2026-01-11"), ("2601.00001", "2026-01-11"), ("2601.00002", "2026-01-11"),
        ("2601.00002", "2026-01-11"), ("2601.00003", "2026-01-12"), ("2601.00003", "2026-01-12")]
    assert store.stats() == {"reports": 2, "papers": 3, "records": 6}
    assert store.benchmarks()["records"].tolist() == [6]
    assert sorted(store.papers("2601.00002")[["report_date", "records"]].itertuples(index=False, name=None)) == [
        ("2026-01-11", 2), ("2026-01-12", 0)]  # listed by both reports
    news = whats_new(store, "2026-01-12")
    assert [(h.paper_id, h.first_listed) for h in news.headlines] == [("2601.00003", None), ("2601.00002", "2026-01-11")]
    assert not [best for best in news.new_bests if best.entry.paper_id == "2601.00002"]
    assert {row[1] for row in store.leaderboard_rows("AIME 2025").rows} == {"M1", "M2", "M3"}
    report, records = days[1]
    store.add(report, [*records, make_record(paper_id="2601.00002", report_date="2026-01-12", model="M2", value=61.0)])
    assert sorted(store.records(paper_id="2601.00002")[["report_date", "value"]].itertuples(index=False, name=None)) == [
        ("2026-01-11", 50.0), ("2026-01-11", 60.0), ("2026-01-12", 61.0)]


def test_stats_of_an_empty_database(store):
    assert store.stats() == {"reports": 0, "papers": 0, "records": 0}
    assert store.records().empty and store.benchmarks().empty
