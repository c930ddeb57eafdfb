"""The typed errors of the file layer: each one message a person can act on."""

from pathlib import Path


class JourneyDeskError(Exception):
    """Base of every error JourneyDesk reports to a person instead of a traceback."""


class JourneyFileError(JourneyDeskError):
    """A file that cannot be read as a JourneyDesk project.

    ``place`` is a line/column (``line 3, column 7``) or a field path
    (``project.journeys[0].cards[4].severity``); ``problem`` says what is wrong there.
    """

    def __init__(self, source: str | Path, problem: str, place: str = "", more: int = 0) -> None:
        self.source = str(source)
        self.problem = problem
        self.place = place
        self.more = more
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [self.source]
        if self.place:
            parts.append(self.place)
        parts.append(self.problem)
        text = ": ".join(parts)
        if self.more:
            text += f" (and {self.more} more problem{'s' if self.more > 1 else ''})"
        return text


class SaveError(JourneyDeskError):
    """A save or export that could not be written. The previous file, if any, is untouched."""

    def __init__(self, target: str | Path, problem: str) -> None:
        self.target = str(target)
        self.problem = problem
        super().__init__(f"{self.target}: {problem}")
