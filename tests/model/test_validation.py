"""The model itself refuses broken data and says which object and field is wrong."""

import pytest
from pydantic import ValidationError

from journeydesk.io.validation_messages import first_problem
from journeydesk.model import ImprovementCard, PainPointCard, Project, Stage, TouchpointCard
from tests.factories import small_project


def problem_of(data: dict) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        Project.model_validate(data)
    place, problem, _ = first_problem(caught.value)
    return place, problem


def test_valid_project_validates_and_reports_its_cards() -> None:
    project = Project.model_validate(small_project().model_dump())
    journey = project.journeys[0]
    assert [card.id for card in journey.cards_in_cell("s1", "l-touch")] == ["c-touch", "c-note"]
    assert [card.id for card in journey.pain_points()] == ["c-pain"]
    assert [card.addresses for card in journey.improvements()] == [["c-pain"]]


def test_duplicate_id_names_both_places() -> None:
    data = small_project().model_dump()
    data["journeys"][0]["cards"][1]["id"] = "s1"
    place, problem = problem_of(data)
    assert place == "project.journeys[0].cards[1].id"
    assert "already used by journeys[0].stages[0]" in problem


def test_card_in_unknown_stage() -> None:
    data = small_project().model_dump()
    data["journeys"][0]["cards"][1]["stage_id"] = "gone"
    assert problem_of(data) == ("project.journeys[0].cards[1].stage_id", "no stage with id 'gone' in this journey")


def test_card_in_unknown_lane() -> None:
    data = small_project().model_dump()
    data["journeys"][0]["cards"][0]["lane_id"] = "gone"
    assert problem_of(data) == ("project.journeys[0].cards[0].lane_id", "no lane with id 'gone' in this journey")


def test_action_addressing_a_card_that_is_not_a_pain_point() -> None:
    data = small_project().model_dump()
    data["journeys"][0]["cards"][3]["addresses"] = ["c-touch"]
    assert problem_of(data) == (
        "project.journeys[0].cards[3].addresses[0]",
        "no pain point with id 'c-touch' in this journey",
    )


def test_action_addressing_the_same_pain_point_twice() -> None:
    data = small_project().model_dump()
    data["journeys"][0]["cards"][3]["addresses"] = ["c-pain", "c-pain"]
    place, problem = problem_of(data)
    assert place == "project.journeys[0].cards[3].addresses[1]"
    assert "twice" in problem


def test_unknown_persona() -> None:
    data = small_project().model_dump()
    data["journeys"][0]["persona_id"] = "nobody"
    assert problem_of(data) == ("project.journeys[0].persona_id", "no persona with id 'nobody'")


@pytest.mark.parametrize(
    ("card_index", "field", "value", "expected"),
    [
        (2, "severity", 6, "must be at most 5, not 6"),
        (2, "severity", 0, "must be at least 1, not 0"),
        (3, "impact", 9, "must be at most 5, not 9"),
        (3, "effort", -1, "must be at least 1, not -1"),
        (0, "emotion", 3, "must be at most 2, not 3"),
        (0, "emotion", -3, "must be at least -2, not -3"),
        (2, "severity", "3", "must be a whole number, not text"),
        (2, "severity", 2.5, "must be a whole number, not a number"),
        (3, "status", "someday", "'someday' is not allowed here"),
        (0, "channel", "pigeon", "'pigeon' is not allowed here"),
        (3, "due", "next week", "'next week' is not a date written as YYYY-MM-DD"),
        (3, "due", 20260101, "a date must be written as YYYY-MM-DD"),
    ],
)
def test_values_out_of_range_or_of_the_wrong_type(card_index: int, field: str, value: object, expected: str) -> None:
    data = small_project().model_dump(mode="json")
    data["journeys"][0]["cards"][card_index][field] = value
    place, problem = problem_of(data)
    assert place == f"project.journeys[0].cards[{card_index}].{field}"
    assert problem.startswith(expected)


def test_unknown_card_kind() -> None:
    data = small_project().model_dump(mode="json")
    data["journeys"][0]["cards"][0]["kind"] = "sticker"
    place, problem = problem_of(data)
    assert place == "project.journeys[0].cards[0]"
    assert "unknown card kind 'sticker'" in problem


def test_colour_and_id_formats() -> None:
    with pytest.raises(ValidationError, match="pattern"):
        Stage(id="s", name="x", color="red")
    with pytest.raises(ValidationError):
        Stage(id="has space", name="x")
    assert Stage(id="s", name="x", color="#AABBCC").color == "#aabbcc"


def test_unknown_field_is_refused() -> None:
    data = small_project().model_dump(mode="json")
    data["journeys"][0]["cards"][1]["colour"] = "red"
    assert problem_of(data) == ("project.journeys[0].cards[1].colour", "unknown field (not part of this format)")


def test_channel_label_uses_the_custom_name() -> None:
    from journeydesk.model import Channel

    card = TouchpointCard(id="t", stage_id="s", lane_id="l", channel=Channel.CUSTOM, custom_channel="Kiosk")
    assert card.channel_label == "Kiosk"
    assert TouchpointCard(id="u", stage_id="s", lane_id="l", channel=Channel.EMAIL).channel_label == "E-mail"
    assert TouchpointCard(id="v", stage_id="s", lane_id="l").channel_label == ""


def test_default_values_are_sensible() -> None:
    pain = PainPointCard(id="p", stage_id="s", lane_id="l")
    action = ImprovementCard(id="a", stage_id="s", lane_id="l")
    assert (pain.severity, action.impact, action.effort, action.status.label) == (3, 3, 3, "Idea")
