"""The `metricsdb` command: extract, ingest, init-db, leaderboard, benchmarks, stats, app.

A user's mistake (a bad file, an unknown benchmark, a database that cannot be opened) ends as one
line on stderr, `metricsdb: <problem>`, never a traceback. Exit status: 0 done, 1 some input or
name was bad (the rest was still processed), 2 a usage or database problem.

More commands can be added to `app` from another module: `@metricsdb.cli.app.command()`, using
`user_errors()` and `open_store()` for the same behaviour.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

import leaderboard_app

from .errors import MetricsdbError, StoreError
from .model import KINDS, Record
from .output import (
    SCALES_APART_NOTE, board_units, correction_notes, frame_csv, frame_rows, metric_spelling, number_text, records_csv,
    records_jsonl, scale_units, table_text, terminal_text, value_text, write_stdout,
)
from .paths import (
    ALLOW_EDITS_ENV, DATABASE_URL_ENV, default_database_path, find_report_files, resolve_database_url, sample_reports,
)
from .record_id import with_record_ids
from .report import count_papers, legacy_encoding, read_report, unread_papers

if TYPE_CHECKING:
    import pandas as pd

    from extractors import Extractor

    from .store import Store

APP_SCRIPT = Path(leaderboard_app.__file__).parent / "app.py"
RECORD_TABLE_COLUMNS = ("paper_id", "kind", "benchmark", "subset", "model", "metric", "value", "value_high", "unit")

app = typer.Typer(
    name="metricsdb",
    help="Metric records from daily ML-paper reports: extract them, store them, rank models per benchmark.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals may hold a database password
    rich_markup_mode=None,  # plain help: the rich one shows a flag as `--help <bool>`, as if it took a value
)


def _say_version(asked: bool) -> None:
    """`metricsdb --version`: the installed release and the schema revision this code writes, the two
    things a bug report or a team sharing one database needs (there was no way to ask)."""
    if not asked:
        return
    from importlib.metadata import PackageNotFoundError, version

    from .migrations import head

    try:
        release = version("metricsdb")
    except PackageNotFoundError:  # run from a checkout that was never installed
        release = "not installed"
    typer.echo(f"metricsdb {release} (schema revision {head()})")
    raise typer.Exit()


@app.callback()
def _options(version_flag: Annotated[bool, typer.Option(
        "--version", is_eager=True, callback=_say_version,
        help="Show the release and its database schema revision, then exit.")] = False) -> None:
    """Metric records from daily ML-paper reports: extract them, store them, rank models per benchmark."""


class RecordFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


KindChoice = Enum("KindChoice", {kind: kind for kind in KINDS}, type=str)


DbOption = Annotated[Optional[str], typer.Option(
    "--db", metavar="URL", show_default=False,
    help=f"Database: a SQLAlchemy URL (sqlite:///file.db, postgresql+psycopg://user@host:port/name) or a SQLite "
         f"file path. "
         f"Default: ${DATABASE_URL_ENV}, else ~/.local/share/metricsdb/metricsdb.db.",
)]


RulesOption = Annotated[Optional[list[Path]], typer.Option(
    "--rules", metavar="FILE", show_default=False,
    help="Also use the rules in FILE (YAML, or Python with @function_rule); repeatable. "
         "$METRICSDB_RULES adds files too (separated like PATH).",
)]
WithoutVocabularyOption = Annotated[bool, typer.Option(
    "--without-vocabulary", help="Forget the benchmark, model and metric names: recognise by structure alone.",
)]


def warn(message: object) -> None:
    """One line on stderr, prefixed like every metricsdb message; a file name's newline or escape
    sequence is shown, not obeyed."""
    typer.echo(f"metricsdb: {terminal_text(message)}", err=True)


def warn_unread(file: Path) -> int:
    """Name each paper of a report read that gives no records for want of a link or of results it
    can read; returns how many are errors (no link: the report is broken). A paper without a results
    section, or with results not in Chinese, is said in one line but is no error: many papers of a
    digest have none, and a nightly ingest must not fail on them."""
    unread = unread_papers(file)
    for title, why, _ in unread:
        warn(f"{file}: paper '{title}': {why}")
    return sum(error for _, _, error in unread)


def say_encoding(file: Path) -> None:
    """Say that a report was read as GB18030 / GBK, not UTF-8: its records are fine, but the user may
    want to know the file is not what the other reports are."""
    encoding = legacy_encoding(file)
    if encoding:
        warn(f"{file}: read as {encoding} (GBK), not UTF-8")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a user's mistake into one line on stderr and an exit status instead of a traceback."""
    try:
        yield
    except StoreError as exc:
        warn(exc)
        raise typer.Exit(2) from None
    except MetricsdbError as exc:
        warn(exc)
        raise typer.Exit(1) from None


