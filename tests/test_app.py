"""The leaderboard app's pages, run headless with Streamlit's AppTest on temporary databases."""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Optional
from urllib.parse import unquote

import pandas as pd
import pyarrow as pa
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from leaderboard_app.show import HIGHLIGHT_STYLE, evidence_html, number_span, results_html, value_span
from metricsdb.store import NotInDatabaseError, Store

from .store_helpers import make_paper, make_record, make_report

APP = Path(__file__).resolve().parent.parent / "leaderboard_app" / "app.py"


@pytest.fixture
def app_store(store: Store, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The temporary store, as the app's database; no cached query survives from another test."""
    monkeypatch.setenv("METRICSDB_URL", database_url)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield store
    st.cache_resource.clear()  # closes the app's connections to the database


def run_app(page: Optional[str] = None, **query_params: str) -> AppTest:
    """The app after its first run, on `page` (paper, overview) with the URL's query parameters."""
    app = AppTest.from_file(str(APP), default_timeout=30)
    app.query_params.update(query_params)
    if page is not None:
        app.run()  # switch_page needs the pages st.navigation registers on a first run
        app.switch_page(f"{page}.py")
        app.query_params.update(query_params)
    app.run()
    assert not app.exception, app.exception
    return app


def link_shown(cell: str) -> tuple[str, str]:
    """A titled link cell as the grid uses it: (the URL it opens, the text it shows). The text is what
    Streamlit's LinkColumn shows of a display_text capture: `decodeURIComponent` after `+` -> space."""
    url, _, fragment = cell.partition("#")
    return url, unquote(fragment.replace("+", "%20"))


def board(app: AppTest) -> pd.DataFrame:
    """The ranking on the leaderboard page (its first table)."""
    return app.dataframe[0].value


def add_scores(store: Store, benchmark: str, metric: str, scores: dict[str, float], **fields: object) -> None:
    """One report per benchmark, whose paper (2601.00001 unless told) gives each model its score."""
    store.add(make_report(source_url=f"https://example.org/{benchmark}"), [make_record(benchmark=benchmark, metric=metric, model=model, value=value,
                                          evidence=f"reaches {value}", **fields)
                              for model, value in scores.items()])


def test_board_ranks_higher_is_better_best_first(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0, "B": 70.0, "C": 60.0})
    app = run_app()
    table = board(app)
    assert table["model"].tolist() == ["B", "C", "A"]
    assert table["#"].tolist() == [1, 2, 3]
    assert "accuracy ↑" in table.columns
    assert "AIME 2025 · accuracy ↑" in app.subheader[0].value


def test_board_ranks_lower_is_better_best_first(app_store):
    add_scores(app_store, "ImageNet 256", "gfid", {"A": 2.2, "B": 1.5, "C": 3.1}, unit=None)
    table = board(run_app())
    assert table["model"].tolist() == ["B", "A", "C"]
    assert table["gFID ↓"].tolist() == [1.5, 2.2, 3.1]  # the record keeps `gfid`; the board shows the name


def test_a_board_whose_texts_state_a_unit_or_none_says_not_stated_never_assuming_one(app_store):
    app_store.add(make_report(), [make_record(model="A", value=92.0), make_record(model="B", value=92.4, unit=None)])
    table = board(run_app())
    assert table[["model", "unit"]].values.tolist() == [["B", "not stated"], ["A", "%"]]
    add_scores(app_store, "IFEval", "score", {"C": 90.2}, unit=None, paper_id="2601.00002")
    assert "unit" not in board(run_app(benchmark="IFEval")).columns  # no text states one: no column of blanks


def test_a_subset_board_leaves_its_evidence_what_the_other_columns_leave_of_the_window(app_store):
    """The columns' widths add up to the grid's width in a 1,366 px window beside the sidebar (the browser
    test looks), the evidence taking the rest; the subset, named in the title, is no column of its own."""
    app_store.add(make_report(), [make_record(model="A", value=92.0, subset="Long"),
                                  make_record(model="B", value=92.4, unit=None, subset="Long", evidence="很长的句子" * 20)])
    grid = run_app(subset="Long").dataframe[0]
    shown = grid.value.columns.tolist()
    assert "subset" not in shown and "unit" in shown
    widths = {name: column["width"] for name, column in json.loads(grid.proto.columns).items() if name in shown}
    assert set(widths) == set(shown) and sum(widths.values()) == 1000 and widths["evidence"] >= 160


