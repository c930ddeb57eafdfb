"""The pages after the map: personas, the pain-point register, the improvement backlog, the health check.

User text in reportlab paragraphs (the persona pages) is escaped first, since paragraphs read markup:
``<b>``, ``a & b`` or ``<font size=99>`` print as typed. The registers draw plain text, which never
reads markup.
"""

from collections.abc import Sequence
from html import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.table import RegisterTable
from journeydesk.export.register_rows import (
    HEALTH_HEADERS,
    backlog_columns,
    backlog_rows,
    health_rows,
    pain_point_columns,
    pain_point_rows,
)
from journeydesk.layout import theme
from journeydesk.model.health import open_findings
from journeydesk.model.project import Persona, Project

HEADING = ParagraphStyle("heading", fontName=fonts.BOLD, fontSize=16, leading=20, textColor=theme.TEXT, spaceAfter=4)
SUBHEADING = ParagraphStyle(
    "subheading", fontName=fonts.BOLD, fontSize=11, leading=14, textColor="#3a4150", spaceBefore=10, spaceAfter=4
)
BODY = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=8.5, leading=11, textColor=theme.TEXT)
MUTED = ParagraphStyle("muted", parent=BODY, textColor=theme.MUTED_TEXT)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName=fonts.OBLIQUE, fontSize=10, leading=13)


def text(value: object, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of user text, printed exactly as typed (markup escaped, line breaks kept)."""
    return Paragraph(escape(str(value), quote=False).replace("\n", "<br/>"), style)


def table(headers: list[str], rows: Sequence[Sequence[object]], weights: list[float]) -> RegisterTable:
    """A register across the page, its columns sharing the width by ``weights``."""
    return RegisterTable(headers, [[str(cell) for cell in row] for row in rows], weights)


def register_pages(project: Project) -> list[Flowable]:
    story: list[Flowable] = []
    for persona in project.personas:
        story += [*persona_page(project, persona), PageBreak()]
    story += [*pain_point_pages(project), PageBreak(), *backlog_pages(project), PageBreak()]
    story += health_check(project)
    return story


def persona_page(project: Project, persona: Persona) -> list[Flowable]:
    walks = [journey.name for journey in project.journeys if journey.persona_id == persona.id]
    story: list[Flowable] = [Paragraph("Persona", MUTED), text(persona.name, HEADING)]
    if persona.role:
        story.append(text(persona.role, SUBHEADING))
    if persona.quote:
        story += [Spacer(1, 6), text(f"“{persona.quote.strip().strip('“”')}”", QUOTE)]
    for title, items in (("Goals", persona.goals), ("Frustrations", persona.frustrations)):
        if items:
            story += [text(title, SUBHEADING), *[text(f"•  {item}", BODY) for item in items]]
    if persona.about:
        story += [text("About", SUBHEADING), text(persona.about, BODY)]
    if walks:
        story += [text("Journeys", SUBHEADING), text(", ".join(walks), BODY)]
    return story


def pain_point_pages(project: Project) -> list[Flowable]:
    rows = pain_point_rows(project)
    story: list[Flowable] = [
        text("Pain points", HEADING),
        text("Every pain point, most severe first, with the actions that address it.", MUTED),
        Spacer(1, 8),
    ]
    if not rows:
        return [*story, text("No pain points yet.", BODY)]
    columns = pain_point_columns(project)
    return [*story, table(columns.headers, rows, columns.widths([52, 300, 110, 150, 300], 44))]


def backlog_pages(project: Project) -> list[Flowable]:
    rows = backlog_rows(project)
    story: list[Flowable] = [
        text("Improvement backlog", HEADING),
        text("Quick wins first, then major projects, fill-ins, thankless tasks and the actions not rated yet.", MUTED),
        Spacer(1, 8),
    ]
    if not rows:
        return [*story, text("No improvement actions yet.", BODY)]
    columns = backlog_columns(project)
    return [*story, table(columns.headers, rows, columns.widths([78, 196, 60, 60, 86, 64, 64, 90, 220], 44))]


def health_check(project: Project) -> list[Flowable]:
    """Findings grouped by habit and rule: why a rule matters is said once, then what it found."""
    story: list[Flowable] = [
        text("Health check", HEADING),
        text(
            "What the map suggests needs attention, by the habit of a good customer experience "
            "it serves. Findings set aside in JourneyDesk are left out.",
            MUTED,
        ),
    ]
    for journey in project.journeys:
        findings = open_findings(journey)
        story.append(text(journey.name, SUBHEADING))
        if not findings:
            quiet = "Nothing to report: every rule passes." if journey.cards else "Nothing to check yet: no cards."
            story.append(text(quiet, BODY))
            continue
        rows = health_rows(findings)
        story.append(table(list(HEALTH_HEADERS), rows, [300, 550]))
    return story
