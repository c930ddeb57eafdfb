"""Quadrants of the priorities matrix; deriving a future state and what it changes."""

import pytest

from journeydesk.model import ImprovementCard, PainPointCard, Project
from journeydesk.model.future import future_state_of, pain_point_outcomes
from journeydesk.model.priorities import Quadrant, priority, quadrant
from journeydesk.model.registers import action_backlog, pain_point_register
from tests.factories import small_project


@pytest.mark.parametrize(
    ("impact", "effort", "expected"),
    [
        (5, 1, Quadrant.QUICK_WIN),
        (3, 2, Quadrant.QUICK_WIN),
        (5, 5, Quadrant.MAJOR_PROJECT),
        (3, 3, Quadrant.MAJOR_PROJECT),
        (1, 1, Quadrant.FILL_IN),
        (2, 2, Quadrant.FILL_IN),
        (2, 5, Quadrant.THANKLESS),
        (1, 3, Quadrant.THANKLESS),
    ],
)
def test_quadrants(impact: int, effort: int, expected: Quadrant) -> None:
    action = ImprovementCard(id="a", stage_id="s", lane_id="l", impact=impact, effort=effort)
    assert quadrant(action) is expected
    assert priority(action) == impact / effort


def test_actions_by_pain_point_lists_each_pain_points_actions_in_map_order() -> None:
    journey = small_project().journeys[0]
    journey.cards += [
        PainPointCard(id="p2", stage_id="s1", lane_id="l-pain", title="Nobody helps"),
        ImprovementCard(id="a2", stage_id="s1", lane_id="l-act", title="Chat", addresses=["p2", "c-pain"]),
    ]
    addressing = journey.actions_by_pain_point()
    assert {pain: [action.id for action in actions] for pain, actions in addressing.items()} == {
        "c-pain": ["c-act", "a2"],
        "p2": ["a2"],
    }


def test_registers_put_the_worst_pain_and_the_best_bet_first() -> None:
    project = small_project()
    journey = project.journeys[0]
    journey.cards += [
        PainPointCard(id="p-mild", stage_id="s1", lane_id="l-pain", title="Mild", severity=1),
        PainPointCard(id="p-bad", stage_id="s1", lane_id="l-pain", title="Bad", severity=5),
        ImprovementCard(id="a-slog", stage_id="s1", lane_id="l-act", impact=1, effort=5, addresses=["p-mild"]),
        ImprovementCard(id="a-big", stage_id="s1", lane_id="l-act", impact=5, effort=4),
        ImprovementCard(id="a-win", stage_id="s1", lane_id="l-act", impact=5, effort=1, addresses=["p-bad"]),
    ]
    pains = pain_point_register(project)
    assert [entry.pain.id for entry in pains] == ["p-bad", "c-pain", "p-mild"]
    assert [action.id for action in pains[0].actions] == ["a-win"] and pains[0].stage == "Discover"
    backlog = action_backlog(project)
    assert [entry.action.id for entry in backlog] == ["a-win", "a-big", "c-act", "a-slog"]  # c-act: 3 x 3
    assert [pain.id for pain in backlog[-1].pain_points] == ["p-mild"]
    assert backlog[-1].quadrant is Quadrant.THANKLESS


def test_future_state_copies_everything_under_new_ids_with_origins() -> None:
    project = small_project()
    current = project.journeys[0]
    future = future_state_of(current)
    project.journeys.append(future)
    Project.model_validate(project.model_dump())  # a valid project, origins and links included
    assert future.name == "Current (future state)" and future.based_on == current.id
    assert future.state.value == "future" and future.overlay_journey_id == current.id
    assert [stage.origin_id for stage in future.stages] == [stage.id for stage in current.stages]
    assert [card.origin_id for card in future.cards] == [card.id for card in current.cards]
    assert not {card.id for card in future.cards} & {card.id for card in current.cards}
    action = next(card for card in future.cards if isinstance(card, ImprovementCard))
    assert action.addresses == [next(card.id for card in future.cards if isinstance(card, PainPointCard))]


def test_outcomes_say_what_became_of_each_pain_point() -> None:
    current = small_project().journeys[0]
    current.cards.append(PainPointCard(id="c-pain2", stage_id="s1", lane_id="l-pain", title="Hidden fees", severity=3))
    current.cards.append(PainPointCard(id="c-pain3", stage_id="s1", lane_id="l-pain", title="Rude staff", severity=2))
    future = future_state_of(current)
    copies = {card.origin_id: card for card in future.cards}
    future.cards.remove(copies["c-pain"])  # resolved
    copies["c-pain2"].severity = 1  # eased
    copies["c-pain3"].severity = 4  # worse
    outcomes = {outcome.pain_point.id: outcome.label for outcome in pain_point_outcomes(current, future)}
    assert outcomes == {"c-pain": "Resolved", "c-pain2": "Eased (3 → 1)", "c-pain3": "Worse (2 → 4)"}
