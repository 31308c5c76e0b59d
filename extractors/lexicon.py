"""The vocabulary of the engine: every YAML file under `extractors/data/`, validated, as one object.

`Lexicon.load(folder)` reads and checks each file against its schema (unknown or missing keys, empty
words, a word listed twice, an alias under two canonical names); any problem is one `MetricsdbError`
line naming the file, the key and the entry. The engine asks the lexicon what a word means; it never
names a benchmark or a paper itself. `alternation` is the one way word lists become regexes.
"""
from __future__ import annotations

import _sre
import re
import unicodedata
from contextlib import contextmanager
from re import _compiler as _re_compiler
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from collections.abc import Hashable
from typing import Annotated, Callable, Iterable, Literal, Optional

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from metricsdb.errors import MetricsdbError

DATA = Path(__file__).with_name("data")


# ---------------------------------------------------------------- regex building

def alternation(words: Iterable[str], *, space: str = r"\ ", after_first: str = "",
                end: Optional[Callable[[str], str]] = None) -> str:
    """One regex alternation of literal words in which the longest word matching wins; never matches
    when there are no words. Built as a trie, so the regex engine does not try each word in turn.

    `space` is what a space inside a word matches (`\\s*`: any run of spaces, or none);
    `after_first` is inserted after each word's first character (a boundary look-behind placed there
    keeps the pattern starting with plain characters, which `re` scans for quickly); `end(word)` is
    a check appended where a word ends (`(?![A-Za-z])` for Latin unit forms).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = end(word) if end else ""
    if not trie:
        return "(?!)"

    def emit(node: dict, guard: str = "") -> str:
        branches = [(space if char == " " else re.escape(char)) + guard + emit(child)
                    for char, child in node.items() if char]
        if not branches:
            return node.get("", "")
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body}|{node['']})" if node[""] else f"(?:{body})?"
        return body

    return emit(trie, after_first)


def _starts(items, fold: bool = False) -> tuple[Optional[list[tuple]], bool]:
    """What a parsed regex's first character can be, and whether it can match empty: a list of
    ("literal", char, fold), ("range", low, high, fold) and ("category", code) items, `fold` where case
    is ignored; (None, _) when that cannot be told simply (a negated class, a backreference, any char).
    The one walker behind `first_characters` (a set, for look-aheads) and `first_character_class`."""
    from re import _constants as op

    found: list[tuple] = []
    for code, arg in items:
        if code is op.LITERAL:
            return found + [("literal", chr(arg), fold)], False
        if code is op.IN:
            for kind, value in arg:
                if kind is op.LITERAL:
                    found.append(("literal", chr(value), fold))
                elif kind is op.RANGE:
                    found.append(("range", value[0], value[1], fold))
                elif kind is op.CATEGORY:
                    found.append(("category", value))
                else:
                    return None, False
            return found, False
        if code is op.BRANCH:
            nullable = False
            for branch in arg[1]:
                first, empty = _starts(branch, fold)
                if first is None:
                    return None, False
                found += first
                nullable = nullable or empty
            if not nullable:
                return found, False
        elif code in (op.SUBPATTERN, op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
            inner = code is op.SUBPATTERN
            first, empty = _starts(arg[3] if inner else arg[2], fold or inner and bool(arg[1] & re.IGNORECASE))
            if first is None:
                return None, False
            found += first
            if not empty and (inner or arg[0] > 0):
                return found, False
        elif code not in (op.ASSERT, op.ASSERT_NOT, op.AT):  # zero-width: the next item decides
            return None, False
    return found, True


def first_characters(items, ignore_case: bool = False) -> tuple[Optional[set[str]], bool]:
    """The characters a parsed regex can start with, and whether it can match empty; (None, _) when
    that cannot be told simply (a character class like \\w, a range of 200 characters or more)."""
    found, empty = _starts(items, ignore_case)
    if found is None:
        return None, False
    chars: set[str] = set()
    for item in found:
        if item[0] == "literal":
            char = item[1]
            chars |= {char.lower(), char.upper()} if item[2] else {char}
        elif item[0] == "range" and item[2] - item[1] < 200:
            span = [chr(c) for c in range(item[1], item[2] + 1)]
            chars.update(span)
            if item[3]:
                chars.update(c.upper() for c in span)
        else:
            return None, False
    return chars, empty


def first_character_gate(pattern: str) -> str:
    """A look-ahead for the characters `pattern` can start with, however many: the metric names'
    alternation starts with hundreds, which the regex engine otherwise tries one by one at every
    position of a sentence; a character set is one lookup. Case is ignored, so the look-ahead never
    refuses a position the pattern matches at (`(?i:k)` matches more than k and K)."""
    from re import _parser

    first, empty = first_characters(_parser.parse(pattern).data)
    if not first or empty:
        return ""
    return "(?i:(?=[" + "".join(re.escape(char) for char in sorted(first)) + "]))"


def first_character_class(regex: re.Pattern[str]) -> Optional[re.Pattern[str]]:
    """A character class of every character a match of `regex` can start with, for `from_starts`;
    None when that cannot be told simply (case ignored, a negated class, a pattern that may match empty)."""
    from re import _constants as op
    from re import _parser

    categories = {op.CATEGORY_DIGIT: r"\d", op.CATEGORY_SPACE: r"\s", op.CATEGORY_WORD: r"\w"}
    if regex.flags & re.IGNORECASE:
        return None
    found, empty = _starts(_parser.parse(regex.pattern, regex.flags).data)
    if found is None or empty:
        return None
    parts: list[str] = []
    for item in found:
        if item[0] == "category":
            if item[1] not in categories:
                return None
            parts.append(categories[item[1]])
        elif item[-1]:  # case ignored inside: (?i:k) matches the Kelvin sign too
            return None
        elif item[0] == "literal":
            parts.append(re.escape(item[1]))
        else:
            parts.append(re.escape(chr(item[1])) + "-" + re.escape(chr(item[2])))
    return re.compile("[" + "".join(dict.fromkeys(parts)) + "]", regex.flags & re.ASCII)


def from_starts(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with a look-ahead for the characters a match can start with (`first_character_class`): the
    same matches, but a big alternation of words with look-arounds, which the regex engine would try
    branch by branch at every position, is dropped in one test at most positions, in C."""
    starts = first_character_class(regex)
    return regex if starts is None else re.compile(rf"(?={starts.pattern})(?:{regex.pattern})", regex.flags)


