"""The data model: what a report, a paper and a metric record are.

`Record` is the public contract (`shared/docs/record-contract.md`); its field names are fixed.
`Report` and `Paper` are what the report parser hands to the extractors.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Kind = Literal["score", "delta", "ratio"]
KINDS: tuple[str, ...] = get_args(Kind)
Direction = Literal["increase", "decrease"]
Better = Literal["higher", "lower"]

MAX_ABS_VALUE = 1e15
"""The largest magnitude a record's value (and value_high) may have. No result claim in a paper is
anywhere near it (token counts, the largest real quantities, are ~1e12); beyond it a number is a
misreading or hostile input (`1e308%`, a 30-digit integer), and it would rank first on a leaderboard.
Enforced here, where every record is validated, and again by the store and a CHECK constraint."""
MAX_NAME_CHARS = 300
"""Longest benchmark, model, metric, subset or reference name: longer is not a name, and PostgreSQL
cannot index a very long key (SQLite can), so the backends would disagree."""


def _key(name: str) -> str:
    """Comparison key of a name: case, width, spaces and hyphens ignored (as extractors' name_key)."""
    return re.sub(r"[\s\-_–—·.]+", "", unicodedata.normalize("NFKC", name).casefold())


@lru_cache(maxsize=1)
def _generic_names() -> dict[str, frozenset[str]]:
    """`data/generic_names.yaml`: each list as a set of comparison keys."""
    import yaml  # here: most commands never ask

    text = (Path(__file__).with_name("data") / "generic_names.yaml").read_text(encoding="utf-8")
    return {label: frozenset(_key(str(word)) for word in words) for label, words in yaml.safe_load(text).items()}


@lru_cache(maxsize=65536)
def is_unnamed_system(model: str) -> bool:
    """True for a model that names no particular system (`baseline`, `基线`, `base model`, `human`, `SFT`,
    `zero-shot`; `data/generic_names.yaml`), also with a parenthesis after it (`SFT (Qwen3-8B)`)."""
    return _key(model.split(" (")[0]) in _generic_names()["unnamed_systems"]


def unnamed_label(model: str, method: Optional[str]) -> str:
    """How a board shows an unnamed system: with its paper's method, `baseline (LSRIF)`,
    `SFT (Qwen3-8B; LSRIF)`; as stored when the paper names no method."""
    if not method:
        return model
    if model.endswith(")") and " (" in model:
        return f"{model[:-1]}; {method})"
    return f"{model} ({method})"


_PARTS = re.compile(r"\s*(?:/|,|，|、|&|\band\b|和|与)\s*")
_SPLIT_PREFIX = re.compile(r"(?:test|dev|val|valid|train)[-_][a-z0-9]+")


@lru_cache(maxsize=65536)
def is_generic_benchmark(name: str) -> bool:
    """True for a benchmark name made only of split, task or setting words (`test-clean`, `QA`,
    `Zero-shot/One-shot`; `data/generic_names.yaml`), or a lower-case split name (`test-zh`)."""
    words = _generic_names()["not_benchmarks"]
    parts = [part for part in _PARTS.split(name.strip()) if part]
    return bool(parts) and all(_key(part) in words or _SPLIT_PREFIX.fullmatch(part) for part in parts)


RECORD_FIELDS = (
    "paper_id", "paper_title", "paper_url", "report_date", "kind", "benchmark", "subset",
    "model", "metric", "value", "value_high", "unit", "direction", "reference", "evidence", "rule", "record_id",
    "value_start", "value_end", "better",
)


_TEXT_FIELDS = ("paper_id", "paper_title", "paper_url", "report_date", "benchmark", "subset", "model", "metric", "unit",
                "reference", "evidence", "rule", "record_id")
"""The fields of a Record that hold free text (a test checks every `str` field is listed)."""


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
    value_start: Optional[int] = Field(default=None, ge=0)
    value_end: Optional[int] = Field(default=None, ge=1)
    """Where the number stands inside `evidence`: `evidence[value_start:value_end]` is the number as written."""
    better: Optional[Better] = None
    """For a score: which way is better on its metric where the text says so out of the evidence's
    reach (a table header's ↑ / ↓ above the row); boards count it as said outright."""

    @field_validator("evidence")
    @classmethod
    def _evidence_not_blank(cls, evidence: str) -> str:
        if not evidence.strip():
            raise ValueError("evidence must contain text")
        return evidence

    @model_validator(mode="after")
    def _value_span_inside_evidence(self) -> "Record":
        if (self.value_start is None) != (self.value_end is None):
            raise ValueError("value_start and value_end are given together or not at all")
        if self.value_start is not None and not self.value_start < self.value_end <= len(self.evidence):
            raise ValueError("value_start:value_end must be a non-empty span inside evidence")
        return self

    @field_validator(*_TEXT_FIELDS)
    @classmethod
    def _no_nul_characters(cls, value: object) -> object:
        """NUL cannot be stored in PostgreSQL text (SQLite would keep it): refused on both. Checked on the
        text fields only: a number or a Literal word cannot hold one, and every record would pay a call."""
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
