"""The English of metric and subset names written in Chinese (`data/glossary.yaml`, `data/subsets.yaml`).

The record contract stores a metric in canonical lower-case English and the golden files write
subsets in English, so a board is not split by the language of the report. A Chinese metric name
is read as a modifier and a head (严格准确率: strict accuracy); a subset word by word (单目:
monocular, 回复有害性: response harmfulness). A name with a word no list knows keeps what the
engine read without this module (a metric alias alone, a generic score, the subset as written):
nothing is guessed.
"""
from __future__ import annotations

import re
from typing import Optional

from .document import METRIC, Mention
from .lexicon import Lexicon, alternation, name_key

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_FRAME_WORDS = "在于"  # a place's frame word, no part of the place's name ("在线" is listed whole: online)
_MODIFIER_REACH = 8  # the longest modifier read before a head, in characters


class Glossary:
    """The glossary of one lexicon, compiled (one per Extractor)."""

    def __init__(self, lexicon: Lexicon) -> None:
        glossary, subsets = lexicon.glossary, lexicon.subsets
        self.heads = dict(glossary.heads)
        self.modifiers = dict(glossary.modifiers)
        # the Chinese aliases of metrics.yaml are heads too, as the metric they name
        self.metric_heads = {alias: name for name, entry in lexicon.metrics.items()
                             for alias in entry.aliases if _HAN.match(alias)}
        # looked for with str.find, far faster over Chinese text than a regex; the longest first
        self.head_words = sorted(self.heads, key=len, reverse=True)
        self.modifier_before = re.compile(rf"(?:{alternation(self.modifiers)})$")
        self.stop_before = re.compile(rf"(?:{alternation(glossary.stops)})$")
        self.whole_head = re.compile(rf"(?:{alternation([*self.heads, *self.metric_heads])})$")
        self.listed_by_key = {name_key(name): name for name in lexicon.metrics}
        self.modifier_keys = sorted({name_key(english) for english in [*self.modifiers.values(), *glossary.latin_modifiers.values()]},
                                    key=len, reverse=True)
        settings = {word: shown for word, shown in subsets.settings.items() if _HAN.search(word)}
        self.subset_words = {**self.modifiers, **self.heads, **subsets.split_names, **subsets.part_names,
                             **settings, **subsets.english}
        self.subset_word = re.compile(alternation(self.subset_words))
        self.spellings = {spelling.casefold(): shown for shown, written in subsets.spellings.items() for spelling in written}
        self.latin_modifiers = dict(glossary.latin_modifiers)
        latin = [re.escape(word) for word in self.latin_modifiers]
        if glossary.threshold_units:
            latin.append(rf"\d+(?:\.\d+)?(?:{alternation(glossary.threshold_units)})")
        self.latin_before = re.compile(rf"(?<![A-Za-z0-9_.\-])(?:{'|'.join(latin)})[ ]?$") if latin else None

    def _qualified(self, text: str, start: int, english: str) -> tuple[int, str]:
        """A name with the Latin qualifier written right before it read in ("LC 胜率": lc win rate,
        "1px 离群率": 1px outlier rate), as (its start, its English); else the name as it was."""
        found = self.latin_before.search(text, max(0, start - 12), start) if self.latin_before else None
        if found is None:
            return start, english
        word = found.group().strip()
        return found.start(), f"{self.latin_modifiers.get(word, word.lower())} {english}"

    def _modifier(self, text: str, head_start: int) -> Optional[re.Match]:
        """The longest listed modifier ending right at `head_start`, unless a stop word comes before it."""
        found = self.modifier_before.search(text, max(0, head_start - _MODIFIER_REACH), head_start)
        if found is None or self.stop_before.search(text, max(0, found.start() - 3), found.start()):
            return None
        return found

    def metric(self, name: str) -> Optional[str]:
        """The English of a whole metric name written in Chinese ("严格准确率": strict accuracy),
        or None when the lists do not make one of it."""
        head = self.whole_head.search(name)
        if head is None:
            return None
        english = self.heads.get(head.group()) or self.metric_heads[head.group()]
        found = self._modifier(name, head.start())
        if found is not None:
            english, head_start = f"{self.modifiers[found.group()]} {english}", found.start()
        elif head.group() in self.metric_heads:
            head_start = head.start()
        else:
            return None
        start, qualified = self._qualified(name, head_start, english)
        return qualified if start == 0 else english  # "1px 离群率" whole: the qualifier is part of the name

    def compose(self, text: str, metrics: list[Mention]) -> list[Mention]:
        """Metric mentions with the modifier written before each head read into it: a metric of the list
        ("严格准确率" is strict accuracy, not accuracy), a rate the list lacks ("修复率": fix rate,
        not a generic score), a head no metric is alone ("物理合理性"). Mentions the lists do not make
        longer are kept as they are."""
        out: list[Mention] = []
        for mention in metrics:
            if not _unknown_rate(mention) and _HAN.match(mention.text):  # "严格得分": strict score too
                found = self._modifier(text, mention.start)
                if found is not None:
                    mention = Mention(found.start(), mention.end, text[found.start():mention.end], METRIC,
                                      f"{self.modifiers[found.group()]} {mention.canonical}")
                start, english = self._qualified(text, mention.start, mention.canonical)
                if start != mention.start:
                    mention = Mention(start, mention.end, text[start:mention.end], METRIC, english)
            out.append(mention)
        for head in self.head_words:
            at = text.find(head)
            while at != -1:
                found = self._modifier(text, at)
                if found is not None:
                    start, english = self._qualified(text, found.start(), f"{self.modifiers[found.group()]} {self.heads[head]}")
                    built = Mention(start, at + len(head), text[start:at + len(head)], METRIC, english)
                    overlapping = [m for m in out if m.start < built.end and built.start < m.end]
                    if all(_unknown_rate(m) for m in overlapping):  # a metric the list names wins
                        out = [m for m in out if m not in overlapping] + [built]
                at = text.find(head, at + len(head))
        return out

    def subset(self, name: Optional[str]) -> Optional[str]:
        """The English a board shows for a subset: each run of Chinese in it read word by word ("单目":
        monocular, "重度分布偏移": heavy distribution shift); the subset as written when a word of it
        is not listed."""
        if not name or not _HAN.search(name):
            return name
        pieces: list[str] = []
        at = 0
        for run in _HAN.finditer(name):
            english = self._words(run.group())
            if english is None and at == 0 and run.start() == 0 and run.group()[0] in _FRAME_WORDS and len(run.group()) > 1:
                english = self._words(run.group()[1:])  # "在法律" read with the 在 that opened its clause is legal
            if english is None:
                return name
            pieces += [name[at:run.start()], f" {english} "]
            at = run.end()
        spelled = "".join(pieces) + name[at:]
        return re.sub(r"\s+", " ", re.sub(r"\s+([,;)/])", r"\1", spelled)).strip()

    def spelled(self, subset: Optional[str]) -> Optional[str]:
        """A subset with each of its levels in the one spelling subsets.yaml's `spellings` give
        ("Long, w/o subtitles" is Long, w/o subs)."""
        if not subset or not self.spellings:
            return subset
        return ", ".join(self.spellings.get(level.casefold(), level) for level in subset.split(", "))

    def _words(self, run: str) -> Optional[str]:
        """A run of Chinese as the English of its listed words, longest first; None when one is not listed."""
        words = []
        at = 0
        while at < len(run):
            found = self.subset_word.match(run, at)
            if found is None:
                return None
            words.append(self.subset_words[found.group()])
            at = found.end()
        return " ".join(words)

    def listed_head(self, metric: str) -> Optional[str]:
        """The metric of the list a composed name is a kind of ("strict accuracy": accuracy), so it
        is better the same way; None for any other name."""
        key = name_key(metric)  # boards compare metrics by key: "strictaccuracy" too
        for modifier in self.modifier_keys:
            if key.startswith(modifier) and key[len(modifier):] in self.listed_by_key:
                return self.listed_by_key[key[len(modifier):]]
        return None


def _unknown_rate(mention: Mention) -> bool:
    """A rate word no list names ("修复率" read as a generic score)."""
    return mention.canonical == "score" and mention.text.endswith("率")
