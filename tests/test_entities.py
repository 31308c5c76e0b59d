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
    ("FooTwin: Scalable Agent Training", "提出了 FooTwin，同时发布了跨应用长程任务基准 FooTwin-Bench。", "", "FooTwin"),
    ("Bilingual Embeddings for Long Documents", "本文提出了中英双语嵌入模型 FooEmbed，结合单向量与多向量。",
     "nDCG@10 为 57.3，FooEmbed 更快。", "FooEmbed"),  # the kind of thing proposed, then its name
    ("Bilingual Embeddings for Long Documents", "本文提出了中英双语嵌入模型 FooEmbed。", "nDCG@10 为 57.3。", "FooEmbed"),
    ("Bilingual Embeddings for Long Documents", "本文提出了基于 Qwen3-8B 模型的训练方法。", "", None),  # a base, no name
    # a title's name the results never use, when the contribution introduces the one they do
    ("Physics-in-the-Loop: Training Video Models", "提出了 FooLoop 后训练框架。", "FooLoop 的胜率为 68.5%。", "FooLoop"),
    ("Physics-in-the-Loop: Training Video Models", "提出了 FooLoop 后训练框架。", "胜率为 68.5%。", "Physics-in-the-Loop"),
    ("Physics-in-the-Loop: Training Video Models", "提出了 FooLoop 框架。", "Physics-in-the-Loop 的胜率为 68.5%，FooLoop 更快。",
     "Physics-in-the-Loop"),
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


def _all_roles(text: str, bare: bool) -> dict[str, str]:
    extractor = default_extractor().without_names() if bare else default_extractor()
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
    return {m.text: m.role for m in extractor.paper_context(paper, "2026-01-01").mentions}


