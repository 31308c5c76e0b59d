"""Metrics that are one measure under several names (`accuracy`, `pass@1`, `avg@32`): one board.

Which names are one measure is data (`data/board_metrics.yaml`, `same_measure`); records keep the
name their text used, boards group them, headed by the name the board's rows use most.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .scales import _board_metrics_file


@lru_cache(maxsize=1)
def _groups() -> list[re.Pattern[str]]:
    groups = _board_metrics_file().get("same_measure") or []
    return [re.compile("|".join(re.escape(str(name).strip().lower()).replace("@k", r"@\d+") for name in group))
            for group in groups]


@lru_cache(maxsize=4096)
def measure(metric: str) -> str:
    """The measure a metric names: its group's number (`#0`) when a `same_measure` group holds it,
    else the metric itself."""
    return next((f"#{i}" for i, group in enumerate(_groups()) if group.fullmatch(metric)), metric)


def grouped(counted: Iterable[tuple[str, int]]) -> dict[str, list[str]]:
    """(metric, records) pairs, most records first, as {board metric: its stored metrics}: the
    metrics of one measure under the one with most records, boards with most records first (stable)."""
    members: dict[str, list[str]] = {}
    totals: dict[str, int] = {}
    for metric, count in counted:
        key = measure(metric)
        members.setdefault(key, []).append(metric)
        totals[key] = totals.get(key, 0) + count
    order = sorted(members, key=lambda key: -totals[key])
    return {members[key][0]: members[key] for key in order}
