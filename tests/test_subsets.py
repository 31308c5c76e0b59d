"""Subsets read from the text (extractors/subsets.py): each cue with the sentences where it must not fire."""
from __future__ import annotations

import pytest

from extractors import default_extractor
from metricsdb.model import Paper


def subsets(text: str) -> dict[float, object]:
    """value -> subset of every record the sentence gives."""
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return {record.value: record.subset for record in default_extractor().extract_paper(paper, "2026-01-01")}


@pytest.mark.parametrize("text,expected", [
    # a part of the benchmark after it in the sentence: 任务 / 子项 / 子集 / 类别 / 赛道 / 设置, English gloss first
    ("在 BLINK 的相对深度（Relative Depth）任务中，Method 达到了 78.23% 的准确率。", {78.23: "Relative Depth"}),
    ("在 BLINK 上，Method 在相对深度任务上提升了 16.94%，在相对反射率任务上提升了 15.67%。",
     {16.94: "relative depth", 15.67: "relative reflectance"}),
    ("*   **GenEval**：总分从 0.66 提升到 0.82，其中 Counting 子项从 0.62 提升到 0.81。",
     {0.66: None, 0.82: None, 0.62: "Counting", 0.81: "Counting"}),
    ("*   **AMOS22**：CT 赛道的平均 Dice 为 89.7%。", {89.7: "CT"}),
    ("ESD 英文部分上，情感分类准确率达到 87.2%。", {87.2: "English"}),
    ("*   **Imagine-Bench**：总分达到 7.468，特别是在多对象组合（Multi-Object）类别上提升明显（从 5.383 提升至 7.797）。",
     {7.468: None, 5.383: "Multi-Object", 7.797: "Multi-Object"}),
    ("在 LoCoMo 上，平均 F1 从 HippoRAG 的 47.92% 提升至 52.18%，在时序问题上更是大幅领先（57.96% vs 48.93%）。",
     {47.92: None, 52.18: None, 57.96: "temporal", 48.93: "temporal"}),
    ("*   **VideoMME**：长视频子集（Long）上的准确率提升最大，为 +4.6。", {4.6: "Long"}),
    # a level of the benchmark ("L4 等级上"; a count of levels or a size is none, below)
    ("在 ConstraintMaze 上，满足率从 29.5% 提升至 47.0%，L4 等级上从 9.8% 提升到 26.1%。",
     {29.5: None, 47.0: None, 9.8: "L4", 26.1: "L4"}),
    # a list of parts given values 分别: by position, only when the counts agree
    ("*   **DialectHub-12**：粤语、闽南语子集的 CER 分别为 8.1% 和 23.5%。", {8.1: "Cantonese", 23.5: "Min Nan"}),
    ("在 HR-Bench 4K 和 8K 上分别达到 79.0 和 74.9。", {79.0: "4K", 74.9: "8K"}),
    # a size before a part noun names the part, also after a value of an earlier clause
    ("*   **HR-Bench**：FooNet 在 4K 子集得分 78.5，8K 子集得分 75.3。", {78.5: "4K", 75.3: "8K"}),
    ("*   **FooHay（1M 档）**：准确率为 41.3%，BarLM 为 47.9%。", {41.3: "1M", 47.9: "1M"}),
    # a part named right after 其中
    ("*   **FooSpeech**：平均 CER 为 7.9%；其中西南官话子集 CER 降至 5.6%。", {7.9: None, 5.6: "Southwestern Mandarin"}),
    # splits: after the benchmark, as a place, in a list
    ("*   **LibriSpeech**：test-clean / test-other 的 WER 为 1.6% / 3.1%。", {1.6: "test-clean", 3.1: "test-other"}),
    ("在 Seed-TTS-eval test-zh 上 CER 为 1.9%。", {1.9: "test-zh"}),
    ("在 MathVista testmini 上准确率达到 74.6%。", {74.6: "testmini"}),
    ("*   **IMAGEO-2**：在测试集上 Acc@500m 从 16.33% 提升至 20.53%。", {16.33: "test", 20.53: "test"}),
    ("在 PCQM4Mv2 验证集上 MAE 为 0.0841。", {0.0841: "val"}),
    # resolutions and settings of the evaluation
    ("*   **ImageNet 256×256**：gFID 为 1.61。", {1.61: "256x256"}),
    ("*   **ImageNet**：在 512×512 分辨率下，gFID 为 2.08。", {2.08: "512x512"}),
    ("在 ImageWoof (IPC=10) 上比 RDED 提升 12.9%。", {12.9: "IPC=10"}),
    ("在 GSO 上，F-score（τ=0.1）为 0.943。", {0.943: "τ=0.1"}),
    ("在 CXR-EvidenceAlign 上，定位准确率（IoU > 0.5）为 62.7%。", {62.7: "IoU > 0.5"}),  # 0.5 is a threshold
    ("*   **零样本**：在 ETTh2 上 MSE 为 0.338。", {0.338: "zero-shot"}),
    ("在 NYUv2 上的零样本评测中，AbsRel 为 0.052。", {0.052: "zero-shot"}),
    ("在 MATH lvl5 上准确率提升 2.5%。", {2.5: "Level 5"}),
    # a Chinese split after the benchmark's name, or opening a sentence under the benchmark's label
    ("中文方面，AISHELL-1测试集CER为4.3%。", {4.3: "test"}),
    ("*   **AISHELL-1**：测试集 CER 降低到 4.3%，而 Paraformer 为 4.9%。", {4.3: "test", 4.9: "test"}),
    # a setting or a sized subset written after the benchmark's name in its label
    ("*   **KITTI（零样本）**：AbsRel 为 0.047。", {0.047: "zero-shot"}),
    ("*   **UCF-101 零样本**：FVD 从基座模型的 412 降低到 356。", {412.0: "zero-shot", 356.0: "zero-shot"}),
    ("*   **ZINC（12K 子集）**：MAE 为 0.054，优于 GRIT（0.059）。", {0.054: "12K", 0.059: "12K"}),
    # a part the word list names in English; a mode of the evaluation
    ("ESD 中文子集上情感准确率 84.6%。", {84.6: "Chinese"}),
    ("*   **TUM RGB-D**：RGB-D 模式下 ATE RMSE 为 1.31 cm。", {1.31: "RGB-D"}),
    ("*   **TUM RGB-D（单目模式）**：平均 ATE 从 MonoGS 的 4.44 cm 降到 2.07 cm。", {4.44: "monocular", 2.07: "monocular"}),
    # a part's noun followed by a verb of reaching
    ("*   **BFCL-v3**：总体准确率从 61.4% 提升至 67.9%，其中 Irrelevance Detection 子项达到 92.6%。",
     {61.4: None, 67.9: None, 92.6: "Irrelevance Detection"}),
    # a language opening a metric's name
    ("*   **FooBench**：中文单词准确率 71.2%，英文单词准确率 89.4%。", {71.2: "Chinese", 89.4: "English"}),
    # a setting the text states for the number
    ("*   **BTCV**：平均 Dice 达到 85.7%；在仅用 5% 标注的设定下仍有 81.9%。", {85.7: None, 81.9: "5% labels"}),
    ("*   **PhysMotion-Bench**：物理合理性得分为 0.71，其中最难的“流体”子类上为 0.64。", {0.71: None, 0.64: "fluid"}),
    ("*   **FooJail**：低资源语言子集上的召回率为 84.7%，浓雾子集 mIoU 为 50.3。", {84.7: "low-resource languages", 50.3: "dense fog"}),
    # a part written into a name after its benchmark's
    ("* LIBERO 平均成功率 96.4%；提升主要来自 LIBERO-Long，从 π0 的 85.2% 提高到 91.8%。",
     {96.4: None, 85.2: "Long", 91.8: "Long"}),
    # a setting with its number in a parenthesis after the benchmark's name, its units in English
    ("*   **AAPM-Mayo（1/4 剂量）**：PSNR 为 34.21 dB，RED-CNN 为 33.12 dB。", {34.21: "1/4 dose", 33.12: "1/4 dose"}),
    ("OSWorld（50步上限）成功率34.7%，UI-TARS-72B-DPO是24.6%。", {34.7: "50 steps", 24.6: "50 steps"}),
    ("*   **Exchange（预测长度 96）**：MSE 为 0.079。", {0.079: "horizon 96"}),
    # a count of views or shots, spelled one way by every reader (tables.yaml's count_nouns): N-view, N-shot
    ("*   **FooEstate（2 视图）**：PSNR 27.41 dB，超过 BarSplat（26.39 dB）。", {27.41: "2-view", 26.39: "2-view"}),
    ("*   **FooEstate（2视角，256×256）**：PSNR 为 25.1。", {25.1: "2-view, 256x256"}),
    ("*   **FooQA（5 shots）**：准确率 81.2%。", {81.2: "5-shot"}),
    ("Qwen2.5-32B 的 FooQA 5-shot 准确率由 83.3% 降至 81.9%。", {83.3: "5-shot", 81.9: "5-shot"}),
    ("在 FooQA 上 5-shot 准确率为 70.1%。", {70.1: "5-shot"}),
    # a bullet's label that is a setting: words the glossary lists and 泛化
    ("*   **跨数据集泛化**：在 FooEstate 上训练、直接在 DL3DV 上测试时，PSNR 从 MVSplat 的 21.03 提升至 23.17。",
     {21.03: "cross-dataset", 23.17: "cross-dataset"}),
    # ... or the number's benchmark and such a label, nothing else
    ("*   **FooSet 跨数据集泛化**：PSNR 26.88，BarSplat 为 25.32。", {26.88: "cross-dataset", 25.32: "cross-dataset"}),
    # the benign prompts of an over-refusal test, a place the subset glossary names
    ("*   **误报**：在 FooTest 的安全提示上，误拒率为 4.0%，低于 BarGuard 的 6.8%。", {4.0: "safe prompts", 6.8: "safe prompts"}),
    # the section's first line saying every result is on a split
    ("主要结果（均为测试集，私有检测）：\n\n1. FooTrack：HOTA 68.9；比 OC-SORT（55.1）高。\n2. BarMOT 验证集上 HOTA 为 60.1。",
     {68.9: "test", 55.1: "test", 60.1: "val"}),
    # the section's first line saying the setting of the benchmarks it names
    ("零样本评测覆盖KITTI、NYUv2两个数据集。\n\n- NYUv2：AbsRel 0.051。\n- KITTI：AbsRel 0.062。\n- ScanNet：AbsRel 0.071。",
     {0.051: "zero-shot", 0.062: "zero-shot", 0.071: None}),
    ("LRGB 的 Peptides-func AP 0.7286、Peptides-struct MAE 0.2419，两项都排第一。",
     {0.7286: "Peptides-func", 0.2419: "Peptides-struct"}),
    # a setting stated in the sentence holds for every value after it, before the benchmark's name too, and
    # for the systems compared in later clauses; a number with a unit of settings is shown in English
    ("*   **FooAgent-Bench**：FooAgent 在 100 步预算下的成功率为 41.2%，超过 BarAgent（34.8%）。",
     {41.2: "100 steps", 34.8: "100 steps"}),
    ("*   **FooLong**：128K 长度下准确率为 81.7%，BarKV 为 74.9%。", {81.7: "128K", 74.9: "128K"}),
    ("*   **FooNeedle**：在 128K 上下文内的检索准确率为 96.8%。", {96.8: "128K"}),
    ("- **困惑度**：Llama-3-8B 在 W4A4KV4 设置下的 WikiText2 困惑度为 6.42，优于 QuaRot（8.16）。",
     {6.42: "W4A4KV4", 8.16: "W4A4KV4"}),
    ("*   **CIFAR-100**：IPC=10 时，Method 以 58.1% 的准确率超过 SRe2L（49.4%）。", {58.1: "IPC=10", 49.4: "IPC=10"}),
    # ... and for a later sentence of its line that refers back to it
    ("*   **FooLong**：在仅保留 10% 缓存的设置下平均分为 48.7；同等预算下 BarKV 的平均分为 46.1。",
     {48.7: "10% cache", 46.1: "10% cache"}),
    ("*   **FooQA**：Hard 档（5–6 跳）准确率从 18.4% 提高到 39.7%；对比之下，GPT-4o 在该档仅为 35.2%。",
     {18.4: "Hard", 39.7: "Hard", 35.2: "Hard"}),
    # Latin words in a parenthesis after the benchmark's name
    ("*   **R2R-CE（Val-Unseen）**：成功率（SR）提升至 58.2%，SPL 为 51.7%。", {58.2: "Val-Unseen", 51.7: "Val-Unseen"}),
    ("*   **FooEmbed (English, v2)**：平均分 71.6，高于 BarEmbed（69.8）。", {71.6: "English, v2", 69.8: "English, v2"}),
    # a parenthesis listing parts among other words: each item read alone, the parts kept
    ("*   **FooDepth（室外，Eigen split）**：AbsRel 0.046，δ1 98.1%。", {0.046: "Eigen split", 98.1: "Eigen split"}),
    ("*   **FooWorld（Verified，50 步上限）**：成功率 38.4%，超过 BarAgent 的 27.5%。",
     {38.4: "Verified, 50 steps", 27.5: "Verified, 50 steps"}),
    ("*   **FooOrgan（单目，15 类器官）**：平均 Dice 为 84.3%。", {84.3: "monocular"}),
    ("- **新视角合成（RealEstate10K，2 视图）**：PSNR 达到 26.41 dB，优于 BarSplat（25.03 dB）。", {26.41: "2-view", 25.03: "2-view"}),
    # a Latin name and a part noun right after the benchmark's name, and a label naming a part under its label
    ("2. FooOrgan CT 赛道：平均 Dice 89.7%，HD95 为 5.14 mm；MRI 赛道 Dice 85.2%。", {89.7: "CT", 5.14: "CT", 85.2: "MRI"}),
    ("*   **FooDrift**：\n    *   **60 s 档**：一致性得分为 0.81，而 BarVid 为 0.64。", {0.81: "60 s", 0.64: "60 s"}),
    # a parenthesis after the benchmark's name whose Chinese words the subset lists all name (its English shown)
    ("*   **FooVid（无字幕）**：准确率为 67.4%，高于 BarVL（65.1%）。", {67.4: "w/o subs", 65.1: "w/o subs"}),
    ("*   **FooSurv（弱监督）**：帧级 AUC 达到 97.2%，高于 BarVAD（95.0%）。", {97.2: "weakly-supervised", 95.0: "weakly-supervised"}),
    # a place named only by words the subset glossary lists, after 在, 的 or the benchmark's name
    ("*   **模型表现**：在 SAGE 基准的简答题上，GPT-5 取得了最佳表现（准确率 71.69%）。", {71.69: "short-answer"}),
    ("在 KITTI 视频深度上 AbsRel 为 0.089，优于 CUT3R（0.101）。", {0.089: "video depth", 0.101: "video depth"}),
    # a part named with a noun that stays in its name
    ("在 KITTI Eigen split 上 AbsRel 为 0.045、δ1 为 98.0%。", {0.045: "Eigen split", 98.0: "Eigen split"}),
    ("*   **FooBench**：Hard 子集上准确率为 41.0%。", {41.0: "Hard"}),
    # a split with a setting in Latin letters in a parenthesis after it
    ("- **MOT17 test（private detection）**：HOTA 65.1，与 ByteTrack（63.1）相比更高。",
     {65.1: "test, private detection", 63.1: "test, private detection"}),
    # a listed place with a task word holds for the benchmarks named after it, and for the next sentence of
    # the line that goes on comparing systems on them
    ("GuardLens-8B在提示有害性分类上，ToxicChat / WildGuardTest 的F1为 79.3 / 89.6；Llama Guard 3-8B 为 53.8 / 76.8。",
     {79.3: "prompt harmfulness", 89.6: "prompt harmfulness", 53.8: "prompt harmfulness", 76.8: "prompt harmfulness"}),
    # a system compared in a parenthesis right after a value is measured on that value's part
    ("- FooTTS-eval：test-zh CER 1.12%，test-hard CER 7.8%（BarTTS 为 10.3%）。",
     {1.12: "test-zh", 7.8: "test-hard", 10.3: "test-hard"}),
    # a part an earlier value of the paper was measured on, named again before a value of the same benchmark
    ("*   **FooBench**：\n    *   Retail 领域 pass^1 为 58.3，Airline 为 40.0；\n    *   在 pass^4 指标下，Retail 从 31.2 升至 39.8。",
     {58.3: "Retail", 40.0: "Airline", 31.2: "Retail", 39.8: "Retail"}),
    # a period of problems after the benchmark's name
    ("*   **FooCode（2024.08–2025.01 的题目）**：pass@1 为 31.4%。", {31.4: "2024.08-2025.01"}),
    # each label of a line is its own value's part, not the line's first label
    ("*   **FooSLAM-Set**：\n    *   fr1/desk：1.42 cm；fr2/xyz：0.31 cm；fr3/office：1.21 cm。",
     {1.42: "fr1/desk", 0.31: "fr2/xyz", 1.21: "fr3/office"}),
    # a split-like word ending a bullet's label after its benchmark ("**FooDrive navtest**：")
    ("*   **TrajCity navtest**：碰撞率为 1.2%，高于 BarPlan（1.9%）。", {1.2: "navtest", 1.9: "navtest"}),
    # a split in parentheses right after the value: that value's split
    ("*   **SignVox-2014**：WER 为 19.1%（dev），BarSign 为 21.3%（test）。", {19.1: "dev", 21.3: "test"}),
    # a scale factor before a setting noun keeps its ×
    ("*   **FooSR-109**：×4 设置下 PSNR 为 31.12 dB，较 BarSR 提升 0.15 dB。", {31.12: "×4", 0.15: "×4"}),
    # a name before 套件 is a part of the benchmark, the suite
    ("*   **FooArm**：平均成功率 96.0%；最难的 Long 套件上成功率为 91.6%。", {96.0: None, 91.6: "Long"}),
])
def test_a_subset_the_text_ties_to_the_number(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # kinds of task, not parts of the benchmark
    ("在所有任务上，Method 在 GSM8K 上达到 91.2% 的准确率。", {91.2: None}),
    ("在 GSM8K 上，Method 在这些问题上的准确率达到 91.2%。", {91.2: None}),
    ("在数学推理任务中，Method 在 GSM8K 上达到 91.2% 的准确率。", {91.2: None}),
    ("在感知密集型任务中，Method 在 MVBench 上达到 67.3% 的准确率。", {67.3: None}),
    ("在相同设置下，Method 在 WebArena 上的任务成功率为 35.5%。", {35.5: None}),
    # a metric word is not a part: 任务成功率
    ("*   **WebArena**：平均任务成功率从 17.0% 提升至 35.5%。", {17.0: None, 35.5: None}),
    # the benchmark named as a test set is the benchmark, not its split
    ("在新建的 PolicyShift 测试集（420 组样本对）上准确率为 86.5%。", {86.5: None}),
    # a name opening the clause after one that opened with a part is the next part (1e477d8), not Retail
    ("*   **τ-bench**：Retail 领域 pass^1 为 58.3，Airline 为 40.0。", {58.3: "Retail", 40.0: "Airline"}),
    # a benchmark's heading gloss is no setting of its numbers
    ("*   **Chronos Benchmark II**（27 个零样本数据集）：MASE 为 0.78。", {0.78: None}),
    # counts that do not agree: no guess
    ("*   **LIBERO**：Spatial / Object 两个套件上的平均成功率为 97.0%。", {97.0: None}),
    # a parenthesis naming a kind of task is no part
    ("*   **FooBench（所有任务）**：准确率为 61.0%。", {61.0: None}),
    # a language word not opening a metric's name
    ("中文方面，FooBench 上准确率为 84.6%。", {84.6: None}),
    # a setting frame naming no setting, or a system
    ("在 GSM8K 上，在默认配置下 Method 的准确率为 91.2%。", {91.2: None}),
    ("在 GSM8K 上，在 GPT-4o 的设置下准确率为 91.2%。", {91.2: None}),
    # ... but a size or a version in a name is none ("FooNet-1K")
    ("*   **FooNet**：FooNet-1K 上 Method 的准确率为 81.0%。", {81.0: None}),
    # a count of items in the parenthesis describes the benchmark; a size stays a size
    ("*   **FooGames（26 个游戏）**：Method 的 IQM 为 1.14。", {1.14: None}),
    # a parenthesis listing no part: counts, abbreviations, a venue's year, a system and a hyper-parameter, a domain
    ("*   **FooOrgan（CT，15 类器官）**：平均 Dice 为 84.3%。", {84.3: None}),
    ("*   **FooSet（ICLR 2024，作者新建）**：准确率 71.2%。", {71.2: None}),
    ("*   **FooSet（GPT-4o，temperature 0）**：准确率 71.3%。", {71.3: None}),
    ("*   **FooSet（室内，1,449 张图像）**：AbsRel 为 0.052。", {0.052: None}),
    ("- **检测（COCO，8 张 A100）**：AP 为 55.1。", {55.1: None}),
    # a part named earlier is not this value's when another name or 分别 stands between them
    ("*   **FooBench**：Retail 领域 pass^1 为 58.3。\n*   **FooBench**：Retail 与 GCG 攻击的 ASR 分别从 31.5% 和 27.0% 降至 2.1% 和 4.4%。",
     {58.3: "Retail", 31.5: "Retail", 27.0: "GCG", 2.1: None}),
    # a setting referred back to is no setting of its own ("同样的 … 设置下", "同设置下")
    ("*   **FooSeg**：平均 Dice 为 86.3%；BarSeg 在同样的点提示设置下仅为 71.9%。", {86.3: None, 71.9: None}),
    ("Method 在 FooMath 上为 73.5%，对比同设置下的 BarRL（67.1%）。", {73.5: None, 67.1: None}),
    # a number before a part noun that is no size (a share, a model's size, a count) names no part
    ("*   **FooBench**：在 20% 子集上准确率为 61.2%。", {61.2: None}),
    ("*   **FooBench**：在 7B 子集上准确率为 63.2%。", {63.2: None}),
    ("*   **FooBench**：在 3 个子集上准确率为 62.2%。", {62.2: None}),
    ("*   **FooBench**：其中所有子集准确率为 71.0%。", {71.0: None}),
    # a count of anything but views or shots is none: hardware, a size, a count of items, a year, a resolution
    ("*   **FooQA（8 张 A100）**：准确率 81.2%。", {81.2: None}),
    ("在 FooQA 上使用 8 张 A100，7B 模型的准确率为 71.1%。", {71.1: None}),
    ("*   **FooQA（2024 年）**：准确率 61.2%。", {61.2: None}),
    ("在 FooQA 上用 32 个样本的准确率为 70.1%。", {70.1: None}),
    ("在 RULER（64K）上 Method 的准确率为 87.1%。", {87.1: "64K"}),
    # no setting: hardware, a hyper-parameter, a system's size, a date, a verb (下降), a setting referred
    # back to with nothing before it in the line; a clause with a size or a setting of its own takes none before
    ("在 8 张 A100 上，Method 在 FooBench 上的准确率为 91.2%。", {91.2: None}),
    ("batch size 256 下，Method 在 FooBench 上的准确率为 91.2%。", {91.2: None}),
    ("在 batch size 为 256 的设置下，Method 在 FooBench 上的准确率为 91.2%。", {91.2: None}),
    ("*   **FooBench**：在 7B 模型的设置下准确率为 91.2%。", {91.2: None}),
    ("*   **FooBench**：在推理时输出长度下降 30%，准确率为 91.2%。", {30.0: None, 91.2: None}),
    ("*   **FooLong**：在 128K 上下文长度下准确率为 81.7%，在 2024 年 5 月的设置下为 80.1%。", {81.7: "128K", 80.1: None}),
    ("*   **FooBench**：8K 长度下准确率为 81.7%，7B 规模下为 75.0%。", {81.7: "8K", 75.0: None}),
    ("*   **FooBench**：在 6 个常用场景上准确率为 81.7%。", {81.7: None}),
    ("*   **FooGame**：在 1M 步的预算下得分为 19.8%，人类专家得分为 50.5%。", {19.8: "1M steps", 50.5: None}),
    ("在 GSM8K 任务上准确率为 91.2%。", {91.2: None}),
    ("*   **FooBench 所有任务**：准确率为 91.2%。", {91.2: None}),
    # ... not a word no list names, a metric, or the domain of the whole dataset
    ("*   **FooBench（作者新建）**：准确率为 64.1%。", {64.1: None}),
    ("*   **FooBench（总分）**：FooNet 的得分为 64.1。", {64.1: None}),
    ("*   **NYUv2（室内）**：AbsRel 为 0.052。", {0.052: None}),
    # a listed place opening a clause says what the benchmark is; a metric is no place
    ("*   **FooVOS**：长视频上 J&F 提升 4.5，达到 83.6。", {4.5: None, 83.6: None}),
    ("在 FooBench 的准确率上，Method 达到 91.2%。", {91.2: None}),
    # ... not without the task word, nor for a next sentence after values on different parts
    ("在视频上，FooBench 的准确率为 61.0%。", {61.0: None}),
    ("*   **FooOrgan**：平均 Dice 88.1%，CT 赛道 Dice 89.7%；nnU-Net 为 86.0%。", {88.1: None, 89.7: "CT", 86.0: None}),
    # a label whose words are not all listed is a topic, not a setting
    ("*   **FooSet 视频理解泛化**：准确率为 61.0%。", {61.0: None}),
    ("*   **FooSet 跨数据集泛化**：在 BarSet 上 PSNR 为 22.1。", {22.1: None}),  # another benchmark's value
    ("*   **视频理解泛化**：在 FooBench 上准确率为 61.0%。", {61.0: None}),
    # a split said of one number in the first line is not every result's
    ("主要结果：MOT17 测试集上 HOTA 为 68.9。\n\n1. BarMOT：HOTA 60.1。", {68.9: "test", 60.1: None}),
    # a parenthesis citing a paper, or one word in capitals (most often the benchmark's abbreviation), is no part
    ("在 GSM8K (Cobbe et al.) 上准确率为 91.2%。", {91.2: None}),
    ("*   **FooBench（FB）**：准确率为 91.2%。", {91.2: None}),
    ("*   **FooBench**：8K 长度下准确率为 81.7%。\n*   **FooBench**：同等预算下 BarKV 的平均分为 46.1。", {81.7: "8K", 46.1: None}),
    # a name before its value that is the value's system is no part
    ("在 COCO 上，BarNet AP 为 0.65。", {0.65: None}),
    # a test set the paper built is the benchmark, in other words too
    ("在作者自建的 FooEval 测试集上准确率为 86.5%。", {86.5: None}),
    ("在 ConstraintMaze 上，Method 在 7 个等级上平均为 26.1%。", {26.1: None}),
    ("Method 在 ConstraintMaze 的 8K 等级上为 26.1%。", {26.1: None}),
    # a comparison before a setting noun refers to the setting already given: no part named "对比同"
    ("在 GSM8K 上准确率为 73.5%，对比同设置下的 GRPO（67.1%）。", {73.5: None, 67.1: None}),
    # a lower-case word after a known benchmark is a part only before a split: "LongBench trace 上" is the benchmark
    ("在 LongBench trace 上准确率为 47.9%。", {47.9: None}),
    # a label's Chinese words or a word of no split are no split; a count or a year in parentheses is no split
    ("*   **TrajCity 总体**：碰撞率为 1.2%。", {1.2: None}),
    ("*   **SignVox-2014**：WER 为 19.1%（2024 年），BarSign 为 21.3%（7B）。", {19.1: None, 21.3: None}),
    ("*   **FooSR-109**：4 卡设置下 PSNR 为 31.12 dB。", {31.12: None}),
    # hardware, a system or a size closed by 下 is where or on what it ran; a multi-word setting's last word is no level
    ("*   **FooServe**：在 A100 下准确率为 60.1%，在 GPT-4o 下准确率为 58.1%，在 Qwen2.5-7B 下为 55.0%。",
     {60.1: None, 58.1: None, 55.0: None}),
])
def test_no_subset_where_the_text_gives_none(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a setting written as a code and closed by 下 holds for every value of its sentence, the compared systems' too,
    # but not for the model left as it was (its own condition), in a parenthesis or in its clause
    ("   - 在 W2A8 下，Llama-3-8B 的 FooText 困惑度为 7.30（FP16 为 6.14），优于 BarQuant（7.52）。",
     {7.30: "W2A8", 6.14: None, 7.52: "W2A8"}),
    ("在 W3A8 下，FooText 困惑度为 3.41，仅比 FP16 原模型（3.12）高 0.29。", {3.41: "W3A8", 3.12: None, 0.29: None}),
    # a level's word before a frame noun, with 在 or opening its clause
    ("*   **FooReward**：在 Hard 难度下准确率为 70.2%；Easy 难度下为 90.1%。", {70.2: "Hard", 90.1: "Easy"}),
    # a count before 的 and a modifier of the frame noun is the setting ("15 步的严格预算": 15 steps); a date is none
    ("*   **FooWorld**：在 15 步的严格预算下成功率为 36.8%，在 32K 的长上下文设置下准确率为 70.2%，"
     "在 2024 年 5 月的设置下为 80.1%。", {36.8: "15 steps", 70.2: "32K", 80.1: None}),
    # a label's parenthesis: a release or a Latin part before a count of what the set holds, a code before 测试集;
    # not the benchmark's own abbreviation, a year or a size
    ("*   **FooDock（V2，308 个复合物）**：成功率为 84.7%，高于 BarDock（80.5%）。\n*   **FooUplift（v2.1，约 1,390 万样本）**："
     "AUC 为 0.81。\n*   **FooDNS（no_reverb 测试集）**：PESQ 达到 3.41。\n*   **FooQA（HQA，500 道题）**：准确率为 61.0%。\n"
     "*   **FooSet（2024，7B）**：准确率为 50.0%。", {84.7: "V2", 80.5: "V2", 0.81: "v2.1", 3.41: "no_reverb", 61.0: None, 50.0: None}),
])
def test_a_setting_written_as_a_code_and_closed_by_xia(text, expected):
    assert subsets(text) == expected


