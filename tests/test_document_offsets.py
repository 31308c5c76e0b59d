"""The view's offset helpers that replaced Python scans (speed) answer exactly what the scans answered."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.document import QUANTITY_MARK, Sentence, offsets_of
from extractors.lexicon import name_key

_CHARS = st.sampled_from(["a", ":", "|", QUANTITY_MARK, "上", " "])


@given(st.text(_CHARS, max_size=40), _CHARS, st.integers(0, 45), st.integers(0, 45))
def test_offsets_of_is_every_position_of_the_character(text, char, start, end):
    end = min(end, len(text))
    assert offsets_of(char, text, start, end) == [i for i in range(start, end) if text[i] == char]


@given(st.lists(st.integers(0, 60), max_size=8, unique=True), st.integers(0, 70), st.integers(0, 70))
def test_clause_bounds_are_the_nearest_clause_starts(cuts, start, length):
    starts = tuple(sorted({10, *(c + 10 for c in cuts)}))
    sentence = Sentence(10, 80, 0, starts, ())
    a, b = 10 + start, 10 + start + length
    expected_start = max((c for c in starts if c <= a), default=sentence.start)
    expected_end = next((c for c in starts if c >= b), sentence.end)
    assert sentence.clause_bounds(a, b) == (expected_start, expected_end)


def test_name_key_is_the_same_when_cached():
    for name in ("SWE-bench Verified", "ＧＰＴ－４o", "Qwen2.5 VL_7B", "swe bench verified"):
        assert name_key(name) == name_key.__wrapped__(name) == name_key(name)
    assert name_key("SWE-bench Verified") == name_key("swe bench verified")
