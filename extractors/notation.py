"""Notation: the text every later stage reads, with look-alike and invisible characters settled.

Report text is hostile and written in many hands, so it is folded once, before anything is matched:
- compatibility forms become their plain form (NFKC: `Ｑｗｅｎ３-８Ｂ` -> `Qwen3-8B`, `６２．７` -> `62.7`,
  a no-break space -> a space), and look-alike dashes and slashes the ASCII ones (`data/notation.yaml`);
- characters that render as nothing (zero-width spaces and joiners, bidi controls, soft hyphens,
  variation selectors: Unicode's default-ignorable code points) are removed, so `GPT‍-4o` is `GPT-4o`;
- terminal control sequences are removed whole (`\x1b[2J`, a window title `\x1b]0;…\x07`), as are other
  control characters but tab and line breaks: a name written across one reads as the name a terminal
  shows (`\x1b[2JFooBench` is `FooBench`, not `2JFooBench`; `Bar\x07Bench` is `BarBench`);
- a word that mixes Latin with Cyrillic or Greek look-alike letters is written in Latin when that
  spelling is a known name (`GPT-4о` -> `GPT-4o`), and otherwise kept whole, for `mixed_script` to flag;
- traditional characters are read as simplified ones (`準確率` -> `准确率`), one for one, so one set of
  cue words reads both scripts.
`Folded` keeps the way back to the text as written, so evidence still quotes the report exactly.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from .lexicon import DATA, NotationFile, load_file

# Unicode's Default_Ignorable_Code_Point characters (and the interlinear annotation controls): drawn
# as nothing, so a name written with one looks like the name without it.
_IGNORABLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
              "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
              "\U000e0000-\U000e0fff")
IGNORABLE = re.compile(f"[{_IGNORABLE}]")
"""The characters the fold removes; names typed by hand (metricsdb.curation) lose them too."""
# Full-width ASCII (U+FF01..FF5E) and the ideographic space: by far the commonest compatibility
# characters in Chinese text (，：（）％), folded first and fast (a few str.replace calls, one per
# character present: 4x faster than str.translate on CJK text).
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")
_WIDTH = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
# Characters the slow path looks at: everything but ASCII, C1 and the CJK ideographs.
_CANDIDATE = re.compile(r"[^\x00-\x9f\u4e00-\u9fff]")
# Control characters (C0 but tab and line breaks, DEL, C1): text holding one takes the slow path, where
# _CONTROLS removes each whole sequence (ECMA-48), never leaving its printable tail (`2J`, `0;title`).
_CONTROL = "\x00-\x08\x0e-\x1f\x7f-\x9f"
_CONTROLS = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: screen clears, cursor moves, colours
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\|\x9c)"  # OSC, DCS ... strings
    r"|\x1b[ -/]*[0-~]"  # other escape sequences (`\x1bc`, `\x1b(B`)
    f"|[{_CONTROL}]")
_HAS_CONTROL = re.compile(f"[{_CONTROL}]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and the way back to the text as written.

    `runs` is empty when every folded character stands for the written character at the same offset;
    else `(folded start, written start, written end, copied)` per run, in order: a copied run maps
    one character to one, an expansion (`…` NFKC-folded would be one) maps all its characters to its
    one written character. Removed characters sit between runs.
    """

    text: str
    written: str
    runs: tuple[tuple[int, int, int, bool], ...] = ()
    run_starts: tuple[int, ...] = ()

    def _run(self, offset: int) -> tuple[int, int, int, bool]:
        return self.runs[bisect_right(self.run_starts, offset) - 1]

    def start_of(self, offset: int) -> int:
        """The written offset of the folded character at `offset` (a span's start)."""
        if not self.runs:
            return offset
        start, written_start, written_end, copied = self._run(offset)
        return written_start + (offset - start) if copied else written_start

    def end_of(self, offset: int) -> int:
        """The written offset just after the folded character before `offset` (a span's end)."""
        if not self.runs or offset == 0:
            return offset
        start, written_start, written_end, copied = self._run(offset - 1)
        return written_start + (offset - start) if copied else written_end


