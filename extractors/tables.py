"""Tables: a small Markdown table in a results section, one record per cell.

Digests sometimes put results in a table (`| 模型 | MMLU | GSM8K |`). A cell is read only when its
column's header names a benchmark or a metric (or both: `MMLU Acc`) and nothing else but a unit or
an arrow, and its row opens with a system's name; the cell must hold one value and nothing more. The
header gives the benchmark and the metric, the row the system; what the header leaves open (a table
of metrics has no benchmark) comes from the context, like any value's. A column of sizes, settings
or counts (`参数量`, `步数`) names no benchmark or metric and gives nothing; neither does a row opened
by a setting (`| 0.7 | 71.2 |`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .claims import Claim, GroupRef, NamedRef, function_rule
from .document import BENCHMARK, METHOD, METRIC, MODEL, NAME_ROLE, QUANTITY_MARK, PaperContext
from .lists import _mentions

Q = QUANTITY_MARK
_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.M)
_RULE = re.compile(r"[\s|:\-]+")
# what a header may hold besides its benchmark and metric: a unit, a direction arrow, a split word
_HEADER_REST = re.compile(r"[\s()%↑↓/@,\-]*|[\s(]*(?:%|越高越好|越低越好|higher is better|lower is better)[\s)]*")


@dataclass(frozen=True, slots=True)
class _Column:
    benchmark: Optional[str]
    metric: Optional[str]
    subset: Optional[str] = None


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells, without their padding."""
    spans, cursor = [], start + 1
    for i in range(start + 1, end):
        if text[i] == "|":
            a, b = cursor, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            spans.append((a, b))
            cursor = i + 1
    return spans


def _column(paper: PaperContext, start: int, end: int) -> Optional[_Column]:
    """What a header cell names, when it names a benchmark or a metric and nothing else."""
    text = paper.view.text
    named = [m for m in _mentions(paper, start, end) if m.role in (BENCHMARK, METRIC)]
    benchmarks = [m for m in named if m.role == BENCHMARK]
    metrics = [m for m in named if m.role == METRIC]
    if not named or len(benchmarks) > 1 or len(metrics) > 1:
        return None
    rest, cursor = [], start
    for m in sorted(named, key=lambda m: m.start):
        rest.append(text[cursor:m.start])
        cursor = m.end
    rest.append(text[cursor:end])
    split = None
    if benchmarks and paper.words.subsets.split_name.fullmatch(text[benchmarks[0].end:end].strip().lower()):
        split = text[benchmarks[0].end:end].strip()  # "AISHELL-1 test": the benchmark's split
        rest = rest[:-1]
    if not all(_HEADER_REST.fullmatch(piece) for piece in rest):
        return None
    if not benchmarks and " " in metrics[0].text:  # "Beauty R@10": a part of the benchmark, and its metric
        part, last = metrics[0].text.rsplit(" ", 1)
        if paper.vocabulary.metric(last):
            return _Column(None, paper.vocabulary.metric(last), part)
    return _Column(benchmarks[0].canonical if benchmarks else None, metrics[0].canonical if metrics else None,
                   split or (_split_of(paper, benchmarks[0]) if benchmarks else None))


def _split_of(paper: PaperContext, mention) -> Optional[str]:
    """The split a header writes after its benchmark's name ("WenetSpeech Test_Net"): its column's subset."""
    last = mention.text.rsplit(" ", 1)[-1] if " " in mention.text else ""
    return last if last and paper.words.subsets.split_name.fullmatch(last.lower()) else None


