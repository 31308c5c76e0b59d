"""The subset of a number: the split, task, category, resolution or setting of its benchmark it was
measured on, read from the text around it (words in `data/subsets.yaml` and `data/cues.yaml`).

A number with a subset gets its own board and never competes with the benchmark's overall numbers,
so a subset is read only where the text ties it to the number, nearest first:

1. in the number's sentence, between the benchmark's mention (or the sentence start when the
   benchmark comes from its line or heading) and the number: `在 X 的相对深度（Relative Depth）任务中`,
   `Counting 子项从 A 提升到 B`, `test-other 上为 N`, `在测试集上`, `在 512×512 分辨率下`, `零样本：…`;
   a part named before the benchmark (`在数学推理任务中，GSM8K …`) is a kind of task, not a part of it;
2. right after the benchmark's mention, wherever it is: `AISHELL-1 test`, `COCO val2017`,
   `ImageNet 256×256`, `Sintel（train）`, `KeSpeech 测试集`, `MS MARCO Dev`;
3. a setting: in the number's sentence, or its own heading when that is a setting (`**零样本方向估计**：`).

A list of parts before values given `分别` (`粤语、闽南语子集的 CER 分别为 8.1% 和 23.5%`,
`test-clean / test-other 的 WER 为 1.6% / 3.1%`, `在 4K 和 8K 上分别达到 79.0 和 74.9`) gives each
value its part by position, and only when the counts agree.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .document import BENCHMARK, METRIC, NAME_ROLE, QUANTITY_MARK, Mention, PaperContext, Sentence, offsets_of
from .glossary import Glossary
from .lexicon import Lexicon, alternation, from_starts, gated, name_key

_RESOLUTION = r"\d{2,5}\s*[×xX*]\s*\d{2,5}"
_KEY_VALUE = r"[A-Za-zα-ωΑ-Ω][A-Za-z0-9_]*\s*=\s*\d+(?:\.\d+)?"  # "IPC=10", "τ=0.1": a setting of the evaluation
_COUNT = r"(?:\s*(?:[一二三四五六七八九十两]|\d+)\s*个)?"  # "Spatial / Object / Goal / Long 四个套件"
_LIST_SEPARATOR = r"\s*(?:、|/|和|与|及|,)\s*"
_OPENER = re.compile(r"\s*(?:而|但|其中|同时|以及)?\s*")  # what may open a clause before its subject
# what may follow the noun of a named part: a place, a verb of reaching ("Irrelevance Detection 子项达到
# 92.6%", "多轮子项为 41.2%", "4K 子集得分 78.5"), anything not Chinese; not a word going on ("任务成功率" is a metric)
_PART_ENDS = r"上|中|下|里|内|的|时|从|为|达|得|是|仅|只|$|[^\u4e00-\u9fff]"
_LEVEL = re.compile(r"(?:Level|level|Lv\.?|lvl|L)\s*(\d+)")


class SubsetWords:
    """The subset cues of one lexicon, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        words, cues = lexicon.subsets, lexicon.cues
        self.split_names = dict(words.split_names)
        self.settings = {key.casefold(): shown for key, shown in words.settings.items()}
        # levels that say how a number was run, written after the part when stacked ("Long, w/o subs")
        self.setting_levels = {name_key(level) for level in [*words.settings.values(), *words.setting_levels]}
        spellings = {form for key in words.settings for form in (key, key.capitalize(), key.title(), key.upper())}
        split = rf"(?:{alternation(words.split_heads)})(?:[-_][A-Za-z0-9]+(?:-[A-Za-z0-9]+)?|(?:19|20)\d\d|[A-Z])?"
        self.split_token = rf"(?<![A-Za-z0-9_\-]){split}(?![A-Za-z0-9_\-])"
        self.split_level = re.compile(self.split_token)  # a level that is a split ("test-clean"), by fullmatch
        self.split_name = re.compile(split)
        chinese_split = alternation(words.split_names)
        resolution = alternation(words.resolution_words)
        part_noun = alternation(sorted(set(words.part_nouns) | set(cues.subset_after)))
        # a count of views or shots, spelled as tables.yaml's count_nouns say in both readers: "2 视角",
        # "2 views", "5 shots", "5-shot" are 2-view and 5-shot, so one board never splits over spellings
        counted = dict(lexicon.tables.count_nouns)
        self.count_nouns = {noun.casefold(): shown for noun, shown in counted.items()}
        self.counted = re.compile(rf"(?<![A-Za-z0-9.])(?P<count>\d+)\s*-?\s*(?P<noun>{alternation(counted)})(?![A-Za-z])", re.I)
        units = alternation(sorted(set(words.setting_units) | set(counted)))
        # what may follow a benchmark's mention and name its part: a split ("X 测试集" too, unless the
        # paper built X: see own_set), a resolution, a level, a condition, a setting ("**KITTI（零样本）**")
        self.after_benchmark = re.compile(
            rf"\s*(?:\(\s*)?(?:(?P<split>{self.split_token})|(?P<chinese>{chinese_split})"
            rf"|(?P<resolution>{_RESOLUTION})|(?P<level>(?:Level|level|Lv\.?|lvl)\s*\d+)|(?P<setting>{_KEY_VALUE})"
            rf"|(?P<named_setting>{alternation(sorted(spellings))})"
            rf"|(?<=\()\s*(?P<part>[^()\n]{{1,12}}?)\s*(?P<part_noun>{part_noun})\s*\)"  # "TUM RGB-D（单目模式）"
            # a part in Latin letters before a count of what it holds: "PoseBusters（V2，308 个复合物）" is its V2
            rf"|(?<=\()\s*(?P<counted_latin>[A-Za-z][A-Za-z0-9\-_.]{{0,12}})\s*,\s*(?:约|共|含)?\s*{QUANTITY_MARK}(?!\s*-?\s*(?:{units}))"
            rf"[^()\n{QUANTITY_MARK}]{{0,8}}\)"  # not a setting with its unit: "（Verified，50 步上限）" is both
            # "AAPM-Mayo（1/4 剂量）", "OSWorld（50步上限）": a setting with its number, in a parenthesis
            rf"|(?<=\()(?P<set>[^()\n{QUANTITY_MARK}]{{0,8}}{QUANTITY_MARK}[^()\n]{{0,14}}?)\)"
            rf"|(?P<counted>(?:{QUANTITY_MARK}|\d+)\s*-?\s*(?i:{alternation(counted)}))(?![A-Za-z])"  # "MMLU 5-shot"
            # a part in Latin letters: "SimplerEnv（WidowX）", "MTEB (English, v2)", "R2R-CE（Val-Unseen）"
            rf"|(?<=\()\s*(?P<latin>(?:[wW]/[oO]?[ \t]*)?[A-Za-z][A-Za-z0-9\-_., ]{{0,24}}?)\s*\)"  # "（w/o subs）" too
            rf"|(?<=\()\s*(?P<tailed>[A-Za-z][A-Za-z0-9\-_.]*)\s*(?:{alternation(words.parenthesis_tails)})\s*\)"  # "（private 检测）"
            rf"|(?P<named_part>[A-Za-z][A-Za-z0-9\-_]*)\s*(?P<noun>{part_noun})(?={_PART_ENDS})"  # "AMOS22 CT 赛道"
            rf"|(?<=\()\s*(?P<listed>[\u4e00-\u9fff]{{1,8}})\s*\))"  # "VideoMME（无字幕）": words the glossary lists
        )
        # a split in parentheses right after the value: "WER 为 19.1%（dev）/ 19.6%（test）"
        # after a split: a parenthesis of Chinese words ending in a word for how it was run ("test（私有检测）"),
        # not one that says what the data is ("val（长视频）")
        self.listed_note = re.compile(rf"\s*\(\s*(?P<listed>[\u4e00-\u9fff]{{0,6}}(?:{alternation(words.parenthesis_tails)}))\s*\)")
        self.value_split = re.compile(rf"[ \t]*\([ \t]*(?P<split>{self.split_token})[ \t]*\)")
        # a lower-case word holding a split's head that ends a bullet's label after its benchmark: "**FooDrive navtest**："
        self.label_split = re.compile(rf"[ \t]+(?P<split>[a-z]*(?:{alternation(words.split_heads)})[a-z]*)[ \t]*$")
        # a label naming a part by a number or a Latin name and a part noun: "**60 s 档**：", "**Hard 子集**："
        self.label_part = re.compile(rf"(?P<name>{QUANTITY_MARK}|[A-Za-z][A-Za-z0-9\-_.]*)\s*(?:{part_noun})")
        # a split every result is on: "主要结果（均为测试集，私有检测）："
        self.all_split = re.compile(rf"(?:{alternation(words.all_words)})\s*(?P<chinese>{chinese_split})")
        # a split that opens a sentence whose benchmark is its heading's: "**AISHELL-1**：测试集 CER 为 4.3%"
        self.split_opening = re.compile(rf"\s*(?P<chinese>{chinese_split})")
        self.part_names = dict(words.part_names)
        self.named_with_noun = dict(words.named_with_noun)
        self.sized_nouns = set(words.sized_nouns)
        # sizes after a benchmark's name as its parts: "HR-Bench 4K 和 8K 上", "RULER（64K）", "FooHay（1M 档）"
        self.sizes = re.compile(rf"\s*\(?\s*(?P<marks>{QUANTITY_MARK}(?:{_LIST_SEPARATOR}{QUANTITY_MARK}){{0,5}})"
                                rf"\s*(?:{alternation(words.sized_nouns)})?\s*(?:上|中|下|\))")
        self.setting_units = dict(words.setting_units)
        self.statistic = re.compile(rf"(?:{alternation(words.statistics)})$")
        self.statistics = dict(words.statistics)
        self.equal_before = re.compile(rf"(?:{alternation(words.equal_words)})\s*$")
        self.setting_unit = re.compile(units, re.I)
        # a count of views or shots in the number's sentence: "在 MMLU 上 5-shot 准确率为 70.1%" (one opening a
        # parenthesis after a benchmark's name is read with the rest of it: "（2视角，256×256）")
        count_place = rf"(?<![A-Za-z0-9_\-.(])(?<!\(\s)(?:{QUANTITY_MARK}|\d+)\s*-?\s*(?i:{alternation(counted)})(?![A-Za-z])"
        self.count_place = re.compile(count_place)
        self.item_count = re.compile(rf"{QUANTITY_MARK}\s*(?:个|条|道|段|张|组|份|项|篇|名|位|种)")
        # a part the word list names, opening a metric's name: "中文单词准确率", "英文 WER"
        # words of parts the subset glossary lists, alone before a metric's name: "院内死亡 AUPRC", "回复有害性 F1"
        listed_parts = sorted({*words.english, *words.part_names} - set(words.not_parts))
        self.part_before_metric = re.compile(rf"(?:^|(?<=[\s,:;、*]))(?:{alternation(listed_parts)})+[ \t]*$")  # not "文本→音频 R@1"
        self.named_metric = re.compile(rf"(?<![\u4e00-\u9fff])(?P<name>{alternation(words.part_names)})[\u4e00-\u9fff]{{0,4}}\s*$")
        self.own_set = re.compile(rf"(?:{alternation(words.own_set_words)})[^,;。\n]{{0,6}}$")
        latin = r"[A-Za-z][A-Za-z0-9\-+&]*(?: [A-Za-z0-9][A-Za-z0-9\-+&]*){0,2}"
        gloss = r"[A-Za-z][A-Za-z0-9\-+&/.]*(?: [A-Za-z0-9][A-Za-z0-9\-+&/.]*){0,3}"  # an English gloss: "w/ subs"
        cjk = r"(?:(?![的在于和与及从将把被是为上中下])[\u4e00-\u9fff]){2,8}"
        named = alternation(words.part_names)  # "中文" opens with a frame character, as "在中" does
        quoted = r"[“\"「][^”\"」,;。\n]{1,12}[”\"」]"  # "最难的“流体”子类上"
        # a size names a part too: "在 4K 子集上" (see _part_names)
        item = rf"(?:{_KEY_VALUE}|{latin}|{named}|{quoted}|{cjk}|{QUANTITY_MARK})(?:\s*\(\s*{gloss}\s*\))?"
        self.part = re.compile(  # names start after a frame word or punctuation: the scan stays linear
            rf"(?:(?<=[在于的,:;、。\s(])|(?<=其中))(?P<names>{item}(?:{_LIST_SEPARATOR}{item}){{0,5}})(?:\s*\([^()]{{1,20}}\))?{_COUNT}\s*(?P<noun>{part_noun})"
            rf"(?:\s*\(\s*(?P<gloss>{gloss})\s*\))?"  # "长视频子集（Long）": the English name after
            rf"(?={_PART_ENDS})"  # not a word going on: "任务成功率" is a metric
        )
        self.item = re.compile(rf"(?P<name>{_KEY_VALUE}|{latin}|{named}|{quoted}|{cjk}|{QUANTITY_MARK})(?:\s*\(\s*(?P<gloss>{gloss})\s*\))?")
        # a condition in parentheses right after a metric: "F-score（τ=0.1）", "定位准确率（IoU > 0.5）"
        self.condition = re.compile(rf"\s*\(\s*(?P<condition>{_KEY_VALUE}|[A-Za-z][A-Za-z0-9@\-]*\s*[<>≥≤]=?\s*{QUANTITY_MARK})\s*\)")
        self.not_parts = re.compile(alternation(words.not_parts))
        # a split or a list of splits standing as a place: "test-other 上为", "在 test-clean / test-other 上的",
        # "test 集", "在测试集上"
        self.split_place = re.compile(
            rf"(?P<splits>{self.split_token}(?:{_LIST_SEPARATOR}{self.split_token}){{0,3}})\s*(?:上|集|中|:|的|\))"
            rf"|在\s*(?P<chinese>{chinese_split})\s*(?:上|中)"
        )
        # a setting stated for the number: "在仅用 5% 标注的设定下", "在 128K 上下文内", "128K 长度下", "IPC=10 时"
        frames = rf"(?:{alternation(words.setting_frames)})(?:下(?!降|滑|跌)|内|中)"  # not "长度下降 30%"
        # ... or a setting written as a code, closed by 下 alone after 在 ("在 W4A4KV4 下", "在 W3A16 下", "在 Hard 下"),
        # or a level's word opening its clause before a frame noun ("Hard 难度下为 68.0%")
        word = r"[A-Z][a-z]{2,11}"
        code = rf"[A-Za-z][A-Za-z0-9_\-.+:]*[A-Z0-9][A-Za-z0-9_\-.+:]*|{word}"
        self.setting_frame = re.compile(
            rf"在\s*(?P<code>{code})\s*下(?!降|滑|跌)"
            rf"|(?:(?<=[在,;:\n])|^)[ \t]*(?P<coded>{word})\s*(?={frames})"
            # a setting's name of capitalised words opening its clause, closed by 下 and a value: "，Variant Aggregation 下为 69.5%"
            rf"|(?:(?<=[,;:\n])|^)[ \t]*(?P<named>{word}(?: {word}){{0,2}})\s*下(?=\s*(?:为|是|达|仅|也|{QUANTITY_MARK}))"
            rf"|在\s*(?P<setting>[^,;。\n在]{{2,20}}?)\s*的?\s*{frames}"
            rf"|(?<![A-Za-z0-9_\-.])(?P<bare>{QUANTITY_MARK}\s*(?:{units})?)\s*(?={frames})"
            rf"|(?<![A-Za-z0-9_\-.])(?P<key_value>{_KEY_VALUE})\s*(?=时|下(?!降|滑|跌))")  # "IPC=10 时"
        self.number_setting = re.compile(rf"{QUANTITY_MARK}\s*(?:{units})?")  # "100 步"
        self.setting_verb = re.compile(rf"(?:仅|只)?(?:{alternation(words.setting_verbs)})\s*(?={QUANTITY_MARK})")
        self.setting_verb_shown = re.compile(rf"^\s*(?:仅|只)?(?:{alternation(words.setting_verbs)})\s*(?=\d)")  # as written
        # a frame noun after a setting's unit in English adds nothing: "15 步预算" is 15 steps
        self.frame_tail = re.compile(rf"(?<=[A-Za-z])\s*(?:{alternation(words.setting_frames)})$")
        # a setting named again by reference: "同等预算下", "在相同设置下", "在该档"
        self.same_setting = re.compile(
            rf"(?:{alternation(words.same_setting)})\s*(?:{alternation(words.setting_frames)}|{part_noun})(?:下|内|中|上)?")
        self.resolution = re.compile(rf"(?P<resolution>{_RESOLUTION})\s*(?:{resolution})|在\s*(?P<bare>{_RESOLUTION})\s*(?:下|上)")
        self.setting = re.compile(alternation(sorted(spellings)))  # no re.I: a plain trie scans faster
        # a setting written right after a split, alone or in a parenthesis: "LVIS minival（零样本）", "minival 零样本"
        self.setting_after = re.compile(rf"\s*\(?\s*(?P<setting>{alternation(sorted(spellings))})(?![A-Za-z\-])")
        # a first line that opens by saying the setting of the benchmarks it names: "零样本评测覆盖 KITTI、NYUv2 …"
        self.setting_opening = re.compile(rf"\s*(?P<setting>{alternation(sorted(spellings))})\s*(?:评测|评估|测试|实验)")
        # a place named only by words the subset glossary lists, after 在, 的 or a name: "在 FooBench 基准的简答题上",
        # "在 KITTI 视频深度上" (not opening a clause: "：长视频上 J&F 提升" says what the benchmark is); a task
        # word after it is not part of it ("在提示有害性分类上" is prompt harmfulness)
        listed = alternation(sorted(set(Glossary(lexicon).subset_words) - set(words.not_parts)))
        self.listed_place = re.compile(gated(
            rf"(?<=[在的\s])(?P<listed>(?:{listed})+?)(?P<tail>{alternation(words.task_tails)})?(?:上|中)"
            rf"(?=的|为|是|达|仅|只|也|时|[^\u4e00-\u9fff]|$)"))
        # a list's label of words the glossary lists right before its value, opening its item: "δ1：夜间 71.4%→86.2%，
        # 雨天 78.9%→88.0%", "多轮为 41.2%" (the first value of a pair too); not after a name or a metric
        self.listed_label = re.compile(
            rf"(?:^|(?<=[,:;、。\n]))[ \t*]*(?P<listed>(?:{listed})+)[ \t*]*:?[ \t]*(?:为|是)?[ \t]*"
            rf"(?:{QUANTITY_MARK}[ \t]*(?:→|->|到|至)[ \t]*)?$")
        # a label that is a setting: words the glossary lists, then a word for what was tested ("跨数据集泛化")
        self.setting_label = re.compile(rf"\s*(?P<listed>(?:{listed})+)(?:{alternation(words.setting_label_tails)})\s*")
        # any of the cues above: most numbers have none, and then nothing else is searched
        cue_pattern = (rf"(?:{part_noun})(?={_PART_ENDS})|(?<![A-Za-z])(?:{alternation(words.split_heads)})"
                rf"|{chinese_split}|{alternation(words.part_names)}|{frames}|[A-Za-z0-9]\s*下(?!降|滑|跌)|[×=<>≥≤]|\d\s*[xX*]\s*\d|Level|level|Lv|lvl"
                rf"|(?:{listed})(?:{alternation(words.task_tails)})?(?:上|中)|{count_place}")
        self.any_cue = re.compile(cue_pattern)
        self.any_cue_or_setting = re.compile(rf"{cue_pattern}|{alternation(sorted(spellings))}|{QUANTITY_MARK}\s*(?:上|中|下|和|、)")
        # keyed by the pattern's text: a compiled pattern hashes its whole program on every lookup (5 us here)
        self.cue_search = {cue.pattern: from_starts(cue) for cue in (self.any_cue, self.any_cue_or_setting)}

    def spelled(self, subset: str) -> str:
        """A subset with its counts of views or shots spelled as boards write them: "2 views, 256x256" is
        2-view, 256x256 (also read by metricsdb.evaluate, so that a golden file's spelling counts the same)."""
        return self.counted.sub(lambda m: f"{m.group('count')}-{self.count_nouns[m.group('noun').casefold()]}", subset)


