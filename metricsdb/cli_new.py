"""`metricsdb new [--date D]`: what one day's report brought (metricsdb.whatsnew), in the terminal."""
from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from .cli import DbOption, _require_records, app, open_store, user_errors
from .output import kind_text, table_text, write_stdout

if TYPE_CHECKING:
    from .whatsnew import Entry

TITLE_CHARS = 48  # a paper title cut to this in the table (the JSON output has it whole)


class NewFormat(str, Enum):
    table = "table"
    json = "json"


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _corrected(entry: Optional[Entry], was: Optional[Entry] = None) -> str:
    """What hand corrections did to a shown value (its evidence still states the extracted one); the value
    it replaced as best too."""
    notes = [entry.corrected if entry else None, f"was: {was.corrected}" if was and was.corrected else None]
    return "; ".join(note for note in notes if note)


def _table(rows: list[list[object]], headers: list[str]) -> None:
    """Rows whose last cell is `_corrected`'s note: a `corrected` column only when a value was corrected."""
    if any(row[-1] for row in rows):
        headers = [*headers, "corrected"]
    else:
        rows = [row[:-1] for row in rows]
    typer.echo(table_text(rows, headers, disable_numparse=True))


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
        write_stdout(json.dumps(dataclasses.asdict(news), ensure_ascii=False, indent=2) + "\n")
        return
    from extractors.lexicon import metric_display as shown  # as `leaderboard` heads the board: `WER`, not `wer`

    earlier = [d for d in news.dates if d < news.date]
    typer.echo(f"What's new in the report of {news.date}"
               + (f" (the one before: {earlier[-1]})" if earlier else " (the first report)"))
    typer.echo(f"\nNew bests ({len(news.new_bests)}): results above everything on their board before this day")
    if news.new_bests:
        _table([
            [f"{best.entry.benchmark} · {shown(best.entry.metric)} {'↓' if best.lower_is_better else '↑'}", best.entry.model,
             best.entry.shown, f"{best.previous.shown} {best.previous.model} ({best.previous.report_date})",
             best.entry.paper_id, _corrected(best.entry, best.previous)]
            for best in news.new_bests], ["board", "model", "value", "was", "paper"])
    typer.echo(f"\nNew boards ({len(news.new_boards)}): benchmarks no earlier report had")
    if news.new_boards:
        _table([
            [board.benchmark, board.records, board.papers,
             f"{kind_text(board.best.shown, board.best.kind)} {board.best.model} ({shown(board.best.metric)})" if board.best else "",
             _corrected(board.best)]
            for board in news.new_boards], ["benchmark", "records", "papers", "best"])
    read = [headline for headline in news.headlines if headline.entry is not None]
    typer.echo(f"\nHeadline numbers ({len(read)} of {len(news.headlines)} papers had results read)")
    if read:
        _table([
            [h.paper_id, _short(h.title), f"{h.entry.benchmark} · {shown(h.entry.metric)}", h.entry.model,
             kind_text(h.entry.shown, h.entry.kind), _corrected(h.entry)]
            for h in read if h.entry is not None], ["paper", "title", "board", "model", "value"])
    typer.echo("\nA board: metricsdb leaderboard BENCHMARK --metric METRIC; all of it with links: metricsdb app")
