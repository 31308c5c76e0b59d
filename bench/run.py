"""metricsdb benchmarks: extraction against a regex floor, ingest, leaderboard latency, peak memory.

    python bench/run.py                                   # 20,000-paper corpus in a temp folder
    python bench/run.py --corpus DIR --json bench/results.json --postgres postgresql+psycopg://u@host/db

Every measurement runs in a fresh process; its peak memory is that process's maximum resident set
size (for `ingest --jobs N`: the largest of the writer and its workers), read with wait4(2). Linux
carries the parent's peak over into a child's figure at exec, so this script (the parent) imports
nothing heavy: its own peak (`machine.orchestrator_peak_rss_mb`, ~20 MB) is a floor under every figure.

- extract (CLI): `metricsdb extract CORPUS` writing jsonl to /dev/null; wall time includes start-up.
- extract (API): `metricsdb.extract(file)` for each file, timed from the first file to the last.
- floor: the same files read and decoded, every number found with one compiled regex.
- ingest: `metricsdb ingest CORPUS --jobs 1` and `--jobs N` into a new SQLite file (and PostgreSQL);
  store only: `Store.add` of reports extracted beforehand, into a new database, then again (replace).
- leaderboard: `Store.leaderboard` (DataFrame) and `Store.leaderboard_rows` (plain rows) on a SQLite
  store of 1,000,000 generated records (see build_leaderboard_db), over benchmarks drawn two ways.
- memory: peak RSS of extract and ingest on the corpus and on a corpus a fifth its size.

Rates per second are wall-clock; "CPU" columns use the process's user+system time, which is what
one core delivers when other work shares the machine (the load average is recorded).
"""
from __future__ import annotations

