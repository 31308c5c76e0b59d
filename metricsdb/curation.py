"""Curation: reject, correct, alias and add records, kept apart from what the extractor stored.

A re-ingest replaces a report's extracted rows, so a fix written into them would be lost. Each fix
is instead a row of the `corrections` table naming the record by its stable `record_id`, and is
applied whenever records, boards, counts and exports are read. A correction whose record is gone
(the report's text changed) is kept and listed as orphaned, never dropped. Corrections are only
ever inserted, never updated, so two people correcting at once lose nothing; the corrections of one
record apply in the order they were made (time, then id), so every store that holds the same
corrections, in whatever order they were imported, shows the same records.

Reading stays as fast as before when there are no corrections (one count query). With corrections,
the corrected records are read once by id and kept until the next correction or ingest (two index
lookups tell); a board takes what SQL gives and changes only the rows corrections touch.
bench/curation_speed.py measures it: on 1,000,000 records with 1,000 corrections the median board
costs about what it costs with none.
"""
from __future__ import annotations

import getpass
import json
import math
import os
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Literal, Optional, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import case, func, select, update
from sqlalchemy.engine import Connection

from extractors.lexicon import name_key
from extractors.notation import IGNORABLE

from .direction import directed_first
from .errors import MetricsdbError
from .model import MAX_ABS_VALUE, MAX_NAME_CHARS, RECORD_FIELDS, Kind, Record
from .record_id import record_ids

if TYPE_CHECKING:
    from .store import Board, Store, Subsets

EDITABLE_FIELDS = ("benchmark", "subset", "model", "metric", "value", "value_high", "unit", "kind", "direction",
                   "reference")
ALIAS_FIELDS = ("benchmark", "model", "metric")
ADD_REQUIRED = ("benchmark", "model", "value")
ADDED_RULE = "curation.add"
"""The `rule` of a record added by hand: no extraction rule produced it."""
_ADDED_ORDER = 1 << 62  # added records sort after the extracted ones of equal value
_IN_CHUNK = 500  # record ids per IN (...) query

Action = Literal["reject", "correct", "add", "alias"]
AliasField = Literal["benchmark", "model", "metric"]


class CurationError(MetricsdbError):
    """A correction that cannot be made: an unknown field or record, a value that is not a number, ..."""


def default_author() -> str:
    """Who makes a correction when --by is not given: the OS user."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001  # no user name (a container without one): still record something
        return os.environ.get("USER") or "unknown"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "null"))


def clean_value(name: str, value: Any) -> Any:
    """A field's new value, checked and in its stored type: floats for values, None for an empty optional
    field, lower case for a metric. Raises CurationError naming the field and the problem."""
    if name not in EDITABLE_FIELDS:
        raise CurationError(f"unknown field {name!r}; fields that can be set: {', '.join(EDITABLE_FIELDS)}")
    if name in ("value", "value_high"):
        if name == "value_high" and _blank(value):
            return None
        try:
            number = float(value.strip() if isinstance(value, str) else value)
        except (TypeError, ValueError):
            raise CurationError(f"{name}={value!r} is not a number") from None
        if not (math.isfinite(number) and abs(number) <= MAX_ABS_VALUE):
            raise CurationError(f"{name}={value!r} is not a finite number within ±{MAX_ABS_VALUE:g}")
        return number
    text = None if value is None else str(value).strip()
    if name in ("subset", "unit", "reference", "direction") and _blank(text):
        return None
    if not text:
        raise CurationError(f"{name} cannot be empty")
    if name == "kind" and text not in ("score", "delta", "ratio"):
        raise CurationError(f"kind={text!r}: one of score, delta, ratio")
    if name == "direction" and text not in ("increase", "decrease"):
        raise CurationError(f"direction={text!r}: one of increase, decrease, or empty")
    if len(text) > MAX_NAME_CHARS or "\x00" in text:
        raise CurationError(f"{name}: at most {MAX_NAME_CHARS} characters, no NUL")
    return text.lower() if name == "metric" else text


def visible(changes: Mapping[str, Any]) -> dict[str, Any]:
    """`changes` without the characters that draw nothing (bidi controls, zero-width spaces), as the
    extractor's names are: a corrected model `Evil\u202eNet` drew the rest of its row backwards."""
    return {name: IGNORABLE.sub("", value) if isinstance(value, str) else value for name, value in changes.items()}


def clean_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of `changes` through clean_value, in the contract's order."""
    cleaned = {name: clean_value(name, value) for name, value in changes.items()}
    return {name: cleaned[name] for name in EDITABLE_FIELDS if name in cleaned}


def parse_assignments(assignments: Iterable[str]) -> dict[str, Any]:
    """`--set FIELD=VALUE` options as cleaned changes; a later one for a field wins."""
    changes: dict[str, str] = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        if not equals:
            raise CurationError(f"--set {assignment!r}: write FIELD=VALUE")
        changes[name.strip()] = value
    return clean_changes(changes)


