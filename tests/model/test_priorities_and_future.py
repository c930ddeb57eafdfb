"""Quadrants of the priorities matrix; deriving a future state and what it changes."""

import pytest

from journeydesk.model import ImprovementCard, PainPointCard, Project
from journeydesk.model.future import future_name, future_state_of, outcome_summary, pain_point_outcomes
from journeydesk.model.priorities import Quadrant, priority, quadrant
from journeydesk.model.registers import action_backlog, pain_point_register
from journeydesk.model.types import NAME_MAX
from journeydesk.model.words import a, count, numbered
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


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Current state", [], "Future state"),
        ("Current state", ["Current state", "Future state"], "Future state 2"),
        ("Current state", ["future state", "Future State 2"], "Future state 3"),
        ("Buying an e-bike (current state)", [], "Buying an e-bike (future state)"),
        ("Buying an e-bike (current state)", ["Buying an e-bike (future state)"], "Buying an e-bike (future state 2)"),
        ("Onboarding", [], "Onboarding (future state)"),
        ("Onboarding", ["Onboarding (future state)"], "Onboarding (future state 2)"),
        ("CURRENT STATE", [], "FUTURE STATE"),
        ("", [], "Future state"),
    ],
)
def test_a_future_state_gets_a_sensible_name_of_its_own(name: str, taken: list[str], expected: str) -> None:
    assert future_name(name, taken) == expected
    journey = small_project().journeys[0]
    journey.name = name or "x"
    if name:
        assert future_state_of(journey, taken).name == expected


def test_a_very_long_name_still_fits() -> None:
    name = future_name("A" * NAME_MAX, ["A" * 80])
    assert len(name) <= NAME_MAX and name.endswith("(future state)")


def test_the_comparison_summary_counts_in_words() -> None:
    current = small_project().journeys[0]
    future = future_state_of(current)
    assert outcome_summary(pain_point_outcomes(current, future)) == (
        "Of 1 pain point, the future state resolves 0 and eases 0."
    )
    future.cards = [card for card in future.cards if not isinstance(card, PainPointCard)]
    current.cards.append(PainPointCard(id="c-pain2", stage_id="s1", lane_id="l-pain", title="Hidden fees"))
    assert outcome_summary(pain_point_outcomes(current, future)).startswith(
        "Of 2 pain points, the future state resolves 2"
    )
    current.cards = []
    assert outcome_summary(pain_point_outcomes(current, future)) == "The current state has no pain points to compare."


def test_counts_and_articles() -> None:
    assert [count(n, "card") for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]
    assert count(3, "pain point") == "3 pain points" and count(2, "child", "children") == "2 children"
    assert a("touchpoint") == "a touchpoint" and a("improvement action") == "an improvement action"
    assert numbered("New journey", []) == "New journey"
    assert numbered("New journey", ["new journey", "New journey 2"]) == "New journey 3"
