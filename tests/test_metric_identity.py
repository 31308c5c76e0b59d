"""Metric identity: one spelling per metric on boards, and a value's metric carried along its line."""
from __future__ import annotations

import pytest

from extractors import default_extractor
from extractors.lexicon import MetricEntry, metric_display
from metricsdb.evaluate import _metric_key
from metricsdb.model import Paper


def metrics(text: str) -> dict[float, str]:
    """value -> metric of every record the text gives."""
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return {record.value: record.metric for record in default_extractor().extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("written,stored", [
    ("EM", "exact match"), ("Exact Match", "exact match"), ("δ1", "delta1"), ("δ2", "delta2"),
    ("HOTA", "hota"), ("ROC-AUC", "auc"), ("nDCG@10", "ndcg@10"), ("Δ", "δ"), ("δ-loss", "δ-loss"),
    ("HR@10", "hit rate@10"), ("HitRatio@1", "hit rate@1"), ("Hit Ratio@1", "hit rate@1"), ("Hits@1", "hits@1"),
])
def test_a_metric_is_stored_under_one_spelling(written, stored):
    assert default_extractor().vocabulary.metric_spelling(written) == stored


@pytest.mark.parametrize("stored,shown", [
    ("hota", "HOTA"), ("epe", "EPE"), ("ate rmse", "ATE RMSE"), ("miou", "mIoU"), ("f1", "F1"), ("elo", "Elo"),
    ("ndcg@10", "NDCG@10"), ("map@50", "mAP@50"),  # a listed head keeps its cutoff
    # ordinary words stay as stored; a name the list does not have is shown as stored
    ("accuracy", "accuracy"), ("over-refusal rate", "over-refusal rate"), ("pass@1", "pass@1"), ("sim-o", "sim-o"),
])
def test_boards_show_a_metric_as_readers_write_it(stored, shown):
    assert metric_display(stored) == shown


def test_a_display_spelling_must_be_one_of_the_aliases():
    with pytest.raises(ValueError, match="none of the aliases"):
        MetricEntry(aliases=["HOTA"], display="Hota score")


@pytest.mark.parametrize("text,expected", [
    # a single value after a slash pair of metrics takes the one whose values earlier in the line have its unit
    ("- **FooSR**：PSNR/SSIM 达到 30.12 dB / 0.871，与 BarSR（29.80 dB）接近，仅 7B 参数的 1/8。",
     {30.12: "psnr", 0.871: "ssim", 29.8: "psnr"}),
    # a joint measure, or no unit to tell, stays the pair
    ("- **FooVideo**：联合 PC/SA 得分达到 31.6%，比 BarVid（28.0%）高。", {31.6: "pc/sa", 28.0: "pc/sa"}),
])
def test_a_single_value_takes_the_one_of_a_slash_pair_its_unit_fits(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text,expected", [
    # lower-case English words before a metric's Chinese name name another measure of it, as before an English one
    ("*   **FooIF**：instruction-level strict 准确率为 71.2%，BarLM 为 66.0%，共 500 条指令。",
     {71.2: "instruction-level strict accuracy", 66.0: "instruction-level strict accuracy"}),
    ("*   **FooSeg**：模型的 boundary 召回率为 81.0%。", {81.0: "boundary recall"}),
    # not the tail of a Chinese phrase, a split or a setting
    ("*   **FooStream**：首 token 延迟为 0.4 s，BarStream 为 0.9 s。", {0.4: "latency", 0.9: "latency"}),
    ("*   **FooQA**：test 准确率为 71.2%。", {71.2: "accuracy"}),
])
def test_lower_case_words_before_a_chinese_metric_name_another_measure(text, expected):
    assert metrics(text) == expected


def test_a_metric_after_a_value_in_parentheses_is_the_next_systems_once_they_close():
    # "X（AbsRel 0.067）与 Y（δ1 96.2%）": δ1 follows X's value but outside its parenthesis, so it is Y's
    found = metrics("*   **FooDepth**：AbsRel 为 0.061，δ1 为 96.8%，优于 BarDepth（AbsRel 0.067）与 BazDepth（δ1 96.2%）。")
    assert found == {0.061: "absrel", 96.8: "delta1", 0.067: "absrel", 96.2: "delta1"}
    # ... while a metric right after the value, inside its parenthesis or with none, is the value's
    assert metrics("*   **FooASR**：词错误率 4.1%，优于 BarASR（3.9 CER）。")[3.9] == "cer"


def test_a_threshold_metric_recognised_by_shape_is_spelled_out():
    assert metrics("在 NYUv2 上，Method 的 δ1 为 97.9%。") == {97.9: "delta1"}


