"""The benchmark generator writes valid, deterministic journeys of the size asked for."""

import subprocess
import sys
from pathlib import Path

from journeydesk.io import load_project
from journeydesk.model import ImprovementCard
from tests.conftest import REPO

SCRIPT = REPO / "benchmarks" / "make_journey.py"


def generate(output: Path, *arguments: str) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *arguments, "-o", str(output)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_generates_the_requested_size_deterministically(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.journey", tmp_path / "b.journey", tmp_path / "c.journey"
    generate(first, "--cards", "1500", "--stages", "6", "--seed", "7")
    generate(second, "--cards", "1500", "--stages", "6", "--seed", "7")
    generate(other, "--cards", "1500", "--stages", "6", "--seed", "8")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != other.read_bytes()
    journey = load_project(first).journeys[0]
    assert len(journey.cards) == 1500
    assert len(journey.stages) == 6
    assert {card.stage_id for card in journey.cards} == {stage.id for stage in journey.stages}
    assert any(isinstance(card, ImprovementCard) and card.addresses for card in journey.cards)


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--cards", "-5", "-o", str(tmp_path / "x.journey")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert not (tmp_path / "x.journey").exists()
