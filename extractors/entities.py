"""Clauses -> entities: benchmarks, systems and metrics mentioned in a results section.

Names are recognised by shape (Latin tokens such as `Qwen2.5-VL-7B`, `SWE-bench Lite`, `AIME 2025`)
and classified by vocabulary (`data/benchmarks.yaml`, `data/models.yaml`, `data/metrics.yaml`) and
by cue words around them (`data/cues.yaml`: "X 基准", "在 X 上", "超越 X"). The paper's own method
comes from its title or contribution sentence, never from a list.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Optional

from metricsdb.model import Paper

from .document import BENCHMARK, ITEM_MARK, METHOD, METRIC, MODEL, NAME_ROLE, QUANTITY_MARK, Mention, View
from .glossary import Glossary
from .lexicon import Lexicon, alternation, first_character_gate, gated, name_key

# The end of a range of cutoffs is part of the name: "mAP@0.5:0.95" averages over IoU 0.5 to 0.95 (the 0.95 is no value).
_AT_RANGE = r"(?:(?<=@\d\.\d)|(?<=@\d\.\d\d)|(?<=@\.\d)):\d?\.\d{1,2}(?![\d.])"
_NAME_TOKEN = r"(?:[A-Za-z][A-Za-z0-9]*|\d+[A-Za-z]{2,}[A-Za-z0-9]*)(?:[\-_.+/^'@&×][A-Za-z0-9]+)*(?:\+\+?|×)?"
# a later word of a name: capitalised, a year, a version, a split with its year, a digit-led acronym
# ("Deformable 3DGS": not "Qwen 7B", "Foo 8K"), or a number between capitalised words ("Fusion 360 Gallery")
_NAME_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:[\-_.+/^'@][A-Za-z0-9]+|→[A-Z]+)*(?:\+\+?|" + _AT_RANGE + r")?|\d{2,4}(?= [A-Z][a-z])|(?:19|20)\d{2}(?:/(?:19|20)?\d{2})?(?![\d.%]|[ ]?年)|[vV]\d+(?:\.\d+)?|(?:val|test|train|dev)(?:19|20)\d{2}|\d[A-Z]{2,}[A-Za-z0-9]*(?![\d.%]))"
# The boundary check sits after the first character (a fixed-width lookbehind over both), so the
# pattern starts with a character class and the regex engine can skip Chinese text without trying
# every position.
# Cyrillic and Greek letters inside a name keep it whole: a look-alike letter (`GPT-4о`) must not cut
# it (notation.py writes known names in Latin; others stay whole and are flagged).
_NAME_START = r"(?:[A-Za-zα-ωΑ-Ω\u0400-\u04ff](?<![A-Za-z0-9_@\-./][A-Za-zα-ωΑ-Ω\u0400-\u04ff])[A-Za-z0-9²³α-ωΑ-Ω\u0400-\u04ff]*(?:\\?\*(?= ))?|\d(?<![A-Za-z0-9_@\-./]\d)\d*(?:[A-Za-z]{2,}|-[A-Z][a-z])[A-Za-z0-9]*)"
# A Δ before a signed number writes a change ("（Δ+73.8%）"), no name. A degree sign after a cutoff's digits is
# part of the name: "AUC@5°" is an angle's threshold; so is a
# rate after a cutoff in percent: "TPR@1%FPR", "TAR@0.1%FAR" is one rate read where another is held at that level.
_AT_RATE = r"(?:(?<=@\d)|(?<=@\d\d)|(?<=@\d\.\d)|(?<=@\d\.\d\d))%[A-Z]{2,5}(?![A-Za-z0-9])"
NAME = re.compile(rf"(?![Δδ][+\-±]){_NAME_START}(?:[\-_.+/^'@&×][A-Za-z0-9α-ωΑ-Ω\u0400-\u04ff]+)*(?:\+\+?|×|(?<=@\d)°|(?<=@\d\d)°|{_AT_RATE}|{_AT_RANGE})?(?:[ ]{_NAME_WORD})*")
# A Chinese word ending in 率 is a rate ("欺诈率", "通过率"), a metric even when the vocabulary lacks it;
# an English gloss in parentheses names it ("欺诈率（Hacking Ratio）" -> "hacking ratio").
RATE_SHAPE = re.compile(
    r"(?:(?![的了在和与及上中是为将从由对比其使让被把仅约达])[\u4e00-\u9fff]){1,4}率"
    r"(?:\s*\(\s*(?P<gloss>[A-Za-z][A-Za-z \-]{1,30})\s*\))?"
)
# How sure a name's role is, so that one mention's evidence can settle another's (see `_consistent_roles`):
# named in the vocabulary; set off by a cue word or a position that only that role takes (`X 基准`, a
# bullet's label, `X test`, `X 模型`, `DeskTwin-32B`); placed where that role usually stands (`在 X 上`,
# `超过 X`, `HOTA 70.8`); or nothing known.
CERTAIN, CUED, PLACED, UNKNOWN = 3, 2, 1, 0
_CUTOFF_DEGREE = re.compile(r"(@\d+(?:\.\d+)?)°")
_CUTOFF_RANGE = re.compile(r"@\d?\.\d{1,2}:\d?\.\d{1,2}$")
_GREEK_THRESHOLD = re.compile(r"δ\d")  # the share of depths within 1.25^n of the truth
_GREEK_SUBSCRIPT = re.compile(r"[α-ω]_[a-z0-9]{1,8}")  # a Greek letter with its subscript, lower-cased
# A metric by its notation: `J&F`, `δ1`, `pass^1`, `AP50:95`, a Greek letter or a short capitalised word with its
# subscript (`ε_ATE`, `κ_SRME`, `G_O`, `Mask_IoU`; not `no_reverb` or `Test_Meeting`, splits and settings, nor `Ori_COCO`), and a name with a cut-off after `@` (`R@1`, `HR@10`,
# `AUC@5°`: a known head is also read by `Vocabulary.metric`; an unknown one is still a metric, never a system).
_METRIC_SHAPE = re.compile(r"[A-Za-z][A-Za-z\-]{0,7}@\d+(?:\.\d+)?(?:°|%[A-Z]{2,5})?|[A-Z]{1,2}&[A-Z]{1,2}|[δΔ]\d*(?:\.\d+)?|[A-Za-z]+\^\d+|[A-Za-z]+\d+:\d+"
                           r"|[α-ωΑ-Ω]_[A-Za-z0-9]{1,8}|[A-Z][A-Za-z]{0,4}_[A-Za-z0-9]{1,3}")
# An acronym as metrics are written (`HOTA`, `IDF1`, `AssA`, `CIDEr`, `D1-all`): at least two capitals,
# no run of three lower-case letters before a hyphen; only its position can tell it from a system.
_ACRONYM = re.compile(r"(?=(?:[a-z0-9_]{0,2}[A-Z]){2})(?!.*[a-z]{3}.*-|[^-]*[a-z]{3})[A-Za-z][A-Za-z0-9_]{1,6}(?:-[A-Za-z0-9]{1,4}|-[A-Z0-9]{5,6})?")
# A model's parameter count inside its name (`Qwen3-30B-A3B`, `DeskTwin-32B`, `8x7B`): a system, never a benchmark.
_SIZE_IN_NAME = re.compile(r"(?:^|[\-_ ])(?:\d+x)?A?\d+(?:\.\d+)?[Bb](?=$|[\-_ ])")
ANY_SPACES = r"\s*"
# The resolution a dataset was measured at, right after its name ("ImageNet 256×256 上", "**FooFaces 1024x1024**："):
# the name's place, as a split is; never a count or a size of the system.
_RESOLUTION = r"[ \t]*\d{2,5}[ \t]*[×xX][ \t]*\d{2,5}(?![\d.])"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _rate_words(text: str):
    """The matches of RATE_SHAPE in text, found from each 率 backwards (率 is rare; CJK text is not)."""
    done = 0
    at = text.find("率")
    while at != -1:
        found = RATE_SHAPE.search(text, max(done, at - 4), at + 1 + 40)
        while found is not None and found.end() <= at:
            found = RATE_SHAPE.search(text, found.end(), at + 1 + 40)
        if found is not None and found.start() <= at:
            yield found
            done = found.end()
        at = text.find("率", max(at + 1, done))  # a space in a listed name or metric matches any run of spaces, or none
_LEVEL = re.compile(r"(?:lvl|Lvl|Lv|L)\d+")
# "Llama Guard 3-8B", "SAM 2.1-L", "RTX 4090"; not a score written after the name ("SAM 58.9、Ours 62.1")
_VERSION_TAIL = re.compile(r"[ ](?!\d{2,}\.)(\d+(?:\.\d+)?(?:-[A-Za-z0-9.]*[A-Za-z][A-Za-z0-9.]*)*)(?![\d.%A-Za-z\-])")
_DECIMAL_VERSION_TAIL = re.compile(
    r"[ ](?P<version>\d{1,2}\.\d{1,2})(?=\*\*|\s*[\u4e00-\u9fff]{0,4}(?:\([^()\n]{0,20}\)\s*)?(?:基准|数据集|测试集|榜单|评测|benchmark))"
)
# A count with a scale that ends a label belongs to the name: "**Atari 100k**：", "MovieLens 1M（全量）："
_LABEL_SIZE_TAIL = re.compile(r"[ ](?P<size>\d+(?:\.\d+)?[kKM])(?=(?:\*\*)?[ \t]*[:：(（])")
_LOWER_SUFFIX = re.compile(r"[ ](?:eval|bench)(?![A-Za-z0-9\-])")
_IOU_RANGE = re.compile(r"(?<=\d):\d{2,3}(?![\d.])")
_TIER_TAIL = re.compile(r"[ ](?P<tier>[A-Z][a-z]+)(?![A-Za-z0-9\-])")
# A number that ends a bold label belongs to its name: "**CommonVoice 15**：", "**Mip-NeRF 360**："
# ... also before a split or a few Chinese words of the label: "**Argoverse 2 单智能体**：", "**FooSQL 1.0 test**："
_LABEL_NUMBER_TAIL = re.compile(r"[ ](?P<number>\d{1,3}(?:\.\d)?)(?=(?:[ \t]+[a-z][a-z\-]*)?(?:[ \t]*[\u4e00-\u9fff]{1,8})?\*\*[ \t]*[:：(（])")
# Latin words joined by "and" / "of" in one bold label or place are one name: "**Amazon Sports and Outdoors**：",
# "在 Tanks and Temples 的 Courthouse 场景上"
_JOINED_NAME = re.compile(r"[ ](?:and|of|&)[ ]")
# a release number after a known benchmark's name, before where it stands: "CommonVoice 15 的", "CommonVoice 17.0 zh-CN 上";
# not its score before a change in parentheses or a compared value: "GSM8K 84.1（+2.3）", "MMLU 57.6 vs FP16 59.1"
_RELEASE_TAIL = re.compile(r"[ ](?P<release>\d{1,2}(?:\.\d{1,2})?)"
                           r"(?=[ \t]*(?:的|上|中|\((?![ \t]*[+\-−±↑↓\d])|[ \t](?!vs\b)[a-z]{2}\b))")
# ... and after any name, a release written with a point right before a place: "FooWOZ 2.2 上" (not "FooNet 58.9 上")
_POINT_RELEASE_TAIL = re.compile(r"[ ](?P<release>[1-9]\.\d{1,2})(?=[ \t]*(?:上|中)(?![\u4e00-\u9fff]{0,2}[升涨降])"
                                 r"|[ \t]*\)(?:\*\*)?[ \t]*[:：])")  # ... or closing a label's parentheses: "（FooWOZ 2.2）**："
_RELEASE = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
# ... and after a name 在 opens, a whole number of three or four digits right before 上/中 that closes the place
# ("在 EPIC-Kitchens 100 上": a count of its classes; a value never stands there; not "上升": "FooNet 580 上升")
_PLACE_OPENS = re.compile(r"在[ \t]*(?:\*\*)?$")
_PLACED_COUNT_TAIL = re.compile(r"[ ](?P<count>[1-9]\d{2,3})(?=[ \t]*(?:\*\*)?[ \t]*(?:上|中)(?![\u4e00-\u9fff]{0,2}[升涨降]))")
_GENERATION_TAIL = re.compile(r"[ ](?P<digit>[1-9])(?!,\d{3}(?!\d))(?=\*\*|[ ]?(?:[,，)）(（]|提升|相比|在|的|和|与|上|为|只有|仅|也))")
# ... and after any name, before its size in parentheses: "Evo 2（7B，0.718）" is Evo 2 of 7B parameters
_SIZED_GENERATION_TAIL = re.compile(r"[ ](?P<digit>[1-9])(?=[ ]?\([ ]?\d+(?:\.\d+)?[BbMm](?![A-Za-z]))")

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
        self.metric_pattern = re.compile(gated(f"(?:{alternation(other + mixed, space=ANY_SPACES)})(?![A-Za-z0-9_])", re.I),
                                         re.I)
        boundary = r"(?<![A-Za-z0-9_].)"  # after the first character: nothing Latin right before the word
        latin_words = alternation(latin, space=ANY_SPACES, after_first=boundary)
        other_words = alternation(other, space=ANY_SPACES)
        # each word list behind the boundary and a look-ahead for its first characters: inside a word or
        # before a character no word starts with, one test fails where each first letter was tried in turn
        self.metric_macro = (
            rf"(?:[A-Za-z]{boundary}[A-Za-z0-9\-]*@[A-Za-z0-9.\-]+°?"
            rf"|(?i:(?<![A-Za-z0-9_]){first_character_gate(latin_words)}{latin_words}))(?![A-Za-z0-9_])"
            rf"|(?i:{first_character_gate(other_words)}{other_words})(?![A-Za-z0-9_])"
        )
        self.known_metric = re.compile(self.metric_macro)
        self.benchmark_by_key = lexicon.benchmark_by_key
        self.tables = lexicon.tables  # the words tables.py reads Markdown tables by
        models = lexicon.models
        self.family_pattern = re.compile(rf"(?:{alternation(models.families, space=ANY_SPACES)})(?![A-Za-z])")
        # a word of its own ("T4 GPU", "H100"), not the end of a hyphenated name ("OULU-NPU", "FooNet-L4": a dataset, a system)
        self.hardware_pattern = re.compile(rf"(?<![A-Za-z0-9\-_])(?:{alternation(cues.hardware, space=ANY_SPACES)})(?![A-Za-z])")
        self.modalities = frozenset(cues.modalities)
        self.conditions = frozenset(name_key(word) for word in lexicon.naming.unmodified_conditions)
        self.method_keys = {name_key(m) for m in models.methods}
        self.version_words = set(models.version_words)
        self.not_names = set(cues.not_names)
        self.leading_prepositions = frozenset(cues.leading_prepositions)
        cue_words = alternation(cues.benchmark_after)
        self.cue_before_name = re.compile(rf"(?:{cue_words})[\s“\"「*]{{0,4}}$", re.I)
        self.cue_after_name = re.compile(rf"[\s”\"」*]{{0,4}}(?:{cue_words})", re.I)
        self.setting_rates = tuple(cues.setting_rates)
        self.split_words = set(cues.split_words)
        self.setting_names = {name.casefold() for name in lexicon.subsets.settings}  # "near-OOD", "cross-domain"
        self.benchmark_suffixes = tuple(cues.benchmark_suffixes)
        self.benchmark_after = _word_regex(cues.benchmark_after, between=cues.collection_modifiers)
        self.language_codes = frozenset(code.lower() for code in cues.language_codes)
        self.split_set_before = re.compile(rf"(?:{alternation(cues.split_sets)})\s*$") if cues.split_sets else None
        self.benchmark_before = re.compile(rf"(?:{alternation(cues.benchmark_before)}|[\u4e00-\u9fff](?<![子合])集)\s*\(?\s*$")
        self.model_after = _word_regex(cues.model_after)
        self.coordinators = alternation(cues.coordinators)  # "A、B 和 C": what joins the items of a list
        self.coordinator_words = tuple(cues.coordinators)
        place_after = alternation(cues.place_frame_after)
        self.place_after = re.compile(rf"\s*(?:\([^()\n]{{0,30}}\)\s*)?(?:的[^,;。\n]{{0,20}}?)?(?:{place_after})")
        # ... or a few Chinese words naming the part measured on first ("在 FooVar 非编码变异上"; not "在 FooLM 基础上")
        self.place_after_qualified = re.compile(
            rf"[ \t]*(?:(?!{alternation(cues.place_not_qualifiers)})[\u4e00-\u9fff]){{2,8}}?(?:{place_after})(?![升涨调限下游])"
            rf"(?![ \t]*(?:{alternation(cues.trained_on)}))")
        self.place_after_list = re.compile(rf"\s*(?:{alternation(cues.place_coordinators)})\s*(?:(?!{alternation(cues.subset_nouns)})"
                                           rf"[^,;。\n上中]){{1,30}}?(?:{place_after})")
        self.metric_after = re.compile(rf"\s*(?:{alternation(cues.metric_after)})(?!任务|子任务|子集|数据集|基准|测试)")  # not "X 相似度任务"
        self.score_after = re.compile(rf"\s*(?:{alternation(cues.score_after)})")
        self.style_after = re.compile(rf"[ \t]*(?:{alternation(cues.style_after)})")
        self.coordinator = re.compile(rf"\s*(?:{self.coordinators})\s*$")
        splits = alternation(cues.split_words)
        # a split as written after a benchmark: "test", "test-clean", "test_net", "val2017", "testA"
        self.split_word = re.compile(rf"(?:{splits})(?:[\-_][A-Za-z0-9]+|(?:19|20)\d{{2}}|[A-Z])?")
        self.part_after = re.compile(rf"\s*(?:[\d一二两三四五六七八九十几多]+\s*个\s*)?(?:{alternation(cues.subset_after)})", re.I)
        self.split_after = re.compile(rf"[ \t]+{self.split_word.pattern}(?![A-Za-z0-9])")
        self.trained_on = re.compile(rf"\s*(?:\([^()\n]{{0,30}}\)\s*)?(?:{alternation(cues.benchmark_after)})?\s*"
                                     rf"(?:{place_after})\s*(?:{alternation(cues.trained_on)})(?!后)")
        other_metrics = alternation([a for a in aliases if not re.match(r"[A-Za-z0-9]", a)], space=ANY_SPACES)
        parts = alternation(cues.subset_after)
        label_words = alternation([*cues.benchmark_after, *cues.subset_after, *cues.label_settings], space=ANY_SPACES)
        gloss = r"(?:\s*\([^()\n]{0,40}\))?"
        # what may follow a benchmark's name in a bullet's label: a split or a named part ("CT 赛道"), a
        # size or resolution, a gloss, a setting or cue word ("零样本评测", "热词子集"), a metric word, a gloss
        self.label_tail = re.compile(rf"(?:[ \t]*{self.split_word.pattern}|[ \t]*[A-Za-z][A-Za-z0-9\-_]*(?=[ \t]*(?:{parts})))?"
                                     rf"(?:[ \t]*{QUANTITY_MARK}|{_RESOLUTION})?(?:[ \t]*[\u4e00-\u9fff]{{1,4}}(?=[ \t]*\())?{gloss}"
                                     rf"(?:\s*[\u4e00-\u9fff]{{0,4}}?(?:{label_words})|\s*(?:{other_metrics}))?{gloss}\s*")
        # ... or, looser, a split-like word or a few Chinese words that name no action or outcome ("**FooSet 总体**：",
        # "**BarMed 肝脏肿瘤**：", "**BazDrive navtest**："; not "**Oracle 分析**：", "**FooNet 提升**：")
        not_places = alternation([*cues.label_not_places, *cues.coordinators])
        self.label_qualifier = re.compile(
            rf"[ \t]*(?P<lower>[a-z]*(?:{alternation(cues.split_words)})[a-z]*(?:-[a-z0-9]+)*)?[ \t]*"
            rf"(?P<words>(?:(?!{not_places})[\u4e00-\u9fff]){{1,8}})?{gloss}\s*")
        # words that introduce a system rather than qualify a measure, right before a name: "而 X 为", "基座 X 为"
        self.before_system = re.compile(
            rf"(?:{alternation([*cues.comparison_before, *cues.baseline_words, *cues.base_model_words, *cues.system_subject_words])})"
            rf"[\u4e00-\u9fff]{{0,4}}[ \t]*$")
        self.metric_then_value = re.compile(rf"[ \t]*=?[ \t]*{QUANTITY_MARK}(?:\s*\([^()\n]{{0,20}}\))?"
                                            rf"\s*(?:[,;、。)/]|(?:→|->)\s*{QUANTITY_MARK}|和|与|$)", re.M)
        # ... or before an arrow to another value ("MPJPE 67.5 → 61.3 mm"; not "GRIT 0.059 → HyperGT 0.054": systems)
        self.reaches_value = re.compile(rf"\s*(?:{alternation(['为', '是', *lexicon.rule_words.reach_verbs])})\s*{QUANTITY_MARK}")
        self.reached_number = re.compile(rf"[ \t]*(?:{alternation(lexicon.rule_words.reach_verbs)})[ \t]*(?:\*\*)?[-+−]?\d")
        self.metric_from = re.compile(rf"[ \t]*(?:从|由)[^,;。\n]{{0,12}}?{QUANTITY_MARK}")  # "ATE 从 4.44 cm 降到"
        self.metric_last_words = frozenset(cues.metric_last_words)
        # "BERTScore", "RayIoU": a metric word closing a one-word name; "Rank-1", "Top-5": a word and its cut-off
        self.metric_tails = tuple(cues.metric_tails)
        self.metric_endings = tuple(cues.metric_endings)
        self.metric_modifier_stops = frozenset(cues.metric_modifier_stops)
        self.metric_gloss = re.compile(
            rf"\.?[ \t]*\([ \t]*[^()\n{QUANTITY_MARK}]{{0,16}}?(?:{alternation(cues.metric_gloss_tails)})[ \t]*\)[ \t]*"
            rf"(?:为|是|达到|达|从|由|降|升|提升|=|:)") if cues.metric_gloss_tails else None
        # ... or named right after Chinese words ending so, then given its value: "说话人相似度SECS达到 0.871"
        self.metric_words_before = re.compile(rf"(?:{alternation(cues.metric_gloss_tails)})[ \t]*$") if cues.metric_gloss_tails else None
        self.metric_tail = re.compile(rf"[A-Za-z][A-Za-z0-9]*(?:{alternation(cues.metric_tails)})")
        self.cutoff = re.compile(rf"(?P<head>{alternation([w for h in cues.cutoff_heads for w in (h, h.lower())])})-?(?P<k>\d+)")
        self.parts_follow = re.compile(alternation(cues.parts_follow)) if cues.parts_follow else None
        self.under_setting = re.compile(rf"[ \t]*(?:{alternation(cues.setting_nouns)})?[ \t]*下(?![降滑跌调])")
        self.has_parts = re.compile(rf"[ \t]*[\d{QUANTITY_MARK}一二两三四五六七八九十几多]+[ \t]*(?:个|条|项|类|种|款)[ \t]*"
                                    rf"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(cues.part_nouns)})")
        self.after_metric_value = re.compile(r"\s*(?:[,;、。)/]|和|与|$)", re.M)
        # every cue that may stand right before a name ("X 基准", "在 X", "超过 X"), as one regex over
        # the characters before it
        self.before_name = re.compile(
            rf"(?P<benchmark>{self.benchmark_before.pattern})|(?P<place>(?i:(?:{alternation(cues.place_frame_before)})\s*$))"
            rf"|(?P<compared>(?:{alternation(cues.system_before)})\s*$)")
        # every cue that may follow a name, in the order `classify` weighs them, as one regex
        self.after_name = re.compile("|".join(
            f"(?P<{kind}>{'(?i:' + regex.pattern + ')' if regex.flags & re.I else regex.pattern})"
            for kind, regex in (("trained", self.trained_on), ("part", self.part_after),
                                ("metric", self.metric_after), ("score", self.score_after),
                                ("benchmark", self.benchmark_after), ("model", self.model_after),
                                ("split", self.split_after))))
        self.name_shape = lru_cache(maxsize=8192)(_name_shape)
        # what may stand between a system's name and 为: "（Hiera-L）", "的指令模式", "的分块解码"
        self.described_before = re.compile(
            rf"\s*(?:\([^()\n]{{1,30}}\)|的[\u4e00-\u9fff]{{0,4}}?(?:{alternation(cues.variant_nouns)}))\s*$")
        # what stands between a system's name and its value: "（RGB-D）", "仅", "只剩"
        regime = rf"(?:(?:{alternation(cues.system_regimes)})[ \t]*(?:为|是)?[ \t]*)?" if cues.system_regimes else ""
        self.system_then_value = re.compile(rf"[ \t]*(?:\([^()\n]{{1,16}}\)[ \t]*)?{regime}(?:{alternation(cues.value_after_system)})?[ \t]*{QUANTITY_MARK}")
        # a clause that opens with a name and says where: "ETTh2 上", "ESD 英文部分上", "ZINC（12K 子集）中"
        self.clause_place = re.compile(
            rf"(?:{_RESOLUTION})?[ \t]*(?:\([^()\n]{{0,40}}\)[ \t]*)?(?:{self.split_word.pattern}[ \t]*)?"
            rf"(?:[\u4e00-\u9fff]{{1,4}}?[ \t]*|的[^,;。\n]{{0,20}}?)?(?:{place_after})(?![升涨调限下游])"
            # ... or owns named parts: "SimplerEnv 的 Google Robot 任务", "TUM RGB-D 的 fr1/desk、fr2/xyz 分别"
            rf"|[ \t]*的[ \t]*[A-Za-z][A-Za-z0-9 \-_.()]{{0,24}}?[ \t]*(?:{alternation([*cues.subset_after, *cues.subset_nouns, '任务'])})"
            rf"|[ \t]*的[ \t]*[A-Za-z][A-Za-z0-9 \-_./]{{0,20}}(?:、[ \t]*[A-Za-z][A-Za-z0-9 \-_./]{{0,20}})+[ \t]*分别"
            # ... or opens a list of places: "Weather、Electricity、Traffic 上的 MSE/MAE 分别为"
            rf"|(?:[ \t]*(?:、|和|与)[ \t]*[A-Za-z][A-Za-z0-9\-_.]*(?: [A-Za-z0-9][A-Za-z0-9\-_.]*)?){{1,6}}[ \t]*(?:{place_after})(?![升涨调限下游])"
            # ... or a named part measured by a metric: "LRGB 的 Peptides-func AP 0.7286"
            rf"|[ \t]*的[ \t]*[A-Za-z][A-Za-z0-9\-_.]*[ \t]+[A-Z][A-Za-z0-9@\-]*[ \t]*{QUANTITY_MARK}")
        # ... or with a name and then a metric and its value: "AISHELL-1 CER 4.6%", "CIFAR10 超像素图分类准确率 76.8%",
        # "Replica 渲染 PSNR/SSIM/LPIPS = 38.2/..."
        def measured(metric_words: str) -> re.Pattern[str]:
            return re.compile(
                rf"[ \t]*(?:\([^()\n]{{0,40}}\)[ \t]*)?(?:(?:(?!的|{alternation(cues.subset_nouns)})[\u4e00-\u9fff]){{1,4}}[ \t]*)?"
                rf"(?:(?P<latin>[A-Za-zδ][A-Za-z0-9@\-^&_]*)(?:/[A-Za-zδ][A-Za-z0-9@\-^&_]*)*"
                rf"|{metric_words}{{0,8}}?(?:{alternation(cues.metric_endings)}))"
                rf"[ \t]*(?:为|是|达到|达|=|:)?[ \t]*{QUANTITY_MARK}")  # "达": 达到 written short ("FooVul F1 达 0.47")
        self.measured_after = measured(r"(?:(?!的)[\u4e00-\u9fff])")
        # ... where the name opens its line, also through 的 ("ScreenSpot-Pro的元素定位准确率47.3%"); opening a clause
        # inside a sentence, "X 的成功率为 N" is what a system X scored ("…有限，GPT-4o 的成功率为 18.5%")
        self.measured_after_at_line_start = measured(r"[\u4e00-\u9fff]")
        # Caches of this vocabulary's answers, bounded so memory stays flat over a long ingest.
        self.is_model_family = lru_cache(maxsize=8192)(self._is_model_family)
        self.is_base_model = lru_cache(maxsize=8192)(self._is_base_model)
        self.lexical_role = lru_cache(maxsize=4096)(self._lexical_role)
        self.metric = lru_cache(maxsize=8192)(self._metric)
        self.metric_spelling = lru_cache(maxsize=4096)(self._metric_spelling)  # asked once per record, of few names
        self.glossary = Glossary(lexicon)  # the English of metric and subset names written in Chinese

    def _metric(self, text: str) -> Optional[str]:
        """Canonical metric for a written metric name, or None. Short Latin aliases (`IS`, `EM`)
        count only in their own case, so the English word "is" is not the Inception Score."""
        if len(text) <= 3 and text.isascii() and text not in self.case_sensitive_metrics:
            return None
        canonical = self.metric_by_key.get(name_key(text))
        if canonical:
            return canonical
        if "@" in text or _POWER_SUFFIX.search(text):
            return text.lower()  # "Recall@10", "pass^1"
        head, dash, _ = text.partition("-")
        if dash and self.metric_by_key.get(name_key(head)) and len(head) > 2:
            return text.lower()  # "FID-30K", "ROUGE-L" style variants of a known metric
        before, dash, tail = text.rpartition("-")
        if dash and len(tail) > 1 and self.metric_by_key.get(name_key(tail)) in ("f1", "accuracy", "recall", "precision"):
            return text.lower()  # "RadGraph-F1": a metric computed with a named tool
        if dash and len(tail) > 2 and _SHORT_QUALIFIER.fullmatch(before) and self.metric_by_key.get(name_key(tail)):
            return text.lower()  # "WB-PESQ", "SI-SDR", "MS-SSIM": a known metric under a short qualifier; not "WHU-CD"
        return None

    def _metric_spelling(self, name: str) -> str:
        """The one spelling a metric is stored under, so a board is not split by how papers write it:
        the list's canonical name for any of its spellings (`EM` is `exact match`, `R@10` recall@10),
        else lower case with a Greek threshold spelled out as readers write it (`δ1` is `delta1`)."""
        name = _CUTOFF_DEGREE.sub(r"\1", name)  # "AUC@5°" is auc@5: the sign is the cutoff's unit, not another metric
        name = _CUTOFF_RANGE.sub("", name)  # "mAP@0.5:0.95" is map: averaged over the range, as AP50:95 is ap
        canonical = self.metric_by_key.get(name_key(name))
        if canonical:
            return canonical
        if _HAN.search(name):  # "定位准确率" is localization accuracy; a name no list builds stays as written
            return self.glossary.metric(name) or name
        head, at, cutoff = name.partition("@")
        if at and self.metric_by_key.get(name_key(head + at)):
            return f"{self.metric_by_key[name_key(head + at)]}@{cutoff.lower()}"  # "R@10" is recall@10
        spelled = name.lower()
        if _GREEK_SUBSCRIPT.fullmatch(spelled):  # "ε_ATE" is epsilon ate, "κ_SRME" kappa srme: one spelling, in ASCII
            return f"{unicodedata.name(spelled[0]).rsplit(' ', 1)[-1].lower()} {spelled[2:]}"
        return "delta" + spelled[1:] if _GREEK_THRESHOLD.fullmatch(spelled) else spelled

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
        if is_method_name(name, method) and (name == method or not name.endswith(self.benchmark_suffixes)):
            return METHOD, name  # a variant of the method, but not its benchmark ("DeskTwin-Bench")
        canonical = self.benchmark_by_key.get(name_key(name))
        if canonical:
            return BENCHMARK, canonical
        head, _, release = name.rpartition(" ")
        if head and _RELEASE.fullmatch(release) and name_key(head) in self.benchmark_by_key:
            return BENCHMARK, f"{self.benchmark_by_key[name_key(head)]} {release}"  # "CommonVoice 17.0": that release
        if self.hardware_pattern.search(name):
            return NAME_ROLE, name  # "T4 GPU", "H100": where it ran, never a benchmark or a system
        if name in self.modalities:
            return NAME_ROLE, name  # "CT", "LiDAR": what a part of a benchmark was recorded with
        if name_key(name) in self.conditions:
            return NAME_ROLE, name  # "FP16 为 79.5": the model left as it was (naming.yaml), never a benchmark
        return None


def _word_regex(words: list[str], between: list[str] = ()) -> re.Pattern[str]:
    """Cue words right after a name, allowing a parenthesis and, from `between`, a count and modifiers
    ("BTCV 三个公开数据集") or a description after 等 ("A、B 等高难度数学基准")."""
    body = alternation(words)
    counted = ""
    if between:
        counted = (rf"(?:等\s*(?:[^\s\d,;:。()、\n上中的在和与]{{1,6}}?)?\s*|[\d一二两三四五六七八九十几多]+\s*个\s*)?"
                   rf"(?:(?:{alternation(between)})\s*)*的?\s*")
    glossed = r"(?:[\u4e00-\u9fff]{1,3}(?=\s*\())?" if between else ""  # "CommonVoice 17.0 粤语（zh-HK）测试集"
    return re.compile(rf"\s*{glossed}(?:\([^()\n]{{0,30}}\)\s*)?{counted}(?:{body})", re.I)


_TITLE_PREFIX = re.compile(r"^\s*(?P<name>[^:：]{2,60}?)\s*(?::|：| -- | — )")
_NAMED = re.compile(r"(?:名为|称为|命名为|提出了?(?:一种|一个|名为)?)\s*[“\"「]?(?:\*\*)?\s*(?P<name>" + _NAME_TOKEN + r")")
# "提出了中英双语嵌入模型 LexEmbed": a name after the kind of thing proposed
_NAMED_AFTER_KIND = re.compile(r"提出了?(?:一种|一个)?[\u4e00-\u9fff\-]{0,14}?(?:模型|框架|方法|系统|算法|智能体|架构|范式|策略)"
                               r"\s*[“\"「]?(?:\*\*)?\s*(?P<name>" + _NAME_TOKEN + r")")
_PAREN_ACRONYM = re.compile(r"[（(](?:[^（()）\n]{0,60}[,，]\s*)?(?P<name>" + _NAME_TOKEN + r")\s*[）)]")


def method_name(paper: Paper, vocab: Vocabulary) -> Optional[str]:
    """The paper's own method, or None when the report never names one.

    In order: a one-word title prefix (`FooNet: ...`); a name the contribution sentence introduces
    (`名为 X`, `提出了 X`, or `（X）` when the results text uses it); a short title prefix (`Thinking with Map: ...`);
    a title of at most three capitalised words (`Reinforced Attention Learning`).
    """
    prefix = _TITLE_PREFIX.match(paper.title)
    prefix_name = prefix.group("name").strip() if prefix else None
    contribution = paper.sections.get("contribution", "")
    results = paper.results_text
    if prefix_name and re.fullmatch(_NAME_TOKEN, prefix_name):
        # "Physics-in-the-Loop: …" whose contribution and results say "PhysLoop"; not a benchmark the title names
        if prefix_name not in results and not is_benchmark_paper(paper, prefix_name, vocab):
            introduced = next((m.group("name") for pattern in (_NAMED, _NAMED_AFTER_KIND) for m in pattern.finditer(contribution)), None)
            if introduced and len(introduced) > 1 and introduced in results and not vocab.is_model_family(introduced):
                return introduced
        return prefix_name
    for pattern, must_recur in ((_NAMED, False), (_NAMED_AFTER_KIND, False), (_PAREN_ACRONYM, True)):
        for match in pattern.finditer(contribution):
            name = match.group("name")
            if len(name) > 1 and (name in results or not must_recur) and not vocab.is_model_family(name):
                if (prefix_name and prefix_name.startswith(name) and prefix_name[len(name):][:1] in (" ", ".")
                        and len(prefix_name.split()) <= 4):
                    return prefix_name  # "提出了增强型基础模型 Orient Anything V2" under the title "Orient Anything V2: …"
                return name
    if prefix_name and len(prefix_name.split()) <= 4 and re.search(r"[A-Za-z]", prefix_name):
        return prefix_name
    title = paper.title.strip()
    if re.fullmatch(_NAME_TOKEN, title) or (":" not in title and len(title.split()) <= 3 and title.istitle()):
        return title
    return None


_DIALOGUE_LABEL = re.compile(r"[QA]\d{0,2}")
_LABEL_COLON = re.compile(r"[ \t]*(?:\*\*)?[ \t]*:")


def find_names(source: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans of Latin names in the source text; digits inside them are not quantities."""
    spans: list[tuple[int, int]] = []
    version_words = vocab.version_words
    not_names = vocab.not_names
    edge = lambda word: word in not_names and (word.islower() or word.isupper())  # "vs", "SOTA"; not "Bench"
    for match in NAME.finditer(source):
        start, end = match.span()
        if spans and start < spans[-1][1]:
            continue  # a word a name before it took as its tail ("Sonnet" in "Claude 3.7 Sonnet")
        written = match.group()
        if written in not_names or (written[0] in "lL" and _LEVEL.fullmatch(written)):
            continue  # "SOTA", "Bench" alone name nothing; "lvl5", "L3": a subset, not a name
        if written[0] in "QA" and _DIALOGUE_LABEL.fullmatch(written) and _LABEL_COLON.match(source, end):
            continue  # "Q：…？A：成功率 61.2%": a question and its answer, not a name
        words = written.split(" ")
        while words and edge(words[0]):
            start += len(words.pop(0)) + 1  # "vs Method" is the name "Method"
        while words and edge(words[-1]):
            end -= len(words.pop()) + 1
        if len(words) > 1 and words[0] in vocab.leading_prepositions:
            start += len(words.pop(0)) + 1  # "On Occ3D-nuScenes val": the sentence's preposition, then the name
        if not words:
            continue
        metric_span = None
        if len(words) > 1 and (_ends_with_a_metric(vocab, words, source, end) or _ends_with_a_part(vocab, words, source, end)):
            metric_span = (end - len(words[-1]), end)  # "AISHELL-1 CER 4.6%", "AMOS22 CT 赛道": the name, then the rest
            end -= len(words.pop()) + 1
        last_word = words[-1]
        first_word = words[0].split("-")[0]
        if last_word in version_words or first_word in version_words and not any(c.isdigit() for c in words[0]):
            tail = _VERSION_TAIL.match(source, end)
            if tail:
                end = tail.end()
                tier = _TIER_TAIL.match(source, end)
                if tier and tier.group("tier") in version_words:
                    end = tier.end()  # "Claude 3.7 Sonnet", "Gemini 2.5 Flash": the tier after the version
        elif source.startswith(" ", end) and source[end + 1:end + 2].isdigit():  # each tail below: a space, a number
            if tail := _DECIMAL_VERSION_TAIL.match(source, end):
                end = tail.end("version")  # "RoboTwin 2.0 基准"
            elif tail := _LABEL_SIZE_TAIL.match(source, end):
                end = tail.end("size")
            elif source[max(0, start - 2):start] == "**" and (tail := _LABEL_NUMBER_TAIL.match(source, end)):
                end = tail.end("number")
            elif (tail := _RELEASE_TAIL.match(source, end)) and name_key(" ".join(words)) in vocab.benchmark_by_key:
                end = tail.end("release")  # "CommonVoice 15 的 6 个语种上": that release
            elif tail := _POINT_RELEASE_TAIL.match(source, end):
                end = tail.end("release")
            elif _PLACE_OPENS.search(source, max(0, start - 3), start) and (tail := _PLACED_COUNT_TAIL.match(source, end)):
                end = tail.end("count")  # "在 EPIC-Kitchens 100 上": the count of its classes is the name's
            elif (tail := _GENERATION_TAIL.match(source, end)) and any(c.isupper() for c in written[1:]):
                end = tail.end("digit")  # "HippoRAG 2": a generation number, not a value
            elif tail := _SIZED_GENERATION_TAIL.match(source, end):
                end = tail.end("digit")
        tag = _BRACKET_TAG.match(source, end) if source[end:end + 2].strip()[:1] == "[" else None
        if tag:
            end = tag.end()  # "FLUX.1 Kontext [dev]": the release tag is the name's
        nxt = source[end:end + 1]
        lower_suffix = _LOWER_SUFFIX.match(source, end) if nxt == " " else None
        if lower_suffix:
            end = lower_suffix.end()  # "Seed-TTS eval": the suffix word is the name's
        span_of_range = _IOU_RANGE.match(source, end) if nxt == ":" else None
        if span_of_range and end - start <= 8:
            end = span_of_range.end()  # "AP50:95": a range of thresholds, not a label's colon
        if spans and start - spans[-1][1] in (3, 4, 5) and _joins(source, spans[-1], start):
            start = spans.pop()[0]
        elif spans and start - spans[-1][1] <= 3 and _PLUS_GAP.fullmatch(source, spans[-1][1], start) and (
                vocab.is_base_model(source[slice(*spans[-1])]) or vocab.is_base_model(source[start:end])):
            start = spans.pop()[0]  # "OpenHands + Claude 3.5 Sonnet", "GPT-4o + SoM": one system, a model and what runs it
        spans.append((start, end))
        if metric_span:
            spans.append(metric_span)
    return spans


