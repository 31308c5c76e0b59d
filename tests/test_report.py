"""The report parser: headers, paper blocks, every results-heading style, encodings, and its errors."""
from __future__ import annotations

import codecs
import re

import pytest

from metricsdb.errors import ReportError
from metricsdb.report import decode_report, is_chinese, legacy_encoding, parse_report, read_report

from .conftest import REPO, SAMPLE_REPORTS

HEADER = "# Hugging Face Daily Papers Report\n**Date**: 2026-01-11\n**Source URL**: https://huggingface.co/papers/date/2026-01-11\n\n"
RESULTS = "   *   **AIME 2025**：准确率达到 84.1%。\n   *   相比 GRPO 提升 2.6 分。"


def paper_block(results_heading: str, results: str = RESULTS, paper_id: str = "2601.04300") -> str:
    return (
        f"## 📄 A Paper Title\n\n- **链接**: https://huggingface.co/papers/{paper_id}\n\n"
        f"4. **主要创新点**\n   提出了新方法。\n\n{results_heading}\n{results}\n\n"
        "6. **局限性**\n   仍需更多实验。\n\n============================================================\n\n"
    )


@pytest.mark.parametrize("path", SAMPLE_REPORTS, ids=lambda p: p.stem)
def test_every_sample_paper_has_its_results_section(path):
    text = path.read_text(encoding="utf-8")
    report = read_report(path)
    assert report.date == re.search(r"\*\*Date\*\*: (\S+)", text).group(1)
    assert report.source_url == f"https://huggingface.co/papers/date/{report.date}"
    assert len(report.papers) == text.count("## 📄")
    for paper in report.papers:
        assert paper.results_text.strip(), paper.paper_id
        assert paper.results_text in text
        assert "主要创新点" not in paper.results_text and "## 📄" not in paper.results_text
        assert not paper.results_text.rstrip().endswith("===")
        assert paper.url == f"https://huggingface.co/papers/{paper.paper_id}"


HEADING_STYLES = [
    # styles found in the sample reports
    "### 5. 实验效果", "## 5. 实验效果", "5. **实验效果**", "5. **实验效果**：", "**5. 实验效果**", "### 5. **实验效果**",
    # plausible styles the samples do not have
    "五、实验效果", "## Results", "### Experiments", "**实验效果**：", "**实验效果：**", "5. 实验效果", "5、实验结果",
    "#### 5. Experimental Results", "5) **RESULTS**", "   5. **实验效果** (Experiments)",
    "**5 实验效果**", "### 5 实验效果", "五 实验结果",  # a number and a space, no dot (an outside digest)
    # symbols around the number and title (newsletter and social-media digests)
    "■ 五、实验结果", "**〖5〗实验结果**", "### 🔬 5. 实验结果 🔬", "4️⃣ **Results** ✨", "**◆ 实验与结果 ◆**",
    "▌Results", "【五、实验结果】", "#### ⑤ 实验效果",
    # a question-and-answer digest asks for the section; a newsletter puts a slash or bar after its title
    "**Q：实验效果怎么样？**", "Q: Results?", "**Q3：实验结果如何？**", "问：这篇论文的实验效果如何？", "实验效果 /",
    "实验结果 ｜", "**Results** |",
    # a slash, bar, dash or colon between the number and the title (a newsletter's '**5 / 实验效果**')
    "**5 / 实验效果**", "### 05 | Results", "4 — 实验结果", "五／实验效果", "5: Experiments",
]


@pytest.mark.parametrize("heading", HEADING_STYLES)
def test_results_heading_styles(heading):
    report = parse_report(HEADER + paper_block(heading))
    paper = report.papers[0]
    assert paper.results_text == RESULTS
    assert paper.sections["innovations"] == "   提出了新方法。"
    assert paper.sections["limitations"] == "   仍需更多实验。"


@pytest.mark.parametrize("heading", ["5. **实验效果**：", "**实验效果：** ", "## Results:"])
def test_results_may_start_on_the_heading_line(heading):
    paper = parse_report(HEADER + paper_block(f"{heading}在 AIME 2025 上达到 84.1%。", results="另有说明。")).papers[0]
    assert paper.results_text == "在 AIME 2025 上达到 84.1%。\n另有说明。"


@pytest.mark.parametrize("line", ["→ 实验结果显示在 X-Bench 上达到 84.1%。", "✅ Results on RoboSuite: 71.2%",
                                  "▶ 在 AudioSet 上 mAP 为 48.6（实验效果最好）"])
def test_a_result_line_that_starts_with_a_symbol_stays_in_the_results(line):
    results = f"   总体表现良好。\n{line}\n   更多细节。"
    paper = parse_report(HEADER + paper_block("**【5. 实验结果】**", results=results)).papers[0]
    assert paper.results_text == results


