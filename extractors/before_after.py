"""Before and after: two values of one quantity, the first for the system the change starts from.

The plain forms are pattern rules (`data/rules.yaml`: `从 A 提升至 B`, `A → B`); these need a little
code: arrows whose systems are named (`FLUX.1-dev 41.2% → GlyphRL 73.5%`, `PSNR 25.03 → 26.41
（NoPoSplat → SparseSplat-X）`, the pair then holding for the sentence's later arrows), chains of
arrows (`310M → 600M → 1.1B`: a trend over settings, no before and after, refused, unless each
value follows its own system's name: `GraphGPS 0.070 → GRIT 0.059 → HyperGT 0.054`), a change
anchored on its benchmark (`HumanEval+ 从 75.0 到 84.1`), and a gap in points to a system compared
against (`与 X 相比只差 0.6 个点`).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from typing import Optional

from .claims import Claim, GroupRef, NamedRef, function_rule
from .document import BENCHMARK, METHOD, MODEL, NAME_ROLE, QUANTITY_MARK, Mention, PaperContext, offsets_of

Q = QUANTITY_MARK
_ARROW = r"\s*(?:->|→|=>|⟶|➝|⇒)\s*"
_ARROWS = re.compile(rf"{Q}(?:{_ARROW}(?:[^,;:。()\n{Q}→]{{1,30}}?\s*)?{Q})+")  # "41.2% → GlyphRL 73.5%"
_YEAR = re.compile(r"(?:19[89]|20[0-4])\d")
_NAME = r"[^\s,;:。()、\n" + Q + r"→][^,;:。()\n" + Q + r"→]{0,30}?"
_SYSTEM_PAIR = re.compile(rf"\s*\(\s*(?P<first>{_NAME})\s*(?:->|→|=>|⟶|➝|⇒)\s*(?P<second>{_NAME})\s*\)")
_SYSTEMS = (METHOD, MODEL, NAME_ROLE)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _system(paper: PaperContext, start: int, end: int) -> Optional[Mention]:
    """The system mention that is all of [start, end) but spaces."""
    text = paper.view.text
    first = bisect_left(paper.mention_starts, start)
    for mention in paper.mentions[first:bisect_left(paper.mention_starts, end, first)]:
        if mention.role in _SYSTEMS and not text[start:mention.start].strip() and not text[mention.end:end].strip():
            return mention
    return None


def _named_before(paper: PaperContext, mark: int, floor: int) -> Optional[Mention]:
    """A system named right before a value: `FLUX.1-dev 41.2%`."""
    text = paper.view.text
    before = [m for m in paper.mentions[bisect_left(paper.mention_starts, max(floor, mark - 40)):
                                        bisect_left(paper.mention_starts, mark)] if m.end <= mark]
    if before and before[-1].role in _SYSTEMS and not text[before[-1].end:mark].strip():
        return before[-1]
    return None


def _named_chain(paper: PaperContext, marks: list[int], floor: int) -> Optional[list[Mention]]:
    """The systems of a chain of arrows when each value follows its own system's name, no two alike."""
    named = []
    for mark in marks:
        name = _named_before(paper, mark, floor)
        if name is None:
            return None
        named.append(name)
        floor = mark + 1
    return named if len({name.canonical for name in named}) == len(named) else None


def _pair(rule: str, before: int, after: int, span: tuple[int, int], first: Optional[tuple[int, int]],
          second: Optional[tuple[int, int]]) -> list[Claim]:
    groups = {name: s for name, s in (("first", first), ("second", second)) if s}
    return [
        Claim(rule=rule, quantity=before, kind="score", model=GroupRef(group="first") if first else "reference",
              reference=None, direction=None, metric_span=None, match_span=span, groups=groups),
        Claim(rule=rule, quantity=after, kind="score", model=GroupRef(group="second", name_required=True) if second
              else "subject", reference=None, direction=None, metric_span=None, match_span=span, groups=groups),
    ]


