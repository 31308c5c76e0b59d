"""Rules that need a little code: numbers whose notation alone says their kind, and `X 为 N`
(lists and pairs, `分别` and `a/b`, are in `lists`; before and after with named systems in `before_after`).

Each rule is a `FunctionRule` at module level; `BUILTIN` lists them for the default Extractor.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Optional

from .claims import Claim, FunctionRule, GroupRef, NamedRef, function_rule
from .document import BENCHMARK, METHOD, METRIC, MODEL, NAME_ROLE, QUANTITY_MARK, PaperContext
from .before_after import arrows, benchmark_from_to, gap
from .lexicon import gated
from .lists import name_value_pairs, pairs, part_value, respectively, slashes
from .tables import table

_CONTRAST_BEFORE = re.compile(r"(?:而|、|,|;)\s*$")


def _notation_rule(name: str, accepts, kind: str, priority: int, examples: list[dict]) -> FunctionRule:
    """A rule that claims every number whose notation alone says its kind (+N, N pp, N×)."""

    def find(paper: PaperContext, start: int, end: int):
        text = paper.view.text
        found = []
        i = text.find(QUANTITY_MARK, start, end)
        while i != -1:
            if accepts(paper.view.quantities[paper.view.mark_index[i]]):
                found.append((i, i + 1, [Claim(rule=name, quantity=i, kind=kind, model="subject", reference="context",
                                               direction=None, metric_span=None, match_span=(i, i + 1))]))
            i = text.find(QUANTITY_MARK, i + 1, end)
        return found

    return function_rule(name, priority, examples)(find)


signed_or_points = _notation_rule(
    "delta.signed-or-points", lambda q: q.sign == "+" or q.unit == "pp", "delta", priority=2,
    examples=[
        {"text": "在 GSM8K 上（+2.5%）。",
         "records": [{"kind": "delta", "value": 2.5, "unit": "%", "benchmark": "GSM8K", "model": "Method", "direction": "increase"}]},
        {"text": "在 GSM8K 上准确率 8 个百分点的差距。",
         "records": [{"kind": "delta", "value": 8, "unit": "pp", "benchmark": "GSM8K", "model": "Method"}]},
    ],
)
factor = _notation_rule(
    "ratio.factor", lambda q: q.unit == "x", "ratio", priority=1,
    examples=[
        {"text": "在 MS-COCO 上推理加速 3.5×。",
         "records": [{"kind": "ratio", "value": 3.5, "unit": "x", "benchmark": "MS-COCO", "model": "Method", "direction": "increase"}]},
        # a factor of what the experiment scales is no result, nor a hardware count, a grid, a size or a year;
        # a system whose name holds such a word is no setting ("SpecBatch")
        {"text": "在 Urban100 上，4× 放大时 PSNR 为 26.8，采用 16× 下采样的编码器，8K 上下文。",
         "records": [{"kind": "score", "value": 26.8, "benchmark": "Urban100", "model": "Method", "metric": "psnr"}]},
        {"text": "在 ShareGPT 上，batch 2×，上下文扩展 4 倍，数据量扩大 10 倍，模型规模增加 3 倍，2×2 网格，7B 模型，2024 年；"
                 "吞吐提升 2.4 倍，SpecBatch 达到 5,840 tokens/s。",
         "records": [
             {"kind": "ratio", "value": 2.4, "unit": "x", "benchmark": "ShareGPT", "model": "Method", "metric": "throughput"},
             {"kind": "score", "value": 5840, "unit": "tokens/s", "benchmark": "ShareGPT", "model": "SpecBatch"}]},
    ],
)


_COPULA = re.compile(gated(r"(?:平均)?(?:为|是)\s*(?:约|仅|高达|达|只有)?\s*" + QUANTITY_MARK))
def _described_system(paper: PaperContext, start: int, copula: int):
    """The system right before a description that precedes 为: "SAM 2（Hiera-L）为 77.9", "CosyVoice 2 的指令
    模式为 52.1%", "Whisper-large-v3 的分块解码为 5.1%"; None when no named system stands there."""
    described = paper.vocabulary.described_before.search(paper.view.text, max(start, copula - 34), copula)
    if described is None:
        return None
    low = described.start() - 1
    return paper.last_mention(start, described.start(), lambda x: low <= x.end and x.role in (MODEL, METHOD))


