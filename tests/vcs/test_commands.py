"""``journeydesk diff`` and ``journeydesk merge`` as scripts use them."""

import json
import subprocess
import sys
from pathlib import Path

import jsonpatch

from journeydesk.document.apply import apply
from journeydesk.document.operations import from_json
from journeydesk.document.state import ProjectState
from journeydesk.io import load_project, save_project
from journeydesk.templates import new_project

COMMAND = Path(sys.executable).with_name("journeydesk")


def run(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *map(str, arguments)], capture_output=True, text=True, timeout=60)


def versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.journey", tmp_path / "new.journey"
    project = new_project("sample")
    save_project(project, old)
    project.journeys[0].stages[0].name = "Discover"
    next(card for card in project.journeys[0].cards if card.kind.value == "pain_point").severity = 4
    save_project(project, new)
    return old, new


def test_diff_exits_0_for_equal_files_and_1_for_different_ones(tmp_path: Path) -> None:
    old, new = versions(tmp_path)
    same = run("diff", old, old)
    assert (same.returncode, same.stdout) == (0, "")
    different = run("diff", old, new)
    assert different.returncode == 1
    lines = different.stdout.splitlines()
    assert lines[0] == f"{old} → {new}: 2 changes"
    assert "  Stage “Awareness”: renamed to “Discover”" in lines
    assert any(line.endswith("severity 2 → 4") for line in lines)


def test_diff_json_prints_operations_that_turn_a_into_b(tmp_path: Path) -> None:
    old, new = versions(tmp_path)
    result = run("diff", "--json", old, new)
    assert result.returncode == 1
    printed = json.loads(result.stdout)
    assert printed["changes"] == 2
    project = load_project(old)
    state = ProjectState(project)
    for operation in printed["operations"]:
        apply(state, from_json(operation))
    assert project == load_project(new)


def test_diff_json_patch_is_rfc_6902(tmp_path: Path) -> None:
    old, new = versions(tmp_path)
    result = run("diff", "--json-patch", old, new)
    patch = json.loads(result.stdout)
    assert {change["op"] for change in patch} == {"replace"}
    assert jsonpatch.apply_patch(json.loads(old.read_text()), patch) == json.loads(new.read_text())


def test_diff_of_a_broken_file_is_trouble_in_one_line(tmp_path: Path) -> None:
    old, _ = versions(tmp_path)
    broken = tmp_path / "broken.journey"
    broken.write_text("{")
    result = run("diff", old, broken)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "broken.journey" in result.stderr
    assert run("diff", old).returncode == 2  # one file is a usage error


def test_merge_to_an_output_file_leaves_the_inputs(tmp_path: Path) -> None:
    base, theirs = versions(tmp_path)
    ours = tmp_path / "ours.journey"
    ours.write_bytes(base.read_bytes())
    output = tmp_path / "merged.journey"
    result = run("merge", base, ours, theirs, "-o", output)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{ours}: merged cleanly"
    assert ours.read_bytes() == base.read_bytes()
    assert load_project(output) == load_project(theirs)
