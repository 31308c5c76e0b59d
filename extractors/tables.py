"""Markdown results tables: a header row, a separator row and body rows, as digests copy a paper's
table. A cell is a result when its column's header (or the caption right above the table) names a
benchmark or a metric and its row's first cell names a system: position says which is which (header
cells are where benchmarks and metrics stand, the first column is where systems stand), the names
themselves are told apart by the same vocabulary and name shapes the rest of the engine uses.

The words tables are read by are in `tables.yaml` of the Extractor's lexicon (`TablesFile`). A table is read only when its first header cell says its first column lists systems
(`方法`, `Method` ...) or, transposed, the benchmarks or metrics of its rows (`基准`, with systems across
the header; a second label column headed `指标` names each row's metric); an empty first header cell is
read the way its systems stand. The caption's one split or count of views (`公开测试集结果`, `（2 视角输入）`)
is every cell's subset, before the header's own part. Every number of a table it
reads is claimed here, the ones that are no results (sizes, settings, averages, ablated variants, a row
naming no system) with the reason, so no sentence rule reads a table's numbers on its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from .claims import Claim, NamedRef, function_rule
from .document import BENCHMARK, METRIC, NAME_ROLE, QUANTITY_MARK, PaperContext, Sentence, offsets_of
from .entities import RATE_SHAPE, is_method_name
from .lexicon import TablesFile, alternation, name_key

RULE = "score.table"
@dataclass(frozen=True)
class _Words:
    system_headers: frozenset[str]
    row_headers: frozenset[str]
    rank_headers: frozenset[str]
    dataset_headers: frozenset[str]
    metric_headers: frozenset[str]
    self_row: re.Pattern[str]
    not_systems: frozenset[str]
    setting_headers: frozenset[str]
    base_headers: frozenset[str]
    speed_cost: frozenset[str]
    overall: frozenset[str]
    units: frozenset[str]
    part_words: re.Pattern[str]
    ablation: re.Pattern[str]
    count: re.Pattern[str]  # "2 视角输入", "双视图设置": a count of what the results were measured with (`framed`)
    count_nouns: dict[str, str]
    count_words: dict[str, int]
    averaged_over: re.Pattern[str]  # "102 种语言平均": a count of parts the metric is averaged over
    averaged_nouns: dict[str, str]
    not_results: re.Pattern[str]  # a caption of settings or statistics ("训练设置", "Hyper-parameters")


def _words(paper: PaperContext) -> _Words:
    """The table words of the paper's Extractor, compiled once per lexicon (kept in the paper's memo
    so a table's many cells do not hash the word lists again)."""
    words = paper.memo.get(_WORDS)
    if words is None:
        words = paper.memo[_WORDS] = _compiled(paper.vocabulary.tables)
    return words


_WORDS = "tables.words"


@lru_cache(maxsize=8)
def _compiled(data: TablesFile) -> _Words:
    keys = lambda words: frozenset(name_key(w) for w in words)
    selves = "|".join(re.escape(w) for w in sorted(data.self_rows, key=len, reverse=True))
    return _Words(keys(data.system_headers), keys(data.row_headers), keys(data.rank_headers), keys(data.dataset_headers), keys(data.metric_headers), re.compile(rf"(?:{selves})(?P<variant>(?:[ \-_(][^|]*)?)"),
                  keys(data.not_systems), keys(data.setting_headers), keys(data.base_headers),
                  frozenset(data.speed_cost_metrics), frozenset(data.overall_words), frozenset(data.units),
                  re.compile("|".join(re.escape(w) for w in data.part_words), re.I),
                  re.compile(rf"(?:^|[\s(])(?:{'|'.join(re.escape(w) for w in data.ablation_words)})(?=\s|$|[^\sA-Za-z])", re.I),
                  re.compile(rf"(?<![A-Za-z0-9.])(?P<count>\d+|{alternation(dict(data.count_words))})\s*-?\s*"
                             rf"(?P<noun>{alternation(dict(data.count_nouns))})\s*(?P<framed>(?={alternation(data.count_frames)}))?", re.I),
                  {noun.casefold(): shown for noun, shown in data.count_nouns}, dict(data.count_words),
                  re.compile(rf"(?P<count>\d+)\s*(?P<noun>{alternation(dict(data.averaged_nouns))})\s*(?:平均|average|avg\.?)", re.I),
                  {noun.casefold(): shown for noun, shown in data.averaged_nouns},
                  re.compile(alternation(data.not_result_captions)))


_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
_PAREN = re.compile(r"\(([^()]*)\)")
_ARROWS = re.compile(r"[↑↓⬆⬇]")
_OF = re.compile(r"(?P<place>.*?[A-Za-z].*?)\s*(?:上的|上|的)\s*(?P<metric>[^\s].*)")  # "FooSet 上的 CER"
_LATIN = re.compile(r"[A-Za-z]")
# one value, with a spread ("40.2 ± 0.3", "40.2 (±0.3)", "40.2<sub>±0.3</sub>"), a change after it ("85.4 (+2.1)",
# "85.4 ↑2.1") or a footnote mark ("68.4†", "68.4<sup>†</sup>"), perhaps underlined or bold in HTML ("<u>71.2</u>");
# only the first number counts
_TAG = r"</?(?:u|b|strong|em|i)>"
_VALUE_CELL = re.compile(rf"[ \t]*(?:{_TAG}[ \t]*)*{QUANTITY_MARK}(?:[ \t]*{_TAG})*"
                         rf"(?:[ \t]*±[ \t]*{QUANTITY_MARK}|[ \t]*\([ \t]*±[ \t]*{QUANTITY_MARK}[ \t]*\)"
                         rf"|<sub>[ \t]*±?[ \t]*{QUANTITY_MARK}[ \t]*</sub>)?[ \t]*(?:[†‡*]*|<sup>[^<>]{{0,8}}</sup>)"
                         rf"(?:[ \t]*\([ \t]*[↑↓]?[ \t]*{QUANTITY_MARK}[ \t]*\)|[ \t]*[↑↓][ \t]*{QUANTITY_MARK})?[ \t]*")
_MAX_ROWS = 200
_BREAK = re.compile(r"<br\s*/?>", re.I)  # "FooQA<br>(5-shot)": a line break inside a cell
_AVERAGED = re.compile(r"(?:平均|average|avg\.?|mean)\s*(?:的)?\s*$", re.I)
_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_FOOTNOTE = re.compile(r"[†‡§¶*]+|\^\S+")
_HEADER_NOTE = re.compile(r"[†‡§¶*]+|<sup>[^<>]*</sup>")
_HEADER_GLOSS = re.compile(r"\s*(?:\([^()]*\)|[/\\].*)\s*$")  # "方法（骨干）", "Method / Metric", "方法 \ 数据集": the word before
_GLOSSED_BY = re.compile(r"[^,;。()\n]{0,6}\(\s*")
_TOP = re.compile(r"[Tt]op-?(\d+)")  # "Top-1", "top5"
_PERCENTILE = re.compile(r"[Pp](?:50|75|90|95|99(?:\.9+)?)")  # "P99 TTFT": a percentile of the metric after it
_SHOTS = re.compile(r"\d+-shot", re.I)  # "5-shot FooQA": the setting the column was measured in
_NOTE = re.compile(r"\s*\([^()A-Za-z0-9]*\)$")  # "FooSplat（需位姿）": a note on the system, not its name


@dataclass(frozen=True)
class Column:
    """What a header cell says its cells are: `result` (with what it can tell of their benchmark,
    subset, metric and unit), `base` (the model each row's system is built on), or no result (`why`)."""

    role: str
    benchmark: Optional[str] = None
    subset: Optional[str] = None
    metric: Optional[str] = None
    unit: Optional[str] = None
    split_only: bool = False
    metric_named: bool = False  # the header or the caption names the metric (else it is "score")
    better: Optional[str] = None  # the header's arrow: "LPIPS↓" says lower is better, "PSNR↑" higher
    why: str = ""
    pair: tuple["Column", ...] = ()  # role `paired`: what each of a cell's slashed values is ("| FooQA EM/F1 |")
    part: Optional[str] = None  # a plain word no benchmark's name ("Hard"): a part of the caption's benchmark, with others


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]  # columns[name_column] is the systems column; for a transposed table, one per header cell
    systems: tuple[tuple[Optional[str], str], ...] = ()  # transposed: the system of each header cell (or why none)
    rows: Optional[dict[int, Column]] = None  # transposed: what each body row's label names, by row start
    name_column: int = 0  # the column naming each row's system: 1 after a column of ranks


def _lines(text: str, start: int) -> tuple[int, int]:
    """The view span of the line holding `start`."""
    end = text.find("\n", start)
    return text.rfind("\n", 0, start) + 1, len(text) if end == -1 else end


def _is_row(text: str, start: int, end: int) -> bool:
    return text[start:end].lstrip(" \t").startswith("|")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The view spans of a row's cells, between its pipes (`| a | b |`; the last pipe may be missing)."""
    pipes = offsets_of("|", text, text.index("|", start, end), end)
    cells = list(zip([p + 1 for p in pipes], pipes[1:]))
    if text[pipes[-1] + 1:end].strip():
        cells.append((pipes[-1] + 1, end))
    return cells


def _plain(paper: PaperContext, start: int, end: int) -> str:
    """A view span as written (each quantity's own text instead of its mark), white space collapsed."""
    text = paper.view.text
    piece = text[start:end]
    if QUANTITY_MARK in piece:
        piece = "".join(paper.view.source[q.start:q.end] if ch == QUANTITY_MARK else ch
                        for ch, q in ((text[i], paper.quantity_at(i) if text[i] == QUANTITY_MARK else None)
                                      for i in range(start, end)))
    return " ".join(_BREAK.sub(" ", piece).split())


def cells_as_clauses(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Each cell of a table row is a clause: a record read from a row quotes the row up to its cell."""
    out = []
    for sentence in sentences:
        if (text[sentence.line_start] in "| \t"  # most lines open with a bullet or a word: a cheap test first
                and text[sentence.line_start:sentence.start + 1].lstrip(" \t").startswith("|")):  # a colon may cut the row
            pipes = tuple(offsets_of("|", text, sentence.start + 1, sentence.end))
            sentence = replace(sentence, clause_starts=(sentence.start, *pipes))
        out.append(sentence)
    return out


@dataclass(frozen=True)
class _Caption:
    benchmark: Optional[str]  # the one benchmark the line above the table names
    names: frozenset[str]  # every benchmark or name of no known role it names
    metric: Optional[str]  # the one metric it names
    unit: Optional[str]  # "（CER，%，越低越好）", "F1（%）"
    parts: bool  # it says the table is about parts of its benchmark ("三个子集上的结果")
    averaged: bool = False  # its metric is an average over parts ("平均 MSE/MAE", "average WER")
    split: Optional[str] = None  # the one split it names ("公开测试集结果": test), when it says nothing of training
    setting: Optional[str] = None  # the count the results were measured with ("（2 视角输入）": 2-view)
    no_results: bool = False  # it says the table gives settings or statistics ("训练设置：")
    measured: frozenset[str] = frozenset()  # words that end the header's cells as metrics do (_measured_words)


def _caption(paper: PaperContext, header_start: int) -> _Caption:
    """What the sentence right above a table (one blank line between at most) says about all its cells."""
    text = paper.view.text
    start = header_start
    for _ in range(3):  # the line above, or the one above a blank line or two
        if start == 0:
            return _NO_CAPTION
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            break
    else:
        return _NO_CAPTION
    if _is_row(text, start, end):
        return _NO_CAPTION
    mentions = paper.mentions_inside(start, end)
    names = frozenset(m.canonical for m in mentions if m.role in (BENCHMARK, NAME_ROLE))
    benchmarks = {m.canonical for m in mentions if m.role == BENCHMARK}
    places = [m for m in mentions if m.role == BENCHMARK]
    others = {m.canonical for m in mentions if m.role == NAME_ROLE and any(  # "FooSet 与 BarSet-15": which one?
        paper.vocabulary.coordinator.match(text[min(m.end, b.end):max(m.start, b.start)]) for b in places)}
    named = [m for m in mentions if m.role == METRIC and m.canonical != "score" and "/" not in m.canonical]  # not "MSE/MAE"
    glossed = {a.canonical for a, b in zip(named, named[1:])
               if _GLOSSED_BY.fullmatch(text, a.end, b.start) and a.canonical != b.canonical}
    metrics = {m.canonical for m in named} - glossed  # "字错误率对比（CER，%）": the name in parentheses counts
    said = _CAPTION_UNIT.search(line)  # "（CER，%，越低越好）", "(Accuracy %)", "（单位：ms）"
    unit = "%" if said and said.group("percent") else said.group("unit") if said and said.group("unit") in _words(paper).units else None
    parts = _words(paper).part_words.search(line) is not None
    averaged = (any(_AVERAGED.search(text, max(start, m.start - 4), m.start) for m in named)
                or re.search(r"平均\s*的?\s*[A-Za-z]", line) is not None)  # "上的平均 MSE/MAE"
    split, setting = _caption_subset(paper, start, end, places[0] if len(benchmarks) == 1 else None)
    return _Caption(next(iter(benchmarks)) if len(benchmarks) == 1 and not others else None, names,
                    metrics.pop() if len(metrics) == 1 else None, unit, parts, averaged, split, setting,
                    _words(paper).not_results.search(line) is not None)


def _caption_subset(paper: PaperContext, start: int, end: int, place) -> tuple[Optional[str], Optional[str]]:
    """The split and the setting a caption gives every cell of its table: one split named as where the
    results are ("公开测试集结果", not "在新建的 FooSet 测试集上", nor in a caption about training), a
    count of views or shots before a word of settings ("（2 视角输入）", "双视图设置下": 2-view), one
    setting word ("零样本设置": zero-shot), and the durations, resolutions and settings a parenthesis right
    after the caption's benchmark (`place`) lists ("FooBench（5 秒、480p）": 5s, 480p)."""
    line, subsets, words = _plain(paper, start, end), paper.words.subsets, _words(paper)
    splits = {subsets.split_names[m.group()] for m in re.finditer(alternation(subsets.split_names), line)
              if _SPLIT_PLACE.match(line, m.end()) and not subsets.own_set.search(_NAME_LAST.sub("", line[:m.start()]))}
    split = splits.pop() if len(splits) == 1 and not paper.words.training.search(line) else None
    after = re.compile(rf"[ \t]*(?P<split>{subsets.split_token})").match(paper.view.text, place.end) if place else None
    if split is None and after:  # "FooSpeech test-clean 零样本设置下": the split written after the name
        split = after.group("split")
    counts = list(words.count.finditer(line))
    settings = [] if place is None else _listed_settings(paper, place.end)
    if len(counts) == 1 and counts[0].group("framed") is not None:  # "（2 视角与 4 视角）": which one?
        count = counts[0].group("count")
        settings.append(f"{int(count) if count.isdigit() else words.count_words[count]}-"
                        f"{words.count_nouns[counts[0].group('noun').casefold()]}")
    said = {subsets.settings[m.group().casefold()] for m in subsets.setting.finditer(line)}
    if len(said) == 1 and not set(settings) & said:
        settings.append(said.pop())
    return split, ", ".join(settings) or None


def _listed_settings(paper: PaperContext, end: int) -> list[str]:
    """The settings a parenthesis right after a benchmark's name lists, each a duration, a resolution or
    a setting word ("（5 秒、480p）": 5s, 480p), as a board shows them; [] when one item is anything else
    ("（4–10 秒片段）", "（作者新建）")."""
    found = _SETTINGS_AFTER.match(paper.view.text, end)
    if found is None:
        return []
    settings = paper.words.subsets.settings
    shown = []
    for item in re.split(r"\s*[、,;/]\s*", _plain(paper, *found.span("inside")).strip()):
        duration, resolution = _DURATION.fullmatch(item), _SHOWN_RESOLUTION.fullmatch(item)
        if duration:
            shown.append(f"{duration.group(1)}s")
        elif resolution:
            shown.append(re.sub(r"\s*[x×]\s*", "x", item))
        elif item.casefold() in settings:
            shown.append(settings[item.casefold()])
        else:
            return []
    return shown


_SETTINGS_AFTER = re.compile(r"[ \t]*\((?P<inside>[^()\n]{1,40})\)")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(?:秒|s|sec)")
_SHOWN_RESOLUTION = re.compile(r"\d{3,4}p|\d{2,4}\s*[x×]\s*\d{2,4}")


_CAPTION_UNIT = re.compile(r"[(,]\s*(?:[A-Za-z][A-Za-z0-9@.\-]{0,15}\s+)?(?P<percent>%)\s*[),]"
                           r"|单位\s*[:：]?\s*(?P<unit>[A-Za-z%/]+)\s*[),]")
_NAME_LAST = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-_. ]*$")  # "新建的 FooSet 测试集": the words before the set's name
_SPLIT_PLACE = re.compile(r"\s*(?:上|中|结果|的|\)|:|$)")  # "测试集上", "测试集结果", "（测试集）"


