"""Every rule's examples are tests: the sentence must give exactly the records listed beside the rule."""
from __future__ import annotations

import pytest

from extractors import default_extractor
from extractors.examples import check_example

EXTRACTOR = default_extractor()


def _cases():
    for rule in EXTRACTOR.rules:
        for number, example in enumerate(rule.examples):
            marks = [pytest.mark.xfail(strict=True, reason=example.xfail)] if example.xfail else []
            yield pytest.param(example, id=f"{rule.name}[{number}]", marks=marks)


@pytest.mark.parametrize("example", list(_cases()))
def test_rule_example(example):
    problem = check_example(EXTRACTOR, example)
    assert problem is None, problem


def test_every_rule_has_a_positive_and_a_checked_example():
    assert all(any(e.records for e in rule.examples) for rule in EXTRACTOR.rules), \
        [r.name for r in EXTRACTOR.rules if not any(e.records for e in r.examples)]
