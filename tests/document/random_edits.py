"""Random operations on a project, drawn by hypothesis, each applied as soon as it is drawn.

``owned`` limits a sequence to some objects (the ones it may change, remove or use), so that two
sequences on one base can touch disjoint objects; a sequence owns what it creates.
"""

from collections.abc import Callable

from hypothesis import strategies as st

from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.operations import Add, Link, Move, Operation, Remove, SetFields, Unlink, set_fields
from journeydesk.document.state import ProjectState
from journeydesk.model import defaults
from journeydesk.model.comments import CommentThread, Reply, now
from journeydesk.model.enums import CardKind, LaneKind, VoteTargets
from journeydesk.model.future import future_state_of
from journeydesk.model.ids import new_id
from journeydesk.model.project import Persona
from journeydesk.model.votes import VoteError, VoteRound, new_round, running_round

ACTIONS = (
    "add_card",
    "move_card",
    "edit_card",
    "remove_card",
    "kind",
    "link",
    "unlink",
    "add_stage",
    "move_stage",
    "edit_stage",
    "remove_stage",
    "add_lane",
    "edit_lane",
    "edit_journey",
    "add_persona",
    "edit_persona",
    "edit_project",
    "future_state",
    "start_vote",
    "cast_dot",
    "vote_step",
    "delete_vote",
    "add_comment",
    "reply",
    "resolve",
    "delete_comment",
)
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=8)
ratings = st.none() | st.integers(1, 5)  # None: not rated


def random_operations(
    data: st.DataObject, state: ProjectState, owned: set[str] | None = None, steps: int = 12
) -> list[Operation]:
    """Draw and apply up to ``steps`` operations; returns them (the project is left changed)."""
    done: list[Operation] = []
    created: set[str] = set()
    for _ in range(data.draw(st.integers(0, steps))):
        batch = _one(data, state, owned, created)
        for operation in batch:
            apply(state, operation)
            created.update(_new_ids(operation))
            if owned is not None:
                owned.update(_new_ids(operation))
        done += batch
    return done


def _new_ids(operation: Operation) -> list[str]:
    if not isinstance(operation, Add):
        return []
    inner = [
        item["id"]
        for name in ("stages", "lanes", "cards", "votes", "comments")
        for item in operation.data.get(name, [])
    ]
    return [operation.id, *inner]


