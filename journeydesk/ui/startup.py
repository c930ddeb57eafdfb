"""Which document the app opens with."""

from dataclasses import dataclass
from pathlib import Path

from journeydesk.io import JourneyFileError, load_project
from journeydesk.model.project import Project
from journeydesk.templates import SAMPLE, new_project
from journeydesk.ui.settings import AppSettings


@dataclass
class Opening:
    project: Project
    path: Path | None
    error: JourneyFileError | None = None


def initial_document(requested: Path | None, demo: bool, settings: AppSettings) -> Opening:
    """The file asked for; with none, the sample on the very first start and the last file after.

    A file that cannot be opened leaves the app starting as if none had been asked for, with the
    error to show.
    """
    if demo:
        return Opening(new_project(SAMPLE), None)
    error = None
    if requested is not None:
        try:
            return Opening(load_project(requested), requested)
        except JourneyFileError as exc:
            error = exc
    last = None if settings.is_first_start() else settings.last_file()
    if last is not None and last.exists():
        try:
            return Opening(load_project(last), last, error)
        except JourneyFileError:
            settings.forget_last_file()
    return Opening(new_project(SAMPLE), None, error)
