"""Every code block of README.md runs as written, as a new user would run it.

The blocks run in README order, in a fresh copy of the repository (what a clone holds, nothing else),
with $METRICSDB_URL a SQLite file of the test's own and a HOME of its own: each `python` block as a
script file, each `bash` block with `bash -e`. A block whose info string names a file (```yaml
my_rules.yaml) is that file: it is written before any block runs. A `console` block shows what a
command prints once the quick start has stored the samples: each `$ command` runs after the other
blocks and must print the lines under it.

What the test stands in for, and why:
- `pip install -e .`: a stub that checks it runs in the clone with exactly these arguments; metricsdb
  is installed here already (a real fresh-venv install is timed by bench/quickstart.sh).
- `scripts/test`: a stub that records it ran; it is what runs this test.
- `metricsdb app`: started on a free port until it answers, then stopped (it serves until stopped).
- the PostgreSQL example's `postgresql+psycopg://metrics@dbhost:5432/metrics`: a throwaway database
  on the test session's server; its `daily-reports/`: copies of the bundled sample reports.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from metricsdb.model import RECORD_FIELDS

from .conftest import REPO, SAMPLE_REPORTS

README = REPO / "README.md"
README_DB_URL = "postgresql+psycopg://metrics@dbhost:5432/metrics"
BLOCK_SECONDS = 300


@dataclass(frozen=True)
class Block:
    line: int  # where the block starts in README.md (1-based), for failure messages
    language: str
    file: str  # a file name from the info string, else ""
    code: str


def readme_blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, in order."""
    blocks = []
    for match in re.finditer(r"^```([^\n]*)\n(.*?)^```[ \t]*$", text, re.M | re.S):
        language, _, file = match.group(1).strip().partition(" ")
        blocks.append(Block(text.count("\n", 0, match.start()) + 1, language, file.strip(), match.group(2)))
    return blocks


def console_commands(code: str) -> list[tuple[str, list[str]]]:
    """A console block as ($ command, the lines it prints)."""
    commands: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line.rstrip())
    return commands


PIP_STUB = """\
import pathlib, sys
if sys.argv[1:] != ["install", "-e", "."] or not pathlib.Path("pyproject.toml").is_file():
    sys.exit(f"pip stub: README ran pip {sys.argv[1:]} in {pathlib.Path.cwd()}, not 'install -e .' in the clone")
with open({log!r}, "a") as log:
    log.write("pip install -e .\\n")
"""
METRICSDB_STUB = """\
import os, socket, subprocess, sys, time, urllib.request
args = sys.argv[1:]
if args[:1] != ["app"]:
    os.execv(sys.executable, [sys.executable, "-m", "metricsdb", *args])
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
server = subprocess.Popen([sys.executable, "-m", "metricsdb", *args, "--port", str(port)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
deadline = time.monotonic() + 90
try:
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as answer:
                sys.exit(0 if answer.status == 200 else 1)
        except OSError:
            time.sleep(0.3)
    sys.exit(f"metricsdb app did not answer on port {port} (exit status {server.poll()})")
finally:
    server.terminate()
    server.wait(timeout=30)
"""
TEST_STUB = """#!/bin/sh
echo "scripts/test $*" >> {log}
"""