_BRACKET_TAG = re.compile(r" ?\[[a-z][a-z0-9.\-]{0,11}\](?!\((?:https?:|/|#))")  # not a Markdown link's text
_PLUS_GAP = re.compile(r" ?\+ ?")


def _joins(source: str, previous: tuple[int, int], start: int) -> bool:
    """True when a name and the one before it are one name joined by "and" / "of": the whole stands
    alone in a bold label ("**Amazon Toys and Games**：") or in a place ("在 Tanks and Temples 上/的")."""
    if not _JOINED_NAME.fullmatch(source, previous[1], start) or not source[start:start + 1].isupper():
        return False
    line_end = source.find("\n", start)
    rest = source[start:line_end if line_end != -1 else len(source)]
    name_end = start + (NAME.match(rest).end() if NAME.match(rest) else 0)
    before = source[max(0, previous[0] - 3):previous[0]]
    return ((before.endswith("**") and source.startswith("**", name_end))
            or (before.rstrip().endswith(("在", "于")) and source[name_end:name_end + 2].lstrip()[:1] in ("上", "的", "中")))


def _ends_with_a_part(vocab: Vocabulary, words: list[str], source: str, end: int) -> bool:
    """True when a name's last word is the part a cue after it names ("AMOS22 CT 赛道": AMOS22, part CT),
    unless the whole name is a known benchmark."""
    return (vocab.part_after.match(source, end) is not None and "个" not in source[end:end + 6]
            and name_key(" ".join(words)) not in vocab.benchmark_by_key)


