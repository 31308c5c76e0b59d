"""The app as a new reader meets it (AppTest): text without Markdown markers and wrapped, a benchmark
search that matches names, the SOTA chart open once there is a history, labelled, one date format."""
from __future__ import annotations

import json

import pyarrow as pa
from streamlit import config
from streamlit.proto.SelectWidgetFilterMode_pb2 import SelectWidgetFilterMode

from leaderboard_app.show import row_height

from .store_helpers import make_paper, make_record, make_report
from .test_app import app_store, board, run_app  # noqa: F401  (app_store is a fixture)

def test_evidence_and_paper_text_are_shown_without_bold_markers(app_store):
    text = "LSRIF 在 IFEval 上达到 **90.2** 分，**显著**优于 GPT-4o。"
    report = make_report(("2601.06431",))
    report = type(report)(report.date, report.source_url, report.path,
                          (make_paper("2601.06431", "LSRIF: Logic-Structured RL", text),))
    app_store.add(report, [make_record(paper_id="2601.06431", benchmark="IFEval", metric="score", model="LSRIF",
                                       value=90.2, unit=None, evidence="LSRIF 在 IFEval 上达到 **90.2** 分")])
    app = run_app(benchmark="IFEval")
    assert board(app)["evidence"].tolist() == ["LSRIF 在 IFEval 上达到 90.2 分"]
    assert "**" not in app.html[0].value
    paper = run_app("paper", paper="2601.06431")
    assert paper.dataframe[0].value["evidence"].tolist() == ["LSRIF 在 IFEval 上达到 90.2 分"]
    results = next(element.value for element in paper.html if "<mark" in element.value)
    assert "**" not in results and "显著优于 GPT-4o" in results
    assert app_store.records()["evidence"].tolist() == ["LSRIF 在 IFEval 上达到 **90.2** 分"]  # stored exact


def test_grids_wrap_long_text_instead_of_cutting_it(app_store):
    long = "在 AIME 2025 上，该方法在极低的推理成本下取得了 50% 的准确率，显著优于所有基线方法并接近闭源模型的水平。"
    app_store.add(make_report(), [make_record(model="A", evidence=long, paper_title="A long title " * 8),
                                  make_record(model="B", kind="delta", direction="increase", evidence=long)])
    app = run_app(benchmark="AIME 2025")
    app.toggle(key="show_changes").set_value(True).run()
    heights = [table.proto.row_height for table in app.dataframe]  # the board, the changes
    assert all(64 < height <= 5 * 21 + 12 for height in heights)  # over 4rem: the grid wraps; at most 5 lines
    assert run_app("paper", paper="2601.00001").dataframe[0].proto.row_height > 64


def test_short_text_keeps_rows_one_line_high(app_store):
    app_store.add(make_report(), [make_record(model="A", evidence="达到 50%", paper_title="Short")])
    assert run_app(benchmark="AIME 2025").dataframe[0].proto.row_height == 0  # unset: the grid's own height


def test_row_height_grows_with_the_longest_text_up_to_five_lines():
    assert row_height([(["short"], 200)]) is None
    assert row_height([(["x" * 40], 200)]) == 65  # two lines: the least height that wraps
    assert row_height([(["字" * 40], 200)]) == 4 * 21 + 12  # Chinese characters are twice as wide
    assert row_height([(["字" * 400], 200), ([None], 100)]) == 5 * 21 + 12


def test_benchmark_search_matches_part_of_a_name_not_scattered_letters(app_store):
    for name in ("AIME 2025", "MathVista-Mini"):  # "aime" is a subsequence of "MathVista-Mini"
        app_store.add(make_report(source_url=f"https://example.org/{name}"), [make_record(benchmark=name)])
    picker = run_app().selectbox(key="benchmark").proto
    assert SelectWidgetFilterMode.Name(picker.filter_mode) == "FILTER_MODE_CONTAINS"  # substrings, not fuzzy


def test_the_toolbar_has_no_deploy_button(app_store):
    app_store.add(make_report(), [make_record()])
    run_app()
    assert config.get_option("client.toolbarMode") == "viewer"  # no Deploy, Rerun, Clear cache (the browser test looks)


def add_days(store, days: dict[str, list[tuple[str, float]]], metric: str = "accuracy") -> None:
    for day, entries in days.items():
        store.add(make_report(date=day, source_url=f"https://example.org/{day}"),
                  [make_record(report_date=day, model=model, value=value, metric=metric) for model, value in entries])


def chart_of(app):
    """The SOTA chart's spec and its datasets (the running best, the entries)."""
    proto = app.get("vega_lite_chart")[0].proto
    frames = [pa.ipc.open_stream(dataset.data.data).read_pandas() for dataset in proto.datasets]
    best = next(frame for frame in frames if "best" in frame)
    points = next(frame for frame in frames if "model" in frame)
    return json.loads(proto.spec), best, points


def sota_expander(app):
    return next(block for block in app.expander if block.label.startswith("State of the art over time"))


def test_sota_chart_is_open_with_three_report_dates_and_labels_each_point_with_its_model(app_store):
    add_days(app_store, {"2026-01-10": [("A", 50.0)], "2026-01-11": [("B", 40.0), ("C", 60.0)],
                         "2026-01-16": [("D", 70.0)]})
    app = run_app(benchmark="AIME 2025")
    assert sota_expander(app).proto.expanded
    spec, best, points = chart_of(app)
    layers = spec["layer"]
    assert [layer["mark"]["type"] for layer in layers] == ["line", "circle", "text"]
    assert layers[2]["encoding"]["text"]["field"] == "model"  # each point labelled with its model
    assert sorted(points["model"]) == ["A", "B", "C", "D"]
    assert "point" not in layers[0]["mark"]  # the step line draws no dots of its own beside the entries'
    axis = layers[1]["encoding"]["x"]["axis"]
    assert axis["format"] == "%Y-%m-%d" and axis["tickCount"] == {"interval": "day", "step": 1}
    assert {tip.get("format") for tip in layers[1]["encoding"]["tooltip"] if tip["field"] == "date"} == {"%Y-%m-%d"}
    assert best["best"].tolist() == [50.0, 60.0, 70.0]
    assert layers[1]["encoding"]["y"]["title"] == "accuracy ↑ higher is better"


def test_sota_chart_follows_a_lower_is_better_board(app_store):
    add_days(app_store, {"2026-01-10": [("A", 3.0)], "2026-01-11": [("B", 2.5)], "2026-01-12": [("C", 2.8)]},
             metric="gfid")
    spec, best, _ = chart_of(run_app(benchmark="AIME 2025"))
    assert best["best"].tolist() == [3.0, 2.5, 2.5]  # the running minimum
    assert spec["layer"][1]["encoding"]["y"]["title"] == "gFID ↓ lower is better"


def test_sota_chart_stays_closed_with_fewer_than_three_dates(app_store):
    add_days(app_store, {"2026-01-10": [("A", 50.0)], "2026-01-11": [("B", 60.0)]})
    assert not sota_expander(run_app(benchmark="AIME 2025")).proto.expanded


def test_page_scripts_hold_no_bare_strings_that_streamlit_would_print():
    """Streamlit's magic writes a page script's bare string expressions on the page (a docstring
    under a constant appeared above the title); only the module docstring is exempt."""
    import ast
    from pathlib import Path

    for script in ("app.py", "leaderboard.py", "paper.py", "overview.py", "whats_new.py"):
        tree = ast.parse((Path(__file__).resolve().parent.parent / "leaderboard_app" / script).read_text(encoding="utf-8"))
        bare = [node.lineno for node in tree.body[1:]
                if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)]
        assert bare == [], (script, bare)