def build_extractor(rules: Optional[list[Path]], without_vocabulary: bool = False, *,
                    refuse_failing_examples: bool = False) -> Extractor:
    """The Extractor a command runs: the default one with $METRICSDB_RULES and --rules added; call
    inside user_errors() (a bad rules file is one line).

    A user's rule whose own examples fail is named on stderr, a line per example: a new user's rule
    with a wrong example was taken in silence, and only a Python call showed it. `ingest` refuses
    such rules (exit 1, nothing stored): their records would carry the mistake the example shows."""
    from extractors import check_rule_examples, configured_extractor
    from extractors.extractor import RULES_ENV, load_rules

    extractor = configured_extractor(rules or ())
    failing = [f"{path}: rule {name}: example {problem}"
               for path in [*filter(None, os.environ.get(RULES_ENV, "").split(os.pathsep)), *(rules or ())]
               for name, problems in check_rule_examples(extractor, {r.name for r in load_rules(path)}).items()
               for problem in problems]
    for line in failing:
        warn(line)
    if failing and refuse_failing_examples:
        raise MetricsdbError(f"{len(failing)} example(s) of your rules fail (above): nothing stored; "
                             "fix the rule or its example")
    return extractor.without_names() if without_vocabulary else extractor


def open_store(db: Optional[str], *, existing: bool = False) -> Store:
    """The database named by --db (else $METRICSDB_URL, else the per-user file); call inside user_errors().

    `existing`: a command that only reads (or corrects what is stored) refuses a SQLite file that is not
    there, instead of creating an empty one under a mistyped name and reporting it empty.
    """
    from .store import connect  # here, so that `extract` does not pay for importing SQLAlchemy

    if existing:
        _require_database_file(db)
    _refuse_memory_database(db)
    store = connect(db)
    if store.schema_upgrade is not None and store.schema_upgrade.upgraded:
        warn(upgrade_note(store))
    return store


def _refuse_memory_database(db: Optional[str]) -> None:
    """StoreError for a SQLite database in memory (`sqlite://`, `sqlite:///`, `sqlite:///:memory:`): a
    command's database ends with it, so an ingest said it stored what was gone when it returned."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    chosen = db or os.environ.get(DATABASE_URL_ENV)
    try:
        url = make_url(resolve_database_url(chosen)) if chosen else None
    except (ArgumentError, ValueError):
        return  # opening it says what is wrong with the URL
    if url is not None and url.get_backend_name() == "sqlite" and (
            url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"):
        raise StoreError(f"cannot open database {chosen}: a SQLite database in memory keeps nothing once the "
                         "command ends; give a file (a path, or sqlite:///FILE)")


def _require_database_file(db: Optional[str]) -> None:
    """StoreError when the database named is a SQLite file that does not exist (checked before opening
    it, which would create it)."""
    chosen = db or os.environ.get(DATABASE_URL_ENV)
    if not chosen:
        path = default_database_path()
        if not path.exists():
            raise StoreError(f"no database yet at {path}: `metricsdb ingest` loads the bundled sample reports, "
                             "`metricsdb ingest PATH...` your own")
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(resolve_database_url(chosen))  # a file path given: sqlite:///its absolute path
    except (ArgumentError, ValueError):
        return  # opening it says what is wrong with the URL
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") \
            or url.database.startswith("file:") or url.query.get("mode") == "memory":
        return
    path = Path(url.database)
    if not path.parent.is_dir():  # ingest would not create it either: no hint to run it
        raise StoreError(f"no database file {path}, nor its folder {path.parent}: check the name")
    if not path.exists():
        raise StoreError(f"no database file {path}: check the name (`metricsdb ingest --db {path}` creates it "
                         "with records)")


def upgrade_note(store: Store) -> str:
    """What opening did to an older database's schema, and where the copy made before it is."""
    done = store.schema_upgrade
    assert done is not None
    kept = f"; the file as it was: {done.backup}" if done.backup else ""
    return terminal_text(f"upgraded the schema of {store.display_url} from revision {done.from_revision} "
                         f"to {done.to_revision}{kept}")


