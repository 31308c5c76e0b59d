"""Report files generated at test time: many distinct copies of the sample reports, and what stored data
must look like (every stored report complete, nothing orphaned)."""
from __future__ import annotations

import math
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from extractors import default_extractor
from metricsdb.model import MAX_ABS_VALUE, Record
from metricsdb.report import read_report
from metricsdb.store import Store, papers_table, records_table, reports_table

from .conftest import SAMPLE_REPORTS

CLI = [sys.executable, "-c", "from metricsdb.cli import main; main()"]
"""The metricsdb command in a new process, whether or not the console script is on PATH."""

_DATE_LINE = re.compile(r"^(\*\*Date\*\*: )\d{4}-\d{2}-\d{2}$", re.M)
_SOURCE_LINE = re.compile(r"^(\*\*Source URL\*\*: https://huggingface\.co/papers/date/)\d{4}-\d{2}-\d{2}$", re.M)


def write_report_copies(folder: Path, count: int) -> list[Path]:
    """`count` distinct reports (the samples in turn, each dated a different day) written to `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        day = (date(2025, 1, 1) + timedelta(days=index)).isoformat()
        text = SAMPLE_REPORTS[index % len(SAMPLE_REPORTS)].read_text(encoding="utf-8")
        text = _SOURCE_LINE.sub(rf"\g<1>{day}", _DATE_LINE.sub(rf"\g<1>{day}", text, count=1), count=1)
        path = folder / f"report_{index:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def plain_records(store: Store) -> list[Record]:
    """The stored records as contract records (pandas writes a missing float as NaN)."""
    return [Record(**{k: (None if isinstance(v, float) and v != v else v) for k, v in row.items()})
            for row in store.records().to_dict("records")]


def content(store: Store) -> tuple[dict[str, int], list[tuple[Any, ...]]]:
    """Counts and the records as a sorted list: equal for equal database contents, whatever the row order."""
    return store.stats(), sorted(tuple(map(str, record.model_dump().values())) for record in plain_records(store))


def stored_reports(store: Store) -> dict[str, tuple[int, int]]:
    """(papers, records) stored per report path."""
    with store._engine.connect() as conn:
        papers = dict(conn.execute(select(papers_table.c.report_id, func.count()).group_by(papers_table.c.report_id)).all())
        records = dict(conn.execute(
            select(records_table.c.report_id, func.count()).group_by(records_table.c.report_id)).all())
        return {path: (papers.get(id_, 0), records.get(id_, 0))
                for id_, path in conn.execute(select(reports_table.c.id, reports_table.c.path)).all()}


def orphans(store: Store) -> dict[str, int]:
    """Rows whose report or paper row is missing: must all be 0."""
    with store._engine.connect() as conn:
        def count(query: Any) -> int:
            return conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()

        return {
            "papers without report": count(select(papers_table.c.id).where(
                papers_table.c.report_id.not_in(select(reports_table.c.id)))),
            "records without report": count(select(records_table.c.id).where(
                records_table.c.report_id.not_in(select(reports_table.c.id)))),
            "records without paper": count(select(records_table.c.id).where(
                records_table.c.paper_row_id.not_in(select(papers_table.c.id)))),
            "records of another report's paper": count(
                select(records_table.c.id).join(papers_table, records_table.c.paper_row_id == papers_table.c.id)
                .where(papers_table.c.report_id != records_table.c.report_id)),
        }


def assert_every_stored_report_complete(store: Store) -> dict[str, tuple[int, int]]:
    """Each stored report has exactly the papers extraction gives for its file, and its records but
    those an earlier stored report gave word for word (a result is stored once: Store._first_appearance);
    no orphans, no non-finite or absurd value. Returns what is stored per report."""
    stored = stored_reports(store)
    given: Counter[tuple[Any, ...]] = Counter()  # the results earlier stored reports hold
    for path in sorted(stored, key=lambda path: read_report(path).date):
        report = read_report(path)
        left, kept = given.copy(), []
        for record in default_extractor().extract_report(report):
            result = tuple(value for name, value in record.model_dump().items() if name not in ("report_date", "record_id"))
            if left[result]:
                left[result] -= 1
            else:
                kept.append(result)
        given.update(kept)
        expected = len(kept)
        assert stored[path] == (len(report.papers), expected), f"{path} is stored partially"
    assert orphans(store) == dict.fromkeys(orphans(store), 0)
    with store._engine.connect() as conn:
        values = conn.execute(select(records_table.c.value, records_table.c.value_high)).all()
    for value, high in values:
        assert value is not None and math.isfinite(value) and abs(value) <= MAX_ABS_VALUE, value
        assert high is None or (math.isfinite(high) and abs(high) <= MAX_ABS_VALUE), high
    return stored