def _executable(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A copy of the repository's files (no git metadata, caches or databases), with scripts/test stubbed."""
    copy = tmp_path / "metricsdb"
    shutil.copytree(REPO, copy, ignore=shutil.ignore_patterns(
        ".git", "__pycache__", ".pytest_cache", ".hypothesis", "*.egg-info", "*.db", "*.db-*", ".venv", "out"))
    _executable(copy / "scripts" / "test", TEST_STUB.format(log=tmp_path / "ran.log"))
    return copy


@pytest.fixture
def environment(tmp_path: Path, clone: Path) -> dict[str, str]:
    """PATH with the stubs first, the clone's code, a database and a HOME of the test's own."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    _executable(stubs / "pip", f"#!{sys.executable}\n" + PIP_STUB.replace("{log!r}", repr(str(tmp_path / "ran.log"))))
    _executable(stubs / "metricsdb", f"#!{sys.executable}\n" + METRICSDB_STUB)
    (tmp_path / "home").mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("METRICSDB_", "PYTHON"))}
    env.update(PATH=f"{stubs}{os.pathsep}{os.environ['PATH']}", PYTHONPATH=str(clone), HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"), METRICSDB_URL=f"sqlite:///{tmp_path / 'readme.db'}",
               PYTHONDONTWRITEBYTECODE="1")
    return env


def run_block(block: Block, number: int, clone: Path, env: dict[str, str]) -> None:
    where = f"README.md line {block.line} ({block.language})"
    if block.language == "python":
        script = clone / f"readme_block_{number}.py"
        script.write_text(block.code, encoding="utf-8")
        command = [sys.executable, str(script)]
    elif block.language in ("bash", "sh"):
        command = ["bash", "-e", "-c", block.code]
    elif block.language == "console":
        for line, expected in console_commands(block.code):
            done = subprocess.run(["bash", "-e", "-c", line], cwd=clone, env=env, capture_output=True, text=True,
                                  timeout=BLOCK_SECONDS)
            assert done.returncode == 0, f"{where}: `{line}` failed:\n{done.stderr}"
            assert [out.rstrip() for out in done.stdout.splitlines()] == expected, f"{where}: `{line}` printed other lines"
        return
    else:
        raise AssertionError(f"{where}: a block in a language the README test cannot run")
    done = subprocess.run(command, cwd=clone, env=env, capture_output=True, text=True, timeout=BLOCK_SECONDS)
    assert done.returncode == 0, f"{where} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert "Traceback" not in done.stderr, f"{where}: {done.stderr[-4000:]}"


def test_every_code_block_of_the_readme_runs_as_written(clone, environment, postgres_database, tmp_path):
    blocks = readme_blocks(README.read_text(encoding="utf-8"))
    assert {block.language for block in blocks} <= {"console", "bash", "python", "yaml"}
    assert sum(block.language in ("bash", "python") for block in blocks) >= 5
    for block in blocks:
        if block.file:
            (clone / block.file).write_text(block.code, encoding="utf-8")
    (clone / "daily-reports").mkdir()
    for sample in SAMPLE_REPORTS:
        shutil.copy(sample, clone / "daily-reports" / sample.name)
    for number, block in sorted(enumerate(blocks), key=lambda numbered: numbered[1].language == "console"):
        if block.file:
            continue
        if README_DB_URL in block.code:
            block = Block(block.line, block.language, "", block.code.replace(README_DB_URL, postgres_database))
        run_block(block, number, clone, environment)
    assert (tmp_path / "ran.log").read_text().splitlines() == ["pip install -e .", "scripts/test "]
    assert (clone / "records.parquet").is_file() and (clone / "model-index.yaml").is_file()  # the blocks' own outputs


def test_readme_links_point_inside_the_repository():
    text = README.read_text(encoding="utf-8")
    targets = [target for target in re.findall(r"\]\(([^)\s]+)\)", text) if not target.startswith(("http", "#"))]
    assert targets, "no relative links found"
    for target in targets:
        path = (REPO / target.split("#")[0]).resolve()
        assert path.is_relative_to(REPO) and path.exists(), target


def test_every_file_and_command_the_readme_names_exists():
    """A reader copies `tests/test_rule_examples.py` or `metricsdb new` from the text: a renamed file or
    command would send them nowhere (links are checked above; these are the names in code spans)."""
    import typer

    from metricsdb.cli import app

    spans = [word for span in re.findall(r"`([^`\n]+)`", README.read_text(encoding="utf-8")) for word in span.split()]
    roots = "scripts|bench|tests|extractors|metricsdb|leaderboard_app|docs|golden|\\.ci"
    paths = {word for word in spans if re.fullmatch(rf"(?:{roots})/[\w.\-/]*", word)}
    assert {"scripts/test", "tests/test_rule_examples.py", "extractors/data/rules.yaml"} <= paths
    assert [path for path in sorted(paths) if not (REPO / path).exists()] == []
    commands = set(re.findall(r"`metricsdb ([a-z][a-z-]*)", README.read_text(encoding="utf-8")))
    known = set(typer.main.get_command(app).commands)
    assert {"ingest", "leaderboard", "explain", "corrections"} <= commands and commands <= known, commands - known


def test_the_record_contract_in_docs_lists_every_record_field():
    contract = (REPO / "docs" / "record-contract.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([a-z_]+(?:, [a-z_]+)*) \|", contract, re.M)
    fields = {name for row in rows for name in row.split(", ")} - {"field"}
    assert set(RECORD_FIELDS) <= fields
