"""Writing a project as a client-ready workbook.

One map sheet per journey, laid out like a consultant's template; a Cards sheet with every field
as a filterable Excel table; registers of pain points and improvement actions; personas; and a
hidden sheet that lets JourneyDesk read the workbook back without loss.
"""

import datetime as dt
import io
import json
from collections.abc import Sequence
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from journeydesk.export.xlsx import columns as cols
from journeydesk.export.xlsx.cells import CENTER, GRID_BORDER, WRAP_TOP, fill, font, put, sheet_title
from journeydesk.export.xlsx.comments import COMMENT_COLUMNS, COMMENT_WIDTHS, COMMENTS_SHEET, comment_rows
from journeydesk.export.xml_text import printable
from journeydesk.io import migrations
from journeydesk.io.atomic import atomic_write
from journeydesk.layout import theme
from journeydesk.layout.emotion import SCORE_LABELS
from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.emotions import stage_emotions
from journeydesk.model.enums import ActionStatus, CardKind, Channel, LaneKind
from journeydesk.model.journey import Journey
from journeydesk.model.priorities import quadrant_label
from journeydesk.model.project import Project
from journeydesk.model.registers import action_backlog, has_votes, pain_point_register
from journeydesk.model.subset import project_subset
from journeydesk.model.votes import votes_by_card

MARKERS = {CardKind.TOUCHPOINT: "◉", CardKind.PAIN_POINT: "▲", CardKind.IMPROVEMENT: "★", CardKind.NOTE: "•"}
LANE_FILLS = {
    LaneKind.PAIN_POINTS: theme.CARD_STYLES[CardKind.PAIN_POINT].fill,
    LaneKind.IMPROVEMENTS: theme.CARD_STYLES[CardKind.IMPROVEMENT].fill,
    LaneKind.EMOTIONS: "#f6f7fb",
}
HEADER_ROW = 7
LINE_HEIGHT = 13.5  # points per wrapped line of 10-point text
CHARACTERS_PER_UNIT = 1.0  # of prose in 10-point text per unit of column width (a 0 of the default font)
MAX_ROW_HEIGHT = 409  # Excel's limit, in points
STAGE_WIDTH = 38
LANE_WIDTH = 24
TABLE_STYLE = "TableStyleMedium2"


def export_workbook(project: Project, path: str | Path, journey_ids: Sequence[str] | None = None) -> None:
    """Write the workbook atomically: on failure the target is untouched (see :func:`atomic_write`)."""
    atomic_write(path, workbook_bytes(project, journey_ids))


def workbook_bytes(project: Project, journey_ids: Sequence[str] | None = None, today: dt.date | None = None) -> bytes:
    workbook = build_workbook(project, journey_ids, today or dt.date.today())
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def build_workbook(project: Project, journey_ids: Sequence[str] | None, today: dt.date) -> Workbook:
    exported = project_subset(project, journey_ids)
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for journey in exported.journeys:
        _map_sheet(workbook.create_sheet(sheet_title(journey.name, taken)), exported, journey, today)
    _cards_sheet(workbook.create_sheet(sheet_title(cols.CARDS_SHEET, taken)), exported)
    _pain_points_sheet(workbook.create_sheet(sheet_title("Pain points", taken)), exported)
    _actions_sheet(workbook.create_sheet(sheet_title("Improvement actions", taken)), exported)
    _personas_sheet(workbook.create_sheet(sheet_title("Personas", taken)), exported)
    if any(journey.comments for journey in exported.journeys):
        sheet = workbook.create_sheet(sheet_title(COMMENTS_SHEET, taken))
        _table(sheet, "Comments", COMMENT_COLUMNS, comment_rows(exported), COMMENT_WIDTHS)
    _data_sheet(workbook.create_sheet(sheet_title(cols.DATA_SHEET, taken)), exported)
    # The properties are XML without OOXML's escapes: what XML cannot hold is left out there (the
    # data sheet keeps the title and the author whole).
    workbook.properties.title = printable(project.title)
    workbook.properties.creator = printable(project.author) or "JourneyDesk"
    workbook.properties.subject = "Customer journey map"
    return workbook


