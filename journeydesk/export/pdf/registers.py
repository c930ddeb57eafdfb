"""The pages after the map: personas, the pain-point register, the improvement backlog, the health check.

All text is drawn as plain text, which never reads markup: ``<b>``, ``a & b`` or ``<font size=99>``
print as typed.
"""

from collections.abc import Sequence

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.flow import Block, PageBreak, Spacer, TextBlock, TextStyle
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

HEADING = TextStyle(fonts.BOLD, 16, 20, theme.TEXT, space_after=4)
SUBHEADING = TextStyle(fonts.BOLD, 11, 14, "#3a4150", space_before=10, space_after=4)
BODY = TextStyle(fonts.REGULAR, 8.5, 11, theme.TEXT)
MUTED = TextStyle(fonts.REGULAR, 8.5, 11, theme.MUTED_TEXT)
QUOTE = TextStyle(fonts.OBLIQUE, 10, 13, theme.TEXT)


def text(value: object, style: TextStyle = BODY) -> TextBlock:
    """User text, printed exactly as typed (line breaks kept)."""
    return TextBlock(str(value), style)


def table(headers: list[str], rows: Sequence[Sequence[object]], weights: list[float]) -> RegisterTable:
    """A register across the page, its columns sharing the width by ``weights``."""
    return RegisterTable(headers, [[str(cell) for cell in row] for row in rows], weights)


def register_pages(project: Project) -> list[Block]:
    story: list[Block] = []
    for persona in project.personas:
        story += [*persona_page(project, persona), PageBreak()]
    story += [*pain_point_pages(project), PageBreak(), *backlog_pages(project), PageBreak()]
    story += health_check(project)
    return story


def persona_page(project: Project, persona: Persona) -> list[Block]:
    walks = [journey.name for journey in project.journeys if journey.persona_id == persona.id]
    story: list[Block] = [text("Persona", MUTED), text(persona.name, HEADING)]
    if persona.role:
        story.append(text(persona.role, SUBHEADING))
    if persona.quote:
        story += [Spacer(6), text(f"“{persona.quote.strip().strip('“”')}”", QUOTE)]
    for title, items in (("Goals", persona.goals), ("Frustrations", persona.frustrations)):
        if items:
            story += [text(title, SUBHEADING), *[text(f"•  {item}", BODY) for item in items]]
    if persona.about:
        story += [text("About", SUBHEADING), text(persona.about, BODY)]
    if walks:
        story += [text("Journeys", SUBHEADING), text(", ".join(walks), BODY)]
    return story


def pain_point_pages(project: Project) -> list[Block]:
    rows = pain_point_rows(project)
    story: list[Block] = [
        text("Pain points", HEADING),
        text("Every pain point, most severe first, with the actions that address it.", MUTED),
        Spacer(8),
    ]
    if not rows:
        return [*story, text("No pain points yet.", BODY)]
    columns = pain_point_columns(project)
    return [*story, table(columns.headers, rows, columns.widths([52, 300, 110, 150, 300], 44))]


def backlog_pages(project: Project) -> list[Block]:
    rows = backlog_rows(project)
    story: list[Block] = [
        text("Improvement backlog", HEADING),
        text("Quick wins first, then major projects, fill-ins, thankless tasks and the actions not rated yet.", MUTED),
        Spacer(8),
    ]
    if not rows:
        return [*story, text("No improvement actions yet.", BODY)]
    columns = backlog_columns(project)
    return [*story, table(columns.headers, rows, columns.widths([78, 196, 60, 60, 86, 64, 64, 90, 220], 44))]


def health_check(project: Project) -> list[Block]:
    """Findings grouped by habit and rule: why a rule matters is said once, then what it found."""
    story: list[Block] = [
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
