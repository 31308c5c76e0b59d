"""`metricsdb new [--date D]`: what one day's report brought (metricsdb.whatsnew), in the terminal."""
from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Annotated, Optional

import typer

from .cli import DbOption, _require_records, app, open_store, user_errors
from .output import kind_text, table_text

TITLE_CHARS = 48  # a paper title cut to this in the table (the JSON output has it whole)


class NewFormat(str, Enum):
    table = "table"
    json = "json"


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@app.command()
def new(
    date: Annotated[Optional[str], typer.Option(help="The report date (YYYY-MM-DD). Default: the latest.",
                                                show_default=False)] = None,
    db: DbOption = None,
    output: Annotated[NewFormat, typer.Option("--format", "-f")] = NewFormat.table,
) -> None:
    """What one day's report brought: results that set a new best on their board, boards that appeared, and
    each paper's headline number."""
    from .whatsnew import whats_new

    with user_errors():
        store = open_store(db, existing=True)
        _require_records(store)
        news = whats_new(store, date)
    if output is NewFormat.json:
        typer.echo(json.dumps(dataclasses.asdict(news), ensure_ascii=False, indent=2))
        return
    earlier = [d for d in news.dates if d < news.date]
    typer.echo(f"What's new in the report of {news.date}"
               + (f" (the one before: {earlier[-1]})" if earlier else " (the first report)"))
    typer.echo(f"\nNew bests ({len(news.new_bests)}): results above everything on their board before this day")
    if news.new_bests:
        typer.echo(table_text([
            [f"{best.entry.benchmark} · {best.entry.metric} {'↓' if best.lower_is_better else '↑'}", best.entry.model,
             best.entry.shown, f"{best.previous.shown} {best.previous.model} ({best.previous.report_date})",
             best.entry.paper_id]
            for best in news.new_bests], ["board", "model", "value", "was", "paper"], disable_numparse=True))
    typer.echo(f"\nNew boards ({len(news.new_boards)}): benchmarks no earlier report had")
    if news.new_boards:
        typer.echo(table_text([
            [board.benchmark, board.records, board.papers,
             f"{kind_text(board.best.shown, board.best.kind)} {board.best.model} ({board.best.metric})" if board.best else ""]
            for board in news.new_boards], ["benchmark", "records", "papers", "best"], disable_numparse=True))
    read = [headline for headline in news.headlines if headline.entry is not None]
    typer.echo(f"\nHeadline numbers ({len(read)} of {len(news.headlines)} papers had results read)")
    if read:
        typer.echo(table_text([
            [h.paper_id, _short(h.title), f"{h.entry.benchmark} · {h.entry.metric}", h.entry.model,
             kind_text(h.entry.shown, h.entry.kind)]
            for h in read if h.entry is not None], ["paper", "title", "board", "model", "value"], disable_numparse=True))
    typer.echo("\nA board: metricsdb leaderboard BENCHMARK --metric METRIC; all of it with links: metricsdb app")
