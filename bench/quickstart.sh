#!/usr/bin/env bash
# The README's quick start, timed step by step as a new user runs it: a fresh clone of this
# repository, a fresh venv, no pip cache and a HOME of its own (no database, no cache reused).
# Usage: bench/quickstart.sh [REPOSITORY]   (default: this checkout's repository). Prints one line
# of seconds per step; the work folder is removed at the end.
set -euo pipefail
repository=$(cd "${1:-$(dirname "$0")/..}" && git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repository" "$work/metricsdb"
cd "$work/metricsdb"
export HOME="$work/home" PIP_NO_CACHE_DIR=1
mkdir -p "$HOME"
unset PYTHONPATH METRICSDB_URL
now() { date +%s.%N; }
t0=$(now); python3 -m venv .venv; . .venv/bin/activate
t1=$(now); pip install -q -e . >"$work/pip.log" 2>&1 || { cat "$work/pip.log"; exit 1; }
t2=$(now); metricsdb ingest >/dev/null 2>&1
t3=$(now); metricsdb leaderboard IFEval >/dev/null
t4=$(now); metricsdb leaderboard IFEval >/dev/null
t5=$(now)
# From the folder holding the clone (also named metricsdb), Python must import the package, not that folder.
(cd "$work" && python -c "import metricsdb; metricsdb.sample_reports()") || { echo "import from the clone's parent failed"; exit 1; }
python3 - "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" <<'PY'
import sys
t = [float(x) for x in sys.argv[1:]]
steps = ["venv", "pip install -e .", "metricsdb ingest", "leaderboard (first)", "leaderboard (again)"]
print("  ".join(f"{name} {b - a:.1f} s" for name, a, b in zip(steps, t, t[1:])) + f"  total {t[-1] - t[0]:.1f} s")
PY
