"""`metricsdb explain` and `metricsdb eval`: the commands a pattern author works with."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli import RulesOption, WithoutVocabularyOption, app, build_extractor, user_errors, warn
from .errors import MetricsdbError
from .model import Paper
from .output import table_text, terminal_lines, terminal_text
from .report import read_report


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


DEFAULT_TITLE = "Method: a sentence given on the command line"


@app.command()
def explain(
    source: Annotated[str, typer.Argument(help="A report file, or a results sentence in quotes.", show_default=False)],
    paper: Annotated[Optional[str], typer.Option(help="Only this paper (arXiv id) of a report file.")] = None,
    title: Annotated[str, typer.Option(help="Title for a sentence given as text; its prefix before ':' is the "
                                            "method name.")] = DEFAULT_TITLE,
    rules: RulesOption = None,
    without_vocabulary: WithoutVocabularyOption = False,
) -> None:
    """Show, for every number, the rule that claimed it and the record it became, or why not: the
    guard's reason, the rules whose matches lost it, or the cues missing for any rule to match."""
    from extractors import explain_paper

    with user_errors():
        extractor = build_extractor(rules, without_vocabulary)
        path = Path(source)
        if _names_a_file(path):
            report = read_report(path)
            papers = [p for p in report.papers if paper in (None, p.paper_id)]
            if not papers:
                raise MetricsdbError(f"{source}: no paper {paper}")
            typer.echo(terminal_lines("\n\n".join(explain_paper(extractor, p, report.date) for p in papers)))
        elif path.suffix in (".txt", ".md") and " " not in source:
            raise MetricsdbError(f"{source}: no such file")
        else:
            sentence = Paper("0000.00000", title, "", {"results": source})
            typer.echo(terminal_lines(explain_paper(extractor, sentence)))
            if title == DEFAULT_TITLE:  # 'EchoVox 的 WER 降至 4.1%' read as model=Method puzzled a new user
                typer.echo("(the paper's own method here is 'Method', from the default --title; give --title "
                           "'Name: ...' when the sentence names the paper's system)")


def _names_a_file(path: Path) -> bool:
    """True for an existing file; a long sentence is no file name (the system refuses names over 255 bytes)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


@app.command("eval")
def evaluate_command(
    golden: Annotated[Optional[list[Path]], typer.Argument(
        help="Golden files (default: golden/*.json under the current folder).", show_default=False)] = None,
    reports: Annotated[Optional[Path], typer.Option(
        help="Folder holding the reports the golden files name (default: the golden file's folder when the "
             "report is there, else the bundled sample reports).")] = None,
    output: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.table,
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List misses and false positives.")] = False,
    boards: Annotated[bool, typer.Option("--boards", help="Also store the reports (a temporary SQLite file) and "
                                         "measure their boards: unnamed-system rows, overall groups with several "
                                         "values, boards ranked against their evidence, generic benchmarks.")] = False,
    rules: RulesOption = None,
    without_vocabulary: WithoutVocabularyOption = False,
) -> None:
    """Score the extractor against hand-checked golden files: precision, recall, F1 per kind, and how
    much of what matched is fully right (benchmark, subset, model, metric, value)."""
    from .evaluate import evaluate

    with user_errors():
        extractor = build_extractor(rules, without_vocabulary)
        paths = golden or sorted(Path("golden").glob("*.json"))
        if not paths:
            raise MetricsdbError("no golden files: give their paths, or run from a folder holding golden/*.json")
        try:
            result = evaluate(paths, reports, extractor)
        except (OSError, ValueError) as exc:  # an unreadable or malformed golden file
            raise MetricsdbError(f"cannot evaluate: {exc}".splitlines()[0]) from None
        board_figures = _board_figures(result.reports) if boards else None
    figures = result.figures()
    if output is EvalFormat.json:
        payload = {"papers": result.papers, "kinds": figures}
        if board_figures is not None:
            payload["boards"] = board_figures
        if show_misses:
            payload["misses"] = [vars(m) for m in result.misses]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    columns = ("precision", "recall", "f1", "model_agreement", "metric_agreement", "subset_agreement",
               "full_agreement", "generic_name_rate", "direction_agreement",
               "true_positives", "false_positives", "false_negatives")
    rows = [[kind] + [f[c] for c in columns] for kind, f in figures.items()]
    typer.echo(f"{result.papers} papers")
    typer.echo(table_text(rows, ["kind", "P", "R", "F1", "model ok", "metric ok", "subset ok", "all ok", "unnamed",
                                 "direction ok", "TP", "FP", "FN"], floatfmt=".3f"))
    if board_figures is not None:
        _print_board_figures(board_figures, show_misses)
    if show_misses:
        for miss in result.misses:
            typer.echo(terminal_text(f"{miss.what:14} {miss.report} {miss.paper_id} {miss.kind} {miss.value:g} "
                                     f"| {miss.benchmark} | {miss.model} | {miss.metric} | {miss.rule or '-'} "
                                     f"| {miss.evidence}"))
    if not result.misses and not any(f["true_positives"] for f in figures.values()):
        warn("the golden files hold no records")


def _board_figures(reports: list[Path]) -> dict:
    """The board audit (metricsdb.board_audit) of a temporary SQLite store of `reports`."""
    import tempfile

    from .board_audit import audit
    from .store import Store

    with tempfile.TemporaryDirectory(prefix="metricsdb-eval-") as folder:
        store = Store(str(Path(folder) / "boards.db"))
        try:
            summary = store.ingest(list(dict.fromkeys(reports)))
            if summary.errors:
                raise MetricsdbError(summary.errors[0])
            return audit(store).figures()
        finally:
            store.close()


def _print_board_figures(figures: dict, details: bool) -> None:
    typer.echo(f"\nboards: {figures['default_boards']} default boards, {figures['default_rows']} rows, "
               f"{figures['ranked_boards']} ranked score boards")
    typer.echo(table_text([
        ["unnamed-system rows on default boards", figures["unnamed_row_share"], len(figures["rows"]["unnamed_rows"])],
        ["overall groups with several values", figures["several_values_share"],
         len(figures["rows"]["several_values"])],
        ["boards ranked against their evidence", "", figures["boards_against_evidence"]],
        ["split / generic words as benchmarks", "", figures["generic_benchmarks"]],
    ], ["figure", "share", "count"], floatfmt=".3f"))
    if details:
        for label, rows in figures["rows"].items():
            for row in rows:
                typer.echo(terminal_text(f"{label:18} {row}"))
