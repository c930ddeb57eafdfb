"""Damaged and hostile .journey files: the loader and `journeydesk validate` answer every one with the
typed error (or a project), never another exception, never a traceback, and within 500 MB and 10 s.

A few hundred mutants run by default; thousands with ``pytest -m slow``."""

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
from tests.child_memory import PEAK_BYTES

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


def loader_answers(count: int, seed: int) -> None:
    outcomes = {"loaded": 0, "refused": 0}
    for number, data in enumerate(mutants(count, seed)):
        try:
            loads(data, f"mutant-{number}.journey")
        except JourneyFileError as exc:
            assert str(exc).startswith(f"mutant-{number}.journey: ") and "\n" not in str(exc)
            outcomes["refused"] += 1
        except RecursionError:
            pytest.fail(f"mutant {number}: RecursionError escaped")
        else:
            outcomes["loaded"] += 1
    assert outcomes["refused"] > count * 2 // 3 and outcomes["loaded"] > 0  # both kinds of outcome were exercised


def test_the_loader_answers_hundreds_of_damaged_files_with_its_typed_error() -> None:
    loader_answers(300, seed=20261123)


@pytest.mark.slow
def test_the_loader_answers_thousands_of_damaged_files_with_its_typed_error() -> None:
    loader_answers(5000, seed=20261202)


MEASURED = f"""
import sys, time
from journeydesk.cli import main
start = time.perf_counter()
code = main(["validate", *sys.argv[2:]])
seconds = time.perf_counter() - start
peak = {PEAK_BYTES}
with open(sys.argv[1], "w") as stream:
    stream.write(f"{{code}} {{peak}} {{seconds}}")
sys.exit(code)
"""
MAX_MEMORY = 500 * 2**20
MAX_SECONDS = 10.0


def validate_measured(paths: list[Path], tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], int, float]:
    """`journeydesk validate PATHS` in a child process: its output, and its peak memory and time."""
    measures = tmp_path / "measures.txt"
    result = subprocess.run(
        [sys.executable, "-c", MEASURED, str(measures), *map(str, paths)], capture_output=True, text=True, timeout=600
    )
    code, peak, seconds = measures.read_text().split()
    assert int(code) == result.returncode
    return result, int(peak), float(seconds)


def validate_answers(count: int, seed: int, tmp_path: Path) -> None:
    paths = []
    for number, data in enumerate(mutants(count, seed)):
        path = tmp_path / f"m{number:04}.journey"
        path.write_bytes(data)
        paths.append(path)
    result, peak, _ = validate_measured(paths, tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors, valid = result.stderr.splitlines(), result.stdout.splitlines()
    assert len(errors) + len(valid) == len(paths)
    assert all(line.startswith(f"journeydesk: {tmp_path / 'm'}") for line in errors)
    assert all(line.startswith(str(tmp_path / "m")) for line in valid)
    assert peak < MAX_MEMORY


def test_validate_reports_each_damaged_file_on_one_line(tmp_path: Path) -> None:
    validate_answers(300, 7, tmp_path)


@pytest.mark.slow
def test_validate_reports_each_of_thousands_of_damaged_files_on_one_line(tmp_path: Path) -> None:
    validate_answers(3000, 8, tmp_path)


def _repeated(head: bytes, item: bytes, size: int, tail: bytes) -> Callable[[Path], None]:
    """A writer of ``head``, then ``item`` over and over up to ``size`` bytes, then ``tail``."""

    def write(path: Path) -> None:
        chunk = item * (2**20 // len(item))
        with path.open("wb") as stream:
            stream.write(head)
            for _ in range(size // len(chunk)):
                stream.write(chunk)
            stream.write(tail)

    return write


MB = 2**20
ENVELOPE = b'{"format": "journeydesk", "schema_version": 3, "project": {"id": "p", "title": "t", "journeys": ['
HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "200 MB of small objects": (
        _repeated(b"[", b"{},", 200 * MB, b"{}]"),
        "the file is too large (199 MB; at most 128 MB)",
    ),
    "100 million integers": (_repeated(b"[", b"1,", 200 * MB, b"1]"), "the file is too large"),
    "120 MB of small objects": (_repeated(b"[", b"{},", 120 * MB, b"{}]"), "too many values (41,943,"),
    "120 MB of short texts": (_repeated(b"[", b'"ab",', 120 * MB, b'""]'), "too many values (25,165,"),
    "120 MB of fields": (_repeated(b"{", b'"a": 1, ', 120 * MB, b'"b": 1}'), "too many values (15,728,"),
    "one text of 100 MB": (_repeated(b'["', b"x", 100 * MB, b'"]'), "a text is too long (100 MB; at most 4.0 MB)"),
    "nested 50 million deep": (_repeated(b"", b"[", 50 * MB, b"]" * 50 * MB), "too many values (52,428,"),
    "nested 1000 deep": (
        lambda path: path.write_bytes(b"[" * 1000 + b"]" * 1000),
        "nested too deeply (1000 levels; at most 32)",
    ),
    "an object of 900,000 unknown fields": (
        lambda path: path.write_bytes(ENVELOPE + b"]," + b",".join(b'"k%d": 1' % n for n in range(900_000)) + b"}}"),
        "an object has 900,003 fields (at most 64)",
    ),
    "190,000 cards of seven problems each": (
        _repeated(
            ENVELOPE + b'{"id": "j", "name": "n", "cards": [', b'{"a": 1, "b": 2, "c": 3},', 47 * MB // 10, b"{}]}]}}"
        ),
        "project.journeys[0].cards[0]: card has no 'kind'",
    ),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_is_refused_in_one_line_within_500_mb_and_10_s(name: str, tmp_path: Path) -> None:
    write, problem = HOSTILE[name]
    path = tmp_path / "hostile.journey"
    write(path)
    result, peak, seconds = validate_measured([path], tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"journeydesk: {path}: ")
    assert problem in result.stderr
    assert peak < MAX_MEMORY and seconds < MAX_SECONDS, f"{peak / MB:.0f} MB, {seconds:.1f} s"
