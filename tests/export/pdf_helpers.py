"""Reading PDFs back with poppler and qpdf, the way a person's tools would."""

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed (Debian: poppler-utils, qpdf); .ci/run installs it")
    return found


def qpdf_check(path: Path) -> None:
    result = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def page_count(path: Path) -> int:
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True, timeout=60).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path: Path, first: int | None = None, last: int | None = None, raw: bool = False) -> str:
    """The text poppler extracts; ``raw`` keeps the content-stream order (and spaces poppler's layout
    analysis would merge away in table cells)."""
    command = [tool("pdftotext"), "-enc", "UTF-8", *(["-raw"] if raw else [])]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    return subprocess.run([*command, str(path), "-"], capture_output=True, text=True, timeout=120).stdout


def render_page(path: Path, page: int, out: Path, dpi: int = 50) -> QImage:
    prefix = out / f"page{page}"
    subprocess.run(
        [
            tool("pdftoppm"),
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
        timeout=120,
    )
    image = QImage(str(prefix) + ".png")
    assert not image.isNull()
    return image


def metadata(path: Path) -> dict[str, str]:
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True, timeout=60).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in info.splitlines())}


def words(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """Every word on a page with its box (text, x min, y min, x max, y max) in points, top down."""
    html = subprocess.run(
        [tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', html)
    return [(unescape(text), float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, text in found]


def fonts_listed(path: Path) -> list[dict[str, str]]:
    """The fonts ``pdffonts`` lists: name, type, and whether each is embedded and maps to Unicode."""
    listing = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, timeout=60).stdout
    rows = []
    for line in listing.splitlines()[2:]:
        name, *middle, embedded, subset, unicode, _number, _generation = line.split()
        rows.append({"name": name, "type": " ".join(middle[:-1]), "emb": embedded, "sub": subset, "uni": unicode})
    return rows
