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


def test_quick_init_builds_what_the_dataclass_init_builds():
    """`quick_init` (a faster __init__ for frozen slotted dataclasses): the same fields, defaults and
    default factories, positional or by keyword, and the instance stays frozen and hashable."""
    import dataclasses

    import pytest

    from extractors.claims import Claim
    from extractors.frozen import quick_init

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        a: int
        b: str = "b"
        c: list = dataclasses.field(default_factory=list)

    quick = quick_init(dataclasses.dataclass(frozen=True, slots=True)(type("Quick", (), {
        "__annotations__": {"a": int, "b": str, "c": list}, "b": "b", "c": dataclasses.field(default_factory=list)})))
    for args, kwargs in [((1,), {}), ((1, "x"), {}), ((), {"a": 1, "c": [2]}), ((1,), {"b": "y"})]:
        plain, fast = Plain(*args, **kwargs), quick(*args, **kwargs)
        assert (fast.a, fast.b, fast.c) == (plain.a, plain.b, plain.c)
    assert quick(1).c is not quick(1).c  # a fresh list each time, as the factory gives
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick(1).a = 2
    with pytest.raises(TypeError):
        quick()  # a is required
    claim = Claim("r", 3, "score", "subject", None, None, None, (0, 4))
    assert claim.groups == {} and claim.unit is None and claim == dataclasses.replace(claim)
    assert hash(quick(1, "x", None)) == hash(quick(1, "x", None))
    with pytest.raises(TypeError):
        quick_init(dataclasses.dataclass(slots=True)(type("Mutable", (), {"__annotations__": {"a": int}})))