@pytest.mark.parametrize("bare", [False, True], ids=["vocabulary", "without-vocabulary"])
@pytest.mark.parametrize("text,name,role", [
    # a resolution after a name, in a bullet's label or before a place word, leaves it the benchmark
    ("*   **FaceVault 1024×1024**：FID 为 6.12。", "FaceVault", "benchmark"),
    ("ClipSet 480×832 上，FVD 为 210。", "ClipSet", "benchmark"),
    ("**FooSeg 512x512**：Dice 89.1%。", "FooSeg", "benchmark"),
    # before 得分: a benchmark when named with a benchmark's suffix (or one versioned), a metric when an acronym
    ("VoxArena-Bench 得分 4.31。", "VoxArena-Bench", "benchmark"),
    ("DrawerBench-v2 得分 71.5。", "DrawerBench-v2", "benchmark"),
    ("CLAP 得分为 0.42。", "CLAP", "metric"),
    ("FOOBENCH 得分为 0.42。", "FOOBENCH", "metric"),
    # right after a place just closed, before 为 and a value: the measure, known or not ("F1", "WAPE", "AbsRel")
    ("在 ToxiChat-ZH 上 F1 为 0.81。", "F1", "metric"),
    ("TrafficSet-7 上平均 WAPE 为 0.118。", "WAPE", "metric"),
    ("FooDepth 中 AbsRel 达到 0.042。", "AbsRel", "metric"),
    ("其中 QXR 为 31.4%。", "QXR", "name"),  # "其中" closes no place
    ("GuardFoo-8B 的 F1 为 81.2。", "F1", "metric"),  # a capital and a digit: a metric's code, owned by a system
    ("- **ToxiSet**：F1 88.1，高于 BarGuard。", "F1", "metric"),
    # next in a run of benchmarks with 为 and values: a benchmark; next in a run of systems: not
    ("HotFooQA的EM/F1为41.3/52.6，WikiBarQA为46.8/54.0，BazHop为19.7/28.9。", "BazHop", "benchmark"),
    ("在 FooQA 上，BarNet 为 46.8，BazNet 为 41.2。", "BazNet", "name"),
    # after a setting just closed ("在 … 下"), a name a metric and its value follow is what was measured on
    ("Qwen3-8B 在 W4A4 设置下 FooText 错误率为 9.12%。", "FooText", "benchmark"),
    # "X 的成功率为 N" inside a sentence: what X owns, not where it was measured; opening its line, where
    ("表现有限，BarAgent-Pro 的成功率为 18.5%。", "BarAgent-Pro", "name"),
    ("- FooSet-Pro的元素定位准确率47.3%。", "FooSet-Pro", "benchmark"),
    # a bullet's label of a name and a few words of a part or a split-like word: the set; words of what was done, not
    ("*   **VoxHall 总体**：WER 为 7.2%。", "VoxHall", "benchmark"),
    ("- **GraspWorld 真机抓取**：成功率为 81.0%。", "GraspWorld", "benchmark"),
    ("*   **TrajCity navtest**：碰撞率为 1.2%。", "TrajCity", "benchmark"),
    ("*   **RoomScan 2 室内场景**：mIoU 为 71.3。", "RoomScan 2", "benchmark"),  # a number inside the label: the name's
    ("*   **ClipLoad 1.5 test**：MAPE 为 3.1%。", "ClipLoad 1.5", "benchmark"),
    ("*   **VidGen-XL 训练**：FID 为 7.2。", "VidGen-XL", "name"),
    ("*   **RoboArm 提升**：成功率为 81.0%。", "RoboArm", "name"),
    ("*   **KVQ 量化**：成功率为 81.0%。", "KVQ", "name"),  # a short acronym with words: a technique as often
    ("*   **FooMed Task06 肺肿瘤**：Dice 为 71.4%。", "FooMed Task06", "name"),  # a numbered part: which part, not the set
    # "在 X <a few Chinese words> 上": the words name the part measured on, X written as a benchmark's name is the place;
    # not what a system is built on or runs on, a count of parts, a short acronym or a plain word
    ("在 GeneVar-2 非编码变异上 AUROC 为 0.742。", "GeneVar-2", "benchmark"),
    ("在 HandSet-3D 双手交互序列上，MPJPE 比 BarPose 低 23%。", "HandSet-3D", "benchmark"),
    ("在 ClinNotes-IV 出院小结任务上，ROUGE-L 为 27.9。", "ClinNotes-IV", "benchmark"),
    ("在 FooLM-7B 基础上微调，准确率为 61.3%。", "FooLM-7B", "model"),
    ("在 RoboArm-X 机械臂上成功率为 71.3%。", "RoboArm-X", "name"),
    ("在 VoxSet-O/E/H 三个测试列表上 EER 为 0.41%。", "VoxSet-O/E/H", "name"),
    ("在 V2V 任务上得分为 62.0%。", "V2V", "name"),
    ("在 Kolmo 流上滚动 100 步后误差减少 60%。", "Kolmo", "name"),
    ("在 FooData-2 语料上训练，BarSet 上准确率为 61.3%。", "FooData-2", "name"),
    # an acronym opening a bullet's body before 为 and a value is what the bullet measures; a later clause's is a system
    ("*   **FooCrowd-QN**：XAE 为 74.1，BarNet 为 80.2。", "XAE", "metric"),
    ("*   **FooCrowd-QN**：XAE 为 74.1，BarNet 为 80.2。", "BarNet", "name"),
    ("*   **FooCrowd-QN**：XAE 在夜间场景下更低。", "XAE", "name"),  # no value after it
    # an acronym right after Chinese words that open its clause, before 为 and a value: the measure they qualify; not
    # after words that describe or introduce a system, nor after words of when
    ("平均 XCC 为 69.8。", "XCC", "metric"),
    ("在 FooGen 上，背景 XSNR 为 28.74，前景 XSNR 为 25.1。", "XSNR", "metric"),
    ("有监督的 BarNet 为 43.6。", "BarNet", "name"),
    ("合并后 FooQA8K 为 86.1。", "FooQA8K", "name"),
    ("而 BARX 为 0.48。", "BARX", "name"),
    ("其中 ZAPNet 为 71.2%。", "ZAPNet", "name"),
    # a hardware word is one of its own, not the end of a hyphenated name: "OULU-NPU" is a dataset
    ("在 FooFace-NPU 上 XTER 为 9.7%。", "FooFace-NPU", "benchmark"),
    ("在 T4 GPU 上运行，单张 H100 上为 21 tokens/s。", "H100", "name"),
    # a one-digit generation before a size in parentheses is the name's: "Evo 2（7B，0.718）"
    ("在 GeneVar-2 上超过 Helix 2（7B，0.718）。", "Helix 2", "model"),
    # a release with a point right before a place is the name's: "FooWOZ 2.2 上"; not a value before a verb
    ("FooWOZ 2.2 上 JGA 为 61.8%。", "FooWOZ 2.2", "benchmark"),
    ("BarNet 2.5 上升到 3.1。", "BarNet", "name"),
])
def test_positions_give_unknown_names_their_role(bare, text, name, role):
    assert _all_roles(text, bare)[name] == role


