"""Clauses -> entities: benchmarks, systems and metrics mentioned in a results section.

Names are recognised by shape (Latin tokens such as `Qwen2.5-VL-7B`, `SWE-bench Lite`, `AIME 2025`)
and classified by vocabulary (`data/benchmarks.yaml`, `data/models.yaml`, `data/metrics.yaml`) and
by cue words around them (`data/cues.yaml`: "X 基准", "在 X 上", "超越 X"). The paper's own method
comes from its title or contribution sentence, never from a list.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from metricsdb.model import Paper

from .document import BENCHMARK, METHOD, METRIC, MODEL, NAME_ROLE, Mention, View
from .lexicon import Lexicon, alternation, name_key

_NAME_TOKEN = r"(?:[A-Za-z][A-Za-z0-9]*|\d+[A-Za-z]{2,}[A-Za-z0-9]*)(?:[\-_.+/^'@&×][A-Za-z0-9]+)*(?:\+\+?|×)?"
_NAME_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:[\-_.+/^'@][A-Za-z0-9]+)*(?:\+\+?)?|(?:19|20)\d{2}(?:/(?:19|20)?\d{2})?(?![\d.%])|[vV]\d+(?:\.\d+)?|(?:val|test|train|dev)(?:19|20)\d{2})"
# The boundary check sits after the first character (a fixed-width lookbehind over both), so the
# pattern starts with a character class and the regex engine can skip Chinese text without trying
# every position.
# Cyrillic and Greek letters inside a name keep it whole: a look-alike letter (`GPT-4о`) must not cut
# it (notation.py writes known names in Latin; others stay whole and are flagged).
_NAME_START = r"(?:[A-Za-zα-ωΑ-Ω\u0400-\u04ff](?<![A-Za-z0-9_@\-./][A-Za-zα-ωΑ-Ω\u0400-\u04ff])[A-Za-z0-9²³α-ωΑ-Ω\u0400-\u04ff]*(?:\\?\*(?= ))?|\d(?<![A-Za-z0-9_@\-./]\d)\d*[A-Za-z]{2,}[A-Za-z0-9]*)"
NAME = re.compile(rf"{_NAME_START}(?:[\-_.+/^'@&×][A-Za-z0-9α-ωΑ-Ω\u0400-\u04ff]+)*(?:\+\+?|×)?(?:[ ]{_NAME_WORD})*")
# A Chinese word ending in 率 is a rate ("欺诈率", "通过率"), a metric even when the vocabulary lacks it;
# an English gloss in parentheses names it ("欺诈率（Hacking Ratio）" -> "hacking ratio").
_RATE_SHAPE = re.compile(
    r"(?:(?![的了在和与及上中是为将从由对比其使让被把仅约达])[\u4e00-\u9fff]){1,4}率"
    r"(?:\s*\(\s*(?P<gloss>[A-Za-z][A-Za-z \-]{1,30})\s*\))?"
)
ANY_SPACES = r"\s*"  # a space in a listed name or metric matches any run of spaces, or none
_LEVEL = re.compile(r"(?:lvl|Lvl|Lv|L)\d+")
_VERSION_TAIL = re.compile(r"[ ](\d+(?:\.\d+)?)(?![\d.%A-Za-z])")
_DECIMAL_VERSION_TAIL = re.compile(
    r"[ ](?P<version>\d{1,2}\.\d{1,2})(?=\*\*|\s*[\u4e00-\u9fff]{0,4}(?:基准|数据集|测试集|榜单|评测|benchmark))"
)
_GENERATION_TAIL = re.compile(r"[ ](?P<digit>[1-9])(?=\*\*|[ ]?(?:[,，)）]|提升|相比|在|的|和|与|上))")

class Vocabulary:
    """The name and metric vocabulary of one lexicon, with the regexes built from it (one per Extractor)."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = lexicon.cues
        metrics = lexicon.metrics
        self.metric_by_key: dict[str, str] = {}
        for canonical, entry in metrics.items():
            self.metric_by_key[name_key(canonical)] = canonical
            for alias in entry.aliases:
                self.metric_by_key[name_key(alias)] = canonical
        aliases = {a for e in metrics.values() for a in e.aliases} | set(metrics)
        self.case_sensitive_metrics = {a for a in aliases if len(a) <= 3 and a.isascii()}
        latin = [a.casefold() for a in aliases if re.match(r"[A-Za-z0-9]", a)]
        other = [a for a in aliases if not re.match(r"[A-Za-z0-9]", a)]
        # Scanning a section only needs the metric words with Chinese in them: Latin metric names
        # are names (found by NAME and classified); rules match both kinds through `metric_macro`.
        mixed = [a for a in latin if re.search(r"[^\x00-\x7f]", a)]  # "F1 分数", "Token 成本"
        self.metric_pattern = re.compile(f"(?:{alternation(other + mixed, space=ANY_SPACES)})(?![A-Za-z0-9_])", re.I)
        boundary = r"(?<![A-Za-z0-9_].)"  # after the first character: nothing Latin right before the word
        self.metric_macro = (
            rf"(?:[A-Za-z]{boundary}[A-Za-z0-9\-]*@[A-Za-z0-9.\-]+"
            rf"|(?i:{alternation(latin, space=ANY_SPACES, after_first=boundary)}))(?![A-Za-z0-9_])"
            rf"|(?i:{alternation(other, space=ANY_SPACES)})(?![A-Za-z0-9_])"
        )
        self.benchmark_by_key = lexicon.benchmark_by_key
        models = lexicon.models
        self.family_pattern = re.compile(rf"(?:{alternation(models.families, space=ANY_SPACES)})(?![A-Za-z])")
        self.hardware_pattern = re.compile(rf"(?:{alternation(cues.hardware, space=ANY_SPACES)})(?![A-Za-z])")
        self.method_keys = {name_key(m) for m in models.methods}
        self.version_words = set(models.version_words)
        self.not_names = set(cues.not_names)
        cue_words = alternation(cues.benchmark_after)
        self.cue_before_name = re.compile(rf"(?:{cue_words})[\s“\"「*]{{0,4}}$", re.I)
        self.cue_after_name = re.compile(rf"[\s”\"」*]{{0,4}}(?:{cue_words})", re.I)
        self.setting_rates = tuple(cues.setting_rates)
        self.split_words = set(cues.split_words)
        self.benchmark_suffixes = tuple(cues.benchmark_suffixes)
        self.benchmark_after = _word_regex(cues.benchmark_after, anchor="start", between=cues.collection_modifiers)
        self.benchmark_before = re.compile(rf"(?:{alternation(cues.benchmark_before)})\s*\(?\s*$")
        self.model_after = _word_regex(cues.model_after, anchor="start")
        self.place_before = _word_regex(cues.place_frame_before, anchor="end")
        self.coordinators = alternation(cues.coordinators)  # "A、B 和 C": what joins the items of a list
        place_after = alternation(cues.place_frame_after)
        self.place_after = re.compile(rf"\s*(?:\([^()\n]{{0,30}}\)\s*)?(?:的[^,;。\n]{{0,20}}?)?(?:{place_after})")
        self.place_after_list = re.compile(rf"\s*(?:{alternation(cues.place_coordinators)})\s*(?:(?!{alternation(cues.subset_nouns)})"
                                           rf"[^,;。\n上中]){{1,30}}?(?:{place_after})")
        self.metric_after = re.compile(rf"\s*(?:{alternation(cues.metric_after)})")
        self.coordinator = re.compile(rf"\s*(?:{self.coordinators})\s*$")
        # Caches of this vocabulary's answers, bounded so memory stays flat over a long ingest.
        self.is_model_family = lru_cache(maxsize=8192)(self._is_model_family)
        self.is_base_model = lru_cache(maxsize=8192)(self._is_base_model)
        self.lexical_role = lru_cache(maxsize=4096)(self._lexical_role)

    def metric(self, text: str) -> Optional[str]:
        """Canonical metric for a written metric name, or None. Short Latin aliases (`IS`, `EM`)
        count only in their own case, so the English word "is" is not the Inception Score."""
        if len(text) <= 3 and text.isascii() and text not in self.case_sensitive_metrics:
            return None
        canonical = self.metric_by_key.get(name_key(text))
        if canonical:
            return canonical
        if "@" in text or re.search(r"[A-Za-z]\^\d", text):
            return text.lower()  # "Recall@10", "pass^1"
        head, dash, _ = text.partition("-")
        if dash and self.metric_by_key.get(name_key(head)) and len(head) > 2:
            return text.lower()  # "FID-30K", "ROUGE-L" style variants of a known metric
        _, dash, tail = text.rpartition("-")
        if dash and len(tail) > 1 and self.metric_by_key.get(name_key(tail)) in ("f1", "accuracy", "recall", "precision"):
            return text.lower()  # "RadGraph-F1": a metric computed with a named tool
        return None

    def _is_model_family(self, name: str) -> bool:
        """A known system: a model family (`Qwen2.5-7B`) or a well-known method (`GRPO`)."""
        return name_key(name) in self.method_keys or self.is_base_model(name)

    def _is_base_model(self, name: str) -> bool:
        """A model family member, the kind of system a method is trained on or built on."""
        return self.family_pattern.match(name) is not None

    def _lexical_role(self, name: str, method: Optional[str]) -> Optional[tuple[str, str]]:
        """What the vocabulary alone says a name is, or None when only its context can tell."""
        metric = self.metric(name)
        if metric:
            return METRIC, metric
        if is_method_name(name, method):
            return METHOD, name
        canonical = self.benchmark_by_key.get(name_key(name))
        if canonical:
            return BENCHMARK, canonical
        if self.hardware_pattern.search(name):
            return NAME_ROLE, name  # "T4 GPU", "H100": where it ran, never a benchmark or a system
        return None


