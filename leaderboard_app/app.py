"""The metricsdb leaderboard app: `metricsdb app`, or `streamlit run leaderboard_app/app.py` with
$METRICSDB_URL naming the database (default: the per-user file, as for the CLI).

This entry script only sets up the pages; each page is a script beside it (leaderboard.py, paper.py,
overview.py, whats_new.py), inside the package so that an installed wheel has them too. A visit to the
bare address opens What's new when the store holds more than one report date (a daily reader wants the
day's changes); a link with a board (`?benchmark=`) opens the board, one with a paper (`?paper=`) or a
report date (`?date=`) that page.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from leaderboard_app import data
from leaderboard_app.show import PAGE_STYLE, markdown_text
from metricsdb.errors import StoreError

PAGES = Path(__file__).parent

st.set_page_config(page_title="metricsdb leaderboards", page_icon=":material/leaderboard:", layout="wide")
st.set_option("client.toolbarMode", "viewer")  # no Deploy, Rerun or Clear cache: the app is for readers
st.html(PAGE_STYLE)

leaderboard = st.Page(PAGES / "leaderboard.py", title="Leaderboard", icon=":material/leaderboard:", default=True)
whats_new = st.Page(PAGES / "whats_new.py", title="What's new", icon=":material/new_releases:", url_path="whats-new")
paper = st.Page(PAGES / "paper.py", title="Paper", icon=":material/article:", url_path="paper")
page = st.navigation([
    leaderboard,
    whats_new,
    paper,
    st.Page(PAGES / "overview.py", title="Overview", icon=":material/dashboard:", url_path="overview"),
    *([st.Page(PAGES / "review.py", title="Review", icon=":material/rate_review:", url_path="review")]
      if data.edits_allowed() else []),  # without --allow-edits the app writes nothing
])

try:
    snap = data.snapshot()
except StoreError as exc:
    st.error(markdown_text(str(exc)))
    st.stop()

if not snap.records:
    where = markdown_text(data.display_url(snap))
    if snap.reports:
        st.info(f"The database {where} holds {snap.reports} reports but no records: the extractor found "
                "no results in them. Ingest more reports with `metricsdb ingest PATH...`.")
    else:
        st.info(f"The database {where} is empty. Load the bundled sample reports with `metricsdb ingest`, "
                "or your own with `metricsdb ingest PATH...`, then reload this page.")
    st.stop()

landing = "landed" not in st.session_state  # the first run of a visit
st.session_state.landed = True
if landing and page is leaderboard and "benchmark" not in st.query_params:
    # `/?paper=ID` and `/?date=D` (the pages' own parameters on the bare address) open those pages: the
    # Leaderboard ignored them and showed some board instead
    for param, target in (("paper", paper), ("date", whats_new)):
        if param in st.query_params:
            st.switch_page(target, query_params={param: st.query_params[param]})
    if not st.query_params and len(data.report_dates(snap)) > 1:
        st.switch_page(whats_new)
page.run()
