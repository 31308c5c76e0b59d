"""Every data file is checked when a Lexicon loads: each kind of mistake is one line naming the file,
the key and the entry, never a traceback; and an Extractor without names still reads by structure."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from extractors import Extractor, Lexicon, default_extractor
from extractors.lexicon import DATA, alternation
from metricsdb.errors import MetricsdbError
from metricsdb.model import Paper


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the bundled data folder to break."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problem(folder: Path) -> str:
    with pytest.raises(MetricsdbError) as caught:
        Lexicon.load(folder)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_the_bundled_lexicon_loads():
    lexicon = Lexicon.load()
    assert lexicon.canonical_benchmark("aime25") == "AIME 2025"
    assert lexicon.metric_lower_is_better("fid") and not lexicon.metric_lower_is_better("accuracy")


def test_a_renamed_key_names_the_file_and_both_keys(data):
    edit(data, "cues.yaml", "subset_after:", "subset_afer:")
    message = problem(data)
    assert message.startswith(f"{data / 'cues.yaml'}: ")
    assert "subset_after: Field required" in message and "subset_afer: Extra inputs are not permitted" in message


def test_an_empty_word_names_its_key_and_place(data):
    edit(data, "cues.yaml", "score_after: [分数,", 'score_after: [分数, "",')
    assert problem(data) == (f"{data / 'cues.yaml'}: score_after[1]: String should have at least 1 character "
                             "(got '')")


def test_a_word_listed_twice(data):
    edit(data, "cues.yaml", "hardware: [GPU,", "hardware: [GPU, GPU,")
    message = problem(data)
    assert message.startswith(f"{data / 'cues.yaml'}: hardware: 'GPU' is listed twice")


def test_an_alias_under_two_canonical_names(data):
    with (data / "benchmarks.yaml").open("a", encoding="utf-8") as file:
        file.write("GSM8K Plus: [GSM-8K]\n")
    assert "spelling 'GSM-8K' is listed under both 'GSM8K' and 'GSM8K Plus'" in problem(data)
    assert problem(data).startswith(f"{data / 'benchmarks.yaml'}: ")


def test_a_metric_alias_under_two_metrics(data):
    with (data / "metrics.yaml").open("a", encoding="utf-8") as file:
        file.write("top-1 accuracy: {aliases: [准确率]}\n")
    assert "alias '准确率' is listed under both 'accuracy' and 'top-1 accuracy'" in problem(data)


def test_a_subset_spelling_under_two_names(data):
    edit(data, "subsets.yaml", "  w/ subs: [", "  w/ subs: [w/o sub, ")
    assert "spelling 'w/o sub' is listed under both 'w/o subs' and 'w/ subs'" in problem(data)
    assert problem(data).startswith(f"{data / 'subsets.yaml'}: ")


def test_a_key_written_twice_is_refused(data):
    with (data / "metrics.yaml").open("a", encoding="utf-8") as file:
        file.write("accuracy: {aliases: [Acc-again]}\n")
    message = problem(data)
    assert message.startswith(f"{data / 'metrics.yaml'}: not valid YAML: line ")
    assert "'accuracy' is written twice (also at line " in message


def test_bad_yaml_names_the_line(data):
    edit(data, "models.yaml", "families: [", "families: [[")
    message = problem(data)
    assert message.startswith(f"{data / 'models.yaml'}: not valid YAML: line ")


@pytest.mark.parametrize("name, old, new, where", [
    ("numerals.yaml", "万: 10000,", "万: 12345,", "scale_words.万: 12345 is not a power of ten"),
    ("units.yaml", 'x: [倍, ×, x, X]', 'x: [倍, ×, x, X, "%"]', "form '%' is listed under both '%' and 'x'"),
    ("rule_words.yaml", "to_words: [至, 到, 成]", "to_words: []", "to_words: List should have at least 1 item"),
])
def test_number_and_rule_words_are_checked_too(data, name, old, new, where):
    edit(data, name, old, new)
    assert where in problem(data)


def test_a_word_yaml_reads_as_a_boolean_is_refused(data):
    edit(data, "cues.yaml", '"on", in,', "on, in,")  # YAML 1.1 reads a bare `on` as true
    assert re.search(r"not_names\[\d+\]: Input should be a valid string", problem(data))  # where `on` stands in the list


def test_one_alternation_builder_prefers_the_longest_word():
    import re

    pattern = re.compile(alternation(["基准", "基准测试", "基准测试集"]))
    assert pattern.match("基准测试集上").group() == "基准测试集"
    assert re.fullmatch(alternation(["F1 分数"], space=r"\s*"), "F1分数")
    assert re.search(alternation([]), "anything") is None


def test_a_search_from_the_first_characters_finds_what_a_search_finds():
    """`from_starts` tries only the positions a match can start at: look-behinds, digits and
    spaces, and the extractor's big cue alternations give the same match as a plain search, for every
    start and end of a text; a pattern whose start cannot be told simply has no class."""
    import re

    from extractors.lexicon import first_character_class, from_starts

    subsets = default_extractor().words.subsets
    patterns = [re.compile(r"(?<![A-Za-z])(?:test|val)(?=[^a-z]|$)|\d\s*[xX*]\s*\d|上|Lv"),
                re.compile(r"[-^\]]+a|\s+b"), subsets.any_cue, subsets.any_cue_or_setting]
    texts = ["在 FooBench test 集上 8 x 8 分辨率，Lv 2 中为 \ue000 上", "atest-val 12*3 ^a -a ]a  b", "无任何线索的句子"]
    for pattern in patterns:
        assert first_character_class(pattern) is not None
        gated = from_starts(pattern)
        assert gated is not pattern
        for text in texts:
            for start in range(len(text) + 1):
                for end in range(start, len(text) + 1):
                    got = gated.search(text, start, end)
                    want = pattern.search(text, start, end)
                    assert (got and got.span()) == (want and want.span()), (pattern.pattern[:40], text, start, end)
    assert first_character_class(re.compile("a|b?")) is None  # may match empty
    assert first_character_class(re.compile("[^a]b")) is None
    assert first_character_class(re.compile("(?i:k)")) is None  # case ignored: K also matches the Kelvin sign
    assert from_starts(re.compile("a|b?")).pattern == "a|b?"


def test_a_first_character_look_ahead_never_changes_where_a_pattern_matches():
    """The look-aheads `gated` and `first_character_gate` put before the resolver's cue words and the metric
    names only skip positions: with them taken out again, each pattern matches at the same places with the
    same spans, over the sample reports and over letters whose case folds oddly (Kelvin sign, long s)."""
    from extractors import function_rules, records

    from .conftest import SAMPLE_REPORTS

    extractor = default_extractor()
    words, vocabulary = extractor.words, extractor.vocabulary
    look_ahead = re.compile(r"\(\?i:\(\?=\[(?:\\.|[^\]\\])*\]\)\)|\(\?=\[(?:\\.|[^\]\\])*\]\)|\(\?<!\[A-Za-z0-9_\]\)")
    patterns = [words.comparison, words.own_setting_word, words.behaviour_rate, words.behaviour_word,
                words.several_benchmarks, words.unmodified, words.subsets.listed_place, records._GAP_BEFORE,
                function_rules._COPULA, vocabulary.known_metric]
    texts = [path.read_text(encoding="utf-8") for path in SAMPLE_REPORTS]
    texts.append("\u212a\u017f \u0130 \u0131 batch size BATCH \u017fize 准确率 F1 f1 MAE \u212aL \u5e73\u5747\u4e3a \ue000 \u2014\u3001\ue000")
    for pattern in patterns:
        bare = re.compile(look_ahead.sub("", pattern.pattern), pattern.flags)
        assert bare.pattern != pattern.pattern, pattern.pattern[:60]
        for text in texts:
            for at in range(len(text)):
                got, want = pattern.match(text, at), bare.match(text, at)
                assert (got and got.span()) == (want and want.span()), (pattern.pattern[:60], text[at:at + 20])


def test_the_look_ahead_set_and_the_start_class_read_a_pattern_alike():
    """`first_characters` (the look-ahead of `gated`, a rule's needed characters) and `first_character_class`
    (the cue search) come from one walker: on a pattern both can read they name the same characters; case
    ignored widens the set and has no class; a class of digits has a class and no set."""
    import re
    from re import _parser

    from extractors.lexicon import first_character_class, first_characters
    from extractors.rules import macros

    extractor = default_extractor()
    words = macros(extractor.lexicon, extractor.vocabulary.metric_macro)
    for pattern in [re.compile(words["UP"]), re.compile(words["REACH"]), re.compile(r"(?:[a-c]x|d)+|(?<!y)上|(?:Lv)?z")]:
        chars, empty = first_characters(_parser.parse(pattern.pattern, pattern.flags).data)
        starts = first_character_class(pattern)
        assert chars and not empty and starts is not None
        probe = chars | set("0123456789 azAZ上下\ue000")
        assert {c for c in probe if starts.fullmatch(c)} == {c for c in probe if c in chars}
    assert first_characters(_parser.parse("(?i:k)x").data)[0] == {"k", "K"}
    assert first_character_class(re.compile("(?i:k)x")) is None
    assert first_characters(_parser.parse(r"\d+x").data)[0] is None
    assert first_character_class(re.compile(r"\d+x")).pattern == r"[\d]"
    assert first_characters(_parser.parse("a?b?").data) == ({"a", "b"}, True)  # may match empty


def test_without_names_keeps_number_and_cue_words_only():
    lexicon = default_extractor().lexicon.without_names()
    assert not lexicon.benchmarks and not lexicon.metrics
    assert not lexicon.models.families and not lexicon.models.methods
    assert lexicon.numerals == default_extractor().lexicon.numerals and lexicon.cues == default_extractor().lexicon.cues
    assert lexicon.canonical_benchmark("aime25") == "aime25"


def test_an_extractor_without_names_reads_by_structure():
    """A known benchmark by its shape and the 在 X 上 frame; a metric by a cue only when unknown."""
    bare = default_extractor().without_names()
    assert isinstance(bare, Extractor) and bare.lexicon != default_extractor().lexicon
    paper = Paper("0000.00000", "FooNet: A Test", "", {"results": "FooNet 在 GSM8K 上的准确率达到 91.2%。"})
    with_names = default_extractor().extract_paper(paper, "2026-01-01")
    without = bare.extract_paper(paper, "2026-01-01")
    assert [(r.benchmark, r.model, r.value) for r in without] == [("GSM8K", "FooNet", 91.2)]
    assert with_names[0].metric == "accuracy" and without[0].metric == "score"  # 准确率 is a rate by shape only


def test_an_extractor_runs_on_another_folder_of_word_lists(data):
    with (data / "benchmarks.yaml").open("a", encoding="utf-8") as file:
        file.write("FooBench Pro: [FBP]\n")
    mine = default_extractor().with_lexicon(Lexicon.load(data))
    paper = Paper("0000.00000", "FooNet: A Test", "", {"results": "FooNet 在 FBP 上的准确率达到 91.2%。"})
    assert [r.benchmark for r in mine.extract_paper(paper, "2026-01-01")] == ["FooBench Pro"]
    assert [r.benchmark for r in default_extractor().extract_paper(paper, "2026-01-01")] == ["FBP"]


def test_the_table_words_are_checked_like_the_other_files(data):
    edit(data, "tables.yaml", "overall_words:", "overal_words:")
    message = problem(data)
    assert message.startswith(f"{data / 'tables.yaml'}: ")
    assert "overall_words: Field required" in message and "overal_words: Extra inputs are not permitted" in message
