"""Opening a .journey file against the raw cost of parsing the same bytes.

    python benchmarks/load_speed.py [--cards 10000] [--runs 7]

The baseline is ``json.loads`` of the file's bytes: no bounds, no validation, no upgrade. JourneyDesk's
load checks the file's bounds on its bytes, parses it with jiter (refusing duplicate keys), and
validates the project. Target: at most 3 times the baseline, as in run.py.
"""

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import compare_from_command_line, paired_medians

from journeydesk.io import load_project, save_project
from journeydesk.model.project import Project

TARGET = 3.0


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.journey"
        save_project(project, path)
        ours, raw = paired_medians(lambda: load_project(path), lambda: json.loads(path.read_bytes()), runs)
        return ours, raw, f"load_project of {path.stat().st_size / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(compare_from_command_line(__doc__.splitlines()[0], measure, ("load_project", "json.loads"), TARGET))