def _word_regex(words: list[str], anchor: str, between: list[str] = ()) -> re.Pattern[str]:
    """Cue words right after a name (anchor="start", allowing a parenthesis and, from `between`, a
    count and modifiers: "BTCV 三个公开数据集") or right before it (anchor="end")."""
    body = alternation(words)
    if anchor == "start":
        modifiers = alternation(between)
        counted = rf"(?:[\d一二两三四五六七八九十几多]+\s*个\s*)?(?:(?:{modifiers})\s*)*的?\s*" if between else ""
        return re.compile(rf"\s*(?:\([^()\n]{{0,30}}\)\s*)?{counted}(?:{body})", re.I)
    return re.compile(rf"(?:{body})\s*$", re.I)


_TITLE_PREFIX = re.compile(r"^\s*(?P<name>[^:：]{2,60}?)\s*(?::|：| -- | — )")
_NAMED = re.compile(r"(?:名为|称为|命名为|提出了?(?:一种|一个|名为)?)\s*[“\"「]?(?:\*\*)?\s*(?P<name>" + _NAME_TOKEN + r")")
_PAREN_ACRONYM = re.compile(r"[（(](?:[^（()）\n]{0,60}[,，]\s*)?(?P<name>" + _NAME_TOKEN + r")\s*[）)]")