def _print_records(records: Sequence[Record], output: RecordFormat, *, header: bool = True) -> None:
    if output is RecordFormat.jsonl:
        write_stdout(records_jsonl(records))
    elif output is RecordFormat.csv:
        write_stdout(records_csv(records, header=header))
    elif records:
        rows = [[number_text(getattr(record, name)) if name.startswith("value") and getattr(record, name) is not None
                 else getattr(record, name) for name in RECORD_TABLE_COLUMNS] for record in records]
        typer.echo(table_text(rows, RECORD_TABLE_COLUMNS, disable_numparse=True))


def _print_frame(frame: pd.DataFrame, output: TableFormat) -> None:
    if output is TableFormat.json:
        write_stdout(json.dumps(frame_rows(frame), ensure_ascii=False, indent=2) + "\n")
    elif output is TableFormat.csv:
        write_stdout(frame_csv(frame))
    else:
        typer.echo(table_text(frame.itertuples(index=False), list(frame.columns), floatfmt=".15g"))


PROGRESS_LOG_SECONDS = 5.0
"""How often an ingest whose stderr is not a terminal (a log file, a CI job) writes a progress line."""


class _Progress:
    """Ingest progress in papers, the unit that moves even inside one large report: a bar on an
    interactive terminal, else a line on stderr every few seconds."""

    def __init__(self, total_papers: int, total_files: int) -> None:
        self.total, self.files, self.papers, self.files_done = total_papers, total_files, 0, 0
        self._bar = None
        self._next_log = time.monotonic() + PROGRESS_LOG_SECONDS

    def __enter__(self) -> _Progress:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("ingesting papers", total=self.total or None)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def paper(self, count: int) -> None:
        self.papers += count
        self.total = max(self.total, self.papers)  # standard input is not counted ahead
        if self._bar is not None:
            self._bar.update(self._task, completed=self.papers, total=self.total)
        elif time.monotonic() >= self._next_log:
            self._next_log = time.monotonic() + PROGRESS_LOG_SECONDS
            share = f" ({100 * self.papers // self.total}%)" if self.total else ""
            warn(f"ingesting: {self.papers:,} of {self.total:,} papers{share}, "
                 f"{self.files_done:,} of {self.files:,} files done")

    def file(self) -> None:
        self.files_done += 1