def test_query_params_open_a_board_forgivingly_and_the_url_shows_its_name(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0})
    add_scores(app_store, "IFEval", "score", {"LSRIF (Qwen3-8B)": 90.2, "GPT-4o": 84.8}, unit=None, paper_id="2601.00002")
    app = run_app(benchmark="ifeval")
    assert app.selectbox(key="benchmark").value == "IFEval"
    assert board(app)["model"].tolist() == ["LSRIF (Qwen3-8B)", "GPT-4o"]
    assert app.query_params["benchmark"] == "IFEval"


def test_a_new_ingest_shows_on_the_next_rerun_despite_the_caches(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0})
    app = run_app()
    assert board(app)["model"].tolist() == ["A"]
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0, "B": 60.0})  # replaces the report
    assert board(app.run())["model"].tolist() == ["B", "A"]


def test_an_unknown_benchmark_in_the_url_is_said_and_a_board_shown(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0})
    app = run_app(benchmark="no such thing")
    assert "No benchmark named" in app.warning[0].value
    assert app.selectbox(key="benchmark").value == "AIME 2025"


def test_an_unknown_name_in_the_url_gets_the_stores_message_and_the_default_board(app_store):
    app_store.add(make_report(), [make_record(model="A", metric="accuracy", value=80.0),
                                  make_record(model="B", metric="f1", value=30.0)])
    app = run_app(benchmark="aime 2026")
    assert "did you mean AIME 2025?" in app.warning[0].value.replace("\\", "")  # Store.find_benchmark's words
    app = run_app(benchmark="AIME 2025", metric="bleu")
    assert "has no score records of metric 'bleu'; it has accuracy, f1" in app.warning[0].value.replace("\\", "")
    assert "accuracy ↑" in board(app).columns and app.query_params["metric"] == "accuracy"


def test_picking_a_benchmark_rewrites_the_url(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0, "B": 40.0})
    add_scores(app_store, "IFEval", "score", {"C": 90.2}, unit=None, paper_id="2601.00002")
    app = run_app()
    assert app.selectbox(key="benchmark").value == "AIME 2025"  # most records first
    app.selectbox(key="benchmark").set_value("IFEval").run()
    assert board(app)["model"].tolist() == ["C"]
    assert app.query_params == {"benchmark": "IFEval"}


def test_metric_switch_ranks_by_the_other_metric_and_the_url_keeps_it(app_store):
    app_store.add(make_report(), [
        make_record(model="A", metric="accuracy", value=80.0), make_record(model="B", metric="accuracy", value=70.0),
        make_record(model="A", metric="accuracy", value=81.0, paper_id="2601.00002"),
        make_record(model="A", metric="f1", value=30.0), make_record(model="B", metric="f1", value=60.0),
    ])
    app = run_app(benchmark="AIME 2025")
    assert app.radio(key="metric").options == ["accuracy", "F1"]  # most frequent first: the default; as written
    assert board(app)["model"].tolist() == ["A", "A", "B"]
    app.radio(key="metric").set_value("f1").run()
    assert board(app)["model"].tolist() == ["B", "A"]
    assert "F1 ↑" in board(app).columns  # shown as written; the URL keeps the stored key
    assert app.query_params == {"benchmark": "AIME 2025", "metric": "f1"}
    assert board(run_app(benchmark="aime 2025", metric="F1"))["F1 ↑"].tolist() == [60.0, 30.0]


def test_the_picker_says_score_is_the_values_whose_text_names_no_metric(app_store):
    """Beside HOTA and IDF1, a bare `score` read as a metric of its own (a new user's DanceTrack board)."""
    app_store.add(make_report(), [
        make_record(benchmark="DanceTrack", model="A", metric="hota", value=71.8, unit=None),
        make_record(benchmark="DanceTrack", model="B", metric="hota", value=70.2, unit=None),
        make_record(benchmark="DanceTrack", model="C", metric="score", value=69.0, unit=None),
    ])
    app = run_app(benchmark="DanceTrack")
    assert app.radio(key="metric").options == ["HOTA", "score (metric not named)"]
    app.radio(key="metric").set_value("score").run()
    assert board(app)["model"].tolist() == ["C"] and app.query_params["metric"] == "score"