@function_rule(
    "score.arrow-named",
    priority=29,
    examples=[
        {"text": "在 GlyphEval 上，句子准确率 FLUX.1-dev 41.2% → GlyphRL 73.5%。",
         "records": [
             {"kind": "score", "value": 41.2, "benchmark": "GlyphEval", "model": "FLUX.1-dev", "metric": "sentence accuracy"},
             {"kind": "score", "value": 73.5, "benchmark": "GlyphEval", "model": "GlyphRL", "metric": "sentence accuracy"}]},
        {"text": "*   **RealEstate10K**：PSNR 25.03 → 26.41（NoPoSplat → SparseSplat-X），SSIM 0.838 → 0.869。",
         "records": [
             {"kind": "score", "value": 25.03, "benchmark": "RealEstate10K", "model": "NoPoSplat", "metric": "psnr"},
             {"kind": "score", "value": 26.41, "benchmark": "RealEstate10K", "model": "SparseSplat-X", "metric": "psnr"},
             {"kind": "score", "value": 0.838, "benchmark": "RealEstate10K", "model": "NoPoSplat", "metric": "ssim"},
             {"kind": "score", "value": 0.869, "benchmark": "RealEstate10K", "model": "SparseSplat-X", "metric": "ssim"}]},
        # the system a change starts from, named in parentheses after the values ("vs. X", "对比 X"); years are no values
        {"text": "*   **FooArm**：抓取成功率 0.912 → 0.954（vs. BazPolicy），2023 → 2024 年。\n- BarMol ROC-AUC：78.80 → 80.12（对比 QuxGNN）。",
         "records": [
             {"kind": "score", "value": 0.912, "benchmark": "FooArm", "model": "BazPolicy", "metric": "success rate"},
             {"kind": "score", "value": 0.954, "benchmark": "FooArm", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 78.80, "benchmark": "BarMol", "model": "QuxGNN", "metric": "auc"},
             {"kind": "score", "value": 80.12, "benchmark": "BarMol", "model": "Method", "metric": "auc"}]},
        # a chain is a trend over settings or sizes, not a before and after; a chain of named systems
        # ranks them, each value its name's
        {"text": "在 ImageNet 上，参数量 310M → 600M → 1.1B 时，FID 3.41 → 2.25 → 1.78。", "records": []},
        {"text": "在 ZINC 上，MAE：GraphGPS 0.070 → GRIT 0.059 → HyperGT 0.054。",
         "records": [
             {"kind": "score", "value": 0.070, "benchmark": "ZINC", "model": "GraphGPS", "metric": "mae"},
             {"kind": "score", "value": 0.059, "benchmark": "ZINC", "model": "GRIT", "metric": "mae"},
             {"kind": "score", "value": 0.054, "benchmark": "ZINC", "model": "HyperGT", "metric": "mae"}]},
        {"text": "在 ZINC 上，Method-S 7B → Method-M 13B → Method-L 70B，Foo 2023 → Foo 2024 → Foo 2025。", "records": []},
        # sizes and dates on either side of an arrow are no scores
        {"text": "在 GSM8K 上，模型从 7B → 70B，数据从 2023 → 2024。", "records": []},
    ],
)
def arrows(paper: PaperContext, start: int, end: int):
    """Arrows whose systems are named, or chained; the pair of systems in parentheses after an arrow
    holds for the later arrows of its sentence (see the module)."""
    text = paper.view.text
    if "→" not in text[start:end] and "->" not in text[start:end] and "=>" not in text[start:end]:
        return []
    found = []
    carried: Optional[tuple[tuple[int, int], Optional[tuple[int, int]]]] = None
    for m in _ARROWS.finditer(text, start, end):
        marks = offsets_of(Q, text, m.start(), m.end())
        named = _named_chain(paper, marks, start) if len(marks) > 2 else None
        if named:  # "MAE：GraphGPS 0.070 → GRIT 0.059 → HyperGT 0.054": each value is its name's
            span = (named[0].start, m.end())
            found.append((*span, [
                Claim(rule="score.arrow-named", quantity=mark, kind="score",
                      model=GroupRef(group=f"s{i}", name_required=True), reference=None, direction=None,
                      metric_span=None, match_span=span, groups={f"s{i}": (name.start, name.end)})
                for i, (mark, name) in enumerate(zip(marks, named))]))
            continue
        if len(marks) > 2:
            found.append((m.start(), m.end(), [
                Claim(rule="score.arrow-named", quantity=mark, kind="score", model="subject", reference=None,
                      direction=None, metric_span=None, match_span=m.span(),
                      refusal="one of a chain of values (A → B → C): a trend, not a before and after")
                for mark in marks]))
            continue
        before, after = marks
        if all(paper.quantity_at(mark).unit is None and _YEAR.fullmatch(paper.view.source[
                paper.quantity_at(mark).start:paper.quantity_at(mark).end]) for mark in marks):
            found.append((m.start(), m.end(), [
                Claim(rule="score.arrow-named", quantity=mark, kind="score", model="subject", reference=None,
                      direction=None, metric_span=None, match_span=m.span(), refusal="years (2023 → 2024), not values")
                for mark in marks]))
            continue
        pair = _SYSTEM_PAIR.match(text, m.end(), end)
        if pair:
            first, second = _system(paper, *pair.span("first")), _system(paper, *pair.span("second"))
            if first and second:
                carried = ((first.start, first.end), (second.start, second.end))
                found.append((m.start(), pair.end(), _pair("score.arrow-named", before, after,
                                                            (m.start(), pair.end()), *carried)))
                continue
        versus = paper.words.versus_pair.match(text, m.end(), _line_end(text, end)) if paper.words.versus_pair else None
        first = _system(paper, *versus.span("first")) if versus else None
        if first is not None and first.role != METHOD:  # "41.2 → 36.8 mm（vs. TRAM）": the system the change starts from,
            # the method's value after the arrow; for this sentence's later arrows too ("vs." may end the sentence)
            carried = ((first.start, first.end), None)
            span = (m.start(), min(versus.end(), end))
            found.append((*span, _pair("score.arrow-named", before, after, span, *carried)))
            continue
        first_name = _named_before(paper, before, start)
        second_name = _named_before(paper, after, m.start())
        if first_name and second_name and first_name.end <= before:
            span = (first_name.start, m.end())
            found.append((*span, _pair("score.arrow-named", before, after, span, (first_name.start, first_name.end),
                                       (second_name.start, second_name.end))))
        elif carried:
            found.append((m.start(), m.end(), _pair("score.arrow-named", before, after, m.span(), *carried)))
    return found


