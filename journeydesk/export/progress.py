"""How a long export reports its progress, and how the person stops it."""

from collections.abc import Callable

from journeydesk.io.errors import JourneyDeskError

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class ExportCancelledError(JourneyDeskError):
    """The person cancelled a long export; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far the export is; raise :class:`ExportCancelledError` if it says stop."""
    if progress is not None and not progress(min(done, total), total):
        raise ExportCancelledError("the export was cancelled; nothing was written")
