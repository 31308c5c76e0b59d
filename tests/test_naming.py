"""Unnamed systems named where the text names them (extractors/records.py, _named_instead), and left
unnamed where it does not: a guessed name on a board is worse than `baseline (Method)`."""
from __future__ import annotations

import pytest

from extractors import default_extractor
from metricsdb.model import Paper


def models(text: str) -> dict[float, str]:
    """value -> model of every record the sentence gives."""
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return {record.value: record.model for record in default_extractor().extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("text,expected", [
    ("*   **ETTh1**：MSE 0.402 → 0.391（PatchTST → Method）。", {0.402: "PatchTST", 0.391: "Method"}),
    ("*   **KeSpeech**：测试集整体 CER 19.6%→11.2%（以微调过的 Whisper-large-v3 为起点）。",
     {19.6: "Whisper-large-v3", 11.2: "Method"}),
    ("*   **SportsMOT**：HOTA 76.5 → 78.9（在 OC-SORT 上换用记忆关联模块）。", {76.5: "OC-SORT", 78.9: "Method"}),
    ("*   **SimplerEnv**：使用增强的数据将平均任务成功率从基线SFT的 23.0% 提升至 41.1%。", {23.0: "SFT", 41.1: "Method"}),
    ("以 DeepSeek-R1-Distill-Qwen-7B 为基座：\n- AIME 2024：准确率 55.5% → 57.1%；",
     {55.5: "DeepSeek-R1-Distill-Qwen-7B", 57.1: "Method"}),
    ("*   **GenEval**：基于 FLUX.1-dev 的 Method 总分从 0.66 提升到 0.82。",
     {0.66: "FLUX.1-dev", 0.82: "Method (FLUX.1-dev)"}),
    # an earlier pair in the line holds for a later bare arrow of the line
    ("*   **ETTh1**：MSE 0.402 → 0.391（PatchTST → Method）；ETTm2：0.255 → 0.246。",
     {0.402: "PatchTST", 0.391: "Method", 0.255: "PatchTST", 0.246: "Method"}),
    ("*   **FooEval**：句子准确率 FLUX.1-dev 41.2% → Method 73.5%；字符准确率 28.6% → 69.4%。",
     {41.2: "FLUX.1-dev", 73.5: "Method", 28.6: "FLUX.1-dev", 69.4: "Method"}),
    # the base named right after 基座: the value a change starts from is the base's, the other the method's
    ("基座 Qwen2.5-Coder-7B-Base，经过自博弈 RL 之后：HumanEval+ 从 75.0 到 84.1。",
     {75.0: "Qwen2.5-Coder-7B-Base", 84.1: "Method"}),
    # the method without a part of it is a variant of its own
    ("*   **ToolDrift**：成功率 58.3%；没有 Schema 扰动训练的版本仅为 37.1%，GPT-4o 为 44.6%。",
     {58.3: "Method", 37.1: "Method (w/o Schema 扰动训练)", 44.6: "GPT-4o"}),
])
def test_the_name_the_text_gives_an_unnamed_system(text, expected):
    assert models(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("*   **FashionIQ**：在 FashionIQ 上达到 51.2%（基线 38.2%）。", {51.2: "Method", 38.2: "baseline"}),
    ("*   **VideoMMMU**：准确率从 54.7% 提升至 58.6%。", {54.7: "baseline", 58.6: "Method"}),
    # "基线" said outright: the base the method is built on is not assumed to be the baseline
    ("*   **GenEval**：基于 FLUX.1-dev 的 Method 总分从基线的 0.66 提升到 0.82。",
     {0.66: "baseline", 0.82: "Method (FLUX.1-dev)"}),
    # an earlier arrow in the line whose systems are not both named says nothing of a later one
    ("在 GSM8K 上，准确率 61.0% → 65.2%；MATH 上 40.1% → 45.3%。", {61.0: "baseline", 65.2: "Method",
                                                          40.1: "baseline", 45.3: "Method"}),
    # a base word with no single name after it
    ("*   **Imagine-Bench**：总分达到 7.468，相比基座模型（5.939）有大幅提升。", {7.468: "Method", 5.939: "base model"}),
])
def test_no_name_where_the_text_gives_none(text, expected):
    assert models(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a system contrasted with 而 / 但 that opens its clause and acts owns the value, not the method
    ("在 FooBench 上准确率 71.2%，而 BarGen-7B 仅为 23.5%。", {71.2: "Method", 23.5: "BarGen-7B"}),
    ("在 FooBench 上准确率 71.2%，而零样本的 GPT-4o 只有 13.9%。", {71.2: "Method", 13.9: "GPT-4o"}),
    # a metric, a pair of metrics or a split opening a clause is what was measured, not who
    ("在 FooQA 上，EM/F1 为 45.2/58.9。", {45.2: "Method", 58.9: "Method"}),
    ("在 FooSpeech 上 WER 为 3.1%，test-other 下降了 0.5 个点。", {3.1: "Method", 0.5: "Method"}),
    # ... while a contrasted system that does not act keeps the method as the subject
    ("在 FooBench 上，Method 超过 GPT-4o，达到 71.2%。", {71.2: "Method"}),
])
def test_the_clause_s_own_subject_owns_its_value(text, expected):
    assert models(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a system with the model it runs on in parentheses, then its values in parentheses
    ("*   **FooDL19 / FooDL20**：Method 的 nDCG@10 为 76.2 / 72.8，高于 BarRank (GPT-4)（75.6 / 70.6）。",
     {76.2: "Method", 72.8: "Method", 75.6: "BarRank (GPT-4)", 70.6: "BarRank (GPT-4)"}),
    # ... but a size in parentheses is no model it runs on
    ("*   **FooDL19 / FooDL20**：Method 的 nDCG@10 为 76.2 / 72.8，高于 BazNet (7B)（70.1 / 69.0）。",
     {76.2: "Method", 72.8: "Method", 70.1: "BazNet", 69.0: "BazNet"}),
])
def test_a_system_named_with_its_backbone_owns_the_values_after_it(text, expected):
    assert models(text) == expected