def read(text: str) -> list[tuple]:
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return [(r.value, r.benchmark, r.subset, r.model) for r in default_extractor().extract_paper(paper, "2026-01-01")]


@pytest.mark.parametrize("text,expected", [
    # names of no known role listed under a benchmark's label are its parts, not benchmarks
    ("*   **Sintel**：clean / final 上的 EPE 分别为 1.08 和 2.11。",
     [(1.08, "Sintel", "clean", "Method"), (2.11, "Sintel", "final", "Method")]),
    ("*   **FooSLAM-Set**：fr1/desk、fr2/xyz 上的 ATE 分别为 1.4 cm 和 1.2 cm。",
     [(1.4, "FooSLAM-Set", "fr1/desk", "Method"), (1.2, "FooSLAM-Set", "fr2/xyz", "Method")]),
    # ... but listed systems stay systems, and names under a label naming no benchmark stay benchmarks
    ("*   **Sintel**：GPT-4o / Claude 上的 EPE 分别为 1.08 和 2.11。",
     [(1.08, "Sintel", None, "GPT-4o"), (2.11, "Sintel", None, "Claude")]),
    ("**长时预测**：ETTh1 / ETTh2 上的 MSE 分别为 0.41 和 0.33。",
     [(0.41, "ETTh1", None, "Method"), (0.33, "ETTh2", None, "Method")]),
    # names listed after a benchmark an earlier sentence named (no label) are benchmarks of their own ...
    ("**长时预测**：FooTS 上 MSE 为 0.40。Weather、Traffic 上的 MSE 分别为 0.22 和 0.39。",
     [(0.40, "FooTS", None, "Method"), (0.22, "Weather", None, "Method"), (0.39, "Traffic", None, "Method")]),
    # ... unless written in lower case, as parts are
    ("在 FooSLAM-Set 上 ATE 为 1.3 cm。fr1/desk、fr2/xyz 上的 ATE 分别为 1.4 cm 和 1.2 cm。",
     [(1.3, "FooSLAM-Set", None, "Method"), (1.4, "FooSLAM-Set", "fr1/desk", "Method"),
      (1.2, "FooSLAM-Set", "fr2/xyz", "Method")]),
    # modalities and levels are parts, never benchmarks; a name listed with a count and a part noun stays
    # that benchmark's part where a later bullet names it alone
    ("*   **FooSeg22**：CT 与 MRI 上的平均 Dice 分别为 90.2% 和 84.7%。",
     [(90.2, "FooSeg22", "CT", "Method"), (84.7, "FooSeg22", "MRI", "Method")]),
    ("*   **FooProbe**：GPT-4o 在 Level 1 / 2 上分别为 74.8% 和 61.5%。",
     [(74.8, "FooProbe", "Level 1", "GPT-4o"), (61.5, "FooProbe", "Level 2", "GPT-4o")]),
    ("*   **FooCeleb1**：在 Foo1-O、Foo1-H 两个测试列表上 EER 分别为 0.52% 和 1.29%。\n*   **对比**：Foo1-H 上 EER 降低 37%。",
     [(0.52, "FooCeleb1", "Foo1-O", "Method"), (1.29, "FooCeleb1", "Foo1-H", "Method"), (37.0, "FooCeleb1", "Foo1-H", "Method")]),
])
def test_listed_names_under_a_benchmark_are_its_parts(text, expected):
    assert read(text) == expected


