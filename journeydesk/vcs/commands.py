"""The ``diff``, ``merge`` and ``git-setup`` commands, and their forms as git's drivers.

Each returns the exit code and reports problems through ``say`` (one line, the command line's way).
"""

import difflib
import json
import sys
from collections.abc import Callable
from pathlib import Path

from journeydesk.document.describe import as_text, describe, outline
from journeydesk.document.diff import compare, diff
from journeydesk.document.json_patch import json_patch
from journeydesk.document.merge import merge
from journeydesk.io import JourneyDeskError, JourneyFileError, dumps, loads
from journeydesk.io.atomic import atomic_write
from journeydesk.io.files import read_bytes
from journeydesk.model.project import Project
from journeydesk.vcs.setup import ATTRIBUTES_LINE, git_setup

Say = Callable[[str], None]
EQUAL, DIFFERENT, TROUBLE = 0, 1, 2  # diff's exit codes, as diff(1) has them
CLEAN, CONFLICTS = 0, 1  # merge's, as git expects of a merge driver
NO_FILE = "/dev/null"


def run_diff(old: Path, new: Path, as_json: bool, as_patch: bool, say: Say) -> int:
    try:
        before, after = _load(old), _load(new)
    except JourneyDeskError as exc:
        say(str(exc))
        return TROUBLE
    if as_patch:
        patch = json_patch(json.loads(dumps(before)), json.loads(dumps(after)))
        print(json.dumps(patch, indent=2, ensure_ascii=False))
        return DIFFERENT if patch else EQUAL
    changes = compare(before, after)
    if as_json:
        operations = [operation.to_json() for operation in diff(before, after)]
        print(json.dumps({"changes": len(changes), "operations": operations}, indent=2, ensure_ascii=False))
    elif changes:
        print(f"{old} → {new}: {_count(len(changes), 'change')}")
        print(as_text(describe(before, after, changes)))
    return DIFFERENT if changes else EQUAL


def run_textconv(path: Path, say: Say) -> int:
    """git's textconv: the map as lines of text (a file that is no map is shown as it is)."""
    data = read_bytes(path) if str(path) != NO_FILE else b""
    try:
        sys.stdout.write(outline(loads(data, path)) if data else "")
    except JourneyFileError as exc:
        say(f"{exc} (shown as text)")
        sys.stdout.write(data.decode("utf-8", "replace"))
    return 0


def run_git_diff(arguments: list[str], say: Say) -> int:
    """git's external diff: ``PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [...]``.
    Always exits 0 (git treats anything else as a failure of the tool)."""
    name, old, new = arguments[0], Path(arguments[1]), Path(arguments[4])
    print(f"journeydesk diff a/{name} b/{name}")
    if str(old) == NO_FILE or str(new) == NO_FILE:
        present = new if str(old) == NO_FILE else old
        print(f"{'new map' if present is new else 'deleted map'}: {_summary(present)}")
        return 0
    try:
        before, after = _load(old), _load(new)
    except JourneyDeskError as exc:
        say(f"{name}: {exc.problem if isinstance(exc, JourneyFileError) else exc}; comparing as text")
        _text_diff(name, old, new)
        return 0
    changes = compare(before, after)
    print(
        as_text(describe(before, after, changes)) if changes else "no change to the map (only its layout in the file)"
    )
    return 0


def run_merge(base: Path, ours: Path, theirs: Path, name: str | None, output: Path | None, say: Say) -> int:
    """Merge into ``output`` (by default over ``ours``, as git's merge driver must). Exit 0 when clean,
    1 when conflicts remain (the file holds them, still valid) or a file cannot be read (ours is then
    left as it was)."""
    label = name or str(ours)
    try:
        base_project, our_project, their_project = _load_base(base), _load(ours), _load(theirs)
    except JourneyDeskError as exc:
        say(f"{label}: cannot merge: {exc} (the file is left as it was)")
        return CONFLICTS
    result = merge(base_project, our_project, their_project)
    data = dumps(result.project)
    try:
        loads(data, label)
    except JourneyFileError as exc:  # never write a file JourneyDesk would refuse
        say(f"{label}: the merge went wrong ({exc.problem}); the file is left as it was")
        return CONFLICTS
    target = output or ours
    try:
        atomic_write(target, data)
    except JourneyDeskError as exc:
        say(str(exc))
        return CONFLICTS
    if result.clean:
        print(f"{label}: merged cleanly")
        return CLEAN
    say(f"{label}: {_count(len(result.conflicts), 'conflict')} kept in the file; open it in JourneyDesk to resolve:")
    for conflict in result.conflicts:
        say(f"  {conflict.label}{' ' + conflict.field if conflict.field else ''}: {conflict.kind.value} on both sides")
    return CONFLICTS


def run_git_setup(folder: Path, global_: bool, say: Say) -> int:
    try:
        report = git_setup(folder, global_)
    except JourneyDeskError as exc:
        say(str(exc))
        return 1
    where = "your user's git config" if report.scope == "global" else "this repository's git config"
    print(f"merge and diff drivers for .journey files registered in {where}")
    state = "added to" if report.attributes_written else "already in"
    print(f"'{ATTRIBUTES_LINE}' {state} {report.attributes}")
    return 0


def _load(path: Path) -> Project:
    return loads(read_bytes(path), path)


def _load_base(path: Path) -> Project | None:
    """The common ancestor; None when git gives an empty one (both sides added the file)."""
    data = read_bytes(path)
    return loads(data, path) if data.strip() else None


def _summary(path: Path) -> str:
    try:
        project = _load(path)
    except JourneyDeskError as exc:
        return str(exc)
    cards = sum(len(journey.cards) for journey in project.journeys)
    return f"“{project.title}”, {_count(len(project.journeys), 'journey')}, {_count(cards, 'card')}"


def _text_diff(name: str, old: Path, new: Path) -> None:
    lines = [path.read_text("utf-8", "replace").splitlines(keepends=True) for path in (old, new)]
    sys.stdout.writelines(difflib.unified_diff(lines[0], lines[1], f"a/{name}", f"b/{name}"))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