def _read_tables(paper: PaperContext) -> dict[int, list[tuple[int, int, list[Claim]]]]:
    """Every table of the section, read once per paper: the claims of each body row, by row start."""
    if "tables" in paper.memo:
        return paper.memo["tables"]
    text = paper.view.text
    found: dict[int, list[tuple[int, int, list[Claim]]]] = {}
    paper.memo["tables"] = found
    if "|" not in text:
        return found
    rows = [m for m in _ROW.finditer(text)]
    blocks: list[list[re.Match[str]]] = []
    for row in rows:
        if blocks and text[blocks[-1][-1].end():row.start()] == "\n":
            blocks[-1].append(row)
        else:
            blocks.append([row])
    for block in blocks:
        if len(block) < 3 or not _RULE.fullmatch(block[1].group()):
            continue
        header = _cells(text, block[0].start("cells") - 1, block[0].end("cells") + 1)
        columns = {j: _column(paper, *span) for j, span in enumerate(header) if j > 0}
        if not any(columns.values()):
            continue
        for row in block[2:]:
            cells = _cells(text, row.start("cells") - 1, row.end("cells") + 1)
            if len(cells) != len(header) or Q in text[cells[0][0]:cells[0][1]]:
                continue
            label = text[cells[0][0]:cells[0][1]]
            if paper.words.self_reference.match(label) and paper.method:  # "| Ours |", "| 本文方法 |"
                model, groups = NamedRef(named=paper.method), {}
            elif any(m.role in (MODEL, METHOD, NAME_ROLE) for m in _mentions(paper, *cells[0])):
                model, groups = GroupRef(group="system", name_required=True), {"system": cells[0]}
            else:
                continue  # a row of settings, sizes or unnamed things
            span = (row.start("cells") - 1, row.end("cells") + 1)
            claims = [Claim(rule="score.table", quantity=cells[j][0], kind="score", model=model, reference=None,
                            direction=None, metric_span=None, match_span=span, groups=groups,
                            benchmark=column.benchmark, metric=column.metric, subset=column.subset)
                      for j, column in columns.items()
                      if column and text[cells[j][0]:cells[j][1]] == Q]
            if claims:
                found.setdefault(span[0], []).append((*span, claims))
    return found


@function_rule(
    "score.table",
    priority=40,
    examples=[
        {"text": "主要结果（准确率）：\n| 模型 | MMLU | GSM8K (%) | 参数量 |\n| --- | --- | --- | --- |\n"
                 "| Qwen2.5-7B | 68.4 | 80.1 | 7B |\n| Ours | **71.2** | 84.8 | 7B |\n| GPT-4o | 75.0 | - | - |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "MMLU", "model": "Qwen2.5-7B", "metric": "accuracy"},
             {"kind": "score", "value": 80.1, "benchmark": "GSM8K", "model": "Qwen2.5-7B", "metric": "accuracy"},
             {"kind": "score", "value": 71.2, "benchmark": "MMLU", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 84.8, "benchmark": "GSM8K", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 75.0, "benchmark": "MMLU", "model": "GPT-4o", "metric": "accuracy"}]},
        {"text": "在 LibriSpeech 上：\n| 系统 | WER ↓ | RTF |\n|:--|--:|--:|\n| Whisper-large-v3 | 2.7 | 0.12 |\n| Ours | 2.1 | 0.05 |",
         "records": [
             {"kind": "score", "value": 2.7, "benchmark": "LibriSpeech", "model": "Whisper-large-v3", "metric": "wer"},
             {"kind": "score", "value": 0.12, "benchmark": "LibriSpeech", "model": "Whisper-large-v3", "metric": "rtf"},
             {"kind": "score", "value": 2.1, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 0.05, "benchmark": "LibriSpeech", "model": "Method", "metric": "rtf"}]},
        # headers of settings, sizes, counts, years, prices; rows opened by a setting; no header rule
        {"text": "在 MMLU 上：\n| 设置 | 学习率 | batch size | 年份 | 价格 |\n| --- | --- | --- | --- | --- |\n"
                 "| Qwen2.5-7B | 1e-4 | 256 | 2024 | $0.5 |\n| 温度 | MMLU |\n| --- | --- |\n| 0.7 | 71.2 |\n"
                 "| 8K 上下文 | 70.1 |",
         "records": []},
        {"text": "| 模型 | MMLU |\n| Qwen2.5-7B | 68.4 |", "records": []},
    ],
)
def table(paper: PaperContext, start: int, end: int):
    """The cells of a table row whose column headers name a benchmark or a metric (see the module)."""
    return [claims for row_start, rows in _read_tables(paper).items() if start <= row_start < end for claims in rows]