def _require_records(store: Store) -> None:
    """Stop with how to fill the database when it has no records yet (a first-time user's case)."""
    counts = store.stats()
    if counts["records"]:
        return
    if counts["reports"]:
        warn(f"the database {store.display_url} holds {counts['reports']} reports but no records: "
             "the extractor found no results in them")
    else:
        warn(f"the database {store.display_url} is empty; `metricsdb ingest` loads the bundled sample "
             "reports, `metricsdb ingest PATH...` your own")
    raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Report files, or folders of *.txt / *.md reports; - reads one "
                                                     "from standard input.",
                                                show_default=False)],
    output: Annotated[RecordFormat, typer.Option("--format", "-f", help="jsonl: one contract record per line.")]
    = RecordFormat.jsonl,
    rules: RulesOption = None,
    without_vocabulary: WithoutVocabularyOption = False,
) -> None:
    """Print the records found in reports, without touching a database."""
    with user_errors():
        extractor = build_extractor(rules, without_vocabulary)
    files, problems = find_report_files(paths)
    for problem in problems:
        warn(problem)
    streaming = output is not RecordFormat.table  # jsonl and csv are written file by file: memory stays flat
    if output is RecordFormat.csv:
        write_stdout(records_csv([]))
    records: list[Record] = []
    failed = len(problems)
    for file in files:
        try:
            found = with_record_ids(extractor.extract_report(read_report(file)))
        except MetricsdbError as exc:
            warn(exc)
            failed += 1
            continue
        say_encoding(file)
        failed += warn_unread(file)
        if streaming:
            _print_records(found, output, header=False)
        else:
            records.extend(found)
    if not streaming:
        _print_records(records, output)
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Report files, or folders of *.txt / *.md reports; - reads one from standard input. None: the bundled "
             "sample reports.",
        show_default=False)] = None,
    samples: Annotated[bool, typer.Option("--samples", help="Also ingest the bundled sample reports.")] = False,
    db: DbOption = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, help="Extract in this many processes; this one stores (0: one per CPU core).",
    )] = 1,
    rules: RulesOption = None,
) -> None:
    """Extract records from reports and store them; ingesting a report again replaces it."""
    targets: list[Path] = list(paths or [])
    if not targets and not samples:
        warn(f"no PATH given: ingesting the {len(sample_reports())} bundled sample reports")
    if samples or not targets:
        targets += sample_reports()
    with user_errors():
        extractor = build_extractor(rules, refuse_failing_examples=True)
        store = open_store(db)
    files, problems = find_report_files(targets)
    for problem in problems:
        warn(problem)
    stored: list[Path] = []
    try:
        with _Progress(sum(count_papers(file) for file in files), len(files)) as progress:
            def after_file(file: Path, error: Optional[MetricsdbError]) -> None:
                if error is not None:
                    warn(error)
                else:
                    stored.append(file)
                    say_encoding(file)
                    problems.extend([file] * warn_unread(file))
                progress.file()

            with user_errors():  # the database failing as a whole mid-way: one line, exit 2
                summary = store.ingest(files, on_file=after_file, jobs=jobs or os.cpu_count() or 1,
                                       extractor=extractor, on_papers=progress.paper)
    except KeyboardInterrupt:  # Ctrl-C: say what is kept (each report is one transaction), not a bare exit
        warn(f"interrupted: {len(stored)} of {len(files)} report files stored whole, the others not at all; "
             "the same command again stores the rest")
        raise typer.Exit(130) from None
    errors = len(problems) + len(summary.errors)
    earlier = f" ({summary.earlier} more an earlier report already gave: stored once)" if summary.earlier else ""
    typer.echo(f"{summary.reports} reports ({summary.replaced} replaced), {summary.papers} papers, "
               f"{summary.records} records{earlier}, {errors} errors -> {terminal_text(store.display_url)}")
    if errors:
        raise typer.Exit(1)


@app.command("init-db")
def init_db(db: DbOption = None) -> None:
    """Create the database's tables and indexes (every command also does on first use); safe to repeat."""
    with user_errors():
        store = open_store(db)
        store.close()
    done = f"created tables {', '.join(store.created_tables)}" if store.created_tables else "tables already there"
    typer.echo(f"{done} -> {terminal_text(store.display_url)}")


@app.command()
def upgrade(db: DbOption = None) -> None:
    """Bring an older database's schema up to date (every command also does when it opens one); a SQLite
    file is copied first, beside it."""
    from .migrations import head

    with user_errors():
        store = open_store(db)
        store.close()
    if store.schema_upgrade is None or not store.schema_upgrade.upgraded:
        typer.echo(terminal_text(f"schema up to date (revision {head()}) -> {store.display_url}"))


