"""Leaderboard latency with corrections applied at read time (a benchmark, not a test: timings are
printed, never asserted).

Takes a leaderboard store built by `bench/run.py --leaderboard-db PATH` (1,000,000 records by default),
copies it, and times `Store.leaderboard_rows` over the same benchmarks run.py draws (uniformly, and
weighted by records) with no corrections, then after adding N corrections through the Store API:
rejects and value corrections of records drawn at random (most on big benchmarks, as records are),
a tenth of them moving a record to another benchmark, and one benchmark alias.

    python bench/run.py --leaderboard-db /tmp/lb.db ...       # builds /tmp/lb.db once
    python bench/curation_speed.py /tmp/lb.db --corrections 100 1000
"""
from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from metricsdb.paths import sqlite_url
from metricsdb.store import Store


def drawn(path: Path, queries: int, seed: int) -> dict[str, list[str]]:
    """Benchmarks drawn as bench/run.py's step_leaderboard draws them."""
    connection = sqlite3.connect(path)
    benchmarks = connection.execute(
        "SELECT min(benchmark), count(*) FROM records WHERE kind = 'score' GROUP BY benchmark_key").fetchall()
    connection.close()
    rng = random.Random(seed)
    return {"uniform": [name for name, _ in rng.sample(benchmarks, min(queries, len(benchmarks)))],
            "by_records": [name for name, _ in rng.choices(benchmarks, weights=[c for _, c in benchmarks], k=queries)]}


def timings(store: Store, names: dict[str, list[str]]) -> dict[str, float]:
    for name in names["by_records"][:20]:  # warm caches, as run.py does
        store.leaderboard_rows(name)
    medians = {}
    for sampling, chosen in names.items():
        times = []
        for name in chosen:
            start = time.perf_counter()
            store.leaderboard_rows(name)
            times.append((time.perf_counter() - start) * 1000)
        medians[sampling] = statistics.median(times)
    return medians


def correct(store: Store, path: Path, count: int, seed: int) -> None:
    connection = sqlite3.connect(path)
    ids = [row[0] for row in connection.execute("SELECT record_id FROM records WHERE kind = 'score'")]
    names = [row[0] for row in connection.execute("SELECT DISTINCT benchmark FROM records LIMIT 50")]
    connection.close()
    rng = random.Random(seed)
    for number, record_id in enumerate(rng.sample(ids, count)):
        if number % 10 == 0:
            store.correct(record_id, {"benchmark": rng.choice(names)}, "bench: moved", by="bench")
        elif number % 2:
            store.reject(record_id, "bench: rejected", by="bench")
        else:
            store.correct(record_id, {"value": rng.uniform(0, 100)}, "bench: value", by="bench")
    store.alias("benchmark", names[1], names[0], reason="bench: merged", by="bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path, help="a leaderboard store made by bench/run.py --leaderboard-db")
    parser.add_argument("--corrections", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    names = drawn(args.store, args.queries, args.seed)
    with tempfile.TemporaryDirectory(prefix="metricsdb-curation-bench-") as work:
        copy = Path(work) / "store.db"
        shutil.copy(args.store, copy)
        with Store(sqlite_url(copy)) as store:
            print(f"no corrections: median ms {timings(store, names)}", flush=True)
            made = 0
            for count in sorted(args.corrections):
                correct(store, copy, count - made, args.seed + count)
                made = count
                print(f"{count} corrections (+ aliases): median ms {timings(store, names)}", flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