_AFTER_NUMBER = re.compile(rf"{QUANTITY_MARK}[ \t]*$")


def _shown_resolution(text: str) -> str:
    return re.sub(r"\s*[×xX*]\s*", "x", text)


def _mentions_between(ctx: PaperContext, start: int, end: int) -> list[Mention]:
    """The mentions starting in [start, end), in order."""
    return ctx.mentions[bisect_left(ctx.mention_starts, start):bisect_left(ctx.mention_starts, end)]


def _mention_of(ctx: PaperContext, benchmark: str, start: int, end: int) -> Optional[Mention]:
    """The last mention in [start, end) that names this benchmark."""
    found = None
    for mention in _mentions_between(ctx, start, end):
        if mention.end <= end and mention.role in (BENCHMARK, NAME_ROLE) and (
                mention.canonical == benchmark or _same_name(mention.canonical, mention.text, benchmark)):
            if found is not None and ctx.view.text[found.end:mention.start].strip() == "(":
                continue  # "SimplerEnv（WidowX）" read as one benchmark: the name before the parenthesis
            found = mention
    return found


@lru_cache(maxsize=8192)
def _same_name(canonical: str, text: str, benchmark: str) -> bool:
    """A mention spelled otherwise than the record's benchmark ("HR-Bench 4K" for HR-Bench)."""
    key = name_key(benchmark)
    return name_key(canonical) == key or name_key(text).startswith(key)


