"""Workbooks written byte by byte, as an attacker or a broken tool would write them, and a child
process that imports them with its memory measured."""

import json
import resource
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from tests.child_memory import PEAK_BYTES

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
    f'Type="{RELATIONS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    # prefixed, as some tools write it: the checks go by local names
    "xl/workbook.xml": f'<?xml version="1.0"?><x:workbook xmlns:x="{MAIN}" xmlns:r="{RELATIONS}"><x:sheets>'
    '<x:sheet name="Map" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
    "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="{PACKAGE}"><Relationship '
    f'Id="rId1" Type="{RELATIONS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}
SHEET = "xl/worksheets/sheet1.xml"


def sheet_xml(rows: str, after: str = "", before: str = "", prolog: str = '<?xml version="1.0"?>') -> str:
    opening = f'<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONS}">'
    return f"{prolog}{opening}{before}<sheetData>{rows}</sheetData>{after}</worksheet>"


def text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def one_cell(reference: str, text: str) -> str:
    """A row holding one text cell."""
    return f'<row r="{reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}">{text_cell(reference, text)}</row>'


def raw_workbook(path: Path, sheet: str, extra: dict[str, str | bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in {**PARTS, SHEET: sheet, **(extra or {})}.items():
            archive.writestr(name, content)
    return path


SMALL_MAP = "".join(
    f'<row r="{number}">'
    + "".join(text_cell(f"{column}{number}", text) for column, text in zip("ABCD", row, strict=False))
    + "</row>"
    for number, row in enumerate(
        [
            ["Stage", "Awareness", "Purchase", "Use"],
            ["Touchpoints", "Advert", "Shop", "App"],
            ["Pain points", "Too loud", "Queue", "Crashes"],
        ],
        1,
    )
)


@dataclass
class Outcome:
    code: int
    lines: list[str]  # what was said on stderr
    peak_mb: float  # the child's peak resident memory


CHILD = f"""
import contextlib, io, json, sys
from journeydesk.cli import main
results = []
options = json.loads(sys.argv[1])
for source in sys.argv[2:]:
    error = io.StringIO()
    with contextlib.redirect_stderr(error), contextlib.redirect_stdout(io.StringIO()):
        code = main(["import", source, "-o", source + ".journey", "--force", *options])
    results.append([code, error.getvalue()])
peak = {PEAK_BYTES} / 2**20
print(json.dumps({{"results": results, "peak_mb": peak}}))
"""
MEMORY_CAP = 1536 * 2**20  # the child is stopped far beyond what an import may take, not the machine


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def import_in_child(paths: list[Path], seconds: float, options: list[str] = ()) -> list[Outcome]:
    """``journeydesk import`` of each file in a fresh process; the peak memory is the process's, the
    time bound the ``seconds`` it is given for all of them."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(list(options)), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=seconds,
        preexec_fn=_capped,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.splitlines()[-1])
    return [Outcome(code, error.splitlines(), report["peak_mb"]) for code, error in report["results"]]
