"""Every rule's examples are tests: the sentence must give exactly the records listed beside the rule."""
from __future__ import annotations

import math

import pytest

from extractors.pipeline import extract_paper
from extractors.rules import rules
from metricsdb.model import Paper


def _cases():
    for rule in rules():
        for number, example in enumerate(rule.examples):
            marks = [pytest.mark.xfail(strict=True, reason=example.xfail)] if example.xfail else []
            yield pytest.param(example, id=f"{rule.name}[{number}]", marks=marks)


def _agrees(record, expected) -> bool:
    for field, want in expected.model_dump(exclude_none=True).items():
        got = getattr(record, field)
        if isinstance(want, float) and got is not None:
            if not math.isclose(got, want, rel_tol=1e-9):
                return False
        elif got != want:
            return False
    return True


@pytest.mark.parametrize("example", list(_cases()))
def test_rule_example(example):
    paper = Paper(paper_id="0000.00000", title=example.title, url="https://huggingface.co/papers/0000.00000",
                  sections={"results": example.text})
    records = extract_paper(paper, "2026-01-01")
    unexplained = list(records)
    for expected in example.records:
        match = next((r for r in unexplained if _agrees(r, expected)), None)
        assert match is not None, f"expected {expected.model_dump(exclude_none=True)}, got {[r.model_dump() for r in records]}"
        unexplained.remove(match)
    assert not unexplained, f"unexpected records: {[r.model_dump(exclude_none=True) for r in unexplained]}"
    for record in records:
        assert record.evidence in example.text


def test_every_rule_has_examples():
    assert all(rule.examples for rule in rules()), [r.name for r in rules() if not r.examples]