def _benchmark_mention(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str) -> Optional[Mention]:
    """Where the number's benchmark is named: in its sentence before it, earlier in its line, or in its headings."""
    for start, end in ((sentence.start, position), (sentence.line_start, sentence.start), *sentence.context):
        found = _mention_of(ctx, benchmark, start, end)
        if found is not None:
            return found
    return None




def _sizes_after(ctx: PaperContext, mention: Mention, sentence: Sentence, position: int) -> Optional[str]:
    """Sizes written after a benchmark's name as its parts ("HR-Bench 4K 和 8K 上", "RULER 128K 上"): numbers
    with a scale letter and no unit, each its own part; a listed value takes the part at its position."""
    found = ctx.words.subsets.sizes.match(ctx.view.text, mention.end)
    if found is None or found.end() > position:
        return None
    marks = offsets_of(QUANTITY_MARK, ctx.view.text, found.start("marks"), found.end("marks"))
    quantities = [ctx.quantity_at(mark) for mark in marks]
    if not all(q.scale and q.unit is None for q in quantities):
        return None
    parts = [ctx.view.source[q.start:q.end] for q in quantities]
    return _by_position(ctx, parts, found.end(), sentence, position)


def _split_in_name(ctx: PaperContext, mention: Mention) -> Optional[str]:
    """A split that ends a benchmark's name as written ("MS MARCO Dev", "COCO val2017")."""
    if " " not in mention.text:
        return None
    last = mention.text.rsplit(" ", 1)[-1]
    return last if last in ctx.vocabulary.split_words or ctx.words.subsets.split_name.fullmatch(last) else None