# The map sheet


def card_line(card: Card) -> str:
    """One card as a line of a map cell: a marker for its kind, its title, its key facts."""
    details: list[str] = []
    if isinstance(card, TouchpointCard):
        details = [
            part
            for part in (
                card.channel_label,
                f"{card.emotion:+d}" if card.emotion else ("0" if card.emotion == 0 else ""),
            )
            if part
        ]
    elif isinstance(card, PainPointCard) and card.severity is not None:
        details = [f"severity {card.severity}"]
    elif isinstance(card, ImprovementCard):
        details = [part for part in (card.status.label, card.owner) if part]
    title = card.title or f"(untitled {card.kind.label.lower()})"
    return f"{MARKERS[card.kind]} {title}" + (f" — {' · '.join(details)}" if details else "")


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide (Excel's unit), with
    room to spare for spreadsheet programs whose fallback font is wider than Calibri. Words wrap as a
    spreadsheet wraps them; a word longer than a line is cut."""
    per_line = max(4, int(width * CHARACTERS_PER_UNIT) - 2)
    total = 0
    for line in text.split("\n"):
        total += 1
        if len(line) <= per_line:
            continue
        used = 0
        for word in line.split():
            if used and used + 1 + len(word) <= per_line:
                used += 1 + len(word)
                continue
            total += 1 if used else 0
            used = len(word)
            while used > per_line:
                total, used = total + 1, used - per_line
    return total


def row_height(lines: int, least: float = 0) -> float:
    """The height, in points, of a row whose tallest cell holds ``lines`` lines of 10-point text."""
    return min(MAX_ROW_HEIGHT, max(least, lines * LINE_HEIGHT + 4))


def mood_words(mood: float) -> str:
    """A stage's emotion as a score and a word: "-1 (annoyed)", "+1.5 (delighted)", "0 (neutral)"."""
    shown = round(mood, 1)
    return f"{f'{shown:+g}' if shown else '0'} ({SCORE_LABELS[round(mood)].lower()})"


def _map_sheet(sheet: Worksheet, project: Project, journey: Journey, today: dt.date) -> None:
    last_column = len(journey.stages) + 1
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    title_rows = [
        (project.title, font(18, bold=True), 28),
        (journey.heading(), font(13, bold=True, color="#3a4150"), 20),
        (
            f"Persona: {persona.name}"
            + (f", {persona.role}" if persona.role else "")
            + (f" · “{persona.quote}”" if persona.quote else "")
            if persona
            else "Persona: none chosen",
            font(10, color=theme.TEXT),
            16,
        ),
        (f"Scenario: {journey.scenario}" if journey.scenario else "Scenario: not described", font(10), 30),
        (
            " · ".join(
                part
                for part in (
                    f"Exported {today.isoformat()}",
                    f"version {project.version}",
                    project.author,
                    project.organisation,
                )
                if part
            ),
            font(9, color=theme.MUTED_TEXT),
            15,
        ),
    ]
    for row, (text, style, height) in enumerate(title_rows, 1):
        cell = put(sheet, row, 1, text)
        cell.font, cell.alignment = style, WRAP_TOP
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(2, last_column))
        sheet.row_dimensions[row].height = height
    header = put(sheet, HEADER_ROW, 1, "Lane")
    header.font, header.fill, header.alignment = font(10, bold=True), fill(theme.HEADER_FILL), CENTER
    for number, stage in enumerate(journey.stages, 1):
        cell = put(sheet, HEADER_ROW, number + 1, f"{number}  {stage.name}")
        cell.font, cell.fill, cell.alignment = font(11, bold=True, color="#ffffff"), fill(stage.color), CENTER
    sheet.row_dimensions[HEADER_ROW].height = 26
    cells: dict[tuple[str, str], list[str]] = {}
    for card in journey.cards:
        cells.setdefault((card.stage_id, card.lane_id), []).append(card_line(card))
    moods = stage_emotions(journey)
    lane_font, text_font = font(10, bold=True), font(10)
    for offset, lane in enumerate(journey.lanes):
        row = HEADER_ROW + 1 + offset
        label = put(sheet, row, 1, lane.name)
        label.font, label.fill, label.alignment = lane_font, fill(theme.HEADER_FILL), WRAP_TOP
        label.border = GRID_BORDER
        lane_fill = fill(LANE_FILLS.get(lane.kind, theme.GRID_FILL if offset % 2 == 0 else theme.GRID_STRIPE))
        lines_in_row = 1
        for number, stage in enumerate(journey.stages, 2):
            lines = cells.get((stage.id, lane.id), [])
            mood = moods[stage.id]
            if lane.kind is LaneKind.EMOTIONS and mood is not None:
                lines = [mood_words(mood), *lines]
            cell = put(sheet, row, number, "\n".join(lines) if lines else None)
            cell.font, cell.fill, cell.alignment, cell.border = text_font, lane_fill, WRAP_TOP, GRID_BORDER
            lines_in_row = max(lines_in_row, wrapped_lines("\n".join(lines), STAGE_WIDTH))
        sheet.row_dimensions[row].height = row_height(lines_in_row, least=30)
    sheet.column_dimensions["A"].width = LANE_WIDTH
    for number in range(2, last_column + 1):
        sheet.column_dimensions[get_column_letter(number)].width = STAGE_WIDTH
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    _print_setup(sheet, f"{HEADER_ROW}:{HEADER_ROW}", "A:A")
    _emotion_chart(sheet, journey, moods, HEADER_ROW + len(journey.lanes) + 2)


