"""Shared fixtures: where the sample reports and golden files live."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = sorted((REPO / "metricsdb" / "data" / "reports").glob("*.txt"))
GOLDEN_FILES = sorted((REPO / "golden").glob("*.json"))


@pytest.fixture(scope="session")
def sample_reports() -> list[Path]:
    return SAMPLE_REPORTS


pytest_plugins = ["tests.store_helpers"]  # temporary databases for the storage, API and CLI tests
