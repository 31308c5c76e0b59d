"""Golden files: hand-checked expected records for the sample reports (`golden/<report stem>.json`).

A golden record is a contract record without the fields that come from the paper (id, title, url,
date) or from the extractor (rule). `records` hold claims whose kind, value, benchmark and system
are clear; `optional` hold real but vague results, which an extractor may or may not produce.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .model import Direction, Kind


class GoldenRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    kind: Kind
    benchmark: Optional[str] = None
    subset: Optional[str] = None
    model: Optional[str] = None
    metric: Optional[str] = None
    value: float
    value_high: Optional[float] = None
    unit: Optional[str] = None
    direction: Optional[Direction] = None
    reference: Optional[str] = None
    evidence: str = Field(min_length=1)

    @model_validator(mode="after")
    def _deltas_are_magnitudes(self) -> "GoldenRecord":
        if self.kind in ("delta", "ratio") and self.value < 0:
            raise ValueError("delta and ratio values are magnitudes (>= 0); the sign goes in 'direction'")
        return self


class GoldenPaper(BaseModel):
    model_config = ConfigDict(extra="forbid")

    paper_id: str
    title: str
    method: str
    records: list[GoldenRecord] = Field(default_factory=list)
    optional: list[GoldenRecord] = Field(default_factory=list)
    notes: str = ""

    @model_validator(mode="after")
    def _required_records_are_complete(self) -> "GoldenPaper":
        for record in self.records:
            if not (record.benchmark and record.model and record.metric):
                raise ValueError(
                    f"{self.paper_id}: a required record needs benchmark, model and metric "
                    f"(move vague ones to 'optional'): {record.evidence!r}"
                )
        return self


class GoldenFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    report: str
    papers: list[GoldenPaper]


def load_golden(path: Path | str) -> GoldenFile:
    """Read and validate one golden file."""
    return GoldenFile.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