_NO_CAPTION = _Caption(None, frozenset(), None, None, False)


def _short_for(name: str, caption: _Caption) -> Optional[str]:
    """The caption's name a header writes as its initials and digits ("FE10K" for "FooEstate10K")."""
    key = name_key(name)
    return next((b for b in caption.names if len(key) >= 3 and key != name_key(b)
                 and name_key("".join(re.findall(r"[A-Z0-9]", b))) == key), None)


def _column(paper: PaperContext, header: str, caption: _Caption, datasets: bool = False, metric_rows: bool = False,
            given: Optional[str] = None) -> Column:
    """What one header cell (as written) says its column holds, and which way is better when its
    arrow says so ("LPIPS↓"); `datasets`: the label of a row under a header of datasets (`数据集`), `metric_rows`:
    of metrics (`指标`); `given`: the metric a cell beside the label names, so no word of the label is read as one."""
    header = _HEADER_NOTE.sub("", header)  # "FooQA†", "FooQA<sup>1</sup>": a footnote, not part of the name
    if "/" in header and not datasets:
        paired = _paired(paper, header, caption)
        if paired is not None:
            return paired
    cell = _ARROWS.sub(" ", header).strip()
    arrow = cell != header.strip()
    column = _read_column(paper, header, cell, arrow, caption, datasets, metric_rows, given)
    ways = {"higher" if a in "↑⬆" else "lower" for a in _ARROWS.findall(header)}
    return replace(column, better=ways.pop()) if column.role == "result" and len(ways) == 1 else column


def _paired(paper: PaperContext, header: str, caption: _Caption) -> Optional[Column]:
    """A header naming two or three results at once, each cell holding their values in order with slashes
    between: metrics after one name ("FooQA EM/F1", "PSNR / SSIM"), or parts in a parenthesis with spaced
    slashes ("FooVideo (w/o / w sub)": without and with subtitles). None when a piece names no result of
    its own or two pieces name the same; the cells of such a column each hold that many values."""
    metrics_inside = re.fullmatch(r"(?P<before>[^()]*?)\s*\(\s*(?P<inside>[^()\s/]+(?:\s*/\s*[^()\s/]+){1,2})\s*\)(?P<after>[^()]*)", header)
    if metrics_inside and all(paper.vocabulary.metric(p) or _metric_variant(paper, p)
                              for p in re.split(r"\s*/\s*", metrics_inside.group("inside"))):
        header = f"{metrics_inside.group('before')} {metrics_inside.group('inside')}{metrics_inside.group('after')}"  # "FooQA (EM/F1)"
    inside = re.fullmatch(r"(?P<before>[^()]*)\((?P<inside>[^()]*\s/\s[^()]*)\)(?P<after>[^()]*)", header)
    if inside:  # "(w/o / w sub)": words after the last piece's first word are every piece's ("w/o sub")
        pieces = [p.split() for p in inside.group("inside").split(" / ")]
        tail = pieces[-1][1:] if all(len(p) == 1 for p in pieces[:-1]) else []
        headers = [f"{inside.group('before')}({' '.join(p + (tail if p is not pieces[-1] else []))}){inside.group('after')}"
                   for p in pieces]
    else:
        pieces = re.split(r"\s*/\s*", _ARROWS.sub("", header).strip())
        arrows = "".join(_ARROWS.findall(header))
        head, _, first = pieces[0].rpartition(" ")
        if not all(paper.vocabulary.metric(p) or _metric_variant(paper, p) for p in [first, *pieces[1:]]):
            return None  # "w/o 检索", "Acc/Speed" of no metric: no pair
        headers = [f"{head} {p}{arrows}".strip() for p in [first, *pieces[1:]]]
    if not 2 <= len(headers) <= 3:
        return None
    columns = [_column(paper, h, caption) for h in headers]
    if any(c.role != "result" or c.pair for c in columns) or len({(c.benchmark, c.subset, c.metric) for c in columns}) < len(columns):
        return None
    return Column("paired", pair=tuple(columns))


def _read_column(paper: PaperContext, header: str, cell: str, arrow: bool, caption: _Caption, datasets: bool,
                 metric_rows: bool = False, given: Optional[str] = None) -> Column:
    """_column of a header cell whose arrows are taken out (`cell`), and whether it had one."""
    vocab, words = paper.vocabulary, _words(paper)
    main = " ".join(_PAREN.sub(" ", cell).split())
    unit = metric = placed = None
    subset_bits: list[str] = []
    for inside in _PAREN.findall(cell):
        own = inside.strip()
        named, _ = _known_benchmark(paper, own.split())
        if own not in words.units and (named or (  # "| WER (FooSpeech) ↓ |": the metric on the benchmark in parentheses
                _NAMED_IN_PAREN.fullmatch(own) and not vocab.metric(own) and not vocab.split_word.fullmatch(own))):
            placed = named or own
            continue
        rest = []
        for token in re.split(r"[\s,;]+", inside.strip()):
            if token in words.units:
                unit = token
            elif vocab.metric(token):
                metric = metric or vocab.metric(token)
            else:
                rest.append(token)
        over = words.averaged_over.fullmatch(" ".join(rest))
        if metric and rest and all(_AVERAGED.fullmatch(t) for t in rest):
            subset_bits.append("average")  # "FooVoice 15（平均 WER）": the metric averaged over its parts
        elif metric and over:  # "FooVoice（102 种语言平均 WER）": averaged over 102 languages
            subset_bits.append(f"{over.group('count')}-{words.averaged_nouns[over.group('noun').casefold()]} average")
        elif rest and metric is None and vocab.metric(" ".join(rest)):
            metric = vocab.metric(" ".join(rest))
        elif rest and unit is None and metric is None and " ".join(rest).isascii() and _LATIN.search(" ".join(rest)):
            subset_bits.append(" ".join(rest))  # "MMMU (val)", "FooVideo (w/o sub)"
    metric = given or metric  # a metric cell beside the label outranks the label's parentheses
    key = name_key(main)
    # the whole header as one metric ("F1 分数"), but not "Beauty R@10" nor "FooBench Retail pass^1", which any "@"
    # or "^" makes a metric
    whole = vocab.metric(main) if main and (" " not in main or ("@" not in main and "^" not in main)) else None
    if whole is None and caption.benchmark and _TITLED.fullmatch(main) and " " not in main:
        whole = vocab.metric(f"{main} Score")  # "| Quality↑ |" under "FooBench 主要结果": its quality score
        if whole == "total score" and caption.metric:
            whole = caption.metric  # "| Overall |" under "FooNav 上的成功率（%）": the overall success rate
    if (whole is None and metric_rows and (_METRIC_WORD.fullmatch(main) or _HAN_WORD.fullmatch(main))
            and _known_benchmark(paper, [main])[0] is None):
        whole = main if _HAN_WORD.fullmatch(main) else main.lower()  # "| 指标 | … |" over "| RTF ↓ |": a metric by its place
    if key in words.base_headers:
        return Column("base")
    if (key in words.setting_headers or main.startswith("#")) and whole not in words.speed_cost:
        return Column("setting", why=f"a column of sizes or settings ({main!r}), not results")
    if whole:
        return _result(paper, whole, placed, None, unit, caption, subset_bits)
    if placed:
        subset_bits.append(placed)  # "| FooQA (HardSet) |": a part of the header's benchmark, as any Latin word there
    if "/" in main:
        return Column("other", why=f"a header naming several things at once ({header.strip()!r})")
    of = _OF.fullmatch(main)
    if of and vocab.metric(of.group("metric")):
        main, metric = of.group("place"), metric or vocab.metric(of.group("metric"))
    tokens = main.split()
    averaged = any(name_key(t) in words.not_systems for t in tokens)  # "Avg.", "平均": over what?
    settings = paper.words.subsets.settings
    said = [settings.get(t.casefold()) or t.lower() for t in tokens if t.casefold() in settings or _SHOTS.fullmatch(t)]
    top = next((t for t in tokens if _TOP.fullmatch(t)), None)  # "Top-1 Acc": a cut-off of the metric after it
    percentile = next((t for t in tokens if _PERCENTILE.fullmatch(t)), None)  # never a benchmark's name
    tokens = [t for t in tokens if name_key(t) not in words.not_systems and t not in (top, percentile)
              and not (t.casefold() in settings or _SHOTS.fullmatch(t))]  # "零样本 FooQA", "5-shot FooQA"
    bench, rest = _known_benchmark(paper, tokens)
    parts: list[str] = []
    written = None  # the metric's word as the header writes it: "P99 TTFT" is the 99th percentile of TTFT
    for token in rest:
        # a Chinese rate word is a metric even when the vocabulary lacks it ("| 误拒率 FooTest(%) |"), and so is a
        # known metric after a lower-case modifier ("macro-AUROC")
        modifier, _, modified = token.rpartition("-")
        named = (vocab.metric(token) or _metric_variant(paper, token) or (token if RATE_SHAPE.fullmatch(token) else None)
                 or (vocab.metric_spelling(token) if ("@" in token or "^" in token) and vocab.name_shape(token)[0]
                     else None)  # "R@1", "pass^1": a metric by its cut-off (not "Test_Net", a split)
                 or (token.lower() if modifier.isalpha() and modifier.islower()
                     and (vocab.metric(modified) or _AVERAGED_ACRONYM.fullmatch(token)) else None))
        if named:
            written = written or (token.lower() if metric is None and token.isascii() else None)
            metric = metric or named
        elif token not in words.overall:
            parts.append(token)
    if bench is None:
        names = [t for t in parts if not vocab.split_word.fullmatch(t)]
        splits = [t for t in parts if vocab.split_word.fullmatch(t)]
        if metric is None and len(names) >= 2 and _LATIN.match(names[-1]) and not _NAME_VERSION.fullmatch(names[-1]) and (
                vocab.name_shape(names[-1])[2] or arrow or names[-1] in caption.measured):
            metric = names.pop().lower()  # "FooSet HOTA", "FooSet Fl-all ↓", "FooSet Overlap (%)": the metric stands last
        elif (metric is None and len(names) == 1 and splits and (arrow or unit) and vocab.name_shape(names[0])[2]
              and not re.search(r"\d", names[0])):
            metric = names.pop().lower()  # "| test-zh CER(%)↓ |": a split of the caption's benchmark, then what is measured
        elif (metric is None and len(names) == 1 and not splits and arrow and caption.benchmark is None and caption.names
              and vocab.name_shape(names[0])[2] and not re.search(r"\d", names[0])):
            return Column("other", why=f"a header written as a metric ({header.strip()!r}) under a caption whose names"
                                       " say no benchmark the table is on")
        elif (metric is None and caption.benchmark and len(names) == 1 and not splits and vocab.name_shape(names[0])[2]
              and not re.search(r"[\d\-]", names[0]) and (arrow or len(names[0]) > 2)):  # not "BarQA-2", nor "LR"
            metric = names.pop().lower()  # "| RTF |" under "在 FooSpeech 上：": the caption has the benchmark
        elif metric is None and arrow and unit not in (None, "%") and len(names) == 1 and not splits and names[0].isalpha():
            metric = names.pop().lower()  # "| Goodput (req/s)↑ |": a quantity with a unit and a better way is measured
        if (metric is None and len(names) == 2 and _LATIN.match(names[0]) and _HAN_WORD.fullmatch(names[1])
                and paper.vocabulary.glossary.subset(names[1]) == names[1]):  # not a part the glossary lists ("中文")
            metric = names.pop()  # "| FooBench 平均步数 |": a measure the vocabulary lacks, after the benchmark
        lead = next((i for i, t in enumerate(names) if t.isalpha() and t.islower() or i and _HAN_WORD.fullmatch(t)), len(names))
        name, lower = " ".join(names[:lead]), names[lead:]  # "FooSet clean", "FooSet 肝脏": a part after the name
        if name and not (_LATIN.search(name) and name[0].isalnum()):
            if not (metric is not None and caption.benchmark and _HAN_WORD.fullmatch(name)):
                return Column("other", why=f"a header naming no benchmark or metric ({header.strip()!r})")
            name, lower = caption.benchmark, [name, *lower]  # "| 院内死亡 AUROC |" under "FooEHR 上的结果": a task of it
        if name and (vocab.is_model_family(name) or is_method_name(name, paper.method)):
            return Column("system", why=f"a header naming a system ({name!r}): a table of another shape")
        if not name and splits and metric is None and not lower:
            return Column("result", subset=" ".join(splits), unit=unit, split_only=True)
        name = (_short_for(name, caption) or name) if name else name
        if (name and caption.benchmark and name_key(name) != name_key(caption.benchmark)
                and (caption.parts or metric is not None and not _benchmark_shaped(paper, name))):
            name, lower = caption.benchmark, [name, *lower]  # "Beauty R@10" under "FooReviews 三个子集上"
        if name and caption.parts and caption.benchmark is None and not _benchmark_shaped(paper, name):
            return Column("other", why=f"a part ({name!r}) of a benchmark the caption does not name")
        if (name and name != caption.benchmark and metric is None and unit != "%" and not _benchmark_shaped(paper, name)
                and not (datasets and _TITLED.fullmatch(name) and not lower and unit is None)):  # "| 数据集 | ... |" over "| Weather |": a dataset
            return Column("other", why=f"a header word that is no benchmark's name and names no metric ({name!r})",
                          part=name if _TITLED.fullmatch(name) and " " not in name and not lower and unit in (None, "%") else None)
        bench, parts = name or None, [*lower, *splits]
    if averaged:
        if bench is None:
            return Column("other", why="an average over the table's benchmarks, not a result on one")
        parts = [*parts, "average"]
    if top:  # "| Top-1 | Top-5 |": a rank cut-off alone is of accuracy
        metric = f"top-{_TOP.fullmatch(top).group(1)} {metric or caption.metric or 'accuracy'}"
    if percentile:  # "| P99 TTFT |": the 99th percentile of the metric, a metric of its own
        if not (metric or caption.metric):
            return Column("other", why=f"a percentile of no metric the table names ({header.strip()!r})")
        metric = f"{percentile.lower()} {written or metric or caption.metric}"
    if bench is None and metric is None:
        return Column("other", why=f"a header naming no benchmark or metric ({header.strip()!r})")
    return _result(paper, metric, bench, " ".join([*said, *parts]) or None, unit, caption, subset_bits)


