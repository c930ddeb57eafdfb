"""Severity, impact and effort may be unset ("not rated"): the model, the registers, the file, the Excel
workbook and the PDF say so instead of inventing a middle value."""

from pathlib import Path

from journeydesk.export.pdf import PdfOptions, export_pdf
from journeydesk.export.xlsx import export_workbook, import_workbook
from journeydesk.io import dumps, loads
from journeydesk.model import ImprovementCard, PainPointCard, Project
from journeydesk.model.future import PainPointOutcome
from journeydesk.model.priorities import quadrant, quadrant_label
from journeydesk.model.registers import action_backlog, pain_point_register
from journeydesk.templates import new_project
from tests.export.pdf_helpers import pdf_text
from tests.export.xlsx_helpers import calamine_sheet
from tests.factories import small_project


def unrated_project():
    project = small_project()
    journey = project.journeys[0]
    journey.cards += [
        PainPointCard(id="p-unrated", stage_id="s1", lane_id="l-pain", title="Queue", severity=None),
        PainPointCard(id="p-mild", stage_id="s1", lane_id="l-pain", title="Mild", severity=1),
        ImprovementCard(id="a-unrated", stage_id="s1", lane_id="l-act", title="Ask", impact=None, effort=None),
        ImprovementCard(id="a-win", stage_id="s1", lane_id="l-act", title="Win", impact=5, effort=1),
    ]
    return Project.model_validate(project.model_dump())  # validated: cards in map order, with order keys


def test_new_cards_keep_their_defaults_and_none_means_not_rated() -> None:
    assert PainPointCard(id="p", stage_id="s", lane_id="l").severity == 3
    action = ImprovementCard(id="a", stage_id="s", lane_id="l", impact=None, effort=4)
    assert (quadrant(action), quadrant_label(action)) == (None, "Not rated")


def test_the_file_keeps_null_ratings() -> None:
    project = unrated_project()
    data = dumps(project)
    assert b'"severity": null' in data and b'"impact": null' in data
    assert loads(data) == project


def test_registers_put_the_unrated_last() -> None:
    project = unrated_project()
    assert [entry.pain.id for entry in pain_point_register(project)] == ["c-pain", "p-mild", "p-unrated"]
    backlog = action_backlog(project)
    assert [entry.action.id for entry in backlog][-1] == "a-unrated"
    assert backlog[-1].quadrant is None and backlog[0].action.id == "a-win"


def test_a_future_state_cannot_say_eased_without_ratings() -> None:
    before = PainPointCard(id="p", stage_id="s", lane_id="l", severity=None)
    after = PainPointCard(id="q", stage_id="s", lane_id="l", severity=2)
    assert PainPointOutcome(before, after).label == "Still there"


def test_the_workbook_leaves_unrated_cells_empty_and_reads_them_back(tmp_path: Path) -> None:
    project = unrated_project()
    path = tmp_path / "unrated.xlsx"
    export_workbook(project, path)
    cards = calamine_sheet(path, "Cards")
    header = cards[0]
    queue = next(row for row in cards if row[header.index("Title")] == "Queue")
    ask = next(row for row in cards if row[header.index("Title")] == "Ask")
    assert queue[header.index("Severity")] == ""
    assert (ask[header.index("Impact")], ask[header.index("Effort")]) == ("", "")
    actions = calamine_sheet(path, "Improvement actions")
    assert next(row for row in actions if "Ask" in row)[:3] == ["Not rated", "", ""]
    assert import_workbook(path) == project


def test_the_pdf_registers_print_not_rated(tmp_path: Path) -> None:
    project = unrated_project()
    path = tmp_path / "unrated.pdf"
    export_pdf(project, path, PdfOptions(page_size="A4"))
    text = pdf_text(path, raw=True)
    assert "not rated Queue" in text
    assert "Not rated Ask not rated not rated" in text


def test_the_sample_is_fully_rated() -> None:
    journey = new_project("sample").journeys[0]
    assert all(card.severity is not None for card in journey.pain_points())
