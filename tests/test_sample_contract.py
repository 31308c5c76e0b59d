"""What `metricsdb extract` gives on the sample reports honours the record contract, and the
leaderboard the issue names comes out right (LSRIF on Qwen3-8B above GPT-4o on IFEval)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from metricsdb.cli import app
from metricsdb.model import RECORD_FIELDS, Record
from metricsdb.report import read_report

from .conftest import SAMPLE_REPORTS

runner = CliRunner()


def test_every_extracted_record_is_contract_valid_and_quotes_its_section():
    result = runner.invoke(app, ["extract", *map(str, SAMPLE_REPORTS), "--format", "jsonl"])
    assert result.exit_code == 0
    sections = {p.paper_id: p.results_text for path in SAMPLE_REPORTS for p in read_report(path).papers}
    lines = result.output.splitlines()
    assert len(lines) > 100
    for line in lines:
        row = json.loads(line)
        assert tuple(row) == RECORD_FIELDS
        record = Record.model_validate(row)
        assert record.evidence in sections[record.paper_id]
        assert isinstance(row["value"], float)


def test_ifeval_board_puts_lsrif_above_gpt4o(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["ingest", "--db", db]).exit_code == 0
    result = runner.invoke(app, ["leaderboard", "ifeval", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["rows"]
    ranked = [(r["model"], r["value"]) for r in rows]
    assert ranked.index(("LSRIF (Qwen3-8B)", 90.2)) < ranked.index(("GPT-4o", 84.8))