_TITLED = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_NAME_VERSION = re.compile(r"[vV]\d+(?:\.\d+)*")  # "FooBench v3 Overall ↑": the name's version, never a metric
_AVERAGED_ACRONYM = re.compile(r"[a-z]{4,}-[A-Z][A-Z0-9@]*[A-Z0-9]")  # "macro-AUROC": a word modifying an acronym, a metric
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
# one Latin name written as a benchmark's (a capital inside it, a digit, a hyphen before a capital), not a unit (TFLOPs, USD)
_NAMED_IN_PAREN = re.compile(r"(?=[A-Za-z][A-Za-z0-9\-_.]*(?:[a-z][A-Z]|\d|-[A-Z]))[A-Za-z][A-Za-z0-9\-_.]+")
_METRIC_WORD = re.compile(r"[A-Za-z][A-Za-z0-9@\-^&]{0,15}")  # one word: "RTF", "F1", "Recall@10"


def _benchmark_shaped(paper: PaperContext, name: str) -> bool:
    """Written as a benchmark's name is (a digit, a capital inside a word, an acronym, a benchmark
    suffix), not as a plain word naming a part of one ("Beauty", "Sports")."""
    return any(any(c.isdigit() for c in word) or re.search(r"[a-z][A-Z]|-[A-Z]", word) is not None
               or word.isupper() or word.endswith(paper.vocabulary.benchmark_suffixes) for word in name.split())


def _result(paper: PaperContext, metric: Optional[str], bench: Optional[str], part: Optional[str], unit: Optional[str],
            caption: _Caption, subset_bits: list[str]) -> Column:
    """A result column: what its header gives, the rest from the caption."""
    if metric in _words(paper).speed_cost and bench is None and caption.benchmark is None:
        return Column("other", why="a speed or cost column whose benchmark the table does not say")
    if bench is None and caption.benchmark is None and caption.names and metric is not None:
        return Column("other", why="a metric column under a caption whose names say no benchmark the table is on")
    subset = _with_caption(paper, caption, " ".join(b for b in [part, *subset_bits] if b)
                           or ("average" if caption.averaged else None))
    return Column("result", bench or caption.benchmark, subset, metric or caption.metric or "score",
                  unit or caption.unit, metric_named=bool(metric or caption.metric))


def _with_caption(paper: PaperContext, caption: _Caption, own: Optional[str]) -> Optional[str]:
    """A cell's subset as its header gives it, after the caption's split (unless the header names its
    own: "AISHELL-1 test"), then the caption's settings after a comma: "clean" under "公开测试集结果" is
    "test clean", "test-clean" under "零样本设置" is "test-clean, zero-shot"."""
    split = caption.split if caption.split and not (own and any(
        paper.vocabulary.split_word.fullmatch(token) for token in own.split())) else None
    return ", ".join(b for b in (" ".join(b for b in (split, own) if b), caption.setting) if b) or None


def _metric_variant(paper: PaperContext, token: str) -> Optional[str]:
    """A known metric with a threshold or cut-off written after it ("AP50", "Acc5"), or with a lower-case
    letter glued before its capitals ("mPSNR": the mean PSNR over scenes; not "iPhone", no metric), lower-cased."""
    head = re.fullmatch(r"([A-Za-z]{2,})\d+|[a-z]([A-Z]{2,}[A-Za-z]*)", token)
    return token.lower() if head and paper.vocabulary.metric(head.group(1) or head.group(2)) else None


def _known_benchmark(paper: PaperContext, tokens: list[str]) -> tuple[Optional[str], list[str]]:
    """The longest run of leading tokens the vocabulary knows as a benchmark (or its name before a
    hyphen and a part: "FooGuard-Prompt") and the tokens after it; (None, tokens) when none."""
    vocab = paper.vocabulary
    for k in range(len(tokens), 0, -1):
        role = vocab.lexical_role(" ".join(tokens[:k]), None)
        if role and role[0] == BENCHMARK:  # not "FooVoice" of "FooVoice 15": a number after it is its version
            return (role[1], tokens[k:]) if k == len(tokens) or not tokens[k][0].isdigit() else (None, tokens)
    if tokens and "-" in tokens[0]:
        head, _, tail = tokens[0].rpartition("-")
        role = vocab.lexical_role(head, None)
        if role and role[0] == BENCHMARK and tail.isalpha():
            return role[1], [tail, *tokens[1:]]
    return None, tokens


def _table(paper: PaperContext, separator: tuple[int, int]) -> Optional[Table]:
    """The table whose separator row is at `separator`, or None when it is not one this stage reads:
    a first header cell naming the systems column (`方法`), or the label column of a transposed table
    whose header lists systems (`基准`)."""
    text = paper.view.text
    if separator[0] == 0:
        return None
    header = _lines(text, separator[0] - 1)
    if not _is_row(text, *header):
        return None
    cells = _cells(text, *header)
    first = name_key(_HEADER_GLOSS.sub("", _plain(paper, *cells[0])))
    if len(cells) < 2:
        return None
    if not first:
        first = _orientation(paper, separator, cells)
    if first in _words(paper).row_headers:
        return _transposed(paper, separator, header, cells, first in _words(paper).dataset_headers,
                           first in _words(paper).metric_headers)
    ranked = (first in _words(paper).rank_headers and len(cells) > 2
              and name_key(_HEADER_GLOSS.sub("", _plain(paper, *cells[1]))) in _words(paper).system_headers)
    if first not in _words(paper).system_headers and not ranked and not _systems_down(paper, separator, cells, first):
        return None
    caption = _caption(paper, header[0])
    if caption.no_results:
        return None
    columns = _labels(paper, _with_sub_header(paper, separator, [_plain(paper, *cell) for cell in cells[1 + ranked:]]), caption)
    if columns is None:
        return None
    if ranked:  # "| Rank | Model | FooQA |": the systems stand in the second column
        return Table((Column("setting", why="a column of ranks, not results"), Column("systems"), *columns), name_column=1)
    return Table((Column("systems"), *columns))


def _with_sub_header(paper: PaperContext, separator: tuple[int, int], labels: list[str]) -> list[str]:
    """The header labels with the metrics a second header row under them names, written as the first body
    row with an empty first cell ("| | EM | F1 | EM | F1 |" under "| 方法 | FooQA | | BarQA | |"): an empty
    label is the one before it (a merged cell), and each takes its metric ("FooQA EM", "FooQA F1"). The
    labels as they are when that row holds a number or a word that is no metric."""
    text = paper.view.text
    if separator[1] >= len(text):
        return labels
    line = _lines(text, separator[1] + 1)
    if not _is_row(text, *line) or QUANTITY_MARK in text[slice(*line)]:
        return labels
    cells = [_plain(paper, *cell) for cell in _cells(text, *line)]
    metrics = cells[len(cells) - len(labels):]
    if (len(cells) <= len(labels) or any(cells[:len(cells) - len(labels)]) or not any(metrics)
            or not all(paper.vocabulary.metric(m) or _metric_variant(paper, m) for m in metrics if m)):
        return labels
    out, top = [], ""
    for label, metric in zip(labels, metrics):
        top = label or top
        out.append(f"{top} {metric}" if metric else label)
    return out


def _orientation(paper: PaperContext, separator: tuple[int, int], cells: list[tuple[int, int]]) -> str:
    """For a table whose first header cell is empty: which way it lies, told by where systems stand
    (the paper's method, `Ours`, a known model or a name with a size): across the header (a transposed
    table, as if headed `基准`), down the first column (as if headed `方法`), or neither ('')."""
    text = paper.view.text
    firsts, line = [], separator
    while line[1] < len(text):
        line = _lines(text, line[1] + 1)
        if not _is_row(text, *line):
            break
        firsts.append(_cells(text, *line)[0])
    across = any(_system_like(paper, cell) for cell in cells[1:])
    down = any(_system_like(paper, cell) for cell in firsts)
    if across == down:
        return ""
    return "benchmark" if across else "method"


def _systems_down(paper: PaperContext, separator: tuple[int, int], cells: list[tuple[int, int]], first: str) -> bool:
    """True when a first header cell the table words do not know (`| 防御 |`, `| Retriever |`) heads a column
    of systems all the same: two rows or more, a third of them at least, name what only a system is, and no
    header cell does. A header of settings, sizes or base models (`| 配置 |`, `| 基座 |`) heads none."""
    words = _words(paper)
    if first in words.setting_headers or first in words.base_headers or first in words.rank_headers:
        return False
    if any(_system_like(paper, cell) for cell in cells[1:]):
        return False
    text, firsts, line = paper.view.text, [], separator
    while line[1] < len(text):
        line = _lines(text, line[1] + 1)
        if not _is_row(text, *line):
            break
        firsts.append(_cells(text, *line)[0])
    named = sum(_system_like(paper, cell) for cell in firsts)
    return named >= 2 and 3 * named >= len(firsts)


def _system_like(paper: PaperContext, cell: tuple[int, int]) -> bool:
    """True for a cell that can only name a system: the method, `Ours`, a known model, a name with a size."""
    name = _HEADER_GLOSS.sub("", _plain(paper, *cell)).strip()
    return bool(name) and (_words(paper).self_row.fullmatch(name) is not None or is_method_name(name, paper.method)
                           or paper.vocabulary.is_model_family(name) or paper.vocabulary.name_shape(name)[1])