def test_names_own_their_digits_and_lists_share_a_role():
    found = roles("在 AIME 2025、FooQA 和 BarQA 三个公开基准上，Qwen2.5-VL-7B 表现最好；BarQA 上提升 3%。")
    assert found["AIME 2025"] == "benchmark"
    assert found["FooQA"] == "benchmark" and found["BarQA"] == "benchmark"
    assert found["Qwen2.5-VL-7B"] == "model"


def test_parts_of_a_benchmark_are_not_benchmarks():
    found = roles("在 Retail 和 Airline 两个领域上，Method 的 pass^1 分别为 68.2 和 51.0。")
    assert found["Retail"] != "benchmark" and found["Airline"] != "benchmark"


# Recognition by position and cue: made-up names, so the vocabulary cannot be what decides.

def all_roles(text: str, title: str = "Method: A Paper") -> dict[str, str]:
    paper = Paper("0000.00000", title, "", {"results": text})
    return {m.text: m.role for m in default_extractor().paper_context(paper, "2026-01-01").mentions}


@pytest.mark.parametrize("text,name,role", [
    ("*   **FooTrack test**：HOTA 70.8。", "FooTrack", "benchmark"),  # a bullet's label, with a split
    ("*   **BarSet（中文）**：准确率为 80.1%。", "BarSet", "benchmark"),  # a label with a gloss
    ("*   **BazEval 零样本评测**：得分 61.2。", "BazEval", "benchmark"),  # a label with a setting and a cue
    ("*   **Quux 1K**：准确率为 80.1%。", "Quux 1K", "benchmark"),  # a count that ends a label is the name's
    ("*   **FooLM-32B**：在 BarQA 上准确率为 61.3%。", "FooLM-32B", "model"),  # a size in the name: a system
    ("*   **FooLM（671B）**：在 BarQA 上准确率为 61.3%。", "FooLM", "model"),
    ("*   **Oracle 分析**：上限为 91.0。", "Oracle", "name"),  # a label with any other words: nothing known
    ("*   **XQM**：1.38%，低于 BarTTS（1.56%）。", "XQM", "metric"),  # a label a value follows, written as a metric
    ("*   **XVD**：在 FooVid 上分段计算的长视频 XVD 为 312。", "XVD", "metric"),  # ... or named again before a value, after a place
    ("*   **FooLU**：BarLM-70B 的 5-shot FooLU 为 77.9。", "FooLU", "benchmark"),  # ... but with no place: the benchmark's score
    ("*   **Precision / Recall**：分别为 0.80 和 0.62。", "Recall", "metric"),  # a metric's word alone
    ("*   Weather：0.226，BarNet 为 0.232。", "Weather", "name"),  # ... otherwise the labels around it tell
    ("*   fr1/desk：1.42 cm；fr2/xyz：0.31 cm。", "fr1/desk", "name"),  # (tests/test_context_carry.py)
    ("1) FooSet：0.402 → 0.391；BarSet：0.255 → 0.246。", "BarSet", "benchmark"),  # a label inside the line
    ("FooSpeech test 的 CER 为 4.7%。", "FooSpeech", "benchmark"),  # a split after the name
    ("BarSpeech test_net 上 CER 为 7.6%。", "BarSpeech", "benchmark"),
    ("在 FooSet 数据集上训练，在 BarSet 上测试。", "FooSet", "name"),  # data it learned from
    ("在 FooSet 上微调后准确率为 80.1%。", "FooSet", "benchmark"),  # fine-tuned on it, then measured on it
    ("在 FooLM-8B 上准确率为 61.3%。", "FooLM-8B", "model"),  # the place frame does not beat a size
    ("GDPO 在 FooAIME 等高难度数学基准上提升 6.3%。", "FooAIME", "benchmark"),  # a list before 等…基准
    ("J&F 为 80.6，δ1 为 98.1%。", "J&F", "metric"),  # notation that only metrics use
    ("J&F 为 80.6，δ1 为 98.1%。", "δ1", "metric"),
    ("在 FooMOT 上，HOTA 70.8，IDF1 74.1；", "IDF1", "metric"),  # an acronym right before a value
    ("在 FooSum 上，XR-2 21.3，XR-L 40.2。", "XR-2", "metric"),  # ... with a one-digit cut-off
    ("在 FooMOT 上超过 BarMOT（69.9 HOTA）。", "HOTA", "metric"),  # ... or right after one
    ("在 FooMOT 上超过 BarMOT（69.9 HOTA）。", "BarMOT", "model"),  # a name set against the result
    ("在 FooMOT 上 HOTA 为 64.5，从 BarNet 的 63.1 提升而来。", "BarNet", "model"),
    ("OlympiadBench：51.3（GRPX：47.6）。", "GRPX", "name"),  # a colon inside parentheses: not a metric
    ("FooDet 在稀有类别上的 APx 达到 36.2。", "APx", "metric"),  # what a place or a system has, as a value
    ("在 FooBench 的 Motion Smoothness 维度上得分 98.9%。", "Motion Smoothness", "metric"),  # a dimension
    ("在 FooEdit 上，XINO 相似度达到 0.884。", "XINO", "metric"),  # a similarity the named model computes
    ("在 FooSet 上为 80.1%，BarQA 相似度任务上为 70.2%。", "BarQA", "benchmark"),  # ... not a similarity task of it
    ("FooTS2 上 MSE 0.338；BarTS 上被 BazNet（0.378）反超。", "BarTS", "benchmark"),  # a clause opens with "X 上"
    ("FooESD 英文部分上，准确率达到 87.2%。", "FooESD", "benchmark"),  # ... with a short qualifier
    ("结果：FooSpeech-1 CER 4.6%→4.5%。", "FooSpeech-1", "benchmark"),  # ... with a metric and its value
    ("在未参与训练的 FooTS2 上 MSE 0.338。", "FooTS2", "benchmark"),  # 在 … 的 X 上
    ("4.5% 之后，FooSpeech-1 CER 提升。", "FooSpeech-1 CER", "name"),  # no value after it: one name, not known
    ("Short 子集恢复率为 44.7%。", "Short", "name"),  # a part of a benchmark
    ("在 FooReviews 的 Beauty、Sports 和 Toys 三个子集上；Beauty 上为 0.05。", "Beauty", "name"),  # parts everywhere
    ("test_net 上为 7.9%。", "test_net", "name"),  # a split at a clause's start
    ("1px 离群率为 3.41。", "1px 离群率", "metric"),  # a unit-like word is no benchmark: the metric's threshold
    ("LC 胜率为 38.5%。", "LC 胜率", "metric"),  # a short acronym before a metric qualifies the metric
    ("7-Scenes 上准确率为 0.021。", "7-Scenes", "benchmark"),  # a name may start with digits and a hyphen
    ("*   **相机位姿（FooCO3Dv2）**：RRA@15 为 98.1。", "FooCO3Dv2", "benchmark"),  # alone in a Chinese label's parentheses
    ("*   **攻击成功率 (FASR)**：降低 30%。", "FASR", "metric"),  # ... but an acronym there glosses the words
    ("FooLidar-3 路面级 XF1 为 93.4。", "XF1", "metric"),  # a code after the set opening its clause and its words
    ("FooLidar-3 路面级 XF1 为 93.4。", "FooLidar-3", "benchmark"),
    ("*   BarOcc v2 XAUC 达到 88.5%。", "BarOcc v2", "benchmark"),  # ... a code before a verb of reaching ends no name
    ("*   BarOcc v2 XAUC 达到 88.5%。", "XAUC", "metric"),
    ("*   FooSeis-2 F1 达到 **0.97**。", "F1", "metric"),  # ... nor a capital and a digit, the value in bold
    ("*   **FooVox**：minXCF 0.214，XER 0.9%。", "minXCF", "metric"),  # a measure's extreme before its code
    ("*   FooNet-7B 平均 XF1 为 93.4。", "FooNet-7B", "model"),  # a size is a model's, whatever follows
    ("*   EfficientFoo V2 2.43/1.29。", "EfficientFoo V2", "name"),  # a release is the name's, not a measure
    ("*   BarVid 2024 年 XF1 为 50.2。", "BarVid", "name"),  # a year before 年 is a date, not the name's
    ("在 FooMath 上 ExpoRate 为 70.2%，Macro-F1 为 41.6%，Acc 92.4%。", "ExpoRate", "metric"),  # a rate compounded
    ("在 FooMath 上 ExpoRate 为 70.2%，Macro-F1 为 41.6%，Acc 92.4%。", "Macro-F1", "metric"),  # an F1 of a kind
    ("在 FooMath 上 ExpoRate 为 70.2%，Macro-F1 为 41.6%，Acc 92.4%。", "Acc", "metric"),  # accuracy written short
    ("*   **仿真（FOOBERO）**：成功率为 96.8%。", "FOOBERO", "benchmark"),  # ... in capitals, five or more
    ("*   **任务完成（FooWOZ 2.2）**：成功率为 86.1%。", "FooWOZ 2.2", "benchmark"),  # ... with its release
    ("*   **域内（FF++ c23）**：AUC 为 99.6%。", "FF++", "benchmark"),  # ... or a part's code
    ("*   **检测精度（BOXAP）**：为 48.9。", "BOXAP", "metric"),  # ... not after a measure's words: its gloss
    ("仿真基准：FooLIBERO 四个子集 Spatial/Object 的成功率为 97.8%。", "FooLIBERO", "benchmark"),  # what has parts
    ("三个 FooReviews 子集上的结果：", "FooReviews", "benchmark"),  # a count right before the name: what has parts
    ("在 FooReviews 的三个子集中，Beauty 子集上为 0.05。", "Beauty", "name"),  # ... but a count elsewhere: a part
    ("FooEnv 的 Google Robot 任务在两种设置下平均成功率为 71.3%。", "FooEnv", "benchmark"),  # ... names a part
    ("其中 BarTS 上被 BazNet（0.378）反超。", "BarTS", "benchmark"),  # a clause opened with 其中
    ("平均 XTE 从 BarGS 的 4.44 cm 降到 2.07 cm。", "XTE", "metric"),  # an acronym a change starts from
    ("*   **FooMSD 脑肿瘤任务**：Dice 为 80.9。", "FooMSD", "benchmark"),  # a label naming a task of it
    ("2. FooAMOS22 CT 赛道：平均 Dice 89.7%。", "FooAMOS22", "benchmark"),  # the word before 赛道 is the part
    ("2. FooAMOS22 CT 赛道：平均 Dice 89.7%。", "CT", "name"),
    ("*   **FooCALVIN ABC→D**：平均长度为 4.41。", "FooCALVIN ABC→D", "benchmark"),  # an arrow inside a split's name
    ("- 建图质量：FooReplica 渲染 PSNR/SSIM = 38.2/0.972。", "FooReplica", "benchmark"),  # a qualifier, metrics, values
    ("结果：FooTUM RGB-D 的 fr1/desk、fr2/xyz 分别为 1.3 / 1.2。", "FooTUM RGB-D", "benchmark"),  # its named parts
    ("相比之下，BarChronos-Base 的 MASE 为 0.808。", "BarChronos-Base", "name"),  # 的 and a metric: not said
    ("结果：Retail 领域 pass^1 为 58.3。", "Retail", "name"),  # a part noun before the metric
    ("3. FooMSD 脑肿瘤任务：ET/TC/WT 的 Dice 分别为 80.9/86.3/91.5。", "ET/TC/WT", "name"),  # a list of parts
    ("*   **Foo Sports and Outdoors**：Recall@5 为 0.0298。", "Foo Sports and Outdoors", "benchmark"),  # one label
    ("在 Bars and Temples 的 Court 场景上 F-score 为 0.5。", "Bars and Temples", "benchmark"),  # one place
    ("BarRec and BazRec 为 0.1。", "BarRec", "name"),  # "and" between names elsewhere joins nothing
    ("*   **FooVoice 15**：WER 为 7.2%。", "FooVoice 15", "benchmark"),  # a number ending a bold label
    ("FooVoice 17.0 粤语（zh-HK）测试集 CER 8.3%。", "FooVoice 17.0", "benchmark"),  # a gloss before the cue
    ("*   **FooPose10K 位姿（零样本）**：AUC@30 为 87.0。", "FooPose10K", "benchmark"),  # a task word and a gloss
    ("作者构建的FooVQA-Hard（1,860道问答题）上准确率61.7%。", "FooVQA-Hard", "benchmark"),  # 的-modified place
    ("在 FooWorld 的 Office 类任务上提升最大。", "Office", "name"),  # a part of the benchmark named before 的
    ("新建的越狱问答集 FooJail-CN 上 F1 为 84.2。", "FooJail-CN", "benchmark"),  # after a word ending in 集
    ("FooSpeech 测试集 XER 为 4.1%。", "XER", "metric"),  # ... but a split's set, an acronym, its value: the set's metric
    ("BarDrive 验证集 QADE 0.52，低于 FooPlan（0.61）。", "QADE", "metric"),
    ("FooGrasp 测试集 SRX 从 61.2% 提升到 70.4%。", "SRX", "metric"),
    ("在测试集 FooSet 上准确率为 80.1%。", "FooSet", "benchmark"),  # ... not a place after the set
    ("FooQA 测试集 XM/F1 分别为 71.9/79.3。", "XM/F1", "metric"),  # ... or a slash list of them
    ("*   **FooAlign**：ZH-EN、JA-EN、FR-EN 上的 Hits@1 分别为 0.891、0.903 和 0.942。", "JA-EN", "name"),  # language pairs: parts
    ("在 FooMT 的 en-de 方向上 XLEU 为 30.2。", "en-de", "name"),
    ("在 BarMT-EN 上 XLEU 为 30.2。", "BarMT-EN", "benchmark"),  # ... not a name ending in one code
    ("*   **FooDNS（no_reverb 测试集）**：XESQ 为 3.41。", "no_reverb", "name"),  # a setting written as code
    ("*   **WHU-CD**：F1 达到 94.1%。", "WHU-CD", "benchmark"),  # a short metric after a dataset's code: the dataset
    ("FooVid 上 XVD 为 312；BarGen-Bench 得分 85.7。", "BarGen-Bench", "benchmark"),  # a benchmark's ending before 得分
    ("FooVid 上 XVD 为 312；BarClip 分数为 0.31。", "BarClip", "metric"),  # ... any other name: the metric
    ("FOODX Eigen split 上 XRel 0.047、XMSE 1.92m。", "FOODX", "benchmark"),  # a name, its part, a split word, 上
    ("在 BarSpeech Meeting 子集上 XER 为 9.3%。", "BarSpeech", "benchmark"),
    ("在 BarSpeech Meeting 子集上 XER 为 9.3%。", "Meeting", "name"),
    ("在 FooWorld 上为 61.2%，在 Office Hard 子集上为 40.1%。", "Office", "name"),  # a plain word: a part of the name
    ("FooLIBERO 四个子集 Spatial/Object 的成功率为 97.8%。", "Spatial/Object", "name"),  # ... not 子集
    ("迁移到FooXray做零样本测试，BLEU-4为0.171。", "FooXray", "benchmark"),
    ("在 FooBench 上，Claude 3.7 Sonnet 为 60.2%，Gemini 2.5 Flash 为 48.9%。", "Claude 3.7 Sonnet", "model"),  # the tier
    ("在 FooBench 上，SAM 2.1-L 为 90.7，SAM 2 仅为 58.9。", "SAM 2.1-L", "model"),  # a version with its size
    ("在 FooBench 上，BarAgent + GPT-4o 为 33.6%。", "BarAgent + GPT-4o", "model"),  # "+" a known model: one system
    ("在 FooBench 上，高于 FLUX.1 Kontext [dev]（6.26）。", "FLUX.1 Kontext [dev]", "model"),  # a release tag
    ("在 FooQA + BarQA 上，GPT-4o 为 33.6%。", "FooQA", "benchmark"),  # "+" between other names joins nothing
    ("在 FooBench 上，Stable Diffusion 3 Medium（0.74）。", "Stable Diffusion 3 Medium", "model"),  # a version, a tier
    ("FooSet 上 MAE 为 0.057。BarLRGB 的 Peptides-func AP 0.7286。", "BarLRGB", "benchmark"),  # a part measured
    ("跟踪精度上，FooTUM RGB-D三条常用序列（fr1/desk）的平均ATE为1.42cm。", "FooTUM RGB-D", "benchmark"),  # its parts
    ("FooLIBERO四个套件成功率为97.8%。", "FooLIBERO", "benchmark"),
    ("FooNet 两个版本为 50.1。", "FooNet", "name"),  # a count of something else names no parts
    ("在 FooSet 上 Completion Ratio达到91.3%。", "Completion Ratio", "metric"),  # a metric's last word
    ("（BarGuard-7B 88.9，Llama Guard 3-8B 76.8）", "Llama Guard 3-8B", "model"),  # a size after the version
    ("更能体现稳定性的pass^4在retail上由18.7%涨到33.9%。", "retail", "name"),  # a lower-case word: a domain, a part
    ("图级任务：ogbg-foohiv ROC-AUC：78.80 → 80.12。", "ogbg-foohiv", "benchmark"),  # a metric before a colon
    ("在业界常用的 FooTTS eval 上，CER 为 1.18%。", "FooTTS eval", "benchmark"),  # a lower-case suffix word
    ("*   **FooTUM**：在 fr1/desk、fr2/xyz、fr3/office 三个常用序列上 ATE 为 1.31 cm。", "fr1/desk", "name"),  # counted parts
    ("在 FooBeauty、BarSports、BazToys 三个数据集上做离线实验。", "BarSports", "benchmark"),  # ... but datasets are benchmarks
    ("FooShop上最强的闭源基线BarOperator成功率只有18.3%。", "BarOperator", "model"),  # a name after 基线
    ("FooWeather、BarElec、BazTraffic 上的 MSE/MAE 分别为 0.219/0.251、0.155/0.247 和 0.391/0.262。", "FooWeather", "benchmark"),
    ("8B模型在retail/airline两个领域的pass^1为58.3/36.0。", "retail/airline", "name"),  # the parts themselves
])
def test_position_and_cue_decide_roles(text, name, role):
    assert all_roles(text).get(name) == role


