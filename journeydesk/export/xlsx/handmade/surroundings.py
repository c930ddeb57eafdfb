"""What sits above a hand-made map: its title (the widest merged cell, else the first text standing
alone in its row), the persona and the scenario when a line names them, and the rest (dates,
authors, a sentence of context) kept as the project's description."""

import re
from dataclasses import dataclass, field

from journeydesk.export.xlsx.handmade.keywords import PERSONAS, SCENARIO_WORDS
from journeydesk.export.xlsx.handmade.persona import PersonaDraft, persona_from_line, persona_named_in
from journeydesk.export.xlsx.handmade.words import WordTable, fold

Matrix = list[list[str]]
Merged = frozenset[tuple[int, int]]
Cell = tuple[int, int]

SCENARIOS: WordTable[str] = WordTable({"scenario": SCENARIO_WORDS})
_LABELLED = re.compile(r"^([^:\n：]{1,30})[:：]\s*(\S.*)$", re.DOTALL)


@dataclass
class Surroundings:
    title: str = ""
    persona: PersonaDraft | None = None
    scenario: str = ""
    notes: list[str] = field(default_factory=list)
    cells: set[Cell] = field(default_factory=set)  # the cells read here


def _names(text: str, table: WordTable[str]) -> bool:
    """Whether the text is just the word ("Persona", "Scenario:"), not a phrase that starts with it."""
    found = table.first(text)
    return found is not None and found.start == 0 and not fold(text)[found.end :].strip(" :：-–—")


def _merged_width(matrix: Matrix, merged: Merged, row: int, column: int) -> int:
    width = 1
    while (row, column + width) in merged and column + width < len(matrix[row]):
        width += 1
    return width


def read_surroundings(matrix: Matrix, merged: Merged, top: int, skip: set[Cell]) -> Surroundings:
    """Read the rows above ``top`` (the first row of the map), leaving out the cells in ``skip``."""
    found = Surroundings()
    texts: list[tuple[int, int, str]] = [
        (row, column, text)
        for row in range(min(top, len(matrix)))
        for column, text in enumerate(matrix[row])
        if text and (row, column) not in skip and (row, column) not in merged
    ]
    remaining: list[tuple[int, int, str]] = []
    index = 0
    while index < len(texts):
        row, column, text = texts[index]
        following = texts[index + 1] if index + 1 < len(texts) and texts[index + 1][0] == row else None
        labelled = _LABELLED.match(text)
        if labelled and _names(labelled.group(1), PERSONAS):
            found.persona = persona_from_line(labelled.group(2))
        elif labelled and _names(labelled.group(1), SCENARIOS):
            found.scenario = labelled.group(2).strip()
        elif following and len(text) <= 30 and _names(text, PERSONAS):
            found.persona = persona_from_line(following[2])
            found.cells.add((row, following[1]))
            index += 1
        elif following and len(text) <= 30 and _names(text, SCENARIOS):
            found.scenario = following[2].strip()
            found.cells.add((row, following[1]))
            index += 1
        else:
            remaining.append((row, column, text))
        found.cells.add((row, column))
        index += 1
    title = _title(matrix, merged, remaining)
    if title is not None:
        found.title = title[2]
        remaining.remove(title)
        named = persona_named_in(found.title)
        if named and found.persona is None:
            found.persona = PersonaDraft(named)
    found.notes = _notes(remaining)
    return found


def _title(matrix: Matrix, merged: Merged, texts: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The widest merged cell, else the first text alone in its row, else the first text."""
    candidates = [item for item in texts if not item[2].replace(".", "").replace("/", "").isdigit()]
    if not candidates:
        return None
    widest = max(candidates, key=lambda item: (_merged_width(matrix, merged, item[0], item[1]), -item[0]))
    if _merged_width(matrix, merged, widest[0], widest[1]) > 1:
        return widest
    rows = [row for row, _, _ in candidates]
    alone = [item for item in candidates if rows.count(item[0]) == 1 and not _is_field(item[2])]
    return alone[0] if alone else candidates[0]


def _is_field(text: str) -> bool:
    """ "Date: 12 May", "Author: Kim": a short label and its value, no title."""
    labelled = _LABELLED.match(text)
    return labelled is not None and len(labelled.group(1)) <= 15


def _notes(texts: list[tuple[int, int, str]]) -> list[str]:
    """The other texts, a row per line ("Date: 12 May · Author: Kim")."""
    lines: dict[int, list[str]] = {}
    for row, _, text in texts:
        lines.setdefault(row, []).append(text)
    return [_row_text(parts) for parts in lines.values()]


def _row_text(parts: list[str]) -> str:
    """Two texts side by side read as label and value; more are joined with a dot."""
    if len(parts) == 2 and len(parts[0]) <= 30 and "\n" not in parts[0]:
        return f"{parts[0].rstrip(':：')}: {parts[1]}"
    return " · ".join(parts)
