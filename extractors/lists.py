"""Lists and pairs: values given together, each paired with the label in its place.

Digests pack several results into one clause: `EM/F1 为 35.8/48.9`, `在 A、B 和 C 上分别达到 a、b 和 c`,
`HotpotQA、2Wiki、MuSiQue 的 EM/F1 分别为 45.3/58.1、51.7/59.9、21.4/31.0`. A *value list* is values
joined by slashes, or listed after 分别 / 依次 (joined by 、 和 与 /; an item may itself be a slash
group). It is read only with *labels* of the same shape, each value taking the label in its place:

1. labels written right before it in its sentence, with nothing between but a place or possessive word,
   a count and its noun, a metric and a verb (`test-clean/test-other 上的 WER 为`, `Spatial / Object /
   Goal / Long 四个套件上的成功率分别为`); a list of lists takes two label lists (`A、B、C 的 EM/F1`);
2. else the labels of an earlier list of the same length in its line, or of a list of metrics named
   there (`指标为 Recall@10/NDCG@10。…TIGER 为 a/b`), or of its heading (`**TREC DL19 / DL20**：`), or
   the metrics of as many `metric value` pairs before it in its line (`HOTA 65.1，IDF1 81.0，MOTA 80.4；
   ByteTrack（a / b / c）`; an acronym after the line's benchmark counts as a metric), or the
   benchmarks of as many values before it in its line, each stated on its own (`MMMU 为 61.2，
   MathVista 为 72.4；Qwen2.5-VL-7B（58.6 / 68.2）`). The value list then belongs to the system written
   right before it (`X 为 a/b`, `X（a/b）`, `X a/b`), else to the sentence's subject.
A label is a metric, a benchmark, a system, a system compared against (`比 L1 和 ThinkPrune 分别高出`)
or a part of the benchmark (the record's subset: `Spatial`, `test-clean`); `test-zh CER` is a part and
a metric. A list of unknown names is a list of parts, places or systems only where the text says which
(a part noun or count, split names, a benchmark just before them, 其中, a place frame, 而 after a value);
otherwise, and wherever no labels fit, every value of the list is claimed and refused: a value read
alone would land on another label's board.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .claims import Claim, GroupRef, NamedRef, function_rule
from .document import (
    BENCHMARK, METHOD, METRIC, MODEL, NAME_ROLE, QUANTITY_MARK, Mention, PaperContext, Sentence, offsets_of,
)
from .entities import CONFIG_NAME
from .frozen import quick_init
from .lexicon import name_key

Q = QUANTITY_MARK
_TAG = r"(?:\s*\([^()\n]{1,30}\))?"  # "19.6 (ALFWorld)": a value's own benchmark in parentheses
_ITEM = rf"{Q}(?:\s*/\s*{Q})*{_TAG}"
_ITEM_RE = re.compile(_ITEM)
_VERSION = rf"(?<=[A-Za-z] ){Q}(?= [^\d{Q}])"  # a name's version number: "分别比 HippoRAG 2 高 a 和 b"
# values joined by slashes, or all a parenthesis holds (`CamI2V（1.21、3.55）`, `E2 TTS（2.95%，3.56）`)
_VALUE_GROUP = re.compile(rf"{Q}(?:\s*/\s*{Q})+|(?<=\()\s*{Q}(?:\s*[、,]\s*{Q})+(?=\s*\))")
_IMPLIED = re.compile(rf"{Q}(?:\s*(?:、|和|与|及)\s*{Q})+")
# slash groups joined like list items, without 分别: "Search-R1 的 43.3/55.9、41.4/48.1 和 19.6/28.8"
_GROUP_LIST = re.compile(rf"{Q}(?:\s*/\s*{Q})+(?:\s*(?:、|和|与|及)\s*{Q}(?:\s*/\s*{Q})+)+")
_ANY_LIST = re.compile(rf"分别|依次|{Q}\s*(?:/|、|,|和|与|及)\s*{Q}")  # a sentence with no list is skipped fast
_LATIN_WORD = r"[A-Za-z0-9α-ωΑ-Ω\u0400-\u04ff][A-Za-z0-9_α-ωΑ-Ω\u0400-\u04ff\-+.@^'&*×²³=]*"
_GLOSS = r"(?:\s*\([A-Za-z0-9\- ]{1,15}\))?"
_LATIN_ATOM = rf"{_LATIN_WORD}{_GLOSS}(?:[ ](?!and\b|or\b){_LATIN_WORD}{_GLOSS}){{0,3}}"
# a copula right before a value is no part of a name: "英文/中文为 a/b" lists 英文 and 中文
_CJK_ATOM = rf"(?:(?![和与及的或]|[为是]\s*(?:{Q}|$))[\u4e00-\u9fff]){{1,8}}"  # "$": a search ending at the value
_ATOM = re.compile(rf"{_LATIN_ATOM}|{_CJK_ATOM}|{Q}")  # a size may name a part: "4K 和 8K 上分别"
_VERBS = re.compile(r"(?P<up>提升|提高|增加|超过|高出|领先|超越|高(?!达))|(?P<down>降低|减少|下降|低)")
_PART_COUNT = r"[两二三四五六七八九十\d]+\s*(?:个|种|项|类)"
_PLACE_BEFORE = re.compile(r"(?:在|于)\s*$")
_PLACE_AFTER = re.compile(r"\s*(?:上|中)(?!文)")
_PLACE_BEFORE_AFTER = re.compile(r"\s*(?:在|于)")
_AMONG_BEFORE = re.compile(r"其中\s*$")
_LEVEL_LABEL = re.compile(r"(?:Level|level|Lv\.?|lvl|Tier|tier)\s*\d+")  # "Level 1 / 2 / 3": levels of one benchmark
_CONTRAST_BEFORE = re.compile(r"(?:而|但|相比之下|对比之下)\s*$")
_LIST_REFERENCE = re.compile(r"(?:[两二三四五六七八九十\d]+\s*个|上述|这些|各)\s*(?:基准|数据集|测试集|评测集|任务)")
# ... and "X 在这三条序列上分别为": a place that names nothing (a name there would be the last one before the list)
_ATTACHED = re.compile(rf"\s*(?:\([^()\n]{{0,20}}\))?\s*(?:在[^,;:。\n{Q}]{{1,12}}?(?:上|中)\s*)?"
                       r"(?:为|是|:|仅为|仅|只有|达到|分别为|分别是)?\s*$")
_METRIC_VALUE_GAP = (r"(?:\s*[α-ωΑ-Ω])?\s*(?:\([^()\n]{0,20}\))?\s*(?:为|是|:|=|达到|达|(?:提升|提高|降低|下降|增加|减少|升|降)(?:至|到))?"
                     r"\s*(?:约|仅)?\s*")
_METRIC_THEN_VALUE = re.compile(_METRIC_VALUE_GAP + Q)  # "HOTA 65.1", "NDCG@10 为 0.0427"
_VALUE_THEN_METRIC = re.compile(rf"{Q}[ \t]*(?:的[ \t]*)?$")  # "36.92 dB PSNR": a value right before its metric
_METRIC_BEFORE_LIST = re.compile(_METRIC_VALUE_GAP + r"(?:分别|依次)?\s*(?:为|是)?\s*$")  # "nDCG@10 为 a / b"
_HEADING_REST = re.compile(r"\s*(?:\([^()]*\))?\s*(?:基准测试|基准|数据集|评测|测试集|结果|上的?表现)?\s*(?:\([^()]*\))?\s*")
_SIZE_SCALES = frozenset("kKMBbT")


@quick_init
@dataclass(frozen=True, slots=True)
class _Label:
    """What one place of a list names: a metric, a benchmark, a system or the system compared
    against (view spans), a part of the benchmark, or the paper's method on a base model."""

    metric: Optional[str] = None
    benchmark: Optional[str] = None
    system: Optional[tuple[int, int]] = None
    reference: Optional[tuple[int, int]] = None
    subset: Optional[str] = None
    method_on: Optional[str] = None

    def merged(self, other: "_Label") -> "_Label":
        """This label with what it leaves open taken from `other`."""
        return _Label(self.metric or other.metric, self.benchmark or other.benchmark, self.system or other.system,
                      self.reference or other.reference, self.subset or other.subset, self.method_on or other.method_on)

    def carried(self) -> "_Label":
        """What a later list may take from this label: never its system."""
        return _Label(self.metric, self.benchmark, None, None, self.subset)


@quick_init
@dataclass(frozen=True, slots=True)
class _Values:
    """A value list: the marks of each item (an item of several marks is a slash group)."""

    start: int
    end: int
    items: tuple[tuple[int, ...], ...]
    respectively: bool
    verb: str  # between 分别 and the list (or the words before an implied one): are the values changes
    implied: bool = False  # "在 A 和 B 上提升 a 和 b": no 分别, read only with labels written before it

    @property
    def marks(self) -> tuple[int, ...]:
        return tuple(mark for item in self.items for mark in item)