@pytest.mark.parametrize("text,expected", [
    # systems listed with their values before 基本持平 / 相当 are what the result is compared with
    ("FooBench 总分为 84.7%，与 BarVideo(84.2%)、BazVideo(83.2%)基本持平略高，其中 Subject Consistency 为 97.1%。",
     {84.7: "Method", 84.2: "BarVideo", 83.2: "BazVideo", 97.1: "Method"}),
    ("在 FooBench 上与 BarNet 基本相当，准确率为 90.6%。", {90.6: "Method"}),
    # ... a size letter in parentheses is the system's variant
    ("*   **FooFlow**：clean / final 的 EPE 为 1.02 / 1.89，对比 BarFlow（1.61 / 2.86）和 BazFlow（L）（1.31 / 2.60）。",
     {1.02: "Method", 1.89: "Method", 1.61: "BarFlow", 2.86: "BarFlow", 1.31: "BazFlow (L)", 2.6: "BazFlow (L)"}),
])
def test_systems_compared_with_are_not_the_subject(text, expected):
    assert models(text) == expected


def models_with(sections: dict[str, str]) -> dict[float, str]:
    paper = Paper("0000.00000", "Method: a test", "", sections)
    return {record.value: record.model for record in default_extractor().extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("usage,expected", [
    # the one base model the paper states elsewhere owns the start of an unnamed change
    ("- 基座：Qwen2.5-7B，LoRA 微调。", {0.66: "Qwen2.5-7B", 0.67: "Method", 83.8: "Qwen2.5-7B", 84.2: "Method"}),
    ("- **基座模型**：Qwen2.5-7B（也提供 3B 版本）。", {0.66: "Qwen2.5-7B", 0.67: "Method", 83.8: "Qwen2.5-7B", 84.2: "Method"}),
    # ... not two of them, nor a name that is no known model, nor a size
    ("- 基座：Qwen2.5-7B 与 Llama-3.1-8B。", {0.66: "baseline", 0.67: "Method", 83.8: "baseline", 84.2: "Method"}),
    ("- 基座：FooNet，训练 8K 步，批大小 256。", {0.66: "baseline", 0.67: "Method", 83.8: "baseline", 84.2: "Method"}),
    ("- 基座为 7B 参数的模型。", {0.66: "baseline", 0.67: "Method", 83.8: "baseline", 84.2: "Method"}),
])
def test_the_base_the_paper_states_owns_the_start_of_a_change(usage, expected):
    results = "- **FooEval**：准确率 0.66 → 0.67；BarEval 准确率从 83.8 提升至 84.2。"
    assert models_with({"usage": usage, "results": results}) == expected


def test_a_system_named_right_after_a_value_owns_it():
    assert models("*   **FooMath**：准确率从82.6%(GRPO)提升到85.9%。") == {82.6: "GRPO", 85.9: "Method"}


@pytest.mark.parametrize("text,expected", [
    # a name that has a value on a benchmark is a system
    ("和其它方法比（同为 7B）：BarPrune-Max 的 AIME 2024 为 49.6%、长度减少 52%；BazPrune 为 53.3%。",
     {49.6: "BarPrune-Max", 53.3: "BazPrune"}),
    # ... not a name that has a metric, which may be the benchmark itself
    ("在 FooAIME 上，BarSet 的准确率为 49.6%。", {49.6: "Method"}),
])
def test_a_name_with_a_value_on_a_benchmark_is_a_system(text, expected):
    found = models(text)
    assert {value: found.get(value) for value in expected} == expected


def test_a_base_named_as_such_owns_its_value_and_not_the_change_from_it():
    found = models("在 FooESD 上，情感分类准确率达到 87.2%，基座 BarVoice 2 只有 71.5%，提升了将近十六个百分点。")
    assert found == {87.2: "Method", 71.5: "BarVoice 2", 16.0: "Method"}


@pytest.mark.parametrize("text,expected", [
    # a line labelled with a size holds that variant's values, unless a clause names another system
    ("  1. S档：AP 48.9，延迟3.1ms；BarDet-S 仅为 47.0。\n  2. M档：AP 53.2。",
     {48.9: "Method-S", 3.1: "Method-S", 47.0: "BarDet-S", 53.2: "Method-M"}),
    ("  - **7B 版本**：解决率达到 37.4%。", {37.4: "Method (7B)"}),
    # ... not a label that is a count, a year or a context length
    ("  - **8K 版本**：解决率达到 37.4%。", {37.4: "Method"}),
    ("  - **2024 版本**：解决率达到 37.4%。", {37.4: "Method"}),
])
def test_a_line_labelled_with_a_size_holds_that_variants_values(text, expected):
    assert models("- **FooCOCO**：\n" + text) == expected


@pytest.mark.parametrize("usage,expected", [
    # a paper that writes a size into its method's name ("Method-72B") names its other sizes the same way
    ("- 提供 Method-72B 与更小的版本。", {36.8: "Method", 22.1: "Method-7B"}),
    # ... else as the size of the model it was trained on; not for a context length or another name
    ("- 基于 Qwen2.5-VL-72B 训练。", {36.8: "Method", 22.1: "Method (7B)"}),
    ("- 支持 Method-128K 上下文。", {36.8: "Method", 22.1: "Method (7B)"}),
    ("- 对比 MethodX-32B 与 SubMethod-32B。", {36.8: "Method", 22.1: "Method (7B)"}),
])
def test_a_size_is_written_as_the_paper_writes_its_sizes(usage, expected):
    results = "FooWorld 上成功率为 36.8%，7B 版本也达到 22.1%。"
    assert models_with({"usage": usage, "results": results}) == expected


@pytest.mark.parametrize("text,expected", [
    # a change a named system makes is its own, from start to end
    ("在 FooChart 上，Qwen2.5-VL-72B 的准确率从 35.1% 提升到 39.6%。", {35.1: "Qwen2.5-VL-72B", 39.6: "Qwen2.5-VL-72B"}),
    ("在 FooChart 上，各模型准确率普遍下降，BarNet-7B 下降最多，准确率从 60.1% 跌至 34.6%。",
     {60.1: "BarNet-7B", 34.6: "BarNet-7B"}),
    # ... not a system it is compared with, nor a sentence naming none
    ("在 FooChart 上，与 GPT-4o 相比，BarNet-7B 的准确率从 35.1% 提升到 39.6%。", {35.1: "BarNet-7B", 39.6: "BarNet-7B"}),
    ("在 FooChart 上，准确率从 35.1% 提升到 39.6%。", {35.1: "baseline"}),
])
def test_a_named_systems_change_starts_from_its_own_value(text, expected):
    paper = Paper("0000.00000", "FooChart: Benchmarking Multimodal Models on Charts", "", {"results": text})
    found = {record.value: record.model for record in default_extractor().extract_paper(paper, "2026-01-01")}
    assert found == expected


@pytest.mark.parametrize("usage,results,expected", [
    # the base model the section names as such owns a value credited to "the base model", though others are named
    ("", "基座为 Qwen2.5-Omni-7B。在 FooAudio 上准确率为 73.9%，超过 Gemini 2.0 Flash（65.6%）；"
         "在 BarSpeech 上 WER 为 3.6%，与基座模型（3.5%）基本一致。",
     {73.9: "Method", 65.6: "Gemini 2.0 Flash", 3.6: "Method", 3.5: "Qwen2.5-Omni-7B"}),
    # ... or the one another section states
    ("- **基座模型**：Qwen2.5-Omni-7B。", "在 BarSpeech 上 WER 为 3.6%，与基座模型（3.5%）基本一致，优于 GPT-4o（4.1%）。",
     {3.6: "Method", 3.5: "Qwen2.5-Omni-7B", 4.1: "GPT-4o"}),
    # ... and stays unnamed where the paper names none: a system it is compared with is not its base
    ("", "在 BarSpeech 上 WER 为 3.6%，与基座模型（3.5%）基本一致，优于 GPT-4o（4.1%）。",
     {3.6: "Method", 3.5: "base model", 4.1: "GPT-4o"}),
])
def test_the_base_model_is_the_one_the_paper_names_as_such(usage, results, expected):
    assert models_with({"usage": usage, "results": results} if usage else {"results": results}) == expected
