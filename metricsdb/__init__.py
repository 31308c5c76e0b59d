"""metricsdb: structured metric records from daily ML-paper reports, stored for leaderboards.

    import metricsdb
    records = metricsdb.extract("report.txt")          # no database; also a folder or a list of files
    with metricsdb.connect() as store:                  # $METRICSDB_URL or the per-user SQLite file
        store.ingest(metricsdb.sample_reports())
        store.leaderboard("AIME 2025")
    metricsdb.export.to_parquet(records, "records.parquet")
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import extract
from .errors import MetricsdbError
from .model import Paper, Record, Report
from .paths import sample_reports

if TYPE_CHECKING:
    from . import export
    from .store import IngestSummary, Store, connect

__all__ = [
    "IngestSummary", "MetricsdbError", "Paper", "Record", "Report", "Store", "connect", "export", "extract",
    "sample_reports",
]

_STORE_NAMES = {"IngestSummary", "Store", "connect"}


def __getattr__(name: str) -> Any:
    """Load the storage layer (SQLAlchemy) and the exports (pyarrow) on first use only, so
    `metricsdb extract` starts quickly."""
    if name in _STORE_NAMES:
        from . import store

        return getattr(store, name)
    if name == "export":
        import importlib  # not `from . import export`: that looks the name up here again, recursing

        return importlib.import_module(".export", __name__)
    raise AttributeError(f"module 'metricsdb' has no attribute {name!r}")
