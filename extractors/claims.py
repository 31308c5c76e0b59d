"""What a rule says about a number, shared by pattern rules (`rules`) and rules written as code
(`function_rules`): the `Claim`, the typed reference to the system a value belongs to, examples, and
the `FunctionRule` shape with its decorator. Neither kind of rule imports the other.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Callable, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from metricsdb.errors import MetricsdbError
from metricsdb.model import Kind

from .frozen import quick_init

ClaimKind = Union[Kind, Literal["auto", "change"]]
"""A rule's kind: a record kind, `auto` (ratio for 倍/×, delta for +N or 个百分点, else score) or
`change` (ratio for 倍/×, else delta)."""


class GroupRef(BaseModel):
    """The system named in a captured group of the match (`{group: ref}`); with `name_required`,
    a group that names no system gives no record, else an unnamed one ("基线", "该方法") counts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    group: str = Field(pattern=r"^[a-z0-9_]+$")
    name_required: bool = False


class NamedRef(BaseModel):
    """A system given by name (`{named: GPT-4o}`): the rule has already read it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    named: str = Field(min_length=1)


SystemRef = Union[Literal["subject", "reference", "baseline"], GroupRef, NamedRef]
"""Whose value it is: `subject` (the system the sentence credits), `reference` (the system compared
against), `baseline`, a group of the match, or a name."""
ReferenceRef = Union[Literal["context"], GroupRef]
"""What a change is measured against: `context` (the system after 相比 / 超越 nearby) or a group."""


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """A rule's reading of one quantity, before entities are resolved into a record."""

    rule: str
    quantity: int  # view offset of the quantity's QUANTITY_MARK
    kind: ClaimKind
    model: SystemRef
    reference: Optional[ReferenceRef]
    direction: Optional[str]
    metric_span: Optional[tuple[int, int]]
    match_span: tuple[int, int]
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)
    requires_metric: bool = False
    benchmark: Optional[str] = None  # set by rules that align lists (`分别`), else found from context
    unit: Optional[str] = None  # a unit written once after a list ("19.6 和 6.9 个百分点"), else the quantity's
    subset: Optional[str] = None  # set by rules that pair a list of values with a list of parts
    metric: Optional[str] = None  # a metric the rule read from a label of its own (`U-WER` in `WER / U-WER`)
    refusal: Optional[str] = None  # a rule claims a number only to keep others off it: why it gives no record
    better: Optional[str] = None  # a score's metric's better way, said beside it (a table header's ↑ / ↓)


Found = list[tuple[int, int, list[Claim]]]
"""What a rule finds in a sentence: (match start, match end, the claims of that match)."""


class ExampleRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Kind
    value: float
    value_high: Optional[float] = None
    unit: Optional[str] = None
    benchmark: Optional[str] = None
    model: Optional[str] = None
    metric: Optional[str] = None
    direction: Optional[str] = None
    reference: Optional[str] = None
    subset: Optional[str] = None
    better: Optional[str] = None


class Example(BaseModel):
    """A sentence and the records it must give (all of them: an empty list is a negative example)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    title: str = "Method: A Test Paper"
    records: list[ExampleRecord] = Field(default_factory=list)
    xfail: Optional[str] = None  # a known failure, kept as a strict xfail so a fix is noticed


@dataclass(frozen=True)
class FunctionRule:
    """A rule written as code: `find(paper_context, start, end) -> Found` over one sentence.

    It pickles as where it is defined (module and name), so an Extractor holding it can be sent to
    `ingest --jobs` workers; a rule from a user's file is found again by the file's path.
    """

    name: str
    priority: int
    examples: tuple[Example, ...]
    find: Callable[..., Found]
    module: str = ""
    path: Optional[str] = None  # the file a user's rules module was loaded from

    def __reduce__(self):
        return _function_rule_named, (self.module, self.path, self.name)


def _function_rule_named(module: str, path: Optional[str], name: str) -> FunctionRule:
    """The FunctionRule called `name` in a module (imported by name, or loaded from `path`)."""
    loaded = load_rules_module(path) if path is not None else importlib.import_module(module)
    for value in vars(loaded).values():
        if isinstance(value, FunctionRule) and value.name == name:
            return value
    raise LookupError(f"no rule {name!r} in {path or module}")


def load_rules_module(path: str) -> ModuleType:
    """A user's Python rules file, imported once per process under a name made from its path."""
    resolved = str(Path(path).resolve())
    name = "metricsdb_rules_" + hashlib.sha1(resolved.encode()).hexdigest()[:12]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, resolved)
    if spec is None or spec.loader is None:
        raise MetricsdbError(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    module.__rules_path__ = resolved  # type: ignore[attr-defined]  # read by @function_rule
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a user's file: its first problem, as one line
        del sys.modules[name]
        raise MetricsdbError(f"{path}: cannot load rules: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    return module


def function_rule(name: str, priority: int = 0, examples: Optional[list[dict]] = None):
    """Make a function `(paper_context, start, end) -> [(start, end, [Claim])]` a rule; the decorated
    name is then the FunctionRule, which `Extractor.with_rules(module)` picks up."""

    def wrap(fn: Callable[..., Found]) -> FunctionRule:
        return FunctionRule(name, priority, tuple(Example.model_validate(e) for e in examples or []), fn,
                            module=fn.__module__, path=getattr(sys.modules.get(fn.__module__), "__rules_path__", None))

    return wrap