_FROM_TO = re.compile(rf"(?P<part>\s*\((?P<gloss>[^()\n]{{1,20}})\)|[ \t]+(?P<split>[A-Za-z][\w\-]*))?\s*(?:上)?\s*(?:从|由)\s*(?P<before>{Q})\s*(?:[^,;。{Q}]{{0,6}}?)(?:到|至|提升至|提升到|提高到|降至|降到|升至)\s*(?P<after>{Q})")


@function_rule(
    "score.benchmark-from-to",
    priority=31,
    examples=[
        {"text": "相比基座模型，HumanEval+ 从 75.0 到 84.1，MATH 从 61.4 提升到 69.8。",
         "records": [
             {"kind": "score", "value": 75.0, "benchmark": "HumanEval+", "model": "baseline"},
             {"kind": "score", "value": 84.1, "benchmark": "HumanEval+", "model": "Method"},
             {"kind": "score", "value": 61.4, "benchmark": "MATH", "model": "baseline"},
             {"kind": "score", "value": 69.8, "benchmark": "MATH", "model": "Method"}]},
        # a split or a gloss between the benchmark and 从 is its part; another word is not
        {"text": "MathVista testmini 从 68.2 到 72.9，MMMU（val）从 41.1 到 47.5，MATH Level5 从 30.1 到 35.2。",
         "records": [
             {"kind": "score", "value": 68.2, "benchmark": "MathVista", "subset": "testmini", "model": "baseline"},
             {"kind": "score", "value": 72.9, "benchmark": "MathVista", "subset": "testmini", "model": "Method"},
             {"kind": "score", "value": 41.1, "benchmark": "MMMU", "subset": "val", "model": "baseline"},
             {"kind": "score", "value": 47.5, "benchmark": "MMMU", "subset": "val", "model": "Method"}]},
        # a name that is no benchmark (a setting) gives nothing, nor a size
        {"text": "在 GSM8K 上，batch size 从 32 增加到 64，上下文从 8K 到 32K。", "records": []},
    ],
)
def benchmark_from_to(paper: PaperContext, start: int, end: int):
    """`B 从 a 到 b`: a benchmark's value before and after, when the benchmark itself opens the change."""
    text = paper.view.text
    if "从" not in text[start:end] and "由" not in text[start:end]:
        return []
    found = []
    first = bisect_left(paper.mention_starts, start)
    for mention in paper.mentions[first:bisect_left(paper.mention_starts, end, first)]:
        if mention.role != BENCHMARK:
            continue
        m = _FROM_TO.match(text, mention.end, end)
        if not m or (m.group("split") and m.group("split").casefold() not in _splits(paper)):
            continue
        part = m.group("split") or m.group("gloss")  # "MathVista testmini 从", "MathVerse（vision-only）从"
        span = (mention.start, m.end())
        found.append((*span, [
            Claim(rule="score.benchmark-from-to", quantity=m.start("before"), kind="score", model=GroupRef(group="ref"),
                  reference=None, direction=None, metric_span=None, match_span=span, benchmark=mention.canonical,
                  subset=part),
            Claim(rule="score.benchmark-from-to", quantity=m.start("after"), kind="score", model="subject",
                  reference=None, direction=None, metric_span=None, match_span=span, benchmark=mention.canonical,
                  subset=part)]))
    return found


