"""The app's writes: only with --allow-edits; a reader flags a row, a reviewer rejects or corrects it or
dismisses the flag, and every write records who and why. Without the flag the app writes nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from metricsdb.cli import streamlit_command
from metricsdb.store import corrections_table, flags_table

from .test_app import add_scores, app_store, board, run_app  # noqa: F401  (app_store is a fixture)


@pytest.fixture
def editable(app_store, monkeypatch):
    monkeypatch.setenv("METRICSDB_ALLOW_EDITS", "1")
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0, "B": 70.0, "C": 60.0})
    return app_store


def writes(store) -> tuple[int, int]:
    with store._engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(table)).scalar() for table in
                     (corrections_table, flags_table))


def test_the_board_shows_record_ids(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0})
    assert board(run_app())["record"].tolist() == app_store.records()["record_id"].tolist()


def test_without_allow_edits_there_is_no_form_no_review_page_and_no_write(app_store, monkeypatch):
    monkeypatch.delenv("METRICSDB_ALLOW_EDITS", raising=False)
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0})
    app = run_app()
    assert not app.button and not app.text_area
    with pytest.raises(Exception):
        app.switch_page("review.py")  # not registered
    assert writes(app_store) == (0, 0)
    assert streamlit_command("sqlite:///x.db", 8501)[1]["METRICSDB_ALLOW_EDITS"] == "0"
    command = streamlit_command("sqlite:///x.db", 8501)[0]
    assert command[command.index("--client.toolbarMode") + 1] == "viewer"  # Deploy must not flash on the first page
    assert streamlit_command("sqlite:///x.db", 8501, allow_edits=True)[1]["METRICSDB_ALLOW_EDITS"] == "1"


def test_a_reader_flags_a_row_and_a_reviewer_rejects_it_each_recorded_with_who_and_why(editable):
    app = run_app()
    target = board(app)["record"][0]  # B, 70
    app.sidebar.text_input(key="editor").set_value("reader")
    app.selectbox[-1].set_value(target)
    app.text_area[0].set_value("the table says 7.0")
    app.button[0].click().run()
    [flag] = editable.flags()
    assert (flag.record_id, flag.by, flag.reason, flag.status) == (target, "reader", "the table says 7.0", "open")

    review = run_app("review")
    review.sidebar.text_input(key="editor").set_value("reviewer")
    review.text_input(key=f"reason-flag-{flag.id}").set_value("checked: wrong")
    review.button(key=f"reject-flag-{flag.id}").click().run()
    assert not review.exception
    [correction] = editable.corrections()
    assert (correction.action, correction.record_id, correction.by, correction.reason) == (
        "reject", target, "reviewer", "checked: wrong")
    [resolved] = editable.flags(None)
    assert (resolved.status, resolved.resolved_by, resolved.resolution) == ("accepted", "reviewer", "checked: wrong")
    assert board(run_app())["model"].tolist() == ["C", "A"]


def test_a_reviewer_corrects_any_row_and_dismisses_a_flag(editable):
    target = editable.records(model="A")["record_id"][0]
    editable.flag(target, "looks low", by="reader")
    review = run_app("review")
    review.sidebar.text_input(key="editor").set_value("rev")
    review.text_input(key="reason-flag-1").set_value("it is right")
    review.button(key="dismiss-flag-1").click().run()
    assert editable.flags(None)[0].status == "dismissed" and editable.corrections() == []
    review = run_app("review")
    review.sidebar.text_input(key="editor").set_value("rev")
    [record_box] = [box for box in review.text_input if box.label == "Record id"]
    record_box.set_value(target).run()
    review.text_input(key="reason-any").set_value("table 3")
    review.text_input(key="set-any").set_value("value=55.5; model=Alpha")
    review.button(key="correct-any").click().run()
    [correction] = editable.corrections()
    assert (correction.changes, correction.by, correction.reason) == ({"model": "Alpha", "value": 55.5}, "rev", "table 3")
    assert "Alpha" in board(run_app())["model"].tolist()


def test_a_change_without_a_name_or_with_a_bad_value_writes_nothing(editable):
    target = editable.records(model="A")["record_id"][0]
    review = run_app("review")
    [record_box] = [box for box in review.text_input if box.label == "Record id"]
    record_box.set_value(target).run()
    review.text_input(key="reason-any").set_value("why")
    review.button(key="reject-any").click().run()
    assert "Give your name" in review.error[0].value
    review.sidebar.text_input(key="editor").set_value("rev")
    review.text_input(key="set-any").set_value("value=lots")
    review.button(key="correct-any").click().run()
    assert "is not a number" in review.error[0].value
    assert writes(editable) == (0, 0)
