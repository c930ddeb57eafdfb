"""Thousands of damaged .journey files: the loader and `journeydesk validate` answer every one with the
typed error (or a project), never another exception, never a traceback."""

import copy
import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeydesk.io import JourneyFileError, dumps, loads
from journeydesk.templates import new_project

COMMAND = Path(sys.executable).with_name("journeydesk")
DEEP = "<deeply nested>"
ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**40,
    1.5,
    float("inf"),
    "",
    "x" * 5000,
    "<b>&",
    [],
    {},
    [[[]]],
    {"id": "dup"},
    "2026-13-45",
    "card-1",
    "\u0000",
    "🙂",
]


def _byte_mutations(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        position = rng.randrange(len(data))
        match rng.randrange(5):
            case 0:
                data[position] = rng.randrange(256)
            case 1:
                del data[position : position + rng.randint(1, 50)]
            case 2:
                data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
            case 3:
                data = data[:position]
            case 4:
                start = rng.randrange(len(data))
                data[position:position] = data[start : start + rng.randint(1, 200)]
        if not data:
            break
    return bytes(data)


def _nodes(value: Any, found: list[tuple[Any, Any]], depth: int = 0) -> list[tuple[Any, Any]]:
    """Every (container, key) pair in a parsed document (down to a depth the file format uses)."""
    if depth > 12:
        return found
    if isinstance(value, dict):
        for key in value:
            found.append((value, key))
            _nodes(value[key], found, depth + 1)
    elif isinstance(value, list):
        for index in range(len(value)):
            found.append((value, index))
            _nodes(value[index], found, depth + 1)
    return found


def _json_mutations(data: bytes, rng: random.Random) -> bytes:
    document = json.loads(data)
    for _ in range(rng.randint(1, 3)):
        container, key = rng.choice(_nodes(document, []))
        match rng.randrange(5):
            case 0:
                container[key] = rng.choice(ODD_VALUES)
            case 1:
                del container[key]
            case 2 if isinstance(container, dict):
                container[f"unknown_{rng.randrange(99)}"] = rng.choice(ODD_VALUES)
            case 3:
                container[key] = DEEP  # nested thousands deep, spliced in as text below
            case _:
                other_container, other_key = rng.choice(_nodes(document, []))
                container[key] = copy.deepcopy(other_container[other_key])  # from elsewhere: wrong type or a clash
    depth = rng.choice([10, 5000])
    text = json.dumps(document, allow_nan=True).replace(json.dumps(DEEP), "[" * depth + "1" + "]" * depth)
    return text.encode("utf-16" if rng.random() < 0.05 else "utf-8")


def mutants(count: int, seed: int) -> list[bytes]:
    original = dumps(new_project("sample"))
    rng = random.Random(seed)
    kinds: list[Callable[[bytes, random.Random], bytes]] = [_byte_mutations, _json_mutations]
    return [rng.choice(kinds)(original, rng) for _ in range(count)]


def test_the_loader_answers_thousands_of_damaged_files_with_its_typed_error() -> None:
    outcomes = {"loaded": 0, "refused": 0}
    for number, data in enumerate(mutants(3000, seed=20261123)):
        try:
            loads(data, f"mutant-{number}.journey")
        except JourneyFileError as exc:
            assert str(exc).startswith(f"mutant-{number}.journey: ") and "\n" not in str(exc)
            outcomes["refused"] += 1
        except RecursionError:
            pytest.fail(f"mutant {number}: RecursionError escaped")
        else:
            outcomes["loaded"] += 1
    assert outcomes["refused"] > 2000 and outcomes["loaded"] > 0  # both kinds of outcome were exercised


def test_validate_reports_each_damaged_file_on_one_line(tmp_path: Path) -> None:
    paths = []
    for number, data in enumerate(mutants(400, seed=7)):
        path = tmp_path / f"m{number:03}.journey"
        path.write_bytes(data)
        paths.append(path)
    result = subprocess.run([str(COMMAND), "validate", *map(str, paths)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors, valid = result.stderr.splitlines(), result.stdout.splitlines()
    assert len(errors) + len(valid) == len(paths)
    assert all(line.startswith(f"journeydesk: {tmp_path / 'm'}") for line in errors)
    assert all(line.startswith(str(tmp_path / "m")) for line in valid)
