"""Report -> papers: cut a daily-papers report into papers and each paper into its sections.

The heading vocabulary lives in `data/sections.yaml`, so a new wording (`Results`, `五、实验结果`)
is a data change, not a code change.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from datetime import date as calendar_date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Union

import yaml

from .errors import ReportError
from .model import Paper, Report

PAPER_START = re.compile(r"^##[ \t]*📄[ \t]*(?P<title>.+?)[ \t]*$", re.M)
PAPER_START_BYTES = re.compile("^##[ \t]*📄".encode(), re.M)
DATE_LINE = re.compile(r"^\W*Date\W*[:：]\W*(?P<date>\d{4}-\d{2}-\d{2})\b", re.M | re.I)
DATE_LABEL = re.compile(r"^\W*Date\W*[:：][ \t]*(?P<text>.*)$", re.M | re.I)  # a date line, whatever it holds
SOURCE_LINE = re.compile(r"^\W*Source URL\W*[:：]\s*(?P<url>\S+)", re.M | re.I)
PAPER_LINK = re.compile(
    r"(?P<url>https?://(?:huggingface\.co/papers|arxiv\.org/(?:abs|pdf))/(?P<id>\d{4}\.\d{4,5})(?:v\d+)?)"
)
SEPARATOR_TAIL = re.compile(r"(?:\s*^[=\-]{10,}[ \t]*$)+\s*\Z", re.M)
MAX_REPORT_BYTES = 20_000_000
"""A report file larger than this is refused before it is read (real ones are 40-120 kB)."""
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ENGLISH_WORD = re.compile(
    r"\b(?:the|and|of|to|in|on|with|for|by|than|is|are|was|were|our|we|its|it|this|that|from|over|at|as|an|a)\b",
    re.I)
_ENGLISH_PROSE = re.compile(r"\b[a-z]{4,}\b")  # a lower-case word: prose, not a name like GSM8K or GPT-4o
MAX_RESULTS_CHARS = 20_000
"""A paper whose results section is longer than this refuses the report (real ones are under 1,000
characters): the extractor's time grows faster than linearly with a section's length, so one
hostile 5 MB section would stall an ingest for hours."""


_ORNAMENTS = r"(?:[\u2190-\u2bff\u3010\u3011\u3016\u3017\U0001f000-\U0001faff\ufe0f\u200d][ \t]*)*"
"""Symbols digest writers put around a heading's number and title (`▍5. 实验效果`, `【5. 实验效果】`,
`5️⃣ 实验效果 📊`): arrows, shapes, block elements, dingbats, emoji, lenticular brackets. A heading is
still a whole line holding a known title, so a result line that starts with `→` or `✅` stays text."""


@lru_cache(maxsize=1)
def _section_heading() -> tuple[re.Pattern[str], dict[str, str]]:
    """Build the heading regex from the section vocabulary (once per process)."""
    data = yaml.safe_load(resources.files("metricsdb").joinpath("data/sections.yaml").read_text("utf-8"))
    by_title: dict[str, str] = {}
    for name, titles in data.items():
        for title in titles:
            by_title[title.casefold()] = name
    titles = "|".join(re.escape(t) for t in sorted(by_title, key=len, reverse=True))
    pattern = re.compile(
        r"^[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*" + _ORNAMENTS +
        r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[ \t]*[.、．)）\u3011\u3017/|／｜:：\-–—]|[ \t]|\ufe0f?\u20e3)[ \t]*)?"
        r"(?:\*\*)?[ \t]*" + _ORNAMENTS + r"(?P<ask>(?:Q\d{0,2}|问|問)[ \t]*[:：][ \t]*[^\n:：?？*]{0,10}?)?"
        r"(?P<title>" + titles + r")(?(ask)[^\n:：?？*]{0,12}[?？])[ \t]*" + _ORNAMENTS +
        r"(?:[（(][^）)\n]{0,60}[）)])?[ \t]*(?P<bold>\*\*)?[ \t]*" + _ORNAMENTS + r"(?:[（(][^）)\n]{0,60}[）)])?[ \t]*"
        r"(?:(?:[:：／｜]|[/|](?=[ \t]|$))[ \t]*(?:\*\*[ \t]*)?(?P<rest>[^\n]*)|(?(bold)[ \t]+(?P<after_bold>[^\n]*\S)|(?!)))?[ \t]*$",
        re.M | re.I,
    )
    return pattern, by_title


def _decode(data: bytes, encoding: str) -> str:
    """`data` decoded; a file cut short inside its last character (a truncated download or copy)
    loses that partial character instead of being refused: the text before it is intact. Only when
    that text holds non-ASCII characters, as every report does: an ASCII text ending in one high
    byte is more likely Latin-1 (`café`) than cut short."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason in ("unexpected end of data", "truncated data"):
            text = data[:exc.start].decode(encoding)
            if not text.lstrip("\ufeff").isascii():
                return text
        raise


