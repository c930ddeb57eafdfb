"""What Mermaid's journey grammar forbids in names, and how it is escaped.

Mermaid reads ``#35;`` (a character's code) or ``#quot;`` (an HTML entity's name) in diagram text as
that character, before it parses the diagram. Names use this for the characters the grammar gives a
meaning to: ``#`` and ``%%`` start comments, ``:`` ends a task's name, ``;`` is not allowed, ``,``
separates actors. Line breaks are written as ``<br>``, which Mermaid draws as a new line; a ``<``
of the text itself is escaped so it never reads as markup. A task whose name begins with a keyword
(``Title page``) would read as that statement, so its first letter is escaped.
"""

import html
import re

ENTITY = re.compile(r"#(\w+);")
LINE_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
KEYWORDS = re.compile(r"(?i)^(journey|title\s|section\s|accTitle\s*:|accDescr\s*[:{])")
UNTITLED = "Untitled"

# The characters each kind of name escapes, beyond the ones every name does.
_ALWAYS = "#%;<"
TITLE = _ALWAYS
SECTION = _ALWAYS + ":"
TASK = _ALWAYS + ":"
ACTOR = _ALWAYS + ":,"


def escape(text: str, special: str) -> str:
    """``text`` as a Mermaid name in which the characters ``special`` cannot appear."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    escaped = "<br>".join(
        "".join(f"#{ord(char)};" if char in special else char for char in line) for line in lines if line
    )
    if KEYWORDS.match(escaped):
        escaped = f"#{ord(escaped[0])};{escaped[1:]}"
    return escaped or UNTITLED


def unescape(text: str) -> str:
    """A name as Mermaid shows it: entities decoded, ``<br>`` as a line break."""
    text = LINE_BREAK.sub("\n", text)
    return ENTITY.sub(_character, text).strip()


def _character(match: re.Match[str]) -> str:
    code = match.group(1)
    if code.isdigit():
        number = int(code)
        return chr(number) if 0 < number <= 0x10FFFF else match.group(0)
    decoded = html.unescape(f"&{code};")
    return match.group(0) if decoded.startswith("&") else decoded