@lru_cache(maxsize=4)
def _part_patterns(nouns: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The part nouns (refusals.yaml `listed_parts`) as patterns: a cue that a list names parts, the
    count and noun that end a part's label (`声音、音乐、语音三个子类`), and a part noun right after a
    list (`GitLab 和 Reddit 两个站点`)."""
    return (re.compile(rf"{_PART_COUNT}|{nouns}"),
            re.compile(rf"\s*(?:{_PART_COUNT})?\s*(?:{nouns})?\s*$"),
            re.compile(rf"\s*(?:{_PART_COUNT})?\s*(?:{nouns})"))


def _whole_before(paper: PaperContext, run: "_Run") -> Optional[str]:
    """The one benchmark named in a run's line before it, not in the run: what its parts are parts of."""
    text = paper.view.text
    named = {m.canonical for m in _mentions(paper, text.rfind("\n", 0, run.start) + 1, run.start) if m.role == BENCHMARK}
    return named.pop() if len(named) == 1 else None


# a comparison, a name and 的 before a list: the values are that name's own
_OWN_VALUES_AFTER = re.compile(r"\s*(?:高于|低于|超过了?|超越了?|优于|好于|胜过|领先于?|落后于?)\s*[A-Za-z][^,;。]*的\s*$")


@lru_cache(maxsize=4)
def _patterns(coordinators: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's list coordinators as patterns: a 分别 value list, and a run of labels. Items of a
    value list are joined by every coordinator but the slash, which inside an item makes a slash
    group; names are not joined by a comma, which ends a clause."""
    listing = "|".join(re.escape(c) for c in sorted(coordinators, key=len, reverse=True) if c != "/")
    respectively = re.compile(
        rf"(?:分别|依次)(?P<verb>(?:[^,;。{Q}]|{_VERSION}){{0,16}}?)(?P<list>(?!{_VERSION})(?:{_ITEM}(?:\s*(?:{listing})\s*{_ITEM})+|{_ITEM}))")
    naming = "|".join(re.escape(c) for c in sorted(coordinators, key=len, reverse=True) if c not in ("/", ","))
    # names may be quoted: '"Counting" 与 "Position" 两个子项'
    run = re.compile(rf"(?:{_ATOM.pattern})(?:\"?\s*(?:/|{naming})\s*\"?(?:{_ATOM.pattern}))+")
    return respectively, run


def _value_lists(paper: PaperContext, start: int, end: int) -> list[_Values]:
    """The 分别 lists and the slash groups of [start, end), in order."""
    text = paper.view.text
    respectively = _patterns(paper.vocabulary.coordinator_words)[0]
    found: list[_Values] = []
    for m in respectively.finditer(text, start, end):
        if m.group("verb").rstrip().endswith("("):
            continue  # "分别高于 MAIRA-2（0.262 / 0.551）": the values in parentheses are MAIRA-2's own
        if _OWN_VALUES_AFTER.match(m.group("verb")):
            continue  # "分别高于 ATST-Frame 的 0.534 和 0.839": ATST-Frame's own values, no changes
        items = tuple(tuple(offsets_of(Q, text, item.start(), item.end()))
                      for item in _ITEM_RE.finditer(text, m.start("list"), m.end("list")))
        if len(items) == 1:
            if len(items[0]) == 1:
                continue  # "分别为 a": nothing to pair
            items = tuple((mark,) for mark in items[0])  # "分别为 a/b/c": the slash group is the list
        found.append(_Values(m.start(), m.end(), items, True, m.group("verb")))
    for m in _GROUP_LIST.finditer(text, start, end):
        if not any(v.start <= m.start() < v.end for v in found):
            items = tuple(tuple(offsets_of(Q, text, group.start(), group.end()))
                          for group in _VALUE_GROUP.finditer(text, m.start(), m.end()))
            found.append(_Values(m.start(), m.end(), items, False, ""))
    for m in _VALUE_GROUP.finditer(text, start, end):
        if not any(v.start <= m.start() < v.end for v in found):
            marks = offsets_of(Q, text, m.start(), m.end())
            found.append(_Values(m.start(), m.end(), tuple((mark,) for mark in marks), False, ""))
    for m in _IMPLIED.finditer(text, start, end):
        if not any(v.start <= m.start() < v.end or m.start() <= v.start < m.end() for v in found):
            marks = offsets_of(Q, text, m.start(), m.end())
            found.append(_Values(m.start(), m.end(), tuple((mark,) for mark in marks), True,
                                 text[max(start, m.start() - 8):m.start()], implied=True))
    return sorted(found, key=lambda v: v.start)


# ---------------------------------------------------------------- labels

@quick_init
@dataclass(frozen=True, slots=True)
class _Run:
    """Names joined by list separators: `EM/F1`, `A、B 和 C`, `fr1/desk、fr2/xyz`."""

    start: int
    end: int
    atoms: tuple[tuple[int, int], ...]
    seps: tuple[str, ...]  # the separator after each atom but the last

    def split(self, count: int) -> Optional[tuple[tuple[int, int], ...]]:
        """The run as `count` labels: every atom a label, or the pieces between list separators
        (`fr1/desk、fr2/xyz`), or between slashes."""
        if len(self.atoms) == count:
            return self.atoms
        for slash in (False, True):
            cuts = [i for i, sep in enumerate(self.seps) if (sep == "/") == slash]
            if len(cuts) + 1 == count and len(cuts) < len(self.seps):
                bounds, first = [], 0
                for i in cuts:
                    bounds.append((self.atoms[first][0], self.atoms[i][1]))
                    first = i + 1
                bounds.append((self.atoms[first][0], self.atoms[-1][1]))
                return tuple(bounds)
        return None


def _runs(paper: PaperContext, start: int, end: int) -> list[_Run]:
    """The label runs of [start, end), in order."""
    text = paper.view.text
    found = []
    for m in _patterns(paper.vocabulary.coordinator_words)[1].finditer(text, start, end):
        atoms, seps, cursor = [], [], m.start()
        for a in _ATOM.finditer(text, m.start(), m.end()):
            if atoms:
                seps.append(text[cursor:a.start()].strip(' \t"'))
            atoms.append(a.span())
            cursor = a.end()
        if _PLACE_GLUED.match(text, atoms[0][0]) and re.search(r"[A-Za-z0-9)]\s*$", text[max(0, m.start() - 3):m.start()]):
            atoms[0] = (atoms[0][0] + 1, atoms[0][1])  # "在 LongText-Bench 上英文与中文": 上 ends the place
        run_end = m.end()
        if _FRAME_GLUED.fullmatch(text, atoms[0][0], atoms[0][1]) and _FRAME_END_GLUED.fullmatch(text, *atoms[-1]):
            # "在肝脏肿瘤和胰腺肿瘤上": 在 … 上 frame the Chinese names, they are not part of them
            atoms[0], atoms[-1] = (atoms[0][0] + 1, atoms[0][1]), (atoms[-1][0], atoms[-1][1] - 1)
            run_end = atoms[-1][1]
        found.append(_Run(atoms[0][0], run_end, tuple(atoms), tuple(seps)))
    return found


_PLACE_GLUED = re.compile(r"上[\u4e00-\u9fff]")
_FRAME_GLUED = re.compile(r"(?:在|于)[\u4e00-\u9fff]{2,}")
_FRAME_END_GLUED = re.compile(r"[\u4e00-\u9fff]{2,}(?:上|中)")


def _mentions(paper: PaperContext, start: int, end: int) -> list[Mention]:
    first = bisect_left(paper.mention_starts, start)
    return [m for m in paper.mentions[first:bisect_left(paper.mention_starts, end, first)] if m.end <= end]


def _exact(paper: PaperContext, start: int, end: int) -> Optional[Mention]:
    """The mention that is exactly [start, end), if any."""
    i = bisect_left(paper.mention_starts, start)
    mention = paper.mentions[i] if i < len(paper.mentions) else None
    return mention if mention is not None and (mention.start, mention.end) == (start, end) else None


_LOWER_PART = re.compile(r"(?P<name>[^()]*?[^\s()])[ \t]*\((?P<part>[a-z][a-z\- ]{1,20})\)")  # a lower-case word in parentheses


def _label(paper: PaperContext, start: int, end: int) -> tuple[str, _Label]:
    """(kind, label) of one place of a run; kind is metric, benchmark, system, base, name (an unknown
    Latin name), part (Chinese words, a size) or value (not a label)."""
    text = paper.view.text
    if text[start:end] == Q:
        quantity = paper.quantity_at(start)
        if quantity.scale is None or quantity.unit is not None:
            return "value", _Label()
        return "part", _Label(subset=paper.view.source[quantity.start:quantity.end])  # "8K"
    name = text[start:end].strip()
    vocab = paper.vocabulary
    metrics = [m for m in _mentions(paper, start, end) if m.role == METRIC]
    if metrics and metrics[-1].end == end:  # "test-zh CER": a part and its metric
        part = text[start:metrics[-1].start].strip()
        return "metric", _Label(metric=metrics[-1].canonical, subset=part or None)
    canonical = vocab.metric(name)
    if canonical:
        return "metric", _Label(metric=canonical)
    mention = _exact(paper, start, end)
    if mention is not None and mention.role == BENCHMARK:
        return "benchmark", _Label(benchmark=mention.canonical)
    known = vocab.benchmark_by_key.get(name_key(name))
    if known:
        return "benchmark", _Label(benchmark=known)
    part = _LOWER_PART.fullmatch(name) if name.endswith(")") else None
    if part and (owner := _exact(paper, text.find(name, start), text.find(name, start) + part.end("name"))) is not None and owner.role == BENCHMARK:
        return "benchmark", _Label(benchmark=owner.canonical, subset=part.group("part"))  # "FooQA(hard)": a part of FooQA
    if mention is not None and mention.role in (MODEL, METHOD):
        if mention.role == MODEL and vocab.is_base_model(mention.text):
            return "base", _Label(system=(start, end), method_on=mention.canonical)
        return "system", _Label(system=(start, end))
    if re.match(r"[A-Za-z0-9α-ωΑ-Ω]", name):
        return "name", _Label(subset=name)
    return "part", _Label(subset=_part_patterns(paper.words.part_nouns)[1].sub("", name) or name)


_CUTOFF = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9]*(?:-|@))(?P<k>\d+)")  # "Top-1", "R@1", "Hits@1"
_TOP = re.compile(r"top-", re.I)


def _cutoffs(paper: PaperContext, names: list[str]) -> Optional[list[str]]:
    """The metrics of a list of cut-offs written once with their head ("Top-1/3/5/10", "R@1/5/10": Top-1, Top-3 ...),
    as the metric list spells each ("R@5" is recall@5; "Top-5" top-5 accuracy), or None for another list."""
    lead, _, opening = names[0].rpartition(" ")  # "R-Precision Top-1 / Top-2 / Top-3": the metric, then its cut-offs
    first = _CUTOFF.fullmatch(opening) if len(names) > 1 else None
    if first is None:
        return None
    ks = [first.group("k")]
    for name in names[1:]:
        other = _CUTOFF.fullmatch(name)
        if not (name.isdigit() or other and other.group("head") == first.group("head")):
            return None
        ks.append(name if name.isdigit() else other.group("k"))
    vocab = paper.vocabulary
    if lead:
        if not _TOP.fullmatch(first.group("head")) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9\-@]*", lead):
            return None
        head = vocab.metric(lead) or lead.lower()
        return [f"{head} top-{k}" for k in ks]  # "r-precision top-1": that metric's top-k, not top-k accuracy
    metrics = []
    for k in ks:
        name = first.group("head") + k
        metrics.append(f"top-{k} accuracy" if _TOP.fullmatch(first.group("head")) else vocab.metric(name) or vocab.metric_spelling(name))
    return metrics


def _labels_of(paper: PaperContext, run: _Run, count: int, floor: int, end: int,
               heading: bool = False) -> Optional[list[_Label]]:
    """The run read as `count` labels of one kind for values at `end`, or None when it is not a list
    of labels of that length (or of mixed kinds, or of unknown names the text does not explain)."""
    bounds = run.split(count)
    if bounds is None:
        return None
    read = [_label(paper, a, b) for a, b in bounds]
    text = paper.view.text
    if read[0][0] != "value" and _YEAR_ENDS.search(text, bounds[0][0], bounds[0][1]) and all(
            kind != "value" or _YEAR.fullmatch(_written(paper, a)) for (kind, _), (a, _b) in zip(read[1:], bounds[1:])):
        read = [read[0], *(("name", _Label(subset=_written(paper, a))) if kind == "value" else (kind, label)
                           for (kind, label), (a, _b) in zip(read[1:], bounds[1:]))]  # "**FooHME 2014 / 2016**"
    kinds = {kind for kind, _ in read}
    labels = [label for _, label in read]
    if "value" in kinds:
        return None
    cutoffs = _cutoffs(paper, [text[a:b].strip() for a, b in bounds])
    if cutoffs:  # "Top-1/3/5/10 准确率", "R@1/5/10": one metric at each cut-off, never parts named "5" or "10"
        return [_Label(metric=metric) for metric in cutoffs]
    if "metric" in kinds and kinds <= {"metric", "name"}:  # "WER / U-WER / B-WER": a list of metrics
        named = [label if kind == "metric" else _Label(metric=label.subset.lower()) for kind, label in read]
        return named if len({label.metric for label in named}) == count else None
    if "metric" in kinds and read[-1][0] == "metric" and labels[-1].subset and {k for k, _ in read[:-1]} == {"part"}:
        # "英文与中文得分分别为": Chinese parts, the metric written once after the last
        read = [*read[:-1], ("part", _Label(subset=labels[-1].subset))]
        kinds, labels = {"part"}, [label for _, label in read]
    if "metric" in kinds:
        return None
    contrasted = _CONTRAST_BEFORE.search(text, max(floor, run.start - 5), run.start) and Q in text[floor:run.start]
    if (paper.words.compared.search(text, max(floor, run.start - 12), run.start) and kinds <= {"system", "base", "name"}
            and not contrasted):  # "…，而 X 和 Y 分别为": 而 contrasts them with the value before, they own theirs
        return [_Label(reference=b) for b in bounds]  # "比 L1 和 ThinkPrune 分别高出 a 和 b"
    names = [label.benchmark or label.subset for label in labels]
    if kinds <= {"benchmark", "name", "part"} and "benchmark" in kinds:
        whole = _whole_before(paper, run) if _part_patterns(paper.words.part_nouns)[2].match(text, run.end) else None
        if whole:  # "WebArena …；在 GitLab 和 Reddit 两个站点上": parts of the benchmark named before them
            return [_Label(benchmark=whole, subset=text[a:b].strip()) for a, b in bounds]
        if any(label.benchmark and label.subset for label in labels):
            return labels  # "FooQA、BarQA(hard) 和 BazQA": a benchmark with its part among others
        return [_Label(benchmark=n) for n in _shared_head(names, paper.vocabulary.language_codes)]
    splits = all(re.split(r"[-_ ]", label.subset or "x")[0].casefold() in _splits(paper)
                 or label.subset in paper.vocabulary.modalities for label in labels)  # "test-zh / test-en", "CT 与 MRI"
    owner = _owner(paper, run.start, floor, splits, kinds == {"part"})  # "HR-Bench 4K 和 8K", "WenetSpeech 的 test_net/test_meeting"
    at = owner.start if owner else run.start
    in_place = _PLACE_BEFORE.search(text, max(floor, at - 3), at) is not None
    if kinds <= {"base"} and paper.method and in_place:
        return labels  # "在 GPT-4o-mini 和 Qwen2.5-14B 上分别": the method on each base model
    acting = _PLACE_BEFORE_AFTER.match(text, run.end)  # "Model-A、Model-B 和 Model-C 在 XBench 上": they act there
    if kinds & {"system", "base"} and kinds <= {"system", "base", "name"} and not in_place or (
            kinds == {"name"} and (contrasted or acting)):
        return [_Label(system=b) for b in bounds]  # "SnapKV 与 GPT-4o 分别为", "…，而 X 和 Y 分别为"
    if not kinds <= {"name", "part"}:
        return None
    coded = _CODED_PARTS.fullmatch(names[0]) if owner is None and len(names) > 1 else None
    if coded and all(_PART_CODE.fullmatch(n) for n in names[1:]) and (
            heading or in_place or _PLACE_AFTER.match(text, run.end) or _part_patterns(paper.words.part_nouns)[0].search(
                text, bounds[-1][0], end)):  # "在 FooCeleb1-O / E / H 三个测试列表上": the parts' codes after the set's name
        return [_Label(benchmark=coded.group("head"), subset=n) for n in (coded.group("code"), *names[1:])]
    if _LEVEL_LABEL.fullmatch(names[0]):  # "在 Level 1 / 2 / 3 上": levels are parts, never benchmarks
        names = _shared_head(names)
    parts = [_Label(benchmark=owner.canonical if owner else None, subset=n) for n in names]
    if _LEVEL_LABEL.fullmatch(names[0]):
        return parts
    if owner or splits or _part_patterns(paper.words.part_nouns)[0].search(text, bounds[-1][0], end) or _AMONG_BEFORE.search(
            text, max(floor, run.start - 4), run.start) or (heading and "part" in kinds):
        return parts  # the text calls them parts: a part noun or count, split names, their benchmark, 其中
    if (in_place or _PLACE_AFTER.match(text, run.end)) and not any(re.search(r"[A-Za-z0-9]", n) for n in names):
        return parts  # "在肝脏肿瘤和胰腺肿瘤上": Chinese names of where, not of benchmarks
    if all(CONFIG_NAME.fullmatch(n) for n in names):
        return parts  # "在 protoss_10_vs_10 和 zerg_10_vs_10 上": maps or scenarios of a benchmark, never benchmarks
    if heading or in_place or _PLACE_AFTER.match(text, run.end):
        return [_Label(benchmark=n) for n in _shared_head(names, paper.vocabulary.language_codes)]  # "在 X 和 Y 上", "**X / Y**："
    if "/" in run.seps and _metric_codes(paper, names, run.start, run.end, floor, end):
        return [_Label(metric=n.lower()) for n in names]  # "SQ / RQ / PQ 为 a / b / c", "ADE/FDE 为": its metrics
    if "/" in run.seps or any(m.role == METRIC for m in _mentions(paper, run.end, end)):
        return parts  # "Clean / Final 的 EPE", "RV / MYO / LV 分别为"
    return None


_CLAUSE_MARKS = ",;:。\n"


def _metric_codes(paper: PaperContext, names: list[str], start: int, end: int, floor: int, values: int) -> bool:
    """True for acronyms joined by slashes right before their values, with no metric named in their clause
    before them nor between them and the values ("**X 全景分割**：SQ / RQ / PQ 为 …", "平均 ADE/FDE 为 …"):
    the metrics of the values. Not a language pair, a modality or a split ("EN/ZH", "CT / MRI", "test/val"),
    nor parts of a metric named before ("平均 Dice 92.7%，其中 RV / MYO / LV", told before this)."""
    vocab, text = paper.vocabulary, paper.view.text
    if not all(vocab.name_shape(n)[2] and n.casefold() not in vocab.language_codes and n not in vocab.modalities
               and not vocab.split_word.fullmatch(n) for n in names):
        return False
    clause = max(floor, *(text.rfind(mark, floor, start) + 1 for mark in _CLAUSE_MARKS))
    return not any(m.role == METRIC for m in _mentions(paper, clause, start) + _mentions(paper, end, values))


def _splits(paper: PaperContext) -> frozenset[str]:
    return frozenset(word.casefold() for word in paper.vocabulary.split_words)


def _owner(paper: PaperContext, position: int, floor: int, splits: bool, chinese: bool = False) -> Optional[Mention]:
    """The benchmark named right before `position` (a space or 的 between, or 上 before Chinese parts:
    `LongText-Bench 上英文与中文`): a known one, or any name when the labels after it are splits
    (`test_net/test_meeting`)."""
    roles = (BENCHMARK, NAME_ROLE) if splits else (BENCHMARK,)
    before = [m for m in _mentions(paper, max(floor, position - 40), position) if m.role in roles]
    if before and re.fullmatch(r"\s*(?:的|上)?\s*" if chinese else r"\s*的?\s*", paper.view.text[before[-1].end:position]):
        return before[-1]
    return None


def _shared_head(names: list[str], languages: frozenset[str] = frozenset()) -> list[str]:
    """`TREC DL19 / DL20` -> TREC DL19, TREC DL20: later one-word names shaped like the first name's
    last word share its head; so do later years after a year (`FooHME 2014 / 2016`) and later codes of
    capitals after a code (`FooSpoof 2021 LA / DF`; not language codes, `FooSet EN / ZH`: parts)."""
    first = names[0].split(" ")
    if len(first) < 2:
        return names
    head, last = " ".join(first[:-1]), first[-1]
    shape = re.match(r"[A-Za-z]*", last).group()
    coded = _TRACK_CODE.fullmatch(last) is not None and last.casefold() not in languages
    if all(" " not in n and n != last and (re.match(r"[A-Za-z]*", n).group() == shape
                                           or coded and _TRACK_CODE.fullmatch(n) and n.casefold() not in languages)
           for n in names[1:]):
        return [names[0], *(f"{head} {n}" for n in names[1:])]
    return names


_PART_CODE = re.compile(r"[A-Z]{1,2}")
_CODED_PARTS = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9]*[A-Za-z0-9])-(?P<code>[A-Z]{1,2})")  # "VoxCeleb1-O", then "E", "H"
_TRACK_CODE = re.compile(r"[A-Z]{2,4}")  # "LA", "DF": a track or part of a named release, written in capitals
_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_ENDS = re.compile(r"[A-Za-z][^\n]*[ ](?:19|20)\d{2}[ \t]*$")


def _written(paper: PaperContext, at: int) -> str:
    """The source text of the quantity whose mark is at `at`."""
    quantity = paper.quantity_at(at)
    return paper.view.source[quantity.start:quantity.end]


# ---------------------------------------------------------------- pairing values with labels

def _gap_ok(gap: str, respectively: bool) -> bool:
    """What may stand between labels and their values: no other value, no sentence end, in one clause
    unless 分别 / 依次 carries the pairing across (`在 A 和 B 上，Method 分别达到`)."""
    if Q in gap or ";" in gap or len(gap) > (50 if respectively else 30):
        return False
    return respectively or "," not in gap


def _written_labels(paper: PaperContext, values: _Values, floor: int) -> Optional[list[list[_Label]]]:
    """Labels written right before a value list (one list, or two for a list of slash groups)."""
    text = paper.view.text
    runs = [run for run in _runs(paper, floor, values.start) if _gap_ok(text[run.end:values.start], values.respectively)]
    if not runs:
        return None
    inner_size = len(values.items[0])
    if any(len(item) != inner_size for item in values.items):
        return None
    if inner_size == 1:
        labels = _labels_of(paper, runs[-1], len(values.items), floor, values.start)
        if not labels:
            return None
        # "clean / final 上的 EPE 分别为 a 和 b": the metric between holds for each, and for later lists
        # that take these labels ("RAFT 为 c / d")
        metrics = [m for m in _mentions(paper, runs[-1].end, values.start) if m.role == METRIC]
        shared = _Label(metric=metrics[0].canonical) if len(metrics) == 1 else _Label()
        return [[label.merged(shared).merged(_split_before(paper, runs[-1].start, floor))] for label in labels]
    if len(runs) < 2:
        return None
    outer_run, inner_run = runs[-2], runs[-1]  # "A、B、C 的 EM/F1 分别为 a/b、c/d、e/f"
    inner = _labels_of(paper, inner_run, inner_size, floor, values.start)
    outer = _labels_of(paper, outer_run, len(values.items), floor, inner_run.start)
    if not inner or not outer or len(text[outer_run.end:inner_run.start].strip()) > 4:
        return None
    return [[o.merged(i) for i in inner] for o in outer]


_OPEN_GLOSS = re.compile(r"[ \t]*\([^()\n]*")


def _pairs_before(paper: PaperContext, line_start: int, position: int, count: int,
                  reached: bool = False) -> Optional[list[_Label]]:
    """The metrics of the `count` `metric value` pairs right before `position` in its line (`HOTA 65.1，
    IDF1 81.0，MOTA 80.4；`), when that is all the pairs there are there and the metrics differ; with
    `reached`, also pairs joined by a verb of reaching (`S-measure 做到了 0.892，MAE 压到 0.019；X 是 a/b`)."""
    text = paper.view.text
    pairs: list[str] = []
    last_end = line_start
    placed = False  # a benchmark named earlier in the line: acronyms after it are its metrics
    metric_end = -1
    for mention in _mentions(paper, line_start, position):
        placed = placed or mention.role == BENCHMARK
        if mention.role == METRIC:
            name = mention.canonical
        elif mention.role == NAME_ROLE and placed and paper.vocabulary.name_shape(mention.text)[2]:
            name = mention.text.lower()  # "在 MOT17 上，HOTA 为 64.8、IDF1 为 80.2"
        else:
            continue
        if metric_end >= 0 and _OPEN_GLOSS.fullmatch(text, metric_end, mention.start):
            continue  # "mAP（tIoU 0.3:0.7）达到 70.4%": the thresholds the metric before it averages, no pair of its own
        metric_end = mention.end
        pair = (_METRIC_THEN_VALUE.match(text, mention.end, position)
                or reached and paper.vocabulary.reaches_value.match(text, mention.end, position))
        value_first = None if pair or not reached else _VALUE_THEN_METRIC.search(text, last_end, mention.start)
        if value_first:  # "取得 36.92 dB PSNR 和 0.991 SSIM": the value, then its metric
            if _breaks_pairs(paper, last_end, value_first.start()) or name in pairs:
                pairs = []
            pairs.append(name)
            last_end = mention.end
            continue
        if not pair:
            continue
        if _breaks_pairs(paper, last_end, mention.start) or name in pairs:
            pairs = []  # the pairs must run together: no other value, no sentence end between; a metric named
            # again starts another system's run ("HOTA a、AssA b、IDF1 c，比 X（HOTA d、AssA e）分别高出")
        pairs.append(name)
        last_end = pair.end()
    if (_breaks_pairs(paper, last_end, position, sentences=False) or len(pairs) != count
            or len(set(pairs)) != count):
        return None
    return [_Label(metric=name) for name in pairs]


def _places_before(paper: PaperContext, line_start: int, position: int, count: int) -> Optional[list[_Label]]:
    """The benchmarks of the `count` values before `position` in its line, when those are all the
    values there and each is stated on a benchmark of its own (`MMMU val 为 61.2，MathVista 为 72.4，
    MMBench 为 84.9；与 Qwen2.5-VL-7B（58.6 / 68.2 / 83.5）`, `在 ToxicChat 上 F1 为 0.81，在 OpenAI
    Moderation 上 F1 为 0.84；Llama Guard 3 分别为 0.53 和 0.79`): the list restates them for another
    system. A value's metric rides along when it names one."""
    text = paper.view.text
    marks, i = [], text.find(Q, line_start, position)
    while i != -1:
        if not paper.words.counts.match(text, i + 1):
            marks.append(i)
        i = text.find(Q, i + 1, position)
    if len(marks) != count:
        return None
    labels, floor, known = [], line_start, 0
    for mark in marks:
        named = _mentions(paper, floor, mark)
        places = [m for m in named if m.role == BENCHMARK or (
            m.role == NAME_ROLE and m.text[:1].isupper() and m.text.casefold() not in _splits(paper))]
        if not places or any(m.role in (MODEL, METHOD) for m in named if m.start > places[-1].start):
            return None  # a value of no benchmark, or of a system named after it
        known += places[-1].role == BENCHMARK
        metrics = [m for m in named if m.role == METRIC and m.start > places[-1].start]
        labels.append(_Label(benchmark=places[-1].canonical, metric=metrics[-1].canonical if metrics else None))
        floor = mark + 1
    # names of no known role count only beside more benchmarks than themselves ("MMBench-EN 为 84.9")
    return labels if len({label.benchmark for label in labels}) == count and 2 * known > count else None


def _parts_before(paper: PaperContext, line_start: int, position: int, count: int) -> Optional[list[_Label]]:
    """The parts of the `count` values before `position` in its line, when those are all the values there
    and each is stated on a part of its own (a split: `test-zh 的 CER 为 a，test-en 的 WER 为 b，SIM 分别为 c 和
    d`; a name and a part noun: `Long 子集 b`) or overall (`总体准确率 a`), at least one on a part: a later
    list restates them, each with the metric named for it unless the list names its own."""
    text = paper.view.text
    marks, i = [], text.find(Q, line_start, position)
    while i != -1:
        if not paper.words.counts.match(text, i + 1):
            marks.append(i)
        i = text.find(Q, i + 1, position)
    if len(marks) != count:
        return None
    nouns = _part_value_pattern(paper.words.part_nouns)
    labels, floor = [], line_start
    for mark in marks:
        named = _mentions(paper, floor, mark)
        metrics = [m for m in named if m.role == METRIC]
        metric = metrics[-1].canonical if metrics else None
        parts = [m for m in named if m.role == NAME_ROLE and m.text.split("-")[0].casefold() in _splits(paper)]
        if parts and not any(m.role in (MODEL, METHOD, BENCHMARK) for m in named if m.start > parts[-1].start):
            labels.append(_Label(subset=parts[-1].text, metric=metric if metrics[-1].start > parts[-1].start else None)
                          if metrics else _Label(subset=parts[-1].text))
        elif named and named[-1].role in (NAME_ROLE, BENCHMARK) and named[-1].text[:1].isascii() and (
                part := nouns.match(text, named[-1].end, mark + 1)) and part.end() == mark + 1:
            labels.append(_Label(subset=named[-1].text))  # "Long 子集 62.4%"
        elif metrics and named[-1] is metrics[-1] and _OVERALL_BEFORE.search(text, floor, metrics[-1].start) and (
                _METRIC_THEN_VALUE.fullmatch(text, metrics[-1].end, mark + 1)):
            labels.append(_Label(metric=metric))  # "总体准确率 68.9%"
        else:
            return None
        floor = mark + 1
    if not any(label.subset for label in labels) or len({label.subset for label in labels}) != count:
        return None
    return labels


_OVERALL_BEFORE = re.compile(r"(?:总体|整体|总|overall|Overall)\s*$")


def _breaks_pairs(paper: PaperContext, start: int, end: int, sentences: bool = True) -> bool:
    """True when [start, end) holds a value (a count, `14 类`, is no value) or, with `sentences`, a
    sentence end: pairs run together, while the list they label may follow in the next sentence."""
    text = paper.view.text
    if sentences and (";" in text[start:end] or "。" in text[start:end]):
        return True
    i = text.find(Q, start, end)
    while i != -1:
        if not paper.words.counts.match(text, i + 1):
            return True
        i = text.find(Q, i + 1, end)
    return False


def _metric_runs(paper: PaperContext, start: int, end: int, count: int) -> Optional[list[_Label]]:
    """A list of `count` metrics named in [start, end) (`指标为 Recall@10/NDCG@10`), the last one."""
    for run in reversed(_runs(paper, start, end)):
        labels = _labels_of(paper, run, count, start, end)
        if labels and all(label.metric and not label.subset for label in labels):
            return labels
    return None


_SIZE_AFTER_NAME = re.compile(rf"-(?:\d+(?:\.\d+)?[BMK]\b|{Q})")


def _attached(paper: PaperContext, values: _Values, floor: int) -> Optional[Mention]:
    """The system a value list belongs to when written right after its name: `X 为 a/b`, `X（a/b）`,
    `X（1.0B）为 a/b`, `X a/b`, `X（HotpotQA 上 a/b）`."""
    text = paper.view.text
    before = text[floor:values.start]
    opening = re.search(r"\(\s*(?:[^()\n]{1,20}?(?:上|中|:))?\s*$", before)
    end = floor + (opening.start() if opening else len(before))
    named = [m for m in _mentions(paper, max(floor, end - 40), end) if m.role != METRIC]
    if not named:
        return None
    last = named[-1]
    if len(named) > 1 and re.fullmatch(r"\s*\(\s*", text[named[-2].end:last.start]) and text[last.end:last.end + 1] == ")":
        last = named[-2]  # "SEA-RAFT (L) 为 a / b": the name before its variant in parentheses
    gap = text[last.end:end]
    size = _SIZE_AFTER_NAME.match(gap)
    if size and (Q not in size.group() or paper.quantity_at(last.end + size.end() - 1).scale in _SIZE_SCALES):
        gap = gap[size.end():]  # "Llama Guard 3-8B 分别为": the size is the name's
    if opening:  # "高于 RankZephyr（a / b）": values in parentheses are the name's own
        return None if gap.strip() or last.role == BENCHMARK else last
    if _VERBS.search(values.verb) and paper.words.compared.search(text, max(floor, last.start - 12), last.start):
        return None  # "相比 TIGER 分别提升 a 和 b": TIGER is what the changes are measured against
    if not values.implied and re.fullmatch(r"\s*(?:\([^()\n]{0,20}\))?\s*的\s*", gap):
        return last if last.role != BENCHMARK else None  # "优于 TimeMixer 的 0.222/0.262"
    owned = [m for m in _mentions(paper, last.end, end) if m.role == METRIC]
    if len(owned) == 1 and re.fullmatch(r"\s*的\s*", text[last.end:owned[0].start]):
        gap = text[owned[0].end:end]  # "HippoRAG 2 的 F1 为 a、b 和 c": the metric is the system's
    return last if _ATTACHED.fullmatch(gap) and last.role != BENCHMARK else None


def _read_paper(paper: PaperContext) -> dict[int, list[tuple]]:
    """Every value list of the section, by the start of its sentence, each as (values, labels or None,
    the system it is attached to, why it was refused); read once per paper, line by line, since a list
    may take the labels of an earlier one in its line."""
    if "lists" in paper.memo:
        return paper.memo["lists"]
    text = paper.view.text
    read: dict[int, list[tuple]] = {}
    line, earlier, lead, item = -1, [], (-1, []), None  # lead: the end and the lists of the last line that is no item
    for sentence in paper.sentences:
        pairs = _colon_pairs(paper, sentence) if (":" in text[max(0, sentence.start - 3):sentence.end]
                                                  or "其中" in text[sentence.start:sentence.end]) else None
        if pairs is None and not _ANY_LIST.search(text, sentence.start, sentence.end):
            continue
        if sentence.line_start != line:
            if earlier and not _ITEM_LINE.match(text, line) and text.find("\n", line) != -1:
                lead = (text.find("\n", line), _lead_lists(paper, line, earlier))
            line, earlier, item = sentence.line_start, [], None
            if lead[1] and _ITEMS_ONLY.fullmatch(text, lead[0], line) and _ITEM_LINE.match(text, line):
                item = _item_system(paper, sentence)
                earlier = list(lead[1]) if item else []  # "均值/中位数 136% / 61%" over "- DreamerV3：112% / 49%"
        here = read.setdefault(sentence.start, [])
        if pairs is not None:
            earlier.append(pairs)
            here.append(pairs)
        for values in _value_lists(paper, sentence.start, sentence.end):
            earlier.append(_resolve(paper, sentence, values, earlier))
            if item and earlier[-1][1] is not None and earlier[-1][2] is None and not earlier[-1][4]:
                earlier[-1] = (earlier[-1][0], earlier[-1][1], item, "", "")  # the item's label names its system
            if here and _before_after(paper, here[-1], earlier[-1], sentence.start):
                earlier[-2:] = _before_after(paper, here[-1], earlier[-1], sentence.start)
                here[-1] = earlier[-2]
            here.append(earlier[-1])
    paper.memo["lists"] = read
    return read


def _lead_lists(paper: PaperContext, line: int, earlier: list) -> list[tuple]:
    """The lists of a line that leads list items, as the items may restate them: only those with labels,
    each label placed on the line's benchmark when it names none."""
    named = [m for m in _mentions(paper, line, paper.view.text.find("\n", line) % (len(paper.view.text) + 1))
             if m.role == BENCHMARK]
    place = _Label(benchmark=named[-1].canonical) if named else _Label()
    return [(entry[0], [[label.merged(place) for label in row] for row in entry[1]], *entry[2:])
            for entry in earlier if entry[1] is not None]


def _item_system(paper: PaperContext, sentence: Sentence) -> Optional[Mention]:
    """The system a list item's label names, when the label is that one name (`- DreamerV3：`)."""
    if not sentence.context or not sentence.line_start <= sentence.context[0][0] < sentence.start:
        return None
    start, end = sentence.context[0]
    named = _mentions(paper, start, end)
    if len(named) == 1 and named[0].role in (NAME_ROLE, MODEL, METHOD) and not paper.view.text[start:end].replace(
            named[0].text, "").strip():
        return named[0]
    return None


_ITEM_LINE = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])[ \t]")  # a line that is an item of a list
_ITEMS_ONLY = re.compile(r"(?:\n[ \t]*(?:[-*•]|\d+[.)])[ \t][^\n]*)*\n")  # nothing but such lines between


