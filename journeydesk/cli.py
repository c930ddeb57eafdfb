"""The ``journeydesk`` command: the app, and subcommands for scripts.

Exit codes: 0 success, 1 bad input or a failed write, 2 a usage error, 130 interrupted.
Errors are one line on stderr, never a traceback. Heavy imports (Qt, exporters) happen only in the
command that needs them, so ``journeydesk validate`` starts fast.
"""

import argparse
import difflib
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from journeydesk.model import Project

from journeydesk import __version__

PROG = "journeydesk"
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Wrong arguments on the command line."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit code 2, and whose help keeps the line
    breaks of its description and examples."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


@dataclass(frozen=True)
class Command:
    summary: str  # one line, in the list of commands
    description: str  # what it does, at the top of its --help
    examples: tuple[str, ...]  # with what each does, at the end of its --help


COMMANDS = {
    "new": Command(
        "create a .journey file from a template",
        "Create a .journey file from one of the built-in templates: blank, four-stage (Awareness,\n"
        "Consideration, Purchase, Loyalty), six-stage, seven-step or the complete sample journey.",
        ("journeydesk new onboarding.journey --template six-stage --title 'Onboarding'",),
    ),
    "validate": Command(
        "check .journey files",
        "Check .journey files: each must be a JourneyDesk file this version can read, with valid fields\n"
        "and references. A good file gets 'FILE: valid (...)' on stdout, a bad one a line\n"
        "'journeydesk: FILE: place: what is wrong' on stderr, and the exit code is 1.",
        ("journeydesk validate maps/*.journey",),
    ),
    "schema": Command(
        "print the JSON Schema of the .journey format",
        "Print the JSON Schema of the .journey format, for editors, validators and other tools.",
        ("journeydesk schema > journeydesk.schema.json",),
    ),
    "export": Command(
        "export a map as a workbook, PDF, PNG or SVG",
        "Export a .journey file; OUT's ending chooses what: .xlsx a workbook (the maps, every card in a\n"
        "filterable table, the registers), .pdf a print-ready map with the registers and health check,\n"
        ".png or .svg a picture of one journey's map.",
        (
            "journeydesk export map.journey -o map.xlsx",
            "journeydesk export map.journey -o map.pdf --page-size A4 --fit tile",
            "journeydesk export map.journey -o future.png --journey 'Future state' --dpi 300",
        ),
    ),
    "import": Command(
        "import an Excel workbook as a .journey file",
        "Import an Excel workbook as a .journey file: one JourneyDesk exported (read back without loss),\n"
        "or a journey map made by hand, with the stages in a row or a column and the lanes beside them.",
        ("journeydesk import workshop.xlsx -o workshop.journey --sheet 'Map'",),
    ),
}


def _examples(examples: Sequence[str]) -> str:
    return "example" + ("s" if len(examples) > 1 else "") + ":\n" + "\n".join(f"  {line}" for line in examples)


def _app_parser() -> argparse.ArgumentParser:
    width = max(map(len, COMMANDS))
    listed = "\n".join(f"  {name:<{width}}  {command.summary}" for name, command in COMMANDS.items())
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [FILE | --demo] | {PROG} COMMAND ... | {PROG} --version",
        description="JourneyDesk: customer journey maps on the desktop. With no command, it opens the app.",
        epilog=f"commands:\n{listed}\n\n"
        f"run '{PROG} COMMAND --help' for a command's arguments, options and an example\n\n"
        + _examples(["journeydesk map.journey", "journeydesk --demo", "journeydesk export map.journey -o map.pdf"]),
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a .journey file to open in the app")
    parser.add_argument("--demo", action="store_true", help="open the app on the built-in sample journey")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    from journeydesk.templates import TEMPLATE_KEYS

    parser = _Parser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str) -> argparse.ArgumentParser:
        command = COMMANDS[name]
        return commands.add_parser(
            name, help=command.summary, description=command.description, epilog=_examples(command.examples)
        )

    new = add("new")
    new.add_argument("output", type=Path, metavar="OUT.journey", help="the file to create")
    new.add_argument("--template", required=True, choices=TEMPLATE_KEYS, help="the template to start from")
    new.add_argument("--title", help="the project's title (the template's by default)")
    new.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    new.set_defaults(run=_run_new)

    validate = add("validate")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="the .journey files to check")
    validate.set_defaults(run=_run_validate)

    schema = add("schema")
    schema.set_defaults(run=_run_schema)

    export = add("export")
    export.add_argument("file", type=Path, metavar="FILE", help="the .journey file to export")
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write: .xlsx, .pdf, .png or .svg"
    )
    export.add_argument("--journey", help="only this journey (its name or id); all by default, the first for images")
    export.add_argument("--page-size", choices=PAGE_SIZE_NAMES, help="PDF only: the paper (default A3)")
    export.add_argument(
        "--fit",
        choices=("page", "tile"),
        help="PDF only: the map on one page, or tiled across pages at a readable size (default page)",
    )
    export.add_argument("--dpi", type=int, help="PNG only: resolution in dots per inch, 24 to 1200 (default 192)")
    export.set_defaults(run=_run_export)

    import_ = add("import")
    import_.add_argument("file", type=Path, metavar="IN.xlsx", help="the workbook to import")
    import_.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.journey", help="the .journey file to write"
    )
    import_.add_argument("--sheet", help="the sheet with the map (default: the most filled-in one)")
    import_.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    import_.set_defaults(run=_run_import)
    return parser


def _unknown_command(word: str) -> str:
    """What to say when the first argument is neither a command nor a file, but reads like a word."""
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1)
    if close:
        return f"unknown command '{word}' (did you mean '{close[0]}'?)"
    names = ", ".join(list(COMMANDS)[:-1]) + f" and {list(COMMANDS)[-1]}"
    return f"unknown command '{word}', and no file of that name (the commands are {names}; to open a file: {PROG} FILE)"


