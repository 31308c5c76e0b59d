"""Rule-based extraction: report -> papers -> clauses -> quantities -> entities -> claims -> records.

The public surface: `Extractor` (built once from a `Lexicon` and rules; `default_extractor()` is the
bundled one), `explain_paper` (the debug view), and for pattern authors `function_rule` (a rule
written as code) and `check_rule_examples` (run a rule's examples). Importing this package never
imports the store, the command line or the app.
"""
from .lexicon import Lexicon, skipping_starts

with skipping_starts():  # the modules' own patterns skip to where a match can start
    from .claims import Claim, GroupRef, NamedRef, function_rule
    from .examples import check_rule_examples
    from .explain import explain_paper
    from .extractor import Extractor, configured_extractor, default_extractor
    from .quantities import Quantity


def find_quantities(text: str) -> list[Quantity]:
    """The quantities of a text with the default Extractor's number vocabulary."""
    return default_extractor().find_quantities(text)


__all__ = ["Claim", "Extractor", "GroupRef", "Lexicon", "NamedRef", "Quantity", "check_rule_examples",
           "configured_extractor", "default_extractor", "explain_paper", "find_quantities", "function_rule"]
