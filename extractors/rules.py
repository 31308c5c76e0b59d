"""Quantities + entities -> claims: the rule registry and the engine that runs it.

A rule is data: a name, a regex over a sentence of the view (see `clauses.View`) written with macros
such as `{Q:a}` (a quantity, captured as `a`), `{CHANGE}` (a verb of increase or decrease, captured as
`up` / `down`), `{METRIC}` (a metric name) and `{SYS:ref}` (a system name), what each captured
quantity becomes (`emit`), and examples that the test-suite runs. Rules load from
`data/rules.yaml`; a user adds rules with `register_rules(path_or_dicts)`, and a rule that needs
code (aligning `分别` lists) registers with `@function_rule`.
Overlapping matches are settled by priority, then length (longest first), then position (leftmost).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Literal, Optional, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from .clauses import QUANTITY_MARK
from .vocabulary import load_data


class Emit(BaseModel):
    """What one captured quantity becomes."""

    model_config = ConfigDict(extra="forbid")

    quantity: str
    kind: Literal["score", "delta", "ratio", "auto", "change"] = "auto"
    model: str = "subject"  # subject | group:NAME (a system in the match) | named:NAME (same, never unnamed) | reference | baseline
    reference: Optional[str] = None  # context (the system after 相比/超越 nearby) | group:NAME (named in the match)
    direction: Literal["verb", "increase", "decrease", "none"] = "verb"
    metric: Optional[str] = None  # group:NAME; otherwise from context


class ExampleRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str
    value: float
    value_high: Optional[float] = None
    unit: Optional[str] = None
    benchmark: Optional[str] = None
    model: Optional[str] = None
    metric: Optional[str] = None
    direction: Optional[str] = None
    reference: Optional[str] = None
    subset: Optional[str] = None


class Example(BaseModel):
    """A sentence and the records it must give (all of them: an empty list is a negative example)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    title: str = "Method: A Test Paper"
    records: list[ExampleRecord] = Field(default_factory=list)
    xfail: Optional[str] = None  # a known failure, kept as a strict xfail so a fix is noticed


class RuleSpec(BaseModel):
    """A pattern rule as written in a rules file."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9.\-]*$")
    description: str = ""
    priority: int = 0
    pattern: str
    emit: list[Emit]
    requires_metric: bool = False
    units: Optional[list[Optional[str]]] = None  # accept only quantities with one of these units
    examples: list[Example] = Field(default_factory=list)

    @field_validator("emit")
    @classmethod
    def _emits_something(cls, emit: list[Emit]) -> list[Emit]:
        if not emit:
            raise ValueError("a rule must emit at least one quantity")
        return emit


@dataclass(frozen=True, slots=True)
class Claim:
    """A rule's reading of one quantity, before entities are resolved into a record."""

    rule: str
    quantity: int  # index into view.quantities
    kind: str
    model: str  # how to find the system (see Emit.model), or a literal name after `=`
    reference: Optional[str]
    direction: Optional[str]
    metric_span: Optional[tuple[int, int]]
    match_span: tuple[int, int]
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)
    requires_metric: bool = False
    benchmark: Optional[str] = None  # set by rules that align lists (`分别`), else found from context
    unit: Optional[str] = None  # a unit written once after a list ("19.6 和 6.9 个百分点"), else the quantity's


@dataclass
class Rule:
    """A compiled rule: pattern rules and function rules share this shape."""

    name: str
    priority: int
    examples: list[Example]
    find: Callable[..., list[tuple[int, int, list[Claim]]]]


_MACROS: dict[str, str] = {}


def _macros() -> dict[str, str]:
    """Macro bodies, built from `data/rule_words.yaml` so verbs and adverbs are vocabulary."""
    if not _MACROS:
        words = load_data("rule_words.yaml")
        alt = lambda key: "(?:" + "|".join(re.escape(w) for w in sorted(words[key], key=len, reverse=True)) + ")"
        from .entities import vocabulary

        metric = vocabulary().metric_macro
        _MACROS.update(
            UP=alt("increase_verbs"),
            DOWN=alt("decrease_verbs"),
            TO=alt("to_words"),
            ADV=r"(?:\s*" + alt("adverbs") + r")*\s*",
            REACH=alt("reach_verbs"),
            GAIN=alt("gain_nouns"),
            LOSS=alt("loss_nouns"),
            FASTER=alt("faster_words"),
            METRIC=f"(?P<metric>{metric})",
        )
    return _MACROS


_MACRO = re.compile(r"\{(?P<name>[A-Z]+)(?::(?P<arg>[a-z0-9_]+))?\}")
_CLAUSE_CHARS = r"[^,;:。\n" + QUANTITY_MARK + r"]"