def test_a_name_ending_in_a_metric_before_its_values_gives_the_part_and_the_metric():
    paper = Paper("0000.00000", "HyperGT: a test", "", {"results": (
        "*   **LRGB**：Peptides-func AP 0.6535 → 0.7021，Peptides-struct MAE 0.2500 → 0.2431。")})
    records = default_extractor().extract_paper(paper, "2026-01-01")
    assert [(r.value, r.benchmark, r.subset, r.metric) for r in records] == [
        (0.6535, "LRGB", "Peptides-func", "ap"), (0.7021, "LRGB", "Peptides-func", "ap"),
        (0.25, "LRGB", "Peptides-struct", "mae"), (0.2431, "LRGB", "Peptides-struct", "mae")]


def test_a_tables_header_gives_its_columns_part():
    rows = read("Amazon 三个子集上的结果（R 为 Recall，N 为 NDCG）：\n\n| 方法 | Beauty R@10 | Beauty N@10 | Toys R@10 |\n"
                "|---|---|---|---|\n| SASRec | 0.0605 | 0.0318 | 0.0675 |\n\n"
                "字错误率对比（CER，%）：\n\n| 模型 | AISHELL-1 test | WenetSpeech Test_Net |\n| --- | --- | --- |\n"
                "| Whisper-large-v3 | 5.14 | 9.87 |")
    assert rows == [(0.0605, "Amazon", "Beauty", "SASRec"), (0.0318, "Amazon", "Beauty", "SASRec"),
                    (0.0675, "Amazon", "Toys", "SASRec"), (5.14, "AISHELL-1", "test", "Whisper-large-v3"),
                    (9.87, "WenetSpeech", "Test_Net", "Whisper-large-v3")]
    paper = Paper("0000.00000", "Method: a test", "", {"results": "在 Amazon 上：\n\n| 方法 | Beauty R@10 | Beauty N@10 |\n"
                                                                    "|---|---|---|\n| SASRec | 0.0605 | 0.0318 |"})
    assert [r.metric for r in default_extractor().extract_paper(paper, "2026-01-01")] == ["recall@10", "ndcg@10"]