def _looks_like_a_command(argument: str) -> bool:
    return re.fullmatch(r"[A-Za-z][A-Za-z-]*", argument) is not None and not Path(argument).exists()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in COMMANDS:
            options = _command_parser().parse_args(arguments)
            run: Callable[[argparse.Namespace], int] = options.run
            return run(options)
        if arguments and _looks_like_a_command(arguments[0]):
            raise UsageError(_unknown_command(arguments[0]))
        options = _app_parser().parse_args(arguments)
        return _run_app(options)
    except UsageError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the output went to a program that stopped reading (`| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        return EXIT_BAD_INPUT


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _run_app(options: argparse.Namespace) -> int:
    if options.file is not None and options.demo:
        raise UsageError("give a FILE or --demo, not both")
    from journeydesk.ui.app import run_app

    return run_app(options.file, demo=options.demo)


def _run_new(options: argparse.Namespace) -> int:
    from journeydesk.io import JourneyDeskError, save_project
    from journeydesk.templates import new_project

    output: Path = options.output
    if output.exists() and not options.force:
        _say(f"{output}: already exists (use --force to replace it)")
        return EXIT_BAD_INPUT
    try:
        save_project(new_project(options.template, options.title), output)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    print(f"{output}: created from the {options.template} template")
    return EXIT_OK


def _run_validate(options: argparse.Namespace) -> int:
    from journeydesk.io import JourneyFileError, load_project
    from journeydesk.model.words import count

    status = EXIT_OK
    for path in options.files:
        try:
            project = load_project(path)
        except JourneyFileError as exc:
            _say(str(exc))
            status = EXIT_BAD_INPUT
            continue
        cards = sum(len(journey.cards) for journey in project.journeys)
        print(f"{path}: valid ({count(len(project.journeys), 'journey')}, {count(cards, 'card')})")
    return status


EXPORT_FORMATS = (".xlsx", ".pdf", ".png", ".svg")
PAGE_SIZE_NAMES = ("A4", "A3", "A2", "A1", "Letter", "Tabloid")


def _run_export(options: argparse.Namespace) -> int:
    from journeydesk.io import JourneyDeskError, load_project

    output: Path = options.output
    suffix = output.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise UsageError(f"cannot export to {output.name!r}: give an output ending in {', '.join(EXPORT_FORMATS)}")
    if suffix != ".pdf" and (options.page_size or options.fit):
        raise UsageError("--page-size and --fit are for PDF exports")
    if suffix != ".png" and options.dpi is not None:
        raise UsageError("--dpi is for PNG exports")
    if options.dpi is not None and not 24 <= options.dpi <= 1200:
        raise UsageError("--dpi must be between 24 and 1200")
    try:
        project = load_project(options.file)
        journey_ids = _journey_ids(project, options.journey)
        if suffix == ".xlsx":
            _export_xlsx(project, output, journey_ids)
        elif suffix == ".pdf":
            _export_pdf(project, output, journey_ids, options.page_size or "A3", options.fit or "page")
        else:
            _export_image(project, output, journey_ids[0] if journey_ids else None, options.dpi or 192)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    print(f"{output}: exported")
    return EXIT_OK


def _journey_ids(project: "Project", wanted: str | None) -> list[str] | None:
    from journeydesk.io import JourneyFileError

    if wanted is None:
        return None
    for journey in project.journeys:
        if wanted in (journey.id, journey.name) or wanted.casefold() == journey.name.casefold():
            return [journey.id]
    names = ", ".join(f"“{journey.name}”" for journey in project.journeys)
    raise JourneyFileError("--journey", f"no journey named {wanted!r} (the journeys are: {names})")


def _export_xlsx(project: "Project", output: Path, journey_ids: list[str] | None) -> None:
    from journeydesk.export.xlsx import export_workbook

    export_workbook(project, output, journey_ids)


def _export_pdf(project: "Project", output: Path, journey_ids: list[str] | None, page_size: str, fit: str) -> None:
    from journeydesk.export.pdf import PdfOptions, export_pdf
    from journeydesk.export.pdf.fonts import reader_font_note

    export_pdf(project, output, PdfOptions(page_size=page_size, fit=fit, journey_ids=journey_ids))  # type: ignore[arg-type]
    note = reader_font_note(project)
    if note:
        _say(f"note: {note}")


def _export_image(project: "Project", output: Path, journey_id: str | None, dpi: int) -> None:
    """PNG and SVG are drawn by the canvas; a window-less Qt application is enough for that."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from journeydesk.canvas.image_export import export_png, export_svg

    _app = QApplication.instance() or QApplication([PROG])
    if output.suffix.lower() == ".png":
        export_png(project, output, journey_id, dpi)
    else:
        export_svg(project, output, journey_id)


def _run_import(options: argparse.Namespace) -> int:
    from journeydesk.export.xlsx import import_workbook
    from journeydesk.io import JourneyDeskError, save_project
    from journeydesk.model.words import count

    output: Path = options.output
    if output.exists() and not options.force:
        _say(f"{output}: already exists (use --force to replace it)")
        return EXIT_BAD_INPUT
    try:
        project = import_workbook(options.file, options.sheet)
        save_project(project, output)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    cards = sum(len(journey.cards) for journey in project.journeys)
    print(f"{output}: imported {count(len(project.journeys), 'journey')} with {count(cards, 'card')}")
    return EXIT_OK


def _run_schema(options: argparse.Namespace) -> int:
    from journeydesk.io.schema import json_schema_text

    sys.stdout.write(json_schema_text())
    return EXIT_OK
