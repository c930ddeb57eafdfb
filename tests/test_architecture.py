"""The layering of the package is a checked rule, not a convention."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize("package", ["document", "export", "collab"])
def test_the_editing_core_and_the_exporters_never_import_widgets(package: str) -> None:
    """They must run without widgets (import-linter cannot name a Qt submodule)."""
    import ast

    allowed = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtSvg"}
    if package == "collab":
        allowed.add("PySide6.QtNetwork")  # the session finds this computer's address on the network
    for path in (REPO / "journeydesk" / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                assert node.module in allowed, f"{path.name} imports {node.module}"


@pytest.mark.parametrize(
    "modules",
    [
        # the command line's diff and merge, and live sessions, use operations, diff and merge
        "journeydesk.document.operations, journeydesk.document.apply, journeydesk.document.merge, "
        "journeydesk.document.describe, journeydesk.vcs.commands",
        # `journeydesk relay` runs on a server with no display
        "journeydesk.collab.relay, journeydesk.collab.replica, journeydesk.collab.view, "
        "journeydesk.collab.mirror, journeydesk.collab.reconcile, journeydesk.collab.invite",
    ],
)
def test_what_runs_without_a_window_loads_no_qt(modules: str) -> None:
    probe = (
        f"import sys; import {modules}; "
        "print(sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_package_type_checks() -> None:
    """mypy with the pydantic plugin, as configured in pyproject.toml: no errors, and every ignore says why."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", "/dev/null"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    for path in (REPO / "journeydesk").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "# type: ignore" in line:
                reason = line.split("# type: ignore", 1)[1]
                assert "  # " in reason, f"{path.name}:{number}: an ignore without a reason"