class Correction(BaseModel):
    """One curation act: who did what to which record (or name), when and why.

    `original` is the record as extracted when it was corrected, so an orphaned correction still says
    what it was about. `orphaned` is worked out when corrections are listed, never stored.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=32)
    action: Action
    record_id: Optional[str] = None
    paper_id: Optional[str] = None
    field: Optional[AliasField] = None
    spelling: Optional[str] = None
    canonical: Optional[str] = None
    evidence: Optional[str] = None
    changes: dict[str, Any] = Field(default_factory=dict)
    original: Optional[dict[str, Any]] = None
    reason: str = ""
    by: str = Field(min_length=1)
    at: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
    orphaned: bool = False

    @model_validator(mode="after")
    def _complete(self) -> Correction:
        """What each action needs; the values set are checked as `metricsdb correct` checks them."""
        needs = {"reject": ("record_id",), "correct": ("record_id",), "add": ("record_id", "paper_id", "evidence"),
                 "alias": ("field", "spelling", "canonical")}[self.action]
        missing = [name for name in needs if not getattr(self, name)]
        if missing:
            raise ValueError(f"a {self.action} correction needs {', '.join(missing)}")
        if self.action in ("correct", "add"):
            if clean_changes(self.changes) != self.changes:
                raise ValueError("changes must hold cleaned field values")
            if self.action == "correct" and not self.changes:
                raise ValueError("a correct correction sets at least one field")
            absent = [name for name in ADD_REQUIRED if self.action == "add" and name not in self.changes]
            if absent:
                raise ValueError(f"an added record needs {', '.join(absent)}")
        return self


# ---------------------------------------------------------------- reading: what the corrections say

def _key(name_field: str, name: str) -> str:
    return name.strip().lower() if name_field == "metric" else name_key(name)


@dataclass
class Patch:
    """What the corrections of one record add up to."""

    rejected: bool = False
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Curation:
    """Every correction of a store, folded: per record, per added record, per alias."""

    version: tuple[Any, ...]
    corrections: list[Correction]
    patches: dict[str, Patch] = field(default_factory=dict)
    added: dict[str, Correction] = field(default_factory=dict)
    aliases: dict[str, dict[str, str]] = field(default_factory=lambda: {name: {} for name in ALIAS_FIELDS})
    """field -> key of a spelling -> the canonical name it resolves to (chains followed)."""
    structural: set[str] = field(default_factory=set)
    """Records rejected, or moved to another benchmark, kind, metric or subset: they change counts."""
    changed: Optional[tuple[tuple[Any, ...], Changed]] = None
    """changed_rows() as of a data version (data_version): read again only after an ingest."""

    @classmethod
    def fold(cls, version: tuple[Any, ...], corrections: list[Correction]) -> Curation:
        view = cls(version, corrections)
        direct: dict[str, dict[str, str]] = {name: {} for name in ALIAS_FIELDS}
        for correction in corrections:  # in order: a later correction of the same thing wins
            if correction.action == "alias":
                assert correction.field and correction.spelling and correction.canonical
                direct[correction.field][_key(correction.field, correction.spelling)] = correction.canonical
            elif correction.action == "add":
                assert correction.record_id
                view.added.setdefault(correction.record_id, correction)
            else:
                assert correction.record_id
                patch = view.patches.setdefault(correction.record_id, Patch())
                if correction.action == "reject":
                    patch.rejected = True
                else:
                    patch.changes.update(correction.changes)
        for name_field, spellings in direct.items():
            for key in spellings:
                seen = {key}
                canonical = spellings[key]
                while _key(name_field, canonical) in spellings and _key(name_field, canonical) not in seen:
                    seen.add(_key(name_field, canonical))
                    canonical = spellings[_key(name_field, canonical)]
                if name_field == "metric":
                    canonical = canonical.strip().lower()
                view.aliases[name_field][key] = canonical
        view.structural = {record_id for record_id, patch in view.patches.items()
                           if patch.rejected or {"benchmark", "kind", "metric", "subset"} & set(patch.changes)}
        return view

    @property
    def empty(self) -> bool:
        return not self.corrections

    def resolve(self, name_field: str, name: Optional[str]) -> Optional[str]:
        """The name as shown: its alias's canonical name, if it has one."""
        if name is None:
            return None
        return self.aliases[name_field].get(_key(name_field, name), name)

    def key(self, name_field: str, name: str) -> str:
        """The forgiving key of the name a spelling resolves to."""
        return _key(name_field, self.resolve(name_field, name) or "")

    def key_of_key(self, name_field: str, key: str) -> str:
        """A stored key, resolved through the aliases."""
        canonical = self.aliases[name_field].get(key)
        return key if canonical is None else _key(name_field, canonical)

    def preimage(self, name_field: str, key: str) -> list[str]:
        """Every stored key that resolves to `key`: itself (unless it is aliased away) and its spellings."""
        spellings = self.aliases[name_field]
        keys = [spelling for spelling, canonical in spellings.items() if _key(name_field, canonical) == key]
        return sorted(({key} if key not in spellings else set()) | set(keys))

    def canonical_name(self, name_field: str, key: str) -> Optional[str]:
        """The name an alias gives to `key`, when some alias resolves to it."""
        for canonical in self.aliases[name_field].values():
            if _key(name_field, canonical) == key:
                return canonical
        return None

    def apply(self, row: dict[str, Any]) -> Optional[dict[str, Any]]:
        """A stored record (a dict of its fields) as corrected and renamed; None when rejected."""
        patch = self.patches.get(row["record_id"])
        if patch is not None:
            if patch.rejected:
                return None
            row = {**row, **patch.changes}
        for name_field in ALIAS_FIELDS:
            if self.aliases[name_field]:
                row[name_field] = self.resolve(name_field, row[name_field])
        return row