def test_a_part_label_ending_in_a_metric_gives_the_part_and_names_the_metric():
    paper = Paper("0000.00000", "VoxFlow-Z: a test", "", {"results": (
        "在 Seed-TTS-eval 上，VoxFlow-Z 的 test-zh CER / test-en WER 为 1.18% / 1.79%。")})
    records = default_extractor().extract_paper(paper, "2026-01-01")
    assert [(r.value, r.subset, r.metric) for r in records] == [(1.18, "test-zh", "cer"), (1.79, "test-en", "wer")]


@pytest.mark.parametrize("text,expected", [
    # a list whose first member, or whose parenthesis, carries the family's name: later short names are full
    ("离线实验在FooShop Beauty、Sports、Toys三个数据集上做。Sports上Recall@10为0.0493。", [(0.0493, "FooShop Sports")]),
    ("三个FooShop数据集（Beauty、Sports、Toys），按留一法评测：\n\nToys上Recall@10为0.0795。", [(0.0795, "FooShop Toys")]),
    ("*   **FooShop Sports 与 Toys**：Toys 上 Recall@10 为 0.0789。", [(0.0789, "FooShop Toys")]),
    # not a list the family's name does not open, nor members that are names of their own
    ("在 BarChat / FooAI Moderation / Harmless 上 F1 分别为 79.3、81.5 和 89.6。",
     [(79.3, "BarChat"), (81.5, "FooAI Moderation"), (89.6, "Harmless")]),
    ("在 FooBench-v3 Multi-Turn、Bar-Bench 和 Baz-Agent 上评估。Bar-Bench 上得分为 61.2。", [(61.2, "Bar-Bench")]),
])
def test_a_short_name_the_section_gave_in_full_is_read_in_full(text, expected):
    assert [(value, bench) for value, bench, _, _ in read(text)] == expected