def test_a_metric_the_list_lacks_is_shown_as_its_text_writes_it(app_store):
    """`b-wer` and `u-wer` are canonical keys; the picker, the board's header and the paper page show `B-WER`
    and `U-WER` as the papers write them, while the URL keeps the key. `Dice` is an ordinary word: `dice`."""
    app_store.add(make_report(), [
        make_record(benchmark="FooSpeech", model="A", metric="b-wer", value=3.1, unit="%", evidence="B-WER 为 3.1%"),
        make_record(benchmark="FooSpeech", model="B", metric="b-wer", value=3.5, unit="%", evidence="B-WER 为 3.5%"),
        make_record(benchmark="FooSpeech", model="A", metric="u-wer", value=9.0, unit="%", evidence="u-wer / U-WER 9%；U-WER"),
        make_record(benchmark="FooSpeech", model="A", metric="dice", value=80.0, unit="%", evidence="Dice 为 80%"),
    ])
    app = run_app(benchmark="FooSpeech")
    assert app.radio(key="metric").options == ["B-WER", "dice", "U-WER"]  # those the list directs first
    assert app.subheader[0].value.replace("\\", "") == "FooSpeech · B-WER ↓"  # Markdown escapes the hyphen; a WER
    app.radio(key="metric").set_value("u-wer").run()
    assert app.query_params["metric"] == "u-wer" and app.subheader[0].value.replace("\\", "") == "FooSpeech · U-WER ↓"


def test_fractions_of_1_are_marked_and_ranked_apart_on_the_board(app_store):
    app_store.add(make_report(), [make_record(model="A", metric="exact match", value=48.6, unit=None),
                                  make_record(model="B", metric="exact match", value=0.478, unit=None)])
    app = run_app(benchmark="AIME 2025")
    shown = board(app)
    assert shown["#"].tolist() == [1, 1] and shown["unit"].tolist() == ["not stated", "fraction of 1"]
    assert any("have their own ranks, after the percentages" in caption.value for caption in app.caption)


def test_each_subset_has_its_own_board_picked_in_the_page_and_kept_in_the_url(app_store):
    app_store.add(make_report(), [
        make_record(model="A", value=60.0), make_record(model="B", value=70.0),
        make_record(model="A", value=95.0, subset="Hard"), make_record(model="C", value=40.0, subset="Hard"),
        make_record(model="D", value=99.0, subset="Easy"),
    ])
    app = run_app()
    picker = app.selectbox(key="subset")
    assert picker.options == ["Overall (no subset)", "Hard  ·  2 records", "Easy  ·  1 record"]
    assert board(app)["model"].tolist() == ["B", "A"]  # no subset number competes with the overall ones
    picker.set_value("Hard").run()
    assert board(app)["model"].tolist() == ["A", "C"] and "AIME 2025 · Hard · accuracy ↑" in app.subheader[0].value
    assert app.query_params == {"benchmark": "AIME 2025", "subset": "Hard"}
    assert board(run_app(benchmark="AIME 2025", subset="easy"))["model"].tolist() == ["D"]


def test_a_benchmark_opens_on_the_board_with_most_papers_and_the_picker_has_the_overall_one(app_store):
    """LibriSpeech opened on one overall latency row while its WER rows sat in test-clean."""
    app_store.add(make_report(), [
        make_record(benchmark="LibriSpeech", metric="latency", model="A", value=160.0, unit="ms"),
        *(make_record(benchmark="LibriSpeech", metric="wer", model=f"M{i}", value=2.0 + i, subset="test-clean",
                      paper_id=f"2601.0000{i}") for i in (1, 2, 3)),
    ])
    app = run_app()
    assert app.selectbox(key="subset").value == "test-clean"
    assert board(app)["model"].tolist() == ["M1", "M2", "M3"]
    assert "LibriSpeech · test\\-clean · WER ↓" in app.subheader[0].value  # Markdown-escaped
    assert "opens first as it has more papers than the overall numbers" in app.caption[0].value
    app.selectbox(key="subset").set_value("").run()  # Overall (no subset)
    assert board(app)["model"].tolist() == ["A"] and "LibriSpeech · overall · latency" in app.subheader[0].value
    assert app.query_params["subset"] == "overall"
    assert board(run_app(benchmark="LibriSpeech", subset="overall"))["model"].tolist() == ["A"]


