"""Errors that are the user's to fix: the CLI prints them as one line, never a traceback."""


class MetricsdbError(Exception):
    """Base of every error metricsdb reports to its user."""


class ReportError(MetricsdbError):
    """A file could not be read as a daily-papers report; the message names the file and why."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(MetricsdbError):
    """The database could not be opened or written; the message never shows a password."""


class DatabaseUnavailableError(StoreError):
    """The database failed as a whole (unreachable, gone, locked, full), not because of one report: an
    ingest stops instead of reporting the same failure for every later file."""
