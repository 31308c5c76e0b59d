"""Context that carries: a benchmark named once holds for the later numbers of its bullet or paragraph
until another is named; a bullet's label holds for the bullets nested under it; the carry stops where
the bullet or paragraph ends (see `extractors.records.benchmark`). Made-up names throughout."""
from __future__ import annotations

from extractors import default_extractor
from metricsdb.model import Paper


def records(text: str) -> list[tuple[float, str | None, str | None]]:
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
    return [(r.value, r.benchmark, r.subset) for r in default_extractor().extract_paper(paper, "2026-01-01")]


def test_a_label_carries_to_every_sentence_of_its_bullet():
    found = records("*   **FooSet**：准确率达到 71.2%。在困难样本上进一步达到 65.0%。")
    assert found == [(71.2, "FooSet", None), (65.0, "FooSet", None)]


def test_a_benchmark_named_in_the_bullet_takes_over_until_another_is_named():
    found = records("*   **FooSet**：准确率达到 71.2%。在 BarSet 上达到 65.0%，随后又达到 66.1%。在 BazSet 上达到 50.2%。")
    assert found == [(71.2, "FooSet", None), (65.0, "BarSet", None), (66.1, "BarSet", None), (50.2, "BazSet", None)]


def test_a_benchmark_named_in_a_paragraph_carries_to_its_later_sentences():
    found = records("在 FooSet 上准确率为 71.2%。BarNet 模型的准确率为 68.4%。")
    assert found == [(71.2, "FooSet", None), (68.4, "FooSet", None)]


def test_the_carry_stops_where_the_bullet_ends():
    found = records("*   **FooSet**：准确率达到 71.2%。\n*   速度方面，吞吐量达到 95.0%。")
    assert found == [(71.2, "FooSet", None)]  # the second bullet names no benchmark of its own


def test_the_carry_stops_where_the_paragraph_ends():
    found = records("在 FooSet 上准确率为 71.2%。\n\n另外，吞吐量达到 95.0%。")
    assert found == [(71.2, "FooSet", None)]


def test_a_label_carries_into_the_bullets_nested_under_it():
    found = records("*   **FooSet**：\n    *   准确率达到 71.2%。\n    *   召回率达到 65.0%。\n*   **BarSet**：准确率达到 50.2%。")
    assert found == [(71.2, "FooSet", None), (65.0, "FooSet", None), (50.2, "BarSet", None)]


def test_a_label_naming_a_split_or_a_metric_hands_over_to_the_label_above():
    found = records("*   **FooTTS-eval**：\n    *   test-zh：CER 1.51%；\n    *   **CER**：1.38%，低于 BarTTS（1.56%）。")
    assert found == [(1.51, "FooTTS-eval", "test-zh"), (1.38, "FooTTS-eval", None), (1.56, "FooTTS-eval", None)]


def test_a_split_in_the_label_is_the_subset_of_the_numbers_below_it():
    found = records("*   **FooTrack test**：HOTA 70.8，IDF1 74.1。")
    assert found == [(70.8, "FooTrack", "test"), (74.1, "FooTrack", "test")]


def test_two_benchmarks_named_together_leave_the_number_unsaid():
    assert records("*   **FooSet**：在 BarSet 和 BazSet 上准确率达到 71.2%。") == []


def test_a_label_a_value_follows_is_a_part_under_a_benchmark_and_a_benchmark_under_anything_else():
    under_a_benchmark = records("*   **FooBench**：\n    *   Easy：89.0%；\n    *   fr1/desk：1.42；")
    assert under_a_benchmark == [(89.0, "FooBench", "Easy"), (1.42, "FooBench", "fr1/desk")]
    under_a_metric = records("结果（MSE）：\n1) Weather：0.226，BarNet 为 0.232。")
    assert under_a_metric == [(0.226, "Weather", None), (0.232, "Weather", None)]


def test_labels_under_a_heading_that_divides_into_parts_name_no_benchmark():
    assert records("*   **按难度划分**：\n    *   Easy：89.0%\n    *   Hard：46.1%") == []


def _systems(text: str) -> list[tuple[float, str, str]]:
    paper = Paper("0000.00000", "FooDet: A Paper", "", {"results": text})
    return [(r.value, r.model, r.metric) for r in default_extractor().extract_paper(paper, "2026-01-01")]


def test_a_label_naming_a_variant_of_the_method_carries_it_and_a_range_label_is_one_metric():
    text = ("*   **BarSet val（FooDet-L）**：\n    *   **AP50:95**：54.1，超过 BazDet（53.1）。\n"
            "*   **BarSet val（FooDet-X）**：\n    *   **AP50:95**：56.0。\n*   **QuxSet**：AP 为 40.2。")
    assert _systems(text) == [(54.1, "FooDet-L", "ap"), (53.1, "BazDet", "ap"),  # AP50:95 is AP (metrics.yaml)
                              (56.0, "FooDet-X", "ap"), (40.2, "FooDet", "ap")]  # the carry stops at the next label


