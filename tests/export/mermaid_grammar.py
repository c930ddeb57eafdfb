"""Mermaid's ``journey`` grammar, written out for the tests from its Jison lexer and grammar and its
journey database, independently of JourneyDesk's reader: what Mermaid itself makes of a diagram.

Like Mermaid, entities (``#35;``, ``#quot;``) are set aside before the text is lexed and decoded in
what is drawn; quoted keywords match whole words only (Jison adds ``\\b`` to them).
"""

import html
import re
from dataclasses import dataclass, field

LEXER = [  # (state, pattern, token or None to skip, next state)
    ("INITIAL", r"%%(?!\{)[^\n]*", None, None),
    ("INITIAL", r"[^}]%%[^\n]*", None, None),
    ("INITIAL", r"\n+", "NEWLINE", None),
    ("INITIAL", r"\s+", None, None),
    ("INITIAL", r"#[^\n]*", None, None),
    ("INITIAL", r"journey\b", "journey", None),
    ("INITIAL", r"title\s[^#\n;]+", "title", None),
    ("INITIAL", r"accTitle\s*:\s*", "acc_title", "acc_title"),
    ("acc_title", r"(?:(?!\n|;|#))*[^\n]*", "acc_title_value", "INITIAL"),
    ("INITIAL", r"accDescr\s*:\s*", "acc_descr", "acc_descr"),
    ("acc_descr", r"(?:(?!\n|;|#))*[^\n]*", "acc_descr_value", "INITIAL"),
    ("INITIAL", r"accDescr\s*\{\s*", None, "acc_descr_multiline"),
    ("acc_descr_multiline", r"\}", None, "INITIAL"),
    ("acc_descr_multiline", r"[^}]*", "acc_descr_multiline_value", None),
    ("INITIAL", r"section\s[^#:\n;]+", "section", None),
    ("INITIAL", r"[^#:\n;]+", "taskName", None),
    ("INITIAL", r":[^#\n;]+", "taskData", None),
    ("INITIAL", r":", ":", None),
    ("INITIAL", r".", "INVALID", None),
]
_COMPILED = [(state, re.compile(pattern, re.IGNORECASE), token, then) for state, pattern, token, then in LEXER]


class MermaidSyntaxError(Exception):
    pass


@dataclass
class Task:
    section: str
    task: str
    score: float
    people: list[str]


@dataclass
class Journey:
    title: str = ""
    acc_title: str = ""
    acc_description: str = ""
    sections: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)


def encode_entities(text: str) -> str:
    return re.sub(r"#\w+;", lambda m: "\ufb02\u00b0" + m.group(0)[1:-1] + "\u00b6\u00df", text)


def decode(text: str) -> str:
    """What Mermaid draws for a name: entities decoded (line breaks stay ``<br>``)."""
    text = re.sub("\ufb02\u00b0(\\d+)\u00b6\u00df", lambda m: chr(int(m.group(1))), text)
    return re.sub("\ufb02\u00b0(\\w+)\u00b6\u00df", lambda m: html.unescape(f"&{m.group(1)};"), text)


def tokens(text: str) -> list[tuple[str, str]]:
    state, position, result = "INITIAL", 0, []
    while position < len(text):
        for rule_state, pattern, token, then in _COMPILED:
            if rule_state != state:
                continue
            match = pattern.match(text, position)
            if match is None or (not match.group(0) and then is None):
                continue
            position = match.end()
            if token is not None:
                result.append((token, match.group(0)))
            state = then or state
            break
        else:
            raise MermaidSyntaxError(f"no rule matches at {text[position : position + 20]!r}")
    return [*result, ("EOF", "")]


def parse(text: str) -> Journey:
    """What Mermaid's parser and journey database make of ``text``; MermaidSyntaxError if it fails."""
    stream = tokens(encode_entities(text))
    if stream[0][0] != "journey":
        raise MermaidSyntaxError(f"expected 'journey', got {stream[0]}")
    journey, section, index = Journey(), "", 1
    while stream[index][0] != "EOF":
        kind, value = stream[index]
        index += 1
        if kind == "NEWLINE":
            continue
        if kind == "title":
            journey.title = decode(value[6:])
        elif kind in ("acc_title", "acc_descr"):
            following, value = stream[index]
            index += 1
            if following != f"{kind}_value":
                raise MermaidSyntaxError(f"{kind} without a value")
            if kind == "acc_title":
                journey.acc_title = decode(value.strip())
            else:
                journey.acc_description = decode(value.strip())
        elif kind == "acc_descr_multiline_value":
            journey.acc_description = decode("\n".join(line.strip() for line in value.strip().splitlines()))
        elif kind == "section":
            section = decode(value[8:])
            journey.sections.append(section)
        elif kind == "taskName":
            following, data = stream[index]
            index += 1
            if following != "taskData":
                raise MermaidSyntaxError(f"task {value!r} is followed by {following} {data!r}, not its data")
            pieces = data[1:].split(":")
            score = _number(pieces[0])
            people = [decode(person.strip()) for person in pieces[1].split(",")] if len(pieces) > 1 else []
            journey.tasks.append(Task(section, decode(value), score, people))
        else:
            raise MermaidSyntaxError(f"unexpected {kind} {value!r}")
    return journey


def _number(text: str) -> float:
    """JavaScript's Number() of a string."""
    text = text.strip()
    if not text:
        return 0.0
    try:
        return float(text)
    except ValueError:
        return float("nan")