@app.command()
def leaderboard(
    benchmark: Annotated[list[str], typer.Argument(
        help="Benchmark name; case, spaces and hyphens do not matter. Words are one name: TUM RGB-D, unquoted.",
        show_default=False)],
    metric: Annotated[Optional[str], typer.Option(help="Metric to rank by. Default: the benchmark's most frequent.",
                                                  show_default=False)] = None,
    kind: Annotated[Optional[KindChoice], typer.Option(
        help="score: values reached; delta / ratio: changes. Default: score, else the kind the benchmark has.",
        show_default=False)] = None,
    subset: Annotated[Optional[str], typer.Option(
        help="The board of one subset (split, task, category, setting); `overall`: the overall numbers. Default: "
             "the board with most papers, the overall one on a tie.",
        show_default=False)] = None,
    include_unnamed: Annotated[bool, typer.Option(
        "--include-unnamed", help="Also rank unnamed systems (baseline, human, SFT ...), labelled with their "
                                  "paper's method.")] = False,
    db: DbOption = None,
    output: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Rank models on a benchmark: each (model, paper)'s best value, best first (↑ higher / ↓ lower is
    better); listed by date, unranked, when nobody can tell which way is better."""
    from .store import board_frame

    with user_errors():
        store = open_store(db, existing=True)
        _require_records(store)
        asked = (" ".join(benchmark), metric, kind.value if kind else None)
        board = board_frame(store.leaderboard_rows(*asked, subset=subset, include_unnamed=include_unnamed) if subset
                            else store.default_board(*asked, include_unnamed=include_unnamed))
        notes = stored_correction_notes(store)
    board = ranked_apart_by_unit(board)
    board["corrected"] = [notes.get(record_id) for record_id in board["record_id"]]
    attrs = board.attrs
    if output is TableFormat.json:
        write_stdout(json.dumps({**attrs, "rows": frame_rows(board)}, ensure_ascii=False, indent=2) + "\n")
        return
    if output is TableFormat.csv:
        _print_frame(board, output)
        return
    arrow = {"lower": "↓", "higher": "↑"}.get(attrs["direction"], "")
    changes = attrs["kind"] != "score"
    shown_metric = metric_spelling(attrs["metric"], board["evidence"])  # `EPE`, `B-WER`, not the stored key `epe`
    rows = frame_rows(board)
    units = None if changes else board_units(scale_units(rows, attrs["scales_apart"]))  # several units: a column
    columns = {
        "#": [row["rank"] for row in rows],
        "model": [row["model"] for row in rows],
        f"{'change' if changes else shown_metric} {arrow}".strip():
            [value_text({**row, "unit": None} if units else row, attrs["kind"]) for row in rows],
        "unit": units or [],
        "vs": [row["reference"] or ("not stated" if changes else "") for row in rows],
        "paper": [row["paper_id"] + (f" +{len(row['papers']) - 1}" if row["papers"] else "") for row in rows],
        "date": [row["report_date"] for row in rows],
        "corrected": [row["corrected"] or "" for row in rows],  # the evidence still says the extracted value
    }
    shown = {header: cells for header, cells in columns.items() if any(cells) or header == "model"}
    subset_shown = attrs["subset"] or ("overall" if attrs["subsets"] else None)  # which board of several
    place = f"{attrs['benchmark']} · {subset_shown}" if subset_shown else attrs["benchmark"]
    title = f"{place} · {shown_metric} ({_direction_text(attrs)}) · {attrs['kind']} records"
    if kind is None and changes:
        title += ", as it has no score records"
    typer.echo(terminal_text(title))
    alignment = ["right" if header == "#" or (arrow and header.endswith(arrow)) else "left" for header in shown]
    typer.echo(table_text(zip(*shown.values()), list(shown), colalign=alignment, disable_numparse=True))
    for note in _board_notes(attrs) + ([COPIES_NOTE] if any(row["papers"] for row in rows) else []):
        typer.echo(terminal_text(note))


COPIES_NOTE = ("+N: a number N other papers report too (a quoted baseline) stands once, from its system's own paper, "
               "else the earliest; --format json lists them")


def stored_correction_notes(store: Store) -> dict[str, str]:
    """output.correction_notes of the store's corrections (one count query when there are none)."""
    if not store.corrections_version()[0]:
        return {}
    return correction_notes(store.corrections())