def test_a_name_opening_its_sentence_with_a_verb_holds_the_later_clauses():
    found = records("1. FooLIBERO四个套件成功率为97.8，平均96.3%；BarVLA为96.8 / 98.8，平均94.2%；而 BazVLA 平均只有76.5%。")
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": "1. FooLIBERO四个套件成功率为97.8，平均96.3%；"
                                                        "BarVLA为96.8，平均94.2%。QuxVLA 也参与对比，平均为 80.1%。"})
    got = {(r.value, r.model) for r in default_extractor().extract_paper(paper, "2026-01-01")}
    assert {(97.8, "Method"), (96.3, "Method"), (96.8, "BarVLA"), (94.2, "BarVLA")} <= got
    assert all(b == "FooLIBERO" for _, b, _ in found)


def test_the_carry_stops_at_a_new_name_where_a_benchmark_stands():
    """A benchmark carried from an earlier sentence does not reach a value whose sentence names another
    place the vocabulary does not know: that name is most likely the value's benchmark (or a system the
    record would not credit), so the record is refused rather than put on the earlier benchmark's board."""
    assert records("在 FooSet 上，平均 Dice 为 86.3%。Zorb23 的肿瘤 Dice 为 82.6%，比 QuxSeg 高 5.4 个百分点。") == [
        (86.3, "FooSet", None)]
    assert records("在FooSet上，ATE RMSE为1.6cm。ZorbData全部11条序列平均ATE为0.019m，与QuxSLAM(0.022m)相当。") == [
        (1.6, "FooSet", None)]
    assert records("在FooSet上准确率为71.2%。Zorb-2016的打分能力Pearson R达0.86，排序能力Spearman为0.74。") == [
        (71.2, "FooSet", None)]
    assert records("在 FooSet 上准确率为 71.2%。在单张 H100 上吞吐量达到 95.0 tokens/s。") == [(71.2, "FooSet", None)]
    assert records("在FooSet上MAE为0.052。zorb-molhiv的ROC-AUC为80.6%，zorb-molpcba的AP为30.1%。") == [
        (0.052, "FooSet", None)]  # a lower-case name with a hyphen is a name too
    assert records("在FooSet上成功率为83.4%。ZorbBind时间划分测试集(363个复合物)上Pearson R为0.68，RMSE为1.29。") == [
        (83.4, "FooSet", None)]  # a kind of test set between the name and 上


def test_a_new_name_does_not_stop_a_label_nor_a_system_credited_after_it():
    # under a label the name is the labelled benchmark's part ("**LRGB**：Peptides-func 的 AP 为 …")
    assert records("*   **FooSet**：Zorb23 的肿瘤 Dice 为 82.6%。") == [(82.6, "FooSet", None)]
    # "X 的准确率为 70.5%，Y 为 69.0%": 69.0 is Y's, whatever X is; a count or a year is no name
    assert records("在 FooSet 上准确率为 71.2%。同榜 Zorb-Base 的准确率为 70.5%，QuxNet 为 69.0%。") == [
        (71.2, "FooSet", None), (69.0, "FooSet", None)]
    assert records("在 FooSet 上准确率为 71.2%。2024 年的 8 个任务上平均准确率为 70.5%。") == [
        (71.2, "FooSet", None), (70.5, "FooSet", None)]
    # lower-case words listed with slashes are the carried benchmark's parts ("retail/airline 两个领域")
    assert records("在FooSet上MAE为0.052。模型在retail/airline两个领域的pass^1为58.3/36.0。") == [
        (0.052, "FooSet", None), (58.3, "FooSet", "retail"), (36.0, "FooSet", "airline")]


def test_a_benchmark_with_another_name_in_parentheses_is_one_benchmark_under_the_first():
    found = records("2. FooNeu3D（FooN3DV）真实视频：PSNR 32.47。\n5. 消融：FooN3DV 上 PSNR 下降 0.8 dB。\n"
                    "*   **BarVerse (testmini)**：得分 52.3。\n*   **BazKITTI（test）**：准确率为 3.92%。")
    assert [(v, b) for v, b, _ in found] == [(32.47, "FooNeu3D"), (0.8, "FooNeu3D"), (52.3, "BarVerse"), (3.92, "BazKITTI")]


def test_a_system_named_in_an_aside_is_not_the_subject_of_the_clauses_after_it():
    paper = Paper("0000.00000", "FooGuard: A Paper", "",
                  {"results": "FooGuard在BarTest上F1为89.6（BazGuard-7B 88.9，Llama Guard 3-8B 76.8），QuxChat上F1为71.3。"})
    got = {(r.value, r.model) for r in default_extractor().extract_paper(paper, "2026-01-01")}
    assert got == {(89.6, "FooGuard"), (88.9, "BazGuard-7B"), (76.8, "Llama Guard 3-8B"), (71.3, "FooGuard")}


