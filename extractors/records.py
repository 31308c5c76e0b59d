"""Claims -> records: find each claim's benchmark, system, metric and reference, or emit nothing.

Precision before recall: a claim becomes a record only when its benchmark and system can be read
from the sentence or its context without guessing. Sizes, counts and settings never become records.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional, Union

from pydantic import ValidationError

from metricsdb.model import Record, is_generic_benchmark, is_unnamed_system

from .claims import Claim, GroupRef, NamedRef, SystemRef
from .document import (
    BENCHMARK, METHOD, METRIC, MODEL, NAME_ROLE, QUANTITY_MARK, SYSTEM_ROLES, Mention, PaperContext, Sentence, offsets_of,
)
from .entities import listed_cutoffs
from .lexicon import Lexicon, alternation, gated, name_key
from .subsets import SubsetWords, is_month, listed_label, subset, with_outer
from .tables import RULE as _TABLE_RULE

_CLAUSE_OPENER = re.compile(r"\s*(?:而|但|其中|然而|同时|相比之下)?\s*")
# a system opening its clause after a contrast, perhaps described ("而零样本的 GPT-4o"), then acting ("仅为", "只有"),
# perhaps where ("而 MedSAM 在同样框提示下仅为 47.5%")
# ... perhaps with a short modifier right before its name ("而同等规模的流式 Zipformer"), never a place or a comparison
_CONTRASTED = re.compile(r"\s*(?:而|但|然而|相比之下)\s*(?:[\u4e00-\u9fff]{1,6}的)?\s*"
                         r"(?:(?![在对比从与和较相于以用将把被让使是为])[\u4e00-\u9fff]){0,4}\s*")
# a clause whose owner is written but named by no name: an unnamed thing contrasted ("而单向量截断方案只有 74.0%");
# the value is that owner's, neither the method's nor a name's from another clause
_UNRECOGNISED_OWNER = re.compile(
    r"\s*(?:而|然而|相比之下)\s*(?!在)[\u4e00-\u9fffA-Za-z0-9\-]{2,16}?\s*(?:仅|只|则|却|才)\s*(?:为|是|有|达到|达)?\s*$")
# a name's average right after it: "π0 平均 94.2%"
_AVERAGE_AFTER = re.compile(rf"\s*平均\s*{QUANTITY_MARK}")
_WHERE = rf"\s*在[^,;。\n{QUANTITY_MARK}]{{1,16}}?[上下中]"
_ACTS = r"\s*(?:\([^()\n]{{0,30}}\)\s*)?{kind}(?:{where}\s*)?(?:仅|只|也|则|仍|才|却|都)?\s*(?:为|是|有|达到|达|降至|升至|跌至)\s*{mark}"
_WHERE_AFTER = re.compile(_WHERE)
# a parenthesis right after a value that holds only a metric's name and more values, up to the value at the end
_ASIDE_OF_VALUES = re.compile(rf"(?P<mark>{QUANTITY_MARK})[ \t]*\([ \t]*(?:[A-Za-z][A-Za-z0-9@\-]*[ \t]*)?(?:{QUANTITY_MARK}[ \t]*(?:/|、|,)[ \t]*)*$")
# a name, then its values, up to the last of them: "F5-TTS 为 1.56% / 1.83%"
_NAME_THEN_VALUES = re.compile(rf"[ \t]*(?:为|是|:)?[ \t]*(?:{QUANTITY_MARK}[ \t]*(?:/|、)[ \t]*)*")
_SYSTEM_SHAPED = re.compile(r"\d|[a-z][A-Z]|[A-Za-z]-[A-Za-z]")  # a digit, a capital inside a word, a hyphen
_MORE_VALUES = re.compile(rf"(?:\s*(?:/|、)\s*{QUANTITY_MARK})+")  # "为 2.7%/6.4%": the rest of one list of values


def _after_where(text: str, end: int) -> int:
    """Where a name's verb would start: after "在 … 上/下/中" right after the name, if it says where."""
    where = _WHERE_AFTER.match(text, end)
    return where.end() if where else end