def _emotion_chart(sheet: Worksheet, journey: Journey, moods: dict[str, float | None], row: int) -> None:
    """The stages' moods in two small rows under the grid, drawn as a native line chart."""
    if not any(mood is not None for mood in moods.values()) or not journey.stages:
        return
    label = put(sheet, row, 1, "Emotion by stage")
    label.font = font(10, bold=True)
    put(sheet, row + 1, 1, "Emotion (-2 to +2)").font = font(9, color=theme.MUTED_TEXT)
    for number, stage in enumerate(journey.stages, 2):
        put(sheet, row, number, stage.name).font = font(9, color=theme.MUTED_TEXT)
        mood = moods[stage.id]
        put(sheet, row + 1, number, round(mood, 2) if mood is not None else None).font = font(9)
    chart = LineChart()
    chart.title = "How the customer feels, stage by stage"
    chart.height, chart.width = 7.5, max(16, 4.2 * len(journey.stages))
    chart.y_axis.title = "Emotion"
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = -2, 2
    chart.y_axis.majorUnit = 1
    chart.legend = None
    chart.x_axis.tickLblPos = "low"  # stage names below the plot, not on the zero line
    last = len(journey.stages) + 1
    chart.add_data(Reference(sheet, min_col=1, max_col=last, min_row=row + 1), titles_from_data=True, from_rows=True)
    chart.set_categories(Reference(sheet, min_col=2, max_col=last, min_row=row))
    series = chart.series[0]
    series.smooth = True
    series.graphicalProperties.line.solidFill = "2F3B52"
    series.graphicalProperties.line.width = 28000
    series.marker.symbol = "circle"
    sheet.add_chart(chart, sheet.cell(row=row + 3, column=1).coordinate)


def _print_setup(sheet: Worksheet, title_rows: str | None, title_columns: str | None) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    if title_columns:
        sheet.print_title_cols = title_columns
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = "Page &P of &N"
    sheet.oddFooter.right.text = "&A"


# The tables


