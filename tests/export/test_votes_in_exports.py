"""Dot votes in the deliverables: a Votes column in the Cards sheet and the registers of the workbook,
the PDF, the web page and the deck, counting ended votes only, and kept through a workbook round trip."""

from html.parser import HTMLParser
from pathlib import Path

from openpyxl import load_workbook
from pptx import Presentation

from journeydesk.export.html import export_html
from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.export.pptx import export_pptx
from journeydesk.export.xlsx import export_workbook, import_workbook
from journeydesk.model.enums import VoteTargets
from journeydesk.model.votes import new_round
from tests.export.pdf_helpers import page_count, pdf_text
from tests.export.xlsx_helpers import calamine_sheet
from tests.factories import small_project


def voted_project():
    """Ana and Ben voted on any card (ended); Cem's vote on pain points is still running."""
    project = small_project()
    journey = project.journeys[0]
    cards = {card.id: card for card in journey.cards}
    ended = new_round("vote-1", "Vote 1", ["Ana", "Ben"], VoteTargets.ANY, dots=3)
    ended = ended.cast(cards["c-pain"]).cast(cards["c-pain"]).cast(cards["c-act"]).next_turn()
    ended = ended.cast(cards["c-pain"]).cast(cards["c-act"]).next_turn().ended()
    running = new_round("vote-2", "Vote 2", ["Cem"], VoteTargets.PAIN_POINTS).cast(cards["c-pain"])
    journey.votes = [ended.model_copy(update={"order": "a0"}), running.model_copy(update={"order": "a1"})]
    return project


def by_header(rows: list[list[object]]) -> list[dict[str, object]]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_workbook_has_votes_in_the_cards_sheet_and_both_registers(tmp_path: Path) -> None:
    path = tmp_path / "voted.xlsx"
    export_workbook(voted_project(), path)
    cards = {row["Id"]: row["Votes"] for row in by_header(calamine_sheet(path, "Cards"))}
    assert cards == {"c-touch": "", "c-pain": 3, "c-act": 2, "c-note": ""}  # the running vote is not counted
    (pain,) = by_header(calamine_sheet(path, "Pain points"))
    assert (pain["Pain point"], pain["Votes"]) == ("Slow checkout", 3)
    (action,) = by_header(calamine_sheet(path, "Improvement actions"))
    assert (action["Action"], action["Votes"]) == ("One-page checkout", 2)
    table = load_workbook(path)["Cards"].tables["Cards"]
    assert table.autoFilter is not None  # sort and filter by votes in Excel


def test_without_votes_the_registers_have_no_votes_column(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    export_workbook(small_project(), path)
    assert "Votes" not in calamine_sheet(path, "Pain points")[0]
    assert "Votes" not in calamine_sheet(path, "Improvement actions")[0]
    assert "Votes" in calamine_sheet(path, "Cards")[0]


def test_votes_survive_a_workbook_round_trip_and_follow_deleted_rows(tmp_path: Path) -> None:
    project = voted_project()
    path = tmp_path / "voted.xlsx"
    export_workbook(project, path)
    assert import_workbook(path) == project
    workbook = load_workbook(path)
    sheet = workbook["Cards"]
    row = next(cells[0].row for cells in sheet.iter_rows(min_row=2) if cells[-1].value == "c-act")
    sheet.delete_rows(row)
    workbook.save(path)
    (ended, running) = import_workbook(path).journeys[0].votes
    assert ended.tally() == {"c-pain": 3} and ended.voters("c-pain") == [("Ana", 2), ("Ben", 1)]
    assert running.tally() == {"c-pain": 1} and not running.closed


def test_the_pdf_registers_print_the_votes(tmp_path: Path) -> None:
    path = tmp_path / "voted.pdf"
    export_pdf(voted_project(), path, PdfOptions(page_size="A4"))
    registers = pdf_text(path, 2, page_count(path), raw=True)
    assert "Severity Votes Pain point" in registers
    assert "4 3 Slow checkout" in registers  # severity 4, three dots
    assert "Impact Effort Votes Owner" in registers
    plain = tmp_path / "plain.pdf"
    export_pdf(small_project(), plain, PdfOptions(page_size="A4"))
    assert "Votes" not in pdf_text(plain, raw=True)


class RegisterTables(HTMLParser):
    """The rows of a web page's register tables, by the table's class: headers first."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and "register" in classes:
            self._table = self.tables.setdefault(" ".join(classes), [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("th", "td") and self._table is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._table is not None and self._cell is not None:
            self._table[-1].append("".join(self._cell))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def page_registers(path: Path) -> dict[str, list[dict[str, str]]]:
    parser = RegisterTables()
    parser.feed(path.read_text(encoding="utf-8"))
    return {name: by_header(rows) for name, rows in parser.tables.items()}


def test_the_web_pages_registers_show_the_votes(tmp_path: Path) -> None:
    path = tmp_path / "voted.html"
    export_html(voted_project(), path)
    registers = page_registers(path)
    (pain,) = registers["register pains"]
    assert list(pain)[:3] == ["Severity", "Votes", "Pain point"]
    assert (pain["Pain point"], pain["Votes"]) == ("Slow checkout", "3")
    (action,) = registers["register backlog"]
    assert (action["Action"], action["Votes"]) == ("One-page checkout", "2")
    plain = tmp_path / "plain.html"
    export_html(small_project(), plain)
    assert all("Votes" not in rows[0] for rows in page_registers(plain).values() if rows)


def deck_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    """Each table slide's rows (read back by python-pptx), by the slide's title."""
    tables = {}
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_table:
                rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
                tables[slide.shapes.title.text] = by_header(rows)
    return tables


def test_the_decks_registers_show_the_votes(tmp_path: Path) -> None:
    path = tmp_path / "voted.pptx"
    export_pptx(voted_project(), path)
    tables = deck_tables(path)
    (pain,) = tables["Pain points, most severe first"]
    assert list(pain)[:3] == ["Severity", "Votes", "Pain point"]
    assert (pain["Pain point"], pain["Votes"]) == ("Slow checkout", "3")
    (action,) = tables["Improvement backlog"]
    assert list(action)[2:5] == ["Impact", "Effort", "Votes"]
    assert (action["Action"], action["Votes"]) == ("One-page checkout", "2")
    plain = tmp_path / "plain.pptx"
    export_pptx(small_project(), plain)
    assert all("Votes" not in rows[0] for rows in deck_tables(plain).values() if rows)
