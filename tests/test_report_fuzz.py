"""Fuzzing the way in: report-shaped text (headers, paper blocks, links, section headings, results full of
numbers, in every variation and with junk between) through parse_report, extract_report and the store.

Bounded for CI by the hypothesis profile in conftest.py ('ci': derandomised, 60 examples, a few
seconds); `HYPOTHESIS_PROFILE=long` explores more.
"""
from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from extractors import default_extractor
from metricsdb.errors import ReportError
from metricsdb.model import MAX_ABS_VALUE
from metricsdb.report import decode_report_bytes, parse_report
from metricsdb.store import Store

JUNK = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
RESULT_WORDS = st.sampled_from([
    "在 GSM8K 上", "在 AIME 2025 基准上", "准确率", "F1", "提升至", "从", "降低了", "达到", "超越 GPT-4o", "（", "）", "(", ")",
    "，", "。", "%", "％", "倍", "分别", "和", "个百分点", "+", "-", "**", "\n*   ", "\n- ", "：", "vs", "→", "基线", "该方法",
    "Qwen2.5-7B", "1e308", "NaN", "Infinity", "1/0", "０.５", "二十", "3.89万", "1.75M", "~", "约", "--", "##", "📄",
])
NUMBERS = st.one_of(
    st.integers(-10**40, 10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)
BENCHMARKS = st.sampled_from(["GSM8K", "AIME 2025", "VideoMME", "ImageNet 256", "x'; DROP TABLE records; --", "ＭＭＬＵ"])
SYSTEMS = st.sampled_from(["FooNet", "该方法", "GPT-4o", "Qwen2.5-7B", "基线模型", "LSRIF (Qwen3-8B)"])
CLAIMS = st.one_of(  # sentences the rules read, with any number in them, sane or not
    st.builds("在 {} 上，{} 的准确率达到 {}%。".format, BENCHMARKS, SYSTEMS, NUMBERS),
    st.builds("{} 在 {} 上比 {} 提升了 {} 个百分点，".format, SYSTEMS, BENCHMARKS, SYSTEMS, NUMBERS),
    st.builds("在 {} 上，准确率从 {}% 提升至 {}%；".format, BENCHMARKS, NUMBERS, NUMBERS),
    st.builds("推理速度快 {} 倍，gFID 为 {}，超越 {} ({})。".format, NUMBERS, NUMBERS, SYSTEMS, NUMBERS),
)
RESULTS = st.lists(st.one_of(CLAIMS, CLAIMS.map("\n*   **结果**：".__add__), RESULT_WORDS, NUMBERS, JUNK),
                   max_size=12).map("".join)
HEADINGS = st.sampled_from([
    "5. **实验效果**", "### 5. 实验效果", "**实验效果**：", "五、实验结果", "5、实验效果（Experiments）", "## 实验效果", "Results:",
])
OTHER_SECTIONS = st.sampled_from(["1. **应用领域**\n   NLP。", "### 4. 主要创新点\n1. 创新。", "**一句话核心贡献**：提出了方法。", ""])
IDS = st.sampled_from(["2601.04300", "2601.00001", "2512.12345", "2601.0001"])  # repeats happen; the last is no id
LINKS = st.one_of(
    IDS.map(lambda i: f"- **链接**: https://huggingface.co/papers/{i}"),
    IDS.map(lambda i: f"链接：https://arxiv.org/abs/{i}v2"),
    IDS.map(lambda i: f"- **链接**: https://huggingface.co/papers/{i}"),
    st.just("- **链接**: https://example.com/paper"),
    st.just(""),
)


@st.composite
def papers(draw) -> str:
    title = draw(st.sampled_from(["FooNet: Scaling Things", "LSRIF", "A Study", ""])) + draw(JUNK)
    parts = [f"## 📄 {title}", draw(LINKS), draw(OTHER_SECTIONS), draw(HEADINGS), draw(RESULTS), draw(OTHER_SECTIONS)]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), draw(JUNK))
    return "\n\n".join(parts)


@st.composite
def reports(draw) -> str:
    header = [
        draw(st.sampled_from(["# Hugging Face Daily Papers Report", "", "Daily papers"])),
        draw(st.sampled_from(["**Date**: 2026-01-11", "Date: 2026-02-30", "**Date**：2025-12-31", "**Date**: 2026-01-11",
                              "", "**Date**: soon"])),
        draw(st.sampled_from(["**Source URL**: https://huggingface.co/papers/date/2026-01-11", "", "Source URL:"])),
    ]
    body = draw(st.lists(papers(), min_size=draw(st.sampled_from([0, 1, 1, 1])), max_size=4))
    separator = draw(st.sampled_from(["\n\n", "\n\n" + "=" * 60 + "\n\n", "\n"]))
    text = "\n".join(header) + separator + separator.join(body)
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


@given(reports())
def test_any_report_shaped_text_parses_or_is_refused_and_extracts_sanely(text):
    try:
        report = parse_report(text, "fuzz.txt")
    except ReportError as exc:
        assert str(exc).startswith("fuzz.txt: ") and "\n" not in str(exc)
        return
    ids = [paper.paper_id for paper in report.papers]
    assert ids and len(ids) == len(set(ids)) and all(paper_id in text for paper_id in ids)
    results = {paper.paper_id: paper.results_text for paper in report.papers}
    records = default_extractor().extract_report(report)
    for record in records:
        assert record.paper_id in results and record.report_date == report.date
        assert record.evidence in results[record.paper_id]
        for value in (record.value, record.value_high):
            assert value is None or (math.isfinite(value) and abs(value) <= MAX_ABS_VALUE)
    with Store("sqlite://") as store:
        store.add(report, records)
        assert store.stats() == {"reports": 1, "papers": len(ids), "records": len(records)}


@given(st.one_of(st.binary(max_size=200), reports().map(lambda text: text.encode("utf-16")),
                 reports().map(lambda text: text.encode("utf-8")[: len(text) // 2])))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    try:
        text = decode_report_bytes(data, "fuzz.txt")
    except ReportError as exc:
        assert str(exc).startswith("fuzz.txt: ") and "\n" not in str(exc)
    else:
        assert "\x00" not in text
