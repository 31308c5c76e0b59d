"""Which way a board ranks: the metric list, else what the board's own records say, else unknown."""
from __future__ import annotations

import pytest

from metricsdb.direction import (
    CONFLICT, FROM_LIST, FROM_SAID, FROM_TEXT, NO_EVIDENCE, Evidence, board_direction, listed_direction, text_direction,
)
from metricsdb.model import is_generic_benchmark, is_unnamed_system, unnamed_label


@pytest.mark.parametrize("metric,expected", [
    ("fid", "lower"), ("accuracy", "higher"), ("recall@5", "higher"), ("acc@500m", "higher"), ("FID-30K", "lower"),
    ("hacking ratio", None), ("trr@1", None), ("score", None), ("attack success rate", None),
])
def test_the_metric_list_decides_known_metrics_and_leaves_generic_ones_to_the_text(metric, expected):
    assert listed_direction(metric) == expected


@pytest.mark.parametrize("metric,expected", [
    # families the metric list lacks, from board_metrics.yaml: a Rank-1 board said "direction unknown"
    ("rank-1", "higher"), ("Rank-5", "higher"), ("hits@10", "higher"), ("pass^4", "higher"), ("eer", "lower"),
    ("pa-mpjpe", "lower"), ("chair_s", "lower"), ("j&f", "higher"), ("sim-o", "higher"),
    # a listed metric or family qualified by a word before it
    ("macro-f1", "higher"), ("b-wer", "lower"), ("p99 ttft", "lower"), ("top-1 accuracy", "higher"),
    ("median rotation error", "lower"), ("sqrt pehe", "lower"),
    # never guessed: a bare or averaged rank is better lower, a score or an attack's success depends
    ("rank", None), ("average rank", None), ("mean rank", None), ("strict score", None),
    ("jailbreak success rate", None), ("output length", None), ("completeness", None),
])
def test_metric_families_the_list_lacks_go_the_way_board_metrics_yaml_gives(metric, expected):
    assert listed_direction(metric) == expected


def test_board_metrics_directions_are_one_way_each_and_never_against_the_metric_list():
    """Each family once, higher or lower, lower-case as records store metrics; a name the extractor's
    metric list has too (it decides those, `unknown` included) goes the same way there: a vocabulary
    entry added later for a family here (collision rate) must not turn a board round."""
    from extractors import default_extractor
    from extractors.lexicon import name_key
    from metricsdb.scales import _board_metrics_file

    directions = _board_metrics_file()["directions"]
    assert set(directions) == {"higher", "lower"}
    families = [str(family) for way in directions.values() for family in way]
    assert len(families) == len(set(families)) and all(family == family.strip().lower() for family in families)
    listed = {name_key(name): entry.better for canonical, entry in default_extractor().lexicon.metrics.items()
              for name in (canonical, *entry.aliases)}
    against = [family for way, named in directions.items() for family in named
               if listed.get(name_key(str(family).removesuffix("@k").removesuffix("-k")), way) != way]
    assert against == []


def test_most_metrics_of_the_golden_files_have_a_direction():
    """Over every golden file, a metric that three or more papers use has a direction, or the metric
    list marks it unknown (a score), or it is one of these, whose way depends on what is scored."""
    import json
    from collections import defaultdict
    from pathlib import Path

    depends = {"completeness", "dynamic degree", "m-avg", "average output length", "g"}
    root = Path(__file__).resolve().parent.parent
    papers: dict[str, set[str]] = defaultdict(set)
    for path in [*root.glob("golden/*.json"), *root.glob("tests/data/fields/*/*.json")]:
        for paper in json.loads(path.read_text(encoding="utf-8"))["papers"]:
            for record in paper["records"]:
                if record["kind"] == "score" and record.get("metric"):
                    papers[record["metric"].lower()].add(paper["paper_id"])
    from extractors.lexicon import name_key
    from metricsdb.direction import _listed

    undirected = sorted(metric for metric, ids in papers.items() if len(ids) >= 3 and listed_direction(metric) is None
                        and _listed().get(name_key(metric)) != "unknown" and metric not in depends)
    assert undirected == []


def pair(paper: str, start: float, end: float, evidence: str) -> list[Evidence]:
    """A `从 A 降至 B` pair: the unnamed system it starts from, the paper's method it ends with."""
    return [Evidence(paper, "score", "baseline", start, None, evidence),
            Evidence(paper, "score", "Method", end, None, evidence)]


