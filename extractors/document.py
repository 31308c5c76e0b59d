"""The document model every stage shares: the view of a results section, its sentences, the names
mentioned in it, and `PaperContext`, everything the rules and the resolver read about one paper.

Data only (and the offset arithmetic of the view); the stages that build these objects live in
`clauses`, `entities` and `extractor`, and import this module, never each other for these types.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

from metricsdb.model import Paper

from .frozen import quick_init

if TYPE_CHECKING:
    from .entities import Vocabulary
    from .notation import Folded
    from .records import ResolverWords

QUANTITY_MARK = "\ue000"
"""The one character that stands for a whole quantity in the view."""

# What opens a list item besides a number and its dot ("1."): a dash or a star, a circled number ("①"), a
# number in parentheses or before 、 ("(1)", "1、", "一、"), or a symbol or an emoji ("✅", "▶", "📈").
SYMBOL_MARKS = "\u00b7\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\u30fb\U0001f300-\U0001faff"
ITEM_MARK = (rf"(?:[①-⑳❶-❿➀-➓]|[{SYMBOL_MARKS}]{{1,3}}|\(\d{{1,2}}\)|\d{{1,2}}、|\d\u20e3|[一二三四五六七八九十]{{1,3}}、)")  # "1️⃣": a keycap

BENCHMARK, MODEL, METHOD, METRIC, NAME_ROLE = "benchmark", "model", "method", "metric", "name"
SYSTEM_ROLES = (METHOD, MODEL)


def offsets_of(char: str, text: str, start: int, end: int) -> list[int]:
    """The offsets of one character in text[start:end] (0 <= start), found with str.find: a Python loop
    over every character of a sentence costs more than the rest of reading it."""
    found = []
    at = text.find(char, start, end)
    while at != -1:
        found.append(at)
        at = text.find(char, at + 1, end)
    return found


@dataclass(frozen=True, slots=True)
class View:
    """The normalised text and a map back to the source, kept as segments: each segment is a run of
    source text copied one character for one (`source_end - source_start == its view length`), or
    one QUANTITY_MARK standing for a whole quantity. Markup between segments has no view text.
    `source` is the folded text (names, quantities and mentions are offsets into it); `origin` leads
    from it to the text as written, which evidence quotes."""

    text: str
    source: str
    segment_view_starts: list[int]
    segment_sources: list[tuple[int, int]]  # (source start, source end) of each segment
    segment_source_starts: list[int]
    quantities: list  # Quantity objects, in order; the k-th QUANTITY_MARK stands for quantities[k]
    mark_index: dict[int, int]  # view offset of a QUANTITY_MARK -> index into quantities
    origin: "Folded"

    @property
    def written(self) -> str:
        """The section as the report writes it: what evidence quotes."""
        return self.origin.written

    def written_span(self, start: int, end: int) -> tuple[int, int]:
        """Where a span of `source` (the folded text) stands in the text as written."""
        return self.origin.start_of(start), self.origin.end_of(end)

    def view_offset(self, source_offset: int) -> int:
        """The view offset of the first view character at or after a source offset."""
        i = bisect_right(self.segment_source_starts, source_offset) - 1
        if i < 0:
            return 0
        a, b = self.segment_sources[i]
        if source_offset >= b:
            return self.segment_view_starts[i + 1] if i + 1 < len(self.segment_view_starts) else len(self.text)
        if self.segment_view_starts[i] in self.mark_index:
            return self.segment_view_starts[i] + (source_offset > a)
        return self.segment_view_starts[i] + source_offset - a

    def _source_of(self, view_offset: int) -> tuple[int, int]:
        """(source start, source end) of the one view character at `view_offset`."""
        i = bisect_right(self.segment_view_starts, view_offset) - 1
        a, b = self.segment_sources[i]
        if self.segment_view_starts[i] in self.mark_index:
            return a, b
        start = a + view_offset - self.segment_view_starts[i]
        return start, start + 1

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the view span [start, end)."""
        return self._source_of(start)[0], self._source_of(end - 1)[1]

    def evidence_span(self, start: int, end: int) -> tuple[int, int]:
        """Written (start, end) of a view span's evidence: emphasis markers balanced where they were
        cut, surrounding white space left out."""
        a, b = self.source_span(start, end)
        if self.source.count("**", a, b) % 2:
            if self.source.startswith("**", b):
                b += 2
            elif a >= 2 and self.source.startswith("**", a - 2):
                a -= 2
        text = self.source[a:b]
        return self.written_span(a + len(text) - len(text.lstrip()), b - (len(text) - len(text.rstrip())))

    def evidence(self, start: int, end: int) -> str:
        """Exact written text of a view span, with emphasis markers balanced where they were cut."""
        a, b = self.evidence_span(start, end)
        return self.written[a:b]


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of one line of the view, with the context that may name its benchmark or model."""

    start: int
    end: int
    line_start: int
    clause_starts: tuple[int, ...]
    context: tuple[tuple[int, int], ...]  # view spans, nearest first: own heading, parent headings, lead

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The span of the clauses that hold [start, end)."""
        starts = self.clause_starts  # sorted
        i = bisect_right(starts, start)
        j = bisect_left(starts, end)
        return starts[i - 1] if i else self.start, starts[j] if j < len(starts) else self.end


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A name or metric in the view of a section: where it is, what it is, and its canonical form."""

    start: int
    end: int
    text: str
    role: str
    canonical: str


@dataclass
class PaperContext:
    """Everything the rules and the resolver need to know about one paper's results section, and the
    Extractor's compiled vocabulary (`vocabulary`, `words`) they read it with."""

    paper: Paper
    report_date: str
    method: Optional[str]
    view: View
    mentions: list[Mention]
    sentences: list[Sentence]
    vocabulary: "Vocabulary"
    words: "ResolverWords"
    default_benchmark: Optional[str] = None  # the one benchmark a "数据集" bullet names, if any
    mention_starts: list[int] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)  # view spans of labels, in order
    memo: dict = field(default_factory=dict)  # what a rule reads once per paper and several rules share

    def __post_init__(self) -> None:
        self.mention_starts = [m.start for m in self.mentions]

    def quantity_at(self, mark: int) -> Any:
        """The Quantity a QUANTITY_MARK at view offset `mark` stands for."""
        return self.view.quantities[self.view.mark_index[mark]]

    def mentions_inside(self, start: int, end: int) -> list[Mention]:
        """The mentions inside [start, end], in order: only those whose start is in range are read (a
        mention ends after it starts), not every mention of the section."""
        starts = self.mention_starts
        return [m for m in self.mentions[bisect_left(starts, start):bisect_right(starts, end)] if m.end <= end]

    def mentions_at(self, start: int) -> list[Mention]:
        """The mentions that start at `start`, in order."""
        starts = self.mention_starts
        return self.mentions[bisect_left(starts, start):bisect_right(starts, start)]

    def last_mention(self, start: int, edge: int, test: Optional[Callable[[Mention], bool]] = None) -> Optional[Mention]:
        """The last mention (in order) inside [start, edge] that passes `test`: the mentions before
        `start` or starting after `edge` are never read."""
        starts, mentions = self.mention_starts, self.mentions
        for i in range(bisect_right(starts, edge) - 1, bisect_left(starts, start) - 1, -1):
            mention = mentions[i]
            if mention.end <= edge and (test is None or test(mention)):
                return mention
        return None
