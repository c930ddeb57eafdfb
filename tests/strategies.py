"""Hypothesis strategies that generate valid projects of every shape the model allows."""

import datetime as dt

from hypothesis import strategies as st

from journeydesk.model import (
    ActionStatus,
    Card,
    Channel,
    ImprovementCard,
    Journey,
    Lane,
    LaneKind,
    NoteCard,
    PainPointCard,
    Persona,
    Photo,
    Project,
    Stage,
    TouchpointCard,
)
from journeydesk.model.comments import CommentThread, Reply
from journeydesk.model.enums import VoteTargets
from journeydesk.model.order import keys_between
from journeydesk.model.votes import Ballot, VoteRound
from tests.factories import tiny_png

ORDER_KEYS = ["", *keys_between(None, None, 5)]  # a card's place in its cell: none yet, or a key

# Any Unicode a person could type, including markup, quotes, emoji and right-to-left text,
# but no lone surrogates (they cannot be encoded as UTF-8 by any program).
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
names = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)
person_names = st.text(st.characters(categories=("L", "Zs")), min_size=1, max_size=20).filter(str.strip)
colors = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
ratings = st.one_of(st.integers(1, 5), st.none())  # None: not rated, as an import leaves it
emotions = st.none() | st.integers(-2, 2)
tags = st.lists(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=10), max_size=3)

# Text a spreadsheet finds awkward: line endings of every system, the control characters XML cannot
# hold (a vertical tab is what Word's line break pastes as), OOXML's own escape typed literally,
# list separators, leading formula signs, and anything else.
AWKWARD = [
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\x0b",
    "\x00",
    "\x1f",
    "\ufffe",
    "\uffff",
    "_x000D_",
    "_x005F_",
    ",",
    ";",
    " ",
    "=",
]
_awkward_pieces = st.sampled_from(AWKWARD) | st.characters(exclude_categories=("Cs",))
awkward_texts = st.lists(_awkward_pieces, max_size=12).map("".join)
awkward_names = st.lists(_awkward_pieces, min_size=1, max_size=8).map("".join)
awkward_tags = st.lists(st.lists(_awkward_pieces, min_size=1, max_size=6).map("".join), max_size=3)


@st.composite
def projects(draw: st.DrawFn, max_journeys: int = 2, max_cards: int = 12, awkward: bool = False) -> Project:
    """A valid project; ``awkward`` fills its texts with what spreadsheets find hard (see AWKWARD)."""
    counter = iter(range(10**9))
    texts, names = (awkward_texts, awkward_names) if awkward else (globals()["texts"], globals()["names"])

    def fresh(prefix: str) -> str:
        return f"{prefix}-{next(counter)}"

    personas = [
        Persona(
            id=fresh("persona"),
            name=draw(names),
            role=draw(texts),
            goals=draw(st.lists(texts, max_size=3)),
            frustrations=draw(st.lists(texts, max_size=3)),
            quote=draw(texts),
            about=draw(texts),
            color=draw(colors),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    journeys = [draw(_journey(fresh, personas, max_cards, awkward)) for _ in range(draw(st.integers(1, max_journeys)))]
    return Project(
        id=fresh("project"),
        title=draw(texts),
        author=draw(texts),
        organisation=draw(texts),
        version=draw(st.text(max_size=8)),
        description=draw(texts),
        personas=personas,
        journeys=journeys,
    )


@st.composite
def _journey(draw: st.DrawFn, fresh, personas: list[Persona], max_cards: int, awkward: bool = False) -> Journey:
    texts, names, tags = (
        (awkward_texts, awkward_names, awkward_tags)
        if awkward
        else (globals()["texts"], globals()["names"], globals()["tags"])
    )
    orders = draw(st.lists(st.sampled_from(ORDER_KEYS), min_size=max_cards, max_size=max_cards)) if awkward else []
    stages = [
        Stage(
            id=fresh("stage"),
            name=draw(names),
            color=draw(colors),
            goal=draw(texts),
            guidance=draw(texts),
            emotion=draw(emotions),
        )
        for _ in range(draw(st.integers(1, 4)))
    ]
    lanes = [
        Lane(id=fresh("lane"), name=draw(names), kind=draw(st.sampled_from(LaneKind)), description=draw(texts))
        for _ in range(draw(st.integers(1, 4)))
    ]
    cards: list[Card] = []
    for number in range(draw(st.integers(0, max_cards))):
        common = {
            "id": fresh("card"),
            "order": orders[number] if orders else "",
            "stage_id": draw(st.sampled_from(stages)).id,
            "lane_id": draw(st.sampled_from(lanes)).id,
            "title": draw(texts),
            "description": draw(texts),
            "tags": draw(tags),
        }
        kind = draw(st.sampled_from(["touchpoint", "pain_point", "improvement", "note"]))
        if kind == "touchpoint":
            cards.append(
                TouchpointCard(
                    **common,
                    channel=draw(st.none() | st.sampled_from(Channel)),
                    custom_channel=draw(awkward_texts.map(lambda text: text[:60]) if awkward else st.text(max_size=10)),
                    emotion=draw(emotions),
                )
            )
        elif kind == "pain_point":
            cards.append(PainPointCard(**common, severity=draw(ratings)))
        elif kind == "improvement":
            pain_ids = [card.id for card in cards if isinstance(card, PainPointCard)]
            cards.append(
                ImprovementCard(
                    **common,
                    impact=draw(ratings),
                    effort=draw(ratings),
                    owner=draw(awkward_texts if awkward else st.text(max_size=12)),
                    status=draw(st.sampled_from(ActionStatus)),
                    due=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))),
                    addresses=draw(st.lists(st.sampled_from(pain_ids), unique=True)) if pain_ids else [],
                )
            )
        else:
            cards.append(NoteCard(**common))
    persona_id = draw(st.none() | st.sampled_from([p.id for p in personas])) if personas else None
    journey_id = fresh("journey")
    targets = [journey_id, *(stage.id for stage in stages), *(card.id for card in cards)]
    return Journey(
        id=journey_id,
        name=draw(names),
        persona_id=persona_id,
        scenario=draw(texts),
        stages=stages,
        lanes=lanes,
        cards=cards,
        votes=[draw(_vote(fresh, [card.id for card in cards])) for _ in range(draw(st.integers(0, 2)))],
        comments=[draw(_thread(fresh, targets)) for _ in range(draw(st.integers(0, 2)))],
    )


