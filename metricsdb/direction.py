"""Which way is better on a board: from the metric list, else from what the papers' own methods do to
the metric, else nobody knows.

A board ranked the wrong way puts the worst system first, so a board whose metric the list
(`extractors/data/metrics.yaml`) does not decide (a metric it lacks, or a generic one such as
`score`) is ranked only when its own records agree on a direction: a paper's method lowering the
metric (a delta with direction `decrease`, from 降低 / 减少 / 降至; a `从 20% 降至 3%` pair where the
named system ends below the unnamed one it started from) says lower is better, since a results
section reports what its method improves; so does `越低越安全` said outright. A change the text
concedes (`基本不变`, `仅下降`) says nothing, nor does a ratio (`快 5×` is about speed whatever the
metric). Evidence both ways, or none, leaves the direction unknown: such a board is listed by
date, never ranked.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from extractors import default_extractor
from extractors.lexicon import alternation, name_key

from .model import is_unnamed_system

HIGHER, LOWER, UNKNOWN = "higher", "lower", "unknown"
FROM_LIST, FROM_TEXT, FROM_SAID = "metric list", "text", "said in the text"
CONFLICT, NO_EVIDENCE = "text conflicts", "no evidence"


class Evidence(NamedTuple):
    """What a record tells about a metric's direction (any kind, same benchmark and metric)."""

    paper_id: str
    kind: str
    model: str
    value: float
    direction: Optional[str]
    evidence: str
    better: Optional[str] = None  # Record.better: said out of the evidence's reach (a table header's ↓)


EVIDENCE_COLUMNS = Evidence._fields


@dataclass(frozen=True)
class BoardDirection:
    """A board's direction (`higher`, `lower`, `unknown`) and what decided it."""

    direction: str
    source: str

    @property
    def lower_is_better(self) -> Optional[bool]:
        """True / False; None when the direction is unknown (the board ranks nothing)."""
        return None if self.direction == UNKNOWN else self.direction == LOWER

    @property
    def text(self) -> str:
        """For a title: `lower is better`, `higher is better (from the text)`, `direction unknown`."""
        if self.direction == UNKNOWN:
            return "direction unknown"
        said = f"{self.direction} is better"
        return f"{said} (from the text)" if self.source in (FROM_TEXT, FROM_SAID) else said


@lru_cache(maxsize=1)
def _listed() -> dict[str, str]:
    """Forgiving key of every metric name and alias in the metric list -> `higher` / `lower` / `unknown`."""
    listed: dict[str, str] = {}
    for canonical, entry in default_extractor().lexicon.metrics.items():
        for name in [canonical, *entry.aliases]:
            listed[name_key(name)] = entry.better
    return listed


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """`metricsdb/data/direction_words.yaml`, each list as one pattern (Latin words ignore case)."""
    import yaml

    text = (Path(__file__).with_name("data") / "direction_words.yaml").read_text(encoding="utf-8")
    return {label: re.compile(alternation(words), re.I)
            for label, words in yaml.safe_load(text).items()}


def directed_first(metrics: list[str]) -> list[str]:
    """`metrics` (most records first) in the order a benchmark's default board is chosen: results
    first, then costs (`board_metrics.yaml`'s `costs`: length, tokens, latency, memory, price), then
    the metrics the metric list marks `unknown` (a bare score, an attack's success rate), costs of
    them last. A board opens on what the papers improve: AIME 2024 opened on 'output length' over its
    accuracy, a TTS benchmark would open on RTF over its WER."""
    listed = _listed()
    return sorted(metrics, key=lambda metric: (listed.get(name_key(metric)) == UNKNOWN, is_cost(metric)))


@lru_cache(maxsize=1)
def _costs() -> frozenset[str]:
    from .scales import _board_metrics_file

    return frozenset(name_key(str(name)) for name in _board_metrics_file().get("costs") or [])


