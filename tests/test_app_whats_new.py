"""The What's new page (AppTest): the app's landing page once the store has more than one report date,
each new best, new board and headline number linked to its board or paper."""
from __future__ import annotations

from leaderboard_app.show import PAGE_STYLE, markdown_text
from metricsdb.model import Paper, Report

from .store_helpers import make_record

from .test_app import app_store, link_shown, run_app  # noqa: F401  (app_store is a fixture)
from .test_whatsnew import DAYS, add_day


def fill(store) -> None:
    add_day(store, DAYS[0], [{"model": "GPT-4o", "value": 60.0}])
    add_day(store, DAYS[1], [{"model": "Alpha (7B)", "value": 70.0},
                             {"benchmark": "GPQA", "model": "Beta", "value": 33.0, "paper_id": "2601.00002"}])


def test_whats_new_is_where_the_app_opens_with_more_than_one_report_date(app_store):
    fill(app_store)
    app = run_app()
    assert app.title[0].value == "What's new"
    app.switch_page("leaderboard.py").run()  # later in the visit, the Leaderboard page stays the Leaderboard
    assert app.title[0].value == "Leaderboard"
    assert run_app(benchmark="GPQA").title[0].value == "Leaderboard"  # a board's link opens the board


def test_with_one_report_date_the_app_opens_on_the_leaderboard(app_store):
    add_day(app_store, DAYS[0], [{"model": "GPT-4o", "value": 60.0}])
    assert run_app().title[0].value == "Leaderboard"


def test_whats_new_lists_new_bests_new_boards_and_headlines_linked(app_store):
    fill(app_store)
    app = run_app()
    assert app.selectbox(key="report_date").value == DAYS[1]
    assert [element.value for element in app.subheader] == [
        "New bests (1)", "New boards (1)", "Headline numbers (2 of 3 papers)"]
    bests, boards, headlines = (table.value for table in app.dataframe)
    assert link_shown(bests["board"][0]) == ("./?benchmark=AIME+2025&metric=accuracy", "AIME 2025 · accuracy")
    assert bests.drop(columns="board").to_dict("records") == [{
        "model": "Alpha (7B)", "value": "70% ↑", "was": f"60% · GPT-4o · {DAYS[0]}",
        "paper": "Alpha: a method", "details": "./paper?paper=2601.00001"}]
    assert link_shown(boards["board"][0]) == ("./?benchmark=GPQA&metric=accuracy", "GPQA")
    assert boards.drop(columns="board").to_dict("records") == [{"records": 1, "papers": 1,
                                                                "best": "33% · Beta · accuracy"}]
    assert headlines["paper"].tolist() == ["Alpha: a method", "Beta: another method"]
    assert headlines["details"].tolist() == ["./paper?paper=2601.00001", "./paper?paper=2601.00002"]
    assert link_shown(headlines["board"][1]) == ("./?benchmark=GPQA&metric=accuracy", "GPQA · accuracy")
    assert app.expander[0].label == "Papers without a result read (1)"
    columns = list(bests.columns)  # the page's link before the long title: in view on a narrower window
    assert columns.index("details") < columns.index("paper")


def test_link_cells_show_names_with_plus_and_percent_signs_as_written(app_store):
    """The grid decodes a link's text as a form value: `ScanNet++` came out as `ScanNet`, and a `%` showed
    the whole URL."""
    add_day(app_store, DAYS[0], [{"model": "A", "value": 1.0}])
    add_day(app_store, DAYS[1], [{"benchmark": "ScanNet++", "model": "B", "value": 2.0},
                                 {"benchmark": "Top-1% Bench", "model": "C", "value": 3.0, "paper_id": "2601.00002"},
                                 {"benchmark": "AIME 2025", "kind": "delta", "model": "D", "value": 2.6, "unit": "pp",
                                  "direction": "increase", "paper_id": "2601.00003"}])
    app = run_app()
    boards, headlines = (table.value for table in app.dataframe)  # no new best that day
    assert sorted(link_shown(cell)[1] for cell in boards["board"]) == ["ScanNet++", "Top-1% Bench"]
    assert "./?benchmark=ScanNet%2B%2B&metric=accuracy" in [link_shown(cell)[0] for cell in boards["board"]]
    assert headlines["value"].tolist()[-1] == "+2.6 pp (delta)"  # a change is said to be one


def test_a_new_boards_top_change_is_said_to_be_a_change(app_store):
    add_day(app_store, DAYS[0], [{"model": "A", "value": 1.0}])
    add_day(app_store, DAYS[1], [{"benchmark": "GSM8K", "kind": "delta", "model": "B", "value": 2.6, "unit": "pp",
                                  "direction": "increase"}])
    assert run_app().dataframe[0].value["best"].tolist() == ["+2.6 pp (delta) · B · accuracy"]


