"""Reports in traditional characters read as their simplified twins (notation.yaml `traditional`):
the same records, evidence quoting the text as written, and simplified text left as it is."""
from __future__ import annotations

import pytest

from extractors import Extractor
from extractors.lexicon import DATA, NotationFile, load_file
from metricsdb.errors import MetricsdbError
from metricsdb.report import parse_report

HEADER = "# Hugging Face Daily Papers Report\n**Date**: 2026-02-03\n\n"

# (simplified, traditional): one results section in both scripts, each in another field's words.
TWINS = [
    ("在 LIBERO-Long 上，GraspNav 的成功率达到 87.5%，优于 OpenVLA 的 76.5%；推理延迟降低了 38%。",
     "在 LIBERO-Long 上，GraspNav 的成功率達到 87.5%，優於 OpenVLA 的 76.5%；推理延遲降低了 38%。"),
    ("在 LibriSpeech test-other 测试集上，WER 为 4.1%，较 Conformer 降低 0.9 个百分点。",
     "在 LibriSpeech test-other 測試集上，WER 為 4.1%，較 Conformer 降低 0.9 個百分點。"),
    ("*   **ScanNet 基准**：mIoU 达到 76.2，相比 PointNeXt 提升 3.4 分，参数量仅 7B 的一半。",
     "*   **ScanNet 基準**：mIoU 達到 76.2，相比 PointNeXt 提升 3.4 分，參數量僅 7B 的一半。"),
]


def report(results: str, heading: str = "### 5. 实验效果") -> str:
    return (HEADER + "## 📄 GraspNav: A Paper\n\n- **链接**: https://huggingface.co/papers/2602.00001\n\n"
            f"{heading}\n{results}\n")


def read(text: str) -> list:
    return Extractor.default().extract_report(parse_report(text))


@pytest.mark.parametrize("simplified, traditional", TWINS)
def test_a_section_in_traditional_characters_gives_its_simplified_twins_records(simplified, traditional):
    assert len(simplified) == len(traditional)
    twin = read(report(simplified))
    records = read(report(traditional))
    assert twin, "the simplified section must give records for the comparison to mean anything"
    fields = lambda r: (r.kind, r.benchmark, r.subset, r.model, r.metric, r.value, r.unit, r.direction)
    assert [fields(r) for r in records] == [fields(r) for r in twin]
    for record in records:
        assert record.evidence in traditional  # quoted as written, not as read


@pytest.mark.parametrize("heading", ["### 5. 實驗效果", "**實驗結果**：", "5. **實驗效果**"])
def test_a_results_heading_in_traditional_characters_opens_the_results(heading):
    paper = parse_report(report(TWINS[0][1], heading)).papers[0]
    assert paper.results_text.strip() == TWINS[0][1]


def test_simplified_text_is_read_as_written():
    folder = Extractor.default().folder
    text = "显著优于基线、著名的乾净数据覆盖率像素级、里程碑后发表面板、什么"
    assert folder.fold(text).text == text
    table = load_file(DATA / "notation.yaml", NotationFile).simplified
    assert not set(table) & set(table.values())  # one step: a simplified character is never read again


@pytest.mark.parametrize("pairs, problem", [(["為为 為伪"], "為伪"), (["為"], "為"), (["为为"], "为为"), (["\U000217b1女"], "\U000217b1")])
def test_a_traditional_entry_must_be_a_new_character_and_its_simplified_one(tmp_path, pairs, problem):
    good = (DATA / "notation.yaml").read_text(encoding="utf-8")
    bad = good[:good.index("traditional:")] + "traditional: " + repr(pairs).replace("'", '"') + "\n"
    (tmp_path / "notation.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(MetricsdbError, match=problem):
        load_file(tmp_path / "notation.yaml", NotationFile)