@lru_cache(maxsize=4096)
def is_cost(metric: str) -> bool:
    """True for what a result costs rather than what it achieves: a name `board_metrics.yaml` lists
    under `costs`, or one whose last word it lists (`p99 latency`, `peak memory`)."""
    last = _LAST_WORD.search(metric)
    return name_key(metric) in _costs() or (last is not None and name_key(last.group()) in _costs())


_HEAD = re.compile(r"^(?P<head>.+?)(?:@|\^|-(?=[0-9]))")


@lru_cache(maxsize=4096)
def listed_direction(metric: str) -> Optional[str]:
    """`higher` / `lower` when the metric list decides the metric, or the head of a shaped name
    (`recall@5` -> recall, `acc@500m` -> accuracy, `fid-30k` -> fid) or of a name the glossary built
    (`strict accuracy` -> accuracy); None when it does not."""
    found = _listed().get(name_key(metric))
    head = _HEAD.match(metric)
    if found is None and head:
        found = _listed().get(name_key(head.group("head")))
    if found is None and (kind_of := default_extractor().vocabulary.glossary.listed_head(metric)):
        found = _listed().get(name_key(kind_of))  # "localization accuracy" is better as accuracy is
    if found is None:  # a family the list lacks: board_metrics.yaml's directions (`rank-1` is a rank-k)
        names, heads = _families()
        found = names.get(name_key(metric)) or (heads.get(name_key(head.group("head"))) if head else None)
    if found is None:  # a listed metric or family qualified before it: `macro-f1`, `b-wer`, `p99 ttft`, `sqrt pehe`
        last = _LAST_WORD.search(metric)
        found = (_listed().get(name_key(last.group())) or _families()[0].get(name_key(last.group()))
                 if last and last.start() else None)
    return found if found in (HIGHER, LOWER) else None


_LAST_WORD = re.compile(r"[^\s\-_]+$")
_SHAPED = re.compile(r"^(?P<head>.+?)(?:@|\^|-)k$")


@lru_cache(maxsize=1)
def _families() -> tuple[dict[str, str], dict[str, str]]:
    """`metricsdb/data/board_metrics.yaml`'s directions: (forgiving key of each name -> its way, of each
    head of a shaped family written `rank-k`, `hits@k` -> its way). A bare `rank` is no rank-k: an
    average rank is better lower."""
    from .scales import _board_metrics_file

    directions = _board_metrics_file().get("directions") or {}
    names: dict[str, str] = {}
    heads: dict[str, str] = {}
    for way in (HIGHER, LOWER):
        for family in directions.get(way) or []:
            shaped = _SHAPED.match(str(family))
            (heads if shaped else names)[name_key(shaped.group("head") if shaped else str(family))] = way
    return names, heads


class Votes(NamedTuple):
    """What one paper's records on a board say: outright (`越低越好`, said_direction) and in all
    (text_direction's votes), each a set of `lower` / `higher`. A board's direction is decided by the
    union of its papers' votes (decide), so votes can be stored per paper and read without the records."""

    said: frozenset[str]
    implied: frozenset[str]


def _says(text: str) -> set[str]:
    """Which way the text says outright is better; a quick look for 越 / better first: few evidences say it."""
    if not any(hint in text for hint in _SAID_HINTS):
        return set()
    words = _words()
    return {way for way in (LOWER, HIGHER) if words[f"{way}_is_better"].search(text)}


