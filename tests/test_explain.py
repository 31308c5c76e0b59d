"""`explain` says, for every number, the specific reason it gave no record: the guard's refusal, the
match that lost it to another rule, or the cues missing for any rule to match."""
from __future__ import annotations

import pytest

from extractors import default_extractor, explain_paper
from metricsdb.model import Paper


def explained(text: str, title: str = "Method: demo") -> str:
    return explain_paper(default_extractor(), Paper("0000.00000", title, "", {"results": text}))


def line_of(text: str, number: str, **kwargs) -> str:
    """The explain line of one number (its first line)."""
    return next(line for line in explained(text, **kwargs).splitlines() if line.strip().startswith(repr(number)))


@pytest.mark.parametrize("text, number, reason", [
    ("在 GSM8K 和 MATH 上，准确率达到 91.2%。", "91.2%", "score.reach: refused: no benchmark: none named in its sentence"),
    ("在 GSM8K 上，alert 的 42.8。", "42.8", "score.possessive: refused: no system: the 'system' part of the match names none"),
    ("在 GSM8K 上达到 999999999999999999%。", "999999999999999999%",
     "refused: a value the record contract refuses (value: Input should be less than or equal to 1000000000000000)"),
    ("在 GSM8K 上，Method 要求至少 1.2 倍。", "1.2 倍", "refused: a setting or requirement ('要求至少' before it)"),
])
def test_the_guard_gives_its_specific_reason(text, number, reason):
    assert reason in line_of(text, number)


def test_no_system_when_the_paper_has_no_method():
    line = line_of("在 GSM8K 上达到 91.2%。", "91.2%", title="a title without any method name in it at all")
    assert "refused: no system: the sentence names none and the paper's method is unknown" in line


@pytest.mark.parametrize("text, number, reason", [
    ("在 GSM8K 上，Method 的参数量为 7B。", "7B", "the guard would refuse it anyway: a model size"),
    ("在 GSM8K 上，Method 使用了 200 个样本达到 91.2%。", "200", "the guard would refuse it anyway: a count ('个' after it)"),
    ("在 GSM8K 上，seed 设为 42，准确率提升 3 个百分点。", "42", "a setting or requirement ('设为' before it)"),
])
def test_sizes_counts_and_settings_are_named(text, number, reason):
    assert reason in line_of(text, number)


def test_an_unclaimed_number_names_the_missing_cues():
    line = line_of("Method 在 GSM8K 上的表现，另外 45.3。", "45.3")
    assert "unclaimed: no rule matched: no verb of reaching or change" in line and "no metric in its clause" in line
    assert "no benchmark in its sentence" not in line
    assert "no benchmark in its sentence" in line_of("另外 45.3 也出现。", "45.3")


def test_the_matches_that_lost_are_listed_with_why():
    text = "在 GSM8K 上，准确率提升 3 个百分点。"
    lines = explained(text).splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("'3 个百分点'"))
    assert "delta.change-by: delta 3pp" in lines[at]
    assert "lost: delta.signed-or-points (to delta.change-by: priority 20 over 2)" in "\n".join(lines[at:])


def test_a_bare_year_is_pointed_out():
    line = line_of("Method 于 2024 发布，在 GSM8K 上表现最好。", "2024")
    assert line.endswith("; it looks like a year") and "guard" not in line


def test_a_number_in_a_heading_is_in_no_sentence():
    line = line_of("*   **FooSet（26 个游戏）**：\n    *   准确率达到 71.2%。", "26")
    assert "unclaimed: no rule matched: the number is in no sentence (a heading)" in line


def test_columns_line_up_when_a_number_is_written_in_chinese():
    """Every number's quoted form ends at one terminal column, so the rule column lines up: `'三成'` and
    `'12.5 个百分点'` are wider on screen than they have characters (a Chinese character takes two)."""
    from wcwidth import wcswidth

    text = "在 GSM8K 上准确率提升 12.5 个百分点，达到三成，达到 84.1%。"
    numbers = [line for line in explained(text).splitlines() if line.strip().startswith("'")]
    assert len(numbers) == 3
    assert {wcswidth(line[:line.index("' ") + 1]) for line in numbers} == {2 + 16}
