"""Board directions decided when records change, not on every read.

A board whose metric the list does not decide takes its direction from its records' text
(metricsdb.direction), and reading every record of a large board to decide it cost most of a
leaderboard's time. That direction is the union of each paper's votes (direction.paper_votes), so
the store keeps the votes per paper, board (benchmark key, metric) and vote (direction_votes), and
rewrites a paper's rows whenever a report holding it is stored or replaced; a read unions the few
rows of its board. Corrections are applied on top at read time (curated_direction).

The votes depend on the word lists and the unnamed-system names, so the table is stamped with a
digest of them (direction_votes_rules): a store whose stamp differs (made by a metricsdb with other
word lists, or upgraded from before the table) is rebuilt when opened, and read the slow way until then.
"""
from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.engine import Connection


from .direction import EVIDENCE_COLUMNS, HIGHER, LOWER, BoardDirection, Evidence, board_direction, decide, paper_votes
from .model import RECORD_FIELDS, Record

if TYPE_CHECKING:
    from .curation import Curation, Found

VOTES_VERSION = 2
"""Raise when paper_votes changes what it counts: stores rebuild their votes."""
_CHUNK = 500  # values per IN (...): SQLite's variable limit
_COLUMNS = ("said_lower", "said_higher", "implied_lower", "implied_higher")


@lru_cache(maxsize=1)
def rules() -> str:
    """Digest of everything the votes depend on besides the records: word lists, unnamed-system names."""
    from .model import _generic_names

    data = Path(__file__).with_name("data")
    digest = hashlib.sha256(f"votes {VOTES_VERSION}\n".encode())
    digest.update((data / "direction_words.yaml").read_bytes())
    digest.update("\n".join(sorted(_generic_names()["unnamed_systems"])).encode())
    return digest.hexdigest()[:32]


def _tables() -> tuple[Any, Any, Any, Any]:
    from .store import direction_rules_table, direction_votes_table, papers_table, records_table

    return direction_votes_table, direction_rules_table, papers_table, records_table


@lru_cache(maxsize=1)
def _statements() -> dict[str, Any]:
    """The statements an ingest runs, built once (Store runs them through the driver: store._run_prebuilt)."""
    votes, rules_table, papers, _ = _tables()
    other = papers.alias("other")
    in_report = select(papers.c.paper_id).where(papers.c.report_id == bindparam("report_id"))
    return {
        "rules": select(rules_table.c.rules),
        "elsewhere": select(other.c.paper_id).distinct()  # the report's papers that other reports hold too
        .select_from(other.join(papers, other.c.paper_id == papers.c.paper_id))
        .where(papers.c.report_id == bindparam("report_id"), other.c.report_id != bindparam("report_id")),
        "forget": delete(votes).where(votes.c.paper_id.in_(in_report.scalar_subquery())),
    }


def fresh(conn: Connection) -> bool:
    """True when the stored votes were counted by these rules (one lookup)."""
    from .store import _run_prebuilt

    found = _run_prebuilt(conn, _statements()["rules"], {})
    return bool(found) and found[0][0] == rules()


_VOTE_COLUMNS = ("paper_id", "benchmark_key", "metric", *_COLUMNS)


def _rows(votes: Iterable[tuple[str, str, str, Any]]) -> list[tuple[Any, ...]]:
    """direction_votes rows (_VOTE_COLUMNS) of (paper, benchmark key, metric, Votes)."""
    return [(paper_id, key, metric, int(LOWER in vote.said), int(HIGHER in vote.said), int(LOWER in vote.implied),
             int(HIGHER in vote.implied)) for paper_id, key, metric, vote in votes]


def _count(rows: Iterable[tuple[str, str, Evidence]]) -> list[tuple[Any, ...]]:
    """Votes rows of (benchmark key, metric, evidence) triples: each board's papers counted apart."""
    boards: dict[tuple[str, str], list[Evidence]] = {}
    for key, metric, evidence in rows:
        boards.setdefault((key, metric), []).append(evidence)
    return _rows((paper_id, key, metric, vote) for (key, metric), evidence in boards.items()
                 for paper_id, vote in paper_votes(evidence).items())


def _stored_evidence(
    conn: Connection, paper_ids: Sequence[str], leave_out: Collection[str] = (),
) -> list[tuple[str, str, Evidence]]:
    """Every stored record of these papers (all their copies) but those whose id is in `leave_out`, as
    (benchmark key, metric, evidence)."""
    _, _, papers, records = _tables()
    found = []
    for start in range(0, len(paper_ids), _CHUNK):
        query = (select(records.c.benchmark_key, records.c.metric, records.c.record_id,
                        *(records.c[name] for name in EVIDENCE_COLUMNS))
                 .join(papers, records.c.paper_row_id == papers.c.id)
                 .where(papers.c.paper_id.in_(paper_ids[start:start + _CHUNK])))
        found += [(row[0], row[1], Evidence(*row[3:])) for row in conn.execute(query) if row[2] not in leave_out]
    return found