class Folder:
    """The fold of one lexicon (`data/notation.yaml`): `fold(text)` -> Folded; `is_known(name)`, given
    by the Extractor, says which Latin spellings a mixed-script word may be written as."""

    def __init__(self, notation: NotationFile, is_known: Callable[[str], bool]) -> None:
        self.keep = frozenset(_expand(notation.keep))
        self.replace = dict(notation.fold)
        self.lookalikes = str.maketrans(notation.lookalikes)
        self.is_known = is_known
        special = "".join(re.escape(c) for c in [*self.replace, *notation.lookalikes])
        self.special = re.compile(f"[{_IGNORABLE}{special}{_CONTROL}]")  # what NFKC alone would not see
        self.ignorable = re.compile(f"[{_IGNORABLE}]")
        lookalike = "".join(re.escape(c) for c in notation.lookalikes)
        self.lookalike = re.compile(f"[{lookalike}]")
        # A word a look-alike letter may hide in: letters of the three scripts, digits and name joiners.
        self.word = re.compile(r"[A-Za-z0-9\u0370-\u03ff\u0400-\u04ff][A-Za-z0-9\u0370-\u03ff\u0400-\u04ff\-_.+@'^]*"
                               r"(?<=[A-Za-z0-9\u0370-\u03ff\u0400-\u04ff])")
        self.char = lru_cache(maxsize=4096)(self._char)
        simplified = notation.simplified
        self.simplified = str.maketrans(simplified)
        traditional = "".join(re.escape(c) for c in simplified)
        self.traditional = re.compile(f"[{traditional}]") if traditional else None
        # What can change a name in text read only for names (a title, a contribution sentence):
        # full-width letters and digits, letter-like and compatibility letters, `special` and traditional characters.
        self.in_names = re.compile(f"[{_IGNORABLE}{special}{_CONTROL}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u00a0-\u00bf"
                                   f"\u2100-\u218f\ufb00-\ufb06\U0001d400-\U0001d7ff{traditional}]")

    def _char(self, char: str) -> Optional[str]:
        """What one written character becomes, or None when it stays as it is."""
        if self.ignorable.fullmatch(char):
            return ""
        if char in self.replace:
            return self.replace[char]
        if char in self.keep:
            return None
        folded = unicodedata.normalize("NFKC", char)
        folded = "".join(self.replace.get(c, c) for c in folded)
        return None if folded == char else folded

    def fold(self, written: str) -> Folded:
        """The folded text of `written`, with the way back."""
        text = written
        for char in set(_FULL_WIDTH.findall(written)):
            text = text.replace(char, _WIDTH[char])
        if self.traditional is not None and self.traditional.search(text):
            text = text.translate(self.simplified)  # one for one: offsets unchanged
        if unicodedata.is_normalized("NFKC", text) and not self.special.search(text):
            return Folded(text, written)
        edits = [(m.start(), r) for m in _CANDIDATE.finditer(text) if (r := self.char(m.group())) is not None]
        if _HAS_CONTROL.search(text) and (controls := [i for m in _CONTROLS.finditer(text) for i in range(*m.span())]):
            removed = set(controls)  # a sequence's printable characters go with it
            edits = sorted([edit for edit in edits if edit[0] not in removed] + [(i, "") for i in controls])
        if not edits:
            return self._lookalikes(Folded(text, written))
        chars = list(text)
        for i, replacement in edits:
            if len(replacement) == 1:
                chars[i] = replacement  # one for one: offsets unchanged
        text = "".join(chars)
        moved = [(i, replacement) for i, replacement in edits if len(replacement) != 1]
        if not moved:
            return self._lookalikes(Folded(text, written))
        pieces: list[str] = []
        runs: list[tuple[int, int, int, bool]] = []
        length = cursor = 0
        for i, replacement in moved:
            if cursor < i:
                runs.append((length, cursor, i, True))
                pieces.append(text[cursor:i])
                length += i - cursor
            if replacement:  # an expansion; a removed character leaves no run
                runs.append((length, i, i + 1, False))
                pieces.append(replacement)
                length += len(replacement)
            cursor = i + 1
        if cursor < len(text):
            runs.append((length, cursor, len(text), True))
            pieces.append(text[cursor:])
        return self._lookalikes(Folded("".join(pieces), written, tuple(runs), tuple(r[0] for r in runs)))

    def fold_names(self, written: str) -> str:
        """`written` folded where that can change a name in it; text read only for its names (a
        title, a contribution sentence) is most often returned as it is, without the full fold."""
        return self.fold(written).text if self.in_names.search(written) else written

    def _lookalikes(self, folded: Folded) -> Folded:
        """Words mixing Latin with look-alike letters, written in Latin where that names something known."""
        text = folded.text
        if not self.lookalike.search(text):
            return folded
        changed = text
        for m in self.word.finditer(text):
            word = m.group()
            if not self.lookalike.search(word):
                continue
            skeleton = word.translate(self.lookalikes)
            if skeleton != word and not re.search(r"[\u0370-\u03ff\u0400-\u04ff]", skeleton) and (
                    self.is_known(skeleton) or _written_elsewhere(text, skeleton)):
                changed = changed[:m.start()] + skeleton + changed[m.end():]
        if changed == text:
            return folded
        return Folded(changed, folded.written, folded.runs, folded.run_starts)


def _written_elsewhere(text: str, name: str) -> bool:
    """True when the section also writes `name` in plain Latin, as a whole word."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text) is not None


def _expand(entries: list[str]) -> list[str]:
    """Characters of `keep`: single characters and `a-b` ranges."""
    chars: list[str] = []
    for entry in entries:
        if len(entry) == 3 and entry[1] == "-":
            chars += [chr(c) for c in range(ord(entry[0]), ord(entry[2]) + 1)]
        else:
            chars.append(entry)
    return chars


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=1)
def _greek_lookalikes() -> re.Pattern[str]:
    notation = load_file(DATA / "notation.yaml", NotationFile)
    greek = "".join(c for c in notation.lookalikes if "\u0370" <= c <= "\u03ff")
    return re.compile(f"[{re.escape(greek)}]" if greek else "(?!)")


def mixed_script(name: str) -> bool:
    """True when a word of `name` mixes Latin letters with Cyrillic ones or with Greek letters drawn
    like Latin ones (`GPT-4о`): a name that may impersonate another, shown with a warning."""
    for word in name.split():
        if _LATIN.search(word) and (_CYRILLIC.search(word) or _greek_lookalikes().search(word)):
            return True
    return False


def non_latin_letters(name: str) -> str:
    """The Cyrillic and Greek letters of a name, spelled out for a warning: `е U+0435 CYRILLIC SMALL LETTER IE`."""
    letters = dict.fromkeys(c for c in name if _CYRILLIC.match(c) or "\u0370" <= c <= "\u03ff")
    return ", ".join(f"{c} U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in letters)

