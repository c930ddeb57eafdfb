"""``journeydesk git-setup``: tell git to merge and diff .journey files with JourneyDesk.

Two things, both idempotent: a line in ``.gitattributes`` (the repository's, or with ``--global`` the
user's attributes file) naming the drivers for ``*.journey``, and the drivers themselves in git's
config (the repository's, or the user's).
"""

import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from journeydesk.io.atomic import atomic_write
from journeydesk.vcs.git import GitError, repository_root, run_git

ATTRIBUTES_LINE = "*.journey merge=journeydesk diff=journeydesk"


def command_prefix() -> str:
    """How git should start JourneyDesk: this very Python, so it works from any shell."""
    return shlex.join([sys.executable, "-m", "journeydesk"])


def driver_config() -> dict[str, str]:
    prefix = command_prefix()
    return {
        "merge.journeydesk.name": "JourneyDesk: merge journey maps by id",
        "merge.journeydesk.driver": f"{prefix} merge %O %A %B %P",
        "diff.journeydesk.command": f"{prefix} diff --git",
        "diff.journeydesk.textconv": f"{prefix} diff --textconv",
    }


@dataclass(frozen=True)
class SetupReport:
    attributes: Path
    attributes_written: bool  # False: the line was there already
    scope: str  # "repository" or "global"


def git_setup(folder: Path, global_: bool = False) -> SetupReport:
    scope = "--global" if global_ else "--local"
    if global_:
        attributes = _global_attributes_file(folder)
    else:
        root = repository_root(folder)
        if root is None:
            raise GitError(f"{folder} is not in a git repository (run this inside one, or add --global)")
        attributes = root / ".gitattributes"
    for key, value in driver_config().items():
        run_git(["config", scope, key, value], folder)
    written = _add_line(attributes, ATTRIBUTES_LINE)
    return SetupReport(attributes, written, "global" if global_ else "repository")


def _global_attributes_file(folder: Path) -> Path:
    done = run_git(["config", "--global", "--get", "core.attributesFile"], folder, check=False)
    configured = done.stdout.decode("utf-8").strip()
    if configured:
        return Path(os.path.expanduser(configured))
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "git" / "attributes"


def _add_line(path: Path, line: str) -> bool:
    """Add ``line`` to the file unless it already says so; True if it was added."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise GitError(f"{path}: cannot read it ({exc})") from None
    if any(existing.split() == line.split() for existing in text.splitlines()):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    separator = "" if not text or text.endswith("\n") else "\n"
    atomic_write(path, (text + separator + line + "\n").encode("utf-8"))
    return True
