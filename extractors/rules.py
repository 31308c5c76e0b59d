"""Quantities + entities -> claims: pattern rules, compiled against a lexicon, and the engine that
settles their overlaps.

A pattern rule is data: a name, a regex over a sentence of the view (see `document.View`) written
with macros such as `{Q:a}` (a quantity, captured as `a`), `{CHANGE}` (a verb of increase or
decrease, captured as `up` / `down`), `{METRIC}` (a metric name) and `{SYS:ref}` (a system name),
what each captured quantity becomes (`emit`, with typed system references checked when the rule
loads), and examples that the test-suite runs. Rules load from `data/rules.yaml` or a user's file;
an `Extractor` compiles them once. Overlapping matches are settled by priority, then length
(longest first), then position (leftmost).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from metricsdb.errors import MetricsdbError

from .claims import Claim, ClaimKind, Example, Found, GroupRef, ReferenceRef, SystemRef
from .document import QUANTITY_MARK
from .lexicon import Lexicon, alternation, first_character_gate, first_characters, gated, read_yaml, validation_problem


class Emit(BaseModel):
    """What one captured quantity becomes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    quantity: str
    kind: ClaimKind = "auto"
    model: SystemRef = "subject"
    reference: Optional[ReferenceRef] = None
    direction: Literal["verb", "increase", "decrease", "none"] = "verb"
    metric: Optional[GroupRef] = None  # the metric named in a group; otherwise from context

    @field_validator("model", mode="before")
    @classmethod
    def _a_system_reference(cls, value: object) -> object:
        return _reference(value, ("subject", "reference", "baseline"), ("group", "named"))

    @field_validator("reference", mode="before")
    @classmethod
    def _a_reference(cls, value: object) -> object:
        return value if value is None else _reference(value, ("context",), ("group",))


def _reference(value: object, words: tuple[str, ...], keys: tuple[str, ...]) -> object:
    """One plain message for a reference that is none of its forms (pydantic would list every form's error)."""
    if isinstance(value, str) and value in words or isinstance(value, dict) and any(k in value for k in keys) \
            or isinstance(value, BaseModel):
        return value
    forms = [*words, *(f"{{{key}: {'NAME' if key == 'group' else 'TEXT'}}}" for key in keys)]
    raise ValueError(f"{value!r} is not one of {', '.join(forms)}")


class RuleSpec(BaseModel):
    """A pattern rule as written in a rules file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

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


def load_rule_specs(source: Union[str, Path, Iterable[dict]]) -> list[RuleSpec]:
    """Pattern rules from a YAML file or a list of dicts; a mistake is one MetricsdbError line naming
    the file, the rule and the field."""
    label = str(source) if isinstance(source, (str, Path)) else "rules"
    items = read_yaml(Path(source)) if isinstance(source, (str, Path)) else list(source)
    if not isinstance(items, list):
        raise MetricsdbError(f"{label}: a rules file is a list of rules")
    specs = []
    for number, item in enumerate(items):
        name = item.get("name") if isinstance(item, dict) else None
        try:
            specs.append(RuleSpec.model_validate(item))
        except ValidationError as exc:
            raise MetricsdbError(f"{label}: rule {name or f'#{number + 1}'}: {validation_problem(exc)}") from None
    return specs


@dataclass(frozen=True)
class Rule:
    """A compiled rule: pattern rules and function rules share this shape."""

    name: str
    priority: int
    examples: tuple[Example, ...]
    find: Callable[..., Found]
    needed: Optional[re.Pattern[str]] = None  # a sentence without one of these characters gives no match


def macros(lexicon: Lexicon, metric_macro: str) -> dict[str, str]:
    """Macro bodies, built from `rule_words` so verbs and adverbs are vocabulary; {METRIC} is the
    entity stage's metric regex."""
    words = lexicon.rule_words
    alt = lambda items: "(?:" + alternation(items) + ")"
    return dict(
        UP=alt(words.increase_verbs),
        DOWN=alt(words.decrease_verbs),
        TO=alt(words.to_words),
        ADV=r"(?:\s*" + alt(words.adverbs) + r")*\s*",
        REACH=alt(words.reach_verbs),
        GAIN=alt(words.gain_nouns),
        LOSS=alt(words.loss_nouns),
        FASTER=alt(words.faster_words),
        METRIC=f"(?P<metric>{first_character_gate(metric_macro)}{metric_macro})",
    )


_MACRO = re.compile(r"\{(?P<name>[A-Z]+)(?::(?P<arg>[a-z0-9_]+))?\}")
_CLAUSE_CHARS = r"[^,;:。\n" + QUANTITY_MARK + r"]"