def _right_after(ctx: PaperContext, mention: Mention, sentence: Sentence, position: int) -> Optional[str]:
    """A split, resolution or level written right after a benchmark's name ("AISHELL-1 test", "ImageNet 256×256"),
    or the parts a parenthesis after it lists among other words ("KITTI（室外，Eigen split）")."""
    found = _one_right_after(ctx, mention, sentence, position)
    return found if found is not None else _listed_in_parentheses(ctx, mention)


_PARENTHESIS_LIST = re.compile(r"\s*\((?P<items>[^()\n]{1,40}?,[^()\n]{1,40}?)\)")
_PARENTHESIS_REST = re.compile(r"\s*,(?P<items>[^()\n]{1,40}?)\)")  # "（FooEstate，2 视图）": after a name opening it


def _listed_in_parentheses(ctx: PaperContext, mention: Mention) -> Optional[str]:
    """The parts a parenthesis after a benchmark's name lists with other words, joined as listed: each item
    read alone as a split, a setting, a resolution, a count of views or a setting with its unit, Latin
    words with no digit naming no system, or words the subset glossary lists ("KITTI（室外，Eigen split）" is the Eigen
    split: 室外 is the whole dataset's domain; "FooWorld（Verified，50 步上限）" is Verified, 50 steps), also after
    the name when it opens the parenthesis ("新视角合成（FooEstate，2 视图）" is 2-view); an
    item of other words ("15 类器官", "217 个实验", "作者新建") names nothing."""
    text = ctx.view.text
    found = _PARENTHESIS_LIST.match(text, mention.end)
    if found is None and mention.start > 0 and text[mention.start - 1] == "(":
        found = _PARENTHESIS_REST.match(text, mention.end)  # "**新视角合成（FooEstate，2 视图）**"
    if found is None:
        return None
    parts, at = [], found.start("items")
    for item in found.group("items").split(","):
        start, end = at + len(item) - len(item.lstrip()), at + len(item.rstrip())
        at += len(item) + 1
        part = _item_part(ctx, start, end) if start < end else None
        if part:
            parts.append(part)
    return ", ".join(parts) or None


_LATIN_ITEM = re.compile(r"[A-Za-z][A-Za-z\-_. ]{0,24}")  # no digits: "ICLR 2024", "temperature 0", "batch 256"


def _item_part(ctx: PaperContext, start: int, end: int) -> Optional[str]:
    """What one item of a parenthesis's list names of its benchmark (see _listed_in_parentheses), or None."""
    words: SubsetWords = ctx.words.subsets
    text = ctx.view.text
    item = text[start:end]
    shown = ctx.view.source[slice(*ctx.view.source_span(start, end))].strip()
    if re.fullmatch(words.split_token, item):
        return item
    if item in words.split_names:
        return words.split_names[item]
    if item.casefold() in words.settings:
        return words.settings[item.casefold()]
    if re.fullmatch(_RESOLUTION, item):
        return _shown_resolution(item)
    if QUANTITY_MARK in item:
        english = _in_english_units(words, shown) if words.setting_unit.search(item) and not words.item_count.search(item) else ""
        return english if english and not re.search(r"[\u4e00-\u9fff]", english) else None
    if _LATIN_ITEM.fullmatch(item):
        own = item.isupper() and " " not in item  # most often the benchmark's abbreviation
        return None if own or any(m.role != NAME_ROLE for m in _mentions_between(ctx, start, end)) else item
    listed = ctx.vocabulary.glossary.subset(item)
    if listed != item and not words.not_parts.search(item) and not ctx.vocabulary.metric(item):
        return listed
    return None


def _one_right_after(ctx: PaperContext, mention: Mention, sentence: Sentence, position: int) -> Optional[str]:
    """_right_after, without a list in a parenthesis."""
    words: SubsetWords = ctx.words.subsets
    in_name = _split_in_name(ctx, mention)
    if in_name:
        return _with_note(ctx, in_name, mention.end)
    found = words.after_benchmark.match(ctx.view.text, mention.end)
    if found is None:
        return _lower_part(ctx, mention) or _label_split(ctx, mention) or _sizes_after(ctx, mention, sentence, position)
    if found.group("split"):
        return _with_note(ctx, found.group("split"), found.end("split"))
    if found.group("chinese"):
        built = words.own_set.search(ctx.view.text, max(0, mention.start - 12), mention.start)
        return None if built else words.split_names[found.group("chinese")]
    if found.group("named_setting"):
        return words.settings[found.group("named_setting").casefold()]
    if found.group("counted"):
        return _in_english_units(words, ctx.view.source[slice(*ctx.view.source_span(*found.span("counted")))])
    if found.group("set"):
        return _setting_in_parentheses(ctx, found) or _sizes_after(ctx, mention, sentence, position)
    if found.group("listed"):
        listed = found.group("listed")
        glossary, vocab = ctx.vocabulary.glossary, ctx.vocabulary
        if (glossary.subset(listed) == listed or vocab.metric(listed) or glossary.metric(listed)
                or words.not_parts.fullmatch(listed)):
            return None  # a word no list names ("（作者新建）"), a metric ("（总分）"), a whole dataset's domain
        return listed
    if found.group("named_part"):
        part = found.group("named_part")
        if words.not_parts.search(part) or _names_something_else(ctx, *found.span("named_part")):
            return None
        noun = words.named_with_noun.get(found.group("noun"))
        return f"{part} {noun}" if noun else part
    if found.group("latin"):
        return _latin_part(ctx, found, mention)
    if found.group("counted_latin"):
        return _latin_part(ctx, found, mention, "counted_latin")
    if found.group("tailed"):
        return None if _names_something_else(ctx, *found.span("tailed")) else found.group("tailed")
    if found.group("part"):
        names = _names(words, found.group("part"))
        noun = words.named_with_noun.get(found.group("part_noun"))
        if len(names) == 1:
            return f"{names[0]} {noun}" if noun else names[0]  # "KITTI（Eigen 划分）" is the Eigen split
        return _sizes_after(ctx, mention, sentence, position)
    if found.group("resolution"):
        return _shown_resolution(found.group("resolution"))
    if found.group("setting"):
        return re.sub(r"\s+", "", found.group("setting"))
    return _level(found.group("level"))


def _label_split(ctx: PaperContext, mention: Mention) -> Optional[str]:
    """A lower-case split word that ends the bullet's label the benchmark's name opens ("**FooDrive navtest**：")."""
    end = next((end for start, end in ctx.headings if start == mention.start), None)
    found = ctx.words.subsets.label_split.match(ctx.view.text[:end], mention.end) if end else None
    return found.group("split") if found else None


def _lower_part(ctx: PaperContext, mention: Mention) -> Optional[str]:
    """A lower-case word written between a known benchmark's name and a split: "nuScenes lidarseg val" is
    nuScenes, lidarseg val (entities.classify gives such a word no role of its own); without a split after
    it the word may only describe the data ("LongBench trace"), no part."""
    text = ctx.view.text
    if mention.role != BENCHMARK or text[mention.end:mention.end + 1] != " ":
        return None
    word = next((m for m in _mentions_between(ctx, mention.end + 1, mention.end + 40) if m.start == mention.end + 1), None)
    if (word is None or word.role != NAME_ROLE or not (word.text.isalpha() and word.text.islower())
            or word.text in ctx.vocabulary.split_words):
        return None
    split = re.match(rf" ({ctx.words.subsets.split_token})", text[word.end:word.end + 30])
    return f"{word.text} {split.group(1)}" if split else None


_VERSION = re.compile(r"[vV]\d+(?:\.\d+)*")  # "（V2）": a release of the benchmark, not its abbreviation
_NOTE = re.compile(r"\s*\(\s*(?P<latin>[A-Za-z][A-Za-z0-9\-_., ]{0,24}?)\s*\)")


