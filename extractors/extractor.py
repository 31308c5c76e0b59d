"""The Extractor: one lexicon and one set of rules, compiled once, that turn papers into records.

    extractor = Extractor.default().with_rules("my_rules.yaml")   # or a .py file, or a module
    records = extractor.extract_report(report)

An Extractor never changes after it is built (`with_rules` and `without_names` return new ones),
holds every regex it uses, and pickles as what it was built from, so `ingest --jobs` workers rebuild
the same one. `default_extractor()` (the bundled lexicon and rules) is the only cache.
"""
from __future__ import annotations

import os
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable, Optional, Union

from metricsdb.errors import MetricsdbError
from metricsdb.model import Paper, Record, Report

from .claims import Claim, FunctionRule, load_rules_module
from .clauses import build_view, outline
from .document import QUANTITY_MARK, PaperContext
from .entities import Vocabulary, find_mentions, find_names, is_benchmark_paper, method_name
from .frozen import quick_init
from .function_rules import BUILTIN
from .lexicon import DATA, Lexicon, skipping_starts
from .notation import Folder
from .quantities import Grammar, Quantity, find_quantities
from .records import ResolverWords, benchmark_metrics, section_benchmark, to_record
from .rules import Lost, Rule, RuleGate, RuleSpec, compile_rule, load_rule_specs, macros, run_rules
from .tables import cells_as_clauses

RULES_ENV = "METRICSDB_RULES"
"""Environment variable: rule files (YAML or Python) to add to the default rules, os.pathsep-separated."""

RuleSource = Union[RuleSpec, FunctionRule]
RulesArg = Union[str, os.PathLike, ModuleType, Iterable[Union[dict, RuleSpec, FunctionRule]]]


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    """What happened to one claim: the record it became, or why the guard refused it."""

    claim: Claim
    record: Optional[Record]
    refusal: Optional[str] = None


class Extractor:
    """Papers -> records with one lexicon and one ordered set of rules; immutable and picklable."""

    def __init__(self, lexicon: Lexicon, rules: Iterable[RuleSource]) -> None:
        with skipping_starts():  # every pattern built here skips to where a match can start
            self._build(lexicon, rules)

    def _build(self, lexicon: Lexicon, rules: Iterable[RuleSource]) -> None:
        self.lexicon = lexicon
        self.sources: tuple[RuleSource, ...] = tuple(rules)
        names = [rule.name for rule in self.sources]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise MetricsdbError(f"rule names must be unique: {', '.join(twice)} given more than once")
        self.vocabulary = Vocabulary(lexicon)
        self.words = ResolverWords(lexicon)
        self.grammar = Grammar(lexicon)
        vocab = self.vocabulary
        self.folder = Folder(lexicon.notation, lambda name: vocab.lexical_role(name, None) is not None
                             or vocab.is_model_family(name))
        bodies = macros(lexicon, self.vocabulary.metric_macro)
        compiled = [compile_rule(source, bodies) if isinstance(source, RuleSpec)
                    else Rule(source.name, source.priority, source.examples, source.find) for source in self.sources]
        self.rules: tuple[Rule, ...] = tuple(sorted(compiled, key=lambda r: -r.priority))
        self.rule_gate = RuleGate(self.rules)

    def __reduce__(self):
        if default_extractor.cache_info().currsize and self is default_extractor():
            return default_extractor, ()  # a worker loads the bundled files itself
        return Extractor, (self.lexicon, self.sources)

    def __repr__(self) -> str:
        return f"Extractor({len(self.rules)} rules)"

    @staticmethod
    def default() -> "Extractor":
        """The bundled lexicon and rules (the same object every time)."""
        return default_extractor()

    def with_rules(self, source: RulesArg) -> "Extractor":
        """A new Extractor with more rules: a YAML file, a Python file or module (its FunctionRules and
        its `RULES`), or a list of rule dicts / RuleSpecs / FunctionRules."""
        return Extractor(self.lexicon, self.sources + tuple(load_rules(source)))

    def with_lexicon(self, lexicon: Lexicon) -> "Extractor":
        """The same rules over other word lists (`Lexicon.load(folder)`)."""
        return Extractor(lexicon, self.sources)

    def without_names(self) -> "Extractor":
        """The same rules over a lexicon without benchmark, model and metric names."""
        return self.with_lexicon(self.lexicon.without_names())

    # ------------------------------------------------------------ the pipeline

    def find_quantities(self, text: str) -> list[Quantity]:
        """The quantities of a text (numbers with units), sorted and non-overlapping."""
        return find_quantities(text, self.grammar)

    def paper_context(self, paper: Paper, report_date: str) -> PaperContext:
        """Quantities, names, the view and its sentences for one paper's results section."""
        folded = self.folder.fold(paper.results_text)
        text = folded.text
        vocab = self.vocabulary
        found = self.find_quantities(text)
        with_units = {(q.start, q.end) for q in found if q.unit}
        names = [n for n in find_names(text, vocab) if n not in with_units]  # "820ms", "450MB": a value, not a name
        name_starts = [a for a, _ in names]
        quantities = [q for q in found if not _number_in_a_name(q.start, names, name_starts)]
        view = build_view(folded, quantities)
        cleaned = self.folded_paper(paper, text)
        method = method_name(cleaned, vocab)
        sentences, headings = outline(view)
        sentences = cells_as_clauses(view.text, sentences)
        if is_benchmark_paper(cleaned, method, vocab):  # its results rank other systems on it: no method to credit
            ctx = PaperContext(paper, report_date, None, view, find_mentions(view, names, None, vocab, method, headings),
                               sentences, vocab, self.words, headings=headings)
            ctx.default_benchmark = method
            return ctx
        ctx = PaperContext(paper, report_date, method, view, find_mentions(view, names, method, vocab, None, headings),
                           sentences, vocab, self.words, headings=headings)
        ctx.default_benchmark = section_benchmark(ctx)
        return ctx

    def folded_paper(self, paper: Paper, results: str) -> Paper:
        """The paper as the name finders read it: title and contribution folded like the results
        (`results`, already folded), so a method named in the title is clean where it enters."""
        fold = self.folder.fold_names
        contribution = paper.sections.get("contribution", "")
        sections = {**paper.sections, "results": results}
        if contribution:
            sections["contribution"] = fold(contribution)
        plain = paper.title.isascii() and paper.title.isprintable()  # ESC is ASCII: `\x1b[31mFooNet` is folded too
        return replace(paper, title=paper.title if plain else fold(paper.title), sections=sections)

    def read_paper(self, paper: Paper, report_date: str,
                   lost: Optional[list[Lost]] = None) -> tuple[PaperContext, list[Reading]]:
        """Every claim the rules made in a paper and its outcome; `explain` shows this (and, given a
        list as `lost`, the matches that lost), `extract` keeps the records."""
        ctx = self.paper_context(paper, report_date)
        readings: list[Reading] = []
        text = ctx.view.text
        for sentence in ctx.sentences:
            if QUANTITY_MARK not in text[sentence.start:sentence.end]:
                continue
            for claim in run_rules(self.rule_gate, ctx, sentence.start, sentence.end, lost):
                outcome = to_record(ctx, claim, sentence)
                if isinstance(outcome, Record):
                    readings.append(Reading(claim, outcome))
                else:
                    readings.append(Reading(claim, None, outcome))
        records = benchmark_metrics(ctx, [r.record for r in readings], [r.claim.quantity for r in readings])
        return ctx, [replace(r, record=record) if record is not r.record else r for r, record in zip(readings, records)]

    def extract_paper(self, paper: Paper, report_date: str) -> list[Record]:
        """The records of one paper, each (kind, value, benchmark, subset, model, metric) once: a number read
        twice is one result, the same number on two parts of a benchmark two."""
        if not paper.results_text:
            return []
        seen: set[tuple] = set()
        records: list[Record] = []
        for reading in self.read_paper(paper, report_date)[1]:
            record = reading.record
            if record is None:
                continue
            key = (record.kind, record.value, record.value_high, record.benchmark, record.subset, record.model, record.metric)
            if key not in seen:
                seen.add(key)
                records.append(record)
        return records

    def extract_report(self, report: Report, on_paper: Optional[Callable[[], None]] = None) -> list[Record]:
        """All records of a parsed report, in paper order; `on_paper()` after each paper (progress)."""
        records: list[Record] = []
        for paper in report.papers:
            records += self.extract_paper(paper, report.date)
            if on_paper is not None:
                on_paper()
        return records