def _labels(paper: PaperContext, labels: list[str], caption: _Caption, datasets: bool = False,
            metric_rows: bool = False, given: Optional[list[Optional[str]]] = None) -> Optional[list[Column]]:
    """What each label (a header cell, or a transposed table's row label) names, in order; None when
    one names a system or none names a result. `datasets`: the labels are rows under a header of datasets."""
    columns: list[Column] = []
    caption = replace(caption, measured=_measured_words(paper, labels))
    for label, metric in zip(labels, given or [None] * len(labels)):
        if name_key(label) in _words(paper).metric_headers:  # "| 方法 | 指标 | FooQA |": each row says its metric
            columns.append(Column("metric", why="a column naming each row's metric"))
            continue
        column = _column(paper, label, caption, datasets, metric_rows, metric or None)
        if column.role == "system":
            return None
        if column.split_only:  # "| FooSpeech test-clean | test-other |": the benchmark of the label before
            before = columns[-1] if columns else Column("other")
            if before.role == "result" and before.benchmark:
                column = replace(before, subset=_with_caption(paper, caption, column.subset), unit=column.unit or before.unit,
                                 split_only=False)
            elif caption.benchmark:  # "在 FooSpeech 上的 WER：" over "| 方法 | test-clean | test-other |"
                column = _result(paper, None, None, column.subset, column.unit, caption, [])
            else:
                column = Column("other", why="a split whose benchmark the table does not say")
        columns.append(column)
    parts = [c for c in columns if c.part]
    if (caption.benchmark and len(parts) >= 2 and not any(  # "FooBench 上的结果：" over "| Easy | Medium | Hard |"
            m.benchmark not in (None, caption.benchmark) for c in columns for m in (c, *c.pair) if m.role == "result")):
        columns = [_result(paper, None, None, c.part, c.unit, caption, []) if c.part else c for c in columns]
    if not any(c.role in ("result", "paired") for c in columns):
        return None
    # one metric for the table when two columns or more name it and none names another ("| FooSpeech（WER） |
    # BarSpeech（平均 WER） | BazSpeech test-clean |"); else for a benchmark's own columns only ("| MMLU | HumanEval
    # (pass@1) |": MMLU's is not pass@1); a part has no total
    named = [c for c in columns if c.role == "result" and c.metric_named and c.metric != "total score"]
    table_wide = len({c.metric for c in named}) == 1 and len({c.benchmark for c in named}) >= 2  # not two parts of one
    by_benchmark: dict[Optional[str], set[str]] = {}
    for c in named:
        by_benchmark.setdefault(c.benchmark, set()).add(c.metric)
    return [replace(c, metric=named[0].metric if table_wide else next(iter(by_benchmark[c.benchmark])))
            if c.role == "result" and not c.metric_named and (table_wide or len(by_benchmark.get(c.benchmark, ())) == 1)
            and not _overall(paper, label) else c for c, label in zip(columns, labels)]


def _overall(paper: PaperContext, label: str) -> bool:
    """A header of a benchmark's whole figure ("FooBench Overall"): its own total, not the metric other columns name."""
    return any(word in _words(paper).overall for word in label.split())


def _measured_words(paper: PaperContext, labels: list[str]) -> frozenset[str]:
    """Capitalised words that end two header cells or more after different names, before a bare unit ("| FooSet
    Overlap (%) | BarCT 肝脏 Overlap (%) |"): what those cells measure, a metric the vocabulary may lack; not
    words after the same name ("FooBench Verified (%) | FooBench Lite (%)": its parts)."""
    ends = []
    for label in labels:
        end = _LAST_WORD_UNIT.fullmatch(_ARROWS.sub("", _HEADER_NOTE.sub("", label)).strip())
        if end and end.group("unit").strip() in _words(paper).units:
            ends.append((name_key(end.group("name")), end.group("last")))
    return frozenset(word for name, word in ends if _TITLED.fullmatch(word)
                     and any(w == word and n != name for n, w in ends))


_LAST_WORD_UNIT = re.compile(r"(?P<name>.*\S)\s+(?P<last>[A-Za-z][A-Za-z0-9@\-]*)\s*\((?P<unit>[^()]*)\)")


def _transposed(paper: PaperContext, separator: tuple[int, int], header: tuple[int, int],
                cells: list[tuple[int, int]], datasets: bool, metric_rows: bool = False) -> Optional[Table]:
    """A table whose header lists systems and whose rows are benchmarks or metrics (`| 基准 | FooLM | Ours |`);
    `datasets`: its first header cell says the rows are datasets (`数据集`)."""
    text = paper.view.text
    if not any(_system_like(paper, cell) for cell in cells[1:]):
        return None  # "| 数据集 | #Train | #Test |": a header naming no system is no table of results
    heads = 2 if name_key(_HEADER_GLOSS.sub("", _plain(paper, *cells[1]))) in _words(paper).metric_headers else 1
    named = [_header_system(paper, cell) for cell in cells[heads:]]
    systems = (*[(None, "a number in a row's label")] * (heads - 1), *((name, why) for name, why, _ in named))
    starts, labels, metrics, above = [], [], [], [""] * heads
    line = separator
    while line[1] < len(text):
        line = _lines(text, line[1] + 1)
        if not _is_row(text, *line):
            break
        starts.append(line[0])
        row = [_plain(paper, *cell) for cell in _cells(text, *line)[:heads]]
        if heads > 1:  # "| Beauty | Recall@10 |" then "|  | NDCG@10 |": an empty label cell is the one above
            row = above = [cell or before for cell, before in zip(row, above)]
            metrics.append(_metric_cell(paper, row[1]) if row[1] else "")
        labels.append(row[0] if heads > 1 and metrics[-1] else " ".join(row))
    caption = _caption(paper, header[0])
    if not datasets and not metric_rows and (caption.benchmark or len(caption.names) == 1):
        # "FooBench 任务明细：" over "| 任务 | … |": the rows are tasks of the one name the caption gives
        caption = replace(caption, benchmark=caption.benchmark or next(iter(caption.names)), parts=True)
    columns = None if caption.no_results else _labels(paper, labels, caption, datasets, metric_rows, metrics)
    if columns is None:
        return None
    if metrics:  # the metric column says each row's metric by its place ("| FooSet | Balanced Acc. |"), whatever the label's
        # words; a size, a setting or a year there names none ("| FooSet | 参数量 |"), so the row holds no result
        columns = [c if m == "" or c.role != "result" else replace(c, metric=m, metric_named=True) if m
                   else Column("other", why="a row whose metric cell names no metric (a size, a setting, a year)")
                   for c, m in zip(columns, metrics)]
    return Table((Column("labels"), *[Column("result")] * (heads - 1), *(measured for _, _, measured in named)), systems,
                 dict(zip(starts, columns)))


_METRIC_CELL = re.compile(r"[A-Za-z][A-Za-z0-9@\-^&_.]*")  # one word: several the lists lack ("Macro F1") read as before


def _metric_cell(paper: PaperContext, cell: str) -> Optional[str]:
    """The metric a transposed table's metric cell names by its place ("Balanced Acc.", "R@1", "Top-1 Acc",
    "AUROC"): the list's name when it has one, else one word as written; None for a size, a setting, a year
    or a number ("7B", "参数量", "2024"), which name none; "" when the cell is read with its row's label as
    before (words no list has: "Macro F1", "属级 Top-1")."""
    cell = _ARROWS.sub("", _PAREN.sub("", cell)).strip()
    vocab = paper.vocabulary
    if QUANTITY_MARK in cell or cell[:1].isdigit() or name_key(cell) in _words(paper).setting_headers:
        return None
    top = _TOP.fullmatch(cell.split()[0]) if cell.split() else None
    if top:  # "Top-1 Acc", "Top-5": a rank cut-off of the metric after it, accuracy when none
        rest = cell[len(cell.split()[0]):].strip()
        if not rest or vocab.metric(rest):
            return f"top-{top.group(1)} {vocab.metric(rest) if rest else 'accuracy'}"
    if _HAN_WORD.search(cell):  # a Chinese measure only when the lists build it ("准确率"), never "参数量"
        return vocab.metric(cell) or vocab.glossary.metric(cell) or ""
    return (vocab.metric(cell) or _metric_variant(paper, cell)
            or (vocab.metric_spelling(cell) if _METRIC_CELL.fullmatch(cell) else ""))


def _table_of(paper: PaperContext, row: tuple[int, int]) -> tuple[Optional[Table], bool]:
    """The table a row belongs to (memoised per table) and whether the row is its header."""
    text = paper.view.text
    below = _lines(text, row[1] + 1) if row[1] < len(text) else None
    if below and _SEPARATOR.fullmatch(text, *below):
        return _memo(paper, below), True
    start = row[0]
    for _ in range(_MAX_ROWS):
        if start == 0:
            return None, False
        line = _lines(text, start - 1)
        if _SEPARATOR.fullmatch(text, *line):
            return _memo(paper, line), False
        if not _is_row(text, *line):
            return None, False
        start = line[0]
    return None, False


def _memo(paper: PaperContext, separator: tuple[int, int]) -> Optional[Table]:
    key = ("table", separator)
    if key not in paper.memo:
        paper.memo[key] = _table(paper, separator)
    return paper.memo[key]


def _system_name(paper: PaperContext, cell: tuple[int, int]) -> tuple[Optional[str], str]:
    """The system a cell names (a row's first cell, a transposed table's header cell), or None and why not."""
    text, words = paper.view.text, _words(paper)
    first = _row_name(paper, cell)
    if not first or (QUANTITY_MARK in _PAREN.sub("", _BRACKETS.sub("", _LINK.sub("", text[slice(*cell)])))  # "FooLM (7B)" is a name
                     and not _versioned(paper, cell)):
        return None, "a table row whose first cell names no system"
    if name_key(first) in words.not_systems:
        return None, f"a table row of {first!r}, not of a system"
    if words.ablation.search(first):
        return None, f"a table row of an ablated variant ({first!r}), not a system of its own"
    ours = words.self_row.fullmatch(first)
    if ours:
        if not paper.method:
            return None, "a table row of the paper's method, whose name is unknown"
        named = re.fullmatch(r"\s*\(\s*(.+?)\s*\)", ours.group("variant"))
        if named and is_method_name(named.group(1), paper.method):
            return named.group(1), ""  # "Ours (FooNet-7B)": the method's variant, by its name
        return paper.method + ours.group("variant"), ""
    for unnamed, name in ((paper.words.human, "human"), (paper.words.base_model, "base model"),
                          (paper.words.baseline, "baseline")):
        if unnamed.fullmatch(first):
            return name, ""
    if not _LATIN.search(first):
        return None, f"a table row whose first cell ({first!r}) names no system"
    name = re.sub(r"\s*\(\s*([^()]*?)\s*\)", r" (\1)", first).strip()
    ours = re.fullmatch(r"(?P<name>.+?) \((?P<gloss>[^()]+)\)", name)
    if ours and words.self_row.fullmatch(ours.group("gloss")):
        name = ours.group("name")  # "FooLM (Ours)": the method's row, under its name
    return _NOTE.sub("", name), ""


def _versioned(paper: PaperContext, cell: tuple[int, int]) -> bool:
    """A name cell whose numbers outside parentheses are each a version after a name written as systems
    are ("| FooVoice 2 |", "| BAR-E 2.5 |"): plain numbers with no unit, size or sign. A plain word before
    the number ("| Stage 2 |", "| Round 3 |") or a size ("| 7B |") names no system."""
    text = paper.view.text
    depth, start = 0, cell[0]
    for i in range(*cell):
        ch = text[i]
        depth += (ch in "([") - (ch in ")]")
        if ch != QUANTITY_MARK or depth > 0:
            continue
        quantity = paper.quantity_at(i)
        before = _NAME_BEFORE.search(text, start, i)
        if (quantity.unit or quantity.sign or quantity.scale or before is None
                or not _VERSION.fullmatch(paper.view.source, quantity.start, quantity.end)
                or not _VERSION_END.match(text, i + 1, cell[1])
                or not (_benchmark_shaped(paper, before.group("name")) or paper.vocabulary.is_model_family(before.group("name")))):
            return False
    return True


_BRACKETS = re.compile(r"\[[^\[\]]*\]")  # "GPT-4o [12]": a citation's number is no part of the name
_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?P<name>[A-Za-z][A-Za-z0-9\-.]*)[ \t]+$")
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_VERSION_END = re.compile(r"[ \t*†‡]*(?:$|[ (])")


def _row_name(paper: PaperContext, cell: tuple[int, int]) -> str:
    """A name cell as its system is named: a link's text ("[FooLM](url)"), no footnote marks ("FooLM†")."""
    return _CITED.sub("", _FOOTNOTE.sub("", _LINK.sub(r"\1", _plain(paper, *cell)))).strip()


# a citation after a name: "GPT-4o [12]", "FooLM (Bar et al., 2024)", "FooLM (2024)"
_CITED = re.compile(r"\s*\[[^\[\]]*\d[^\[\]]*\]|\s*\([^()]*(?:et al|(?<!\d)(?:19|20)\d\d(?!\d))[^()]*\)")


def _header_system(paper: PaperContext, cell: tuple[int, int]) -> tuple[Optional[str], str, Column]:
    """The system a transposed table's header cell names, or None and why not (a size or setting
    column, a split: "| 基准 | FooLM | #Params | Test |"), and what its cells are: a header that names a
    system, then a metric and its arrow ("| 数据集 | FooTS MSE↓ |") gives the system its name and its
    cells that metric and direction."""
    label = _HEADER_GLOSS.sub("", _plain(paper, *cell)).strip()
    words = _words(paper)
    if (name_key(label) in words.setting_headers or label.startswith("#")
            or paper.vocabulary.split_word.fullmatch(label)):
        return None, f"a column of sizes, settings or splits ({label!r}), not of a system", Column("result")
    name, why = _system_name(paper, cell)
    measured = _SYSTEM_METRIC.fullmatch(name or "")
    metric = measured and paper.vocabulary.metric(measured.group("metric"))
    if not metric:
        return name, why, Column("result")
    ways = {"higher" if a in "↑⬆" else "lower" for a in _ARROWS.findall(measured.group("arrows"))}
    return measured.group("name"), why, Column("result", metric=metric, metric_named=True,
                                               better=ways.pop() if len(ways) == 1 else None)


_SYSTEM_METRIC = re.compile(r"(?P<name>.*?[A-Za-z].*?)[ \t]+(?P<metric>[A-Za-z][A-Za-z0-9@\-]*)[ \t]*(?P<arrows>[↑↓⬆⬇]*)")


