"""The extractor against the hand-checked golden files: no figure may fall below its committed floor."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from metricsdb.evaluate import evaluate

from .conftest import GOLDEN_FILES

THRESHOLDS = json.loads((Path(__file__).with_name("eval_thresholds.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures():
    return evaluate(GOLDEN_FILES).figures()


@pytest.mark.parametrize(
    "kind,figure", [(k, f) for k, floors in THRESHOLDS.items() if not k.startswith("_") for f in floors]
)
def test_figure_stays_above_its_floor(figures, kind, figure):
    assert figures[kind][figure] >= THRESHOLDS[kind][figure], f"{kind} {figure} fell to {figures[kind][figure]}"


def test_eval_covers_every_sample_paper():
    assert evaluate(GOLDEN_FILES).papers == 108