@function_rule(
    "score.named-is",
    priority=9,
    examples=[
        {"text": "在 AIME 2025 上，Method 的准确率为 31.2%，GRPO 为 26.8%。",
         "records": [
             {"kind": "score", "value": 31.2, "benchmark": "AIME 2025", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 26.8, "benchmark": "AIME 2025", "model": "GRPO", "metric": "accuracy"}]},
        {"text": "在 OSWorld 上人类水平为 72.4%。",
         "records": [{"kind": "score", "value": 72.4, "benchmark": "OSWorld", "model": "human"}]},
        {"text": "在 OSWorld 上，Method 为 40.1%，人类参与者为 72.4%。",
         "records": [{"kind": "score", "value": 40.1, "benchmark": "OSWorld", "model": "Method"},
                     {"kind": "score", "value": 72.4, "benchmark": "OSWorld", "model": "human"}]},
        {"text": "在 GSM8K 上将学习率设置为 2，批大小为 64。", "records": []},
        {"text": "主结果（指标为 KITTI 风格 AP@0.7）：\n- Method 的 AP 为 81.2，延迟 35 ms。", "records": []},  # a convention, no place
        {"text": "评测采用 Waymo 风格 mAPH：\n- 在 FooDrive 上 Method 为 71.2，BarDet 为 69.0。",
         "records": [  # ... the place is the one named as a place
             {"kind": "score", "value": 71.2, "benchmark": "FooDrive", "model": "Method"},
             {"kind": "score", "value": 69.0, "benchmark": "FooDrive", "model": "BarDet"}]},
        {"text": "在 FooTraffic 上，box AP@0.5:0.95 为 38.2，mAP@0.5 为 55.1。",
         "records": [  # the end of a range of cutoffs is the metric's, no value
             {"kind": "score", "value": 38.2, "benchmark": "FooTraffic", "model": "Method", "metric": "box ap"},
             {"kind": "score", "value": 55.1, "benchmark": "FooTraffic", "model": "Method", "metric": "map@0.5"}]},
        {"text": "*   **VoxHall 总体**：WER 为 7.2%，批大小为 64。\n*   **GraspWorld 真机抓取**：成功率为 81.0%。\n"
                 "*   **TrajCity navtest**：碰撞率为 1.2%，2024 年发布。\n*   **RoomScan 2 室内场景**：mIoU 为 71.3，7B 模型。",
         "records": [  # a bullet's label: a name, then a split-like word or a few Chinese words naming the set's part
             {"kind": "score", "value": 7.2, "benchmark": "VoxHall", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 81.0, "benchmark": "GraspWorld", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 1.2, "benchmark": "TrajCity", "model": "Method"},
             {"kind": "score", "value": 71.3, "benchmark": "RoomScan 2", "model": "Method", "metric": "miou"}]},
        {"text": "在 GeneVar-2 非编码变异上 AUROC 为 0.742；在 FooLM-7B 基础上批大小为 64，在 RoboArm-X 机械臂上成功率为 71.3%。",
         "records": [  # a place named with a few words of its part; not a base model, nor the robot a policy runs on
             {"kind": "score", "value": 0.742, "benchmark": "GeneVar-2", "model": "Method", "metric": "auc"}]},
        {"text": "*   **FooCrowd-QN**：XAE 为 74.1，BarNet 为 80.2，2024 年发布，7B 参数。\n*   **BarGait-2K**：跨季节协议下 XR 为 52.8%。",
         "records": [  # an acronym opening a bullet's body before 为 and a value: the measure (known or not)
             {"kind": "score", "value": 74.1, "benchmark": "FooCrowd-QN", "model": "Method", "metric": "xae"},
             {"kind": "score", "value": 80.2, "benchmark": "FooCrowd-QN", "model": "BarNet", "metric": "xae"}]},
        {"text": "在 FooGen 上，背景 XSNR 为 28.74，平均 XCC 为 69.8；有监督的 BarNet 为 25.1，合并后 FooQA8K 为 86.1，2024 年。",
         "records": [  # an acronym Chinese words qualify, opening its clause: the measure; a described system stays one
             {"kind": "score", "value": 28.74, "benchmark": "FooGen", "model": "Method", "metric": "xsnr"},
             {"kind": "score", "value": 69.8, "benchmark": "FooGen", "model": "Method", "metric": "xcc"}]},
        {"text": "*   **真机抓取（GRASPWORLD）**：成功率为 81.0%。\n*   **多轮对话（FooWOZ 2.4）**：成功率为 71.3%。\n"
                 "*   **域内（FakeAV c40）**：准确率为 92.1%。",
         "records": [  # a name in a Chinese label's parentheses, in capitals or with its release or a part's code
             {"kind": "score", "value": 81.0, "benchmark": "GRASPWORLD", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 71.3, "benchmark": "FooWOZ 2.4", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 92.1, "benchmark": "FakeAV", "model": "Method", "metric": "accuracy"}]},
        {"text": "在多语言 FooSpeech-X 上 WER 为 4.1%，在真实场景 **BarNav-2K** 上成功率为 61.2%。",
         "records": [  # a place named after Chinese words that qualify it, the name maybe in bold
             {"kind": "score", "value": 4.1, "benchmark": "FooSpeech-X", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 61.2, "benchmark": "BarNav-2K", "model": "Method", "metric": "success rate"}]},
        {"text": "*   **FooTraj-2**：minXDE 为 0.64 m，batch size 256，2024 年。\n*   **BarSal-1K**：maxXF 为 0.81。",
         "records": [  # a measure's extreme written before its code: a measure, known or not
             {"kind": "score", "value": 0.64, "benchmark": "FooTraj-2", "model": "Method", "metric": "minxde"},
             {"kind": "score", "value": 0.81, "benchmark": "BarSal-1K", "model": "Method", "metric": "maxxf"}]},
        {"text": "在 FooKitchens 100 上，XAP 为 29.1；在 BarAction 400 中准确率为 81.2%。",
         "records": [  # a whole number closing a place after the name is the name's (a count of its classes)
             {"kind": "score", "value": 29.1, "benchmark": "FooKitchens 100", "model": "Method", "metric": "xap"},
             {"kind": "score", "value": 81.2, "benchmark": "BarAction 400", "model": "Method", "metric": "accuracy"}]},
        {"text": "Unseen XAP 为 33.02，Rare 为 20.1。超过 TCN 基线（Böck & Davies, 2020）与 BarBeat（Chen et al., 2023）。",
         "records": []},  # a split's or a part's word names no set; a cited year is no value
        {"text": "在四个主流 FooVLM 上成功率为 61.2%。在单张 A100 上时延为 40 ms。在两种 BarSim 上成功率为 55.0%。", "records": []},
        {"text": "*   FooLidar-3 路面级 XF1 为 93.4。\n*   BarOcc v2 XAUC 达到 88.5%。\n*   在 BazGrasp-2 上 GraspRate 为 71.2%，Macro-F1 为 64.1。",
         "records": [  # a measure written as one (a code, a rate or an F1 compounded) after the set that opens its clause
             {"kind": "score", "value": 93.4, "benchmark": "FooLidar-3", "model": "Method", "metric": "xf1"},
             {"kind": "score", "value": 88.5, "benchmark": "BarOcc v2", "model": "Method", "metric": "xauc"},
             {"kind": "score", "value": 71.2, "benchmark": "BazGrasp-2", "model": "Method", "metric": "grasprate"},
             {"kind": "score", "value": 64.1, "benchmark": "BazGrasp-2", "model": "Method", "metric": "macro-f1"}]},
        {"text": "*   FooNet-7B 平均 XF1 为 93.4。\n*   8 张 A100 上 XF1 为 61.0。\n*   BarVid 2024 年 XF1 为 50.2。\n"
                 "*   EfficientFoo V2 2.43/1.29。\n*   512×512 分辨率 XF1 为 40.1，batch size 256。",
         "records": []},  # ... not after a model's size, hardware, a year, a release, a resolution or a setting
        {"text": "*   **大模型（7B）**：准确率为 61.2%。\n*   **长上下文（32K）**：准确率为 55.0%。\n*   **少样本（zero-shot）**：准确率为 41.0%。\n"
                 "*   **训练（8 张 A100）**：准确率为 40.2%。\n*   **语音（test-clean）**：准确率为 97.1%。\n*   **生成（512×512）**：准确率为 30.5%。\n"
                 "*   **检测精度（BOXAP）**：为 48.9。\n*   **发布（2024）**：准确率为 33.3%。\n*   **语音识别（ASR）**：准确率为 91.0%。",
         "records": []},  # ... not a size, a setting, a split, hardware, a resolution, a year, a measure's or a task's acronym
        {"text": "*   **VidGen-XL 训练**：FID 为 7.2。\n*   **S 档**：AP 为 48.9。\n*   **BarNet 提升**：准确率为 61.2%。\n"
                 "*   **SFT 增益**：准确率为 61.2%。\n*   **FooMed Task06 肺肿瘤**：Dice 为 71.4%。",
         "records": []},  # ... not words of what was done or gained, a tier, a short acronym, a numbered part
        {"text": "在 TotalSegmentator、AMOS22 和 BTCV 三个公开数据集上评估：BTCV 上的 NSD 为 0.873。",
         "records": [{"kind": "score", "value": 0.873, "benchmark": "BTCV", "model": "Method", "metric": "nsd"}]},
        {"text": "在 Amazon Reviews 的 Beauty 子集上，Recall@10 为 0.0891。",
         "records": [{"kind": "score", "value": 0.0891, "benchmark": "Amazon Reviews", "model": "Method",
                      "metric": "recall@10", "subset": "Beauty"}]},
        {"text": "FooSpeech test 的 CER 为 4.7%。",  # a split after a name makes it a benchmark
         "records": [{"kind": "score", "value": 4.7, "benchmark": "FooSpeech", "model": "Method", "metric": "cer"}]},
        {"text": "在 FooSet 数据集上训练，学习率为 0.001。在 FooLM-32B 上准确率为 61.3%。",  # training data; a model
         "records": []},
        {"text": "FooSpeech 测试集 XER 为 4.1%，BarASR 是 4.6%。",  # an acronym between a split's set and its value: the metric
         "records": [{"kind": "score", "value": 4.1, "benchmark": "FooSpeech", "model": "Method", "metric": "xer"},
                     {"kind": "score", "value": 4.6, "benchmark": "FooSpeech", "model": "BarASR", "metric": "xer"}]},
        {"text": "在测试集 FooGrasp 上为 61.2%，测试集 XER 共 500 条，验证集 7B 模型为 2024 年。",  # a place; counts, sizes, years
         "records": [{"kind": "score", "value": 61.2, "benchmark": "FooGrasp", "model": "Method"}]},
        {"text": "*   **FooAlign（30% 种子）**：ZH-EN、JA-EN 上的 Hits@1 分别为 0.891 和 0.903。\n*   **FooDNS（no_reverb 测试集）**：WB-PESQ 为 3.41，7 个说话人。",
         "records": [  # language pairs and a setting written as code are parts; a known metric under a short qualifier
             {"kind": "score", "value": 0.891, "benchmark": "FooAlign", "subset": "ZH-EN", "metric": "hits@1"},
             {"kind": "score", "value": 0.903, "benchmark": "FooAlign", "subset": "JA-EN", "metric": "hits@1"},
             {"kind": "score", "value": 3.41, "benchmark": "FooDNS", "model": "Method", "metric": "wb-pesq"}]},
        {"text": "在 FooJet 上，信号效率 50% 时的背景拒绝率为 11,840，XR 为 90% 的时候精度为 0.62。",  # operating points: no values
         "records": [{"kind": "score", "value": 11840, "benchmark": "FooJet", "model": "Method"},
                     {"kind": "score", "value": 0.62, "benchmark": "FooJet", "model": "Method"}]},
        {"text": "在 FooGrasp 上，成功率为 82.4%，单次规划耗时 < 50 ms（p<0.05），在 5% 碰撞率下成功率为 77.0%。",
         "records": [  # a value after a comparison sign is a bound; one between 在 and a measure's 下 is an operating point
             {"kind": "score", "value": 82.4, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 77.0, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"}]},
        {"text": "在 FooASR 上，WER 5.1% -> 4.3%，在 1 秒延迟下 WER 为 6.2%，7B 模型 2024 年发布，显存 ≤ 8 GB。",
         "records": [  # an arrow's '>' is no bound
             {"kind": "score", "value": 5.1, "benchmark": "FooASR", "model": "baseline", "metric": "wer"},
             {"kind": "score", "value": 4.3, "benchmark": "FooASR", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 6.2, "benchmark": "FooASR", "model": "Method", "metric": "wer"}]},
        {"text": "在 FooTrack 上，在 IoU>0.5 阈值下 MOTA 为 71.3，FooTrack 的 HOTA（62.1）> BarTrack（60.4）。",
         "records": [  # a sign between two values compares them: both stay
             {"kind": "score", "value": 71.3, "benchmark": "FooTrack", "model": "Method", "metric": "mota"},
             {"kind": "score", "value": 62.1, "benchmark": "FooTrack", "model": "Method", "metric": "hota"},
             {"kind": "score", "value": 60.4, "benchmark": "FooTrack", "model": "BarTrack", "metric": "hota"}]},
        {"text": "在 FooStream 上，码率降到 0.8 kbps 时 MOS 为 3.1；6 kbps 下 MOS 为 3.9，10 步下成功率为 61.2%，FID 由 12.3 下降到 9.8。",
         "records": [  # a bitrate, a condition before 下 are operating points; "下降" after a value is no condition
             {"kind": "score", "value": 3.1, "benchmark": "FooStream", "model": "Method", "metric": "mos"},
             {"kind": "score", "value": 3.9, "benchmark": "FooStream", "model": "Method", "metric": "mos"},
             {"kind": "score", "value": 61.2, "benchmark": "FooStream", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 12.3, "benchmark": "FooStream", "model": "baseline", "metric": "fid"},
             {"kind": "score", "value": 9.8, "benchmark": "FooStream", "model": "Method", "metric": "fid"}]},
        {"text": "在 FooNav 上，在 16 kHz 下 WER 为 4.1%，在 2024 年的 8K 上下文下 7B 模型为 8 GB。",  # a rate, a year, a size
         "records": [{"kind": "score", "value": 4.1, "benchmark": "FooNav", "model": "Method", "metric": "wer"}]},
        {"text": "在 FooNav 上，成功率为 71.2%，而所有基线的成功率都低于 40%，BarNav 也高于 35%；成功率比 BazNav 高 5.1 个百分点，高于 QuxNav 的 62.0%。",
         "records": [  # a number right after 低于 / 高于 is a bound, no value; after a name and 的, that system's value
             {"kind": "score", "value": 71.2, "benchmark": "FooNav", "model": "Method", "metric": "success rate"},
             {"kind": "delta", "value": 5.1, "benchmark": "FooNav", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 62.0, "benchmark": "FooNav", "model": "QuxNav", "metric": "success rate"}]},
        {"text": "在 FooGrasp 上，成功率为 81.0%，而 BarVLA 的成功率为 64.5%，比 BazVLA 的成功率（58.2%）高出 22.8 个百分点；在 2024 年的 7B 版本中，QuxVLA 的参数量为 7B。",
         "records": [  # a name set against a value, or compared, then 的 and a measure: that name's value (a size: none)
             {"kind": "score", "value": 81.0, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 64.5, "benchmark": "FooGrasp", "model": "BarVLA", "metric": "success rate"},
             {"kind": "score", "value": 58.2, "benchmark": "FooGrasp", "model": "BazVLA", "metric": "success rate"},
             {"kind": "delta", "value": 22.8, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"}]},
        {"text": "在 FooSpeech 上，WER 为 3.2%，而 BarASR 的 WER 仅为 5.1%，相比 BazASR 的 WER（6.4%）降低了一半。",
         "records": [{"kind": "score", "value": 3.2, "benchmark": "FooSpeech", "model": "Method", "metric": "wer"},
                     {"kind": "score", "value": 5.1, "benchmark": "FooSpeech", "model": "BarASR", "metric": "wer"},
                     {"kind": "score", "value": 6.4, "benchmark": "FooSpeech", "model": "BazASR", "metric": "wer"}]},
        {"text": "在 FooGrasp 上，QuxSet 的成功率为 70.1%。",  # no contrast: the name may be a part or a place, not a system
         "records": [{"kind": "score", "value": 70.1, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"}]},
        {"text": "在 FooChannel 上，NMSE 为 -18.2 dB，优于 BarCSI（-9.1 dB）和 BazCSI（-12.4 dB）；去掉注意力后 NMSE 降低 -1.5 dB。",
         "records": [  # a measure written negative: the minus in parentheses after a name is the value's, a change's is a change
             {"kind": "score", "value": -18.2, "benchmark": "FooChannel", "model": "Method", "metric": "nmse"},
             {"kind": "score", "value": -9.1, "benchmark": "FooChannel", "model": "BarCSI", "metric": "nmse"},
             {"kind": "score", "value": -12.4, "benchmark": "FooChannel", "model": "BazCSI", "metric": "nmse"},
             {"kind": "delta", "value": 1.5, "benchmark": "FooChannel", "model": "Method"}]},
        {"text": "在 FooMal 上，在 0.1% 误报率下检测率为 94.7%；在 NFE=10 下 FID 为 3.2，在 FooQA 上下降 2.1 个百分点。",
         "records": [  # a number inside 在 … 下 is the setting the value after it is read under; 上下降 is no 下
             {"kind": "score", "value": 94.7, "benchmark": "FooMal", "model": "Method"},
             {"kind": "score", "value": 3.2, "benchmark": "FooMal", "model": "Method", "metric": "fid"},
             {"kind": "delta", "value": 2.1, "benchmark": "FooQA", "model": "Method"}]},
        {"text": "在 FooHate 上，29 项功能中有 25 项的准确率超过 80%，与 BarLM 的差距超过 14 个百分点，超过 BazLM（71.2%）。",
         "records": [  # a score after 超过 is a floor; a change so written stays, and so does a compared system's value
             {"kind": "delta", "value": 14.0, "benchmark": "FooHate", "model": "Method"},
             {"kind": "score", "value": 71.2, "benchmark": "FooHate", "model": "BazLM"}]},
        {"text": "在 FooFlow 上，EPE 为 0.701，3PE 为 2.19%，AE 为 2.62°；在 BarSet 上，MSE 为 16.2、fMSE 为 152.4、PSNR 为 41.58 dB。",
         "records": [  # names listed with 、 after a metric's value, or stating a new unit, are more measures, not systems
             {"kind": "score", "value": 0.701, "benchmark": "FooFlow", "model": "Method", "metric": "epe"},
             {"kind": "score", "value": 2.19, "benchmark": "FooFlow", "model": "Method", "metric": "3pe"},
             {"kind": "score", "value": 2.62, "benchmark": "FooFlow", "model": "Method", "metric": "ae"},
             {"kind": "score", "value": 16.2, "benchmark": "BarSet", "model": "Method", "metric": "mse"},
             {"kind": "score", "value": 152.4, "benchmark": "BarSet", "model": "Method", "metric": "fmse"},
             {"kind": "score", "value": 41.58, "benchmark": "BarSet", "model": "Method", "metric": "psnr"}]},
        {"text": "在 FooNeRF 上，PSNR 为 32.47 dB，SC-GS 为 31.60 dB，BarGS 为 30.1；在 FooTTS 上 MOS 为 4.21，BazTTS 为 3.90。",
         "records": [  # systems after a metric's value, in its unit or with none
             {"kind": "score", "value": 32.47, "benchmark": "FooNeRF", "model": "Method", "metric": "psnr"},
             {"kind": "score", "value": 31.6, "benchmark": "FooNeRF", "model": "SC-GS", "metric": "psnr"},
             {"kind": "score", "value": 30.1, "benchmark": "FooNeRF", "model": "BarGS", "metric": "psnr"},
             {"kind": "score", "value": 4.21, "benchmark": "FooTTS", "model": "Method", "metric": "mos"},
             {"kind": "score", "value": 3.90, "benchmark": "FooTTS", "model": "BazTTS", "metric": "mos"}]},
        {"text": "在 FooVoice 上，PESQ 为 3.02，同码率的 BarCodec（1.2 kbps）PESQ 为 2.41；在 FooArm 上成功率为 81.0%，高于 BarVLA（71.2%）。",
         "records": [  # a system, the setting it ran at in parentheses, then a measure's value: that system's
             {"kind": "score", "value": 3.02, "benchmark": "FooVoice", "model": "Method", "metric": "pesq"},
             {"kind": "score", "value": 2.41, "benchmark": "FooVoice", "model": "BarCodec", "metric": "pesq"},
             {"kind": "score", "value": 81.0, "benchmark": "FooArm", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 71.2, "benchmark": "FooArm", "model": "BarVLA", "metric": "success rate"}]},
        {"text": "在 FooDrive 上，碰撞率为 0.8%，而同样基于规则的 BarPlan-2 仅为 2.4%，而最难的 Hard 仅为 3.1%。",
         "records": [  # a contrasted name written as systems are, after a description, owns its value; a part does not
             {"kind": "score", "value": 0.8, "benchmark": "FooDrive", "model": "Method", "metric": "collision rate"},
             {"kind": "score", "value": 2.4, "benchmark": "FooDrive", "model": "BarPlan-2", "metric": "collision rate"},
             {"kind": "score", "value": 3.1, "benchmark": "FooDrive", "model": "Method", "metric": "collision rate"}]},
        {"text": "在 FooEdit 上，XINO 相似度达到 0.884；BarQA 相似度任务上为 70.2%。",  # a model's similarity: the metric
         "records": [{"kind": "score", "value": 0.884, "benchmark": "FooEdit", "model": "Method", "metric": "xino"},
                     {"kind": "score", "value": 70.2, "benchmark": "BarQA", "model": "Method"}]},
        {"text": "FooQA 测试集 XM/F1 分别为 71.9/79.3。",  # metrics listed between a split's set and their values
         "records": [{"kind": "score", "value": 71.9, "benchmark": "FooQA"}, {"kind": "score", "value": 79.3, "benchmark": "FooQA"}]},
        {"text": "在 FooASR 上 XER 为 4.1%；在 BarSpeech Meeting 子集上 XER 为 9.3%。",  # a name written as a benchmark's, its part
         "records": [{"kind": "score", "value": 4.1, "benchmark": "FooASR", "model": "Method", "metric": "xer"},
                     {"kind": "score", "value": 9.3, "benchmark": "BarSpeech", "subset": "Meeting", "model": "Method"}]},
        {"text": "在 FooMath 上 avg@8 为 40.1%，XR-2 21.3。BarMath-500 93.0%。",  # a count after a hyphen: a dataset, no metric
         "records": [{"kind": "score", "value": 40.1, "benchmark": "FooMath", "model": "Method", "metric": "avg@8"},
                     {"kind": "score", "value": 21.3, "benchmark": "FooMath", "model": "Method", "metric": "xr-2"}]},
        {"text": "*   **XVD**：在 FooVid 上分段计算的长视频 XVD 为 312。\n*   **FooLU**：BarLM-70B 的 5-shot FooLU 为 77.9，2024 年发布。",
         "records": [  # a label named again before a value after a place is the bullet's metric; with no place, the benchmark
             {"kind": "score", "value": 312, "benchmark": "FooVid", "model": "Method", "metric": "xvd"},
             {"kind": "score", "value": 77.9, "benchmark": "FooLU", "model": "BarLM-70B"}]},
        {"text": "在 FooWorld 上成功率为 61.2%，在 Office Hard 子集上为 40.1%。",  # a plain word before the part: the part's name
         "records": [{"kind": "score", "value": 61.2, "benchmark": "FooWorld", "model": "Method"},
                     {"kind": "score", "value": 40.1, "benchmark": "FooWorld", "subset": "Office Hard", "model": "Method"}]},
        {"text": "在 FooVOS 上，J&F 为 80.6，GPT-4o（high）为 77.9，Qwen2.5-7B 的分块解码为 75.1。",  # a described system
         "records": [{"kind": "score", "value": 80.6, "benchmark": "FooVOS", "model": "Method", "metric": "j&f"},
                     {"kind": "score", "value": 77.9, "benchmark": "FooVOS", "model": "GPT-4o"},
                     {"kind": "score", "value": 75.1, "benchmark": "FooVOS", "model": "Qwen2.5-7B"}]},
        {"text": "在 FooVOS 上，FooLM 的默认配置为 8K，BarLM 的版本为 2024 年，BazLM（7B）为 7B 参数，QuxLM 的解码设置为 512×512。",
         "records": []},  # a described system's settings, sizes, years and resolutions are no values
        {"text": "*   **通用**：FooMMU val 为 **61.2**，BarVista testmini 为 72.4，BazBench-EN 为 84.9，QuxBench（无字幕）为 64.1。",
         "records": [  # benchmarks before 为, with a split or a gloss; an unknown name listed after them is one too
             {"kind": "score", "value": 61.2, "benchmark": "FooMMU", "subset": "val", "model": "Method"},
             {"kind": "score", "value": 72.4, "benchmark": "BarVista", "subset": "testmini", "model": "Method"},
             {"kind": "score", "value": 84.9, "benchmark": "BazBench-EN", "model": "Method"},
             {"kind": "score", "value": 64.1, "benchmark": "QuxBench", "model": "Method"}]},
        {"text": "在 FooMOT test 上，HOTA 为 64.8、IDF1 为 80.2、MOTA 为 80.9；BarAgent（GPT-4o）为 38.8。FooTTS 上 test-en WER为1.87%。",
         "records": [  # acronyms in a run a metric began, a metric after a split: the subject's; a system on a backbone
             {"kind": "score", "value": 64.8, "benchmark": "FooMOT", "model": "Method", "metric": "hota"},
             {"kind": "score", "value": 80.2, "benchmark": "FooMOT", "model": "Method", "metric": "idf1"},
             {"kind": "score", "value": 80.9, "benchmark": "FooMOT", "model": "Method", "metric": "mota"},
             {"kind": "score", "value": 38.8, "benchmark": "FooMOT", "model": "BarAgent (GPT-4o)"},
             {"kind": "score", "value": 1.87, "benchmark": "FooTTS", "model": "Method", "metric": "wer"}]},
        {"text": "FooVideo-Bench 无字幕 / 有字幕分别为 67.1 和 73.4，BarLVU 为 74.6。BazRL在相近长度下QuxBench只有50.8%，FooPrune为53.6%。",
         "records": [  # a name after a benchmark's own values is a benchmark; after a system's value on one, a system
             {"kind": "score", "value": 67.1, "benchmark": "FooVideo-Bench", "model": "Method"},
             {"kind": "score", "value": 73.4, "benchmark": "FooVideo-Bench", "model": "Method"},
             {"kind": "score", "value": 74.6, "benchmark": "BarLVU", "model": "Method"},
             {"kind": "score", "value": 50.8, "benchmark": "QuxBench"},
             {"kind": "score", "value": 53.6, "benchmark": "QuxBench", "model": "FooPrune"}]},
        {"text": "在 FooMOT 测试集上 HOTA 达到 77.9，IDF1 为 80.4。",  # an acronym after one that reached a value
         "records": [{"kind": "score", "value": 77.9, "benchmark": "FooMOT", "model": "Method"},
                     {"kind": "score", "value": 80.4, "benchmark": "FooMOT", "model": "Method", "metric": "idf1"}]},
        {"text": "在 FooNeRF 上，PSNR 32.47，SC-GS 为 31.60，而 PPO 为 30.1。",  # a comma sets systems against a value
         "records": [
             {"kind": "score", "value": 32.47, "benchmark": "FooNeRF", "model": "Method", "metric": "psnr"},
             {"kind": "score", "value": 31.60, "benchmark": "FooNeRF", "model": "SC-GS", "metric": "psnr"},
             {"kind": "score", "value": 30.1, "benchmark": "FooNeRF", "model": "PPO", "metric": "psnr"}]},
        {"text": "FooSet 数据集为 12 万张图像，BarBench 为 2024 年发布，BazQA 为 8K 上下文，QuxBench 为 512×512，FooSet 的价格为 $20。",
         "records": []},  # a benchmark's size, year, context length, resolution and price are no results
        {"text": "在 FooSWE 上，换成开源的 Qwen2.5-Coder-32B 后为 41.2%，使用 GPT-4o 时为 50.1%，仅用测试用例训练的 GRPO 为 29.4%，Llama-3-8B 为 31.0%。",
         "records": [  # a model the method is switched to or run with: the method on it; a method or a model alone: itself
             {"kind": "score", "value": 41.2, "benchmark": "FooSWE", "model": "Method (Qwen2.5-Coder-32B)"},
             {"kind": "score", "value": 50.1, "benchmark": "FooSWE", "model": "Method (GPT-4o)"},
             {"kind": "score", "value": 29.4, "benchmark": "FooSWE", "model": "GRPO"},
             {"kind": "score", "value": 31.0, "benchmark": "FooSWE", "model": "Llama-3-8B"}]},
        {"text": "*   **FooTau**：Retail 领域 pass^1 为 58.3，Airline 为 40.0，而 BarAgent 为 31.2。",
         "records": [  # a name listed right after a part is the next part; one set against it is a system
             {"kind": "score", "value": 58.3, "benchmark": "FooTau", "subset": "Retail", "model": "Method", "metric": "pass^1"},
             {"kind": "score", "value": 40.0, "benchmark": "FooTau", "subset": "Airline", "model": "Method", "metric": "pass^1"},
             {"kind": "score", "value": 31.2, "benchmark": "FooTau", "model": "BarAgent", "metric": "pass^1"}]},
        {"text": "*   **FooTau**：Retail 领域有 8K 条轨迹，Airline 为 2024 年发布，Telecom 为 7B 模型。",
         "records": []},  # counts, years and sizes after a part are no results
        {"text": "在 FooSWE 上，Method + Claude 3.5 Sonnet 为 58.4%，而 BarAgent + Qwen2.5-Coder-32B 为 30.2%。",
         "records": [  # a system joined to the model it runs on by "+" is one system; the method's, with its base
             {"kind": "score", "value": 58.4, "benchmark": "FooSWE", "model": "Method (Claude 3.5 Sonnet)"},
             {"kind": "score", "value": 30.2, "benchmark": "FooSWE", "model": "BarAgent + Qwen2.5-Coder-32B"}]},
        {"text": "在 FooSpeech 上，CER 为 4.1%，test_net 上为 7.9%。",  # a split before 上为 is where, not who
         "records": [{"kind": "score", "value": 4.1, "benchmark": "FooSpeech", "model": "Method", "metric": "cer"},
                     {"kind": "score", "value": 7.9, "benchmark": "FooSpeech", "subset": "test_net", "model": "Method",
                      "metric": "cer"}]},
        {"text": "在 FooHarm 上，对 GPT-4o 为 78.0%，针对 Claude 3.5 Sonnet 的攻击成功率为 41.0%，而 BarAttack 为 39.5%。",
         "records": [  # an attack's target is what it was measured against: a part, never the owner
             {"kind": "score", "value": 78.0, "benchmark": "FooHarm", "subset": "target GPT-4o", "model": "Method"},
             {"kind": "score", "value": 41.0, "benchmark": "FooHarm", "subset": "target Claude 3.5 Sonnet", "model": "Method",
              "metric": "attack success rate"},
             {"kind": "score", "value": 39.5, "benchmark": "FooHarm", "model": "BarAttack", "metric": "attack success rate"}]},
        {"text": "在 FooHarm 上，对 7B 模型为 16 GB，对 8K 上下文为 2 秒，对 FooLM-8B 的 batch size 为 256，对 512×512 分辨率为 1.2 秒。",
         "records": []},  # sizes, context lengths, hyper-parameters and resolutions after 对 are no results
        # a base model's value set against the model left as it was is the method's on it, the condition's the base's;
        # a value the base has under the condition itself is its own; sizes, lengths and years after it are no values
        {"text": "在 FooText 上，Llama-3-8B 的困惑度为 7.21（FP16 为 6.14），BarQuant 为 7.39。在 BazText 上，Llama-3-8B 的 FP16 困惑度为 6.20。"
                 "在 QuxText 上，FP16 为 7B 参数，BF16 为 8K 上下文，完整缓存为 2024 年。",
         "records": [
             {"kind": "score", "value": 7.21, "benchmark": "FooText", "model": "Method (Llama-3-8B)", "metric": "perplexity"},
             {"kind": "score", "value": 6.14, "benchmark": "FooText", "model": "Llama-3-8B (FP16)", "metric": "perplexity"},
             {"kind": "score", "value": 7.39, "benchmark": "FooText", "model": "BarQuant", "metric": "perplexity"},
             {"kind": "score", "value": 6.20, "benchmark": "BazText", "model": "Llama-3-8B", "metric": "perplexity"}]},
        {"text": "在 FooSpeech 上，Method 的 WER 在 test-clean 为 2.1%，test-other 为 4.0%。",  # a split is never a system
         "records": [
             {"kind": "score", "value": 2.1, "benchmark": "FooSpeech", "subset": "test-clean", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 4.0, "benchmark": "FooSpeech", "subset": "test-other", "model": "Method", "metric": "wer"}]},
        # a later sentence of the line set on a name the vocabulary does not know takes no benchmark from before it;
        # a base model, an acronym of a kind of system or a lower-case part as the place keeps it
        {"text": "WebArena 成功率 52.1%。自建 FooChain-300 上区分度更大：GPT-4o 为 24.0%，Qwen2.5-7B 仅 8.7%。",
         "records": [{"kind": "score", "value": 52.1, "benchmark": "WebArena", "model": "Method", "metric": "success rate"}]},
        {"text": "FooTS 平均 MSE 0.163；Traffic 是唯一没有拿到第一的数据集，Method 为 0.419，iTransformer 为 0.412。",
         "records": [{"kind": "score", "value": 0.163, "benchmark": "FooTS", "model": "Method", "metric": "mse"}]},
        # data a model was trained on is not where its value was measured ("FooEstate 训练 → BarDL 测试"), unless it is
        # also ("在 FooEstate 上训练后"); a list by position with an entry missing ("63.3、—、55.6") places none of its values
        {"text": "跨数据集（FooEstate 训练 → BarDL 测试）时，Method 的 PSNR 比 NoPoSplat 高 1.3 dB。在 FooEstate 上训练后 PSNR 为 27.1。"
                 "在 FooVideo 上准确率为 64.2，基座 Qwen2-VL-7B 为 63.3、—、55.6。",
         "records": [{"kind": "score", "value": 27.1, "benchmark": "FooEstate", "model": "Method", "metric": "psnr"},
                     {"kind": "score", "value": 64.2, "benchmark": "FooVideo", "model": "Method", "metric": "accuracy"}]},
        # a benchmark's name right after 比 names whose result is compared, not where the value stands
        {"text": "在 SWE-bench Verified 上解决率为 42.1%，比 SWE-Gym 报告的 32B 结果高出 8.6 个百分点；RE10K 上为 61.2。",
         "records": [{"kind": "score", "value": 42.1, "benchmark": "SWE-bench Verified", "model": "Method"},
                     {"kind": "delta", "value": 8.6, "benchmark": "SWE-bench Verified", "model": "Method"},
                     {"kind": "score", "value": 61.2, "benchmark": "RealEstate10K", "model": "Method"}]},
        # a name spelled as only metrics are: a metric word closing one word ("SceneIoU", "PoseErr"), a Greek letter
        # with its subscript ("ε_rot", spelled epsilon rot), a word with its cut-off ("Rank-1"): the subject's value, not a system's;
        # a name that only opens with such a word, or a tool joined to a system by "+", stays a name; sizes,
        # context lengths, hyper-parameters and years after them are no values
        {"text": "*   **FooGrasp**：SceneIoU 为 71.3，PoseErr 为 2.4，ε_rot 为 0.8；基于 7B 模型、8K 上下文，批大小为 64，2024 年发布。\n"
                 "*   **BarReID**：Rank-1 达到 91.2%，Rank-5 为 96.4%。\n"
                 "*   在 BazSpeech 上，WER 为 3.1%，ScoreNet 为 3.8%，比“BarTTS + MOSScore 重打分”流水线低 0.5 个百分点。",
         "records": [
             {"kind": "score", "value": 71.3, "benchmark": "FooGrasp", "model": "Method", "metric": "sceneiou"},
             {"kind": "score", "value": 2.4, "benchmark": "FooGrasp", "model": "Method", "metric": "poseerr"},
             {"kind": "score", "value": 0.8, "benchmark": "FooGrasp", "model": "Method", "metric": "epsilon rot"},
             {"kind": "score", "value": 91.2, "benchmark": "BarReID", "model": "Method", "metric": "rank-1"},
             {"kind": "score", "value": 96.4, "benchmark": "BarReID", "model": "Method", "metric": "rank-5"},
             {"kind": "score", "value": 3.1, "benchmark": "BazSpeech", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 3.8, "benchmark": "BazSpeech", "model": "ScoreNet", "metric": "wer"},
             {"kind": "delta", "value": 0.5, "benchmark": "BazSpeech", "model": "Method", "metric": "wer"}]},
        # ... and a letter or a word before "-measure" ("S-measure"); not a name that opens with it, nor a size after it
        {"text": "*   **FooSOD**：S-measure 为 0.892，E-measure 达到 0.951，Measure-X 为 7B 参数，训练 8K 步，2024 年发布。",
         "records": [
             {"kind": "score", "value": 0.892, "benchmark": "FooSOD", "model": "Method", "metric": "s-measure"},
             {"kind": "score", "value": 0.951, "benchmark": "FooSOD", "model": "Method", "metric": "e-measure"}]},
        # ... and a short capitalised word with its subscript ("G_SR"); a longer one with a benchmark cue is a benchmark
        {"text": "*   **FooNav**：G_SR、G_PL 分别为 61.2 和 0.54，高于 BarNav（58.0、0.49）。在 Bar_DATA 数据集上达到了 70.1% 的成功率，基于 7B 模型、8K 上下文。",
         "records": [
             {"kind": "score", "value": 61.2, "benchmark": "FooNav", "model": "Method", "metric": "g_sr"},
             {"kind": "score", "value": 0.54, "benchmark": "FooNav", "model": "Method", "metric": "g_pl"},
             {"kind": "score", "value": 58.0, "benchmark": "FooNav", "model": "BarNav", "metric": "g_sr"},
             {"kind": "score", "value": 0.49, "benchmark": "FooNav", "model": "BarNav", "metric": "g_pl"},
             {"kind": "score", "value": 70.1, "benchmark": "Bar_DATA", "model": "Method", "metric": "success rate"}]},
        # a lower-case English word opening the Latin run before a metric names another measure ("weighted F1" is no
        # system, nor an F1); a split or a function word before it does not ("test accuracy", "the robust accuracy")
        {"text": "*   **FooEmoSpeech**：weighted F1 达到 66.1%，高于 BarEmo（64.0%）；macro AUC 0.912，平均 pinball loss 为 0.031，"
                 "test accuracy 为 70.2%，基于 7B 模型、8K 上下文，2024 年发布。\n*   **FooGrasp**：而 the robust accuracy 为 50.1%。",
         "records": [
             {"kind": "score", "value": 66.1, "benchmark": "FooEmoSpeech", "model": "Method", "metric": "weighted f1"},
             {"kind": "score", "value": 64.0, "benchmark": "FooEmoSpeech", "model": "BarEmo", "metric": "weighted f1"},
             {"kind": "score", "value": 0.912, "benchmark": "FooEmoSpeech", "model": "Method", "metric": "macro auc"},
             {"kind": "score", "value": 0.031, "benchmark": "FooEmoSpeech", "model": "Method", "metric": "pinball loss"},
             {"kind": "score", "value": 70.2, "benchmark": "FooEmoSpeech", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 50.1, "benchmark": "FooGrasp", "model": "Method", "metric": "accuracy"}]},
        # a Q&A digest: the answer's line reads in its question's context; a question naming no benchmark gives none
        {"text": "问：在 FooNav 上表现如何？\n答：成功率为 61.2%，比 BarNav（55.0%）高，7B 模型，8K 上下文。\n问：换到真实机器人呢？\n答：成功率 48.0%。",
         "records": [
             {"kind": "score", "value": 61.2, "benchmark": "FooNav", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 55.0, "benchmark": "FooNav", "model": "BarNav", "metric": "success rate"}]},
        # ... also where that word opens its clause right after a label (not where it was measured: "balanced"), and an
        # average's word before a metric is no benchmark either ("mean accuracy")
        {"text": "*   **FooSpeech（情感识别）**：balanced accuracy 为 61.3%，高出次优方法 2.1%；mean accuracy 达到 70.4%，8K 上下文，"
                 "7B 参数。",
         "records": [
             {"kind": "score", "value": 61.3, "benchmark": "FooSpeech", "model": "Method", "metric": "balanced accuracy"},
             {"kind": "delta", "value": 2.1, "benchmark": "FooSpeech", "model": "Method", "metric": "balanced accuracy"},
             {"kind": "score", "value": 70.4, "benchmark": "FooSpeech", "model": "Method", "metric": "accuracy"}]},
        # a setting written as a code and closed by 下 ("在 W2A8 下"), or a level's word before a frame noun ("Easy 难度下"),
        # is the part of every value of its sentence but the unmodified model's ("FP16 为 6.14"); hardware, a system
        # or a size there is where or on what it ran, no part
        {"text": "   - 在 W2A8 下，Llama-3-8B 的 FooText 困惑度为 7.30（FP16 为 6.14），优于 BarQuant（7.52）。\n"
                 "*   **FooReward**：在 Hard 难度下准确率为 70.2%；Easy 难度下为 90.1%。\n"
                 "*   **FooServe**：在 A100 下准确率为 60.1%，在 GPT-4o 下准确率为 58.1%，在 7B 模型下为 55.0%，2024 年发布。",
         "records": [
             {"kind": "score", "value": 7.30, "benchmark": "FooText", "subset": "W2A8", "model": "Method (Llama-3-8B)"},
             {"kind": "score", "value": 6.14, "benchmark": "FooText", "model": "Llama-3-8B (FP16)"},
             {"kind": "score", "value": 7.52, "benchmark": "FooText", "subset": "W2A8", "model": "BarQuant"},
             {"kind": "score", "value": 70.2, "benchmark": "FooReward", "subset": "Hard", "model": "Method"},
             {"kind": "score", "value": 90.1, "benchmark": "FooReward", "subset": "Easy", "model": "Method"},
             {"kind": "score", "value": 60.1, "benchmark": "FooServe", "model": "Method"},
             {"kind": "score", "value": 58.1, "benchmark": "FooServe", "model": "Method"},
             {"kind": "score", "value": 55.0, "benchmark": "FooServe", "model": "Method"}]},
        # a name glossed in Chinese words that end in what a measure is, then given its value, is that metric, even
        # spelled like a model family's; a system glossed with what it is ("闭源模型") stays a system; a size is no value
        {"text": "*   **FooEdit**：CLIP-T（文本对齐）为 0.287，N-acc.（无目标识别准确率）为 68.9%，GPT-4o（闭源模型）为 50.1%，7B 模型。\n"
                 "*   **FooBody**：jitter（加速度误差）从 6.1 降至 4.4 mm。",
         "records": [
             {"kind": "score", "value": 0.287, "benchmark": "FooEdit", "model": "Method", "metric": "clip-t"},
             {"kind": "score", "value": 68.9, "benchmark": "FooEdit", "model": "Method", "metric": "n-acc"},
             {"kind": "score", "value": 50.1, "benchmark": "FooEdit", "model": "GPT-4o"},
             {"kind": "score", "value": 6.1, "benchmark": "FooBody", "metric": "jitter"},
             {"kind": "score", "value": 4.4, "benchmark": "FooBody", "model": "Method", "metric": "jitter"}]},
        {"text": "*   **FooEQA**：在四个主流 VLM 上平均提升 +11.56%，其中在 Qwen3-VL-Flash 上最高提升达 +13.62%。",
         "records": [{"kind": "delta", "value": 11.56, "benchmark": "FooEQA", "model": "Method"},
                     {"kind": "delta", "value": 13.62, "benchmark": "FooEQA", "model": "Method (Qwen3-VL-Flash)"}]},
    ],
)
def named_is(paper: PaperContext, start: int, end: int):
    """"X 为 N" where X is a system, a metric or an unnamed system right before 为: X's value; where X is
    a benchmark ("OCRBench 为 856", "MMMU val 为 61.2"), the subject's value on it. A name nothing else
    explains takes the role of the item before it in a run of "X 为 N" ("MathVista testmini 为 72.4，
    MMBench-EN 为 84.9": a list of benchmarks, not a system set against the method)."""
    text = paper.view.text
    found = []
    last_place = False  # the previous "X 为 N" of the sentence named a benchmark
    last_metric = None  # ... a metric (None: no item yet)
    unit = None  # the unit of the previous "X 为 N"'s value
    for m in _COPULA.finditer(text, start, end):
        previous_unit, unit = unit, paper.view.quantities[paper.view.mark_index[m.end() - 1]].unit
        low = m.start() - 2
        named = paper.last_mention(start, m.start(), lambda x: low <= x.end)
        if named is None or named.role == NAME_ROLE and text[named.end:m.start()].lstrip().startswith(")"):
            named = _described_system(paper, start, m.start()) or named
        elif named.role == METRIC and not named.text.isascii() and text[named.end:m.start()].lstrip().startswith(")"):
            named = _glossed_name(paper, start, named) or named  # "N-acc.（无目标识别准确率）为": the name glossed
        backbone = _backbone_of(paper, start, named) if named is not None and named.role == MODEL else None
        if named is not None and named.role == NAME_ROLE and "下" in text[named.end:m.start()]:
            continue  # "Variant Aggregation 下为 69.5%": a setting, not a system (score.place-is reads it)
        if named is not None and named.role != BENCHMARK and _PLACE_BEFORE_COPULA.fullmatch(text, named.end, m.start()):
            continue  # "test_net 上为 7.9%", "GPT-4o 上为 61.3%": where it was measured, not who (score.place-is reads it)
        place = _measured_place(paper, start, m.start(), named, last_place)
        last_place = place is not None
        if place is None and named is not None and named.role == NAME_ROLE and (
                _metric_in_a_run(paper, start, named, last_metric)
                or last_metric and _another_measure_in_a_run(paper, start, named, previous_unit, unit)):
            last_metric = True
            found.append((named.start, m.end(), [Claim(
                rule="score.named-is", quantity=m.end() - 1, kind="auto", model="subject", reference="context",
                direction=None, metric_span=None, match_span=(named.start, m.end()), metric=_metric_name(paper, named))]))
            continue
        last_metric = named is not None and named.role == METRIC
        if place is not None and paper.view.quantities[paper.view.mark_index[m.end() - 1]].scale is None:
            found.append((place.start, m.end(), [Claim(
                rule="score.named-is", quantity=m.end() - 1, kind="auto", model="subject", reference="context",
                direction=None, metric_span=None, match_span=(place.start, m.end()), benchmark=place.canonical)]))
            continue
        if place is None and named is not None and named.role == NAME_ROLE and (
                paper.vocabulary.split_word.fullmatch(named.text) or _part_listed_after_a_part(paper, start, named)):
            found.append((named.start, m.end(), [Claim(  # "Retail 领域 pass^1 为 58.3，Airline 为 40.0": a part, too;
                # a split is never a system: "test-other 为 4.0%" is the subject's value on that split
                rule="score.named-is", quantity=m.end() - 1, kind="auto", model="subject", reference="context",
                direction=None, metric_span=None, match_span=(named.start, m.end()), subset=named.canonical)]))
            continue
        metric = named if named is not None and named.role == METRIC else None
        owner_end = metric.start if metric else m.start()
        owner = text[max(start, owner_end - 8):owner_end].rstrip()
        unnamed = paper.words.unnamed_before.search(owner)  # "人类得分为 50.5%", "原模型为 70.6%"
        metric_span = (metric.start, metric.end) if metric else None
        if unnamed:
            model = GroupRef(group="who")
        elif metric:
            model = "subject"
        elif backbone is not None:  # "Agentless（GPT-4o）为 38.8%": Agentless on GPT-4o
            model = NamedRef(named=f"{backbone.canonical} ({named.canonical})")
        elif named is not None and named.role in (MODEL, METHOD):  # a model, or the method on it ("换成 X 后为")
            model = GroupRef(group="system") if named.role == MODEL and not _target(paper, named) else "subject"
        elif named is not None and named.role == NAME_ROLE and _set_against_a_value(text, start, named):
            model = NamedRef(named=named.canonical)  # "X 为 27.5，而 SliceGPT 为 19.2": a name set against a value
        else:
            continue
        first = named.start if named is not None else m.start()
        claim = Claim(rule="score.named-is", quantity=m.end() - 1, kind="auto", model=model, reference="context",
                      direction=None, metric_span=metric_span, match_span=(first, m.end()),
                      groups={"who": (owner_end - len(owner), owner_end),
                              **({"system": (named.start, named.end)} if named is not None else {})})
        found.append((first, m.end(), [claim]))
    return found


_PLACE_BEFORE_COPULA = re.compile(r"[ \t]*[上中][ \t]*")
_METRIC_BEFORE_VALUE = re.compile(rf"[^,;。{QUANTITY_MARK}]{{0,6}}$")


def _part_listed_after_a_part(paper: PaperContext, start: int, named) -> bool:
    """True for a name that opens the clause after one that opened with a part ("Retail 领域 pass^1 为 58.3，
    Airline 为 40.0"): the next part of the same benchmark, not a system set against it."""
    text = paper.view.text
    if not _COMMA_BEFORE.search(text, max(start, named.start - 3), named.start):
        return False
    comma = text.rfind(",", start, named.start)
    previous = max(start, *(text.rfind(mark, start, comma) + 1 for mark in ",:;"))  # where that clause opens
    first = next((x for x in paper.mentions[bisect_left(paper.mention_starts, previous):] if x.start < comma), None)
    return (first is not None and first.role == NAME_ROLE and not text[previous:first.start].strip(" \t*")
            and paper.words.parts_heading.match(text, first.end + (text[first.end:first.end + 1] == " ")) is not None)


def _target(paper: PaperContext, named) -> bool:
    """True for "对 X 为 N": X is what the value was measured against (an attack's target), not its owner."""
    return paper.words.target.search(paper.view.text, max(0, named.start - 4), named.start) is not None


def _metric_in_a_run(paper: PaperContext, start: int, named, last_metric) -> bool:
    """True for a name written like a metric that stands where metrics stand: a known metric after a
    split ("test-en WER为1.87%"), or an acronym right after the place ("在 X 上，HOTA 为 64.8") or in a run
    of values that a metric began ("、IDF1 为 80.2、MOTA 为 80.9", "UTMOS 达到 4.23…；SMOS 为 4.12"): the
    subject's values, not systems called IDF1 or SMOS."""
    vocab = paper.vocabulary
    head, _, last = named.text.rpartition(" ")
    if head and vocab.split_word.fullmatch(head.split("-")[0]) and vocab.metric(last):
        return True
    if (not vocab.name_shape(named.text)[2] or "-" in named.text
            or not named.text.isupper() and not named.text[:-1].isupper()):
        return False  # "SC-GS 为 31.60" after "PSNR 32.47，" is a system
    text = paper.view.text
    if _AFTER_PLACE.search(text, max(0, named.start - 3), named.start):
        return True
    if not _RUN_JOINT.search(text, max(0, named.start - 3), named.start) and not _COMMA_BEFORE.search(
            text, max(0, named.start - 3), named.start):
        return False  # "而 X 为": a contrast sets a system against the value
    if last_metric is not None:
        return last_metric
    line_start = text.rfind("\n", 0, start) + 1
    mark = text.rfind(QUANTITY_MARK, line_start, named.start)
    if mark == -1:
        return False
    before = paper.mentions[bisect_left(paper.mention_starts, line_start):bisect_left(paper.mention_starts, mark)]
    if not before or _METRIC_BEFORE_VALUE.search(text, before[-1].end, mark) is None:
        return False
    previous = before[-1]  # a metric, or an acronym read as one the same way ("CMOS 为 +0.06；SMOS 为 4.12")
    if previous.role == METRIC:
        return True
    reached = vocab.reaches_value.match(text, previous.end)  # "HOTA 达到 77.9，IDF1 为 80.4"
    return (previous.role == NAME_ROLE and previous.text.isupper() and "-" not in previous.text
            and vocab.name_shape(previous.text)[2] and reached is not None and reached.end() == mark + 1)


def _another_measure_in_a_run(paper: PaperContext, start: int, named, previous_unit, unit) -> bool:
    """True for a name of any shape next in a run of "X 为 N" that a metric's value began, when 、 lists it with
    them ("MSE 为 16.2、fMSE 为 152.4", "ICIR 为 0.48、RankIC 为 0.072"), or when its value states a unit the one
    before it does not have ("EPE 为 0.701，3PE 为 2.19%，AE 为 2.62°", "F0 RMSE 为 11.8 Hz，MCD 为 3.27 dB"):
    systems set against a value are measured in its unit, so a new unit is a new measure."""
    text = paper.view.text
    if _RUN_JOINT.search(text, max(start, named.start - 3), named.start):
        return True
    return unit is not None and unit != previous_unit and _COMMA_BEFORE.search(text, max(start, named.start - 3), named.start) is not None


_AFTER_PLACE = re.compile(r"[上中][ \t]*,?[ \t]*$")
_RUN_JOINT = re.compile(r"[、;][ \t]*$")
_COMMA_BEFORE = re.compile(r",[ \t]*$")


def _metric_name(paper: PaperContext, named) -> str:
    """The metric a name stands for: its last word when that is a known metric ("test-en WER"), else itself."""
    head, _, last = named.text.rpartition(" ")
    return (head and paper.vocabulary.metric(last)) or named.canonical.lower()


def _glossed_name(paper: PaperContext, start: int, gloss):
    """The metric whose Chinese gloss in parentheses holds `gloss`: "N-acc.（无目标识别准确率）" -> N-acc."""
    text = paper.view.text
    opening = text.rfind("(", start, gloss.start)
    if opening == -1:
        return None
    before = paper.last_mention(start, opening)
    if before is None or before.role != METRIC or text[before.end:opening].strip(" \t."):
        return None
    return before


def _backbone_of(paper: PaperContext, start: int, named):
    """The system whose parentheses hold `named`, a model it runs on: "Agentless（GPT-4o）为" -> Agentless."""
    text = paper.view.text
    opening = text.rfind("(", start, named.start)
    if opening == -1 or text[opening + 1:named.start].strip() or not text[named.end:].lstrip().startswith(")"):
        return None
    before = paper.last_mention(start, opening)
    if (before is None or text[before.end:opening].strip() or before.role not in (MODEL, METHOD, NAME_ROLE)
            or not paper.vocabulary.is_model_family(named.text)):
        return None
    return before


def _set_against_a_value(text: str, start: int, named) -> bool:
    """True for a name after a value and a contrast or a pause in the sentence ("X 为 27.5，而 SliceGPT 为"),
    or opening a sentence after a semicolon in a line that gave values before ("…平均96.3%；π0为96.8")."""
    if QUANTITY_MARK in text[start:named.start] and _CONTRAST_BEFORE.search(text, max(start, named.start - 3), named.start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return (not text[start:named.start].strip() and text[:start].rstrip().endswith(";")
            and QUANTITY_MARK in text[line_start:start])


_LISTED_BEFORE = re.compile(r"(?:、|,|;)\s*$")  # the next item of a list; not "而 X 为", which sets X against it
_GLOSS_BEFORE = re.compile(r"\([^()\n]{1,20}\)\s*$")


def _measured_place(paper: PaperContext, start: int, copula: int, named, after_place: bool):
    """The benchmark X of "X 为 N": named right before 为, or before the split or gloss standing there
    ("DocVQA test 为", "Video-MME（无字幕）为"); a name nothing explains counts when the item before it
    in the sentence was a benchmark too. None when X is anything else."""
    text = paper.view.text
    if named is not None and named.role == BENCHMARK:
        return named if not text[named.end:copula].strip() else None  # not "Steam 上为": place-is reads that
    split = named is not None and named.role == NAME_ROLE and paper.vocabulary.split_word.fullmatch(named.text)
    gloss = None if named is not None and not split else _GLOSS_BEFORE.search(text, max(start, copula - 24), copula)
    if split or gloss:
        edge = named.start if split else gloss.start()
        before = paper.last_mention(start, edge)
        if before is not None and before.role == BENCHMARK and not text[before.end:edge].strip():
            return before
        return None
    if (named is not None and named.role == NAME_ROLE and _LISTED_BEFORE.search(text, max(start, named.start - 3), named.start)
            and (after_place or _benchmark_owns_previous(paper, start, named.start))
            and paper.vocabulary.lexical_role(named.text, None) is None):  # not hardware or a condition ("FP16 为")
        return replace(named, role=BENCHMARK)
    return None


def _benchmark_owns_previous(paper: PaperContext, start: int, at: int) -> bool:
    """True when the value before `at` in the sentence belongs to a benchmark named right before it, not
    through a place ("Video-MME 无字幕 / 有字幕分别为 67.1 和 73.4，MLVU 为 74.6"; not "在 Steam 上为 0.56，LLaRA 为")."""
    text = paper.view.text
    mark = text.rfind(QUANTITY_MARK, start, at)
    if mark == -1:
        return False
    before = [x for x in paper.mentions[bisect_left(paper.mention_starts, start):bisect_left(paper.mention_starts, mark)]]
    if not before or before[-1].role != BENCHMARK or _PLACE_WORD.search(text, before[-1].end, mark):
        return False
    if not _OWNS_BY_COPULA.search(text, before[-1].end, text.find(QUANTITY_MARK, before[-1].end, mark + 1)):
        return False  # "AIME 2024只有50.8%" is a system's value on it, not the benchmark's in a list
    return not any(x.role in (MODEL, METHOD, NAME_ROLE) for x in before)  # not "L1在…AIME 2024只有50.8%，ThinkPrune为"


_PLACE_WORD = re.compile(r"[上中]")
_OWNS_BY_COPULA = re.compile(r"(?:为|是|:)\s*$")


_LABEL_VALUE = re.compile(rf"[ \t]*{QUANTITY_MARK}(?:[ \t]*[A-Za-z]{{1,3}}\b)?[ \t]*(?:[,;。/、(]|$)", re.M)


@function_rule(
    "score.label-value",
    priority=7,
    examples=[
        {"text": "*   **FooTTS-eval**：\n    *   **CER**：1.38%，低于 BarTTS（1.56%）。\n    *   **XQM**：4.21。",
         "records": [
             {"kind": "score", "value": 1.38, "benchmark": "FooTTS-eval", "model": "Method", "metric": "cer"},
             {"kind": "score", "value": 1.56, "benchmark": "FooTTS-eval", "model": "BarTTS", "metric": "cer"},
             {"kind": "score", "value": 4.21, "benchmark": "FooTTS-eval", "model": "Method", "metric": "xqm"}]},
        {"text": "*   **FooSLAM-Set**：\n    *   fr1/desk：1.42；fr2/xyz：0.31。",
         "records": [
             {"kind": "score", "value": 1.42, "benchmark": "FooSLAM-Set", "model": "Method"},
             {"kind": "score", "value": 0.31, "benchmark": "FooSLAM-Set", "model": "Method"}]},
        {"text": "*   **FooSet**：\n    *   **7B 版本**：33.6%。\n    *   **分辨率**：512。\n    *   **Spring**：1px 离群。",
         "records": []},
        {"text": "*   **XQM**：0.09（单张 A100）。", "records": []},
        # items labelled by systems, the method's one of them, under a lead naming the benchmark: each its system's value;
        # labels of base models with no item of the method may be the method on each base: no record
        {"text": "在 FooNav 上的 SPL：\n- Method：0.61\n- BarPlanner：0.55\n- BazNav-7B：0.48\n\n在 FooNav 上换用不同基座：\n"
                 "- QuxLM-7B：0.58\n- QuxLM-14B：0.60\n\n在 FooNav 上：\n- Method：7B 参数\n- QuxPlanner：2024 年\n- ZedNav：$20",
         "records": [
             {"kind": "score", "value": 0.61, "benchmark": "FooNav", "model": "Method", "metric": "spl"},
             {"kind": "score", "value": 0.55, "benchmark": "FooNav", "model": "BarPlanner", "metric": "spl"},
             {"kind": "score", "value": 0.48, "benchmark": "FooNav", "model": "BazNav-7B", "metric": "spl"}]},
        # ... and by metrics when one is a known metric: "Inform：92.1" beside "BLEU：19.8" is no benchmark "Inform"
        {"text": "在 FooDial 上的端到端结果：\nInform：92.1\nSuccess：85.6\nBLEU：19.8\n\n另外：\nQuxDial：7B\nZedDial：$20",
         "records": [
             {"kind": "score", "value": 92.1, "benchmark": "FooDial", "model": "Method", "metric": "inform"},
             {"kind": "score", "value": 85.6, "benchmark": "FooDial", "model": "Method", "metric": "success"},
             {"kind": "score", "value": 19.8, "benchmark": "FooDial", "model": "Method", "metric": "bleu"}]},
    ],
)
def label_value(paper: PaperContext, start: int, end: int):
    """"**CER**：1.38%，" / "Weather：0.226，" / "fr1/desk：1.42 cm；": a value that is all a label's clause
    belongs to what the label names (a metric, a benchmark or a split of the one above); a label that
    names a system or a size ("**7B 版本**：") or is not a name does not count."""
    text = paper.view.text
    if text[max(0, start - 3):start].rstrip(" \t").endswith(":"):
        colon = text.rindex(":", 0, start)  # the sentence opens the body of a label
    else:
        colon = text.find(":", start, min(end, start + 32))  # or opens with a label of its own
        if colon == -1 or text[start:colon].strip() == "":
            return []
    value = _LABEL_VALUE.match(text, colon + 1, end)
    label = next((h for h in paper.headings if h[1] <= colon and not text[h[1]:colon].strip()), None) if value else None
    if label is None:
        return []
    named = paper.mentions_inside(*label)
    if (len(named) != 1 or QUANTITY_MARK in text[label[0]:label[1]]
            or text[label[0]:named[0].start].strip() or text[named[0].end:label[1]].strip(" \t")):
        return []
    mark = text.index(QUANTITY_MARK, colon)
    if named[0].role in (MODEL, METHOD):  # "- BarAgent：54.3%" among items of systems, the method's one of them
        if not _among_method_items(paper, label):
            return []  # "- Qwen2.5-7B：61.2%" alone may be the method on that base: whose value is not said
        return [(label[0], value.end(), [Claim(rule="score.label-value", quantity=mark, kind="score",
                                            model=NamedRef(named=named[0].canonical), reference=None, direction=None,
                                            metric_span=None, match_span=(label[0], value.end()))])]
    metric_span = (named[0].start, named[0].end) if named[0].role == METRIC else None
    return [(label[0], value.end(), [Claim(rule="score.label-value", quantity=mark, kind="auto", model="subject",
                                        reference="context", direction=None, metric_span=metric_span,
                                        match_span=(label[0], value.end()))])]


def _among_method_items(paper: PaperContext, label: tuple[int, int]) -> bool:
    """True when the label opens one of consecutive lines each labelled by one name with its value, and one of
    those labels is the paper's method ("- Method：61.2%" / "- BarAgent：54.3%")."""
    text = paper.view.text
    labels = dict(paper.headings)

    def item_label(line: int) -> Optional[int]:  # the label opening the line when its value follows at once
        end = text.find("\n", line) % (len(text) + 1)
        head = next((h for h in labels if line <= h < end), None)
        colon = text.find(":", labels[head], end) if head is not None else -1
        return head if colon != -1 and _LABEL_VALUE.match(text, colon + 1) else None

    first = text.rfind("\n", 0, label[0]) + 1
    block, line = [label[0]], first
    while line > 0 and (head := item_label(text.rfind("\n", 0, line - 1) + 1)) is not None:
        block.append(head)
        line = text.rfind("\n", 0, line - 1) + 1
    line = text.find("\n", first) + 1
    while line > 0 and (head := item_label(line)) is not None:
        block.append(head)
        line = text.find("\n", line) + 1
    return any(m.role == METHOD and m.start == head for head in block for m in paper.mentions_inside(head, labels[head]))


_NAME_THEN_VALUE = re.compile(rf"[ \t]*(?:\([^()\n]{{0,20}}\))?[ \t]*(?:为|是|达|=)?[ \t]*{QUANTITY_MARK}")
_VALUE_THEN_NAME = re.compile(rf"{QUANTITY_MARK}[ \t]*$")


@function_rule(
    "score.metric-name-value",
    priority=6,
    examples=[
        {"text": "*   **FooTrack test**：HOTA 70.8，IDF1 74.1；高于 BarMOT（69.9 HOTA）。",
         "records": [
             {"kind": "score", "value": 70.8, "benchmark": "FooTrack", "subset": "test", "model": "Method", "metric": "hota"},
             {"kind": "score", "value": 74.1, "benchmark": "FooTrack", "subset": "test", "model": "Method", "metric": "idf1"},
             {"kind": "score", "value": 69.9, "benchmark": "FooTrack", "subset": "test", "model": "BarMOT", "metric": "hota"}]},
        # a capitalised preposition opening the sentence is no part of the benchmark's name
        {"text": "On WaveSet-2 test，ZetaNet 拿到 HOTA 66.2，vs. BarMOT 的 61.0。", "title": "ZetaNet: A Test Paper",
         "records": [
             {"kind": "score", "value": 66.2, "benchmark": "WaveSet-2", "subset": "test", "model": "ZetaNet", "metric": "hota"},
             {"kind": "score", "value": 61.0, "benchmark": "WaveSet-2", "subset": "test", "model": "BarMOT", "metric": "hota"}]},
        {"text": "Across Kinetics-400，ZetaNet 为 7B 模型中最强，支持 8K 帧，v2.1 于 2024 年发布，输入 1080p。", "title": "ZetaNet: A Test Paper",
         "records": []},
        # hardware, a lower-case word, a size, a context length, a year in a name, a date, a resolution,
        # a price and a count after names are no metric values
        {"text": "在 FooBench 上使用 RTX 4090 训练，batch 64，ABCD 7B 模型，8K 上下文，COCO 2017 预训练，"
                 "2024 年 5 月发布，分辨率 512×512，价格 $20，共 300 个样本。", "records": []},
    ],
)
def metric_name_value(paper: PaperContext, start: int, end: int):
    """"HOTA 70.8" / "（69.9 HOTA）": a metric the vocabulary does not list (the entity stage found it by
    its notation or its position) right before or right after a value. Metrics the vocabulary lists
    are read by the pattern rules, through {METRIC}."""
    text = paper.view.text
    known = paper.vocabulary.known_metric
    found = []
    first = bisect_left(paper.mention_starts, start)
    for mention in paper.mentions[first:bisect_left(paper.mention_starts, end, first)]:
        if mention.role != METRIC or mention.end > end:
            continue
        after = _NAME_THEN_VALUE.match(text, mention.end, end)
        before = None if after else _VALUE_THEN_NAME.search(text, max(start, mention.start - 3), mention.start)
        if not (after or before) or known.fullmatch(text, mention.start, mention.end):
            continue  # the vocabulary's metric trie, the costly test, only for a name beside a value
        mark = after.end() - 1 if after else before.start()
        span = (mention.start, after.end()) if after else (mark, mention.end)
        found.append((*span, [Claim(rule="score.metric-name-value", quantity=mark, kind="auto", model="subject",
                                    reference="context", direction=None, metric_span=(mention.start, mention.end),
                                    match_span=span)]))
    return found


_VALUE_ENDS_CLAUSE = re.compile(r"[ \t]*(?:分|点)?[ \t]*(?:[,;。、)(]|和|与|$)", re.M)
_GLOSS = re.compile(r"\([^()\n]*\)")
_PAIR_JOINT = re.compile(r"[ \t]*(?:[,;、]|和|与)[ \t]*")
_RESULT_UNITS = (None, "%", "dB", "m", "cm", "mm", "deg", "ms", "s", "fps", "tokens/s")


@function_rule(
    "score.system-value",
    priority=4,
    examples=[
        {"text": "在 FooTrack 上遮挡后重识别率 54.2%，BarTrack 仅 21.7%；BazSLAM-32B只剩19.0%，QuxNet（RGB-D）0.58。",
         "records": [
             {"kind": "score", "value": 54.2, "benchmark": "FooTrack", "model": "Method"},
             {"kind": "score", "value": 21.7, "benchmark": "FooTrack", "model": "BarTrack"},
             {"kind": "score", "value": 19.0, "benchmark": "FooTrack", "model": "BazSLAM-32B"},
             {"kind": "score", "value": 0.58, "benchmark": "FooTrack", "model": "QuxNet"}]},
        {"text": "在 FooSeg 上平均 Dice 84.6%，barU-Net 83.1%，Swin UNETR 82.4%，QuxNet 做到 83.3%。",  # names listed with a system
         "records": [
             {"kind": "score", "value": 84.6, "benchmark": "FooSeg", "model": "Method", "metric": "dice"},
             {"kind": "score", "value": 83.1, "benchmark": "FooSeg", "model": "barU-Net", "metric": "dice"},
             {"kind": "score", "value": 82.4, "benchmark": "FooSeg", "model": "Swin UNETR", "metric": "dice"},
             {"kind": "score", "value": 83.3, "benchmark": "FooSeg", "model": "QuxNet", "metric": "dice"}]},
        # the regime a system ran in may stand between its name and its value (a count, a year stay none)
        {"text": "在 FooGrasp 上成功率 81.2%，BarVLA 零样本 42.0%，QuxPolicy 微调后为 55.3%；BarVLA 零样本 3 个任务，2024 年微调。",
         "records": [
             {"kind": "score", "value": 81.2, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 42.0, "benchmark": "FooGrasp", "model": "BarVLA", "metric": "success rate", "subset": "zero-shot"},
             {"kind": "score", "value": 55.3, "benchmark": "FooGrasp", "model": "QuxPolicy", "metric": "success rate"}]},
        {"text": "在 FooASR 上 WER 为 5.1%，BazSpeech 少样本仅 7.9%。",
         "records": [
             {"kind": "score", "value": 5.1, "benchmark": "FooASR", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 7.9, "benchmark": "FooASR", "model": "BazSpeech", "metric": "wer", "subset": "few-shot"}]},
        # sizes, context lengths, years, prices, hardware, counts and resolutions after names are no values
        {"text": "在 FooBench 上，Qwen2.5 7B，GPT-4o 2024 年，FooNet 仅 $20，RTX 4090 24GB，"
                 "BarNet 只有 300 个样本，YOLOv8 640×640，Foo 1.2，Bar 3.4。", "records": []},
    ],
)
def system_value(paper: PaperContext, start: int, end: int):
    """"ByteTrack 仅 21.7%；" / "UNETR++ 83.3%，": a system's name and then a value that ends its clause
    is that system's value. A name nothing else explains counts when it is listed right next to such
    a pair ("nnU-Net 83.1%，Swin UNETR 82.4%")."""
    text = paper.view.text
    if QUANTITY_MARK not in text[start:end]:
        return []
    between = paper.vocabulary.system_then_value
    pairs = []
    for mention in paper.mentions[bisect_left(paper.mention_starts, start):bisect_left(paper.mention_starts, end)]:
        if mention.role not in (MODEL, METHOD, NAME_ROLE) or mention.end > end or \
                text.find(QUANTITY_MARK, mention.end, mention.end + 24) == -1:
            continue
        gap = between.match(text, mention.end, end)
        if gap is None:
            continue
        mark = gap.end() - 1
        if (paper.view.quantities[paper.view.mark_index[mark]].unit in _RESULT_UNITS
                and _VALUE_ENDS_CLAUSE.match(text, mark + 1, end)):
            pairs.append((mention, mark))
    # a system, or a name set against a value before it by a word such as 仅 ("…54.2%，ByteTrack 仅 21.7%")
    named = [mention.role != NAME_ROLE or (QUANTITY_MARK in text[start:mention.start]
                                           and _CONTRAST_BEFORE.search(text, max(start, mention.start - 3), mention.start)
                                           and _GLOSS.sub("", text[mention.end:mark]).strip(" \t") != "")
             for mention, mark in pairs]
    for _ in range(2):  # a name listed next to a system's pair is a system too; a list of three settles in two passes
        for i, (mention, mark) in enumerate(pairs):
            if named[i]:
                continue
            joined_before = i > 0 and named[i - 1] and _PAIR_JOINT.fullmatch(text, pairs[i - 1][1] + 1, mention.start)
            joined_after = (i + 1 < len(pairs) and named[i + 1]
                            and _PAIR_JOINT.fullmatch(text, _VALUE_ENDS_CLAUSE.match(text, mark + 1).start(),
                                                     pairs[i + 1][0].start))
            named[i] = bool(joined_before or joined_after)
    found = []
    for (mention, mark), ok in zip(pairs, named):
        if ok:
            span = (mention.start, mark + 1)
            found.append((*span, [Claim(rule="score.system-value", quantity=mark, kind="auto",
                                        model=GroupRef(group="system", name_required=True), reference="context",
                                        direction=None, metric_span=None, match_span=span,
                                        groups={"system": (mention.start, mention.end)})]))
    return found


@function_rule(
    "score.benchmark-value",
    priority=4,
    examples=[
        {"text": "（1）综合：FooMMU val 58.9（BarVL-7B 为 58.6）；BazVista testmini 74.2；QuxBench 28.7。",
         "records": [
             {"kind": "score", "value": 58.9, "benchmark": "FooMMU", "subset": "val", "model": "Method"},
             {"kind": "score", "value": 58.6, "benchmark": "FooMMU", "subset": "val", "model": "BarVL-7B"},
             {"kind": "score", "value": 74.2, "benchmark": "BazVista", "subset": "testmini", "model": "Method"},
             {"kind": "score", "value": 28.7, "benchmark": "QuxBench", "model": "Method"}]},
        # sizes, counts, years, context lengths and resolutions after a benchmark's name are no results
        {"text": "数据：FooBench 7.5K；BarQA 500 道；BazSet 2024 年；QuxBench 8K 上下文；FooEval 512×512。", "records": []},
    ],
)
def benchmark_value(paper: PaperContext, start: int, end: int):
    """"MMMU val 58.9（…）；MathVision 28.7。": a benchmark's name (with its split or a gloss) and then a
    value that ends its clause is the subject's value on it."""
    text = paper.view.text
    if QUANTITY_MARK not in text[start:end]:
        return []
    between, split_word = paper.vocabulary.system_then_value, paper.vocabulary.split_word
    first = bisect_left(paper.mention_starts, start)
    mentions = paper.mentions[first:bisect_left(paper.mention_starts, end, first)]
    found = []
    for i, mention in enumerate(mentions):
        place = mention
        if mention.role == NAME_ROLE and split_word.fullmatch(mention.text) and i > 0:
            place = mentions[i - 1]  # "MMMU val 58.9": the benchmark before its split
            if text[place.end:mention.start].strip(" \t"):
                continue
        if place.role != BENCHMARK or mention.end > end or text.find(QUANTITY_MARK, mention.end, mention.end + 24) == -1:
            continue
        if place is mention and any(m.role == BENCHMARK for m in mentions[:i]):
            continue  # "在 GSM8K 上，MMLU 58.9": a bare name after another place says too little
        gap = between.match(text, mention.end, end)
        if gap is None or _GLOSS.sub("", text[mention.end:gap.end() - 1]).strip(" \t"):
            continue  # only a gloss may stand between: "Video-MME（无字幕）64.1"
        mark = gap.end() - 1
        quantity = paper.view.quantities[paper.view.mark_index[mark]]
        if quantity.unit in _RESULT_UNITS and quantity.scale is None and _VALUE_ENDS_CLAUSE.match(text, mark + 1, end):
            span = (place.start, mark + 1)
            found.append((*span, [Claim(rule="score.benchmark-value", quantity=mark, kind="auto", model="subject",
                                        reference="context", direction=None, metric_span=None, match_span=span,
                                        benchmark=place.canonical)]))
    return found


BUILTIN = (respectively, slashes, pairs, part_value, arrows, benchmark_from_to, gap, signed_or_points, factor, named_is, label_value,
           metric_name_value, name_value_pairs, system_value, table, benchmark_value)
