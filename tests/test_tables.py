"""Markdown results tables (extractors/tables.py): what a record read from a table quotes, what the
caption above a table gives its cells, and that a read table's other numbers are refused with a reason."""
from extractors import default_extractor
from metricsdb.model import Paper

RULE = "score.table"


def _paper(text: str) -> Paper:
    return Paper("0000.00000", "Method: A Test Paper", "https://huggingface.co/papers/0000.00000", {"results": text})


def _records(text: str, extractor=None):
    return (extractor or default_extractor()).extract_paper(_paper(text), "2026-01-01")


def test_evidence_is_the_row_up_to_the_cell_with_the_number_marked():
    text = ("结果如下：\n\n| 方法 | 参数量 | FooSet PSNR↑ | FooSet LPIPS↓ |\n|---|---|---|---|\n"
            "| BarNet | 1.2B | 25.89 | 0.142 |\n| **Method** | 310M（激活 140M） | **27.48** | **0.113** |\n")
    records = _records(text)
    assert [(r.model, r.metric, r.value) for r in records] == [
        ("BarNet", "psnr", 25.89), ("BarNet", "lpips", 0.142), ("Method", "psnr", 27.48), ("Method", "lpips", 0.113)]
    assert {r.rule for r in records} == {RULE}
    assert [r.evidence for r in records] == [
        "| BarNet | 1.2B | 25.89", "| BarNet | 1.2B | 25.89 | 0.142",
        "| **Method** | 310M（激活 140M） | **27.48**", "| **Method** | 310M（激活 140M） | **27.48** | **0.113**"]
    for record in records:
        assert record.evidence in text
        assert float(record.evidence[record.value_start:record.value_end]) == record.value


def test_the_caption_names_what_the_header_shortens_and_the_parts_it_lists():
    shortened = ("在 FooEstate10K 和 BarSet 的双视图设置下：\n\n| Method | FE10K PSNR↑ | BarSet PSNR↑ |\n|---|---|---|\n"
                 "| BazSplat | 25.89 | 27.64 |\n")
    assert [(r.benchmark, r.value) for r in _records(shortened)] == [("FooEstate10K", 25.89), ("BarSet", 27.64)]
    parts = ("FooReviews 三个子集上的结果（%）：\n\n| 方法 | Beauty R@10 | Toys N@10 |\n|---|---|---|\n| BarRec | 0.0605 | 0.0374 |\n")
    assert [(r.benchmark, r.subset, r.metric, r.value) for r in _records(parts)] == [
        ("FooReviews", "Beauty", "recall@10", 0.0605), ("FooReviews", "Toys", "ndcg@10", 0.0374)]


def test_structure_alone_reads_a_table_of_unknown_names():
    text = "| 方法 | FooTrack HOTA | FooTrack IDF1 |\n|:--|:--:|:--:|\n| BarTrack | 47.7 | 53.9 |\n| **Method** | **63.5** | **65.8** |\n"
    records = _records(text, default_extractor().without_names())
    assert [(r.benchmark, r.model, r.metric, r.value) for r in records] == [
        ("FooTrack", "BarTrack", "hota", 47.7), ("FooTrack", "BarTrack", "idf1", 53.9),
        ("FooTrack", "Method", "hota", 63.5), ("FooTrack", "Method", "idf1", 65.8)]


def test_a_read_tables_other_numbers_are_refused_with_the_reason():
    text = ("| 模型 | 参数量 | FooBench |\n|---|---|---|\n| BarLM | 7B | 61.0 |\n| 平均 | 7B | 60.0 |\n"
            "| BazLM | 8B | +2.1 |\n")
    _, readings = default_extractor().read_paper(_paper(text), "2026-01-01")
    said = {(r.claim.rule, r.record.value if r.record else None, r.refusal) for r in readings}
    assert (RULE, 61.0, None) in said
    refusals = {r.refusal for r in readings if r.record is None}
    assert "a column of sizes or settings ('参数量'), not results" in refusals
    assert "a table row of '平均', not of a system" in refusals
    assert "a signed cell: a change against something the table does not say" in refusals
    assert [r.record.value for r in readings if r.record] == [61.0]


def test_a_table_it_does_not_read_is_left_to_the_sentence_rules():
    text = "| 配置 | FooBench | BarBench |\n|---|---|---|\n| BazLM-7B | 61.0 | 64.2 |\n"
    _, readings = default_extractor().read_paper(_paper(text), "2026-01-01")
    assert all(r.claim.rule != RULE for r in readings)