def compile_pattern(pattern: str, bodies: dict[str, str]) -> re.Pattern[str]:
    """Expand macros: {Q}, {Q:x}, {UP}, {DOWN}, {CHANGE}, {TO}, {ADV}, {REACH}, {METRIC}, {SYS:x}, {GAP:n}, {SPAN:n}."""

    def expand(m: re.Match[str]) -> str:
        name, arg = m.group("name"), m.group("arg")
        if name == "Q":
            return f"(?P<{arg}>{QUANTITY_MARK})" if arg else QUANTITY_MARK
        if name == "CHANGE":
            return f"(?:(?P<up>{bodies['UP']})|(?P<down>{bodies['DOWN']}))"
        if name == "SYS":
            return rf"(?P<{arg}>[^\s,;:。()、\n{QUANTITY_MARK}][^,;:。()\n{QUANTITY_MARK}]{{0,30}}?)"
        if name == "GAP":
            return f"{_CLAUSE_CHARS}{{0,{int(arg)}}}?"
        if name == "SPAN":  # like GAP, but may step over a parenthesis, numbers and all: "比 DP3（49.8%）高", and
            # over a name's version number, a number between a Latin word and a space: "比 CosyVoice 2 指令版高"
            return (rf"(?:[^,;:。()\n{QUANTITY_MARK}]|\([^()\n]{{0,30}}\)|(?<=[A-Za-z] ){QUANTITY_MARK}(?= [^\d{QUANTITY_MARK}]))"
                    rf"{{0,{int(arg)}}}?")
        if name in bodies:
            return bodies[name]
        raise ValueError(f"unknown macro {{{name}}}")

    return re.compile(gated(_MACRO.sub(expand, pattern)))


def required_characters(regex: re.Pattern[str]) -> Optional[re.Pattern[str]]:
    """A cheap test a text must pass for `regex` to match anywhere in it: one character of each of the
    pattern's rarest required parts (`从|由` in `{METRIC}{GAP:6}(?:从|由)...`), searched in C; None when
    no part is both required and simple. Case is ignored, so the test never refuses a text the pattern
    matches (a literal under (?i) matches more than its upper and lower case)."""
    from re import _parser

    needed = []
    for item in _parser.parse(regex.pattern, regex.flags).data:
        first, empty = first_characters([item])
        if first and not empty and QUANTITY_MARK not in first and len(first) <= 40:
            needed.append(first)
    if not needed:
        return None
    rarest = min(needed, key=len)
    return re.compile("[" + "".join(re.escape(char) for char in sorted(rarest)) + "]", re.IGNORECASE)


_LEADING_SYSTEM = re.compile(r"^\{SYS:[a-z0-9_]+\}")
_SYSTEM_REACH = 40


def _spans(match: re.Match[str], groups: tuple[tuple[str, int], ...]) -> dict[str, tuple[int, int]]:
    """The spans of the named groups that took part in the match, read from match.regs: groupdict()
    would first copy every group's text."""
    regs = match.regs
    return {name: regs[index] for name, index in groups if regs[index][0] != -1}


def _matcher(pattern: str, bodies: dict[str, str]) -> Callable[[str, int, int], Iterable[tuple[int, int, dict[str, tuple[int, int]]]]]:
    """A function yielding (start, end, group spans) for each match of a rule pattern in text[start:end].

    A pattern that begins with a system name ({SYS:x} ...) is matched from its distinctive tail, and
    the name is then read backwards from where the tail starts: the same matches, without trying the
    lazy name at every position of the text. Its `needed` (see `required_characters`) is tested by
    `run_rules` before the rule is called.
    """
    lead = _LEADING_SYSTEM.match(pattern)
    if not lead:
        regex = compile_pattern(pattern, bodies)
        needed = required_characters(regex)
        groups = tuple(regex.groupindex.items())

        def plain(text: str, start: int, end: int):
            for m in regex.finditer(text, start, end):
                yield m.start(), m.end(), _spans(m, groups)

        plain.groupindex, plain.needed = regex.groupindex, needed
        return plain
    head = compile_pattern(lead.group() + r"\s*$", bodies)
    tail = compile_pattern(pattern[lead.end():], bodies)
    needed = required_characters(tail)
    head_groups, tail_groups = tuple(head.groupindex.items()), tuple(tail.groupindex.items())

    def split(text: str, start: int, end: int):
        for m in tail.finditer(text, start, end):
            h = head.search(text, max(start, m.start() - _SYSTEM_REACH), m.start())
            if h:
                yield h.start(), m.end(), {**_spans(m, tail_groups), **_spans(h, head_groups)}

    split.groupindex, split.needed = {**head.groupindex, **tail.groupindex}, needed
    return split