def _ends_with_a_metric(vocab: Vocabulary, words: list[str], source: str, end: int) -> bool:
    """True when a name's last word is a metric rather than part of it, right before a number, after a
    name written as a benchmark's is: one the vocabulary lists (unless the whole name is a known
    benchmark), or an acronym ("AISHELL-1 CER 4.6%"; not "MS MARCO 45", not "Quality Score 87.6%")."""
    last, head = words[-1], " ".join(words[:-1])
    if source[end:end + 2].lstrip()[:1] == ":" and vocab.metric(last):
        return name_key(" ".join(words)) not in vocab.benchmark_by_key  # "ogbg-molhiv ROC-AUC：78.80 → 80.12"
    if not _BOLD_NUMBER_NEXT.match(source, end) and not (  # "FooVul F1 达 0.47": the value after a verb of reaching
            (vocab.metric(last) or _coded(vocab, last)) and vocab.reached_number.match(source, end)):
        return False  # (not 为: "Near-Foo AUROC 为" stays one label)
    if not _benchmark_shaped(vocab, head):
        return False
    if vocab.metric(last):
        return name_key(" ".join(words)) not in vocab.benchmark_by_key
    return _coded(vocab, last)


_BOLD_NUMBER_NEXT = re.compile(r"\s?(?:\*\*)?\d")  # "AISHELL-1 CER 4.6%", "FooSet CER **4.6%**"