_ASCII_FOLDS: dict[str, str] = {}  # filled by _folds: each ASCII letter and the characters that fold to it


def _folds(char: str) -> Optional[str]:
    """The characters that `re` matches as `char` when case is ignored, or None for a cased character
    outside ASCII (not worked out). It lowers the text's character and compares: a character of no case
    only matches itself, an ASCII letter its two cases, the Kelvin sign, the dotted capital I and
    `re`'s own extra pairs (i / dotless i, s / long s) (tests/test_lexicon_skip.py reads every code point)."""
    from re import _casefix

    if not char.isascii():
        return None if _sre.unicode_iscased(ord(char)) else char
    if not char.isalpha():
        return char
    if char not in _ASCII_FOLDS:
        lowered = char.lower()
        same = {lowered, *map(chr, _casefix._EXTRA_CASES.get(ord(lowered), ()))}
        candidates = {c for low in same for c in (low, low.upper())} | {"\u0130", "\u212a"}
        _ASCII_FOLDS[char] = "".join(sorted(c for c in candidates if chr(_sre.unicode_tolower(ord(c))) in same))
    return _ASCII_FOLDS[char]


def start_charset(parsed, flags: int) -> Optional[list[tuple]]:
    """Every character a match of a parsed regex can start with, as `re`'s charset items, or None when
    that cannot be told simply: what `re` itself finds only for a pattern that opens with a literal, a
    plain class or an alternation of literals, and with case ignored only for characters of no case."""
    from re import _constants as op

    ignore_case = bool(flags & re.IGNORECASE)
    found, empty = _starts(parsed.data, ignore_case)
    if found is None or empty or flags & re.LOCALE:
        return None
    items: list[tuple] = []
    for item in found:
        if item[0] == "category":
            if ignore_case or "(?i" in str(parsed.state.str):
                return None  # a category tested on the lowered character: not worked out
            items.append((op.CATEGORY, item[1]))
        elif item[-1]:  # case ignored here
            chars = [item[1]] if item[0] == "literal" else [chr(c) for c in range(item[1], item[2] + 1)]
            if len(chars) > 256:
                return None
            for char in chars:
                folded = _folds(char)
                if folded is None:
                    return None
                items += [(op.LITERAL, ord(c)) for c in folded]
        elif item[0] == "literal":
            items.append((op.LITERAL, ord(item[1])))
        else:
            items.append((op.RANGE, (item[1], item[2])))
    return items