LEGACY_CHINESE = frozenset({"gb2312", "gbk", "gb18030"})
"""Encodings charset-normalizer may name for a Chinese report saved by an older tool; GB18030 decodes
all three (it is a superset of GBK, itself a superset of GB2312)."""
_LOST_PAPER_MARK = re.compile(r"^(##[ \t]*)\?{1,2}(?=[ \t])", re.M)


def _legacy_chinese(data: bytes) -> Optional[str]:
    """`data` decoded as GB18030 when charset-normalizer finds Chinese in a legacy encoding, else None.

    Saving as GBK turns the 📄 of paper headings (which GBK cannot encode) into `?`: they are put back,
    so such a report still has its papers.
    """
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8: rare, so loaded then

    best = from_bytes(data).best()
    if best is None or best.encoding not in LEGACY_CHINESE:
        return None
    try:
        text = _decode(data, "gb18030")
    except UnicodeDecodeError:
        return None
    return _LOST_PAPER_MARK.sub(r"\1📄", text)


def decode_report(data: bytes, path: str) -> tuple[str, str]:
    """Text of a report file and the encoding it was read in: UTF-8 (with or without BOM), UTF-16 with
    a BOM, or GB18030 / GBK (Chinese, detected); else a ReportError."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = _decode(data, "utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError(path, f"broken UTF-16 text at byte {exc.start}") from None
        if "\x00" in text:  # PostgreSQL cannot store NUL; no report holds one
            raise ReportError(path, "binary file, not a text report (UTF-16 text with NUL characters)")
        return text, "UTF-16"
    if b"\x00" in data:
        raise ReportError(path, "binary file, not a text report")
    try:
        return _decode(data, "utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        text = _legacy_chinese(data)
        if text is None:
            raise ReportError(path, f"not UTF-8 text (invalid byte at offset {exc.start}), nor GB18030 / GBK") from None
        return text, "GB18030"


def decode_report_bytes(data: bytes, path: str) -> str:
    """Text of a report file (decode_report without the encoding)."""
    return decode_report(data, path)[0]


def split_sections(block: str) -> dict[str, str]:
    """Sections of one paper block by canonical name; text runs from a heading to the next one.

    A heading whose section was already seen (`**实验结果**：` under `5. 实验效果`) is a sub-heading
    and stays in the current section's text: cutting there would silently drop the rest.
    """
    heading, by_title = _section_heading()
    boundaries: list[tuple[str, re.Match[str]]] = []
    seen: set[str] = set()
    for match in heading.finditer(block):
        name = by_title[match.group("title").casefold()]
        if name not in seen:
            seen.add(name)
            boundaries.append((name, match))
    sections: dict[str, str] = {}
    for i, (name, match) in enumerate(boundaries):
        end = boundaries[i + 1][1].start() if i + 1 < len(boundaries) else len(block)
        rest = match.group("rest") or match.group("after_bold") or ""
        body = block[match.end(): end]
        text = (rest + body) if rest else body
        sections[name] = SEPARATOR_TAIL.sub("", text).strip("\n").rstrip()
    return sections


def is_chinese(results: str) -> bool:
    """False for a results section written in another language (English): fewer Chinese characters
    than English function words, or no Chinese at all among English prose. Chinese sections are full
    of English names (GPT-4o, GSM8K) but have few function words: at most one per 25 Chinese characters
    in the samples, holdouts and field reports, so the margin is wide. The rules read Chinese; on
    English they find names, not results (`beating GPT-4o` became a board entry)."""
    han = len(_HAN.findall(results))
    if han == 0:
        return not _ENGLISH_PROSE.search(results)
    return han >= len(_ENGLISH_WORD.findall(results))


def parse_report(text: str, path: str = "<text>") -> Report:
    """Parse report text into a Report; raise ReportError when it is not a daily-papers report. A paper
    whose results section is in another language is left out (unread_papers names it): one English
    paper in a digest must not cost the other papers their records; a report with no Chinese results
    at all is refused."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # headings are matched line by line
    starts = list(PAPER_START.finditer(text))
    date = DATE_LINE.search(text, 0, starts[0].start() if starts else len(text))
    if not starts:
        problem = "no papers found (no '## 📄 <title>' blocks)"
        raise ReportError(path, problem if date else "not a daily-papers report (no '**Date**:' header, no papers)")
    if not date:
        label = DATE_LABEL.search(text, 0, starts[0].start())
        if label:  # 'no Date line' sent the user looking for a line that is there
            said = label.group("text").strip()
            raise ReportError(path, f"its date line {f'says {said[:40]!r}' if said else 'is empty'}, "
                                    "not a date written YYYY-MM-DD ('**Date**: 2026-01-16')")
        raise ReportError(path, "no '**Date**: YYYY-MM-DD' line before the first paper")
    try:  # 2026-13-45 has the shape: stored, it broke every later export of the store
        calendar_date.fromisoformat(date.group("date"))
    except ValueError:
        raise ReportError(path, f"its date {date.group('date')} is not a calendar date (**Date**: YYYY-MM-DD)") from None
    source = SOURCE_LINE.search(text, 0, starts[0].start())
    papers: list[Paper] = []
    seen: set[str] = set()
    foreign: list[str] = []
    for i, start in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        block = text[start.end():end]
        link = PAPER_LINK.search(block)
        if not link or link.group("id") in seen:
            continue
        seen.add(link.group("id"))
        sections = split_sections(block)
        if len(sections.get("results", "")) > MAX_RESULTS_CHARS:
            raise ReportError(path, f"paper {link.group('id')}: its results section has {len(sections['results']):,} "
                                    f"characters, more than the {MAX_RESULTS_CHARS:,} a report's may have")
        if not is_chinese(sections.get("results", "")):
            foreign.append(link.group("id"))  # left out, named by unread_papers; the others are read
            continue
        papers.append(
            Paper(paper_id=link.group("id"), title=start.group("title").strip(), url=link.group("url"),
                  sections=sections)
        )
    if not papers and foreign:
        raise ReportError(path, f"paper {foreign[0]}: its results section is not in Chinese; metricsdb "
                                "reads the Chinese results (实验效果) of daily-papers reports")
    if not papers:
        raise ReportError(path, "no paper block has a huggingface.co/papers or arxiv.org link")
    return Report(date=date.group("date"), source_url=source.group("url") if source else None,
                  path=path, papers=tuple(papers))