_CHANGED_OBJECT = re.compile(r"将\s*[^,;。()\n]{1,30}?的")
# "相比 Splitwise 的 SLO 达成率由 72% 提高到 94%": the system compared with owns the value the change starts from
_COMPARED_START = re.compile(r"(?:相比于?|相较于?|对比|比起)[ \t]*(?P<who>[^,;。()\n]{1,30}?)[ \t]*的[^,;。\n]{0,20}?(?:从|由)[ \t]*$")
class ResolverWords:
    """The cue regexes of the resolver, built from one lexicon (one per Extractor)."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues, rule_words = lexicon.cues, lexicon.rule_words
        comparison = alternation(cues.comparison_before)
        self.comparison = re.compile(gated(rf"(?:{comparison})(?:了|于)?\s*", re.I), re.I)
        # a comparison cue shortly before the end of the searched span
        self.compared = re.compile(rf"(?:{comparison})(?:了|于)?[^,;。{QUANTITY_MARK}]{{0,8}}$", re.I)
        # ... before a parenthesis that names the system compared against: "比之前的 SOTA 方法（RDED）"
        # ... in parentheses right after a change's values: "41.2 → 36.8 mm（vs. TRAM）": the system it starts from
        self.versus_pair = re.compile(rf"(?:[ \t]*[A-Za-z%²³°/]{{1,8}})?\s*\(\s*(?:{alternation(cues.versus_words)})\s*(?P<first>[^\s,;:。()、\n{QUANTITY_MARK}→]"
                                      rf"[^,;:。()\n{QUANTITY_MARK}→]{{0,30}}?)\s*\)") if cues.versus_words else None
        self.compared_gloss = re.compile(rf"(?:{comparison})(?:了|于)?[^,;。()。{QUANTITY_MARK}]{{0,12}}\(\s*$", re.I)
        # ... after a description that ends in 的: "比开启 EAGLE 的 SGLang", "比同为 7B 的 UI-TARS-7B" (not 而: "而零样本的
        # GPT-4o 只有 13.9%" is the clause's subject)
        self.compared_described = re.compile(rf"(?!而)(?:{comparison})(?:了|于)?[^,;。()\n]{{1,16}}?的\s*$", re.I)
        # a word setting a system against the result ("高于 X（55.1）", "对比 X（CER 1.45%）"): see _compared_part
        self.system_compared = re.compile(alternation(cues.system_before))
        # a quantity of its own named in a change's clause before the value, or after it ("缩短了 35% 的推理长度")
        quantities = alternation(cues.changed_quantities + cues.setting_quantities)
        self.own_setting_word = re.compile(gated(alternation(cues.setting_quantities), re.I), re.I)
        self.own_setting = re.compile(rf"(?<![A-Za-z])(?:{alternation(cues.setting_quantities)})[^,;。的{QUANTITY_MARK}]{{0,12}}$", re.I)  # not "SpecBatch"
        self.own_quantity = re.compile(rf"(?:{quantities})[^,;。的{QUANTITY_MARK}]{{0,12}}$", re.I)  # not "比…token 的基线高"
        self.own_quantity_after = re.compile(rf"\s*的\s*[^,;。{QUANTITY_MARK}]{{0,4}}(?:{quantities})", re.I)
        self.self_reference = re.compile(alternation(cues.self_reference))
        # "与非流式教师模型（2.0% / 4.6%）": values in parentheses right after a described, unnamed system
        self.described_system = re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{alternation(cues.model_after)})[ \t]*\([ \t]*$")
        self.baseline = re.compile(alternation(cues.baseline_words), re.I)
        self.base_model = re.compile(alternation(cues.base_model_words), re.I)
        self.human = re.compile(alternation(cues.human_words), re.I)
        unnamed = alternation(cues.human_words + cues.base_model_words + cues.baseline_words)
        self.unnamed_before = re.compile(rf"(?:{unnamed})的?$", re.I)  # "人类得分为", "原模型为": the owner is unnamed
        self.counts = re.compile(rf"\s*(?:{alternation(cues.count_classifiers)})")
        self.referring_back = re.compile(rf"\s*(?:(?P<former>{alternation(cues.former_words)})|(?P<latter>{alternation(cues.latter_words)}))")
        # points of a named metric: "高 4.2 个 EM 点" (units.yaml's 个点 with the metric's name between)
        self.metric_points = re.compile("|".join(
            rf"\s*{re.escape(form[:-1])}\s*(?P<name{i}>[A-Za-z][A-Za-z0-9@\-]{{0,12}})\s*{re.escape(form[-1])}"
            for i, form in enumerate(lexicon.units.units.get("points", []))))
        self.measure_words = re.compile(r"分|成绩|整体|总体|平均")
        # what a clause that only gives a benchmark (or a system) its value holds besides the names and numbers:
        # "AIME 2025 55.4→54.9", "在 MATH-500 上达到 96.1%", "SWE-bench Lite上为54.0%"; no word of its own measure
        framing = alternation([word for word in ["为", "是", "从", "由", "则", "而", *cues.place_frame_before,
                                                 *cues.place_frame_after, *rule_words.reach_verbs, *rule_words.increase_verbs,
                                                 *rule_words.decrease_verbs, *rule_words.to_words, *rule_words.adverbs]
                               if not self.measure_words.search(word)])  # not "得分", "整体", "平均": a score of its own
        self.bare_place_clause = re.compile(rf"(?:[\s,;:*→>\-{QUANTITY_MARK}]|(?:{framing}))*")
        self.gain = re.compile(alternation(rule_words.gain_nouns + rule_words.increase_verbs + rule_words.faster_words))
        # a factor after 快 / 慢 (and no metric): how many times as fast ("比 SEAL 快 40 倍", "推理快了 4 倍")
        self.faster_factor = re.compile(rf"(?:{alternation(rule_words.faster_words + ['慢'])})(?:了|出)?\s*"
                                        rf"(?:{alternation(rule_words.adverbs)})?\s*$", re.I)
        self.loss = re.compile(alternation(rule_words.loss_nouns + rule_words.decrease_verbs))
        self.parts_heading = re.compile(alternation(cues.subset_nouns))
        self.dataset_heading = re.compile(rf"(?<!跨)(?:{alternation(cues.dataset_headings)})")  # not "跨数据集泛化"
        self.setting = re.compile(rf"(?:{alternation(cues.setting_before)})[^,;。{QUANTITY_MARK}]{{0,6}}$")
        self.setting_after = re.compile(rf"\s*(?:的|token|tokens)?\s*(?:{alternation(cues.setting_after)})")
        self.training = re.compile(alternation(cues.training_words))
        # a system's name, perhaps what kind of system it is ("Zipformer 基线"), then its value: "仅为 47.5%"
        kinds = [word for word in cues.model_after if not word.isascii()]
        self.acts = re.compile(_ACTS.format(kind=rf"(?:(?:{alternation(kinds)})\s*)?", where=_WHERE, mark=QUANTITY_MARK))
        # a verb that reports a value or a change, right after its subject
        # ... perhaps after an adverb or two: "F5-TTS 对应为 2.4% / 0.66", "X 平均为", "X 也只有"
        self.verb = re.compile(rf"\s*(?:(?:{alternation(rule_words.adverbs)})\s*){{0,2}}(?:"
                               + alternation(rule_words.reach_verbs + rule_words.increase_verbs
                                             + rule_words.decrease_verbs + ["为", "是"]) + ")")
        self.subset = re.compile(
            rf"(?P<subset>[A-Za-z0-9][A-Za-z0-9\-+]*(?: [A-Za-z0-9][A-Za-z0-9\-+]*)?)\s*(?:{alternation(cues.subset_after)})"
            r"|(?P<level>(?:Level|level|Lv\.?|lvl)\s*\d+)"
        )
        self.subsets = SubsetWords(lexicon)
        refusals = lexicon.refusals
        # a behaviour rate named in the number's clause right before it; a share of samples right after it
        self.behaviour_rate = re.compile(gated(rf"(?:{alternation(refusals.behaviour_rates)})[^,;。{QUANTITY_MARK}]{{0,8}}$", re.I), re.I)
        self.behaviour_word = re.compile(gated(alternation(refusals.behaviour_rates), re.I), re.I)
        self.sample_share = re.compile(rf"\s*(?:{alternation(refusals.sample_share_after)})")
        self.bound = re.compile(rf"(?:{alternation(refusals.bound_before)})\s*(?:约|大约)?\s*$")
        self.kept = re.compile(rf"(?:{alternation(refusals.kept_before)})\s*(?:约|大约)?\s*$")
        self.at_least = re.compile(rf"(?:{alternation(refusals.at_least_before)})\s*(?:约|大约)?\s*$") if refusals.at_least_before else None
        self.difference = re.compile(rf"(?:{alternation(refusals.difference_before)})\s*(?:约|大约|仅|只有)?\s*$")
        # the size of a change as the value's subject, with a superlative and a comma at most between ("降幅最大，达")
        self.amount = re.compile(rf"(?:{alternation(refusals.amount_nouns)})\s*(?:{alternation(lexicon.cues.superlatives)}|更大|明显)?"
                                 rf"\s*[,，]?\s*(?:为|是|达到了?|达|高达|可达|约为|超过)?\s*(?:约|近|大约)?\s*$") if refusals.amount_nouns else None
        # a change by a relative amount, then the value a name's clause states: "降低 41%，Bao 为 28%"
        changed = alternation(rule_words.increase_verbs + rule_words.decrease_verbs)
        self.change_before = re.compile(rf"(?:{changed})了?\s*(?:约|大约|近)?\s*{QUANTITY_MARK}[^。;\n]*$")
        self.threshold = re.compile(rf"\s*(?:{alternation(refusals.threshold_after)})")
        self.threshold_clause = re.compile(rf"[^,;。，；！？!?()（）\n{QUANTITY_MARK}]*?(?:{alternation(refusals.threshold_clause)})")
        self.condition = re.compile(rf"\s*(?:{alternation(refusals.condition_after)})(?![间长延刻序段代理降滑跌调游面载])") if refusals.condition_after else None
        # a name's version right after it: "BarDiar 2.1原版", or before the metric whose value follows: "FooEval 2.0 LC 胜率达到 48.1%"
        # (not a score compared with another: "MMLU 57.6 vs 基线 55.1")
        self.version_after = re.compile(
            (rf"\s*(?:{alternation(refusals.version_after)})|" if refusals.version_after else "")
            + rf" (?![Vv][Ss]\b)[A-Za-z][A-Za-z\-]*\s*[\u4e00-\u9fff]{{1,4}}\s*{QUANTITY_MARK}")
        self.setting_units = frozenset(refusals.setting_units)
        self.vague_before = re.compile(rf"(?:{alternation(refusals.vague_factor_before)})\s*$")
        # `not_a_result`'s tests right after a number as one pattern: most numbers are results, and pass one
        # test there instead of seven
        self.not_result_after = _any_of([_GAP_AFTER, self.sample_share, self.threshold, self.threshold_clause,
                                         self.condition, self.setting_after, self.counts])
        # what follows a part: the rest of a list of parts and their count ("/ Goal / Long 四个套件"), or a part
        # noun right after it ("Long 套件"); not a count alone ("LIBERO 四个套件": the benchmark that has them)
        parts, count = alternation(refusals.listed_parts), r"[一二两三四五六七八九十\d]+\s*个\s*"
        self.part_nouns = parts  # also what tells a list's labels are parts (extractors/lists.py)
        # a benchmark's parts named in a colon's lead: "TUM RGB-D 动态序列上（ATE RMSE，单位 cm）：fr3/walking_xyz 1.4"
        self.benchmark_parts = re.compile(
            rf"\s*(?:的)?\s*[\u4e00-\u9fff]{{0,4}}?(?:{alternation(cues.part_nouns)})\s*(?:上|中)?\s*"
            rf"(?:\([^()\n]{{0,30}}\))?\s*:")
        self.listed_part = re.compile(
            rf"(?:\s*(?:/|、|和|与|,)\s*[A-Za-z][A-Za-z0-9\-_.]*(?: [A-Za-z0-9][A-Za-z0-9\-_.]*)?)+\s*{count}(?:{parts})"
            rf"|\s*(?:{parts})")
        self.several_benchmarks = re.compile(gated(
            rf"(?:{alternation(refusals.several_words)}|(?:{QUANTITY_MARK}|[一二两三四五六七八九十]+)\s*个)\s*(?:公开|主流|常用|下游)?\s*"
            rf"(?:{alternation(refusals.several_benchmarks)})\s*(?:上|中|里)", re.I), re.I)
        self.last_listed_part = re.compile(rf"\s*{count}(?:{parts})")
        # a unit written once in parentheses after a list of bare values: "97.8/98.6/95.2/91.4（%）"
        self.unit_of = {form: unit for unit, forms in lexicon.units.units.items()
                        if unit not in ("x", "pp", "points") for form in forms}  # units that leave the kind alone
        self.unit_note = re.compile(rf"\s*\(\s*(?P<unit>{alternation(self.unit_of)})\s*\)")
        self.list_before = re.compile(r"[A-Za-z0-9.)]\s*(?:/|、|和|与|,)\s*$")
        naming = lexicon.naming
        # the model left as it was, named by its condition (naming.yaml's unmodified_conditions), owning a value:
        # "FP16 为 6.14", "完整缓存为 49.3", "FP16（70.3%）"
        unmodified = alternation(naming.unmodified_conditions, space=r"\s*")
        # a short description of a system's variant right after its name: "度量版", "流式改造版本"
        self.described_variant = re.compile(rf"[ \t]*(?P<what>[\u4e00-\u9fff]{{0,4}}?)(?:{alternation(naming.variant_described_by)})")
        self.alone_before = re.compile(rf"(?:{alternation(naming.alone_before)})[ \t]*$")
        self.trained_by = re.compile(rf"[ \t]*(?:{alternation(naming.trained_by_before)})[ \t]*")
        self.trained_after = re.compile(rf"[ \t]*(?:{alternation(naming.trained_by_after)})")
        self.unmodified_english = {name_key(written): english for written, english in naming.unmodified_conditions.items()}
        self.unmodified = re.compile(gated(rf"(?<![A-Za-z0-9])(?:{unmodified})(?![A-Za-z0-9])", re.I), re.I)
        self.unmodified_value = re.compile(rf"(?<![A-Za-z0-9])(?:{unmodified})[ \t]*(?:为|是|:|=|\()?[ \t]*{QUANTITY_MARK}", re.I)
        # "分站点看，Reddit 最高（52.6%）": after a by-part view, a superlative's subject is a part, not a system
        self.by_part_view = re.compile(rf"(?:{alternation(cues.by_part_before)})[\u4e00-\u9fff]{{1,4}}?"
                                       rf"(?:{alternation(cues.by_part_after)})[ \t]*[,:]")
        self.superlative_after = re.compile(rf"[ \t]*(?:{alternation(cues.superlatives)})(?![\u4e00-\u9fff])")
        self.starting_point = re.compile(rf"以\s*(?P<span>[^,;。{QUANTITY_MARK}]{{1,40}}?)\s*(?:{alternation(naming.starting_point)})")
        self.applied_on = re.compile(rf"在\s*(?P<span>[^,;。{QUANTITY_MARK}]{{1,30}}?)\s*(?:{alternation(naming.applied_on)})")
        self.base_named = re.compile(rf"(?<!为)(?:{alternation(naming.base_named)})\s*(?:为|是|:)?\s*(?P<span>[^,;。(){QUANTITY_MARK}\s][^,;。(){QUANTITY_MARK}]{{0,40}}?)\s*(?=[,;。:]|$)", re.M)
        self.without = re.compile(rf"(?:{alternation(naming.without_before)})\s*(?P<what>[^,;。{QUANTITY_MARK}]{{1,16}}?)\s*"
                                  rf"(?:{alternation(naming.variant_after)})")
        # ... or an ablation opening the value's sentence: "去掉显式编辑计划后，Overall 下降 0.41"
        self.ablated = re.compile(rf"(?:{alternation(naming.without_before)})\s*(?P<what>[^,;。{QUANTITY_MARK}]{{1,16}}?)\s*"
                                  r"(?:之后|以后|后)\s*[,，]")
        # a size and a variant noun opening a clause, perhaps after a contrast or a modifier ("最小的 310M 模型")
        self.size_variant = re.compile(
            rf"[ \t*]*(?:而|但|其中|同时|另外|此外|其)?[ \t]*(?:[\u4e00-\u9fff]{{1,6}}的)?[ \t]*"
            rf"(?P<size>{QUANTITY_MARK}|(?:{alternation(naming.size_letters)})(?![A-Za-z0-9\-.]))[ \t]*"
            rf"(?:{alternation(naming.size_variant_after)})")
        # after a system compared with: its gloss, the rest of its list, the cue ("(84.2%)、HunyuanVideo(83.2%)基本持平")
        gloss = r"(?:\s*\([^()\n]{0,30}\))?"
        self.compared_after = re.compile(rf"{gloss}(?:\s*(?:、|和|与|及)\s*[A-Za-z][^,;。()\n{QUANTITY_MARK}]{{0,30}}?{gloss})*"
                                         rf"\s*(?:{alternation(naming.compared_after)})")
        self.size_letter = re.compile(alternation(naming.size_letters))
        # a list of sizes, perhaps their count, and a variant noun: "7B/14B/32B 三个版本在 X 上分别为" (extractors/lists.py)
        size = rf"(?:{QUANTITY_MARK}|(?<![A-Za-z0-9.\-])\d+(?:\.\d+)?[BbM](?![A-Za-z0-9]))"  # "/14B" is no quantity: a name joiner
        self.sized_list = re.compile(
            rf"{size}(?:\s*(?:/|、|,|和|与)\s*{size})+\s*(?:[一二两三四五六七八九十\d]+\s*个\s*)?"
            rf"(?:{alternation(naming.size_variant_after)})")
        # "基座：FLUX.1-dev", "**基座模型**：Wan2.1-14B" in a section other than the results
        self.base_stated = re.compile(rf"(?<!为)(?:{alternation(naming.base_named)})(?:\*\*)?[ \t]*(?:为|是|:|：)?[ \t]*(?:\*\*)?[ \t]*"
                                      r"(?P<name>[A-Za-z][A-Za-z0-9.\-_]*(?: [A-Z0-9][A-Za-z0-9.\-_]*)*)"
                                      r"(?P<more>[ \t]*(?:、|和|与|及|/)[ \t]*[A-Za-z])?")
        short = [word for word in naming.method_on_before if len(word) == 1]  # "用", "以": no modifier after them
        self.method_on = re.compile(rf"(?:(?:{alternation(short)})|(?:{alternation([w for w in naming.method_on_before if len(w) > 1])})"
                                    rf"[ \t]*(?:[\u4e00-\u9fff]{{1,4}}的)?)[ \t]*$")
        self.base_before = re.compile(rf"(?:{alternation(naming.base_named)})[ \t]*$")
        # a size written into a name, at its end: "ScaleTok-2.3B", "SparseQ-DETR-L"
        self.size_tail = rf"[\-_ ](?:\d+(?:\.\d+)?[BM]|(?:{alternation(naming.size_letters)}))(?![A-Za-z0-9])"
        # right before a name: "对 GPT-4o 为 78.0%" -- the name is what the value was measured against
        self.target = re.compile(rf"(?<![相比反核绝面应])(?:{alternation(naming.target_before)})[ \t]*$")
        self.target_shown = naming.target_shown
        self.pair_annotation = re.compile(
            rf"\(\s*(?P<span>[^(),;。{QUANTITY_MARK}]{{1,40}}?\s*(?:{alternation(naming.pair_joiners)})\s*[^(),;。{QUANTITY_MARK}]{{1,40}}?)\s*\)")


def _any_of(patterns: list[Optional[re.Pattern[str]]]) -> re.Pattern[str]:
    """One pattern that matches at a place where any of `patterns` does."""
    return re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
                               for p in patterns if p is not None))


def _paired_by_label(ctx: PaperContext, sentence: Sentence) -> Optional[str]:
    """The system a pair label earlier in the line sets against the subject ("GridCast vs PatchTST：0.398 vs 0.413；
    Weather MSE：0.219 vs 0.226": PatchTST's 0.226 too), the label holding for the line's later pairs."""
    text = ctx.view.text
    pairs = list(_PAIR_LABEL.finditer(text, sentence.line_start, sentence.start))
    if not pairs:
        return None
    named = _mentions_in(ctx, *pairs[-1].span("second"), SYSTEM_ROLES + (NAME_ROLE,))
    return named[0].canonical if len(named) == 1 else None


_PAIR_LABEL = re.compile(r"(?:vs\.?|VS\.?|versus)[ \t]+(?P<second>[A-Za-z][^,;:。()\n]{0,40}?)[ \t]*:")


def _mentions_in(ctx: PaperContext, start: int, end: int, roles: tuple[str, ...]) -> list[Mention]:
    """The mentions of these roles inside [start, end), in order (mentions are sorted by start)."""
    first = bisect_left(ctx.mention_starts, start)
    last = bisect_left(ctx.mention_starts, end, first)
    return [m for m in ctx.mentions[first:last] if m.end <= end and m.role in roles]


def _unnamed_system(ctx: PaperContext, text: str) -> Optional[str]:
    """`human`, `base model` or `baseline` when a phrase names a system only by what it is."""
    words = ctx.words
    if words.human.search(text):
        return "human"
    if words.base_model.search(text):
        return "base model"
    if words.baseline.search(text):
        return "baseline"
    return None


def _base_model_name(ctx: PaperContext) -> str:
    """The base model the paper names as such ("相比基座 Qwen2.5-Omni-7B" in the section, "**基座模型**：
    Qwen2.5-Omni-7B" in another), else the section's one model family member ("以 Llama-3.1-8B 为实验对象"),
    else "base model"."""
    key = ("base model name",)
    if key not in ctx.memo:
        named = _named_base(ctx, (0, len(ctx.view.text))) or _paper_base(ctx)
        if named is None:
            bases = {m.canonical for m in ctx.mentions if m.role == MODEL and ctx.vocabulary.is_base_model(m.text)}
            named = bases.pop() if len(bases) == 1 else "base model"
            if named != "base model" and all(_is_compared(ctx, m, 0) for m in ctx.mentions if m.canonical == named):
                named = "base model"  # "优于 GPT-4o（4.1%）": a system compared with is not the one trained
        ctx.memo[key] = named
    return ctx.memo[key]


_WITH_BEFORE = re.compile(r"(?:和|与|跟|同)\s*(?:[^,;。()\s" + QUANTITY_MARK + r"]{0,6}的?)?\s*$")  # "与原始 X（72.6）持平"
_GLOSS_ONLY = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*")
_TIMES_OF_BEFORE = re.compile(r"(?:是|为|达到?|相当于)\s*$")  # "是 DistServe 的 1.6 倍": the system a factor is of
_TIMES_OF_AFTER = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*的\s*(?:约|近|仅)?\s*" + QUANTITY_MARK)
_LISTED_AFTER = re.compile(QUANTITY_MARK + r"\s*(?:、|和|与|及|以及|,)\s*$")  # "是 vLLM 的 2.1 倍、SGLang 的 1.4 倍"


def _listed_factor_before(ctx: PaperContext, floor: int, mention: Mention) -> bool:
    """True when a factor and a list joiner stand right before a name: the name continues a list of the
    systems factors are of ("是 vLLM 的 2.1 倍、GPT-4o 的 1.4 倍")."""
    listed = _LISTED_AFTER.search(ctx.view.text, max(floor, mention.start - 8), mention.start)
    return listed is not None and ctx.quantity_at(listed.start()).unit == "x"


def _is_compared(ctx: PaperContext, mention: Mention, floor: int) -> bool:
    """True when a system is named as the thing compared against ("超越 X", "相比 X", "领先于 X、Y",
    "比之前的 SOTA 方法（X）", "和非流式的 X（1.55B）相比")."""
    text = ctx.view.text
    if (ctx.words.compared.search(text, max(floor, mention.start - 12), mention.start) is not None
            or ctx.words.compared_gloss.search(text, max(floor, mention.start - 18), mention.start) is not None
            or (text[max(floor, mention.start - 2):mention.start].rstrip().endswith("的")  # cheap test first
                and ctx.words.compared_described.search(text, max(floor, mention.start - 24), mention.start) is not None)
            or (_WITH_BEFORE.search(text, max(floor, mention.start - 12), mention.start) is not None
                and ctx.words.compared_after.match(text, mention.end) is not None)):
        return True
    times_of = _TIMES_OF_AFTER.match(text, mention.end)
    if (times_of and ctx.quantity_at(times_of.end() - 1).unit == "x"
            and (_TIMES_OF_BEFORE.search(text, max(floor, mention.start - 4), mention.start)
                 or _listed_factor_before(ctx, floor, mention))):
        return True  # "，是 DistServe 的 1.6 倍": the system compared, never the owner of the factor
    i = bisect_left(ctx.mention_starts, mention.start) - 1
    listed = ctx.mentions[i] if i >= 0 else None  # the name listed right before it
    return (listed is not None and listed.start >= floor and listed.role in SYSTEM_ROLES + (NAME_ROLE,)
            and ctx.vocabulary.coordinator.match(text, _GLOSS_ONLY.match(text, listed.end).end(), mention.start) is not None
            and _is_compared(ctx, listed, floor))


def _compared_before(ctx: PaperContext, sentence: Sentence, cue: int) -> Optional[Mention]:
    """The system in "和 / 与 X（…）相比" that ends right before the cue at `cue`, if any."""
    text = ctx.view.text
    if text[cue:cue + 2] not in ("相比", "相较", "比较", "对比"):
        return None
    before = _mentions_in(ctx, max(sentence.start, cue - 50), cue, SYSTEM_ROLES + (NAME_ROLE,))
    if (before and _GLOSS_ONLY.fullmatch(text, before[-1].end, cue)
            and _WITH_BEFORE.search(text, max(sentence.start, before[-1].start - 12), before[-1].start)):
        return before[-1]
    return None


def _system_name(ctx: PaperContext, mention: Mention, sentence: Sentence) -> str:
    """A system's name as a record gives it: the method with its base model in parentheses."""
    text = ctx.view.text
    if mention.role == METHOD:
        head, plus, tail = mention.canonical.partition(" + ")
        if plus and ctx.method in (head, tail):  # "RepoMedic + Claude 3.5 Sonnet", "Qwen2-Audio-7B + AGD": the method on that model
            return f"{ctx.method} ({tail if head == ctx.method else head})"
        after = re.match(r"\s*\(([^()\n]{2,30})\)", text[mention.end:mention.end + 34])
        if after and ctx.vocabulary.is_model_family(after.group(1).strip()):
            return f"{mention.canonical} ({after.group(1).strip()})"
        for base in _mentions_in(ctx, sentence.start, mention.start, (MODEL,)):
            if ctx.words.method_on.search(text, max(sentence.start, base.start - 12), base.start):
                return f"{mention.canonical} ({base.canonical})"
        before = _mentions_in(ctx, max(sentence.start, mention.start - 60), mention.start, SYSTEM_ROLES)
        if (before and before[-1].role == MODEL and ctx.vocabulary.is_base_model(before[-1].text)
                and ctx.words.trained_by.fullmatch(text, before[-1].end, mention.start)
                and ctx.words.trained_after.match(text, mention.end)):
            return f"{mention.canonical} ({before[-1].canonical})"  # "Llama-3.1-8B-Instruct 经 RecallLoom 训练后"
        return mention.canonical
    on = (ctx.words.method_on.search(text, max(sentence.start, mention.start - 12), mention.start)
          if ctx.method and name_key(mention.text) not in ctx.vocabulary.method_keys else None)  # "…训练的 GRPO": a method
    if on and not ctx.words.alone_before.search(text, max(sentence.start, on.start() - 4), on.start()):
        return f"{ctx.method} ({mention.canonical})"  # "使用 GPT-4o 时为 50.1%"; not "仅用 GPT-4o 的 5.0%": the model alone
    return mention.canonical


def _compared_with(ctx: PaperContext, sentence: Sentence, position: int, name: str) -> bool:
    """Whether `name` stands right after a comparison word before the value ("约为 GSPO 的 1.5倍")."""
    text, at = ctx.view.text, sentence.start
    while (at := text.find(name, at, position)) >= 0:
        if ctx.words.compared.search(text, max(sentence.start, at - 12), at):
            return True
        at += len(name)
    return False


def subject(ctx: PaperContext, sentence: Sentence, position: int, is_change: bool = False,
            place: Optional[str] = None, not_at: Optional[int] = None) -> Optional[str]:
    """The system the sentence credits with the value at `position` (measured on `place`, when the
    rule read it: a name standing for the benchmark is not the system).

    A base model named as the subject of a change, or of a sentence about training with the method,
    stands for the method built on it: "Qwen3-8B 在 X 上提升 4.88 分" -> "Method (Qwen3-8B)".
    """
    owner = _parenthesis_owner(ctx, sentence, position)
    if owner is not None:
        return _system_name(ctx, owner, sentence) if owner.role in SYSTEM_ROLES else owner.canonical
    owner = _possessor(ctx, sentence, position)
    if owner is not None:
        return _system_name(ctx, owner, sentence)
    owner = _owner_before_aside(ctx, sentence, position)
    if owner is not None:  # "F5-TTS 为 1.56% / 1.83%（SIM-o 0.74 / 0.67）": more values of F5-TTS
        return _system_name(ctx, owner, sentence) if owner.role in SYSTEM_ROLES else owner.canonical
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    owner = _owner_of_setting_aside(ctx, clause_start, position)
    if owner is not None:  # "同码率的 Mimi（1.1 kbps）PESQ 为 2.28": Mimi's, at that setting
        return _system_name(ctx, owner, sentence) if owner.role in SYSTEM_ROLES else owner.canonical
    sized = _sized_variant(ctx, clause_start, position) or _sized_label(ctx, sentence, clause_start, position)
    if sized is not None:
        return sized
    leading = _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (NAME_ROLE,))
    if (leading and leading[0].role == NAME_ROLE and not any(m.role in SYSTEM_ROLES for m in leading)
            and leading[0].canonical != place and leading[0].start != not_at and not _metric_or_split(ctx, leading[0].text)
            and not (is_change and leading[0].text.isalpha() and leading[0].text.islower())  # "token减少61%": a quantity
            and QUANTITY_MARK not in ctx.view.text[leading[0].end:position] and _CLAUSE_OPENER.fullmatch(ctx.view.text, clause_start, leading[0].start)
            and (ctx.words.verb.match(ctx.view.text, _after_where(ctx.view.text, leading[0].end))
                 or _AVERAGE_AFTER.match(ctx.view.text, leading[0].end) or _owns_a_place(ctx, leading[0], position)
                 or _measure_owned(ctx, leading[0], position) is not None
                 and _SET_AGAINST.fullmatch(ctx.view.text, clause_start, leading[0].start))):
        return leading[0].canonical  # "而 Wanda-sp 跌至 41.8%": a name that opens the clause and acts
    described = (ctx.words.described_variant.match(ctx.view.text, leading[0].end)
                 if leading and leading[0].role in SYSTEM_ROLES + (NAME_ROLE,) and len(leading) == 1 else None)
    if (described and leading[0].role != METHOD and leading[0].canonical != place and leading[0].start != not_at
            and _CLAUSE_OPENER.fullmatch(ctx.view.text, clause_start, leading[0].start)
            and ctx.words.verb.match(ctx.view.text, described.end())
            and QUANTITY_MARK not in ctx.view.text[leading[0].end:described.end()]):
        # "Depth Anything V2 度量版为 0.056 / 97.4%": the system's variant, with its description where it has English
        english = ctx.vocabulary.glossary.subset(described.group("what")) if described.group("what") else None
        return f"{leading[0].canonical} ({english})" if english and english.isascii() else leading[0].canonical
    acts = (ctx.words.acts.match(ctx.view.text, leading[0].end)
            if leading and (leading[0].role in SYSTEM_ROLES or leading[0].role == NAME_ROLE and len(leading) == 1
                            and _SYSTEM_SHAPED.search(leading[0].text) and not _a_measure(ctx, leading[0]))
            and leading[0].canonical != place and leading[0].start != not_at
            and _CONTRASTED.fullmatch(ctx.view.text, clause_start, leading[0].start) else None)
    if acts and (acts.end() == position + 1 or _MORE_VALUES.fullmatch(ctx.view.text, acts.end(), position + 1)):
        # "，而 FLUX.1-dev 仅为 23.5%", "而同等规模的流式 Zipformer 基线为 2.7%/6.4%": contrasted, yet the clause's subject;
        # so is a name no list knows, written as systems are ("而刚性对接的 Vina 仅为 24.9%")
        return _system_name(ctx, leading[0], sentence) if leading[0].role in SYSTEM_ROLES else leading[0].canonical
    if (_UNRECOGNISED_OWNER.match(ctx.view.text, clause_start, position)
            and not _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK, METRIC))
            and not ctx.words.self_reference.search(ctx.view.text, clause_start, position)):
        return None  # not a name from another clause, nor the method
    opening = _mentions_in(ctx, sentence.start, position, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK))
    if (opening and opening[0].role == NAME_ROLE and not any(m.role in SYSTEM_ROLES for m in opening)
            and opening[0].canonical != place and opening[0].start != not_at and not _metric_or_split(ctx, opening[0].text)
            and _CLAUSE_OPENER.fullmatch(ctx.view.text, sentence.start, opening[0].start)
            and ctx.words.verb.match(ctx.view.text, opening[0].end)):
        return opening[0].canonical  # "π0为96.8 / 98.8，平均94.2%": ... and its sentence's later clauses
    candidates = [
        m for m in _mentions_in(ctx, sentence.start, position, SYSTEM_ROLES)
        if not _is_compared(ctx, m, sentence.start) and not _in_closed_aside(ctx.view.text, m, position)
        and not _is_target(ctx, m)
        and not (is_change and ctx.words.base_before.search(ctx.view.text, max(0, m.start - 6), m.start))
    ]  # a base model named as such ("基座 X 只有 71.5%，提升了…") is what a change is measured from, not who changed
    if not candidates:
        # the report is about the paper's method unless the sentence names another system, or a label above
        # names a variant of it ("**COCO val2017（LiteDet-R-L）**：" holds LiteDet-R-L's numbers)
        key = ("heading variant", sentence.context)  # one answer for every sentence under the same headings
        if key not in ctx.memo:
            ctx.memo[key] = _heading_variant(ctx, sentence)
        return ctx.memo[key] or ctx.method
    chosen = candidates[-1]
    text = ctx.view.text
    if ctx.method and chosen.role == MODEL and text[max(sentence.start, chosen.start - 3):chosen.start].strip().endswith("将"):
        return f"{ctx.method} ({chosen.canonical})"  # "将 Qwen-max 的攻击成功率限制在 20.0": the method on Qwen-max
    if chosen.role == MODEL and text[max(sentence.start, chosen.start - 2):chosen.start].strip().endswith("("):
        owner = [m for m in candidates if m.role == METHOD and m.end <= chosen.start]
        if owner and not text[owner[-1].end:chosen.start].strip(" ("):
            chosen = owner[-1]  # "RepoDoctor（Claude-Sonnet-4.5）获得": the method on that base
    name = _system_name(ctx, chosen, sentence)
    if (chosen.role == MODEL and ctx.method and name == chosen.canonical and ctx.vocabulary.is_base_model(chosen.text)
            and (is_change or ctx.words.training.search(ctx.view.text, sentence.start, position)
                 or ctx.words.unmodified_value.search(ctx.view.text, position + 1, sentence.end))):
        # "Llama-3-8B 的困惑度为 7.21（FP16 为 6.14）": set against the model left as it was, the method's on it
        return f"{ctx.method} ({chosen.canonical})"
    return name


_PARAMETER_SCALES = ("B", "b", "M")  # not "8K 版本" (a context length) or "2T" (tokens)


_LIST_MARK = re.compile(r"[ \t]*(?:[-*+•]|\d{1,2}[.)、])?[ \t]*(?:\*\*)?")


def _owner_before_aside(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[Mention]:
    """The system or name whose values a parenthesis of more values follows ("F5-TTS 为 1.56% / 1.83%（SIM-o
    0.74 / 0.67）"), for a value inside it; None when the parenthesis names anything else or no name precedes."""
    text = ctx.view.text
    if text.rfind("(", sentence.start, position) == -1:
        return None
    aside = _ASIDE_OF_VALUES.search(text, sentence.start, position)
    if aside is None:
        return None
    inside = _mentions_in(ctx, aside.start("mark") + 1, position, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK, METRIC))
    if any(m.role != METRIC or not ctx.vocabulary.metric(m.text) for m in inside):
        return None  # "（QuxTTS 1.50 / 2.60）": another system's values, or a word only its place made a metric
    before = _mentions_in(ctx, sentence.start, aside.start("mark"), SYSTEM_ROLES + (NAME_ROLE,) + (BENCHMARK, METRIC))
    if not before or before[-1].role in (BENCHMARK, METRIC) or before[-1].role == METHOD:
        return None
    named = before[-1]
    if named.role == NAME_ROLE and (_metric_or_split(ctx, named.text) or not _SYSTEM_SHAPED.search(named.text)):
        return None  # a name read as nothing else counts when written as systems are (F5-TTS, CosyVoice 2), not "Easy"
    found = _NAME_THEN_VALUES.match(text, named.end, aside.start("mark"))
    return named if found is not None and found.end() == aside.start("mark") else None