def _coded(vocab: Vocabulary, word: str) -> bool:
    """Written as measures are coded: an acronym (`AUC`, `HOTA`), a capital and a digit (`F1`; not a release, `V2`)
    or an extreme's code (`minDCF`)."""
    return (vocab.name_shape(word)[2] or _SCORE_CODE.fullmatch(word) is not None and word[0] != "V"
            or _EXTREME_CODE.fullmatch(word) is not None)


_POWER_SUFFIX = re.compile(r"[A-Za-z]\^\d")  # "pass^1"
_SHORT_QUALIFIER = re.compile(r"[A-Z]{1,2}")  # "WB" in "WB-PESQ" (wide band), "SI" in "SI-SDR" (scale-invariant)
_NAME_PARTS = re.compile(r"[\-\s_/]")
_KNOWN_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9\-.]*) $")  # the Latin word and the one space right before a name
# A lower-case identifier of three or more words joined by underscores: a configuration written as code names it.
CONFIG_NAME = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+){2,}")
_CODES_LISTED = re.compile(r"[A-Z][A-Za-z0-9@\-]{0,7}(?:/[A-Za-z][A-Za-z0-9@\-]{0,7})+")  # "EM/F1", "PSNR/SSIM"
_LANGUAGE_PAIR = re.compile(r"[A-Za-z]{2}-[A-Za-z]{2}")
_LOWER_PAIR = re.compile(r"[a-z]+_[a-z]+")
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十几多]+[ \t]*个[ \t]*$")  # "三个 " right before a name: a count of its parts


def listed_cutoffs(vocab: Vocabulary, name: str) -> bool:
    """True for cut-offs of one head listed with slashes, after a metric's name or alone ("R-Precision Top-1/Top-2/Top-3",
    "Rank-1/5/10"): what was measured at each, never a system or a benchmark."""
    first, *rest = [part.strip() for part in name.split("/")]
    cut = vocab.cutoff.fullmatch(first.rpartition(" ")[2])
    return cut is not None and bool(rest) and all(
        part.isdigit() or (other := vocab.cutoff.fullmatch(part)) is not None and other.group("head") == cut.group("head")
        for part in rest)


def is_method_name(name: str, method: Optional[str]) -> bool:
    """True for the method itself or a variant of it (`SDXL-Foo`, `FooNet-L`, `FooNet-TTS`)."""
    if not method:
        return False
    if name == method or name_key(name) == name_key(method):
        return True
    if method not in name:
        return False  # neither a part of it nor its start
    parts = _NAME_PARTS.split(name)
    return method in parts or name.startswith(method + "-")


