"""Who walks the journey, as a hand-made workbook says it: in the title ("… – Post Graduate Student
(persona)"), in a line ("Persona: Anna, 34, marketing manager"), or as attribute/value pairs (Name /
Anna, Age / 34, Goals / …) on a sheet of their own or beside the map."""

import re
from dataclasses import dataclass, field

from journeydesk.export.xlsx.handmade.keywords import PERSONA_FIELD_WORDS, PERSONA_WORDS, PERSONAS
from journeydesk.export.xlsx.handmade.words import WordTable

Matrix = list[list[str]]

FIELDS: WordTable[str] = WordTable(PERSONA_FIELD_WORDS)

_PERSONA_WORD = "|".join(re.escape(word.removesuffix("$")) for words in PERSONA_WORDS.values() for word in words)
# "… – Post Graduate Student (persona)": the name before the bracket, after the last dash or colon
_NAMED_BEFORE = re.compile(rf"(?:^|[–—:|/]|\s-\s)\s*([^–—:|/()]+?)\s*\((?:{_PERSONA_WORD})\)", re.IGNORECASE)
# "Persona: Anna, 34" or "(Persona – first-time buyer)"
_NAMED_AFTER = re.compile(rf"(?:{_PERSONA_WORD})\s*(?:[:：–—=]|\s-\s)\s*([^()\n]+)", re.IGNORECASE)
_NAME_END = re.compile(r"\s*[,，、;；]\s*|\s+[-–—]\s+")
_PAIR_IN_CELL = re.compile(r"^([^:\n：]{1,30})[:：]\s*(\S.*)$", re.DOTALL)
MIN_PAIRS = 3
BESIDE_FIELDS = 3  # persona fields a block right beside a map needs to be taken for a persona


@dataclass
class PersonaDraft:
    """A persona as read, before it becomes a model object."""

    name: str = ""
    role: str = ""
    goals: list[str] = field(default_factory=list)
    frustrations: list[str] = field(default_factory=list)
    quote: str = ""
    about: list[str] = field(default_factory=list)  # other attributes, one "Label: value" a line

    def merged_with(self, other: "PersonaDraft") -> "PersonaDraft":
        """This persona completed with what ``other`` knows and this one does not."""
        return PersonaDraft(
            self.name or other.name,
            self.role or other.role,
            self.goals or other.goals,
            self.frustrations or other.frustrations,
            self.quote or other.quote,
            self.about + [line for line in other.about if line not in self.about],
        )


def persona_named_in(text: str) -> str | None:
    """The persona a title or a line names: "Map – Student (persona)", "Persona: Anna"."""
    for pattern in (_NAMED_BEFORE, _NAMED_AFTER):
        match = pattern.search(text)
        if match and match.group(1).strip(" ,;.-–—"):
            return match.group(1).strip(" ,;.-–—")
    return None


def persona_from_line(text: str) -> PersonaDraft:
    """ "Anna, 34, marketing manager" -> name Anna, role "34, marketing manager"."""
    first, _, rest = text.strip().partition("\n")
    parts = _NAME_END.split(first, maxsplit=1)
    draft = PersonaDraft(parts[0].strip(), parts[1].strip() if len(parts) > 1 else "")
    if rest.strip():
        draft.about.append(rest.strip())
    return draft


@dataclass
class PairBlock:
    """Attribute/value pairs one under the other: (label, value), the cells they take, and the text
    just above them (a heading such as "Persona"), if any."""

    pairs: list[tuple[str, str]]
    cells: set[tuple[int, int]]
    heading: str = ""

    @property
    def known_fields(self) -> int:
        """How many of its labels are persona fields (Name, Age, Occupation, Goals...)."""
        return sum(1 for label, _ in self.pairs if (found := FIELDS.first(label)) is not None and found.start == 0)

    @property
    def is_persona(self) -> bool:
        return self.known_fields >= 2 or bool(self.heading and PERSONAS.first(self.heading))


def _pair_at(matrix: Matrix, row: int, column: int, beside: bool) -> tuple[str, str] | None:
    """The attribute and value at a cell: a short label with a value right of it and nothing further
    right, or "Label: value" in one cell. Unless ``beside`` (a block right next to a map), the cell left
    of the label is empty."""
    cells = matrix[row]
    label = cells[column] if column < len(cells) else ""
    value = cells[column + 1] if column + 1 < len(cells) else ""
    if not label or (not beside and column > 0 and cells[column - 1]) or label[:1].isdigit():
        return None
    if any(text and text != value for text in cells[column + 2 :]):
        return None
    if value and len(label) <= 40 and len(label.split()) <= 5 and "\n" not in label.strip():
        return label.strip().rstrip(":：").strip(), value
    match = _PAIR_IN_CELL.match(label)
    if match and not value:
        return match.group(1).strip(), match.group(2).strip()
    return None


def _block_at(matrix: Matrix, start: int, column: int, beside: bool) -> PairBlock | None:
    """The pairs from row ``start`` down, a blank row allowed between; at least three."""
    pairs: list[tuple[str, str]] = []
    cells: set[tuple[int, int]] = set()
    row, blank = start, 0
    while row < len(matrix) and blank <= 1:
        pair = _pair_at(matrix, row, column, beside)
        if pair is None:
            if any(matrix[row][column:]):
                break
            blank += 1
        else:
            blank = 0
            pairs.append(pair)
            cells |= {(row, column), (row, column + 1)}
        row += 1
    if len(pairs) < MIN_PAIRS:
        return None
    heading = matrix[start - 1][column] if start > 0 and column < len(matrix[start - 1]) else ""
    if heading:
        cells.add((start - 1, column))
    return PairBlock(pairs, cells, heading)


def pair_blocks(matrix: Matrix) -> list[PairBlock]:
    """Every run of at least three attribute/value rows in a column: standing apart, or right beside
    a map when most of its attributes are a persona's."""
    blocks: list[PairBlock] = []
    taken: set[tuple[int, int]] = set()
    width = max((len(row) for row in matrix), default=0)
    for beside in (False, True):
        for column in range(width):
            row = 0
            while row < len(matrix):
                block = None
                if (row, column) not in taken and _pair_at(matrix, row, column, beside) is not None:
                    block = _block_at(matrix, row, column, beside)
                if block is None or (beside and block.known_fields < BESIDE_FIELDS) or block.cells & taken:
                    row += 1
                    continue
                blocks.append(block)
                taken |= block.cells
                row = max(cell_row for cell_row, _ in block.cells) + 1
    return blocks


def persona_from_pairs(block: PairBlock) -> PersonaDraft:
    """The persona's fields from its attribute/value pairs; attributes without a field of their own
    are kept as lines of its background."""
    draft = PersonaDraft()
    details: list[str] = []
    for label, value in block.pairs:
        found = FIELDS.first(label)
        kind = found.key if found is not None and found.start == 0 else "about"
        if kind == "name" and not draft.name:
            draft.name = value.strip()
        elif kind == "role" and not draft.role:
            draft.role = " ".join(value.split())
        elif kind in ("goals", "frustrations"):
            getattr(draft, kind).extend(_items(value))
        elif kind == "quote" and not draft.quote:
            draft.quote = value.strip().strip('"“”„«»')
        else:
            details.append(f"{label}: {value.strip()}")
    draft.about = details
    if not draft.name and block.heading:
        named = persona_named_in(block.heading)
        draft.name = named or ""
    return draft


def _items(text: str) -> list[str]:
    """A list written in one cell: one item a line (bullets dropped), or the whole text."""
    lines = [line.strip().lstrip("•·*-–—▪◦ ").strip() for line in text.splitlines()]
    return [line for line in lines if line]
