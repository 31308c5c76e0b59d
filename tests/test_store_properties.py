"""Properties of the store: whatever a valid record holds comes back unchanged, and ingest is idempotent."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metricsdb.model import Record
from metricsdb.record_id import with_record_ids

from .store_helpers import REPORT_DATE, make_report
from .test_store import as_records

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40)
NAMES = st.one_of(TEXT, st.sampled_from(["x'; DROP TABLE records; --", "AIME 2025", "Qwen2.5-VL-7B (Method)", "％"]))
VALUES = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
PAPERS = ("2601.00001", "2601.00002", "2601.00003")


@st.composite
def records(draw) -> Record:
    paper_id = draw(st.sampled_from(PAPERS))
    kind = draw(st.sampled_from(["score", "delta", "ratio"]))
    return Record(
        paper_id=paper_id, paper_title=f"Paper {paper_id}", paper_url=f"https://huggingface.co/papers/{paper_id}",
        report_date=REPORT_DATE, kind=kind, benchmark=draw(NAMES), subset=draw(st.none() | NAMES), model=draw(NAMES),
        metric=draw(NAMES), value=draw(VALUES), value_high=draw(st.none() | VALUES),
        unit=draw(st.sampled_from([None, "%", "pp", "x", "s", "tokens"])),
        direction=None if kind == "score" else draw(st.sampled_from([None, "increase", "decrease"])),
        reference=draw(st.none() | NAMES), evidence=draw(TEXT.filter(str.strip)), rule=draw(st.sampled_from(["r", "score.reach"])),
    )


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(records(), max_size=8))
def test_records_read_back_equal_and_adding_twice_changes_nothing(store, written):
    store.add(make_report(), written)
    once = as_records(store.records())
    store.add(make_report(), written)
    assert as_records(store.records()) == once
    assert sorted(once, key=_key) == sorted(with_record_ids(written), key=_key)
    assert store.stats() == {"reports": 1, "papers": len(PAPERS), "records": len(written)}
    assert all(math.isfinite(r.value) for r in once)


def _key(record: Record) -> tuple:
    return tuple(str(getattr(record, field)) for field in Record.model_fields)