def _one(data: st.DataObject, state: ProjectState, owned: set[str] | None, created: set[str]) -> list[Operation]:
    mine: Callable[[str], bool] = (lambda _: True) if owned is None else owned.__contains__
    draw = data.draw
    project = state.project
    journey = draw(st.sampled_from(project.journeys))
    index = state.index(journey.id)
    cards = [card for card in journey.cards if mine(card.id)]
    action = draw(st.sampled_from(ACTIONS))
    if action == "add_card" and journey.stages and journey.lanes:
        stage, lane = draw(st.sampled_from(journey.stages)), draw(st.sampled_from(journey.lanes))
        card = defaults.new_card(draw(st.sampled_from(CardKind)), stage.id, lane.id, draw(texts))
        plan = plans.CellPlan(journey.id, index)
        card.order = plan.put((stage.id, lane.id), draw(st.integers(0, index.count((stage.id, lane.id)))), card.id)
        return [*plan.operations, Add("card", journey.id, dump(card))]
    if action == "move_card" and cards:
        card = draw(st.sampled_from(cards))
        stage, lane = draw(st.sampled_from(journey.stages)), draw(st.sampled_from(journey.lanes))
        plan = plans.CellPlan(journey.id, index)
        plan.take_out(card)
        key = plan.put((stage.id, lane.id), draw(st.integers(0, index.count((stage.id, lane.id)))), card.id)
        return [*plan.operations, Move("card", journey.id, card.id, key, stage.id, lane.id)]
    if action == "edit_card" and cards:
        card = draw(st.sampled_from(cards))
        values: dict[str, object] = {"title": draw(texts)}
        if card.kind is CardKind.PAIN_POINT:
            values["severity"] = draw(ratings)
        if card.kind is CardKind.IMPROVEMENT:
            values |= {"impact": draw(ratings), "effort": draw(ratings)}
        return [SetFields("card", journey.id, card.id, values)]
    if action == "remove_card" and cards:
        card = draw(st.sampled_from(cards))
        if all(mine(other_id) for _, _, other_id, _ in state.referrers(card.id)):
            return plans.removal(state, "card", journey.id, [card.id])
    if action == "kind" and cards:
        card = draw(st.sampled_from(cards))
        links_mine = all(mine(other_id) for _, _, other_id, _ in state.referrers(card.id))
        if links_mine and not any(ref[3] == "origin_id" for ref in state.referrers(card.id)):
            return plans.kind_change(state, journey.id, card, draw(st.sampled_from(CardKind)))
    if action in ("link", "unlink"):
        actions = [card for card in cards if card.kind is CardKind.IMPROVEMENT]
        pains = [card for card in cards if card.kind is CardKind.PAIN_POINT]
        if actions and pains:
            action_card, pain = draw(st.sampled_from(actions)), draw(st.sampled_from(pains))
            if pain.id in action_card.addresses:
                return [Unlink(journey.id, action_card.id, pain.id)]
            return [Link(journey.id, action_card.id, pain.id)]
    if action in ("add_stage", "add_lane"):
        column = "stages" if action == "add_stage" else "lanes"
        items = getattr(journey, column)
        item = (
            defaults.new_stage(items[-1:]) if column == "stages" else defaults.new_lane(draw(st.sampled_from(LaneKind)))
        )
        item.order, room = plans.column_key(column[:-1], journey.id, items, draw(st.integers(0, len(items))))
        return [*room, Add(column[:-1], journey.id, dump(item))]
    lanes = [lane for lane in journey.lanes if mine(lane.id)]
    if action == "edit_lane" and lanes:
        lane = draw(st.sampled_from(lanes))
        return [SetFields("lane", journey.id, lane.id, {"name": draw(texts) or "x", "description": draw(texts)})]
    stages = [stage for stage in journey.stages if mine(stage.id)]
    if action == "move_stage" and stages:
        stage = draw(st.sampled_from(stages))
        key, room = plans.column_key(
            "stage", journey.id, journey.stages, draw(st.integers(0, len(journey.stages))), stage.id
        )
        return [*room, Move("stage", journey.id, stage.id, key)]
    if action == "edit_stage" and stages:
        stage = draw(st.sampled_from(stages))
        return [
            SetFields(
                "stage",
                journey.id,
                stage.id,
                {"name": draw(texts) or "x", "emotion": draw(st.none() | st.integers(-2, 2))},
            )
        ]
    if action == "remove_stage" and len(journey.stages) > 1:
        # with others at work, only a stage made here: nobody else can have put cards in it
        removable = [stage for stage in stages if owned is None or stage.id in created]
        removable = [stage for stage in removable if all(mine(card.id) for card in index.cards_in_stage(stage.id))]
        if removable:
            return plans.removal(state, "stage", journey.id, [draw(st.sampled_from(removable)).id])
    if action == "edit_journey" and mine(journey.id):
        return [SetFields("journey", None, journey.id, {"name": draw(texts) or "j", "scenario": draw(texts)})]
    if action == "add_persona":
        persona = Persona(id=new_id("persona"), name=draw(texts) or "p")
        persona.order, room = plans.column_key("persona", None, project.personas, len(project.personas))
        return [*room, Add("persona", None, dump(persona))]
    personas = [persona for persona in project.personas if mine(persona.id)]
    if action == "edit_persona" and personas:
        persona = draw(st.sampled_from(personas))
        return [SetFields("persona", None, persona.id, {"name": draw(texts) or "p", "about": draw(texts)})]
    if action == "edit_project" and mine(project.id):
        return [SetFields("project", None, project.id, {"title": draw(texts)})]
    if action in ("start_vote", "cast_dot", "vote_step", "delete_vote"):
        return _vote(data, journey, cards, action, mine)
    if action in ("add_comment", "reply", "resolve", "delete_comment"):
        targets = [journey.id, *(stage.id for stage in stages), *(card.id for card in cards)]
        return _comment(data, journey, targets, action, mine)
    if action == "future_state" and owned is None and len(project.journeys) < 4:
        future = future_state_of(journey)
        future.order, room = plans.column_key("journey", None, project.journeys, len(project.journeys))
        return [*room, Add("journey", None, dump(future))]
    return []


