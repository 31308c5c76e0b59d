"""The extraction pipeline: report -> papers -> clauses -> quantities -> entities -> records."""
from __future__ import annotations

from metricsdb.model import Record, Report


def extract_report(report: Report) -> list[Record]:
    """All records of a parsed report, in paper order."""
    return []