def _number_in_a_name(start: int, names: list[tuple[int, int]], name_starts: list[int]) -> bool:
    """True when a quantity's number starts inside a name: names own their digits (`GPT-5.2`,
    `AIME 2025`), while a unit that looks like a name (`120 ms`) stays with its number."""
    i = bisect_right(name_starts, start) - 1
    return i >= 0 and start < names[i][1]


def load_rules(source: RulesArg) -> list[RuleSource]:
    """The rules in a YAML file, a Python file or module, or a list of dicts / RuleSpecs / FunctionRules."""
    if isinstance(source, ModuleType):
        return _module_rules(source)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            raise MetricsdbError(f"{path}: no such rules file")
        if path.suffix == ".py":
            return _module_rules(load_rules_module(str(path)))
        return list(load_rule_specs(path))
    items = list(source)
    dicts = [item for item in items if isinstance(item, dict)]
    specs = iter(load_rule_specs(dicts))
    return [next(specs) if isinstance(item, dict) else item for item in items]


def _module_rules(module: ModuleType) -> list[RuleSource]:
    """A module's rules: every FunctionRule it defines (not one it imports), and the rules in its `RULES` list."""
    found: list[RuleSource] = [value for value in vars(module).values()
                               if isinstance(value, FunctionRule) and value.module == module.__name__]
    patterns = getattr(module, "RULES", [])
    found += load_rule_specs([item for item in patterns if isinstance(item, dict)])
    found += [item for item in patterns if isinstance(item, (RuleSpec, FunctionRule)) and item not in found]
    return found


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The bundled lexicon and rules, built once per process: the one cache of the package."""
    with skipping_starts():
        return Extractor(Lexicon.load(DATA), [*load_rule_specs(DATA / "rules.yaml"), *BUILTIN])


def configured_extractor(rule_files: Iterable[Union[str, os.PathLike]] = (), *,
                         without_names: bool = False) -> Extractor:
    """The default Extractor with the rule files of `$METRICSDB_RULES` and then `rule_files` added,
    and without vocabulary names when asked: what the command line runs."""
    extractor = default_extractor()
    for path in [*filter(None, os.environ.get(RULES_ENV, "").split(os.pathsep)), *rule_files]:
        extractor = extractor.with_rules(path)
    return extractor.without_names() if without_names else extractor
