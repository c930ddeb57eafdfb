"""The command line, run as a person or a script runs it: the installed ``journeydesk`` command."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeydesk import __version__
from journeydesk.io import load_project
from journeydesk.io.schema import json_schema

COMMAND = Path(sys.executable).with_name("journeydesk")


def run(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *arguments], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"journeydesk {__version__}\n")


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run([sys.executable, "-m", "journeydesk", "--version"], capture_output=True, text=True)
    assert result.stdout == f"journeydesk {__version__}\n"


@pytest.mark.parametrize("template", ["blank", "four-stage", "six-stage", "seven-step", "sample"])
def test_new_writes_a_valid_file_from_each_template(tmp_path: Path, template: str) -> None:
    output = tmp_path / f"{template}.journey"
    result = run("new", str(output), "--template", template, "--title", "Café onboarding")
    assert result.returncode == 0, result.stderr
    assert load_project(output).title == "Café onboarding"
    assert run("validate", str(output)).returncode == 0


def test_new_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    output = tmp_path / "map.journey"
    output.write_text("keep me")
    result = run("new", str(output), "--template", "blank")
    assert result.returncode == 1
    assert result.stderr == f"journeydesk: {output}: already exists (use --force to replace it)\n"
    assert output.read_text() == "keep me"
    assert run("new", str(output), "--template", "blank", "--force").returncode == 0
    assert load_project(output).title == "Untitled journey map"


def test_new_into_a_missing_folder_fails_with_one_line(tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "nope" / "map.journey"), "--template", "blank")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_prints_the_json_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["new"], "the following arguments are required"),
        (["new", "x.journey", "--template", "nine-stage"], "invalid choice: 'nine-stage'"),
        (["validate"], "the following arguments are required: FILE"),
        (["schema", "extra"], "unrecognized arguments: extra"),
        (["a.journey", "--demo"], "give a FILE or --demo, not both"),
    ],
)
def test_usage_errors_exit_2_with_one_line(arguments: list[str], fragment: str) -> None:
    result = run(*arguments)
    assert result.returncode == 2
    assert result.stderr.startswith("journeydesk: error: ")
    assert fragment in result.stderr
    assert result.stderr.count("\n") == 1


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "new, validate, schema" in result.stdout
