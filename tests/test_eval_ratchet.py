"""The extractor against hand-checked golden files: no figure may fall below its committed floor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import default_extractor
from metricsdb.evaluate import DEFAULT_REPORTS, evaluate

from .conftest import GOLDEN_FILES, REPO

THRESHOLDS = json.loads((Path(__file__).with_name("eval_thresholds.json")).read_text(encoding="utf-8"))
HOLDOUTS = {name: REPO / "tests" / "data" / name for name in ("holdout", "holdout2")}
FIELDS = {f"fields_{part}": REPO / "tests" / "data" / "fields" / part for part in ("dev", "dev2", "dev4", "dev5", "dev6", "sealed", "sealed2", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8")}
SETS = {
    "golden": (GOLDEN_FILES, DEFAULT_REPORTS),
    **{name: (sorted(folder.glob("*.json")), folder) for name, folder in {**HOLDOUTS, **FIELDS}.items()},
}


@pytest.fixture(scope="module")
def figures():
    found = {name: evaluate(paths, reports).figures() for name, (paths, reports) in SETS.items()}
    by_structure = default_extractor().without_names()  # what the engine reads of benchmarks it never heard of
    found["golden_without_vocabulary"] = evaluate(GOLDEN_FILES, DEFAULT_REPORTS, by_structure).figures()
    return found


@pytest.mark.parametrize("name,kind,figure", [
    (name, kind, figure)
    for name, kinds in THRESHOLDS.items() if not name.startswith("_")
    for kind, floors in kinds.items() for figure in floors
])
def test_figure_stays_above_its_floor(figures, name, kind, figure):
    got = figures[name][kind][figure]
    assert got >= THRESHOLDS[name][kind][figure], f"{name} {kind} {figure} fell to {got}"


def test_eval_covers_every_sample_paper_and_the_holdouts():
    assert evaluate(GOLDEN_FILES).papers == 108
    assert evaluate(*SETS["holdout"]).papers == 24
    assert evaluate(*SETS["holdout2"]).papers == 28
    assert evaluate(*SETS["fields_dev"]).papers == 90
    assert evaluate(*SETS["fields_dev2"]).papers == 48
    assert evaluate(*SETS["fields_dev4"]).papers == 24
    assert evaluate(*SETS["fields_dev5"]).papers == 24
    assert evaluate(*SETS["fields_dev6"]).papers == 24
    assert evaluate(*SETS["fields_sealed"]).papers == 64
    assert evaluate(*SETS["fields_sealed2"]).papers == 64
    assert evaluate(*SETS["fields_sealed3"]).papers == 66
    assert evaluate(*SETS["fields_sealed4"]).papers == 66
    assert evaluate(*SETS["fields_sealed5"]).papers == 66
    assert evaluate(*SETS["fields_sealed6"]).papers == 66
    assert evaluate(*SETS["fields_sealed7"]).papers == 66
    assert evaluate(*SETS["fields_sealed8"]).papers == 66
