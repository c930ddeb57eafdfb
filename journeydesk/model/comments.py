"""Comment threads: a conversation about a card, a stage or the journey itself.

A thread is an object of its journey with an id; ``target`` names what it is about (a card's or a
stage's id, or the journey's own). It opens with a comment and collects replies; it is open until
someone resolves it. @mentions are not stored: they are read from the text, against the names of
people who wrote comments before (so "@Ana Lima" finds Ana Lima, and an e-mail address mentions nobody).
"""

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import Annotated, ClassVar

from pydantic import AwareDatetime, BeforeValidator, Field, StrictBool, StrictStr, model_validator

from journeydesk.model.base import Model
from journeydesk.model.integrity import integrity_error
from journeydesk.model.types import Id, OrderKey

COMMENT_MAX = 5_000
MAX_REPLIES = 500
MAX_THREADS = 20_000

CommentText = Annotated[StrictStr, Field(min_length=1, max_length=COMMENT_MAX)]
Author = Annotated[StrictStr, Field(min_length=1, max_length=100)]


def _iso_text(value: object) -> object:
    """A time is written as ISO 8601 text with an offset; numbers are not times."""
    if isinstance(value, int | float):
        raise ValueError("a time is written as ISO 8601 text, e.g. 2026-03-01T09:30:00+00:00")
    return value


Time = Annotated[
    AwareDatetime, BeforeValidator(_iso_text), Field(description="When it was written, with its UTC offset")
]


class Reply(Model):
    id: Id
    author: Author
    time: Time
    text: CommentText

    id_prefix: ClassVar[str] = "reply"


class CommentThread(Model):
    id: Id
    order: OrderKey = ""
    target: Id = Field(description="What the thread is about: a card, a stage, or the journey (by id)")
    author: Author
    time: Time
    text: CommentText
    resolved: StrictBool = False
    replies: Annotated[list[Reply], Field(max_length=MAX_REPLIES, description="In the order they were written")] = []

    id_prefix: ClassVar[str] = "comment"

    @model_validator(mode="after")
    def _replies_once(self) -> "CommentThread":
        """A reply's id is its own within the thread (merges match replies by it)."""
        seen: set[str] = set()
        for number, reply in enumerate(self.replies):
            if reply.id in seen:
                raise integrity_error(f"replies[{number}].id", f"reply '{reply.id}' is listed twice")
            seen.add(reply.id)
        return self

    @property
    def messages(self) -> list["CommentThread | Reply"]:
        """The opening comment and its replies, in order."""
        return [self, *self.replies]

    @property
    def last_time(self) -> dt.datetime:
        return self.replies[-1].time if self.replies else self.time


def now() -> dt.datetime:
    """The time a comment is written: local, with its offset (read back the same anywhere)."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


def authors(threads: Iterable[CommentThread]) -> list[str]:
    """Everyone who wrote a comment or reply, each once, in the order they first did."""
    return list(dict.fromkeys(comment.author for thread in threads for comment in thread.messages))


def mentions(text: str, names: Iterable[str]) -> list[str]:
    """The ``names`` that ``text`` mentions, each once, in the order the text names them."""
    return list(dict.fromkeys(name for _, _, name in mention_spans(text, names)))


def mention_spans(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where ``text`` mentions one of ``names`` as ``@Name``, or by a first name only one of them
    has ("@Sam" for Sam Lee), as (start, end, name) in text order; the longest wins where one starts
    another, "@Ana Lima" over "@Ana"."""
    spans: list[tuple[int, int, str]] = []
    for written, name in sorted(_ways_to_write(names).items(), key=lambda pair: len(pair[0]), reverse=True):
        pattern = re.compile(rf"(?<![\w@])@{re.escape(written)}(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(text):
            if not any(start <= match.start() < end for start, end, _ in spans):
                spans.append((match.start(), match.end(), name))
    return sorted(spans)


def _ways_to_write(names: Iterable[str]) -> dict[str, str]:
    """Each name as itself, and by its first word where no other name starts with or is that word."""
    known = list(dict.fromkeys(name for name in names if name.strip()))
    ways = {name: name for name in known}
    by_first: dict[str, list[str]] = {}
    for name in known:
        by_first.setdefault(name.split()[0].casefold(), []).append(name)
    for first, owners in by_first.items():
        if len(owners) == 1 and owners[0].casefold() != first:
            ways.setdefault(owners[0].split()[0], owners[0])
    return ways


def thread_mentions(thread: CommentThread, names: Iterable[str]) -> set[str]:
    known = list(names)
    return {name for comment in thread.messages for name in mentions(comment.text, known)}


def open_counts(threads: Iterable[CommentThread]) -> Counter[str]:
    """Open threads per target id: the count a commented card or stage shows."""
    return Counter(thread.target for thread in threads if not thread.resolved)