@pytest.mark.parametrize("text,expected", [
    # the one metric of the line's earlier values with the same unit
    ("*   **ToolDrift**：成功率 58.3%；没有扰动训练的版本仅为 37.1%，GPT-4o 为 44.6%。",
     {58.3: "success rate", 37.1: "success rate", 44.6: "success rate"}),
    ("CATH 4.2 测试集上，Method 的序列恢复率为 58.9%，困惑度 4.21；ProteinMPNN 为 45.96%，PiFold 为 51.66%。",
     {58.9: "sequence recovery", 4.21: "perplexity", 51.66: "sequence recovery"}),
    # two metrics with such values: the one of its magnitude (1.92 is near FID's 1.62, 157 times IS's 301.4)
    ("*   **ImageNet**：Method 的 FID 为 1.62，IS 为 301.4；VAR-d30 为 1.92。",
     {1.62: "fid", 301.4: "inception score", 1.92: "fid"}),
    # ... and neither when both are of its magnitude, or neither is
    ("*   **DanceTrack**：Method 的 HOTA 为 68.1，IDF1 为 71.9；OC-SORT 为 55.1。", {68.1: "hota", 71.9: "idf1", 55.1: "score"}),
    ("*   **ImageNet**：Method 的 FID 为 1.62，IS 为 301.4；VAR-d30 为 30.5。",
     {1.62: "fid", 301.4: "inception score", 30.5: "score"}),
    # the nearest metric named in an earlier clause has values of another unit or magnitude: the one that fits
    ("- **RealEstate10K**：Method 的 PSNR 27.41 dB、SSIM 0.872、LPIPS 0.118，超过 MVSplat（26.39 dB）。",
     {27.41: "psnr", 0.872: "ssim", 0.118: "lpips", 26.39: "psnr"}),
    ("*   **Mip-NeRF 360**：PSNR / SSIM / LPIPS 为 28.12 / 0.842 / 0.182；3DGS 为 27.21 / 0.815 / 0.214，超过 X（28.0）。",
     {28.12: "psnr", 0.842: "ssim", 0.182: "lpips", 27.21: "psnr", 0.815: "ssim", 0.214: "lpips", 28.0: "psnr"}),
    # a unit no earlier value has: 4.2 s is no success rate
    ("*   **ToolDrift**：成功率 58.3%；GPT-4o 为 44.6%；Method 为 4.2 s。",
     {58.3: "success rate", 44.6: "success rate", 4.2: "score"}),
    # another benchmark named after the metric: its score is its own when its clause has words of its own (a part) ...
    ("LiveCodeBench 上 pass@1 为 28.7%。BigCodeBench-Hard 的 Instruct 子集上是 21.6%。", {28.7: "pass@1", 21.6: "score"}),
    ("- 语音：FooASR-clean 上 WER 为 2.1%；FooASR-noisy 上 8K 采样率下为 7.9%。", {2.1: "wer", 8: None, 7.9: "score"}),
    # ... or a value between took another metric or none; the line's metric when the clause only gives it its value
    ("FooVQA 准确率 61.2%；BarVQA 的长视频子集为 40.1%，BazVQA 为 47.3%。", {61.2: "accuracy", 40.1: "score", 47.3: "score"}),
    ("LiveCodeBench 上 pass@1 为 28.7%。BigCodeBench-Hard 上 Method 为 21.6%。", {28.7: "pass@1", 21.6: "pass@1"}),
    ("- 抓取：FooGrasp 上成功率 81.0%，FooGrasp-Clutter 上为 64.5%。", {81.0: "success rate", 64.5: "success rate"}),
])
def test_a_value_naming_no_metric_takes_its_lines_metric_only_when_one_fits(text, expected):
    found = metrics(text)
    assert {v: found.get(v) for v in expected} == expected


@pytest.mark.parametrize("a,b", [("em", "exact match"), ("overall score", "total score"), ("is", "Inception Score"),
                                 ("false refusal rate", "over-refusal rate"),
                                 # spelled as the extractor stores it: a known head's cutoff, a Greek threshold
                                 ("r@0.5", "recall@0.5"), ("δ1", "delta1")])
def test_eval_compares_metrics_by_the_lists_canonical_name(a, b):
    assert _metric_key(a) == _metric_key(b)


def test_eval_keeps_different_metrics_apart():
    assert _metric_key("fid") != _metric_key("inception score") and _metric_key("hota") != _metric_key("idf1")
    assert _metric_key("r@0.5") != _metric_key("recall@0.7") and _metric_key("auc@5") != _metric_key("auc@20")


def test_a_value_under_a_label_takes_the_metric_the_labels_body_gives_values_of_its_unit():
    found = metrics("*   **FooSLAM-Set**：平均 ATE RMSE 为 1.31 cm。\n    *   fr1/desk：1.42 cm；fr2/xyz：0.31 cm。")
    assert found == {1.31: "ate rmse", 1.42: "ate rmse", 0.31: "ate rmse"}