def _system(paper: PaperContext, table: Table, cells: list[tuple[int, int]]) -> tuple[Optional[str], str]:
    """The system a row names in its first cell, with its base model from a base column or, for a row
    `+ Name` under a base model's row, that model."""
    added = _ADDED.fullmatch(_row_name(paper, cells[table.name_column]))
    if added and (is_method_name(added.group("name"), paper.method) or _SYSTEM_SHAPED.fullmatch(added.group("name"))):
        base = _base_row(paper, cells[table.name_column])
        if base:
            return f"{added.group('name')} ({base})", ""
    name, why = _system_name(paper, cells[table.name_column])
    if name is None or name in ("human", "base model", "baseline"):
        return name, why
    text = paper.view.text
    bases = [c for c, column in zip(cells, table.columns) if column.role == "base"]
    method = is_method_name(name, paper.method)  # the method on one base is the method; on several, each its own
    if (len(bases) == 1 and not (method and not _several_bases(paper, table, bases[0]))
            and not paper.vocabulary.name_shape(name)[1]):
        base = _plain(paper, *bases[0])
        if _LATIN.search(base) and QUANTITY_MARK not in text[slice(*bases[0])]:
            name = f"{name} ({base})"  # "| FooAgent | BarLM-7B |": the agent on that model
    return name, ""


# "| + FooRL |" under "| BarLM-7B |": a system applied to the base model of the row above; its name written
# as a system's is (a capital, and a hyphen or a digit: not "+ SFT", "+ 重排序", an ablated step)
_ADDED = re.compile(r"\+\s*(?P<name>[^+\s][^+]*?)\s*")
_SYSTEM_SHAPED = re.compile(r"(?=[^A-Z]*[A-Z])(?=.*[\-\d])[A-Za-z][A-Za-z0-9.\-]{3,}")


def _base_row(paper: PaperContext, cell: tuple[int, int]) -> Optional[str]:
    """The model named by the nearest row above a `+ Name` row that adds nothing itself, when it is a
    model other than the paper's method ("| BarLM-7B |" above "| + FooRL |"), else None."""
    text = paper.view.text
    start = _lines(text, cell[0])[0]
    while start > 0:
        line = _lines(text, start - 1)
        if _SEPARATOR.fullmatch(text, *line) or not _is_row(text, *line):
            return None
        first = _cells(text, *line)[0]
        if not _row_name(paper, first).startswith("+"):
            name, _ = _system_name(paper, first)
            if name is None or name in ("human", "base model", "baseline") or is_method_name(name, paper.method):
                return None
            return name
        start = line[0]
    return None


def _several_bases(paper: PaperContext, table: Table, cell: tuple[int, int]) -> bool:
    """True when the base column the cell is in names more than one model down the table (memoised per table)."""
    text = paper.view.text
    key = ("table bases", id(table))
    if key not in paper.memo:
        index = next(i for i, c in enumerate(_cells(text, *_lines(text, cell[0]))) if c == cell)
        line, start = _lines(text, cell[0]), cell[0]
        while start > 0 and _is_row(text, *_lines(text, start - 1)) and not _SEPARATOR.fullmatch(text, *_lines(text, start - 1)):
            start = _lines(text, start - 1)[0]
        names, line = set(), _lines(text, start)
        while _is_row(text, *line):
            row = _cells(text, *line)
            if index < len(row):
                names.add(name_key(_plain(paper, *row[index])))
            if line[1] >= len(text):
                break
            line = _lines(text, line[1] + 1)
        paper.memo[key] = len(names - {""}) > 1
    return paper.memo[key]


