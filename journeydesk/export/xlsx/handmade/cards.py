"""The cards a cell makes: one per item of a bulleted list in a lane of touchpoints, pain points or
actions, else one with the text as written; each rated only as its text says; and the channels of
touchpoints, from the channel row of their stage or from their own words."""

import re

from journeydesk.export.xlsx.handmade import ratings
from journeydesk.export.xlsx.handmade.channels import channels_in
from journeydesk.model.cards import Card, ImprovementCard, NoteCard, PainPointCard, TouchpointCard
from journeydesk.model.defaults import card_kind_for
from journeydesk.model.enums import ActionStatus, CardKind, Channel, LaneKind
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Lane, Stage
from journeydesk.model.types import TEXT_MAX, TITLE_MAX

CUSTOM_CHANNEL_MAX = 60
BULLET = re.compile(r"^\s*[•·*\-–—▪◦●○✓✔➢►◉▲★]\s*")
ITEM_KINDS = {CardKind.TOUCHPOINT, CardKind.PAIN_POINT, CardKind.IMPROVEMENT}


def items_of(text: str, kind: CardKind) -> list[str]:
    """A cell's cards: a bulleted list in a lane of touchpoints, pain points or actions is one card per
    item; anything else is one card with the text as written."""
    lines = [line for line in text.split("\n") if line.strip()]
    if kind in ITEM_KINDS and all(BULLET.match(line) for line in lines):
        return [BULLET.sub("", line).rstrip() for line in lines]
    return [text]


def split_text(text: str) -> tuple[str, str]:
    """A cell's text as a card title, with any overflow kept in the description."""
    if len(text) <= TITLE_MAX:
        return text, ""
    cut = text.rfind(" ", 0, TITLE_MAX - 1)
    cut = cut if cut > TITLE_MAX // 2 else TITLE_MAX - 1
    return text[:cut].rstrip() + "…", text[:TEXT_MAX]


def card_for(stage_id: str, lane: Lane, text: str) -> Card:
    title, description = split_text(text)
    common = {
        "id": new_id("card"),
        "stage_id": stage_id,
        "lane_id": lane.id,
        "title": title,
        "description": description,
    }
    kind = card_kind_for(lane)
    if kind is CardKind.TOUCHPOINT:
        return TouchpointCard(**common)
    if kind is CardKind.PAIN_POINT:
        return PainPointCard(**common, severity=ratings.severity_in(text))
    if kind is CardKind.IMPROVEMENT:
        impact, effort = ratings.impact_and_effort_in(text)
        status = ratings.status_in(text) or ActionStatus.IDEA
        return ImprovementCard(**common, impact=impact, effort=effort, status=status)
    return NoteCard(**common)


def set_channels(
    stages: list[Stage], lanes: list[Lane | None], cards: list[Card], channel_texts: dict[int, list[str]]
) -> None:
    """Touchpoints take their channel from the channel row of their stage (``channel_texts``, by stage
    index), else from their own words. A stage whose channel row names channels but which has no
    touchpoint gets one per channel, appended to ``cards``."""
    touchpoint_lane = next((lane for lane in lanes if lane is not None and lane.kind is LaneKind.TOUCHPOINTS), None)
    for stage_index, stage in enumerate(stages):
        said = "\n".join(channel_texts.get(stage_index, []))
        named = channels_in(said)
        touchpoints = [card for card in cards if isinstance(card, TouchpointCard) and card.stage_id == stage.id]
        if said and not touchpoints and touchpoint_lane is not None:
            for piece in pieces_of(said):
                card = TouchpointCard(id=new_id("card"), stage_id=stage.id, lane_id=touchpoint_lane.id, title=piece)
                give_channel(card, channels_in(piece), piece)
                cards.append(card)
            continue
        for number, card in enumerate(touchpoints):
            own = channels_in(card.title)
            if own and (not named or own[0] in named):
                give_channel(card, own[:1], card.title)
            elif len(named) == 1:
                give_channel(card, named, said)
            elif named and len(named) == len(touchpoints):
                give_channel(card, [named[number]], said)
            elif said:
                give_channel(card, [], said)


def give_channel(card: TouchpointCard, channels: list[Channel], written: str) -> None:
    if channels:
        card.channel = channels[0]
    else:
        text = " ".join(written.split())
        card.channel = Channel.CUSTOM
        card.custom_channel = text if len(text) <= CUSTOM_CHANNEL_MAX else text[: CUSTOM_CHANNEL_MAX - 1] + "…"


def pieces_of(text: str) -> list[str]:
    """ "E-mail, phone and chat" -> its channels one by one."""
    parts = re.split(r"[\n,;/]|\s+(?:and|und|et|y|e|en|и|i|ve|和)\s+", text)
    return [BULLET.sub("", part).strip() for part in parts if part.strip()]
