"""Extraction without a database: report text, a report file, a folder of reports, or a list of them -> records."""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Optional, Union

from extractors import Extractor, default_extractor

from .model import Record
from .paths import PathArg, find_report_files
from .record_id import with_record_ids
from .report import parse_report, read_report

__all__ = ["Extractor", "extract"]


def extract(source: Union[PathArg, Iterable[PathArg]], extractor: Optional[Extractor] = None) -> list[Record]:
    """Records of reports: `source` is report text (a string with a line break), a report file, a folder
    whose *.txt / *.md reports are read in name order, or a list of those (`metricsdb.sample_reports()`).
    `extractor` defaults to the bundled one (`Extractor.default().with_rules(...)` adds your own).
    Raises ReportError on the first bad file."""
    extractor = extractor or default_extractor()
    if isinstance(source, str) and "\n" in source:
        return with_record_ids(extractor.extract_report(parse_report(source)))
    files, problems = find_report_files([source] if isinstance(source, (str, os.PathLike)) else source)
    if problems:
        raise problems[0]
    return [record for file in files for record in with_record_ids(extractor.extract_report(read_report(file)))]
