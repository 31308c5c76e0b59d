"""The README's worked example of adding a pattern runs as written."""
from __future__ import annotations

import re
import subprocess
import sys

from .conftest import REPO


def test_adding_a_pattern_example_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Adding a pattern", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
