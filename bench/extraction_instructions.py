"""One pass of the default Extractor over a folder of reports, for counting its instructions with callgrind.

Only the pass is counted: it runs inside `_operator.call`, the C function callgrind is told to collect in,
so start-up (imports, the lexicon's regexes) and the warm-up report are left out. Instruction counts do not
move with the machine's load, where CPU seconds on the shared 2-core machine move by 5-20% between runs:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=_operator_call \\
        "$(python -c 'import sys; print(sys.executable)')" bench/extraction_instructions.py FOLDER

(the real interpreter, not a pyenv shim); the `I refs` line is the pass. Run it from each checkout to compare.
"""
import _operator
import glob
import sys

from metricsdb.report import read_report

from extractors import default_extractor

extractor = default_extractor()
reports = [read_report(path) for path in sorted(glob.glob(sys.argv[1] + "/*.txt"))]
extractor.extract_report(reports[0])  # warm caches and compiled patterns


def one_pass() -> None:
    for report in reports:
        extractor.extract_report(report)


_operator.call(one_pass)
