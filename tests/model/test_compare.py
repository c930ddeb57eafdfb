"""Differences between two versions of a project, as a person reads them."""

from journeydesk.model import NoteCard, Stage
from journeydesk.model.compare import differences
from tests.factories import small_project


def test_added_removed_and_changed_stages_and_cards_are_named() -> None:
    mine, theirs = small_project(), small_project()
    journey = theirs.journeys[0]
    journey.stages.append(Stage(id="s3", name="Loyalty"))
    journey.cards = [card for card in journey.cards if card.id != "c-note"]
    journey.cards[0] = journey.cards[0].model_copy(update={"title": "Billboard"})
    journey.cards.append(NoteCard(id="n-new", stage_id="s1", lane_id="l-touch", title="Rain on the day"))
    found = [str(difference) for difference in differences(mine, theirs)]
    assert sorted(found) == sorted(
        [
            "Stage “Loyalty” in “Current” added",
            "Touchpoint “Billboard” in “Current” changed",
            "Note “Rain on the day” in “Current” added",
            "Note “Seen on the train” in “Current” removed",
        ]
    )
    assert differences(mine, small_project()) == []


def test_project_and_journey_level_changes() -> None:
    mine, theirs = small_project(), small_project()
    theirs.title = "Renamed"
    theirs.journeys[0].name = "Today"
    found = [str(difference) for difference in differences(mine, theirs)]
    assert found == ["Project “Renamed” changed", "Journey “Today” changed"]
