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
from journeydesk.formats import ExportRequest, Format, Option, exporters, format_for, importers
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
            parser.add_argument(option.flag, dest=option.name, type=_argument_type(option), choices=choices, help=help_)


def _argument_type(option: "Option") -> Callable[[str], object]:
    """How argparse reads the option: its own reader, whose ValueError becomes a one-line usage error."""
    parse = option.parse
    if parse is None:
        return type(option.default)

    def read(text: str) -> object:
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return read


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
    check = format_.import_check if imports else None
    problem = check(values) if check else None
    if problem:
        raise UsageError(problem)
    return values


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


def _run_schema(options: argparse.Namespace) -> int:
    from journeydesk.io.schema import json_schema_text

    sys.stdout.write(json_schema_text())
    return EXIT_OK
