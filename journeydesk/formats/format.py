"""What a format is: a name, file endings, options, and the functions that export and import it."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeydesk.export.progress import Progress
    from journeydesk.model.project import Project

OptionValue = str | int | bool


@dataclass(frozen=True)
class Option:
    """A setting of an export or import: a command-line flag, a field in the dialog.

    A choice has ``choices`` (with a label for the dialog each); a number has ``minimum`` and
    ``maximum``; a switch has a bool ``default``.
    """

    name: str  # the request's key and, with dashes, the flag: page_size -> --page-size
    label: str  # the dialog's label
    help: str  # the command line's help
    default: OptionValue
    choices: Mapping[str, str] = field(default_factory=dict)  # value -> label in the dialog
    minimum: int | None = None
    maximum: int | None = None
    parse: Callable[[str], OptionValue] | None = None  # reads a typed value; raises ValueError with a phrase

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def problem(self, value: OptionValue) -> str | None:
        """What is wrong with ``value``, in a phrase, or None."""
        if self.choices and value not in self.choices:
            return f"{self.flag} must be one of {', '.join(self.choices)}"
        bounded = self.minimum is not None and self.maximum is not None
        if bounded and isinstance(value, int) and not self.minimum <= value <= self.maximum:  # type: ignore[operator]  # bounded says both limits are set
            return f"{self.flag} must be between {self.minimum} and {self.maximum}"
        return None


@dataclass(frozen=True)
class ExportRequest:
    """What to export: the journeys (None for every one) and the format's option values."""

    journey_ids: Sequence[str] | None = None
    options: Mapping[str, OptionValue] = field(default_factory=dict)
    progress: "Progress | None" = None


Exporter = Callable[["Project", Path, ExportRequest], str | None]  # returns what to tell the person, if anything
Importer = Callable[[Path, Mapping[str, OptionValue]], "Project"]


@dataclass(frozen=True)
class Format:
    key: str
    name: str  # in menus, dialogs and messages: "PDF", "PowerPoint"
    extensions: tuple[str, ...]  # lower case, with the dot; the first is the one suggested
    description: str  # the menu's status tip
    export: Exporter | None = None
    import_: Importer | None = None
    export_options: tuple[Option, ...] = ()
    import_options: tuple[Option, ...] = ()
    import_check: Callable[[Mapping[str, OptionValue]], str | None] | None = None  # what is wrong with a combination
    one_journey: bool = False  # it shows one journey: the one asked for, else the first
    menu_text: str = ""  # with the mnemonic: "&PDF…"
    shortcut: str | None = None

    @property
    def file_filter(self) -> str:
        """The file dialog's filter: ``PDF (*.pdf)``."""
        return f"{self.name} ({' '.join('*' + ending for ending in self.extensions)})"

    def export_defaults(self) -> dict[str, OptionValue]:
        return {option.name: option.default for option in self.export_options}

    def import_defaults(self) -> dict[str, OptionValue]:
        return {option.name: option.default for option in self.import_options}


def first_journey(project: "Project", request: ExportRequest) -> str:
    """The journey a one-journey format shows: the first asked for, else the project's first."""
    return request.journey_ids[0] if request.journey_ids else project.journeys[0].id