def test_eval_counts_a_golden_files_spelling_of_views_or_shots_as_the_one_boards_write():
    """`2 views` and `2-view` are one subset to `metricsdb eval` (the extractor writes N-view, N-shot);
    another count, another noun or another part is not."""
    from metricsdb.evaluate import _subset_key
    assert _subset_key("2 views, 256x256") == _subset_key("2-view, 256x256")
    assert _subset_key("5 shots") == _subset_key("5-shot") == _subset_key("5-Shot")
    assert _subset_key("2 views") != _subset_key("8-view")
    assert _subset_key("50 steps") != _subset_key("50-step view")
    assert _subset_key("test") != _subset_key("test-clean") and _subset_key(None) == _subset_key("")


def test_a_cue_searched_once_per_sentence_answers_as_a_search_before_each_value():
    """The subset cues are searched once per sentence (`_cue_before`); for every value of every sentence
    the answer is the one a search from the sentence's start to the value gives."""
    from extractors.document import QUANTITY_MARK, offsets_of
    from extractors.subsets import _cue_before

    text = ("在 FooBench 的 test 集上为 61.2%，在 8K 上下文下为 55.0%；Lv 3 等级为 40.1，512x512 分辨率下 70.2 和 71.0。\n"
            "BarNet 达到 80.5%，基准测试中 81.0 与 82.5，零样本设置下 83.0。\n"
            "没有线索的句子 90.1 和 90.2。")
    ctx = default_extractor().paper_context(Paper("0000.00000", "Method: a test", "", {"results": text}), "2026-01-01")
    words, view = ctx.words.subsets, ctx.view.text
    checked = 0
    for sentence in ctx.sentences:
        for position in offsets_of(QUANTITY_MARK, view, sentence.start, sentence.end):
            for cue in (words.any_cue, words.any_cue_or_setting):
                assert _cue_before(ctx, cue, sentence, position) == (cue.search(view, sentence.start, position) is not None)
                checked += 1
    assert checked >= 20