def _first_characters(items, ignore_case: bool = False) -> tuple[Optional[set[str]], bool]:
    """The characters a parsed regex can start with, and whether it can match empty; (None, _) when
    that cannot be told simply (a character class like \\w, a backreference)."""
    from re import _constants as op

    chars: set[str] = set()
    for code, arg in items:
        if code is op.LITERAL:
            char = chr(arg)
            return chars | ({char.lower(), char.upper()} if ignore_case else {char}), False
        if code is op.IN:
            for kind, value in arg:
                if kind is op.LITERAL:
                    chars |= {chr(value).lower(), chr(value).upper()} if ignore_case else {chr(value)}
                elif kind is op.RANGE and value[1] - value[0] < 200:
                    chars |= {chr(c) for c in range(value[0], value[1] + 1)}
                    if ignore_case:
                        chars |= {chr(c).upper() for c in range(value[0], value[1] + 1)}
                else:
                    return None, False
            return chars, False
        if code is op.BRANCH:
            nullable = False
            for branch in arg[1]:
                first, empty = _first_characters(branch, ignore_case)
                if first is None:
                    return None, False
                chars |= first
                nullable = nullable or empty
            if not nullable:
                return chars, False
        elif code is op.SUBPATTERN:
            first, empty = _first_characters(arg[3], ignore_case or bool(arg[1] & re.IGNORECASE))
            if first is None:
                return None, False
            chars |= first
            if not empty:
                return chars, False
        elif code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
            first, empty = _first_characters(arg[2], ignore_case)
            if first is None:
                return None, False
            chars |= first
            if arg[0] > 0 and not empty:
                return chars, False
        elif code in (op.ASSERT, op.ASSERT_NOT, op.AT):
            continue  # zero-width: the next item decides
        else:
            return None, False
    return chars, True


