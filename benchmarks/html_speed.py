"""HTML export speed against writing the same SVG and tables by hand.

    python benchmarks/html_speed.py [--cards 10000] [--runs 3]

The baseline formats an SVG document with plain strings: a rectangle and the escaped title of every
card in a grid, and a table row of escaped cells for every register row. Target: the export takes at
most twice as long.
"""

import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_speed import register_rows
from timing import compare_from_command_line, paired_medians

from journeydesk.export.html import html_bytes
from journeydesk.model.project import Project

TARGET = 2.0


def raw_html(project: Project) -> bytes:
    parts = ['<!DOCTYPE html><html><body><svg xmlns="http://www.w3.org/2000/svg">']
    for journey in project.journeys:
        for number, card in enumerate(journey.cards):
            x, y = (number % 100) * 210, (number // 100) * 96
            parts.append(
                f'<g><rect x="{x:.1f}" y="{y:.1f}" width="196.0" height="86.0" rx="6" fill="#ffffff" '
                f'stroke="#d5dae1"/><text x="{x + 12:.1f}" y="{y + 30:.1f}" font-size="12.0">'
                f"{escape(card.title, quote=False)}</text></g>"
            )
    parts.append("</svg><table>")
    for row in register_rows(project):
        parts.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</table></body></html>")
    return "".join(parts).encode("utf-8")


def measure(project: Project, runs: int) -> tuple[float, float, str]:
    size = len(html_bytes(project))
    ours, raw = paired_medians(lambda: html_bytes(project), lambda: raw_html(project), runs)
    return ours, raw, f"page {size / 2**20:.1f} MB"


if __name__ == "__main__":
    sys.exit(
        compare_from_command_line(
            __doc__.splitlines()[0],
            measure,
            ("JourneyDesk web page", "raw SVG strings, same rects/titles"),
            TARGET,
        )
    )
