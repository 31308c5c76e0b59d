"""The quantities stage: every example in tests/data/quantity_examples.yaml, plus properties.

The corpus lives with the tests, not with the vocabulary: its `sample-reports` group quotes real
sentences, paper names included, and the extractor's data must hold no per-paper facts.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from extractors import find_quantities

from .conftest import SAMPLE_REPORTS

EXAMPLES: dict[str, list[dict]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "quantity_examples.yaml").read_text(encoding="utf-8")
)
DEFAULTS = {"value_high": None, "unit": None, "sign": None, "scale": None}


def _cases():
    for group, examples in EXAMPLES.items():
        marks = [pytest.mark.xfail(strict=True, reason="known failure")] if group == "known_failures" else []
        for i, example in enumerate(examples):
            yield pytest.param(example["text"], example["quantities"], id=f"{group}-{i}", marks=marks)


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("text, expected", list(_cases()))
def test_example(text: str, expected: list[dict]):
    found = find_quantities(text)
    assert [text[q.start:q.end] for q in found] == [e["surface"] for e in expected], text
    for q, e in zip(found, expected):
        want = {**DEFAULTS, **e}
        assert _same_number(q.value, want["value"]), (text, q)
        assert _same_number(q.value_high, want["value_high"]), (text, q)
        assert (q.unit, q.sign, q.scale) == (want["unit"], want["sign"], want["scale"]), (text, q)


def test_sample_report_examples_are_verbatim():
    reports = "\n".join(p.read_text("utf-8") for p in SAMPLE_REPORTS)
    for example in EXAMPLES["sample-reports"]:
        assert example["text"] in reports, example["text"]


@given(st.text())
def test_never_raises_and_spans_are_sound(text: str):
    end = 0
    for q in find_quantities(text):
        assert end <= q.start < q.end <= len(text)
        end = q.end


# Text made of the characters the grammar cares about, so the engine's corners get exercised.
NEAR_MISSES = st.text(
    st.sampled_from(list("0123456789０９.,，/-–~+负 一二两十百千万亿分之倍%％个百分点秒xX×kMB年月日第Levl@=pp至到多"))
)


@given(NEAR_MISSES)
def test_never_raises_on_number_like_text(text: str):
    end = 0
    for q in find_quantities(text):
        assert end <= q.start < q.end <= len(text)
        end = q.end


def _decimal(n: int, places: int) -> str:
    return f"{n / 10**places:.{places}f}"


DECIMALS = st.builds(_decimal, st.integers(0, 1_000_000), st.integers(0, 2))
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# notation -> (how to write the value, factor applied by its scale, unit, sign)
NOTATIONS = {
    "percent": (lambda v: f"{v}%", 1, "%", None),
    "full-width percent": (lambda v: f"{v.translate(FULL_WIDTH)}％", 1, "%", None),
    "百分之": (lambda v: f"百分之{v}", 1, "%", None),
    "个百分点": (lambda v: f"{v} 个百分点", 1, "pp", None),
    "万": (lambda v: f"{v}万", 10_000, None, None),
    "倍": (lambda v: f"{v}倍", 1, "x", None),
    "plus sign": (lambda v: f"+{v}", 1, None, "+"),
}


@given(DECIMALS, st.sampled_from(sorted(NOTATIONS)))
def test_round_trip(value: str, notation: str):
    write, factor, unit, sign = NOTATIONS[notation]
    text = f"准确率提升至{write(value)}，"
    (q,) = find_quantities(text)
    assert math.isclose(q.value, float(value) * factor)
    assert (q.value_high, q.unit, q.sign) == (None, unit, sign)


@given(DECIMALS, DECIMALS)
def test_round_trip_range(low: str, high: str):
    (q,) = find_quantities(f"准确率提升至{low}-{high}%，")
    assert (q.value, q.value_high, q.unit) == (float(low), float(high), "%")