def test_a_labels_own_line_after_the_value_names_nothing_for_it():
    found = metrics("*   **MATH-500**：92.8% → 93.0%，输出长度缩短 58%。")
    assert found.get(92.8) == found.get(93.0) == "score"


def test_a_metric_after_a_value_that_has_a_value_of_its_own_is_not_the_values():
    found = metrics("*   **ImageNet**：Method 的 FID 为 3.61，加上 CFG 后降到 1.48、IS 为 301.2。")
    assert found == {3.61: "fid", 1.48: "fid", 301.2: "inception score"}


def test_coco_style_ap_is_the_lists_ap():
    assert metrics("*   **COCO**：Method 的 AP50:95 为 54.1。") == {54.1: "ap"}


def test_a_rate_word_the_vocabulary_does_not_know_takes_the_known_metric_it_shortens():
    # "恢复率" after "序列恢复率" is sequence recovery; alone (or after another rate) it stays a generic score
    assert metrics("在 FooFold 上序列恢复率为 58.9%。BarSet 上恢复率为 62.1%。") == {58.9: "sequence recovery",
                                                                         62.1: "sequence recovery"}
    assert metrics("在 FooFold 上成功率为 58.9%。BarSet 上恢复率为 62.1%。")[62.1] == "score"


def test_a_label_naming_a_statistic_gives_the_metric_not_a_part():
    paper = Paper("0000.00000", "Method: a test", "", {"results": (
        "Atari 100k：人类归一化分数均值/中位数 1.62/0.71；DreamerV3 1.12/0.49。")})
    records = default_extractor().extract_paper(paper, "2026-01-01")
    assert [(r.value, r.subset, r.metric) for r in records] == [
        (1.62, None, "mean human-normalized score"), (0.71, None, "median human-normalized score"),
        (1.12, None, "mean human-normalized score"), (0.49, None, "median human-normalized score")]


@pytest.mark.parametrize("text,expected", [
    ("| 系统 | SWE-bench Verified (% Resolved) |\n| --- | --- |\n| Agentless | 38.8 |", {38.8: "resolve rate"}),
    ("在 CS-Meeting-200 上，混合错误率 MER 从 Paraformer-large 的 17.4% 降到 13.9%。", {17.4: "mer", 13.9: "mer"}),
    ("在 CS-Meeting-200 上，错误率从 17.4% 降到 13.9%。", {17.4: "error rate", 13.9: "error rate"}),
])
def test_metrics_the_list_names_by_their_own_name(text, expected):
    assert metrics(text) == expected


def test_a_metric_named_as_a_condition_is_not_the_values():
    found = metrics("*   **COCO val2017**：Method 的 AP 为 54.8；同等速度下 YOLOv8-L 为 52.9，RT-DETR-R50 为 53.1。")
    assert found == {54.8: "ap", 52.9: "ap", 53.1: "ap"}


def test_comparative_and_similarity_mos_are_metrics_of_their_own():
    # "CMOS" is no UTMOS carried from the clause before it
    assert metrics("在 FooSpeech 上 UTMOS 达到 4.23，相对真人录音的 CMOS 为 +0.06；SMOS 为 4.12。") == {
        4.23: "utmos", 0.06: "cmos", 4.12: "smos"}


def test_tracking_metrics_are_listed_identity_switches_counted_lower_is_better():
    """An identity-switch count written in its own clause is not the HOTA named before it: read as
    HOTA, `913 降到 702` ranked the HOTA board lower-is-better."""
    from metricsdb.direction import listed_direction

    assert metrics("MOT20 上 HOTA 63.4，ID 切换次数（IDSW）从 OC-SORT 的 913 降到 702。") == {
        63.4: "hota", 913: "idsw", 702: "idsw"}
    assert metrics("在 MOT17 上 IDSw 减少 28%。") == {28: "idsw"}
    assert [listed_direction(m) for m in ("hota", "mota", "idf1", "assa", "idsw")] == [
        "higher", "higher", "higher", "higher", "lower"]
    assert metrics("在 MOT17 上 7 个 ID 与 8K 帧。") == {}  # an `ID` beside counts names no metric


def test_a_score_the_text_calls_overall_is_the_total_score_and_only_that_one():
    """"Overall 得分" is the total score, as 总分 is, for the later values of its sentence too; a later
    得分 on another benchmark is that benchmark's score, not a total the first name shortens to."""
    text = ("GenEval 上，Method 的 Overall 得分达到 0.86，同一榜单上 SD3-Medium 为 0.62。\n\n"
            "在 DPG-Bench 上得分 86.1，高于 FLUX.1-dev（83.8）。")
    assert metrics(text) == {0.86: "total score", 0.62: "total score", 86.1: "score", 83.8: "score"}
    assert _metric_key("overall score") == _metric_key("Overall 得分") == _metric_key("总分")


