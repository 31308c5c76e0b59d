"""Rules that need a little code: aligned lists (`分别`) and numbers whose notation alone says their kind."""
from __future__ import annotations

import re

from .clauses import QUANTITY_MARK
from .entities import BENCHMARK, METRIC, MODEL, vocabulary
from .rules import Claim, function_rule

_ITEM = QUANTITY_MARK + r"(?:\s*\([^()\n]{1,30}\))?"
_RESPECTIVELY = re.compile(
    r"分别(?P<verb>[^,;。" + QUANTITY_MARK + r"]{0,16}?)(?P<list>" + _ITEM
    + r"(?:\s*(?:[,、/]|和|与|及|以及|and)\s*" + _ITEM + r")+)"
)
_LIST_SEPARATOR = re.compile(r"^\s*(?:[,、/]|和|与|及|以及|and)?\s*(?:在|于)?\s*$")
_CHANGE_VERB = re.compile(r"(?P<up>提升|提高|增加|超过|高出|领先|超越)|(?P<down>降低|减少|下降)")


def _listed(paper, start: int, end: int, roles: tuple[str, ...]) -> list:
    """The run of mentions of these roles that ends nearest `end`, joined only by list separators."""
    mentions = [m for m in paper.mentions if start <= m.start and m.end <= end and m.role in roles]
    run: list = []
    for mention in reversed(mentions):
        if run and not _LIST_SEPARATOR.match(paper.view.text[mention.end:run[0].start]):
            break
        run.insert(0, mention)
    return run


@function_rule(
    "aligned.respectively",
    priority=40,
    examples=[
        {
            "text": "在 GSM8K、MATH 和 AIME 上分别达到 91.2%、75.0% 和 30.1% 的准确率。",
            "records": [
                {"kind": "score", "value": 91.2, "benchmark": "GSM8K", "model": "Method", "metric": "accuracy", "unit": "%"},
                {"kind": "score", "value": 75.0, "benchmark": "MATH", "model": "Method", "metric": "accuracy", "unit": "%"},
                {"kind": "score", "value": 30.1, "benchmark": "AIME", "model": "Method", "metric": "accuracy", "unit": "%"},
            ],
        },
        {"text": "在 GSM8K 和 MATH 上分别达到 91.2%、75.0% 和 30.1%。", "records": []},
        {
            "text": "在 NarrativeQA 上，该方法在 GPT-4o-mini 和 Qwen2.5-14B 上分别超过强基线 CAM 模型 5% 和 8% 的 F1 分数。",
            "records": [
                {"kind": "delta", "value": 5, "benchmark": "NarrativeQA", "model": "Method (GPT-4o-mini)", "metric": "f1",
                 "direction": "increase", "reference": "CAM"},
                {"kind": "delta", "value": 8, "benchmark": "NarrativeQA", "model": "Method (Qwen2.5-14B)", "metric": "f1",
                 "direction": "increase", "reference": "CAM"},
            ],
        },
        {
            "text": "Method 将基座模型性能分别提升了 19.6 (ALFWorld) 和 6.9 (Tau-Bench) 个百分点。",
            "records": [
                {"kind": "delta", "value": 19.6, "benchmark": "ALFWorld", "model": "Method", "direction": "increase"},
                {"kind": "delta", "value": 6.9, "benchmark": "Tau-Bench", "model": "Method", "direction": "increase"},
            ],
        },
    ],
)
def respectively(paper, start: int, end: int):
    """"在 A、B 和 C 上分别达到 a、b 和 c": pair each value with the benchmark (or base model) in the
    same place of the list before `分别`; "分别提升 a (A) 和 b (B)" names each benchmark in place."""
    text = paper.view.text
    found = []
    for m in _RESPECTIVELY.finditer(text, start, end):
        marks = [i for i in range(m.start("list"), m.end("list")) if text[i] == QUANTITY_MARK]
        verb = _CHANGE_VERB.search(m.group("verb"))
        kind = "change" if verb else "auto"
        direction = ("increase" if verb.group("up") else "decrease") if verb else None
        units = {paper.view.quantities[paper.view.mark_index[i]].unit for i in marks} - {None}
        shared_unit = units.pop() if len(units) == 1 else None
        metric_after = next((x for x in paper.mentions if x.role == METRIC and m.end() <= x.start <= m.end() + 6), None)
        metric_span = (metric_after.start, metric_after.end) if metric_after else None
        benchmarks = _listed(paper, start, m.start(), (BENCHMARK,))
        systems = _listed(paper, start, m.start(), (MODEL,))
        if len(benchmarks) == len(marks) and len({b.canonical for b in benchmarks}) == len(marks):
            pairs = [(mark, b.canonical, "subject") for mark, b in zip(marks, benchmarks)]
            first = benchmarks[0].start
        elif len(systems) == len(marks) and paper.method and all(vocabulary().is_base_model(x.text) for x in systems):
            pairs = [(mark, None, f"={paper.method} ({x.canonical})") for mark, x in zip(marks, systems)]
            first = systems[0].start
        elif "(" in m.group("list"):
            pairs = [(mark, None, "subject") for mark in marks]  # each value tagged "(Benchmark)"
            first = m.start()
        else:
            continue
        claims = [
            Claim(rule="aligned.respectively", quantity=mark, kind=kind, model=model, reference="context",
                  direction=direction, metric_span=metric_span, match_span=(first, m.end()), benchmark=bench,
                  unit=shared_unit)
            for mark, bench, model in pairs
        ]
        found.append((first, m.end(), claims))
    return found


def _notation_rule(name: str, accepts, kind: str):
    def find(paper, start: int, end: int):
        text = paper.view.text
        found = []
        for i in range(start, end):
            if text[i] == QUANTITY_MARK and accepts(paper.view.quantities[paper.view.mark_index[i]]):
                found.append((i, i + 1, [Claim(rule=name, quantity=i, kind=kind, model="subject", reference="context",
                                               direction=None, metric_span=None, match_span=(i, i + 1))]))
        return found

    return find


function_rule(
    "delta.signed-or-points",
    priority=2,
    examples=[
        {"text": "在 GSM8K 上（+2.5%）。",
         "records": [{"kind": "delta", "value": 2.5, "unit": "%", "benchmark": "GSM8K", "model": "Method", "direction": "increase"}]},
        {"text": "在 GSM8K 上准确率 8 个百分点的差距。",
         "records": [{"kind": "delta", "value": 8, "unit": "pp", "benchmark": "GSM8K", "model": "Method"}]},
    ],
)(_notation_rule("delta.signed-or-points", lambda q: q.sign == "+" or q.unit == "pp", "delta"))

function_rule(
    "ratio.factor",
    priority=1,
    examples=[
        {"text": "在 MS-COCO 上推理加速 3.5×。",
         "records": [{"kind": "ratio", "value": 3.5, "unit": "x", "benchmark": "MS-COCO", "model": "Method", "direction": "increase"}]},
    ],
)(_notation_rule("ratio.factor", lambda q: q.unit == "x", "ratio"))

