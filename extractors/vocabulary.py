"""Vocabulary loaded from the data files in `extractors/data/`: metrics, benchmark aliases, units.

The engine asks this module what a word means; it never names a benchmark or paper itself.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml


def load_data(name: str):
    """Parsed YAML data file `extractors/data/<name>`."""
    return yaml.safe_load(resources.files("extractors").joinpath("data", name).read_text("utf-8"))


_KEY_DROP = re.compile(r"[\s\-_–—·.]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Forgiving comparison key for a benchmark or model name: case, width, spaces and hyphens ignored."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", name).casefold())


@lru_cache(maxsize=1)
def _metrics() -> dict[str, dict]:
    return load_data("metrics.yaml")


def metric_lower_is_better(metric: str) -> bool:
    """True when a smaller value of this canonical metric is better (FID, WER, latency, ...)."""
    entry = _metrics().get(metric.casefold())
    return bool(entry) and entry.get("better") == "lower"


@lru_cache(maxsize=1)
def benchmark_aliases() -> dict[str, str]:
    """Forgiving key of every known spelling -> the canonical benchmark name."""
    aliases: dict[str, str] = {}
    for canonical, others in load_data("benchmarks.yaml").items():
        for spelling in [canonical, *(others or [])]:
            aliases[name_key(spelling)] = canonical
    return aliases


def canonical_benchmark(name: str) -> str:
    """The canonical spelling of a benchmark name (`AIME25` -> `AIME 2025`); unknown names stay as written."""
    return benchmark_aliases().get(name_key(name), name)


def trie_pattern(words: list[str], after_first: str = "") -> str:
    """One regex alternation for many literal words, shaped as a trie so matching does not try each
    word in turn; a space in a word matches any run of spaces (or none). `after_first` is inserted
    after each word's first character: a boundary check placed there (`(?<![A-Za-z0-9_].)`) keeps the
    pattern starting with plain characters, which the regex engine scans for quickly."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict, guard: str = "") -> str:
        branches = [(r"\s*" if char == " " else re.escape(char)) + guard + emit(child)
                    for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie, after_first)
