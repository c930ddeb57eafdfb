"""Running git: where a file's repository is, what a file was at HEAD, reading and writing config."""

import shutil
import subprocess
from pathlib import Path

from journeydesk.io.errors import JourneyDeskError

TIMEOUT_S = 20


class GitError(JourneyDeskError):
    """git is missing, the folder is not in a repository, or git refused; the message says which."""


def run_git(arguments: list[str], folder: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    if shutil.which("git") is None:
        raise GitError("git is not installed (or not on the PATH)")
    try:
        done = subprocess.run(["git", *arguments], cwd=folder, capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"git did not answer: {exc}") from None
    if check and done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {arguments[0]}: {message[-1] if message else 'failed'}")
    return done


def repository_root(folder: Path) -> Path | None:
    """The top folder of the repository ``folder`` is in, or None (also when git is missing)."""
    try:
        done = run_git(["rev-parse", "--show-toplevel"], folder, check=False)
    except GitError:
        return None
    if done.returncode != 0:
        return None
    return Path(done.stdout.decode("utf-8").strip())


def committed_version(path: Path, revision: str = "HEAD") -> bytes:
    """What ``path`` holds in ``revision``; GitError when it is not in a repository or not committed."""
    path = path.resolve()
    root = repository_root(path.parent)
    if root is None:
        raise GitError(f"{path.name} is not in a git repository")
    relative = path.relative_to(root.resolve()).as_posix()
    done = run_git(["show", f"{revision}:{relative}"], root, check=False)
    if done.returncode != 0:
        raise GitError(f"{path.name} is not in {revision} (not committed yet?)")
    return done.stdout