def ranked_apart_by_unit(board: pd.DataFrame) -> pd.DataFrame:
    """A ranked board of changes whose values come in several units (+2.6 pp, +5%, ×1.6) with each
    unit ranked on its own, the unit with most rows first: points and per cent are not comparable,
    so neither outranks the other (the app lists such changes unranked). `attrs["units_ranked_apart"]`
    lists the units; a board of scores or of one unit is returned as it is."""
    units = board["unit"].fillna("").tolist()
    if board.attrs["kind"] == "score" or board["rank"].isna().all() or len(set(units)) < 2:
        return board
    order = sorted(set(units), key=lambda unit: (-units.count(unit), units.index(unit)))
    parts = []
    for unit in order:
        part = board[[u == unit for u in units]].copy()
        signed = [-v if d == "decrease" else v for v, d in zip(part["value"], part["direction"])]
        ranks: list[int] = []
        for i, value in enumerate(signed):  # ties share a rank, as on any board
            ranks.append(ranks[-1] if i and value == signed[i - 1] else i + 1)
        part["rank"] = ranks
        parts.append(part)
    import pandas as pd

    ranked = pd.concat(parts, ignore_index=True)
    ranked.attrs.update(board.attrs, units_ranked_apart=[unit or "(no unit)" for unit in order])
    return ranked


def _direction_text(attrs: dict) -> str:
    """`lower is better`, `higher is better, from the text`, `direction unknown: listed by date, not ranked`."""
    if attrs["direction"] == "unknown":
        return "direction unknown: listed by date, not ranked"
    said = f"{attrs['direction']} is better"
    if attrs["direction_source"] == "said in the text":
        return f"{said}, as the text says"
    return f"{said}, from the text" if attrs["direction_source"] == "text" else said


def _board_notes(attrs: dict) -> list[str]:
    """What a board leaves out: other subsets' boards, unnamed systems."""
    notes = []
    if attrs.get("scales_apart"):
        notes.append(SCALES_APART_NOTE)
    if attrs.get("units_ranked_apart"):
        notes.append(f"changes in different units ({', '.join(attrs['units_ranked_apart'])}) are not ranked against "
                     "each other: each unit has its own ranks")
    others = {name: count for name, count in attrs["subsets"].items() if name != attrs["subset"]}
    if others:
        listed = ", ".join(f"{name} ({count})" for name, count in others.items())
        notes.append(f"subsets with their own boards (--subset NAME): {listed}")
    if attrs.get("picked") == "no overall numbers":
        notes.append(f"{attrs['subset']}: shown as the benchmark has no overall numbers, and this subset most papers")
    elif attrs.get("picked"):
        notes.append(f"{attrs['subset']}: shown as it has most papers of the benchmark's boards; "
                     "overall numbers: --subset overall")
    elif attrs["subset"]:
        notes.append("overall numbers: --subset overall")
    if attrs["unnamed_hidden"]:
        rows = "row" if attrs["unnamed_hidden"] == 1 else "rows"
        notes.append(f"{attrs['unnamed_hidden']} {rows} of unnamed systems left off (--include-unnamed shows them)")
    return notes


@app.command()
def benchmarks(
    db: DbOption = None,
    output: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    subsets: Annotated[bool, typer.Option("--subsets", help="One row per benchmark and subset (none: overall): "
                                                            "the boards there are.")] = False,
) -> None:
    """List the benchmarks in the database with their numbers of records and papers."""
    with user_errors():
        store = open_store(db, existing=True)
        _require_records(store)
        frame = store.benchmark_subsets() if subsets else store.benchmarks()
        models = store.models()["name"]
    if subsets and output is TableFormat.table:
        frame["subset"] = frame["subset"].fillna("(overall)")
    _print_frame(frame, output)
    _warn_look_alike_names(frame["name"].unique(), models)


def _warn_look_alike_names(benchmarks: Sequence[str], models: Sequence[str]) -> None:
    """A stored name that mixes Latin with Cyrillic or Greek look-alike letters may impersonate
    another (`GPT-4о`): the extractor kept it whole, and says so here, on stderr."""
    from extractors.notation import mixed_script, non_latin_letters

    for what, names in (("benchmark", benchmarks), ("model", models)):
        for name in filter(mixed_script, names):
            typer.echo(terminal_text(f"warning: {what} {name!r} mixes Latin with look-alike letters "
                                     f"({non_latin_letters(name)}): it may impersonate another name"), err=True)