@contextmanager
def skipping_starts():
    """Patterns compiled inside skip, in C, to the characters a match can start with. `re` finds those
    only when a pattern opens with a literal, a plain class or an alternation of literals; any other
    pattern (a look-ahead gate, a look-behind, a group, words with case ignored) has its match tried at
    every position of the text, which a pass spent most of its regex time on. Here `re`'s compiler is
    also given `start_charset` for the duration: the same pattern text, the same matches, only the
    compiled start-set added. Used around building an Extractor and importing the package."""
    original = _re_compiler._get_charset_prefix
    if original is not _CHARSET_PREFIX:  # inside another: already patched
        yield
        return

    def charset_prefix(pattern, flags):
        found = original(pattern, flags)
        return found if found is not None else start_charset(pattern, flags)

    _re_compiler._get_charset_prefix = charset_prefix
    try:
        yield
    finally:
        _re_compiler._get_charset_prefix = original


_CHARSET_PREFIX = _re_compiler._get_charset_prefix  # re's own: gated() decides by it, patched or not


def gated(expanded: str, flags: int = 0) -> str:
    """The pattern with a look-ahead listing the characters it can start with, when that list is
    short: the regex engine then skips to those characters in C instead of trying every position
    (5x faster for patterns that start with a word list such as {CHANGE}); `flags` are the ones the
    pattern will be compiled with. A pattern that starts with a literal or a plain character set
    already has that skip, which a look-ahead in front would turn off: it is left as it is."""
    from re import _compiler, _parser

    parsed = _parser.parse(expanded, flags)
    if _compiler._get_literal_prefix(parsed, flags)[0] or _CHARSET_PREFIX(parsed, flags) is not None:
        return expanded
    first, empty = first_characters(parsed.data, bool(flags & re.IGNORECASE))
    if first is None or empty or len(first) > 300:
        return expanded
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + expanded


_KEY_DROP = re.compile(r"[\s\-_–—·.]+")


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Forgiving comparison key for a benchmark or model name: case, width, spaces and hyphens ignored.
    Cached (bounded): the resolver asks it for the same few names of a section thousands of times."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", name).casefold())


# ---------------------------------------------------------------- schemas of the data files

def _each_once(words: list) -> list:
    seen: set = set()
    for word in words:
        if word in seen:
            raise ValueError(f"{word!r} is listed twice")
        seen.add(word)
    return words


Word = Annotated[str, StringConstraints(min_length=1)]
Char = Annotated[str, StringConstraints(min_length=1, max_length=1)]
Words = Annotated[list[Word], Field(min_length=1), AfterValidator(_each_once)]  # each list becomes a regex
Names = Annotated[list[Word], AfterValidator(_each_once)]  # may be empty (a benchmark without aliases)
Chars = Annotated[list[Char], Field(min_length=1), AfterValidator(_each_once)]
Sign = Literal["+", "-"]
Digit = Annotated[int, Field(ge=0, le=9)]


def _power_of_ten(n: int) -> int:
    if n < 10 or str(n).rstrip("0") != "1":
        raise ValueError(f"{n} is not a power of ten (10, 100, 1000, ...)")
    return n