def _correction_from_row(row: Any) -> Correction:
    return Correction.model_construct(
        id=row.correction_id, action=row.action, record_id=row.record_id, paper_id=row.paper_id, field=row.field,
        spelling=row.spelling, canonical=row.canonical, evidence=row.evidence, changes=json.loads(row.changes),
        original=json.loads(row.original) if row.original else None, reason=row.reason, by=row.author,
        at=row.created_at, orphaned=False)


def load(conn: Connection, cached: Optional[Curation]) -> Curation:
    """The store's corrections, folded; `cached` again when no correction was made since (one count query)."""
    from .store import corrections_table as table

    version = tuple(conn.execute(select(func.count(), func.max(table.c.seq))).one())
    if cached is not None and cached.version == version:
        return cached
    if not version[0]:
        return Curation(version, [])
    rows = conn.execute(select(table).order_by(table.c.created_at, table.c.correction_id)).all()
    return Curation.fold(version, [_correction_from_row(row) for row in rows])


_STORED = ("id", "report_id", "paper_row_id", "position", "benchmark_key", "model_key")


def _stored_rows(conn: Connection, record_id_list: Sequence[str]) -> list[dict[str, Any]]:
    """The stored rows of these record ids (a paper in two reports has two), as dicts of their fields."""
    from .store import records_table as table

    columns = [table.c[name] for name in (*_STORED, *RECORD_FIELDS)]
    rows: list[dict[str, Any]] = []
    for start in range(0, len(record_id_list), _IN_CHUNK):
        chunk = record_id_list[start:start + _IN_CHUNK]
        rows += [dict(row._mapping) for row in conn.execute(select(*columns).where(table.c.record_id.in_(chunk)))]
    return rows


