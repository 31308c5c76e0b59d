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

MAX_ABS_VALUE = 1e15
"""The largest magnitude a record's value (and value_high) may have. No result claim in a paper is
anywhere near it (token counts, the largest real quantities, are ~1e12); beyond it a number is a
misreading or hostile input (`1e308%`, a 30-digit integer), and it would rank first on a leaderboard.
Enforced here, where every record is validated, and again by the store and a CHECK constraint."""
MAX_NAME_CHARS = 300
"""Longest benchmark, model, metric, subset or reference name: longer is not a name, and PostgreSQL
cannot index a very long key (SQLite can), so the backends would disagree."""

UNNAMED_SYSTEMS = frozenset({"baseline", "base model", "human"})
"""Model values that name no system (the contract's words for an unnamed baseline, the base model
before training, people): real results, but no board or model card can say whose they are."""


def is_unnamed_system(model: str) -> bool:
    """True for `baseline`, `base model`, `human` (any case), which name no particular system."""
    return model.strip().casefold() in UNNAMED_SYSTEMS


RECORD_FIELDS = (
    "paper_id", "paper_title", "paper_url", "report_date", "kind", "benchmark", "subset",
    "model", "metric", "value", "value_high", "unit", "direction", "reference", "evidence", "rule", "record_id",
)


class Record(BaseModel):
    """One result claim: a value a system reached (or a change it made) on a benchmark."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, str_strip_whitespace=False)

    paper_id: str = Field(min_length=1)
    paper_title: str
    paper_url: str
    report_date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    kind: Kind
    benchmark: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    subset: Optional[str] = Field(default=None, max_length=MAX_NAME_CHARS)
    model: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    metric: str = Field(min_length=1, max_length=MAX_NAME_CHARS)
    value: float = Field(ge=-MAX_ABS_VALUE, le=MAX_ABS_VALUE)
    value_high: Optional[float] = Field(default=None, ge=-MAX_ABS_VALUE, le=MAX_ABS_VALUE)
    unit: Optional[str] = None
    direction: Optional[Direction] = None
    reference: Optional[str] = Field(default=None, max_length=MAX_NAME_CHARS)
    evidence: str = Field(min_length=1)
    rule: str = Field(min_length=1)
    record_id: Optional[str] = Field(default=None, min_length=1, max_length=MAX_NAME_CHARS)
    """Stable across re-ingest of unchanged text (metricsdb.record_id); None until the record is numbered."""

    @field_validator("evidence")
    @classmethod
    def _evidence_not_blank(cls, evidence: str) -> str:
        if not evidence.strip():
            raise ValueError("evidence must contain text")
        return evidence

    @field_validator("*")
    @classmethod
    def _no_nul_characters(cls, value: object) -> object:
        """NUL cannot be stored in PostgreSQL text (SQLite would keep it): refused on both."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        return value


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
