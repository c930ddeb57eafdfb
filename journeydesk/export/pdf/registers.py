"""The pages after the map: personas, the pain-point register, the improvement backlog, the health check.

User text in reportlab paragraphs (the persona pages) is escaped first, since paragraphs read markup:
``<b>``, ``a & b`` or ``<font size=99>`` print as typed. The registers draw plain text, which never
reads markup.
"""

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.table import RegisterTable
from journeydesk.layout import theme
from journeydesk.model.health import Principle, Rule, open_findings
from journeydesk.model.priorities import Quadrant, priority, quadrant
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
    return Paragraph(escape(str(value)).replace("\n", "<br/>"), style)


def table(headers: list[str], rows: list[list[object]], weights: list[float]) -> RegisterTable:
    """A register across the page, its columns sharing the width by ``weights``."""
    return RegisterTable(headers, [[str(cell) for cell in row] for row in rows], weights)


def register_pages(project: Project) -> list[Flowable]:
    story: list[Flowable] = []
    for persona in project.personas:
        story += [*persona_page(project, persona), PageBreak()]
    story += [*pain_point_register(project), PageBreak(), *action_backlog(project), PageBreak()]
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
    if walks:
        story += [text("Journeys", SUBHEADING), text(", ".join(walks), BODY)]
    return story


def pain_point_register(project: Project) -> list[Flowable]:
    rows = []
    for journey in project.journeys:
        stages = {stage.id: stage.name for stage in journey.stages}
        actions = journey.actions_by_pain_point()
        for pain in journey.pain_points():
            fixes = actions.get(pain.id, [])
            rows.append(
                (
                    pain.severity,
                    [
                        str(pain.severity),
                        pain.title or "(untitled)",
                        stages[pain.stage_id],
                        journey.name,
                        "\n".join(f"{a.title} ({a.status.label})" for a in fixes) or "None yet",
                    ],
                )
            )
    rows.sort(key=lambda row: -row[0])
    story: list[Flowable] = [
        text("Pain points", HEADING),
        text("Every pain point, most severe first, with the actions that address it.", MUTED),
        Spacer(1, 8),
    ]
    if not rows:
        return [*story, text("No pain points yet.", BODY)]
    return [
        *story,
        table(
            ["Severity", "Pain point", "Stage", "Journey", "Addressed by"],
            [row for _, row in rows],
            [52, 300, 110, 150, 300],
        ),
    ]


def action_backlog(project: Project) -> list[Flowable]:
    order = {kind: number for number, kind in enumerate(Quadrant)}
    entries = []
    for journey in project.journeys:
        stages = {stage.id: stage.name for stage in journey.stages}
        pains = {pain.id: pain.title for pain in journey.pain_points()}
        for action in journey.improvements():
            kind = quadrant(action)
            entries.append(
                (
                    (order[kind], -priority(action)),
                    [
                        kind.label,
                        action.title or "(untitled)",
                        f"{action.impact}",
                        f"{action.effort}",
                        action.owner or "—",
                        action.status.label,
                        action.due.isoformat() if action.due else "—",
                        stages[action.stage_id],
                        "\n".join(pains[target] for target in action.addresses) or "—",
                    ],
                )
            )
    entries.sort(key=lambda entry: entry[0])
    story: list[Flowable] = [
        text("Improvement backlog", HEADING),
        text("Quick wins first, then major projects, fill-ins and thankless tasks.", MUTED),
        Spacer(1, 8),
    ]
    if not entries:
        return [*story, text("No improvement actions yet.", BODY)]
    return [
        *story,
        table(
            ["Priority", "Action", "Impact", "Effort", "Owner", "Status", "Due", "Stage", "Addresses"],
            [row for _, row in entries],
            [78, 200, 40, 40, 90, 64, 64, 90, 250],
        ),
    ]


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
            story.append(text("Nothing to report: every rule passes.", BODY))
            continue
        rows = []
        for principle in Principle:
            for rule in (rule for rule in Rule if rule.principle is principle):
                found = [finding.message for finding in findings if finding.rule is rule]
                rows += [
                    [f"{principle.value}: {rule.why}" if number == 0 else "", message]
                    for number, message in enumerate(found)
                ]
        story.append(table(["Habit, and why it matters", "Finding"], rows, [300, 550]))
    return story