@function_rule(
    RULE,
    priority=40,
    examples=[
        {"text": "在 FooSpeech test-clean 上的结果：\n\n| 方法 | 码率 (kbps) | PESQ |\n|---|---|---|\n| FooCodec | 1.5 | 3.02 |\n"
                 "| BarCodec | 1.5 | 2.41 |",  # a bitrate column is the setting both codecs run at, never a result
         "records": [
             {"kind": "score", "value": 3.02, "benchmark": "FooSpeech", "subset": "test-clean", "model": "FooCodec", "metric": "pesq"},
             {"kind": "score", "value": 2.41, "benchmark": "FooSpeech", "subset": "test-clean", "model": "BarCodec", "metric": "pesq"}]},
        {"text": "FooSpeech 上的结果（%）：\n\n| 方法 | 参数量 | FooSpeech test-clean | test-other | BarSet CER↓ |\n"
                 "|---|---|---|---|---|\n| BazASR-large | 1.5B | 2.0 | 3.9 | 5.1 |\n| **Method-L** | 310M | **1.8** | **3.5** | **4.3** |",
         "records": [
             {"kind": "score", "value": 2.0, "benchmark": "FooSpeech", "subset": "test-clean", "model": "BazASR-large",
              "unit": "%"},
             {"kind": "score", "value": 3.9, "benchmark": "FooSpeech", "subset": "test-other", "model": "BazASR-large"},
             {"kind": "score", "value": 5.1, "benchmark": "BarSet", "model": "BazASR-large", "metric": "cer"},
             {"kind": "score", "value": 1.8, "benchmark": "FooSpeech", "subset": "test-clean", "model": "Method-L"},
             {"kind": "score", "value": 3.5, "benchmark": "FooSpeech", "subset": "test-other", "model": "Method-L"},
             {"kind": "score", "value": 4.3, "benchmark": "BarSet", "model": "Method-L", "metric": "cer"}]},
        # header cells of metric shape ("mSDR": a known metric with a lower-case letter glued before it) are
        # metrics, on the benchmark the caption names; under a caption naming only names of no known role
        # (and a caption word before 指标), the table says no benchmark: its numbers are no records
        {"text": "在 FooSpeech 上的分离结果：\n\n| Method | mSDR↑ | mSTOI↑ |\n|---|---|---|\n| BarSep | 11.2 | 0.871 |",
         "records": [
             {"kind": "score", "value": 11.2, "benchmark": "FooSpeech", "model": "BarSep", "metric": "msdr"},
             {"kind": "score", "value": 0.871, "benchmark": "FooSpeech", "model": "BarSep", "metric": "mstoi"}]},
        {"text": "语音分离（QuxRoom iPhone 录音，masked 指标）：\n\n| Method | mSDR↑ | mSTOI↑ |\n|---|---|---|\n"
                 "| BarSep-7B | 11.2 | 0.871 |\n\n在 FooSpeech 上 SDR 为 9.8 dB。",
         "records": [{"kind": "score", "value": 9.8, "benchmark": "FooSpeech", "model": "Method", "metric": "sdr"}]},
        # an acronym with a unit or an arrow after a split is what its cells measure, even one no list knows
        # ("test-clean WDR(%)↓"), a version never is ("FooCall v2 Overall ↑"), and a lower-case word before
        # an acronym ("macro-AUPRX") modifies the metric; a header written as a metric under a caption naming
        # only names of no known role gives no record
        {"text": "在 FooSpeech 上的结果如下：\n\n| 方法 | test-clean WDR(%)↓ | test-other WDR(%)↓ |\n|---|---|---|\n"
                 "| BarASR | 2.1 | 4.8 |",
         "records": [
             {"kind": "score", "value": 2.1, "benchmark": "FooSpeech", "subset": "test-clean", "model": "BarASR", "metric": "wdr"},
             {"kind": "score", "value": 4.8, "benchmark": "FooSpeech", "subset": "test-other", "model": "BarASR", "metric": "wdr"}]},
        # a capitalised word ending two header cells after different names, before a bare unit, is their metric
        # ("Overlap (%)"); words after the same name are its parts ("FooRepair Verified (%) | FooRepair Lite (%)")
        {"text": "| 方法 | QuxOrgan Overlap (%) | BarCT 肝脏 Overlap (%) |\n|---|---|---|\n| BazSeg | 81.2 | 77.0 |\n\n"
                 "| 系统 | FooRepair Verified (%) | FooRepair Lite (%) |\n|---|---|---|\n| BarAgent | 38.8 | 30.1 |",
         "records": [
             {"kind": "score", "value": 81.2, "benchmark": "QuxOrgan", "model": "BazSeg", "metric": "overlap", "unit": "%"},
             {"kind": "score", "value": 77.0, "benchmark": "BarCT", "subset": "liver", "model": "BazSeg", "metric": "overlap"},
             {"kind": "score", "value": 38.8, "benchmark": "FooRepair Verified", "model": "BarAgent", "metric": "score"},
             {"kind": "score", "value": 30.1, "benchmark": "FooRepair Lite", "model": "BarAgent", "metric": "score"}]},
        {"text": "| 方法 | FooRepair Verified (% Solved) | FooCall v2 Overall ↑ |\n|---|---|---|\n| BazSeg | 38.8 | 61.2 |",
         "records": [
             {"kind": "score", "value": 38.8, "benchmark": "FooRepair Verified", "model": "BazSeg", "metric": "score"},
             {"kind": "score", "value": 61.2, "benchmark": "FooCall v2", "model": "BazSeg", "metric": "score"}]},
        # an overall column under a caption naming the metric is that metric's overall figure, not a total score;
        # the parts beside it keep the caption's metric too
        {"text": "FooNav 上的成功率（%）：\n\n| 方法 | Easy | Hard | Overall |\n|---|---|---|---|\n| BarAgent | 68.4 | 30.2 | 49.6 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooNav", "subset": "Easy", "model": "BarAgent", "metric": "success rate"},
             {"kind": "score", "value": 30.2, "benchmark": "FooNav", "subset": "Hard", "model": "BarAgent", "metric": "success rate"},
             {"kind": "score", "value": 49.6, "benchmark": "FooNav", "model": "BarAgent", "metric": "success rate"}]},
        # a part never takes the total of the row's other column ("总分" names that column alone): a part has no total
        {"text": "| 方法 | FooDrive 总分 | FooDrive test-hard |\n|---|---|---|\n| BarPlanner | 71.3 | 60.2 |",
         "records": [
             {"kind": "score", "value": 71.3, "benchmark": "FooDrive", "model": "BarPlanner", "metric": "total score"},
             {"kind": "score", "value": 60.2, "benchmark": "FooDrive", "subset": "test-hard", "model": "BarPlanner", "metric": "score"}]},
        {"text": "在 FooEHR 上的结果：\n\n| 方法 | 再入院 macro-AUPRX | 死亡 AUPRX |\n|---|---|---|\n| BarNet | 41.2 | 50.3 |",
         "records": [
             {"kind": "score", "value": 41.2, "benchmark": "FooEHR", "subset": "再入院", "model": "BarNet", "metric": "macro-auprx"},
             {"kind": "score", "value": 50.3, "benchmark": "FooEHR", "subset": "死亡", "model": "BarNet", "metric": "auprx"}]},
        {"text": "点云补全（QuxScan iPhone 采集，dense 指标）：\n\n| Method | mCDX↑ | mEMDX↓ |\n|---|---|---|\n| BarFill | 7.1 | 0.31 |",
         "records": []},
        # a Chinese word after the benchmark's name in a header is its part, not part of its name
        {"text": "| 方法 | FooOrgan Dice (%) | BarScan 肝脏 Dice (%) |\n|---|---|---|\n| QuxSeg | 81.0 | 76.5 |",
         "records": [
             {"kind": "score", "value": 81.0, "benchmark": "FooOrgan", "model": "QuxSeg", "metric": "dice"},
             {"kind": "score", "value": 76.5, "benchmark": "BarScan", "subset": "liver", "model": "QuxSeg", "metric": "dice"}]},
        {"text": "| Method | FooSet HOTA | FooSet Dice (%) ↑ | BarSet HD95 (mm) ↓ |\n|:--|:--:|:--:|:--:|\n"
                 "| BarTrack | 47.7 | 83.1 | 6.92 |\n| Ours | **63.5** | – | N/A |\n| 基线 | 40.2 ± 0.3 | 80.0 | 7.10 |",
         "records": [
             {"kind": "score", "value": 47.7, "benchmark": "FooSet", "model": "BarTrack", "metric": "hota"},
             {"kind": "score", "value": 83.1, "benchmark": "FooSet", "model": "BarTrack", "metric": "dice", "unit": "%"},
             {"kind": "score", "value": 6.92, "benchmark": "BarSet", "model": "BarTrack", "metric": "hd95", "unit": "mm"},
             {"kind": "score", "value": 63.5, "benchmark": "FooSet", "model": "Method", "metric": "hota"},
             {"kind": "score", "value": 40.2, "benchmark": "FooSet", "model": "baseline", "metric": "hota"},
             {"kind": "score", "value": 80.0, "benchmark": "FooSet", "model": "baseline", "metric": "dice"},
             {"kind": "score", "value": 7.10, "benchmark": "BarSet", "model": "baseline", "metric": "hd95"}]},
        {"text": "| 方法 | FooBench |\n|---|---|\n| BarLM | 80.1 |\n| Ours | 85.4 (+5.3) |",  # the change is no score
         "records": [{"kind": "score", "value": 80.1, "benchmark": "FooBench", "model": "BarLM"},
                     {"kind": "score", "value": 85.4, "benchmark": "FooBench", "model": "Method"}]},
        {"text": "| 系统 | 基座模型 | FooBench Verified (%) |\n| --- | --- | --- |\n| BarAgent | BazLM-7B | 38.8 |\n"
                 "| **Method-32B** | BazLM-32B | 47.2 |",
         "records": [
             {"kind": "score", "value": 38.8, "benchmark": "FooBench Verified", "model": "BarAgent (BazLM-7B)"},
             {"kind": "score", "value": 47.2, "benchmark": "FooBench Verified", "model": "Method-32B"}]},
        # a metric averaged over a benchmark's parts, said in the caption or the header's parenthesis
        {"text": "各预测长度上的平均 MSE（越低越好）：\n\n| 模型 | FooTS MSE | BarVoice 15（平均 WER） |\n|---|---|---|\n| BazNet | 0.469 | 15.6 |",
         "records": [
             {"kind": "score", "value": 0.469, "benchmark": "FooTS", "subset": "average", "model": "BazNet", "metric": "mse"},
             {"kind": "score", "value": 15.6, "benchmark": "BarVoice 15", "subset": "average", "model": "BazNet",
              "metric": "wer"}]},
        # a header's first cell left empty: the side where the method or a known model stands lists the systems
        {"text": "|  | FooQA | BarMath EM |\n|---|---|---|\n| BazLM-7B | 66.6 | 79.6 |\n| **Ours-8B** | 70.1 | 85.2 |\n\n"
                 "|  | BazLM-7B | Ours |\n|---|---|---|\n| QuxVQA | 69.1 | 70.2 |",
         "records": [
             {"kind": "score", "value": 66.6, "benchmark": "FooQA", "model": "BazLM-7B"},
             {"kind": "score", "value": 79.6, "benchmark": "BarMath", "model": "BazLM-7B", "metric": "exact match"},
             {"kind": "score", "value": 70.1, "benchmark": "FooQA", "model": "Method-8B"},
             {"kind": "score", "value": 85.2, "benchmark": "BarMath", "model": "Method-8B", "metric": "exact match"},
             {"kind": "score", "value": 69.1, "benchmark": "QuxVQA", "model": "BazLM-7B"},
             {"kind": "score", "value": 70.2, "benchmark": "QuxVQA", "model": "Method"}]},
        {"text": "|  | FooQA | BarQA |\n|---|---|---|\n| Easy | 66.6 | 79.6 |\n| Hard | 50.1 | 55.2 |", "records": []},
        # a table of a dataset's sizes is no table of results; a column of sizes beside systems gives nothing
        {"text": "| 数据集 | #Train | Test | Classes |\n|---|---|---|---|\n| FooSet | 8000 | 2000 | 10 |\n\n"
                 "| 基准 | BazLM-7B | #Params |\n|---|---|---|\n| BarQA | 61.0 | 7 |", "records": [
             {"kind": "score", "value": 61.0, "benchmark": "BarQA", "model": "BazLM-7B"}]},
        {"text": "在 FooSpeech 上的 WER：\n| 方法 | test-clean | test-other |\n|---|---|---|\n| BarASR | 2.0 | 3.9 |",
         "records": [
             {"kind": "score", "value": 2.0, "benchmark": "FooSpeech", "subset": "test-clean", "model": "BarASR", "metric": "wer"},
             {"kind": "score", "value": 3.9, "benchmark": "FooSpeech", "subset": "test-other", "model": "BarASR", "metric": "wer"}]},
        {"text": "| 方法 | FooQA<br>(5-shot) |\n|---|---|\n| BarLM | 61.0 |\n| **FooNet (Ours)** | 66.6 |",
         "records": [{"kind": "score", "value": 61.0, "benchmark": "FooQA", "subset": "5-shot", "model": "BarLM"},
                     {"kind": "score", "value": 66.6, "benchmark": "FooQA", "subset": "5-shot", "model": "FooNet"}]},
        # a link's text and a name without its footnote mark; a metric with its threshold; ablated variants give nothing
        {"text": "| 方法 | FooDet AP50 |\n|---|---|\n| [BarDet](https://example.org) | 66.6 |\n| BazDet† | 68.1 |\n"
                 "| w/o 记忆模块 | 55.5 |\n| Ours w/o RL | 58.2 |\n| + 重排序 | 60.1 |",
         "records": [
             {"kind": "score", "value": 66.6, "benchmark": "FooDet", "model": "BarDet", "metric": "ap50"},
             {"kind": "score", "value": 68.1, "benchmark": "FooDet", "model": "BazDet", "metric": "ap50"}]},
        # sizes, context lengths, years, resolutions, prices, batch sizes, training data and FLOPs are
        # settings; an average row, a row of numbers and a header naming a system read nothing
        {"text": "| 模型 | #Params | 上下文 | 年份 | 分辨率 | 价格 | Batch | 训练数据 | FLOPs | FooBench |\n"
                 "|---|---|---|---|---|---|---|---|---|---|\n| BarLM | 7B | 8K | 2024 | 512×512 | $20 | 64 | 1.2万小时 | 3.2G | 61.0 |\n"
                 "| 平均 | 7B | 8K | 2024 | 512 | $20 | 64 | 100 | 3.2G | 60.0 |\n| 7B | 7B | 8K | 2024 | 512 | $20 | 64 | 100 | 3.2G | 59.0 |",
         "records": [{"kind": "score", "value": 61.0, "benchmark": "FooBench", "model": "BarLM"}]},
        {"text": "主要结果（准确率）：\n| 模型 | FooQA | BarMath (%) | 参数量 |\n| --- | --- | --- | --- |\n"
                 "| BazLM-7B | 68.4 | 80.1 | 7B |\n| Ours | **71.2** | 84.8 | 7B |\n| QuxLM | 75.0 | - | - |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "accuracy"},
             {"kind": "score", "value": 80.1, "benchmark": "BarMath", "model": "BazLM-7B", "metric": "accuracy"},
             {"kind": "score", "value": 71.2, "benchmark": "FooQA", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 84.8, "benchmark": "BarMath", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 75.0, "benchmark": "FooQA", "model": "QuxLM", "metric": "accuracy"}]},
        {"text": "在 FooSpeech 上：\n| 系统 | WER ↓ | RTF |\n|:--|--:|--:|\n| BarASR-large | 2.7 | 0.12 |\n| Ours | 2.1 | 0.05 |",
         "records": [
             {"kind": "score", "value": 2.7, "benchmark": "FooSpeech", "model": "BarASR-large", "metric": "wer"},
             {"kind": "score", "value": 0.12, "benchmark": "FooSpeech", "model": "BarASR-large", "metric": "rtf"},
             {"kind": "score", "value": 2.1, "benchmark": "FooSpeech", "model": "Method", "metric": "wer"},
             {"kind": "score", "value": 0.05, "benchmark": "FooSpeech", "model": "Method", "metric": "rtf"}]},
        # headers of settings, sizes, counts, years, prices; rows opened by a setting; no separator row
        {"text": "在 FooQA 上：\n| 设置 | 学习率 | batch size | 年份 | 价格 |\n| --- | --- | --- | --- | --- |\n"
                 "| BazLM-7B | 1e-4 | 256 | 2024 | $0.5 |\n| 温度 | FooQA |\n| --- | --- |\n| 0.7 | 71.2 |\n"
                 "| 8K 上下文 | 70.1 |", "records": []},
        {"text": "| 模型 | FooQA |\n| BazLM-7B | 68.4 |", "records": []},
        {"text": "| 超参数 | FooSet |\n|---|---|\n| 学习率 | 0.001 |\n| batch | 64 |", "records": []},
        # a rank, a type, an average over the table's benchmarks and a pair of metrics in one header are no results
        {"text": "| 方法 | Rank | Type | Avg. | 平均 Acc | FooQA EM/F1 |\n|---|---|---|---|---|---|\n"
                 "| BarLM | 1 | 2 | 61.0 | 62.0 | 41.3 |", "records": []},
        # a transposed table: systems across the header, benchmarks down the first column; sizes, years,
        # prices and context lengths in its rows are no results
        {"text": "| 基准 | BarLM (7B) | **Ours** |\n|---|---|---|\n| FooBench | 61.0 | **64.2** |\n| BazQA EM | 40.1 | 45.3 |\n"
                 "| 参数量 | 7B | 8B |\n| 年份 | 2024 | 2025 |\n| 价格 | $20 | $5 |\n| 上下文 | 8K | 32K |\n| 平均 | 50.6 | 54.8 |",
         "records": [
             {"kind": "score", "value": 61.0, "benchmark": "FooBench", "model": "BarLM (7B)"},
             {"kind": "score", "value": 64.2, "benchmark": "FooBench", "model": "Method"},
             {"kind": "score", "value": 40.1, "benchmark": "BazQA", "model": "BarLM (7B)", "metric": "exact match"},
             {"kind": "score", "value": 45.3, "benchmark": "BazQA", "model": "Method", "metric": "exact match"}]},
        # a header naming a system, then a metric and its arrow: the system's name, and its cells' metric; a
        # header naming no metric takes none from the cells beside it; a year after a name is no metric
        {"text": "| 数据集 | Ours MSE↓ | BarTS MAE↓ | BazTS | Qux 2024 |\n|---|---|---|---|---|\n"
                 "| FooTS | 0.421 | 0.454 | 0.469 | 0.6 |",
         "records": [
             {"kind": "score", "value": 0.421, "benchmark": "FooTS", "model": "Method", "metric": "mse"},
             {"kind": "score", "value": 0.454, "benchmark": "FooTS", "model": "BarTS", "metric": "mae"},
             {"kind": "score", "value": 0.469, "benchmark": "FooTS", "model": "BazTS"},
             {"kind": "score", "value": 0.6, "benchmark": "FooTS", "model": "Qux 2024"}]},
        {"text": "| 方法 | 推理时间 (ms)↓ | 年份 |\n|---|---|---|\n| BarFlow | 140 | 2024 |", "records": []},
        # a percentile before a metric is part of the metric, never the column's benchmark; alone it names nothing
        {"text": "FooServe 负载下的结果：\n\n| 系统 | 吞吐 (tokens/s)↑ | P99 TTFT (ms)↓ | P99 TPOT (ms)↓ | P50 |\n|---|---|---|---|---|\n"
                 "| BarLLM | 6,820 | 2,930 | 71 | 12 |",
         "records": [
             {"kind": "score", "value": 6820, "benchmark": "FooServe", "model": "BarLLM", "metric": "throughput"},
             {"kind": "score", "value": 2930, "benchmark": "FooServe", "model": "BarLLM", "metric": "p99 ttft", "unit": "ms"},
             {"kind": "score", "value": 71, "benchmark": "FooServe", "model": "BarLLM", "metric": "p99 tpot", "unit": "ms"}]},
        # a column naming each row's metric beside a transposed table's labels; an empty label is the one above
        {"text": "FooReviews 三个子集上的结果：\n\n| 数据集 | 指标 | BarRec | Ours |\n|---|---|---|---|\n"
                 "| Beauty | Recall@10 | 0.0605 | 0.0712 |\n|  | NDCG@10 | 0.0318 | 0.0421 |",
         "records": [
             {"kind": "score", "value": 0.0605, "benchmark": "FooReviews", "subset": "Beauty", "model": "BarRec",
              "metric": "recall@10"},
             {"kind": "score", "value": 0.0712, "benchmark": "FooReviews", "subset": "Beauty", "model": "Method",
              "metric": "recall@10"},
             {"kind": "score", "value": 0.0318, "benchmark": "FooReviews", "subset": "Beauty", "model": "BarRec",
              "metric": "ndcg@10"},
             {"kind": "score", "value": 0.0421, "benchmark": "FooReviews", "subset": "Beauty", "model": "Method",
              "metric": "ndcg@10"}]},
        # a metric column beside the labels says each row's metric by its place, whole ("Balanced Acc.", "Chamfer-L1"),
        # never the label's last word; a size, a setting or a resolution there names none: the row gives nothing
        {"text": "| 数据集 | 指标 | BarMol | Ours |\n|---|---|---|---|\n| FooChem-2 | Balanced Acc. | 71.0 | 74.5 |\n"
                 "| FooScan3D | Chamfer-L1 | 0.51 | 0.44 |\n| FooScan3D | Top-1 Acc | 88.0 | 90.5 |\n"
                 "| FooChem-2 | 参数量 | 7B | 8B |\n| FooScan3D | 分辨率 | 512 | 1024 |\n"
                 "| FooChem-2 | 2024 | 61.0 | 62.0 |",
         "records": [
             {"kind": "score", "value": 71.0, "benchmark": "FooChem-2", "model": "BarMol", "metric": "balanced accuracy"},
             {"kind": "score", "value": 74.5, "benchmark": "FooChem-2", "model": "Method", "metric": "balanced accuracy"},
             {"kind": "score", "value": 0.51, "benchmark": "FooScan3D", "model": "BarMol", "metric": "chamfer-l1"},
             {"kind": "score", "value": 0.44, "benchmark": "FooScan3D", "model": "Method", "metric": "chamfer-l1"},
             {"kind": "score", "value": 88.0, "benchmark": "FooScan3D", "model": "BarMol", "metric": "top-1 accuracy"},
             {"kind": "score", "value": 90.5, "benchmark": "FooScan3D", "model": "Method", "metric": "top-1 accuracy"}]},
        # a transposed row's label of a benchmark then a metric written by its shape ("FooVid R@1"): two things
        {"text": "| 基准 / 指标 | BarCLIP | Ours |\n|---|---|---|\n| FooVid R@1 | 40.2 | 45.9 |\n| FooVid R@10 | 80.1 | 84.0 |\n"
                 "| 参数量 | 300M | 150M |\n| 年份 | 2024 | 2025 |",
         "records": [
             {"kind": "score", "value": 40.2, "benchmark": "FooVid", "model": "BarCLIP", "metric": "recall@1"},
             {"kind": "score", "value": 45.9, "benchmark": "FooVid", "model": "Method", "metric": "recall@1"},
             {"kind": "score", "value": 80.1, "benchmark": "FooVid", "model": "BarCLIP", "metric": "recall@10"},
             {"kind": "score", "value": 84.0, "benchmark": "FooVid", "model": "Method", "metric": "recall@10"}]},
        # rows under a header of tasks are parts of the one name the caption gives ("Ar→Cl", "Kitchen→Office");
        # with two names there, or none, nothing says whose tasks they are
        {"text": "FooAdapt-3D 上各迁移任务的准确率（%）：\n\n| 任务 | BarDA | Ours |\n|---|---|---|\n| Kt→Of | 57.1 | 61.4 |\n"
                 "| Of→Wh | 78.1 | 82.0 |",
         "records": [
             {"kind": "score", "value": 57.1, "benchmark": "FooAdapt-3D", "subset": "Kt→Of", "model": "BarDA", "metric": "accuracy"},
             {"kind": "score", "value": 61.4, "benchmark": "FooAdapt-3D", "subset": "Kt→Of", "model": "Method", "metric": "accuracy"},
             {"kind": "score", "value": 78.1, "benchmark": "FooAdapt-3D", "subset": "Of→Wh", "model": "BarDA", "metric": "accuracy"},
             {"kind": "score", "value": 82.0, "benchmark": "FooAdapt-3D", "subset": "Of→Wh", "model": "Method", "metric": "accuracy"}]},
        {"text": "FooAdapt-3D 与 BazAdapt 上的准确率：\n\n| 任务 | BarDA | Ours |\n|---|---|---|\n| Kt→Of | 57.1 | 61.4 |",
         "records": []},
        # "pass^1" after a benchmark and its part is the metric, as "R@1" is; a metric two parts of one benchmark name
        # is that benchmark's, not every column's, and an Overall column keeps its own
        {"text": "| 模型 | FooAgent Overall | BarTool retail pass^1 | BarTool airline pass^1 | BazAPI L3 |\n|---|---|---|---|---|\n"
                 "| QuxLM-8B | 72.1 | 60.3 | 42.8 | 56.9 |",
         "records": [
             {"kind": "score", "value": 72.1, "benchmark": "FooAgent", "model": "QuxLM-8B"},
             {"kind": "score", "value": 60.3, "benchmark": "BarTool", "subset": "retail", "model": "QuxLM-8B", "metric": "pass^1"},
             {"kind": "score", "value": 42.8, "benchmark": "BarTool", "subset": "airline", "model": "QuxLM-8B", "metric": "pass^1"},
             {"kind": "score", "value": 56.9, "benchmark": "BazAPI L3", "model": "QuxLM-8B"}]},
        # a count right before the caption's name makes it what has the parts the headers name
        {"text": "三个 FooReviews 子集上的结果（Recall@10）：\n\n| Method | Beauty R@10 | Toys R@10 |\n|---|---|---|\n"
                 "| BarRec | 0.0605 | 0.0675 |",
         "records": [
             {"kind": "score", "value": 0.0605, "benchmark": "FooReviews", "subset": "Beauty", "model": "BarRec",
              "metric": "recall@10"},
             {"kind": "score", "value": 0.0675, "benchmark": "FooReviews", "subset": "Toys", "model": "BarRec",
              "metric": "recall@10"}]},
        # ... with no name there, the plain headers are no benchmarks: nothing
        {"text": "三个子集上的结果（Recall@10）：\n\n| Method | Beauty R@10 | Toys R@10 |\n|---|---|---|\n"
                 "| BarRec | 0.0605 | 0.0675 |", "records": []},
        # the caption's split and count of views are every cell's: the split before the header's own part,
        # the setting after a comma; a header's own split replaces the caption's
        {"text": "在 FooEstate 的双视图设置下，公开测试集结果：\n| 方法 | FooEstate PSNR | BarFlow clean EPE | BarFlow test-other EPE |\n"
                 "|---|---|---|---|\n| BazSplat | 25.9 | 1.43 | 2.71 |",
         "records": [
             {"kind": "score", "value": 25.9, "benchmark": "FooEstate", "subset": "test, 2-view", "model": "BazSplat",
              "metric": "psnr"},
             {"kind": "score", "value": 1.43, "benchmark": "BarFlow", "subset": "test clean, 2-view", "model": "BazSplat",
              "metric": "epe"},
             {"kind": "score", "value": 2.71, "benchmark": "BarFlow", "subset": "test-other, 2-view", "model": "BazSplat",
              "metric": "epe"}]},
        # a column naming each row's metric; a setting before a header's benchmark; a note after a system's
        # name; a row whose metric cell is a size names no metric
        {"text": "| 方法 | 指标 | FooQA | 零样本 BarQA | 5-shot BarQA |\n|---|---|---|---|---|\n"
                 "| BazLM（需检索） | EM | 61.0 | 50.1 | 55.2 |\n| BazLM（需检索） | F1 | 66.0 | 57.3 | 60.0 |\n"
                 "| QuxLM | 7B | 1 | 2 | 3 |",
         "records": [
             {"kind": "score", "value": 61.0, "benchmark": "FooQA", "model": "BazLM", "metric": "exact match"},
             {"kind": "score", "value": 50.1, "benchmark": "BarQA", "subset": "zero-shot", "model": "BazLM",
              "metric": "exact match"},
             {"kind": "score", "value": 55.2, "benchmark": "BarQA", "subset": "5-shot", "model": "BazLM",
              "metric": "exact match"},
             {"kind": "score", "value": 66.0, "benchmark": "FooQA", "model": "BazLM", "metric": "f1"},
             {"kind": "score", "value": 57.3, "benchmark": "BarQA", "subset": "zero-shot", "model": "BazLM", "metric": "f1"},
             {"kind": "score", "value": 60.0, "benchmark": "BarQA", "subset": "5-shot", "model": "BazLM", "metric": "f1"}]},
        # a version after a name written as systems are is part of the name; a size or a number alone is none
        {"text": "在 FooSpeech 上：\n| 方法 | WER | RTF |\n|---|---|---|\n| BAR-E 2 | 2.44 | – |\n| **QuxVoice 2.5** | 2.57 | 0.21 |\n"
                 "| 7B | 3.1 | 0.3 |\n| 2 | 3.2 | 0.4 |\n| Qux 2 | 3.3 | 0.5 |",
         "records": [
             {"kind": "score", "value": 2.44, "benchmark": "FooSpeech", "model": "BAR-E 2", "metric": "wer"},
             {"kind": "score", "value": 2.57, "benchmark": "FooSpeech", "model": "QuxVoice 2.5", "metric": "wer"},
             {"kind": "score", "value": 0.21, "benchmark": "FooSpeech", "model": "QuxVoice 2.5", "metric": "rtf"}]},
        # rows under a header of datasets name a benchmark also when written as a plain word; under a
        # header of tasks they do not; rows of sizes and years are no results
        {"text": "| 数据集 | Ours MSE↓ | BarTS MSE↓ |\n|---|---|---|\n| Weather | 0.236 | 0.258 |\n| Params | 7 | 8 |\n| Training time (h) | 7 | 8 |\n"
                 "| Year | 2024 | 2023 |\n\n| 任务 | Ours | BazLM-7B |\n|---|---|---|\n| Reasoning | 61.0 | 55.0 |",
         "records": [
             {"kind": "score", "value": 0.236, "benchmark": "Weather", "model": "Method", "metric": "mse"},
             {"kind": "score", "value": 0.258, "benchmark": "Weather", "model": "BarTS", "metric": "mse"}]},
        # a header word that is a score's dimension ("Quality" of "Quality Score") under a caption naming
        # the benchmark; without one it names nothing; sizes beside it are no results
        {"text": "FooBench（主要结果）：\n\n| 模型 | 参数量 | Total↑ | Quality↑ | 延迟(s)↓ |\n|---|---|---|---|---|\n"
                 "| BarVideo-5B | 5B | 81.61 | 82.75 | 180 |\n\n| 模型 | Quality | 年份 |\n|---|---|---|\n| BarVideo-5B | 80.1 | 2024 |",
         "records": [
             {"kind": "score", "value": 81.61, "benchmark": "FooBench", "model": "BarVideo-5B", "metric": "total score"},
             {"kind": "score", "value": 82.75, "benchmark": "FooBench", "model": "BarVideo-5B", "metric": "quality score"},
             {"kind": "score", "value": 180, "benchmark": "FooBench", "model": "BarVideo-5B", "metric": "latency", "unit": "s"}]},
        # a split after the caption's benchmark and a setting word; durations and resolutions listed in a
        # parenthesis after it; a parenthesis of anything else (a range of lengths, a count, a size) is none
        {"text": "FooSpeech test-clean 零样本设置（4–10 秒片段）上的对比：\n| 方法 | WER(%)↓ |\n|---|---|\n| BarTTS | 2.44 |\n\n"
                 "BarVideoBench（5 秒、480p）主要结果：\n| 模型 | Total↑ |\n|---|---|\n| QuxVideo-5B | 81.61 |\n\n"
                 "BarVideoBench（8 张 A100）：\n| 模型 | Total↑ |\n|---|---|\n| QuxVideo-5B | 80.1 |\n\n"
                 "BarVideoBench（7B，2024）：\n| 模型 | Total↑ |\n|---|---|\n| QuxVideo-5B | 79.1 |",
         "records": [
             {"kind": "score", "value": 2.44, "benchmark": "FooSpeech", "subset": "test-clean, zero-shot", "model": "BarTTS",
              "metric": "wer", "unit": "%"},
             {"kind": "score", "value": 81.61, "benchmark": "BarVideoBench", "subset": "5s, 480p", "model": "QuxVideo-5B",
              "metric": "total score"},
             {"kind": "score", "value": 80.1, "benchmark": "BarVideoBench", "model": "QuxVideo-5B", "metric": "total score"},
             {"kind": "score", "value": 79.1, "benchmark": "BarVideoBench", "model": "QuxVideo-5B", "metric": "total score"}]},
        # a column of ranks before the systems; a spread, a change or a footnote after a value, HTML marks
        # around it; a table of dataset statistics after a column of row numbers gives nothing, nor sizes
        {"text": "| Rank | Model | FooQA | BarMath | 参数量 |\n|---|---|---|---|---|\n| 1 | **Ours** | <u>71.2</u><sup>†</sup> | 55.0 ↑1.2 | 8B |\n"
                 "| 2 | BazLM-7B | 68.4 (±0.3) | 50.1<sub>±0.2</sub> | 7B |\n| 3 | 2024 | 60.0 | 40.0 | 7B |\n\n"
                 "| # | 数据集 | 样本数 | 年份 |\n|---|---|---|---|\n| 1 | FooQA | 500 | 2024 |",
         "records": [
             {"kind": "score", "value": 71.2, "benchmark": "FooQA", "model": "Method"},
             {"kind": "score", "value": 55.0, "benchmark": "BarMath", "model": "Method"},
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B"},
             {"kind": "score", "value": 50.1, "benchmark": "BarMath", "model": "BazLM-7B"}]},
        # a header naming two metrics or two parts at once, each cell holding their values with a slash
        # between; a cell with another count of values, or a pair of a metric and no metric, gives nothing
        {"text": "| 模型 | FooVideo (w/o / w sub) | BarQA EM/F1 | BarQA w/o 检索 | 参数量/年份 |\n|---|---|---|---|---|\n"
                 "| QuxLM-7B | **63.3** / 69.7 | 41.3/50.2 | 3 | 7/2024 |\n| BazLM-7B | 61.0 | 40.1/45.2/50.3 | 5 | 7 |",
         "records": [
             {"kind": "score", "value": 63.3, "benchmark": "FooVideo", "subset": "w/o subs", "model": "QuxLM-7B"},
             {"kind": "score", "value": 69.7, "benchmark": "FooVideo", "subset": "w/ subs", "model": "QuxLM-7B"},
             {"kind": "score", "value": 41.3, "benchmark": "BarQA", "model": "QuxLM-7B", "metric": "exact match"},
             {"kind": "score", "value": 50.2, "benchmark": "BarQA", "model": "QuxLM-7B", "metric": "f1"}]},
        # a diagonal header cell ("方法 \\ 数据集") heads the systems; "Ours" glossed with the method's sized name
        # is that variant; an ablated variant in parentheses is none
        {"text": "| 方法 \\ 数据集 | FooQA |\n|---|---|\n| BazLM-7B | 68.4 |\n| Ours (Method-7B) | 70.4 |\n| Ours (w/o RL) | 69.0 |\n"
                 "| BazLM-7B (with RL) | 69.1 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B"},
             {"kind": "score", "value": 70.4, "benchmark": "FooQA", "model": "Method-7B"}]},
        # rows under a header of benchmarks name benchmarks of their own, also below a line naming another
        {"text": "FooBench 结果：\n\n| Benchmark | Metric | BazLM-7B | Ours |\n|---|---|---|---|\n"
                 "| BarQA | EM | 61.0 | 66.0 |\n| QuxMath | Acc | 50.0 | 55.0 |",
         "records": [
             {"kind": "score", "value": 61.0, "benchmark": "BarQA", "model": "BazLM-7B", "metric": "exact match"},
             {"kind": "score", "value": 66.0, "benchmark": "BarQA", "model": "Method", "metric": "exact match"},
             {"kind": "score", "value": 50.0, "benchmark": "QuxMath", "model": "BazLM-7B", "metric": "accuracy"},
             {"kind": "score", "value": 55.0, "benchmark": "QuxMath", "model": "Method", "metric": "accuracy"}]},
        # a header's unit in parentheses is its cells' unit; a word of no known metric with a unit and an
        # arrow is the metric its cells measure; without an arrow (a length, a size) it names nothing
        {"text": "在 FooTrace 上：\n\n| 系统 | Goodput (req/s)↑ | 显存 (GB)↓ | Duration (s) | Size (GB) | 年份 |\n|---|---|---|---|---|---|\n"
                 "| BazServe | 4.1 | 14.2 | 5 | 3 | 2024 |",
         "records": [
             {"kind": "score", "value": 4.1, "benchmark": "FooTrace", "model": "BazServe", "metric": "goodput", "unit": "req/s"},
             {"kind": "score", "value": 14.2, "benchmark": "FooTrace", "model": "BazServe", "metric": "memory", "unit": "GB"}]},
        # a citation after a system's name is no part of it, nor a row of its own; a header's parenthesis may
        # list its metric and unit with a comma; a row of a group's title holds nothing
        {"text": "| Method | FooQA (EM, %) | Rank |\n|---|---|---|\n| **Open-source** | | |\n| BazLM-7B [12] | 68.4 | 2 |\n"
                 "| QuxLM (Bar et al., 2024) | 61.0 | 3 |\n| [4] | 1.0 | 4 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "exact match", "unit": "%"},
             {"kind": "score", "value": 61.0, "benchmark": "FooQA", "model": "QuxLM", "metric": "exact match", "unit": "%"}]},
        # a second header row of metrics under benchmarks whose cells span two columns; a second row of
        # anything else, or a column of sizes under it, gives no metric
        {"text": "| 方法 | FooQA | | BarQA | 参数量 |\n|---|---|---|---|---|\n| | EM | F1 | EM | |\n| BazLM-7B | 61.0 | 66.0 | 50.1 | 7B |\n\n"
                 "| 方法 | QuxQA | QuxMath |\n|---|---|---|\n| | Easy | 2024 |\n| BazLM-7B | 40.0 | 30.0 |",
         "records": [
             {"kind": "score", "value": 61.0, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "exact match"},
             {"kind": "score", "value": 66.0, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "f1"},
             {"kind": "score", "value": 50.1, "benchmark": "BarQA", "model": "BazLM-7B", "metric": "exact match"},
             {"kind": "score", "value": 40.0, "benchmark": "QuxQA", "model": "BazLM-7B"},
             {"kind": "score", "value": 30.0, "benchmark": "QuxMath", "model": "BazLM-7B"}]},
        # a dash holds the place of a missing value of a pair; a cell with fewer places gives nothing
        {"text": "| 模型 | FooQA EM/F1 |\n|---|---|\n| BazLM-7B | 61.0 / – |\n| QuxLM-7B | 52.0 |",
         "records": [{"kind": "score", "value": 61.0, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "exact match"}]},
        # the caption's unit: a percent after a metric's name, a unit after 单位; a count or a year in it is none
        {"text": "Results on FooQA (Accuracy %):\n\n| Method | Acc |\n|---|---|\n| BazLM-7B | 68.4 |\n\n"
                 "在 BarTrace 上的延迟（单位：ms）：\n\n| 系统 | Latency |\n|---|---|\n| BazServe | 30 |\n\n"
                 "在 QuxQA 上的结果（2024 年，8 张 A100）：\n\n| 方法 | EM |\n|---|---|\n| BazLM-7B | 50.0 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "accuracy", "unit": "%"},
             {"kind": "score", "value": 30, "benchmark": "BarTrace", "model": "BazServe", "metric": "latency", "unit": "ms"},
             {"kind": "score", "value": 50.0, "benchmark": "QuxQA", "model": "BazLM-7B", "metric": "exact match"}]},
        # plain words across the header under a caption naming one benchmark are its parts; one alone, or
        # beside another benchmark, is not
        {"text": "FooBench 上的结果：\n\n| 方法 | Easy | Hard | Overall |\n|---|---|---|---|\n| BazLM-7B | 68.4 | 30.2 | 49.6 |\n\n"
                 "FooBench 上的结果：\n\n| 方法 | Easy | Hard | BarQA-2 |\n|---|---|---|---|\n| BazLM-7B | 68.4 | 50.1 | 40.0 |\n\n"
                 "FooBench 上的结果：\n\n| 方法 | Notes | Hard |\n|---|---|---|\n| BazLM-7B | 2024 | 60.1 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooBench", "subset": "Easy", "model": "BazLM-7B"},
             {"kind": "score", "value": 30.2, "benchmark": "FooBench", "subset": "Hard", "model": "BazLM-7B"},
             {"kind": "score", "value": 49.6, "benchmark": "FooBench", "model": "BazLM-7B", "metric": "total score"},
             {"kind": "score", "value": 40.0, "benchmark": "BarQA-2", "model": "BazLM-7B"}]},
        # a metric one column names is not another benchmark's; named by two columns, it is the table's
        {"text": "| Model | FooQA | BarCode (pass@1) |\n|---|---|---|\n| BazLM-7B | 68.4 | 30.2 |\n\n"
                 "| 模型 | FooSpeech（WER） | BarSpeech（平均 WER） | BazSpeech test-clean |\n|---|---|---|---|\n| QuxASR | 14.8 | 15.6 | 2.0 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "score"},
             {"kind": "score", "value": 30.2, "benchmark": "BarCode", "model": "BazLM-7B", "metric": "pass@1"},
             {"kind": "score", "value": 14.8, "benchmark": "FooSpeech", "model": "QuxASR", "metric": "wer"},
             {"kind": "score", "value": 15.6, "benchmark": "BarSpeech", "subset": "average", "model": "QuxASR", "metric": "wer"},
             {"kind": "score", "value": 2.0, "benchmark": "BazSpeech", "subset": "test-clean", "model": "QuxASR", "metric": "wer"}]},
        # the method on several bases down a base column is the method on each; on one base, the method
        {"text": "| 方法 | 基座模型 | FooQA |\n|---|---|---|\n| BarRL | QuxLM-7B | 61.0 |\n| **Ours** | QuxLM-7B | 66.0 |\n"
                 "| **Ours** | BazLM-8B | 63.0 |\n\n| 方法 | 基座模型 | BarQA |\n|---|---|---|\n| **Ours** | QuxLM-7B | 56.0 |",
         "records": [
             {"kind": "score", "value": 61.0, "benchmark": "FooQA", "model": "BarRL (QuxLM-7B)"},
             {"kind": "score", "value": 66.0, "benchmark": "FooQA", "model": "Method (QuxLM-7B)"},
             {"kind": "score", "value": 63.0, "benchmark": "FooQA", "model": "Method (BazLM-8B)"},
             {"kind": "score", "value": 56.0, "benchmark": "BarQA", "model": "Method"}]},
        # a caption of settings or statistics reads no results; hyper-parameters beside results are settings
        {"text": "FooQA 上的训练设置：\n\n| 方法 | LR | Epochs | EM |\n|---|---|---|---|\n| BazLM-7B | 0.0001 | 3 | 61.0 |\n\n"
                 "FooQA 数据统计：\n\n| 模型 | Train | Test | Avg Len |\n|---|---|---|---|\n| BazLM-7B | 8000 | 1000 | 23.5 |\n\n"
                 "FooQA：\n\n| 方法 | LR | Dropout | Temperature | Alpha | Open | Closed | EER |\n|---|---|---|---|---|---|---|---|\n"
                 "| BazLM-7B | 0.0001 | 0.1 | 0.7 | 0.5 | 1 | 0 | 2.5 |",
         "records": [{"kind": "score", "value": 2.5, "benchmark": "FooQA", "model": "BazLM-7B", "metric": "eer"}]},
        # a footnote mark after a header's name is no part of it
        {"text": "| 方法 | FooQA† | BarQA<sup>1</sup> |\n|---|---|---|\n| BazLM-7B | 68.4 | 60.1 |",
         "records": [
             {"kind": "score", "value": 68.4, "benchmark": "FooQA", "model": "BazLM-7B"},
             {"kind": "score", "value": 60.1, "benchmark": "BarQA", "model": "BazLM-7B"}]},
        # a rank cut-off before a metric, or alone; a metric averaged over a count of languages
        {"text": "| 方法 | FooNet Top-1 | FooNet Top-5 Acc | BarVoice（102 种语言平均 WER） |\n|---|---|---|---|\n"
                 "| QuxNet | 81.0 | 95.2 | 14.8 |",
         "records": [
             {"kind": "score", "value": 81.0, "benchmark": "FooNet", "model": "QuxNet", "metric": "top-1 accuracy"},
             {"kind": "score", "value": 95.2, "benchmark": "FooNet", "model": "QuxNet", "metric": "top-5 accuracy"},
             {"kind": "score", "value": 14.8, "benchmark": "BarVoice", "subset": "102-language average", "model": "QuxNet",
              "metric": "wer"}]},
    ],
)
def table(paper: PaperContext, start: int, end: int):
    """Every number of a row of a results table this stage reads: a score for each cell whose
    column holds results and whose row names a system, a refusal (with the reason) for the others."""
    text = paper.view.text
    if text.find("|", start, end) == -1:  # not a row: every sentence passes here
        return []
    row = _lines(text, start)
    if not _is_row(text, *row):
        return []
    table, is_header = _table_of(paper, row)
    if table is None:
        return []
    marks = offsets_of(QUANTITY_MARK, text, start, end)
    if is_header:
        return [(m, m + 1, [_refusal(m, "a number in a table's header, not a result")]) for m in marks]
    cells = _cells(text, *row)
    if len(cells) != len(table.columns):
        return [(start, end, [_refusal(m, "a table row whose cells do not line up with its header") for m in marks])]
    if table.rows is None:
        system, why = _system(paper, table, cells)
        of_row = [(system, why, column) for column in table.columns]
        named = next((cell for cell, column in zip(cells, table.columns) if column.role == "metric"), None)
        if named is not None and system is not None:  # "| FooLM | EM | 61.0 |": the row's metric
            metric = _row_metric(paper, named)
            of_row = [(system, why, replace(column, metric=metric, metric_named=True))
                      if metric and column.role == "result" and not column.metric_named
                      else (None, "a row whose metric cell names no metric", column) if not metric else (system, why, column)
                      for column in table.columns]
    else:
        label = table.rows.get(row[0], Column("other", why="a row of a table whose label is not read"))
        of_row = [(None, "a number in a row's label", label),
                  *[(name, why, _measured_by_header(label, header)) for (name, why), header in zip(table.systems, table.columns[1:])]]
    claims = []
    for mark in marks:
        index = next((i for i, (a, b) in enumerate(cells) if a <= mark < b), None)
        system, why, column = of_row[index] if index is not None else (None, "a number outside the table's cells", None)
        refused = why if system is None else _cell_refusal(paper, column, cells[index], mark)
        if column is not None and column.role == "paired" and not refused:
            column = _pair_member(paper, column, cells[index], mark)
        if refused:
            claims.append(_refusal(mark, refused))
            continue
        quantity = paper.quantity_at(mark)
        claims.append(Claim(rule=RULE, quantity=mark, kind="score", model=NamedRef(named=system), reference=None,
                            direction=None, metric_span=None, match_span=(row[0], mark + 1),
                            benchmark=column.benchmark, unit=None if quantity.unit else column.unit,
                            subset=column.subset, metric=column.metric, better=column.better))
    return [(start, end, claims)] if claims else []