def test_a_benchmark_with_only_subset_numbers_opens_on_its_largest_subset(app_store):
    app_store.add(make_report(), [make_record(model="A", subset="4K", value=70.0),
                                  make_record(model="A", subset="8K", value=60.0),
                                  make_record(model="B", subset="8K", value=65.0)])
    app = run_app()
    assert app.selectbox(key="subset").value == "8K"
    assert board(app)["model"].tolist() == ["B", "A"]


def test_unnamed_systems_show_only_when_asked_labelled_with_their_papers_method(app_store):
    app_store.add(make_report(), [make_record(model="baseline", value=90.0, paper_title="LSRIF: a method"),
                                  make_record(model="LSRIF", value=80.0, paper_title="LSRIF: a method")])
    app = run_app()
    assert board(app)["model"].tolist() == ["LSRIF"]
    assert "1 entry of unnamed systems" in app.caption[0].value
    app.toggle(key="include_unnamed").set_value(True).run()
    assert board(app)["model"].tolist() == ["baseline (LSRIF)", "LSRIF"]
    assert app.query_params["unnamed"] == "1"
    assert board(run_app(unnamed="1"))["model"].tolist() == ["baseline (LSRIF)", "LSRIF"]


def test_a_number_several_papers_quote_stands_once_with_how_many_report_it(app_store):
    """Octo's 75.1, quoted by three papers, stood three times; one row now, from Octo's own paper, a
    `papers` count, the caption saying so, and the other papers named under the board."""
    app_store.add(make_report(), [
        make_record(model="Octo", value=75.1, paper_id="2601.00002"),
        make_record(model="Octo", value=75.1, paper_id="2601.00003", paper_title="Octo: an open generalist policy"),
        make_record(model="Octo", value=75.1),
        make_record(model="Mine", value=80.0),
    ])
    app = run_app()
    table = board(app)
    assert table[["model", "papers"]].values.tolist()[1] == ["Octo", 3]
    assert table["model"].tolist() == ["Mine", "Octo"] and pd.isna(table["papers"].iloc[0])
    assert table["paper"].iloc[1] == "Octo: an open generalist policy"
    assert "1 number several papers report stands once" in app.caption[0].value
    listed = "".join(block.proto.body for block in app.get("html"))
    also = listed[listed.index("also reported by"):].split("<br>")[0]
    assert re.findall(r">(\d{4}\.\d{5})</a>", also) == ["2601.00001", "2601.00002"]


