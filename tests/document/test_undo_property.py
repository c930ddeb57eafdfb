"""Random sequences of editor commands, undone completely, give back the original project; redone, the final one."""

from contextlib import suppress

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeydesk.document import JourneyDocument, Ref
from journeydesk.document.edits import Edits
from journeydesk.document.map_edits import CardMove
from journeydesk.io import dumps, loads
from journeydesk.model import CardKind, LaneKind
from journeydesk.model.enums import VoteTargets
from journeydesk.model.votes import VoteError, new_round
from journeydesk.templates import new_project

OPERATIONS = [
    "future",
    "delete_journey",
    "link",
    "dismiss",
    "persona",
    "delete_persona",
    "add",
    "delete",
    "move",
    "move_each",
    "title",
    "kind",
    "duplicate",
    "add_stage",
    "delete_stage",
    "move_stage",
    "add_lane",
    "delete_lane",
    "move_lane",
    "stage_name",
    "severity",
    "vote",
]

VOTE_STEPS = ["start", "cast", "take_back", "next", "join", "end", "reopen", "clear", "delete"]


def apply_random_edit(data: st.DataObject, document: JourneyDocument, edits: Edits, journey_id: str) -> None:
    journey = document.journey(journey_id)
    index = document.index(journey_id)
    operation = data.draw(st.sampled_from(OPERATIONS))
    stages, lanes, cards = journey.stages, journey.lanes, journey.cards
    pick = data.draw

    if operation in {"delete", "move", "move_each", "title", "kind", "duplicate", "severity"} and not cards:
        operation = "add"
    if operation in {"add", "move", "move_each"} and (not stages or not lanes):
        operation = "add_stage" if not stages else "add_lane"

    project = document.project
    if operation == "future":
        edits.duplicate_as_future_state(pick(st.sampled_from(project.journeys)).id)
    elif operation == "delete_journey" and len(project.journeys) > 1:
        edits.delete_journey(pick(st.sampled_from([j.id for j in project.journeys if j.id != journey_id])))
    elif operation == "link":
        actions = [card for card in cards if card.kind is CardKind.IMPROVEMENT]
        pains = [card for card in cards if card.kind is CardKind.PAIN_POINT]
        if actions and pains:
            edits.link(journey_id, pick(st.sampled_from(actions)).id, pick(st.sampled_from(pains)).id)
    elif operation == "dismiss":
        edits.dismiss_finding(
            journey_id, pick(st.sampled_from(["empty-lane:x", "unaddressed-pain:y"])), dismissed=pick(st.booleans())
        )
    elif operation == "persona":
        persona_id = edits.add_persona(pick(st.text(min_size=1, max_size=5)))
        edits.set_fields(Ref.journey(journey_id), {"persona_id": persona_id}, "Change Persona")
    elif operation == "delete_persona" and project.personas:
        edits.delete_persona(pick(st.sampled_from(project.personas)).id)
    elif operation == "add":
        stage, lane = pick(st.sampled_from(stages)), pick(st.sampled_from(lanes))
        edits.add_card(
            journey_id,
            pick(st.sampled_from(CardKind)),
            stage.id,
            lane.id,
            pick(st.integers(0, index.count((stage.id, lane.id)))),
            title=pick(st.text(max_size=5)),
        )
    elif operation == "delete":
        edits.delete_cards(journey_id, [card.id for card in pick(st.lists(st.sampled_from(cards), max_size=4))])
    elif operation == "move":
        chosen = pick(st.lists(st.sampled_from(cards), min_size=1, max_size=4, unique_by=lambda card: card.id))
        stage, lane = pick(st.sampled_from(stages)), pick(st.sampled_from(lanes))
        remaining = sum(1 for card in index.cards_in((stage.id, lane.id)) if card not in chosen)
        edits.move_cards(journey_id, [card.id for card in chosen], stage.id, lane.id, pick(st.integers(0, remaining)))
    elif operation == "move_each":
        card = pick(st.sampled_from(cards))
        stage, lane = pick(st.sampled_from(stages)), pick(st.sampled_from(lanes))
        edits.move_each(journey_id, [CardMove(card.id, stage.id, lane.id, 0)], merge_key=("keys", card.id))
    elif operation == "title":
        card = pick(st.sampled_from(cards))
        edits.set_fields(
            Ref.card(journey_id, card.id), {"title": pick(st.text(max_size=6))}, "Edit Title", merge=pick(st.booleans())
        )
    elif operation == "severity":
        card = pick(st.sampled_from(cards))
        if card.kind is CardKind.PAIN_POINT:
            edits.set_fields(Ref.card(journey_id, card.id), {"severity": pick(st.integers(1, 5))}, "Set Severity")
    elif operation == "kind":
        edits.change_card_kind(journey_id, pick(st.sampled_from(cards)).id, pick(st.sampled_from(CardKind)))
    elif operation == "duplicate":
        edits.duplicate_cards(journey_id, [card.id for card in pick(st.lists(st.sampled_from(cards), max_size=3))])
    elif operation == "add_stage":
        edits.add_stage(journey_id, pick(st.integers(0, len(stages))))
    elif operation == "add_lane":
        edits.add_lane(journey_id, pick(st.integers(0, len(lanes))), pick(st.sampled_from(LaneKind)))
    elif operation in {"delete_stage", "delete_lane"}:
        column = "stages" if operation == "delete_stage" else "lanes"
        items = stages if column == "stages" else lanes
        if len(items) > 1:
            edits.delete_column(journey_id, column, pick(st.sampled_from(items)).id)
    elif operation in {"move_stage", "move_lane"}:
        column = "stages" if operation == "move_stage" else "lanes"
        count = len(stages if column == "stages" else lanes)
        if count:
            edits.move_column(journey_id, column, pick(st.integers(0, count - 1)), pick(st.integers(0, count - 1)))
    elif operation == "stage_name" and stages:
        edits.set_fields(
            Ref.stage(journey_id, pick(st.sampled_from(stages)).id),
            {"name": pick(st.text(max_size=4))},
            "Rename Stage",
            merge=True,
        )
    elif operation == "vote":
        with suppress(VoteError):  # a step the rules refuse changes nothing
            vote_step(data, edits, journey_id)
    if pick(st.booleans()):
        document.end_edit_session()


