"""The entity stage: which names are benchmarks, systems or metrics, and what the paper's method is."""
from __future__ import annotations

import pytest

from extractors import default_extractor
from metricsdb.model import Paper


def roles(text: str, title: str = "Method: A Paper", contribution: str = "") -> dict[str, str]:
    paper = Paper("0000.00000", title, "", {"results": text, "contribution": contribution})
    return {m.text: m.role for m in default_extractor().paper_context(paper, "2026-01-01").mentions if m.role != "metric"}


def method(title: str, contribution: str = "", results: str = "") -> str | None:
    paper = Paper("0000.00000", title, "", {"results": results, "contribution": contribution})
    return default_extractor().paper_context(paper, "2026-01-01").method


@pytest.mark.parametrize("title,contribution,results,expected", [
    ("RoboFoo: Multi-View Video Generation", "", "", "RoboFoo"),
    ("Thinking with Maps: Reinforced Agents", "", "", "Thinking with Maps"),
    ("Beyond Static Tools: Test-Time Evolution", "提出了一种名为“测试时工具进化”（Test-Time Tool Evolution, TTE）的范式",
     "TTE-Zero 达到 0.45", "TTE"),
    ("Grounding and Enhancing Informativeness in Distillation", "本文提出了 InfoUtil 框架，通过 Shapley 值", "", "InfoUtil"),
    ("Reinforced Attention Learning", "", "", "Reinforced Attention Learning"),
    ("Memorization in 3D Shape Generation: An Empirical Study of Many Models", "", "", None),
])
def test_the_method_comes_from_the_title_or_the_contribution(title, contribution, results, expected):
    assert method(title, contribution, results) == expected


def test_a_benchmark_paper_credits_no_method_and_is_the_default_benchmark():
    paper = Paper("0000.00000", "ChartFoo: Benchmarking Chart Reasoning", "",
                  {"results": "最好的模型 Gemini 2.5 Pro 准确率为 63.8%，GPT-5 为 61.2%。",
                   "contribution": "构建了一个多跳推理评测基准 ChartFoo。"})
    ctx = default_extractor().paper_context(paper, "2026-01-01")
    assert ctx.method is None and ctx.default_benchmark == "ChartFoo"


def test_cue_words_decide_roles():
    found = roles("在 ScanFoo 数据集上，相比 BarNet 模型，Method-L 在 T4 GPU 上运行，超越 GPT-4o。")
    assert found["ScanFoo"] == "benchmark"
    assert found["BarNet"] == "model"
    assert found["Method-L"] == "method"
    assert found["GPT-4o"] == "model"
    assert found["T4 GPU"] == "name"  # hardware, never a benchmark


def test_names_own_their_digits_and_lists_share_a_role():
    found = roles("在 AIME 2025、FooQA 和 BarQA 三个公开基准上，Qwen2.5-VL-7B 表现最好；BarQA 上提升 3%。")
    assert found["AIME 2025"] == "benchmark"
    assert found["FooQA"] == "benchmark" and found["BarQA"] == "benchmark"
    assert found["Qwen2.5-VL-7B"] == "model"


def test_parts_of_a_benchmark_are_not_benchmarks():
    found = roles("在 Retail 和 Airline 两个领域上，Method 的 pass^1 分别为 68.2 和 51.0。")
    assert found["Retail"] != "benchmark" and found["Airline"] != "benchmark"