@pytest.mark.parametrize("text,name", [
    ("在 FooBench 上使用 RTX 4090 训练，batch 64。", "RTX"),  # hardware before a number
    ("在 FooBench 上使用 RTX 4090 训练，batch 64。", "batch"),  # a lower-case word before a number
    ("在 FooBench 上，COCO 2017 预训练。", "COCO 2017"),  # a year belongs to the name
    ("*   **FooSet**：ABCD 7B 模型，8K 上下文。", "ABCD"),  # a size after a name
    ("其中最难的 FOOS-Long 达到 94.8%。", "FOOS-Long"),  # what an adjective describes is no metric
    ("在 FooMath 上准确率为 40.1%。BarMath-500 93.0%，FooAct-101 为 97.1%。", "BarMath-500"),  # a count ends a dataset's name
])
def test_numbers_that_are_not_values_make_no_metric(text, name):
    assert all_roles(text).get(name) != "metric"


@pytest.mark.parametrize("text,name", [
    ("在 FooBench 上 J&F：SAM 58.9、Ours 62.1。", "SAM"),  # a score after a name that takes a version is no version
    ("在 FooBench 上，SAM 2 仅为 58.9。", "SAM 2"),
    ("在 FooBench 上使用 RTX 4090 训练。", "RTX 4090"),
])
def test_a_version_after_a_name_is_the_names_own(text, name):
    assert name in all_roles(text)


