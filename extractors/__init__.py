"""Rule-based extraction: report -> papers -> clauses -> quantities -> entities -> records.

The public surface: `extract_report` / `extract_paper` (records), `find_quantities` (numbers with
units), `explain_paper` (the debug view), and for pattern authors `register_rules` (YAML or dicts),
`function_rule` (a rule written as code) and `check_rule_examples` (run their examples).
"""
from .examples import check_rule_examples
from .explain import explain_paper
from .pipeline import extract_paper, extract_report
from .quantities import Quantity, find_quantities
from .rules import function_rule, register_rules

__all__ = ["Quantity", "check_rule_examples", "explain_paper", "extract_paper", "extract_report",
           "find_quantities", "function_rule", "register_rules"]