def _table(
    sheet: Worksheet, name: str, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]
) -> None:
    """A header row and the rows, as a filterable Excel table with frozen headers."""
    head_font, head_fill = font(10, bold=True, color="#ffffff"), fill("#3a4150")
    for column, (title, width) in enumerate(zip(headers, widths, strict=True), 1):
        cell = put(sheet, 1, column, title)
        cell.font, cell.fill, cell.alignment = head_font, head_fill, CENTER
        sheet.column_dimensions[cell.column_letter].width = width
    body = sheet.cell(row=2, column=1)
    body.font, body.alignment = font(10), WRAP_TOP
    style = body._style  # the body's style, as the workbook's index of it: see below
    for row_number, values in enumerate(rows or [[None] * len(headers)], 2):
        for column, value in enumerate(values, 1):
            # Setting a font or an alignment hashes it (every field) to find it among the workbook's
            # styles, twice per cell: a third of a large export. Each cell takes the index of the one
            # style instead, as openpyxl's own worksheet copy does; the value comes after, so that a
            # date still gets its number format.
            sheet.cell(row=row_number, column=column)._style = copy(style)
            put(sheet, row_number, column, value)
        texts = [(value, width) for value, width in zip(values, widths, strict=True) if isinstance(value, str)]
        lines = max((wrapped_lines(value, width) for value, width in texts), default=1)
        sheet.row_dimensions[row_number].height = row_height(lines)
    last = sheet.cell(row=max(2, len(rows) + 1), column=len(headers)).coordinate
    table = Table(displayName=name, ref=f"A1:{last}")
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    sheet.add_table(table)
    sheet.freeze_panes = "A2"
    _print_setup(sheet, "1:1", None)


def _cards_sheet(sheet: Worksheet, project: Project) -> None:
    rows = []
    for journey in project.journeys:
        stages = {stage.id: stage.name for stage in journey.stages}
        lanes = {lane.id: lane.name for lane in journey.lanes}
        votes = votes_by_card(journey.votes)
        rows += [
            cols.card_row(journey.name, stages[card.stage_id], lanes[card.lane_id], card, votes[card.id])
            for card in journey.cards
        ]
    _table(sheet, "Cards", cols.CARD_COLUMNS, rows, cols.CARD_WIDTHS)
    last_row = max(2, len(rows) + 1)
    validations = [
        (cols.column_letter("Kind"), _list_validation([kind.label for kind in CardKind])),
        (cols.column_letter("Channel"), _list_validation([channel.label for channel in Channel], strict=False)),
        (cols.column_letter("Status"), _list_validation([status.label for status in ActionStatus])),
        (cols.column_letter("Emotion"), _whole_validation(-2, 2)),
        (cols.column_letter("Severity"), _whole_validation(1, 5)),
        (cols.column_letter("Impact"), _whole_validation(1, 5)),
        (cols.column_letter("Effort"), _whole_validation(1, 5)),
    ]
    for letter, validation in validations:
        validation.add(f"{letter}2:{letter}{last_row + 500}")
        sheet.add_data_validation(validation)


def _list_validation(options: Sequence[str], strict: bool = True) -> DataValidation:
    validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    validation.showErrorMessage = strict
    validation.error, validation.errorTitle = f"Choose one of: {', '.join(options)}", "Not in the list"
    return validation


def _whole_validation(low: int, high: int) -> DataValidation:
    validation = DataValidation(
        type="whole", operator="between", formula1=str(low), formula2=str(high), allow_blank=True
    )
    validation.error, validation.errorTitle = f"A whole number from {low} to {high}", "Out of range"
    return validation


