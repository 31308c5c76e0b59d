"""End to end: the app served by `streamlit run` on the sample reports, in headless Chromium (Playwright).

Never skipped: without Chromium at /usr/bin/chromium the test fails and says so (CI installs it).
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from metricsdb.cli import streamlit_command
from metricsdb.paths import sample_reports, sqlite_url
from metricsdb.store import LEADERBOARD_COLUMNS, Store

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SERVER_START_SECONDS = 60
LEADERBOARD_RECORD_ID = LEADERBOARD_COLUMNS.index("record_id")
HOSTILE_IMAGE = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "<script>alert(2)</script>"
HOSTILE_REPORT = f"""# Hugging Face Daily Papers Report
**Date**: 2026-02-01
**Source URL**: https://huggingface.co/papers/date/2026-02-01

============================================================

## 📄 EvilNet: {HOSTILE_IMAGE} {HOSTILE_SCRIPT}

- **链接**: https://huggingface.co/papers/2602.99999

### 1. 应用领域
指令跟随。

### 5. 实验效果
EvilNet 在 IFEval 上达到 95.0 分。
报告原文里有 {HOSTILE_IMAGE} 和 {HOSTILE_SCRIPT}，它们只是文字。
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served_app(database_url: str, log: Path) -> Iterator[str]:
    """The app run as `metricsdb app` runs it (cli.streamlit_command, headless) on the database; yields
    its base URL, and always stops it. The command is the CLI's own, so what the browser sees is what a
    user gets (the Deploy button flashed on a first page that a command of the tests' own hid)."""
    port = free_port()
    command, env = streamlit_command(database_url, port)
    with log.open("w") as output:
        server = subprocess.Popen([*command, "--server.headless", "true"], cwd=REPO, stdout=output,
                                  stderr=subprocess.STDOUT, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            assert server.poll() is None, f"streamlit exited with {server.returncode}:\n{log.read_text()}"
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, \
                f"streamlit did not answer within {SERVER_START_SECONDS} s:\n{log.read_text()}"
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@contextmanager
def chromium() -> Iterator[Browser]:
    assert CHROMIUM.exists(), (f"the browser test needs Chromium at {CHROMIUM} (Debian: apt-get install chromium); "
                               "it is not skipped, so that CI cannot pass without running it")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def board_rows(page: Page) -> list[list[str]]:
    """The cells of the leaderboard's rows, from the grid's accessible table (the grid draws on a canvas)."""
    board = page.get_by_test_id("stDataFrame").first
    expect(board.locator("[role=gridcell]").first).to_be_attached(timeout=30_000)
    return [row.locator("[role=gridcell]").all_inner_texts() for row in board.locator("[role=row]").all()[1:]]


def open_board(page: Page, url: str) -> float:
    """Load a board; the seconds until its first row is there."""
    started = time.perf_counter()
    page.goto(url)
    expect(page.get_by_test_id("stDataFrame").first.locator("[role=gridcell]").first).to_be_attached(timeout=30_000)
    return time.perf_counter() - started


def first_board_in_browser(database_url: str, visits: int = 6) -> list[tuple[str, float]]:
    """Seconds until the first board shows: on a freshly started server, then (median) on later visits."""
    log = Path(os.environ.get("TMPDIR", "/tmp")) / "metricsdb-app-speed.log"
    with served_app(database_url, log) as base, chromium() as browser:
        page = browser.new_page()
        first = open_board(page, base)
        later = sorted(open_board(page, base) for _ in range(visits - 1))
        return [("first visit, fresh server", first), (f"later visits, median of {visits - 1}", later[len(later) // 2]),
                ("later visits, fastest", later[0])]


@pytest.fixture
def sample_database(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "samples.db")
    with Store(url) as store:
        assert not store.ingest(sample_reports()).errors
    return url


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium() as opened:
        yield opened


@pytest.fixture
def app_url(browser: Browser, sample_database: str, tmp_path: Path) -> Iterator[str]:
    """The app on the sample reports; the server is stopped whatever the test does."""
    with served_app(sample_database, tmp_path / "streamlit.log") as base:
        yield base


def test_board_in_a_browser_and_report_text_never_runs(browser, app_url, sample_database, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    open_board(page, f"{app_url}/?benchmark=IFEval")
    rows = board_rows(page)
    models = [row[1] for row in rows]
    assert rows[models.index("LSRIF (Qwen3-8B)")][2] == "90.2"
    assert rows[models.index("GPT-4o")][2] == "84.8"
    assert models.index("LSRIF (Qwen3-8B)") < models.index("GPT-4o")
    page.get_by_text("State of the art over time").click()
    expect(page.get_by_test_id("stVegaLiteChart")).to_be_visible()
    page.wait_for_timeout(600)  # the expander's opening animation, for the screenshot
    page.screenshot(path=tmp_path / "board.png", full_page=True)

    hostile = tmp_path / "hostile.md"
    hostile.write_text(HOSTILE_REPORT, encoding="utf-8")
    with Store(sample_database) as store:
        assert store.ingest(hostile).records == 1
    page.reload()
    board = page.get_by_test_id("stDataFrame").first
    expect(board.locator("[role=gridcell]").get_by_text("EvilNet", exact=True)).to_be_attached()
    assert board_rows(page)[0][1:3] == ["EvilNet", "95"]
    page.get_by_text("Evidence, number highlighted").click()
    expect(page.locator("mark", has_text="84.8")).to_be_visible()  # the last entry
    page.wait_for_timeout(600)  # the expander's opening animation, for the screenshot
    expect(page.get_by_role("link", name=f"EvilNet: {HOSTILE_IMAGE} {HOSTILE_SCRIPT}")).to_be_visible()
    page.screenshot(path=tmp_path / "board-hostile.png", full_page=True)

    page.goto(f"{app_url}/paper?paper=2602.99999")
    expect(page.get_by_role("heading", name=f"EvilNet: {HOSTILE_IMAGE} {HOSTILE_SCRIPT}")).to_be_visible()
    expect(page.get_by_text(f"报告原文里有 {HOSTILE_IMAGE} 和 {HOSTILE_SCRIPT}，它们只是文字。")).to_be_visible()
    expect(page.locator("mark", has_text="95.0")).to_be_visible()
    page.wait_for_timeout(1000)  # time for an injected image's onerror, had one been made
    assert page.locator("img[src=x], script:has-text('alert')").count() == 0
    page.screenshot(path=tmp_path / "paper-hostile.png", full_page=True)

    page.goto(f"{app_url}/overview")
    expect(page.get_by_text("Records", exact=True)).to_be_visible()
    page.screenshot(path=tmp_path / "overview.png", full_page=True)
    assert dialogs == []


def screenshot_folder(tmp_path: Path) -> Path:
    """Where the screenshots go: $METRICSDB_SCREENSHOTS when set (to look at them), else the test's folder."""
    folder = Path(os.environ.get("METRICSDB_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_new_reader_lands_on_whats_new_and_finds_boards_charts_and_names(browser, app_url, tmp_path):
    shots = screenshot_folder(tmp_path)
    page = browser.new_page(viewport={"width": 1400, "height": 1100})
    page.goto(app_url)  # the samples hold four report dates: the app opens on the latest day's news
    expect(page.get_by_role("heading", name="What's new")).to_be_visible(timeout=30_000)
    assert page.url.endswith("/whats-new")
    expect(page.get_by_role("heading", name="New bests (1)")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame").first.locator("[role=gridcell]").get_by_text("Light Forcing", exact=True)
           ).to_be_attached(timeout=30_000)
    assert page.get_by_test_id("stAppDeployButton").count() == 0  # no Deploy in the toolbar
    page.wait_for_timeout(800)
    page.screenshot(path=shots / "whats-new.png", full_page=True)

    open_board(page, f"{app_url}/?benchmark=VBench&metric=total+score")  # a board's link opens the board
    expect(page.get_by_role("heading", name="VBench · total score ↑")).to_be_visible()
    rows = board_rows(page)
    assert [row[1] for row in rows] == ["Light Forcing", "TMD (Wan2.1)", "VideoAR"]
    assert all("**" not in cell for row in rows for cell in row)  # no Markdown markers in the grid
    chart = page.get_by_test_id("stVegaLiteChart")
    expect(chart).to_be_visible()  # three report dates: the SOTA chart is open without a click
    page.wait_for_timeout(1500)  # the chart's drawing
    page.screenshot(path=shots / "board.png", full_page=True)
    chart.screenshot(path=shots / "sota-chart.png")

    picker = page.get_by_test_id("stSelectbox").first
    picker.click()
    page.keyboard.type("aime")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    names = [text.split("·")[0].strip() for text in options.all_inner_texts()]
    assert names and all("aime" in name.casefold() for name in names), names  # not MathVista-Mini
    page.keyboard.press("Escape")


def test_a_subset_board_fits_a_1366_px_window_with_its_evidence_wrapped(browser, app_url, tmp_path):
    """Beside the sidebar, a 1,366 px window (a common laptop's) holds the whole board: the evidence
    column wraps instead of running off the right edge (the grid scrolls nothing sideways)."""
    page = browser.new_page(viewport={"width": 1366, "height": 1000})
    open_board(page, f"{app_url}/?benchmark=LoCoMo&subset=temporal")
    expect(page.get_by_role("heading", name="LoCoMo · temporal · f1 ↑")).to_be_visible()
    scroller = page.get_by_test_id("stDataFrame").first.locator(".dvn-scroller")
    widths = scroller.evaluate("element => [element.scrollWidth, element.clientWidth]")
    assert widths[0] <= widths[1], widths
    page.screenshot(path=screenshot_folder(tmp_path) / "subset-board-1366.png", full_page=True)


def test_on_a_narrow_window_every_record_id_can_be_read_and_a_kind_link_opens_the_changes(
        browser, app_url, sample_database, tmp_path):
    """At 800 px the grid's right-hand columns are off screen: the record ids (what `metricsdb correct`
    takes) must still be readable in full, inside the window."""
    shots = screenshot_folder(tmp_path)
    with Store(sample_database) as store:
        ids = store.leaderboard_rows("IFEval").rows
        record_ids = [row[LEADERBOARD_RECORD_ID] for row in ids]
    page = browser.new_page(viewport={"width": 800, "height": 1000})
    open_board(page, f"{app_url}/?benchmark=IFEval&kind=delta")
    page.get_by_text("Evidence, number highlighted").click()
    assert [row[3] for row in board_rows(page)] == record_ids  # the grid's record column, beside the value
    for record_id in record_ids:
        shown = page.get_by_test_id("stHtml").locator("code", has_text=record_id)
        expect(shown).to_be_visible()
        box = shown.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 800, (record_id, box)
    expect(page.get_by_text("Deltas: differences against a reference")).to_be_visible()  # ?kind=delta opened them
    page.wait_for_timeout(800)
    page.screenshot(path=shots / "narrow-board.png", full_page=True)