_PAIR_GAP = re.compile(rf"\s*(?:\([^()\n]{{0,12}}\))?\s*(?:为|:)?\s*{Q}")  # "fr3/walking_xyz 1.4", "X（gloss）89.4"
_PAIR_JOINER = re.compile(r"\s*(?:[,、]|和|与)\s*")
_OWNED_METRIC = re.compile(r"\s*(?:\([^()\n]{0,20}\))?\s*的\s*$")  # "PolyGuard-R 的 F1:"


def _pairs_after(paper: PaperContext, start: int, end: int, prefix: str = "") -> list[tuple[Mention, int]]:
    """The run of `name value` pairs that opens [start, end): (name, its value's mark), the names joined
    by nothing but the separators of a list, every value an amount (no size, no count). A name that
    starts with `prefix` (its benchmark's: `LIBERO-Goal`) is a name whatever role it was given."""
    text = paper.view.text
    pairs: list[tuple[Mention, int]] = []
    cursor = start
    for mention in _mentions(paper, start, end):
        if mention.start < cursor:
            continue
        named = mention.role in (BENCHMARK, NAME_ROLE) or (
            prefix and mention.role == METRIC and mention.text.casefold().startswith(prefix))
        if (not named or text[cursor:mention.start].strip(" ,、和与")
                or (pairs and not _PAIR_JOINER.fullmatch(text, cursor, mention.start))):
            break
        gap = _PAIR_GAP.match(text, mention.end, end)
        if not gap:
            break
        mark = gap.end() - 1
        quantity = paper.quantity_at(mark)
        if (quantity.scale in _SIZE_SCALES and quantity.unit is None) or paper.words.counts.match(text, mark + 1):
            break
        pairs.append((mention, mark))
        cursor = mark + 1
    return pairs


def _colon_pairs(paper: PaperContext, sentence: Sentence) -> Optional[tuple]:
    """A run of `name value` pairs after a colon whose lead says what the names are, as a value list
    with its labels (see `_pair_labels`): `TUM RGB-D 动态序列上（ATE RMSE）：fr3/walking_xyz 1.4，
    fr3/walking_halfsphere 2.1`. Its values are read (rule `aligned.pairs`), and a later list of as
    many values in its line takes its labels (`ORB-SLAM3 在这三条序列上分别为 a、b、c`)."""
    text = paper.view.text
    leads = [(sentence.line_start, i) for i in offsets_of(":", text, sentence.start, sentence.end)]
    if sentence.context:  # "X 的 F1：" opening the line is read as the sentence's lead
        start, end = sentence.context[0]
        colon = text.rfind(":", start, sentence.start)
        if colon != -1 and colon >= end - 1 and not text[colon + 1:sentence.start].strip():
            leads.insert(0, (start, colon))
    found = None
    for lead, colon in leads:
        pairs = _pairs_after(paper, colon + 1, sentence.end)
        if len(pairs) >= 2 and len({name_key(m.text) for m, _ in pairs}) == len(pairs):
            found = _pair_labels(paper, lead, colon, pairs)
            if found is not None:
                break
    else:
        among = text.find("其中", sentence.start, sentence.end)
        if among != -1:
            found, pairs = _parts_among(paper, sentence, among)
    if found is None:
        return None
    labels, owner = found
    marks = tuple((mark,) for _, mark in pairs)
    values = _Values(pairs[0][0].start, pairs[-1][1] + 1, marks, False, "")
    return values, [[label] for label in labels], owner, "", "pairs"