import argparse
import bisect
import json
import os
import pickle
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Optional

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python bench/run.py` from a checkout
    sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

TARGETS = {
    "extract_papers_per_s": 5_000,
    "extract_over_floor": 10.0,
    "store_records_per_s": 20_000,
    "leaderboard_median_ms": 20.0,
    "memory_growth": 1.25,  # peak RSS on the full corpus / on the small one
}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # the floor's one regex: every run of digits, with decimals
SUMMARY_LINE = re.compile(r"(?P<reports>\d+) reports \((?P<replaced>\d+) replaced\), (?P<papers>\d+) papers, "
                          r"(?P<records>\d+) records, (?P<errors>\d+) errors")
METRICSDB = [sys.executable, "-c", "import sys; from metricsdb.cli import main; sys.argv[0] = 'metricsdb'; main()"]


# ---------------------------------------------------------------- processes and their peak memory

@dataclass
class Run:
    """A finished subprocess: exit status, wall and CPU seconds, peak RSS (MB), its output."""

    returncode: int
    wall: float
    cpu: float
    peak_rss_mb: float
    stdout: str
    stderr: str


def measure(command: Sequence[str], *, stdout_to: Optional[str] = None, env: Optional[dict[str, str]] = None) -> Run:
    """Run `command` to its end; its rusage comes from wait4, so the figures are its own (and its children's)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        target = open(stdout_to, "wb") if stdout_to else out  # noqa: SIM115  # closed below
        try:
            start = time.perf_counter()
            process = subprocess.Popen(list(command), stdout=target, stderr=err, cwd=REPO, env=env)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if stdout_to:
                target.close()
        out.seek(0)
        err.seek(0)
        return Run(process.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM): unlike getrusage, not inherited from the parent at exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_step(name: str, *args: Any) -> dict[str, Any]:
    """Run one of this file's steps in a fresh Python process; its JSON answer plus wall, CPU and peak RSS."""
    done = measure([sys.executable, str(Path(__file__).resolve()), "_step", name, json.dumps(args)])
    if done.returncode != 0:
        raise SystemExit(f"bench step {name} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    answer.update(process_seconds=done.wall, process_cpu_seconds=done.cpu, peak_rss_mb=done.peak_rss_mb)
    return answer


def metricsdb_command(*args: str, stdout_to: Optional[str] = None) -> Run:
    done = measure([*METRICSDB, *args], stdout_to=stdout_to)
    if done.returncode != 0:
        raise SystemExit(f"metricsdb {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return done


# ---------------------------------------------------------------- steps (each in its own process)

def _files(corpus: str) -> list[Path]:
    """The report files under `corpus`, as metricsdb finds them (sorted *.txt / *.md, hidden skipped)."""
    folder = Path(corpus)
    return sorted(path for path in folder.rglob("*") if path.is_file() and path.suffix.lower() in (".txt", ".md")
                  and not any(part.startswith(".") for part in path.relative_to(folder).parts))


def step_make_corpus(papers: int, out: str) -> dict[str, Any]:
    from make_corpus import make_corpus  # type: ignore[import-not-found]  # bench/ is on sys.path

    return make_corpus(papers, Path(out))


def step_postgres_schema(url: str, name: str, action: str) -> dict[str, Any]:
    """Create (or drop) a throwaway schema, so the benchmark never touches the database's other tables."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        if action == "create":
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
    engine.dispose()
    in_schema = make_url(url).update_query_dict({"options": f"-csearch_path={name}"})
    return {"url": in_schema.render_as_string(hide_password=False)}


def step_extract_api(corpus: str) -> dict[str, Any]:
    """metricsdb.extract on each file in turn: the Python API, no CLI, no database."""
    import metricsdb
    from metricsdb.paths import sample_reports
    from metricsdb.report import read_report

    files = _files(corpus)
    papers = records = size = 0
    metricsdb.extract(sample_reports()[0])  # warm-up, not timed: vocabulary and rules load on first use
    start, cpu = time.perf_counter(), time.process_time()
    for file in files:
        records += len(metricsdb.extract(file))
        size += file.stat().st_size
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    for file in files:  # counted afterwards, not timed: the API does not return the papers
        papers += len(read_report(file).papers)
    return {"files": len(files), "papers": papers, "records": records, "bytes": size,
            "seconds": seconds, "cpu_seconds": cpu_seconds}


def step_floor(corpus: str) -> dict[str, Any]:
    """The floor: read and decode every file, find every number with one compiled regex."""
    files = _files(corpus)
    numbers = size = 0
    start, cpu = time.perf_counter(), time.process_time()
    for file in files:
        data = file.read_bytes()
        size += len(data)
        numbers += len(NUMBER.findall(data.decode("utf-8-sig")))
    return {"files": len(files), "bytes": size, "numbers": numbers,
            "seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu}


def step_store(corpus: str, url: str, jobs: int) -> dict[str, Any]:
    """Store.add alone: the corpus is extracted first (in `jobs` processes, spooled to a temp file), then
    each report is added in its own transaction into the new database, then added again (replacing)."""
    from metricsdb.errors import MetricsdbError
    from metricsdb.store import Store

    try:
        from extractors import default_extractor
        from metricsdb.ingest import extract_files

        def _extract_files(files: Sequence[Path], jobs: int) -> Any:
            return extract_files(files, jobs, default_extractor())
    except ImportError:  # a metricsdb from before the Extractor (a before/after comparison)
        try:
            from metricsdb.store import _extract_files
        except ImportError:  # a metricsdb from before `ingest --jobs`: one process
            def _extract_files(files: Sequence[Path], jobs: int) -> Any:
                import hashlib

                from extractors.pipeline import extract_report
                from metricsdb.report import parse_report, read_report_text

                for file in files:
                    try:
                        text = read_report_text(file)
                        report = parse_report(text, str(file))
                        yield file, (report, extract_report(report), hashlib.sha256(text.encode()).hexdigest())
                    except MetricsdbError as exc:
                        yield file, exc

    files = _files(corpus)
    answer: dict[str, Any] = {}
    with tempfile.TemporaryFile() as spool:
        start = time.perf_counter()
        for _file, extracted in _extract_files(files, jobs):
            if not isinstance(extracted, MetricsdbError):
                pickle.dump(extracted, spool, protocol=pickle.HIGHEST_PROTOCOL)
        answer["extract_seconds"] = time.perf_counter() - start
        with Store(url) as store:
            for phase in ("fresh", "replace"):
                spool.seek(0)
                reports = papers = records = 0
                wall = cpu = 0.0
                while True:
                    try:
                        report, found, content_hash = pickle.load(spool)
                    except EOFError:
                        break
                    start, cpu_start = time.perf_counter(), time.process_time()
                    store.add(report, found, content_hash=content_hash)
                    wall += time.perf_counter() - start
                    cpu += time.process_time() - cpu_start
                    reports, papers, records = reports + 1, papers + len(report.papers), records + len(found)
                answer[phase] = {"reports": reports, "papers": papers, "records": records,
                                 "seconds": wall, "cpu_seconds": cpu}
            answer["stats"] = store.stats()
    return answer


def step_profile(corpus: str, papers: int, out: str) -> dict[str, Any]:
    """Where extraction time goes, on the corpus's first `papers` papers (parsed beforehand): a pyinstrument
    call tree (sampling, wall time) and cProfile's functions by own CPU time (exact calls; its overhead
    inflates small functions)."""
    import cProfile
    import io
    import pstats

    from pyinstrument import Profiler

    from extractors import default_extractor
    from metricsdb.report import read_report

    extract_report = default_extractor().extract_report
    reports = []
    for file in _files(corpus):
        reports.append(read_report(file))
        if sum(len(report.papers) for report in reports) >= papers:
            break
    extract_report(reports[0])  # warm: vocabulary and rule tables load on first use
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for report in reports:
        extract_report(report)
    profiler.stop()
    tree = profiler.output_text(color=False, unicode=False, show_all=False, short_mode=False)
    exact = cProfile.Profile(time.process_time)
    exact.enable()
    for report in reports:
        extract_report(report)
    exact.disable()
    listing = io.StringIO()
    pstats.Stats(exact, stream=listing).strip_dirs().sort_stats("tottime").print_stats(25)
    counted = sum(len(report.papers) for report in reports)
    Path(out).write_text(f"# extraction of {counted} papers ({len(reports)} reports), parsed beforehand\n\n"
                         f"## pyinstrument call tree\n{tree}\n## cProfile: functions by own CPU time\n"
                         f"{listing.getvalue().strip()}\n", encoding="utf-8")
    return {"papers": counted, "reports": len(reports), "seconds": profiler.last_session.duration}


# ---------------------------------------------------------------- the leaderboard store

ZIPF_S = 1.1
BENCHMARK_NAMES = 10_000


def build_leaderboard_db(path: Path, records: int, seed: int) -> dict[str, Any]:
    """A SQLite store of `records` generated records, through the same schema and indexes as any store.

    Records are the sample reports' extracted records, copied: each copy of a sample paper is a new
    paper (id, date) in a new ~27-paper report, and its records keep their kind, metric, model,
    unit, evidence and rule, with the value jittered by up to 10%. Benchmarks are redrawn per copied
    paper from a Zipf law (s = 1.1 over 10,000 names: the samples' 76 benchmarks, by frequency, then
    synthetic ones), which reproduces the samples' 76 distinct benchmarks in 128 records; at a million
    records the biggest benchmark holds ~15% of them. Rows are bulk-inserted with executemany;
    papers get no results text (the leaderboard never reads it).
    """
    from collections import Counter, defaultdict

    from extractors import default_extractor
    from extractors.lexicon import name_key
    from metricsdb.model import RECORD_FIELDS
    from metricsdb.record_id import record_ids
    from metricsdb.paths import sample_reports, sqlite_url
    from metricsdb.report import read_report
    from metricsdb.store import Store

    rng = random.Random(seed)
    template_papers: list[tuple[str, str, list[dict[str, Any]]]] = []
    counts: Counter[str] = Counter()
    for file in sample_reports():
        report = read_report(file)
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for record in default_extractor().extract_report(report):
            found[record.paper_id].append(record.model_dump())
            counts[record.benchmark] += 1
        template_papers += [(paper.title, paper.paper_id, found[paper.paper_id]) for paper in report.papers]
    names = [name for name, _ in counts.most_common()]
    names += [f"SynthBench-{rank:05d}" for rank in range(len(names) + 1, BENCHMARK_NAMES + 1)]
    cumulative, total = [], 0.0
    for rank in range(1, len(names) + 1):
        total += rank ** -ZIPF_S
        cumulative.append(total)

    def draw() -> str:
        return names[bisect.bisect_left(cumulative, rng.random() * total)]

    with Store(sqlite_url(path)):
        pass  # the schema and indexes, exactly as metricsdb makes them
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    record_columns = ("report_id", "paper_row_id", "position", "benchmark_key", "model_key", *RECORD_FIELDS)
    insert_record = (f"INSERT INTO records ({', '.join(record_columns)}) "
                     f"VALUES ({', '.join('?' * len(record_columns))})")
    start = time.perf_counter()
    made = report_id = paper_row = 0
    keys: dict[str, str] = {}
    while made < records:
        connection.execute("BEGIN")
        report_rows, paper_rows, record_rows = [], [], []
        for _ in range(1000):  # reports per transaction
            report_id += 1
            day = f"{2000 + report_id // 366:04d}-{report_id % 12 + 1:02d}-{report_id % 28 + 1:02d}"
            report_rows.append((report_id, f"https://huggingface.co/papers/date/{report_id}", day, f"{day}.txt",
                                None, f"https://huggingface.co/papers/date/{report_id}", None, "2026-01-01 00:00:00"))
            position = 0
            for _ in range(27):
                title, _, found = template_papers[paper_row % len(template_papers)]
                paper_row += 1
                paper_id = f"{paper_row // 100_000:04d}.{paper_row % 100_000:05d}"
                url = f"https://huggingface.co/papers/{paper_id}"
                paper_rows.append((paper_row, report_id, paper_id, title, url, ""))
                benchmarks: dict[str, str] = {}
                copied = []
                for record in found[:records - made]:
                    benchmark = benchmarks.setdefault(record["benchmark"], draw())
                    jitter = 1 + (rng.random() - 0.5) / 5
                    copied.append({**record, "paper_id": paper_id, "paper_title": title, "paper_url": url,
                                   "report_date": day, "benchmark": benchmark,
                                   "value": round(record["value"] * jitter, 3),
                                   "value_high": None if record["value_high"] is None
                                   else round(record["value_high"] * jitter, 3)})
                for values, record_id in zip(copied, record_ids([SimpleNamespace(**values) for values in copied])):
                    values["record_id"] = record_id
                    for name in (values["benchmark"], values["model"]):
                        if name not in keys:
                            keys[name] = name_key(name)
                    record_rows.append((report_id, paper_row, position, keys[values["benchmark"]],
                                        keys[values["model"]], *(values[name] for name in RECORD_FIELDS)))
                    position += 1
                    made += 1
            if made >= records:
                break
        connection.executemany("INSERT INTO reports (id, report_key, date, name, path, source_url, content_hash, "
                               "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", report_rows)
        connection.executemany("INSERT INTO papers (id, report_id, paper_id, title, url, results_text) "
                               "VALUES (?, ?, ?, ?, ?, ?)", paper_rows)
        connection.executemany(insert_record, record_rows)
        connection.execute("COMMIT")
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'direction_votes_rules'").fetchone():
        connection.execute("DELETE FROM direction_votes_rules")  # rows went in around Store: it counts the
    connection.execute("ANALYZE")  # what a long-lived store would have; the queries below do not rely on it
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with Store(sqlite_url(path)):
        pass  # ... board directions' votes from the records (metricsdb.board_votes), as for an upgraded store
    return {"records": made, "papers": paper_row, "reports": report_id, "build_seconds": time.perf_counter() - start}


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def step_leaderboard(db: str, records: int, queries: int, seed: int) -> dict[str, Any]:
    """Build (or reuse) the store, then time leaderboard queries over benchmarks drawn two ways."""
    from sqlalchemy import event

    from metricsdb.paths import sqlite_url
    from metricsdb.store import Store

    path = Path(db)
    answer: dict[str, Any] = {}
    if path.exists():
        with Store(sqlite_url(path)) as store:
            reuse = store.stats()["records"] == records
        if not reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        answer["build"] = build_leaderboard_db(path, records, seed)
    answer["db_mb"] = path.stat().st_size / 1e6
    connection = sqlite3.connect(path)
    benchmarks = connection.execute(  # the boards leaderboard(name) shows: overall scores (a subset has its own)
        "SELECT min(benchmark), count(*) FROM records WHERE kind = 'score' AND subset IS NULL "
        "GROUP BY benchmark_key").fetchall()
    connection.close()
    rng = random.Random(seed)
    drawn = {
        "uniform": rng.sample(benchmarks, min(queries, len(benchmarks))),  # every benchmark alike
        "by_records": rng.choices(benchmarks, weights=[count for _, count in benchmarks], k=queries),
    }
    biggest = max(benchmarks, key=lambda item: item[1])
    answer.update(records=records, benchmarks_with_scores=len(benchmarks), biggest_benchmark=list(biggest))
    with Store(sqlite_url(path)) as store:
        has_rows = hasattr(store, "leaderboard_rows")
        paths = {"dataframe": store.leaderboard}
        if has_rows:
            paths["rows"] = store.leaderboard_rows  # type: ignore[attr-defined]
        for name, _ in drawn["by_records"][:20]:  # warm the page cache and the statement caches
            for query in paths.values():
                query(name)
        for sampling, chosen in drawn.items():
            timings: dict[str, list[float]] = {label: [] for label in paths}
            sizes: list[int] = []
            for name, _ in chosen:
                for label, query in paths.items():
                    start = time.perf_counter()
                    board = query(name)
                    timings[label].append((time.perf_counter() - start) * 1000)
                sizes.append(len(board))
            answer[sampling] = {
                "queries": len(chosen), "rows_median": statistics.median(sizes), "rows_max": max(sizes),
                **{label: {"median_ms": statistics.median(times), "p95_ms": _percentile(times, 0.95),
                           "max_ms": max(times)} for label, times in timings.items()},
            }
        answer["biggest"] = {}
        for label, query in paths.items():
            times = []
            for _ in range(5):
                start = time.perf_counter()
                board = query(biggest[0])
                times.append((time.perf_counter() - start) * 1000)
            answer["biggest"][label] = {"median_ms": statistics.median(times), "rows": len(board)}
        statements: list[tuple[str, Any]] = []

        def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
            statements.append((statement, parameters))

        event.listen(store._engine, "before_cursor_execute", remember)
        store.leaderboard(drawn["by_records"][0][0])
        event.remove(store._engine, "before_cursor_execute", remember)
    connection = sqlite3.connect(path)
    plans = []
    for statement, parameters in statements:
        plan = [row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
        plans.append({"sql": " ".join(statement.split())[:160], "plan": plan})
    connection.close()
    answer["plans"] = plans
    answer["full_scans"] = [step for entry in plans for step in entry["plan"]  # of a table, or of a whole index
                            if re.match(r"SCAN (records|papers|reports)\b", step)]
    return answer


STEPS = {"extract-api": step_extract_api, "floor": step_floor, "store": step_store, "profile": step_profile,
         "leaderboard": step_leaderboard, "make-corpus": step_make_corpus, "postgres-schema": step_postgres_schema}


# ---------------------------------------------------------------- the run

def _rate(count: float, seconds: float) -> Optional[float]:
    return count / seconds if seconds > 0 else None


def _ingest(corpus: Path, url: str, jobs: int) -> dict[str, Any]:
    done = metricsdb_command("ingest", str(corpus), "--db", url, "--jobs", str(jobs))
    found = SUMMARY_LINE.search(done.stdout)
    if not found:
        raise SystemExit(f"unexpected ingest output: {done.stdout!r}")
    counts = {key: int(value) for key, value in found.groupdict().items()}
    return {**counts, "jobs": jobs, "seconds": done.wall, "cpu_seconds": done.cpu, "peak_rss_mb": done.peak_rss_mb,
            "papers_per_s": _rate(counts["papers"], done.wall), "records_per_s": _rate(counts["records"], done.wall)}


class PostgresSchema:
    """A throwaway schema in the given PostgreSQL database, so the benchmark never touches other tables."""

    def __init__(self, url: str, name: str) -> None:
        self.base, self.name = url, name
        self.url = run_step("postgres-schema", url, name, "create")["url"]

    def drop(self) -> None:
        run_step("postgres-schema", self.base, self.name, "drop")


def subset_corpus(corpus: Path, out: Path, fraction: float) -> Path:
    """A corpus of the first `fraction` of the corpus's files (symlinks), for the memory comparison."""
    files = _files(str(corpus))
    out.mkdir(parents=True, exist_ok=True)
    for file in files[:max(1, int(len(files) * fraction))]:
        (out / file.name).symlink_to(file.resolve())
    return out


def python_speed_us() -> float:
    """Microseconds for `sum(range(1000))`, best of 7: how fast this machine runs Python (a 2020s desktop: ~8-10)."""
    import timeit

    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=7)) / 2000 * 1e6


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from importlib.metadata import version

    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "load_average_before": os.getloadavg(), "python_speed_us": python_speed_us(),
                    "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version, "sqlalchemy": version("sqlalchemy"),
                    "platform": platform.platform()},
        "settings": {key: value for key, value in vars(args).items() if key != "postgres"},
    }
    step = (lambda name: print(f"bench: {name} ...", file=sys.stderr, flush=True)) if not args.quiet else (lambda name: None)

    if args.corpus:
        corpus = args.corpus
        made = None
    else:
        step(f"writing a corpus of {args.papers} papers")
        corpus = work / "corpus"
        made = run_step("make-corpus", args.papers, str(corpus))
    step("extraction through the Python API")
    api = run_step("extract-api", str(corpus))
    papers, size = api["papers"], api["bytes"]
    results["corpus"] = {"dir": str(corpus), "files": api["files"], "papers": papers, "bytes": size,
                         "records": api["records"], "generated": made is not None}
    api.update(papers_per_s=_rate(papers, api["seconds"]), mb_per_s=_rate(size / 1e6, api["seconds"]),
               papers_per_cpu_s=_rate(papers, api["cpu_seconds"]))
    results["extract_api"] = api

    step("extraction through `metricsdb extract` (jsonl to /dev/null)")
    cli = metricsdb_command("extract", str(corpus), "--format", "jsonl", stdout_to=os.devnull)
    results["extract_cli"] = {"seconds": cli.wall, "cpu_seconds": cli.cpu, "peak_rss_mb": cli.peak_rss_mb,
                              "papers_per_s": _rate(papers, cli.wall), "mb_per_s": _rate(size / 1e6, cli.wall),
                              "papers_per_cpu_s": _rate(papers, cli.cpu)}

    step("the floor: read the files, find every number with one regex")
    floor = run_step("floor", str(corpus))
    floor.update(papers_per_s=_rate(papers, floor["seconds"]), mb_per_s=_rate(size / 1e6, floor["seconds"]),
                 papers_per_cpu_s=_rate(papers, floor["cpu_seconds"]))
    results["floor"] = floor
    results["ratio"] = {
        "api_over_floor": api["seconds"] / floor["seconds"],
        "api_over_floor_cpu": api["cpu_seconds"] / floor["cpu_seconds"],
        "cli_over_floor_process": cli.wall / floor["process_seconds"],
    }

    ingest: dict[str, Any] = {}
    step("`metricsdb ingest --jobs 1` into SQLite")
    ingest["sqlite_jobs_1"] = _ingest(corpus, f"sqlite:///{work / 'ingest-1.db'}", 1)
    if args.jobs > 1:
        step(f"`metricsdb ingest --jobs {args.jobs}` into SQLite")
        ingest[f"sqlite_jobs_{args.jobs}"] = _ingest(corpus, f"sqlite:///{work / f'ingest-{args.jobs}.db'}", args.jobs)
        ingest["speedup"] = ingest["sqlite_jobs_1"]["seconds"] / ingest[f"sqlite_jobs_{args.jobs}"]["seconds"]
    step("Store.add alone into SQLite")
    ingest["sqlite_store"] = _store_rates(run_step("store", str(corpus), f"sqlite:///{work / 'store.db'}", args.jobs))
    if args.postgres:
        schema = PostgresSchema(args.postgres, f"metricsdb_bench_{os.getpid()}")
        try:
            step(f"`metricsdb ingest --jobs {args.jobs}` into PostgreSQL")
            ingest[f"postgres_jobs_{args.jobs}"] = _ingest(corpus, schema.url, args.jobs)
        finally:
            schema.drop()
        schema = PostgresSchema(args.postgres, f"metricsdb_bench_{os.getpid()}")
        try:
            step("Store.add alone into PostgreSQL")
            ingest["postgres_store"] = _store_rates(run_step("store", str(corpus), schema.url, args.jobs))
        finally:
            schema.drop()
    results["ingest"] = ingest

    step(f"leaderboard on {args.leaderboard_records:,} records")
    db = args.leaderboard_db or work / "leaderboard.db"
    results["leaderboard"] = run_step("leaderboard", str(db), args.leaderboard_records, args.queries, args.seed)

    memory: dict[str, Any] = {"papers": papers}
    if args.small_fraction > 0:
        step("memory: extract and ingest on a corpus a fifth the size")
        small = subset_corpus(Path(corpus), work / "small", args.small_fraction)
        small_api = run_step("extract-api", str(small))
        small_cli = metricsdb_command("extract", str(small), "--format", "jsonl", stdout_to=os.devnull)
        small_ingest = _ingest(small, f"sqlite:///{work / 'small-ingest.db'}", 1)
        memory["small_papers"] = small_api["papers"]
        memory["peak_rss_mb"] = {
            "extract_cli": [small_cli.peak_rss_mb, results["extract_cli"]["peak_rss_mb"]],
            "extract_api": [small_api["peak_rss_mb"], api["peak_rss_mb"]],
            "ingest_jobs_1": [small_ingest["peak_rss_mb"], ingest["sqlite_jobs_1"]["peak_rss_mb"]],
        }
        if args.jobs > 1:
            small_parallel = _ingest(small, f"sqlite:///{work / 'small-ingest-n.db'}", args.jobs)
            memory["peak_rss_mb"][f"ingest_jobs_{args.jobs}"] = [
                small_parallel["peak_rss_mb"], ingest[f"sqlite_jobs_{args.jobs}"]["peak_rss_mb"]]
        memory["growth"] = {name: full / small for name, (small, full) in memory["peak_rss_mb"].items()}
    results["memory"] = memory

    if args.profile:
        step("profile of extraction")
        run_step("profile", str(corpus), args.profile_papers, str(args.profile))
        results["profile"] = str(args.profile)
    results["machine"]["load_average_after"] = os.getloadavg()
    results["machine"]["orchestrator_peak_rss_mb"] = peak_rss_mb()
    results["targets"] = targets(results)
    return results


def _store_rates(answer: dict[str, Any]) -> dict[str, Any]:
    for phase in ("fresh", "replace"):
        part = answer[phase]
        part.update(papers_per_s=_rate(part["papers"], part["seconds"]),
                    records_per_s=_rate(part["records"], part["seconds"]),
                    records_per_cpu_s=_rate(part["records"], part["cpu_seconds"]),
                    reports_per_s=_rate(part["reports"], part["seconds"]))
    return answer


def targets(results: dict[str, Any]) -> dict[str, Any]:
    """Each target of issue #7 with the figure it is judged on, and whether it holds."""
    api, ratio, store = results["extract_api"], results["ratio"], results["ingest"]["sqlite_store"]["fresh"]
    board = results["leaderboard"]
    checks: dict[str, Any] = {
        "extraction >= 5,000 papers/s per core (API, CPU time)": (api["papers_per_cpu_s"], ">=", TARGETS["extract_papers_per_s"]),
        "extraction >= 5,000 papers/s per core (API, wall)": (api["papers_per_s"], ">=", TARGETS["extract_papers_per_s"]),
        "extraction <= 10x the floor's time (API / floor, wall)": (ratio["api_over_floor"], "<=", TARGETS["extract_over_floor"]),
        "extraction <= 10x the floor's time (API / floor, CPU)": (ratio["api_over_floor_cpu"], "<=", TARGETS["extract_over_floor"]),
        "store >= 20,000 records/s into SQLite (Store.add, wall)": (store["records_per_s"], ">=", TARGETS["store_records_per_s"]),
        "store >= 20,000 records/s into SQLite (Store.add, per CPU-s)": (store["records_per_cpu_s"], ">=",
                                                                         TARGETS["store_records_per_s"]),
    }
    for sampling in ("uniform", "by_records"):
        for label in ("rows", "dataframe"):
            if label in board[sampling]:
                checks[f"leaderboard median <= 20 ms ({label}, benchmarks drawn {sampling.replace('_', ' ')})"] = (
                    board[sampling][label]["median_ms"], "<=", TARGETS["leaderboard_median_ms"])
    for name, growth in results["memory"].get("growth", {}).items():
        checks[f"memory flat: {name} peak RSS full / small corpus"] = (growth, "<=", TARGETS["memory_growth"])
    return {name: {"measured": value, "target": f"{op} {limit}",
                   "holds": bool(value is not None and (value >= limit if op == ">=" else value <= limit))}
            for name, (value, op, limit) in checks.items()}


# ---------------------------------------------------------------- printing

def _fmt(value: Any, digits: int = 0) -> str:
    if value is None:
        return ""
    return f"{value:,.{digits}f}"


def report_tables(results: dict[str, Any]) -> str:
    corpus, ingest = results["corpus"], results["ingest"]
    lines = [f"corpus: {corpus['papers']:,} papers in {corpus['files']:,} files, {corpus['bytes'] / 1e6:.1f} MB, "
             f"{corpus['records']:,} records; {results['machine']['cpus']} CPUs, load average "
             f"{' '.join(f'{x:.1f}' for x in results['machine']['load_average_before'])} before, "
             f"{' '.join(f'{x:.1f}' for x in results['machine']['load_average_after'])} after; "
             f"sum(range(1000)) takes {results['machine']['python_speed_us']:.1f} us", ""]
    rows = []
    for label, entry in (("extract: metricsdb extract (CLI, 1 process)", results["extract_cli"]),
                         ("extract: metricsdb.extract (API, 1 process)", results["extract_api"]),
                         ("floor: read + one regex (1 process)", results["floor"])):
        rows.append([label, _fmt(entry["papers_per_s"]), _fmt(entry["papers_per_cpu_s"]), _fmt(entry["mb_per_s"], 2),
                     "", _fmt(entry["seconds"], 2), _fmt(entry.get("peak_rss_mb"), 0)])
    for key, entry in ingest.items():
        if key.endswith("_store"):
            database = "SQLite" if key.startswith("sqlite") else "PostgreSQL"
            for phase in ("fresh", "replace"):
                part = entry[phase]
                rows.append([f"store: Store.add into {database} ({phase})", _fmt(part["papers_per_s"]),
                             "", "", f"{_fmt(part['records_per_s'])} ({_fmt(part['records_per_cpu_s'])} per CPU-s)",
                             _fmt(part["seconds"], 2), _fmt(entry["peak_rss_mb"])])
        elif isinstance(entry, dict):
            database = "SQLite" if key.startswith("sqlite") else "PostgreSQL"
            rows.append([f"ingest: metricsdb ingest --jobs {entry['jobs']} into {database}", _fmt(entry["papers_per_s"]),
                         "", "", _fmt(entry["records_per_s"]), _fmt(entry["seconds"], 2), _fmt(entry["peak_rss_mb"])])
    lines.append(tabulate(rows, headers=["step", "papers/s", "papers/CPU-s", "MB/s", "records/s", "seconds",
                                         "peak RSS MB"], disable_numparse=True, colalign=("left",) + ("right",) * 6))
    ratio = results["ratio"]
    lines += ["", f"extraction / floor: {ratio['api_over_floor']:.0f}x wall, {ratio['api_over_floor_cpu']:.0f}x CPU "
                  f"(API loop vs floor loop); CLI process / floor process: {ratio['cli_over_floor_process']:.0f}x"]
    if "speedup" in ingest:
        lines.append(f"ingest speed-up with --jobs {results['settings']['jobs']}: {ingest['speedup']:.2f}x")

    board = results["leaderboard"]
    build = board.get("build")
    lines += ["", f"leaderboard: {board['records']:,} records, {board['benchmarks_with_scores']:,} benchmarks with score "
                  f"records, database {board['db_mb']:.0f} MB"
              + (f", built in {build['build_seconds']:.0f} s" if build else " (reused)")
              + f"; biggest benchmark {board['biggest_benchmark'][0]} ({board['biggest_benchmark'][1]:,} score records)"]
    rows = []
    for sampling, caption in (("uniform", "uniform over benchmarks"), ("by_records", "weighted by records")):
        part = board[sampling]
        for label in ("rows", "dataframe"):
            if label in part:
                rows.append([f"{caption}", label, part["queries"], _fmt(part[label]["median_ms"], 1),
                             _fmt(part[label]["p95_ms"], 1), _fmt(part[label]["max_ms"], 1),
                             f"{part['rows_median']:.0f} / {part['rows_max']:,}"])
    for label, part in board["biggest"].items():
        rows.append(["biggest benchmark", label, 5, _fmt(part["median_ms"], 1), "", "", f"{part['rows']:,}"])
    lines.append(tabulate(rows, headers=["benchmarks", "result", "queries", "median ms", "p95 ms", "max ms",
                                         "rows median / max"], disable_numparse=True))
    lines.append(f"full table scans in the leaderboard's queries: {board['full_scans'] or 'none'}")

    memory = results["memory"]
    if "peak_rss_mb" in memory:
        lines += ["", tabulate(
            [[name, _fmt(small, 0), _fmt(full, 0), f"{memory['growth'][name]:.2f}"]
             for name, (small, full) in memory["peak_rss_mb"].items()],
            headers=["peak RSS MB", f"{memory['small_papers']:,} papers", f"{memory['papers']:,} papers", "ratio"],
            disable_numparse=True)]
    lines += ["", tabulate([[name, _fmt(check["measured"], 2), check["target"], "yes" if check["holds"] else "NO"]
                            for name, check in results["targets"].items()],
                           headers=["target", "measured", "target", "holds"], disable_numparse=True)]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # make_corpus
    if argv[:1] == ["_step"]:  # one measurement, in this fresh process
        answer = STEPS[argv[1]](*json.loads(argv[2]))
        answer["own_peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(answer))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="folder of reports (default: make one in a temp folder)")
    parser.add_argument("--papers", type=int, default=20_000, help="papers in the generated corpus (default 20,000)")
    parser.add_argument("--postgres", metavar="URL", help="also ingest into PostgreSQL (a throwaway schema in URL)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure to this JSON file")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for ingest --jobs (default: CPUs)")
    parser.add_argument("--leaderboard-records", type=int, default=1_000_000, help="records in the leaderboard store")
    parser.add_argument("--leaderboard-db", type=Path, help="keep (or reuse) the leaderboard store at this path")
    parser.add_argument("--queries", type=int, default=200, help="leaderboard queries per sampling (default 200)")
    parser.add_argument("--small-fraction", type=float, default=0.2,
                        help="the memory check's second corpus, as a fraction of the files (0: skip)")
    parser.add_argument("--profile", type=Path, metavar="OUT", help="write a pyinstrument profile of extraction here")
    parser.add_argument("--profile-papers", type=int, default=2_000, help="papers in the profile (default 2,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="metricsdb-bench-") as work:
        results = run(args, Path(work))
    print(report_tables(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
