"""The ``journeydesk`` command: the app, and subcommands for scripts.

Exit codes: 0 success, 1 bad input or a failed write, 2 a usage error, 130 interrupted.
Errors are one line on stderr, never a traceback. Heavy imports (Qt, exporters) happen only in the
command that needs them, so ``journeydesk validate`` starts fast.
"""

import argparse
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
from journeydesk.formats import ExportRequest, Format, Option, exporters, format_for, importers
from journeydesk.formats.registry import endings, options_with_formats

PROG = "journeydesk"
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Wrong arguments on the command line."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit code 2, and whose help keeps the line
    breaks of its description and examples."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)  # type: ignore[arg-type]  # argparse types its keywords one by one

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
        "export a map: a PDF, workbook, web page, deck, picture or diagram",
        "Export a .journey file; OUT's ending chooses the format:\n"
        + "\n".join(f"  {', '.join(format_.extensions):<14}{format_.description}" for format_ in exporters())
        + "\nEach option below says which formats take it.",
        (
            "journeydesk export map.journey -o map.pdf --page-size A4 --fit tile",
            "journeydesk export map.journey -o map.xlsx",
            "journeydesk export map.journey -o future.png --journey 'Future state' --dpi 300",
        ),
    ),
    "import": Command(
        "import a workbook or a Mermaid diagram as a .journey file",
        "Import a map made elsewhere as a .journey file; IN's ending chooses the format:\n"
        + "\n".join(f"  {', '.join(format_.extensions):<14}{format_.description}" for format_ in importers())
        + "\nA workbook JourneyDesk exported is read back without loss; a journey map made by hand is\n"
        "found on its sheet (the stages in a row or a column, the lanes beside them), or refused with a\n"
        "line saying what the sheet holds instead.",
        (
            "journeydesk import workshop.xlsx -o workshop.journey",
            "journeydesk import survey.xlsx -o survey.journey --sheet 'Map' --stages-row 3",
            "journeydesk import journey.mmd -o journey.journey",
        ),
    ),
    "diff": Command(
        "what changed between two .journey files, in words",
        "Say what changed from A to B, in words grouped by journey: stages renamed, cards moved, fields\n"
        "changed. Exit 0 when they are equal, 1 when they differ, 2 on trouble (as diff does). It also\n"
        "serves as git's diff driver (see 'journeydesk git-setup').",
        ("journeydesk diff before.journey after.journey", "journeydesk diff a.journey b.journey --json-patch"),
    ),
    "merge": Command(
        "three-way merge of .journey files by id",
        "Merge THEIRS into OURS, both changed from BASE, field by field and by id. Conflicts keep our\n"
        "value and are listed inside the (still valid) file, for the app's Conflicts panel; the exit\n"
        "code is then 1. Without -o the result is written over OURS, as git's merge driver does.",
        ("journeydesk merge base.journey mine.journey theirs.journey -o merged.journey",),
    ),
    "git-setup": Command(
        "let git merge and diff .journey files with JourneyDesk",
        "Register JourneyDesk as git's merge and diff driver for .journey files: writes the\n"
        ".gitattributes line and the drivers in git's config, for this repository or (--global) for\n"
        "every repository of this user. Running it again changes nothing.",
        ("cd my-maps && journeydesk git-setup",),
    ),
    "relay": Command(
        "run a relay for live sessions on a team or meeting-room machine",
        "Run a relay that carries live sessions, for a team server or a meeting-room machine, until\n"
        "Ctrl+C. Every client must give its token (a new random one is made and printed unless --token\n"
        "gives one); with --store each session's map is kept in an SQLite file, so a restart loses\n"
        "nothing. In the app: Share > Start Live Session > On a team relay, with the link it prints.",
        ("journeydesk relay --port 8765 --store ~/journey-relay --token our-team-2026",),
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
        "-o", "--output", type=Path, required=True, metavar="OUT", help=f"the file to write: {_endings(exporters())}"
    )
    export.add_argument(
        "--journey", help="only this journey (its name or id); all by default, the first for one-journey formats"
    )
    _add_options(export, exporters(), imports=False)
    export.set_defaults(run=_run_export)

    import_ = add("import")
    import_.add_argument("file", type=Path, metavar="IN", help=f"the file to import: {_endings(importers())}")
    import_.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.journey", help="the .journey file to write"
    )
    import_.add_argument("--force", action="store_true", help="replace OUT.journey if it exists")
    _add_options(import_, importers(), imports=True)
    import_.set_defaults(run=_run_import)
    _add_git_commands(add)
    _add_relay_command(add)
    return parser


