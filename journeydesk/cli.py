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
    from journeydesk.model import Project

from journeydesk import __version__
from journeydesk.formats import ExportRequest, Format, exporters, format_for, importers
from journeydesk.formats.registry import endings, options_with_formats

PROG = "journeydesk"
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Wrong arguments on the command line."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _endings(formats: "list[Format]") -> str:
    return ", ".join(endings(formats))


def _add_options(parser: argparse.ArgumentParser, formats: "list[Format]", imports: bool) -> None:
    """A flag for each option of the formats, its help saying which formats take it."""
    for option, takers in options_with_formats(formats, imports):
        names = ", ".join(format_.name for format_ in takers)
        kind = type(option.default)
        help_ = f"{names} only: {option.help}"
        if kind is bool:
            parser.add_argument(option.flag, dest=option.name, action="store_true", default=None, help=help_)
        else:
            choices = list(option.choices) or None
            parser.add_argument(option.flag, dest=option.name, type=kind, choices=choices, help=help_)


def _given_options(options: argparse.Namespace, format_: "Format", formats: "list[Format]", imports: bool) -> dict:
    """The values of ``format_``'s options given on the command line, after its defaults; an option of
    another format, or a value out of range, is a usage error."""
    own = format_.import_options if imports else format_.export_options
    values = format_.import_defaults() if imports else format_.export_defaults()
    for option, takers in options_with_formats(formats, imports):
        value = getattr(options, option.name, None)
        if value is None:
            continue
        if format_ not in takers:
            names = " and ".join(taker.name for taker in takers)
            raise UsageError(f"{option.flag} is for {names} {'imports' if imports else 'exports'}")
        problem = next(o for o in own if o.name == option.name).problem(value)
        if problem:
            raise UsageError(problem)
        values[option.name] = value
    return values


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="JourneyDesk: customer journey mapping. With no command, opens the app.",
        epilog="commands: new, validate, schema, export, import (run 'journeydesk COMMAND --help' for each)",
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

    export = commands.add_parser("export", help=f"export a .journey file: {_endings(exporters())}, by OUT's ending")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    export.add_argument(
        "--journey", help="only this journey (its name or id); all by default, the first for one-journey formats"
    )
    _add_options(export, exporters(), imports=False)
    export.set_defaults(run=_run_export)

    import_ = commands.add_parser("import", help=f"import {_endings(importers())} as a .journey file")
    import_.add_argument("file", type=Path, metavar="IN")
    import_.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.journey")
    import_.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _add_options(import_, importers(), imports=True)
    import_.set_defaults(run=_run_import)
    return parser


COMMANDS = ("new", "validate", "schema", "export", "import")


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
    return status


def _run_export(options: argparse.Namespace) -> int:
    from journeydesk.io import JourneyDeskError, load_project

    output: Path = options.output
    formats = exporters()
    format_ = format_for(output, formats)
    if format_ is None or format_.export is None:
        raise UsageError(f"cannot export to {output.name!r}: give an output ending in {_endings(formats)}")
    values = _given_options(options, format_, formats, imports=False)
    try:
        project = load_project(options.file)
        request = ExportRequest(_journey_ids(project, options.journey), values)
        format_.export(project, output, request)
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


def _run_import(options: argparse.Namespace) -> int:
    from journeydesk.io import JourneyDeskError, save_project

    source: Path = options.file
    output: Path = options.output
    formats = importers()
    format_ = format_for(source, formats)
    if format_ is None or format_.import_ is None:
        raise UsageError(f"cannot import {source.name!r}: give a file ending in {_endings(formats)}")
    values = _given_options(options, format_, formats, imports=True)
    if output.exists() and not options.force:
        _say(f"{output}: already exists (use --force to replace it)")
        return EXIT_BAD_INPUT
    try:
        project = format_.import_(source, values)
        save_project(project, output)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    cards = sum(len(journey.cards) for journey in project.journeys)
    print(f"{output}: imported {len(project.journeys)} journey(s) with {cards} card(s)")
    return EXIT_OK


def _run_schema(options: argparse.Namespace) -> int:
    from journeydesk.io.schema import json_schema_text

    sys.stdout.write(json_schema_text())
    return EXIT_OK
