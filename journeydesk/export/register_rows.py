"""The registers' cells as text, row by row, as every deliverable prints them (PDF, HTML, PowerPoint).

Where a workshop voted, both registers get a Votes column (the dots of ended votes; "—" for none)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from journeydesk.model.health import Finding, Principle, Rule
from journeydesk.model.priorities import quadrant_label
from journeydesk.model.project import Project
from journeydesk.model.ratings import rating_text
from journeydesk.model.registers import ActionEntry, PainPointEntry, action_backlog, has_votes, pain_point_register

PAIN_POINT_HEADERS = ("Severity", "Pain point", "Stage", "Journey", "Addressed by")
HEALTH_HEADERS = ("Habit, and why it matters", "Finding")
BACKLOG_HEADERS = ("Priority", "Action", "Impact", "Effort", "Owner", "Status", "Due", "Stage", "Addresses")
VOTES = "Votes"
T = TypeVar("T")


@dataclass(frozen=True)
class Columns:
    """A register's columns: the ``base`` ones and, where the workshop voted, Votes at ``votes_at``."""

    base: tuple[str, ...]
    votes_at: int | None

    @property
    def headers(self) -> list[str]:
        return _insert(list(self.base), self.votes_at, VOTES)

    def cells(self, cells: list[str], votes: int) -> list[str]:
        """A row's ``cells`` with its ``votes`` in their column, if there is one."""
        return _insert(cells, self.votes_at, str(votes or "—"))

    def widths(self, widths: Sequence[float], votes: float) -> list[float]:
        """The columns' ``widths`` (given without votes), with ``votes`` for the Votes column."""
        return _insert(list(widths), self.votes_at, votes)


def _insert(items: list[T], at: int | None, item: T) -> list[T]:
    return items if at is None else [*items[:at], item, *items[at:]]


def pain_point_columns(project: Project) -> Columns:
    return Columns(PAIN_POINT_HEADERS, 1 if has_votes(project) else None)  # after the severity


def backlog_columns(project: Project) -> Columns:
    return Columns(BACKLOG_HEADERS, 4 if has_votes(project) else None)  # after impact and effort


def pain_point_rows(project: Project) -> list[list[str]]:
    """The pain-point register's cell texts, row by row."""
    columns = pain_point_columns(project)
    return [pain_point_row(entry, columns) for entry in pain_point_register(project)]


def pain_point_row(entry: PainPointEntry, columns: Columns) -> list[str]:
    cells = [
        rating_text(entry.pain.severity),
        entry.pain.title or "(untitled)",
        entry.stage,
        entry.journey.name,
        "\n".join(f"{action.title} ({action.status.label})" for action in entry.actions) or "None yet",
    ]
    return columns.cells(cells, entry.votes)


def backlog_rows(project: Project) -> list[list[str]]:
    """The improvement backlog's cell texts, row by row."""
    columns = backlog_columns(project)
    return [backlog_row(entry, columns) for entry in action_backlog(project)]


def backlog_row(entry: ActionEntry, columns: Columns) -> list[str]:
    action = entry.action
    cells = [
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
    return columns.cells(cells, entry.votes)


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
