"""The command line, run as a person or a script runs it: the installed ``journeydesk`` command."""

import json
import re
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


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["exprot", "map.journey"], "unknown command 'exprot' (did you mean 'export'?)"),
        (["imprt", "book.xlsx", "-o", "x.journey"], "unknown command 'imprt' (did you mean 'import'?)"),
        (["vaildate"], "unknown command 'vaildate' (did you mean 'validate'?)"),
        (["Export", "map.journey"], "unknown command 'Export' (did you mean 'export'?)"),
        (
            ["open", "f.journey"],
            "unknown command 'open', and no file of that name (the commands are new, validate, schema, export, "
            "import, diff, merge, git-setup and relay; to open a file: journeydesk FILE)",
        ),
    ],
)
def test_a_mistyped_command_is_named_and_the_app_does_not_start(tmp_path: Path, arguments, said: str) -> None:
    result = run(*arguments, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"journeydesk: error: {said}\n"


def test_a_file_named_like_a_word_is_still_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("{}")
    result = run("notes", "--demo", cwd=tmp_path)  # taken as the FILE to open, not as a command
    assert result.returncode == 2 and "give a FILE or --demo, not both" in result.stderr


@pytest.mark.parametrize(
    "command", ["new", "validate", "schema", "export", "import", "diff", "merge", "git-setup", "relay"]
)
def test_each_command_has_help_with_its_arguments_options_and_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    assert text.startswith(f"usage: journeydesk {command}")
    description = text.split("\n\n")[1]
    assert len(description.split()) >= 10  # a description, not a bare usage line
    assert "options:" in text and "-h, --help" in text
    arguments = {
        "new": "OUT.journey",
        "validate": "FILE",
        "schema": None,
        "export": "FILE",
        "import": "IN",
        "diff": "FILE",
        "merge": "BASE",
        "git-setup": None,
        "relay": None,
    }
    if arguments[command]:
        assert "positional arguments:" in text and arguments[command] in text.split("positional arguments:")[1]
    example = text.split("example", 1)[1]
    assert f"journeydesk {command}" in example
    options = re.findall(r"^  (--?[\w-]+)", text, re.MULTILINE)
    help_lines = [line for line in text.splitlines() if line.startswith("  -")]
    assert all(len(line.split("  ")) > 1 for line in help_lines), options  # every option explained


def test_the_help_lists_every_command_with_what_it_does() -> None:
    result = run("--help")
    for command in ("new", "validate", "schema", "export", "import", "diff", "merge", "git-setup", "relay"):
        assert re.search(rf"^  {command} +\w", result.stdout, re.MULTILINE), command


def test_validate_prints_its_errors_as_journeydesk_lines(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.journey", tmp_path / "bad.journey"
    assert run("new", str(good), "--template", "sample").returncode == 0
    bad.write_text('{"format": "journeydesk", "schema_version": 2, "project": {"title": 5}}')
    result = run("validate", str(good), str(bad), str(tmp_path / "missing.journey"))
    assert result.returncode == 1
    assert result.stdout == f"{good}: valid (1 journey, 43 cards)\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"journeydesk: {tmp_path}") for line in lines)