def method_name(paper: Paper, vocab: Vocabulary) -> Optional[str]:
    """The paper's own method, or None when the report never names one.

    In order: a one-word title prefix (`FooNet: ...`); a name the contribution sentence introduces
    (`名为 X`, `提出了 X`, or `（X）` when the results text uses it); a short title prefix (`Thinking with Map: ...`);
    a title of at most three capitalised words (`Reinforced Attention Learning`).
    """
    prefix = _TITLE_PREFIX.match(paper.title)
    prefix_name = prefix.group("name").strip() if prefix else None
    if prefix_name and re.fullmatch(_NAME_TOKEN, prefix_name):
        return prefix_name
    contribution = paper.sections.get("contribution", "")
    results = paper.results_text
    for pattern, must_recur in ((_NAMED, False), (_PAREN_ACRONYM, True)):
        for match in pattern.finditer(contribution):
            name = match.group("name")
            if len(name) > 1 and (name in results or not must_recur) and not vocab.is_model_family(name):
                return name
    if prefix_name and len(prefix_name.split()) <= 4 and re.search(r"[A-Za-z]", prefix_name):
        return prefix_name
    title = paper.title.strip()
    if re.fullmatch(_NAME_TOKEN, title) or (":" not in title and len(title.split()) <= 3 and title.istitle()):
        return title
    return None