def test_the_surest_mention_settles_a_name_everywhere_in_the_section():
    found = default_extractor().paper_context(Paper("0000.00000", "Method: A Paper", "", {"results": (
        "在 FooLM 上准确率为 50.1%。\n基于 FooLM 模型，在 BarQA 上提升 3 个百分点。")}), "2026-01-01").mentions
    assert [m.role for m in found if m.text == "FooLM"] == ["model", "model"]  # "X 模型" outweighs "在 X 上"


def test_names_listed_together_share_a_role_across_values_in_parentheses():
    found = all_roles("在 FooA (71.2) 和 FooB (73.1) 等数据集上表现优异。")
    assert found["FooA"] == "benchmark" and found["FooB"] == "benchmark"


def test_a_metric_lends_its_role_only_within_a_list():
    found = all_roles("在 FooQA 上，相比 BarRAG，F1 分数大幅领先。")
    assert found["BarRAG"] == "model"  # a comma ends the list: "BarRAG，F1 分数" is not "BarRAG 和 F1"


def test_the_methods_benchmark_is_a_benchmark_not_a_variant_of_the_method():
    found = all_roles("*   **FooTwin-Bench**：FooTwin-32B 为 24.0%。", title="FooTwin: Scalable Agents")
    assert found["FooTwin-Bench"] == "benchmark" and found["FooTwin-32B"] == "method"