def test_a_cutoffs_degree_sign_is_not_part_of_the_metric():
    """AUC@5° and AUC@5 are one pose AUC (the golden files' convention 5): the sign is the cutoff's unit, so
    one board holds either spelling; another cutoff stays another metric, and a unit that says what is cut
    (Acc@500m, F@5mm) stays with it."""
    assert metrics("*   **RealEstate10K**：Method 的 AUC@5° 为 58.3，MASt3R 为 51.9。") == {58.3: "auc@5", 51.9: "auc@5"}
    assert metrics("*   **CO3D**：Method 的 AUC@30 为 89.6，高于 DUSt3R 的 76.7。") == {89.6: "auc@30", 76.7: "auc@30"}
    assert _metric_key("AUC@20°") == _metric_key("auc@20") != _metric_key("auc@5°")
    assert default_extractor().vocabulary.metric_spelling("Acc@500m") == "acc@500m"


@pytest.mark.parametrize("without_names", [False, True])
def test_a_rate_held_at_a_level_in_percent_is_one_metric(without_names):
    """TPR@1%FPR is the true-positive rate where the false-positive rate is 1%: one name, never FPR with 1% left over."""
    extractor = default_extractor().without_names() if without_names else default_extractor()
    text = ("*   **FooFace-HQ**：Method 的 TAR@0.1%FAR 达到 95.1%，BarFace 为 93.0%；"
            "在 BazSpoof 上 TPR@1%FPR 为 97.4%，FNMR@0.01%FMR 为 2.3%，参数量 7B，阈值 1%。")
    found = {r.value: r.metric for r in extractor.extract_paper(Paper("0000.00000", "Method: x", "", {"results": text}), "2026-01-01")}
    assert found == {95.1: "tar@0.1%far", 93.0: "tar@0.1%far", 97.4: "tpr@1%fpr", 2.3: "fnmr@0.01%fmr"}, found


def test_a_human_normalized_score_is_built_and_the_word_for_score_is_no_short_form_of_it():
    text = ("*   **Atari 100k**：人类归一化得分的均值为 1.42；DreamerV3 为 1.12。\n"
            "*   **Crafter**：在 100 万步内得分 21.3%，高于 DreamerV3 的 14.5%。")
    found = metrics(text)
    assert found[1.12] == "human-normalized score" and found[21.3] == found[14.5] == "score"


def test_an_item_under_a_label_takes_the_metric_of_the_items_above_it():
    """"**X**：" then items: a value whose item names no metric takes the one metric the items above give
    values of its unit; not for a value of another unit; across a benchmark named since only for a value with a unit in
    an item that only gives that benchmark its value (holdout_a's Mind2Web change under WebArena's success rate)."""
    text = ("*   **WebArena-Lite**：\n"
            "    *   Method (Qwen3-14B) 的成功率为 51.5%，超过 WebRL 的 49.1%；\n"
            "    *   Method (Llama-3.1-8B) 为 46.7%；\n"
            "    *   GPT-4o 在相同设置下仅为 13.9%，耗时 4.2 s。")
    found = metrics(text)
    assert found[46.7] == found[13.9] == "success rate" and found.get(4.2) != "success rate"
    other = ("*   **WebArena-Lite**：\n"
             "    *   Method 的成功率为 51.5%；\n"
             "    *   在 Mind2Web 上为 46.7%。")
    assert metrics(other)[46.7] == "success rate"
    bare = ("*   **WebArena-Lite**：\n"
            "    *   Method 的成功率为 51.5%；\n"
            "    *   在 Mind2Web 上为 46.7；\n"
            "    *   在 FooWeb 的购物子集上为 40.2%。")
    assert metrics(bare)[46.7] == metrics(bare)[40.2] == "score"


def test_a_latin_qualifier_before_a_metric_name_is_read_into_it():
    """"LC 胜率" is the length-controlled win rate, better higher as a win rate is; "1px 离群率" the outlier
    rate at a 1-pixel threshold. A size or a count before the name is no qualifier."""
    assert metrics("*   **AlpacaEval 2.0**：Method 的 LC 胜率 27.4%，高于 GPT-4（25.1%）。") == {27.4: "lc win rate", 25.1: "lc win rate"}
    assert default_extractor().vocabulary.glossary.listed_head("lc win rate") == "win rate"
    assert metrics("*   **Spring**：Method 的 1px 离群率为 3.41，优于 SEA-RAFT 的 3.69。") == {3.41: "1px outlier rate", 3.69: "1px outlier rate"}
    assert metrics("*   **FooBench**：Method-7B 成功率为 58.3%。") == {58.3: "success rate"}


