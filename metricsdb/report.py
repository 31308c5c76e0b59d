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
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Union

import yaml

from .errors import ReportError
from .model import Paper, Report

PAPER_START = re.compile(r"^##[ \t]*📄[ \t]*(?P<title>.+?)[ \t]*$", re.M)
DATE_LINE = re.compile(r"^\W*Date\W*[:：]\W*(?P<date>\d{4}-\d{2}-\d{2})\b", re.M | re.I)
SOURCE_LINE = re.compile(r"^\W*Source URL\W*[:：]\s*(?P<url>\S+)", re.M | re.I)
PAPER_LINK = re.compile(
    r"(?P<url>https?://(?:huggingface\.co/papers|arxiv\.org/(?:abs|pdf))/(?P<id>\d{4}\.\d{4,5})(?:v\d+)?)"
)
SEPARATOR_TAIL = re.compile(r"(?:\s*^[=\-]{10,}[ \t]*$)+\s*\Z", re.M)
MAX_REPORT_BYTES = 20_000_000
"""A report file larger than this is refused before it is read (real ones are 40-120 kB)."""
MAX_RESULTS_CHARS = 20_000
"""A paper whose results section is longer than this refuses the report (real ones are under 1,000
characters): the extractor's time grows faster than linearly with a section's length, so one
hostile 5 MB section would stall an ingest for hours."""


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
        r"^[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*"
        r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[.、．)）][ \t]*)?"
        r"(?:\*\*)?[ \t]*(?P<title>" + titles + r")[ \t]*"
        r"(?:[（(][^）)\n]{0,60}[）)])?[ \t]*(?:\*\*)?[ \t]*(?:[（(][^）)\n]{0,60}[）)])?[ \t]*"
        r"(?:[:：][ \t]*(?:\*\*[ \t]*)?(?P<rest>[^\n]*))?[ \t]*$",
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


def decode_report_bytes(data: bytes, path: str) -> str:
    """Text of a report file: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a ReportError."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = _decode(data, "utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError(path, f"broken UTF-16 text at byte {exc.start}") from None
        if "\x00" in text:  # PostgreSQL cannot store NUL; no report holds one
            raise ReportError(path, "binary file, not a text report (UTF-16 text with NUL characters)")
        return text
    if b"\x00" in data:
        raise ReportError(path, "binary file, not a text report")
    try:
        return _decode(data, "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportError(path, f"not UTF-8 text (invalid byte at offset {exc.start})") from None


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
        rest = match.group("rest") or ""
        body = block[match.end("rest") if rest else match.end(): end]
        text = (rest + body) if rest else body
        sections[name] = SEPARATOR_TAIL.sub("", text).strip("\n").rstrip()
    return sections


def parse_report(text: str, path: str = "<text>") -> Report:
    """Parse report text into a Report; raise ReportError when it is not a daily-papers report."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # headings are matched line by line
    starts = list(PAPER_START.finditer(text))
    date = DATE_LINE.search(text, 0, starts[0].start() if starts else len(text))
    if not starts:
        problem = "no papers found (no '## 📄 <title>' blocks)"
        raise ReportError(path, problem if date else "not a daily-papers report (no '**Date**:' header, no papers)")
    if not date:
        raise ReportError(path, "no '**Date**: YYYY-MM-DD' line before the first paper")
    source = SOURCE_LINE.search(text, 0, starts[0].start())
    papers: list[Paper] = []
    seen: set[str] = set()
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
        papers.append(
            Paper(paper_id=link.group("id"), title=start.group("title").strip(), url=link.group("url"),
                  sections=sections)
        )
    if not papers:
        raise ReportError(path, "no paper block has a huggingface.co/papers or arxiv.org link")
    return Report(date=date.group("date"), source_url=source.group("url") if source else None,
                  path=path, papers=tuple(papers))


def read_report_text(path: Union[str, os.PathLike[str]]) -> str:
    """Decoded text of one report file; every failure is a ReportError naming the file."""
    name = str(path)
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


def read_report(path: Union[str, os.PathLike[str]]) -> Report:
    """Read and parse one report file; every failure is a ReportError naming the file."""
    return parse_report(read_report_text(path), str(path))
