"""Rules that need a little code: aligned lists (`分别`) and numbers whose notation alone says their kind."""
from __future__ import annotations

import re

from .clauses import QUANTITY_MARK
from .entities import BENCHMARK, METRIC
from .rules import Claim, function_rule

_RESPECTIVELY = re.compile(
    r"分别(?P<verb>[^,;。" + QUANTITY_MARK + r"]{0,12}?)(?P<list>" + QUANTITY_MARK
    + r"(?:\s*(?:[,、/]|和|与|及|以及|and)\s*" + QUANTITY_MARK + r")+)"
)
_LIST_SEPARATOR = re.compile(r"^\s*(?:[,、/]|和|与|及|以及|and)?\s*(?:在|于)?\s*$")
_CHANGE_VERB = re.compile(r"提升|提高|增加|超过|高出|领先|降低|减少|下降|超越")


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
    ],
)
def respectively(paper, start: int, end: int):
    """"在 A、B 和 C 上分别达到 a、b 和 c": pair each value with the benchmark in the same place."""
    text = paper.view.text
    found = []
    for m in _RESPECTIVELY.finditer(text, start, end):
        marks = [i for i in range(m.start("list"), m.end("list")) if text[i] == QUANTITY_MARK]
        benchmarks = _listed(paper, start, m.start(), (BENCHMARK,))
        if len(benchmarks) != len(marks) or len({b.canonical for b in benchmarks}) != len(marks):
            continue
        kind = "change" if _CHANGE_VERB.search(m.group("verb")) else "auto"
        metric_after = next((x for x in paper.mentions if x.role == METRIC and m.end() <= x.start <= m.end() + 6), None)
        metric_span = (metric_after.start, metric_after.end) if metric_after else None
        claims = [
            Claim(rule="aligned.respectively", quantity=mark, kind=kind, model="subject", reference="context",
                  direction=None, metric_span=metric_span, match_span=(benchmarks[0].start, m.end()),
                  benchmark=b.canonical)
            for mark, b in zip(marks, benchmarks)
        ]
        found.append((benchmarks[0].start, m.end(), claims))
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

