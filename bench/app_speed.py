"""Time to the leaderboard app's first board on a store of 100,000 records (a benchmark, not a test:
timings are printed, never asserted).

    python bench/app_speed.py /tmp/metricsdb-100k.db            # build the store (once), time the app
    python bench/app_speed.py /tmp/metricsdb-100k.db --browser  # and a browser's first board
"""
from __future__ import annotations

import dataclasses
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from extractors import default_extractor
from metricsdb.model import Report
from metricsdb.paths import sample_reports, sqlite_url
from metricsdb.report import read_report
from metricsdb.store import Store

APP = Path(__file__).resolve().parent.parent / "leaderboard_app" / "app.py"
BIG_STORE_RECORDS = 100_000
SAMPLE_COPIES_PER_REPORT = 16  # ~2,000 records a report: a few hundred dated reports, each one transaction


def build_big_store(url: str, records: int = BIG_STORE_RECORDS) -> Store:
    """A store of at least `records` records: the sample reports' papers and records copied under fresh
    paper ids, one report a day, values jittered by up to 10% so that rankings and SOTA lines move."""
    samples = [(report, default_extractor().extract_report(report)) for report in map(read_report, sample_reports())]
    rng = random.Random(0)
    store = Store(url)
    stored = 0
    day = 0
    while stored < records:
        report_date = (date(2025, 1, 1) + timedelta(days=day)).isoformat()
        papers, copies = [], []
        for copy in range(SAMPLE_COPIES_PER_REPORT):
            for sample, sample_records in samples:
                fresh_ids = {paper.paper_id: f"{9000 + day % 1000}.{len(papers) + index:05d}"
                             for index, paper in enumerate(sample.papers)}
                papers += [dataclasses.replace(paper, paper_id=fresh_ids[paper.paper_id]) for paper in sample.papers]
                copies += [record.model_copy(update={
                    "paper_id": fresh_ids[record.paper_id], "report_date": report_date,
                    "value": round(record.value * rng.uniform(0.9, 1.1), 2),
                }) for record in sample_records]
        store.add(Report(report_date, f"https://example.org/generated/{report_date}", None, tuple(papers)), copies)
        stored += len(copies)
        day += 1
    return store


def time_first_board(url: str) -> tuple[float, AppTest]:
    """Seconds of the app's first run (empty caches) on `url`: the busiest benchmark's board."""
    os.environ["METRICSDB_URL"] = url
    st.cache_data.clear()
    st.cache_resource.clear()
    app = AppTest.from_file(str(APP), default_timeout=60)
    started = time.perf_counter()
    app.run()
    return time.perf_counter() - started, app


def main(path: str, browser: bool) -> None:
    url = sqlite_url(path)
    if not Path(path).exists():
        started = time.perf_counter()
        build_big_store(url).close()
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    with Store(url) as store:
        counts = store.stats()
    print(f"store: {counts['reports']:,} reports, {counts['papers']:,} papers, {counts['records']:,} records")
    seconds, app = time_first_board(url)
    print(f"AppTest first run (empty caches, incl. first imports): {seconds:.2f} s")
    seconds, app = time_first_board(url)
    print(f"AppTest first run (empty caches, modules loaded):      {seconds:.2f} s  "
          f"({app.subheader[0].value}, {len(app.dataframe[0].value):,} rows)")
    started = time.perf_counter()
    app.run()
    print(f"AppTest rerun (cached):                                {time.perf_counter() - started:.2f} s")
    if browser:
        sys.path.insert(0, str(APP.parent.parent))  # the repository, for the browser helpers of the tests
        from tests.test_app_browser import first_board_in_browser

        for label, seconds in first_board_in_browser(url):
            print(f"browser, {label}: {seconds:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1], "--browser" in sys.argv[2:])
