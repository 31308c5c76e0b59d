"""What the boards of a store say that the text does not: the figures of issue 12's "How it is measured".

- unnamed-system rows on default boards (each benchmark's board as `Store.leaderboard(name)` gives it);
- (paper, benchmark, metric, model) groups of overall scores holding several different values;
- boards ranked against the direction their own records state: said outright ("越低越好") for any board,
  implied by what the papers' methods do to the metric for a metric the list does not decide;
- benchmarks that are only a split, task or setting word (metricsdb.model.is_generic_benchmark).

`metricsdb eval --boards` stores the reports it evaluates and prints these; full agreement on matched
score records comes from the evaluation itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from extractors.lexicon import name_key

from .direction import EVIDENCE_COLUMNS, Evidence, listed_direction, said_direction, text_direction
from .model import is_generic_benchmark, is_unnamed_system

if TYPE_CHECKING:
    from .store import Store


@dataclass
class BoardAudit:
    default_boards: int = 0
    default_rows: int = 0
    unnamed_rows: list[str] = field(default_factory=list)
    """`benchmark: model` of each unnamed-system row on a default board."""
    groups: int = 0
    several_values: list[str] = field(default_factory=list)
    """`paper benchmark metric model: values` of each overall group holding several values."""
    ranked_boards: int = 0
    """(benchmark, metric) pairs with scores whose boards are ranked (their direction is known)."""
    against_evidence: list[str] = field(default_factory=list)
    """`benchmark · metric: ranked X is better, its records say Y` for each board ranked against its evidence."""
    generic_benchmarks: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        """The issue's figures: shares and counts, with the rows behind them."""
        share = lambda part, whole: round(part / whole, 4) if whole else 0.0
        return {
            "default_boards": self.default_boards,
            "default_rows": self.default_rows,
            "unnamed_row_share": share(len(self.unnamed_rows), self.default_rows),
            "overall_groups": self.groups,
            "several_values_share": share(len(self.several_values), self.groups),
            "ranked_boards": self.ranked_boards,
            "boards_against_evidence": len(self.against_evidence),
            "generic_benchmarks": len(self.generic_benchmarks),
            "rows": {
                "unnamed_rows": self.unnamed_rows, "several_values": self.several_values,
                "against_evidence": self.against_evidence, "generic_benchmarks": self.generic_benchmarks,
            },
        }


def audit(store: Store) -> BoardAudit:
    """Read every default board and every score board of the store."""
    from .store import NotInDatabaseError

    found = BoardAudit()
    records = store.records()
    records["benchmark_key"] = records["benchmark"].map(name_key)
    names = store.benchmarks()["name"].tolist()
    found.generic_benchmarks = [name for name in names if is_generic_benchmark(name)]
    for name in names:
        try:
            board = store.leaderboard(name, kind="score")
        except NotInDatabaseError:  # no scores, only changes
            continue
        found.default_boards += 1
        found.default_rows += len(board)
        found.unnamed_rows += [f"{name}: {model}" for model in board["model"] if is_unnamed_system(model)]

    overall = records[(records["kind"] == "score") & records["subset"].isna()]
    keys = [overall["paper_id"], overall["benchmark_key"], overall["metric"], overall["model"].map(name_key)]
    for (paper_id, _, metric, _), group in overall.groupby(keys, sort=True):
        found.groups += 1
        if group["value"].nunique() > 1:
            values = ", ".join(f"{v:g}" for v in sorted(group["value"].unique()))
            found.several_values.append(f"{paper_id} {group['benchmark'].iloc[0]} {metric} "
                                        f"{group['model'].iloc[0]}: {values}")

    scores = records[records["kind"] == "score"]
    for (key, metric), _ in scores.groupby(["benchmark_key", "metric"], sort=True):
        rows = records[(records["benchmark_key"] == key) & (records["metric"] == metric)]
        evidence = [Evidence(*row) for row in rows[list(EVIDENCE_COLUMNS)].itertuples(index=False)]
        said = said_direction(row.evidence for row in evidence)  # what the text says outright counts for every board;
        if said not in ("lower", "higher") and listed_direction(metric) is None:  # what it implies, where the list is silent
            said = text_direction(evidence)
        name = rows["benchmark"].iloc[0]
        subsets = rows.loc[(rows["kind"] == "score") & rows["subset"].notna(), "subset"]
        try:
            board = store.leaderboard(name, metric, kind="score")
        except NotInDatabaseError:  # only subset numbers: any of its boards has the same direction
            board = store.leaderboard(name, metric, kind="score", subset=subsets.iloc[0])
        lower = board.attrs["lower_is_better"]
        found.ranked_boards += lower is not None
        ranked = None if lower is None else ("lower" if lower else "higher")
        if ranked and said in ("lower", "higher") and said != ranked:
            found.against_evidence.append(f"{name} · {metric}: ranked {ranked} is better, its records say {said}")
    return found