def test_a_board_shows_its_rows_up_to_most_of_the_window_and_six_wrapped_ones_at_least(app_store, monkeypatch):
    """At Streamlit's default height a board of wrapped rows (long titles) showed three rows at a time."""
    heights: list[tuple[int, Optional[int]]] = []
    shown = st.dataframe

    def dataframe(data, *args, **kwargs):
        heights.append((kwargs.get("height"), kwargs.get("row_height")))
        return shown(data, *args, **kwargs)

    monkeypatch.setattr(st, "dataframe", dataframe)
    add_scores(app_store, "AIME 2025", "accuracy", {f"M{i}": 50.0 + i for i in range(12)})
    run_app()
    assert heights[0] == (38 + 12 * 35 + 2, None)  # every one-line row
    long_title = "A Very Long Title About Reasoning With Many Words That Wraps Onto Several Lines In Its Column"
    app_store.add(make_report(("2601.00009",), path="/reports/w.txt", source_url=None), [
        make_record(benchmark="GSM8K", model=f"W{i}", value=60.0 + i, paper_id="2601.00009", paper_title=long_title)
        for i in range(12)])
    heights.clear()
    run_app(benchmark="GSM8K")
    height, row = heights[0]
    assert row > 35 and height == 38 + max(6, 700 // row) * row + 2 and (height - 40) // row >= 6


def test_a_board_of_unknown_direction_ranks_nothing_and_lists_newest_first(app_store):
    for day, value in (("2026-01-10", 0.5), ("2026-01-12", 0.9)):
        app_store.add(make_report(date=day, source_url=f"https://example.org/{day}"),
                      [make_record(report_date=day, value=value, metric="trr@1", model=f"M{day[-2:]}")])
    app = run_app(benchmark="AIME 2025")  # a benchmark in the URL opens the Leaderboard page
    table = board(app)
    assert table["model"].tolist() == ["M12", "M10"] and table["#"].isna().all()
    assert "trr@1" in table.columns and "Direction unknown" in app.caption[0].value
    assert "step-after" not in app.get("vega_lite_chart")[0].proto.spec  # no running best without a direction


def test_deltas_are_listed_apart_and_never_ranked_with_scores(app_store):
    app_store.add(make_report(), [
        make_record(model="A", value=50.0), make_record(model="B", value=60.0),
        make_record(model="A", kind="delta", value=99.0, unit="pp", direction="increase", reference="GRPO",
                    evidence="提升了 99 个百分点"),
        make_record(model="B", kind="ratio", value=2.8, unit="x", direction="increase", evidence="快 2.8 倍"),
    ])
    app = run_app()
    assert board(app)["model"].tolist() == ["B", "A"]
    assert board(app)["accuracy ↑"].tolist() == [60.0, 50.0]
    assert len(app.dataframe) == 1  # the deltas wait behind the toggle
    app.toggle(key="show_changes").set_value(True).run()
    assert board(app)["accuracy ↑"].tolist() == [60.0, 50.0]  # the ranking is unchanged
    deltas, ratios = app.dataframe[1].value, app.dataframe[2].value
    assert deltas[["model", "change", "vs"]].values.tolist() == [["A", "+99 pp", "GRPO"]]
    assert ratios[["model", "change"]].values.tolist() == [["B", "×2.8 ↑"]]


def test_a_benchmark_with_only_deltas_lists_them_without_a_ranking(app_store):
    app_store.add(make_report(), [make_record(kind="delta", value=3.9, direction="increase", evidence="提升 3.9 分")])
    app = run_app()
    assert "no scores to rank" in app.info[0].value
    assert app.dataframe[0].value["change"].tolist() == ["+3.9%"]


def test_board_highlights_the_number_in_each_evidence(app_store):
    app_store.add(make_report(), [make_record(benchmark="IFEval", model="LSRIF", metric="score", value=90.2, unit=None,
                                              evidence="在 IFEval 上达到 **90.2** 分")])
    evidence = run_app().html[0].value
    assert "在 IFEval 上达到 <mark" in evidence and ">90.2</mark> 分" in evidence  # without the bold markers


@pytest.mark.parametrize(("metric", "running_best"), [("accuracy", [50.0, 50.0, 70.0]), ("gfid", [50.0, 40.0, 40.0])])
def test_sota_chart_steps_through_the_running_best(app_store, metric, running_best):
    for day, value in (("2026-01-10", 50.0), ("2026-01-11", 40.0), ("2026-01-12", 70.0)):
        app_store.add(make_report(date=day, source_url=f"https://example.org/{day}"),
                      [make_record(report_date=day, value=value, metric=metric, model=f"M{day[-2:]}")])
    chart = run_app(benchmark="AIME 2025").get("vega_lite_chart")[0].proto
    assert '"step-after"' in chart.spec
    best, points = sorted((pa.ipc.open_stream(dataset.data.data).read_pandas() for dataset in chart.datasets),
                          key=lambda frame: "best" not in frame)
    assert sorted(points["value"]) == [40.0, 50.0, 70.0]
    assert best["best"].tolist() == running_best


def test_paper_page_shows_results_text_with_each_number_linked_to_its_record(app_store):
    text = "LSRIF 在 IFEval 上达到 90.2 分，超越了 GPT-4o (84.8)。"
    report = make_report(("2601.06431",))
    report = type(report)(report.date, report.source_url, report.path,
                          (make_paper("2601.06431", "LSRIF: Logic-Structured RL", text),))
    app_store.add(report, [
        make_record(paper_id="2601.06431", benchmark="IFEval", metric="score", model="LSRIF", value=90.2, unit=None,
                    evidence="LSRIF 在 IFEval 上达到 90.2 分"),
        make_record(paper_id="2601.06431", benchmark="IFEval", metric="score", model="GPT-4o", value=84.8, unit=None,
                    evidence="超越了 GPT-4o (84.8)"),
    ])
    app = run_app("paper", paper="2601.06431")
    assert app.subheader[0].value.replace("\\", "") == "LSRIF: Logic-Structured RL"
    body = next(element.value for element in app.html if "<mark" in element.value)
    assert ">90.2</mark><sup>[<a href=\"./?benchmark=IFEval&amp;metric=score\"" in body
    assert ">84.8</mark><sup>[" in body and ">2</a>]</sup>" in body
    records = app.dataframe[0].value
    assert records[["#", "model", "value"]].values.tolist() == [[1, "LSRIF", "90.2"], [2, "GPT-4o", "84.8"]]


def _lsrif_paper(store: Store, text: str) -> None:
    report = make_report(("2601.06431",))
    report = type(report)(report.date, report.source_url, report.path,
                          (make_paper("2601.06431", "LSRIF: Logic-Structured RL", text),))
    store.add(report, [
        make_record(paper_id="2601.06431", benchmark="IFEval", metric="score", model="LSRIF", value=90.2, unit=None,
                    evidence="LSRIF 在 IFEval 上达到 90.2 分"),
        make_record(paper_id="2601.06431", benchmark="IFEval", metric="score", model="GPT-4o", value=84.8, unit=None,
                    evidence="超越了 GPT-4o (84.8)", value_start=12, value_end=16),
    ])


def test_a_corrected_value_is_marked_with_its_correction_on_the_board_and_the_paper_page(app_store):
    _lsrif_paper(app_store, "LSRIF 在 IFEval 上达到 90.2 分，超越了 GPT-4o (84.8)。")
    gpt = app_store.records(model="GPT-4o")["record_id"][0]
    made = app_store.correct(gpt, {"value": 85.8}, "table 2", by="ann")
    note = f"corrected value 84.8 → 85.8 by correction {made.id[:8]} (ann)"
    app = run_app(benchmark="IFEval")
    table = board(app)
    assert dict(zip(table["model"], table["corrected"].fillna(""))) == {"LSRIF": "", "GPT-4o": note}
    evidence = app.html[0].value
    assert f"GPT-4o · 85.8 <b>corrected</b> ({html.escape(note)})" in evidence
    paper = run_app("paper", paper="2601.06431")
    records = paper.dataframe[0].value
    columns = list(records.columns)  # the id beside the value: in view on a narrow window
    assert columns.index("record") == columns.index("value") + 1 and list(table.columns)[3] == "record"
    assert records[["model", "value", "corrected"]].fillna("").values.tolist() == [["LSRIF", "90.2", ""],
                                                                                    ["GPT-4o", "85.8", note]]
    body = next(element.value for element in paper.html if "<mark" in element.value)
    assert ">84.8</mark><sup>[" in body and ">2 corrected</a>]</sup>" in body and html.escape(note) in body


def test_the_paper_page_shows_list_markers_as_bullets(app_store):
    _lsrif_paper(app_store, "结果：\n*   **核心指标**：\n    *   LSRIF 在 IFEval 上达到 90.2 分，超越了 GPT-4o (84.8)。\n- 其他")
    body = next(element.value for element in run_app("paper", paper="2601.06431").html if "<mark" in element.value)
    assert "*" not in body and "\n•   核心指标：\n    •   LSRIF" in body and "\n• 其他" in body
    assert "<mark" in body and ">90.2</mark>" in body  # the spans still land on the numbers


def test_the_kind_in_the_url_opens_the_changes_and_the_toggle_writes_it(app_store):
    app_store.add(make_report(), [
        make_record(model="A", value=50.0),
        make_record(model="A", kind="delta", value=2.6, unit="pp", direction="increase", evidence="提升 2.6 个百分点"),
        make_record(model="B", kind="delta", value=5.0, unit="%", direction="increase", evidence="提升 5%"),
        make_record(model="B", kind="ratio", value=2.8, unit="x", direction="increase", evidence="快 2.8 倍"),
    ])
    app = run_app(benchmark="AIME 2025", kind="delta")
    assert app.toggle(key="show_changes").value is True
    assert [table.value["change"].tolist() for table in app.dataframe[1:]] == [["+2.6 pp", "+5%"]]  # deltas only
    assert any("not ranked" in caption.value and "pp" in caption.value for caption in app.caption)
    assert len(run_app(benchmark="AIME 2025", kind="score").dataframe) == 1
    app = run_app(benchmark="AIME 2025")
    assert len(app.dataframe) == 1
    app.toggle(key="show_changes").set_value(True).run()
    assert app.query_params["kind"] == "delta,ratio" and len(app.dataframe) == 3
    app.toggle(key="show_changes").set_value(False).run()
    assert "kind" not in app.query_params
    assert "No kind" in run_app(benchmark="AIME 2025", kind="deltas").warning[0].value


def test_paper_page_without_a_paper_offers_a_search(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"A": 50.0})
    app = run_app("paper", paper="2699.00000")
    assert "No paper 2699" in app.warning[0].value
    app.text_input[0].input("Paper 2601.00002").run()
    assert not app.exception