def _gated(expanded: str) -> str:
    """The pattern with a look-ahead listing the characters it can start with, when that list is
    short: the regex engine then skips to those characters in C instead of trying every position
    (5x faster for patterns that start with a word list such as {CHANGE})."""
    from re import _parser

    first, empty = _first_characters(_parser.parse(expanded).data)
    if first is None or empty or len(first) > 300:
        return expanded
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])" + expanded


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Expand macros: {Q}, {Q:x}, {UP}, {DOWN}, {CHANGE}, {TO}, {ADV}, {REACH}, {METRIC}, {SYS:x}, {GAP:n}, {SPAN:n}."""
    macros = _macros()

    def expand(m: re.Match[str]) -> str:
        name, arg = m.group("name"), m.group("arg")
        if name == "Q":
            return f"(?P<{arg}>{QUANTITY_MARK})" if arg else QUANTITY_MARK
        if name == "CHANGE":
            return f"(?:(?P<up>{macros['UP']})|(?P<down>{macros['DOWN']}))"
        if name == "SYS":
            return rf"(?P<{arg}>[^\s,;:。()、\n{QUANTITY_MARK}][^,;:。()\n{QUANTITY_MARK}]{{0,30}}?)"
        if name == "GAP":
            return f"{_CLAUSE_CHARS}{{0,{int(arg)}}}?"
        if name == "SPAN":  # like GAP, but may step over a parenthesis, numbers and all: "比 DP3（49.8%）高"
            return rf"(?:[^,;:。()\n{QUANTITY_MARK}]|\([^()\n]{{0,30}}\)){{0,{int(arg)}}}?"
        if name in macros:
            return macros[name]
        raise ValueError(f"unknown macro {{{name}}} in rule pattern {pattern!r}")

    return re.compile(_gated(_MACRO.sub(expand, pattern)))


_LEADING_SYSTEM = re.compile(r"^\{SYS:[a-z0-9_]+\}")
_SYSTEM_REACH = 40


def _matcher(pattern: str) -> Callable[[str, int, int], Iterable[tuple[int, int, dict[str, tuple[int, int]]]]]:
    """A function yielding (start, end, group spans) for each match of a rule pattern in text[start:end].

    A pattern that begins with a system name ({SYS:x} ...) is matched from its distinctive tail, and
    the name is then read backwards from where the tail starts: the same matches, without trying the
    lazy name at every position of the text.
    """
    lead = _LEADING_SYSTEM.match(pattern)
    if not lead:
        regex = compile_pattern(pattern)

        def plain(text: str, start: int, end: int):
            for m in regex.finditer(text, start, end):
                yield m.start(), m.end(), {k: m.span(k) for k, v in m.groupdict().items() if v is not None}

        plain.groupindex = regex.groupindex
        return plain
    head = compile_pattern(lead.group() + r"\s*$")
    tail = compile_pattern(pattern[lead.end():])

    def split(text: str, start: int, end: int):
        for m in tail.finditer(text, start, end):
            h = head.search(text, max(start, m.start() - _SYSTEM_REACH), m.start())
            if h:
                groups = {k: m.span(k) for k, v in m.groupdict().items() if v is not None}
                groups.update({k: h.span(k) for k, v in h.groupdict().items() if v is not None})
                yield h.start(), m.end(), groups

    split.groupindex = {**head.groupindex, **tail.groupindex}
    return split


def _pattern_rule(spec: RuleSpec) -> Rule:
    matcher = _matcher(spec.pattern)
    for emit in spec.emit:
        if emit.quantity not in matcher.groupindex:
            raise ValueError(f"rule {spec.name}: emit names quantity {emit.quantity!r}, not a group of its pattern")

    def find(paper, start: int, end: int) -> list[tuple[int, int, list[Claim]]]:
        found = []
        view = paper.view
        for m_start, m_end, groups in matcher(view.text, start, end):
            if spec.units is not None and any(
                view.quantities[view.mark_index[groups[e.quantity][0]]].unit not in spec.units for e in spec.emit
            ):
                continue
            verb = "increase" if "up" in groups else "decrease" if "down" in groups else None
            claims = []
            for emit in spec.emit:
                direction = verb if emit.direction == "verb" else None if emit.direction == "none" else emit.direction
                claims.append(
                    Claim(
                        rule=spec.name,
                        quantity=groups[emit.quantity][0],
                        kind=emit.kind,
                        model=emit.model,
                        reference=emit.reference,
                        direction=direction,
                        metric_span=groups.get(emit.metric.split(":", 1)[1]) if emit.metric else groups.get("metric"),
                        match_span=(m_start, m_end),
                        groups=groups,
                        requires_metric=spec.requires_metric,
                    )
                )
            found.append((m_start, m_end, claims))
        return found

    return Rule(spec.name, spec.priority, spec.examples, find)


_REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.name in _REGISTRY:
        raise ValueError(f"a rule named {rule.name!r} is already registered")
    _REGISTRY[rule.name] = rule
    _ordered_rules.cache_clear()
    return rule


def register_rules(source: Union[str, Path, Iterable[dict]]) -> list[str]:
    """Register pattern rules from a YAML file or a list of dicts; returns their names."""
    if isinstance(source, (str, Path)):
        items = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    else:
        items = list(source)
    specs = [RuleSpec.model_validate(item) for item in items]
    return [register(_pattern_rule(spec)).name for spec in specs]


def function_rule(name: str, priority: int = 0, examples: Optional[list[dict]] = None):
    """Register a rule written as a function `(paper_context, start, end) -> [(start, end, [Claim])]`."""

    def wrap(fn: Callable) -> Callable:
        register(Rule(name, priority, [Example.model_validate(e) for e in examples or []], fn))
        return fn

    return wrap


@lru_cache(maxsize=1)
def _ordered_rules() -> tuple[Rule, ...]:
    return tuple(sorted(_REGISTRY.values(), key=lambda r: -r.priority))


def rules() -> tuple[Rule, ...]:
    """Every registered rule, highest priority first (loads the built-in rules on first use)."""
    _load_builtin()
    return _ordered_rules()


_BUILTIN_LOADED = False


def _load_builtin() -> None:
    global _BUILTIN_LOADED
    if not _BUILTIN_LOADED:
        _BUILTIN_LOADED = True
        register_rules(Path(__file__).with_name("data") / "rules.yaml")
        from . import function_rules  # noqa: F401  (registers by decorator)


def run_rules(paper, start: int, end: int) -> list[Claim]:
    """Claims of one sentence: every rule's matches, overlaps settled, each quantity claimed once."""
    candidates: list[tuple[int, int, int, list[Claim]]] = []
    for rule in rules():
        for m_start, m_end, claims in rule.find(paper, start, end):
            candidates.append((rule.priority, m_start, m_end, claims))
    candidates.sort(key=lambda c: (-c[0], -(c[2] - c[1]), c[1]))
    claimed: set[int] = set()
    accepted: list[Claim] = []
    for _, _, _, claims in candidates:
        positions = {c.quantity for c in claims}
        if positions & claimed:
            continue
        claimed |= positions
        accepted.extend(claims)
    accepted.sort(key=lambda c: c.quantity)
    return accepted