@pytest.mark.parametrize("text,expected", [
    # a list of parts whose first item carries the benchmark's name: the part alone, as the other items are
    ("*   **FooScan**：FooScan indoor / outdoor 的 Chamfer 距离分别为 2.1 和 3.4。", {2.1: "indoor", 3.4: "outdoor"}),
    ("Method 在 FooVid 上的 FooVid long/short 准确率为 61.2/70.4，训练用了 8 张 A100。", {61.2: "long", 70.4: "short"}),
    ("*   **视频**：FooVid-Bench long / short 的准确率分别为 61.2% 和 70.4%。", {61.2: "long", 70.4: "short"}),
    # a size or variant before the parts is neither the benchmark nor a part of it
    ("*   **FooArm**：FooArm 7B 版本 easy/hard 的成功率为 70.0/52.5。", {70.0: "easy", 52.5: "hard"}),
])
def test_a_part_written_after_its_benchmarks_name_is_the_part_alone(text, expected):
    assert subsets(text) == expected


def test_a_part_joined_to_its_benchmarks_name_by_a_hyphen_stays_as_the_field_writes_it():
    found = subsets("*   **FooArm**：平均成功率 66.3%，其中 FooArm-Easy 78.4%、FooArm-Hard 51.0%。")
    assert found == {66.3: None, 78.4: "FooArm-Easy", 51.0: "FooArm-Hard"}