def test_overview_counts_and_search(app_store):
    add_scores(app_store, "AIME 2025", "accuracy", {"Qwen3-8B": 50.0, "GPT-4o": 40.0})
    add_scores(app_store, "IFEval", "score", {"LSRIF (Qwen3-8B)": 90.2}, unit=None, paper_id="2601.00002")
    app = run_app("overview")
    assert [(metric.label, metric.value) for metric in app.metric] == [
        ("Reports", "2"), ("Papers", "3"), ("Records", "3"), ("Benchmarks", "2")]  # the 3 papers both reports list, once
    app.text_input[0].input("qwen3").run()
    assert [table.value.columns[0] for table in app.dataframe] == ["model"]  # no benchmark, no paper matches
    assert app.dataframe[0].value["model"].tolist() == ["LSRIF (Qwen3-8B)", "Qwen3-8B"]
    app.text_input[0].input("ifeval").run()
    assert [link_shown(cell) for cell in app.dataframe[0].value["benchmark"]] == [("./?benchmark=IFEval", "IFEval")]
    app.text_input[0].input("Paper 2601.00002").run()
    assert [link_shown(cell) for cell in app.dataframe[0].value["paper"]] == [
        ("./paper?paper=2601.00002", "Paper 2601.00002")]
    assert app.get("download_button")


