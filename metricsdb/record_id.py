"""Stable record ids: what a correction refers to, the same each time unchanged text is extracted.

A record's id is `<paper_id>-<8 hex digits>`, a hash of what the report says rather than of what the
extractor made of it: the paper, the kind, the evidence and where the number stands in the evidence
(`value_start`/`value_end`; the value itself for a record without them). Fixing a model or benchmark
name, by a correction or by a better rule, keeps the id. Records with all of these equal (one number
read for two systems, `A 和 B 均为 84.1`) are told apart by their order of extraction. The paper id
in front lets a reader see which paper a correction is about; the hash is unique within the paper.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any, Optional

from .model import Record


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:8]


def _where(value: float, value_high: Optional[float], start: Optional[int], end: Optional[int]) -> str:
    """The number's position in its evidence; its value when the extractor did not say where it stands."""
    if start is not None and end is not None:
        return f"@{start}:{end}"
    return f"={value!r}" + ("" if value_high is None else f"-{value_high!r}")


def record_ids(rows: Sequence[Any]) -> list[str]:
    """The id of each record (a Record, or anything with its attributes), in extraction order.

    Depends on the order only among records of one paper with the same kind, evidence and number
    position, so one paper's records give the same ids alone or within their whole report.
    """
    ids: list[str] = []
    seen: dict[tuple[str, ...], int] = {}
    taken: set[str] = set()
    for row in rows:
        key = (row.paper_id, row.kind, row.evidence,
               _where(row.value, row.value_high, getattr(row, "value_start", None), getattr(row, "value_end", None)))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        salt = 0
        while True:  # two different claims of one paper hashing alike (1 in 4 billion): the later one moves on
            made = f"{row.paper_id}-{_digest((*key, str(occurrence), str(salt)))}"
            if made not in taken:
                break
            salt += 1
        taken.add(made)
        ids.append(made)
    return ids


def with_record_ids(records: Sequence[Record]) -> list[Record]:
    """The records with their `record_id` set (records that have one keep it)."""
    ids = record_ids(records)
    return [record if record.record_id else record.model_copy(update={"record_id": made})
            for record, made in zip(records, ids)]