def test_flow_stereo_and_audio_metrics_are_known_and_carried():
    """Fl-all, D1-all and FAD are metrics (lower is better): the systems after them share them."""
    assert metrics("*   **KITTI-2015 test**：Fl-all 为 4.02%，SEA-RAFT 为 4.30%，RAFT 为 5.10%。") == {
        4.02: "fl-all", 4.3: "fl-all", 5.1: "fl-all"}
    assert metrics("*   **MusicCaps**：FAD 为 1.42，明显低于 MusicGen-Large（3.80）。") == {1.42: "fad", 3.8: "fad"}
    assert default_extractor().lexicon.metric_lower_is_better("d1-all") and metric_display("fl-all") == "Fl-all"


def test_a_metric_followed_by_its_own_pair_of_values_is_not_the_one_before_it():
    found = metrics("*   **Seed-TTS-eval**：F5-TTS 的 test-zh CER / test-en WER 为 1.56% / 1.83%（SIM-o 0.74 / 0.67）。")
    assert (found[1.56], found[1.83], found[0.74], found[0.67]) == ("cer", "wer", "sim-o", "sim-o")


@pytest.mark.parametrize("text,expected", [
    # "其中" lists the parts of the metric before it: a system compared after them is compared on that metric
    ("    在 VBench 上，Method 的 Total Score 为 86.9%，其中 Quality Score 87.8%、Semantic Score 83.3%，"
     "超过 Wan2.1-14B（86.22%）和 HunyuanVideo（83.24%）。",
     {86.9: "total score", 87.8: "quality score", 83.3: "semantic score", 86.22: "total score", 83.24: "total score"}),
    # not when the parts are a subset's, nor when the comparison names its metric
    ("*   **FooBench**：准确率 85.1%，其中 Hard 子集 F1 为 60.2，超过 BarNet（58.3）。",
     {85.1: "accuracy", 60.2: "f1", 58.3: "f1"}),
    ("*   **VBench**：总分 84.6%，其中语义得分 80.1%，X 的语义得分为 79.0%。",
     {84.6: "total score", 80.1: "semantic score", 79.0: "semantic score"}),
])
def test_systems_compared_after_a_metrics_parts_are_compared_on_the_metric(text, expected):
    assert metrics(text) == expected