def test_empty_database_says_how_to_ingest(app_store):
    message = run_app().info[0].value
    assert "is empty" in message and "`metricsdb ingest`" in message


def test_report_text_is_shown_as_text_never_as_html(app_store):
    hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> **bold** $x$'
    report = make_report(("2601.00001",))
    report = type(report)(report.date, report.source_url, report.path,
                          (make_paper("2601.00001", f"Title {hostile}", f"A 达到 95.0 分。{hostile}"),))
    app_store.add(report, [make_record(model=f"A {hostile}", benchmark="IFEval", value=95.0, paper_title=f"Title {hostile}",
                                       evidence="A 达到 95.0 分")])
    board_html = run_app().html[0].value
    paper = run_app("paper", paper="2601.00001")
    for body in (board_html, *(element.value for element in paper.html)):
        assert "<img" not in body and "<script" not in body
    assert "&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;" in board_html
    assert "\\<script\\>" in paper.subheader[0].value and "\\*\\*bold\\*\\*" in paper.subheader[0].value


def test_board_and_paper_page_highlight_the_stored_value_span(app_store):
    """Stored records with value_start/value_end: both pages mark the number the span points at, the
    second of two equal numbers, which reading the evidence again would not pick."""
    evidence = "A 从 90.2 提升至 91.0，B 达到 90.2"
    second = evidence.rindex("90.2")
    report = make_report(("2601.00001",))
    report = type(report)(report.date, report.source_url, report.path, (make_paper("2601.00001", "B: x", evidence),))
    app_store.add(report, [make_record(benchmark="IFEval", model="B", metric="score", value=90.2, unit=None,
                                       evidence=evidence, value_start=second, value_end=second + 4)])
    marked = f'B 达到 <mark style="{HIGHLIGHT_STYLE}">90.2</mark>'
    assert run_app().html[0].value.endswith(marked + "</p>")
    body = next(element.value for element in run_app("paper", paper="2601.00001").html if "<mark" in element.value)
    assert body.count("<mark") == 1 and marked + "<sup>" in body