def _latest_papers(conn: Connection, paper_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each paper's copy in its latest report: title, url, date, row ids and results text."""
    from .store import papers_table, reports_table

    wanted = sorted(set(paper_ids))
    if not wanted:
        return {}
    query = (
        select(papers_table.c.paper_id, papers_table.c.title, papers_table.c.url, papers_table.c.results_text,
               papers_table.c.id.label("paper_row_id"), reports_table.c.id.label("report_id"),
               reports_table.c.date)
        .join(reports_table, papers_table.c.report_id == reports_table.c.id)
        .where(papers_table.c.paper_id.in_(wanted))
        .order_by(reports_table.c.date, reports_table.c.id)
    )
    return {row.paper_id: dict(row._mapping) for row in conn.execute(query)}  # the last copy wins


def _added_row(correction: Correction, paper: Optional[dict[str, Any]]) -> Optional[dict[str, Any]]:
    """An added record as a stored row would hold it; None when its paper or its evidence is gone."""
    if paper is None or not correction.evidence or correction.evidence not in paper["results_text"]:
        return None
    fields = {"subset": None, "value_high": None, "unit": None, "direction": None, "reference": None,
              "kind": "score", "metric": "score", **correction.changes}
    return {
        "id": _ADDED_ORDER, "report_id": paper["report_id"], "paper_row_id": paper["paper_row_id"],
        "position": _ADDED_ORDER, "benchmark_key": name_key(fields["benchmark"]), "model_key": name_key(fields["model"]),
        "paper_id": correction.paper_id, "paper_title": paper["title"], "paper_url": paper["url"],
        "report_date": paper["date"], **fields, "evidence": correction.evidence, "rule": ADDED_RULE,
        "record_id": correction.record_id, "value_start": None, "value_end": None, "better": None,
    }


@dataclass
class Changed:
    """The records corrections touch: each stored row of a corrected record (`raw`), or an added
    record (`raw` None), with what it becomes (`effective`, None when rejected)."""

    pairs: list[tuple[Optional[dict[str, Any]], Optional[dict[str, Any]]]]
    present: set[str]
    """record ids that exist: stored, or added with their evidence still in the paper."""
    leaving: dict[str, list[tuple[dict[str, Any], Optional[dict[str, Any]]]]] = field(default_factory=dict)
    """Stored benchmark key -> its rows that corrections reject or move (benchmark, kind, metric, subset)."""
    arriving: dict[str, list[tuple[Optional[dict[str, Any]], dict[str, Any]]]] = field(default_factory=dict)
    """Benchmark key as corrected -> the rows shown on it that corrections touch, added ones included."""

    def index(self, structural: set[str]) -> Changed:
        """Fill `leaving` and `arriving`, so a board finds its rows without looking at the others."""
        for raw, eff in self.pairs:
            if raw is not None and raw["record_id"] in structural:
                self.leaving.setdefault(raw["benchmark_key"], []).append((raw, eff))
            if eff is not None:
                self.arriving.setdefault(name_key(eff["benchmark"]), []).append((raw, eff))
        return self


def data_version(conn: Connection) -> tuple[Any, ...]:
    """Changes with every ingest (two index lookups): the newest record row and report time. Record ids
    never come back on PostgreSQL; on SQLite one machine's clock orders the ingest times."""
    from .store import records_table, reports_table

    return tuple(conn.execute(select(select(func.max(records_table.c.id)).scalar_subquery(),
                                     select(func.max(reports_table.c.ingested_at)).scalar_subquery())).one())


def changed_rows(conn: Connection, view: Curation) -> Changed:
    """The rows corrections touch, as they are and as corrected; kept on `view` until the next ingest."""
    version = data_version(conn)
    if view.changed is None or view.changed[0] != version:
        view.changed = (version, _read_changed(conn, view))
    return view.changed[1]


def _read_changed(conn: Connection, view: Curation) -> Changed:
    stored = _stored_rows(conn, sorted(view.patches))
    pairs: list[tuple[Optional[dict[str, Any]], Optional[dict[str, Any]]]] = [(row, view.apply(row)) for row in stored]
    present = {row["record_id"] for row in stored}
    papers = _latest_papers(conn, (correction.paper_id for correction in view.added.values() if correction.paper_id))
    for number, correction in enumerate(view.added.values()):
        row = _added_row(correction, papers.get(correction.paper_id or ""))
        if row is not None and row["record_id"] not in present:  # an added id the extractor now finds: its row wins
            row["id"] = row["position"] = _ADDED_ORDER + number
            present.add(row["record_id"])
            pairs.append((None, view.apply(row)))
    return Changed(pairs, present).index(view.structural)


# ---------------------------------------------------------------- reading: boards, records, counts

@dataclass
class Found:
    """A benchmark as the corrections show it: its name, key, stored keys, and record counts per
    (kind, metric, subset)."""

    name: str
    key: str
    keys: list[str]
    mine: list[tuple[Optional[dict[str, Any]], Optional[dict[str, Any]]]]
    """Rows corrections reject or move off this benchmark (or to another kind, metric or subset of it),
    and rows they move or add onto it, each with what it becomes."""
    counts: Counter[tuple[str, str, Optional[str]]]

    def metrics(self, kind: str, subsets: Optional[list[str]] = None) -> list[str]:
        """Metrics of a board (`kind` records, overall or of the subset's spellings), most records
        first, ties by code point, those without a direction last (as Store._metrics)."""
        return directed_first(list(self.measures(kind, subsets)))

    def measures(self, kind: str, subsets: Optional[list[str]] = None) -> dict[str, list[str]]:
        """{metric: its names} of a board, names of one measure together (as Store._measures)."""
        from .measures import grouped

        per_metric: Counter[str] = Counter()
        for (k, m, subset), count in self.counts.items():
            if k == kind and (subset is None if subsets is None else subset in subsets):
                per_metric[m] += count
        return grouped(sorted(((m, count) for m, count in per_metric.items() if count > 0),
                              key=lambda pair: (-pair[1], pair[0])))

    def subsets(self, kind: str) -> Subsets:
        """The benchmark's subsets among its `kind` records (as Store._subsets)."""
        from .store import subset_groups

        per_subset: Counter[str] = Counter()
        for (k, _, subset), count in self.counts.items():
            if k == kind and subset is not None:
                per_subset[subset] += count
        return subset_groups(sorted(((s, c) for s, c in per_subset.items() if c > 0), key=lambda sc: (-sc[1], sc[0])),
                             name_key(self.name))

    def subset_spellings(self, kind: str, wanted: Optional[str]) -> Optional[list[str]]:
        """The stored spellings of the subset asked for (None: the overall board)."""
        from .store import choose_subset

        return choose_subset(self.name, kind, self.subsets(kind), wanted)[0]


def find(store: Store, conn: Connection, view: Curation, wanted: str) -> Found:
    """The benchmark `wanted` means once aliases and corrections apply; NotInDatabaseError naming close
    ones when no record shows it."""
    from .store import NotInDatabaseError, _by_code_point, _close_names, records_table as table

    key = view.key("benchmark", wanted)
    keys = view.preimage("benchmark", key)
    inside = set(keys)
    changed = changed_rows(conn, view)
    mine = [pair for stored_key in keys for pair in changed.leaving.get(stored_key, [])]  # rejected or moved
    mine += [(raw, eff) for raw, eff in changed.arriving.get(key, [])  # moved here from elsewhere, or added
             if raw is None or raw["benchmark_key"] not in inside]
    counts: Counter[tuple[str, str, Optional[str]]] = Counter()
    for row_kind, row_metric, row_subset, count in conn.execute(
            select(table.c.kind, table.c.metric, table.c.subset, func.count()).where(table.c.benchmark_key.in_(keys))
            .group_by(table.c.kind, table.c.metric, table.c.subset)):
        counts[(row_kind, view.resolve("metric", row_metric), row_subset)] += count
    for raw, eff in mine:
        if raw is not None and raw["benchmark_key"] in keys:
            counts[(raw["kind"], view.resolve("metric", raw["metric"]), raw["subset"])] -= 1
        if eff is not None and name_key(eff["benchmark"]) == key:
            counts[(eff["kind"], eff["metric"], eff["subset"])] += 1
    if not any(count > 0 for count in counts.values()):
        names = {name_key(row[0]): row[0] for row in counted(conn, view, "benchmark", "paper_id")}
        close = _close_names(wanted, names)
        if not names:
            raise NotInDatabaseError(f"no benchmark named {wanted!r}: the database has no records")
        if close:
            raise NotInDatabaseError(f"no benchmark named {wanted!r}; did you mean {', '.join(close)}?")
        raise NotInDatabaseError(f"no benchmark named {wanted!r} among the {len(names)} in the database")
    name = view.canonical_name("benchmark", key) or conn.execute(
        select(func.min(_by_code_point(table.c.benchmark))).where(table.c.benchmark_key == key)).scalar()
    name = name or min(eff["benchmark"] for _, eff in mine if eff is not None and name_key(eff["benchmark"]) == key)
    return Found(name, key, keys, mine, counts)


def board(store: Store, conn: Connection, view: Curation, wanted: str, metric: Optional[str],
          kind: Optional[str], subset: Optional[str] = None, include_unnamed: bool = False) -> Board:
    """Store.leaderboard_rows with the corrections applied (same columns, order, ranking, subsets and
    unnamed systems; no `kind`: scores, else the kind the benchmark has most records of); a board the
    metric list does not decide takes its direction from the corrected records."""
    from .board_votes import curated_direction
    from .direction import FROM_LIST, LOWER, UNKNOWN, BoardDirection, listed_direction, timed_direction
    from .measures import measure
    from .store import (
        BOARD_QUERY_COLUMNS, Board, NotInDatabaseError, _board_rows, choose_subset, no_overall_numbers, records_table as table,
    )

    found = find(store, conn, view, wanted)
    name, key, keys, mine, counts = found.name, found.key, found.keys, found.mine, found.counts
    per_kind: Counter[str] = Counter()
    for (k, _, _), count in counts.items():
        if count > 0:
            per_kind[k] += count
    if kind is None:
        kind = "score" if per_kind["score"] or not per_kind else sorted(per_kind, key=lambda k: (-per_kind[k], k))[0]
    subsets = found.subsets(kind)
    spellings, shown_subset = choose_subset(name, kind, subsets, subset)
    measures = found.measures(kind, spellings)
    metrics = directed_first(list(measures))
    if not metrics and spellings is None and subsets:
        raise no_overall_numbers(name, kind, subsets)
    if not metrics:
        raise NotInDatabaseError(f"{name} has no {kind} records, only {', '.join(sorted(per_kind))}")
    if metric is None:
        metric = metrics[0]
    else:
        asked = measure(view.resolve("metric", metric.strip().lower()) or "")
        found_metric = next((known for known in metrics if measure(known) == asked), None)
        if found_metric is None:
            raise NotInDatabaseError(f"{name} has no {kind} records of metric {metric!r}; it has {', '.join(metrics)}")
        metric = found_metric
    members = measures[metric]
    listed = next((listed for member in members if (listed := listed_direction(member)) is not None), None)
    direction = BoardDirection(listed, FROM_LIST) if listed is not None else curated_direction(  # as Store._direction
        conn, view, found, metric)
    shown = BOARD_QUERY_COLUMNS
    subset_column = table.c.subset
    query = (select(*(table.c[column] for column in shown), table.c.id, table.c.model_key)
             .where(table.c.benchmark_key.in_(keys), table.c.kind == kind,
                    table.c.metric.in_([stored for member in members for stored in view.preimage("metric", member)]),
                    subset_column.is_(None) if spellings is None else subset_column.in_(spellings)))
    at = {column: index for index, column in enumerate((*shown, "id"))}
    model_aliases = view.aliases["model"]
    rows: list[tuple[Any, ...]] = []  # shown columns, then the row id: tuples as SQL gives them, but for
    for row in conn.execute(query):   # the few rows a correction changes in place
        record_id = row[at["record_id"]]
        if record_id in view.structural:
            continue  # in `mine`, as corrected
        if record_id in view.patches or (model_aliases and row[-1] in model_aliases):
            eff = view.apply(dict(zip((*shown, "id"), row), benchmark=name, kind=kind, metric=metric))
            rows.append((*(eff[column] for column in shown), eff["id"]))  # type: ignore[index]  # not rejected
        else:
            rows.append(tuple(row[:-1]))
    rows += [(*(eff[column] for column in shown), eff["id"]) for _, eff in mine
             if eff is not None and name_key(eff["benchmark"]) == key and eff["kind"] == kind and eff["metric"] in members
             and (eff["subset"] is None if spellings is None else eff["subset"] in spellings)]

    def signed(row: tuple[Any, ...]) -> float:
        return -row[at["value"]] if row[at["direction"]] == "decrease" else row[at["value"]]

    direction = timed_direction(direction, (row[at["unit"]] for row in rows))  # every value a duration: shorter is better
    if direction.direction == UNKNOWN:  # as the store lists such a board: newest first, then paper and id
        rows.sort(key=lambda row: (row[at["paper_id"]], row[-1]))
        rows.sort(key=lambda row: row[at["report_date"]], reverse=True)
    else:
        rows.sort(key=lambda row: (row[at["model"]], row[at["paper_id"]], row[-1]))
        rows.sort(key=signed, reverse=direction.direction != LOWER)  # stable: ties stay by model, paper, id
    board_rows, hidden = _board_rows([(*row[:-1], signed(row)) for row in rows], direction.direction, include_unnamed)
    return Board(name, metric, kind, direction, board_rows, shown_subset,
                 {label: count for label, (_, count) in subsets.items()}, hidden)


def records(conn: Connection, view: Curation, filters: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Store.records with the corrections applied: rows of RECORD_FIELDS, in report and extraction order."""
    from .store import records_table as table

    conditions = []
    wanted: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        if name in ALIAS_FIELDS:
            wanted[name] = view.key(name, value)
            column = table.c.metric if name == "metric" else table.c[f"{name}_key"]
            conditions.append(column.in_(view.preimage(name, wanted[name])))
        else:
            wanted[name] = value
            conditions.append(table.c[name] == value)

    def matches(row: dict[str, Any]) -> bool:
        return all((_key(name, row[name]) if name in ALIAS_FIELDS else row[name]) == value
                   for name, value in wanted.items())

    query = select(*(table.c[name] for name in ("report_id", "position", *RECORD_FIELDS))).where(*conditions)
    rows = []
    for row in conn.execute(query):
        values = dict(row._mapping)
        if values["record_id"] not in view.patches:
            rows.append(view.apply(values))
    changed = changed_rows(conn, view)  # a benchmark's: only the rows corrections show on it
    candidates = changed.arriving.get(wanted["benchmark"], []) if "benchmark" in wanted else changed.pairs
    rows += [eff for _, eff in candidates if eff is not None and matches(eff)]
    rows.sort(key=lambda row: (row["report_date"], row["report_id"], row["position"]))
    return [tuple(row[name] for name in RECORD_FIELDS) for row in rows]


def counted(conn: Connection, view: Curation, group_field: str, distinct: str,
            by_kind: bool = False) -> list[tuple[Any, ...]]:
    """Store.benchmarks / models with the corrections applied: (name, records, [score, delta, ratio
    records when `by_kind`,] distinct count) rows, most records first. Only the groups an alias or a
    correction touches are rebuilt from their rows."""
    from .store import _by_code_point, records_table as table

    kinds = get_args(Kind) if by_kind else ()
    group_column = table.c[f"{group_field}_key"]
    distinct_column = table.c[distinct]
    raw = conn.execute(select(group_column, func.min(_by_code_point(table.c[group_field])), func.count(),
                              *(func.count(case((table.c.kind == kind, 1))) for kind in kinds),
                              func.count(func.distinct(distinct_column))).group_by(group_column)).all()
    changed = changed_rows(conn, view)
    touched = set(view.aliases[group_field])
    touched |= {_key(group_field, canonical) for canonical in view.aliases[group_field].values()}
    if distinct == "benchmark_key" and view.aliases["benchmark"]:  # a merge of benchmarks changes models' counts
        touched |= set(conn.execute(select(group_column).distinct()
                                    .where(distinct_column.in_(sorted(view.aliases["benchmark"])))).scalars())
    for raw_row, eff in changed.pairs:
        if raw_row is not None:
            touched.add(raw_row[f"{group_field}_key"])
        if eff is not None:
            touched.add(name_key(eff[group_field]))
    groups: dict[str, list[Any]] = defaultdict(lambda: [0, set(), [], Counter()])

    def count(group_key: str, distinct_value: str, name: str, kind: str) -> None:
        group = groups[group_key]
        group[0] += 1
        group[1].add(distinct_value)
        group[2].append(name)
        group[3][kind] += 1

    touched_list = sorted(touched)
    for start in range(0, len(touched_list), _IN_CHUNK):
        for row in conn.execute(select(group_column, distinct_column, table.c[group_field], table.c.record_id,
                                       table.c.kind)
                                .where(group_column.in_(touched_list[start:start + _IN_CHUNK]))):
            if row[3] in view.patches:
                continue
            value = view.key_of_key("benchmark", row[1]) if distinct == "benchmark_key" else row[1]
            count(view.key_of_key(group_field, row[0]), value, view.resolve(group_field, row[2]) or row[2], row[4])
    for _, eff in changed.pairs:
        if eff is not None:
            value = name_key(eff["benchmark"]) if distinct == "benchmark_key" else eff[distinct]
            count(name_key(eff[group_field]), value, eff[group_field], eff["kind"])
    result = [tuple(row[1:]) for row in raw if row[0] not in touched]
    result += [(view.canonical_name(group_field, key) or min(names), total, *(per_kind[kind] for kind in kinds),
                len(values)) for key, (total, values, names, per_kind) in groups.items() if total]
    result.sort(key=lambda row: (-row[1], row[0]))
    return result


def record_count(conn: Connection, view: Curation, stored: int) -> int:
    """How many records a reader sees: the stored ones, less the rejected, plus those added."""
    changed = changed_rows(conn, view)
    return stored + sum((eff is not None) - (raw is not None) for raw, eff in changed.pairs)


def paper_counts(conn: Connection, view: Curation) -> Counter[int]:
    """Per paper row: how many records corrections take away (negative) or add."""
    change: Counter[int] = Counter()
    for raw, eff in changed_rows(conn, view).pairs:
        if raw is not None and eff is None:
            change[raw["paper_row_id"]] -= 1
        elif raw is None and eff is not None:
            change[eff["paper_row_id"]] += 1
    return change


# ---------------------------------------------------------------- writing

def _insert(conn: Connection, correction: Correction) -> None:
    from .store import corrections_table

    conn.execute(corrections_table.insert().values(
        correction_id=correction.id, action=correction.action, record_id=correction.record_id,
        paper_id=correction.paper_id, field=correction.field, spelling=correction.spelling,
        canonical=correction.canonical, evidence=correction.evidence,
        changes=json.dumps(correction.changes, ensure_ascii=False),
        original=None if correction.original is None else json.dumps(correction.original, ensure_ascii=False),
        reason=correction.reason, author=correction.by, created_at=correction.at))


def _new(action: str, by: Optional[str], reason: str, **fields: Any) -> Correction:
    try:
        return Correction(id=uuid.uuid4().hex, action=action, by=(by or "").strip() or default_author(),
                          reason=reason.strip(), at=_now(), **fields)
    except ValidationError as exc:
        raise CurationError(_first_error(exc)) from None


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"{where + ': ' if where else ''}{error['msg'].removeprefix('Value error, ')}"


def _require_reason(reason: str) -> None:
    if not reason.strip():
        raise CurationError("give a reason (--reason TEXT): it is what a reviewer reads")


def _current(conn: Connection, view: Curation, record_id: str) -> dict[str, Any]:
    """The record as readers see it now (for checks), or CurationError when there is no such record."""
    if not record_id.strip():
        raise CurationError("no record id given")
    stored = _stored_rows(conn, [record_id])
    if stored:
        row = stored[0]
    else:
        correction = view.added.get(record_id)
        papers = _latest_papers(conn, [correction.paper_id]) if correction and correction.paper_id else {}
        row = _added_row(correction, papers.get(correction.paper_id or "")) if correction else None
        if row is None:
            raise CurationError(f"no record {record_id!r} in the database (`metricsdb leaderboard --format json` "
                                "and `metricsdb export` show record ids)")
    patch = view.patches.get(record_id)
    if patch is not None and patch.rejected:
        raise CurationError(f"record {record_id} is already rejected")
    return row


def _contract(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in RECORD_FIELDS}


def reject(store: Store, record_id: str, reason: str, by: Optional[str] = None) -> Correction:
    _require_reason(reason)
    with store._write() as conn:
        row = _current(conn, load(conn, None), record_id)
        correction = _new("reject", by, reason, record_id=record_id, paper_id=row["paper_id"], original=_contract(row))
        _insert(conn, correction)
    return correction


def correct(store: Store, record_id: str, changes: Mapping[str, Any], reason: str, by: Optional[str] = None) -> Correction:
    _require_reason(reason)
    cleaned = clean_changes(visible(changes))
    if not cleaned:
        raise CurationError("nothing to correct: give --set FIELD=VALUE")
    with store._write() as conn:
        view = load(conn, None)
        row = _current(conn, view, record_id)
        patch = view.patches.get(record_id)
        _valid_record({**row, **(patch.changes if patch else {}), **cleaned})
        correction = _new("correct", by, reason, record_id=record_id, paper_id=row["paper_id"], changes=cleaned,
                          original=_contract(row))
        _insert(conn, correction)
    return correction


def _valid_record(fields: dict[str, Any]) -> None:
    """The corrected record must still be a contract record."""
    try:
        Record(**{name: fields[name] for name in RECORD_FIELDS})
    except ValidationError as exc:
        raise CurationError(f"the corrected record would be invalid: {_first_error(exc)}") from None


def alias(store: Store, name_field: str, spelling: str, canonical: str, reason: str = "",
          by: Optional[str] = None) -> Correction:
    if name_field not in ALIAS_FIELDS:
        raise CurationError(f"alias {name_field!r}: one of {', '.join(ALIAS_FIELDS)}")
    spelling, canonical = spelling.strip(), IGNORABLE.sub("", canonical).strip()
    clean_value(name_field, canonical)
    if not spelling:
        raise CurationError("alias: the spelling is empty")
    if spelling == canonical:
        raise CurationError(f"alias: {spelling!r} is already spelled that way")
    correction = _new("alias", by, reason, field=name_field, spelling=spelling, canonical=canonical)
    with store._write() as conn:
        _insert(conn, correction)
    return correction


def add(store: Store, paper_id: str, evidence: str, fields: Mapping[str, Any], reason: str = "",
        by: Optional[str] = None) -> Correction:
    """A result the extractor missed, stated by `evidence` in the paper's results text."""
    cleaned = clean_changes(visible(fields))
    absent = [name for name in ADD_REQUIRED if name not in cleaned]
    if absent:
        raise CurationError(f"an added record needs --set {'=... --set '.join(absent)}=...")
    if not evidence.strip():
        raise CurationError("--evidence is empty")
    with store._write() as conn:
        paper = _latest_papers(conn, [paper_id]).get(paper_id)
        if paper is None:
            raise CurationError(f"no paper {paper_id!r} in the database")
        if evidence not in paper["results_text"]:
            raise CurationError(f"the evidence is not in the results text of paper {paper_id}: copy it exactly")
        draft = {"subset": None, "value_high": None, "unit": None, "direction": None, "reference": None,
                 "kind": "score", "metric": "score", **cleaned}
        row = {**draft, "paper_id": paper_id, "paper_title": paper["title"], "paper_url": paper["url"],
               "report_date": paper["date"], "evidence": evidence, "rule": ADDED_RULE, "record_id": None,
               "value_start": None, "value_end": None, "better": None}
        _valid_record(row)
        made = "added-" + record_ids([Record(**{name: row[name] for name in RECORD_FIELDS})])[0]
        view = load(conn, None)
        if made in view.added or _stored_rows(conn, [made]):
            raise CurationError(f"this result is already there as record {made}")
        correction = _new("add", by, reason, record_id=made, paper_id=paper_id, evidence=evidence, changes=cleaned)
        _insert(conn, correction)
    return correction


def listed(store: Store, orphaned_only: bool = False) -> list[Correction]:
    """Every correction in the order applied, each saying whether its record is gone."""
    with store._read() as conn:
        view = load(conn, None)
        present = changed_rows(conn, view).present
    shown = [correction.model_copy(update={"orphaned": correction.action != "alias" and correction.record_id not in present})
             for correction in view.corrections]
    return [correction for correction in shown if correction.orphaned or not orphaned_only]


# ---------------------------------------------------------------- sharing: YAML files

EXPORT_HEADER = ("# metricsdb corrections: `metricsdb corrections import FILE` applies them to another store\n"
                 "# (importing a file twice changes nothing). `original` is the record as it was extracted.\n")


def to_yaml(corrections: Sequence[Correction]) -> str:
    """The corrections as a YAML document, one mapping per correction, readable in a review."""
    items = [correction.model_dump(exclude={"orphaned"}, exclude_none=True, exclude_defaults=False)
             for correction in corrections]
    for item in items:
        if not item["changes"]:
            del item["changes"]
    body = yaml.safe_dump({"corrections": items}, allow_unicode=True, sort_keys=False, width=110)
    return EXPORT_HEADER + body


def from_yaml(text: str, label: str) -> list[Correction]:
    """Corrections read from a YAML export; CurationError naming the file and the first problem."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise CurationError(f"{label}: not YAML{where}") from None
    items = document.get("corrections") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise CurationError(f"{label}: no `corrections:` list (write one with `metricsdb corrections export`)")
    corrections = []
    for number, item in enumerate(items, start=1):
        try:
            if not isinstance(item, dict):
                raise CurationError("not a mapping")
            corrections.append(Correction.model_validate({**item, "orphaned": False}))
        except ValidationError as exc:
            raise CurationError(f"{label}: correction {number}: {_first_error(exc)}") from None
        except CurationError as exc:
            raise CurationError(f"{label}: correction {number}: {exc}") from None
    return corrections


def import_corrections(store: Store, corrections: Sequence[Correction]) -> tuple[int, int]:
    """Store the corrections this store does not have yet (by id), in one transaction: (imported, already there)."""
    from .store import corrections_table as table

    imported = 0
    with store._write() as conn:
        have = set(conn.execute(select(table.c.correction_id)).scalars())
        for correction in corrections:
            if correction.id not in have:  # also the same id twice in one file
                have.add(correction.id)
                _insert(conn, correction)
                imported += 1
    return imported, len(corrections) - imported


# ---------------------------------------------------------------- flags (the app's readers)

FlagStatus = Literal["open", "accepted", "dismissed"]


class Flag(BaseModel):
    """A reader's note that a row looks wrong, until a reviewer accepts or dismisses it."""

    model_config = ConfigDict(frozen=True)

    id: int
    record_id: str
    reason: str
    by: str
    at: str
    status: FlagStatus
    resolved_by: Optional[str] = None
    resolved_at: Optional[str] = None
    resolution: Optional[str] = None


def flag(store: Store, record_id: str, reason: str, by: Optional[str] = None) -> Flag:
    from .store import flags_table

    _require_reason(reason)
    author = (by or "").strip() or default_author()
    with store._write() as conn:
        _current(conn, load(conn, None), record_id)
        at = _now()
        inserted = conn.execute(flags_table.insert().values(
            record_id=record_id, reason=reason.strip(), author=author, created_at=at, status="open"))
        flag_id = inserted.inserted_primary_key[0]  # type: ignore[index]
    return Flag(id=flag_id, record_id=record_id, reason=reason.strip(), by=author, at=at, status="open")


def flags(store: Store, status: Optional[str] = "open") -> list[Flag]:
    from .store import flags_table as table

    query = select(table).order_by(table.c.created_at, table.c.id)
    if status is not None:
        query = query.where(table.c.status == status)
    with store._read() as conn:
        return [Flag(id=row.id, record_id=row.record_id, reason=row.reason, by=row.author, at=row.created_at,
                     status=row.status, resolved_by=row.resolved_by, resolved_at=row.resolved_at,
                     resolution=row.resolution) for row in conn.execute(query)]


def resolve_flag(store: Store, flag_id: int, status: Literal["accepted", "dismissed"], resolution: str,
                 by: Optional[str] = None) -> None:
    """Close an open flag; CurationError when someone else closed it first (their decision stands)."""
    from .store import flags_table as table

    _require_reason(resolution)
    with store._write() as conn:
        done = conn.execute(update(table).where(table.c.id == flag_id, table.c.status == "open").values(
            status=status, resolved_by=(by or "").strip() or default_author(), resolved_at=_now(),
            resolution=resolution.strip()))
        if done.rowcount != 1:
            raise CurationError(f"flag {flag_id} is not open any more (someone resolved it)")