def _with_note(ctx: PaperContext, split: str, end: int) -> str:
    """A split with the setting written after it, in Latin letters or words the subset glossary lists (with a
    word for how it was run) in a parenthesis ("MOT17 test（private detection）", "MOT17 test（私有检测）" are test, private detection) or as a
    setting word ("LVIS minival（零样本）", "LVIS minival 零样本："
    are minival, zero-shot): stacked levels, the split first (see stacked)."""
    words: SubsetWords = ctx.words.subsets
    said = words.setting_after.match(ctx.view.text, end)
    if said:
        return stacked(split, words.settings[said.group("setting").casefold()])
    note = _NOTE.match(ctx.view.text, end)
    part = _latin_part(ctx, note) if note else None
    listed = words.listed_note.match(ctx.view.text, end) if part is None else None
    if listed:  # "MOT17 test（私有检测）": words the subset glossary lists and a word for how it was run, in English
        english = ctx.vocabulary.glossary.subset(listed.group("listed"))
        part = english if english != listed.group("listed") and not words.not_parts.search(listed.group("listed")) else None
    return stacked(split, part)


def stacked(*levels: Optional[str]) -> Optional[str]:
    """Levels of a subset joined as boards and golden files write them, the coarser first (a split or
    group, then a setting): "test, private detection", "minival, zero-shot"; a level already said once
    is not said again."""
    kept: list[str] = []
    for level in levels:
        if level and not any(level.casefold() in have.casefold().split(", ") for have in kept):
            kept.append(level)
    return ", ".join(kept) or None


def _latin_part(ctx: PaperContext, found: re.Match, owner: Optional[Mention] = None, group: str = "latin") -> Optional[str]:
    """The part a parenthesis of Latin words after a benchmark's name names, unless they name a system,
    a benchmark or a metric ("COCO val2017（LiteDet-R-X）" is a variant of the method), cite a paper
    ("et al"), or are one word in capitals, most often the benchmark's own abbreviation ("(HLE)"; a
    release is a part: "(V2)")."""
    part = found.group(group).strip()
    if (part.isupper() and " " not in part and not _VERSION.fullmatch(part)) or "et al" in part or any(
            m.role != NAME_ROLE and not _placed_by_label(ctx, m, owner) for m in _mentions_between(ctx, *found.span(group))):
        return None
    return part


def _placed_by_label(ctx: PaperContext, mention: Mention, owner: Optional[Mention]) -> bool:
    """True for a name taken as a benchmark only because it stands in a bullet's label, unknown to the
    vocabulary and no other spelling of the benchmark before it (its initials, its first letters): in
    "**SimplerEnv（WidowX）**：" the parenthesis names a part, in "**FooQA（Foo Question Answering）**：" the name."""
    if (owner is None or mention.role != BENCHMARK or name_key(mention.text) in ctx.vocabulary.benchmark_by_key
            or not any(start <= mention.start and mention.end <= end for start, end in ctx.headings)):
        return False
    initials = "".join(word[0] for word in re.split(r"[\s\-_]+", mention.text) if word).casefold()
    first, named = name_key(owner.text), name_key(mention.text)
    return not (first[:3] == named[:3] or first.startswith(initials) or named.startswith(first[:3]))


def _setting_in_parentheses(ctx: PaperContext, found: re.Match) -> Optional[str]:
    """The setting a parenthesis after a benchmark's name gives with its number and a unit of settings,
    the units in English ("1/4 剂量" is 1/4 dose, "2视角，256×256" 2 views, 256x256); a count of items
    ("26 个游戏") is none."""
    words: SubsetWords = ctx.words.subsets
    inside = found.group("set")
    period = _period(ctx, found.start("set") + inside.find(QUANTITY_MARK)) if inside.count(QUANTITY_MARK) == 1 else None
    if period:
        return period  # "LiveCodeBench（2024.08–2025.02 的题目）": the problems of that period
    if not words.setting_unit.search(inside) or words.item_count.search(inside):
        return None
    return _in_english_units(words, ctx.view.source[slice(*ctx.view.source_span(*found.span("set")))])


def _period(ctx: PaperContext, mark: int) -> Optional[str]:
    """The period of dates (year.month to year.month) a number stands for, as written, or None."""
    quantity = ctx.quantity_at(mark)
    if quantity.unit is not None or quantity.value_high is None:
        return None
    if not (is_month(quantity.value) and is_month(quantity.value_high)):
        return None
    return ctx.view.source[quantity.start:quantity.end]


def is_month(value: float) -> bool:
    """True for a number that reads as a year and a month (2024.08)."""
    year, month = int(value), round((value - int(value)) * 100)
    return 1990 <= year <= 2100 and 1 <= month <= 12 and abs(value - (year + month / 100)) < 1e-9


def _in_english_units(words: SubsetWords, shown: str) -> str:
    """A setting as a board shows it, its units in English ("100 步" is 100 steps, "2 视角" 2-view)."""
    shown = words.spelled(words.setting_verb_shown.sub("", shown))  # "（仅用 10% 标注）" is 10% labels
    for written in sorted(words.setting_units, key=len, reverse=True):
        english = words.setting_units[written]
        shown = shown.replace(written, f" {english} " if english and not written.isascii() else english)
    shown = re.sub(r"\s*[，,]\s*", ", ", re.sub(r"(\d)\s*[×xX*]\s*(\d)", r"\1x\2", shown))
    return words.frame_tail.sub("", re.sub(r"\s+", " ", shown).strip(" ,"))


def _level(text: str) -> str:
    match = _LEVEL.fullmatch(text.strip())
    return f"Level {match.group(1)}" if match else text


def _names(words: SubsetWords, names: str, sizes: bool = False) -> list[str]:
    """The parts a phrase lists ("粤语、闽南语", "Relative Depth", "相对深度（Relative Depth）"): the
    English gloss of a Chinese name when it has one, or its English name in the word list ("中文" is
    Chinese); [] when one of them is a kind, not a part."""
    found = []
    for item in words.item.finditer(names):
        name = (item.group("gloss") or item.group("name")).strip().strip("“”\"「」")
        if item.group("name") == QUANTITY_MARK and not sizes:
            found = []  # a number ends what was listed before it ("提升至 47.0%，L4 等级上" names L4)
            continue  # and stands as a part only where its quantity is read (_part_names)
        if words.not_parts.search(item.group("name")):
            return []
        found.append(words.part_names.get(name, name))
    return found


def _part_names(ctx: PaperContext, match: re.Match) -> list[str]:
    """The parts a phrase before a part noun lists (_names), a size among them as written ("在 4K 子集上",
    "4K、8K 子集上分别"); a number that is no size (a value, "20%", "7B") ends what was listed before it
    ("得分 78.5，8K 子集上" lists 8K), and none is listed when it is the last ("在 20% 子集上")."""
    names = _names(ctx.words.subsets, match.group("names"), sizes=match.group("noun") in ctx.words.subsets.sized_nouns)
    if QUANTITY_MARK not in match.group("names"):
        return names
    sizes = iter(ctx.quantity_at(mark) for mark in offsets_of(QUANTITY_MARK, ctx.view.text, *match.span("names")))
    shown = []
    for name in names:
        if QUANTITY_MARK not in name:
            shown.append(name)
            continue
        size = next(sizes)
        if name == QUANTITY_MARK and size.scale and size.scale not in "Bb" and size.unit is None:
            shown.append(ctx.view.source[size.start:size.end])
        else:
            shown = []
    return shown


def _setting_code(ctx: PaperContext, code: str) -> bool:
    """True for a code that can name a setting: not hardware, a condition, a system or a size ("在 A100 下",
    "在 FP16 下", "在 GPT-4o 下", "在 Qwen2.5-7B 下": where or on what it ran, not a part of the benchmark)."""
    vocab = ctx.vocabulary
    return vocab.lexical_role(code, None) is None and not vocab.is_model_family(code) and not vocab.name_shape(code)[1]


