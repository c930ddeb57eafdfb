"""The ``journeydesk`` command: the app, and subcommands for scripts.

Exit codes: 0 success, 1 bad input or a failed write, 2 a usage error, 130 interrupted.
Errors are one line on stderr, never a traceback. Heavy imports (Qt, exporters) happen only in the
command that needs them, so ``journeydesk validate`` starts fast.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from journeydesk.export.xlsx.handmade.reading import Layout
    from journeydesk.model import Project

from journeydesk import __version__

PROG = "journeydesk"
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Wrong arguments on the command line."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="JourneyDesk: customer journey mapping. With no command, opens the app.",
        epilog="commands: new, validate, schema, export, import, diff, merge, git-setup "
        "(run 'journeydesk COMMAND --help' for each)",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .journey file to open")
    parser.add_argument("--demo", action="store_true", help="open the built-in sample journey")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    from journeydesk.templates import TEMPLATE_KEYS

    parser = _Parser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = commands.add_parser("new", help="create a .journey file from a template")
    new.add_argument("output", type=Path, metavar="OUT.journey")
    new.add_argument("--template", required=True, choices=TEMPLATE_KEYS)
    new.add_argument("--title", help="the project's title")
    new.add_argument("--force", action="store_true", help="replace OUT if it exists")
    new.set_defaults(run=_run_new)

    validate = commands.add_parser("validate", help="check .journey files; one line per bad file")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    validate.set_defaults(run=_run_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of the .journey format")
    schema.set_defaults(run=_run_schema)

    export = commands.add_parser("export", help="export a .journey file: .xlsx, .pdf, .png or .svg, by OUT's ending")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    export.add_argument("--journey", help="only this journey (its name or id); all by default, the first for images")
    export.add_argument("--page-size", choices=PAGE_SIZE_NAMES, help="PDF only: the paper (default A3)")
    export.add_argument(
        "--fit",
        choices=FITS,
        help="PDF only: readable (fill the page at 7 pt or more, continuing on further pages; the default), "
        "page (the whole map on one page, at any size) or tile (a wall poster in tiles)",
    )
    export.add_argument("--dpi", type=int, help="PNG only: resolution in dots per inch (default 192)")
    export.set_defaults(run=_run_export)

    import_ = commands.add_parser("import", help="import an Excel workbook as a .journey file")
    import_.add_argument("file", type=Path, metavar="IN.xlsx")
    import_.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.journey")
    import_.add_argument("--sheet", help="the sheet with the map (default: the one most surely a map)")
    import_.add_argument("--stages-row", type=_row_number, metavar="N", help="the row that holds the stage names")
    import_.add_argument(
        "--stages-column", type=_column_number, metavar="X", help="the column that holds the stage names (B or 2)"
    )
    import_.add_argument("--lanes-column", type=_column_number, metavar="X", help="the column of lane labels")
    import_.add_argument("--lanes-row", type=_row_number, metavar="N", help="the row of lane labels")
    import_.add_argument("--title", help="the project's title (default: the title found in the sheet)")
    import_.add_argument("--force", action="store_true", help="replace OUT if it exists")
    import_.set_defaults(run=_run_import)
    _add_git_commands(commands)
    return parser


def _add_git_commands(commands: argparse._SubParsersAction) -> None:
    diff = commands.add_parser(
        "diff",
        help="what changed between two .journey files, in words (exit 0: equal, 1: different, 2: trouble)",
    )
    diff.add_argument("files", nargs="+", type=Path, metavar="FILE", help="A B (or git's arguments with --git)")
    shape = diff.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print the operations that turn A into B")
    shape.add_argument("--json-patch", action="store_true", help="print a JSON Patch (RFC 6902) from A to B")
    shape.add_argument("--textconv", action="store_true", help="git's textconv: print one FILE as lines of text")
    shape.add_argument("--git", action="store_true", help="git's external diff: PATH OLD HEX MODE NEW HEX MODE")
    diff.set_defaults(run=_run_diff)

    merge = commands.add_parser(
        "merge",
        help="three-way merge by id; conflicts stay in a valid file (exit 0: clean, 1: conflicts)",
    )
    merge.add_argument("base", type=Path, metavar="BASE")
    merge.add_argument("ours", type=Path, metavar="OURS")
    merge.add_argument("theirs", type=Path, metavar="THEIRS")
    merge.add_argument("name", nargs="?", metavar="PATH", help="the file's name in messages (git's %%P)")
    merge.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here (default: over OURS)")
    merge.set_defaults(run=_run_merge)

    setup = commands.add_parser("git-setup", help="let git merge and diff .journey files with JourneyDesk")
    setup.add_argument("--global", dest="global_", action="store_true", help="for every repository of this user")
    setup.set_defaults(run=_run_git_setup)


COMMANDS = ("new", "validate", "schema", "export", "import", "diff", "merge", "git-setup")


def _row_number(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is no row number (1, 2, 3...)")
    return int(text)


def _column_number(text: str) -> int:
    """A column by its letters (B, AA) or its number (2)."""
    from journeydesk.export.xlsx.grid import column_number

    number = int(text) if text.strip().isdigit() else column_number(text)
    if number is None or number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is no column (A, B, ... or 1, 2, ...)")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments and arguments[0] in COMMANDS:
            options = _command_parser().parse_args(arguments)
            run: Callable[[argparse.Namespace], int] = options.run
            return run(options)
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

    status = EXIT_OK
    for path in options.files:
        try:
            project = load_project(path)
        except JourneyFileError as exc:
            print(str(exc), file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        cards = sum(len(journey.cards) for journey in project.journeys)
        print(f"{path}: valid ({len(project.journeys)} journey(s), {cards} card(s))")
        if project.conflicts:
            count = len(project.conflicts)
            print(
                f"{path}: warning: {count} unresolved merge conflict{'s' if count > 1 else ''}; "
                "open it in JourneyDesk to resolve them (Conflicts panel)",
                file=sys.stderr,
            )
    return status


EXPORT_FORMATS = (".xlsx", ".pdf", ".png", ".svg")
PAGE_SIZE_NAMES = ("A4", "A3", "A2", "A1", "Letter", "Tabloid")
FITS = ("readable", "page", "tile")  # journeydesk.layout.print_pages.FITS, without loading it


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
            _export_pdf(project, output, journey_ids, options.page_size or "A3", options.fit or "readable")
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

    export_pdf(project, output, PdfOptions(page_size=page_size, fit=fit, journey_ids=journey_ids))  # type: ignore[arg-type]


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

    output: Path = options.output
    if output.exists() and not options.force:
        _say(f"{output}: already exists (use --force to replace it)")
        return EXIT_BAD_INPUT
    layout = _import_layout(options)
    try:
        project = import_workbook(options.file, options.sheet, layout, options.title)
        save_project(project, output)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    cards = sum(len(journey.cards) for journey in project.journeys)
    print(f"{output}: imported {len(project.journeys)} journey(s) with {cards} card(s)")
    return EXIT_OK


def _run_diff(options: argparse.Namespace) -> int:
    from journeydesk.vcs import commands

    files: list[Path] = options.files
    if options.textconv:
        if len(files) != 1:
            raise UsageError("--textconv takes one FILE")
        return commands.run_textconv(files[0], _say)
    if options.git:
        if len(files) not in (7, 9):
            raise UsageError("--git takes the 7 (or 9) arguments git gives an external diff")
        return commands.run_git_diff([str(path) for path in files], _say)
    if len(files) != 2:
        raise UsageError("give two files to compare: journeydesk diff A B")
    return commands.run_diff(files[0], files[1], options.json, options.json_patch, _say)


def _run_merge(options: argparse.Namespace) -> int:
    from journeydesk.vcs import commands

    return commands.run_merge(options.base, options.ours, options.theirs, options.name, options.output, _say)


def _run_git_setup(options: argparse.Namespace) -> int:
    from journeydesk.vcs import commands

    return commands.run_git_setup(Path.cwd(), options.global_, _say)


def _import_layout(options: argparse.Namespace) -> "Layout":
    """Where the map is, as the options say: stage names in a row with lane labels in a column, or the
    other way round."""
    from journeydesk.export.xlsx.handmade.reading import Layout

    if options.stages_row and options.stages_column:
        raise UsageError("give --stages-row or --stages-column, not both")
    if options.lanes_column and options.lanes_row:
        raise UsageError("give --lanes-column or --lanes-row, not both")
    if (options.stages_row and options.lanes_row) or (options.stages_column and options.lanes_column):
        raise UsageError("stage names in a row go with lane labels in a column, and the other way round")
    if options.stages_row or options.lanes_column:
        header, label = options.stages_row, options.lanes_column
        return Layout("rows", header - 1 if header else None, label - 1 if label else None)
    if options.stages_column or options.lanes_row:
        header, label = options.stages_column, options.lanes_row
        return Layout("columns", header - 1 if header else None, label - 1 if label else None)
    return Layout()


def _run_schema(options: argparse.Namespace) -> int:
    from journeydesk.io.schema import json_schema_text

    sys.stdout.write(json_schema_text())
    return EXIT_OK
