"""Build the JourneyDesk bundle from a clean environment of its own: ``python3 .ci/bundle.py``.

A fresh virtual environment (build/bundle-venv) gets JourneyDesk with its runtime dependencies and
PyInstaller, nothing else (no test libraries end up in the bundle), then PyInstaller builds
journeydesk.spec into dist/journeydesk/. The built program is asked for its version and exports a
PDF of the sample journey, and the bundle's size is printed.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
ENVIRONMENT = BUILD / "bundle-venv"
BUNDLE = ROOT / "dist" / "journeydesk"


class BuildError(Exception):
    """A step of the build failed; the message says which."""


def run(command: list[str | Path], step: str, **options: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], check=False, capture_output=True, text=True, **options)  # type: ignore[call-overload]
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BuildError(f"{step} failed: {detail[-1] if detail else f'exit code {result.returncode}'}")
    return result


def program(folder: Path, name: str) -> Path:
    """A program of a virtual environment or of the bundle, as the platform names it."""
    suffix = ".exe" if os.name == "nt" else ""
    return folder / f"{name}{suffix}"


def fresh_environment() -> Path:
    """A new virtual environment with JourneyDesk, its runtime dependencies and PyInstaller only."""
    shutil.rmtree(ENVIRONMENT, ignore_errors=True)
    print(f"Creating a clean environment in {ENVIRONMENT.relative_to(ROOT)}", flush=True)
    venv.create(ENVIRONMENT, with_pip=True, clear=True)
    scripts = ENVIRONMENT / ("Scripts" if os.name == "nt" else "bin")
    print("Installing JourneyDesk and PyInstaller into it", flush=True)
    run([program(scripts, "python"), "-m", "pip", "install", "-q", f"{ROOT}[bundle]"], "pip install")
    return scripts


def build(scripts: Path) -> None:
    print("Building dist/journeydesk with PyInstaller", flush=True)
    run(
        [
            program(scripts, "pyinstaller"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            ROOT / "dist",
            "--workpath",
            BUILD / "pyinstaller",
            ROOT / "journeydesk.spec",
        ],
        "PyInstaller",
    )


def check() -> str:
    """Ask the bundled program for its version and a PDF of the sample; returns the version line."""
    command = program(BUNDLE, "journeydesk")
    version = run([command, "--version"], "the bundled journeydesk --version").stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        sample, pdf = Path(folder) / "sample.journey", Path(folder) / "sample.pdf"
        run([command, "new", sample, "--template", "sample"], "the bundled journeydesk new")
        run([command, "export", sample, "-o", pdf], "the bundled journeydesk export")
        if not pdf.read_bytes().startswith(b"%PDF"):
            raise BuildError("the bundled journeydesk export wrote no PDF")
    return version


def size_in_megabytes(folder: Path) -> float:
    """The files' size, each counted once (the bundle links some libraries under a second name)."""
    files = (path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files) / 1_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    try:
        build(fresh_environment())
        version = check()
    except BuildError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    print(f"Built {BUNDLE.relative_to(ROOT)}: {version}, {size_in_megabytes(BUNDLE):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
