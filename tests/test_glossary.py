"""The English of metric and subset names written in Chinese (extractors/data/glossary.yaml and
subsets.yaml `english`): every example of the file is a test, read alone and in a sentence; a bad
entry is one line naming the file and the entry; boards, exports and `explain` show the English."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractors import Lexicon, default_extractor
from extractors.lexicon import DATA
from metricsdb.cli import app
from metricsdb.direction import listed_direction
from metricsdb.errors import MetricsdbError
from metricsdb.model import Paper

EXAMPLES = Lexicon.load().glossary.examples
METRIC_EXAMPLES = [e for e in EXAMPLES if not e.subset]


def records(text: str) -> list:
    paper = Paper("0000.00000", "Method: a test", "", {"results": text})
    return default_extractor().extract_paper(paper, "2026-01-01")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.written)
def test_each_example_of_the_file(example):
    glossary = default_extractor().vocabulary.glossary
    if example.subset:
        assert glossary.subset(example.written) == (example.english or example.written)
    else:
        assert glossary.metric(example.written) == example.english


def test_every_modifier_and_head_has_an_example():
    glossary = Lexicon.load().glossary
    written = [e.written for e in METRIC_EXAMPLES if e.english]
    assert [m for m in glossary.modifiers if not any(w.startswith(m) for w in written)] == []
    assert [h for h in glossary.heads if not any(w.endswith(h) for w in written)] == []


def test_every_subset_word_alone_is_its_english():
    glossary, subsets = default_extractor().vocabulary.glossary, Lexicon.load().subsets
    assert {w: glossary.subset(w) for w in subsets.english} == dict(subsets.english)


@pytest.mark.parametrize("example", METRIC_EXAMPLES, ids=lambda e: e.written)
def test_each_metric_example_in_a_sentence(example):
    found = {r.value: r.metric for r in records(f"在 FooBench 上，Method 的{example.written}为 71.2%，BarNet 为 65.0%。")}
    if example.english is None:  # nothing read from the name: a generic score at most, or no record
        assert set(found.values()) <= {"score"}
    else:
        assert found == {71.2: example.english, 65.0: example.english}


@pytest.mark.parametrize("text, expected", [
    # a rule that reads only the head (准确率) still gets the name with its modifier
    ("在 FooBench 上，情感准确率 84.6%。", {84.6: "emotion accuracy"}),
    ("*   **FooBench**：严格准确率从 41.2% 提升到 52.3%。", {41.2: "strict accuracy", 52.3: "strict accuracy"}),
    # a glossary head before a word for score: the named metric, not the score
    ("在 FooVideo 上，Method 的物理合理性得分为 0.71。", {0.71: "physical plausibility"}),
    # negatives: sizes, counts, years, settings and resolutions around the words stay what they are
    ("在 FooBench 上，Method-7B 的单词准确率为 62.7%，训练用了 8K 条样本。", {62.7: "word accuracy"}),
    ("在 FooBench 上，学习率设为 0.001 时 Method 的修复率为 56.4%。", {56.4: "fix rate"}),
    ("在 FooBench 上，2025 年版本的完成率为 33.0%，分辨率为 512×512。", {33.0: "completion rate"}),
])
def test_modifiers_in_sentences(text, expected):
    assert {r.value: r.metric for r in records(text)} == expected


def test_a_subset_word_is_shown_in_english_and_an_unknown_one_as_written():
    found = {r.value: r.subset for r in records("*   **FooBench**：粤语、闽南语子集的 CER 分别为 8.1% 和 23.5%。")}
    assert found == {8.1: "Cantonese", 23.5: "Min Nan"}
    found = {r.value: r.subset for r in records("在 FooBench 上，Method 在线缆插拔任务上提升了 16.94%。")}
    assert found == {16.94: "线缆插拔"}  # not listed: nothing guessed


def test_a_name_built_from_a_listed_metric_is_better_the_same_way():
    assert listed_direction("strict accuracy") == "higher"
    assert listed_direction("word accuracy") == "higher"
    assert listed_direction("fix rate") is None  # no metric of the list: the board's text decides


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


@pytest.mark.parametrize("name, old, new, message", [
    ("glossary.yaml", "  一致性: consistency\n", "  一致性: consistency\n  准确率: accuracy\n",
     "glossary.yaml: heads.准确率: a metric in metrics.yaml already ('accuracy'); remove it here"),
    ("glossary.yaml", "  严格: strict\n", "  严格: Strict\n", "modifiers.严格: 'Strict' is not lower case"),
    ("glossary.yaml", "  严格: strict\n", "  strict: strict\n", "'strict' is not a word written in Chinese"),
    ("glossary.yaml", "  严格: strict\n", "  严格: 严格\n", "'严格' is not English as a board shows it"),
    ("glossary.yaml", "  严格: strict\n", "  严格: strict\n  激活: activation\n",
     "modifiers.激活: with '率' it builds '激活率', a rate that refusals.yaml or cues.yaml setting_rates refuses"),
    ("glossary.yaml", "  严格: strict\n", "  严格: strict\n  一致性: consistency\n",
     "'一致性' is both a head and a modifier"),
    ("glossary.yaml", "  严格: strict\n", "  严格: strict\n  单目: monocular\n",
     "modifiers.单目: a subset word in subsets.yaml already; one home per word"),
    ("subsets.yaml", "  单目: monocular\n", "  单目: monocular\n  中文: Chinese\n",
     "english: '中文' is listed in part_names already (one home per word)"),
    ("glossary.yaml", "  - {written: 严格准确率, english: strict accuracy}\n", "  - {written: 严格准确率}\n",
     "].english: Field required"),
])
def test_a_bad_entry_is_one_line_naming_it(data, name, old, new, message):
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(MetricsdbError) as caught:
        Lexicon.load(data)
    assert str(caught.value).startswith(f"{data / name}: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)


REPORT = """# Hugging Face Daily Papers Report
**Date**: 2026-06-02

============================================================

## 📄 GlyphNet: Text Rendering

- **链接**: https://huggingface.co/papers/2606.00001

### 2. 一句话核心贡献
提出了 GlyphNet。

### 5. 实验效果
- 在 FooText 上，GlyphNet 的严格准确率为 71.2%，FLUX.1-dev 为 41.2%。
- **TUM RGB-D（单目模式）**：平均 ATE 从 MonoGS 的 4.44 cm 降到 2.07 cm。
"""


def test_boards_exports_and_explain_show_the_english(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(report), "--db", db]).exit_code == 0
    board = runner.invoke(app, ["leaderboard", "FooText", "--db", db])
    assert board.exit_code == 0 and board.stdout.splitlines()[0] == "FooText · strict accuracy (higher is better) · score records"
    subset = runner.invoke(app, ["leaderboard", "TUM RGB-D", "--subset", "monocular", "--db", db])
    assert subset.exit_code == 0 and "monocular" in subset.stdout.splitlines()[0]
    exported = [json.loads(line) for line in runner.invoke(app, ["export", "--db", db]).stdout.splitlines()]
    assert {(r["metric"], r["subset"]) for r in exported} == {("strict accuracy", None), ("ate rmse", "monocular")}
    explained = runner.invoke(app, ["explain", str(report)]).stdout
    assert "score.named-is: score 71.2% benchmark=FooText model=GlyphNet metric=strict accuracy" in explained
