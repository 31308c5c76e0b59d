"""Papers per CPU-second of the default Extractor over a folder of reports (best of 3 passes).

Run it from two checkouts back to back to compare commits:
`python bench/extraction_cpu.py FOLDER` (a folder from bench/make_corpus.py, or tests/data/fields/dev).
Commits before the Extractor object (2eab676) expose `extractors.pipeline.extract_report`; both are accepted.
"""
import glob
import sys
import time

from metricsdb.report import read_report

try:
    from extractors import default_extractor
    extract_report = default_extractor().extract_report
except ImportError:  # before the Extractor object
    from extractors.pipeline import extract_report

reports = [read_report(path) for path in sorted(glob.glob(sys.argv[1] + "/*.txt"))]
papers = sum(len(report.papers) for report in reports)
extract_report(reports[0])  # warm caches and compiled patterns
best = float("inf")
for _ in range(3):
    start = time.process_time()
    for report in reports:
        extract_report(report)
    best = min(best, time.process_time() - start)
print(f"{papers / best:.0f} papers per CPU-second ({papers} papers)")
