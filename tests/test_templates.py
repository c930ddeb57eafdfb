"""Templates and the sample journey."""

import pytest

from journeydesk.io import dumps, loads
from journeydesk.model import CardKind, ImprovementCard, LaneKind, PainPointCard, TouchpointCard
from journeydesk.templates import TEMPLATE_KEYS, new_project, template_info

STAGES = {
    "four-stage": ["Awareness", "Consideration", "Purchase", "Loyalty"],
    "six-stage": ["Awareness", "Interest", "Consideration", "Purchase", "Retention", "Advocacy"],
    "seven-step": [
        "Awareness",
        "Interest",
        "Consideration",
        "Purchase",
        "Post-Purchase Experience",
        "Loyalty",
        "Advocacy",
    ],
}


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_every_template_makes_a_valid_project_with_fresh_ids(key: str) -> None:
    first, second = new_project(key), new_project(key)
    assert loads(dumps(first)) == first
    first_ids = {obj.id for _, obj in first.walk()}
    assert first_ids.isdisjoint(obj.id for _, obj in second.walk())


@pytest.mark.parametrize(("key", "names"), STAGES.items())
def test_stage_sets_follow_the_common_models(key: str, names: list[str]) -> None:
    journey = new_project(key).journeys[0]
    assert [stage.name for stage in journey.stages] == names
    assert template_info(key).stage_names == tuple(names)
    for stage in journey.stages:
        assert stage.goal and stage.guidance, f"{key}/{stage.name} has no guidance"


def test_blank_and_titles() -> None:
    blank = new_project("blank")
    assert blank.title == "Untitled journey map"
    assert blank.journeys[0].cards == []
    assert new_project("six-stage", title="Onboarding").title == "Onboarding"
    assert new_project("sample").title.startswith("Northwind Bikes")


def test_unknown_template_is_refused() -> None:
    with pytest.raises(KeyError, match="unknown template 'nine-stage'"):
        new_project("nine-stage")


def test_sample_is_a_complete_realistic_journey() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    assert journey.persona_id == project.personas[0].id
    assert {lane.kind for lane in journey.lanes} == set(LaneKind)
    assert 30 <= len(journey.cards) <= 50
    assert {card.kind for card in journey.cards} == set(CardKind)
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    assert len({card.channel for card in touchpoints}) >= 5
    assert all(card.emotion is not None for card in touchpoints)
    pains = [card for card in journey.cards if isinstance(card, PainPointCard)]
    assert len({card.severity for card in pains}) >= 3
    actions = [card for card in journey.cards if isinstance(card, ImprovementCard)]
    assert actions and all(card.addresses for card in actions)
    # every lane holds something except the emotion lane, which carries the curve
    used_lanes = {card.lane_id for card in journey.cards}
    assert {lane.kind for lane in journey.lanes if lane.id not in used_lanes} == {LaneKind.EMOTIONS}