def test_a_method_lowering_an_unknown_metric_makes_it_lower_is_better():
    lowered = pair("2602.05885", 20.0, 3.0, "hacking ratio 从 20% 降至 3%")
    assert text_direction(lowered) == "lower"
    assert (board_direction("hacking ratio", lowered).direction, board_direction("hacking ratio", lowered).source) == (
        "lower", FROM_TEXT)
    delta = [Evidence("2601.00001", "delta", "Method", 57.0, "decrease", "错误调用率降低约 57%")]
    assert text_direction(delta) == "lower"


def test_raising_one_way_and_lowering_another_is_a_conflict_and_no_evidence_is_unknown():
    both = pair("2601.00001", 20.0, 3.0, "从 20% 降至 3%") + pair("2601.00002", 3.0, 20.0, "从 3% 提升至 20%")
    assert text_direction(both) == CONFLICT
    assert board_direction("hacking ratio", both).direction == "unknown"
    assert board_direction("hacking ratio", both).source == CONFLICT
    single = [Evidence("2601.00001", "score", "Method", 3.0, None, "Method 达到 3%")]
    assert board_direction("hacking ratio", single).source == NO_EVIDENCE
    assert board_direction("hacking ratio", single).lower_is_better is None
    assert board_direction("hacking ratio", single).text == "direction unknown"


def test_conceded_changes_ratios_and_unnamed_systems_changes_are_no_evidence():
    conceded = pair("2601.00001", 5.9, 6.1, "FID 基本不变（5.9 → 6.1）")
    conceded += [Evidence("2601.00002", "delta", "Method", 1.1, "decrease", "MTEB 平均分仅下降 1.1 分")]
    assert text_direction(conceded) is None
    assert text_direction([Evidence("2601.00001", "ratio", "Method", 5.0, "increase", "快约 5×")]) is None
    assert text_direction([Evidence("2601.00001", "delta", "baseline", 5.0, "decrease", "基线下降 5 分")]) is None


def test_the_text_saying_lower_is_safer_decides():
    said = [Evidence("2601.00001", "score", "Method", 0.08, None, "Method 的得分（越低越安全）为 0.08")]
    assert text_direction(said) == "lower"


def test_the_metric_list_wins_over_what_the_text_implies_not_over_what_it_says():
    raised = pair("2601.00001", 5.9, 7.5, "FID 从 5.9 变为 7.5")
    assert (board_direction("fid", raised).direction, board_direction("fid", raised).source) == ("lower", FROM_LIST)
    said = [Evidence("2601.00001", "score", "Method", 0.021, None, "Accuracy 为 0.021（越低越好）")]
    assert (board_direction("accuracy", said).direction, board_direction("accuracy", said).source) == (
        "lower", FROM_SAID)


@pytest.mark.parametrize("model", ["baseline", "Baseline", "基线", "base model", "human", "SFT", "zero-shot",
                                   "Zero-Shot", "SFT (Qwen3-8B)", "基座模型"])
def test_unnamed_systems(model):
    assert is_unnamed_system(model)


@pytest.mark.parametrize("model", ["GPT-4o", "LSRIF (Qwen3-8B)", "GRPO", "HippoRAG", "Baseline-Net", "SFT-Pro"])
def test_named_systems(model):
    assert not is_unnamed_system(model)


def test_an_unnamed_system_is_labelled_with_its_papers_method():
    assert unnamed_label("baseline", "LSRIF") == "baseline (LSRIF)"
    assert unnamed_label("SFT (Qwen3-8B)", "LSRIF") == "SFT (Qwen3-8B; LSRIF)"
    assert unnamed_label("baseline", None) == "baseline"


@pytest.mark.parametrize("name", ["test-clean", "QA", "Zero-shot/One-shot", "4K", "test-zh", "Hard", "零样本"])
def test_split_task_and_setting_words_are_no_benchmark(name):
    assert is_generic_benchmark(name)


@pytest.mark.parametrize("name", ["MATH", "LibriSpeech", "HR-Bench", "HotpotQA", "TextVQA", "MMLU-Pro", "GSM8K"])
def test_benchmark_names_are_not_generic(name):
    assert not is_generic_benchmark(name)
