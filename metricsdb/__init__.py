"""metricsdb: structured metric records from daily ML-paper reports, stored for leaderboards.

    import metricsdb
    records = metricsdb.extract("report.txt")          # no database; also a folder or a list of files
    with metricsdb.connect() as store:                  # $METRICSDB_URL or the per-user SQLite file
        store.ingest(metricsdb.sample_reports())
        store.leaderboard("AIME 2025")
    metricsdb.export.to_parquet(records, "records.parquet")

The contract types (Record, Paper, Report) and errors load with the package; the extraction engine,
the storage layer (SQLAlchemy) and the exports (pyarrow) load on first use, so `import extractors`
(which builds on the contract types) never pulls in the store, and `metricsdb extract` starts quickly.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import MetricsdbError
from .model import Paper, Record, Report
from .paths import sample_reports

if TYPE_CHECKING:
    from extractors import Extractor

    from . import export
    from .api import extract
    from .curation import Correction
    from .store import IngestSummary, Store, connect

__all__ = [
    "Correction", "Extractor", "IngestSummary", "MetricsdbError", "Paper", "Record", "Report", "Store", "connect",
    "export", "extract", "sample_reports",
]

_LAZY = {"Correction": "curation", "IngestSummary": "store", "Store": "store", "connect": "store", "extract": "api", "Extractor": "api"}


def __getattr__(name: str) -> Any:
    """Load the extraction engine, the storage layer and the exports on first use only."""
    import importlib  # not `from . import export`: that looks the name up here again, recursing

    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    if name == "export":
        return importlib.import_module(".export", __name__)
    raise AttributeError(f"module 'metricsdb' has no attribute {name!r}")
