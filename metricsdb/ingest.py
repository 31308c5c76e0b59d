"""Ingest: report files -> parse -> extract (in worker processes when asked) -> store.

This module owns the process pool; the store only writes what it is given (`Store.add`), in one
transaction per report, so the store never runs extraction itself.
"""
from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from extractors import Extractor, default_extractor

from .errors import DatabaseUnavailableError, MetricsdbError, ReportError
from .model import Record, Report
from .paths import PathArg, find_report_files
from .report import STDIN, parse_report, read_report_text, report_name

if TYPE_CHECKING:
    from .store import FileCallback, IngestSummary, Store

Extracted = tuple[Report, list[Record], str]
"""A report file read, parsed and extracted: the report, its records, and the sha256 of its text."""


PaperCallback = Callable[[int], None]
"""Called with a number of papers just extracted: progress that moves within a large report."""


def extract_file(file: Path, extractor: Extractor,
                 on_papers: Optional[PaperCallback] = None) -> Union[Extracted, MetricsdbError]:
    """Read, parse and extract one report file (`-`: standard input); a bad file is returned as its
    error, not raised."""
    try:
        text = read_report_text(file)
        report = parse_report(text, report_name(file))
        records = extractor.extract_report(report, on_paper=(lambda: on_papers(1)) if on_papers else None)
        return report, records, hashlib.sha256(text.encode()).hexdigest()
    except MetricsdbError as exc:
        return exc


_worker_extractor: Optional[Extractor] = None  # set once in each worker process by _start_worker


def _start_worker(extractor: Extractor) -> None:
    """Receive the Extractor once per worker (it pickles as what it was built from)."""
    global _worker_extractor
    _worker_extractor = extractor


def _extract_in_worker(file: Path) -> Union[Extracted, tuple[str, str]]:
    """extract_file in a worker process."""
    assert _worker_extractor is not None
    return _portable(extract_file(file, _worker_extractor))


def _portable(extracted: Union[Extracted, MetricsdbError]) -> Union[Extracted, tuple[str, str]]:
    """An extraction as it travels from a worker: an error as (path, problem) or ("", message),
    since a ReportError does not pickle (its constructor takes two arguments)."""
    if isinstance(extracted, ReportError):
        return extracted.path, extracted.problem
    if isinstance(extracted, MetricsdbError):
        return "", str(extracted)
    return extracted


def extract_files(files: Sequence[Path], jobs: int, extractor: Extractor, on_papers: Optional[PaperCallback] = None,
                  ) -> Iterator[tuple[Path, Union[Extracted, MetricsdbError]]]:
    """Each file with its extraction, in file order; with `jobs` > 1 extracted in that many processes.

    `on_papers(n)` reports progress: after each paper in this process, after each file from a worker.
    At most 4 files per worker are in flight, so memory stays flat however many files there are.
    Workers are started with `spawn`: a forked child would inherit this process's open database
    connections. Standard input (`-`) is always read here: a worker cannot read this process's.
    """
    if jobs <= 1 or len(files) <= 1:
        for file in files:
            yield file, extract_file(file, extractor, on_papers)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(min(jobs, len(files)), mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(extractor,)) as pool:
        def submit(file: Path) -> Future[Union[Extracted, tuple[str, str]]]:
            if str(file) == STDIN:
                done: Future[Union[Extracted, tuple[str, str]]] = Future()
                done.set_result(_portable(extract_file(file, extractor)))
                return done
            return pool.submit(_extract_in_worker, file)

        pending: deque[tuple[Path, Future[Union[Extracted, tuple[str, str]]]]] = deque()
        queue = iter(files)
        try:
            for file in itertools.islice(queue, 4 * jobs):
                pending.append((file, submit(file)))
            while pending:
                file, future = pending.popleft()
                for following in itertools.islice(queue, 1):
                    pending.append((following, submit(following)))
                result = future.result()
                if len(result) == 2:  # an error; an extraction is a 3-tuple
                    path, problem = result
                    yield file, ReportError(path, problem) if path else MetricsdbError(problem)  # type: ignore[arg-type]
                else:
                    if on_papers is not None:
                        on_papers(len(result[0].papers))  # type: ignore[index]
                    yield file, result  # type: ignore[misc]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def ingest(store: Store, paths: Union[PathArg, Iterable[PathArg]], *, on_file: Optional[FileCallback] = None,
           jobs: int = 1, extractor: Optional[Extractor] = None,
           on_papers: Optional[PaperCallback] = None) -> IngestSummary:
    """Extract and store every report under `paths` (files, folders, `-` for standard input); a bad
    file is skipped and counted in `errors`. `on_file(path, error_or_None)` is called after each file,
    in file order; `on_papers(n)` as papers are extracted.

    `jobs` > 1 reads, parses and extracts in that many worker processes while this process, the
    only writer, stores each report in its own transaction as its records arrive.
    """
    from .store import IngestSummary

    extractor = extractor or default_extractor()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files, problems = find_report_files(paths)
    summary = IngestSummary(errors=[str(problem) for problem in problems])
    try:
        for file, extracted in extract_files(files, jobs, extractor, on_papers):
            error: Optional[MetricsdbError] = None
            try:
                if isinstance(extracted, MetricsdbError):
                    raise extracted
                report, records, content_hash = extracted
                stored = store.store_report(report, records, content_hash=content_hash)
            except DatabaseUnavailableError as exc:  # every later report would fail the same way: stop
                raise DatabaseUnavailableError(
                    f"{exc}; stopped after storing {summary.reports} of {len(files)} reports") from None
            except MetricsdbError as exc:
                error = exc
                summary.errors.append(str(exc))
            else:
                summary.reports += 1
                summary.replaced += stored.replaced
                summary.papers += len(report.papers)
                summary.records += stored.records
                summary.earlier += stored.earlier
            if on_file is not None:
                on_file(file, error)
    finally:
        store.checkpoint()  # fold the write-ahead log back into the database file (SQLite)
    return summary
