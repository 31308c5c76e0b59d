"""The Extractor as an object: built once, immutable, extended with a user's rules (YAML or Python)
that reach the API, the store's worker processes and every command; typed system references are
checked when a rule loads."""
from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

import metricsdb
from extractors import Extractor, check_rule_examples, default_extractor
from metricsdb import cli
from metricsdb.errors import MetricsdbError
from metricsdb.model import Paper
from metricsdb.store import Store

from .conftest import SAMPLE_REPORTS

SENTENCE = "Method 在 GSM8K 上位列第一，得分 91.2。"
YAML_RULE = textwrap.dedent("""\
    - name: score.ranked-first-with
      priority: 12
      pattern: '位列第一{ADV}[,，]?\\s*得分{ADV}{Q:value}'
      emit: [{quantity: value, kind: score, model: subject}]
      examples:
        - text: Method 在 GSM8K 上位列第一，得分 91.2。
          records: [{kind: score, value: 91.2, benchmark: GSM8K, model: Method}]
    """)
PYTHON_RULE = textwrap.dedent('''\
    """A user's rule written as code: every number right after 刷新纪录 is the subject's score."""
    from extractors import Claim, function_rule

    @function_rule("score.record-broken", priority=50, examples=[
        {"text": "Method 在 GSM8K 上刷新纪录 93.0。",
         "records": [{"kind": "score", "value": 93.0, "benchmark": "GSM8K", "model": "Method"}]}])
    def record_broken(paper, start, end):
        text = paper.view.text
        at = text.find("刷新纪录", start, end)
        mark = at + len("刷新纪录") + 1
        if at == -1 or mark >= end or paper.quantity_at(mark) is None:
            return []
        claim = Claim(rule="score.record-broken", quantity=mark, kind="score", model="subject", reference=None,
                      direction=None, metric_span=None, match_span=(at, mark + 1))
        return [(at, mark + 1, [claim])]
    ''')
REPORT_SENTENCE = "Method 在 GSM8K 上刷新纪录 93.0。"


def paper(text: str) -> Paper:
    return Paper("0000.00000", "Method: demo", "", {"results": text})


def rules_of(extractor: Extractor, text: str) -> list[str]:
    return [r.rule for r in extractor.extract_paper(paper(text), "2026-01-01")]


@pytest.fixture
def rule_files(tmp_path: Path) -> tuple[Path, Path]:
    yaml_file, py_file = tmp_path / "mine.yaml", tmp_path / "mine.py"
    yaml_file.write_text(YAML_RULE, encoding="utf-8")
    py_file.write_text(PYTHON_RULE, encoding="utf-8")
    return yaml_file, py_file


def test_with_rules_returns_a_new_extractor_and_leaves_the_default_alone(rule_files):
    yaml_file, py_file = rule_files
    mine = Extractor.default().with_rules(yaml_file).with_rules(py_file)
    assert Extractor.default() is default_extractor() and mine is not default_extractor()
    assert rules_of(mine, SENTENCE) == ["score.ranked-first-with"]
    assert rules_of(mine, REPORT_SENTENCE) == ["score.record-broken"]
    assert "score.ranked-first-with" not in {r.name for r in default_extractor().rules}
    assert check_rule_examples(mine, {"score.ranked-first-with", "score.record-broken"}) == {}
    with pytest.raises(MetricsdbError, match="score.ranked-first-with given more than once"):
        mine.with_rules(yaml_file)


def test_rules_as_dicts_and_from_a_module(rule_files):
    import yaml

    as_dicts = default_extractor().with_rules(yaml.safe_load(YAML_RULE))
    assert rules_of(as_dicts, SENTENCE) == ["score.ranked-first-with"]
    from extractors import function_rules

    assert {r.name for r in default_extractor().with_rules([]).rules} == {r.name for r in default_extractor().rules}
    with pytest.raises(MetricsdbError, match="given more than once"):
        default_extractor().with_rules(function_rules)  # the built-in module's rules are already there


def test_an_extractor_pickles_with_a_users_python_rules(rule_files):
    mine = default_extractor().with_rules(rule_files[0]).with_rules(rule_files[1])
    again = pickle.loads(pickle.dumps(mine))
    assert [r.name for r in again.rules] == [r.name for r in mine.rules]
    assert rules_of(again, REPORT_SENTENCE) == ["score.record-broken"]
    assert pickle.loads(pickle.dumps(default_extractor())) is default_extractor()


def test_a_users_rules_reach_ingest_workers(rule_files, tmp_path):
    report = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    first_results = report.index("实验效果")
    line_end = report.index("\n", report.index("\n", first_results) + 1)
    (tmp_path / "a.txt").write_text(report[:line_end] + f"\n- {REPORT_SENTENCE}" + report[line_end:], encoding="utf-8")
    (tmp_path / "b.txt").write_text(SAMPLE_REPORTS[1].read_text(encoding="utf-8"), encoding="utf-8")
    mine = default_extractor().with_rules(rule_files[1])
    with Store("sqlite://") as store:
        summary = store.ingest([tmp_path / "a.txt", tmp_path / "b.txt"], jobs=2, extractor=mine)
        assert not summary.errors
        assert "score.record-broken" in set(store.records()["rule"])


