"""Review page (only with `metricsdb app --allow-edits`): the rows readers flagged, to accept (reject
or correct the row) or dismiss, any row by its record id, and every correction made so far."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from leaderboard_app import data
from leaderboard_app.editing import apply, who
from leaderboard_app.show import markdown_text
from metricsdb.output import value_text

SET_HELP = ("FIELD=VALUE, several separated by ';': benchmark, subset, model, metric, value, value_high, unit, kind, "
            "direction, reference (an empty value clears an optional field)")


def record(snap: data.Snapshot, record_id: str) -> dict | None:
    """The record as readers see it now (corrections applied); None when it is gone or rejected."""
    paper_id = record_id.rsplit("-", 1)[0].removeprefix("added-")
    found = data.paper(snap, paper_id)[1]
    rows = found[found["record_id"] == record_id].to_dict("records") if not found.empty else []
    return rows[0] if rows else None


def show_record(row: dict | None, record_id: str) -> None:
    if row is None:
        st.warning(f"Record {markdown_text(record_id)} is not shown any more (rejected, or its text changed).")
        return
    st.markdown(f"**{markdown_text(row['model'])}** · {markdown_text(row['benchmark'])} · "
                f"{markdown_text(row['metric'])} {markdown_text(value_text(row))} · paper {markdown_text(row['paper_id'])}")
    st.text(row["evidence"])


def actions(key: str, record_id: str, name: str, default_reason: str = "", flag_id: int | None = None) -> None:
    """Reason, changes and the buttons that write; a successful write reruns the page."""
    reason = st.text_input("Why (recorded)", value=default_reason, key=f"reason-{key}")
    changes = st.text_input("Correction", key=f"set-{key}", placeholder="value=85.8; model=GPT-4o", help=SET_HELP)
    reject, correct, dismiss = st.columns(3)
    done = False
    if reject.button("Reject the row", key=f"reject-{key}"):
        done = apply("reject", record_id, reason, name, flag_id=flag_id)
    if correct.button("Correct the row", key=f"correct-{key}"):
        done = apply("correct", record_id, reason, name, changes, flag_id=flag_id)
    if flag_id is not None and dismiss.button("Dismiss the flag", key=f"dismiss-{key}"):
        done = apply("dismiss", record_id, reason, name, flag_id=flag_id)
    if done:
        st.rerun()


snap = data.snapshot()
st.title("Review")
if not data.edits_allowed():
    st.info("Editing is off: start the app with `metricsdb app --allow-edits` to review flags and correct rows.")
    st.stop()
name = who()
store = data.open_store(snap.url)
open_flags = store.flags("open")
st.subheader(f"Flagged rows ({len(open_flags)})")
if not open_flags:
    st.caption("No open flags. Readers flag rows under each board.")
for flag in open_flags:
    with st.container(border=True):
        st.caption(f"Flag {flag.id} by {markdown_text(flag.by)} at {flag.at[:19]} UTC: {markdown_text(flag.reason)}")
        show_record(record(snap, flag.record_id), flag.record_id)
        actions(f"flag-{flag.id}", flag.record_id, name, flag.reason, flag.id)

st.subheader("Any row")
record_id = st.text_input("Record id", placeholder="2601.06431-d5167943", help="Shown in every board's CSV and JSON")
if record_id.strip():
    show_record(record(snap, record_id.strip()), record_id.strip())
    actions("any", record_id.strip(), name)

st.subheader("Corrections made")
made = store.corrections()
if made:
    st.dataframe(pd.DataFrame([{"action": c.action, "record": c.record_id or f"{c.field}: {c.spelling} → {c.canonical}",
                                "changes": "; ".join(f"{k}={v}" for k, v in c.changes.items()), "why": c.reason,
                                "by": c.by, "at (UTC)": c.at[:19], "orphaned": c.orphaned} for c in made]),
                 hide_index=True, width="stretch")
else:
    st.caption("None yet.")
resolved = [flag for flag in store.flags(None) if flag.status != "open"]
if resolved:
    st.subheader("Resolved flags")
    st.dataframe(pd.DataFrame([{"flag": f.id, "record": f.record_id, "flagged because": f.reason, "by": f.by,
                                "decision": f.status, "why": f.resolution, "decided by": f.resolved_by}
                               for f in resolved]), hide_index=True, width="stretch")
