"""`metricsdb eval`: the extractor against the hand-checked golden files.

A prediction matches a golden record of the same paper and kind when the value agrees (or equals
the golden range's high end) and the benchmark is the same after normalisation and aliases.
Predictions that match an `optional` golden record count neither way.

Matching on value and benchmark alone says nothing of what a board shows, so each kind also has:
subset agreement and full agreement (benchmark, subset, model, metric and value all right) on
matched records; the generic-name rate (predictions whose system is unnamed: `baseline`, `SFT`);
and direction agreement: for scores, each board (benchmark, metric) of the golden records that the
predictions also fill, ranked the same way (metricsdb.direction) from either side's records; for
deltas and ratios, the matched records' direction.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from extractors import Extractor, default_extractor
from extractors.lexicon import name_key

from .direction import Evidence, board_direction
from .golden import GoldenFile, GoldenRecord, load_golden
from .model import KINDS, Record, is_unnamed_system
from .report import read_report

DEFAULT_REPORTS = Path(__file__).with_name("data") / "reports"


def _same_value(predicted: Record, golden: GoldenRecord) -> bool:
    close = lambda a, b: b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
    return close(predicted.value, golden.value) or close(predicted.value, golden.value_high)


def _benchmark_key(name: Optional[str]) -> str:
    """A benchmark's comparison key, with the bundled aliases (also when the extractor runs without names)."""
    return name_key(default_extractor().lexicon.canonical_benchmark(name)) if name else ""


def _same_benchmark(predicted: Record, golden: GoldenRecord) -> bool:
    """Equal after normalisation and aliases, also when one side glues the subset to the name
    ("ACEBench-Agent" is ACEBench, subset Agent; "HR-Bench 4K" is HR-Bench, subset 4K)."""
    spellings = lambda b, s: {_benchmark_key(b)} | ({_benchmark_key(f"{b} {s}")} if b and s else set())
    return bool(spellings(predicted.benchmark, predicted.subset) & spellings(golden.benchmark, golden.subset))


def _same_place(predicted: Record, golden: GoldenRecord) -> bool:
    """Benchmark and subset both right, for a prediction already matched on its benchmark: the same
    subset, or the same name once the subset is glued on ("HR-Bench 4K" for HR-Bench, subset 4K)."""
    glued = lambda r: _benchmark_key(f"{r.benchmark} {r.subset}" if r.subset else r.benchmark)
    return _subset_key(predicted.subset) == _subset_key(golden.subset) or glued(predicted) == glued(golden)


def _subset_key(subset: Optional[str]) -> str:
    """A subset's comparison key: counts of views or shots spelled one way ("2 views" is 2-view), as the
    extractor writes them (extractors.subsets), then case, width, spaces and hyphens ignored."""
    return name_key(default_extractor().words.subsets.spelled(subset or ""))


def _metric_key(name: Optional[str]) -> str:
    """A metric's comparison key: the spelling the extractor stores it under (`em` is `exact match`,
    `overall score` is `total score`, `R@0.5` is recall@0.5, `δ1` is delta1), in any case."""
    return name_key(default_extractor().vocabulary.metric_spelling(name or ""))


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
    subset_agrees: int = 0
    full_agrees: int = 0
    predictions: int = 0
    unnamed_predictions: int = 0
    directions_compared: int = 0
    directions_agree: int = 0

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


Board = tuple[str, str]
"""(benchmark key, metric key): where a score is ranked."""