@pytest.mark.parametrize("emit, problem", [
    ("{quantity: value, model: subjet}", "rule score.bad: emit[0].model: 'subjet' is not one of subject, reference, "
                                         "baseline, {group: NAME}, {named: TEXT}"),
    ("{quantity: value, model: {group: sytem}}", "rule score.bad: emit[0].model: 'sytem' is not a group of its "
                                                 "pattern (value)"),
    ("{quantity: value, reference: {grup: ref}}", "rule score.bad: emit[0].reference"),
    ("{quantity: valeu}", "rule score.bad: emit[0].quantity: 'valeu' is not a group of its pattern (value)"),
    ("{quantity: value, kind: scores}", "rule score.bad: emit[0].kind"),
])
def test_a_typo_in_a_rule_is_a_load_error_naming_rule_and_field(tmp_path, emit, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(f"- name: score.bad\n  pattern: '得分{{Q:value}}'\n  emit: [{emit}]\n", encoding="utf-8")
    with pytest.raises(MetricsdbError) as caught:
        default_extractor().with_rules(path)
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_the_api_takes_an_extractor(rule_files):
    mine = default_extractor().with_rules(rule_files[0])
    assert metricsdb.extract(SAMPLE_REPORTS[0], mine) == metricsdb.extract(SAMPLE_REPORTS[0])  # no such sentence there


runner = CliRunner()


def run(*args: str, env: dict | None = None):
    return runner.invoke(cli.app, [str(a) for a in args], env=env)


def test_rules_reach_every_command(rule_files, tmp_path):
    yaml_file, py_file = rule_files
    report = tmp_path / "r.txt"
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")
    at = text.index("\n", text.index("\n", text.index("实验效果")) + 1)
    report.write_text(text[:at] + f"\n- {SENTENCE}" + text[at:], encoding="utf-8")
    plain = run("extract", report)
    mine = run("extract", report, "--rules", yaml_file, "--rules", py_file)
    assert "score.ranked-first-with" not in plain.stdout and "score.ranked-first-with" in mine.stdout
    from_env = run("extract", report, env={"METRICSDB_RULES": f"{yaml_file}"})
    assert from_env.stdout == run("extract", report, "--rules", yaml_file).stdout
    assert "score.ranked-first-with" in run("explain", SENTENCE, "--rules", yaml_file).stdout
    stored = run("ingest", report, "--db", tmp_path / "db.sqlite", "--rules", yaml_file)
    assert stored.exit_code == 0, stored.stderr
    with Store(str(tmp_path / "db.sqlite")) as store:
        assert "score.ranked-first-with" in set(store.records()["rule"])
    assert run("eval", "--rules", yaml_file, "--format", "json").exit_code == 0


def test_a_bad_rules_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: x\n  pattern: [unclosed\n", encoding="utf-8")
    for command in (["extract", SAMPLE_REPORTS[0]], ["explain", SENTENCE], ["eval"]):
        result = run(*command, "--rules", bad)
        assert result.exit_code == 1 and result.stdout == ""
        assert result.stderr.startswith(f"metricsdb: {bad}: not valid YAML: line ") and result.stderr.count("\n") == 1
    missing = run("extract", SAMPLE_REPORTS[0], "--rules", tmp_path / "nope.yaml")
    assert missing.stderr == f"metricsdb: {tmp_path / 'nope.yaml'}: no such rules file\n"


def test_a_users_rule_whose_example_fails_is_named_and_ingest_stores_nothing(rule_files, tmp_path):
    """A wrong example in a user's file was taken in silence by every command; only a Python call showed it."""
    yaml_file, py_file = rule_files
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(YAML_RULE.replace("value: 91.2", "value: 91.3"), encoding="utf-8")
    assert wrong.read_text(encoding="utf-8") != YAML_RULE
    for command in (["extract", SAMPLE_REPORTS[0]], ["explain", SENTENCE], ["eval", "--format", "json"]):
        result = run(*command, "--rules", wrong)
        [line] = result.stderr.splitlines()
        assert line.startswith(f"metricsdb: {wrong}: rule score.ranked-first-with: example [0] expected ")
        assert "'value': 91.3" in line and "'value': 91.2" in line
        assert result.stdout != ""  # extracting and explaining still show what the rule reads
    from_env = run("explain", SENTENCE, env={"METRICSDB_RULES": str(wrong)})
    assert from_env.stderr.startswith(f"metricsdb: {wrong}: rule score.ranked-first-with: example [0] ")
    with Store(str(tmp_path / "db.sqlite")) as store:
        store.ingest(SAMPLE_REPORTS[0])
        before = store.stats()
    refused = run("ingest", SAMPLE_REPORTS[1], "--db", tmp_path / "db.sqlite", "--rules", wrong)
    assert refused.exit_code == 1 and refused.stdout == ""
    assert refused.stderr.splitlines()[-1] == ("metricsdb: 1 example(s) of your rules fail (above): nothing stored; "
                                              "fix the rule or its example")
    with Store(str(tmp_path / "db.sqlite")) as store:
        assert store.stats() == before
    for good in (yaml_file, py_file):  # rules whose examples hold say nothing
        assert run("explain", SENTENCE, "--rules", good).stderr == ""


def test_a_rules_module_gives_the_rules_it_defines_not_those_it_imports(tmp_path):
    path = tmp_path / "reuse.py"
    path.write_text("from extractors.function_rules import named_is  # noqa: F401\n"
                    "RULES = [{'name': 'score.ranked-first-with', 'priority': 12, 'pattern': '位列第一{ADV}[,，]?\\\\s*得分{ADV}{Q:value}',\n"
                    "          'emit': [{'quantity': 'value', 'kind': 'score'}]}]\n", encoding="utf-8")
    mine = default_extractor().with_rules(path)
    assert rules_of(mine, SENTENCE) == ["score.ranked-first-with"]
    assert len(mine.rules) == len(default_extractor().rules) + 1


def test_each_record_says_where_its_number_stands_and_the_store_keeps_it():
    records = metricsdb.extract(SAMPLE_REPORTS)
    assert records and all(r.value_start is not None for r in records)
    for record in records:
        written = record.evidence[record.value_start:record.value_end]
        [quantity] = default_extractor().find_quantities(written)
        assert (quantity.start, quantity.end) == (0, len(written)), written
        assert abs(record.value) in (abs(quantity.value), abs(quantity.value_high or quantity.value)), written
    with Store("sqlite://") as store:
        store.ingest(SAMPLE_REPORTS)
        stored = store.records()
        assert list(zip(stored["value_start"], stored["value_end"])) == [(r.value_start, r.value_end) for r in records]


def test_a_value_span_outside_the_evidence_is_refused():
    from pydantic import ValidationError

    from .store_helpers import make_record

    record = make_record(evidence="准确率达到 84.1%", value=84.1)
    assert record.model_copy(update={"value_start": 6, "value_end": 11}).value_end == 11
    for start, end in ((6, 99), (6, None), (5, 5)):
        with pytest.raises(ValidationError):
            type(record).model_validate({**record.model_dump(), "value_start": start, "value_end": end})


def test_a_nul_in_any_text_field_of_a_record_is_refused_one_error_each():
    """The NUL check runs on the fields `_TEXT_FIELDS` lists: that is every field a str can stand in, and
    a NUL in each is refused, with one error per field when several hold one."""
    import typing

    from pydantic import ValidationError

    from metricsdb.model import _TEXT_FIELDS, Record

    from .store_helpers import make_record

    text = {name for name, field in Record.model_fields.items()
            if field.annotation is str or str in typing.get_args(field.annotation)}
    assert text == set(_TEXT_FIELDS)
    fields = make_record().model_dump()
    nul = {name: "a\x00b" for name in _TEXT_FIELDS if name != "report_date"}  # a date's pattern refuses it first
    for name, value in nul.items():
        with pytest.raises(ValidationError, match="NUL") as caught:
            Record(**{**fields, name: value})
        assert [error["loc"] for error in caught.value.errors()] == [(name,)]
    with pytest.raises(ValidationError) as caught:
        Record(**{**fields, **nul})
    assert sorted(error["loc"][0] for error in caught.value.errors()) == sorted(nul)


def test_the_rule_gate_opens_the_rules_a_search_per_rule_would_run():
    """`RuleGate` finds every rule's needed characters in one scan: for every character of the Basic
    Multilingual Plane (case folded ones included) and every span of a few sentences, it opens exactly
    the rules whose own `needed` search finds a character there."""
    gate = default_extractor().rule_gate
    needed = [(index, rule.needed) for index, rule in enumerate(gate.rules) if rule.needed is not None]
    assert needed and gate.any_needed is not None
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        character = chr(code)
        want = {index for index, pattern in needed if pattern.search(character)}
        assert (gate.any_needed.match(character) is not None) == bool(want), hex(code)
        if want:
            assert gate.open(character, 0, 1) == want, hex(code)
    for text in ["Foo 从 41.2 提升到 47.9（+6.7），比 Bar 高", "K=8 时 V 值为 3.1 → 2.9", "无任何数字的句子。", "ǅ ſ K İ"]:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert gate.open(text, start, end) == {index for index, pattern in needed if pattern.search(text, start, end)}
