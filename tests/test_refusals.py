"""Numbers the text gives that are not results a board may rank: behaviour rates, shares of samples,
thresholds, and split / task / setting words standing as a benchmark."""
from __future__ import annotations

import pytest

from extractors import default_extractor
from metricsdb.model import Paper


def values(text: str) -> dict[float, str]:
    """value -> metric of every record the sentence gives."""
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return {record.value: record.metric for record in default_extractor().extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("text", [
    "在 MVBench 上，“思考模式”激活率仅为 25%；在 VideoMMMU 上激活率上升至 51%。",
    "在 AIME 上，长度违规率仅为 0.1%，而 GRPO 为 2.5% 左右。",
    "在 GSM8K 上，该方法的工具使用占比为 35%。",
    "在 LongBench 上，KV 缓存压缩率达到 80%。",
    "在 MMLU 上达到 12% 的样本覆盖。",
    "在 9 个下游任务的 Zero-shot/One-shot 评测中，平均准确率比基线高出近 5%。",
    "在 LiveCodeBench（2024.08–2025.01）上做了评测。",  # a period of dates
    "在 FooDrive 上，所有基线的碰撞率都低于 2%，开源模型的成功率均高于 30%。",  # bounds, no values
    # parts of a benchmark the text does not name: listed before their count, or before a part noun
    "*   **仿真实验**：在 Spatial / Object / Goal / Long 四个套件上成功率分别为 97.4%、98.8%、96.0% 和 91.6%。"
    "最难的 Long 套件上，成功率比 BarVLA 高出 6.4 个百分点。",
    "*   **仿真**：Visual Matching 设置下平均成功率 78.2%。",
    "*   **仿真**：最难的 Long 套件上，成功率为 91.6%。",
])
def test_behaviour_rates_shares_and_generic_words_give_no_record(text):
    assert values(text) == {}


@pytest.mark.parametrize("text,expected", [
    # an average over several benchmarks is not a result on the one an earlier sentence named
    ("在 FooSet 上准确率为 71.2%。在 7 个数据集上的平均准确率为 65.0%。", {71.2: "accuracy"}),
    ("在 FooSet 上准确率为 71.2%，在所有基准上平均提升 3.1 分。", {71.2: "accuracy"}),
    ("在FooSet上NDCG@10为0.0437。三个数据集上NDCG@10相对BarRec平均提升约13%。", {0.0437: "ndcg@10"}),
    # a version number inside a name is not a value
    ("在 FooSet 上准确率为 84.5%，高出 BarVoice 2 9.2 个百分点。", {84.5: "accuracy", 9.2: "accuracy"}),
    ("在 AlpacaEval 2、Arena-Hard 和 MT-Bench 上评测；MMLU 准确率为 41.2%。", {41.2: "accuracy"}),
    # a memory size or a target the values are measured under is a setting
    ("在 FooSet 上准确率为 84.5%，而 BarNet 在 80 GB 显存下直接 OOM。", {84.5: "accuracy"}),
    ("在 FooSet 上，在 SLO 达成率 90% 的约束下，吞吐提升 1.8 倍。", {1.8: "throughput"}),
    # a codec's bitrate, in parentheses, before 时 or 下, is the operating point the value after it is read at
    ("在 FooVoice 上，BarCodec（1.1 kbps）为 2.28，码率降到 0.75 kbps 时 PESQ 仍有 2.58，6 kbps 下 PESQ 为 3.4。",
     {2.58: "pesq", 3.4: "pesq"}),
])
def test_averages_over_several_benchmarks_and_versions_in_names_give_no_record(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("在 WebArena 上，任务成功率为 35.5%。", {35.5: "success rate"}),
    ("LiveCodeBench（2024.08–2025.01）pass@1 达到 39.7。", {39.7: "pass@1"}),
    ("在 FooArena 上 Method 的 Elo 为 2024.08。", {2024.08: "elo"}),  # one such number alone is no period
    ("*   **AbstainBench-Tools**：错误调用率从 38.7% 降到 16.5%。", {38.7: "false call rate", 16.5: "false call rate"}),
    ("在 HotpotQA 上，召回率达到 89.5%。", {89.5: "recall"}),
    ("在 AIME 上，长度违规率仅为 0.1%，准确率为 70%，而 GRPO 为 65.5%。", {70.0: "accuracy", 65.5: "accuracy"}),
    ("在 CXR-EvidenceAlign 上，定位准确率（IoU > 0.5）为 62.7%。", {62.7: "accuracy"}),
    # a benchmark with a count of its parts is the benchmark; parts under a benchmark's label are its parts;
    # datasets listed with their count are benchmarks
    ("FooLIBERO四个套件平均成功率96.4%。", {96.4: "success rate"}),
    ("FooScan 六个场景平均 ATE 为 6.4 cm。", {6.4: "ate rmse"}),
    ("*   **FooLIBERO**：在 Spatial / Object 两个套件上成功率分别为 97.4% 和 98.8%。",
     {97.4: "success rate", 98.8: "success rate"}),
    # ... but a benchmark's own average over its datasets stays, and a version alone before a value is the name's
    ("**FooSet**：在 5 个数据集上平均准确率为 65.0%。", {65.0: "accuracy"}),
    ("在 FooSet 的 5 个数据集上平均准确率为 65.0%。", {65.0: "accuracy"}),
    ("在 FooSet 上，BarLM 3 的准确率为 65.2%。", {65.2: "accuracy"}),
    ("在 FooSet 上，峰值显存为 12.3 GB，仅需 10 GB 显存。", {12.3: "memory", 10: "memory"}),
    ("MMLU 7.5、GSM8K 8.2 和 MATH 6.1。", {7.5: "score", 8.2: "score", 6.1: "score"}),  # decimals are values
    # an operating point ("50% 时", "90% 的时候") is no result; the value read at it is; 时延 / 时长 are no condition
    ("在 FooJet 上，信号效率 50% 时的背景拒绝率为 11,840，召回率为 90% 的时候精度为 0.62。",
     {11840: "background refusal rate", 0.62: "accuracy"}),
    ("在 FooASR 上首字时延为 320 ms，在 FooBench 上准确率为 71.2%，推理时间为 3.2 s。",
     {320: "latency", 71.2: "accuracy", 3.2: "inference time"}),
    ("在 Beauty、Sports、Toys 三个数据集上 Recall@10 分别为 0.0731、0.0462 和 0.0795。",
     {0.0731: "recall@10", 0.0462: "recall@10", 0.0795: "recall@10"}),
])
def test_results_beside_them_stay(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("name,generic", [("eval", True), ("Evaluation", True), ("评测", True), ("Foo-TTS eval", False)])
def test_a_word_for_an_evaluation_is_no_benchmark_alone(name, generic):
    from metricsdb.model import is_generic_benchmark
    assert is_generic_benchmark(name) is generic


@pytest.mark.parametrize("text,expected", [
    # a setting's change after a result's change: the carried metric does not reach the setting's values
    ("在 GSM8K 上，准确率从 60.1% 提升至 71.3%，同时批大小从 64 增加到 128。", {60.1: "accuracy", 71.3: "accuracy"}),
    ("在 GSM8K 上，准确率从 60.1% 提升至 71.3%，学习率从 0.001 降到 0.0005。", {60.1: "accuracy", 71.3: "accuracy"}),
    ("在 GSM8K 上，准确率为 71.3%，训练 epoch 为 3，温度为 0.7。", {71.3: "accuracy"}),
    # a length a value is measured under is a setting of a result on the benchmark it names
    ("在 MATH 上准确率为 40.2%。Method 在相近长度下 AIME 2024 只有 50.8%。", {40.2: "accuracy", 50.8: "score"}),
])
def test_settings_changed_beside_a_result_are_not_results(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a number glued to a name is the name's: a context length or a data size ('64K', '20k'), a version ('2.1原版',
    # '2.0' before the metric whose value follows), a scale factor written before its number ('Set14 ×4')
    ("在 FooLong 上，FooLong 64K 平均分为 60.3。", {60.3: "score"}),
    ("FooEval 2.0 LC 胜率达到 48.1%。", {48.1: "lc win rate"}),
    ("在 FooMeet 上，DER 为 15.2%，低于 BarDiar 2.1原版的 17.9%。", {15.2: "der"}),
    ("在 FooSR 上，Set14 x4 的 PSNR 为 28.31 dB。", {28.31: "psnr"}),
    # an operating point on a curve ('1% 处') or a compression a value is read under ('8× 压缩率下') is a setting
    ("在 FooBench 上，误报率约 1% 处的检出率为 71.5%。", {71.5: "detection rate"}),
    ("在 FooLong 上，在 8× 压缩率下，准确率为 61.2%。", {61.2: "accuracy"}),
    # ... but a size after a metric, a factor written after its number, a version alone and a count stay as they were
    ("在 FooBench 上，FPS 1.2K，准确率为 70.1%。", {1200: "throughput", 70.1: "accuracy"}),
    ("在 FooArena 上，Method 的 Elo 为 1.2K。", {1200: "elo"}),
    ("在 FooBench 上，吞吐提升 4×，准确率为 70.1%。", {4: "throughput", 70.1: "accuracy"}),
    ("MMLU 7.5 MATH 6.1。", {7.5: "score", 6.1: "score"}),
    ("在 FooBench 上，处理 1,000 个样本耗时 3.2 s。", {3.2: "inference time"}),
    ("在 FooBench 2024 上准确率为 70.1%。", {70.1: "accuracy"}),  # a year, a resolution, a version word
    ("在 FooSR 上，1024×1024 分辨率下 PSNR 为 30.2 dB。", {30.2: "psnr"}),
    ("FooBench 3.0 版本上准确率为 66.1%。", {66.1: "accuracy"}),
])
def test_numbers_glued_to_names_and_operating_points_are_not_results(text, expected):
    assert values(text) == expected