@dataclass
class Evaluation:
    by_kind: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    misses: list[Miss] = field(default_factory=list)
    papers: int = 0
    reports: list[Path] = field(default_factory=list)
    """The report files the golden files named, as read."""
    golden_boards: dict[Board, list[Evidence]] = field(default_factory=dict)
    predicted_boards: dict[Board, list[Evidence]] = field(default_factory=dict)

    def compare_board_directions(self) -> None:
        """Score boards the golden records and the predictions both fill: same direction from each side's records."""
        score = self.by_kind["score"]
        for board, golden in self.golden_boards.items():
            if any(e.kind == "score" for e in golden) and board in self.predicted_boards:
                score.directions_compared += 1
                score.directions_agree += (board_direction(board[1], golden).direction
                                           == board_direction(board[1], self.predicted_boards[board]).direction)

    def figures(self) -> dict[str, dict[str, float]]:
        """Per kind: precision, recall, f1; model, metric, subset and full agreement on matched records;
        the generic-name rate of predictions; direction agreement (boards for scores); counts."""
        ratio = lambda part, whole: round(part / whole, 4) if whole else 1.0
        return {
            kind: {
                "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                "model_agreement": round(s.agreement(s.model_agrees), 4),
                "metric_agreement": round(s.agreement(s.metric_agrees), 4),
                "subset_agreement": round(s.agreement(s.subset_agrees), 4),
                "full_agreement": round(s.agreement(s.full_agrees), 4),
                "generic_name_rate": ratio(s.unnamed_predictions, s.predictions),
                "direction_agreement": ratio(s.directions_agree, s.directions_compared),
                "true_positives": s.true_positives, "false_positives": s.false_positives,
                "false_negatives": s.false_negatives, "directions_compared": s.directions_compared,
            }
            for kind, s in self.by_kind.items()
        }


def _board(benchmark: str, metric: str) -> Board:
    return _benchmark_key(benchmark), name_key(metric)


def _score_paper(evaluation: Evaluation, report: str, paper_id: str, golden, predicted: list[Record]) -> None:
    required = list(golden.records)
    optional = list(golden.optional)
    for g in required + optional:
        if g.benchmark and g.metric:
            evaluation.golden_boards.setdefault(_board(g.benchmark, g.metric), []).append(
                Evidence(paper_id, g.kind, g.model or "baseline", g.value, g.direction, g.evidence))
    for record in predicted:
        score = evaluation.by_kind[record.kind]
        score.predictions += 1
        score.unnamed_predictions += is_unnamed_system(record.model)
        evaluation.predicted_boards.setdefault(_board(record.benchmark, record.metric), []).append(
            Evidence(paper_id, record.kind, record.model, record.value, record.direction, record.evidence, record.better))
        match = next((g for g in required if _matches(record, g)), None)
        if match is not None:
            required.remove(match)
            score.true_positives += 1
            model_agrees = _main_name(record.model) == _main_name(match.model)
            metric_agrees = _metric_key(record.metric) == _metric_key(match.metric)
            subset_agrees = _same_place(record, match)
            score.model_agrees += model_agrees
            score.metric_agrees += metric_agrees
            score.subset_agrees += subset_agrees
            score.full_agrees += model_agrees and metric_agrees and subset_agrees
            if record.kind != "score":
                score.directions_compared += 1
                score.directions_agree += record.direction == match.direction
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


def report_path(golden_path: Path, report: str, reports_dir: Optional[Path] = None) -> Path:
    """Where a golden file's report is: in `reports_dir` when given; else beside the golden file when
    it is there (a test set's folder), else among the bundled samples."""
    if reports_dir is not None:
        return reports_dir / report
    beside = Path(golden_path).parent / report
    return beside if beside.is_file() else DEFAULT_REPORTS / report


def evaluate(golden_paths: Iterable[Path], reports_dir: Optional[Path] = None,
             extractor: Optional[Extractor] = None) -> Evaluation:
    """Run `extractor` (default: the bundled one) on the reports the golden files name and score it."""
    extractor = extractor or default_extractor()
    evaluation = Evaluation()
    for path in golden_paths:
        golden: GoldenFile = load_golden(path)
        report_file = report_path(path, golden.report, reports_dir)
        report = read_report(report_file)
        evaluation.reports.append(report_file)
        predicted: dict[str, list[Record]] = {}
        for record in extractor.extract_report(report):
            predicted.setdefault(record.paper_id, []).append(record)
        for paper in golden.papers:
            evaluation.papers += 1
            _score_paper(evaluation, golden.report, paper.paper_id, paper, predicted.get(paper.paper_id, []))
    evaluation.compare_board_directions()
    return evaluation