def test_the_table_words_come_from_the_extractors_own_folder(tmp_path):
    """An Extractor over another word-list folder reads tables by that folder's tables.yaml."""
    import shutil

    from extractors import Lexicon
    from extractors.lexicon import DATA

    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "tables.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("system_headers: [", "system_headers: [Recipe, ", 1),
                    encoding="utf-8")
    text = "| Recipe | FooBench |\n|---|---|\n| BarLM-7B | 61.0 |\n"
    mine = default_extractor().with_lexicon(Lexicon.load(folder))
    assert [(r.rule, r.model, r.value) for r in _records(text, mine)] == [(RULE, "BarLM-7B", 61.0)]
    assert all(r.rule != RULE for r in _records(text))


def test_a_caption_gives_its_cells_a_split_and_a_count_of_views_only_where_it_says_them():
    header = "| 方法 | FooSet PSNR |\n|---|---|\n| BarNet | 25.9 |\n"
    said = {"公开测试集结果（2 视角输入）：": "test, 2-view", "在 FooSet 的双视图设置下：": "2-view",
            "FooSet 上的结果（4-view setting）：": "4-view", "零样本设置下：": "zero-shot"}
    for caption, subset in said.items():
        assert [(r.subset, r.value) for r in _records(f"{caption}\n\n{header}")] == [(subset, 25.9)], caption
    unsaid = ["在 8 张 A100 上测试（7B 模型，batch size 16，8K 上下文，2024 年，$20）：",  # counts, sizes, settings
              "用 8 视角渲染的图像训练，训练集与测试集结果：",  # a count of something else; two splits
              "在训练集上微调后的测试集结果：",  # a caption about training
              "在新建的 FooSet 测试集上：",  # a test set the paper built is the benchmark, not its split
              "3 个数据集上的结果（2 视角与 4 视角）："]  # a count of datasets; two counts of views
    for caption in unsaid:
        assert [(r.subset, r.value) for r in _records(f"{caption}\n\n{header}")] == [(None, 25.9)], caption
    # a split after the caption's benchmark; durations and resolutions listed in a parenthesis after it
    header = "| 方法 | PSNR |\n|---|---|\n| BarNet | 25.9 |\n"
    said = {"FooBench val 零样本设置下：": "val, zero-shot", "FooBench（10 秒、720p）主要结果：": "10s, 720p",
            "FooBench（8 张 A100，2024）上的结果：": None, "FooBench（4–10 秒片段）上的结果：": None}
    for caption, subset in said.items():
        assert [(r.subset, r.value) for r in _records(f"{caption}\n\n{header}")] == [(subset, 25.9)], caption


def test_one_value_on_two_parts_is_two_results():
    text = "FooReviews 三个子集上的结果：\n\n| 方法 | Sports N@10 | Toys N@10 |\n|---|---|---|\n| BarRec | 0.0099 | 0.0099 |\n"
    assert [(r.subset, r.value) for r in _records(text)] == [("Sports", 0.0099), ("Toys", 0.0099)]


def test_a_count_or_a_year_before_an_average_is_no_part_unless_it_counts_languages_or_tasks():
    text = ("| 方法 | FooVoice（102 种语言平均 WER） | BarVoice（2024 年平均 WER） | BazQA（8 个任务平均 Acc） |"
            " QuxQA（7B 平均 Acc） |\n|---|---|---|---|---|\n| FooASR | 14.8 | 15.0 | 61.0 | 62.0 |\n")
    assert [(r.benchmark, r.subset, r.value) for r in _records(text)] == [
        ("FooVoice", "102-language average", 14.8), ("BarVoice", None, 15.0), ("BazQA", "8-task average", 61.0),
        ("QuxQA", None, 62.0)]


def test_a_rows_metric_cell_that_names_no_metric_leaves_the_row_unread():
    text = ("| 方法 | 指标 | FooQA |\n|---|---|---|\n| BarLM | EM | 61.0 |\n| BazLM | 7B | 62.0 |\n| QuxLM | 2024 | 63.0 |\n"
            "| QuxLM |  | 64.0 |\n")
    assert [(r.model, r.metric, r.value) for r in _records(text)] == [("BarLM", "exact match", 61.0)]


def test_a_header_arrow_says_which_way_is_better_on_the_columns_scores():
    text = ("| 方法 | FooFlow Fl-all (%)↓ | FooFlow EPE | BarSet PSNR↑ | 参数量↓ |\n|---|---|---|---|---|\n"
            "| BazFlow | 5.10 | 1.43 | 25.9 | 7B |\n\n"
            "| 基准 | BazFlow | Ours |\n|---|---|---|\n| QuxSet LPIPS↓ | 0.142 | 0.113 |\n")
    assert [(r.benchmark, r.metric, r.better, r.value) for r in _records(text)] == [
        ("FooFlow", "fl-all", "lower", 5.10), ("FooFlow", "epe", None, 1.43), ("BarSet", "psnr", "higher", 25.9),
        ("QuxSet", "lpips", "lower", 0.142), ("QuxSet", "lpips", "lower", 0.113)]


def test_a_first_header_word_it_does_not_know_heads_systems_when_the_rows_name_systems():
    """`| 检索器 |`, `| 声码器 |`: a column whose rows name systems (two or more, a third at least) is the
    systems column whatever its header says; a header of settings, a column of numbers, systems across the
    header or a single named row leave the table to the sentence rules."""
    retrievers = ("| 检索器 | FooQA EM | BarQA EM |\n|---|---|---|\n| 无检索 | 30.1 | 28.4 |\n"
                  "| BazDense-7B | 41.2 | 38.0 |\n| QuxSparse | 39.0 | 35.1 |\n| Method（本文） | 45.3 | 40.2 |\n")
    assert [(r.rule, r.benchmark, r.model, r.value) for r in _records(retrievers)] == [
        (RULE, "FooQA", "BazDense-7B", 41.2), (RULE, "BarQA", "BazDense-7B", 38.0),
        (RULE, "FooQA", "QuxSparse", 39.0), (RULE, "BarQA", "QuxSparse", 35.1),
        (RULE, "FooQA", "Method", 45.3), (RULE, "BarQA", "Method", 40.2)]
    vocoders = ("| 声码器 | FooTTS MOS↑ | 误拒率 BarGuard(%) |\n|:--|:--:|:--:|\n| BazVoc-v2 | 4.01 | 3.5 |\n"
                "| QuxWave-1B | 3.87 | 2.9 |\n| **Method** | **4.32** | **2.1** |\n")
    records = _records(vocoders, default_extractor().without_names())
    assert [(r.benchmark, r.model, r.metric, r.value) for r in records] == [
        ("FooTTS", "BazVoc-v2", "mos", 4.01), ("BarGuard", "BazVoc-v2", "误拒率", 3.5),
        ("FooTTS", "QuxWave-1B", "mos", 3.87), ("BarGuard", "QuxWave-1B", "误拒率", 2.9),
        ("FooTTS", "Method", "mos", 4.32), ("BarGuard", "Method", "误拒率", 2.1)]
    not_systems = [
        "| 配置 | FooBench | BarBench |\n|---|---|---|\n| BazLM-7B | 61.0 | 64.2 |\n| QuxLM-8B | 62.0 | 65.0 |\n",
        "| 预测长度 | FooGrid MSE | FooGrid MAE |\n|---|---|---|\n| 96 | 0.381 | 0.402 |\n| 192 | 0.412 | 0.425 |\n",
        "| 子集 | BazLM-7B | Method |\n|---|---|---|\n| FooSet-A | 61.0 | 64.2 |\n| FooSet-B | 58.0 | 60.3 |\n",
        "| 规划器 | FooNav SR | FooNav SPL |\n|---|---|---|\n| 随机 | 11.0 | 8.2 |\n| 贪心 | 20.5 | 15.1 |\n"
        "| 最短路 | 30.2 | 27.9 |\n| Method | 45.3 | 40.2 |\n",
    ]
    for text in not_systems:
        assert all(r.rule != RULE for r in _records(text)), text


def test_a_row_adding_a_named_system_is_that_system_on_the_base_model_above():
    """`| + FooRL |` under `| BarLM-8B |` is FooRL applied to BarLM-8B; a row adding a step or a
    component (`+ SFT`, `+ 重排序`), or added to the paper's own method, stays an ablated variant."""
    text = ("| 模型 | FooMath | BarCode |\n|---|---|---|\n| QuxLM-8B | 50.1 | 30.2 |\n| + Baz-RL | 53.0 | 31.1 |\n"
            "| + Method | 56.2 | 33.4 |\n| + SFT | 51.0 | 30.9 |\n| + 重排序 | 57.0 | 34.0 |\n"
            "| Method | 58.0 | 35.0 |\n| + Baz-RL | 59.0 | 36.0 |\n")
    assert [(r.model, r.benchmark, r.value) for r in _records(text)] == [
        ("QuxLM-8B", "FooMath", 50.1), ("QuxLM-8B", "BarCode", 30.2),
        ("Baz-RL (QuxLM-8B)", "FooMath", 53.0), ("Baz-RL (QuxLM-8B)", "BarCode", 31.1),
        ("Method (QuxLM-8B)", "FooMath", 56.2), ("Method (QuxLM-8B)", "BarCode", 33.4),
        ("Method", "FooMath", 58.0), ("Method", "BarCode", 35.0)]


def test_rows_under_a_metric_header_are_metrics_and_a_parenthesis_may_name_their_benchmark():
    """`| 指标 | BarASR | Method |` over `| RTF ↓ |`: the row is a metric by its place, also unknown to the vocabulary
    (a benchmark only when the vocabulary knows it as one); `WER (FooSpeech)` is WER on FooSpeech. A benchmark's
    parenthesis of metrics (`FooQA (EM/F1)`) pairs its slashed cells; a Chinese word after a benchmark's name
    (`FooBench 平均步数`) is its metric, not part of the name."""
    rows = ("在 FooSpeech 上的结果：\n\n| 指标 | BarASR | Method |\n|---|---|---|\n| RTF ↓ | 0.12 | 0.05 |\n"
            "| 首字延迟 | 320 | 160 |\n")
    assert [(r.benchmark, r.model, r.metric, r.value) for r in _records(rows, default_extractor().without_names())] == [
        ("FooSpeech", "BarASR", "rtf", 0.12), ("FooSpeech", "Method", "rtf", 0.05),
        ("FooSpeech", "BarASR", "首字延迟", 320), ("FooSpeech", "Method", "首字延迟", 160)]
    placed = "| 指标 | BarASR | Method |\n|---|---|---|\n| WER (FooSpeech) ↓ | 8.1 | 6.2 |\n| RTF ↓ | 0.12 | 0.05 |\n"
    for extractor in (default_extractor(), default_extractor().without_names()):
        assert [(r.benchmark, r.model, r.metric, r.value) for r in _records(placed, extractor)] == [
            ("FooSpeech", "BarASR", "wer", 8.1), ("FooSpeech", "Method", "wer", 6.2)]
    paired = ("| 模型 | FooQA (EM/F1) | BarVoice 平均步数 |\n|---|---|---|\n| BarLM-7B | 41.0/52.3 | 12.4 |\n"
              "| Method | 45.3/56.1 | 10.1 |\n")
    assert [(r.benchmark, r.model, r.metric, r.value) for r in _records(paired)] == [
        ("FooQA", "BarLM-7B", "exact match", 41.0), ("FooQA", "BarLM-7B", "f1", 52.3), ("BarVoice", "BarLM-7B", "平均步数", 12.4),
        ("FooQA", "Method", "exact match", 45.3), ("FooQA", "Method", "f1", 56.1), ("BarVoice", "Method", "平均步数", 10.1)]
    # a size or a year in a header's parenthesis names no benchmark; a word the glossary lists is no metric
    not_places = ("| 方法 | FooQA (7B) | FooQA (2024) | FooQA 中文 |\n|---|---|---|---|\n| BarLM | 41.0 | 42.0 | 43.0 |\n")
    records = _records(not_places)
    assert [r.benchmark for r in records[:2]] == ["FooQA", "FooQA"] and {r.metric for r in records} == {"score"}


def test_a_task_in_chinese_before_a_metric_is_a_part_of_the_captions_benchmark():
    """`| 院内死亡 AUROC |` under "FooEHR 上 5 次随机种子的结果": the task (a subset) of the caption's benchmark, measured
    by AUROC; a known metric after a lower-case modifier is a metric (`macro-AUROC`). With no benchmark in the caption
    the column gives nothing (the task is no benchmark)."""
    table = ("| 方法 | 院内死亡 AUROC | 表型分类 macro-AUROC |\n|---|---|---|\n| BarGRU | 86.1 ± 0.5 | 75.2 ± 0.3 |\n"
             "| Method | 89.6 ± 0.2 | 78.1 ± 0.3 |\n")
    records = _records("FooEHR 上 5 次随机种子的结果（mean ± std）：\n\n" + table)
    assert [(r.benchmark, r.subset, r.model, r.metric, r.value) for r in records] == [
        ("FooEHR", "in-hospital mortality", "BarGRU", "auc", 86.1), ("FooEHR", "phenotyping", "BarGRU", "macro-auroc", 75.2),
        ("FooEHR", "in-hospital mortality", "Method", "auc", 89.6), ("FooEHR", "phenotyping", "Method", "macro-auroc", 78.1)]
    assert _records("5 次随机种子的结果：\n\n" + table) == []