def _parts_among(paper: PaperContext, sentence: Sentence, among: int) -> tuple[Optional[tuple], list]:
    """`其中 LIBERO-Spatial 98.4%、LIBERO-Object 99.0%` after the benchmark's overall value: pairs whose
    names are parts named after the benchmark of the line or its heading (its name and a hyphen or a
    space), or split names; the metric named before 其中 in the sentence rides along."""
    places = [m for m in _mentions(paper, sentence.line_start, among) if m.role == BENCHMARK]
    for start, end in sentence.context if not places else ():
        places = [m for m in _mentions(paper, start, end) if m.role == BENCHMARK]
        if places:
            break
    if not places:
        return None, []
    bench = places[-1]
    prefixes = tuple(f"{bench.text.casefold()}{joiner}" for joiner in ("-", " "))
    pairs = _pairs_after(paper, among + 2, sentence.end, prefixes[0])
    names = [m for m, _ in pairs]
    if len(pairs) < 2 or len({name_key(m.text) for m in names}) < len(names) or not all(
            m.text.casefold().startswith(prefixes) or m.text.split("-")[0].casefold() in _splits(paper) for m in names):
        return None, []
    metrics = [m for m in _mentions(paper, sentence.start, among) if m.role == METRIC]
    metric = metrics[-1].canonical if metrics else None
    return ([_Label(benchmark=bench.canonical, subset=m.text, metric=metric) for m in names], None), pairs


def _pair_labels(paper: PaperContext, lead: int, colon: int,
                 pairs: list[tuple[Mention, int]]) -> Optional[tuple[list[_Label], Optional[Mention]]]:
    """What the names of a colon's pairs are, from the colon's lead: parts of the benchmark named with a
    part noun (`TUM RGB-D 动态序列上（ATE RMSE）：`), or benchmarks a system was measured on by the metric
    it owns (`PolyGuard-R 的 F1：ToxicChat 78.6，OpenAI Moderation 81.2`, one of them a known benchmark,
    no benchmark named before in the line); the lead's metric rides along. Else None: unknown names
    after a colon may be systems."""
    text = paper.view.text
    lead = _mentions(paper, lead, colon)
    metrics = [m for m in lead if m.role == METRIC]
    names = [m for m, _ in pairs]
    places = [m for m in lead if m.role == BENCHMARK]
    if places and all(m.role == NAME_ROLE for m in names):
        bench = places[-1]
        between = _lead_metric(paper, bench.end, colon)
        frame = paper.words.benchmark_parts.fullmatch(text, bench.end, colon + 1)
        if frame and between is not False:
            metric = between.canonical if between else None
            return [_Label(benchmark=bench.canonical, subset=m.text, metric=metric) for m in names], None
    if (not places and metrics and lead[-1] is metrics[-1] and not text[metrics[-1].end:colon].strip()
            and any(m.role == BENCHMARK for m in names)):
        owned = [m for m in lead if m.end <= metrics[-1].start]
        if owned and owned[-1].role in (MODEL, METHOD, NAME_ROLE) and _OWNED_METRIC.fullmatch(
                text, owned[-1].end, metrics[-1].start):
            return [_Label(benchmark=m.canonical, metric=metrics[-1].canonical) for m in names], owned[-1]
    return None


def _lead_metric(paper: PaperContext, start: int, end: int):
    """The one metric named in a colon's lead after its benchmark (None for none; False for several,
    or for any other name there)."""
    named = _mentions(paper, start, end)
    metrics = [m for m in named if m.role == METRIC]
    if len(metrics) > 1 or any(m.role in (BENCHMARK, MODEL, METHOD) for m in named):
        return False
    return metrics[0] if metrics else None


_FROM = re.compile(r"(?:从|由)\s*$")
_FROM_SYSTEM = re.compile(r"(?:从|由)\s*(?P<ref>[^\s,;。()" + Q + r"][^,;。()" + Q + r"]{0,30}?)\s*的\s*$")
_TO = re.compile(r"\s*(?:[^,;。" + Q + r"]{0,6}?)(?:到|至|为|成)\s*")


def _before_after(paper: PaperContext, first: tuple, second: tuple, floor: int) -> Optional[list[tuple]]:
    """`从 a/b 提升至 x/y` (or `从 X 的 a/b 降到 x/y`): two value lists of one shape, before and after; the
    labels of the first hold for both, the first's values are the system the change starts from."""
    text = paper.view.text
    a, b = first[0], second[0]
    if (a.respectively or b.respectively or len(a.items) != len(b.items) or first[4] or second[4]
            or not _TO.fullmatch(text, a.end, b.start)):
        return None
    ref = _FROM_SYSTEM.search(text, max(floor, a.start - 40), a.start)
    if not ref and not _FROM.search(text, max(floor, a.start - 3), a.start):
        return None
    named = [m for m in _mentions(paper, *ref.span("ref")) if m.role in (MODEL, METHOD, NAME_ROLE)] if ref else []
    labels = first[1] or second[1]
    refusal = "" if labels else first[3]
    return [(a, labels, named[-1] if named else None, refusal, "before"), (b, labels, second[2], refusal, "after")]


def _is_change(paper: PaperContext, values: _Values) -> bool:
    """True for a list of changes (`分别提升 a 和 b`, `+2.1 / +3.0`, points)."""
    return bool(_VERBS.search(values.verb)) or any(
        paper.quantity_at(mark).sign or paper.quantity_at(mark).unit in ("pp", "points") for mark in values.marks)


_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _line_benchmarks(paper: PaperContext, line_start: int, position: int, count: int,
                     reference: re.Match[str]) -> Optional[list[_Label]]:
    """The benchmarks named in the line before a list that refers to them by their number (`三个数据集的 F1
    分别提升 a、b 和 c` after `HotpotQA 上 …，2WikiMultiHopQA 上 …，MuSiQue 上 …`), when exactly that many are
    named there, and the number written agrees."""
    written = reference.group().strip()
    number = _NUMERALS.get(written[0])
    if written[0] == Q:
        number = paper.quantity_at(reference.start()).value
    if number is not None and number != count:
        return None
    names: list[str] = []
    for mention in _mentions(paper, line_start, position):
        if mention.role == BENCHMARK and mention.canonical not in names:
            names.append(mention.canonical)
    return [_Label(benchmark=name) for name in names] if len(names) == count else None


def _units(paper: PaperContext, values: _Values) -> set:
    """The units a value list's values are written with (None for a plain number)."""
    return {paper.quantity_at(mark).unit for mark in values.marks}


def _resolve(paper: PaperContext, sentence: Sentence, values: _Values, earlier: list) -> tuple:
    """(values, labels or None, the system they are attached to, why refused): see the module."""
    text = paper.view.text
    quantities = [paper.quantity_at(mark) for mark in values.marks]
    if any(q.scale in _SIZE_SCALES and q.unit is None for q in quantities):
        return values, None, None, "a list of sizes or settings (7B, 8K)", ""
    if all(q.unit is None for q in quantities) and paper.words.counts.match(text, values.marks[-1] + 1):
        return values, None, None, "a list of counts (200 和 500 个样本)", ""
    sizes = _AFTER_SIZES.search(text, max(sentence.start, values.start - 40), values.start)
    if sizes and all(paper.quantity_at(i).scale in _SIZE_SCALES for i in range(sizes.start(), sizes.end()) if text[i] == Q):
        return values, None, None, "values in parentheses after a list of sizes (7B / 8K（2024 / 2025）): what they are is not said", ""
    variants = paper.words.sized_list.search(text, sentence.start, values.start)
    if variants and all(paper.quantity_at(i).scale in _SIZE_SCALES and paper.quantity_at(i).unit is None
                        for i in range(variants.start(), variants.end()) if text[i] == Q):
        return values, None, None, "values of size variants ('7B/14B/32B 三个版本…分别为'): no variant's name is written", ""
    labels = _written_labels(paper, values, sentence.start)
    if labels is not None:
        return values, labels, None, "", ""
    if values.implied and _attached(paper, values, sentence.start) is None:
        return values, None, None, "", "unread"  # no 分别, no labels, no system: the values may be read one by one
    count = len(values.items)
    if any(len(item) > 1 for item in values.items):
        groups = _earlier_groups(earlier, [len(item) for item in values.items])
        if groups is None:
            return values, None, None, "a list of value groups whose labels are not written before it or in its line", ""
        return values, groups, _attached(paper, values, sentence.start), "", ""
    if all(text[item[-1] + 1:item[-1] + 4].lstrip().startswith("(") for item in values.items):
        return values, [[_Label()] for _ in values.items], None, "", ""  # "19.6 (ALFWorld) 和 6.9 (Tau-Bench)"
    system = _attached(paper, values, sentence.start)
    metric = next((m for m in reversed(_mentions(paper, max(sentence.start, values.start - 12), values.start))
                   if m.role == METRIC and _METRIC_BEFORE_LIST.fullmatch(text, m.end, values.start)), None)
    schema = None
    for previous, previous_labels, *_ in reversed(earlier):
        if (previous_labels and previous_labels[0][0].metric and not _is_change(paper, values)
                and not _is_change(paper, previous) and _units(paper, previous) != _units(paper, values)):
            continue  # "SIM 分别为 0.74 和 0.67；对比 X（1.45% / 2.57%）": another quantity than the metric they name
        if previous_labels is not None and len(previous_labels[0]) == count and (count > 1 or len(previous.items) == 1):
            schema = [label.carried() for label in previous_labels[0]]  # the inner labels of a list of lists
            break
        if previous_labels is not None and len(previous.items) == count and len(previous.items[0]) == 1:
            schema = [row[0].carried() for row in previous_labels]
            break
        if (previous_labels is not None and len(previous.items) == count and metric is not None
                and len({(row[0].benchmark, row[0].subset) for row in previous_labels}) == count):
            # "在 A、B 和 C 上，EM/F1 分别为 a/b、c/d 和 e/f；X 的 F1 为 g、h 和 i": the places, with the metric named here
            schema = [_Label(benchmark=row[0].benchmark, subset=row[0].subset) for row in previous_labels]
            break
    reference = _LIST_REFERENCE.search(text, sentence.start, values.start) if values.respectively else None
    if schema is None and reference:
        schema = (_heading_labels(paper, sentence, count, benchmarks_only=True)
                  or _line_benchmarks(paper, sentence.line_start, values.start, count, reference))
    if schema is None:
        schema = _heading_labels(paper, sentence, count)
    if schema is None and metric is None:
        # a slash group restates the values its line reached, in order; a list after 分别 may compare them
        schema = (_pairs_before(paper, sentence.line_start, values.start, count, reached=not values.respectively)
                  or _metric_runs(paper, sentence.line_start, values.start, count)
                  or _places_before(paper, sentence.line_start, values.start, count))
        for start, end in sentence.context if schema is None else ():
            # "以下为平均值（MSE/MAE，越低越好）：" over "ETTh1：0.428/0.431，iTransformer 为 0.454/0.447"
            schema = _metric_runs(paper, start, end, count)
            if schema is not None:
                break
    if schema is None:
        schema = _parts_before(paper, sentence.line_start, values.start, count)
    if schema is None:
        return values, None, system, "no labels of the same length written before it, in its line or its heading", ""
    shared = _Label(metric=metric.canonical if metric else None)
    labels = [[shared.merged(label)] for label in schema]
    if len(set(row[0] for row in labels)) != count:
        return values, None, system, "its labels do not tell its values apart", ""
    return values, labels, system, "", ""


_SPLIT_BEFORE = re.compile(r"(?<![A-Za-z0-9\-_])(?P<split>[A-Za-z][A-Za-z0-9\-_]*)\s*的?\s*$")


def _split_before(paper: PaperContext, position: int, floor: int) -> _Label:
    """The split a run of labels is read on, written right before it (`test-zh 的 CER/SIM`), as a
    part: later lists that take these labels keep it."""
    m = _SPLIT_BEFORE.search(paper.view.text, max(floor, position - 20), position)
    if m and re.split(r"[-_]", m.group("split"))[0].casefold() in _splits(paper):
        return _Label(subset=m.group("split"))
    return _Label()


def _earlier_groups(earlier: list, shape: list[int]) -> Optional[list[list[_Label]]]:
    """The labels of a list of value groups taken from the nearest earlier lists of its line, when
    their groups, in order, have its shape (`test-zh 的 CER/SIM 为 a/b，test-en 的 WER/SIM 为 c/d；
    F5-TTS 分别是 e/f 和 g/h`): each earlier slash group is one group, a list of them is several."""
    groups: list[list[_Label]] = []
    for previous, previous_labels, *_ in reversed(earlier):
        if previous_labels is None:
            return None
        if all(len(item) == 1 for item in previous.items):
            rows = [[row[0].carried() for row in previous_labels]]
        else:
            rows = [[label.carried() for label in row] for row in previous_labels]
        groups[:0] = rows
        if len(groups) >= len(shape):
            break
    flat = [label for group in groups for label in group]
    if [len(group) for group in groups] != shape or len(set(flat)) != len(flat):
        return None
    return groups


def _heading_labels(paper: PaperContext, sentence: Sentence, count: int,
                    benchmarks_only: bool = False) -> Optional[list[_Label]]:
    """The labels of the sentence's heading (`**TREC DL19 / DL20**：`, `**LongText-Bench 英文/中文**：`)
    when the heading is that list and nothing more (but a gloss, a cue word, the benchmark the list is
    parts of); with `benchmarks_only` (the sentence says "在三个基准上"), any heading or lead's."""
    text = paper.view.text
    for start, end in sentence.context:
        for run in _runs(paper, start, end):
            before_ok = _HEADING_REST.fullmatch(text, start, run.start) or _owner(paper, run.start, start, True)
            if not (benchmarks_only or (before_ok and _HEADING_REST.fullmatch(text, run.end, end))):
                continue
            labels = _labels_of(paper, run, count, start, end, heading=True)
            if labels and (not benchmarks_only or all(label.benchmark for label in labels)):
                return labels
    return None


def _claims(paper: PaperContext, rule: str, values: _Values, labels: Optional[list[list[_Label]]],
            system: Optional[Mention], refusal: str, role: str) -> tuple[int, int, list[Claim]]:
    """The claims of one value list: one per value, or refused ones when no labels fit; the `before`
    list of a change belongs to the system the change starts from (`system`, else the baseline)."""
    text = paper.view.text
    verb = _VERBS.search(values.verb) if values.respectively else None
    kind = "score" if role else "change" if verb else "auto"
    direction = ("increase" if verb.group("up") else "decrease") if verb else None
    units = [paper.quantity_at(item[-1]).unit for item in values.items]
    shared_unit = units[-1] if values.respectively and units[-1] and all(u in (None, units[-1]) for u in units) else None
    note = paper.words.unit_note.match(text, values.marks[-1] + 1) if not any(units) else None
    if note:  # the list's own unit, written once after it
        shared_unit = paper.words.unit_of[note.group("unit")]
    after = next((m for m in _mentions(paper, values.end, values.end + 8) if m.role == METRIC
                  and re.fullmatch(r"\s*的?\s*", text[values.end:m.start])), None)
    first = min([values.start] + ([system.start] if system else []))
    claims = []
    # "与非流式教师模型（2.0% / 4.6%）": a described, unnamed system's values, the baseline's when it is compared with, else nobody's
    floor = max(text.rfind("\n", 0, values.start) + 1, values.start - 20)
    described = None if system or role else paper.words.described_system.search(text, floor, values.start)
    if described and (paper.words.self_reference.search(described.group())
                      or re.search(r"[A-Za-z0-9)][ \t]*$", text[floor - 2:described.start()])):
        described = None  # "本文模型（…）" is the method; "Whisper-large-v3 流式改造版本（…）" a named system's variant
    compared = described and (paper.words.compared.search(text, max(floor - 4, 0), described.start() + 2)
                              or _WITH_BEFORE.search(text, max(floor - 4, 0), described.start() + 1))
    for i, item in enumerate(values.items):
        for j, mark in enumerate(item):
            label = labels[i][j] if labels else _Label()
            groups: dict[str, tuple[int, int]] = {}
            model = "subject"
            if role == "before":
                if system is not None:
                    groups["ref"] = (system.start, system.end)
                model = GroupRef(group="ref")
            elif compared:
                model = "baseline"
            elif label.method_on and paper.method:
                model = NamedRef(named=f"{paper.method} ({label.method_on})")
            elif label.system or system is not None:
                groups["system"] = label.system or (system.start, system.end)
                model = GroupRef(group="system", name_required=True)
            reference = "context"
            if label.reference:
                groups["reference"] = label.reference
                reference = GroupRef(group="reference", name_required=True)
            claims.append(Claim(rule=rule, quantity=mark, kind=kind, model=model, reference=reference,
                                direction=direction, metric_span=None, match_span=(first, values.end),
                                groups=groups, benchmark=label.benchmark, unit=shared_unit, subset=label.subset,
                                metric=label.metric or (after.canonical if after else None),
                                refusal=f"values in parentheses after a system described, not named ({described.group()!r})"
                                if described and not compared else None if labels else f"one of a list of values: {refusal}"))
    return first, values.end, claims


