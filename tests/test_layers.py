"""Stages point one way: every module imports alone in a fresh interpreter (no import cycle bites),
importing the extraction engine never loads the store, the command line or the app, and inside
`extractors` no module imports another that imports it back (also through imports inside functions)."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from .conftest import REPO

PACKAGES = ("extractors", "metricsdb")
NOT_FROM_EXTRACTORS = ("metricsdb.store", "metricsdb.cli", "metricsdb.ingest", "metricsdb.api", "leaderboard_app",
                       "sqlalchemy", "typer", "streamlit", "pandas")
FLOOR = {"metricsdb", "metricsdb.model", "metricsdb.errors", "metricsdb.paths"}  # what extractors may stand on


def _modules(package: str) -> list[str]:
    return sorted(f"{package}.{path.stem}" if path.stem != "__init__" else package
                  for path in (REPO / package).glob("*.py") if path.stem != "__main__")  # that one runs the CLI


@pytest.mark.parametrize("module", [m for p in PACKAGES for m in _modules(p)])
def test_each_module_imports_alone(module):
    code = (f"import sys, {module}; "
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in ('metricsdb', 'leaderboard_app', "
            "'sqlalchemy', 'typer', 'streamlit', 'pandas') or m in ('metricsdb',))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    if module.startswith("extractors"):
        loaded = set(result.stdout.split())
        assert not {m for m in loaded if m.startswith(NOT_FROM_EXTRACTORS)}, loaded
        assert {m for m in loaded if m.startswith("metricsdb")} <= FLOOR, loaded


def _imports(module: str) -> set[str]:
    """The extractors modules a module imports, at its top or inside functions (not for type hints only)."""
    path = REPO / (module.replace(".", "/") + ".py") if module != "extractors" else REPO / "extractors/__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hints = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
             for n in ast.walk(block)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in hints:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            base = f"extractors.{node.module}" if node.module else "extractors"
            found |= {base} if node.module else {f"extractors.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("extractors"):
            found.add(node.module)
    return found


def test_no_cycles_inside_extractors():
    graph = {m: _imports(m) - {m} for m in _modules("extractors") if m != "extractors"}
    graph = {m: {d for d in deps if d in graph} for m, deps in graph.items()}
    assert "extractors.function_rules" not in graph["extractors.rules"]
    assert "extractors.rules" not in graph["extractors.function_rules"]

    def reach(start: str) -> set[str]:
        seen, stack = set(), [start]
        while stack:
            for nxt in graph[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    assert [m for m in graph if m in reach(m)] == []