def compile_rule(spec: RuleSpec, bodies: dict[str, str]) -> Rule:
    """A pattern rule ready to run; a pattern or emit that cannot work is a MetricsdbError naming the rule."""
    try:
        matcher = _matcher(spec.pattern, bodies)
    except (ValueError, re.error) as exc:
        raise MetricsdbError(f"rule {spec.name}: pattern: {exc}") from None
    for number, emit in enumerate(spec.emit):
        for field_name in ("quantity", "model", "reference", "metric"):
            value = getattr(emit, field_name)
            group = value if field_name == "quantity" else getattr(value, "group", None)
            if group is not None and group not in matcher.groupindex:
                raise MetricsdbError(f"rule {spec.name}: emit[{number}].{field_name}: {group!r} is not a group of "
                                     f"its pattern ({', '.join(sorted(matcher.groupindex))})")

    def find(paper, start: int, end: int) -> Found:
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
                        metric_span=groups.get(emit.metric.group) if emit.metric else groups.get("metric"),
                        match_span=(m_start, m_end),
                        groups=groups,
                        requires_metric=spec.requires_metric,
                    )
                )
            found.append((m_start, m_end, claims))
        return found

    return Rule(spec.name, spec.priority, tuple(spec.examples), find, matcher.needed)


@dataclass(frozen=True, slots=True)
class Lost:
    """A rule's match that did not become claims, and the match that took its numbers."""

    rule: str
    claims: list[Claim]
    winner: str  # the rule whose match won
    reason: str


class RuleGate:
    """Which of a tuple of rules can match in a sentence by their `needed` characters, read in one scan
    of the sentence for the characters any rule needs, where a search per rule scanned it once each."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        # every `needed` is a class of characters under IGNORECASE (`required_characters`); so is their union
        classes = [rule.needed.pattern[1:-1] for rule in rules if rule.needed is not None]
        self.any_needed = re.compile("[" + "".join(classes) + "]", re.IGNORECASE) if classes else None
        self._by_character: dict[str, frozenset[int]] = {}

    def open(self, text: str, start: int, end: int) -> set[int]:
        """The indexes of the rules with a `needed` character in text[start:end] (rules without one are not
        listed: they are always run)."""
        found: set[int] = set()
        if self.any_needed is None:
            return found
        for character in set(self.any_needed.findall(text, start, end)):
            rules = self._by_character.get(character)
            if rules is None:
                rules = self._by_character[character] = frozenset(
                    index for index, rule in enumerate(self.rules) if rule.needed is not None and rule.needed.match(character))
            found |= rules
        return found


def run_rules(gate: RuleGate, paper, start: int, end: int, lost: Optional[list[Lost]] = None) -> list[Claim]:
    """Claims of one sentence: every rule's matches, overlaps settled, each quantity claimed once.
    `lost`, when given, receives the matches that lost and why (for `explain`)."""
    candidates: list[tuple[int, int, int, list[Claim]]] = []
    # most rules need a character most sentences lack: tested here, before any call of the rule
    open_rules = gate.open(paper.view.text, start, end)
    for index, rule in enumerate(gate.rules):
        if rule.needed is not None and index not in open_rules:
            continue
        for m_start, m_end, claims in rule.find(paper, start, end):
            candidates.append((rule.priority, m_start, m_end, claims))
    candidates.sort(key=lambda c: (-c[0], -(c[2] - c[1]), c[1]))
    claimed: dict[int, tuple[int, int, int, list[Claim]]] = {}
    accepted: list[Claim] = []
    for candidate in candidates:
        claims = candidate[3]
        positions = {c.quantity for c in claims}
        taken = positions & claimed.keys()
        if taken:
            if lost is not None:
                lost.append(_lost(candidate, claimed[min(taken)]))
            continue
        claimed.update(dict.fromkeys(positions, candidate))
        accepted.extend(claims)
    accepted.sort(key=lambda c: c.quantity)
    return accepted


def _lost(loser: tuple[int, int, int, list[Claim]], winner: tuple[int, int, int, list[Claim]]) -> Lost:
    """Why a match lost to the one that had already claimed one of its numbers."""
    (lp, ls, le, lclaims), (wp, ws, we, wclaims) = loser, winner
    if wp > lp:
        why = f"priority {wp} over {lp}"
    elif we - ws > le - ls:
        why = f"same priority, its match is longer ({we - ws} over {le - ls} characters)"
    else:
        why = "same priority and length, its match starts earlier"
    return Lost(lclaims[0].rule, lclaims, wclaims[0].rule, why)
