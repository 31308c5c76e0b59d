"""The extraction pipeline: report -> papers -> clauses -> quantities -> entities -> records."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from pydantic import ValidationError

from metricsdb.model import Paper, Record, Report

from .clauses import QUANTITY_MARK, build_view, sentences
from .entities import find_mentions, find_names, is_benchmark_paper, method_name
from .quantities import find_quantities
from .records import PaperContext, section_benchmark, to_record
from .rules import Claim, run_rules


def paper_context(paper: Paper, report_date: str) -> PaperContext:
    """Quantities, names, the view and its sentences for one paper's results section."""
    text = paper.results_text
    names = find_names(text)
    name_starts = [a for a, _ in names]
    quantities = [q for q in find_quantities(text) if not _number_in_a_name(q.start, names, name_starts)]
    view = build_view(text, quantities)
    method = method_name(paper)
    if is_benchmark_paper(paper, method):  # its results rank other systems on it: no method to credit
        ctx = PaperContext(paper, report_date, None, view, find_mentions(view, names, None, method), sentences(view))
        ctx.default_benchmark = method
        return ctx
    ctx = PaperContext(paper, report_date, method, view, find_mentions(view, names, method), sentences(view))
    ctx.default_benchmark = section_benchmark(ctx)
    return ctx


def _number_in_a_name(start: int, names: list[tuple[int, int]], name_starts: list[int]) -> bool:
    """True when a quantity's number starts inside a name: names own their digits (`GPT-5.2`,
    `AIME 2025`), while a unit that looks like a name (`120 ms`) stays with its number."""
    i = bisect_right(name_starts, start) - 1
    return i >= 0 and start < names[i][1]


@dataclass(frozen=True, slots=True)
class Reading:
    """What happened to one claim: the record it became, or None when the guard refused it."""

    claim: Claim
    record: Optional[Record]


def read_paper(paper: Paper, report_date: str) -> tuple[PaperContext, list[Reading]]:
    """Every claim the rules made in a paper and its outcome; `explain` shows this, `extract` keeps records."""
    ctx = paper_context(paper, report_date)
    readings: list[Reading] = []
    text = ctx.view.text
    for sentence in ctx.sentences:
        if QUANTITY_MARK not in text[sentence.start:sentence.end]:
            continue
        for claim in run_rules(ctx, sentence.start, sentence.end):
            try:
                record = to_record(ctx, claim, sentence)
            except ValidationError:  # a value the contract refuses (non-finite, beyond MAX_ABS_VALUE), an over-long name
                record = None
            readings.append(Reading(claim, record))
    return ctx, readings


def extract_paper(paper: Paper, report_date: str) -> list[Record]:
    """The records of one paper, each (kind, value, benchmark, model, metric) once."""
    if not paper.results_text:
        return []
    seen: set[tuple] = set()
    records: list[Record] = []
    for reading in read_paper(paper, report_date)[1]:
        record = reading.record
        if record is None:
            continue
        key = (record.kind, record.value, record.value_high, record.benchmark, record.model, record.metric)
        if key not in seen:
            seen.add(key)
            records.append(record)
    return records


def extract_report(report: Report) -> list[Record]:
    """All records of a parsed report, in paper order."""
    return [record for paper in report.papers for record in extract_paper(paper, report.date)]