def _splits(paper: PaperContext) -> frozenset[str]:
    return frozenset(word.casefold() for word in paper.vocabulary.split_words)


_GAP = re.compile(rf"(?<![误偏方])(?:相差|差距为?|差了|差)\s*(?:不到|约|仅|只有|了|将近|接近|近)?\s*{Q}")
_GAP_OPENS = re.compile(r"\s*[,;]\s*(?:仅|只|就|则|也|还|相)?\s*$")  # "…为 84.30，仅差 0.25": the gap opens its clause
_GAP_CUE = re.compile(r"(?:相比|相较|比|较|与|和|跟)[^;。\n]*$")


@function_rule(
    "delta.gap",
    priority=17,
    examples=[
        {"text": "在 LibriSpeech 上，相比 Whisper-large-v3，test-other 只差0.6个点。",
         "records": [{"kind": "delta", "value": 0.6, "unit": "points", "benchmark": "LibriSpeech", "model": "Method",
                      "reference": "Whisper-large-v3"}]},
        # a bound ("相差不到 2 个百分点") says how far at most, no gap of 2 (refusals.yaml bound_before)
        {"text": "在 LIBERO 上，和非流式的 OpenVLA-OFT（1.55B 参数）相比，成功率相差不到 2 个百分点。", "records": []},
        # an error value, a difference of settings, a gap to no system named are no gaps between systems
        {"text": "在 KITTI 上，绝对误差 0.5，两种设置的分辨率差 256。", "records": []},
        {"text": "在 JailbreakBench 上，Llama Guard 3 只有 51.7，差了三十多个点。",
         "records": [{"kind": "score", "value": 51.7, "benchmark": "JailbreakBench", "model": "Llama Guard 3"}]},
        # ... but a gap opening the clause after the method's value and a named system's is the gap between
        # them when it is their difference ("三十多": 30 to 40); a number that is not (7B, 8K, 2024) is no gap
        {"text": "在 FooJail 上检测 F1 为 84.2，BarGuard 3 只有 51.7，差了三十多个点。在 FooGen 上总分 84.05，BazGen 为 84.30，仅差 0.25。",
         "records": [
             {"kind": "score", "value": 84.2, "benchmark": "FooJail", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 51.7, "benchmark": "FooJail", "model": "BarGuard 3", "metric": "f1"},
             {"kind": "delta", "value": 30, "unit": "points", "benchmark": "FooJail", "model": "Method", "metric": "f1",
              "reference": "BarGuard 3", "direction": "increase"},
             {"kind": "score", "value": 84.05, "benchmark": "FooGen", "model": "Method", "metric": "total score"},
             {"kind": "score", "value": 84.30, "benchmark": "FooGen", "model": "BazGen", "metric": "total score"},
             {"kind": "delta", "value": 0.25, "benchmark": "FooGen", "model": "Method", "metric": "total score",
              "reference": "BazGen", "direction": "decrease"}]},
        # ... the method as its line last named it
        {"text": "Method-8B 在 FooSet 上 F1 为 79.3。在 FooJail 上检测 F1 为 84.2，BarGuard 3 只有 51.7，差了三十多个点。",
         "records": [
             {"kind": "score", "value": 79.3, "benchmark": "FooSet", "model": "Method-8B", "metric": "f1"},
             {"kind": "score", "value": 84.2, "benchmark": "FooJail", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 51.7, "benchmark": "FooJail", "model": "BarGuard 3", "metric": "f1"},
             {"kind": "delta", "value": 30, "unit": "points", "benchmark": "FooJail", "model": "Method-8B", "metric": "f1",
              "reference": "BarGuard 3"}]},
        {"text": "在 FooGen 上总分 84.05，BazGen 为 84.30，差 7B；BarGen 为 80.1，差 2024；QuxGen 为 70.1，差 5.0。",
         "records": [
             {"kind": "score", "value": 84.05, "benchmark": "FooGen", "model": "Method", "metric": "total score"},
             {"kind": "score", "value": 84.30, "benchmark": "FooGen", "model": "BazGen", "metric": "total score"},
             {"kind": "score", "value": 80.1, "benchmark": "FooGen", "model": "BarGen", "metric": "total score"},
             {"kind": "score", "value": 70.1, "benchmark": "FooGen", "model": "QuxGen", "metric": "total score"}]},
    ],
)
def gap(paper: PaperContext, start: int, end: int):
    """`与 X 相比只差 0.6 个点`, `相差不到 2 个百分点`: a gap in points to the system compared against,
    only after a comparison in its sentence (the cue is looked for once a gap is found: 和 / 与 / 比
    are common, 差 is not)."""
    text = paper.view.text
    found = []
    i = text.find("差", start, end)
    while i != -1:
        m = _GAP.match(text, i - 1 if text[i - 1:i] == "相" else i, end)
        if m and paper.quantity_at(m.end() - 1).unit in ("pp", "points"):
            cue = _GAP_CUE.search(text, max(start, m.start() - 40), m.start())
            if cue:
                span = (cue.start(), m.end())
                found.append((*span, [Claim(rule="delta.gap", quantity=m.end() - 1, kind="delta", model="subject",
                                            reference="context", direction=None, metric_span=None, match_span=span)]))
                m = None
        between = _gap_between(paper, start, m) if m and paper.method else None
        if between:  # the first value is the method's: no other system is named before it in its sentence
            name, direction, owner = between
            span = (name.start, m.end())
            groups = {"ref": (name.start, name.end), **({"owner": (owner.start, owner.end)} if owner else {})}
            found.append((*span, [Claim(rule="delta.gap", quantity=m.end() - 1, kind="delta",
                                        model=GroupRef(group="owner") if owner else NamedRef(named=paper.method),
                                        reference=GroupRef(group="ref"), direction=direction, metric_span=None,
                                        match_span=span, groups=groups)]))
        i = text.find("差", i + 1, end)
    return found