def test_a_digit_led_acronym_after_a_word_is_part_of_the_name():
    found = all_roles("在 FooNeRF 上，比 Deformable 3DGS（39.5）高 1.7 dB，BarNet 7B 为 38.0，BazNet 8K 为 37.0。")
    assert "Deformable 3DGS" in found and "BarNet 7B" not in found and "BazNet 8K" not in found


@pytest.mark.parametrize("source,names", [
    ("在 RoboTwin 2.0 基准上达到 61.2%。", ["RoboTwin 2.0"]),  # a release before a benchmark cue
    ("**VoxNet 7K**：", ["VoxNet 7K"]),  # a size ending a label
    ("**Mip-NeRF 360**：PSNR 27.1", ["Mip-NeRF 360", "PSNR"]),  # a number ending a bold label
    ("在 CommonVoice 15 的 6 个语种上 WER 为 9.1%", ["CommonVoice 15", "WER"]),  # a known benchmark's release
    ("HippoRAG 2 在 MuSiQue 上为 51.9", ["HippoRAG 2", "MuSiQue"]),  # a generation number
    ("在 FooCOCO 5,000 张图像上", ["FooCOCO"]),  # ... never a thousands group's first digit
    ("BarServe 为 2,210（Δ+73.8%），BazSpec（Δ-0.4），δ1 为 0.96", ["BarServe", "BazSpec", "δ1"]),  # a Δ and its change
    ("在 BarKITTI 1,200 帧上，BazNet 2,048 个点", ["BarKITTI", "BazNet"]),
    ("SAM 58.9、Ours 62.1", ["SAM", "Ours"]),  # values after names are no tails
    ("MMLU 57.6 vs FP16 59.1", ["MMLU", "FP16"]),  # ... nor a known benchmark's score before vs
    ("mAP@0.5:0.95 为 41.3，AP@0.75 为 45.0", ["mAP@0.5:0.95", "AP@0.75"]),  # a range of cutoffs is the metric's
    ("GSM8K 84.1 (+2.3)，MMLU 57.6 (5-shot)", ["GSM8K", "MMLU"]),  # ... or before a change or setting in parentheses
    ("CommonVoice 17.0 zh-CN 上", ["CommonVoice 17.0", "zh-CN"]),  # ... a release before a locale is
    ("在 FooSim 2.0 上", ["FooSim 2.0"]),  # a release with a point before a place, known or not
    ("在 FooSim 15 上", ["FooSim"]),  # ... a whole number only after a known benchmark
    ("在 FooKitchens 100 上", ["FooKitchens 100"]),  # ... or three digits or more closing a place (a count of classes)
    ("FooKitchens 100 上升到 120", ["FooKitchens"]),  # ... not a value before a verb
    ("FooSim 2.0 上升到 3.1", ["FooSim"]),  # ... not a value before a verb
    ("lvl5 上成功率 40%，L3 为 22%", []),  # levels are subsets, not names
    ("Q: 能否完成？A: 成功率 61.2%", []),  # a question and its answer
])
def test_a_name_takes_the_number_after_it_only_in_a_tail_it_is_written_with(source, names):
    from extractors.entities import find_names
    assert [source[a:b] for a, b in find_names(source, default_extractor().vocabulary)] == names


