"""An installed wheel carries the resources and finds them at run time."""

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_carries_resources_and_finds_them_when_installed(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("journeydesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "journeydesk/resources/templates/sample.journey" in names
    assert "journeydesk/resources/schema/journeydesk.schema.json" in names
    assert "journeydesk/resources/icons/channel-email.svg" in names
    assert {"journeydesk/resources/html/journeydesk.js", "journeydesk/resources/html/journeydesk.css"} <= names
    assert not any("screenshots" in name for name in names)

    installed = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(installed)
    probe = (
        "import journeydesk.resources as r, journeydesk.templates as t;"
        "print(r.resources_dir()); print(t.new_project('sample').title)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(installed), "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    resources, title = result.stdout.splitlines()
    assert Path(resources) == installed / "journeydesk" / "resources"
    assert title.startswith("Northwind Bikes")
