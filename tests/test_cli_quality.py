"""`metricsdb explain` and `metricsdb eval` as a pattern author uses them."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from metricsdb.cli import app

from .conftest import GOLDEN_FILES, SAMPLE_REPORTS

runner = CliRunner()


def test_explain_names_the_rule_and_the_record_for_a_sentence():
    result = runner.invoke(app, ["explain", "在 IFEval 上，LSRIF 达到 90.2 分，超越 GPT-4o (84.8)。", "--title", "LSRIF: x"])
    assert result.exit_code == 0, result.output
    assert "score.reach: score 90.2 benchmark=IFEval model=LSRIF" in result.output
    assert "model=GPT-4o" in result.output


def test_explain_reads_a_sentence_too_long_for_a_file_name():
    sentence = "在 IFEval 上，LSRIF 达到 90.2 分，超越 GPT-4o (84.8)。" + "该方法在多个设置下保持稳定。" * 20
    result = runner.invoke(app, ["explain", sentence, "--title", "LSRIF: x"])
    assert result.exit_code == 0, result.output
    assert "90.2" in result.output and "Traceback" not in result.output


def test_explain_lists_numbers_no_rule_claimed():
    result = runner.invoke(app, ["explain", "在 GSM8K 上使用了 8 张 GPU。"])
    assert result.exit_code == 0
    assert "unclaimed" in result.output or "refused" in result.output


def test_explain_reads_one_paper_of_a_report():
    result = runner.invoke(app, ["explain", str(SAMPLE_REPORTS[0]), "--paper", "2601.05241"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("paper 2601.05241")


def test_explain_missing_file_is_one_line_and_exit_1():
    result = runner.invoke(app, ["explain", "no-such-report.txt"])
    assert result.exit_code == 1
    assert "no-such-report.txt: no such file" in result.output
    assert "Traceback" not in result.output


def test_eval_json_has_every_kind_and_all_papers():
    result = runner.invoke(app, ["eval", *map(str, GOLDEN_FILES), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["papers"] == 108
    assert set(payload["kinds"]) == {"score", "delta", "ratio"}
    assert 0 < payload["kinds"]["score"]["precision"] <= 1


def test_eval_counts_a_missing_record_as_a_miss(tmp_path):
    golden = json.loads(GOLDEN_FILES[0].read_text(encoding="utf-8"))
    paper = next(p for p in golden["papers"] if p["records"])
    invented = dict(paper["records"][0], value=123456.0)
    paper["records"].append(invented)
    path = tmp_path / GOLDEN_FILES[0].name
    path.write_text(json.dumps(golden, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--show-misses"])
    assert result.exit_code == 0, result.output
    assert "missed" in result.output and "123456" in result.output


def test_eval_with_an_unreadable_golden_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_eval_full_agreement_counts_a_wrong_subset_that_precision_does_not(tmp_path):
    before = json.loads(runner.invoke(app, ["eval", str(GOLDEN_FILES[0]), "--format", "json"]).output)["kinds"]["score"]
    golden = json.loads(GOLDEN_FILES[0].read_text(encoding="utf-8"))
    for paper in golden["papers"]:
        for record in paper["records"]:
            record["subset"] = "Invented-Part"
    path = tmp_path / GOLDEN_FILES[0].name
    path.write_text(json.dumps(golden, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    after = json.loads(result.output)["kinds"]["score"]
    assert after["precision"] == before["precision"]
    assert after["model_agreement"] == before["model_agreement"]
    assert before["full_agreement"] > 0 and after["subset_agreement"] == after["full_agreement"] == 0
    assert {"generic_name_rate", "direction_agreement", "directions_compared"} <= set(after)


def test_eval_finds_a_test_sets_report_beside_its_golden_file_and_measures_its_boards(tmp_path):
    report = tmp_path / "day.txt"
    report.write_text(SAMPLE_REPORT_TEXT, encoding="utf-8")
    (tmp_path / "day.json").write_text(json.dumps({"report": "day.txt", "papers": [{
        "paper_id": "2602.05885", "title": "Dr. Kernel: reinforcement learning for kernels", "method": "Dr. Kernel",
        "records": [{"kind": "score", "benchmark": "KernelBench", "model": "Dr. Kernel", "metric": "hacking ratio",
                     "value": 3.0, "unit": "%", "evidence": "欺诈率（Hacking Ratio）从 20% 降至 3%"}],
        "optional": [{"kind": "score", "benchmark": "KernelBench", "model": "baseline", "metric": "hacking ratio",
                      "value": 20.0, "unit": "%", "evidence": "欺诈率（Hacking Ratio）从 20% 降至 3%"}],
    }]}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path / "day.json"), "--boards", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["kinds"]["score"]["true_positives"] == 1
    boards = payload["boards"]
    assert boards["default_boards"] == 1 and boards["default_rows"] == 1  # the baseline is left off
    assert boards["rows"]["unnamed_rows"] == [] and boards["unnamed_row_share"] == 0
    assert boards["ranked_boards"] == 1 and boards["boards_against_evidence"] == 0  # lowered from 20% to 3%
    table = runner.invoke(app, ["eval", str(tmp_path / "day.json"), "--boards"])
    assert "unnamed-system rows on default boards" in table.output


SAMPLE_REPORT_TEXT = """# Daily papers

**Date**: 2026-02-09

## 📄 Dr. Kernel: reinforcement learning for kernels

🔗 https://huggingface.co/papers/2602.05885

### 5. 实验效果

在 KernelBench 上，欺诈率（Hacking Ratio）从 20% 降至 3%。
"""


def test_explain_of_a_sentence_says_where_its_method_name_comes_from():
    """'EchoVox 的 WER 从 5.2% 降至 4.1%' gave model=Method without a word on why (new-user trial)."""
    sentence = "在 LibriSpeech test-other 上，EchoVox 的 WER 从 5.2% 降至 4.1%。"
    default = runner.invoke(app, ["explain", sentence])
    assert default.exit_code == 0 and "model=Method" in default.output
    assert default.output.rstrip().endswith("give --title 'Name: ...' when the sentence names the paper's system)")
    named = runner.invoke(app, ["explain", sentence, "--title", "EchoVox: streaming ASR"])
    assert "model=EchoVox" in named.output and "--title" not in named.output