def _measured_by_header(label: Column, header: Column) -> Column:
    """A transposed table's cell: what its row's label says, with the metric and direction its system's
    header names ("| FooTS MSE↓ |"), unless the label names another metric."""
    if header.metric is None or label.role != "result":
        return label
    if label.metric_named and label.metric != header.metric:
        return Column("other", why="a row and a header naming different metrics")
    return replace(label, metric=header.metric, metric_named=True, better=header.better or label.better)


def _row_metric(paper: PaperContext, cell: tuple[int, int]) -> Optional[str]:
    """The metric a row's metric cell names ("EM", "Recall@10", "AP50", "HOTA"), or None."""
    name = _plain(paper, *cell)
    vocab = paper.vocabulary
    return vocab.metric(name) or _metric_variant(paper, name) or (name.lower() if vocab.name_shape(name)[2] else None)


def _pair_refusal(paper: PaperContext, column: Column, cell: tuple[int, int], mark: int) -> str:
    """Why a number of a paired column's cell is no result: the cell holds another count of values than
    its header names ("| 63.3 |" under "| FooQA EM/F1 |"; a dash holds the place of a missing one:
    "| 63.3 / – |"), or it is signed; '' otherwise."""
    text = paper.view.text
    if not _PAIRED_CELL.fullmatch(text, *cell) or text.count("/", *cell) != len(column.pair) - 1:
        return "a cell whose values do not line up with the results its header names"
    return "a signed cell: a change against something the table does not say" if paper.quantity_at(mark).sign else ""