@lru_cache(maxsize=65536)
def _reading(text: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """What an evidence sentence says by its words: the ways it says are better outright (_says), the
    ways its words name at all, and whether it concedes its change. Cached: a sentence is the
    evidence of each number in it, and an ingest reads each record's."""
    words = _words()
    named = frozenset(way for way in (LOWER, HIGHER) if words[f"{way}_is_better"].search(text))
    return frozenset(_says(text)), named, words["concession"].search(text) is not None


_unnamed = lru_cache(maxsize=65536)(is_unnamed_system)


def paper_votes(evidence: Iterable[Evidence]) -> dict[str, Votes]:
    """Each paper's votes (only papers with some): a paper's method lowering the metric, a named
    system ending below the unnamed one it started from, or its text saying so, votes `lower`."""
    said: dict[str, set[str]] = defaultdict(set)
    votes: dict[str, set[str]] = defaultdict(set)
    pairs: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for row in evidence:
        outright, named, conceded = _reading(row.evidence)
        arrow = {row.better} if row.better in (LOWER, HIGHER) else set()  # a table header's ↓ is said outright
        said[row.paper_id] |= outright | arrow
        votes[row.paper_id] |= named | arrow
        if conceded:
            continue
        if row.kind == "score":
            pairs[(row.paper_id, row.evidence)].append(row)
        elif row.kind == "delta" and row.direction in ("increase", "decrease") and not _unnamed(row.model):
            votes[row.paper_id].add(LOWER if row.direction == "decrease" else HIGHER)
    for (paper_id, _), rows in pairs.items():
        unnamed = [row.value for row in rows if _unnamed(row.model)]
        named_values = [row.value for row in rows if not _unnamed(row.model)]
        if unnamed and named_values:
            if max(named_values) < min(unnamed):
                votes[paper_id].add(LOWER)
            elif min(named_values) > max(unnamed):
                votes[paper_id].add(HIGHER)
    return {paper_id: Votes(frozenset(said.get(paper_id, ())), frozenset(votes.get(paper_id, ())))
            for paper_id in set(said) | set(votes) if said.get(paper_id) or votes.get(paper_id)}


def _one_way(ways: set[str]) -> Optional[str]:
    """The one way, CONFLICT for both, None for none."""
    if not ways:
        return None
    return next(iter(ways)) if len(ways) == 1 else CONFLICT


def text_direction(evidence: Iterable[Evidence]) -> Optional[str]:
    """`lower` / `higher` when the papers whose methods change the metric (or that say which way is
    better) all point one way, CONFLICT when they disagree, None when no paper says."""
    return _one_way({way for votes in paper_votes(evidence).values() for way in votes.implied})


_SAID_HINTS = ("越", "better", "safer")


def said_direction(texts: Iterable[str]) -> Optional[str]:
    """`lower` / `higher` when the texts say outright which way is better ("（越低越好）"), CONFLICT when
    they say both, None when none says."""
    said: set[str] = set()
    for text in texts:
        said |= _says(text)
    return _one_way(said)


def decide(metric: str, said: set[str], implied: set[str]) -> BoardDirection:
    """A board's direction from the union of its papers' votes (board_direction)."""
    if len(said) == 1:
        return BoardDirection(next(iter(said)), FROM_SAID)
    listed = listed_direction(metric)
    if listed is not None:
        return BoardDirection(listed, FROM_LIST)
    if len(implied) == 1:
        return BoardDirection(next(iter(implied)), FROM_TEXT)
    return BoardDirection(UNKNOWN, CONFLICT if implied else NO_EVIDENCE)


DURATIONS = frozenset({"us", "ms", "s", "min", "h"})
"""Units of time a record's value may carry (extractors/data/units.yaml): a value in one is a duration."""


def timed_direction(direction: BoardDirection, units: Iterable[Optional[str]]) -> BoardDirection:
    """Lower is better for a board whose every value is a duration (`认证时间从 110 s 缩短到 9 s` read as a
    `speed`): a time taken is better shorter, whatever the metric's name promised; `direction` otherwise."""
    if direction.direction != HIGHER or direction.source == FROM_SAID:
        return direction
    units = list(units)
    return BoardDirection(LOWER, FROM_TEXT) if units and all(unit in DURATIONS for unit in units) else direction


def board_direction(metric: str, evidence: Iterable[Evidence] = ()) -> BoardDirection:
    """What the board's records say outright (`越低越好`: a 3D reconstruction's accuracy is a
    distance); else the metric list's direction when it has the metric; else what the records imply
    (`evidence`: the board's records of every kind); else unknown."""
    votes = paper_votes(evidence).values()
    return decide(metric, {way for vote in votes for way in vote.said}, {way for vote in votes for way in vote.implied})