def _add_git_commands(add: Callable[[str], argparse.ArgumentParser]) -> None:
    diff = add("diff")
    diff.add_argument("files", nargs="+", type=Path, metavar="FILE", help="A B (or git's arguments with --git)")
    shape = diff.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print the operations that turn A into B")
    shape.add_argument("--json-patch", action="store_true", help="print a JSON Patch (RFC 6902) from A to B")
    shape.add_argument("--textconv", action="store_true", help="git's textconv: print one FILE as lines of text")
    shape.add_argument("--git", action="store_true", help="git's external diff: PATH OLD HEX MODE NEW HEX MODE")
    diff.set_defaults(run=_run_diff)

    merge = add("merge")
    merge.add_argument("base", type=Path, metavar="BASE", help="the common ancestor")
    merge.add_argument("ours", type=Path, metavar="OURS", help="our version (and, without -o, the result)")
    merge.add_argument("theirs", type=Path, metavar="THEIRS", help="their version")
    merge.add_argument("name", nargs="?", metavar="PATH", help="the file's name in messages (git's %%P)")
    merge.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here (default: over OURS)")
    merge.set_defaults(run=_run_merge)

    setup = add("git-setup")
    setup.add_argument("--global", dest="global_", action="store_true", help="for every repository of this user")
    setup.set_defaults(run=_run_git_setup)


def _add_relay_command(add: Callable[[str], argparse.ArgumentParser]) -> None:
    relay = add("relay")
    relay.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: every address)")
    relay.add_argument("--port", type=int, default=8765, help="the port to listen on (default: 8765)")
    relay.add_argument(
        "--store", type=Path, metavar="DIR", help="keep every session's map in DIR (SQLite): a restart loses nothing"
    )
    relay.add_argument("--token", help="the token every client must give (default: a new random one, printed)")
    relay.set_defaults(run=_run_relay)


def _unknown_command(word: str) -> str:
    """What to say when the first argument is neither a command nor a file, but reads like a word."""
    import difflib

    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1)
    if close:
        return f"unknown command '{word}' (did you mean '{close[0]}'?)"
    names = ", ".join(list(COMMANDS)[:-1]) + f" and {list(COMMANDS)[-1]}"
    return f"unknown command '{word}', and no file of that name (the commands are {names}; to open a file: {PROG} FILE)"


def _looks_like_a_command(argument: str) -> bool:
    return re.fullmatch(r"[A-Za-z][A-Za-z-]*", argument) is not None and not _exists(Path(argument))


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
    if _exists(output) and not options.force:
        _say(f"{output}: already exists (use --force to replace it)")
        return EXIT_BAD_INPUT
    try:
        note = save_project(new_project(options.template, options.title), output)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    if note:
        _say(f"note: {output}: {note}")
    print(f"{output}: created from the {options.template} template")
    return EXIT_OK


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; a name the system refuses (too long) holds nothing, and
    saving there says why."""
    try:
        return path.exists()
    except OSError:
        return False


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
        if project.conflicts:
            _say(
                f"{path}: warning: {count(len(project.conflicts), 'unresolved merge conflict')}; "
                "open it in JourneyDesk to resolve them (Conflicts panel)"
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
        note = format_.export(project, output, request)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    if note:
        _say(f"note: {note}")
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
    from journeydesk.model.words import count

    source: Path = options.file
    output: Path = options.output
    formats = importers()
    format_ = format_for(source, formats)
    if format_ is None or format_.import_ is None:
        raise UsageError(f"cannot import {source.name!r}: give a file ending in {_endings(formats)}")
    values = _given_options(options, format_, formats, imports=True)
    if _exists(output) and not options.force:
        _say(f"{output}: already exists (use --force to replace it)")
        return EXIT_BAD_INPUT
    try:
        project = format_.import_(source, values)
        note = save_project(project, output)
    except JourneyDeskError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    if note:
        _say(f"note: {output}: {note}")
    cards = sum(len(journey.cards) for journey in project.journeys)
    print(f"{output}: imported {count(len(project.journeys), 'journey')} with {count(cards, 'card')}")
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


def _run_relay(options: argparse.Namespace) -> int:
    import logging

    from journeydesk.collab.relay import TOKEN_PATTERN, RelayError, new_token, run

    if not 0 <= options.port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, not {options.port}")
    token = options.token if options.token is not None else new_token()
    if not TOKEN_PATTERN.match(token):
        raise UsageError("--token must be 8 to 200 letters, digits, '-', '_', '.' or '~' (it goes into links)")
    store: Path | None = options.store
    if store is not None:
        try:
            store.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _say(f"{store}: cannot use it as the store: {exc.strerror or exc}")
            return EXIT_BAD_INPUT
        if not os.access(store, os.W_OK):
            _say(f"{store}: cannot use it as the store: the folder is not writable")
            return EXIT_BAD_INPUT
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")

    def listening(port: int) -> None:
        import socket

        address = options.host if options.host not in ("0.0.0.0", "::") else socket.gethostname()
        print(f"JourneyDesk relay listening on {options.host}:{port}", flush=True)
        print(f"Token: {token}", flush=True)
        print(
            f"Start a live session on it in the app (Share > Start Live Session > On a team relay) with\n"
            f"  ws://{address}:{port}/?token={token}",
            flush=True,
        )
        print("Stop it with Ctrl+C." + (f" Sessions are kept in {store}." if store else ""), flush=True)

    try:
        run(options.host, options.port, token, store, listening)
    except RelayError as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    print("JourneyDesk relay stopped", flush=True)
    return EXIT_OK