def refresh(conn: Connection, report_id: int, records: Sequence[Record], held: Collection[str]) -> None:
    """After a report's rows were stored: recount the votes of its papers, and of those the copy it
    replaced held (`held`). A paper found in no other report is counted from `records`."""
    from .store import _insert_rows, _name_key, _run_prebuilt

    if not fresh(conn):
        rebuild(conn)
        return
    votes = _tables()[0]
    statements = _statements()
    elsewhere = {row[0] for row in _run_prebuilt(conn, statements["elsewhere"], {"report_id": report_id})}
    _run_prebuilt(conn, statements["forget"], {"report_id": report_id})
    gone = sorted(set(held) - {record.paper_id for record in records} - elsewhere)  # rare: a paper left the report
    for start in range(0, len(gone), _CHUNK):
        conn.execute(delete(votes).where(votes.c.paper_id.in_(gone[start:start + _CHUNK])))
    counted = [(_name_key(record.benchmark), record.metric,
                Evidence(record.paper_id, record.kind, record.model, record.value, record.direction, record.evidence,
                         record.better))
               for record in records if record.paper_id not in elsewhere]
    counted += _stored_evidence(conn, sorted(elsewhere | set(gone)))
    _insert_rows(conn, votes, _VOTE_COLUMNS, _count(counted))


def rebuild(conn: Connection) -> None:
    """Count every paper's votes again from the stored records, and stamp them with these rules. Read
    a benchmark at a time (the leaderboard index's order): votes are counted per board."""
    from .store import _insert_rows

    votes, rules_table, _, records = _tables()
    conn.execute(delete(votes))
    query = select(records.c.benchmark_key, records.c.metric, *(records.c[name] for name in EVIDENCE_COLUMNS)) \
        .order_by(records.c.benchmark_key)
    rows: list[dict[str, Any]] = []
    batch: list[tuple[str, str, Evidence]] = []
    for row in conn.execute(query):
        if batch and row[0] != batch[-1][0] and len(batch) >= 10_000:
            rows += _count(batch)
            batch = []
        batch.append((row[0], row[1], Evidence(*row[2:])))
    rows += _count(batch)
    _insert_rows(conn, votes, _VOTE_COLUMNS, rows)
    conn.execute(delete(rules_table))
    conn.execute(insert(rules_table), {"id": 1, "rules": rules()})


def _union(rows: Iterable[Sequence[int]]) -> tuple[set[str], set[str]]:
    said: set[str] = set()
    implied: set[str] = set()
    for said_lower, said_higher, implied_lower, implied_higher in rows:
        said |= {LOWER} if said_lower else set()
        said |= {HIGHER} if said_higher else set()
        implied |= {LOWER} if implied_lower else set()
        implied |= {HIGHER} if implied_higher else set()
    return said, implied


def stored_direction(conn: Connection, key: str, metric: str) -> Optional[BoardDirection]:
    """The direction of the board (benchmark key, metric) from the stored votes, as board_direction
    gives it from the board's records; None when the votes are stale (read the records instead)."""
    if not fresh(conn):
        return None
    votes = _tables()[0]
    row = conn.execute(select(*(func.max(votes.c[name]) for name in _COLUMNS))
                       .where(votes.c.benchmark_key == key, votes.c.metric == metric)).one()
    return decide(metric, *_union([tuple(value or 0 for value in row)]))


def curated_direction(conn: Connection, view: Curation, found: Found, metric: str) -> BoardDirection:
    """board_direction of the board as corrections show it (benchmark `found`, `metric` as resolved):
    the stored votes of the papers corrections leave alone, recounted for those they touch. An alias
    merging boards or renaming systems (which may make one unnamed) counts the board's records."""
    from .curation import _key, changed_rows, records

    keys, key = found.keys, found.key
    metrics = view.preimage("metric", metric)
    if len(keys) != 1 or len(metrics) != 1 or view.aliases["model"] or not fresh(conn):
        return board_direction(metric, (Evidence(*(row[RECORD_FIELDS.index(column)] for column in EVIDENCE_COLUMNS))
                                        for row in records(conn, view, {"benchmark": found.name, "metric": metric})))
    stored_key, stored_metric = keys[0], metrics[0]
    changed = changed_rows(conn, view)
    arriving = [eff for _, eff in changed.arriving.get(key, [])
                if eff is not None and _key("metric", eff["metric"]) == metric]
    touched = {raw["paper_id"] for raw, _ in changed.leaving.get(stored_key, []) if raw["metric"] == stored_metric}
    touched |= {eff["paper_id"] for eff in arriving}
    votes = _tables()[0]
    kept = [row[1:] for row in conn.execute(select(votes.c.paper_id, *(votes.c[name] for name in _COLUMNS)).where(
        votes.c.benchmark_key == stored_key, votes.c.metric == stored_metric)) if row[0] not in touched]
    said, implied = _union(kept)
    if touched:
        evidence = [row for row_key, row_metric, row in _stored_evidence(conn, sorted(touched), view.patches)
                    if row_key == stored_key and row_metric == stored_metric]
        evidence += [Evidence(*(eff[column] for column in EVIDENCE_COLUMNS)) for eff in arriving]
        for vote in paper_votes(evidence).values():
            said |= vote.said
            implied |= vote.implied
    return decide(metric, said, implied)