def find_names(source: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans of Latin names in the source text; digits inside them are not quantities."""
    spans: list[tuple[int, int]] = []
    version_words = vocab.version_words
    not_names = vocab.not_names
    for match in NAME.finditer(source):
        if _LEVEL.fullmatch(match.group()):
            continue  # "lvl5", "L3": a subset, not a name
        start, end = match.span()
        if match.group() in not_names:
            continue  # "SOTA", "Bench" alone name nothing
        words = match.group().split(" ")
        edge = lambda word: word in not_names and (word.islower() or word.isupper())  # "vs", "SOTA"; not "Bench"
        while words and edge(words[0]):
            start += len(words.pop(0)) + 1  # "vs Method" is the name "Method"
        while words and edge(words[-1]):
            end -= len(words.pop()) + 1
        if not words:
            continue
        last_word = words[-1]
        if last_word in version_words or words[0].split("-")[0] in version_words:
            tail = _VERSION_TAIL.match(source, end)
            if tail:
                end = tail.end()
        elif _DECIMAL_VERSION_TAIL.match(source, end):
            end = _DECIMAL_VERSION_TAIL.match(source, end).end("version")  # "RoboTwin 2.0 基准"
        else:
            tail = _GENERATION_TAIL.match(source, end)
            if tail and any(c.isupper() for c in match.group()[1:]):
                end = tail.end("digit")  # "HippoRAG 2": a generation number, not a value
        spans.append((start, end))
    return spans


def is_method_name(name: str, method: Optional[str]) -> bool:
    """True for the method itself or a variant of it (`SDXL-Foo`, `FooNet-L`, `FooNet-TTS`)."""
    if not method:
        return False
    if name == method or name_key(name) == name_key(method):
        return True
    parts = re.split(r"[\-\s_/]", name)
    return method in parts or name.startswith(method + "-")


def classify(vocab: Vocabulary, view_text: str, start: int, end: int, name: str, method: Optional[str]) -> tuple[str, str]:
    """(role, canonical) of a name from its spelling, the vocabulary and the cue words around it."""
    known = vocab.lexical_role(name, method)
    if known:
        return known
    if name.split("-")[0] in vocab.split_words and name.islower():
        return NAME_ROLE, name  # "test-zh", "dev-clean": a split of some benchmark, not one itself
    head, _, last = name.rpartition(" ")
    if head and last in vocab.split_words:
        role, canonical = classify(vocab, view_text, start, end - len(last) - 1, head, method)
        if role == BENCHMARK:
            return BENCHMARK, canonical  # "MS MARCO Dev" is MS MARCO (its split is the subset)
    if vocab.metric_after.match(view_text, end):
        return METRIC, name.lower()  # "SoWR 指标": a metric the vocabulary does not know yet
    if vocab.benchmark_after.match(view_text, end):
        return BENCHMARK, name  # "Seed-TTS-eval 测试集": the cue beats a family-like prefix
    if vocab.is_model_family(name):
        return MODEL, name
    if vocab.benchmark_before.search(view_text, max(0, start - 8), start):
        return BENCHMARK, name
    if vocab.model_after.match(view_text, end):
        return MODEL, name
    if name.endswith(vocab.benchmark_suffixes) and not name.isupper():
        return BENCHMARK, name
    if vocab.place_before.search(view_text, max(0, start - 3), start) and (
            vocab.place_after.match(view_text, end) or vocab.place_after_list.match(view_text, end)):
        return BENCHMARK, name  # "在 X 上", "在 X 和 Y 上"
    return NAME_ROLE, name


_BENCHMARK_TITLE = re.compile(r"\bBenchmark(?:ing|s)?\b|\bBEnchmark\b|\bBench\b")


def is_benchmark_paper(paper: Paper, name: Optional[str], vocab: Vocabulary) -> bool:
    """True when the paper's own contribution named `name` is a benchmark ("提出了评测基准 ChartMaze",
    "ChartMaze: Benchmarking ..."): its results rank other systems on it rather than a method."""
    if not name:
        return False
    if _BENCHMARK_TITLE.search(paper.title.split(":", 1)[-1]) and paper.title.startswith(name):
        return True
    contribution = paper.sections.get("contribution", "")
    at = contribution.find(name)
    while at != -1:  # the name right after or right before a benchmark cue word
        if vocab.cue_before_name.search(contribution, max(0, at - 12), at) or vocab.cue_after_name.match(
                contribution, at + len(name)):
            return True
        at = contribution.find(name, at + 1)
    return False


def find_mentions(view: View, name_spans: list[tuple[int, int]], method: Optional[str], vocab: Vocabulary,
                  own_benchmark: Optional[str] = None) -> list[Mention]:
    """Every benchmark, system and metric mention in the view, in order of position.

    Metric phrases are found first and win over a name inside them ("Token 成本" is a metric, not
    the name "Token"); a name that contains a metric phrase wins over it; every other name is
    classified by `classify`.
    """
    text = view.text
    metrics = [
        Mention(m.start(), m.end(), m.group(), METRIC, canonical)
        for m in vocab.metric_pattern.finditer(text)
        if not (m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum() and text[m.start()].isascii())
        and (canonical := vocab.metric(m.group()))
    ]
    taken = _Spans(metrics)
    metrics += [
        Mention(m.start(), m.end(), m.group(), METRIC, (m.group("gloss") or "").strip().lower() or "score")
        for m in _RATE_SHAPE.finditer(text)
        if not taken.overlaps(m.start(), m.end()) and not m.group().endswith(vocab.setting_rates)
    ]
    metrics.sort(key=lambda m: m.start)
    taken = _Spans(metrics)
    names: list[Mention] = []
    for src_start, src_end in name_spans:
        start, end = view.view_offset(src_start), view.view_offset(src_end)
        if start >= end or taken.covers(start, end):
            continue
        name = text[start:end]
        role, canonical = (BENCHMARK, name) if name == own_benchmark else classify(vocab, text, start, end, name, method)
        if role == METRIC and taken.overlaps(start, end):
            continue
        names.append(Mention(start, end, name, role, canonical.replace("\\*", "*")))
    named = _Spans(names)
    metrics = [m for m in metrics if not named.covers(m.start, m.end)]
    mentions = _coordinated_roles(text, sorted(metrics + names, key=lambda m: m.start), vocab.coordinator)
    return _consistent_roles(mentions)


class _Spans:
    """Non-overlapping spans sorted by start, asked in O(log n) whether one covers or overlaps a range."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def _near(self, start: int) -> int:
        return bisect_right(self.starts, start) - 1

    def covers(self, start: int, end: int) -> bool:
        i = self._near(start)
        return i >= 0 and self.ends[i] >= end

    def overlaps(self, start: int, end: int) -> bool:
        i = self._near(end - 1)
        return i >= 0 and self.ends[i] > start


