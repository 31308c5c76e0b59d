"""Rule examples as checks: a rule's examples are its tests, for built-in rules and a user's own,
run with the Extractor that holds the rule."""
from __future__ import annotations

import math
from typing import Optional

from metricsdb.model import Paper

from .claims import Example, ExampleRecord
from .extractor import Extractor


def _agrees(record, expected: ExampleRecord) -> bool:
    for field, want in expected.model_dump(exclude_none=True).items():
        got = getattr(record, field)
        if isinstance(want, float) and isinstance(got, float):
            if not math.isclose(got, want, rel_tol=1e-9):
                return False
        elif got != want:
            return False
    return True


def check_example(extractor: Extractor, example: Example) -> Optional[str]:
    """None when the example's sentence gives exactly its records; else what went wrong."""
    paper = Paper("0000.00000", example.title, "https://huggingface.co/papers/0000.00000", {"results": example.text})
    records = extractor.extract_paper(paper, "2026-01-01")
    unexplained = list(records)
    for expected in example.records:
        match = next((r for r in unexplained if _agrees(r, expected)), None)
        if match is None:
            got = [r.model_dump(exclude_none=True, exclude={"paper_id", "paper_title", "paper_url", "report_date"})
                   for r in records]
            return f"expected {expected.model_dump(exclude_none=True)}; got {got}"
        unexplained.remove(match)
    if unexplained:
        return f"unexpected records: {[r.model_dump(exclude_none=True) for r in unexplained]}"
    wrong = [r.evidence for r in records if r.evidence not in example.text]
    return f"evidence not in the text: {wrong}" if wrong else None


def check_rule_examples(extractor: Extractor, names: Optional[set[str]] = None) -> dict[str, list[str]]:
    """Problems of the examples of every rule of `extractor` (or of the named rules), by rule; known
    failures (`xfail`) are reported only when they start passing."""
    problems: dict[str, list[str]] = {}
    for rule in extractor.rules:
        if names is not None and rule.name not in names:
            continue
        for number, example in enumerate(rule.examples):
            problem = check_example(extractor, example)
            if example.xfail and problem is None:
                problem = f"known failure now passes: {example.xfail}"
            elif example.xfail:
                problem = None
            if problem:
                problems.setdefault(rule.name, []).append(f"[{number}] {problem}")
    return problems
