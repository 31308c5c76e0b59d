"""Temporary databases and hand-built reports and records for the storage, API and CLI tests.

Registered as a plugin in conftest.py. `database_url` is the one place that says which database the
tests run on: every test that uses it (or `store`) runs once on a SQLite file and once on a fresh
PostgreSQL database (tests/postgres_server.py); `-m postgres` / `-m "not postgres"` pick one.
Nothing here touches the user's default database.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from metricsdb.model import Paper, Record, Report
from metricsdb.store import Store

REPORT_DATE = "2026-01-11"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default database into tmp_path, so a test that forgets --db cannot touch the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("METRICSDB_URL", raising=False)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: runs on a PostgreSQL database (tests/postgres_server.py)")


BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty database: a SQLite file in tmp_path, or a new database on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'metricsdb.db'}"
    return request.getfixturevalue("postgres_database")


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store(database_url) as opened:
        yield opened


def make_paper(paper_id: str, title: str = "", results_text: str = "results text") -> Paper:
    return Paper(paper_id=paper_id, title=title or f"Paper {paper_id}",
                 url=f"https://huggingface.co/papers/{paper_id}", sections={"results": results_text})


def make_report(paper_ids: tuple[str, ...] = ("2601.00001", "2601.00002", "2601.00003"), *,
                path: str = "/reports/daily.txt", date: str = REPORT_DATE,
                source_url: str | None = "https://huggingface.co/papers/date/2026-01-11") -> Report:
    return Report(date=date, source_url=source_url, path=path, papers=tuple(make_paper(p) for p in paper_ids))


def make_record(**fields: Any) -> Record:
    """A score record of paper 2601.00001 on AIME 2025; keyword arguments override any field."""
    paper_id = fields.get("paper_id", "2601.00001")
    values: dict[str, Any] = {
        "paper_id": paper_id, "paper_title": f"Paper {paper_id}", "paper_url": f"https://huggingface.co/papers/{paper_id}",
        "report_date": REPORT_DATE, "kind": "score", "benchmark": "AIME 2025", "model": "Method",
        "metric": "accuracy", "value": 50.0, "unit": "%", "evidence": "reaches 50%", "rule": "test",
    }
    values.update(fields)
    return Record(**values)
