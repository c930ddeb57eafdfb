"""Hostile and broken workbooks: each ends in one line naming the file, the place and the problem,
exit 1, within bounded memory (measured in a child process) and time; and a seeded fuzz test."""

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from journeydesk.export.xlsx import export_workbook, import_workbook
from tests.export.hostile_workbooks import (
    MAIN,
    PACKAGE,
    RELATIONS,
    SMALL_MAP,
    import_in_child,
    one_cell,
    raw_workbook,
    sheet_xml,
)
from tests.factories import small_project

PEAK_MB = 500
SECONDS_PER_IMPORT = 30
WHOLE_SHEET = "A1:XFD1048576"
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
    + "]>"
)


def _merged_over_everything(path: Path) -> Path:
    return raw_workbook(
        path, sheet_xml(one_cell("A1", "x"), f'<mergeCells count="1"><mergeCell ref="{WHOLE_SHEET}"/></mergeCells>')
    )


def _linked_everything(path: Path) -> Path:
    return raw_workbook(
        path, sheet_xml(one_cell("A1", "x"), f'<hyperlinks><hyperlink ref="{WHOLE_SHEET}" location="A1"/></hyperlinks>')
    )


def _dense(cells: int, columns: int = 2000) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        rows = (
            f'<row r="{row + 1}">'
            + "".join(f"<c><v>{row}</v></c>" for _ in range(min(columns, cells - row * columns)))
            + "</row>"
            for row in range((cells + columns - 1) // columns)
        )
        return raw_workbook(path, sheet_xml("".join(rows)))

    return make


def _grid(stages: int, lanes: int) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        def cell(row: int, column: int, text: str) -> str:
            return f'<c r="R{row}C{column}" t="inlineStr"><is><t>{text}</t></is></c>'.replace(
                f'r="R{row}C{column}"', f'r="{_letters(column)}{row}"'
            )

        header = cell(1, 1, "Stage") + "".join(
            cell(1, number + 1, f"Visit {number}") for number in range(1, stages + 1)
        )
        body = "".join(
            f'<row r="{lane + 2}">'
            + cell(lane + 2, 1, f"Pain points {lane}")
            + "".join(cell(lane + 2, number + 1, f"pain {lane}.{number}") for number in range(1, stages + 1))
            + "</row>"
            for lane in range(lanes)
        )
        return raw_workbook(path, sheet_xml(f'<row r="1">{header}</row>{body}'))

    return make


def _many_sheets(path: Path, count: int, cells: int) -> Path:
    """A workbook of ``count`` sheets of numbers: each could be read, not all of them."""
    names = [f"Data {number}" for number in range(1, count + 1)]
    rows = "".join(f'<row r="{row + 1}">' + "<c><v>1</v></c>" * 10 + "</row>" for row in range(cells // 10))
    sheets = "".join(
        f'<x:sheet name="{name}" sheetId="{number}" r:id="rId{number}"/>' for number, name in enumerate(names, 1)
    )
    relations = "".join(
        f'<Relationship Id="rId{number}" Type="{RELATIONS}/worksheet" Target="worksheets/sheet{number}.xml"/>'
        for number in range(1, count + 1)
    )
    opening = f'<x:workbook xmlns:x="{MAIN}" xmlns:r="{RELATIONS}">'
    parts = {
        "xl/workbook.xml": f"{opening}<x:sheets>{sheets}</x:sheets></x:workbook>",
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PACKAGE}">{relations}</Relationships>',
        **{f"xl/worksheets/sheet{number}.xml": sheet_xml(rows) for number in range(2, count + 1)},
    }
    return raw_workbook(path, sheet_xml(rows), parts)


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _own_with_data(text: str) -> Callable[[Path], Path]:
    """Our own workbook whose hidden data sheet was replaced by ``text``."""

    def make(path: Path) -> Path:
        export_workbook(small_project(), path)
        workbook = load_workbook(path)
        data = workbook["JourneyDesk data"]
        data.delete_rows(2, data.max_row)
        for number, start in enumerate(range(0, len(text), 30_000), 2):
            data.cell(row=number, column=1, value=text[start : start + 30_000])
        workbook.save(path)
        return path

    return make


CASES: dict[str, tuple[Callable[[Path], Path], list[str], list[str]]] = {
    # name: (builder, extra command-line options, what the line says)
    "merged range over the whole sheet": (_merged_over_everything, [], ["Map: a list of 1 text in one column"]),
    "hyperlink over the whole sheet": (_linked_everything, [], ["Map: a list of 1 text in one column"]),
    "dense sheet past the cell limit": (_dense(500_100), [], ["more than 500,000 cells; at most 500,000"]),
    "millions of elements beside the rows": (
        lambda path: raw_workbook(path, sheet_xml(SMALL_MAP, before="<x/>" * 1_000_000)),
        [],
        ["sheet “Map”: more than 300,000 XML elements outside rows of cells and strings; at most 300,000"],
    ),
    "millions of elements in the rows": (
        lambda path: raw_workbook(path, sheet_xml('<row r="1">' + "<x/>" * 200_000 + "</row>" * 2)),
        [],
        ["sheet “Map”: row 1 holds more than 100,000 XML elements; at most 100,000"],
    ),
    "styles of a million elements": (
        lambda path: raw_workbook(
            path,
            sheet_xml(SMALL_MAP),
            {"xl/styles.xml": f'<styleSheet xmlns="{MAIN}">' + "<x/>" * 400_000 + "</styleSheet>"},
        ),
        [],
        ["xl/styles.xml: more than 300,000 XML elements outside rows of cells and strings"],
    ),
    "millions of rows of nothing": (
        lambda path: raw_workbook(path, sheet_xml('<row r="1"/>' * 2_100_000)),
        [],
        ["more than 2,000,000 XML elements; at most 2,000,000"],
    ),
    "dense sheet, no map": (_dense(300_000), [], ["Map: 300,000 filled cells, more than the 10,000"]),
    "250 stages": (_grid(250, 4), [], ["stages, more than the 200 a journey holds"]),
    "150 lanes": (_grid(5, 150), ["--stages-row", "1"], ["Map: 150 lanes, more than the 100 a journey holds"]),
    "210,000 cells": (_grid(200, 1049), [], ["filled cells, more than the 10,000 read as hand-made maps"]),
    "many sheets, each nearly as large as a map may be": (
        lambda path: _many_sheets(path, 30, 9_000),
        [],
        ["with the sheets read before it, more than the 10,000 read as hand-made maps"],
    ),
    "deeply nested data sheet": (
        _own_with_data("[" * 50_000 + "]" * 50_000),
        [],
        ["“JourneyDesk data” sheet is damaged (nested 50000 deep; at most 64)"],
    ),
    "deeply nested XML": (
        lambda path: raw_workbook(path, sheet_xml("", before="<a>" * 5000 + "</a>" * 5000)),
        [],
        ["sheet “Map”: XML elements nested more than 100 deep"],
    ),
    "tampered data sheet": (
        _own_with_data('{"format": "journeydesk-workbook", "schema_version": 1, "project": {"personas": [1]}}'),
        [],
        ["“JourneyDesk data” sheet is damaged ("],
    ),
    "data sheet of another shape": (_own_with_data("[1, 2]"), [], ["“JourneyDesk data” sheet is damaged"]),
    "external entity (XXE)": (
        lambda path: raw_workbook(
            path,
            sheet_xml(
                one_cell("A1", "&xxe;"),
                prolog='<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
            ),
        ),
        [],
        ["sheet “Map”: the XML declares a document type (DTD)"],
    ),
    "billion laughs": (
        lambda path: raw_workbook(path, sheet_xml(one_cell("A1", "&lol9;"), prolog=LAUGHS)),
        [],
        ["sheet “Map”: the XML declares a document type (DTD)"],
    ),
    "billion laughs in shared strings": (
        lambda path: raw_workbook(
            path, sheet_xml(SMALL_MAP), {"xl/sharedStrings.xml": LAUGHS + "<sst><si><t>&lol9;</t></si></sst>"}
        ),
        [],
        ["xl/sharedStrings.xml: the XML declares a document type (DTD)"],
    ),
    "unknown XML encoding": (
        lambda path: raw_workbook(path, sheet_xml(SMALL_MAP, prolog='<?xml version="1.0" encoding="x-unknown-9"?>')),
        [],
        ["sheet “Map”: the XML is in an unknown encoding"],
    ),
    "a text longer than a cell holds": (
        lambda path: raw_workbook(path, sheet_xml(one_cell("B2", "x" * 40_000))),
        [],
        ["sheet “Map”: cell B2: a text of 40,000 characters; a cell holds at most 32,767"],
    ),
    "a cell far beyond the sheet": (
        lambda path: raw_workbook(path, sheet_xml(one_cell("XFD1", "far"))),
        [],
        ["sheet “Map”: cell XFD1 is beyond the 200,000 rows x 2,000 columns JourneyDesk reads"],
    ),
    "a declared size beyond the sheet": (
        lambda path: raw_workbook(path, sheet_xml(SMALL_MAP, before=f'<dimension ref="{WHOLE_SHEET}"/>')),
        [],
        ["its declared size (1,048,576 rows x 16,384 columns) is beyond the 200,000 rows x 2,000 columns"],
    ),
}


def test_hostile_workbooks_end_in_one_line_exit_1_in_bounded_memory_and_time(tmp_path: Path) -> None:
    paths = [CASES[name][0](tmp_path / f"case{number}.xlsx") for number, name in enumerate(CASES)]
    assert paths[0].stat().st_size < 2048 and paths[1].stat().st_size < 2048  # the 2 KB workbooks
    outcomes = []
    for path, (_, options, _) in zip(paths, CASES.values(), strict=True):  # one child for each, for its own peak
        outcomes += import_in_child([path], SECONDS_PER_IMPORT, options)
    for name, path, outcome in zip(CASES, paths, outcomes, strict=True):
        expected = CASES[name][2]
        assert outcome.code == 1, name
        assert len(outcome.lines) == 1 and outcome.lines[0].startswith(f"journeydesk: {path}: "), (name, outcome.lines)
        assert all(words in outcome.lines[0] for words in expected), (name, outcome.lines[0])
        assert outcome.peak_mb < PEAK_MB, (name, outcome.peak_mb)


def test_a_real_map_under_a_merged_range_over_the_whole_sheet_imports(tmp_path: Path) -> None:
    """A range is spread over the cells found only: here the last pain point's own cell."""
    path = raw_workbook(
        tmp_path / "map.xlsx",
        sheet_xml(
            SMALL_MAP,
            '<mergeCells count="1"><mergeCell ref="D3:XFD1048576"/></mergeCells>'
            f'<hyperlinks><hyperlink ref="{WHOLE_SHEET}" location="A1"/></hyperlinks>',
        ),
    )
    journey = import_workbook(path).journeys[0]
    assert [stage.name for stage in journey.stages] == ["Awareness", "Purchase", "Use"]
    assert {card.title for card in journey.cards} >= {"Crashes", "Queue"}


# The fuzz test: workbooks JourneyDesk wrote and one made by hand, damaged at random.

FRAGMENTS = [
    f'<mergeCell ref="{WHOLE_SHEET}"/>',
    f'<hyperlink ref="{WHOLE_SHEET}" location="A1"/>',
    f'<dimension ref="{WHOLE_SHEET}"/>',
    '<c r="XFD1048576"><v>1</v></c>',
    '<c r="ZZZZ0"><v>1</v></c>',
    "<!DOCTYPE x [<!ENTITY e 'e'>]>",
    "&e;",
    "<a>" * 300,
    "</row>",
    '<?xml version="1.0" encoding="x-unknown"?>',
    '<?xml version="1.0" encoding="shift_jis"?>',
    "\x00",
    "_x000B_",
    "<c><v>" + "9" * 400 + "</v></c>",
    '<row r="99999999999">',
    '<c r="A1" t="s"><v>99999</v></c>',
    '<c r="B2" t="d"><v>not a date</v></c>',
    '<c r="B2" t="n"><v>abc</v></c>',
]


def _mutate_part(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        position = rng.randrange(len(data) + 1)
        match rng.randrange(6):
            case 0 if data:
                data[min(position, len(data) - 1)] = rng.randrange(256)
            case 1:
                del data[position : position + rng.randint(1, 40)]
            case 2:
                data[position:position] = rng.choice(FRAGMENTS).encode()
            case 3:
                data = data[:position]
            case 4:
                start = rng.randrange(len(data) + 1)
                data[position:position] = data[start : start + rng.randint(1, 300)] * rng.randint(1, 50)
            case _:
                data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return bytes(data)


def _mutant(original: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.15:  # the zip itself damaged
        return _mutate_part(original, rng)
    source = zipfile.ZipFile(io.BytesIO(original))
    names = source.namelist()
    targets = set(rng.sample(names, rng.randint(1, 2)))
    if rng.random() < 0.6:
        targets.add(next((name for name in names if name.startswith("xl/worksheets/sheet")), names[0]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            data = source.read(name)
            if name in targets:
                data = b"" if rng.random() < 0.05 else _mutate_part(data, rng)
            if not (name in targets and rng.random() < 0.05):  # now and then a part goes missing
                archive.writestr(name, data)
    return buffer.getvalue()


def _originals(folder: Path) -> list[bytes]:
    own = folder / "own.xlsx"
    export_workbook(small_project(), own)
    hand_made = raw_workbook(
        folder / "hand.xlsx", sheet_xml(SMALL_MAP, '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>')
    )
    return [own.read_bytes(), hand_made.read_bytes()]


def _fuzz(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    originals = _originals(folder)
    paths = []
    for number in range(count):
        path = folder / f"mutant-{number:04}.xlsx"
        path.write_bytes(_mutant(rng.choice(originals), rng))
        paths.append(path)
    outcomes = import_in_child(paths, SECONDS_PER_IMPORT * (1 + count // 20))
    refused = 0
    for path, outcome in zip(paths, outcomes, strict=True):
        assert outcome.code in (0, 1), path
        if outcome.code == 1:
            refused += 1
            assert len(outcome.lines) == 1 and outcome.lines[0].startswith(f"journeydesk: {path}: "), outcome.lines
        else:
            assert not outcome.lines, outcome.lines
    assert outcomes[-1].peak_mb < PEAK_MB
    assert refused > count // 3  # the mutations reached the checks


def test_a_few_hundred_damaged_workbooks_each_end_in_one_line(tmp_path: Path) -> None:
    _fuzz(tmp_path, 300, seed=20261202)


@pytest.mark.slow
def test_thousands_of_damaged_workbooks_each_end_in_one_line(tmp_path: Path) -> None:
    _fuzz(tmp_path, 3000, seed=12)
