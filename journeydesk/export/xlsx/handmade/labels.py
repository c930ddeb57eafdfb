"""Lane labels as people write them: "Feeling (emoji/graphic representation of the feeling + short
description)" is the lane "Feeling", and the whole sentence is kept as its description."""

import re

from journeydesk.export.xlsx.handmade.keywords import Role
from journeydesk.model.enums import LaneKind
from journeydesk.model.types import NAME_MAX

SHORT_CHARACTERS, SHORT_WORDS = 40, 5
# Where the name of a long label ends: a line break, a colon, a bracket, a dash set in spaces, a
# question mark, a sentence's end, "e.g.".
_NAME_END = re.compile(r"\n|:|\(|\[|\s[-–—]\s|\?|[.;]\s|\s(?:e\.g\.|i\.e\.|eg\s|z\.\s?b\.|p\.\s?ex\.|ex\.)", re.I)
_SPACING = re.compile(r"[\s\-_]+")
_TRIM = " \t\r\n:;,.-–—*•·"


def is_short(text: str) -> bool:
    return "\n" not in text.strip() and len(text.strip()) <= SHORT_CHARACTERS and len(text.split()) <= SHORT_WORDS


def lane_name(label: str, role: Role | None) -> tuple[str, str]:
    """A readable name for a lane label, and the description that keeps the whole label when the
    name shortens it."""
    label = label.strip()
    if is_short(label):
        return label.strip(_TRIM) or label, ""
    head = _NAME_END.split(label, maxsplit=1)[0].strip(_TRIM)
    if head and is_short(head):
        name = _standard_spelling(head, role)
    else:
        words = label.split()
        name = " ".join(words[:SHORT_WORDS]).strip(_TRIM) + "…"
    return name[:NAME_MAX], label


def _standard_spelling(name: str, role: Role | None) -> str:
    """ "Painpoints" and "Pain-points" become "Pain points": the kind's own name, when the label is only
    that name spaced differently."""
    if isinstance(role, LaneKind) and _SPACING.sub("", name).casefold() == _SPACING.sub("", role.label).casefold():
        return role.label
    return name
