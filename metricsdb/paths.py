"""Where things are: the database a command means, the bundled sample reports, report files under a path."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Optional, Union

from .errors import ReportError

PathArg = Union[str, os.PathLike[str]]

DATABASE_URL_ENV = "METRICSDB_URL"
ALLOW_EDITS_ENV = "METRICSDB_ALLOW_EDITS"
"""Set to 1 by `metricsdb app --allow-edits`: the app may flag and correct records."""
REPORT_SUFFIXES = (".txt", ".md")
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def default_database_path() -> Path:
    """The per-user SQLite file: $XDG_DATA_HOME/metricsdb/metricsdb.db, else ~/.local/share/metricsdb/."""
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "metricsdb" / "metricsdb.db"


def sqlite_url(path: PathArg) -> str:
    """SQLAlchemy URL of a SQLite file, absolute so it means the same file from any directory."""
    return "sqlite:///" + str(Path(path).expanduser().resolve())


def resolve_database_url(url: Optional[str] = None) -> str:
    """The database to use: `url` (a SQLAlchemy URL or a file path), else $METRICSDB_URL, else the default file.

    The default file's folder is created on demand; a path the user typed is taken as is, so a typo
    fails instead of silently creating a new tree.
    """
    chosen = url or os.environ.get(DATABASE_URL_ENV)
    if chosen:
        return chosen if _URL_SCHEME.match(chosen) else sqlite_url(chosen)
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_url(path)


def sample_reports() -> list[Path]:
    """The daily-papers reports bundled with metricsdb, so a first `metricsdb ingest` has real data."""
    folder = Path(str(resources.files("metricsdb").joinpath("data", "reports")))
    return sorted(folder.glob("*.txt"))


def _is_report_file(path: Path, folder: Path) -> bool:
    """A *.txt / *.md entry of a folder that is not hidden, not a folder and not its README (a folder
    of reports kept in git has one: every nightly ingest failed on it). A broken or looping symbolic
    link or a FIFO counts: reading it then says what is wrong instead of skipping it quietly."""
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    return (path.suffix.lower() in REPORT_SUFFIXES and not hidden and path.stem.casefold() != "readme"
            and not path.is_dir())


def find_report_files(paths: Iterable[PathArg]) -> tuple[list[Path], list[ReportError]]:
    """Report files named by `paths`: files as given, folders as their *.txt / *.md files (recursive, sorted).

    Hidden files and folders are skipped. A missing path or a folder without reports becomes a
    ReportError in the second list, so the caller can go on with the other paths. A file named
    twice is listed once. `-` stands for standard input.
    """
    files: list[Path] = []
    problems: list[ReportError] = []
    for arg in paths:
        path = Path(arg)
        if str(arg) == "-":  # standard input, read once by whoever reads the report
            if path not in files:
                files.append(path)
            continue
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if _is_report_file(p, path))
            if not found:
                problems.append(ReportError(str(path), "no report files (*.txt, *.md) in this folder"))
            files.extend(found)
        elif path.exists() or path.is_symlink():  # a broken link or a loop: reading it says which
            files.append(path)
        else:
            problems.append(ReportError(str(path), "no such file or folder"))
    unique: list[Path] = []
    seen: set[Path] = set()
    for file in files:
        real = file if str(file) == "-" else Path(os.path.realpath(file))  # not Path.resolve(), which raises on a symbolic link loop
        if real not in seen:
            seen.add(real)
            unique.append(file)
    return unique, problems
