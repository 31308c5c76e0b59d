"""`lexicon.skipping_starts`: the extractor's patterns, compiled with the characters a match can start
with, match exactly where the same patterns compiled by `re` alone do; the case folds it relies on hold
for every code point of this Python's Unicode database."""
from __future__ import annotations

import _sre
import gc
import re
from re import _casefix, _compiler, _parser

from extractors import default_extractor
from extractors.lexicon import _folds, skipping_starts, start_charset

from .conftest import SAMPLE_REPORTS

ODD_CASES = "\u212a\u017f \u0130 \u0131 \u212b batch size BATCH \u017fize 准确率 F1 f1 MAE \u212aL 平均为 \ue000 \u2014、\ue000 ×4 ① 1、"


def test_every_pattern_matches_where_re_alone_would_match():
    """Each pattern the default extractor holds, compiled again by `re` alone (no start-set), finds the same
    matches with the same group spans over a sample report and letters whose case folds oddly."""
    extractor = default_extractor()
    assert extractor.rules
    text = SAMPLE_REPORTS[0].read_text(encoding="utf-8")[:12000] + "\n" + ODD_CASES
    patterns = {(p.pattern, p.flags): p for p in gc.get_objects()
                if isinstance(p, re.Pattern) and isinstance(p.pattern, str)}
    assert len(patterns) > 300
    for pattern in patterns.values():
        alone = _compiler.compile(pattern.pattern, pattern.flags)
        got = [m.regs for m in pattern.finditer(text)]
        assert got == [m.regs for m in alone.finditer(text)], pattern.pattern[:80]
        assert [m.regs for m in pattern.finditer(ODD_CASES, 3, 40)] == [m.regs for m in alone.finditer(ODD_CASES, 3, 40)]


def test_a_character_of_no_case_folds_to_itself_and_ascii_letters_to_what_re_matches():
    """Read over every code point: no character lowers to a character of no case (so one of no case matches
    only itself with case ignored), and each ASCII letter matches, case ignored, exactly the characters
    `_folds` lists (its two cases, the Kelvin sign for k, the dotted capital I for i, long s, dotless i)."""
    lowered_to: dict[int, set[int]] = {}
    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        lowered_to.setdefault(lower, set()).add(code)
        if lower != code:
            assert _sre.unicode_iscased(lower), hex(code)
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        low = ord(letter.lower())
        same = {low, *_casefix._EXTRA_CASES.get(low, ())}
        matched = {code for target in same for code in lowered_to.get(target, ())}
        assert {ord(c) for c in _folds(letter)} == matched, letter
        assert all(re.fullmatch(letter, chr(code), re.IGNORECASE) for code in matched)
    assert set(_folds("k")) == {"k", "K", "\u212a"} and _folds("准") == "准" and _folds("é") is None


def test_the_start_set_is_refused_where_it_cannot_be_told():
    """No start-set for a pattern that may match empty, a negated class, a cased letter outside ASCII with
    case ignored, or a category with case ignored; one for a look-behind or look-ahead before words."""
    def starts(pattern: str, flags: int = 0):
        return start_charset(_parser.parse(pattern, flags), flags)

    assert starts(r"a?b?") is None and starts(r"[^a]x") is None
    assert starts(r"é|x", re.IGNORECASE) is None and starts(r"\d+x", re.IGNORECASE) is None
    assert starts(r"(?<!x)(?:foo|bar)") and starts(r"(?=[fb])(?:foo|bar)", re.IGNORECASE)
    assert starts(r"\s*\d+个")


def test_the_compiler_is_restored_after_building():
    """`re` is patched only while the extractor's patterns are compiled."""
    original = _compiler._get_charset_prefix
    with skipping_starts():
        assert _compiler._get_charset_prefix is not original
    assert _compiler._get_charset_prefix is original
    default_extractor.cache_clear()
    try:
        default_extractor()
    finally:
        default_extractor.cache_clear()
    assert _compiler._get_charset_prefix is original