def _gap_between(paper: PaperContext, start: int, m: re.Match) -> Optional[tuple[Mention, str, Optional[Mention]]]:
    """A gap that opens its clause after two values, the second a named system's, when it is their difference
    ("检测 F1 为 84.2，X 只有 51.7，差了三十多个点"): that system, which way the first differs from it, and the
    method as its line last named it before the first value ("GuardLens-8B 在…上…。…检测 F1 为 84.2"), if it did."""
    text = paper.view.text
    marks = offsets_of(Q, text, start, m.start())
    if not marks or not _GAP_OPENS.fullmatch(text, marks[-1] + 1, m.start()):
        return None
    clause = max(text.rfind(",", start, marks[-1]), text.rfind(";", start, marks[-1]))
    firsts = [mark for mark in marks if mark < clause]  # the value of the clause before the named system's
    if not firsts or _named_in(paper, start, firsts[-1]):
        return None  # the first value must be the subject's: no other system named before it
    first, second, gap = (paper.quantity_at(mark) for mark in (firsts[-1], marks[-1], m.end() - 1))
    if gap.unit not in (None, "pp", "points") or first.unit != second.unit or (gap.unit == "pp") != (first.unit == "%"):
        return None
    difference, written = abs(first.value - second.value), paper.view.source[gap.start:gap.end + 2]
    if "多" in written:  # "三十多个点": from 30 to 40
        fits = gap.value <= difference < gap.value + 10 ** int(math.log10(gap.value)) if gap.value >= 1 else False
    else:
        fits = abs(difference - gap.value) <= 0.05 + 0.01 * gap.value  # "差距接近 9.6": 9.58
    name = _named_in(paper, clause, marks[-1])
    if not fits or name is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    at = bisect_left(paper.mention_starts, line_start)
    methods = [mention for mention in paper.mentions[at:bisect_left(paper.mention_starts, firsts[-1], at)]
               if mention.role == METHOD]
    return name, "increase" if first.value > second.value else "decrease", methods[-1] if methods else None


def _named_in(paper: PaperContext, start: int, end: int) -> Optional[Mention]:
    """The last system named in [start, end) that is not the paper's method, nor in parentheses (a gloss:
    "Wan2.1-14B（50 步 + CFG）")."""
    text = paper.view.text
    first = bisect_left(paper.mention_starts, start)
    named = [mention for mention in paper.mentions[first:bisect_left(paper.mention_starts, end, first)]
             if mention.role in (MODEL, NAME_ROLE) and mention.end <= end
             and text.rfind("(", start, mention.start) <= text.rfind(")", start, mention.start)]
    return named[-1] if named else None
