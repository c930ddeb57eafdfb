"""JourneyDesk as git's merge and diff driver, in a real repository in a temporary folder.

git runs with a global config of the test's own (GIT_CONFIG_GLOBAL) and no system config, so no
test reads or changes the config of the person running them.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk.io import load_project, save_project
from journeydesk.model import PainPointCard
from journeydesk.templates import new_project

pytestmark = pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode, reason="no git")
COMMAND = Path(sys.executable).with_name("journeydesk")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    os.environ["GIT_CONFIG_GLOBAL"] = str(tmp_path / "global.gitconfig")
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Ana Tester")
    git(folder, "config", "user.email", "ana@example.com")
    save_project(new_project("sample"), folder / "map.journey")
    assert journeydesk(folder, "git-setup").returncode == 0
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "The sample map")
    return folder


@pytest.fixture(autouse=True)
def clean_environment():
    saved = {name: os.environ.get(name) for name in ("GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM")}
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def git(folder: Path, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=folder, capture_output=True, text=True, check=check, timeout=60)


def journeydesk(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *arguments], cwd=folder, capture_output=True, text=True, timeout=60)


def edit(path: Path, change) -> None:
    project = load_project(path)
    change(project.journeys[0])
    save_project(project, path)


def first_pain_point(journey) -> PainPointCard:
    return next(card for card in journey.cards if isinstance(card, PainPointCard))


def two_branches(repo: Path, ours, theirs) -> None:
    git(repo, "checkout", "-q", "-b", "theirs")
    edit(repo / "map.journey", theirs)
    git(repo, "commit", "-q", "-am", "Their change")
    git(repo, "checkout", "-q", "main")
    edit(repo / "map.journey", ours)
    git(repo, "commit", "-q", "-am", "Our change")


def test_git_setup_writes_the_attributes_line_and_the_drivers_once(repo: Path) -> None:
    again = journeydesk(repo, "git-setup")
    assert again.returncode == 0 and "already in" in again.stdout
    assert (repo / ".gitattributes").read_text().splitlines() == ["*.journey merge=journeydesk diff=journeydesk"]
    driver = git(repo, "config", "--get", "merge.journeydesk.driver").stdout.strip()
    assert driver.endswith("-m journeydesk merge %O %A %B %P")
    assert git(repo, "config", "--get", "diff.journeydesk.command").stdout.strip().endswith("diff --git")
    assert git(repo, "check-attr", "merge", "diff", "--", "map.journey").stdout.split("\n")[0].endswith("journeydesk")
    assert not Path(os.environ["GIT_CONFIG_GLOBAL"]).exists()  # the repository's config only


def test_git_setup_global_writes_the_users_config_and_attributes(tmp_path: Path) -> None:
    folder = tmp_path / "anywhere"
    folder.mkdir()
    os.environ["GIT_CONFIG_GLOBAL"] = str(tmp_path / "global.gitconfig")
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    env_home = tmp_path / "config-home"
    result = subprocess.run(
        [str(COMMAND), "git-setup", "--global"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_CONFIG_HOME": str(env_home)},
    )
    assert result.returncode == 0, result.stderr
    config = Path(os.environ["GIT_CONFIG_GLOBAL"]).read_text()
    assert '[merge "journeydesk"]' in config and '[diff "journeydesk"]' in config
    assert (env_home / "git" / "attributes").read_text() == "*.journey merge=journeydesk diff=journeydesk\n"


def test_git_setup_outside_a_repository_says_so(tmp_path: Path) -> None:
    os.environ["GIT_CONFIG_GLOBAL"] = str(tmp_path / "global.gitconfig")
    result = journeydesk(tmp_path, "git-setup")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("is not in a git repository (run this inside one, or add --global)")
    assert "Traceback" not in result.stderr


def test_two_branches_editing_one_map_merge_cleanly_through_the_driver(repo: Path) -> None:
    def rename(journey) -> None:
        journey.stages[3].name = "Checkout"

    def raise_severity(journey) -> None:
        first_pain_point(journey).severity = 5

    two_branches(repo, rename, raise_severity)
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    text = (repo / "map.journey").read_text()
    assert "<<<<<<<" not in text
    project = load_project(repo / "map.journey")
    assert project.journeys[0].stages[3].name == "Checkout"
    assert first_pain_point(project.journeys[0]).severity == 5
    assert project.conflicts == []


def test_a_conflicting_merge_leaves_a_valid_file_with_its_conflicts(repo: Path) -> None:
    two_branches(
        repo,
        lambda journey: setattr(first_pain_point(journey), "severity", 5),
        lambda journey: setattr(first_pain_point(journey), "severity", 1),
    )
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode != 0
    assert "CONFLICT" in merged.stdout
    text = (repo / "map.journey").read_text()
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    project = load_project(repo / "map.journey")
    (conflict,) = project.conflicts
    assert (conflict.field, conflict.base, conflict.ours, conflict.theirs) == ("severity", 2, 5, 1)
    assert first_pain_point(project.journeys[0]).severity == 5
    validated = journeydesk(repo, "validate", "map.journey")
    assert validated.returncode == 0
    assert "1 unresolved merge conflict" in validated.stderr
    git(repo, "add", "map.journey")
    git(repo, "commit", "-q", "--no-edit")  # the person may commit it and resolve in the app later


def test_git_diff_and_log_read_as_changes_to_the_map(repo: Path) -> None:
    edit(repo / "map.journey", lambda journey: setattr(journey.stages[3], "name", "Checkout"))
    shown = git(repo, "diff").stdout
    assert "Stage “Purchase”: renamed to “Checkout”" in shown
    assert '"name"' not in shown  # no JSON lines
    git(repo, "commit", "-q", "-am", "Rename")
    log = git(repo, "log", "-p", "-1").stdout
    assert "-  Stage 4 “Purchase”" in log and "+  Stage 4 “Checkout”" in log
    external = git(repo, "log", "-p", "-1", "--ext-diff").stdout
    assert "Stage “Purchase”: renamed to “Checkout”" in external


def test_the_driver_leaves_ours_alone_when_a_version_is_broken(repo: Path, tmp_path: Path) -> None:
    ours = repo / "map.journey"
    before = ours.read_bytes()
    broken = tmp_path / "theirs.journey"
    broken.write_text('{"format": "journeydesk", <<<<<<< HEAD')
    result = journeydesk(repo, "merge", str(ours), str(ours), str(broken), "map.journey")
    assert result.returncode == 1
    assert ours.read_bytes() == before
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("journeydesk: map.journey: cannot merge:") and "the file is left as it was" in line