PowerOfTen = Annotated[int, AfterValidator(_power_of_ten)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _one_canonical(table: dict[str, list[str]], what: str) -> None:
    """An alias (compared by name_key) never stands for two canonical names."""
    owner: dict[str, str] = {}
    for canonical, aliases in table.items():
        for spelling in dict.fromkeys([canonical, *aliases]):
            key = name_key(spelling)
            if owner.setdefault(key, canonical) != canonical:
                raise ValueError(f"{what} {spelling!r} is listed under both {owner[key]!r} and {canonical!r}")


def _plain_words(name: str) -> bool:
    """True for a name of ordinary words, lower case or capitalised (`Accuracy`, `Over-Refusal Rate`):
    their capitals carry no meaning, unlike those of `HOTA`, `mIoU`, `F1`."""
    return all(len(part) > 1 and part.isalpha() and part[1:].islower() for part in re.split(r"[\s-]+", name))


class MetricEntry(_Strict):
    aliases: Names = []
    better: Literal["higher", "lower", "unknown"] = "higher"  # unknown: the board's records decide
    display: Optional[str] = None  # how boards show the name (`HOTA`); default: see `metric_display`

    @model_validator(mode="after")
    def _display_is_a_spelling(self) -> "MetricEntry":
        if self.display is not None and name_key(self.display) not in {name_key(a) for a in self.aliases}:
            raise ValueError(f"display {self.display!r} is none of the aliases")
        return self

    def shown(self, canonical: str) -> str:
        """The name a reader expects on a board: `display`, else the first alias that spells the
        canonical name with capitals that carry meaning (`HOTA`, `mIoU`, `ATE RMSE`, not `Accuracy`),
        else the canonical lower-case name."""
        if self.display:
            return self.display
        key = name_key(canonical)
        return next((a for a in self.aliases if name_key(a) == key and not _plain_words(a)), canonical)


class MetricsFile(_Strict):
    """metrics.yaml: canonical metric -> its spellings and which way is better."""

    metrics: dict[Word, MetricEntry]

    @model_validator(mode="after")
    def _aliases_once(self) -> "MetricsFile":
        _one_canonical({name: entry.aliases for name, entry in self.metrics.items()}, "alias")
        return self


class BenchmarksFile(_Strict):
    """benchmarks.yaml: canonical benchmark -> other spellings."""

    benchmarks: dict[Word, Names]

    @model_validator(mode="before")
    @classmethod
    def _no_aliases_is_empty(cls, data: dict) -> dict:
        table = data.get("benchmarks")
        if isinstance(table, dict):
            data = {**data, "benchmarks": {k: [] if v is None else v for k, v in table.items()}}
        return data

    @model_validator(mode="after")
    def _aliases_once(self) -> "BenchmarksFile":
        _one_canonical(self.benchmarks, "spelling")
        return self


class ModelsFile(_Strict):
    """models.yaml: model families (name prefixes), well-known methods, words that take a version."""

    families: Names
    methods: Names
    version_words: Words


class CuesFile(_Strict):
    """cues.yaml: cue words around names and numbers (see the comments in the file)."""

    benchmark_after: Words
    benchmark_before: Words
    model_after: Words
    comparison_before: Words
    self_reference: Words
    baseline_words: Words
    base_model_words: Words
    human_words: Words
    count_classifiers: Words
    subset_after: Words
    benchmark_suffixes: Words
    place_frame_before: Words
    place_frame_after: Words
    dataset_headings: Words
    setting_before: Words
    setting_after: Words
    training_words: Words
    metric_after: Words
    score_after: Words
    style_after: Words
    not_names: Words
    leading_prepositions: Words
    split_words: Words
    hardware: Words
    modalities: Words
    setting_rates: Words
    collection_modifiers: Words
    subset_nouns: Words
    coordinators: Words
    place_coordinators: Words
    trained_on: Words
    label_settings: Words
    label_not_places: Words
    place_not_qualifiers: Words
    system_subject_words: Words
    system_before: Words
    metric_endings: Words
    variant_nouns: Words
    value_after_system: Words
    system_regimes: Words = []
    part_nouns: Words
    setting_nouns: Words
    metric_last_words: Words
    metric_tails: Words = []
    cutoff_heads: Words = []
    versus_words: Words = []
    metric_modifier_stops: Words = []
    metric_gloss_tails: Words = []
    changed_quantities: Words
    setting_quantities: Words
    former_words: Words
    latter_words: Words
    parts_follow: Words = []  # "总分 86.9%，其中 …": what follows lists the parts of the metric before
    by_part_before: Words = []  # "分站点看，…": a view by part opens ...
    by_part_after: Words = []  # ... and closes with one of these
    superlatives: Words = []  # "X 最高（v）": X is the best of the parts or systems just named
    language_codes: Words = []  # "ZH-EN": two of these joined by a hyphen are a language pair, a benchmark's part
    split_sets: Words = []  # "测试集 XQM 为 4.1%": a name between one of these and its value is the set's metric


class NamingFile(_Strict):
    """naming.yaml: where the text names a system it otherwise leaves unnamed."""

    starting_point: Words
    applied_on: Words
    pair_joiners: Words
    base_named: Words
    without_before: Words
    variant_after: Words
    target_before: Words
    target_shown: Word
    size_variant_after: Words
    size_letters: Words
    compared_after: Words
    method_on_before: Words
    unmodified_conditions: dict[Word, Word]  # the condition as written -> as a record names it
    trained_by_before: Words
    variant_described_by: Words
    alone_before: Words
    trained_by_after: Words


class RefusalsFile(_Strict):
    """refusals.yaml: numbers that describe behaviour, not performance."""

    behaviour_rates: Words
    sample_share_after: Words
    listed_parts: Words
    several_benchmarks: Words
    several_words: Words
    bound_before: Words
    kept_before: Words
    at_least_before: Words = []  # "准确率超过 80%": a floor, never a score
    difference_before: Words
    amount_nouns: Words = []  # "增幅达到 9.5%", "降幅最大，达 18%": the size of a change, never a score
    threshold_after: Words
    threshold_clause: Words
    vague_factor_before: Words
    condition_after: Words = []  # "信号效率 50% 时": the operating point a result is read at
    version_after: Words = []  # "BarDiar 2.1原版": the number is the name's version
    setting_units: Words = []  # "Mimi（1.1 kbps）": a codec's bitrate, the operating point it is run at


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _chinese(word: str) -> str:
    if not _HAN.search(word) or re.search(r"[A-Za-z]", word):
        raise ValueError(f"{word!r} is not a word written in Chinese")
    return word


def _english(word: str) -> str:
    if _HAN.search(word) or word != word.strip():
        raise ValueError(f"{word!r} is not English as a board shows it (no Chinese, no spaces around)")
    return word


def _lower_english(word: str) -> str:
    if _english(word) != word.lower():
        raise ValueError(f"{word!r} is not lower case (metrics are stored in lower-case English)")
    return word


def _with_chinese(text: str) -> str:
    if not _HAN.search(text):
        raise ValueError(f"{text!r} has no Chinese in it")
    return text


ChineseWord = Annotated[str, StringConstraints(min_length=1), AfterValidator(_chinese)]
EnglishWord = Annotated[str, StringConstraints(min_length=1), AfterValidator(_english)]
MetricEnglish = Annotated[str, StringConstraints(min_length=1), AfterValidator(_lower_english)]


class GlossaryExample(_Strict):
    written: Annotated[str, StringConstraints(min_length=1), AfterValidator(_with_chinese)]
    english: Optional[EnglishWord]  # None: nothing is read from the written name
    subset: bool = False  # the written name is a subset's, not a metric's


class GlossaryFile(_Strict):
    """glossary.yaml: metric names written in Chinese as a modifier and a head, and their English."""

    heads: Annotated[dict[ChineseWord, MetricEnglish], Field(min_length=1)]
    modifiers: Annotated[dict[ChineseWord, MetricEnglish], Field(min_length=1)]
    stops: Words  # right before a modifier, they make another word of it
    latin_modifiers: dict[Word, MetricEnglish] = {}  # written in Latin letters before a name ("LC 胜率")
    threshold_units: Words = []  # a number in one of these before a name is its threshold ("1px 离群率")
    examples: Annotated[list[GlossaryExample], Field(min_length=1)]

    @model_validator(mode="after")
    def _one_role(self) -> "GlossaryFile":
        both = sorted(set(self.heads) & set(self.modifiers))
        if both:
            raise ValueError(f"{both[0]!r} is both a head and a modifier")
        return self


class SubsetsFile(_Strict):
    """subsets.yaml: how reports name the split, task, category, resolution or setting of a number."""

    split_heads: Words
    split_names: Annotated[dict[Word, Word], Field(min_length=1)]
    all_words: Words
    part_nouns: Words
    named_with_noun: dict[Word, Word]
    sized_nouns: Words
    task_tails: Words
    parenthesis_tails: Words
    setting_label_tails: Words
    not_parts: Words
    settings: Annotated[dict[Word, Word], Field(min_length=1)]
    resolution_words: Words
    own_set_words: Words
    part_names: dict[Word, Word]
    setting_frames: Words
    same_setting: Words
    setting_units: dict[Word, str]
    setting_verbs: Words
    setting_levels: Words
    statistics: dict[Word, Word]
    equal_words: Words
    english: dict[ChineseWord, EnglishWord]
    spellings: dict[Word, Names] = {}

    @model_validator(mode="after")
    def _english_once(self) -> "SubsetsFile":
        _one_canonical(self.spellings, "spelling")
        for table, words in (("split_names", self.split_names), ("part_names", self.part_names), ("settings", self.settings)):
            twice = sorted(set(words) & set(self.english))
            if twice:
                raise ValueError(f"english: {twice[0]!r} is listed in {table} already (one home per word)")
        return self


class RuleWordsFile(_Strict):
    """rule_words.yaml: the words the rule macros ({UP}, {DOWN}, {TO}, {ADV}, {REACH}, ...) expand to."""

    increase_verbs: Words
    decrease_verbs: Words
    to_words: Words
    adverbs: Words
    reach_verbs: Words
    gain_nouns: Words
    loss_nouns: Words
    faster_words: Words


class _DateMarkers(_Strict):
    year: Words
    month: Words
    day: Words


class NumeralsFile(_Strict):
    """numerals.yaml: how numbers are written."""

    digits: Annotated[dict[Char, Digit], Field(min_length=1)]
    multipliers: Annotated[dict[Char, PowerOfTen], Field(min_length=1)]
    fraction_infix: Word
    decimal_word: Word  # between the whole and the decimal digits of a Chinese numeral (八十七点二)
    tenth_words: Words  # a Chinese digit before one of these is tenths: 三成 = 30 %
    tenth_followers: Words  # ...when one of these (or punctuation, a space, the end) follows it
    decimal_points: Chars
    thousands_separators: Chars
    fraction_slashes: Chars
    scale_words: Annotated[dict[Word, PowerOfTen], Field(min_length=1)]
    scale_suffixes: Annotated[dict[Word, PowerOfTen], Field(min_length=1)]
    sign_symbols: Annotated[dict[Char, Sign], Field(min_length=1)]
    sign_words: Annotated[dict[Char, Sign], Field(min_length=1)]
    factor_added_after: Words  # "翻了一倍": twice as much
    signed_value_copulas: Words  # "为 -7.61": a negative value, not a decrease
    signed_change_words: Words  # ...unless one of these is right before ("变化为 -0.3")
    range_connectors: Words
    change_connectors: Words
    change_starts: Words
    approx_infixes: Words
    numeral_blockers: Chars
    name_joiners: Chars
    name_prefixes: Words
    list_separators: Words
    list_marker_ends: Chars
    date_markers: _DateMarkers
    dimension_operators: Chars
    count_operators: Chars


class UnitsFile(_Strict):
    """units.yaml: canonical unit -> the forms that spell it."""

    units: Annotated[dict[Word, Words], Field(min_length=1)]
    prefix_units: Annotated[dict[Word, Words], Field(min_length=1)]

    @model_validator(mode="after")
    def _each_form_once(self) -> "UnitsFile":
        seen: dict[str, str] = {}
        for table in (self.units, self.prefix_units):
            for unit, forms in table.items():
                for form in forms:
                    if form in seen:
                        raise ValueError(f"form {form!r} is listed under both {seen[form]!r} and {unit!r}")
                    seen[form] = unit
        return self


TableWord = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
TableWords = Annotated[tuple[TableWord, ...], Field(min_length=1), AfterValidator(_each_once)]
_pairs = AfterValidator(lambda table: tuple(table.items()))  # a mapping kept as (key, value) pairs: hashable


class TablesFile(_Strict):
    """tables.yaml: the words Markdown results tables are read by (extractors/tables.py). Tuples, so
    the file is hashable and tables.py compiles each lexicon's words once."""

    system_headers: TableWords
    row_headers: TableWords
    rank_headers: TableWords
    dataset_headers: TableWords
    metric_headers: TableWords
    self_rows: TableWords
    not_systems: TableWords
    setting_headers: TableWords
    base_headers: TableWords
    speed_cost_metrics: TableWords
    overall_words: TableWords
    units: TableWords
    part_words: TableWords
    count_nouns: Annotated[dict[TableWord, TableWord], Field(min_length=1), _pairs]
    count_frames: TableWords
    count_words: Annotated[dict[TableWord, int], Field(min_length=1), _pairs]
    averaged_nouns: Annotated[dict[TableWord, TableWord], Field(min_length=1), _pairs]
    ablation_words: TableWords
    not_result_captions: TableWords


class NotationFile(_Strict):
    """notation.yaml: how text is folded before matching (extractors/notation.py)."""

    keep: Words  # characters (or `a-b` ranges) NFKC would rewrite that stay as written
    fold: Annotated[dict[Char, str], Field(min_length=1)]  # look-alike punctuation -> what it stands for
    lookalikes: Annotated[dict[Char, Char], Field(min_length=1)]  # Cyrillic / Greek letter -> Latin letter
    traditional: list[str] = []  # runs of "繁简" pairs: a traditional character, then its simplified one

    @property
    def simplified(self) -> dict[str, str]:
        """Traditional character -> simplified character, from `traditional`."""
        return {pair[0]: pair[1] for run in self.traditional for pair in run.split()}

    @model_validator(mode="after")
    def _ranges(self) -> "NotationFile":
        for entry in self.keep:
            if len(entry) != 1 and not (len(entry) == 3 and entry[1] == "-" and entry[0] < entry[2]):
                raise ValueError(f"keep: {entry!r} is neither one character nor a range like 'a-z'")
        for letter, latin in self.lookalikes.items():
            if not ("a" <= latin.lower() <= "z") or letter.isascii():
                raise ValueError(f"lookalikes: {letter!r} must be a non-Latin letter drawn like the Latin {latin!r}")
        seen: set[str] = set()
        for pair in (pair for run in self.traditional for pair in run.split()):
            if len(pair) != 2 or pair[0] in seen or pair[0] == pair[1] or max(pair) > "\uffff":
                raise ValueError(f"traditional: {pair!r} is not a new traditional character and its simplified one, "
                                 "both in the Basic Multilingual Plane")
            seen.add(pair[0])
        return self


def _glossary_problem(lexicon: "Lexicon") -> Optional[str]:
    """What glossary.yaml says that another file says already or forbids, or None: a head that is a
    metric of metrics.yaml, a word that is a subset word of subsets.yaml (one home per word), a
    modifier and a head that build a rate refused as behaviour or read as a setting (激活率, 学习率)."""
    glossary, subsets = lexicon.glossary, lexicon.subsets
    aliases = {alias: name for name, entry in lexicon.metrics.items() for alias in entry.aliases}
    for head in glossary.heads:
        if head in aliases:
            return f"heads.{head}: a metric in metrics.yaml already ({aliases[head]!r}); remove it here"
    subset_words = {**subsets.split_names, **subsets.part_names, **subsets.settings, **subsets.english}
    for table, words in (("heads", glossary.heads), ("modifiers", glossary.modifiers)):
        for word in words:
            if word in subset_words:
                return f"{table}.{word}: a subset word in subsets.yaml already; one home per word"
    refused = set(lexicon.refusals.behaviour_rates) | set(lexicon.cues.setting_rates)
    heads = [*glossary.heads, *(a for a in aliases if _HAN.match(a))]
    for modifier in glossary.modifiers:
        for head in heads:
            if modifier + head in refused:
                return (f"modifiers.{modifier}: with {head!r} it builds {modifier + head!r}, a rate that "
                        "refusals.yaml or cues.yaml setting_rates refuses")
    return None


# ---------------------------------------------------------------- loading

def _label(path: Path) -> str:
    """How a message names a data file: `extractors/data/x.yaml` for the bundled ones, else the path."""
    return f"extractors/data/{path.name}" if path.parent == DATA else str(path)


def _where(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top)"


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: 5x faster to load


class _UniqueKeyLoader(_SAFE_LOADER):
    """Refuses a key written twice in one mapping: YAML keeps the last silently, so an entry added again
    further down a long word list would quietly replace the first."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, Hashable) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is written twice (also at line {seen[key] + 1})", key_node.start_mark)
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep)


def read_yaml(path: Path) -> object:
    """A YAML file's content; an unreadable or malformed file is one MetricsdbError line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except OSError as exc:
        raise MetricsdbError(f"{_label(path)}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise MetricsdbError(f"{_label(path)}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise MetricsdbError(f"{_label(path)}: not valid YAML: {where}{problem}".replace("\n", " ")) from None


def validation_problem(exc: ValidationError, skip: int = 0) -> str:
    """A pydantic error as one line: `key[entry]: what is wrong (got 'x')`; `skip` drops leading loc parts."""
    problems = []
    for error in exc.errors():
        loc = error["loc"][skip:]
        got = error.get("input")
        shown = f" (got {got!r})" if isinstance(got, (str, int, float)) and error["type"] != "missing" else ""
        problems.append(f"{_where(loc)}: {error['msg'].removeprefix('Value error, ')}{shown}")
    return "; ".join(problems)


def load_file(path: Path, schema: type[BaseModel], wrap: Optional[str] = None) -> BaseModel:
    """A validated data file; `wrap` names the field a file that is one table is read into."""
    data = read_yaml(path)
    try:
        return schema.model_validate({wrap: data} if wrap else data)
    except ValidationError as exc:
        raise MetricsdbError(f"{_label(path)}: {validation_problem(exc, skip=1 if wrap else 0)}") from None


@lru_cache(maxsize=1)
def _bundled_metrics() -> dict[str, MetricEntry]:
    return load_file(DATA / "metrics.yaml", MetricsFile, wrap="metrics").metrics


def metric_display(metric: str) -> str:
    """How boards (CLI and app) show a stored metric, which records keep in canonical lower case: its
    entry's spelling in metrics.yaml (`epe` is `EPE`), a listed head with its cutoff (`ndcg@10` is
    `NDCG@10`), else as stored. Reads metrics.yaml alone, not the whole lexicon."""
    metrics = _bundled_metrics()
    entry = metrics.get(metric)
    if entry is not None:
        return entry.shown(metric)
    head, at, cutoff = metric.partition("@")
    entry = metrics.get(head) if at else None
    return f"{entry.shown(head)}@{cutoff}" if entry is not None else metric


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the engine, validated; immutable, so an Extractor built on it never changes."""

    metrics: dict[str, MetricEntry]
    benchmarks: dict[str, list[str]]
    models: ModelsFile
    cues: CuesFile
    rule_words: RuleWordsFile
    numerals: NumeralsFile
    units: UnitsFile
    notation: NotationFile
    subsets: SubsetsFile
    refusals: RefusalsFile
    naming: NamingFile
    tables: TablesFile
    glossary: GlossaryFile
    benchmark_by_key: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_key = {name_key(s): canonical for canonical, others in self.benchmarks.items() for s in [canonical, *others]}
        object.__setattr__(self, "benchmark_by_key", by_key)

    @classmethod
    def load(cls, folder: Path = DATA) -> "Lexicon":
        """The lexicon in `folder` (the bundled one by default); a bad file is one MetricsdbError line."""
        folder = Path(folder)
        lexicon = cls(
            metrics=load_file(folder / "metrics.yaml", MetricsFile, wrap="metrics").metrics,
            benchmarks=load_file(folder / "benchmarks.yaml", BenchmarksFile, wrap="benchmarks").benchmarks,
            models=load_file(folder / "models.yaml", ModelsFile),
            cues=load_file(folder / "cues.yaml", CuesFile),
            rule_words=load_file(folder / "rule_words.yaml", RuleWordsFile),
            numerals=load_file(folder / "numerals.yaml", NumeralsFile),
            units=load_file(folder / "units.yaml", UnitsFile),
            notation=load_file(folder / "notation.yaml", NotationFile),
            subsets=load_file(folder / "subsets.yaml", SubsetsFile),
            refusals=load_file(folder / "refusals.yaml", RefusalsFile),
            naming=load_file(folder / "naming.yaml", NamingFile),
            tables=load_file(folder / "tables.yaml", TablesFile),
            glossary=load_file(folder / "glossary.yaml", GlossaryFile),
        )
        problem = _glossary_problem(lexicon)
        if problem:
            raise MetricsdbError(f"{_label(folder / 'glossary.yaml')}: {problem}")
        return lexicon

    def without_names(self) -> "Lexicon":
        """The same lexicon with no benchmark, model or metric names: number words, units and cue
        words stay, so the engine recognises by structure alone (`--without-vocabulary`)."""
        return replace(self, metrics={}, benchmarks={},
                       models=self.models.model_copy(update={"families": [], "methods": []}))

    def canonical_benchmark(self, name: str) -> str:
        """The canonical spelling of a benchmark name (`AIME25` -> `AIME 2025`); unknown names stay as written."""
        return self.benchmark_by_key.get(name_key(name), name)

    def metric_lower_is_better(self, metric: str) -> bool:
        """True when a smaller value of this canonical metric is better (FID, WER, latency, ...)."""
        entry = self.metrics.get(metric.casefold())
        return entry is not None and entry.better == "lower"
