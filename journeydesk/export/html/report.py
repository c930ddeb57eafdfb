"""The parts of the page under the map: personas, the pain-point register, the improvement backlog
and the health check, as HTML with every user text escaped. A register row names its card, so a
click finds it on the map."""

from collections.abc import Sequence
from html import escape

from journeydesk.export.register_rows import (
    HEALTH_HEADERS,
    backlog_columns,
    backlog_row,
    health_entries,
    pain_point_columns,
    pain_point_row,
)
from journeydesk.layout.face_band import initials, quoted
from journeydesk.model.health import open_findings
from journeydesk.model.project import Persona, Project
from journeydesk.model.registers import action_backlog, pain_point_register


def text(value: str) -> str:
    """User text as HTML: escaped, its line breaks kept."""
    return escape(value, quote=True).replace("\n", "<br>")


def table(headers: Sequence[str], rows: Sequence[tuple[str | None, list[str]]], css_class: str) -> str:
    """A register; a row with a card id finds that card when clicked."""
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    body = []
    for card_id, cells in rows:
        target = f' data-card="{escape(card_id, quote=True)}" tabindex="0"' if card_id else ""
        body.append(f"<tr{target}>" + "".join(f"<td>{text(cell)}</td>" for cell in cells) + "</tr>")
    return f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def persona_section(project: Project) -> str:
    if not project.personas:
        return ""
    return (
        '<section class="report" id="personas"><h2>Personas</h2><div class="personas">'
        + "".join(_persona(project, persona) for persona in project.personas)
        + "</div></section>"
    )


def _persona(project: Project, persona: Persona) -> str:
    if persona.photo is not None:  # its data is checked base64 of a PNG or JPEG
        picture = f'<img class="avatar" alt="" src="data:{persona.photo.media_type};base64,{persona.photo.data}">'
    else:
        picture = f'<span class="avatar" style="background:{persona.color}">{escape(initials(persona.name))}</span>'
    parts = [f'<article class="persona" style="--persona:{persona.color}">{picture}<div>']
    parts.append(f"<h3>{text(persona.name)}</h3>")
    if persona.role:
        parts.append(f'<p class="role">{text(persona.role)}</p>')
    if persona.quote:
        parts.append(f"<blockquote>{text(quoted(persona.quote))}</blockquote>")
    for title, items in (("Goals", persona.goals), ("Frustrations", persona.frustrations)):
        if items:
            parts.append(f"<h4>{title}</h4><ul>" + "".join(f"<li>{text(item)}</li>" for item in items) + "</ul>")
    walks = [journey.name for journey in project.journeys if journey.persona_id == persona.id]
    if walks:
        parts.append(f'<p class="walks">Walks: {text(", ".join(walks))}</p>')
    return "".join(parts) + "</div></article>"


def registers_section(project: Project) -> str:
    pain_columns, action_columns = pain_point_columns(project), backlog_columns(project)
    pains = [(entry.pain.id, pain_point_row(entry, pain_columns)) for entry in pain_point_register(project)]
    actions = [(entry.action.id, backlog_row(entry, action_columns)) for entry in action_backlog(project)]
    parts = ['<section class="report" id="pain-points"><h2>Pain points</h2>']
    parts.append('<p class="lead">Every pain point, most severe first, with the actions that address it.</p>')
    parts.append(table(pain_columns.headers, pains, "register pains") if pains else "<p>No pain points yet.</p>")
    parts.append('</section><section class="report" id="backlog"><h2>Improvement backlog</h2>')
    parts.append('<p class="lead">Quick wins first, then major projects, fill-ins and thankless tasks.</p>')
    parts.append(table(action_columns.headers, actions, "register backlog") if actions else "<p>No actions yet.</p>")
    return "".join(parts) + "</section>"


COMMENT_HEADERS = ("About", "Author", "When", "Comment", "State")


def comments_section(project: Project) -> str:
    """Every thread of every journey (on its cards, its stages and itself), open ones first, each
    followed by its replies; empty when nobody has commented."""
    if not any(journey.comments for journey in project.journeys):
        return ""
    parts = ['<section class="report" id="comments"><h2>Comments</h2>']
    parts.append('<p class="lead">The conversation about the map, open threads first, replies under each.</p>')
    for journey in project.journeys:
        if not journey.comments:
            continue
        card_ids = {card.id for card in journey.cards}
        rows: list[tuple[str | None, list[str]]] = []
        for thread in sorted(journey.comments, key=lambda thread: thread.resolved):
            card_id = thread.target if thread.target in card_ids else None
            state = "Resolved" if thread.resolved else "Open"
            for number, message in enumerate(thread.messages):
                about = journey.target_label(thread.target) if number == 0 else "↳ reply"
                when = message.time.strftime("%d %b %Y %H:%M %z")
                rows.append((card_id, [about, message.author, when, message.text, state if number == 0 else ""]))
        parts.append(f"<h3>{text(journey.name)}</h3>")
        parts.append(table(COMMENT_HEADERS, rows, "register comments"))
    return "".join(parts) + "</section>"


def health_section(project: Project) -> str:
    parts = ['<section class="report" id="health"><h2>Health check</h2>']
    parts.append(
        '<p class="lead">What the map suggests needs attention, by the habit of a good customer experience '
        "it serves. Findings set aside in JourneyDesk are left out.</p>"
    )
    for journey in project.journeys:
        findings = open_findings(journey)
        parts.append(f"<h3>{text(journey.name)}</h3>")
        if not findings:
            quiet = "Nothing to report: every rule passes." if journey.cards else "Nothing to check yet: no cards."
            parts.append(f"<p>{quiet}</p>")
            continue
        rows = [
            (finding.target[1] if finding.target[0] == "card" else None, cells)
            for finding, cells in health_entries(findings)
        ]
        parts.append(table(HEALTH_HEADERS, rows, "register health"))
    return "".join(parts) + "</section>"