@pytest.mark.parametrize("heading", ["**【2. 一句话核心贡献】**", "**2. 核心贡献**", "### **核心贡献**"])
def test_a_bold_heading_may_have_its_text_on_the_same_line_without_a_colon(heading):
    # newsletter digests write "**【2. 一句话核心贡献】** 本文提出 …": the closing ** ends the heading
    text = HEADER + paper_block("5. **实验效果**").replace("4. **主要创新点**", f"{heading} 本文提出 FooNet。\n4. **主要创新点**")
    paper = parse_report(text).papers[0]
    assert paper.sections["contribution"] == "本文提出 FooNet。"
    assert paper.results_text == RESULTS


@pytest.mark.parametrize("heading", ["实验效果 / ", "实验结果｜", "**Q：实验效果怎么样？** "])
def test_results_may_start_on_a_slash_or_question_heading_line(heading):
    paper = parse_report(HEADER + paper_block(f"{heading}在 AIME 2025 上达到 84.1%。", results="另有说明。")).papers[0]
    assert paper.results_text.endswith("另有说明。") and "84.1%" in paper.results_text


@pytest.mark.parametrize("line", ["实验 表明 FooNet 在 X 上达到 84.1%。", "5. 实验效果 在 X 上达到 84.1%。",
                                  # a question that is no heading's: no Q, or a long question; a slash inside a name
                                  "实验效果如何？在 X 上达到 84.1%。", "Q：实验中 FooNet 在 X-Bench 上的准确率是多少？84.1%",
                                  "实验结果/成本比在 X 上为 3.2。", "5 / 实验效果提升 3.2 分。", "2 - 实验 中的延迟为 3.2 ms。"])
def test_a_heading_word_followed_by_text_without_bold_or_colon_is_no_heading(line):
    paper = parse_report(HEADER + paper_block("5. **实验效果**", results=line)).papers[0]
    assert paper.results_text == line


def test_a_repeated_section_heading_is_a_sub_heading_and_keeps_its_text():
    results = "   总体表现良好。\n**实验结果**：在 GPQA 上达到 70.2%。\n   更多细节。"
    paper = parse_report(HEADER + paper_block("5. **实验效果**", results=results)).papers[0]
    assert paper.results_text == results


def test_a_paper_without_results_section_has_empty_results_text():
    text = HEADER + "## 📄 T\n- **链接**: https://huggingface.co/papers/2601.00001\n1. **应用领域**\n   NLP\n"
    paper = parse_report(text).papers[0]
    assert paper.results_text == "" and paper.sections == {"application": "   NLP"}


def test_windows_and_old_mac_line_endings_parse_like_unix_ones():
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    unix = parse_report(text)
    assert parse_report(text.replace("\n", "\r\n")).papers == unix.papers
    assert parse_report(text.replace("\n", "\r")).papers == unix.papers


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_byte_order_marks_are_decoded(tmp_path, encoding):
    text = SAMPLE_REPORTS[1].read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM themselves
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    assert read_report(path).papers == parse_report(text).papers


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_chinese_legacy_encodings_are_decoded_and_named(tmp_path, encoding):
    text = SAMPLE_REPORTS[2].read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))  # GBK has no 📄: an editor writes ?
    assert read_report(path).papers == parse_report(text).papers
    assert legacy_encoding(path) == "GB18030"
    assert [decode_report(text.encode(e), "x")[1] for e in ("utf-8", "utf-8-sig", "utf-16")] == ["UTF-8", "UTF-8", "UTF-16"]


REPORT_FILES = [*SAMPLE_REPORTS, *sorted((REPO / "tests" / "data").glob("holdout*/*.txt")),
                *sorted((REPO / "tests" / "data" / "fields" / "dev").glob("*.txt"))]


@pytest.mark.parametrize("path", REPORT_FILES, ids=lambda p: p.stem)
def test_every_chinese_results_section_we_have_is_read_as_chinese(path):
    """The language check's margin: no real section comes near refusal (they have at most one English
    function word per 25 Chinese characters; refusal needs more words than characters)."""
    for paper in read_report(path).papers:
        results = paper.results_text
        words = len(re.findall(r"\b(?:the|and|of|to|in|on|with|for|by|than|is|are|our|we|a|an)\b", results, re.I))
        assert is_chinese(results) and words <= 3, (paper.paper_id, words)


@pytest.mark.parametrize(("results", "chinese"), [
    ("FooNet reaches 91.2% accuracy on GSM8K, beating GPT-4o (84.8%).", False),
    ("*   **GSM8K**: 91.2% accuracy, +2.6 over the base model and 2.8x faster than the baseline.", False),
    ("FooNet 在 GSM8K 上达到 91.2%，超越 GPT-4o (84.8%)。", True),
    ("*   **Seed-TTS-eval test-en**：\n    *   **WER**：1.79%，CosyVoice 2 为 2.57%。", True),
    ("91.2% (GSM8K)", True),  # no words of either: nothing to refuse
    ("", True),
])
def test_is_chinese(results, chinese):
    assert is_chinese(results) is chinese