# What people write in comments: words, numbers, punctuation and symbols (a workbook cannot hold
# control characters, and a comment of nothing but them is no comment).
comment_texts = st.text(st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=40).filter(str.strip)
# A file keeps a time with its UTC offset (as the app writes it), not a named zone.
utc_offsets = st.integers(-12 * 60, 14 * 60).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))
comment_times = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=utc_offsets
).map(lambda time: time.replace(microsecond=0))


@st.composite
def _thread(draw: st.DrawFn, fresh, targets: list[str]) -> CommentThread:
    """A thread on the journey, a stage or a card, open or resolved, with a few replies."""
    replies = [
        Reply(id=fresh("reply"), author=draw(person_names), time=draw(comment_times), text=draw(comment_texts))
        for _ in range(draw(st.integers(0, 2)))
    ]
    return CommentThread(
        id=fresh("comment"),
        target=draw(st.sampled_from(targets)),
        author=draw(person_names),
        time=draw(comment_times),
        text=draw(comment_texts),
        resolved=draw(st.booleans()),
        replies=replies,
    )


@st.composite
def _vote(draw: st.DrawFn, fresh, card_ids: list[str]) -> VoteRound:
    """A round, ended or running, whose participants are all named or all anonymous."""
    dots = draw(st.integers(1, 4))
    named = draw(st.booleans())
    count = draw(st.integers(1, 3))
    people = draw(st.lists(person_names, min_size=count, max_size=count, unique=True)) if named else [""] * count
    one_per_card = draw(st.booleans())
    ballot_dots = st.lists(st.sampled_from(card_ids), max_size=dots, unique=one_per_card) if card_ids else st.just([])
    return VoteRound(
        id=fresh("vote"),
        name=draw(names),
        targets=draw(st.sampled_from(VoteTargets)),
        dots_per_participant=dots,
        one_dot_per_card=one_per_card,
        time_limit_minutes=draw(st.none() | st.integers(1, 120)),
        ballots=[Ballot(participant=person, dots=draw(ballot_dots)) for person in people],
        turn=draw(st.integers(0, count)),
        closed=draw(st.booleans()),
    )


def _photo(width: int, height: int) -> Photo:
    return Photo.from_bytes(tiny_png(width, height), "image/png")
