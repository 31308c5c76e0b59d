"""Write a benchmark corpus: N papers' worth of copies of the sample reports, with fresh paper ids and dates.

    python bench/make_corpus.py 100000 /tmp/corpus

Each output file is one sample report (25-35 papers, like the originals) with a new date (one day
per file, from 2000-01-01), a matching source URL, and a fresh arXiv-style id in every paper link,
so every file is a distinct report and every paper a distinct paper to the parser and the store.
The text is otherwise unchanged, so extraction does the same work as on the samples. The last file
is cut after as many papers as are still needed, so the corpus holds exactly N papers.
"""
from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python bench/make_corpus.py` from a checkout
    sys.path.insert(0, str(REPO))

from metricsdb.paths import sample_reports  # noqa: E402
from metricsdb.report import DATE_LINE, PAPER_LINK, PAPER_START  # noqa: E402

FIRST_DATE = date(2000, 1, 1)
LINK_ID = re.compile(r"(?P<site>huggingface\.co/papers/|arxiv\.org/(?:abs|pdf)/)(?P<id>\d{4}\.\d{4,5})")


class Template:
    """One sample report cut into its header and its paper blocks, as the parser will see them."""

    def __init__(self, text: str) -> None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        starts = [match.start() for match in PAPER_START.finditer(text)]
        if not starts:
            raise ValueError("not a daily-papers report: no '## 📄' blocks")
        found = DATE_LINE.search(text, 0, starts[0])
        if not found:
            raise ValueError("no '**Date**:' line before the first paper")
        self.date = found.group("date")
        self.header = text[:starts[0]]
        self.blocks: list[tuple[str, bool]] = []  # (text, whether the parser counts it as a new paper)
        seen: set[str] = set()
        for i, start in enumerate(starts):
            block = text[start:starts[i + 1] if i + 1 < len(starts) else len(text)]
            link = PAPER_LINK.search(block)
            counted = bool(link) and link.group("id") not in seen  # type: ignore[union-attr]
            if counted:
                seen.add(link.group("id"))  # type: ignore[union-attr]
            self.blocks.append((block, counted))
        self.papers = len(seen)

    def copy(self, day: date, next_id: "IdCounter", papers: Optional[int] = None) -> tuple[str, int]:
        """The report text for `day` with fresh paper ids, cut after `papers` papers; and its paper count."""
        wanted = self.papers if papers is None else min(papers, self.papers)
        fresh: dict[str, str] = {}

        def new_id(match: re.Match[str]) -> str:
            old = match.group("id")
            if old not in fresh:
                fresh[old] = next_id()
            return match.group("site") + fresh[old]

        parts = [self.header.replace(self.date, day.isoformat())]
        count = 0
        for block, counted in self.blocks:
            if counted and count == wanted:
                break
            parts.append(LINK_ID.sub(new_id, block))
            count += counted
        return "".join(parts), count


class IdCounter:
    """Fresh arXiv-style ids, 0000.00001 upwards: unique for up to 10^9 papers."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return f"{self.count // 100_000:04d}.{self.count % 100_000:05d}"


def make_corpus(papers: int, out: Path, templates: Optional[list[Path]] = None) -> dict[str, int]:
    """Write `papers` papers' worth of report files into `out`; returns files, papers and bytes written."""
    sources = [Template(path.read_text("utf-8-sig")) for path in (templates or sample_reports())]
    out.mkdir(parents=True, exist_ok=True)
    next_id = IdCounter()
    written = files = size = 0
    while written < papers:
        template = sources[files % len(sources)]
        day = FIRST_DATE + timedelta(days=files)
        text, count = template.copy(day, next_id, papers - written)
        data = text.encode("utf-8")
        (out / f"{day.isoformat()}.txt").write_bytes(data)
        written += count
        files += 1
        size += len(data)
    return {"files": files, "papers": written, "bytes": size}


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("papers", type=int, help="number of papers to write")
    parser.add_argument("out", type=Path, help="folder to write the report files into (created if missing)")
    parser.add_argument("--from", dest="templates", type=Path, nargs="+", metavar="REPORT",
                        help="report files to copy (default: the bundled sample reports)")
    args = parser.parse_args(argv)
    if args.papers < 1:
        parser.error("papers must be at least 1")
    made = make_corpus(args.papers, args.out, args.templates)
    print(f"{made['papers']} papers in {made['files']} report files, {made['bytes'] / 1e6:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