def _pair_member(paper: PaperContext, column: Column, cell: tuple[int, int], mark: int) -> Column:
    """What one of a paired column's values is ("| 63.3 / 69.7 |" under "| FooQA EM/F1 |": EM, then F1)."""
    return column.pair[paper.view.text.count("/", cell[0], mark)]


_ONE_VALUE = rf"(?:{_TAG}[ \t]*)*{QUANTITY_MARK}(?:[ \t]*{_TAG})*[†‡*]*"
_MISSING = r"(?:[-–—]|N/?A)"
_PAIRED_CELL = re.compile(rf"[ \t]*(?:{_ONE_VALUE}(?:[ \t]*/[ \t]*(?:{_ONE_VALUE}|{_MISSING})){{1,2}}"
                          rf"|{_MISSING}(?:[ \t]*/[ \t]*(?:{_ONE_VALUE}|{_MISSING})){{0,1}}[ \t]*/[ \t]*{_ONE_VALUE})[ \t]*")


def _cell_refusal(paper: PaperContext, column: Optional[Column], cell: Optional[tuple[int, int]], mark: int) -> str:
    """Why a number of a system's row is no result, or '' when it is its column's result."""
    if column is None or cell is None:
        return "a number outside the table's cells"
    if column.role == "paired":
        return _pair_refusal(paper, column, cell, mark)
    if column.role != "result":
        return column.why or "a column that holds no results"
    value = _VALUE_CELL.fullmatch(paper.view.text, *cell)
    if value is None or mark != paper.view.text.index(QUANTITY_MARK, *cell):
        return "a number in a cell that is not one value"
    if paper.quantity_at(mark).sign:
        return "a signed cell: a change against something the table does not say"
    return ""


def _refusal(mark: int, why: str) -> Claim:
    return Claim(rule=RULE, quantity=mark, kind="score", model="subject", reference=None, direction=None,
                 metric_span=None, match_span=(mark, mark + 1), refusal=why)