def _pain_points_sheet(sheet: Worksheet, project: Project) -> None:
    voted = has_votes(project)
    rows = [
        [
            entry.pain.severity,
            *([entry.votes] if voted else []),
            entry.pain.title,
            entry.journey.name,
            entry.stage,
            "\n".join(f"{action.title} ({action.status.label})" for action in entry.actions) or "None yet",
            entry.pain.id,
        ]
        for entry in pain_point_register(project)
    ]
    _table(
        sheet,
        "PainPoints",
        ["Severity", *(["Votes"] if voted else []), "Pain point", "Journey", "Stage", "Addressed by", "Id"],
        rows,
        [10, *([9] if voted else []), 48, 24, 20, 48, 18],
    )


def _actions_sheet(sheet: Worksheet, project: Project) -> None:
    voted = has_votes(project)
    headers = ["Priority", "Impact", "Effort", *(["Votes"] if voted else [])]
    headers += ["Action", "Journey", "Stage", "Owner", "Status", "Due date", "Addresses", "Id"]
    rows = [
        [
            quadrant_label(entry.action),
            entry.action.impact,
            entry.action.effort,
            *([entry.votes] if voted else []),
            entry.action.title,
            entry.journey.name,
            entry.stage,
            entry.action.owner,
            entry.action.status.label,
            entry.action.due,
            "\n".join(pain.title for pain in entry.pain_points),
            entry.action.id,
        ]
        for entry in action_backlog(project)
    ]
    _table(
        sheet, "ImprovementActions", headers, rows, [16, 9, 9, *([9] if voted else []), 44, 22, 18, 18, 13, 12, 44, 18]
    )
    due_column = headers.index("Due date") + 1
    for row in range(2, len(rows) + 2):
        sheet.cell(row=row, column=due_column).number_format = "yyyy-mm-dd"


def _personas_sheet(sheet: Worksheet, project: Project) -> None:
    walks: dict[str, list[str]] = {}
    for journey in project.journeys:
        if journey.persona_id:
            walks.setdefault(journey.persona_id, []).append(journey.name)
    rows = [
        [
            persona.name,
            persona.role,
            "\n".join(persona.goals),
            "\n".join(persona.frustrations),
            persona.quote,
            persona.color,
            "\n".join(walks.get(persona.id, [])),
        ]
        for persona in project.personas
    ]
    _table(
        sheet,
        "Personas",
        ["Name", "Role", "Goals", "Frustrations", "Quote", "Colour", "Journeys"],
        rows,
        [22, 28, 40, 40, 40, 10, 30],
    )
    for row, persona in enumerate(project.personas, 2):
        sheet.cell(row=row, column=6).fill = fill(persona.color)


def _data_sheet(sheet: Worksheet, project: Project) -> None:
    """Everything but the cards and comments (which their own sheets hold), as JSON in cell-sized pieces."""
    skeleton = project.model_copy(
        update={
            "journeys": [
                journey.model_copy(update={"cards": [], "votes": [], "comments": []}) for journey in project.journeys
            ]
        }
    )
    # Where each card was, so rows come back to the right stage even when two stages share a name.
    placements = {
        card.id: [journey.id, card.stage_id, card.lane_id] for journey in project.journeys for card in journey.cards
    }
    text = json.dumps(
        {
            "format": cols.DATA_TAG,
            "schema_version": migrations.SCHEMA_VERSION,
            "project": skeleton.model_dump(mode="json"),
            "placements": placements,
            # What the Cards sheet's cells cannot say exactly, for the rows left as they were.
            "exact": {
                card.id: kept
                for journey in project.journeys
                for card in journey.cards
                if (kept := cols.kept_exactly(card))
            },
            # The votes point at cards, so they come back after the Cards sheet has.
            "votes": {
                journey.id: [vote.model_dump(mode="json") for vote in journey.votes]
                for journey in project.journeys
                if journey.votes
            },
        },
        ensure_ascii=False,
    )
    put(sheet, 1, 1, "JourneyDesk reads this sheet to import the workbook without loss. Please leave it as it is.")
    for number, start in enumerate(range(0, len(text), cols.CHUNK), 2):
        put(sheet, number, 1, text[start : start + cols.CHUNK])
    sheet.sheet_state = "hidden"
