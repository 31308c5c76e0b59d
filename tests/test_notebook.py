"""Store.leaderboard() as a notebook shows it: ranks as the index, the value named by its metric, no
empty columns, and an HTML view with the direction and each evidence's number highlighted, escaped."""
from __future__ import annotations

import re

import pandas as pd

from metricsdb.notebook import Leaderboard

from .store_helpers import make_record, make_report

HOSTILE = "<script>alert(1)</script>"


def test_the_value_column_is_named_by_its_metric_and_ranks_are_the_index(store):
    store.add(make_report(), [make_record(model="A", value=80.0), make_record(model="B", value=90.5)])
    board = store.leaderboard("AIME 2025")
    assert isinstance(board, Leaderboard) and isinstance(board, pd.DataFrame)
    assert board.index.name == "rank" and board.index.tolist() == [1, 2]
    assert board["accuracy"].tolist() == [90.5, 80.0] and "value" not in board.columns
    assert board.attrs["value_column"] == "accuracy"


def test_columns_empty_on_the_board_are_dropped_and_the_others_kept(store):
    store.add(make_report(), [make_record(model="A"), make_record(model="B", value=60.0)])
    board = store.leaderboard("AIME 2025")
    assert list(board.columns) == ["model", "accuracy", "unit", "paper_id", "paper_title", "report_date", "evidence",
                                   "record_id"]  # no value_high, subset, direction, reference: all empty
    store.add(make_report(source_url="https://example.org/2"), [
        make_record(model="C", value=70.0, value_high=75.0, subset="Hard")])
    assert {"value_high", "subset"} <= set(store.leaderboard("AIME 2025", subset="Hard").columns)


def test_a_slice_keeps_the_notebook_view(store):
    store.add(make_report(), [make_record(model=m, value=v) for m, v in (("A", 1.0), ("B", 2.0), ("C", 3.0))])
    top = store.leaderboard("AIME 2025").head(2)
    assert isinstance(top, Leaderboard) and top.attrs["value_column"] == "accuracy"
    assert "accuracy ↑" in top._repr_html_() and top._repr_html_().count("<tr>") == 3  # header and two rows


def test_html_view_shows_the_direction_and_highlights_the_number_in_the_evidence(store):
    store.add(make_report(), [
        make_record(benchmark="ImageNet 256", metric="gfid", model="BAR-L", value=1.5, unit=None,
                    evidence="BAR-L 的 gFID 达到 **1.50**，优于 DiT。"),
        make_record(benchmark="ImageNet 256", metric="gfid", model="DiT", value=2.27, unit=None,
                    evidence="DiT 为 2.27。"),
    ])
    page = store.leaderboard("ImageNet 256")._repr_html_()
    assert "gfid ↓" in page and "lower is better" in page
    assert re.search(r"<mark[^>]*>1\.50</mark>", page) and re.search(r"<mark[^>]*>2\.27</mark>", page)
    assert "**" not in page  # Markdown bold markers are not shown
    assert page.index("BAR-L") < page.index("DiT")


def test_html_view_escapes_report_text(store):
    store.add(make_report(), [make_record(model=HOSTILE, paper_title=HOSTILE, value=42.0,
                                          evidence=f"{HOSTILE} 达到 42.0。")])
    page = store.leaderboard("AIME 2025")._repr_html_()
    assert "<script>" not in page and page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 3
    assert re.search(r"<mark[^>]*>42\.0</mark>", page)


def test_a_board_of_changes_is_headed_change_and_says_when_vs_is_not_stated(store):
    store.add(make_report(), [
        make_record(kind="delta", model="A", value=2.6, unit="pp", direction="increase", reference="GRPO"),
        make_record(kind="delta", model="B", value=1.0, unit="pp", direction="decrease"),
    ])
    board = store.leaderboard("AIME 2025")  # no scores: the deltas, signed
    assert board.attrs["kind"] == "delta" and board.attrs["value_column"] == "accuracy change"
    page = board._repr_html_()
    assert "change ↑" in page and "<th style=\"text-align:left\">vs</th>" in page
    assert "+2.6 pp" in page and "−1 pp" in page and "not stated" in page and "GRPO" in page


def test_a_reshaped_board_falls_back_to_the_pandas_view(store):
    store.add(make_report(), [make_record(model="A")])
    only_models = store.leaderboard("AIME 2025")[["model"]]
    assert only_models._repr_html_() == pd.DataFrame(only_models)._repr_html_()