@pytest.mark.parametrize("without_names", [False, True])
def test_completeness_and_overall_alone_are_metrics_never_the_system(without_names):
    extractor = default_extractor().without_names() if without_names else default_extractor()
    text = "*   **FooStereo**：BarNet 的 Accuracy 为 0.31 mm、Completeness 为 0.25 mm，Overall 达到 0.28 mm。"
    paper = Paper("0000.00000", "BarNet: Depth", "", {"results": text})
    found = {(r.value, r.model, r.metric) for r in extractor.extract_paper(paper, "2026-01-01")}
    assert {(0.25, "BarNet", "completeness"), (0.28, "BarNet", "overall")} <= found, found


@pytest.mark.parametrize("without_names", [False, True])
def test_a_name_before_a_style_word_is_a_convention_not_a_place(without_names):
    extractor = default_extractor().without_names() if without_names else default_extractor()
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": "指标为 COCO 风格 mAP，按 Alpaca 格式构造；在 FooCity 上为 41.3。"})
    roles = {m.text: m.role for m in extractor.paper_context(paper, "2026-01-01").mentions}
    assert roles["COCO"] not in ("benchmark", "model") and roles["Alpaca"] not in ("benchmark", "model")
    assert roles["FooCity"] == "benchmark"


@pytest.mark.parametrize("without_names", [False, True])
def test_a_qualified_form_of_a_metric_the_section_names_is_a_metric(without_names):
    extractor = default_extractor().without_names() if without_names else default_extractor()
    text = "在 FooTalk 上，FVD 为 148.6，E-FVD 为 2.1；Bar-Net 的 FVD 为 160.2。在 FooCity 上 ADE 为 0.8，RT-ADE3 为 0.6。"
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
    roles = {m.text: m.role for m in extractor.paper_context(paper, "2026-01-01").mentions}
    assert roles["E-FVD"] == "metric"  # beside FVD
    assert roles["Bar-Net"] != "metric" and roles.get("RT-ADE3") != "metric"  # no metric after the hyphen
