"""Broken and hostile files: each one raises JourneyFileError naming the file, the place and the problem,
and ``journeydesk validate`` reports it on one line with exit code 1."""

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from journeydesk.cli import main
from journeydesk.io import JourneyFileError, dumps, load_project
from tests.factories import small_project

GOOD = dumps(small_project())
VERSION_1 = json.loads((Path(__file__).parent / "data" / "sample-v1.journey").read_bytes())


def edited(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = json.loads(GOOD)
    change(data)
    return json.dumps(data, indent=2).encode()


def old_shape(change: Callable[[dict[str, Any]], None]) -> bytes:
    """A version-1 file whose project ``change`` gave a shape the upgrade must not trip over."""
    data = copy.deepcopy(VERSION_1)
    change(data["project"])
    return json.dumps(data).encode()


def card(data: dict[str, Any], index: int) -> dict[str, Any]:
    return data["project"]["journeys"][0]["cards"][index]


def based_on_each_other() -> list[dict[str, Any]]:
    return [
        {"id": "j2", "name": "Future", "based_on": "j3"},
        {"id": "j3", "name": "Past", "based_on": "j2"},
    ]


# name -> (file bytes, expected place, fragment of the expected problem)
BROKEN: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "", "the file is empty"),
    "whitespace only": (b"  \n\n ", "", "the file is empty"),
    "truncated": (GOOD[: GOOD.index(b"\n", len(GOOD) // 2)], "line ", "ends too early"),
    "not json": (b"Stage 1, Stage 2\nhello", "", "not a JourneyDesk file (it is not JSON)"),
    "syntax error": (
        GOOD.replace(b'"title": "Test project",', b'"title": "Test project"', 1),
        "line 7, column 5",
        "a comma is missing",
    ),
    "utf-8 bom": (b"\xef\xbb\xbf" + GOOD, "", "byte-order mark"),
    "utf-16": ("{}".encode("utf-16"), "", "UTF-16"),
    "not utf-8": (GOOD.replace(b"Test project", b"Test \xe9 project"), "line 6", "not UTF-8 text (byte 0xe9)"),
    "a workbook": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x82", "", "a zip file, such as an Excel workbook"),
    "json array": (b"[1, 2, 3]", "", "not a JourneyDesk project"),
    "wrong format tag": (edited(lambda d: d.update(format="journeymap")), "", "its format tag is 'journeymap'"),
    "no format tag": (b'{"schema_version": 1, "project": {}}', "", "not a JourneyDesk project"),
    "future schema version": (
        edited(lambda d: d.update(schema_version=99)),
        "",
        "written by a newer JourneyDesk (schema version 99",
    ),
    "schema version as text": (
        edited(lambda d: d.update(schema_version="1")),
        "schema_version",
        "must be a whole number",
    ),
    "schema version zero": (edited(lambda d: d.update(schema_version=0)), "schema_version", "whole number from 1"),
    "project not an object": (edited(lambda d: d.update(project=[])), "project", "must be an object"),
    "unknown envelope key": (edited(lambda d: d.update(extra=1)), "extra", "unknown field"),
    "dangling stage": (
        edited(lambda d: card(d, 0).update(stage_id="nope")),
        "project.journeys[0].cards[0].stage_id",
        "no stage with id 'nope'",
    ),
    "dangling link": (
        edited(lambda d: card(d, 3).update(addresses=["c-touch"])),
        "project.journeys[0].cards[3].addresses[0]",
        "no pain point with id 'c-touch'",
    ),
    "duplicate ids": (
        edited(lambda d: card(d, 3).update(id="c-touch")),
        "project.journeys[0].cards[3].id",
        "already used by journeys[0].cards[0]",
    ),
    "wrong type": (
        edited(lambda d: card(d, 2).update(severity="high")),
        "project.journeys[0].cards[2].severity",
        "must be a whole number, not text",
    ),
    "severity out of range": (
        edited(lambda d: card(d, 2).update(severity=12)),
        "project.journeys[0].cards[2].severity",
        "must be at most 5, not 12",
    ),
    "emotion out of range": (
        edited(lambda d: card(d, 0).update(emotion=-7)),
        "project.journeys[0].cards[0].emotion",
        "must be at least -2",
    ),
    "missing field": (
        edited(lambda d: card(d, 0).pop("stage_id")),
        "project.journeys[0].cards[0].stage_id",
        "required field is missing",
    ),
    "no journeys": (edited(lambda d: d["project"].update(journeys=[])), "project.journeys", "needs at least 1 item"),
    "huge string": (
        edited(lambda d: card(d, 0).update(title="x" * 1_000_000)),
        "project.journeys[0].cards[0].title",
        "text is too long (1000000 characters; at most 500)",
    ),
    "deep nesting": (GOOD[:-3] + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}", "", "nested too deeply"),
    "NaN": (GOOD.replace(b'"severity": 4', b'"severity": NaN'), "", "NaN is not a number JSON allows"),
    "endless digits": (GOOD.replace(b'"severity": 4', b'"severity": ' + b"9" * 5000), "", "digits"),
    "bad colour": (
        edited(lambda d: d["project"]["journeys"][0]["stages"][0].update(color="blue")),
        "project.journeys[0].stages[0].color",
        "'blue' is not a colour",
    ),
    "bad id": (edited(lambda d: d["project"].update(id="../../etc/passwd")), "project.id", "is not a valid id"),
    "unknown card kind": (
        edited(lambda d: card(d, 0).update(kind="sticker")),
        "project.journeys[0].cards[0]",
        "unknown card kind 'sticker'",
    ),
    "version 1, a persona that is a number": (
        old_shape(lambda p: p.update(personas=[1])),
        "project.personas[0]",
        "must be an object, not a number",
    ),
    "version 1, a journey that is text": (
        old_shape(lambda p: p.update(journeys=["a"])),
        "project.journeys[0]",
        "must be an object, not text",
    ),
    "version 1, a null stage": (
        old_shape(lambda p: p["journeys"][0].update(stages=[None])),
        "project.journeys[0].stages[0]",
        "must be an object, not null",
    ),
    "version 1, a card that is a number": (
        old_shape(lambda p: p["journeys"][0].update(cards=[1])),
        "project.journeys[0].cards[0]",
        "must be an object, not a number",
    ),
    "version 1, personas as text": (
        old_shape(lambda p: p.update(personas="xy")),
        "project.personas",
        "must be a list, not text",
    ),
    "duplicate key": (
        GOOD.replace(b'"severity": 4', b'"severity": 99,\n          "severity": 4'),
        "line 118, column 22",  # the second one
        "the key 'severity' appears twice in one object",
    ),
    "schema version 2.0": (edited(lambda d: d.update(schema_version=2.0)), "schema_version", "not 2.0"),
    "due date with a time": (
        edited(lambda d: card(d, 3).update(due="2026-12-24T00:00:00")),
        "project.journeys[0].cards[3].due",
        "'2026-12-24T00:00:00' is not a date written as YYYY-MM-DD",
    ),
    "journeys based on each other": (
        edited(lambda d: d["project"]["journeys"].extend(based_on_each_other())),
        "project.journeys[1].based_on",
        "journey 'j2' is based, step by step, on itself",
    ),
    "null card": (
        edited(lambda d: d["project"]["journeys"][0]["cards"].append(None)),
        "project.journeys[0].cards[4]",
        "must be an object",
    ),
}


@pytest.fixture(params=sorted(BROKEN), ids=sorted(BROKEN))
def broken_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str, str]:
    data, place, problem = BROKEN[request.param]
    path = tmp_path / "broken.journey"
    path.write_bytes(data)
    return path, place, problem


def test_at_least_twenty_kinds_of_broken_file() -> None:
    assert len(BROKEN) >= 20


def test_loading_raises_the_typed_error_with_file_place_and_problem(broken_file: tuple[Path, str, str]) -> None:
    path, place, problem = broken_file
    with pytest.raises(JourneyFileError) as caught:
        load_project(path)
    error = caught.value
    assert error.source == str(path)
    assert error.place.startswith(place)
    assert problem in error.problem
    assert str(error).startswith(f"{path}: ")
    assert "\n" not in str(error)


def test_validate_prints_one_line_and_exits_1(
    broken_file: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, problem = broken_file
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"journeydesk: {path}: ")
    assert problem in err


def test_validate_reports_each_bad_file_and_still_checks_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.journey"
    good.write_bytes(GOOD)
    bad = tmp_path / "bad.journey"
    bad.write_bytes(b"{")
    assert main(["validate", str(bad), str(good), str(tmp_path / "missing.journey")]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"journeydesk: {bad}: line 1, column 2: the file ends too early (truncated?)",
        f"journeydesk: {tmp_path / 'missing.journey'}: no such file",
    ]
    assert captured.out == f"{good}: valid (1 journey, 4 cards)\n"


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(JourneyFileError, match="folder, not a file"):
        load_project(tmp_path)


def test_several_problems_are_counted(tmp_path: Path) -> None:
    def break_two(data: dict[str, Any]) -> None:  # in two lists: within one, the first problem stops it
        card(data, 0)["emotion"] = 9
        data["project"]["journeys"][0]["stages"][0]["color"] = "blue"

    path = tmp_path / "two.journey"
    path.write_bytes(edited(break_two))
    with pytest.raises(JourneyFileError, match=r"\(and 1 more problem\)$"):
        load_project(path)