def owners(text: str) -> dict[float, str]:
    """value -> system of every record the sentence gives."""
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return {record.value: record.model for record in default_extractor().extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("text,expected", [
    # a value's owner is in its own clause: a name before 平均 is its owner, not a name of an earlier clause
    ("在 FooBench 上，作为参照，BarVLA（7B）平均 76.5%，π0 平均 94.2%。", {76.5: "BarVLA", 94.2: "π0"}),
    # an unnamed thing contrasted after 而 owns its value: neither the method's nor anyone's on a board
    ("在 FooSet 上，Recall@100 为 91.7%，而单向量截断方案只有 74.0%。", {91.7: "Method"}),
    ("在 FooSet 上，Recall@100 为 91.7%，而在 BarSet 上只有 74.0%。", {91.7: "Method", 74.0: "Method"}),
    # a system compared after the change, with a value of its own, does not own the change's start value
    ("在 FooArena 上，以 BarLM-32B 为基座，成功率 14.9% → 38.6%，超过 BazAgent（24.0%）。",
     {14.9: "BarLM-32B", 38.6: "Method (BarLM-32B)", 24.0: "BazAgent"}),
    # an ablation opening the sentence: its change and its score are the variant's, not the method's
    ("在 FooEdit 上，去掉显式编辑计划后，准确率下降 0.41。", {0.41: "Method (w/o 显式编辑计划)"}),
    ("在 FooSet 上，移除记忆模块之后，准确率为 60.2%。完整模型的准确率为 70.2%。",
     {60.2: "Method (w/o 记忆模块)", 70.2: "Method"}),
])
def test_a_value_is_owned_by_a_name_of_its_own_clause(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize("without_names", [False, True])
@pytest.mark.parametrize("text,expected", [
    # the size of a change as the subject of its value: never a score; the scores beside it stay
    ("在 FooDrive 上碰撞率的降幅最大，达 41%；在 BarNav 上成功率达到 83.5%。", {83.5}),
    ("在 KitchenSim 上，任务完成率的增幅达到 12.4%，模型共 7B 参数。", set()),
    ("在 FooSpeech 上，与基线的差距达 2.3 分，WER 为 4.1%。", {4.1}),
    ("在 RoboSet 上涨幅明显，成功率达到 71.2%。", {71.2}),
])
def test_the_size_of_a_change_is_no_score(text, expected, without_names):
    extractor = default_extractor().without_names() if without_names else default_extractor()
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    records = extractor.extract_paper(paper, "2026-01-01")
    assert {r.value for r in records if r.kind == "score"} == expected

