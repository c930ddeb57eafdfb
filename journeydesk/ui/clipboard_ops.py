"""Cut, copy and paste of cards, through the system clipboard.

Cards travel as a JSON fragment under a private MIME type (with their titles as plain text for
other programs). Pasted cards get new ids and keep their arrangement relative to where they land.
Plain text from elsewhere pastes as one card per line.
"""

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard

from journeydesk.canvas.scene import MapScene
from journeydesk.io.fragment import FRAGMENT_MIME_TYPE, Fragment, PlacedCard, fragment_bytes, parse_fragment
from journeydesk.model import defaults
from journeydesk.model.cards import Card, ImprovementCard
from journeydesk.model.enums import CardKind
from journeydesk.model.ids import new_id
from journeydesk.model.types import TITLE_MAX

MAX_TEXT_CARDS = 200


def copy_cards(scene: MapScene, clipboard: QClipboard) -> int:
    """Put the selected cards on the clipboard; returns how many."""
    ids = scene.edits.in_map_order(scene.journey_id, scene.selected_card_ids())
    if not ids:
        return 0
    journey, index = scene.journey, scene.index
    stage_order = {stage.id: number for number, stage in enumerate(journey.stages)}
    lane_order = {lane.id: number for number, lane in enumerate(journey.lanes)}
    cards = [index.card(card_id) for card_id in ids]
    first_stage = min(stage_order[card.stage_id] for card in cards)
    first_lane = min(lane_order[card.lane_id] for card in cards)
    fragment = Fragment(
        cards=[
            PlacedCard(
                stage_offset=stage_order[card.stage_id] - first_stage,
                lane_offset=lane_order[card.lane_id] - first_lane,
                card=card,
            )
            for card in cards
        ]
    )
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME_TYPE, fragment_bytes(fragment))
    mime.setText("\n".join(card.title for card in cards))
    clipboard.setMimeData(mime)
    return len(cards)


def cut_cards(scene: MapScene, clipboard: QClipboard) -> int:
    count = copy_cards(scene, clipboard)
    if count:
        scene.edits.delete_cards(scene.journey_id, scene.selected_card_ids(), verb="Cut")
    return count


def paste_cards(scene: MapScene, clipboard: QClipboard) -> list[str]:
    """Paste cards (or lines of text) at the current cell; returns the new cards' ids.

    Raises :class:`journeydesk.io.JourneyFileError` when the clipboard holds broken JourneyDesk data.
    """
    mime = clipboard.mimeData()
    if mime is None:
        return []
    if mime.hasFormat(FRAGMENT_MIME_TYPE):
        fragment = parse_fragment(bytes(mime.data(FRAGMENT_MIME_TYPE).data()))
        placed = _place_fragment(scene, fragment)
    elif mime.hasText() and mime.text().strip():
        placed = _place_text(scene, mime.text())
    else:
        return []
    scene.edits.insert_cards(scene.journey_id, placed, "Paste")
    new_ids = [card.id for card, _ in placed]
    scene.select_cards(new_ids)
    return new_ids


def _place_fragment(scene: MapScene, fragment: Fragment) -> list[tuple[Card, int | None]]:
    anchor = scene.insertion_cell()
    if anchor is None:
        return []
    (anchor_stage, anchor_lane), anchor_index = anchor
    journey = scene.journey
    stage_ids = [stage.id for stage in journey.stages]
    lane_ids = [lane.id for lane in journey.lanes]
    base_stage, base_lane = stage_ids.index(anchor_stage), lane_ids.index(anchor_lane)
    fresh = {placed.card.id: new_id("card") for placed in fragment.cards}
    # a copy still comes from its original only in a future state of the original's journey
    originals = {card.id for card in scene.document.journey(journey.based_on).cards} if journey.based_on else set()
    linkable = {card.id for card in journey.pain_points()}
    linkable |= {fresh[placed.card.id] for placed in fragment.cards if placed.card.kind is CardKind.PAIN_POINT}
    result: list[tuple[Card, int | None]] = []
    next_index = anchor_index
    for placed in fragment.cards:
        stage_id = stage_ids[min(base_stage + placed.stage_offset, len(stage_ids) - 1)]
        lane_id = lane_ids[min(base_lane + placed.lane_offset, len(lane_ids) - 1)]
        update: dict[str, object] = {
            "id": fresh[placed.card.id],
            "stage_id": stage_id,
            "lane_id": lane_id,
            "origin_id": placed.card.origin_id if placed.card.origin_id in originals else None,
        }
        if isinstance(placed.card, ImprovementCard):
            targets = (fresh.get(target, target) for target in placed.card.addresses)
            update["addresses"] = list(dict.fromkeys(target for target in targets if target in linkable))
        card = placed.card.model_copy(deep=True, update=update)
        in_anchor_cell = (stage_id, lane_id) == (anchor_stage, anchor_lane)
        result.append((card, next_index if in_anchor_cell else None))
        if in_anchor_cell and next_index is not None:
            next_index += 1
    return result


def _place_text(scene: MapScene, text: str) -> list[tuple[Card, int | None]]:
    anchor = scene.insertion_cell()
    if anchor is None:
        return []
    (stage_id, lane_id), cell_index = anchor
    kind = defaults.card_kind_for(scene.journey.lane(lane_id))
    lines = [line.strip()[:TITLE_MAX] for line in text.splitlines() if line.strip()][:MAX_TEXT_CARDS]
    start = scene.index.count((stage_id, lane_id)) if cell_index is None else cell_index
    return [(defaults.new_card(kind, stage_id, lane_id, line), start + offset) for offset, line in enumerate(lines)]
