"""The README's worked example of adding a pattern runs as written, from a fresh folder: the rules
file, the Python lines, and the command line with --rules and $METRICSDB_RULES."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from .conftest import REPO

METRICSDB = [sys.executable, "-c", "import sys; from metricsdb.cli import main; sys.argv[0] = 'metricsdb'; main()"]


def test_adding_a_pattern_example_runs(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Adding a pattern", 1)[1].split("\n## ", 1)[0]
    rules = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    (tmp_path / "my_rules.yaml").write_text(rules, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("METRICSDB_RULES", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr

    sentence = "Method 在 GSM8K 上位列第一，得分 91.2。"
    with_flag = subprocess.run([*METRICSDB, "explain", sentence, "--rules", "my_rules.yaml"], capture_output=True,
                               text=True, cwd=tmp_path, env=env, timeout=120)
    assert with_flag.returncode == 0, with_flag.stderr
    assert "score.ranked-first-with: score 91.2 benchmark=GSM8K model=Method" in with_flag.stdout
    from_env = subprocess.run([*METRICSDB, "explain", sentence], capture_output=True, text=True, cwd=tmp_path,
                              env={**env, "METRICSDB_RULES": "my_rules.yaml"}, timeout=120)
    assert from_env.stdout == with_flag.stdout
    without = subprocess.run([*METRICSDB, "explain", sentence], capture_output=True, text=True, cwd=tmp_path,
                             env=env, timeout=120)
    assert without.returncode == 0 and "score.ranked-first-with" not in without.stdout  # read by a built-in rule