def test_a_metric_written_with_the_word_for_score_holds_for_the_systems_compared_after_it():
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": (
        "*   **FooEdit**：Overall 得分为 7.12，高于 BarEdit（6.70）。\n"
        "*   **BazSet**：准确率为 71.2%，得分 65.0，高于 QuxNet（60.1）。")})
    found = [(r.value, r.metric) for r in default_extractor().extract_paper(paper, "2026-01-01")]
    # "准确率 …，得分": two metrics apart, the later word for score stays a score
    assert found == [(7.12, "total score"), (6.7, "total score"), (71.2, "accuracy"), (65.0, "score"), (60.1, "score")]


def test_a_value_naming_no_metric_takes_the_metric_of_the_earlier_values_of_its_line():
    def metrics(text: str) -> list[tuple[float, str]]:
        paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
        return [(r.value, r.metric) for r in default_extractor().extract_paper(paper, "2026-01-01")]

    # a metric read from a part's label, for the system compared in the same clause
    assert metrics("- FooTTS-eval：test-zh CER 1.12%，test-hard CER 7.8%（BarTTS 为 10.3%）。") == [
        (1.12, "cer"), (7.8, "cer"), (10.3, "cer")]
    # an average after a list, for the next system's average in a later sentence of the line
    assert metrics("1. FooBench 四个套件成功率为97.8 / 98.6，平均96.3%；π0为96.8 / 98.8，平均94.2%。")[-1] == (94.2, "success rate")
    # two metrics with values of that unit before it: the one of its magnitude, else which one is not said
    assert metrics("*   **FooGen**：FID 为 1.62，IS 为 301.4；BarGen 为 1.92。")[-1] == (1.92, "fid")
    assert metrics("*   **FooGen**：FID 为 1.62，IS 为 2.4；BarGen 为 1.92。")[-1] == (1.92, "score")
    assert metrics("*   **FooGen**：FID 为 1.62，IS 为 3.4；BarGen 为 1.92。")[-1] == (1.92, "fid")  # within 20% of one, 50% from the other
    # across a benchmark named since only when the value's clause just gives it its value, with no words of its own
    assert metrics("FooBench 的 pass@1 为 72.9；BarBench 上为 94.6。") == [(72.9, "pass@1"), (94.6, "pass@1")]
    assert metrics("FooBench 的 pass@1 为 72.9；BarBench 的多文件子集上为 54.6。") == [(72.9, "pass@1"), (54.6, "score")]


def test_a_name_introduced_as_a_data_set_of_a_kind_stops_the_carry():
    # "X 这种/这类/这样的 … 数据(集)/基准" sets a new place; its values are not the earlier benchmark's,
    # read with the vocabulary and by structure alone
    for extractor in (default_extractor(), default_extractor().without_names()):
        for text in ("在 AudioCaps 上 FAD 为 1.92。CLOTHO 这样的小数据集更难，Method 的 FAD 为 2.41。",
                     "在 RoboSet 上成功率为 61.2%。KitchenLong 这类长程任务数据一向难，Method 的成功率为 38.5%。"):
            paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
            found = [(r.value, r.benchmark) for r in extractor.extract_paper(paper, "2026-01-01")]
            assert (2.41, "AudioCaps") not in found and (38.5, "RoboSet") not in found, found
    # a kind of system named that way is no place: the carry holds
    found = records("在 AudioCaps 上 FAD 为 1.92。VLM 这类模型更难训练，Method 的 FAD 为 2.41。")
    assert (2.41, "AudioCaps", None) in found


def test_a_slash_group_restates_the_values_reached_before_it_by_structure_alone():
    # without vocabulary the metrics are acronyms after a place; the systems' values take them in order
    text = "在 FooASR 上，WER 做到了 3.1%，RTF 压到 0.05；对比一下，BarASR 是 4.2/0.09。"
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
    found = {(r.value, r.model, r.metric) for r in default_extractor().without_names().extract_paper(paper, "2026-01-01")}
    assert {(4.2, "BarASR", "wer"), (0.09, "BarASR", "rtf")} <= found


def test_an_answer_line_reads_in_its_question_lines_context():
    text = ("问：在 FooSpeech 上表现如何？\n答：WER 为 3.1%，比 BarASR（4.2%）低。\n\n"
            "问：换到嘈杂环境呢？\n答：WER 为 7.9%。\n"
            "Q2：在 BazSet 上呢？\nA2：WER 为 5.0%。")
    paper = Paper("0000.00000", "Method: A Paper", "", {"results": text})
    found = {(r.value, r.benchmark, r.model) for r in default_extractor().extract_paper(paper, "2026-01-01")}
    assert found == {(3.1, "FooSpeech", "Method"), (4.2, "FooSpeech", "BarASR"), (5.0, "BazSet", "Method")}, found
    # by structure alone "WER" is no known metric, but the value in parentheses still takes the question's benchmark
    found = {(r.value, r.benchmark) for r in default_extractor().without_names().extract_paper(paper, "2026-01-01")}
    assert (4.2, "FooSpeech") in found and not any(value == 7.9 for value, _ in found), found