@app.command()
def stats(
    db: DbOption = None,
    output: Annotated[StatsFormat, typer.Option("--format", "-f")] = StatsFormat.table,
) -> None:
    """Count the reports, papers and records in the database."""
    with user_errors():
        store = open_store(db, existing=True)
        counts = store.stats()
    if output is StatsFormat.json:
        typer.echo(json.dumps(counts))
    else:
        typer.echo(table_text([[store.display_url, *counts.values()]], ["database", *counts]))


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def streamlit_command(database_url: str, port: int, host: str = "127.0.0.1",
                      allow_edits: bool = False) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run the leaderboard app on a database (writing to it only
    with `allow_edits`)."""
    command = [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT), "--server.port", str(port),
               "--server.address", host,
               "--browser.gatherUsageStats", "false",  # no calls home: the app also runs offline
               "--client.toolbarMode", "viewer"]  # set before the first page: app.py's own setting came after it, and Deploy flashed
    return command, {**os.environ, DATABASE_URL_ENV: database_url, ALLOW_EDITS_ENV: "1" if allow_edits else "0"}


@app.command("app")
def run_app(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port of the web app.")] = 8501,
    host: Annotated[str, typer.Option(help=(
        "Address to listen on. The default serves this machine only; 0.0.0.0 opens the app, which has no "
        "login, to the network."))] = "127.0.0.1",
    allow_edits: Annotated[bool, typer.Option("--allow-edits", help=(
        "Let readers flag rows and add a Review page that rejects and corrects them (each write records who "
        "and why). Without it the app writes nothing."))] = False,
) -> None:
    """Open the leaderboard web app (Streamlit) on the database."""
    with user_errors():
        store = open_store(db, existing=True)
        store.close()
    if not APP_SCRIPT.exists():
        warn(f"the leaderboard app is not installed ({APP_SCRIPT} is missing)")
        raise typer.Exit(1)
    problem = _listen_problem(host, port)
    if problem:
        warn(problem)
        raise typer.Exit(1)
    if host not in LOOPBACK_HOSTS:
        warn(f"listening on {host}:{port}: the app has no login, so anyone who can reach this address reads "
             "the database")
    command, env = streamlit_command(store.url, port, host, allow_edits)
    raise typer.Exit(_run_until_stopped(command, env))


def _listen_problem(host: str, port: int) -> Optional[str]:
    """Why the app could not listen on host:port (taken by another server, an unknown host), or None.
    Streamlit said only "<time> Port 8501 is not available" and stopped, naming no way out; a port out
    of range made bind() raise OverflowError, a traceback."""
    import socket

    if not 0 <= port <= 65535:
        return f"cannot serve the app on {host}:{port}: not a port (1-65535, or 0 for any free one)"
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        socket.create_server((host, port), family=family).close()  # SO_REUSEADDR, as the server sets it
    except OSError as exc:
        taken = "in use (another app or server?): pick another with --port N" if exc.errno == errno.EADDRINUSE \
            else (exc.strerror or str(exc))
        return f"cannot serve the app on {host}:{port}: {taken}"
    return None


def _run_until_stopped(command: list[str], env: dict[str, str]) -> int:
    """Run the app server as a child and stop it when this process is asked to stop (SIGTERM, SIGINT,
    SIGHUP): a service manager or `kill` must not leave a server behind serving the database."""
    child = subprocess.Popen(command, env=env)
    stop_signals = [signal.SIGTERM, signal.SIGINT] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    stopping: list[int] = []

    def forward(signum: int, _frame: object) -> None:
        stopping.append(signum)
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, forward) for sig in stop_signals}
    kill_at: Optional[float] = None
    try:
        while True:
            try:
                code = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stopping and kill_at is None:
                    kill_at = time.monotonic() + 5
                elif kill_at is not None and time.monotonic() > kill_at:
                    child.kill()  # asked to stop and still serving 5 s later
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 128 + stopping[0] if stopping else code


def main() -> None:
    """Entry point of the `metricsdb` script."""
    try:
        app()
    except BrokenPipeError:  # `metricsdb extract ... | head`: the reader left early, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


from . import cli_curation, cli_export, cli_new, cli_quality  # noqa: E402,F401  (register export, new, explain, eval, curation)