def test_a_paper_whose_results_are_in_english_is_left_out_and_the_others_are_read():
    """One English paper in a digest cost the whole report its records (the report was refused)."""
    english = "*   On GSM8K, the method reaches 91.2% accuracy, beating GPT-4o by 6.4 points."
    text = HEADER + paper_block("5. 实验效果") + paper_block("5. 实验效果", english, paper_id="2512.24160")
    report = parse_report(text, "daily.md")
    assert [paper.paper_id for paper in report.papers] == ["2601.04300"]


def test_a_report_whose_results_are_all_in_english_is_refused_naming_the_file_and_a_paper():
    english = "*   On GSM8K, the method reaches 91.2% accuracy, beating GPT-4o by 6.4 points."
    text = HEADER + paper_block("5. 实验效果", english, paper_id="2512.24160") + paper_block("5. 实验效果", english)
    with pytest.raises(ReportError) as caught:
        parse_report(text, "daily.md")
    assert str(caught.value) == ("daily.md: paper 2512.24160: its results section is not in Chinese; metricsdb "
                                 "reads the Chinese results (实验效果) of daily-papers reports")


def test_header_fields_and_links():
    text = HEADER + paper_block("5. 实验效果") + paper_block("5. 实验效果", paper_id="2512.24160")
    report = parse_report(text, "daily.md")
    assert (report.date, report.path) == ("2026-01-11", "daily.md")
    assert [p.paper_id for p in report.papers] == ["2601.04300", "2512.24160"]
    assert report.papers[0].title == "A Paper Title"


def test_arxiv_links_and_a_missing_source_url_are_accepted():
    text = "**Date**：2026-02-06\n\n## 📄 T\n- 链接: https://arxiv.org/abs/2602.05842v2\n5. 实验效果\n达到 90%。\n"
    report = parse_report(text)
    assert report.source_url is None and report.date == "2026-02-06"
    assert (report.papers[0].paper_id, report.papers[0].url) == ("2602.05842", "https://arxiv.org/abs/2602.05842v2")


def test_a_paper_listed_twice_is_kept_once():
    report = parse_report(HEADER + paper_block("5. 实验效果") + paper_block("5. 实验效果"))
    assert len(report.papers) == 1


@pytest.mark.parametrize(("text", "problem"), [
    ("just some notes\n", "not a daily-papers report (no '**Date**:' header, no papers)"),
    ("**Date**: 2026-01-11\n\nnothing else\n", "no papers found (no '## 📄 <title>' blocks)"),
    (paper_block("5. 实验效果"), "no '**Date**: YYYY-MM-DD' line before the first paper"),
    (HEADER.replace("2026-01-11", "2026-1-5", 1) + paper_block("5. 实验效果"),  # the line is there: say what it says
     "its date line says '2026-1-5', not a date written YYYY-MM-DD ('**Date**: 2026-01-16')"),
    (HEADER.replace("2026-01-11", "", 1) + paper_block("5. 实验效果"),
     "its date line is empty, not a date written YYYY-MM-DD ('**Date**: 2026-01-16')"),
    (HEADER.replace("2026-01-11", "2026-13-45", 1) + paper_block("5. 实验效果"),
     "its date 2026-13-45 is not a calendar date (**Date**: YYYY-MM-DD)"),
    (HEADER + "## 📄 Title\nno link here\n", "no paper block has a huggingface.co/papers or arxiv.org link"),
])
def test_text_that_is_not_a_report_is_a_report_error(text, problem):
    with pytest.raises(ReportError) as caught:
        parse_report(text, "x.md")
    assert (caught.value.path, caught.value.problem, str(caught.value)) == ("x.md", problem, f"x.md: {problem}")


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "empty file"),
    (b" \n\t\n", "empty file"),
    ("**Date**: 2026-01-11 caf\xe9".encode("latin-1"), "not UTF-8 text (invalid byte at offset 24), nor GB18030 / GBK"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not a text report"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "broken UTF-16 text at byte 2"),
])
def test_unreadable_files_are_report_errors_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReportError, match=re.escape(f"{path}: {problem}")):
        read_report(path)


def test_missing_files_and_folders_are_report_errors(tmp_path):
    with pytest.raises(ReportError, match="no such file"):
        read_report(tmp_path / "missing.txt")
    with pytest.raises(ReportError, match="is a folder, not a report file"):
        read_report(tmp_path)