@pytest.mark.parametrize("text,expected", [
    # the copula before a slash list of values is no part of the last name: "粤语为" is Cantonese
    ("*   **FooSpeech**：Method 的 CER 普通话/粤语为 4.1%/9.8%，BarASR 为 5.0%/12.3%。",
     {4.1: "Mandarin", 9.8: "Cantonese", 5.0: "Mandarin", 12.3: "Cantonese"}),
    ("*   **FooNav**：Method 室内/室外为 71.2/65.3，训练用了 8 张 A100。", {71.2: "indoor", 65.3: "outdoor"}),
    ("*   **FooDoc**：编辑距离方面，英文/中文是 0.148/0.201。", {0.148: "English", 0.201: "Chinese"}),
])
def test_parts_listed_with_slashes_end_before_the_copula(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name in parentheses after the benchmark in a bullet's label is its part (map, robot, scenario) for
    # every value under it, though the label alone made it look like a benchmark
    ("*   **FooDrive（Town05）**：驾驶得分 61.5，TransFuser 为 40.1。", {61.5: "Town05", 40.1: "Town05"}),
    ("*   **FooManip（WidowX）**：平均成功率 61.5%，Octo 为 40.1%。", {61.5: "WidowX", 40.1: "WidowX"}),
    # ... not the benchmark's own name spelled out (its initials, its first letters), nor a system
    ("*   **FooQA（Foo Question Answering）**：准确率 61.5%，GPT-4o 为 40.1%。", {61.5: None, 40.1: None}),
    ("*   **LVQA（Long Video Question Answering）**：准确率 61.5%，GPT-4o 为 40.1%。", {61.5: None, 40.1: None}),
    ("*   **FooVid（Qwen2.5-VL-7B）**：准确率 61.5%，训练用了 8 张 A100。", {61.5: None}),
])
def test_a_latin_name_in_parentheses_after_a_labels_benchmark_is_its_part(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a Latin word and a word for how it was run, in parentheses after the benchmark: the word is the part
    ("*   **FooTrack（public 检测）**：HOTA 61.2，ByteTrack 为 58.0。", {61.2: "public", 58.0: "public"}),
    ("*   **FooReport（Impression 生成）**：BLEU-4 为 0.142。", {0.142: "Impression"}),
    ("*   **FooGraph（HeaRT 评估协议）**：MRR 为 38.2，训练用了 8 张 A100。", {38.2: "HeaRT"}),
    # ... not a system or a benchmark so named, nor a word the list does not have (a judge: 评测)
    ("*   **FooVid（Qwen2.5-VL-7B 检测）**：准确率 61.5%。", {61.5: None}),
    ("*   **FooDet（COCO 检测）**：AP 为 55.1。", {55.1: None}),
    ("*   **FooChat（Judge 评测）**：胜率 61.5%。", {61.5: None}),
])
def test_a_latin_word_and_a_word_for_how_it_was_run_after_the_benchmark_is_its_part(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an English gloss with a slash or a dot after a part's Chinese name is the part as a board shows it
    ("*   **FooVid**：FooVid 加字幕（w/ subs）设置下为 71.4，训练用了 8 张 A100。", {71.4: "w/ subs"}),
    ("*   **FooDrive**：夜间（night-v1.0）子集上成功率为 61.2%。", {61.2: "night-v1.0"}),
    # ... a parenthesis with a number is no gloss of the name
    ("*   **FooSpeech**：在噪声（SNR 0 dB）设置下 WER 为 12.1%。", {12.1: "噪声(SNR 0 dB)"}),  # the SNR is the setting
])
def test_an_english_gloss_after_a_parts_chinese_name_is_the_part(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a split and a setting both stated for the number are stacked, the split first, joined by ", "
    ("*   **FooSpeech test-other（零样本）**：WER 为 3.1%，BarTTS 为 4.2%。",
     {3.1: "test-other, zero-shot", 4.2: "test-other, zero-shot"}),
    ("在 FooGrasp val 零样本设置下，成功率为 62.5%，BarVLA 为 48.0%。", {62.5: "val, zero-shot", 48.0: "val, zero-shot"}),
    ("Zero-shot 迁移到 FooScene test，Method 的 PSNR 为 27.1，BarGS 为 25.8。", {27.1: "test, zero-shot", 25.8: "test, zero-shot"}),
    ("在 FooTrack test（private detection）上：HOTA 64.9、IDF1 79.6。",
     {64.9: "test, private detection", 79.6: "test, private detection"}),
    # ... not a setting said of another benchmark, nor a size or a year in the parenthesis after the split
    ("FooVid 上零样本准确率为 61.0%，BarVid test 上准确率为 70.2%。", {61.0: "zero-shot", 70.2: "test"}),
    ("在 FooQA test 上准确率为 71.2%。BarSet 上零样本准确率为 60.1%。", {71.2: "test", 60.1: "zero-shot"}),
    ("在 FooSeg test（7B）上 Dice 为 81.2%。", {81.2: "test"}),
])
def test_a_split_and_a_setting_stated_for_a_number_are_stacked(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a setting phrase reduced to its setting: a verb of using before its number and a frame noun after its
    # unit add nothing ("仅保留 10% KV Cache" is 10% KV Cache, "15 步预算" 15 steps, "仅用 5% 标注" 5% labels)
    ("*   **FooLong**：在仅保留 20% token 的设置下，平均分为 48.7。", {48.7: "20% token"}),
    ("*   **FooCrop（仅用 10% 标注）**：mIoU 达到 51.4%。", {51.4: "10% labels"}),
    ("*   **FooSeg**：在只用 5% 标注的设定下 Dice 仍有 81.9%。", {81.9: "5% labels"}),
    ("*   **FooWeb**（30 步预算）：成功率为 24.6%。", {24.6: "30 steps"}),
    ("在 FooPhone（20 步限制）上成功率为 27.4%。", {27.4: "20 steps"}),
    # ... a comparison before the number stays, and a size, a year or a count of items is no setting
    ("在 FooHop 上，在超过 5 跳的设置下 EM 为 21.4%。", {21.4: "超过 5 跳"}),
    ("在 FooHop 上，在使用 7B 模型的设置下 EM 为 21.4%。", {21.4: None}),
    ("在 FooCode 上，在仅用 2024 年数据的设置下 pass@1 为 41.0%。", {41.0: None}),
    ("*   **FooGame（26 个游戏）**：平均得分 61.0。", {61.0: None}),
])
def test_a_setting_phrase_is_reduced_to_its_setting(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # common words of parts written in Chinese are shown in English, word by word
    ("*   **FooAD**：在逻辑异常子集上 AUROC 为 72.3%，结构异常子集为 84.6%。",
     {72.3: "logical anomalies", 84.6: "structural anomalies"}),
    ("*   **FooDST**：JGA 为 80.1%，其中未见服务子集为 77.2%。", {80.1: None, 77.2: "unseen services"}),
    ("在 FooAct 上，动词与名词子任务的平均 mAP 分别为 29.4% 和 27.8%。", {29.4: "verb", 27.8: "noun"}),
    # ... a task or a metric written with such a word is no part
    ("在异常检测上，FooAD 的 AUROC 为 97.2%。", {}),
    ("在 FooCache 上，缓存命中率为 61.0%。", {61.0: None}),
    ("*   **FooSeg**：在肿瘤分割上 Dice 为 61.2%。", {61.2: None}),
])
def test_common_words_of_parts_are_shown_in_english(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a part after the benchmark's name in a bullet's label holds for the part a value's clause names: stacked,
    # the label's part first, a setting after the part
    ("*   **FooNav（Habitat）**：平均 SPL 为 52.0，在 Hard 子集上 SPL 为 41.2。", {52.0: "Habitat", 41.2: "Habitat, Hard"}),
    ("*   **FooVid（无字幕）**：总体准确率 68.9%，Long 子集 62.4%。", {68.9: "w/o subs", 62.4: "Long, w/o subs"}),
    ("*   **FooASR（流式）**：test-other 上 WER 为 5.1%。", {5.1: "test-other, streaming"}),
    # ... not a part of the same kind or named with the same noun, which stands instead of it
    ("*   **FooSet val**：准确率 81.0，test-dev 上为 87.2。", {81.0: "val", 87.2: "test-dev"}),
    ("*   **FooSR（4K）**：准确率 71.0，8K 子集上为 65.2。", {71.0: "4K", 65.2: "8K"}),
    ("2. FooSeg CT 赛道：平均 Dice 89.7%；MRI 赛道 Dice 85.2%。", {89.7: "CT", 85.2: "MRI"}),
])
def test_a_part_the_label_names_holds_for_the_parts_of_its_values(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a part named only by words the subset glossary lists, right before the clause's metric
    ("*   **FooEHR**：院内死亡 AUPRC 为 55.1，训练用了 8 张 A100。", {55.1: "in-hospital mortality"}),
    ("*   **FooGuard**：提示有害性 F1 为 89.6，回复有害性 F1 为 77.3。", {89.6: "prompt harmfulness", 77.3: "response harmfulness"}),
    ("*   **FooDepth**：平均 δ1 为 88.0%，夜间 δ1 为 71.4%。", {88.0: None, 71.4: "night"}),
    # a taxonomic rank before a metric, in a table's metric column too: the rank the classification was scored at
    ("*   **FooTrap-12**：属级 Top-1 为 81.7，种级 Top-1 为 55.0。", {81.7: "genus-level", 55.0: "species-level"}),
    ("| 数据集 | 指标 | BarCLIP | Ours |\n|---|---|---|---|\n| FooTrap-12 | 属级 Top-1 | 70.3 | 81.7 |\n"
     "| FooTrap-12 | 种级 Top-1 | 50.1 | 55.0 |", {70.3: "genus-level", 81.7: "genus-level", 50.1: "species-level", 55.0: "species-level"}),
    # ... not words the glossary does not list, nor a word glued to another ("文本→音频"), nor a size or a count
    ("*   **FooAudio**：文本→音频 R@1 为 46.8。", {46.8: None}),
    ("*   **FooSeg**：肿瘤Dice 为 68.4%，缓存命中率为 61.0%。", {68.4: None, 61.0: None}),  # glued: the metric's own words
    ("我们发布了肝脏肿瘤基准 FooCT-1K。\n\n*   **FooCT-1K**：肝脏肿瘤 Dice 为 68.4%。", {68.4: None}),  # what the whole of it is
    ("*   **FooSeg**：平均 Dice 为 81.2%，整体 Dice 为 80.1%。", {81.2: None, 80.1: None}),
    ("*   **FooMusic**：节拍 F1 为 89.6，7B 模型 F1 为 80.1，8K 条样本上 F1 为 79.0。", {89.6: None, 80.1: None, 79.0: None}),
])
def test_a_part_the_glossary_lists_right_before_a_metric_is_the_values_part(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a split, a parenthesis of listed words ending in a word for how it was run is a setting, in English
    ("*   **FooTrack test（私有检测）**：HOTA 64.7、IDF1 79.6。", {64.7: "test, private detection", 79.6: "test, private detection"}),
    ("*   **FooTrack test（公开检测）**：HOTA 61.0。", {61.0: "test, public detection"}),
    # ... not words that say what the data is, a metric, or words no list has
    ("*   **FooVOS val（长视频）**：J&F 为 63.8。", {63.8: "val"}),
    ("*   **FooTrack test（总分）**：HOTA 64.7。", {64.7: "test"}),
    ("*   **FooTrack test（作者新建）**：HOTA 64.7。", {64.7: "test"}),
])
def test_a_chinese_setting_after_a_split_is_stacked_in_english(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 评估集 is a split (eval) as 测试集 is; 纯 + a listed word is that word only; common segmentation tasks
    ("*   **FooSpoof 评估集**：EER 为 0.18%，BarNet 为 0.83%。", {0.18: "eval", 0.83: "eval"}),
    ("*   **FooSpoof**：在评估集上 EER 为 0.18%。", {0.18: "eval"}),
    ("*   **FooAgent（纯文本）**：平均得分 67.0。", {67.0: "text-only"}),
    ("*   **FooSat**：全景分割 PQ 为 45.2，语义分割 mIoU 为 66.8%。", {45.2: "panoptic segmentation", 66.8: "semantic segmentation"}),
    # ... not many sets at once, nor words after 纯 that no list has
    ("在多个评估集上，Method 的平均准确率为 71.0%。", {}),
    ("*   **FooAgent（纯净版）**：平均得分 67.0。", {67.0: None}),
])
def test_more_split_and_task_words(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a setting named in capitalised words opening its clause and closed by 下 before the value
    ("*   **FooManip（Google Robot）**：Variant Aggregation 下为 69.5%。", {69.5: "Google Robot, Variant Aggregation"}),
    ("*   **FooNav**：平均 SPL 为 52.0，Hard 下为 41.2。", {52.0: None, 41.2: "Hard"}),
    # ... not a model family, nor 下 as a verb
    ("*   **FooNav**：平均 SPL 为 52.0，Llama 下为 41.2。", {52.0: None, 41.2: None}),
    ("*   **FooServe**：吞吐为 5,840 tokens/s，Latency 下降 30%。", {5840.0: None, 30.0: None}),
])
def test_a_capitalised_setting_closed_by_xia_opens_its_clause(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a part named with 划分 keeps the noun in English, as "Eigen split" does
    ("   - **FooDepth**（Eigen 划分）：AbsRel 0.052，δ1 97.4%。", {0.052: "Eigen split", 97.4: "Eigen split"}),
    ("在 FooVul 随机划分上 F1 为 41.7，时间划分上为 30.2。", {41.7: "random split", 30.2: "time split"}),
    # ... other part nouns stay off the name, and a kind of split is no part
    ("*   **FooSLAM**（单目模式）：ATE 为 1.2 cm。", {1.2: "monocular"}),
    ("在 FooVul 的不同划分上，F1 平均为 41.7。", {41.7: None}),
])
def test_a_part_named_with_the_chinese_for_split_keeps_it(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the 在 that opens a clause is no part of the first part listed after it; a word listed whole stays whole
    ("*   **FooSpell**：在法律、医疗两个领域的 F1 分别为 92.1 和 86.5。", {92.1: "legal", 86.5: "medical"}),
    ("*   **FooASR（在线）**：WER 为 5.1%。", {5.1: "online"}),
])
def test_a_clauses_frame_word_is_no_part_of_its_first_part(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a system set against the result is measured like for like: on the part of the scores of its benchmark and
    # metric the line states before it
    ("- **FooSpeech-eval**：test-zh 上 CER 为 1.21%，test-en 上 WER 为 1.98%；相比 BarTTS（CER 1.45%）与 BazTTS（CER 1.56%）均更低。",
     {1.21: "test-zh", 1.98: "test-en", 1.45: "test-zh", 1.56: "test-zh"}),
    ("*   **FooScan-3D**：val 上 Chamfer 距离为 6.4 cm，IoU 为 71.0%。\n    低于 BarRecon（7.9 cm）。", {6.4: "val", 71.0: "val", 7.9: None}),
    ("*   **FooTrack**：FooTrack test 上 HOTA 68.1、IDF1 71.9；高于 BarSORT（55.1）和 BazSORT（61.3）。",
     {68.1: "test", 71.9: "test", 55.1: "test", 61.3: "test"}),
    # ... not when a score of the line states none (the overall number may be the one compared), the parts differ,
    # a number of its unit stands unread before it, or its parenthesis states its own setting
    ("*   **FooChart**：平均准确率为 87.3%，其中 hard 子集 79.6%；相较 BarVL（56.0%）和 BazVL（64.2%）均领先。",
     {87.3: None, 79.6: "hard", 56.0: None, 64.2: None}),
    ("- **FooSpeech-eval**：test-zh 上 CER 为 1.21%，test-hard 上 CER 为 7.8%；相比 BarTTS（CER 1.45%）更低。",
     {1.21: "test-zh", 7.8: "test-hard", 1.45: None}),
    ("*   **FooDesk**：在 50 步预算下成功率为 38.6%；对比同为 7B 的 BarAgent（27.5%，100 步）。", {38.6: "50 steps", 27.5: None}),
])
def test_a_value_compared_with_the_result_is_on_its_part(text, expected):
    assert subsets(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a setting in Latin letters with a slash in a parenthesis after the benchmark's name; a total stays a total
    # on a setting (it is no part of the benchmark)
    ("*   **FooVid（w/o subs）**：总分 66.8，高于 BarVL（65.1）。", {66.8: ("w/o subs", "total score"), 65.1: ("w/o subs", "total score")}),
    ("在 FooScan（w/ depth）上 Chamfer 距离为 6.4 cm。", {6.4: ("w/ depth", "chamfer distance")}),
    # ... a list of parts with slashes is none of them; a part's total is a score
    ("在 FooArm（Spatial/Object）上成功率为 91.2%。", {91.2: (None, "success rate")}),
    ("FooBench 总分 7.47，其中 Hard 子集 5.38。", {7.47: (None, "total score"), 5.38: ("Hard", "score")}),
])
def test_a_setting_with_a_slash_after_the_benchmark_and_its_total(text, expected):
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    assert {r.value: (r.subset, r.metric) for r in default_extractor().extract_paper(paper, "2026-01-01")} == expected


