"""Papers -> clauses: a normalised view of a results section, cut into lines, sentences and clauses.

Rules match on a *view* of the section in which every quantity is one placeholder character
(`QUANTITY_MARK`) and Markdown emphasis is gone, built over the folded text (`notation`: full-width
punctuation is ASCII, invisible characters removed). The view keeps a map back to the text as
written, so every record's evidence is an exact substring of the source.
Each line also remembers its context: the bullet heading (`**UCF-101 基准**：`), the headings of the
bullets it is nested under, and the section's lead sentence, which often name the benchmark.
"""
from __future__ import annotations

import re

from .document import ITEM_MARK, QUANTITY_MARK, Sentence, View
from .notation import Folded
_MARKUP = re.compile(r"\*\*|__|`")
# "- ", "1. ", "1) " open an item when a space follows; "①", "(1)", "1、", "一、", "✅" open one as they are
_BULLET = re.compile(rf"^(?P<indent>[ \t]*)(?:(?:[*\-+•]|\d{{1,2}}[.)])[ \t]+|{ITEM_MARK}[ \t]*)")
_HEADING = re.compile(r"(?P<head>(?:[^:。;!?\n]|(?<=\d):(?=\d)){1,60}?)[ \t]*(?:(?<!\d):|:(?!\d))[ \t]*")  # "**AP50:95**：" is one label
# A label that opens a sentence inside a line: a Latin name and a colon ("；ETTm2：0.255 → 0.246").
# ... perhaps after an item's mark ("；2) BarSet：", "；② BarSet：")
_INLINE_LABEL = re.compile(rf"[ \t]*(?:(?:\d{{1,2}}\)|{ITEM_MARK})[ \t]*)?(?P<head>[A-Za-z][A-Za-z0-9\-_.+/ ]{{0,30}}?)[ \t]*:")
# A question's and an answer's label in a Q&A digest ("问：在 X 上表现如何？" then "答：F1 为 …"): the answer's
# line reads in the question's context, as a bullet reads under its label
_QUESTION = re.compile(r"(?:问|提问|Q)\d{0,2}")
_ANSWER = re.compile(r"(?:答|回答|A)\d{0,2}")
_SENTENCE_END = re.compile(r"[。;!?]+|\.(?=\s|$)")
_SENTENCE_END_OR_BAR = re.compile(r"[。;!?|]+|\.(?=\s|$)")  # "FooSet：61.2%｜BarSet：55.0%" outside a table


def build_view(folded: Folded, quantities: list) -> View:
    """Mask the quantities of a folded text and drop emphasis markers; keep the way back."""
    source = folded.text
    pieces: list[str] = []
    view_starts: list[int] = []
    sources: list[tuple[int, int]] = []
    mark_index: dict[int, int] = {}
    length = 0

    def keep(a: int, b: int) -> None:
        if source.find("*", a, b) < 0 and source.find("_", a, b) < 0 and source.find("`", a, b) < 0:
            if a < b:  # no marker can be there: most stretches between two numbers
                keep_plain(a, b)
            return
        for m in _MARKUP.finditer(source, a, b):
            if a < m.start():
                keep_plain(a, m.start())
            a = m.end()
        if a < b:
            keep_plain(a, b)

    def keep_plain(a: int, b: int) -> None:
        nonlocal length
        pieces.append(source[a:b])
        view_starts.append(length)
        sources.append((a, b))
        length += b - a

    cursor = 0
    for index, q in enumerate(quantities):
        keep(cursor, q.start)
        mark_index[length] = index
        pieces.append(QUANTITY_MARK)
        view_starts.append(length)
        sources.append((q.start, q.end))
        length += 1
        cursor = q.end
    keep(cursor, len(source))
    return View("".join(pieces), source, view_starts, sources, [a for a, _ in sources],
                list(quantities), mark_index, folded)


_CLAUSE_SYNTAX = re.compile(r"[,()\[\]（）]")


def _clause_starts(text: str, start: int, end: int) -> tuple[int, ...]:
    """Clause boundaries inside a sentence: commas outside parentheses."""
    starts = [start]
    depth = 0
    for m in _CLAUSE_SYNTAX.finditer(text, start, end):
        ch = m.group()
        if ch in "([（":
            depth += 1
        elif ch in ")]）":
            depth = max(0, depth - 1)
        elif depth == 0 and m.end() < end:
            starts.append(m.end())
    return tuple(starts)


def sentences(view: View) -> list[Sentence]:
    """Sentences of the section in order, each with its heading and nesting context."""
    return outline(view)[0]


def outline(view: View) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """The sentences of the section (see `sentences`) and the view spans of every heading: a bullet's
    label (`**X**：`) or a short line head before a colon."""
    text = view.text
    result: list[Sentence] = []
    headings: list[tuple[int, int]] = []
    stack: list[tuple[int, tuple[int, int]]] = []  # (indent, heading span) of open parent bullets
    lead: tuple[int, int] | None = None
    question: tuple[int, int] | None = None  # the body of the last question line
    offset = 0
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        bullet = _BULLET.match(line)
        body_start = bullet.end() if bullet else len(line) - len(line.lstrip())
        indent = len(bullet.group("indent").expandtabs(4)) if bullet else body_start
        heading = None
        head = _HEADING.match(line, body_start) if ":" in line else None  # a label needs its colon
        if head and (bullet or (line[head.end():].strip() and len(head.group("head")) <= 20)):
            heading = (line_start + head.start("head"), line_start + head.end("head"))
            headings.append(heading)
            body_start = head.end()
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parents = tuple(h for _, h in reversed(stack))
        label = text[heading[0]:heading[1]].strip() if heading else ""
        asked = (question,) if question and _ANSWER.fullmatch(label) else ()
        context = ((heading,) if heading else ()) + asked + parents + ((lead,) if lead else ())
        if _QUESTION.fullmatch(label):
            question = (line_start + body_start, line_end)
        body = line[body_start:]
        if not body.strip():
            if heading:
                stack.append((indent, heading))
            continue
        pos = line_start + body_start
        body_span = (pos, line_end)
        ends = _SENTENCE_END if line.lstrip(" \t").startswith("|") else _SENTENCE_END_OR_BAR
        for m in ends.finditer(text, pos, line_end):
            inline = _INLINE_LABEL.match(text, m.end(), line_end) if text.find(":", m.end(), line_end) != -1 else None
            if inline:  # "；ETTm2：0.255 → 0.246": a label inside the line
                headings.append(inline.span("head"))
            if m.end() > pos:
                result.append(Sentence(pos, m.end(), line_start, _clause_starts(text, pos, m.end()), context))
            pos = m.end()
        if pos < line_end and text[pos:line_end].strip():
            result.append(Sentence(pos, line_end, line_start, _clause_starts(text, pos, line_end), context))
        if heading and bullet:
            stack.append((indent, heading))
        elif not bullet and body.rstrip().endswith(":"):
            lead = body_span  # "在 X 和 Y 上进行了评估：" sets the scene for the bullets below
    return result, headings