def _sized_label(ctx: PaperContext, sentence: Sentence, clause_start: int, position: int) -> Optional[str]:
    """The method's variant a line is labelled with by its size ("1. S档：AP 48.9，延迟3.1ms"), for a value
    whose clause names no system: what `_sized_variant` reads in a clause, read from the line's label."""
    text = ctx.view.text
    colon = text.find(":", sentence.line_start, position)
    if colon == -1 or any(not _COMPARED_WITH.search(text, max(0, m.start - 5), m.start)  # "比 FooDet-M（52.3）高 0.9": compared with
                          for m in _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (NAME_ROLE,))):
        return None
    mark = _LIST_MARK.match(text, sentence.line_start)
    found = ctx.words.size_variant.match(text, mark.end(), colon)
    if found is None or not re.fullmatch(r"(?:\*\*)?[ \t]*", text[found.end():colon]):
        return None
    return _sized_variant(ctx, mark.end(), colon)


def _sized_variant(ctx: PaperContext, clause_start: int, position: int) -> Optional[str]:
    """The method's variant a clause opens with by its size ("7B 版本也达到 22.1%", "L 档达到 56.7 AP",
    "最小的 310M 模型 FID 也达到 2.71"), when no other system is named before the value: "Method-L", and
    "Method-7B" where the paper writes its sizes so ("Method-72B"), else "Method (7B)" (the size of the
    model it was trained on). None when the method is unknown or its name already carries a size."""
    method = ctx.method
    opening = max(clause_start, ctx.view.text.rfind(":", clause_start, position) + 1)  # after a bullet's label
    found = ctx.words.size_variant.match(ctx.view.text, opening, position)
    if not method or found is None or re.search(ctx.words.size_tail + "$", method):
        return None
    if [m for m in _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (NAME_ROLE,)) if m.start >= found.end("size")]:
        return None
    at = found.start("size")
    if ctx.view.text[at] == QUANTITY_MARK:
        quantity = ctx.view.quantities[ctx.view.mark_index[at]]
        if quantity.scale not in _PARAMETER_SCALES or quantity.unit is not None:
            return None
        size = ctx.view.source[slice(*ctx.view.source_span(at, at + 1))].replace(" ", "")
    else:
        size = found.group("size")
    return f"{method}-{size}" if not size[0].isdigit() or _writes_sizes_into_name(ctx) else f"{method} ({size})"


def _writes_sizes_into_name(ctx: PaperContext) -> bool:
    """True when the paper writes a parameter count into its method's name somewhere ("Navigator-R1-72B"): its
    other sizes are named the same way ("7B 版本" is "Navigator-R1-7B"), not as the model it was trained on."""
    key = ("sizes in the name",)
    if key not in ctx.memo:
        paper = ctx.paper
        written = re.compile(rf"(?<![A-Za-z0-9\-_.]){re.escape(ctx.method)}-(?:\d+x)?\d+(?:\.\d+)?[BM](?![A-Za-z0-9])")
        ctx.memo[key] = any(written.search(text) for text in (paper.title, *paper.sections.values()))
    return ctx.memo[key]


def _is_target(ctx: PaperContext, mention: Mention) -> bool:
    """True for a system named as what a value was measured against ("对 GPT-4o 为 78.0%", "针对 Claude 3.5
    Sonnet 的攻击成功率"): the object of the sentence, never its subject."""
    return ctx.words.target.search(ctx.view.text, max(0, mention.start - 4), mention.start) is not None