def _condition_owns(ctx: PaperContext, clause_start: int, position: int) -> bool:
    """True when the value belongs to the model left as it was, named in its clause before it ("（FP16 为 6.14）",
    "仅比 FP16 原模型（3.12）高"): a setting of the method's (W4A4KV4) does not hold for it."""
    return any(name_key(m.text) in ctx.vocabulary.conditions for m in _mentions_between(ctx, clause_start, position))


def _names_something_else(ctx: PaperContext, start: int, end: int) -> bool:
    """True when a benchmark or system is named inside [start, end): "GPQA-Diamond 任务" is the benchmark
    (a metric word may name a part: "相对反射率任务")."""
    first = bisect_left(ctx.mention_starts, start)
    return any(m.role not in (NAME_ROLE, METRIC) for m in ctx.mentions[first:bisect_left(ctx.mention_starts, end)])


def _by_position(ctx: PaperContext, parts: list[str], after: int, sentence: Sentence, position: int) -> Optional[str]:
    """The part a listed value stands for: one part for all, or the k-th of k values after the list."""
    if len(parts) == 1:
        return parts[0]
    clause_end = sentence.clause_bounds(position, position + 1)[1]
    marks = offsets_of(QUANTITY_MARK, ctx.view.text, after, clause_end)
    metrics = [m for m in _mentions_between(ctx, after, clause_end) if m.role == METRIC]
    per_part = len(marks) // len(parts) if marks and len(marks) % len(parts) == 0 else 0
    if position not in marks or not per_part or (per_part > 1 and len(metrics) != per_part):
        return None
    index = marks.index(position)
    return parts[index // per_part] if per_part == 1 else parts[index % len(parts)]


def _cue_before(ctx: PaperContext, cue: re.Pattern[str], sentence: Sentence, position: int) -> bool:
    """True when `cue` matches in the sentence before the value at `position`. The whole sentence is
    searched once for all its values: where it has no cue, or its first one ends before the value, that
    is the answer; only a value before the first cue's end is searched again. Exact because the cue
    patterns look one character around at most, and a value's mark there passes them as the end of the
    text would ("套件" then the mark)."""
    memo = ctx.memo.setdefault(("subsets.first cue", cue.pattern), {})
    key = (sentence.start, sentence.end)
    search = ctx.words.subsets.cue_search[cue.pattern].search
    if key not in memo:
        found = search(ctx.view.text, sentence.start, sentence.end)
        memo[key] = found.end() if found else None
    first = memo[key]
    if first is None or first <= position:
        return first is not None
    return search(ctx.view.text, sentence.start, position) is not None


def _in_sentence(ctx: PaperContext, start: int, sentence: Sentence, position: int) -> Optional[str]:
    """The part named between `start` and the number, or a setting stated in its sentence before it
    (before the benchmark's name too), nearest the number first. A part of an earlier clause carries on
    ("视觉匹配设置下平均成功率为 58.3%，比 Octo-Base 高出 30.8 个百分点") unless the number's clause names
    its own ("Retail 领域 pass^1 为 58.3，Airline 为 40.0": 40.0 is not Retail's); a setting carries on
    whatever the clause names ("128K 长度下准确率为 81.7%，Quest 为 74.9%")."""
    words: SubsetWords = ctx.words.subsets
    text = ctx.view.text
    setting_start = sentence.start
    if not _cue_before(ctx, words.any_cue, sentence, position):
        return None
    clause_start = sentence.clause_bounds(position, position + 1)[0]
    own_name = any(m.role == NAME_ROLE and m.end <= position and _OPENER.fullmatch(text, clause_start, m.start)
                   for m in _mentions_between(ctx, clause_start, position))
    # a size in the number's clause states a setting of its own: "8K 长度下为 81.7%，7B 规模下为 75.0%"
    own_size = any(ctx.quantity_at(i).scale and ctx.quantity_at(i).unit is None
                   for i in offsets_of(QUANTITY_MARK, text, clause_start, position))
    # people are measured outside the systems' setting: "在 1M 步的预算下得分为 19.8%，人类专家得分为 50.5%"
    human = ctx.words.human.search(text, clause_start, position) is not None
    found: list[tuple[int, Optional[str]]] = []

    def add(match: re.Match, part: Optional[str], setting: bool = False) -> None:
        # a setting holds for the parts named after it
        if match.end() >= clause_start or not (own_size or (human if setting else own_name)):
            found.append((match.end(), part))

    for match in words.part.finditer(text, start, position):
        if _names_something_else(ctx, *match.span("names")):
            continue
        if _AFTER_NUMBER.search(text, max(0, match.start("names") - 3), match.start("names")):
            add(match, None)  # "32K 输入设置下": a number's word, not a part's name ("输入")
            continue
        parts = [match.group("gloss")] if match.group("gloss") else _part_names(ctx, match)
        if len(parts) == 1 and match.group("noun") in words.named_with_noun:
            parts = [f"{parts[0]} {words.named_with_noun[match.group('noun')]}"]  # "KITTI Eigen split 上", "随机划分上"
        add(match, _by_position(ctx, parts, match.end(), sentence, position) if parts else None)
    for match in words.listed_place.finditer(text, setting_start, position):
        listed = match.group("listed")
        if match.start() < start and not match.group("tail"):
            continue  # before the benchmark only as a kind of item classified: "在提示有害性分类上，ToxicChat …"
        if not (ctx.vocabulary.metric(listed) or ctx.vocabulary.glossary.metric(listed)
                or _names_something_else(ctx, *match.span("listed"))):
            add(match, listed)  # shown in English by the glossary
    for match in words.split_place.finditer(text, start, position):
        if match.group("chinese"):
            add(match, words.split_names[match.group("chinese")])
        else:
            splits = re.split(_LIST_SEPARATOR, match.group("splits"))
            add(match, _by_position(ctx, splits, match.end(), sentence, position))
    for match in words.setting_frame.finditer(text, setting_start, position):  # before the benchmark too
        group = next(name for name in ("code", "coded", "named", "setting", "bare", "key_value") if match.group(name))
        setting = match.group(group)
        if group in ("code", "coded", "named"):
            if (not _names_something_else(ctx, *match.span(group)) and _setting_code(ctx, setting)
                    and not _condition_owns(ctx, clause_start, position)):
                add(match, setting, setting=True)  # the condition's own value ("（FP16 为 6.14）") is not under it
            continue
        if group == "bare" and not (ctx.quantity_at(match.start(group)).scale or setting != QUANTITY_MARK):
            continue  # a number alone before the noun is a size ("128K 长度下") or has a unit of settings
        bounds = match.span(group)
        verb = words.setting_verb.match(setting) if group == "setting" else None
        if verb:  # "在仅保留 10% KV Cache 的设置下": 10% KV Cache
            setting, bounds = setting[verb.end():], (bounds[0] + verb.end(), bounds[1])
        if group == "setting" and "的" in setting and words.number_setting.fullmatch(setting.split("的")[0].strip()):
            setting = setting.split("的")[0].strip()  # "在 15 步的严格预算下": 15 steps, what the budget is
            bounds = (bounds[0], bounds[0] + len(setting))
        if not words.not_parts.search(setting) and not _names_something_else(ctx, *bounds):
            span = ctx.view.source_span(*bounds)
            shown = ctx.view.source[slice(*span)].strip()
            if group == "bare" and ctx.view.source[span[0] - 1:span[0]] == "×":
                shown = "×" + shown  # "×4 设置下": the scale factor, not a count of four
            if group == "key_value":
                shown = re.sub(r"\s+", "", shown)
            add(match, _in_english_units(words, shown) if words.number_setting.fullmatch(setting) else shown, setting=True)
        elif match.end() >= clause_start:
            add(match, None)  # "…，在 2024 年 5 月的设置下为 80.1%": its own clause's setting, not the one before
    for match in words.count_place.finditer(text, start, position):
        add(match, _in_english_units(words, ctx.view.source[slice(*ctx.view.source_span(*match.span()))]))
    for match in words.resolution.finditer(text, start, position):
        add(match, _shown_resolution(match.group("resolution") or match.group("bare")))
    for match in ctx.words.subset.finditer(text, start, position):
        add(match, match.group("subset") or _level(match.group("level")))
    for metric in (m for m in _mentions_between(ctx, start, position) if m.role == METRIC):
        named = words.named_metric.search(text, max(start, metric.start - 8), metric.start)
        if named:  # "中文单词准确率 71.2%": the Chinese part's accuracy
            add(named, words.part_names[named.group("name")])
        condition = words.condition.match(text, metric.end)
        if condition and condition.end() <= position:
            add(condition, ctx.view.source[slice(*ctx.view.source_span(*condition.span("condition")))])
    if not found:
        return None
    return max(found, key=lambda pair: pair[0])[1]


def listed_label(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str) -> Optional[str]:
    """The label of words the subset glossary lists that opens the value's list item, right before it ("AdverseFoo
    的 δ1：夜间 71.4%→86.2%，雨天 78.9%→88.0%": night, rain), unless the words name a metric or say what the whole
    benchmark is ("胰腺肿瘤基准 FooCT：肿瘤 68.4%")."""
    text = ctx.view.text
    found = ctx.words.subsets.listed_label.search(text, max(sentence.start, position - 24), position)
    if found is None:
        return None
    listed = found.group("listed")
    if (ctx.vocabulary.metric(listed) or ctx.vocabulary.glossary.metric(listed) or ctx.words.subsets.not_parts.search(listed)
            or _names_something_else(ctx, *found.span("listed")) or _describes(ctx, listed, benchmark)):
        return None
    return listed


def _heading_setting(ctx: PaperContext, sentence: Sentence, benchmark: str) -> Optional[str]:
    """A setting the number's own heading names when that heading is a setting, not a benchmark
    ("**零样本方向估计**：", "**跨数据集泛化**：" yes; "**X**（27 个零样本数据集）：" describes X), or when it
    is the number's benchmark and a setting label, nothing else ("**FooSet 跨数据集泛化**："); read once
    per heading."""
    if not sentence.context:
        return None
    start, end = sentence.context[0]
    cache = ctx.memo.setdefault("subsets.heading_setting", {})
    if start not in cache:
        words: SubsetWords = ctx.words.subsets
        heading = words.setting.search(ctx.view.text, start, end)
        named = [m for m in _mentions_between(ctx, start, end) if m.role in (BENCHMARK, NAME_ROLE)]
        names = bool(named)
        label = words.setting_label.fullmatch(ctx.view.text, start, end) if not heading else None
        if len(named) == 1 and named[0].role == BENCHMARK and named[0].end <= end:
            rest = ctx.view.text[start:named[0].start] + " " + ctx.view.text[named[0].end:end]
            label = words.setting_label.fullmatch(rest)
            cache[start] = (named[0].canonical, label.group("listed")) if label else None
        elif names:
            cache[start] = None
        elif heading:
            cache[start] = words.settings[heading.group().casefold()]
        else:  # "**跨数据集泛化**：" (shown in English by the glossary)
            cache[start] = label.group("listed") if label else None
    said = cache[start]
    if isinstance(said, tuple):  # the heading's own benchmark only
        return said[1] if said[0] == benchmark else None
    return said


def _lead_setting(ctx: PaperContext, benchmark: str) -> Optional[str]:
    """The setting the section's first line says for the benchmarks it names ("零样本评测覆盖 KITTI、NYUv2、
    Sintel 五个数据集。" then "- NYUv2：AbsRel 0.051"); read once per paper."""
    if "subsets.lead_setting" not in ctx.memo:
        text, words = ctx.view.text, ctx.words.subsets
        first = len(text) - len(text.lstrip())
        line_end = text.find("\n", first)
        line_end = len(text) if line_end == -1 else line_end
        opening = words.setting_opening.match(text, first, line_end)
        named = {m.canonical for m in _mentions_between(ctx, first, line_end) if m.role == BENCHMARK} if opening else set()
        ctx.memo["subsets.lead_setting"] = (words.settings[opening.group("setting").casefold()], named) if named else None
    lead = ctx.memo["subsets.lead_setting"]
    return lead[0] if lead and benchmark in lead[1] else None


def _lead_split(ctx: PaperContext) -> Optional[str]:
    """The split the section's first line says all its results are on ("主要结果（均为测试集，私有检测）："),
    read once per paper."""
    if "subsets.lead_split" not in ctx.memo:
        text, words = ctx.view.text, ctx.words.subsets
        first = len(text) - len(text.lstrip())
        line_end = text.find("\n", first)
        said = words.all_split.search(text, first, len(text) if line_end == -1 else line_end)
        ctx.memo["subsets.lead_split"] = words.split_names[said.group("chinese")] if said else None
    return ctx.memo["subsets.lead_split"]


def _sentence_setting(ctx: PaperContext, sentence: Sentence, position: int) -> Optional[str]:
    """The last setting said in the number's sentence before it."""
    words: SubsetWords = ctx.words.subsets
    said = None
    for match in words.setting.finditer(ctx.view.text, sentence.start, position):
        said = words.settings[match.group().casefold()]
    return said


def _parted_mentions(ctx: PaperContext) -> frozenset[int]:
    """Starts of the paper's names followed by a part of them (a split, a resolution, sizes): read once
    per paper, so that a number whose sentence has no cue costs no search for its benchmark's name."""
    found = ctx.memo.get("subsets.parted")
    if found is None:
        words: SubsetWords = ctx.words.subsets
        text = ctx.view.text
        found = frozenset(
            m.start for m in ctx.mentions if m.role in (BENCHMARK, NAME_ROLE)
            and (_split_in_name(ctx, m) or words.after_benchmark.match(text, m.end) or words.sizes.match(text, m.end)
                 or _listed_in_parentheses(ctx, m) is not None or _lower_part(ctx, m) or _label_split(ctx, m)))
        ctx.memo["subsets.parted"] = found
    return found


def subset(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str) -> Optional[str]:
    """The subset of the number at `position` whose benchmark is `benchmark`, or None (overall)."""
    tagged = ctx.words.subsets.value_split.match(ctx.view.text, position + 1)
    if tagged:
        return tagged.group("split")  # "19.1%（dev）": the value says its split itself
    cue = _cue_before(ctx, ctx.words.subsets.any_cue_or_setting, sentence, position)
    parted = _parted_mentions(ctx)
    found = None
    if cue or parted:
        mention = _benchmark_mention(ctx, sentence, position, benchmark)
        in_sentence = mention is not None and sentence.start <= mention.start < position
        if cue:
            found = _in_sentence(ctx, mention.end if in_sentence else sentence.start, sentence, position)
        if mention is not None and mention.start in parted:
            outer = _right_after(ctx, mention, sentence, position) if found is None or not _same_noun(ctx, mention, sentence, found) else None
            # a part after the benchmark's name holds for the parts its values' clauses name: "**Video-MME（无字幕）**：
            # …，Long 子集 62.4%" is Long without subtitles, "**SimplerEnv（Google Robot）**：Visual Matching 设置下 78.2%"
            found = _outer_first(ctx, outer, found) if found is not None else outer
        if found is None and cue:
            found = _sentence_setting(ctx, sentence, position)
        if found is None and cue and not in_sentence:
            opening = ctx.words.subsets.split_opening.match(ctx.view.text, sentence.start)
            found = ctx.words.subsets.split_names[opening.group("chinese")] if opening else None
    if found is None:
        found = _named_part(ctx, sentence, position, benchmark) or _part_before_metric(ctx, sentence, position, benchmark)
    if found is None:
        found = _heading_setting(ctx, sentence, benchmark)
    if found is None:
        found = _lead_setting(ctx, benchmark)
    found = found if found is not None else _lead_split(ctx)
    return _with_levels(ctx, found, sentence, position, benchmark, mention if cue or parted else None)


def with_outer(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str, part: str) -> str:
    """A part a rule read for the number ("Long 子集 62.4%") with the part its benchmark's name carries
    in its label or an earlier sentence stacked before it (see _outer_first)."""
    if not _parted_mentions(ctx):
        return part
    mention = _benchmark_mention(ctx, sentence, position, benchmark)
    if mention is None or mention.start not in _parted_mentions(ctx) or mention.start >= sentence.start:
        return part  # a name in the number's own sentence was read with the part already
    if _same_noun(ctx, mention, sentence, part):
        return part
    return _outer_first(ctx, _right_after(ctx, mention, sentence, position), part)


def _same_noun(ctx: PaperContext, mention: Mention, sentence: Sentence, part: str) -> bool:
    """True when the part after the benchmark's name and the number's part are named with one part noun,
    parts of one level: "AMOS22 CT 赛道：…；MRI 赛道 Dice 85.2%" is MRI alone."""
    found = ctx.words.subsets.after_benchmark.match(ctx.view.text, mention.end)
    noun = found.group("noun") if found and found.group("named_part") else None
    return bool(noun) and re.search(rf"{re.escape(part)}\s*{re.escape(noun)}", ctx.view.text[sentence.start:sentence.end]) is not None


def _outer_first(ctx: PaperContext, outer: Optional[str], inner: str) -> str:
    """An inner part with the part its benchmark's name carries stacked before it (see stacked), unless
    they say the same ("HR-Bench 4K 和 8K 上" reads 4K both ways) or the outer one is a split, a resolution or
    a size, which reports repeat with the parts they mean ("FooSet val … test-dev 上为 87.2" is test-dev, and
    golden files disagree on "MMAU（test-mini）：…声音子类 80.2%"); a setting the name carries comes after the
    part ("Video-MME（无字幕）… Long 子集" is Long, w/o subs)."""
    if not outer:
        return inner
    words: SubsetWords = ctx.words.subsets
    shown = ctx.vocabulary.glossary.subset
    outer_levels, inner_levels = (shown(outer) or "").split(", "), (shown(inner) or "").split(", ")
    if any(_kind(words, level) for level in outer_levels) or any(
            name_key(a) in name_key(b) or name_key(b) in name_key(a) for a in outer_levels for b in inner_levels):
        return inner
    if all(name_key(level) in words.setting_levels for level in outer_levels):
        return stacked(shown(inner), shown(outer))
    return stacked(shown(outer), shown(inner))


def _kind(words: SubsetWords, level: str) -> Optional[str]:
    """"split", "resolution" or "size" for a level of that kind, else None."""
    if words.split_level.fullmatch(level) or level in words.split_names.values():
        return "split"
    if re.fullmatch(r"\d+x\d+", level):
        return "resolution"
    return "size" if re.fullmatch(r"\d+(?:\.\d+)?[KkM]", level) else None


def _with_levels(ctx: PaperContext, found: Optional[str], sentence: Sentence, position: int, benchmark: str,
                 mention: Optional[Mention]) -> Optional[str]:
    """A split and a setting both stated for the number, stacked (see stacked): a split found with the
    setting its sentence, heading or the section's first line states ("Zero-shot transfer 到 LVIS minival，AP
    达到 39.8" is minival, zero-shot), a setting found with the split written after its benchmark's name
    ("在 LVIS minival 零样本检测上，AP 为 38.9")."""
    if found is None:
        return None
    words: SubsetWords = ctx.words.subsets
    first = found.split(", ")[0].split(" ")[0]
    if words.split_level.fullmatch(first) or first in words.split_names.values():
        setting = (_own_setting(ctx, sentence, position, benchmark) or _heading_setting(ctx, sentence, benchmark)
                   or _lead_setting(ctx, benchmark))
        return stacked(found, setting)
    setting = words.settings.get(found.casefold())  # "零样本" read as a listed place is zero-shot
    if (setting or found in words.settings.values()) and mention is not None:
        split = _split_in_name(ctx, mention) or _split_after(ctx, mention)
        return stacked(split, setting or found) if split else found
    return found


def _own_setting(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str) -> Optional[str]:
    """The last setting said in the number's sentence before it, unless said of another benchmark named
    before it ("FooVid 上零样本准确率为 61.0%，BarVid test 上准确率为 70.2%": 70.2 is no zero-shot figure)."""
    words: SubsetWords = ctx.words.subsets
    said = None
    for match in words.setting.finditer(ctx.view.text, sentence.start, position):
        said = match
    if said is None:
        return None
    named = [m for m in _mentions_between(ctx, sentence.start, said.start()) if m.role == BENCHMARK]
    if named and named[-1].canonical != benchmark and not _same_name(named[-1].canonical, named[-1].text, benchmark):
        return None
    return words.settings[said.group().casefold()]


def _split_after(ctx: PaperContext, mention: Mention) -> Optional[str]:
    """A split written right after a benchmark's name ("LVIS minival"), or None."""
    found = ctx.words.subsets.after_benchmark.match(ctx.view.text, mention.end)
    return found.group("split") if found and found.group("split") else None


def _part_before_metric(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str) -> Optional[str]:
    """A part named only by words the subset glossary lists, right before the metric of the number's clause
    ("院内死亡 AUPRC 为 55.1", "回复有害性 F1 为 77.3"): the task or category the metric was measured on; glued to
    the metric the words are the metric's own ("缓存命中率" is cache hit rate, "肿瘤Dice" what the whole set
    measures as often as a part of it). Read once per clause."""
    clause_start, clause_end = sentence.clause_bounds(position, position + 1)
    memo = ctx.memo.setdefault("subsets.part before metric", {})
    if clause_start not in memo:
        text, found_parts = ctx.view.text, []
        for metric in _mentions_between(ctx, clause_start, clause_end):
            found = ctx.words.subsets.part_before_metric.search(text, max(clause_start, metric.start - 12), metric.start) \
                if metric.role == METRIC else None
            if found and found.group() != found.group().rstrip() and not _names_something_else(ctx, found.start(), found.end()):
                found_parts.append((metric.start, found.group().strip()))
        memo[clause_start] = found_parts
    part = next((part for at, part in memo[clause_start] if at < position), None)
    return None if part is None or _describes(ctx, part, benchmark) else part


def _describes(ctx: PaperContext, words: str, benchmark: str) -> bool:
    """True when the paper writes `words` right before the benchmark's name, saying what the whole of it
    is ("胰腺肿瘤基准 FooCT-1K" … "FooCT-1K：胰腺肿瘤 Dice 68.4%" is the benchmark's Dice, no part of it)."""
    text = ctx.view.text
    return any(m.canonical == benchmark and words in text[max(0, m.start - len(words) - 6):m.start]
               for m in ctx.mentions if m.role in (BENCHMARK, NAME_ROLE))


def _named_part(ctx: PaperContext, sentence: Sentence, position: int, benchmark: str) -> Optional[str]:
    """A part written into a name of no known role in the number's sentence, after its benchmark's name
    ("LIBERO-Long" for LIBERO: Long); a tail with digits is a version or a size (ImageNet-1K), not a part."""
    if benchmark not in ctx.view.text[sentence.start:position]:
        return None  # the benchmark's name is not written in the sentence: nothing is written after it
    for mention in _mentions_between(ctx, sentence.start, position):
        text = mention.text
        if (mention.role == NAME_ROLE and len(text) > len(benchmark) + 1 and text[len(benchmark)] in "-_ "
                and name_key(text[:len(benchmark)]) == name_key(benchmark) and text[len(benchmark) + 1:].isalpha()):
            return text[len(benchmark) + 1:]
    return None
