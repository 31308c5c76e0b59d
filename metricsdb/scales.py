"""Scales on a board: a share written as a percentage (48.6) and as a fraction of 1 (0.486) are not
ranked against each other (a reader would see 0.478 last, below 48.6, for the same EM).

Which metrics are shares is data (`data/board_metrics.yaml`, `proportions`): a `%` on some rows does
not make one (a human-normalised score of 129% is written 1.29 too). A row's scale is read from what its text states: a `%`, or a value above 1, is
a percentage; a value from 0 to 1 with no unit is a fraction of 1. Rows are never converted (0.5 may be
a fraction or half a per cent the text did not mark): each scale is ranked on its own.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

FRACTION = "fraction of 1"
"""How a row stated as a fraction of 1 is marked where a board's units are shown."""
_HEAD = re.compile(r"^(?P<head>.+?)@")


@lru_cache(maxsize=1)
def _board_metrics_file() -> dict[str, list]:
    """`data/board_metrics.yaml` as it is written."""
    import yaml  # here: most commands never ask

    return yaml.safe_load((Path(__file__).with_name("data") / "board_metrics.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _board_metrics() -> dict[str, frozenset[str]]:
    return {"proportions": frozenset(str(word).strip().lower() for word in _board_metrics_file()["proportions"])}


@lru_cache(maxsize=4096)
def is_proportion(metric: str) -> bool:
    """A share of a whole, higher is better (`accuracy`, `exact match`, `pass@1` by its head)."""
    head = _HEAD.match(metric)
    return metric in _board_metrics()["proportions"] or bool(head and head.group("head") in _board_metrics()["proportions"])


def is_fraction(value: float, value_high: Optional[float], unit: Optional[str]) -> bool:
    """A value from 0 to 1 whose text states no unit: a fraction of 1 where others are percentages."""
    return not unit and 0 <= value <= 1 and (value_high is None or value_high != value_high or value_high <= 1)


def is_percentage(value: float, unit: Optional[str]) -> bool:
    """A value stated with `%`, or one above 1 with no unit (no share of 1 is above 1)."""
    return unit == "%" or (not unit and value > 1)


def fraction_rows(metric: str, rows: Sequence[tuple[Any, ...]], value: int, value_high: int, unit: int) -> list[bool]:
    """For each row (tuples; the indexes of value, value_high and unit): whether it is a fraction of 1
    ranked apart. All False unless the metric is a listed share and the rows hold both percentages
    and fractions."""
    if not is_proportion(metric):
        return [False] * len(rows)
    fractions = [is_fraction(row[value], row[value_high], row[unit]) for row in rows]
    if not any(fractions) or not any(is_percentage(row[value], row[unit]) for row in rows):
        return [False] * len(rows)
    return fractions
