"""The registers' cells as text, row by row, as every deliverable prints them (PDF, HTML, PowerPoint)."""

from journeydesk.model.health import Finding, Principle, Rule
from journeydesk.model.priorities import quadrant_label
from journeydesk.model.project import Project
from journeydesk.model.ratings import rating_text
from journeydesk.model.registers import ActionEntry, PainPointEntry, action_backlog, pain_point_register

PAIN_POINT_HEADERS = ("Severity", "Pain point", "Stage", "Journey", "Addressed by")
HEALTH_HEADERS = ("Habit, and why it matters", "Finding")
BACKLOG_HEADERS = ("Priority", "Action", "Impact", "Effort", "Owner", "Status", "Due", "Stage", "Addresses")


def pain_point_rows(project: Project) -> list[list[str]]:
    """The pain-point register's cell texts, row by row."""
    return [pain_point_row(entry) for entry in pain_point_register(project)]


def pain_point_row(entry: PainPointEntry) -> list[str]:
    return [
        rating_text(entry.pain.severity),
        entry.pain.title or "(untitled)",
        entry.stage,
        entry.journey.name,
        "\n".join(f"{action.title} ({action.status.label})" for action in entry.actions) or "None yet",
    ]


def backlog_rows(project: Project) -> list[list[str]]:
    """The improvement backlog's cell texts, row by row."""
    return [backlog_row(entry) for entry in action_backlog(project)]


def backlog_row(entry: ActionEntry) -> list[str]:
    action = entry.action
    return [
        quadrant_label(action),
        action.title or "(untitled)",
        rating_text(action.impact),
        rating_text(action.effort),
        action.owner or "—",
        action.status.label,
        action.due.isoformat() if action.due else "—",
        entry.stage,
        "\n".join(pain.title for pain in entry.pain_points) or "—",
    ]


def health_rows(findings: list[Finding]) -> list[list[str]]:
    """Findings grouped by habit and rule: why a rule matters is said once, then what it found."""
    return [cells for _, cells in health_entries(findings)]


def health_entries(findings: list[Finding]) -> list[tuple[Finding, list[str]]]:
    """Each finding with its row of :func:`health_rows`."""
    rows = []
    for principle in Principle:
        for rule in (rule for rule in Rule if rule.principle is principle):
            found = [finding for finding in findings if finding.rule is rule]
            rows += [
                (finding, [f"{principle.value}: {rule.why}" if number == 0 else "", finding.message])
                for number, finding in enumerate(found)
            ]
    return rows
