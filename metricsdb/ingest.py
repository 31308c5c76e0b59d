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
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from extractors import Extractor, default_extractor

from .errors import DatabaseUnavailableError, MetricsdbError, ReportError
from .model import Record, Report
from .paths import PathArg, find_report_files
from .report import parse_report, read_report_text

if TYPE_CHECKING:
    from .store import FileCallback, IngestSummary, Store

Extracted = tuple[Report, list[Record], str]
"""A report file read, parsed and extracted: the report, its records, and the sha256 of its text."""


def extract_file(file: Path, extractor: Extractor) -> Union[Extracted, MetricsdbError]:
    """Read, parse and extract one report file; a bad file is returned as its error, not raised."""
    try:
        text = read_report_text(file)
        report = parse_report(text, str(file))
        return report, extractor.extract_report(report), hashlib.sha256(text.encode()).hexdigest()
    except MetricsdbError as exc:
        return exc


_worker_extractor: Optional[Extractor] = None  # set once in each worker process by _start_worker


def _start_worker(extractor: Extractor) -> None:
    """Receive the Extractor once per worker (it pickles as what it was built from)."""
    global _worker_extractor
    _worker_extractor = extractor


def _extract_in_worker(file: Path) -> Union[Extracted, tuple[str, str]]:
    """extract_file in a worker process. An error travels as (path, problem) or ("", message): a
    ReportError does not pickle (its constructor takes two arguments)."""
    assert _worker_extractor is not None
    extracted = extract_file(file, _worker_extractor)
    if isinstance(extracted, ReportError):
        return extracted.path, extracted.problem
    if isinstance(extracted, MetricsdbError):
        return "", str(extracted)
    return extracted


def extract_files(files: Sequence[Path], jobs: int,
                  extractor: Extractor) -> Iterator[tuple[Path, Union[Extracted, MetricsdbError]]]:
    """Each file with its extraction, in file order; with `jobs` > 1 extracted in that many processes.

    At most 4 files per worker are in flight, so memory stays flat however many files there are.
    Workers are started with `spawn`: a forked child would inherit this process's open database
    connections.
    """
    if jobs <= 1 or len(files) <= 1:
        for file in files:
            yield file, extract_file(file, extractor)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(min(jobs, len(files)), mp_context=multiprocessing.get_context("spawn"),
                             initializer=_start_worker, initargs=(extractor,)) as pool:
        pending: deque[tuple[Path, Future[Union[Extracted, tuple[str, str]]]]] = deque()
        queue = iter(files)
        try:
            for file in itertools.islice(queue, 4 * jobs):
                pending.append((file, pool.submit(_extract_in_worker, file)))
            while pending:
                file, future = pending.popleft()
                for following in itertools.islice(queue, 1):
                    pending.append((following, pool.submit(_extract_in_worker, following)))
                result = future.result()
                if len(result) == 2:  # an error; an extraction is a 3-tuple
                    path, problem = result
                    yield file, ReportError(path, problem) if path else MetricsdbError(problem)  # type: ignore[arg-type]
                else:
                    yield file, result  # type: ignore[misc]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def ingest(store: Store, paths: Union[PathArg, Iterable[PathArg]], *, on_file: Optional[FileCallback] = None,
           jobs: int = 1, extractor: Optional[Extractor] = None) -> IngestSummary:
    """Extract and store every report under `paths` (files, folders); a bad file is skipped and
    counted in `errors`. `on_file(path, error_or_None)` is called after each file, in file order.

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
        for file, extracted in extract_files(files, jobs, extractor):
            error: Optional[MetricsdbError] = None
            try:
                if isinstance(extracted, MetricsdbError):
                    raise extracted
                report, records, content_hash = extracted
                replaced = store.add(report, records, content_hash=content_hash)
            except DatabaseUnavailableError as exc:  # every later report would fail the same way: stop
                raise DatabaseUnavailableError(
                    f"{exc}; stopped after storing {summary.reports} of {len(files)} reports") from None
            except MetricsdbError as exc:
                error = exc
                summary.errors.append(str(exc))
            else:
                summary.reports += 1
                summary.replaced += replaced
                summary.papers += len(report.papers)
                summary.records += len(records)
            if on_file is not None:
                on_file(file, error)
    finally:
        store.checkpoint()  # fold the write-ahead log back into the database file (SQLite)
    return summary
