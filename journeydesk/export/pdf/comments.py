"""The comments appendix of the PDF (asked for with ``--comments`` or the export dialog's checkbox):
each journey's threads, open ones first, every reply under the comment it answers."""

from journeydesk.export.pdf.flow import Block
from journeydesk.export.pdf.registers import HEADING, MUTED, SUBHEADING, table, text
from journeydesk.model.comments import CommentThread, Reply
from journeydesk.model.project import Project

HEADERS = ["About", "Who", "When", "Comment", "State"]
WEIGHTS = [190.0, 100.0, 110.0, 420.0, 60.0]


def comment_pages(project: Project) -> list[Block]:
    story: list[Block] = [
        text("Comments", HEADING),
        text("The conversation about the map: open threads first, each reply under what it answers.", MUTED),
    ]
    for journey in project.journeys:
        if not journey.comments:
            continue
        rows: list[list[str]] = []
        for thread in sorted(journey.comments, key=lambda thread: thread.resolved):
            state = "Resolved" if thread.resolved else "Open"
            label = journey.target_label(thread.target)
            rows.append([label, thread.author, _when(thread), thread.text, state])
            rows += [["", f"↳ {reply.author}", _when(reply), reply.text, ""] for reply in thread.replies]
        story += [text(journey.name, SUBHEADING), table(HEADERS, rows, WEIGHTS)]
    return story


def _when(message: CommentThread | Reply) -> str:
    """``01 Mar 2026 09:30 +01:00``: the time as its writer saw it, with the offset."""
    offset = message.time.strftime("%z")
    return message.time.strftime("%d %b %Y %H:%M ") + f"{offset[:3]}:{offset[3:]}"