def classify(vocab: Vocabulary, view: View, start: int, end: int, name: str, method: Optional[str],
             label_end: Optional[int] = None) -> tuple[str, str, int]:
    """(role, canonical, strength) of a name from its spelling, the vocabulary, the cue words around it
    and its position; `label_end` is where a bullet's label ends when the name opens one."""
    if vocab.style_after.match(view.text, end):
        return NAME_ROLE, name, CUED  # "COCO 风格 mAP": a convention named after a benchmark, not where it was measured
    known = vocab.lexical_role(name, method)
    if known:
        return (*known, CERTAIN)
    if "/" in name and all(vocab.metric(part) for part in name.split("/")):
        return METRIC, name.lower(), CUED  # "EM/F1", "PSNR/SSIM": metrics written together, never a benchmark
    text = view.text
    modifier, _, last = name.partition(" ")
    if last and " " not in last and (metric := vocab.metric(last)) and _metric_modifier(vocab, text, start, modifier):
        return METRIC, f"{modifier} {metric}", CUED  # "weighted F1", "macro AUC": another measure than F1 or AUC
    if name.casefold() in vocab.setting_names:
        return NAME_ROLE, name, CUED  # "near-OOD AUROC", "cross-domain 为": a setting the number was measured in, never a benchmark
    if name.islower() and (name.split("-")[0] in vocab.split_words or vocab.split_word.fullmatch(name)):
        return NAME_ROLE, name, CUED  # "test-zh", "dev-clean", "test_net": a split of some benchmark, not one itself
    if " " not in name and ("_" in name or "-" in name) and (split := _SPLIT_HEAD.match(name)) and split.group(1) in vocab.split_words:
        return NAME_ROLE, name, CUED  # "Test_Meeting", "Dev-Other": a split written with a capital, not a benchmark
    if name.isalpha() and name.islower() and _KNOWN_BEFORE.search(text, max(0, start - 40), start) and (
            name_key(_KNOWN_BEFORE.search(text, max(0, start - 40), start).group(1)) in vocab.benchmark_by_key):
        return NAME_ROLE, name, CUED  # "nuScenes lidarseg": a lower-case word right after a known benchmark is a part of it
    if len(name) == 5 and _LANGUAGE_PAIR.fullmatch(name) and all(code.lower() in vocab.language_codes for code in name.split("-")):
        return NAME_ROLE, name, CUED  # "ZH-EN", "en-de": a language pair, a part of a benchmark (its direction)
    if "_" in name and _LOWER_PAIR.fullmatch(name):
        return NAME_ROLE, name, CUED  # "no_reverb 测试集": a setting or split written as code, never a benchmark
    if "_" in name and CONFIG_NAME.fullmatch(name):
        return NAME_ROLE, name, CUED  # "academy_3_vs_1_with_keeper": a map or scenario of a benchmark, never one itself
    head, _, last = name.rpartition(" ")
    if head and vocab.split_word.fullmatch(last):
        role, canonical, strength = classify(vocab, view, start, end - len(last) - 1, head, method)
        if role in (BENCHMARK, NAME_ROLE):
            return BENCHMARK, canonical, max(strength, CUED)  # "MS MARCO Dev", "COCO val2017": the split is the subset
    after = vocab.after_name.match(text, end)
    cue = after.lastgroup if after else None
    metric_shape, sized, acronym = vocab.name_shape(name)
    if cue == "trained":
        return NAME_ROLE, name, CUED  # "在 ImageNet 数据集上训练": data it learned from, not where it was measured
    if cue == "part":
        if "个" in after.group() and not vocab.coordinator.search(text, max(0, start - 4), start):
            return BENCHMARK, name, CUED  # "LIBERO 四个子集": what has the parts
        if _COUNTED_BEFORE.search(text, max(0, start - 8), start):
            return BENCHMARK, name, CUED  # "三个 FooReviews 子集上": the count is of its parts, the name has them
        return NAME_ROLE, name, CUED  # "Short 子集", "Beauty、Sports 和 Toys 三个子集": parts of a benchmark
    if cue is None and vocab.under_setting.match(text, end):
        return NAME_ROLE, name, CUED  # "Visual Matching 设置下", "Variant Aggregation 下为": a setting
    if (cue is None and "/" not in name and not name.islower() and vocab.has_parts.match(text, end)
            and not _LISTED_BEFORE.search(text, max(0, start - 4), start)):  # not "retail/airline两个领域": the parts
        return BENCHMARK, name, CUED  # "LIBERO四个套件", "TUM RGB-D三条常用序列": what has the parts
    if name in vocab.metric_last_words or (" " in name and name.rsplit(" ", 1)[1] in vocab.metric_last_words and name[0].isupper()):
        return METRIC, name.lower(), CUED  # "Completion Ratio达到91.3%": a metric the vocabulary does not know; "Recall" alone
    if (name.endswith(vocab.metric_tails) and vocab.metric_tail.fullmatch(name)
            and not _JOINED_BEFORE.search(text, max(0, start - 3), start) and not _JOINED_AFTER.match(text, end)):
        return METRIC, name.lower(), CUED  # "RayIoU 为 45.3", "LogLoss 为 0.437": a metric word closes the name;
        # not a tool joined to a system ("MT3 + MuseScore 量化")
    if cue == "metric":
        return METRIC, name.lower(), CUED  # "SoWR 指标": a metric the vocabulary does not know yet
    if cue == "score":
        if not name.isupper() and name.endswith(vocab.benchmark_suffixes) or _versioned_benchmark(vocab, name):
            return BENCHMARK, name, PLACED  # "FooBench 得分 862", "BarQA-v2 得分": a benchmark's score
        return METRIC, name.lower(), PLACED  # "CLIP 分数"; but "IFEval 分数" is IFEval's score
    if metric_shape:
        return METRIC, name.lower(), CUED  # "J&F", "δ1"
    if "/" in name and listed_cutoffs(vocab, name):
        return METRIC, name.lower(), CUED  # "R-Precision Top-1/Top-2/Top-3 分别为": one metric at several cut-offs, never who
    if name[-1].isdigit() and (cut := vocab.cutoff.fullmatch(name)) is not None:  # "Top-1 / Top-3 准确率", "Rank-1 达到 78.4%": a metric's cut-off
        head = cut.group("head").lower()
        return METRIC, f"top-{cut.group('k')} accuracy" if head == "top" else f"{head}-{cut.group('k')}", CUED
    if cue == "benchmark":
        return BENCHMARK, name, CUED  # "Seed-TTS-eval 测试集": the cue beats a family-like prefix
    if vocab.is_model_family(name):
        return MODEL, name, CERTAIN
    if " + " in name and any(vocab.is_base_model(part) for part in name.split(" + ")):
        return MODEL, name, CUED  # "OpenHands + Claude 3.5 Sonnet": a system running on a known model
    if sized or _size_follows(view, end):
        return MODEL, name, CUED  # "DeskTwin-32B", "DeepSeek-V3（671B）"
    before = text[max(0, start - 8):start]
    if before.rstrip().endswith(("从", "由")) and _FROM_SYSTEM_AFTER.match(text, end):
        return MODEL, name, CUED  # "从 OC-SORT 的 913 降到 702": the system a change starts from
    placed = vocab.before_name.search(before)
    placed = placed.lastgroup if placed else None
    if placed == "benchmark":
        if (acronym or _CODES_LISTED.fullmatch(name)) and _a_sets_metric(vocab, text, before, end):
            return METRIC, name.lower(), PLACED  # "FooSpeech 测试集 XER 为 4.1%": the set's metric, not a benchmark
        return BENCHMARK, name, CUED
    if cue == "model":
        return MODEL, name, CUED
    if label_end is not None:
        role = _label_role(vocab, view, end, label_end, name, acronym)
        if role:
            return role
    if cue == "split":
        return BENCHMARK, name, CUED  # "AISHELL-1 test 的 CER", "WenetSpeech test_net 上"
    if not name.isupper() and (name.endswith(vocab.benchmark_suffixes) or _versioned_benchmark(vocab, name)):
        return BENCHMARK, name, PLACED
    if placed == "place" and not (name.isalpha() and name.islower()) and (  # "在retail上": a domain, a part
            vocab.place_after.match(text, end) or vocab.place_after_list.match(text, end)
            or cue is None and _benchmark_shaped(vocab, name) and not (acronym and len(name) < 5)
            and vocab.place_after_qualified.match(text, end)):  # "在 FooVar 非编码变异上": written as a benchmark's name
        if _LISTED_AFTER.match(text, end) and _counted_parts(vocab, text, end):
            return NAME_ROLE, name, CUED  # "在 fr1/desk、fr2/xyz、fr3/office 三个常用序列上": parts
        return BENCHMARK, name, PLACED  # "在 X 上", "在 X 和 Y 上"
    if (placed is None and _PLACE_WITH_MODIFIER.search(text, max(0, start - 14), start)
            and vocab.place_after.match(text, end)):
        return BENCHMARK, name, PLACED  # "在未参与训练的 ETTh2 上"
    if ((name.isupper() or _benchmark_shaped(vocab, name)) and (placed == "place" or _opens_clause(text, start))
            and _PART_THEN_PLACE.match(text, end) and vocab.part_after.match(text, _PART_THEN_PLACE.match(text, end).end())):
        return BENCHMARK, name, PLACED  # "在 KITTI Eigen split 上", "FooASR Meeting 子集上": written as a benchmark, with its part
    if (not (name[0].isdigit() and name.islower()) and "/" not in name and name.lower() not in vocab.metric_modifier_stops
            and (_opens_clause(text, start) and (vocab.clause_place.match(text, end) or len(name) > 3 and _measured_by(
                    vocab, text, end, _opens_line(text, start)))
                 or _MODIFIED_BEFORE.search(text, max(0, start - 3), start) and vocab.clause_place.match(text, end)
                 or _SETTING_CLOSED.search(text, max(0, start - 24), start) and len(name) > 3 and _measured_by(vocab, text, end)
                 or _OWNED_BEFORE.search(text, max(0, start - 4), start) and len(name) > 3 and _metric_right_after(vocab, text, end))):
        return BENCHMARK, name, PLACED  # "ETTh2 上 MSE 0.338", "ESD 英文部分上", "AISHELL-1 CER 4.6%", "在 W4 下 FooText 困惑度为"
        # (not a part's or a split's word: "Unseen mAP 为 33.02", "Hard 上")
    coded = acronym or _SCORE_CODE.fullmatch(name) is not None or _EXTREME_CODE.fullmatch(name) is not None
    if coded and (_metric_position(vocab, view, start, end) or _possessed_value(vocab, view, start, end)):
        return METRIC, name.lower(), PLACED  # "HOTA 70.8，", "（69.9 HOTA）", "X 的 APr 达到 36.2", "X 的 F1 为 81.2"
    if coded and _measured_at_place(vocab, view, start, end):
        return METRIC, name.lower(), PLACED  # "在 FooSet 上 F1 为 0.81", "BarSet 上平均 AbsRel 为 0.04"
    if coded and _LABEL_BODY_OPENS.search(text, max(0, start - 6), start) and (
            vocab.reaches_value.match(text, end) or _RESPECTIVE_VALUES.match(text, end)):
        return METRIC, name.lower(), PLACED  # "**FooCrowd**：XAE 为 74.1": what the bullet measures, said first
        # ("**FooSpoof LA / PA**：XER 分别为 0.9% 和 2.1%": for each of the label's sets)
    if (coded and placed is None and _MODIFIER_BEFORE.search(text, max(0, start - 9), start)
            and not vocab.before_system.search(text, max(0, start - 9), start) and vocab.reaches_value.match(text, end)):
        return METRIC, name.lower(), PLACED  # "平均 XCC 为 69.8", "背景 XSNR 为 28.74": a measure its Chinese modifier qualifies
    if (coded and placed is None and (named := _NAMED_MODIFIER_BEFORE.search(text, max(0, start - 40), start))
            and not named.group("first").islower() and named.group("first").lower() not in vocab.metric_modifier_stops
            and not vocab.before_system.search(text, max(0, start - 9), start) and vocab.reaches_value.match(text, end)):
        return METRIC, name.lower(), PLACED  # "FooNER-3 实体级 XF1 为 93.4", "FooFake v2 XAUC 达到 94.8%": a measure of
        # the set that opens the clause
    if placed == "compared":
        return MODEL, name, PLACED  # "超过 X", "相比 X"
    return NAME_ROLE, name, UNKNOWN


# a Chinese modifier before a name: "作者构建的CXR-VQA-Hard（…）上准确率 61.7%"; not "OSWorld 的 Office 类任务上", a part
_PART_THEN_PLACE = re.compile(r"[ \t]+[A-Z][A-Za-z0-9\-_.]*(?=[ \t]*[A-Za-z\u4e00-\u9fff]+[ \t]*(?:上|中))")  # " Eigen" before "split 上"
_LISTED_BEFORE = re.compile(r"(?:、|和|与|及|/)\s*$")  # "A、B 和 C 三个子集": the list is the parts
_MODIFIED_BEFORE = re.compile(r"[\u4e00-\u9fff]的\s*$")
# a setting just closed ("在 W4A4 设置下", "在 4-bit 下的"): what a metric and a value follow next was measured on
# Chinese words right before a name, opening their clause: "平均 ", "，背景 "
# (not "有监督的 X 为": a system described; nor "合并后 X 为", "在 … 时 X 为": when, not what, then anything)
_MODIFIER_BEFORE = re.compile(r"(?:^|[,;:。\n])[ \t]*[\u4e00-\u9fff]{1,5}(?<![的后前时下中上])[ \t]*$")
# ... and a name, maybe then such words: "；FooNER-3 实体级 ", "FooFake v2 ", "P 波拾取 " (not "average ", "Unseen ":
# a word of averaging or a part's, cues.yaml metric_modifier_stops)
_NAMED_MODIFIER_BEFORE = re.compile(r"(?:^|[,;:。\n])(?:\*\*)?[ \t]*(?:[*\-+•][ \t]+)?(?P<first>[A-Za-z][A-Za-z0-9\-_.+]*)"
                                    r"(?:[ ](?:[A-Z0-9][A-Za-z0-9\-_.]*|v\d[\d.]*))?(?:[ \t]+[\u4e00-\u9fff]{1,5}(?<![的后前时下中上]))?[ \t]+$")
_RESPECTIVE_VALUES = re.compile(rf"[ \t]*分别[ \t]*(?:为|是|达到)?[ \t]*(?:\*\*)?{QUANTITY_MARK}")
# right after a bullet label's colon: where the bullet's first clause opens
_LABEL_BODY_OPENS = re.compile(r"[:：](?:\*\*)?[ \t]*$")
_SETTING_CLOSED = re.compile(r"在[^,;:。\n在]{1,20}下(?:的)?[ \t]*$")
# ... or a system's own ("FooQuant 的 BarText 困惑度为 6.98"): what it was measured on
_OWNED_BEFORE = re.compile(r"[A-Za-z0-9)][ \t]*的[ \t]*$")
_PLACE_WITH_MODIFIER = re.compile(r"在(?:[^,;:。!?\n在上中A-Za-z]{1,12}的"
                                  r"|(?![\u4e00-\u9fff]{0,5}[个张块台种项款类位])[\u4e00-\u9fff]{1,6}[ \t]*(?:\*\*)?)\s*$")
# ... or Chinese words alone ("在中文版 **X** 上", "在多语言 X 上"; not with a count's measure word, "在四个主流 X 上",
# "在单张 A100 上": systems or hardware counted);
# not "在 OSWorld 的 Office 类任务上": a part of it
_CLAUSE_END = set(",;:。!?\n(")
_CLAUSE_OPENER = re.compile(r"(?:其中|而|但|另外|此外|同时|其次)$")
_BULLET_MARKS = set("*-+•")


_DATASET_NOUN = re.compile(r"(?:数据集|基准|测试集|评测集)$")
_LISTED_AFTER = re.compile(r"[ \t]*(?:、|和|与|及)")


_VALUE_AT_ONCE = re.compile(rf"[ \t]*(?:分别)?(?:为|是|=|:)?[ \t]*{QUANTITY_MARK}")


def _a_sets_metric(vocab: Vocabulary, text: str, before: str, end: int) -> bool:
    """True when a split's set stands right before the name and its value right after ("测试集 CER 为 4.1%",
    "验证集 MAE 0.081", "测试集 CER 从 4.8% 降到"): the benchmark is named before the set, the name is what was measured."""
    return (vocab.split_set_before is not None and vocab.split_set_before.search(before) is not None
            and (_VALUE_AT_ONCE.match(text, end) is not None or vocab.reaches_value.match(text, end) is not None
                 or vocab.metric_from.match(text, end) is not None))


def _counted_parts(vocab: Vocabulary, text: str, end: int) -> bool:
    """True when the place a name opens ends in a count of parts: "X、Y、Z 三个常用序列上"."""
    frame_end = min(len(text), end + 60)
    for stop in "上中":
        at = text.find(stop, end, frame_end)
        if at != -1:
            frame_end = min(frame_end, at)
    return any(vocab.has_parts.match(text, i) and vocab.has_parts.match(text, i).end() == frame_end
               and not _DATASET_NOUN.search(vocab.has_parts.match(text, i).group())  # "三个数据集上": benchmarks
               for i in range(end, frame_end) if text[i] in "0123456789一二两三四五六七八九十几多" + QUANTITY_MARK
               and (i == end or text[i - 1] not in "0123456789一二两三四五六七八九十几多"))


def _opens_clause(text: str, start: int) -> bool:
    """True when a name opens a clause: after punctuation, at a line's start or after its bullet
    marker ("ETTh2 上", "；Traffic 上", "2. AMOS22 ...")."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    opener = _CLAUSE_OPENER.search(text, max(0, i - 2), i)
    if opener:
        i = opener.start()
        while i > 0 and text[i - 1] in " \t":
            i -= 1
    if i == 0 or text[i - 1] in _CLAUSE_END:
        return True
    if text[i - 1] in _BULLET_MARKS or (text[i - 1] in ".)" and i > 1 and text[i - 2].isdigit()):
        line_start = text.rfind("\n", 0, i) + 1
        return not text[line_start:i - 1].strip(" \t0123456789")
    mark = _ITEM_MARK_BEFORE.search(text, max(0, i - 8), i)  # "✅ FooSet：", "(1) FooSet", "1、FooSet", "；2) FooSet"
    return mark is not None and (mark.start() == 0 or text[mark.start() - 1] in _CLAUSE_END)


_ITEM_MARK_BEFORE = re.compile(rf"[ \t]*(?:{ITEM_MARK}|\d{{1,2}}\))[ \t]*$")


_VALUE_NEXT = re.compile(rf"[ \t]*(?:为|是|达到|=|:)?[ \t]*{QUANTITY_MARK}")


def _metric_right_after(vocab: Vocabulary, text: str, end: int) -> bool:
    """True when a metric follows the name at once, then its value ("WikiText-2 困惑度为 6.98", "FooSet BLEU-4 为 0.14";
    not "Findings生成BLEU-4为": a word between)."""
    at = end + len(text[end:end + 2]) - len(text[end:end + 2].lstrip(" \t"))
    latin = _LATIN_WORD.match(text, at)
    if latin:
        word = latin.group()
        found = latin if vocab.metric(word) or any(vocab.name_shape(word)[0::2]) else None
    else:
        found = vocab.metric_pattern.match(text, at)
        found = found if found and vocab.metric(found.group()) else None
    return found is not None and _VALUE_NEXT.match(text, found.end()) is not None


_LATIN_WORD = re.compile(r"[A-Za-zδ][A-Za-z0-9@\-^&_]*")


def _opens_line(text: str, start: int) -> bool:
    """True when only a bullet's marker, number or emoji (or nothing) stands before the name on its line."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return len(before) <= 8 and _WORDS.search(before) is None


