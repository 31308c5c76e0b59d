"""The golden files are well-formed and honest about their source text."""
from __future__ import annotations

import pytest

from metricsdb.golden import load_golden
from metricsdb.report import read_report

from .conftest import GOLDEN_FILES, REPO, SAMPLE_REPORTS


def test_every_sample_report_has_a_golden_file():
    assert {p.stem for p in SAMPLE_REPORTS} == {g.stem for g in GOLDEN_FILES}


@pytest.mark.parametrize("golden_path", GOLDEN_FILES, ids=lambda p: p.stem)
def test_golden_file_covers_every_paper_and_quotes_its_section(golden_path):
    golden = load_golden(golden_path)
    report = read_report(REPO / "metricsdb" / "data" / "reports" / golden.report)
    papers = {p.paper_id: p for p in report.papers}
    assert [p.paper_id for p in golden.papers] == list(papers), "one entry per paper, in report order"
    for gp in golden.papers:
        section = papers[gp.paper_id].results_text
        assert gp.title == papers[gp.paper_id].title
        for record in gp.records + gp.optional:
            assert record.evidence in section, f"{gp.paper_id}: evidence not in section: {record.evidence!r}"


COLLECTIONS = sorted((REPO / "tests" / "data").glob("holdout*/*.json")) + sorted(
    (REPO / "tests" / "data" / "fields").glob("*/*.json"))


@pytest.mark.parametrize("golden_path", COLLECTIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_holdout_and_field_golden_files_cover_their_report_and_quote_it(golden_path):
    golden = load_golden(golden_path)
    report = read_report(golden_path.with_name(golden.report))
    papers = {p.paper_id: p for p in report.papers}
    # a paper the parser leaves out (results not in Chinese) may stand in the golden file with optional records only
    listed = [p.paper_id for p in golden.papers if p.paper_id in papers or p.records]
    assert listed == list(papers), "one entry per paper, in report order"
    for gp in golden.papers:
        if gp.paper_id not in papers:
            continue
        for record in gp.records + gp.optional:
            assert record.evidence in papers[gp.paper_id].results_text, f"{gp.paper_id}: {record.evidence!r}"