def _comment(data: st.DataObject, journey, targets: list[str], action: str, mine) -> list[Operation]:
    """A step of a conversation: a thread opens on the journey or one of the sequence's stages or
    cards; one of its own threads gets a reply, is resolved or reopened, or is deleted."""
    draw = data.draw
    if action == "add_comment":
        thread = CommentThread(
            id=new_id("comment"),
            target=draw(st.sampled_from(targets)),
            author="Ana",
            time=now(),
            text=draw(texts) or "?",
        )
        thread.order, room = plans.column_key("comment", journey.id, journey.comments, len(journey.comments))
        return [*room, Add("comment", journey.id, dump(thread))]
    threads = [thread for thread in journey.comments if mine(thread.id)]
    if not threads:
        return []
    thread = draw(st.sampled_from(threads))
    if action == "reply":
        answer = Reply(id=new_id("reply"), author="Ben", time=now(), text=draw(texts) or "!")
        return [set_fields("comment", journey.id, thread.id, {"replies": [*thread.replies, answer]})]
    if action == "resolve":
        return [SetFields("comment", journey.id, thread.id, {"resolved": not thread.resolved})]
    return [Remove("comment", journey.id, thread.id)]


def _vote(data: st.DataObject, journey, cards, action: str, mine: Callable[[str], bool]) -> list[Operation]:
    """A step of a dot vote: one round starts, takes dots on the sequence's own cards, moves on a
    turn, ends, reopens or is cleared; an ended one may be deleted."""
    draw = data.draw
    running = running_round(journey.votes)
    if action == "start_vote" and running is None:
        participants = draw(st.one_of(st.integers(1, 3), st.lists(st.sampled_from("ABCD"), min_size=1, max_size=3)))
        names = participants if isinstance(participants, int) else list(dict.fromkeys(participants))
        vote = new_round(new_id("vote"), "Vote", names, draw(st.sampled_from(VoteTargets)), draw(st.integers(1, 3)))
        vote.order, room = plans.column_key("vote", journey.id, journey.votes, len(journey.votes))
        return [*room, Add("vote", journey.id, dump(vote))]
    if running is None or not mine(running.id):
        ended = [vote for vote in journey.votes if mine(vote.id)]
        if action == "delete_vote" and ended:
            return [Remove("vote", journey.id, draw(st.sampled_from(ended)).id)]
        if action == "vote_step" and ended and running is None:
            vote = draw(st.sampled_from(ended))
            return _changed(journey.id, vote, draw(st.sampled_from([VoteRound.reopened, VoteRound.cleared]))(vote))
        return []
    try:
        if action == "cast_dot" and cards:
            return _changed(journey.id, running, running.cast(draw(st.sampled_from(cards))))
        if action == "vote_step":
            step = draw(st.sampled_from([VoteRound.next_turn, VoteRound.ended]))
            return _changed(journey.id, running, step(running))
    except VoteError:  # a dot the rules refuse
        return []
    return []


def _changed(journey_id: str, vote: VoteRound, changed: VoteRound) -> list[Operation]:
    values = {
        name: getattr(changed, name) for name in VoteRound.model_fields if getattr(changed, name) != getattr(vote, name)
    }
    return [set_fields("vote", journey_id, vote.id, values)] if values else []
