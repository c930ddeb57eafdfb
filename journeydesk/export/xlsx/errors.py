"""The one error a workbook that cannot be read raises."""

from pathlib import Path

from journeydesk.io.errors import JourneyDeskError


class WorkbookError(JourneyDeskError):
    """A workbook that cannot be imported; the message names the file and the problem."""

    def __init__(self, source: str | Path, problem: str) -> None:
        self.source, self.problem = str(source), problem
        super().__init__(f"{source}: {problem}")
