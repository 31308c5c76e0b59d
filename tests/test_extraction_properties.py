"""Properties of extraction that must hold on any text, and on any rewording that keeps the meaning."""
from __future__ import annotations

import math
import re

from hypothesis import given
from hypothesis import strategies as st

from extractors import default_extractor, find_quantities
from metricsdb.model import Paper
from metricsdb.report import parse_report

from .conftest import SAMPLE_REPORTS

RESULT_WORDS = st.sampled_from(
    ["在 GSM8K 上", "准确率", "提升至", "从", "降低了", "达到", "超越 GPT-4o", "(", ")", "，", "。", "%", "倍", "分别", "和",
     "个百分点", "+", "-", "**", "\n*   ", "：", "vs", "→", "基线", "该方法", "Qwen2.5-7B", "AIME 2025", "1e308", "NaN"]
)
NUMBERS = st.one_of(st.integers(-10**30, 10**30).map(str), st.floats(allow_nan=False, allow_infinity=False).map(str))
RESULTY_TEXT = st.lists(st.one_of(RESULT_WORDS, NUMBERS, st.text(max_size=8)), max_size=40).map("".join)


def _paper(text: str) -> Paper:
    return Paper("0000.00000", "Method: A Paper", "https://huggingface.co/papers/0000.00000", {"results": text})


@given(st.one_of(st.text(), RESULTY_TEXT, st.binary().map(lambda b: b.decode("latin-1"))))
def test_extraction_never_raises_and_evidence_is_exact(text):
    for record in default_extractor().extract_paper(_paper(text), "2026-01-01"):
        assert record.evidence in text
        assert math.isfinite(record.value)
        values = [q.value for q in find_quantities(record.evidence)] + [q.value_high for q in find_quantities(record.evidence)]
        shown = record.value if record.kind == "score" else abs(record.value)
        assert any(v is not None and math.isclose(abs(v), shown, rel_tol=1e-9) for v in values), record


def _records_key(records):
    return sorted((r.paper_id, r.kind, r.value, r.benchmark, r.model, r.metric) for r in records)


_CJK = r"[\u4e00-\u9fff]"
REWRITES = {
    "no space between Chinese and Latin or digits": lambda t: re.sub(rf"(?<={_CJK}) (?=[A-Za-z0-9*])|(?<=[A-Za-z0-9%*]) (?={_CJK})", "", t),
    "bold markers removed": lambda t: t.replace("**", ""),
    "dash bullets": lambda t: re.sub(r"(?m)^(\s*)\*   ", r"\1- ", t),
    "full-width punctuation": lambda t: t.translate(str.maketrans({"(": "（", ")": "）", "%": "％"}))
    .replace(": ", "：").replace(", ", "，"),
}


@given(st.sampled_from(SAMPLE_REPORTS), st.sets(st.sampled_from(sorted(REWRITES)), min_size=1))
def test_rewording_keeps_the_records(path, rewrites):
    text = path.read_text(encoding="utf-8")
    expected = _records_key(default_extractor().extract_report(parse_report(text)))
    reworded = text
    for name in sorted(rewrites):
        reworded = REWRITES[name](reworded)
    assert _records_key(default_extractor().extract_report(parse_report(reworded))) == expected, rewrites