_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def _measured_by(vocab: "Vocabulary", text: str, end: int, at_line_start: bool = False) -> bool:
    """True when a metric and its value follow the name ("AISHELL-1 CER 4.6%", "Peptides-func AP 0.7286",
    "CIFAR10 超像素图分类准确率 76.8%"): the name is what was measured on."""
    found = (vocab.measured_after_at_line_start if at_line_start else vocab.measured_after).match(text, end)
    if not found:
        at = end + len(text[end:end + 2]) - len(text[end:end + 2].lstrip(" \t"))
        known = vocab.metric_pattern.match(text, at)  # "FooText 困惑度为 7.21": a metric word the vocabulary knows
        return bool(known and vocab.metric(known.group()) and _VALUE_NEXT.match(text, known.end()))
    latin = found.group("latin")
    return latin is None or bool(vocab.metric(latin)) or any(vocab.name_shape(latin)[0::2]) or _SCORE_CODE.fullmatch(latin) is not None


_JOINED_BEFORE = re.compile(r"\+[ \t]*$")
_JOINED_AFTER = re.compile(r"[ \t]*\+")
_SPLIT_HEAD = re.compile(r"([A-Za-z]+)[\-_][A-Za-z]")  # "Test_Net": a split's word, then what the split is of

_COUNT_TAIL = re.compile(r"-\d{2,}$")  # "MATH-500", "UCF-101", "Kinetics-400": a count of items ends a dataset's name


def _name_shape(name: str) -> tuple[bool, bool, bool]:
    """What a name's spelling alone says: written as only metrics are (`J&F`, `δ1`), holding a model's
    size (`Qwen3-30B-A3B`), written as an acronym (`HOTA`, `AssA`; not `FOOQA-500`: a count of items
    after a hyphen ends datasets' names, a metric's cut-off is one digit, `ROUGE-2`, or known)."""
    return (_METRIC_SHAPE.fullmatch(name) is not None, _SIZE_IN_NAME.search(name) is not None,
            _ACRONYM.fullmatch(name) is not None and _COUNT_TAIL.search(name) is None)


_FROM_SYSTEM_AFTER = re.compile(rf"\s*的\s*{QUANTITY_MARK}")
_SIZE_AFTER = re.compile(rf"\s*\(\s*{QUANTITY_MARK}\s*\)")


def _size_follows(view: View, end: int) -> bool:
    """True when a parameter count in parentheses follows the name: "DeepSeek-V3（671B）"."""
    if "(" not in view.text[end:end + 2]:
        return False
    found = _SIZE_AFTER.match(view.text, end)
    if not found:
        return False
    mark = view.text.index(QUANTITY_MARK, end, found.end())
    return view.quantities[view.mark_index[mark]].scale in ("B", "b")


def _label_role(vocab: Vocabulary, view: View, end: int, label_end: int, name: str,
                acronym: bool) -> Optional[tuple[str, str, int]]:
    """The role a label gives the name that opens it: a benchmark when the rest of the label is a
    split, a size, a gloss, a setting or a cue word (`**DanceTrack test**：`, `**Atari 100k**：`,
    `**GIFT-Eval 零样本评测**：`). A label a value follows at once is a metric when written like one
    (`**CER**：1.38%，`); otherwise only the labels around it can tell a benchmark (`Weather：0.226，`)
    from a part of one (`Easy：89.0%`, `fr1/desk：1.42 cm`), which `records.benchmark` does."""
    text = view.text
    if vocab.label_tail.fullmatch(text, end, label_end) is None:
        qualified = vocab.label_qualifier.fullmatch(text, end, label_end)
        if (qualified is None or not (qualified.group("lower") or qualified.group("words")) or name.islower() or len(name) < 3
                or acronym and len(name) < 5 and not qualified.group("lower") or _NUMBERED_PART.search(name)
                or _VALUE_FIRST.match(text, label_end)):
            return None  # "**SFT 增益**" / "**OCR 任务**": a short acronym with Chinese words is a technique as often as a set
        return BENCHMARK, name, PLACED
    if _VALUE_FIRST.match(text, label_end):
        return (METRIC, name.lower(), PLACED) if end == label_end and acronym else None
    if acronym and end == label_end and _valued_in_its_bullet(vocab, text, name, label_end):
        return METRIC, name.lower(), PLACED  # "**XVD**：在 FooVid 上…XVD 为 312": the label names the bullet's metric
    return BENCHMARK, name, CUED


# A last word of a part and its number ("FooMed Task06", "BarDial Track2"): which part of the benchmark is meant
# is not the benchmark's name.
_NUMBERED_PART = re.compile(r" [A-Z][a-z]+\d+$")
_PLACE_IN_LINE = re.compile(r"(?P<place>[A-Za-z][A-Za-z0-9\-_.]*(?: [A-Za-z0-9][A-Za-z0-9\-_.]*)*)[ \t]*(?:测试集|数据集|基准)?[ \t]*(?:上|中)")


def _valued_in_its_bullet(vocab: Vocabulary, text: str, name: str, label_end: int) -> bool:
    """True when the label's name comes again in its line right before a value, after a place the line names
    ("**XVD**：在 FooVid 上分段计算的 XVD 为 312"): what the bullet measures, named where a metric stands. Not
    without such a place: "**FooLU**：BarLM 的 5-shot FooLU 为 77.9" is that benchmark's score."""
    line_end = text.find("\n", label_end)
    line_end = len(text) if line_end == -1 else line_end
    at = text.find(name, label_end, line_end)
    while at != -1:
        after = at + len(name)
        place = _PLACE_IN_LINE.search(text, label_end, at)
        if (place and place.group("place") != name and not _NAME_GOES_ON.match(text, after) and not _NAME_GOES_ON.match(text, at - 1)
                and not vocab.score_after.match(text, after)  # "FooQA 得分 71.2": the benchmark's score
                and (_VALUE_AT_ONCE.match(text, after) or vocab.reaches_value.match(text, after))):
            return True
        at = text.find(name, after, line_end)
    return False


# After a label's colon: a value (and maybe its unit) that is the whole clause.
_VALUE_FIRST = re.compile(rf":\s*{QUANTITY_MARK}(?:\s*[A-Za-z]{{1,3}}\b)?\s*(?:[,;。/、(]|$)", re.M)


_OWNER_BEFORE = re.compile(r"(?:[上中]|[A-Za-z0-9)])\s*的\s*$")
# A place just closed ("在 FooSet 上", "BarSet 中"), maybe with a word of averaging: not "其中", "以上", "之中"
# ... not a part's place written in English ("在 KITTI Eigen split 上": whose benchmark the part is, is not said there)
_PLACE_CLOSED = re.compile(r"(?<![其以之])(?<!split)(?<!subset)(?<!split )(?<!subset )[上中][ \t]*(?:平均|整体|总体)?[ \t]*$")
_SCORE_CODE = re.compile(r"[A-Z][a-z]?\d{1,2}")  # "F1", "Fl1": a capital and a digit, as scores are coded


def _measured_at_place(vocab: Vocabulary, view: View, start: int, end: int) -> bool:
    """True for "在 FooSet 上 F1 为 0.81" / "BarSet 上平均 AbsRel 为 0.04": right after a place, before
    为 (or a verb of reaching) and a value, stands what was measured there."""
    return (_PLACE_CLOSED.search(view.text, max(0, start - 6), start) is not None
            and vocab.reaches_value.match(view.text, end) is not None)


# a measure's extreme written before its code: "minDCF", "minADE", "maxF"
_EXTREME_CODE = re.compile(r"(?:min|max)[A-Z][A-Za-z0-9]{0,6}")


def _possessed_value(vocab: Vocabulary, view: View, start: int, end: int) -> bool:
    """True for "Foo 的 X 为 N" / "在 Y 上的 X 达到 N": what a named system or a place has that is a
    value is a metric ("最难的 X 达到 N" is not: an adjective, not an owner)."""
    return (_OWNER_BEFORE.search(view.text, max(0, start - 4), start) is not None
            and vocab.reaches_value.match(view.text, end) is not None)


def _metric_position(vocab: Vocabulary, view: View, start: int, end: int) -> bool:
    """True where only a metric stands: right before a value that ends its clause (`HOTA 70.8，`,
    `IDF1 74.1；`) or a change from a value (`ATE 从 4.44 cm 降到`), or right after a value at the
    clause's end (`（69.9 HOTA）`, `116 CIDEr 和`)."""
    text = view.text
    return bool(vocab.metric_then_value.match(text, end) or vocab.metric_from.match(text, end)
                or (text[start - 1:start] == QUANTITY_MARK or text[start - 2:start] == QUANTITY_MARK + " ")
                and vocab.after_metric_value.match(text, end))


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
        whole = not _NAME_GOES_ON.match(contribution, at + len(name))  # not "DeskTwin" in "DeskTwin-Bench"
        if whole and (vocab.cue_before_name.search(contribution, max(0, at - 12), at)
                      or vocab.cue_after_name.match(contribution, at + len(name))):
            return True
        at = contribution.find(name, at + 1)
    return False


_NAME_GOES_ON = re.compile(r"[A-Za-z0-9_\-]")