def test_a_date_in_the_url_or_picked_shows_that_day(app_store):
    fill(app_store)
    app = run_app("whats_new", date=DAYS[0])
    assert app.selectbox(key="report_date").value == DAYS[0]
    assert [element.value for element in app.subheader][:2] == ["New bests (0)", "New boards (1)"]
    app.selectbox(key="report_date").select(DAYS[1]).run()
    assert app.query_params["date"] == DAYS[1] and app.subheader[0].value == "New bests (1)"
    unknown = run_app("whats_new", date="2020-01-01")
    assert "No report dated" in unknown.warning[0].value and unknown.selectbox(key="report_date").value == DAYS[1]


def test_report_text_on_the_page_stays_text(app_store):
    hostile = "<script>alert(1)</script> **x**"
    add_day(app_store, DAYS[0], [{"model": "A", "value": 1.0}])
    add_day(app_store, DAYS[1], [{"model": hostile, "value": 2.0, "benchmark": hostile}])
    app = run_app()
    # the page writes no HTML of its own (grids and escaped Markdown only); the one element is the app's style
    assert [element.proto.body for element in app.get("html")] == [PAGE_STYLE]
    assert app.dataframe[0].value["best"].tolist() == [f"2% · {hostile} · accuracy"]  # new boards: a grid cell


def test_a_corrected_value_is_marked_with_its_correction(app_store):
    fill(app_store)
    alpha = app_store.records(report_date=DAYS[1]).set_index("model").loc["Alpha (7B)"]
    made = app_store.correct(alpha["record_id"], {"value": "71"}, "the table says 71", by="ann")
    note = f"corrected value 70 → 71 by correction {made.id[:8]} (ann)"
    bests, boards, headlines = (table.value for table in run_app().dataframe)
    assert bests["value"].tolist() == ["71% ↑"] and bests["corrected"].tolist() == [note]
    assert "corrected" not in boards  # GPQA's best was not corrected
    assert headlines["corrected"].tolist() == [note, ""]


def test_a_paper_or_a_date_on_the_bare_address_opens_its_page(app_store):
    """`/?paper=ID` opened the Leaderboard (some board, the paper ignored): the README wrote the pages'
    parameters without their paths, and a reader shortens a link the same way."""
    fill(app_store)
    paper = run_app(paper="2601.00002")
    assert (paper.title[0].value, paper.subheader[0].value) == ("Paper", markdown_text("Beta: another method"))
    day = run_app(date=DAYS[0])
    assert day.title[0].value == "What's new" and day.selectbox(key="report_date").value == DAYS[0]
    assert run_app(benchmark="GPQA", paper="2601.00002").title[0].value == "Leaderboard"  # a board's link: the board


def test_metrics_are_shown_as_their_boards_head_them(app_store):
    """The boards said `WER` and `gFID` while What's new and the paper page said `wer` and `gfid`."""
    add_day(app_store, DAYS[0], [{"model": "A", "value": 1.0}])
    add_day(app_store, DAYS[1], [{"benchmark": "LibriSpeech", "metric": "wer", "model": "B", "value": 2.1},
                                 {"benchmark": "ImageNet", "metric": "gfid", "model": "C", "value": 1.8, "unit": None,
                                  "paper_id": "2601.00002"}])
    boards, headlines = (table.value for table in run_app().dataframe)
    assert sorted(boards["best"]) == ["1.8 · C · gFID", "2.1% · B · WER"]
    assert sorted(link_shown(cell)[1] for cell in headlines["board"]) == ["ImageNet · gFID", "LibriSpeech · WER"]
    assert run_app("paper", paper="2601.00002").dataframe[0].value["metric"].tolist() == ["gFID"]


def test_a_bidi_control_in_a_title_is_shown_escaped_in_every_grid(app_store):
    """The grids drew a report's title with its bidi control obeyed (`\\u202eevil` showed as 'live') on
    What's new, the board, its changes and the Overview's search; the Markdown parts escaped it already."""
    title = "Robust \u202eevil\u202c: a method"
    shown = "Robust \\u202eevil\\u202c: a method"
    add_day(app_store, DAYS[0], [{"model": "GPT-4o", "value": 60.0}])
    report = Report(date=DAYS[1], source_url=None, path="/bidi.md",
                    papers=(Paper("2601.00009", title, "https://huggingface.co/papers/2601.00009", {"results": "x"}),))
    app_store.add(report, [make_record(paper_id="2601.00009", paper_title=title, report_date=DAYS[1], model="Rev",
                                       value=70.0),
                           make_record(paper_id="2601.00009", paper_title=title, report_date=DAYS[1], model="Rev",
                                       kind="delta", value=2.0, unit="pp", direction="increase", evidence="提升 2 个百分点")])
    bests, headlines = (table.value for table in run_app().dataframe)  # What's new: no new board that day
    assert bests["paper"].tolist() == [shown] and headlines["paper"].tolist() == [shown]
    app = run_app(benchmark="AIME 2025")
    assert app.dataframe[0].value.set_index("model").loc["Rev", "paper"] == shown
    app.toggle(key="show_changes").set_value(True).run()
    assert app.dataframe[1].value["paper"].tolist() == [shown]
    app = run_app("overview")
    app.text_input[0].set_value("Robust").run()
    papers = next(table.value for table in app.dataframe if "arXiv" in table.value.columns)
    assert [link_shown(cell)[1] for cell in papers["paper"]] == [shown]