def vote_step(data: st.DataObject, edits: Edits, journey_id: str) -> None:
    """One step of a dot vote: the cards, lanes and stages it points at may vanish in later steps."""
    pick = data.draw
    journey = edits.document.journey(journey_id)
    step = pick(st.sampled_from(VOTE_STEPS))
    card_id = pick(st.sampled_from([card.id for card in journey.cards])) if journey.cards else None
    if step == "start":
        participants = pick(st.one_of(st.integers(1, 3), st.just(["Ana", "Ben"])))
        vote = new_round(
            f"vote-{len(journey.votes)}-{pick(st.integers(0, 999))}",
            "Vote",
            participants,
            pick(st.sampled_from(VoteTargets)),
            pick(st.integers(1, 3)),
            pick(st.booleans()),
        )
        edits.start_vote(journey_id, vote)
    elif step in ("cast", "take_back") and card_id is not None:
        (edits.cast_dot if step == "cast" else edits.take_back_dot)(journey_id, card_id)
    elif step == "next":
        edits.next_participant(journey_id)
    elif step == "join":
        edits.add_participant(journey_id, pick(st.sampled_from(["Cem", "Dana"])))
    elif step == "end":
        edits.end_vote(journey_id)
    elif journey.votes and step in ("reopen", "clear", "delete"):
        vote_id = pick(st.sampled_from(journey.votes)).id
        {"reopen": edits.reopen_vote, "clear": edits.clear_vote, "delete": edits.delete_vote}[step](journey_id, vote_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_random_edits_undo_to_the_original_and_redo_to_the_final(qapp, data: st.DataObject) -> None:
    document = JourneyDocument(new_project("sample"))
    edits = Edits(document)
    journey_id = document.project.journeys[0].id
    original = dumps(document.project)
    for _ in range(data.draw(st.integers(1, 25))):
        apply_random_edit(data, document, edits, journey_id)
        loads(dumps(document.project))  # every intermediate state is a valid project
    final = dumps(document.project)

    stack = document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert dumps(document.project) == original
    assert not document.is_modified
    while stack.canRedo():
        stack.redo()
    assert dumps(document.project) == final
    # the index agrees with the flat list after all of it
    journey = document.journey(journey_id)
    index = document.index(journey_id)
    for stage in journey.stages:
        for lane in journey.lanes:
            assert index.cards_in((stage.id, lane.id)) == journey.cards_in_cell(stage.id, lane.id)