def metrics_with_rules(text: str, without_vocabulary: bool = False) -> dict[float, tuple[str, str]]:
    """value -> (metric, rule) of every record the text gives, with or without the vocabulary's names."""
    extractor = default_extractor().without_names() if without_vocabulary else default_extractor()
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return {record.value: (record.metric, record.rule) for record in extractor.extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("text,without_vocabulary,expected", [
    # the paper names the benchmark's one metric on another line: its unnamed scores there are of it
    ("*   **FooArm-Bench**：Method 的成功率为 65.0%。\n*   **泛化**：在 FooArm-Bench 上，Method 换到新桌面后达到 71.2%，"
     "高于 Octo（52.4%）。", False,
     {65.0: ("success rate", "score.named-is"), 71.2: ("success rate", "score.reach+paper-metric"),
      52.4: ("success rate", "score.system-in-parentheses+paper-metric")}),
    # a Latin metric is carried the same without the vocabulary; counts and sizes beside it name nothing
    ("*   **FooSpeech**：Method 的 WER 为 4.3%，训练用了 8 张 A100。\n*   **噪声**：在 FooSpeech 上 Method 达到 6.1%，"
     "7B 基线为 7.9%。", True,
     {4.3: ("wer", "score.named-is"), 6.1: ("wer", "score.reach+paper-metric"), 7.9: ("wer", "score.named-is+paper-metric")}),
    ("*   **FooRoom**：Method 的 PSNR 为 31.2 dB。\n*   **稀疏视角**：在 FooRoom 上 Method 为 26.1 dB。", True,
     {31.2: ("psnr", "score.named-is"), 26.1: ("psnr", "score.named-is+paper-metric")}),
    # numbers written bare beside the metric's percentages, of their magnitude: percentages too
    ("*   **FooNav-Bench**：Method 的成功率为 58.2%，GPT-4o 为 41.0%。\n*   **分场景**：在 FooNav-Bench 上，Method 的室内/室外"
     "分别为 63.1/52.4。", False,
     {63.1: ("success rate", "aligned.respectively+paper-metric"), 52.4: ("success rate", "aligned.respectively+paper-metric")}),
    # ... but not of another magnitude, nor beyond 100
    ("*   **FooNav-Bench**：Method 的成功率为 58.2%。\n*   **长程**：在 FooNav-Bench 上 Method 为 3.1，Octo 为 412。", False,
     {58.2: ("success rate", "score.named-is"), 3.1: ("score", "score.named-is"), 412.0: ("score", "score.named-is")}),
    # only a total named: a total says nothing of another number on the benchmark
    ("*   **FooVid-Bench**：Method 总分 84.1。\n*   **长视频**：在 FooVid-Bench 上 Method 为 79.3。", False,
     {84.1: ("total score", "score.metric-then-value"), 79.3: ("score", "score.named-is")}),
    # another unit, or no unit and another magnitude: not that metric's value
    ("*   **FooNav**：Method 成功率 61.5%。\n*   **长程**：在 FooNav 上 Method 达到 3.06。", False,
     {61.5: ("success rate", "score.metric-then-value"), 3.06: ("score", "score.reach")}),
    ("*   **FooCode**：Method 的平均输出长度为 4,210。\n*   **难题**：在 FooCode 上 Method 达到 93.4。", False,
     {4210.0: ("output length", "score.named-is"), 93.4: ("score", "score.reach")}),
    # a metric named later in the value's own line is another measure of the benchmark
    ("结果：FooFix-Lite 上 Method 达到 48.7%；定位准确率 91.3%。", False,
     {48.7: ("score", "score.reach"), 91.3: ("accuracy", "score.metric-then-value")}),
    # the value's clause names its own measure, one the vocabulary does not know: never the paper's other metric
    ("*   **FooDrive**：Method 的 mAP 为 68.5。\n*   **融合**：在 FooDrive 上 Method 的 XDS 达到 72.4。", False,
     {68.5: ("map", "score.named-is"), 72.4: ("xds", "score.reach")}),
])
def test_a_score_naming_no_metric_takes_the_one_metric_the_paper_names_on_its_benchmark(text, without_vocabulary, expected):
    found = metrics_with_rules(text, without_vocabulary)
    assert {v: found.get(v) for v in expected} == expected


def test_several_metrics_named_on_the_benchmark_in_the_unit_leave_an_unnamed_score_a_score():
    text = "*   **FooArm-Bench**：Method 的成功率为 65.0%，碰撞率为 3.1%。\n*   **对比**：在 FooArm-Bench 上 Octo 为 52.4%。"
    assert metrics_with_rules(text)[52.4] == ("score", "score.named-is")


@pytest.mark.parametrize("without_vocabulary", [False, True])
def test_a_name_with_a_cutoff_after_at_is_a_metric_by_its_shape(without_vocabulary):
    # "R@1", "HR@10": what was measured, never the system or the place, also when no list knows the name
    text = "*   **FooPlace**：FooPlace-test 上 R@1 为 93.6%，BarVPR 为 90.1%；Method 的 HR@10 为 0.321，训练用了 8 张 A100。"
    found = metrics_with_rules(text, without_vocabulary)
    recall, hit_rate = ("r@1", "hr@10") if without_vocabulary else ("recall@1", "hit rate@10")
    assert {v: m for v, (m, _) in found.items()} == {93.6: recall, 90.1: recall, 0.321: hit_rate}
    assert _metric_key("r@1") == _metric_key(recall) and _metric_key("hr@10") == _metric_key(hit_rate)


@pytest.mark.parametrize("text,expected", [
    # an acronym with a long capital tail is a metric where only a metric stands: before an arrow from its value,
    # in a compared system's parenthesis (never the system: BarHand's value is of PA-MPVPE)
    ("*   **FooBody**：test 上 PA-MPJPE 41.2 → 36.8 mm，MPJPE 67.5 → 61.3 mm。",
     {41.2: ("baseline", "pa-mpjpe"), 36.8: ("Method", "pa-mpjpe"), 67.5: ("baseline", "mpjpe"), 61.3: ("Method", "mpjpe")}),
    ("*   **FooHand**：Method 的 F-score 为 0.81，相比 BarHand（PA-MPVPE 6.0 mm）。",
     {0.81: ("Method", "f-score"), 6.0: ("BarHand", "pa-mpvpe")}),
    ("*   **FooSep**：SI-SDRi 12.1 → 14.3 dB，训练用了 8 张 A100。", {12.1: ("baseline", "si-sdri"), 14.3: ("Method", "si-sdri")}),
    # a name with a long lower-case tail is no acronym
    ("*   **FooVid**：LLaVA-Video 63.3，Qwen2.5-VL 65.1。", {63.3: ("LLaVA-Video", "score"), 65.1: ("Qwen2.5-VL", "score")}),
    # a clause opening with Chinese words then a change from a value names its own measure: no earlier metric
    # is carried to it (a value of cm³ is no MPJPE) and the rule that needs one reads nothing; a system's clause keeps it
    ("*   **FooGrasp**：Method 的 MPJPE 为 5.1 mm，穿透体积从 4.1 cm³ 降到 1.2 cm³。", {5.1: ("Method", "mpjpe")}),
    ("*   **FooGrasp**：Method 的 MPJPE 为 5.1 mm，基线从 6.3 mm 降到 5.9 mm。",
     {5.1: ("Method", "mpjpe"), 6.3: ("baseline", "mpjpe"), 5.9: ("Method", "mpjpe")}),
])
def test_metrics_written_as_acronyms_are_read_where_only_a_metric_stands(text, expected):
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    assert {r.value: (r.model, r.metric) for r in default_extractor().extract_paper(paper, "2026-01-01")} == expected


@pytest.mark.parametrize("text,expected", [
    # cut-offs written once with their head: one metric at each, never parts named "5" or "10"
    ("*   **FooRetro**：Top-1/3/5/10 精确匹配准确率分别为 57.9%、79.8%、86.4% 和 91.7%。",
     {57.9: ("top-1 accuracy", None), 79.8: ("top-3 accuracy", None), 86.4: ("top-5 accuracy", None),
      91.7: ("top-10 accuracy", None)}),
    ("*   **FooRet**：Method 的 R@1/5/10 分别为 41.2、68.0 和 77.5。",
     {41.2: ("recall@1", None), 68.0: ("recall@5", None), 77.5: ("recall@10", None)}),
    ("*   **FooKG**：Method 的 Hits@1/10 为 0.735/0.887，训练用了 8 张 A100。", {0.735: ("hits@1", None), 0.887: ("hits@10", None)}),
    # ... after the metric they cut ("R-Precision Top-1/Top-2/Top-3"): that metric's top-k, and the list is no system
    ("*   **FooMotion**：R-Precision Top-1/Top-2/Top-3 分别为 0.531、0.724 和 0.815，FID 为 0.045。",
     {0.531: ("r-precision top-1", None), 0.724: ("r-precision top-2", None), 0.815: ("r-precision top-3", None),
      0.045: ("fid", None)}),
    ("*   **FooReID**：Rank-1/5/10 分别为 91.2、96.0 和 97.3。", {91.2: ("rank-1", None), 96.0: ("rank-5", None), 97.3: ("rank-10", None)}),
    # ... and a cut-off list names its own values only: "7B/13B 模型" after it are sizes, not top-k
    ("*   **FooSpeech**：Top-1/Top-5 准确率分别为 71.2% 和 90.1%，7B/13B 模型分别为 60.2% 和 65.0%。",
     {71.2: ("top-1 accuracy", None), 90.1: ("top-5 accuracy", None), 60.2: ("accuracy", "7B"), 65.0: ("accuracy", "13B")}),
    # ... not a list of parts or of sizes ("7B/13B" are systems' sizes; "Level 1 / 2" are parts)
    ("在 FooLevel 上，Method 在 Level 1 / 2 上分别为 74.8% 和 61.5%。",
     {74.8: ("score", "Level 1"), 61.5: ("score", "Level 2")}),
])
def test_cutoffs_written_once_with_their_head_are_one_metric_each(text, expected):
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    found = {r.value: (r.metric, r.subset) for r in default_extractor().extract_paper(paper, "2026-01-01")}
    assert found == expected


@pytest.mark.parametrize("without_vocabulary", [False, True])
@pytest.mark.parametrize("text,expected", [
    # a bare head its own words modify (抓取 + 成功率): the abbreviation names the metric, for the baseline in
    # parentheses and a later "GSR 在 … 为" too; a plain average after it stays the head's own metric
    ("*   **FooGrasp**：抓取成功率（GSR）为 81.2%，高于 BarGrasp（74.5%）。GSR 在杂乱场景下为 65.0%，平均成功率为 70.3%。",
     {81.2: "gsr", 74.5: "gsr", 65.0: "gsr"}),
    ("*   **FooVox**：等错误率（EER）为 0.61%，超过 BarVox（0.78%）；EER 在 hard 列表上为 1.12%。",
     {0.61: "eer", 0.78: "eer", 1.12: "eer"}),
    # ... written right after the Chinese name, without parentheses, the same; a rate word no list knows ("混响错误率")
    # is named by its abbreviation, never left a generic score
    ("*   **FooReg**：配准召回率 RR 为 93.4%，高于 BarReg（92.0%）。RR 在 BazScan 上为 99.8%。",
     {93.4: ("registration recall", "rr"), 92.0: ("registration recall", "rr"), 99.8: ("registration recall", "rr")}),
    ("*   **FooASR**：混响错误率 RER 从 BarASR 的 17.4% 降到 13.9%，RER 在远场上为 20.1%。",
     {17.4: "rer", 13.9: "rer", 20.1: "rer"}),
    # an abbreviation with a cutoff says more than the Chinese head; another cutoff is another metric
    ("*   **FooRet**：检索召回率（R@1）为 63.2%，BarRet（58.1%）；R@10 为 90.1%。", {63.2: ("recall@1", "r@1"),
                                                                       58.1: ("recall@1", "r@1"), 90.1: ("recall@10", "r@10")}),
    # sizes and versions in parentheses are no abbreviation of a metric
    ("*   **FooQA**：准确率（Acc）为 71.2%，8B 版本（Acc）为 68.0%，BarQA-7B 为 65.1%。",
     {71.2: ("accuracy", "acc"), 68.0: ("accuracy", "acc"), 65.1: ("accuracy", "acc")}),
])
def test_a_metric_glossed_by_its_abbreviation_is_one_metric_in_the_section(text, expected, without_vocabulary):
    found = {v: m for v, (m, _) in metrics_with_rules(text, without_vocabulary).items()}
    wanted = {v: m[without_vocabulary] if isinstance(m, tuple) else m for v, m in expected.items()}
    assert {v: found.get(v) for v in wanted} == wanted


def test_a_metric_the_lists_read_whole_names_its_abbreviation_wherever_it_stands():
    """"执行准确率（EX）": execution accuracy (glossary.yaml) for the method, the baseline and a later "EX 在 … 为";
    a head the list does not make longer keeps its abbreviation (最小群体 is not listed)."""
    text = "*   **FooSQL**：dev 集执行准确率（EX）为 72.4%，超过 BarSQL（70.1%）。EX 在 test 集上为 70.0%。"
    assert {v: m for v, (m, _) in metrics_with_rules(text).items()} == {72.4: "execution accuracy", 70.1: "execution accuracy",
                                                                      70.0: "execution accuracy"}
    found = metrics_with_rules(text, True)
    assert {v: m for v, (m, _) in found.items()} == {72.4: "ex", 70.1: "ex", 70.0: "ex"}
    text = "*   **FooFair**：最小群体准确率（MGA）为 91.8%，高于 BarNet（86.7%）；平均准确率为 93.5%。"
    assert {v: m for v, (m, _) in metrics_with_rules(text).items()} == {91.8: "mga", 86.7: "mga", 93.5: "accuracy"}


@pytest.mark.parametrize("without_names", [False, True])
def test_a_code_right_after_the_chinese_words_of_a_measure_is_that_measure(without_names):
    """"说话人相似度SECS达到 0.871": Chinese words ending as a measure's do (相似度, 误差, 分数, 率), then a code of
    letters and its value: the code abbreviates the measure, and names it where it comes again ("SECS为0.792").
    Not a name with digits ("准确率 GPT-4o") nor one capital ("成功率 Octo"): systems."""
    extractor = default_extractor().without_names() if without_names else default_extractor()
    text = ("*   **FooBeat**：节拍对齐分数BAS达到0.262，高于 EDGE 的0.241；跨风格部分使用 BarDance（共1,200段），BAS为0.250。\n"
            "*   **BazDepth**：相对误差 AbsRel 为 0.061，参数量 7B。\n"
            "*   **QuxGrasp**：平均成功率 Octo 为 45.1%。")
    found = {r.value: (r.model, r.metric) for r in extractor.extract_paper(Paper("0000.00000", "Method: x", "", {"results": text}), "2026-01-01")}
    assert found[0.262] == ("Method", "bas") and found[0.241] == ("EDGE", "bas") and found[0.25] == ("Method", "bas"), found
    assert found[0.061] == ("Method", "absrel") and 7 not in found, found
    assert found.get(45.1, ("Octo", None))[0] == "Octo", found


@pytest.mark.parametrize("text,expected", [
    # the metric in parentheses after a list's last value names every value of the list, short or Chinese as it is
    ("在 FooQA 和 BarQA 上分别为 48.9 和 66.1（EM）。", {48.9: "exact match", 66.1: "exact match"}),
    ("*   **FooASR**：test-clean 和 test-other 上分别为 1.9% 和 4.1%（WER），优于 BarASR（2.2% / 4.6%）。",
     {1.9: "wer", 4.1: "wer", 2.2: "wer", 4.6: "wer"}),
    ("FooNav 与 BarNav 上的结果分别是 61.2% 和 55.0%（成功率）。", {61.2: "success rate", 55.0: "success rate"}),
    # what else a list's parenthesis holds names no metric: a unit, a direction, the places, a size
    ("*   **FooRecon**：Accuracy 与 Completeness 分别为 0.021 和 0.026（越低越好）。", {0.021: "accuracy", 0.026: "completeness"}),
    ("FooLM 在 FooQA 和 BarQA 上分别达到 64.8 和 85.1（FooQA / BarQA）。", {64.8: "score", 85.1: "score"}),
    ("*   **FooQA**：准确率为 71.2%，FooLM 与 BarLM 分别为 65.0% 和 60.3%（8B 模型）。", {71.2: "accuracy", 65.0: None, 60.3: None}),
])
def test_a_metric_tagged_after_a_lists_last_value_is_the_whole_lists(text, expected):
    found = metrics(text)
    assert {v: found.get(v) for v in expected} == expected