def find_mentions(view: View, name_spans: list[tuple[int, int]], method: Optional[str], vocab: Vocabulary,
                  own_benchmark: Optional[str] = None, headings: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Every benchmark, system and metric mention in the view, in order of position.

    Metric phrases are found first and win over a name inside them ("Token 成本" is a metric, not
    the name "Token"); a name that contains a metric phrase wins over it; every other name is
    classified by `classify` (a name opening one of the `headings` is a bullet's label), then
    settled by the names listed with it and by the same name elsewhere in the section.
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
        for m in _rate_words(text)
        if not taken.overlaps(m.start(), m.end()) and not m.group().endswith(vocab.setting_rates)
    ]
    metrics = vocab.glossary.compose(text, metrics)
    metrics.sort(key=lambda m: m.start)
    metrics = _short_forms(metrics, vocab.metric_by_key)
    taken = _Spans(metrics)
    label_ends = dict(headings)
    names: list[tuple[Mention, int]] = []
    for src_start, src_end in name_spans:
        start, end = view.view_offset(src_start), view.view_offset(src_end)
        if start >= end or taken.covers(start, end):
            continue
        name = text[start:end]
        if name == own_benchmark:
            role, canonical, strength = BENCHMARK, name, CERTAIN
        else:
            role, canonical, strength = classify(vocab, view, start, end, name, method, label_ends.get(start))
        if role == METRIC and taken.overlaps(start, end):
            continue
        if (role == METRIC and names and text[names[-1][0].end:start] == " "
                and (names[-1][0].role == NAME_ROLE or names[-1][0].role == BENCHMARK and names[-1][1] != CERTAIN)
                and _metric_modifier(vocab, text, names[-1][0].start, names[-1][0].text)):
            # "relaxed accuracy", "pinball loss": one metric; "balanced accuracy" too, though a word opening
            # a clause before a metric reads as where it was measured ("FooSet CER 4.6%")
            modifier = names.pop()[0]
            start, name, canonical = modifier.start, text[modifier.start:end], f"{modifier.text} {canonical}"
        elif (role == METRIC and names and names[-1][0].role == BENCHMARK and names[-1][1] != CERTAIN
                and text[names[-1][0].end:start] == " " and _MODIFIER_WORD.fullmatch(names[-1][0].text)):
            word = names.pop()[0]  # "mean accuracy": an average's word, no benchmark
            names.append((Mention(word.start, word.end, word.text, NAME_ROLE, word.text), UNKNOWN))
        names.append((Mention(start, end, name, role, canonical.replace("\\*", "*")), strength))
    glossed = _labelled_in_parentheses(text, label_ends, vocab)
    metric_ends = {m.end for m in metrics}
    names = [_gloss_role(text, m, strength, glossed, metric_ends, vocab) for m, strength in names]
    names = [_glossed_metric(text, m, strength, vocab) for m, strength in names]
    named = _Spans([m for m, _ in names])
    found = sorted([(m, CERTAIN) for m in metrics if not named.covers(m.start, m.end)] + names, key=lambda x: x[0].start)
    found = _listed_places(text, _parallel_items(text, _listed_systems(text, _coordinated_roles(text, found, vocab.coordinator))))
    found = _system_items(text, found, label_ends)
    found = _slashed_parts(text, found, vocab)
    return _modified_metrics(text, _qualified_metrics(_abbreviated_metrics(
        text, _aliases_as_written_first(text, _consistent_roles(found), vocab), vocab)), vocab)


_MODIFIER_WORDS = re.compile(r"[a-z]{2,12}(?:-[a-z]{2,12})?")  # "strict", "prompt-level"
_HAN_BEFORE = re.compile(r"(?![的])[\u4e00-\u9fff][ ]?$")


def _modified_metrics(text: str, mentions: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """Lower-case English words written right before a metric's Chinese name name another measure of it, as
    they do before an English one ("weighted F1"): "prompt-level strict 准确率" is prompt-level strict accuracy and
    "strict 准确率" strict accuracy, never a benchmark named "strict" with its accuracy. Not a split, an average,
    a setting or a function word (cues.yaml metric_modifier_stops: "zero-shot 准确率", "test 准确率"), nor a known name."""
    merged: list[Mention] = []
    for mention in mentions:
        words: list[Mention] = []
        if mention.role == METRIC and _HAN.search(mention.text):
            at = len(merged)
            while at and _modifier_before(vocab, text, merged[at - 1], words[0] if words else mention):
                at -= 1
                words.insert(0, merged[at])
            if words and (_LATIN_BEFORE.search(text, max(0, words[0].start - 2), words[0].start)
                          or _HAN_BEFORE.search(text, max(0, words[0].start - 2), words[0].start)):
                words = []  # "the strict 准确率", "FooLM strict 准确率": not the opening of the run; after a Chinese
                # word other than 的 the Latin word ends that word's phrase ("首 token 延迟", "上 grounding 准确率": a task)
        if words:
            del merged[len(merged) - len(words):]
            modifier = " ".join(w.text for w in words)
            mention = Mention(words[0].start, mention.end, text[words[0].start:mention.end], METRIC,
                              f"{modifier} {mention.canonical}")
        merged.append(mention)
    return merged


def _modifier_before(vocab: Vocabulary, text: str, word: Mention, after: Mention) -> bool:
    """True for a lower-case word of no known name one space (or none) before `after` that may modify a metric."""
    return (word.role in (NAME_ROLE, BENCHMARK, MODEL) and text[word.end:after.start] in ("", " ")
            and _MODIFIER_WORDS.fullmatch(word.text) is not None
            and not any(part in vocab.metric_modifier_stops for part in word.text.split("-"))
            and vocab.lexical_role(word.text, None) is None)


_QUALIFIED = re.compile(r"[A-Za-z]{1,4}-(?P<metric>[A-Za-z][A-Za-z0-9]{1,7})")


def _qualified_metrics(mentions: list[Mention]) -> list[Mention]:
    """A name written as a short qualifier, a hyphen and a metric the section names on its own ("PA-MPJPE" beside
    "MPJPE", "SASV-EER" beside "EER") is a variant of that metric, never a system or a benchmark: "P-MPJPE 为 31.0 mm"
    read P-MPJPE as the system."""
    metrics = {m.text for m in mentions if m.role == METRIC and m.text.isascii()}
    if not metrics:
        return mentions
    return [Mention(m.start, m.end, m.text, METRIC, m.text.lower())
            if m.role in (MODEL, NAME_ROLE, BENCHMARK) and "-" in m.text and (q := _QUALIFIED.fullmatch(m.text))
            and q.group("metric") in metrics else m for m in mentions]


_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9\-]{1,7}")  # "RR", "WGA", "ExpRate"
_ABBREVIATION_AFTER = re.compile(r"\([ \t]*([A-Za-z][A-Za-z0-9\-@.]*)[ \t]*\)$")
_HEAD_CUT = re.compile(r"[\u4e00-\u9fff](?<![的为是上中和与及在其将把均都了即])$")  # a word runs on before the metric word


def _abbreviated_metrics(text: str, mentions: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """A metric written in Chinese with its abbreviation in parentheses ("配准召回率（RR）", "最差群体准确率（WGA）")
    is one metric wherever either stands in the section, so the method's value and the baselines' (and a later
    "RR 为 78.2%") share one name: the Chinese one when the list read it whole and knows no other name for the
    abbreviation, else the abbreviation, which says more than a head read without its modifier (准确率 of
    最差群体准确率 is no plain accuracy). A later mention of the abbreviation read as a system is the metric too."""
    named: dict[str, str] = {}
    heads: dict[int, str] = {}
    for mention in mentions:  # read as one mention: "执行准确率(EX)"
        glossed = _ABBREVIATION_AFTER.search(mention.text) if mention.role == METRIC and _HAN.search(mention.text) else None
        if glossed:
            named.setdefault(name_key(glossed.group(1)), mention.canonical)
    for first, second in zip(mentions, mentions[1:]):
        if (first.role != METRIC or second.role != METRIC or not _HAN.search(first.text) or not second.text.isascii()
                or first.canonical == second.canonical):
            continue
        glossed = ("(" in text[first.end:second.start] and _ALIAS_OPEN.fullmatch(text, first.end, second.start)
                   and _ALIAS_CLOSE.match(text, second.end))
        if not glossed and not (_ABBREVIATION.fullmatch(second.text) and text[first.end:second.start] in ("", " ")):
            continue  # "配准召回率 RR 为": the abbreviation written right after, as in parentheses
        cut = (len(first.text) <= 3 and name_key(first.text) in vocab.metric_by_key  # a bare head the words before it modify
               and _HEAD_CUT.search(text, max(0, first.start - 1), first.start) is not None)
        whole = (not cut and vocab.metric(second.text) is None and "@" not in second.text  # "召回率（R@1）": the cutoff counts
                 and first.canonical != "score")  # a rate word no list knows ("混合错误率 MER"): the abbreviation names it
        canonical = named.setdefault(name_key(second.text), first.canonical if whole else second.canonical)
        heads[first.start] = canonical
    if not named:
        return mentions
    return [Mention(m.start, m.end, m.text, METRIC, heads.get(m.start) or named[name_key(m.text)])
            if m.start in heads or m.role in (METRIC, MODEL, NAME_ROLE) and name_key(m.text) in named else m
            for m in mentions]  # "EX 在 test 集上为 70.0%": the abbreviation, not a system


_VALUES = rf"{QUANTITY_MARK}(?:[ \t]*/[ \t]*{QUANTITY_MARK})*"
_NEXT_ITEM = re.compile(rf"[ \t]*{_VALUES}[ \t]*[,;、][ \t]*")
_ITEM_VALUES = re.compile(rf"[ \t]*{_VALUES}")
_ITEM_OPENS = re.compile(r"[,;:、][ \t]*$")


_PLACE_ITEM_GAP = re.compile(rf"[ \t]*(?:为|是|:)[ \t]*{_VALUES}[ \t]*[,;][ \t]*")
_PLACE_ITEM_AFTER = re.compile(rf"[ \t]*(?:为|是|:)[ \t]*{_VALUES}")


def _listed_places(text: str, found: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """A name nothing else explains is a benchmark when it is the next item of a run of benchmarks each with 为 and
    its values ("FooQA为46.8/54.0，BarHop为19.7/28.9"): it stands where the benchmark before it stood."""
    result = list(found)
    for i in range(1, len(result)):
        mention, strength = result[i]
        previous, previous_strength = result[i - 1]
        if (mention.role == NAME_ROLE and strength == UNKNOWN and previous.role == BENCHMARK and previous_strength >= PLACED
                and _PLACE_ITEM_GAP.fullmatch(text, previous.end, mention.start) and _PLACE_ITEM_AFTER.match(text, mention.end)):
            result[i] = (Mention(mention.start, mention.end, mention.text, BENCHMARK, mention.canonical), PLACED)
    return result


def _listed_systems(text: str, found: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """A name read as a metric only by where it stands (an acronym before a value) is a system when it is the
    next item of a list of systems and their values ("DreamerV3 1.12/0.49，STORM 1.27/0.58"): it stands where
    the system before it stood, with as many values."""
    result = list(found)
    for i in range(1, len(result)):
        mention, strength = result[i]
        previous = result[i - 1][0]
        if mention.role != METRIC or strength > PLACED or previous.role not in (MODEL, METHOD, NAME_ROLE):
            continue
        gap = _NEXT_ITEM.fullmatch(text, previous.end, mention.start)
        after = _ITEM_VALUES.match(text, mention.end)
        if not gap or not after or text[after.end():after.end() + 1] == "/":
            continue
        values = after.group().count(QUANTITY_MARK)
        if previous.role == NAME_ROLE and (values < 2 or "," not in gap.group()
                                           or not _ITEM_OPENS.search(text, max(0, previous.start - 3), previous.start)):
            continue  # a name read as nothing else is a system there only in a list of pairs ("A 1.1/0.4，B 1.2/0.5"), not parts ("Reddit 63.2%、GitLab 50.0%")
        if text[previous.end:gap.end()].count(QUANTITY_MARK) == values:
            result[i] = (Mention(mention.start, mention.end, mention.text, MODEL, mention.text), PLACED)
    return result


_ITEM_AFTER_VALUE = re.compile(rf"[ \t]*(?:为|是|:)?[ \t]*{_VALUES}[ \t]*[、|][ \t]*")  # "… 61.2%、", "… 0.41/0.52 | "
_ITEM_GAP = re.compile(r"[ \t]*")


def _parallel_items(text: str, found: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    """Results joined by 、 or | name one kind of thing at each item's head: "FooSet 成功率 61.2%、BarSet 成功率
    55.0%" lists benchmarks, "Method 成功率 61.2%、BarAgent 成功率 54.3%" systems. A name no surer than its place
    heading an item takes the role of the head before it (a benchmark, or a system for the method or a model),
    when both items have the same shape (a name, the same metric or none, the values)."""
    result = list(found)
    for i in range(1, len(result)):
        mention, strength = result[i]
        if strength > PLACED or mention.role in (METHOD, METRIC) or text[mention.start - 1:mention.start] not in ("、", "|", " ", "\t"):
            continue
        k, metric = i - 1, None
        if result[k][0].role == METRIC:
            metric, k = result[k][0], k - 1
        if k < 0:
            continue
        head = result[k][0]
        if head.role not in (BENCHMARK, MODEL, METHOD) or head.role == mention.role:
            continue
        gap_start = head.end
        if metric is not None:
            if not _ITEM_GAP.fullmatch(text, head.end, metric.start):
                continue
            gap_start = metric.end
        if not _ITEM_AFTER_VALUE.fullmatch(text, gap_start, mention.start):
            continue
        after = i + 1 < len(result) and result[i + 1][0]
        if metric is not None and not (after and after.role == METRIC and after.canonical == metric.canonical
                                       and _ITEM_GAP.fullmatch(text, mention.end, after.start)):
            continue  # "FooSet 成功率 61.2%、BarSet 召回率 …": another metric, another shape
        if metric is None and not _ITEM_VALUES.match(text, mention.end):
            continue
        role = BENCHMARK if head.role == BENCHMARK else MODEL
        result[i] = (Mention(mention.start, mention.end, mention.text, role, mention.canonical), PLACED)
    return result


def _slashed_parts(text: str, found: list[tuple[Mention, int]], vocab: Vocabulary) -> list[tuple[Mention, int]]:
    """A name placed as a benchmark ("在 Rare 上") that its line listed before as one of slashed plain words, the
    labels of a list of values ("mAP（Full/Rare/Non-rare）为 41.87/40.12/42.39"), is that part again, not a benchmark
    of its own (names written as benchmarks are, "FooQA/BarQA2 的 EM 为 …", stay what they are)."""
    result, listed = list(found), {}
    for i, (mention, strength) in enumerate(found):
        if ("/" in mention.text and mention.role == NAME_ROLE
                and not any(_benchmark_shaped(vocab, piece) for piece in mention.text.split("/"))):
            line = text.rfind("\n", 0, mention.start)
            for piece in mention.text.split("/"):
                listed[piece.strip()] = line
        elif (mention.role == BENCHMARK and strength <= PLACED and listed.get(mention.text) is not None
              and text.rfind("\n", 0, mention.start) == listed[mention.text]):
            result[i] = (Mention(mention.start, mention.end, mention.text, NAME_ROLE, mention.canonical), CUED)
    return result


_SLASHED_VALUE = re.compile(rf"[ \t]*:[ \t]*{QUANTITY_MARK}[ \t]*/")


def _system_items(text: str, found: list[tuple[Mention, int]], label_ends: dict[int, int]) -> list[tuple[Mention, int]]:
    """Items of consecutive lines each labelled by one name and holding one value ("- Method：61.2%" over "- BarAgent：
    54.3%") label one kind of thing: where one label is the method or a known model, the others no surer than their
    place are systems too; where one is a known metric (and none a known benchmark or system), metrics ("Inform：92.1"
    over "BLEU：19.8"), not benchmarks."""
    items = [i for i, (m, strength) in enumerate(found)
             if label_ends.get(m.start) == m.end and _VALUE_FIRST.match(text, m.end)]
    groups: list[list[int]] = []
    for i in items:
        if groups and text.count("\n", found[groups[-1][-1]][0].start, found[i][0].start) == 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    result = list(found)
    for group in groups:
        roles = {found[i][0].role for i in group if found[i][1] == CERTAIN or found[i][0].role == METHOD}
        if len(group) < 2 or BENCHMARK in roles or not roles & {METHOD, MODEL, METRIC}:
            continue
        role = MODEL if roles & {METHOD, MODEL} else METRIC  # "BLEU：19.8" among "Inform：92.1", "Success：85.6"
        if role == METRIC and any(_SLASHED_VALUE.match(text, found[i][0].end) for i in group):
            continue  # "- LPIPS：0.12 / 0.10" among "- IRIS：1.0 / 2.0": value groups of systems, one label a metric
        for i in group:
            mention, strength = found[i]
            if (mention.role in (NAME_ROLE, BENCHMARK) and strength < CERTAIN
                    and (role == MODEL or mention.text.replace(" ", "").isalpha())):
                canonical = mention.canonical.lower() if role == METRIC else mention.canonical
                result[i] = (Mention(mention.start, mention.end, mention.text, role, canonical), PLACED)
    return result


_ALIAS_OPEN = re.compile(r"[ \t]*\([ \t]*")
_ALIAS_CLOSE = re.compile(r"[ \t]*\)")


def _aliases_as_written_first(text: str, mentions: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """A benchmark named with another name of it in parentheses ("Neu3D（N3DV）") is one benchmark under the
    name written first, wherever either name stands in the section ("N3DV 上 PSNR 下降 0.8 dB" is Neu3D's)."""
    aliases: dict[str, str] = {}
    for first, second in zip(mentions, mentions[1:]):
        if second.start - first.end > 4 or "(" not in text[first.end:second.start]:
            continue
        if (first.role in (BENCHMARK, NAME_ROLE) and second.role in (BENCHMARK, NAME_ROLE) and BENCHMARK in (first.role, second.role)
                and first.text != second.text and not second.text.islower()
                and not any(vocab.split_word.fullmatch(m.text) for m in (first, second))  # "MathVerse (testmini)": a split
                and _ALIAS_OPEN.fullmatch(text, first.end, second.start)
                and _ALIAS_CLOSE.match(text, second.end)):
            aliases.setdefault(first.text, first.canonical if first.role == BENCHMARK else first.text)
            aliases.setdefault(second.text, aliases[first.text])
    if not aliases:
        return mentions
    return [Mention(m.start, m.end, m.text, BENCHMARK, aliases[m.text]) if m.text in aliases and m.role in (BENCHMARK, NAME_ROLE)
            else m for m in mentions]


_MODIFIER_WORD = re.compile(r"[a-z]{3,12}")  # one lower-case English word
_LATIN_BEFORE = re.compile(r"[A-Za-z0-9_.\-+/][ ]?$")


def _metric_modifier(vocab: Vocabulary, text: str, start: int, word: str) -> bool:
    """True for a lower-case English word at `start` that names another measure of the metric written right
    after it ("weighted F1", "macro AUC", "relaxed accuracy", "pinball loss": not F1, AUC, accuracy or loss
    alone): it opens the Latin run (not "the weighted F1") and is no split, average or function word
    (cues.yaml metric_modifier_stops: "test accuracy" is the accuracy on the test split)."""
    return (_MODIFIER_WORD.fullmatch(word) is not None and word not in vocab.metric_modifier_stops
            and not _LATIN_BEFORE.search(text, max(0, start - 2), start))


def _short_forms(metrics: list[Mention], listed: dict[str, str]) -> list[Mention]:
    """Metric mentions with a rate word the vocabulary does not know ("恢复率", a generic score) named after
    the known metric it shortens ("序列恢复率 为 58.9%。…上恢复率为 62.1%": sequence recovery). The word for
    score the list has is no short form: after "Overall 得分" or "人类归一化得分", "X 上得分 86.1" is a score."""
    known: dict[str, str] = {}
    out = []
    for mention in metrics:
        if mention.canonical == "score" and not mention.text.isascii() and name_key(mention.text) not in listed:
            longer = next((c for text, c in known.items() if len(text) > len(mention.text) and text.endswith(mention.text)), None)
            if longer:
                mention = Mention(mention.start, mention.end, mention.text, METRIC, longer)
        elif mention.canonical != "score":
            known[mention.text] = mention.canonical
        out.append(mention)
    return out


def _gloss_role(text: str, mention: Mention, strength: int, glossed: dict[int, str], metric_ends: set[int],
                vocab: Vocabulary) -> tuple[Mention, int]:
    """A name alone in parentheses says what stands before them: after a Chinese metric word it is
    that metric ("攻击成功率 (ASR)", "说话人相似度（SIM）"); in a label of Chinese words it is the
    benchmark, when written as one ("**相机位姿（CO3Dv2）**")."""
    if strength >= CUED or mention.role != NAME_ROLE or "(" not in text[mention.start - 3:mention.start]:
        return mention, strength
    opening = _OPENING_BEFORE.search(text, max(0, mention.start - 3), mention.start)
    if opening and opening.start() in metric_ends and _CLOSING_AFTER.match(text, mention.end):
        if any(word.endswith(vocab.benchmark_suffixes) for word in re.split(r"[\-\s]", mention.text)):
            return Mention(mention.start, mention.end, mention.text, BENCHMARK, mention.canonical), CUED  # "过度拒绝率（FooR-Bench-Hard）"
        return Mention(mention.start, mention.end, mention.text, METRIC, mention.canonical.lower()), CUED
    if mention.start in glossed and (_benchmark_shaped(vocab, mention.text) or glossed[mention.start] == _CODED
                                     or glossed[mention.start] == _PLAIN and _LONG_CAPITALS.fullmatch(mention.text)):
        return Mention(mention.start, mention.end, mention.text, BENCHMARK, mention.canonical), CUED
    return mention, strength


def _glossed_metric(text: str, mention: Mention, strength: int, vocab: Vocabulary) -> tuple[Mention, int]:
    """A name glossed in Chinese words that end in what a measure is ("CLIP-T（文本对齐）为 0.287", "N-acc.（无目标识别准确率）为",
    "jitter（加速度误差）从 6.1 降至", cues.yaml metric_gloss_tails) and then given its value is that metric, not a system
    ("GPT-4o（闭源模型）为 50.1%" is one); so is a code of letters right after such words ("说话人相似度SECS达到 0.871")."""
    if mention.role not in (NAME_ROLE, MODEL) or vocab.metric_gloss is None:
        return mention, strength
    if vocab.metric_gloss.match(text, mention.end) is None and not (
            _CODE.fullmatch(mention.text) and vocab.metric_words_before.search(text, max(0, mention.start - 4), mention.start)
            and vocab.reaches_value.match(text, mention.end)):
        return mention, strength
    return Mention(mention.start, mention.end, mention.text, METRIC, mention.text.rstrip(".").lower()), CUED


_CODE = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,6}")  # "SECS", "AbsRel": letters only, two capitals at least
_OPENING_BEFORE = re.compile(r"\s*\(\s*$")
_CLOSING_AFTER = re.compile(r"\s*\)")
_LABEL_GLOSS = re.compile(r"[^A-Za-z()\n]*[\u4e00-\u9fff][^A-Za-z()\n]*\(\s*(?=[A-Za-z0-9])")


def _labelled_in_parentheses(text: str, labels: dict[int, int], vocab: Vocabulary) -> dict[int, str]:
    """Where a name stands alone in the parentheses of a label that is otherwise Chinese words:
    "**相机位姿（CO3Dv2）**：", "**报告生成（MIMIC-CXR）**："; _CODED when a release or a part's code follows it
    there ("**域内（FooFakes c23）**：", "**任务完成（FooWOZ 2.2）**："), which only data sets are written with;
    _GLOSS when the Chinese words end in what a measure is ("**检测精度（XAP）**": the name is the measure's)."""
    found = {}
    for start, end in labels.items():
        gloss = _LABEL_GLOSS.match(text, start, end)
        inside = gloss and _GLOSSED_NAME.fullmatch(text, gloss.end(), end)
        if inside:
            words = text[start:gloss.end()].rstrip(" \t(")
            found[gloss.end()] = (_CODED if inside.group("code") else _GLOSS if words.endswith(vocab.metric_endings)
                                  else _PLAIN)
    return found


_CODED, _GLOSS, _PLAIN = "coded", "gloss", "plain"


# a name alone in a label's parentheses, maybe with its release or a part's code ("v2", "2.2", "c23"; not "7B", "8K",
# "zero-shot", "test-clean": a size, a setting or a split is not the name's) and a word for a data set
_GLOSSED_NAME = re.compile(r"[A-Za-z0-9][^\s()/、,]*(?:[ \t]+(?P<code>[vV]?[1-9]\.\d{1,2}|[vV]\d{1,2}|[a-z]{1,2}\d{1,3}))?"
                           r"\s*(?:数据集|基准)?\s*\)\s*")
# a name of five capitals or more (an all-capitals acronym of four or fewer glosses the label's words as often: "（ASR）")
_LONG_CAPITALS = re.compile(r"[A-Z]{5,}")


_VERSION_SUFFIX = re.compile(r"[\-_]v\d+(?:\.\d+)*$")


def _versioned_benchmark(vocab: Vocabulary, name: str) -> bool:
    """A version of a name one of whose words has a benchmark suffix ("Arena-Hard-v0.1", "FooBench-v2"): a benchmark,
    even where it opens a clause as a system would ("…胜率为 52.9%，Arena-Hard-v0.1 为 61.4")."""
    tail = _VERSION_SUFFIX.search(name)
    return tail is not None and any(word.endswith(vocab.benchmark_suffixes)
                                    for word in re.split(r"[\-\s]", name[:tail.start()]) if word)


def _benchmark_shaped(vocab: Vocabulary, name: str) -> bool:
    """Written as a benchmark's name is: with a digit, a capital inside a word (CO3Dv2, MovieLens),
    a hyphen before a capital (MIMIC-CXR) or a benchmark suffix; not a bare acronym (ASR)."""
    return (any(c.isdigit() for c in name) or re.search(r"[a-z][A-Z]|-[A-Z]", name) is not None
            or name.endswith(vocab.benchmark_suffixes))


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


def _consistent_roles(found: list[tuple[Mention, int]]) -> list[Mention]:
    """A name keeps, wherever it appears, the role of its surest mention in the section when that is
    surer than its own: "在 A、B 和 BTCV 三个数据集上 ... BTCV 上的 NSD 为 0.873"; "超过 SplaTAM" is
    outweighed by "**SplaTAM** 模型"; between two roles equally sure, each mention keeps its own."""
    unsure = {m.text for m, strength in found if strength < CUED and m.role != METHOD}
    best: dict[str, tuple[int, set[str]]] = {}
    for mention, strength in found:
        if strength and mention.text in unsure and mention.role in _SETTLED_ROLES:
            held = best.get(mention.text)
            if held is None or strength > held[0]:
                best[mention.text] = (strength, {mention.role})
            elif strength == held[0]:
                held[1].add(mention.role)
    settled = []
    for mention, strength in found:
        held = best.get(mention.text) if strength < CUED and mention.role != METHOD else None
        if held and held[0] > strength and len(held[1]) == 1 and mention.role not in held[1]:
            role = next(iter(held[1]))
            canonical = mention.canonical.lower() if role == METRIC else mention.canonical
            mention = Mention(mention.start, mention.end, mention.text, role, canonical)
        settled.append(mention)
    return settled


_SETTLED_ROLES = (BENCHMARK, MODEL, METRIC, NAME_ROLE)  # a name cued as a part or a split stays one
_LIST_GAP = re.compile(rf"\s*(?:\(\s*{QUANTITY_MARK}\s*\)\s*)?")


def _coordinated_roles(text: str, found: list[tuple[Mention, int]],
                       coordinator: re.Pattern[str]) -> list[tuple[Mention, int]]:
    """A name listed with a surer benchmark, system, metric or part is one too: "在 Wemath 和 LogicVista
    基准上", "在 MMStar (71.2) 和 RealWorldQA (73.1) 等数据集上", "在 mIoU 和 Recall 指标上", "Beauty、
    Sports 和 Toys 三个子集"; it takes the role as placed (a list member is never surer than where the
    list stands), a part as cued."""
    result = list(found)
    last = len(result) - 1
    for _ in range(2):  # a list of three settles in two passes
        for i, (mention, strength) in enumerate(result):
            if strength >= CUED or mention.role == METHOD:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j <= last:
                    continue
                other, other_strength = result[j]
                if other_strength <= strength or other.role not in _SETTLED_ROLES:
                    continue
                if other.role == mention.role and other.role != NAME_ROLE:
                    continue
                if other.role in (METRIC, NAME_ROLE) and mention.role != NAME_ROLE:
                    continue  # a metric or a part lends its role only to a name nothing else is known about
                a, b = (other, mention) if j < i else (mention, other)
                if b.start - a.end > 12:
                    continue
                gap_start = _LIST_GAP.match(text, a.end).end()
                joint = text[gap_start:b.start]
                if b.start - gap_start <= 4 and coordinator.match(joint) and not (other.role == METRIC and "," in joint):
                    canonical = mention.canonical.lower() if other.role == METRIC else mention.canonical
                    # a part of a benchmark is as sure as its cue ("Beauty、Sports 和 Toys 三个子集")
                    sure = CUED if other.role == NAME_ROLE else PLACED
                    result[i] = (Mention(mention.start, mention.end, mention.text, other.role, canonical), sure)
                    break
    return result
