"""The data model: what a report, a paper and a metric record are.

`Record` is the public contract (`shared/docs/record-contract.md`); its field names are fixed.
`Report` and `Paper` are what the report parser hands to the extractors.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

Kind = Literal["score", "delta", "ratio"]
Direction = Literal["increase", "decrease"]

RECORD_FIELDS = (
    "paper_id", "paper_title", "paper_url", "report_date", "kind", "benchmark", "subset",
    "model", "metric", "value", "value_high", "unit", "direction", "reference", "evidence", "rule",
)


class Record(BaseModel):
    """One result claim: a value a system reached (or a change it made) on a benchmark."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, str_strip_whitespace=False)

    paper_id: str = Field(min_length=1)
    paper_title: str
    paper_url: str
    report_date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    kind: Kind
    benchmark: str = Field(min_length=1)
    subset: Optional[str] = None
    model: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    value: float
    value_high: Optional[float] = None
    unit: Optional[str] = None
    direction: Optional[Direction] = None
    reference: Optional[str] = None
    evidence: str = Field(min_length=1)
    rule: str = Field(min_length=1)

    @field_validator("evidence")
    @classmethod
    def _evidence_not_blank(cls, evidence: str) -> str:
        if not evidence.strip():
            raise ValueError("evidence must contain text")
        return evidence


@dataclass(frozen=True, slots=True)
class Paper:
    """One `## 📄` block of a report, cut into its numbered sections."""

    paper_id: str
    title: str
    url: str
    sections: dict[str, str] = field(default_factory=dict)
    """Section text by canonical section name (`results`, `innovations`, ...)."""

    @property
    def results_text(self) -> str:
        """The 实验效果 (experimental results) section, or '' when the paper has none."""
        return self.sections.get("results", "")


@dataclass(frozen=True, slots=True)
class Report:
    """A daily-papers report file: its date, where it came from, and its papers."""

    date: str
    source_url: Optional[str]
    path: Optional[str]
    papers: tuple[Paper, ...]