def _consistent_roles(mentions: list[Mention]) -> list[Mention]:
    """A name the section once shows to be a benchmark or a system keeps that role where it appears
    bare: "在 A、B 和 BTCV 三个数据集上 ... BTCV 上的 NSD 为 0.873"."""
    known: dict[str, str] = {}
    for mention in mentions:
        if mention.role in (BENCHMARK, MODEL):
            known.setdefault(mention.canonical, mention.role)
    return [Mention(m.start, m.end, m.text, known[m.canonical], m.canonical)
            if m.role == NAME_ROLE and m.canonical in known else m for m in mentions]


def _coordinated_roles(text: str, mentions: list[Mention], coordinator: re.Pattern[str]) -> list[Mention]:
    """An unknown name listed with benchmarks or models is one too: "在 Wemath 和 LogicVista 基准上"."""
    result = list(mentions)
    for _ in range(2):  # a list of three settles in two passes
        for i, mention in enumerate(result):
            if mention.role != NAME_ROLE:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(result) and result[j].role in (BENCHMARK, MODEL):
                    a, b = (result[j], mention) if j < i else (mention, result[j])
                    if coordinator.match(text[a.end:b.start]) and b.start - a.end <= 4:
                        result[i] = Mention(mention.start, mention.end, mention.text, result[j].role, mention.canonical)
                        break
    return result