def _target(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The system a value's clause names as what it was measured against, before the value, if any, as the
    part "target X"."""
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    targets = [m for m in _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (NAME_ROLE,)) if _is_target(ctx, m)]
    return f"{ctx.words.target_shown} {targets[-1].canonical}" if targets else None


_OWNER_OF = re.compile(r"[ \t]*的[ \t]*")
_PLACE_THEN_VERB = re.compile(rf"[^,;。\n{QUANTITY_MARK}]{{0,16}}?(?:为|是|达到|达|只有|仅有|仅为)[ \t]*{QUANTITY_MARK}")


def _owns_a_place(ctx: PaperContext, name: Mention, position: int) -> bool:
    """True for "X 的 AIME 2024 为 49.6%": what a name has on a benchmark is a result, so X is a system (a
    benchmark has no benchmark of its own)."""
    text = ctx.view.text
    owner = _OWNER_OF.match(text, name.end)
    if owner is None:
        return False
    after = _mentions_in(ctx, owner.end(), position, (BENCHMARK, NAME_ROLE, METRIC) + SYSTEM_ROLES)
    return (bool(after) and after[0].start == owner.end() and after[0].role == BENCHMARK
            and _PLACE_THEN_VERB.match(text, after[0].end) is not None and _PLACE_THEN_VERB.match(text, after[0].end).end() == position + 1)


def _measure_owned(ctx: PaperContext, name: Mention, position: int) -> Optional[Mention]:
    """The measure in "X 的 <measure> 为 N" / "X 的 <measure>（N）" right after a name and 的, whose value is the
    one at `position`: what X has is X's result ("而 BarLM 的准确率为 65.3%", "比 BazLM 的 F1（61.3）高"), whether
    or not X is a known system. None when anything else stands between."""
    text = ctx.view.text
    owner = _OWNER_OF.match(text, name.end)
    if owner is None:
        return None
    after = _mentions_in(ctx, owner.end(), position, (BENCHMARK, NAME_ROLE, METRIC) + SYSTEM_ROLES)
    if not after or after[0].start != owner.end() or not (after[0].role == METRIC or _a_measure(ctx, after[0])):
        return None
    value = _MEASURE_THEN_VALUE.match(text, after[0].end)
    return after[0] if value is not None and value.end() == position + 1 else None


def _owner_of_setting_aside(ctx: PaperContext, clause_start: int, position: int) -> Optional[Mention]:
    """The system in "X（<setting>）<measure> 为 N": a name, a parenthesis holding only a number the guard refuses
    as a setting (a bitrate, a count of steps: "Mimi（1.1 kbps）", "WavTokenizer（0.9 kbps）"), then a measure and
    its value; None for any other shape."""
    text = ctx.view.text
    aside = text.rfind("(", clause_start, position)
    if aside == -1:
        return None
    found = _SETTING_ASIDE.match(text, aside)
    if found is None:
        return None
    names = _mentions_in(ctx, clause_start, aside, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK, METRIC))
    if not names or names[-1].end != aside - len(text[names[-1].end:aside]) or text[names[-1].end:aside].strip():
        return None
    name = names[-1]
    if name.role not in SYSTEM_ROLES + (NAME_ROLE,) or _a_measure(ctx, name) or name.role == METHOD:
        return None
    mark = aside + text[aside:found.end()].index(QUANTITY_MARK)
    if not_a_result(ctx, ctx.view.quantities[ctx.view.mark_index[mark]], mark) is None:
        return None  # "X（71.2%）PESQ …": a value of its own, read by the rules of values in parentheses
    after = _mentions_in(ctx, found.end(), position, (BENCHMARK, NAME_ROLE, METRIC) + SYSTEM_ROLES)
    if not after or after[0].start != found.end() or after[0].role != METRIC:
        return None
    value = _MEASURE_THEN_VALUE.match(text, after[0].end)
    return name if value is not None and value.end() == position + 1 else None


_SETTING_ASIDE = re.compile(rf"\([ \t]*{QUANTITY_MARK}[^()\n{QUANTITY_MARK},;]{{0,8}}\)[ \t]*")
# a contrast opening the clause of "X 的 <measure> 为 N": X is set against the values before it, a system ("而 BarLM 的
# 准确率为 65.3%"); without one, X may as well be the next benchmark of a list ("…，ogbg-molpcba 的 AP 为 30.1%")
_SET_AGAINST = re.compile(r"\s*(?:而|但|然而|相比之下|对比之下|相较之下)\s*")
# after a measure, its value: "为 65.3%", "只有 21.7%", "（61.3%）", "：0.83"
_MEASURE_THEN_VALUE = re.compile(rf"[ \t]*(?:(?:仅|只|也|则|仍|才|却|都)[ \t]*)?(?:为|是|达到了?|达|只有|仅有|仅为|:|\()?[ \t]*{QUANTITY_MARK}")
_PLACE_NEXT = re.compile(rf"[ \t]*[上中][ \t]*{QUANTITY_MARK}")


def _a_measure(ctx: PaperContext, mention: Mention) -> bool:
    """True for a name of no known role that is a metric, a split, or a split and a metric ("test-clean
    B-WER"): what was measured, never who."""
    words = mention.text.split(" ")
    return mention.role == NAME_ROLE and (_metric_or_split(ctx, mention.text) or len(words) > 1 and (
        ctx.vocabulary.split_word.fullmatch(words[0]) is not None and _metric_shaped(ctx, words[-1])))


def _metric_shaped(ctx: PaperContext, word: str) -> bool:
    """A known metric, or one with a prefix ("B-WER": a biased WER; "P99 TTFT", "RV Dice": a percentile, a part).
    A prefix written in capitals and digits only: "BarNet AP" is BarNet's AP, a system's name before its metric."""
    vocab = ctx.vocabulary
    head, _, last = word.rpartition(" ")
    return bool(vocab.metric(word) or vocab.metric(word.rpartition("-")[2])
                or (head and " " not in head and len(head) <= 8 and head == head.upper() and vocab.metric(last)
                    and not vocab.is_model_family(word)))


def _metric_or_split(ctx: PaperContext, name: str) -> bool:
    """True for a name that is a metric, a pair of metrics or a split ("IDF1 为 80.4", "EM/F1 为 45.2/58.9",
    "test-other 下降了 0.5"): it opens its clause as a subject would, but it is what was measured, not who."""
    vocab = ctx.vocabulary
    parts = name.split("/")
    return (all(_metric_shaped(ctx, part) for part in parts) or bool(vocab.split_word.fullmatch(name))
            or len(parts) > 1 and all(vocab.name_shape(part)[2] for part in parts))  # "CSIG/CBAK/COVL", "EN/ZH": labels


# what stands between a system's name and its values: "X 的 0.258", "X（同为7B底座）的43.3/55.9、41.4/48.1和19.6/28.8"
_OWNED_VALUES = re.compile(rf"\s*(?:\([^()\n]{{0,30}}\)\s*)?的\s*(?:约\s*)?(?:{QUANTITY_MARK}\s*(?:/|、|和|与|及)\s*)*")
# ... and what makes them relative to it: "约为 GRPO 的 1/3", "F-score 达到 COLMAP 的 92%";
# ... or what kept a share of it: "准确率保持 FP16 的 94%", "保留了教师模型的 97%"
_RELATIVE_FRAME = re.compile(r"(?:为|是|相当于|达到|达(?![成标])|只有|仅有|保持了?|保留了?|恢复了?)\s*[^,;。\n\ue000]{0,8}$")


def _possessor(ctx: PaperContext, sentence: Sentence, position: int, relative: bool = False) -> Optional[Mention]:
    """The system whose value (or list of values) follows its name and 的: "比 iTransformer 的 0.258 减少",
    "相比Search-R1（同为7B底座）的43.3/55.9、41.4/48.1" credit iTransformer and Search-R1, not the subject.
    None when no system stands there, or (unless `relative` is asked for) when a copula before the name
    makes the value a share of that system's ("约为 GRPO 的 1/3")."""
    text = ctx.view.text
    if "的" not in text[max(sentence.start, position - 60):position]:
        return None
    systems = _mentions_in(ctx, max(sentence.start, position - 80), position, SYSTEM_ROLES + (BENCHMARK, METRIC, NAME_ROLE))
    if not systems or systems[-1].role not in (SYSTEM_ROLES + (NAME_ROLE,) if relative else SYSTEM_ROLES):
        return None
    owner = systems[-1]
    found = _OWNED_VALUES.match(text, owner.end, position)
    if found is None or found.end() != position:
        return None
    is_relative = (_RELATIVE_FRAME.search(text, max(sentence.start, owner.start - 12), owner.start) is not None
                   or (ctx.quantity_at(position).unit == "x" and _listed_factor_before(ctx, sentence.start, owner)))
    return owner if is_relative == relative else None


def _in_closed_aside(text: str, mention: Mention, position: int) -> bool:
    """True for a name inside parentheses that close before the value: "F1为89.6（…，Llama Guard 3-8B 76.8），
    ToxicChat上F1为71.3" -- an aside does not name the subject of the clauses after it."""
    opening = text.rfind("(", 0, mention.start)
    if opening == -1 or ")" in text[opening:mention.start]:
        return False
    closing = text.find(")", mention.end, position)
    return closing != -1


def _heading_variant(ctx: PaperContext, sentence: Sentence) -> Optional[str]:
    """The variant of the method the nearest label above a sentence names, if it names exactly one."""
    for start, end in sentence.context:
        variants = {m.canonical for m in _mentions_in(ctx, start, end, (METHOD,))}
        if variants:
            return variants.pop() if len(variants) == 1 and ctx.method not in variants else None
    return None


def _parenthesis_owner(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[Mention]:
    """The system whose parenthesis holds the value: "超过 BBF（IQM 1.045）", "与 ByteTrack（HOTA 63.1、
    IDF1 77.3）相比" credit BBF and ByteTrack, not the sentence's subject; None when the value is not in
    parentheses, or they follow something other than a system's name ("FID 分数（87.37）")."""
    text = ctx.view.text
    opening = text.rfind("(", sentence.start, position)
    if opening == -1 or ")" in text[opening:position]:
        return None
    before = _mentions_in(ctx, sentence.start, opening, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK, METRIC))
    if before and len(before) > 1 and text[before[-1].end:opening].strip() == ")":
        return _with_backbone(ctx, before[-2], before[-1])  # "RankGPT (GPT-4)（75.6 / 70.6）"
    if not before or (text[before[-1].end:opening].strip() and not _size_between(ctx, before[-1].end, opening)):
        return None
    owner = before[-1]
    if (owner.role == METRIC and len(before) > 1 and before[-2].role in SYSTEM_ROLES + (NAME_ROLE,)
            and _measure_owned(ctx, before[-2], position) is owner and not _a_measure(ctx, before[-2])):
        owner = before[-2]  # "比 BazLM 的准确率（61.3%）高": the value of the system whose measure it is
    inside = [m for m in _mentions_in(ctx, opening, position, SYSTEM_ROLES + (NAME_ROLE,))
              if not _a_measure(ctx, m) and not _PLACE_NEXT.match(text, m.end)]
    if owner.role not in SYSTEM_ROLES + (NAME_ROLE,) or inside or (owner.role == NAME_ROLE and owner.text.islower()):
        return None
    return owner


_SIZE_GLOSS = re.compile(rf"\s*\(\s*{QUANTITY_MARK}\s*\)\s*")


def _size_between(ctx: PaperContext, start: int, end: int) -> bool:
    """True when only a parameter count in parentheses stands between a name and what follows ("BazNet (7B)（")."""
    if not _SIZE_GLOSS.fullmatch(ctx.view.text, start, end):
        return False
    return ctx.view.quantities[ctx.view.mark_index[ctx.view.text.index(QUANTITY_MARK, start, end)]].scale in _PARAMETER_SCALES


def _with_backbone(ctx: PaperContext, system: Mention, backbone: Mention) -> Optional[Mention]:
    """A system and the model it runs on, or its size letter, in parentheses right after it ("RankGPT (GPT-4)",
    "SEA-RAFT（L）"), as one mention named "RankGPT (GPT-4)"; None unless written so."""
    text = ctx.view.text
    known = backbone.role == MODEL and ctx.vocabulary.is_model_family(backbone.text)
    if (system.role not in SYSTEM_ROLES + (NAME_ROLE,) or not (known or ctx.words.size_letter.fullmatch(backbone.text))
            or not re.fullmatch(r"\s*\(\s*", text[system.end:backbone.start])):
        return None
    return Mention(system.start, backbone.end + 1, text[system.start:backbone.end + 1], system.role,
                   f"{system.canonical} ({backbone.canonical})")


_DESCRIBED = re.compile(r"[^,;。()\n]{1,16}?的\s*")  # "比同为 7B 的 UI-TARS-7B"
_OF = re.compile(r"\s*的\s*")


def _valued_later(ctx: PaperContext, sentence: Sentence, position: int, name: str) -> bool:
    """True when `name` is named after the value's clause with a value of its own in parentheses."""
    clause_end = sentence.clause_bounds(position, position + 1)[1]
    return any(m.canonical == name and _OWN_VALUE_AFTER.match(ctx.view.text, m.end)
               for m in _mentions_in(ctx, clause_end, sentence.end, SYSTEM_ROLES + (NAME_ROLE,)))


_OWN_VALUE_AFTER = re.compile(rf"\s*\(\s*{QUANTITY_MARK}")


def reference(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The system a change is measured against: the one after 相比 / 超越 / 比 nearest the value."""
    text = ctx.view.text
    found: Optional[str] = None
    for cue in ctx.words.comparison.finditer(text, sentence.start, sentence.end):
        if cue.start() > position and found:
            break
        named = _compared_before(ctx, sentence, cue.start())
        if named is not None:  # "和非流式的 X（1.55B）相比": the system before the cue
            found = named.canonical
            continue
        window_end = min(sentence.end, cue.end() + 14)
        # a system starting near the cue, however long its name ("比 Qwen2.5-Coder-7B-Instruct（18.3%）高")
        systems = [m for m in _mentions_in(ctx, cue.end(), min(sentence.end, cue.end() + 60), SYSTEM_ROLES + (NAME_ROLE,))
                   if not (m.role == NAME_ROLE and m.text.isalpha() and m.text.islower())]  # "比使用全部视觉 token 的基线"
        gap = text[cue.end(): systems[0].start] if systems else ""
        if systems and (QUANTITY_MARK not in gap and len(gap) <= 8 or _DESCRIBED.fullmatch(gap)):
            named = systems[0]
            if len(systems) > 1 and _OF.fullmatch(text, named.end, systems[1].start):
                named = systems[1]  # "比开启 EAGLE 的 SGLang": the system described, not what describes it
            found = named.canonical
        else:
            found = _unnamed_system(ctx, text[cue.end():window_end].split(QUANTITY_MARK)[0]) or found
        if cue.start() > position:
            break
    return found


_TAG_OPENS = re.compile(r"\s*\(\s*")  # "19.6 (ALFWorld)": a value's own benchmark in parentheses
_VERSUS = r"(?:vs\.?|VS\.?|v\.s\.)"
_VERSUS_THEN_PAREN = re.compile(rf"[ \t]*{_VERSUS}[ \t]*{QUANTITY_MARK}[ \t]*\([ \t]*")  # "74.6 vs 71.8（X）", read at 74.6
_VERSUS_BEFORE = re.compile(rf"{QUANTITY_MARK}[ \t]*{_VERSUS}[ \t]*$")  # ... and at 71.8
_PAIR_OPENS_CLAUSE = re.compile(r"(?:^|[:：,，;；。\n])[ \t*]*$")


def benchmark(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The benchmark of a value: the nearest one named, which carries forward until another is named.

    In order: a benchmark in parentheses right after the value ("提升了 19.6 (ALFWorld)"); the last
    one named before the value in its sentence, else in the earlier sentences of its line (a bullet,
    or a paragraph, is one line: a benchmark named once holds for its later numbers until another is
    named, and never reaches the next bullet); the one named after it in its clause ("取得了 84.24 的
    VBench 总分"); the headings above it, nearest first (its own bullet's label, the labels of the
    bullets it is nested under, the lead sentence), where a label naming only a split, a part or a
    metric ("test-zh：", "Easy：", "**CER**：") hands over to a benchmark's label above, and a name no
    cue explains is the benchmark only when no label above names one ("Weather：0.226"); the benchmark the section's dataset bullet
    names. Two benchmarks named together ("在 X 和 Y 上") leave it unsaid.
    """
    text = ctx.view.text
    tagged = _TAG_OPENS.match(text, position + 1, position + 4)
    if tagged:
        inside = [m for m in ctx.mentions_at(tagged.end()) if m.role == BENCHMARK]
        if inside and text[inside[0].end:inside[0].end + 3].lstrip().startswith(")"):
            return inside[0].canonical  # "提升了 19.6 (ALFWorld)"
    before = _VERSUS_BEFORE.search(text, max(0, position - 12), position)
    paired = _VERSUS_THEN_PAREN.match(text, position + 1) or (tagged if tagged and before else None)
    opens = before.start() if before else position
    measure = ctx.last_mention(max(0, opens - 16), opens, lambda m: m.role == METRIC) if paired else None
    if measure is not None and not text[measure.end:opens].strip():
        opens = measure.start  # "：SR 71.2 vs 64.0（FooGrasp）": the measure both values are in, then the pair
    if paired and _PAIR_OPENS_CLAUSE.search(text, max(0, opens - 6), opens):
        # "：74.6 vs 71.8（Office-Home），88.9 vs 82.9（VisDA-2017）": one name after a pair that opens its clause is
        # where both were measured (not "VideoMME 64.9 vs 62.3（LongVU）": a pair after a name, whose own is the system)
        inside = [m for m in ctx.mentions_at(paired.end()) if m.role in (BENCHMARK, NAME_ROLE)]
        if inside and text[inside[0].end:inside[0].end + 3].lstrip().startswith(")"):
            return inside[0].canonical
    for start, end in ((sentence.start, position), (sentence.line_start, sentence.start)):
        found = _mentions_in(ctx, start, end, (BENCHMARK, NAME_ROLE))
        benchmarks = [m for m in found if m.role == BENCHMARK  # not "比 SWE-Gym 报告的结果高", "FooSet 训练 → BarSet 测试"
                      and not _COMPARED_WITH.search(text, max(0, m.start - 5), m.start) and not _TRAINED_ON.match(text, m.end)]
        if benchmarks:
            last = benchmarks[-1]
            for other in found:
                if other is last or other.canonical == last.canonical:
                    continue
                gap = text[other.end:last.start] if other.start < last.start else text[last.end:other.start]
                if ctx.vocabulary.coordinator.match(gap):
                    return None  # "在 X 和 Y 上 ... N": which one is not said
            if len(benchmarks) > 1 and _OWNS_NEXT.fullmatch(text, benchmarks[-2].end, last.start):
                return benchmarks[-2].canonical  # "在 POPE 的 MSCOCO 设置下": the second names a part of the first
            if start == sentence.start and any(_placed_anew(ctx, m) for m in found if m.start > last.start):
                return None  # "在 NYUv2 上 …，在 KITTI Eigen split 上 AbsRel 为 0.045": another place, named with words no cue explains
            if start != sentence.start and not any(a <= last.start < b for a, b in sentence.context) and any(
                    _new_place(ctx, m) for m in [
                    *(m for m in found if m.start > last.start), *_mentions_in(ctx, sentence.start, position, (NAME_ROLE,))]):
                return None  # "…AndroidWorld 为 46.8%。自建 FooChain-300 上：…，X 为 24.0%": the place changed
            return last.canonical
    clause_end = sentence.clause_bounds(position, position + 1)[1]
    later = _mentions_in(ctx, position, clause_end, (BENCHMARK,))
    if len({m.canonical for m in later}) == 1:
        return later[0].canonical  # "取得了 84.24 的 VBench 总分"
    for start, end in sentence.context:
        found = _single_benchmark(ctx, start, end)
        if found is not None:
            return found or None
    if any(ctx.words.parts_heading.search(text, start, end) for start, end in sentence.context):
        return ctx.default_benchmark  # "**按难度划分**：" above "Easy：89.0%": labels below it name parts
    for start, end in sentence.context:
        name = _heading_name(ctx, start, end)
        if name is not None and name.text[0].isupper() and _names_only_a_benchmark(ctx, name.end, end):
            return name.canonical  # a heading that is a name: "**OpenEQA**：", "**WikiText-2 困惑度**："
    return ctx.default_benchmark


_OWNS_NEXT = re.compile(r"[\s*]*的[\s*]*")
_COMPARED_WITH = re.compile(r"(?:比|较|相比|相较于?|对比)\s*$")  # a name compared with is a system's work, not a place
_TRAINED_ON = re.compile(r"[ \t]*(?:上)?[ \t]*(?:预训练|训练)(?!集|后)")  # learned from, not measured on (not "微调后": both)
_NEW_PLACE_IS = re.compile(r"[ \t]*(?:是|为)[^,;:。\n]{0,12}?(?:数据集|基准)")  # "Traffic 是唯一没有拿到第一的数据集"
_PLACE_OF_A_KIND = re.compile(r"[ \t]*(?:这种|这类|这样的?)[^,;:。\n]{0,12}?(?:数据集|数据|基准)")  # "FOOCLIPS 这种长视频数据"
_GLOSSED_WORD = re.compile(r"\s*[\u4e00-\u9fff]{1,6}\s*\(\s*(?P<gloss>[A-Za-z][A-Za-z\- ]{0,24}?)\s*\)")


def _owned_part(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """The part a benchmark owns in "在 A 的 B …" before the value, when the value is A's (see benchmark): B,
    with the English gloss of the word after it ("在 POPE 的 MSCOCO 对抗性（Adversarial）设置下": MSCOCO Adversarial)."""
    named = _mentions_in(ctx, sentence.start, position, (BENCHMARK,))
    for owner, part in zip(named, named[1:]):
        if owner.canonical == bench and part.canonical != bench and _OWNS_NEXT.fullmatch(ctx.view.text, owner.end, part.start):
            gloss = _GLOSSED_WORD.match(ctx.view.text, part.end, position)
            return f"{part.text} {gloss.group('gloss')}" if gloss else part.text
    return None


def _new_place(ctx: PaperContext, mention: Mention) -> bool:
    """True for a name of no known role written as the place of what follows ("自建 FooChain-300 上"), with
    capitals or digits as benchmarks' names have (not a lower-case part, "fr1/desk", nor an acronym of a
    kind of system, "VLM"), not a split, a metric, a modality, a model or hardware: a later sentence of the
    line is about it. Not said of a benchmark the line's label names: places under it are its parts
    ("**FooBench**：在 2D Navier-Stokes 上", "在 Ms. Pac-Man 上")."""
    text, vocab = mention.text, ctx.vocabulary
    of_a_kind = _PLACE_OF_A_KIND.match(ctx.view.text, mention.end)  # a data set of a kind: an acronym too
    return (mention.role == NAME_ROLE and not text.islower() and (of_a_kind or not (text.isalpha() and text.isupper()))
            and any(c.isupper() or c.isdigit() for c in text)
            and (of_a_kind or _NEW_PLACE.match(ctx.view.text, mention.end) or _NEW_PLACE_IS.match(ctx.view.text, mention.end))
            and not _a_measure(ctx, mention)
            and text not in vocab.modalities and not vocab.is_model_family(text)  # "在 Qwen3-VL-Flash 上": a base model
            and not vocab.hardware_pattern.search(text))


def _placed_anew(ctx: PaperContext, mention: Mention) -> bool:
    """True for a name of no known role opening a new "在 … 上" of Latin words only ("在 KITTI Eigen split 上"):
    a capitalised name, not a measure, a modality, a model or hardware (as in `_new_place`)."""
    text, vocab = ctx.view.text, ctx.vocabulary
    return (mention.role == NAME_ROLE and mention.text[0].isupper()
            and _PLACE_OPENS.search(text, max(0, mention.start - 3), mention.start) is not None
            and _LATIN_PLACE_CLOSES.match(text, mention.end) is not None
            and not _a_measure(ctx, mention) and mention.text not in vocab.modalities
            and not vocab.is_model_family(mention.text) and not vocab.hardware_pattern.search(mention.text))


_PLACE_OPENS = re.compile(r"在[ \t]*$")
_LATIN_PLACE_CLOSES = re.compile(r"(?:[ \t]+[A-Za-z][A-Za-z0-9\-_.]*){1,3}[ \t]*[上中](?!文)")
_NEW_PLACE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[上中](?!文)")  # not "Long 子集上": a part


def _heading_name(ctx: PaperContext, start: int, end: int) -> Optional[Mention]:
    """The one name, of no known role, that opens a heading (names in its parentheses aside), perhaps after the
    word for its language ("**中文 FooVSR**：", "**粤语 BarASR**："; not "**对比 BarNet**：", "**线上 A/B**：")."""
    names = [n for n in _mentions_in(ctx, start, end, (NAME_ROLE,)) if not _in_parentheses(ctx.view.text, start, n.start)]
    if len(names) != 1:
        return None
    before = ctx.view.text[start:names[0].start]
    return names[0] if names[0].start == start or (
        _HEADING_WORD.fullmatch(before) and not ctx.vocabulary.before_name.search(before)) else None


_HEADING_WORD = re.compile(r"[\u4e00-\u9fff]{1,2}[文语][ \t]+")


def _in_parentheses(text: str, start: int, position: int) -> bool:
    """True when `position` is inside a parenthesis opened after `start` ("R2R-CE（Val-Unseen）")."""
    before = text[start:position]
    return before.count("(") > before.count(")")


_HEADING_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*(?:基准测试|基准|数据集|评测|测试集|上的?表现|结果)?\s*$")


def _names_only_a_benchmark(ctx: PaperContext, name_end: int, end: int) -> bool:
    """True when what follows a heading's leading name is nothing, a gloss, a cue word or a metric."""
    rest_start = name_end
    for metric_mention in _mentions_in(ctx, name_end, end, (METRIC,)):
        if ctx.view.text[rest_start:metric_mention.start].strip():
            break
        rest_start = metric_mention.end
    return _HEADING_TAIL.match(ctx.view.text, rest_start, end) is not None


def _single_benchmark(ctx: PaperContext, start: int, end: int) -> Optional[str]:
    """The one benchmark a span names; '' when it names several (or one beside unknown names); None when none."""
    found = _mentions_in(ctx, start, end, (BENCHMARK,))
    if not found:
        return None
    names = {m.canonical for m in found} | {m.canonical for m in _mentions_in(ctx, start, end, (NAME_ROLE, MODEL))
                                             if ctx.vocabulary.coordinator.match(_gap(ctx, m, found))}
    return found[0].canonical if len(names) == 1 else ""


def _gap(ctx: PaperContext, mention: Mention, others: list[Mention]) -> str:
    """The text between a mention and the nearest of the others."""
    nearest = min(others, key=lambda o: abs(o.start - mention.start))
    a, b = (mention.end, nearest.start) if mention.start < nearest.start else (nearest.end, mention.start)
    return ctx.view.text[a:b]


def section_benchmark(ctx: PaperContext) -> Optional[str]:
    """The benchmark of a section whose dataset bullet ("**核心数据集**：在 X 上评估") names exactly one."""
    words = ctx.words
    for sentence in ctx.sentences:
        heading = sentence.context[0] if sentence.context else None
        if not heading or heading[1] >= sentence.start or not words.dataset_heading.search(ctx.view.text, *heading):
            continue
        found = _single_benchmark(ctx, sentence.start, sentence.end)
        if found is not None:
            return found or None
    return None


def _metrics_by_end(ctx: PaperContext) -> dict[int, list[Mention]]:
    """The section's metric mentions by where they end, in order: read once per paper, not once per claim."""
    found = ctx.memo.get("metrics by end")
    if found is None:
        found = ctx.memo["metrics by end"] = {}
        for m in ctx.mentions:
            if m.role == METRIC:
                found.setdefault(m.end, []).append(m)
    return found


_OWN_VALUES_AFTER = re.compile(rf"[ \t]*{QUANTITY_MARK}[ \t]*/[ \t]*{QUANTITY_MARK}")  # a metric before a slash pair of its own


def metric(ctx: PaperContext, sentence: Sentence, position: int, claim: Claim) -> Optional[str]:
    """The metric nearest the value in its clause (after it, as in "67.3% 的准确率", or before)."""
    if claim.metric:
        return claim.metric
    if claim.metric_span:
        named = next((m for m in _metrics_by_end(ctx).get(claim.metric_span[1], ()) if m.start <= claim.metric_span[0]),
                     None)  # "定位准确率": the rule read 准确率, the mention has its modifier
        return named.canonical if named else ctx.vocabulary.metric(ctx.view.text[slice(*claim.metric_span)])
    clause_start, clause_end = sentence.clause_bounds(position, position + 1)
    text = ctx.view.text
    owner = claim.groups.get(claim.model.group) if isinstance(claim.model, GroupRef) else None  # "4.1%（BarASR）": its system
    after = [m for m in _mentions_in(ctx, position, clause_end, (METRIC,))
             if QUANTITY_MARK not in text[position + 1:m.start] and m.start - position <= 16
             and not (owner and owner[0] <= m.start < owner[1])
             and not ctx.vocabulary.reaches_value.match(text, m.end)  # "降到 1.48、IS 为 301.2": IS is 301.2's
             and not _OWN_VALUES_AFTER.match(text, m.end)  # "1.83%（SIM-o 0.74 / 0.67）": SIM-o is theirs
             and not _leaves_parenthesis(text[position + 1:m.start])]  # "X（AbsRel 0.067）与 Y（δ1 96.2%）": Y's
    if after:
        return after[0].canonical
    listed_end = position + 1
    while (listed := _LISTED_VALUE.match(text, listed_end)) is not None:
        listed_end = listed.end()  # "分别为 48.9 和 66.1（EM）": the tag after a list's last value is the whole list's
    if listed_end > position + 1 and (opening := _LIST_TAG_OPEN.match(text, listed_end)) is not None:
        tagged = [m for m in ctx.mentions_at(opening.end()) if m.role == METRIC and _LIST_TAG_CLOSE.match(text, m.end)]
        if tagged:  # a metric the list's parenthesis holds alone, short ("EM") or Chinese ("成功率") as it may be
            return tagged[0].canonical
    tag = _VALUE_TAG.match(text, listed_end)
    if tag and not (owner and owner[0] <= tag.start("name") < owner[1]):
        # "64.9 vs 62.3（BarNet）": an unknown name after the compared value is its system, not a metric
        roles = (METRIC,) if claim.model == "reference" else (NAME_ROLE, METRIC)
        named = [m for m in ctx.mentions_at(tag.start("name")) if m.role in roles]
        if named and named[0].end == tag.end("name") and len(named[0].text) > 2:  # not a unit: "(pp)"
            return named[0].canonical if named[0].role == METRIC else named[0].canonical.lower()  # "+11.56% (LLM-Match)"
    equal = ctx.words.subsets.equal_before
    before = [m for m in _mentions_in(ctx, sentence.start, position, (METRIC,))  # "同等速度下": a condition
              if not equal.search(text, max(sentence.start, m.start - 4), m.start)
              and not ("/" in m.text and listed_cutoffs(ctx.vocabulary, m.text))]  # "Top-1/Top-5": its own list's only
    if len(before) > 1 and _is_gloss(text, before[-2], before[-1]):
        before = before[:-1]  # "Acc@500m（500米内定位准确率）": the gloss explains, the name counts
    specific = [m for m in before if m.canonical != "score"]
    if specific and before[-1].canonical == "score" and (
            specific[-1].start >= sentence.clause_bounds(position, position + 1)[0]
            or not text[specific[-1].end:before[-1].start].strip()):
        # "pass@1 得分为 38.6": the named metric, not the word for score; "Overall 得分为 7.12，高于 X（6.70）":
        # a metric and the word for score written together name one metric for the later clauses too
        return specific[-1].canonical
    if before and before[-1].start < clause_start and before[-1].canonical != "score" and _own_measure(ctx, clause_start, position):
        return None  # "PA-MPJPE 误差减少 23%，穿透体积从 4.1 cm³ 降到 1.2 cm³": the clause names what it measured
    if before:
        if before[-1].start < clause_start and len({m.canonical for m in before}) > 1:
            fitting = _fitting_metric(ctx, sentence.line_start, position)
            if fitting:  # "PSNR 27.41 dB、SSIM 0.872、LPIPS 0.118，超过 MVSplat（26.39 dB）": PSNR, not the nearest
                return fitting
            parts = ctx.vocabulary.parts_follow
            if (parts and parts.search(text, before[0].end, before[1].start) and before[1].canonical != before[0].canonical
                    and not _mentions_in(ctx, before[0].end, before[-1].start, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK))):
                return before[0].canonical  # "总分 86.9%，其中质量分 87.8%、语义分 83.3%，超过 X（86.22%）": the total
            fitting = _fitting_metric(ctx, sentence.line_start, position, by_unit=False, any_unit=True)
            if fitting:  # "MRR 0.558，Hits@10 为 66.1%，与 X（0.551）持平": a bare 0.551 is of MRR's magnitude, not 66.1%'s
                return fitting
            if owner is not None and _headline_scores(ctx, sentence.start, clause_start):
                # "F1 为 92.4%，IoU 为 85.9%，超过 X（90.4%）": a system set against the result is compared on the
                # overall figure, else the headline named first; not after a part's value or a bare score (the nearest)
                overall = [m for m in before if m.canonical == "total score" or name_key(m.canonical) in _overall_keys(ctx)]
                return (overall[-1] if overall else before[0]).canonical
        return before[-1].canonical
    carried = (_fitting_metric(ctx, sentence.line_start, position, by_unit=False)  # "PSNR / SSIM 为 28.1 / 0.84；X 为 28.5"
               or _metric_of_values(ctx, sentence.line_start, sentence.start, position, sentence))
    if carried:
        return carried
    for start, end in sentence.context:
        found = _unglossed(text, _mentions_in(ctx, start, end, (METRIC,)))
        if len({m.canonical for m in found}) > 1:  # several: the one named in parentheses, as a unit note is
            found = [m for m in found if m.text.isascii() and _in_parentheses(text, start, m.start)]
            if len({m.canonical for m in found}) != 1:  # "准确率与平均输出长度：" does not say which
                return None
        if found:  # "字错误率对比（CER，%）：", "准确率（Pass@1，16次采样平均）与平均输出长度："
            return found[-1].canonical
        line_end = text.find("\n", end)
        body_end = min(sentence.start, len(text) if line_end == -1 else line_end)
        if body_end < sentence.line_start:  # the items above this one under the label too
            body_end = sentence.line_start
        # across the items under a label, another item's benchmark takes the metric only for a value with a unit:
        # "- FooMath：准确率 55.5% → 57.1%" above "- BarMath：39.8% → 40.6%"; not a bare "- BarQA：51.3（X：47.6）"
        across = sentence if ctx.quantity_at(position).unit is not None else None
        carried = _metric_of_values(ctx, end, body_end, position, across) if body_end > end else None
        if carried:  # "**TUM RGB-D**：平均 ATE RMSE 为 1.31 cm" above "fr1/desk：1.42 cm"; "**X**：" above
            return carried  # "- A 的成功率为 51.5%" above "- B 为 46.7%"
    return None


def _one_of_pair(ctx: PaperContext, sentence: Sentence, position: int, metric_name: str, unit: Optional[str]) -> str:
    """For a single value given a pair of metrics written with a slash ("PSNR/SSIM 达到 32.71 dB / 0.9102，与 RVRT（32.75
    dB）接近", "比 X 高出 0.24 dB"), the one of the pair whose scores earlier in the line have the value's unit, when
    only one has; else the pair as written (a joint measure: "联合 PC/SA 得分")."""
    parts = metric_name.split("/")
    read = ctx.memo.get("metrics at") or {}
    if unit is None or len(parts) < 2:
        return metric_name
    fitting = {read[at][1] for at in read if sentence.line_start <= at < position and read[at][0] == unit and read[at][1] in parts}
    return fitting.pop() if len(fitting) == 1 else metric_name


def _headline_scores(ctx: PaperContext, start: int, end: int) -> bool:
    """True when scores were read in [start, end), all on one place (no part's value among the whole's) and each
    with a metric named, not the word for score."""
    read, places = ctx.memo.get("metrics at", {}), ctx.memo.get("places at", {})
    scored = [at for at in read if start <= at < end]
    return (bool(scored) and len({places.get(at) for at in scored}) == 1
            and all(read[at][1] != "score" for at in scored))


def _overall_keys(ctx: PaperContext) -> frozenset:
    """The keys of the words that name a benchmark's whole figure (tables.yaml overall_words: Overall, 总分)."""
    found = ctx.memo.get("overall keys")
    if found is None:
        found = ctx.memo["overall keys"] = frozenset(name_key(w) for w in ctx.vocabulary.tables.overall_words)
    return found


_CHANGED_BY = re.compile(r"\s*(?:提升|提高|增加|增长|降低|下降|减少|缩短|节省)")  # "token 用量减少 58%": its own change


_OWN_MEASURE = re.compile(rf"[ \t]*(?:而|但|其中|同时|以及)?[ \t]*(?P<noun>[\u4e00-\u9fff]{{2,8}})[ \t]*(?:从|由)[ \t]*{QUANTITY_MARK}")


def _leaves_parenthesis(between: str) -> bool:
    """True when the text after a value closes the parenthesis that holds the value: what follows is outside it
    ("（AbsRel 0.067）与 Y（δ1 96.2%）": δ1 is Y's)."""
    depth = 0
    for character in between:
        depth += (character == "(") - (character == ")")
        if depth < 0:
            return True
    return False


def _own_measure(ctx: PaperContext, clause_start: int, position: int) -> bool:
    """True when the value's clause opens with Chinese words then a change from a value, words that name no
    system ("穿透体积从 4.1 降到 1.2"; not "基线从 50.1% 提升到"): what it measured, unknown to the metric list."""
    found = _OWN_MEASURE.match(ctx.view.text, clause_start, position + 1)
    return found is not None and _unnamed_system(ctx, found.group("noun")) is None and not ctx.words.unmodified.search(
        found.group("noun"))


def _metric_of_values(ctx: PaperContext, start: int, end: int, position: int,
                      sentence: Optional[Sentence] = None) -> Optional[str]:
    """For a value whose sentence names no metric, the metric of the values in [start, end) (the earlier
    sentences of its line, or the body of a label above it) with the same unit (points for a percentage), when one metric alone
    has such values and no benchmark is named after it: "成功率 58.3%；……GPT-4o 为 44.6%" is a success
    rate, and in "恢复率为 58.9%，困惑度 4.21；PiFold 为 51.66%" the percentage is a recovery rate; after
    "FID 为 1.62，IS 为 301.4；" a bare 1.92 is either. In the value's own line (`sentence` given) another
    benchmark named since takes the metric too when the value's clause only gives it its value ("AIME 2024 pass@1
    72.3→73.1；AIME 2025 55.4→54.9"): the metric governs the line until another is named; not a clause with
    words of its own ("而从 ImageNet 初始化的模型只有 84.2%", "MedNote 上每份摘要的平均幻觉数 3.2→0.9")."""
    text, unit = ctx.view.text, ctx.quantity_at(position).unit
    unit = "%" if unit == "pp" else unit  # "成功率 91.6%；…比 π0 高出 6.4 个百分点": points of that percentage
    named = [m for m in _mentions_in(ctx, start, end, (METRIC,)) if m.canonical != "score"]
    found: dict[str, int] = {}
    values: dict[str, list[float]] = {}
    for i, mention in enumerate(named):
        stop = named[i + 1].start if i + 1 < len(named) else end
        mark = text.find(QUANTITY_MARK, mention.end, stop)
        if mark != -1 and ctx.quantity_at(mark).unit == unit:
            found[mention.canonical] = mention.end
            values.setdefault(mention.canonical, []).append(ctx.quantity_at(mark).value)
    if len(found) > 1:  # "FID 为 1.62，IS 为 301.4；VAR-d30 为 1.92": the one of 1.92's magnitude
        fitting = _of_magnitude(ctx.quantity_at(position).value, values)
        found = {fitting: found[fitting]} if fitting else found
    if len(found) != 1 or _mentions_in(ctx, *found.values(), position, (BENCHMARK,)) and not (
            sentence is not None and _bare_place_clause(ctx, sentence, position)
            and _unbroken(ctx, next(iter(found)), next(iter(found.values())), position, unit)):
        return None
    return next(iter(found))


def _unbroken(ctx: PaperContext, named: str, start: int, position: int, unit: Optional[str]) -> bool:
    """True when every score read in [start, position) in `unit` took the metric `named`: a value in between
    that took another metric or none ("MMMU val 为 54.9" after "token 成本") ends the metric's reach."""
    read = ctx.memo.get("metrics at") or {}
    return all(metric_name == named for at, (its_unit, metric_name, _) in read.items()
               if start <= at < position and (its_unit == unit or unit == "%" and its_unit == "pp"))


def _bare_place_clause(ctx: PaperContext, sentence: Sentence, position: int) -> bool:
    """True when the value's clause, up to it, holds names (a benchmark, a system), numbers and only the words
    that give a name its value (在 … 上, 为, 达到, 从 … 提升至, an arrow), no word of a measure of its own."""
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    text, at = ctx.view.text, clause_start
    for mention in _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (BENCHMARK,)):
        if not ctx.words.bare_place_clause.fullmatch(text, at, mention.start):
            return False
        at = mention.end
    return ctx.words.bare_place_clause.fullmatch(text, at, position) is not None  # "- FooMath：39.8% → 40.6%": its label


def _statistic_metric(ctx: PaperContext, statistic: str, metric_name: Optional[str], bench: str) -> str:
    """A statistic's metric ("mean score"): of the metric named, else the one the earlier scores on the
    benchmark give that statistic ("- DreamerV3：112% / 49%" under "人类归一化分数均值/中位数 136% / 61%")."""
    if metric_name in (None, "score"):
        read = ctx.memo.get("metrics at") or {}
        earlier = {named for _, named, on in read.values() if on == bench and named.startswith(statistic + " ")}
        if len(earlier) == 1:
            return earlier.pop()
    return f"{statistic} {metric_name or 'score'}"


def _fitting_metric(ctx: PaperContext, start: int, position: int, by_unit: bool = True,
                    any_unit: bool = False) -> Optional[str]:
    """Of the metrics of the scores read in [start, position), the one whose values have the value's unit
    when only one has that unit (a unit, not a plain number; `by_unit`), else the one of the value's magnitude
    (see `_of_magnitude`); None when another benchmark is named since."""
    read = ctx.memo.get("metrics at")
    if not read:
        return None
    unit = ctx.quantity_at(position).unit
    values: dict[str, list[float]] = {}
    for at in read:
        if start <= at < position and (read[at][0] == unit or any_unit and unit is None) and read[at][1] != "score":
            values.setdefault(read[at][1], []).append(ctx.quantity_at(at).value)
    if by_unit and unit is not None and len(values) == 1:
        fitting = next(iter(values))  # "PSNR 27.41 dB、SSIM 0.872，超过 X（26.39 dB）": the one metric in dB
    else:
        fitting = _of_magnitude(ctx.quantity_at(position).value, values)
    if fitting is None:
        return None
    theirs = [at for at in read if start <= at < position and read[at][1] == fitting]
    if any(m.canonical not in {read[at][2] for at in theirs} for m in _mentions_in(ctx, min(theirs), position, (BENCHMARK,))):
        return None
    return fitting


def _of_magnitude(value: float, values: dict[str, list[float]]) -> Optional[str]:
    """The one metric whose values lie within a factor of 3 of `value` while every other metric's lie more
    than 10 times away (FID 1.62 or IS 301.4 for 1.92; PSNR 28.12, SSIM 0.842 or LPIPS 0.182 for 28.54);
    None when several or none fit, or a value is not positive."""
    if value <= 0 or len(values) < 2 or any(v <= 0 for vs in values.values() for v in vs):
        return None
    ratio = lambda v: max(v, value) / min(v, value)
    for near_at, far_at in ((3, 10), (1.2, 1.5)):  # ... or within 20% while every other's lie 50% away or more
        near = [name for name, vs in values.items() if all(ratio(v) <= near_at for v in vs)]  # (AUC 0.8157 or
        far = [name for name, vs in values.items() if all(ratio(v) > far_at for v in vs)]  # LogLoss 0.4372 for 0.8142)
        if len(near) == 1 and len(far) == len(values) - 1:
            return near[0]
    return None


def _metric_before(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """For a value whose sentence names no metric, the metric of the earlier scores of its line with the
    same unit, when they all have that one (or the nearest is in the value's clause), it is named, and no
    metric or other benchmark is named since: a metric read from a part's label ("test-hard CER 7.8%（MaskGCT
    为 10.3%）"), or an average after a list ("成功率为 97.8 / 98.6，平均 96.3%；π0 为 96.8 / 98.8，平均 94.2%")."""
    read = ctx.memo.get("metrics at")
    earlier = [at for at in read if sentence.line_start <= at < position] if read else None
    if not earlier:
        return None
    unit = ctx.quantity_at(position).unit
    same_unit = [at for at in earlier if read[at][0] == unit]
    if not same_unit:
        return None
    nearest = max(same_unit)
    if nearest < sentence.clause_bounds(position, position + 1)[0] and len({read[at][1] for at in same_unit}) > 1:
        return None  # "FID 为 1.62，IS 为 301.4；VAR-d30 为 1.92": either, unless said in the value's own clause
    if read[nearest][1] == "score" or _mentions_in(ctx, nearest, position, (METRIC,)):
        return None
    named, benchmark_of = read[nearest][1], read[nearest][2]
    if name_key(named) not in ctx.vocabulary.metric_by_key:
        return None  # a name a rule read as the metric ("CMS 54.3%、Map 46.7%"): not one to carry
    if any(m.canonical != benchmark_of for m in _mentions_in(ctx, nearest, position, (BENCHMARK,))):
        return None
    return named


def _changed_metric(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """For a change whose sentence and headings name no metric, the metric of the scores before it in its
    line, on its benchmark, that it can change: "成功率 14.9% → 38.6%；GitLab 和 Reddit 提升最大（分别 +29.4 和
    +27.1）", "WER为2.4%/5.7%；和 X 相比，test-other只差0.6个点". The scores must name one metric between
    them, and no other metric or benchmark be named since (see `_change_fits` for the units)."""
    read = ctx.memo.get("metrics at")
    unit = ctx.quantity_at(position).unit
    fits = [at for at in read if sentence.line_start <= at < position and read[at][1] != "score"
            and read[at][2] == bench and _change_fits(unit, read[at][0])] if read else None
    if not fits or len({read[at][1] for at in fits}) > 1:
        return None
    nearest = max(fits)
    named = read[nearest][1]
    text = ctx.view.text  # a metric named with its own change since ("token 用量减少 58%") names no other score
    if (name_key(named) not in ctx.vocabulary.metric_by_key and not _metric_shaped(ctx, named)) or any(
            not _CHANGED_BY.match(text, m.end) for m in _mentions_in(ctx, nearest, position, (METRIC,))):
        # a known metric, or one with a qualifier ("style-mos", "b-wer")
        return None
    if any(m.canonical != bench for m in _mentions_in(ctx, nearest, position, (BENCHMARK,))):
        return None
    return named


def _referred_score(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[int]:
    """The score a change's clause refers back to by 前者 / 后者 (the first / the last of the two scores before it in
    its sentence), when both are on its benchmark and name a metric."""
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    said = ctx.words.referring_back.match(ctx.view.text, clause_start)
    if said is None:
        return None
    read, places = ctx.memo.get("metrics at", {}), ctx.memo.get("places at", {})
    scored = sorted(at for at in read if sentence.start <= at < clause_start)[-2:]
    if len(scored) < 2 or any(places.get(at, ("",))[0] != bench or read[at][1] == "score" for at in scored):
        return None
    return scored[0] if said.group("former") else scored[1]


def _scored_before(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> tuple[Optional[str], Optional[str]]:
    """For a change that names no part or metric of its own, the part and the metric of the scores before it
    in its sentence on its benchmark: "其中多轮（Multi-Turn）子项为 48.5%，比基座模型高 14.2 个百分点" changes the
    score it follows, on that score's part when no other score of the sentence names another; the metric when
    they all name one ("FID 为 1.62，IS 为 301.4；比 X 低 0.3" does not say which), and not for a factor
    of a percentage ("准确率 48.5%，且快 2 倍" is no factor of accuracy)."""
    places, read = ctx.memo.get("places at", {}), ctx.memo.get("metrics at", {})
    scored = [at for at in read if sentence.start <= at < position and places.get(at, ("",))[0] == bench]
    if not scored:
        return None, None
    parts = {places[at][1] for at in scored} - {None}
    part = places[max(scored)][1] if len(parts) == 1 else None
    unit = ctx.quantity_at(position).unit
    metrics = {read[at][1] for at in scored if _change_fits(unit, read[at][0]) and not (unit == "x" and read[at][0] == "%")}
    return part, metrics.pop() if len(metrics) == 1 and "score" not in metrics else None


def _split_subject(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The split a change's clause opens with, as its subject ("test-other 下降了 0.5 个点", "test-other只差0.6个点"):
    the change is on that split."""
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    named = _mentions_in(ctx, clause_start, position, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK, METRIC))
    if (named and named[0].role == NAME_ROLE and ctx.vocabulary.split_word.fullmatch(named[0].text)
            and _CLAUSE_OPENER.fullmatch(ctx.view.text, clause_start, named[0].start)
            and not _mentions_in(ctx, named[0].end, position, (BENCHMARK, METRIC))):
        return named[0].text
    return None


def _own_quantity(ctx: PaperContext, sentence: Sentence, position: int) -> bool:
    """True when a change's clause names a quantity of its own that is no metric of the vocabulary, before
    the value ("token 用量减少 58%", "平均步数减少 18%") or right after it ("缩短了 35% 的推理长度"), and no metric."""
    clause_start, clause_end = sentence.clause_bounds(position, position + 1)
    text, words = ctx.view.text, ctx.words
    if _mentions_in(ctx, clause_start, clause_end, (METRIC,)):
        return False
    return (words.own_quantity.search(text, clause_start, position) is not None
            or words.own_quantity_after.match(text, position + 1, clause_end) is not None)


def _change_fits(change_unit: Optional[str], score_unit: Optional[str]) -> bool:
    """Whether a change in `change_unit` can be a change of a score in `score_unit`: a relative change (N%,
    N 倍) of any score, a change in points of a percentage, any change of a bare number ("PSNR 32.47",
    "+1.3 dB"), else a change in the score's own unit."""
    if change_unit in ("%", "x") or score_unit is None:
        return True
    if change_unit in (None, "pp", "points"):
        return score_unit == "%"
    return change_unit == score_unit


def _unglossed(text: str, metrics: list[Mention]) -> list[Mention]:
    """Metrics with each pair of a name and its gloss in parentheses as one, the one written in Latin
    letters: "跟踪精度（ATE RMSE，cm）" is ATE RMSE, "Acc@500m（500米内定位准确率）" Acc@500m."""
    kept = list(metrics)
    for named, gloss in zip(metrics, metrics[1:]):
        if _is_gloss(text, named, gloss):
            drop = named if gloss.text.isascii() and not named.text.isascii() else gloss
            if drop in kept:
                kept.remove(drop)
    return kept


_LIST_TAG_OPEN = re.compile(r"[ \t]*\([ \t]*")
_LIST_TAG_CLOSE = re.compile(r"[ \t]*\)")
_LISTED_VALUE = re.compile(rf"[ \t]*(?:、|和|与|及|/)[ \t]*{QUANTITY_MARK}")
_VALUE_TAG = re.compile(r"\s*\(\s*(?P<name>[A-Za-z][^()\n]{0,30}?)\s*\)")


def _is_gloss(text: str, named: Mention, gloss: Mention) -> bool:
    """True when `gloss` sits in a parenthesis that opens right after `named` (or after its
    abbreviation's period: "N-acc.（无目标识别准确率）")."""
    opening = text.find("(", named.end, gloss.start)
    return opening != -1 and not text[named.end:opening].strip(" \t.") and ")" not in text[opening:gloss.start]


def _subset(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """The part of its benchmark a value was measured on: what its sentence or the benchmark's name
    ties to it (extractors.subsets), else, when the sentence names no benchmark, the part its
    headings name (see `_heading_part`)."""
    found = subset(ctx, sentence, position, bench)
    if found is None and not _mentions_in(ctx, sentence.start, position, (BENCHMARK,)):
        context = _own_label_first(ctx, sentence, position)
        key = ("heading part", context)  # one answer for every sentence under the same headings
        if key not in ctx.memo:
            ctx.memo[key] = _heading_part(ctx, context)
        found = ctx.memo[key]
    if found is None and ctx.words.subsets.same_setting.search(ctx.view.text, sentence.start, position):
        found = _earlier_part(ctx, sentence)
    if found is None:
        found = (_continued_part(ctx, sentence, position, bench) or _aside_part(ctx, sentence, position, bench)
                 or _part_named_again(ctx, sentence, position, bench))
    return found


def _part_named_again(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """A part an earlier value of the paper was measured on, named again in this value's clause before it:
    "Retail 领域 pass^1 为 58.3 …；在更严格的 pass^4 指标下，Retail 从 31.2 升至 39.8" (the same word, whole,
    for the same benchmark), when no other name and no 分别 stand between it and the value ("Peptides-func AP
    0.7286、Peptides-struct MAE 0.2419", "GCG 与 PAIR 攻击的 ASR 分别从 …": the name nearest the value says)."""
    places = ctx.memo.get("places at")
    if not places:
        return None
    parts = {part for at, (said_bench, part) in places.items() if part and at < position and said_bench == bench}
    if not parts:
        return None
    text = ctx.view.text
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    named, nearest = None, -1
    for part in parts:
        start = text.find(part, clause_start, position)
        while start != -1:
            end = start + len(part)
            whole = not (start > 0 and _WORD_CHAR.match(text, start - 1)) and not _WORD_CHAR.match(text, end)
            if whole and start > nearest and not _mentions_in(ctx, start, end, SYSTEM_ROLES + (BENCHMARK,)):
                named, nearest = part, start
            start = text.find(part, start + 1, position)
    if named is None or "分别" in text[nearest:position] or any(
            m.start > nearest for m in _mentions_in(ctx, nearest, position, SYSTEM_ROLES + (BENCHMARK, NAME_ROLE))):
        return None
    return named


_WORD_CHAR = re.compile(r"[A-Za-z0-9_\-]")


_ASIDE_AFTER_VALUE = re.compile(rf"{QUANTITY_MARK}\s*\(\s*$")


def _aside_part(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """The part of the value a parenthesis follows, for a value in it: the system compared in an aside is
    measured on the same part ("test-hard CER 7.8%（MaskGCT 为 10.3%）")."""
    text = ctx.view.text
    opening = text.rfind("(", sentence.start, position)
    if opening == -1 or ")" in text[opening:position]:
        return None
    before = _ASIDE_AFTER_VALUE.search(text, max(sentence.start, opening - 4), opening + 1)
    place = ctx.memo.get("places at", {}).get(before.start()) if before else None
    if place and any(name_key(m.text) in ctx.vocabulary.conditions for m in _mentions_in(ctx, opening, position, (NAME_ROLE,))):
        return None  # "7.21（FP16 为 6.14）": the model left as it was is not measured under the method's setting
    return place[1] if place and place[0] == bench else None


def _continued_part(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """The one part of all the values of the sentence before, in the same line, for a sentence that goes
    on comparing systems on the same benchmarks: it opens with a system's name and names no benchmark,
    metric or part of its own ("在提示有害性分类上，X / Y 的 F1 为 79.3 / 81.5；Llama Guard 3-8B 为 53.8 / 79.2")."""
    text = ctx.view.text
    places = ctx.memo.get("places at")
    if not places or _mentions_in(ctx, sentence.start, position, (BENCHMARK, METRIC)):
        return None
    opening = _mentions_in(ctx, sentence.start, position, SYSTEM_ROLES + (NAME_ROLE,))
    if not opening or opening[0].role not in SYSTEM_ROLES or not _CLAUSE_OPENER.fullmatch(text, sentence.start, opening[0].start):
        return None
    before = [at for at in places if sentence.line_start <= at < sentence.start]
    if not before:
        return None
    starts = ctx.memo.setdefault("sentence starts", [s.start for s in ctx.sentences])
    previous = ctx.sentences[bisect_left(starts, max(before) + 1) - 1]
    said = [places[at] for at in before if at >= previous.start]
    parts = {part for _, part in said}
    if len(parts) != 1 or bench not in {said_bench for said_bench, _ in said}:
        return None
    return parts.pop()


_VALUE_ALONE = re.compile(r"[ \t]*[A-Za-z%°/]{0,6}[ \t]*\)")  # "（CER 1.45%）", "(3.8cm)": nothing after the value


def _compared_part(ctx: PaperContext, sentence: Sentence, position: int, bench: str, system: Optional[str],
                   metric_name: Optional[str]) -> Optional[str]:
    """The part of another system's value set against the result ("对比 X（CER 1.45%）", "高于 X（55.1）",
    "比 X 的 41.7 高"): a comparison is like for like, so the value is on the part of the scores of its benchmark
    and metric its line states before its clause, when they all state one and the same ("test-zh CER 为 1.12%，
    test-en WER 为 1.87%；对比 X（CER 1.45%）" is test-zh). None when they differ or a score of the benchmark before it
    states none (the overall number may be the one compared), or the value's parenthesis says more than the value
    ("（27.5%，100 步）": its own budget)."""
    if system is None or system == ctx.method:
        return None
    text = ctx.view.text
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    cue = ctx.words.system_compared.search(text, clause_start, position)
    if cue is None or ctx.words.unmodified.search(text, cue.end(), position):
        return None  # "比 FP16 原模型（3.12）高": the model left as it was is outside the setting
    opening = text.rfind("(", cue.end(), position)
    if opening != -1 and ")" not in text[opening:position]:
        inside = text[opening + 1:position].strip()
        named = _mentions_in(ctx, opening + 1, position, (METRIC,))
        if not _VALUE_ALONE.match(text, position + 1) or inside and not (
                len(named) == 1 and named[0].text == inside):
            return None
    read, places = ctx.memo.get("metrics at", {}), ctx.memo.get("places at", {})
    before = [at for at in read if sentence.line_start <= at < clause_start and places.get(at, ("",))[0] == bench]
    if _mentions_in(ctx, clause_start, position, (METRIC,)):  # "对比 X（CER 1.45%）": the scores of that metric
        parts = {places[at][1] for at in before if read[at][1] == (metric_name or "score")}
    else:  # the metric is carried: every score before it, and no number of its unit left unread
        parts = {places[at][1] for at in before}
        unit = ctx.quantity_at(position).unit
        if any(at not in read and ctx.quantity_at(at).unit == unit
               for at in offsets_of(QUANTITY_MARK, text, sentence.line_start, clause_start)):
            return None
    if len(parts) != 1 or any(places[at][1] is None for at in before):
        return None  # "平均 87.3%，其中 human 子集 79.6%；相较 X（56.0%）": X's is the average
    return parts.pop()


def _earlier_part(ctx: PaperContext, sentence: Sentence) -> Optional[str]:
    """The part of the last value of an earlier sentence of the line that has one, for a sentence that
    refers back to it ("…的设置下平均分为 48.7；同等预算下 SnapKV 为 46.1")."""
    parts = ctx.memo.get("parts at", {})
    earlier = [at for at in parts if sentence.line_start <= at < sentence.start]
    return parts[max(earlier)] if earlier else None


def _own_label_first(ctx: PaperContext, sentence: Sentence, position: int) -> tuple[tuple[int, int], ...]:
    """The sentence's headings with the label it opens with first: in "fr1/desk：1.42 cm；fr2/xyz：0.31 cm"
    the second value's label is fr2/xyz, not the line's first label."""
    first = bisect_left(ctx.headings, (sentence.start, sentence.start))
    own = ctx.headings[first] if first < len(ctx.headings) and ctx.headings[first][1] <= position else None
    if own is None or (sentence.context and sentence.context[0] == own):
        return sentence.context
    rest = sentence.context[1:] if sentence.context and sentence.context[0][0] >= sentence.line_start else sentence.context
    return (own, *rest)


def _heading_part(ctx: PaperContext, context: tuple[tuple[int, int], ...]) -> Optional[str]:
    """The part of a benchmark its headings name: a split after the benchmark's name in its label
    ("**DanceTrack test**："), or a label nested under the benchmark's that names only a split or a
    part ("test-zh：", "Easy：", "fr1/desk：", "60 s 档：" under "**FooSet**：")."""
    text, vocab = ctx.view.text, ctx.vocabulary
    part = None
    for start, end in context:
        benchmarks = _mentions_in(ctx, start, end, (BENCHMARK,))
        if benchmarks:
            after = vocab.split_after.match(text, benchmarks[0].end)
            if part is None and after and after.end() <= end:
                return after.group().strip()
            last = benchmarks[0].text.rsplit(" ", 1)[-1]
            if part is None and " " in benchmarks[0].text and vocab.split_word.fullmatch(last):
                return last
            return part
        name = _heading_name(ctx, start, end)
        label = text[start:end].strip()
        if part is None and (vocab.split_word.fullmatch(label) or name is not None and name.text == label):
            part = label
        named = ctx.words.subsets.label_part.fullmatch(label) if part is None else None
        if named:  # "**60 s 档**：", "**Hard 子集**：" under the benchmark's label
            at = start + len(text[start:end]) - len(text[start:end].lstrip()) + named.start("name")
            part = ctx.view.source[slice(*ctx.view.source_span(at, at + len(named.group("name"))))].strip()
    return None


def _direction(ctx: PaperContext, claim: Claim, quantity, position: int, sentence: Sentence) -> Optional[str]:
    if claim.direction:
        return claim.direction
    if quantity.sign == "-":
        return "decrease"
    if quantity.sign == "+":
        return "increase"
    clause_start, clause_end = sentence.clause_bounds(position, position + 1)
    window = ctx.view.text[max(clause_start, position - 10): min(clause_end, position + 12)]
    words = ctx.words
    if words.loss.search(window):
        return "decrease"
    if words.gain.search(window):
        return "increase"
    text = ctx.view.text
    comparative = _COMPARATIVE_BEFORE.search(text, max(clause_start, position - 8), position)
    if comparative and words.comparison.search(text, clause_start, comparative.start()):
        return "increase" if comparative.group("up") else "decrease"  # "比同为 7B 的 X 高约 6 个百分点"
    if quantity.unit == "x" and quantity.value != 1:  # "是 vLLM 的 2.4 倍", "为 2.9×": N times a value
        return "increase" if quantity.value > 1 else "decrease"
    return None


# the comparative a value follows in a comparison ("比 X 高约 6"), as delta.comparative reads it
_COMPARATIVE_BEFORE = re.compile(r"(?:(?P<up>高|多|快|强|大|好)|(?P<down>低|少|慢|小|短|差))(?:出|了)?\s*(?:约|近|大约|超过)?\s*$")


def _kind(claim: Claim, quantity) -> str:
    if claim.kind == "auto":
        if quantity.unit == "x":
            return "ratio"
        return "delta" if quantity.sign in ("+", "-") or quantity.unit == "pp" else "score"
    if claim.kind == "change":
        return "ratio" if quantity.unit == "x" else "delta"
    return claim.kind


_PARAMETERS_AFTER = re.compile(r"\s*(?:参数|params|parameters)")
_CONDITION_BEFORE = re.compile(r"\(\s*[A-Za-zα-ωΑ-Ω][\w@\-]*\s*[<>≥≤]=?\s*$")  # "(IoU > 0.5)": a threshold
# a comparison sign after a word ("延迟变化 < 1%", "p<0.05", "成本（>85%）"): a bound; not after a value or an arrow
# ("85.2 > 80.1", "30.8% -> 32.0%")
_SIGN_BEFORE = re.compile(rf"(?<=[^\d{QUANTITY_MARK})）%\-=<>\s])\s*[<>≤≥＜＞≦≧][=＝]?\s*(?:约|~|≈)?\s*$")
_TAG_BEFORE = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}>\s*$")  # "<u>71.2</u>": a tag's '>', no comparison


_VERSION_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9\-]* $")  # a Latin word and one space right before the number
_VALUE_AFTER = re.compile(rf" {QUANTITY_MARK}")  # ... and another number right after it
_NAME_LISTED_AFTER = re.compile(r"\s*(?:、|和|与|及)\s*[A-Za-z]")  # ... or, for one digit, another name listed after it
_NAME_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9\-]*) $")  # a Latin name and one space right before a size
_NAME_BEFORE = re.compile(r"[A-Za-z0-9][ \t]?×$|[A-Za-z0-9][ \t][xX]$")  # a name, then a factor written '×4' / ' x4'
_PARAMETERS_BEFORE = re.compile(r"(?:参数量?|params|parameters)[\s:为约]{0,3}$")


_GAP_ITEM = r"\s*(?:、|/|,)\s*(?:—+|–|-{1,2}|N/A)\s*(?=、|/|,|;|。|$)"
_GAP_AFTER = re.compile(_GAP_ITEM)  # "为 63.3、—、55.6": a list by position with an entry missing
_GAP_BEFORE = re.compile(gated(rf"(?:—+|–|-{{1,2}}|N/A)\s*(?:、|/|,)\s*$"))


# authors cited in parentheses before a year: "（Böck & Davies, 2020）", "(Chen et al., 2023)" (not "（rating 2029）")
_CITED_BEFORE = re.compile(r"\([^()\n]*(?:[A-Za-z\u00c0-\u024f.][ \t]*,|et al\.?)[ \t]*$")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}")
_CITATION_CLOSES = re.compile(r"[a-z]?[ \t]*[)；;,]")


def not_a_result(ctx: PaperContext, quantity, position: int) -> Optional[str]:
    """Why a number is not a metric value (a model size, a count, a setting), or None when it may be one."""
    text = ctx.view.text
    if quantity.scale in ("B", "b") or (quantity.scale and quantity.unit is None
                                        and _PARAMETERS_AFTER.match(text[position + 1:position + 12])):
        return "a model size (a scale such as B, or 参数 after it)"
    after = ctx.words.not_result_after.match(text, position + 1) is not None  # else no test of what follows passes
    if _CONDITION_BEFORE.search(text, max(0, position - 24), position):
        return "a threshold in a condition (IoU > 0.5), not a result"
    if _CITED_BEFORE.search(text, max(0, position - 40), position) and _YEAR_WRITTEN.fullmatch(
            ctx.view.source[quantity.start:quantity.end]) and _CITATION_CLOSES.match(text, position + 1):
        return "the year of a citation ('（Böck & Davies, 2020）', '（Chen et al., 2023）'), not a result"
    if text[position + 1:position + 3] == ":" + QUANTITY_MARK or text[position - 2:position] == QUANTITY_MARK + ":":
        return "an end of a range or a ratio written with a colon ('tIoU 0.3:0.7', '2:4'), not a result"
    if (after and _GAP_AFTER.match(text, position + 1)) or _GAP_BEFORE.search(text, max(0, position - 8), position):
        return "an item of a list with a missing entry ('63.3、—、55.6'): which place each is, is not said"
    behaviour = ctx.words.behaviour_rate.search(text, max(0, position - 16), position)
    if behaviour:
        return f"a rate of behaviour, not of performance ({behaviour.group().strip()!r} before it)"
    if after and quantity.unit == "%" and ctx.words.sample_share.match(text, position + 1):
        return "a share of the samples, not a result ('的样本' after it)"
    bound = ctx.words.bound.search(text, max(0, position - 8), position) or _SIGN_BEFORE.search(
        text, max(0, position - 8), position)
    if bound and bound.re is _SIGN_BEFORE and _TAG_BEFORE.search(text, max(0, position - 14), position):
        bound = None
    if bound:
        return f"a bound, not a value ({bound.group().strip()!r} before it)"
    if after and (ctx.words.threshold.match(text, position + 1) or ctx.words.threshold_clause.match(text, position + 1)):
        return "a threshold that describes what is counted or judged, not a result"
    if after and ctx.words.condition is not None and ctx.words.condition.match(text, position + 1):
        return "an operating point another value is read at ('50% 时'), not a result"
    if _SETTING_FRAME_AFTER.match(text, position + 1) and _SETTING_FRAME_BEFORE.search(text, max(0, position - 10), position):
        return "the setting a value is read under ('在 0.1% 误报率下', '在 NFE=10 下'), not a result"
    if quantity.unit in ctx.words.setting_units:
        return f"an operating point ({quantity.unit}: the bitrate a codec is run at), never a result"
    written = ctx.view.source[quantity.start:quantity.end]
    before = ctx.view.source[max(0, quantity.start - 3):quantity.start]
    if before[-1:] in ("×", "x", "X") and _NAME_BEFORE.search(before):
        return "a scale factor written before its number after a name ('Set14 ×4'): a setting, never a result"
    if quantity.unit in ("x", "×", "倍") and not re.search(r"\d", written) and (
            ctx.words.vague_before.search(text, max(0, position - 6), position)
            or text[position + 1:position + 2] in ("多", "余")):
        return "a factor only roughly stated ('近一倍', '一倍多'): no record"
    setting = ctx.words.setting.search(text, max(0, position - 10), position)
    if setting:
        return f"a setting or requirement ({setting.group().strip()!r} before it)"
    setting = ctx.words.setting_after.match(text, position + 1) if after else None
    if setting:
        return f"a setting ({setting.group().strip()!r} after it)"
    if quantity.scale and quantity.unit is None and (text[position - 1:position] == "("
                                                     or _PARAMETERS_BEFORE.search(text, max(0, position - 6), position)):
        return "a size in parentheses after a name"  # "MARVEL-H（943M）", "TempoMoE（激活参数 205M）"
    if quantity.scale in ("K", "k") and quantity.unit is None and written[:-1].strip().isdigit():
        name = _NAME_WORD_BEFORE.search(text, max(0, position - 24), position)
        if name and not ctx.vocabulary.metric(name.group(1)):
            return "a size inside a name ('FooLong 64K', 'ZebraCells 20k': the context length or the data's size)"
    if quantity.unit is None and quantity.value_high is not None and is_month(quantity.value) and is_month(quantity.value_high):
        return "a period of dates (year.month to year.month), not a result"  # "LiveCodeBench（2024.08–2025.01）"
    if (quantity.unit is None and quantity.sign is None and _VERSION_BEFORE.search(text, max(0, position - 12), position)
            and (_VALUE_AFTER.match(text, position + 1) or ctx.words.version_after.match(text, position + 1) or (
                _NAME_LISTED_AFTER.match(text, position + 1) and ctx.view.source[quantity.start:quantity.end].isdigit()
                and quantity.end - quantity.start == 1))):
        return "a version number inside a name ('CosyVoice 2 9.2 个百分点', 'AlpacaEval 2、Arena-Hard': the 2 is the name's)"
    if quantity.unit is None:
        count = ctx.words.counts.match(text, position + 1) if after else None
        points = ctx.words.metric_points.match(text, position + 1) if count else None
        if count and not (points and ctx.vocabulary.metric(next(name for name in points.groups() if name))):
            return f"a count ({count.group().strip()!r} after it)"
    return None


# a number inside "在 … 下" (with a few words of what it sets between, no pause or other number): the setting the
# values after it are read under ("在 0.1% 误报率下检测率 94.7%", "在 1% FPR 下"); not 下降 / 下滑 / 下游
_SETTING_FRAME_BEFORE = re.compile(rf"在[^,;。\n{QUANTITY_MARK}上中]{{0,8}}$")
_SETTING_FRAME_AFTER = re.compile(rf"[^,;。\n{QUANTITY_MARK}上中]{{0,8}}?下(?![降滑跌调游面载])")
_SCORE_UNITS = (None, "%", "pp")


def _claimed_system(ctx: PaperContext, how: SystemRef, claim: Claim, sentence: Sentence, position: int,
                    kind: str) -> Optional[str]:
    """The system a typed reference points at, or None when the sentence does not say."""
    if isinstance(how, NamedRef):
        return how.named
    if how == "subject":
        read_a_name = claim.metric or (claim.subset and ctx.view.text.startswith(claim.subset, claim.match_span[0]))
        found = subject(ctx, sentence, position, is_change=kind != "score" or _in_a_change(claim), place=claim.benchmark,
                        not_at=claim.match_span[0] if read_a_name else None)  # not the name the rule read as the metric or part
        if found and ctx.method and found == _named_base(ctx, (sentence.start, position)):
            return ctx.method  # "基座 X，经过 RL 之后：B 从 a 到 b": b is the method's, trained from X
        return found
    if how == "reference":
        found = reference(ctx, sentence, position)
        if kind == "score" and found and _valued_later(ctx, sentence, position, found):
            found = None  # "14.9% → 38.6%，超过 X（24.0%）": X's value is its own, the start value is not X's
        found = found or (_paired_by_label(ctx, sentence) if claim.rule == "score.versus" else None) or "baseline"
        return _base_model_name(ctx) if found == "base model" else found
    if how == "baseline":
        return "baseline"
    assert isinstance(how, GroupRef)
    if how.group not in claim.groups:
        if how.name_required:
            return None
        object_of_change = _CHANGED_OBJECT.search(ctx.view.text, sentence.start, position)
        if object_of_change:  # "Method 将 Qwen3-8B 的得分从 A 降到 B": A is Qwen3-8B's
            named = _mentions_in(ctx, object_of_change.start(), object_of_change.end(), SYSTEM_ROLES)
            if named:
                return named[-1].canonical
        compared = _COMPARED_START.search(ctx.view.text, sentence.start, position)
        if compared:
            named = _mentions_in(ctx, *compared.span("who"), SYSTEM_ROLES + (NAME_ROLE,))
            if len(named) == 1 and named[0].role != METHOD:
                return named[0].canonical
        return "baseline"
    start, end = claim.groups[how.group]
    named = [m for m in _mentions_in(ctx, start, end, SYSTEM_ROLES + (NAME_ROLE, BENCHMARK, METRIC))
             if not _a_measure(ctx, m) and not _PLACE_NEXT.match(ctx.view.text, m.end)]  # "PAIR（GPT-4o 上 39.5%）": where, not who
    if named and named[-1].role in SYSTEM_ROLES + (NAME_ROLE,) and QUANTITY_MARK not in ctx.view.text[named[-1].end:end]:
        last = named[-1]
        if last.role == NAME_ROLE and last.text.isalpha() and last.text.islower():
            return None  # a plain lower-case word ("alert(1)" in stray code) is not a system's name
        return _system_name(ctx, last, sentence) if last.role != NAME_ROLE else last.canonical
    if how.name_required:
        return None  # the value must belong to a named system; this one names none
    text = ctx.view.text[start:end]
    if named and named[-1].role in (BENCHMARK, METRIC):
        if named[-1].role == BENCHMARK and ctx.quantity_at(position).unit not in _SCORE_UNITS:
            return None  # "AISHELL-1（178 小时）": the size of the data, not a result on it
        return subject(ctx, sentence, position)  # "FID 分数（87.37）", "MMStar (71.2)": the subject's value
    if ctx.words.self_reference.search(text):
        return ctx.method
    owner = None if named else _parenthesis_owner(ctx, sentence, position)
    if owner is not None:  # "超过 DreamerV3（均值 1.12）": the value is DreamerV3's
        return _system_name(ctx, owner, sentence) if owner.role in SYSTEM_ROLES else owner.canonical
    unnamed = _unnamed_system(ctx, text)
    return _base_model_name(ctx) if unnamed == "base model" else unnamed


_NAME_GLOSS = re.compile(r"[ \t]*\([ \t]*(?P<name>[A-Za-z][^()\n,;。]{0,40}?)[ \t]*\)")


def _in_a_change(claim: Claim) -> bool:
    """True for either value of a before/after pair ("X 的准确率从 29.5% 提升至 47.0%"): a base model it
    credits stands for the method built on it at the end, and for itself at the start."""
    return "before" in claim.groups and "after" in claim.groups


def _named_instead(ctx: PaperContext, claim: Claim, sentence: Sentence, position: int) -> Optional[str]:
    """The system the text names for a score it otherwise leaves unnamed (`baseline`, `base model`):
    a parenthesis naming the pair after a before/after change ("0.402 → 0.391（PatchTST → ChronoLens）"),
    the system a change starts from ("以微调过的 Whisper-large-v3 为起点", "在 OC-SORT 上换用…"), a
    name written against the baseline word ("基线SFT", "基线 Qwen2.5-7B"), or, for the value a change
    starts from when the text says no "baseline", the base the sentence builds the method on
    ("基于 FLUX.1-dev 的 PixelWeave 总分从 0.66 提升到 0.82": 0.66 is FLUX.1-dev's)."""
    text, words = ctx.view.text, ctx.words
    clause_start, clause_end = sentence.clause_bounds(position, position + 1)
    glossed = _NAME_GLOSS.match(text, position + 1)
    if glossed is not None:  # "从82.6%(GRPO)提升到85.9%": the system named right after its value
        named = _mentions_in(ctx, *glossed.span("name"), SYSTEM_ROLES + (NAME_ROLE,))
        if len(named) == 1 and named[0].start == glossed.start("name") and named[0].end == glossed.end("name"):
            return named[0].canonical
    pair = words.pair_annotation.search(text, position, clause_end)
    if pair is not None:
        named = _mentions_in(ctx, *pair.span("span"), SYSTEM_ROLES + (NAME_ROLE,))
        if len(named) >= 2:
            return named[0].canonical
    for frame, spans in ((words.starting_point, ((sentence.start, sentence.end), *sentence.context)),
                         (words.applied_on, ((sentence.start, sentence.end),))):
        for span in spans:  # "在 X 上换用" reads X as a place: any name counts
            for found in frame.finditer(text, *span):
                named = _mentions_in(ctx, *found.span("span"), SYSTEM_ROLES + (NAME_ROLE, BENCHMARK))
                if named:
                    return named[-1].canonical
    if claim.rule.startswith("score.arrow"):
        pair = _line_pair(ctx, sentence)
        if pair:
            return pair
    base = _named_base(ctx, (sentence.start, sentence.end), *sentence.context)
    if base:
        return base  # "基座 Qwen2.5-Coder-7B-Base，经过自博弈 RL 之后：HumanEval+ 从 75.0 到 84.1"
    said = words.baseline.search(text, clause_start, position)
    if said is not None:
        after = _mentions_in(ctx, said.end(), min(position, said.end() + 2), SYSTEM_ROLES + (NAME_ROLE,))
        return after[0].canonical if after and after[0].start <= said.end() + 1 else None
    if words.base_model.search(text, clause_start, position) or claim.model == "subject":
        return None
    ours = subject(ctx, sentence, position, is_change=_in_a_change(claim))
    base = re.fullmatch(r".+ \((?P<base>[^()]+)\)", ours or "")
    if base and _mentions_in(ctx, sentence.start, position, SYSTEM_ROLES + (NAME_ROLE,)) and \
            base.group("base") in text[sentence.start:position]:
        return base.group("base")
    if _in_a_change(claim) and ours == ctx.method:
        return _paper_base(ctx)  # "基座：FLUX.1-dev" above, then "GenEval 0.66 → 0.67": the start is the base's
    if _in_a_change(claim) and ours and _changes_itself(ctx, sentence, position, ours):
        return ours  # "Qwen2.5-VL-72B 的准确率从 35.1% 提升到 39.6%", "X 下降最多，从 60.1% 跌至 34.6%": X before, too
    return None


def _changes_itself(ctx: PaperContext, sentence: Sentence, position: int, system: str) -> bool:
    """True when a change's end is credited to a system other than the method that its sentence names
    before the change: the change is that system's, between two conditions, and so is its start."""
    named = _mentions_in(ctx, sentence.start, position, (MODEL,))
    return any(m.canonical == system for m in named)


def _unmodified_base(ctx: PaperContext, sentence: Sentence, condition: str) -> str:
    """A condition's value names the model left as it was ("（FP16 为 6.14）"): the one base model the sentence
    names ("Llama-3-8B (FP16)"), else the one the paper states, else the base model unnamed ("base model (FP16)")."""
    bases = {m.canonical for m in _mentions_in(ctx, sentence.start, sentence.end, (MODEL,))
             if ctx.vocabulary.is_base_model(m.text)}
    base = bases.pop() if len(bases) == 1 else _paper_base(ctx)
    return f"{base or 'base model'} ({condition})"


def _paper_base(ctx: PaperContext) -> Optional[str]:
    """The one base model the paper's other sections state ("基座：FLUX.1-dev，LoRA 微调", "**基座模型**：
    Wan2.1-14B"), when they state exactly one and it is a known model; else None."""
    if "paper base" not in ctx.memo:
        names = {found.group("name") if not found.group("more") else "several"  # "基座：A 与 B": which one is not said
                 for name, section in ctx.paper.sections.items() if name != "results"
                 for found in ctx.words.base_stated.finditer(section)}
        ctx.memo["paper base"] = (names.pop() if len(names) == 1 and ctx.vocabulary.is_base_model(next(iter(names)))
                                  else None)
    return ctx.memo["paper base"]


def _says_anywhere(ctx: PaperContext, words: re.Pattern) -> bool:
    """Whether the section says any of these words at all: searched once per paper, so that the
    sentences of the many sections that never do cost nothing."""
    key = ("says", words.pattern)
    if key not in ctx.memo:
        ctx.memo[key] = words.search(ctx.view.text) is not None
    return ctx.memo[key]


def _variant(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The method without a part of it, when the value's clause says so ("没有 Schema 扰动训练的版本仅为
    37.1%" is "ToolForge (w/o Schema 扰动训练)") or an ablation opens its sentence ("去掉 X 后，… 下降 0.41": the
    change is the variant's, never the method's direction)."""
    if not (_says_anywhere(ctx, ctx.words.without) or _says_anywhere(ctx, ctx.words.ablated)):
        return None
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    found = (ctx.words.without.search(ctx.view.text, clause_start, position)
             or ctx.words.ablated.search(ctx.view.text, sentence.start, position))
    if found is None:
        return None
    what = ctx.view.source[slice(*ctx.view.source_span(*found.span("what")))].strip()
    return f"{ctx.method} (w/o {what})"


def _named_base(ctx: PaperContext, *spans: tuple[int, int]) -> Optional[str]:
    """The base the method is trained from, where the first of these spans naming one names it ("基座
    Qwen2.5-Coder-7B-Base，", "基座为 Llama-3.1-8B")."""
    if not _says_anywhere(ctx, ctx.words.base_named):
        return None
    for span in spans:
        for found in ctx.words.base_named.finditer(ctx.view.text, *span):
            named = _mentions_in(ctx, *found.span("span"), SYSTEM_ROLES + (NAME_ROLE,))
            if len(named) == 1 and named[0].role != METHOD:
                return named[0].canonical
    return None


def _line_pair(ctx: PaperContext, sentence: Sentence) -> Optional[str]:
    """The system before the change of an earlier before/after pair named in the line: "0.402 → 0.391
    （PatchTST → ChronoLens）；ETTm2：0.255 → 0.246", "FLUX.1-dev 41.2% → GlyphRL 73.5%；中文字符准确率
    28.6% → 69.4%": a later bare arrow in the line holds the same pair."""
    text = ctx.view.text
    pairs = list(ctx.words.pair_annotation.finditer(text, sentence.line_start, sentence.start))
    if pairs:
        named = _mentions_in(ctx, *pairs[-1].span("span"), SYSTEM_ROLES + (NAME_ROLE,))
        return named[0].canonical if len(named) == 2 else None
    arrows = list(_NAMED_ARROW.finditer(text, sentence.line_start, sentence.start))
    if arrows:
        named = _mentions_in(ctx, arrows[-1].start(), arrows[-1].end(), SYSTEM_ROLES + (NAME_ROLE,))
        if len(named) == 2 and named[0].end <= arrows[-1].start("arrow") <= named[1].start:
            return named[0].canonical
    return None


_NAMED_ARROW = re.compile(rf"[A-Za-z][^\s,;。{QUANTITY_MARK}]*\s*{QUANTITY_MARK}\s*(?P<arrow>→|->)\s*[A-Za-z][^\s,;。{QUANTITY_MARK}]*\s*{QUANTITY_MARK}")


def _metric_off_part(ctx: PaperContext, part: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A part label that ends with a metric's name ("test-zh CER") as (the part, the metric)."""
    if part and " " in part:
        head, last = part.rsplit(" ", 1)
        named = ctx.vocabulary.metric(last)
        if named:
            return head, named
    return part, None


def _own_setting(ctx: PaperContext, sentence: Sentence, position: int, claim_start: int) -> bool:
    """True when a value's clause names a setting before it, or before the claim's first value
    ("批大小从 64 增加到 128"), and no metric or benchmark ("在相近长度下 AIME 2024 只有 50.8%" is a result): a carried
    metric does not reach it."""
    if not _says_anywhere(ctx, ctx.words.own_setting_word):
        return False
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    if _mentions_in(ctx, clause_start, position, (BENCHMARK, METRIC)):
        return False
    text, setting = ctx.view.text, ctx.words.own_setting
    return any(setting.search(text, clause_start, at) for at in {position, max(claim_start, clause_start)})


def _follows_a_change(ctx: PaperContext, sentence: Sentence, position: int) -> bool:
    """True when the sentence changed a value by a share before this one, with no metric named in between."""
    found = ctx.words.change_before.search(ctx.view.text, sentence.start, position)
    if found is None:
        return False
    mark = ctx.view.text.find(QUANTITY_MARK, found.start(), position)  # the change's own amount
    return (ctx.view.quantities[ctx.view.mark_index[mark]].unit == "%"
            and not _mentions_in(ctx, mark, position, (METRIC,)))


def to_record(ctx: PaperContext, claim: Claim, sentence: Sentence) -> Union[Record, str]:
    """The record a claim stands for, or why the guard refuses it (a short phrase, for `explain`)."""
    if claim.refusal:
        return claim.refusal
    position = claim.quantity
    quantity = ctx.view.quantities[ctx.view.mark_index[position]]
    refused = not_a_result(ctx, quantity, position)
    if refused:
        return refused
    share_of = _possessor(ctx, sentence, position, relative=True) if quantity.unit != "x" else None
    if share_of is not None:
        return f"a share of {share_of.canonical}'s value ('为 {share_of.canonical} 的 N'), not a result of its own"
    kind = _kind(claim, quantity)
    if kind == "score" and ctx.words.kept.search(ctx.view.text, max(0, position - 8), position):
        return "a limit a loss or gap is kept to ('控制在 N'), never a score"
    if kind == "score" and ctx.words.at_least and ctx.words.at_least.search(ctx.view.text, max(0, position - 8), position):
        return "a floor ('超过 N'): the score is higher, never N"
    if (kind == "score" and claim.rule == "score.named-is" and quantity.unit == "%"
            and _follows_a_change(ctx, sentence, position)):
        return "a name's value right after a change by a share ('降低 41%，Bao 为 28%'): a change of its own or a score, not said"
    if kind == "score" and ctx.words.difference.search(ctx.view.text, max(0, position - 8), position):
        return "a difference between two values ('仅相差 N'), never a score"
    if kind == "score" and ctx.words.amount and ctx.words.amount.search(ctx.view.text, max(0, position - 12), position):
        return "the size of a change ('增幅达到 N', '降幅最大，达 N'), never a score"
    metric_name = metric(ctx, sentence, position, claim)
    if claim.requires_metric and not metric_name:
        return "no metric named, and the rule requires one"
    bench, label_part = (_label_as_part(ctx, sentence, position, claim.benchmark) if claim.rule != _TABLE_RULE
                         else (claim.benchmark, None))  # a table's header or row label: its place says what it is
    bench = bench or benchmark(ctx, sentence, position)
    if not bench:
        return ("no benchmark: none named in its sentence, line, headings or dataset bullet "
                "(or several, with nothing saying which)")
    whole = _listed_parts(ctx).get(name_key(bench)) if label_part is None and claim.subset is None else None
    if whole is not None:
        bench, label_part = whole  # "Vox1-H 上的 EER 相对降低 37%" after "VoxCeleb1：在 Vox1-O、Vox1-E、Vox1-H 三个测试列表上"
    elif label_part is None and claim.subset is None:
        label_part = _owned_part(ctx, sentence, position, bench) or listed_label(ctx, sentence, position, bench)
    if label_part is None and claim.subset is None and claim.rule != _TABLE_RULE:
        bench, label_part = _place_under_label(ctx, sentence, position, bench)
    if is_generic_benchmark(bench):
        return f"no benchmark: {bench!r} names a split, task or setting, never a benchmark alone"
    if kind != "score" and claim.benchmark is None and _compared_with(ctx, sentence, position, bench):
        return f"no benchmark: {bench!r} is the system its sentence compares with ('约为 {bench} 的'), not a benchmark"
    named_as, bench = bench, _family_names(ctx).get(bench, bench)
    several = _over_several(ctx, sentence, position, bench) and (  # a list's label names it as written: "Sports"
        claim.benchmark is None or _over_several(ctx, sentence, position, named_as))
    if several:
        return f"an average over several benchmarks ({several!r}), not a result on {bench!r} named earlier"
    listed = _listed_part(ctx, sentence, bench)
    if listed:
        return f"no benchmark: {bench!r} is a part ({listed.strip()!r} after it), and no benchmark it belongs to is named"
    if metric_name in (None, "score") and ctx.words.behaviour_word.search(ctx.view.text, sentence.start, position):
        return "a rate of behaviour, not of performance (the sentence's rate, carried to a value naming no metric)"
    if _own_setting(ctx, sentence, position, claim.match_span[0]):
        return "a setting's value or change (批大小, 学习率, 数据量 ...), not a result of the metric carried from earlier"
    system = _claimed_system(ctx, claim.model, claim, sentence, position, kind)  # after the cheaper refusals
    if system and kind == "score" and is_unnamed_system(system):
        system = _named_instead(ctx, claim, sentence, position) or system
    if not system:
        return _no_system(claim.model)
    span = claim.groups.get(claim.model.group) if isinstance(claim.model, GroupRef) else None
    best = span and ctx.words.superlative_after.search(ctx.view.text, span[0] + 1, span[1] + 4)
    view = best and not _mentions_in(ctx, span[0], best.start(), SYSTEM_ROLES) and ctx.words.by_part_view.search(
        ctx.view.text, max(ctx.view.text.rfind("\n", 0, span[0]) + 1, span[0] - 40), span[0])  # a known system stays one
    if view:  # "总体成功率 39.8%；分站点看，Reddit 最高（52.6%）": Reddit is a part; the value is the line's system's
        named = {_system_name(ctx, m, sentence) for m in _mentions_in(ctx, ctx.view.text.rfind("\n", 0, view.start()) + 1,
                                                                     view.start(), SYSTEM_ROLES)}
        if len(named) > 1 or not (named or ctx.method):
            return f"a part ({system!r} is the subject of a superlative after a by-part view); whose value it is, is not said"
        system, label_part = named.pop() if named else ctx.method, ctx.view.text[span[0]:best.start()].strip()
    condition = span and next((found.group() for found in ctx.words.unmodified.finditer(
        ctx.view.text, max(sentence.start, span[0] - 12), span[1]) if found.end() == span[1]), None)
    if system == ctx.method:
        system = _variant(ctx, sentence, position) or system
    elif condition or ctx.words.unmodified.fullmatch(system):  # "完整 KV Cache（48.9）": the name read is the condition's tail
        condition = condition or system
        system = _unmodified_base(ctx, sentence, ctx.words.unmodified_english.get(name_key(condition), condition))
    said = claim.subset or label_part
    said = with_outer(ctx, sentence, position, bench, said) if said else None
    part, named_metric = _metric_off_part(ctx, said or _subset(ctx, sentence, position, bench)
                                          or _target(ctx, sentence, position)
                                          or (_split_subject(ctx, sentence, position) if kind != "score" else None))
    if claim.benchmark is None and part is None:
        part = _hyphened_part(ctx, sentence, position, bench)
    if claim.benchmark is None:
        other = _unexplained_name(ctx, sentence, position, bench, system, part) or _clause_head_name(
            ctx, sentence, position, bench, system, part)
        if other is not None:
            return (f"no benchmark: {bench!r} is carried from earlier, but its sentence names {other.text!r} before "
                    "the value, neither the system credited nor a part (which one it is, is not said)")
    if part is None:  # "Peptides-func AP 0.6535 → 0.7021": LRGB's part, and its metric
        name = _name_before(ctx, sentence, position)
        named_part, named_by_name = _metric_off_part(ctx, name if name != system else None)
        if named_by_name and metric_name in (None, "score", named_by_name):
            part, named_metric = named_part, named_by_name
    if named_metric and metric_name in (None, "score"):
        metric_name = named_metric  # "test-zh CER / test-en WER 为 1.18% / 1.79%": CER, not a generic score
    part = _without_benchmark(ctx, part, bench, named_as) if part and " " in part else part
    statistic = ctx.words.subsets.statistic.search(part) if part else None
    if statistic:  # "人类归一化分数均值/中位数 1.62/0.71": the mean and the median score, not parts
        part, metric_name = None, _statistic_metric(ctx, ctx.words.subsets.statistics[statistic.group()], metric_name, bench)
    if part:
        ctx.memo.setdefault("parts at", {})[position] = part
    ctx.memo.setdefault("places at", {})[position] = (bench, part)
    if metric_name is None and kind == "score" and claim.rule != _TABLE_RULE:  # a table's cell is its column's
        metric_name = _metric_before(ctx, sentence, position)
    elif kind != "score" and _own_quantity(ctx, sentence, position):
        metric_name = None  # "准确率 93.0%，token 用量减少 58%": not a change of accuracy
    elif metric_name is None or metric_name == "score" and (kind != "score" or not _mentions_in(
            ctx, sentence.clause_bounds(position, position + 1)[0], position, (METRIC,))):
        # "…评分（Style-MOS）为 4.03，比 X 高 0.41": the change's metric is the score's, not 评分; a score whose own
        # clause writes 得分 stays a score ("准确率为 71.2%，得分 65.0"), one that names none takes the line's ("平均94.2%")
        inherited = _changed_metric(ctx, sentence, position, bench) or _scored_before(ctx, sentence, position, bench)[1]
        if not (part and inherited == "total score"):  # "| FooBench Overall | FooBench Counting |": a part has no total
            metric_name = inherited or metric_name
    if part is None and kind == "score" and claim.rule != _TABLE_RULE:
        part = _compared_part(ctx, sentence, position, bench, system, metric_name)
        if part:
            ctx.memo.setdefault("parts at", {})[position] = part
            ctx.memo["places at"][position] = (bench, part)
    referred = _referred_score(ctx, sentence, position, bench) if kind != "score" else None
    if referred is not None:  # "…、Peptides-struct MAE 0.2419，前者比 GraphGPS 高出约七个点": the former's part and metric
        part, metric_name = ctx.memo["places at"][referred][1], ctx.memo["metrics at"][referred][1]
    if kind != "score" and part is None:
        part = _scored_before(ctx, sentence, position, bench)[0]
    if (part and metric_name == "total score" and claim.rule != _TABLE_RULE  # a table's is its column's ("Total↑")
            and not all(name_key(level) in ctx.words.subsets.setting_levels for level in part.split(", "))):
        metric_name = "score"  # "总分达到 7.468，在 Multi-Object 类别上从 5.383 提升至 7.797": a part has no total
    if metric_name and "/" in metric_name and claim.rule != _TABLE_RULE:
        metric_name = _one_of_pair(ctx, sentence, position, metric_name, quantity.unit)
    if kind == "ratio" and ctx.words.faster_factor.search(ctx.view.text, max(sentence.start, position - 8), position) and (
            metric_name in (None, "score") or not _mentions_in(ctx, sentence.clause_bounds(position, position + 1)[0],
                                                             position, (METRIC,))):
        metric_name = "speed"  # "准确率 48.5%，比 SEAL 快 40 倍": a factor of speed unless its clause names what is faster
    if kind == "score":  # read by later values of the line that name no metric (_metric_before)
        ctx.memo.setdefault("metrics at", {})[position] = (quantity.unit, metric_name or "score", bench)
        if metric_name is None and not _names_its_measure(ctx, sentence, position):
            ctx.memo.setdefault("unnamed metric at", set()).add(position)  # see benchmark_metrics
    value, high = quantity.value, quantity.value_high
    direction = None
    ref = None
    if kind != "score":
        value, high = abs(value), (abs(high) if high is not None else None)
        direction = _direction(ctx, claim, quantity, position, sentence)
        if claim.reference == "context":
            ref = reference(ctx, sentence, position)
        elif isinstance(claim.reference, GroupRef):
            ref = _claimed_system(ctx, claim.reference, claim, sentence, position, kind)
        if ref == system:
            ref = None
    start, end = sentence.clause_bounds(*claim.match_span)
    evidence_start, evidence_end = ctx.view.evidence_span(start, end)
    written_start, written_end = ctx.view.written_span(quantity.start, quantity.end)
    number_start, number_end = written_start - evidence_start, written_end - evidence_start
    inside = 0 <= number_start and written_end <= evidence_end
    try:
        return Record(
            paper_id=ctx.paper.paper_id,
            paper_title=ctx.paper.title,
            paper_url=ctx.paper.url,
            report_date=ctx.report_date,
            kind=kind,
            benchmark=bench,
            subset=ctx.vocabulary.glossary.spelled(ctx.vocabulary.glossary.subset(part)),
            model=system,
            metric=ctx.vocabulary.metric_spelling(metric_name) if metric_name else "score",
            value=value,
            value_high=high,
            unit=claim.unit or quantity.unit,
            direction=direction,
            reference=ref,
            evidence=ctx.view.written[evidence_start:evidence_end],
            rule=claim.rule,
            value_start=number_start if inside else None,
            value_end=number_end if inside else None,
            better=claim.better if kind == "score" else None,
        )
    except ValidationError as exc:  # non-finite, beyond MAX_ABS_VALUE, an over-long name
        problem = exc.errors()[0]
        return f"a value the record contract refuses ({'.'.join(map(str, problem['loc']))}: {problem['msg']})"


def _without_benchmark(ctx: PaperContext, part: str, bench: str, named_as: str) -> str:
    """A part with its benchmark's name written before it, as a list's first item has it ("LibriSpeech
    test-clean / test-other 的 WER", "Sintel train clean/final"), is the part alone: the benchmark is the
    record's own field. A name joined to its part by a hyphen ("LIBERO-Spatial") is how the field writes it."""
    at = part.find(" ")
    while at != -1:
        head = part[:at]
        if name_key(head) in (name_key(bench), name_key(named_as)) or ctx.vocabulary.benchmark_by_key.get(name_key(head)) == bench:
            return part[at + 1:].strip() or part
        at = part.find(" ", at + 1)
    return part


def _names_its_measure(ctx: PaperContext, sentence: Sentence, position: int) -> bool:
    """True when a name of no known role stands right before the value in its clause, as a metric the
    vocabulary does not know would ("NDS 达到 72.4", "EMOS 为 4.12"): the text says what was measured."""
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    before = _mentions_in(ctx, clause_start, position, (NAME_ROLE,))
    return bool(before) and (_BEFORE_VALUE.match(ctx.view.text[before[-1].end:position]) is not None
                             or ctx.vocabulary.reaches_value.match(ctx.view.text, before[-1].end) is not None)


def benchmark_metrics(ctx: PaperContext, records: list[Optional[Record]], positions: list[int]) -> list[Optional[Record]]:
    """Scores whose text names no metric take the one metric the paper names for the other scores on
    their benchmark in the same unit: "MathVista：准确率为 74.6%" above "在 MathVista 上达到 79.1%" is an
    accuracy too, as is "Easy/Hard 分别为 71.5/23.4" after "准确率 47.3%" (a number without a unit may be a
    percentage written bare). Not when those scores name several metrics or only a total ("总分 84.1" says nothing
    of a part's number), in another unit or, without a unit, of another magnitude ("成功率 61.5%" or "输出长度
    4,210" say nothing of "3.06" or "93.4"), nor from later in the value's own line ("SWE-bench Lite 48.7%；
    定位准确率 91.3%" names another measure after it). The rule's name says the metric was carried
    (`+paper-metric`). `positions` are the records' values."""
    unnamed = ctx.memo.get("unnamed metric at")
    if not unnamed:
        return records
    text = ctx.view.text
    named: dict[tuple, list[tuple[int, str, float]]] = {}
    for record, position in zip(records, positions):
        if record is not None and record.kind == "score" and position not in unnamed:
            named.setdefault((record.benchmark, record.unit), []).append((position, record.metric, record.value))
    carried = []
    for record, position in zip(records, positions):
        if record is not None and position in unnamed:
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            units = (None, "%") if record.unit is None and record.value <= 100 else (record.unit,)
            scores = [(metric, value) for unit in units for at, metric, value in named.get((record.benchmark, unit), ())
                      if not position < at < line_end]
            metrics = {metric for metric, _ in scores}
            fits = record.unit is not None or all(
                0 < value <= 10 * record.value and record.value <= 10 * value for _, value in scores)
            if len(metrics) == 1 and fits and not metrics & {"score", "total score"}:
                record = record.model_copy(update={"metric": metrics.pop(), "rule": f"{record.rule}+paper-metric"})
        carried.append(record)
    return carried


_NAME_END_BEFORE = re.compile(rf"[A-Za-z0-9)\]][ \t]*(?:为|是|:|=)?[ \t]*(?:{QUANTITY_MARK}[ \t]*(?:→|->)[ \t]*)?$")
_BEFORE_VALUE = re.compile(rf"[ \t]*(?:为|是|:|=)?[ \t]*(?:{QUANTITY_MARK}[ \t]*(?:→|->)[ \t]*)?$")


def _name_before(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The name of no known role written right before a value in its clause (or before the arrow the
    value ends), or None."""
    text = ctx.view.text
    if not _NAME_END_BEFORE.search(text, max(0, position - 12), position):
        return None  # no letter or digit ends a word right before the value: no name there
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    names = _mentions_in(ctx, clause_start, position, (NAME_ROLE,))
    if names and _BEFORE_VALUE.match(text[names[-1].end:position]):
        return names[-1].text
    return None


def _label_as_part(ctx: PaperContext, sentence: Sentence, position: int,
                   label: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """(benchmark, part) for a rule's benchmark label: a name of no known role in the line that the
    benchmark of its line or headings has above it is a part of that benchmark ("**Sintel**：clean / final
    上的 EPE 分别为 …；RAFT 为 1.61 / 2.86", "fr1/desk、fr2/xyz 上的 ATE 分别为"), not a benchmark of its own."""
    if not label or not any(m.canonical == label for m in _mentions_in(ctx, sentence.line_start, position, (NAME_ROLE,))):
        return label, None
    if _mentions_in(ctx, sentence.start, position, (BENCHMARK,)):
        return label, None  # "AISHELL-1 上 …，WenetSpeech 的 … 分别为": the sentence names benchmarks itself
    above = benchmark(ctx, sentence, position)
    if not above or name_key(above) == name_key(label):
        return label, None
    labelled = any(name_key(m.canonical) == name_key(above)
                   for start, end in sentence.context for m in _mentions_in(ctx, start, end, (BENCHMARK, NAME_ROLE)))
    if not labelled and not all(word.islower() for word in label.split("/")):
        return label, None  # "ETTh1 上 …。Weather、Electricity 上的 … 分别为": named after another, a benchmark of its own
    return above, label


def _place_under_label(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> tuple[str, Optional[str]]:
    """(benchmark, part) for a place no vocabulary knows, named with 在 … 上 in a bullet whose own label names
    one other benchmark, opening the label's body: a variable, map or setting of the label's benchmark ("**FooWeather（2020 年测试）**：
    在 Z500 上，… RMSE 为 289": FooWeather, part Z500), never a benchmark of its own."""
    if name_key(bench) in ctx.vocabulary.benchmark_by_key:
        return bench, None
    text = ctx.view.text
    named = _mentions_in(ctx, sentence.start, position, (BENCHMARK,))
    if (len(named) == 2 and named[1].canonical == bench and named[0].canonical != bench
            and _PLACED_IN.fullmatch(text, sentence.start, named[0].start) and _TESTED_IN.match(text, named[0].end)
            and text[named[1].start - 2:named[1].start].rstrip().endswith(("在", "于"))
            and not ctx.vocabulary.benchmark_after.match(text, named[1].end)):
        return named[0].canonical, named[1].text  # "在 FooTerrain 的真实测试中，X 在 G1 上": a robot or setting of it
    if not sentence.context:
        return bench, None
    start, end = sentence.context[0]
    if start < sentence.line_start or end > sentence.start:
        return bench, None  # not the value's own bullet label
    owner = _single_benchmark(ctx, start, end)
    places = [m for m in _mentions_in(ctx, sentence.start, position, (BENCHMARK,)) if m.canonical == bench]
    if (not owner or name_key(owner) == name_key(bench) or not places  # the place opens the label's body
            or not _PLACED_IN.fullmatch(ctx.view.text, end, places[-1].start)
            or ctx.vocabulary.benchmark_after.match(ctx.view.text, places[-1].end)  # "在 FooSet1 测试集上": a benchmark
            or not _NAMED_AS_BENCHMARK.search(owner)  # "**Occupancy**：": a task's word, not a benchmark owning parts
            or not _OWNER_ONLY.fullmatch(ctx.view.text, _mentions_in(ctx, start, end, (BENCHMARK,))[0].end, end)):
        return bench, None  # "**FooSet 跨数据集泛化**：在 BarSet 上": the label says the place is another benchmark
    return owner, places[-1].text


_PLACED_IN = re.compile(r"[\s*:：]*[在于][ \t]*")  # "**FooWeather**：在 " before the place
_TESTED_IN = re.compile(r"[ \t]*的[^,;。\n]{0,12}?(?:中|下)[ \t]*,")  # "的真实测试中，": a setting of it
_OWNER_ONLY = re.compile(r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t*]*")  # the label is the name, a gloss at most
_NAMED_AS_BENCHMARK = re.compile(r"\d|[a-z][A-Z]|^[A-Z]{2,}")  # "WeatherBench 2", "SMACv2", "MMLU": not a plain word


_FAMILY_LIST = re.compile(r"\s*(?:数据集|子集|基准)?\s*\(\s*$")  # "Amazon 数据集（Beauty、…）"
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_FAMILY_OPENS = re.compile(r"\s*(?:数据集|子集|基准)?\s*\(")


def _family_names(ctx: PaperContext) -> dict[str, str]:
    """Names the section gives in full once and then shortens: members of a list whose first member, or
    whose parenthesis, carries the family's name ("Amazon Beauty、Sports、Toys 三个数据集", "**Amazon Sports
    与 Toys**", "三个 Amazon 数据集（Beauty、Sports、Toys）") map to their full names ("Toys": "Amazon Toys"),
    so that "Toys 上为 …" lands on the board the other papers name in full."""
    if "family names" in ctx.memo:
        return ctx.memo["family names"]
    text, coordinator = ctx.view.text, ctx.vocabulary.coordinator
    names = [m for m in ctx.mentions if m.role in (BENCHMARK, NAME_ROLE)]
    found: dict[str, str] = {}
    for i, first in enumerate(names):
        family, _, member = first.canonical.rpartition(" ")
        family_at = first.end if not family else None
        if family_at is not None:  # "Amazon 数据集（": the family, then its members in parentheses
            if not _FAMILY_OPENS.match(text, first.end):
                continue
            family = first.canonical
        elif (not _PLAIN_WORD.fullmatch(member) or " " in family
              or i and coordinator.match(text[names[i - 1].end:first.start])):
            continue  # the family's name opens the list: not "ToxicChat / OpenAI Moderation / WildGuardTest"
        listed, previous = [] if family_at is not None else [member], first
        for other in names[i + 1:i + 8]:
            gap = text[previous.end:other.start]
            if not (coordinator.match(gap) or (not listed and family_at is not None and _FAMILY_LIST.match(gap))):
                break
            if not _PLAIN_WORD.fullmatch(other.text):
                break  # members are plain words ("Sports"), not names of their own ("Tau-Bench", "ACEBench-Agent")
            listed.append(other.text)
            previous = other
        if len(listed) >= 2:
            for name in listed:
                found.setdefault(name, f"{family} {name}")
    ctx.memo["family names"] = found
    return found


def _over_several(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """The words that make a value an average over several benchmarks ("在 7 个数据集上", "所有基准上"), when its
    benchmark is neither named before them in their clause, nor after them, nor by a label above; else None."""
    text, key = ctx.view.text, name_key(bench)
    said = ctx.memo.setdefault("several benchmarks in sentence", {})
    where = (sentence.start, sentence.end)
    if where not in said:  # the words have no look-around: none in the sentence, none before a value
        said[where] = ctx.words.several_benchmarks.search(text, sentence.start, sentence.end) is not None
    if not said[where]:
        return None
    found = None
    for found in ctx.words.several_benchmarks.finditer(text, sentence.start, position):
        pass
    if found is None or _mentions_in(ctx, found.end(), position, (BENCHMARK,)):
        return None
    named = lambda start, end: any(name_key(m.canonical) == key for m in _mentions_in(ctx, start, end, (BENCHMARK, NAME_ROLE)))
    clause_start = sentence.clause_bounds(found.start(), found.start() + 1)[0]
    if named(clause_start, found.start()) or any(named(start, end) for start, end in sentence.context):
        return None  # "MTEB 的 56 个数据集上平均", "**FooBench**：在 5 个数据集上平均": that benchmark's own average
    return found.group()


def _listed_parts(ctx: PaperContext) -> dict[str, tuple[str, str]]:
    """Names the paper lists, with a count and a part noun, as parts of the benchmark above them ("**FooCeleb1**：
    在 Foo1-O、Foo1-E、Foo1-H 三个测试列表上"), by key: (that benchmark, the part as written), so that a later
    sentence naming one of them alone ("Foo1-H 上的 EER 相对降低 37%") lands on the part, not on a board of its own.
    Read once per paper; a paper with no part noun costs one search."""
    found = ctx.memo.get("listed parts")
    if found is not None:
        return found
    found = ctx.memo["listed parts"] = {}
    text, words = ctx.view.text, ctx.words
    if not words.last_listed_part.search(text):
        return found
    for sentence in ctx.sentences:
        for mention in _mentions_in(ctx, sentence.start, sentence.end, (BENCHMARK, NAME_ROLE)):
            listed = words.listed_part.match(text, mention.end)
            if (listed is None or not listed.group().lstrip()[:1] in "/、和与,"
                    or words.list_before.search(text, max(sentence.start, mention.start - 4), mention.start)):
                continue  # not the first of a counted list of parts
            members = [mention, *_mentions_in(ctx, mention.end, listed.end(), (BENCHMARK, NAME_ROLE))]
            whole = benchmark(ctx, sentence, mention.start)
            keys = {name_key(m.canonical) for m in members}
            if whole and name_key(whole) not in keys:
                for member in members:
                    found.setdefault(name_key(member.canonical), (whole, member.text))
    return found


def _listed_part(ctx: PaperContext, sentence: Sentence, bench: str) -> Optional[str]:
    """What says that the benchmark a record names is a part of one, in its line up to its sentence's end
    ("Spatial / Object / Goal / Long 四个套件上", "Long 套件上"), or None."""
    key = name_key(bench)
    for mention in _mentions_in(ctx, sentence.line_start, sentence.end, (BENCHMARK, NAME_ROLE)):
        if name_key(mention.canonical) == key:
            text, words = ctx.view.text, ctx.words
            found = words.listed_part.match(text, mention.end)
            if found is None and words.list_before.search(text, max(0, mention.start - 4), mention.start):
                found = words.last_listed_part.match(text, mention.end)  # "… / Goal / Long 四个套件"
            if found:
                return found.group()
    return None


_HYPHENED_PART = re.compile(r"-(?P<part>[A-Z][A-Za-z]{1,11}|[A-Z][A-Z0-9]{0,2})")


def _hyphened_part(ctx: PaperContext, sentence: Sentence, position: int, bench: str) -> Optional[str]:
    """The part a name written as the carried benchmark's name, a hyphen and a capitalised word or a short code
    stands for, in the value's clause before it ("**FooSafe**：FooSafe-Bio 准确率从 … 降至 …" is FooSafe's part Bio; a
    subset does not repeat its benchmark's name)."""
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    for mention in _mentions_in(ctx, clause_start, position, (NAME_ROLE, BENCHMARK)):
        head = mention.text[:len(bench)]
        if name_key(head) == name_key(bench) and (tail := _HYPHENED_PART.fullmatch(mention.text, len(bench))):
            return tail.group("part")
    return None


def _unexplained_name(ctx: PaperContext, sentence: Sentence, position: int, bench: str, system: str,
                      part: Optional[str]) -> Optional[Mention]:
    """A name of no known role standing where a benchmark stands before the value in its sentence, when
    the benchmark is carried from earlier (the sentence does not name it) and the record neither credits
    the value to that name nor places it on a part: "CASF-2016的打分能力Pearson R达0.86" or "EuRoC全部11条序列
    平均ATE为0.019m" after a sentence on another benchmark. Such a name is most often a benchmark the
    vocabulary does not know yet (else a system the record fails to credit): either way the record would
    be wrong. Where a benchmark stands: before 上/中 ("ogbn-arxiv上"), or owning the value's metric with no
    verb between ("X 的打分能力 Pearson R", "X 全部序列平均 ATE")."""
    key = name_key(bench)
    text, vocab = ctx.view.text, ctx.vocabulary
    named = lambda start, end: any(name_key(m.canonical) == key for m in _mentions_in(ctx, start, end, (BENCHMARK, NAME_ROLE)))
    if named(sentence.start, sentence.end) or any(named(start, end) for start, end in sentence.context):
        return None  # named in its sentence, or by a label above: "**LRGB**：Peptides-func 的 AP" is LRGB's part
    names = _mentions_in(ctx, sentence.start, position, (NAME_ROLE,))
    if part and any(word in part or word == f"{bench}-{part}" for m in names for word in m.text.split("/")):
        return None  # "Clean / Final 的 EPE 分别为" under its benchmark's label: the names are its parts
    for mention in names:
        name = mention.text
        if (mention.canonical in system or all(word.isalpha() and word.islower() for word in name.split("/"))
                or vocab.split_word.fullmatch(name)
                or _in_parentheses(text, sentence.start, mention.start) or _is_compared(ctx, mention, sentence.start)
                or _credited_after(ctx, sentence, mention, position, system)
                or _ACTED_ON.search(text, max(sentence.start, mention.start - 3), mention.start)):
            continue
        if _PLACE_AFTER.match(text, mention.end, position):
            return mention
        measured = _mentions_in(ctx, mention.end, position, (METRIC, NAME_ROLE))  # "Pearson R": a metric not known yet
        if measured and _OWNED_METRIC_GAP.fullmatch(text, mention.end, measured[0].start):
            return mention
    return None


_HEAD_OPENER = re.compile(rf"[\s*]*(?:[^,;:。\n{QUANTITY_MARK}]{{0,12}}:)?[\s*]*(?:而|但|同时|此外|另外)?[\s*]*")  # "更明显：X 从"
_HEAD_CHANGE = re.compile(r"(?:从|由|提升|提高|增加|增长|上升|降低|下降|降至|降到|减少)")
_HEAD_PART = re.compile(r"\s*(?:\([^()\n]{0,20}\)\s*)?[\u4e00-\u9fff]{0,2}(?:任务|子集|子任务|子项|类|领域|场景|设置|划分|套件|部分|模式|站点|难度|下)")


def _clause_head_name(ctx: PaperContext, sentence: Sentence, position: int, bench: str, system: str,
                      part: Optional[str]) -> Optional[Mention]:
    """A name of no known role opening the value's own clause and changing there, where the benchmark was
    named in an earlier clause of the same line ("ChartQA 提升 +2.3，CharXiv 推理题提升 4.6 个百分点", "…在 AIME
    上的 avg@32 为 73.5%。HMMT Feb 2025从30.4%提升到38.9%"): the clause is about that name, most often a
    benchmark the vocabulary does not know, so the carried one would be wrong. Not a name the record
    credits or owning a metric with 的 (a system's, most often), a part ("WidowX 四项任务", "Long 子集"), a split
    or a metric; a label above (a heading) may name
    the benchmark of its parts ("**LRGB**：Peptides-func 从 …")."""
    text = ctx.view.text
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    found = _mentions_in(ctx, clause_start, position, (BENCHMARK, NAME_ROLE, METRIC) + SYSTEM_ROLES)
    if not found or found[0].role != NAME_ROLE or found[0].start != _HEAD_OPENER.match(text, clause_start).end():
        return None
    mention, key = found[0], name_key(bench)
    if (any(name_key(m.canonical) == key for m in found) or any(m.role != METRIC for m in found[1:])
            or not any(name_key(m.canonical) == key for m in _mentions_in(ctx, sentence.line_start, clause_start, (BENCHMARK,)))
            or not _HEAD_CHANGE.search(text, mention.end, position) or _HEAD_PART.match(text, mention.end)
            or _OF.match(text, mention.end)  # "NAEE 的准确率下降 3-5%": a system's metric, most often
            or mention.canonical in system or (part and mention.text in (part, f"{bench}-{part}")) or mention.text.islower()
            or _a_measure(ctx, mention)):
        return None
    return mention


def _credited_after(ctx: PaperContext, sentence: Sentence, mention: Mention, position: int, system: str) -> bool:
    """True when the system credited opens a later clause before the value: in "X 的 MASE 为 0.808，Y 为
    0.875" the 0.875 is Y's, whatever X is."""
    for later in _mentions_in(ctx, mention.end, position, SYSTEM_ROLES + (NAME_ROLE,)):
        clause_start = sentence.clause_bounds(later.start, later.start + 1)[0]
        if (later.canonical in system and clause_start > mention.start
                and _CLAUSE_OPENER.fullmatch(ctx.view.text, clause_start, later.start)):
            return True
    return False


_ACTED_ON = re.compile(r"(?:将|把|使|让)\s*$")  # "将 Qwen-max 的攻击成功率限制在 20.0": the system the method acts on
# before 上/中, perhaps after a gloss or a kind of test set ("PDBbind时间划分测试集(…)上")
_PLACE_AFTER = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}(?:测试集|数据集|子集))?\s*(?:\([^()\n]{0,40}\)\s*)?(?:上|中)")
_OWNED_METRIC_GAP = re.compile(r"[^,;。\n()为是达比在和与、]{0,16}")


def _no_system(how: SystemRef) -> str:
    """Why no system was found, as `explain` says it."""
    if isinstance(how, GroupRef):
        return f"no system: the {how.group!r} part of the match names none"
    return "no system: the sentence names none and the paper's method is unknown"
