"""Shared fixtures: where the sample reports and golden files live."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_REPORTS = sorted((REPO / "metricsdb" / "data" / "reports").glob("*.txt"))
GOLDEN_FILES = sorted((REPO / "golden").glob("*.json"))


@pytest.fixture(scope="session")
def sample_reports() -> list[Path]:
    return SAMPLE_REPORTS


pytest_plugins = ["tests.store_helpers", "tests.postgres_server"]  # temporary databases for the storage, API and CLI tests

# Hypothesis: CI runs a fixed, derandomised profile so a failure reproduces; `HYPOTHESIS_PROFILE=long`
# explores more examples locally.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", derandomize=True, max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def keep_main_module():
    """Streamlit's AppTest runs app scripts as `__main__`; a later `ingest --jobs` test would then
    spawn workers that re-run that script. Each test gets back the `__main__` it started with."""
    import sys

    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main