def _find(paper: PaperContext, start: int, end: int, respectively: bool, rule: str):
    return [_claims(paper, rule, values, labels, system, refusal, role)
            for values, labels, system, refusal, role in _read_paper(paper).get(start, ())
            if values.respectively == respectively and values.end <= end and role not in ("unread", "pairs")]


@function_rule(
    "aligned.respectively",
    priority=40,
    examples=[
        # a set's name with its first part's code, then the other parts' codes: the parts of that set
        {"text": "在 FooDrive3-A / B / C 三个场景上的成功率分别为 81.2%、72.3% 和 63.1%。",
         "records": [
             {"kind": "score", "value": 81.2, "benchmark": "FooDrive3", "subset": "A", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 72.3, "benchmark": "FooDrive3", "subset": "B", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 63.1, "benchmark": "FooDrive3", "subset": "C", "model": "Method", "metric": "success rate"}]},
        {"text": "在 A / B / C 三个场景上的成功率分别为 81.2%、72.3% 和 63.1%。", "records": []},  # ... not codes alone
        # a label listing releases of one set by their years, or its tracks by their codes, after the first in full
        {"text": "*   **FooMeet 2019 / 2021**：WER 分别为 **8.1%** 和 **7.3%**，而 BarASR 为 9.0% 和 8.4%。\n"
                 "*   **BazSpoof 2021 LA / PA**：EER 分别为 0.9% 和 2.1%。",
         "records": [
             {"kind": "score", "value": 8.1, "benchmark": "FooMeet 2019", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 7.3, "benchmark": "FooMeet 2021", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 9.0, "benchmark": "FooMeet 2019", "model": "BarASR", "metric": "wer"},
             {"kind": "score", "value": 8.4, "benchmark": "FooMeet 2021", "model": "BarASR", "metric": "wer"},
             {"kind": "score", "value": 0.9, "benchmark": "BazSpoof 2021 LA", "model": "Method", "metric": "eer"},
             {"kind": "score", "value": 2.1, "benchmark": "BazSpoof 2021 PA", "model": "Method", "metric": "eer"}]},
        {"text": "在 2023 和 2024 上分别为 61.2 和 63.0。\n*   **2024 / 2025**：WER 分别为 3.1% 和 4.2%。\n"
                 "*   **FooNet 7B / 13B**：WER 分别为 5.1% 和 4.4%。",
         "records": []},  # years alone, and sizes, name no set
        # a lower-case word in parentheses after a benchmark in the list is its part, not part of its name;
        # a size there is no part
        {"text": "ZetaLM 在 FooQA、BarQA（hard）和 BazVQA 上分别达到 81.2、40.5 和 90.1。", "title": "ZetaLM: x",
         "records": [{"kind": "score", "value": 81.2, "benchmark": "FooQA", "model": "ZetaLM"},
                     {"kind": "score", "value": 40.5, "benchmark": "BarQA", "subset": "hard", "model": "ZetaLM"},
                     {"kind": "score", "value": 90.1, "benchmark": "BazVQA", "model": "ZetaLM"}]},
        {"text": "ZetaLM 在 FooQA、BarQA（7B）和 BazVQA 上分别达到 81.2、40.5 和 90.1，2024 年发布，支持 8K 上下文。",
         "title": "ZetaLM: x", "records": []},
        # names whose first word is a split's ("Dev_Noisy") are parts of the benchmark the bullet names
        {"text": "*   **FooSpeech**：Dev_Clean / Dev_Noisy 的 WER 分别为 3.1% 和 6.4%；Dev_Noisy 上也优于其他系统。",
         "records": [{"kind": "score", "value": 3.1, "benchmark": "FooSpeech", "subset": "Dev_Clean", "model": "Method", "metric": "wer"},
                     {"kind": "score", "value": 6.4, "benchmark": "FooSpeech", "subset": "Dev_Noisy", "model": "Method", "metric": "wer"}]},
        # "分别高于 X 的 a 和 b": X's own values, no changes (the first is read as X's score); "分别比 X 高 a 和 b" are changes
        {"text": "在 FooQA 上 EM 为 71.2，F1 为 80.1，分别高于 BarLM 的 68.0 和 77.5。",
         "records": [{"kind": "score", "value": 71.2, "model": "Method"}, {"kind": "score", "value": 80.1, "model": "Method"},
                     {"kind": "score", "value": 68.0, "model": "BarLM"}]},
        {"text": "在 FooQA 上 EM 为 71.2，F1 为 80.1，分别比 BarLM 高 3.2 和 2.6。",
         "records": [{"kind": "score", "value": 71.2, "model": "Method"}, {"kind": "score", "value": 80.1, "model": "Method"},
                     {"kind": "delta", "value": 3.2, "metric": "exact match"}, {"kind": "delta", "value": 2.6, "metric": "f1"}]},
        # values of the method's size variants, no variant named: no record; named systems of each size keep theirs
        {"text": "在 FooSWE 上，7B/14B/32B 三个版本在 Verified 上分别为 28.9%、44.7%、58.4%。", "records": []},
        {"text": "在 FooSWE 上，BarLM-7B 和 BarLM-14B 在 Verified 上分别为 28.9%、44.7%。",
         "records": [{"kind": "score", "value": 28.9, "model": "BarLM-7B"}, {"kind": "score", "value": 44.7, "model": "BarLM-14B"}]},
        {"text": "在 GSM8K、MATH 和 AIME 上分别达到 91.2%、75.0% 和 30.1% 的准确率。",
         "records": [
             {"kind": "score", "value": 91.2, "benchmark": "GSM8K", "model": "Method", "metric": "accuracy", "unit": "%"},
             {"kind": "score", "value": 75.0, "benchmark": "MATH", "model": "Method", "metric": "accuracy", "unit": "%"},
             {"kind": "score", "value": 30.1, "benchmark": "AIME", "model": "Method", "metric": "accuracy", "unit": "%"}]},
        {"text": "在 GSM8K 和 MATH 上分别达到 91.2%、75.0% 和 30.1%。", "records": []},
        {"text": "在 LongBench 上，Method 为 47.2，SnapKV 与 GPT-4o 分别为 44.0 和 44.6。",
         "records": [
             {"kind": "score", "value": 47.2, "benchmark": "LongBench", "model": "Method"},
             {"kind": "score", "value": 44.0, "benchmark": "LongBench", "model": "SnapKV"},
             {"kind": "score", "value": 44.6, "benchmark": "LongBench", "model": "GPT-4o"}]},
        {"text": "在 MMAU 上，声音、音乐、语音三个子类分别为 80.2%、71.5% 和 70.1%。",
         "records": [
             {"kind": "score", "value": 80.2, "benchmark": "MMAU", "model": "Method", "subset": "sound"},
             {"kind": "score", "value": 71.5, "benchmark": "MMAU", "model": "Method", "subset": "music"},
             {"kind": "score", "value": 70.1, "benchmark": "MMAU", "model": "Method", "subset": "speech"}]},
        {"text": "在 NarrativeQA 上，该方法在 GPT-4o-mini 和 Qwen2.5-14B 上分别超过强基线 CAM 模型 5% 和 8% 的 F1 分数。",
         "records": [
             {"kind": "delta", "value": 5, "benchmark": "NarrativeQA", "model": "Method (GPT-4o-mini)", "metric": "f1",
              "direction": "increase", "reference": "CAM"},
             {"kind": "delta", "value": 8, "benchmark": "NarrativeQA", "model": "Method (Qwen2.5-14B)", "metric": "f1",
              "direction": "increase", "reference": "CAM"}]},
        {"text": "Method 将基座模型性能分别提升了 19.6 (ALFWorld) 和 6.9 (Tau-Bench) 个百分点。",
         "records": [
             {"kind": "delta", "value": 19.6, "benchmark": "ALFWorld", "model": "Method", "direction": "increase"},
             {"kind": "delta", "value": 6.9, "benchmark": "Tau-Bench", "model": "Method", "direction": "increase"}]},
        # the issue's shapes: systems listed before their values; a list of lists with two label lists
        {"text": "GPT-4o、Claude-3.5-Sonnet 和 Qwen2.5-72B 在 MMLU 上的准确率分别为 71.2、68.4 和 65.0。",
         "records": [
             {"kind": "score", "value": 71.2, "benchmark": "MMLU", "model": "GPT-4o", "metric": "accuracy"},
             {"kind": "score", "value": 68.4, "benchmark": "MMLU", "model": "Claude-3.5-Sonnet", "metric": "accuracy"},
             {"kind": "score", "value": 65.0, "benchmark": "MMLU", "model": "Qwen2.5-72B", "metric": "accuracy"}]},
        {"text": "HotpotQA、2WikiMultiHopQA、MuSiQue 的 EM/F1 分别为 45.3/58.1、51.7/59.9、21.4/31.0。",
         "records": [
             {"kind": "score", "value": 45.3, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 58.1, "benchmark": "HotpotQA", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 51.7, "benchmark": "2WikiMultiHopQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 59.9, "benchmark": "2WikiMultiHopQA", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 21.4, "benchmark": "MuSiQue", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 31.0, "benchmark": "MuSiQue", "model": "Method", "metric": "f1"}]},
        {"text": "*   **MMLU**：Recall@10 达到 0.0731，NDCG@10 为 0.0427，相比 TIGER 分别提升 12.8% 和 11.2%。",
         "records": [
             {"kind": "score", "value": 0.0731, "benchmark": "MMLU", "metric": "recall@10"},
             {"kind": "score", "value": 0.0427, "benchmark": "MMLU", "metric": "ndcg@10"},
             {"kind": "delta", "value": 12.8, "benchmark": "MMLU", "metric": "recall@10", "reference": "TIGER"},
             {"kind": "delta", "value": 11.2, "benchmark": "MMLU", "metric": "ndcg@10", "reference": "TIGER"}]},
        {"text": "在CALVIN和MetaWorld基准上成功率提升2.4%和7.1%。",
         "records": [
             {"kind": "delta", "value": 2.4, "benchmark": "CALVIN", "model": "Method", "metric": "success rate",
              "direction": "increase"},
             {"kind": "delta", "value": 7.1, "benchmark": "MetaWorld", "model": "Method", "metric": "success rate",
              "direction": "increase"}]},
        {"text": "Model-A、Model-B 和 Model-C 在 XBench 上的准确率分别为 71.2、68.4 和 65.0。",
         "records": [
             {"kind": "score", "value": 71.2, "benchmark": "XBench", "model": "Model-A", "metric": "accuracy"},
             {"kind": "score", "value": 68.4, "benchmark": "XBench", "model": "Model-B", "metric": "accuracy"},
             {"kind": "score", "value": 65.0, "benchmark": "XBench", "model": "Model-C", "metric": "accuracy"}]},
        # labels counted as several benchmarks are each value's own ("Sports" is Amazon Sports), unlike an
        # average over them
        {"text": "在 Amazon Beauty、Sports 和 Toys 三个数据集上，Method 的 Recall@10 分别为 0.0972、0.0581、0.0934；三个数据集上平均提升 13%。",
         "records": [
             {"kind": "score", "value": 0.0972, "benchmark": "Amazon Beauty", "model": "Method", "metric": "recall@10"},
             {"kind": "score", "value": 0.0581, "benchmark": "Amazon Sports", "model": "Method", "metric": "recall@10"},
             {"kind": "score", "value": 0.0934, "benchmark": "Amazon Toys", "model": "Method", "metric": "recall@10"}]},
        # counts in a list stay counts
        {"text": "在 GSM8K 和 MATH 上各用了 200 和 500 个样本。", "records": []},
        {"text": "在 MIMIC-CXR 上，RadGraph-F1 为 0.291，CheXbert 14 类 micro-F1 为 0.573，分别高于 MAIRA-2（0.262 / 0.551）。",
         "records": [
             {"kind": "score", "value": 0.291, "benchmark": "MIMIC-CXR", "model": "Method", "metric": "radgraph f1"},
             {"kind": "score", "value": 0.573, "benchmark": "MIMIC-CXR", "model": "Method", "metric": "micro-f1"},
             {"kind": "score", "value": 0.262, "benchmark": "MIMIC-CXR", "model": "MAIRA-2", "metric": "radgraph f1"},
             {"kind": "score", "value": 0.551, "benchmark": "MIMIC-CXR", "model": "MAIRA-2", "metric": "micro-f1"}]},
        # unknown names joined by 与 before 分别为 are systems or parts: the text does not say which
        {"text": "在 HarmBench 上，PAIR 与 TAP 分别为 39.0% 和 44.5%。", "records": []},
        # counts, sizes and settings in a list stay what they are
        {"text": "在 GSM8K 和 MATH 上分别使用 7B 和 8K 的设置。", "records": []},
        {"text": "在 GSM8K 和 MATH 上分别采样 200 个和 500 个样本。", "records": []},
        # a unit written once after the list is each value's; a size or a count in parentheses is no unit
        {"text": "XBench 三个子集 Easy/Medium/Hard 的成功率分别为 97.8/95.2/91.4（%）。",
         "records": [
             {"kind": "score", "value": 97.8, "benchmark": "XBench", "subset": "Easy", "metric": "success rate", "unit": "%"},
             {"kind": "score", "value": 95.2, "benchmark": "XBench", "subset": "Medium", "metric": "success rate", "unit": "%"},
             {"kind": "score", "value": 91.4, "benchmark": "XBench", "subset": "Hard", "metric": "success rate", "unit": "%"}]},
        {"text": "在 GSM8K 和 MATH 上分别为 81.2 和 60.3（7B）。", "records": []},
        # 而 after a value contrasts the names after it with it: they own their values; 比 makes them references
        {"text": "在 XBench 上，Method 为 0.71，而 Model-A 和 Model-B 分别为 0.48 和 0.52。",
         "records": [
             {"kind": "score", "value": 0.71, "benchmark": "XBench", "model": "Method"},
             {"kind": "score", "value": 0.48, "benchmark": "XBench", "model": "Model-A"},
             {"kind": "score", "value": 0.52, "benchmark": "XBench", "model": "Model-B"}]},
        {"text": "在 XBench 上，Method 为 71.2，比 Model-A 和 Model-B 分别高出 3.1 和 4.2。",
         "records": [
             {"kind": "score", "value": 71.2, "benchmark": "XBench", "model": "Method"},
             {"kind": "delta", "value": 3.1, "benchmark": "XBench", "model": "Method", "reference": "Model-A"},
             {"kind": "delta", "value": 4.2, "benchmark": "XBench", "model": "Method", "reference": "Model-B"}]},
        # a name's version number before the list is the name's: "HippoRAG 2"
        {"text": "在 MuSiQue 上，EM 达到 32.4，F1 达到 43.9，分别比 HippoRAG 2 高 3.1 和 3.6 分。",
         "records": [
             {"kind": "score", "value": 32.4, "benchmark": "MuSiQue", "metric": "exact match"},
             {"kind": "score", "value": 43.9, "benchmark": "MuSiQue", "metric": "f1"},
             {"kind": "delta", "value": 3.1, "benchmark": "MuSiQue", "model": "Method", "metric": "exact match"},
             {"kind": "delta", "value": 3.6, "benchmark": "MuSiQue", "model": "Method", "metric": "f1"}]},
        # 在 … 上 framing Chinese names glued to them is no part of the names, and the names are parts, not benchmarks
        {"text": "在 FooSeg 上，在肝脏肿瘤和胰腺肿瘤上 Dice 分别提升 4.2 和 3.5 个百分点。模型为 7B，于 2024 年训练。",
         "records": [
             {"kind": "delta", "value": 4.2, "unit": "pp", "benchmark": "FooSeg", "subset": "liver tumor", "metric": "dice"},
             {"kind": "delta", "value": 3.5, "unit": "pp", "benchmark": "FooSeg", "subset": "pancreas tumor", "metric": "dice"}]},
        # names listed before a count and a part noun, modalities, levels: parts of the benchmark above them,
        # never benchmarks; with no benchmark above them, no record
        {"text": "*   **FooCeleb1**：在 Foo1-O、Foo1-E、Foo1-H 三个测试列表上 EER 分别为 0.52%、0.71% 和 1.29%。",
         "records": [
             {"kind": "score", "value": 0.52, "benchmark": "FooCeleb1", "subset": "Foo1-O", "model": "Method"},
             {"kind": "score", "value": 0.71, "benchmark": "FooCeleb1", "subset": "Foo1-E", "model": "Method"},
             {"kind": "score", "value": 1.29, "benchmark": "FooCeleb1", "subset": "Foo1-H", "model": "Method"}]},
        {"text": "*   **FooSeg22**：CT 与 MRI 上的平均 Dice 分别为 90.2% 和 84.7%。",
         "records": [
             {"kind": "score", "value": 90.2, "benchmark": "FooSeg22", "subset": "CT", "model": "Method", "metric": "dice"},
             {"kind": "score", "value": 84.7, "benchmark": "FooSeg22", "subset": "MRI", "model": "Method", "metric": "dice"}]},
        {"text": "*   **FooProbe**：GPT-4o 在 Level 1 / 2 / 3 上分别为 74.8%、61.5% 和 47.2%。",
         "records": [
             {"kind": "score", "value": 74.8, "benchmark": "FooProbe", "subset": "Level 1", "model": "GPT-4o"},
             {"kind": "score", "value": 61.5, "benchmark": "FooProbe", "subset": "Level 2", "model": "GPT-4o"},
             {"kind": "score", "value": 47.2, "benchmark": "FooProbe", "subset": "Level 3", "model": "GPT-4o"}]},
        {"text": "CT 与 MRI 上的平均 Dice 分别为 90.2% 和 84.7%；GPT-4o 在 Level 1 / 2 上分别为 74.8% 和 61.5%。", "records": []},
    ],
)
def respectively(paper: PaperContext, start: int, end: int):
    """Values listed after 分别 / 依次, each paired with the label in its place (see the module)."""
    return _find(paper, start, end, True, "aligned.respectively")


@function_rule(
    "aligned.slashes",
    priority=40,
    examples=[
        # a slash group after the method's values reached one by one restates them for another system, in order
        {"text": "在 FooASR 上，WER 做到了 3.1%，RTF 压到 0.05；对比一下，BarASR 是 4.2/0.09，BazASR 是 3.8/0.07。",
         "records": [
             {"kind": "score", "value": 3.1, "benchmark": "FooASR", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 0.05, "benchmark": "FooASR", "model": "Method", "metric": "rtf"},
             {"kind": "score", "value": 4.2, "benchmark": "FooASR", "model": "BarASR", "metric": "wer"},
             {"kind": "score", "value": 0.09, "benchmark": "FooASR", "model": "BarASR", "metric": "rtf"},
             {"kind": "score", "value": 3.8, "benchmark": "FooASR", "model": "BazASR", "metric": "wer"},
             {"kind": "score", "value": 0.07, "benchmark": "FooASR", "model": "BazASR", "metric": "rtf"}]},
        # ... or written value first ("取得 4.31 的 MOS 和 2.1% 的 WER")
        {"text": "在 FooTTS 上取得 4.31 的 MOS 和 2.1% 的 WER，优于 BarTTS（4.02 / 3.5%）与 BazTTS（3.88 / 4.0%），7B 模型。",
         "records": [
             {"kind": "score", "value": 4.31, "benchmark": "FooTTS", "model": "Method", "metric": "mos"},
             {"kind": "score", "value": 2.1, "benchmark": "FooTTS", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 4.02, "benchmark": "FooTTS", "model": "BarTTS", "metric": "mos"},
             {"kind": "score", "value": 3.5, "benchmark": "FooTTS", "model": "BarTTS", "metric": "wer"},
             {"kind": "score", "value": 3.88, "benchmark": "FooTTS", "model": "BazTTS", "metric": "mos"},
             {"kind": "score", "value": 4.0, "benchmark": "FooTTS", "model": "BazTTS", "metric": "wer"}]},
        # ... with the thresholds a metric averages in parentheses after it, which are no values of their own
        {"text": "在 FooScan3D 上，平均 mAP（IoU 0.25:0.5）达到 **61.2**，mAP@0.25 为 70.1；对比 BarDet3D（58.4 / 68.0）。",
         "records": [
             {"kind": "score", "value": 61.2, "benchmark": "FooScan3D", "model": "Method", "metric": "map"},
             {"kind": "score", "value": 70.1, "benchmark": "FooScan3D", "model": "Method", "metric": "map@0.25"},
             {"kind": "score", "value": 58.4, "benchmark": "FooScan3D", "model": "BarDet3D", "metric": "map"},
             {"kind": "score", "value": 68.0, "benchmark": "FooScan3D", "model": "BarDet3D", "metric": "map@0.25"}]},
        {"text": "在 FooVid 上 XER 在阈值 0.3:0.7 间平均，宽高比 16:9，2:4 稀疏，batch size 256。", "records": []},
        # sizes and settings beside them are no values of a system
        {"text": "在 FooGrasp 上成功率达到 81.0%，7B 模型，8K 上下文，2024 年发布。",
         "records": [{"kind": "score", "value": 81.0, "benchmark": "FooGrasp", "model": "Method", "metric": "success rate"}]},
        {"text": "在 HotpotQA 上，EM/F1 分别为 41.3/52.6。",
         "records": [
             {"kind": "score", "value": 41.3, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 52.6, "benchmark": "HotpotQA", "model": "Method", "metric": "f1"}]},
        {"text": "在 LibriSpeech 上，Method 在 test-clean/test-other 上的 WER 为 1.9%/4.1%，Whisper 为 2.0% / 3.9%。",
         "records": [
             {"kind": "score", "value": 1.9, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 4.1, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-other"},
             {"kind": "score", "value": 2.0, "benchmark": "LibriSpeech", "model": "Whisper", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 3.9, "benchmark": "LibriSpeech", "model": "Whisper", "metric": "wer", "subset": "test-other"}]},
        # an acronym opening the next item of a list of systems' pairs is a system, like the item before it; a
        # contrasted system with a modifier and what kind of system it is ("流式 BarNet 基线") owns its pair
        {"text": "*   **FooGames**：均值/中位数 1.62/0.71；BarDreamer 1.12/0.49，QUXM 1.27/0.58。而同等规模的流式 BarNet 基线为 1.30/0.60。",
         "records": [
             {"kind": "score", "value": 1.62, "benchmark": "FooGames", "model": "Method", "metric": "mean score"},
             {"kind": "score", "value": 0.71, "benchmark": "FooGames", "model": "Method", "metric": "median score"},
             {"kind": "score", "value": 1.12, "benchmark": "FooGames", "model": "BarDreamer", "metric": "mean score"},
             {"kind": "score", "value": 0.49, "benchmark": "FooGames", "model": "BarDreamer", "metric": "median score"},
             {"kind": "score", "value": 1.27, "benchmark": "FooGames", "model": "QUXM", "metric": "mean score"},
             {"kind": "score", "value": 0.58, "benchmark": "FooGames", "model": "QUXM", "metric": "median score"},
             {"kind": "score", "value": 1.30, "benchmark": "FooGames", "model": "BarNet", "metric": "mean score"},
             {"kind": "score", "value": 0.60, "benchmark": "FooGames", "model": "BarNet", "metric": "median score"}]},
        # a parenthesis of more values after a system's values is that system's ("BarTTS 为 1.56% / 1.83%（SIM-o 0.74 / 0.67）")
        {"text": "在 FooTTS-eval 上，Method 的 test-zh CER / test-en WER 为 1.18% / 1.79%，说话人相似度 SIM-o 为 0.77 / 0.71；"
                 "作为对比，BarTTS 为 1.56% / 1.83%（SIM-o 0.74 / 0.67）。",
         "records": [
             {"kind": "score", "value": 1.18, "benchmark": "FooTTS-eval", "subset": "test-zh", "model": "Method", "metric": "cer"},
             {"kind": "score", "value": 1.79, "benchmark": "FooTTS-eval", "subset": "test-en", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 0.77, "benchmark": "FooTTS-eval", "subset": "test-zh", "model": "Method", "metric": "sim-o"},
             {"kind": "score", "value": 0.71, "benchmark": "FooTTS-eval", "subset": "test-en", "model": "Method", "metric": "sim-o"},
             {"kind": "score", "value": 1.56, "benchmark": "FooTTS-eval", "subset": "test-zh", "model": "BarTTS", "metric": "cer"},
             {"kind": "score", "value": 1.83, "benchmark": "FooTTS-eval", "subset": "test-en", "model": "BarTTS", "metric": "wer"},
             {"kind": "score", "value": 0.74, "benchmark": "FooTTS-eval", "subset": "test-zh", "model": "BarTTS", "metric": "sim-o"},
             {"kind": "score", "value": 0.67, "benchmark": "FooTTS-eval", "subset": "test-en", "model": "BarTTS", "metric": "sim-o"}]},
        # a system's described variant owns its values ("X 流式版为"), named with the description's English where the
        # glossary has it; a setting after a name ("Batch 设置为 64/128") and a size version are no system's values
        {"text": "*   **FooDepth**：AbsRel 为 0.052，δ1 为 97.9%；BarDepth V2 度量版为 0.056 / 97.4%，BazDepth 流式版为 0.061 / 96.8%。"
                 "Batch 设置为 64/128，QuxNet 7B 版本为 2024/2025 年。",
         "records": [
             {"kind": "score", "value": 0.052, "benchmark": "FooDepth", "model": "Method", "metric": "absrel"},
             {"kind": "score", "value": 97.9, "benchmark": "FooDepth", "model": "Method", "metric": "delta1"},
             {"kind": "score", "value": 0.056, "benchmark": "FooDepth", "model": "BarDepth V2", "metric": "absrel"},
             {"kind": "score", "value": 97.4, "benchmark": "FooDepth", "model": "BarDepth V2", "metric": "delta1"},
             {"kind": "score", "value": 0.061, "benchmark": "FooDepth", "model": "BazDepth (streaming)", "metric": "absrel"},
             {"kind": "score", "value": 96.8, "benchmark": "FooDepth", "model": "BazDepth (streaming)", "metric": "delta1"}]},
        {"text": "*   **DTU**：PSNR 31.2，SSIM 0.912，LPIPS 0.081；与 NeuS（30.1 / 0.893 / 0.104）相比更好。",
         "records": [
             {"kind": "score", "value": 31.2, "benchmark": "DTU", "model": "Method", "metric": "psnr"},
             {"kind": "score", "value": 0.912, "benchmark": "DTU", "model": "Method", "metric": "ssim"},
             {"kind": "score", "value": 0.081, "benchmark": "DTU", "model": "Method", "metric": "lpips"},
             {"kind": "score", "value": 30.1, "benchmark": "DTU", "model": "NeuS", "metric": "psnr"},
             {"kind": "score", "value": 0.893, "benchmark": "DTU", "model": "NeuS", "metric": "ssim"},
             {"kind": "score", "value": 0.104, "benchmark": "DTU", "model": "NeuS", "metric": "lpips"}]},
        {"text": "*   **DTU**：PSNR 20.1，CD 0.038；对比 InstantMesh（19.0、0.047）和 LGM（18.9，0.049）。",
         "records": [
             {"kind": "score", "value": 20.1, "benchmark": "DTU", "model": "Method", "metric": "psnr"},
             {"kind": "score", "value": 0.038, "benchmark": "DTU", "model": "Method", "metric": "chamfer distance"},
             {"kind": "score", "value": 19.0, "benchmark": "DTU", "model": "InstantMesh", "metric": "psnr"},
             {"kind": "score", "value": 0.047, "benchmark": "DTU", "model": "InstantMesh", "metric": "chamfer distance"},
             {"kind": "score", "value": 18.9, "benchmark": "DTU", "model": "LGM", "metric": "psnr"},
             {"kind": "score", "value": 0.049, "benchmark": "DTU", "model": "LGM", "metric": "chamfer distance"}]},
        {"text": "*   **LibriSpeech**：在 test-clean / test-other 上的 WER 分别为 2.3% 和 5.4%，而流式 Zipformer 为 2.6% 和 6.3%。",
         "records": [
             {"kind": "score", "value": 2.3, "benchmark": "LibriSpeech", "model": "Method", "subset": "test-clean"},
             {"kind": "score", "value": 5.4, "benchmark": "LibriSpeech", "model": "Method", "subset": "test-other"},
             {"kind": "score", "value": 2.6, "benchmark": "LibriSpeech", "model": "Zipformer", "subset": "test-clean"},
             {"kind": "score", "value": 6.3, "benchmark": "LibriSpeech", "model": "Zipformer", "subset": "test-other"}]},
        {"text": "*   **TREC DL19 / DL20**：Method 的 nDCG@10 为 76.2 / 72.8，高于 RankZephyr（73.4 / 70.0）。",
         "records": [
             {"kind": "score", "value": 76.2, "benchmark": "TREC DL19", "model": "Method", "metric": "ndcg@10"},
             {"kind": "score", "value": 72.8, "benchmark": "TREC DL20", "model": "Method", "metric": "ndcg@10"},
             {"kind": "score", "value": 73.4, "benchmark": "TREC DL19", "model": "RankZephyr", "metric": "ndcg@10"},
             {"kind": "score", "value": 70.0, "benchmark": "TREC DL20", "model": "RankZephyr", "metric": "ndcg@10"}]},
        {"text": "在 MMLU / GSM8K 上准确率从 38.1%/45.0% 提升至 52.7%/60.3%。",
         "records": [
             {"kind": "score", "value": 38.1, "benchmark": "MMLU", "model": "baseline", "metric": "accuracy"},
             {"kind": "score", "value": 45.0, "benchmark": "GSM8K", "model": "baseline", "metric": "accuracy"},
             {"kind": "score", "value": 52.7, "benchmark": "MMLU", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 60.3, "benchmark": "GSM8K", "model": "Method", "metric": "accuracy"}]},
        {"text": "在 MMLU 上，EM/F1 从 GRPO 的 38.1/45.0 降到 32.7/40.3。",
         "records": [
             {"kind": "score", "value": 38.1, "benchmark": "MMLU", "model": "GRPO", "metric": "exact match"},
             {"kind": "score", "value": 45.0, "benchmark": "MMLU", "model": "GRPO", "metric": "f1"},
             {"kind": "score", "value": 32.7, "benchmark": "MMLU", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 40.3, "benchmark": "MMLU", "model": "Method", "metric": "f1"}]},
        # slash groups joined like list items take the labels of the earlier lists of their line, in order;
        # the split and the metric written with the labels ride along; "X 的 a/b" and "X (L) 为 a/b" are X's
        {"text": "Method 在 HotpotQA、MuSiQue 的 EM/F1 分别为 45.2/58.7 和 21.9/31.4，相比 Search-R1（同为7B底座）的 43.3/55.9 和 19.6/28.8 都有提升。",
         "records": [
             {"kind": "score", "value": 45.2, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 58.7, "benchmark": "HotpotQA", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 21.9, "benchmark": "MuSiQue", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 31.4, "benchmark": "MuSiQue", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 43.3, "benchmark": "HotpotQA", "model": "Search-R1", "metric": "exact match"},
             {"kind": "score", "value": 55.9, "benchmark": "HotpotQA", "model": "Search-R1", "metric": "f1"},
             {"kind": "score", "value": 19.6, "benchmark": "MuSiQue", "model": "Search-R1", "metric": "exact match"},
             {"kind": "score", "value": 28.8, "benchmark": "MuSiQue", "model": "Search-R1", "metric": "f1"}]},
        {"text": "在 Seed-TTS-eval 上，test-zh 的 CER/SIM 为 1.38%/0.76，test-en 的 WER/SIM 为 2.11%/0.71；F5-TTS 分别是 1.56%/0.74 和 1.83%/0.67。",
         "records": [
             {"kind": "score", "value": 1.38, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "cer", "subset": "test-zh"},
             {"kind": "score", "value": 0.76, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "sim", "subset": "test-zh"},
             {"kind": "score", "value": 2.11, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "wer", "subset": "test-en"},
             {"kind": "score", "value": 0.71, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "sim", "subset": "test-en"},
             {"kind": "score", "value": 1.56, "benchmark": "Seed-TTS-eval", "model": "F5-TTS", "metric": "cer", "subset": "test-zh"},
             {"kind": "score", "value": 0.74, "benchmark": "Seed-TTS-eval", "model": "F5-TTS", "metric": "sim", "subset": "test-zh"},
             {"kind": "score", "value": 1.83, "benchmark": "Seed-TTS-eval", "model": "F5-TTS", "metric": "wer", "subset": "test-en"},
             {"kind": "score", "value": 0.67, "benchmark": "Seed-TTS-eval", "model": "F5-TTS", "metric": "sim", "subset": "test-en"}]},
        {"text": "在 LibriSpeech 上，test-clean / test-other 上的 WER 分别为 1.9 和 3.8；Whisper (L) 为 2.6 / 4.9。",
         "records": [
             {"kind": "score", "value": 1.9, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 3.8, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-other"},
             {"kind": "score", "value": 2.6, "benchmark": "LibriSpeech", "model": "Whisper", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 4.9, "benchmark": "LibriSpeech", "model": "Whisper", "metric": "wer", "subset": "test-other"}]},
        # a list restates the benchmarks of as many values before it in its line, each stated on its own
        # benchmark, for another system ("Llama Guard 3-8B 分别为": the size is the name's); values
        # of systems, not benchmarks, give no labels
        {"text": "MMLU 为 71.2，GSM8K 为 80.1；Llama-3-8B 分别为 69.0 和 78.0，Qwen2.5-7B（68.0 / 77.0）。",
         "records": [
             {"kind": "score", "value": 71.2, "benchmark": "MMLU", "model": "Method"},
             {"kind": "score", "value": 80.1, "benchmark": "GSM8K", "model": "Method"},
             {"kind": "score", "value": 69.0, "benchmark": "MMLU", "model": "Llama-3-8B"},
             {"kind": "score", "value": 78.0, "benchmark": "GSM8K", "model": "Llama-3-8B"},
             {"kind": "score", "value": 68.0, "benchmark": "MMLU", "model": "Qwen2.5-7B"},
             {"kind": "score", "value": 77.0, "benchmark": "GSM8K", "model": "Qwen2.5-7B"}]},
        {"text": "在 MMLU 上，GPT-4o 为 71.2，Claude-3.5-Sonnet 为 70.1；Qwen2.5-7B（69.0 / 68.0）。",
         "records": [
             {"kind": "score", "value": 71.2, "benchmark": "MMLU", "model": "GPT-4o"},
             {"kind": "score", "value": 70.1, "benchmark": "MMLU", "model": "Claude-3.5-Sonnet"}]},
        # acronyms after the line's benchmark, each before its value, are the metrics of a later group;
        # without a benchmark before them they may be benchmarks themselves: nothing
        {"text": "在 MOT17 上，HOTA 为 64.8、IDF1 为 80.2；对比 FooTrack（63.1 / 77.3）。",
         "records": [
             {"kind": "score", "value": 64.8, "benchmark": "MOT17", "model": "Method", "metric": "hota"},
             {"kind": "score", "value": 80.2, "benchmark": "MOT17", "model": "Method", "metric": "idf1"},
             {"kind": "score", "value": 63.1, "benchmark": "MOT17", "model": "FooTrack", "metric": "hota"},
             {"kind": "score", "value": 77.3, "benchmark": "MOT17", "model": "FooTrack", "metric": "idf1"}]},
        {"text": "ZINC 为 0.07、QM9 为 0.5；FooNet（0.08 / 0.6）。", "records": []},
        # a metric named again starts another run of pairs: the last run labels the group
        {"text": "Method 在 NYUv2 上 AbsRel 为 0.043、δ1 为 98.1%，在 KITTI 上 AbsRel 为 0.052、δ1 为 97.0%，与 BarDepth（NYUv2 上 0.045 / 97.9%）持平。",
         "records": [
             {"kind": "score", "value": 0.043, "benchmark": "NYUv2", "model": "Method", "metric": "absrel"},
             {"kind": "score", "value": 98.1, "benchmark": "NYUv2", "model": "Method", "metric": "delta1"},
             {"kind": "score", "value": 0.052, "benchmark": "KITTI", "model": "Method", "metric": "absrel"},
             {"kind": "score", "value": 97.0, "benchmark": "KITTI", "model": "Method", "metric": "delta1"},
             {"kind": "score", "value": 0.045, "benchmark": "NYUv2", "model": "BarDepth", "metric": "absrel"},
             {"kind": "score", "value": 97.9, "benchmark": "NYUv2", "model": "BarDepth", "metric": "delta1"}]},
        # a list naming its metric restates the places of a list of as many groups, or of as many benchmarks
        # its words count; other numbers of them give nothing
        {"text": "*   在 HotpotQA、2WikiMultiHopQA 和 MuSiQue 上，EM/F1 分别为 45.3/58.1、51.7/59.9 和 21.4/31.0；FooRAG 的 F1 为 55.0、57.2 和 28.1。",
         "records": [
             {"kind": "score", "value": 45.3, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 58.1, "benchmark": "HotpotQA", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 51.7, "benchmark": "2WikiMultiHopQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 59.9, "benchmark": "2WikiMultiHopQA", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 21.4, "benchmark": "MuSiQue", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 31.0, "benchmark": "MuSiQue", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 55.0, "benchmark": "HotpotQA", "model": "FooRAG", "metric": "f1"},
             {"kind": "score", "value": 57.2, "benchmark": "2WikiMultiHopQA", "model": "FooRAG", "metric": "f1"},
             {"kind": "score", "value": 28.1, "benchmark": "MuSiQue", "model": "FooRAG", "metric": "f1"}]},
        {"text": "HotpotQA 上 EM 为 45.3，MuSiQue 上为 21.4；相比 IRCoT，两个数据集的 F1 分别提升 3.1 和 2.2。",
         "records": [
             {"kind": "score", "value": 45.3, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 21.4, "benchmark": "MuSiQue", "model": "Method", "metric": "exact match"},
             {"kind": "delta", "value": 3.1, "benchmark": "HotpotQA", "model": "Method", "metric": "f1", "reference": "IRCoT"},
             {"kind": "delta", "value": 2.2, "benchmark": "MuSiQue", "model": "Method", "metric": "f1", "reference": "IRCoT"}]},
        {"text": "HotpotQA 上 EM 为 45.3，MuSiQue 上为 21.4；相比 IRCoT，三个数据集的 F1 分别提升 3.1 和 2.2。",
         "records": [
             {"kind": "score", "value": 45.3, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 21.4, "benchmark": "MuSiQue", "model": "Method", "metric": "exact match"}]},
        # quoted names, Chinese parts with the metric written once after them
        {"text": "* GenEval：总分 0.87；在 \"Counting\" 与 \"Position\" 两个子项上分别为 0.81 和 0.79。",
         "records": [
             {"kind": "score", "value": 0.87, "benchmark": "GenEval", "model": "Method", "metric": "total score"},
             {"kind": "score", "value": 0.81, "benchmark": "GenEval", "subset": "Counting", "model": "Method"},
             {"kind": "score", "value": 0.79, "benchmark": "GenEval", "subset": "Position", "model": "Method"}]},
        {"text": "在 LongText-Bench 上英文与中文得分分别为 0.91 和 0.83；上下文长度与显存分别为 8K 和 80 GB。",
         "records": [
             {"kind": "score", "value": 0.91, "benchmark": "LongText-Bench", "subset": "English", "model": "Method"},
             {"kind": "score", "value": 0.83, "benchmark": "LongText-Bench", "subset": "Chinese", "model": "Method"}]},
        # the items under a line restate its list, each for the system its label names; a metric as
        # the label, a blank line, or a list of another length take nothing
        {"text": "Atari 100k：人类归一化分数均值/中位数 136% / 61%\n- DreamerV3：112% / 49%\n- LPIPS：0.12 / 0.10\n- IRIS：1.0 / 2.0 / 3.0\n\n- STORM：127% / 58%",
         "records": [
             {"kind": "score", "value": 136, "benchmark": "Atari 100k", "model": "Method", "metric": "mean human-normalized score"},
             {"kind": "score", "value": 61, "benchmark": "Atari 100k", "model": "Method", "metric": "median human-normalized score"},
             {"kind": "score", "value": 112, "benchmark": "Atari 100k", "model": "DreamerV3", "metric": "mean human-normalized score"},
             {"kind": "score", "value": 49, "benchmark": "Atari 100k", "model": "DreamerV3", "metric": "median human-normalized score"}]},
        # benchmarks listed before a part noun are parts of the one benchmark named before them in the line;
        # with none named, of no benchmark the text names
        {"text": "WebArena 成功率为 47.3%；在 GitLab 和 Reddit 两个站点上提升最多，分别 +9.8 和 +11.2。",
         "records": [
             {"kind": "score", "value": 47.3, "benchmark": "WebArena", "model": "Method", "metric": "success rate"},
             {"kind": "delta", "value": 9.8, "benchmark": "WebArena", "subset": "GitLab", "model": "Method"},
             {"kind": "delta", "value": 11.2, "benchmark": "WebArena", "subset": "Reddit", "model": "Method"}]},
        {"text": "在 GitLab 和 Reddit 两个站点上提升最多，分别 +9.8 和 +11.2。", "records": []},
        # a list with its own metric restates the splits of as many values before it in its line
        {"text": "在 Seed-TTS-eval 上，test-zh 的 CER 为 1.38%，test-en 的 WER 为 2.05%，SIM 分别为 0.74 和 0.67。",
         "records": [
             {"kind": "score", "value": 1.38, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "cer", "subset": "test-zh"},
             {"kind": "score", "value": 2.05, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "wer", "subset": "test-en"},
             {"kind": "score", "value": 0.74, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "sim", "subset": "test-zh"},
             {"kind": "score", "value": 0.67, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "sim", "subset": "test-en"}]},
        # ... or the overall value and a part's: each restated with its metric, unless the list names its own
        {"text": "*   **VideoMME**：总体准确率 68.9%，Long 子集 62.4%；基座 Qwen2.5-VL-7B 分别为 65.1% 和 55.8%。",
         "records": [
             {"kind": "score", "value": 68.9, "benchmark": "VideoMME", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 62.4, "benchmark": "VideoMME", "subset": "Long", "model": "Method"},
             {"kind": "score", "value": 65.1, "benchmark": "VideoMME", "model": "Qwen2.5-VL-7B", "metric": "accuracy"},
             {"kind": "score", "value": 55.8, "benchmark": "VideoMME", "subset": "Long", "model": "Qwen2.5-VL-7B"}]},
        {"text": "*   **VideoMME**：总体准确率 68.9%，平均准确率 62.4%；FooLM 分别为 65.1% 和 55.8%。",
         "records": [
             {"kind": "score", "value": 68.9, "benchmark": "VideoMME", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 62.4, "benchmark": "VideoMME", "model": "Method", "metric": "accuracy"}]},
        # ... but values of another unit than that list's take no labels from it: not its metric
        {"text": "在 Seed-TTS-eval 上，test-zh 的 CER 为 1.38%，test-en 的 WER 为 2.05%，SIM 分别为 0.74 和 0.67；对比 FooTTS（1.45% / 2.57%）。",
         "records": [
             {"kind": "score", "value": 1.38, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "cer", "subset": "test-zh"},
             {"kind": "score", "value": 2.05, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "wer", "subset": "test-en"},
             {"kind": "score", "value": 0.74, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "sim", "subset": "test-zh"},
             {"kind": "score", "value": 0.67, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "sim", "subset": "test-en"}]},
        {"text": "在 Seed-TTS-eval 上，FooTTS 的 CER 为 1.38%，BarTTS 为 2.05%，SIM 分别为 0.74 和 0.67。",
         "records": [
             {"kind": "score", "value": 1.38, "benchmark": "Seed-TTS-eval", "metric": "cer"},
             {"kind": "score", "value": 2.05, "benchmark": "Seed-TTS-eval"}]},
        # groups of another shape than the earlier lists', and sizes, give nothing
        {"text": "在 HotpotQA 上，EM/F1 分别为 41.3/52.6；Search-R1 的 40.1/50.2、38.0/47.5 和 30.2/41.0 都更低，7B/14B 和 32B/72B 也是。",
         "records": [
             {"kind": "score", "value": 41.3, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 52.6, "benchmark": "HotpotQA", "model": "Method", "metric": "f1"}]},
        # no labels of the same length: every value refused, none read alone
        {"text": "在 HotpotQA 上，Method 为 45.3/58.1/60.2，EM 为 40.0。",
         "records": [{"kind": "score", "value": 40.0, "benchmark": "HotpotQA", "model": "Method", "metric": "exact match"}]},
        # sizes and fractions are no value lists
        {"text": "在 GSM8K 上，7B / 14B 模型的成功次数为 17/20。", "records": []},
        # ... nor what stands in parentheses after a list of sizes (years here); a system's own list still is
        {"text": "在 Seed-TTS-eval 上，test-zh / test-en 的 CER 分别为 1.38% / 2.05%；BarTTS 为 7B / 8K（2024 / 2025），FooTTS（1.52% / 2.31%）。",
         "records": [
             {"kind": "score", "value": 1.38, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "cer", "subset": "test-zh"},
             {"kind": "score", "value": 2.05, "benchmark": "Seed-TTS-eval", "model": "Method", "metric": "cer", "subset": "test-en"},
             {"kind": "score", "value": 1.52, "benchmark": "Seed-TTS-eval", "model": "FooTTS", "metric": "cer", "subset": "test-zh"},
             {"kind": "score", "value": 2.31, "benchmark": "Seed-TTS-eval", "model": "FooTTS", "metric": "cer", "subset": "test-en"}]},
        # values in parentheses after a described, unnamed system are that system's (the baseline's when compared
        # with), never the method's; nobody's when it is not compared with
        {"text": "在 LibriSpeech 上，test-clean / test-other 的 WER 分别为 2.3% 和 5.4%；与非流式教师模型（2.0% / 4.6%）的差距很小。",
         "records": [
             {"kind": "score", "value": 2.3, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 5.4, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-other"},
             {"kind": "score", "value": 2.0, "benchmark": "LibriSpeech", "model": "baseline", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 4.6, "benchmark": "LibriSpeech", "model": "baseline", "metric": "wer", "subset": "test-other"}]},
        {"text": "在 LibriSpeech 上，test-clean / test-other 的 WER 分别为 2.3% 和 5.4%，非流式教师模型（2.0% / 4.6%）更慢。",
         "records": [
             {"kind": "score", "value": 2.3, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 5.4, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-other"}]},
        {"text": "在 LibriSpeech 上，test-clean / test-other 的 WER 分别为 2.3% 和 5.4%；本文模型（8K 上下文，7B）在 2024 年发布。",
         "records": [
             {"kind": "score", "value": 2.3, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-clean"},
             {"kind": "score", "value": 5.4, "benchmark": "LibriSpeech", "model": "Method", "metric": "wer", "subset": "test-other"}]},
        # acronyms joined by slashes right before their values, no metric named in their clause: the metrics; under
        # a metric named before ("其中"), parts of it; sizes and context lengths are no values
        {"text": "*   **FooRobot 抓取**：XR / GR / CR 为 81.2 / 74.5 / 60.3，优于 BarGrasp（78.0 / 70.1 / 55.2）。\n"
                 "*   **FooHeart**：平均 Dice 为 90.1%，其中 LA / RA 分别为 91.2% 和 89.0%，7B/13B 分别为 8K 和 16K。",
         "records": [
             {"kind": "score", "value": 81.2, "benchmark": "FooRobot", "model": "Method", "metric": "xr"},
             {"kind": "score", "value": 74.5, "benchmark": "FooRobot", "model": "Method", "metric": "gr"},
             {"kind": "score", "value": 60.3, "benchmark": "FooRobot", "model": "Method", "metric": "cr"},
             {"kind": "score", "value": 78.0, "benchmark": "FooRobot", "model": "BarGrasp", "metric": "xr"},
             {"kind": "score", "value": 70.1, "benchmark": "FooRobot", "model": "BarGrasp", "metric": "gr"},
             {"kind": "score", "value": 55.2, "benchmark": "FooRobot", "model": "BarGrasp", "metric": "cr"},
             {"kind": "score", "value": 90.1, "benchmark": "FooHeart", "model": "Method", "metric": "dice"},
             {"kind": "score", "value": 91.2, "benchmark": "FooHeart", "subset": "LA", "model": "Method", "metric": "dice"},
             {"kind": "score", "value": 89.0, "benchmark": "FooHeart", "subset": "RA", "model": "Method", "metric": "dice"}]},
    ],
)
def slashes(paper: PaperContext, start: int, end: int):
    """Values joined by slashes, each paired with the label in its place (see the module)."""
    return _find(paper, start, end, False, "aligned.slashes")


_AFTER_SIZES = re.compile(rf"{Q}(?:\s*(?:/|、|,|和)\s*{Q})*\s*\(\s*$")  # "7B / 8K（": a list of sizes, then a parenthesis
_WITH_BEFORE = re.compile(r"(?:与|跟|同|和)[^,;。]?$")  # "与非流式教师模型（…）": the system compared with
_NAME_VALUE_GAP = re.compile(rf"\s*(?:\([^()\n]{{0,12}}\))?\s*(?:为|:)?\s*{Q}")
_PAIR_SEPARATOR = re.compile(r"\s*(?:[,、;]|和|与)?\s*")


@function_rule(
    "score.name-value-pairs",
    priority=5,
    examples=[
        {"text": "在通用基准上，MMMU 58.9，MathVista 74.2，ChartQA 88.1，OCRBench 872 分。",
         "records": [
             {"kind": "score", "value": 58.9, "benchmark": "MMMU", "model": "Method"},
             {"kind": "score", "value": 74.2, "benchmark": "MathVista", "model": "Method"},
             {"kind": "score", "value": 88.1, "benchmark": "ChartQA", "model": "Method"},
             {"kind": "score", "value": 872, "benchmark": "OCRBench", "model": "Method"}]},
        {"text": "在 GSM8K 上，GPT-4o 84.8%，Claude-3.5-Sonnet 80.1%。",
         "records": [
             {"kind": "score", "value": 84.8, "benchmark": "GSM8K", "model": "GPT-4o"},
             {"kind": "score", "value": 80.1, "benchmark": "GSM8K", "model": "Claude-3.5-Sonnet"}]},
        # one pair alone, sizes, counts and unknown names say too little
        {"text": "在 GSM8K 上，MMLU 58.9。Llama 7B，Qwen 14B。GSM8K 200 个，MATH 500 个。Foo 1.2，Bar 3.4。",
         "records": []},
    ],
)
def name_value_pairs(paper: PaperContext, start: int, end: int):
    """`MMMU 58.9，MathVista 74.2，ChartQA 88.1`: two or more benchmarks (or named systems) each
    followed by its value, one after the other: each value is its name's."""
    text = paper.view.text
    if text.count(Q, start, end) < 2:
        return []
    pairs: list[tuple[Mention, int]] = []
    for mention in _mentions(paper, start, end):
        if mention.role not in (BENCHMARK, MODEL, METHOD):
            continue
        m = _NAME_VALUE_GAP.match(text, mention.end, end)
        if m:
            pairs.append((mention, m.end() - 1))
    runs: list[list[tuple[Mention, int]]] = []
    for mention, mark in pairs:
        last = runs[-1][-1] if runs else None
        if (last and last[0].role == BENCHMARK) == (mention.role == BENCHMARK) and last and (
                _PAIR_SEPARATOR.fullmatch(text, _value_end(paper, last[1]), mention.start)):
            runs[-1].append((mention, mark))
        else:
            runs.append([(mention, mark)])
    found = []
    for run in runs:
        if len(run) < 2:
            continue
        for mention, mark in run:
            span = (mention.start, mark + 1)
            if mention.role == BENCHMARK:
                claim = Claim(rule="score.name-value-pairs", quantity=mark, kind="auto", model="subject",
                              reference="context", direction=None, metric_span=None, match_span=span,
                              benchmark=mention.canonical)
            else:
                claim = Claim(rule="score.name-value-pairs", quantity=mark, kind="auto",
                              model=GroupRef(group="system", name_required=True), reference="context",
                              direction=None, metric_span=None, match_span=span,
                              groups={"system": (mention.start, mention.end)})
            found.append((*span, [claim]))
    return found


def _value_end(paper: PaperContext, mark: int) -> int:
    """Where a value's own words end: its mark, and a unit word written after it (`872 分`)."""
    after = re.match(r"\s*(?:分|点)?", paper.view.text[mark + 1:mark + 4])
    return mark + 1 + after.end()


@function_rule(
    "aligned.pairs",
    priority=40,
    examples=[
        {"text": "TUM RGB-D 动态序列上（ATE RMSE，单位 cm）：fr3/walking_xyz 1.4，fr3/walking_static 0.6；FooSLAM 在这两条序列上分别为 28.7、1.9，BarSLAM 为 1.6、0.8。",
         "records": [
             {"kind": "score", "value": 1.4, "benchmark": "TUM RGB-D", "subset": "fr3/walking_xyz", "model": "Method", "metric": "ate rmse"},
             {"kind": "score", "value": 0.6, "benchmark": "TUM RGB-D", "subset": "fr3/walking_static", "model": "Method", "metric": "ate rmse"},
             {"kind": "score", "value": 28.7, "benchmark": "TUM RGB-D", "subset": "fr3/walking_xyz", "model": "FooSLAM", "metric": "ate rmse"},
             {"kind": "score", "value": 1.9, "benchmark": "TUM RGB-D", "subset": "fr3/walking_static", "model": "FooSLAM", "metric": "ate rmse"},
             {"kind": "score", "value": 1.6, "benchmark": "TUM RGB-D", "subset": "fr3/walking_xyz", "model": "BarSLAM", "metric": "ate rmse"},
             {"kind": "score", "value": 0.8, "benchmark": "TUM RGB-D", "subset": "fr3/walking_static", "model": "BarSLAM", "metric": "ate rmse"}]},
        {"text": "审核基准上，Method 的 F1：FooChat 78.6，MMLU 81.2；同条件下 Llama-3-8B 为 49.4、79.0。",
         "records": [
             {"kind": "score", "value": 78.6, "benchmark": "FooChat", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 81.2, "benchmark": "MMLU", "model": "Method", "metric": "f1"},
             {"kind": "score", "value": 49.4, "benchmark": "FooChat", "model": "Llama-3-8B", "metric": "f1"},
             {"kind": "score", "value": 79.0, "benchmark": "MMLU", "model": "Llama-3-8B", "metric": "f1"}]},
        # parts named after the line's benchmark, after 其中; other names there may be systems
        {"text": "*   **LIBERO**：平均成功率 97.1%，其中 LIBERO-Spatial 98.4%、LIBERO-Long 93.2%；FooVLA 为 76.5%。",
         "records": [
             {"kind": "score", "value": 97.1, "benchmark": "LIBERO", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 98.4, "benchmark": "LIBERO", "subset": "LIBERO-Spatial", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 93.2, "benchmark": "LIBERO", "subset": "LIBERO-Long", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 76.5, "benchmark": "LIBERO", "model": "FooVLA"}]},
        {"text": "*   **LIBERO**：平均成功率 97.1%，其中 Orb-Vla 98.4%、Droid-Vla 93.2%。",
         "records": [{"kind": "score", "value": 97.1, "benchmark": "LIBERO", "model": "Method", "metric": "success rate"}]},
        # unknown names after a colon with no part noun or owner before it may be systems; sizes, counts,
        # years and resolutions are no values
        {"text": "在 TUM RGB-D 上：Orb-Slam3 1.4，Droid-Slam 2.1。", "records": []},
        {"text": "TUM RGB-D 序列上：Foo 7B，Bar 8K；Foo 200 个，Bar 500 个；Foo 2023，Bar 2024 年。", "records": []},
        {"text": "TUM RGB-D 场景：Foo 512×512，Bar 1024×1024。", "records": []},
    ],
)
def pairs(paper: PaperContext, start: int, end: int):
    """`name value` pairs after a colon whose lead names a benchmark's parts or a system's metric (see
    `_colon_pairs`)."""
    return [_claims(paper, "aligned.pairs", values, labels, system, refusal, role)
            for values, labels, system, refusal, role in _read_paper(paper).get(start, ())
            if role == "pairs" and values.end <= end]


@function_rule(
    "score.part-value",
    priority=41,
    examples=[
        {"text": "*   **Video-MME**：总体准确率 68.9%，Long 子集 62.4%。",
         "records": [
             {"kind": "score", "value": 68.9, "benchmark": "VideoMME", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 62.4, "benchmark": "VideoMME", "subset": "Long", "model": "Method"}]},
        {"text": "*   **BFCL v3**：总体准确率 71.4%；Multi-Turn 类别准确率 42.8%。",
         "records": [
             {"kind": "score", "value": 71.4, "benchmark": "BFCL-v3", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 42.8, "benchmark": "BFCL-v3", "subset": "Multi-Turn", "model": "Method", "metric": "accuracy"}]},
        {"text": "*   **BFCL v3**：总体准确率 71.4%，多轮（Multi-Turn）类别准确率为 42.8%。",
         "records": [
             {"kind": "score", "value": 71.4, "benchmark": "BFCL-v3", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 42.8, "benchmark": "BFCL-v3", "subset": "Multi-Turn", "model": "Method", "metric": "accuracy"}]},
        {"text": "*   **AMOS 2022**：CT 任务平均 Dice 89.4%，MRI 任务 84.7%。",
         "records": [
             {"kind": "score", "value": 89.4, "benchmark": "AMOS 2022", "subset": "CT", "model": "Method", "metric": "dice"},
             {"kind": "score", "value": 84.7, "benchmark": "AMOS 2022", "subset": "MRI", "model": "Method"}]},
        # a change, a list of parts, a comparison are other rules'; a part of a longer name is none
        {"text": "*   **GenEval**：Position 子项从 0.20 提升到 0.63，其中 Count 和 Color 子项分别为 0.81 和 0.90，Long 子集比 FooNet 高 3.1，Short 子集提升 2.0。",
         "records": [
             {"kind": "score", "value": 0.81, "benchmark": "GenEval", "subset": "Count", "model": "Method"},
             {"kind": "score", "value": 0.90, "benchmark": "GenEval", "subset": "Color", "model": "Method"},
             {"kind": "delta", "value": 3.1, "benchmark": "GenEval", "subset": "Long", "model": "Method"},
             {"kind": "delta", "value": 2.0, "benchmark": "GenEval", "subset": "Short", "model": "Method"}]},
        # a size, a count, a year or a resolution after a part is no value; no benchmark named, no record
        {"text": "*   **Video-MME**：Long 子集 7B，Short 子集 200 个，Medium 子集 2024 年，Hard 设置 512×512。", "records": []},
        {"text": "Long 子集 62.4%。", "records": []},
        # a benchmark named between the part and the value is the value's own: "Android 任务 AndroidWorld 为"
        {"text": "WebArena 成功率 52.1%，Android 任务 AndroidWorld 为 46.8%。",
         "records": [
             {"kind": "score", "value": 52.1, "benchmark": "WebArena", "model": "Method", "metric": "success rate"},
             {"kind": "score", "value": 46.8, "benchmark": "AndroidWorld", "model": "Method", "metric": "success rate"}]},
    ],
)
def part_value(paper: PaperContext, start: int, end: int):
    """`Long 子集 62.4%`, `Multi-Turn 类别准确率 42.8%`, `MRI 任务 84.7%`: a Latin name, a part noun (refusals.yaml
    `listed_parts`; 任务 after a name of no known role) and the part's value, on the benchmark of the line or its
    heading named before it."""
    text = paper.view.text
    nouns, found = _part_value_pattern(paper.words.part_nouns), []
    if Q not in text[start:end] or not nouns.cue.search(text, start, end):
        return []
    sentence = None
    for mention in _mentions(paper, start, end):
        if mention.role not in (BENCHMARK, NAME_ROLE) or not mention.text[:1].isascii():
            continue
        glossed = (text[mention.start - 1:mention.start] == "(" and text[mention.end:mention.end + 1] == ")"
                   and "\u4e00" <= text[mention.start - 2:mention.start - 1] <= "\u9fff")
        m = nouns.match(text, mention.end + glossed, end)  # "多轮（Multi-Turn）类别准确率": a part glossed in English
        if (not m or (m.group("noun") == "任务" and mention.role != NAME_ROLE) or _NOT_A_PART_VALUE.search(m.group("gap"))
                or _VERBS.search(m.group("gap")) or _LISTED_BEFORE.search(text, max(start, mention.start - 3), mention.start)):
            continue
        mark = m.end() - 1
        quantity = paper.quantity_at(mark)
        if quantity.scale is not None or quantity.value_high is not None or paper.words.counts.match(text, mark + 1):
            continue
        if any(x.role == BENCHMARK for x in _mentions(paper, mention.end, mark)):
            continue  # "Android 任务 AndroidWorld 为 46.8%": a benchmark named before the value is its own
        if sentence is None:
            sentence = next(s for s in paper.sentences if s.start <= mention.start < s.end)
        bench = _benchmark_before(paper, sentence, mention)
        if bench is None:
            continue
        span = (mention.start, mark + 1)
        metric = next((x.canonical for x in _mentions(paper, mention.end, mark) if x.role == METRIC), None)
        found.append((*span, [Claim(rule="score.part-value", quantity=mark, kind="auto", model="subject",
                                    reference="context", direction=None, metric_span=None, match_span=span,
                                    benchmark=bench, subset=mention.text, metric=metric)]))
    return found


class _PartValue:
    """A part noun right after a name, perhaps a metric, then the value (`子集 62.4%`, `类别准确率 42.8%`), and
    the bare noun, to skip sentences that have none."""

    def __init__(self, nouns: str) -> None:
        self.cue = re.compile(rf"(?:{nouns}|任务)(?![上下中内])")
        self.pattern = re.compile(
            rf"\s*(?P<noun>{nouns}|任务)(?![上下中内])\s*(?P<gap>[^,;:。()\n{Q}]{{0,12}}?)\s*(?:为|:|达到|达)?\s*{Q}")

    def match(self, text: str, start: int, end: int) -> Optional[re.Match[str]]:
        return self.pattern.match(text, start, end)


@lru_cache(maxsize=4)
def _part_value_pattern(nouns: str) -> _PartValue:
    return _PartValue(nouns)


_NOT_A_PART_VALUE = re.compile(r"从|由|分别|依次|相比|相较|比|较|约束|预算")  # a change, a list, a comparison, a setting
_LISTED_BEFORE = re.compile(r"(?:[A-Za-z0-9]\s|和|与|及|、|/)\s*$")  # "GitLab和Reddit子集": the last of a list


def _benchmark_before(paper: PaperContext, sentence: Sentence, part: Mention) -> Optional[str]:
    """The benchmark named before a part in its line, else in the sentence's heading (`**Video-MME**：`)."""
    before = [m for m in _mentions(paper, sentence.line_start, part.start) if m.role == BENCHMARK]
    if before:
        return before[-1].canonical
    for start, end in sentence.context[:1]:
        named = [m for m in _mentions(paper, start, end) if m.role == BENCHMARK]
        if named:
            return named[-1].canonical
    return None