def test_the_highlight_follows_the_records_value_span_when_it_has_one():
    """A hand-made record with value_start/value_end (the extractor's spans): the highlight is the
    number the span points at, here the second of two equal numbers, which re-reading cannot tell."""
    evidence = "A 从 90.2 提升至 91.0，B 达到 90.2"
    second = evidence.rindex("90.2")
    record = make_record(evidence=evidence, value=90.2, unit=None).model_dump()
    assert value_span(record) == (evidence.index("90.2"), evidence.index("90.2") + 4)  # no span: found again
    spanned = {**record, "value_start": second, "value_end": second + 4}
    assert value_span(spanned) == (second, second + 4)
    assert evidence_html(spanned).endswith("B 达到 <mark style=\"" + HIGHLIGHT_STYLE + "\">90.2</mark>")
    assert value_span({**record, "value_start": float("nan"), "value_end": float("nan")}) == value_span(record)
    assert value_span({**record, "value_start": 0, "value_end": len(evidence) + 1}) == value_span(record)
    frame = pd.DataFrame([spanned])
    assert results_html(evidence, frame).count("<mark") == 1
    assert f"B 达到 <mark style=\"{HIGHLIGHT_STYLE}\">90.2</mark><sup>" in results_html(evidence, frame)


def test_number_span_reads_the_number_as_the_extractor_does():
    evidence = "日活达到 3.89万，比基线的 2.5万 高"
    start, end = number_span(evidence, 38900.0)
    assert evidence[start:end] == "3.89万"
    assert number_span("提升 16–28%", 16.0, 28.0) is not None
    assert number_span("no number here", 5.0) is None


def test_results_html_skips_records_whose_evidence_is_not_in_the_text():
    records = pd.DataFrame([make_record(evidence="elsewhere 50%").model_dump()])
    assert results_html("<b>50%</b>", records) == '<div style="white-space: pre-wrap; line-height: 1.7">&lt;b&gt;50%&lt;/b&gt;</div>'


def test_store_queries_behind_the_app(app_store):
    assert app_store.last_ingested_at() is None
    first = make_report(("2601.00001", "2601.00002"))
    app_store.add(first, [make_record(model="Qwen3-8B"), make_record(model="qwen3 8b", benchmark="IFEval")])
    stamp = app_store.last_ingested_at()
    later = make_report(("2601.00002",), date="2026-01-12", source_url="https://example.org/later")
    later = type(later)(later.date, later.source_url, later.path, (make_paper("2601.00002", results_text="later text"),))
    app_store.add(later, [make_record(paper_id="2601.00002", report_date="2026-01-12", model="GPT-4o")])
    assert app_store.last_ingested_at() > stamp
    models = app_store.models()  # one row per forgiving name, spelled as one of its records (collation decides)
    assert models["name"].tolist()[1:] == ["GPT-4o"] and models["name"][0] in {"Qwen3-8B", "qwen3 8b"}
    assert models[["records", "benchmarks"]].values.tolist() == [[2, 2], [1, 1]]
    assert app_store.papers()[["paper_id", "report_date", "records"]].values.tolist() == [
        ["2601.00002", "2026-01-12", 1], ["2601.00001", "2026-01-11", 2], ["2601.00002", "2026-01-11", 0]]
    assert app_store.papers("2601.00001")["title"].tolist() == ["Paper 2601.00001"]
    assert app_store.results_text("2601.00002") == "later text"
    assert app_store.results_text("2699.00000") is None
    app_store.add(make_report(("2601.00003",), source_url="https://example.org/metrics"), [
        *[make_record(paper_id="2601.00003", metric="f1", model=model) for model in ("A", "B", "C")],
        make_record(paper_id="2601.00003", kind="delta", metric="bleu", direction="increase")])
    assert app_store.find_benchmark("aime-2025") == "AIME 2025"
    assert app_store.metrics("aime 2025") == ["f1", "accuracy"]  # most records first: leaderboard()'s default
    assert app_store.leaderboard("aime 2025").attrs["metric"] == "f1"
    assert app_store.metrics("AIME 2025", "delta") == ["bleu"]
    with pytest.raises(NotInDatabaseError, match="did you mean AIME 2025"):
        app_store.metrics("aime 2026")