@pytest.mark.parametrize("text,expected", [
    # a setting an evaluation is run in, written as a name ("near-OOD", "cross-website"), is the number's part, and the
    # benchmark is the one the line names; never a benchmark of its own
    ("*   **FooShift-100（ResNet-18）**：near-OOD AUROC 82.1%，far-OOD AUROC 87.9%。",
     {82.1: ("FooShift-100", "near-OOD"), 87.9: ("FooShift-100", "far-OOD")}),
    ("*   **FooWeb-2K**：cross-task step SR 为 51.6，Cross-Website 上为 49.0。",
     {51.6: ("FooWeb-2K", "cross-task"), 49.0: ("FooWeb-2K", "cross-website")}),
    # ... a name that only holds such a word is a benchmark as before
    ("在 BarOOD-Bench 上 AUROC 为 90.1%。", {90.1: ("BarOOD-Bench", None)}),
])
def test_a_setting_written_as_a_name_is_a_part_not_a_benchmark(text, expected):
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    records = default_extractor().extract_paper(paper, "2026-01-01")
    assert {r.value: (r.benchmark, r.subset) for r in records} == expected


@pytest.mark.parametrize("text,expected", [
    # a label of words the subset glossary lists opening a list item right before its value (or a pair's first value)
    ("*   **AdverseFoo**：δ1：夜间 71.4%→86.2%，雨天 78.9%→88.0%。",
     {71.4: "night", 86.2: "night", 78.9: "rain", 88.0: "rain"}),
    ("*   **FooArm**：成功率：真机 41.0%→62.0%，仿真 70.2%→81.5%。",
     {41.0: "real robot", 62.0: "real robot", 70.2: "simulation", 81.5: "simulation"}),
    ("*   **FooASR**：CER：普通话 4.0%→3.1%，粤语 11.2%→8.4%。", {4.0: "Mandarin", 3.1: "Mandarin", 11.2: "Cantonese", 8.4: "Cantonese"}),
    ("*   **FooVid-QA**：准确率：长视频 52.0%→58.9%，短视频 70.1%→71.2%。",
     {52.0: "long video", 58.9: "long video", 70.1: "short video", 71.2: "short video"}),
    # ... not a name, a word of no list (人类), a size or a year before the value
    ("*   **FooBench**：准确率：BarLM 41.0%→62.0%，人类 88.0%→89.5%。", {41.0: None, 62.0: None, 88.0: None, 89.5: None}),
    ("*   **FooBench**：准确率：7B 41.0%→62.0%，2024 年 38.5%→40.1%。", {41.0: None, 62.0: None, 38.5: None, 40.1: None}),
])
def test_a_listed_label_before_its_value_is_its_part(text, expected):
    assert subsets(text) == expected