STDIN = "-"
"""The path that means standard input (`metricsdb extract -`, `metricsdb ingest -`)."""


def report_name(path: Union[str, os.PathLike[str]]) -> str:
    """How messages and the store name a report file: its path, or `<stdin>`."""
    return "<stdin>" if str(path) == STDIN else str(path)


def _read_stdin() -> bytes:
    data = sys.stdin.buffer.read(MAX_REPORT_BYTES + 1)
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(report_name(STDIN), f"more than the {MAX_REPORT_BYTES:,} bytes a report may have")
    return data


def read_report_text(path: Union[str, os.PathLike[str]]) -> str:
    """Decoded text of one report file (or of standard input for `-`); every failure is a ReportError
    naming the file."""
    name = report_name(path)
    if str(path) == STDIN:
        data = _read_stdin()
        if not data.strip():
            raise ReportError(name, "empty input")
        return decode_report_bytes(data, name)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block the read or never end
            raise ReportError(name, "not a regular file")
        if info.st_size > MAX_REPORT_BYTES:
            raise ReportError(name, f"{info.st_size:,} bytes, more than the {MAX_REPORT_BYTES:,} a report may have")
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ReportError(name, "broken symbolic link" if os.path.islink(path) else "no such file") from None
    except IsADirectoryError:
        raise ReportError(name, "is a folder, not a report file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReportError(name, "symbolic link loop, not a report file") from None
        raise ReportError(name, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ReportError(name, "empty file")
    return decode_report_bytes(data, name)


def legacy_encoding(path: Union[str, os.PathLike[str]]) -> Optional[str]:
    """`GB18030` when a report file read fine is in a legacy Chinese encoding, else None: for the CLI to
    say so (a file saved as GBK by mistake is worth knowing about). Reads the file again: only a file
    that is not UTF-8 costs more than a quick check."""
    if str(path) == STDIN:  # read once already; not kept
        return None
    try:
        data = Path(path).read_bytes()
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return None
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        try:
            encoding = decode_report(data, str(path))[1]
        except ReportError:
            return None
        return None if encoding.startswith("UTF") else encoding
    except OSError:
        return None


def read_report(path: Union[str, os.PathLike[str]]) -> Report:
    """Read and parse one report file (`-`: standard input); every failure is a ReportError naming the file."""
    return parse_report(read_report_text(path), report_name(path))


_NUMBERED_LINE = re.compile(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*(?P<number>\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[.、．]"
    r"[^\n]{1,30}", re.M)
_CHINESE_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def _unknown_headings(block: str) -> list[str]:
    """Numbered lines standing where a section number is missing (`5. **实验小结**` between headings 4
    and 6): the heading whose wording sections.yaml did not know, named so the user can fix it."""
    def number(match: re.Match[str]) -> int:
        text = match.group("number")
        return int(text) if text.isdigit() else _CHINESE_NUMBERS.get(text, 0)

    heading = _section_heading()[0]
    known = {number(line) for match in heading.finditer(block)
             for line in [_NUMBERED_LINE.match(block, match.start())] if line}
    return [line.group(0).strip() for line in _NUMBERED_LINE.finditer(block)
            if number(line) not in known and ({number(line) - 1, number(line) + 1} & known)]


def unread_papers(path: Union[str, os.PathLike[str]]) -> list[tuple[str, str, bool]]:
    """(title, why, an error) for each paper block of a report file that gives no records for want of
    its structure: no huggingface.co/papers or arXiv link (parse_report leaves it out: a record needs its
    paper's id; an error, the report is broken), no results section (a heading wording sections.yaml
    does not know is named), or results not in Chinese (parse_report leaves them out); the last two are
    no error: many papers of a digest have no results metricsdb reads. The CLI names them all: a typo in
    one link or heading dropped that paper's results without a word. Reads the file again, as
    legacy_encoding does."""
    if str(path) == STDIN:  # read once already; not kept
        return []
    try:
        text = decode_report(Path(path).read_bytes(), str(path))[0].replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, ReportError):
        return []
    starts = list(PAPER_START.finditer(text))
    ends = [start.start() for start in starts[1:]] + [len(text)]
    unread = []
    for start, end in zip(starts, ends):
        title = start.group("title").strip()
        if not PAPER_LINK.search(text, start.end(), end):
            unread.append((title, "no huggingface.co/papers or arxiv.org link, so it is left out "
                                  "(the report's other papers are read)", True))
            continue
        block = text[start.end():end]
        sections = split_sections(block)
        if not is_chinese(sections.get("results", "")):
            unread.append((title, "its results section is not in Chinese (metricsdb reads the Chinese results, "
                                  "实验效果), so no records come from it", False))
            continue
        if "results" not in sections:
            unknown = _unknown_headings(block)
            hint = f"; is {' or '.join(repr(h) for h in unknown[:2])} its heading?" if unknown else ""
            unread.append((title, "no results section (a heading such as '5. 实验效果' or '实验结果'), so no records "
                                  f"come from it{hint}", False))
    return unread


def count_papers(path: Union[str, os.PathLike[str]]) -> int:
    """How many paper blocks a report file has, by a quick scan (0 when it cannot be read; standard
    input is not read ahead): the total a progress display counts towards."""
    if str(path) == STDIN:
        return 0
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_REPORT_BYTES:  # a FIFO would block the read
            return 0
        return len(PAPER_START_BYTES.findall(Path(path).read_bytes()))
    except OSError:
        return 0
