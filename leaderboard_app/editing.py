"""The app's writes, only with `metricsdb app --allow-edits`: readers flag rows, reviewers reject or
correct them. Every write goes through the Store's curation methods, which record who and why."""
from __future__ import annotations

from typing import Any, Optional

import pandas as pd
import streamlit as st

from leaderboard_app import data
from leaderboard_app.show import markdown_text
from metricsdb.curation import CurationError, parse_assignments
from metricsdb.errors import MetricsdbError
from metricsdb.output import value_text


FLAGGABLE_ROWS = 1000
"""Rows offered in the flag form (best first); any other row is reached by its id on the Review page."""


def who() -> str:
    """The name every change is recorded under (asked once, in the sidebar)."""
    return st.sidebar.text_input("Your name", key="editor", help="Recorded with every flag and correction.").strip()


def row_label(row: dict[str, Any]) -> str:
    return f"#{row['rank']} {row['model']} · {value_text(row)} · {row['paper_id']} · {row['record_id']}"


def flag_form(snap: data.Snapshot, board: pd.DataFrame) -> None:
    """Below a board: flag one of its rows as wrong, with a reason, for the Review page."""
    rows = {row["record_id"]: row for row in board.head(FLAGGABLE_ROWS).to_dict("records")}
    name = who()
    with st.expander("Flag a row that looks wrong"), st.form("flag", clear_on_submit=True):
        record_id = st.selectbox("Row", list(rows), format_func=lambda key: row_label(rows[key]))
        reason = st.text_area("What is wrong", placeholder="e.g. the paper's table says 85.8, not 84.8")
        if st.form_submit_button("Flag it"):
            if not name:
                st.error("Give your name in the sidebar: every flag records who made it.")
                return
            try:
                data.open_store(snap.url).flag(record_id, reason, by=name)
            except MetricsdbError as exc:
                st.error(markdown_text(str(exc)))
                return
            st.success("Flagged: a reviewer will see it on the Review page.")


def apply(action: str, record_id: str, reason: str, name: str, changes: str = "",
          flag_id: Optional[int] = None) -> bool:
    """Reject or correct a record (and close its flag as accepted), or dismiss a flag; shows what went
    wrong and returns False when nothing was written."""
    if not name:
        st.error("Give your name in the sidebar: every change records who made it.")
        return False
    store = data.open_store(data.snapshot().url)
    try:
        if action == "reject":
            store.reject(record_id, reason, by=name)
        elif action == "correct":
            store.correct(record_id, parse_assignments(part for part in changes.split(";") if part.strip()),
                          reason, by=name)
        if flag_id is not None:
            store.resolve_flag(flag_id, "dismissed" if action == "dismiss" else "accepted", reason, by=name)
    except CurationError as exc:
        st.error(markdown_text(str(exc)))
        return False
    return True
