"""`metricsdb eval`: the extractor against the hand-checked golden files.

A prediction matches a golden record of the same paper and kind when the value agrees (or equals
the golden range's high end) and the benchmark is the same after normalisation and aliases.
Predictions that match an `optional` golden record count neither way.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from extractors.pipeline import extract_report
from extractors.vocabulary import canonical_benchmark, name_key

from .golden import GoldenFile, GoldenRecord, load_golden
from .model import Record
from .report import read_report

KINDS = ("score", "delta", "ratio")
DEFAULT_REPORTS = Path(__file__).with_name("data") / "reports"


def _same_value(predicted: Record, golden: GoldenRecord) -> bool:
    close = lambda a, b: b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return close(predicted.value, golden.value) or close(predicted.value, golden.value_high)


def _benchmark_key(name: Optional[str]) -> str:
    return name_key(canonical_benchmark(name)) if name else ""


def _same_benchmark(predicted: Record, golden: GoldenRecord) -> bool:
    """Equal after normalisation and aliases, also when one side glues the subset to the name
    ("ACEBench-Agent" is ACEBench, subset Agent; "HR-Bench 4K" is HR-Bench, subset 4K)."""
    spellings = lambda b, s: {_benchmark_key(b)} | ({_benchmark_key(f"{b} {s}")} if b and s else set())
    return bool(spellings(predicted.benchmark, predicted.subset) & spellings(golden.benchmark, golden.subset))


def _matches(predicted: Record, golden: GoldenRecord) -> bool:
    return predicted.kind == golden.kind and _same_value(predicted, golden) and _same_benchmark(predicted, golden)


def _matches_optional(predicted: Record, golden: GoldenRecord) -> bool:
    """Optional records are vague by definition: one without a benchmark matches on kind and value."""
    if golden.benchmark is None:
        return predicted.kind == golden.kind and _same_value(predicted, golden)
    return _matches(predicted, golden)


def _main_name(model: Optional[str]) -> str:
    return name_key((model or "").split(" (")[0])


@dataclass
class Miss:
    """A golden record nobody predicted, or a prediction no golden record accounts for."""

    report: str
    paper_id: str
    what: str  # "missed" | "false positive"
    kind: str
    value: float
    benchmark: Optional[str]
    model: Optional[str]
    metric: Optional[str]
    evidence: str
    rule: Optional[str] = None


@dataclass
class KindScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    model_agrees: int = 0
    metric_agrees: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def agreement(self, count: int) -> float:
        return count / self.true_positives if self.true_positives else 1.0


@dataclass
class Evaluation:
    by_kind: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    misses: list[Miss] = field(default_factory=list)
    papers: int = 0

    def figures(self) -> dict[str, dict[str, float]]:
        """Per kind: precision, recall, f1, model and metric agreement on matched records, counts."""
        return {
            kind: {
                "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "model_agreement": round(s.agreement(s.model_agrees), 4),
                "metric_agreement": round(s.agreement(s.metric_agrees), 4),
                "true_positives": s.true_positives, "false_positives": s.false_positives,
                "false_negatives": s.false_negatives,
            }
            for kind, s in self.by_kind.items()
        }


def _score_paper(evaluation: Evaluation, report: str, paper_id: str, golden, predicted: list[Record]) -> None:
    required = list(golden.records)
    optional = list(golden.optional)
    for record in predicted:
        score = evaluation.by_kind[record.kind]
        match = next((g for g in required if _matches(record, g)), None)
        if match is not None:
            required.remove(match)
            score.true_positives += 1
            score.model_agrees += _main_name(record.model) == _main_name(match.model)
            score.metric_agrees += name_key(record.metric) == name_key(match.metric or "")
            continue
        if any(_matches_optional(record, g) for g in optional):
            continue
        score.false_positives += 1
        evaluation.misses.append(Miss(report, paper_id, "false positive", record.kind, record.value, record.benchmark,
                                      record.model, record.metric, record.evidence, record.rule))
    for g in required:
        evaluation.by_kind[g.kind].false_negatives += 1
        evaluation.misses.append(Miss(report, paper_id, "missed", g.kind, g.value, g.benchmark, g.model, g.metric,
                                      g.evidence))


def evaluate(golden_paths: Iterable[Path], reports_dir: Path = DEFAULT_REPORTS) -> Evaluation:
    """Run the extractor on the reports the golden files name and score it."""
    evaluation = Evaluation()
    for path in golden_paths:
        golden: GoldenFile = load_golden(path)
        report = read_report(reports_dir / golden.report)
        predicted: dict[str, list[Record]] = {}
        for record in extract_report(report):
            predicted.setdefault(record.paper_id, []).append(record)
        for paper in golden.papers:
            evaluation.papers += 1
            _score_paper(evaluation, golden.report, paper.paper_id, paper, predicted.get(paper.paper_id, []))
    return evaluation
