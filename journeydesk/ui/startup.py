"""Which document the app opens with."""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.ui.settings import AppSettings

if TYPE_CHECKING:  # the model and the file format load after the first frame (journeydesk.ui.first_frame)
    from journeydesk.io import JourneyFileError
    from journeydesk.model.project import Project


@dataclass
class Opening:
    project: "Project"
    path: Path | None
    error: "JourneyFileError | None" = None


def starting_file(requested: Path | None, demo: bool, settings: AppSettings) -> Path | None:
    """The file the app means to open, before reading it: None for the sample."""
    if demo:
        return None
    return requested if requested is not None else _last_file(settings)


def initial_document(requested: Path | None, demo: bool, settings: AppSettings) -> Opening:
    """The file asked for; with none, the sample on the very first start and the last file after.

    A file that cannot be opened leaves the app starting as if none had been asked for, with the
    error to show.
    """
    from journeydesk.io import JourneyFileError, load_project
    from journeydesk.templates import SAMPLE, new_project

    if demo:
        return Opening(new_project(SAMPLE), None)
    error = None
    if requested is not None:
        try:
            return Opening(load_project(requested), requested)
        except JourneyFileError as exc:
            error = exc
    last = _last_file(settings)
    if last is not None:
        try:
            return Opening(load_project(last), last, error)
        except JourneyFileError:
            settings.forget_last_file()
    return Opening(new_project(SAMPLE), None, error)


def _last_file(settings: AppSettings) -> Path | None:
    """The file open when the app last closed, unless this is the first start or it is gone."""
    last = None if settings.is_first_start() else settings.last_file()
    return last if last is not None and last.exists() else None
