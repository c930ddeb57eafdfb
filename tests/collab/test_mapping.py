"""The map as Yjs types, without a network: written, read back, merged, repaired and refused."""

import pytest
from hypothesis import HealthCheck, given, settings
from pycrdt import Doc, Map, Text

from journeydesk.collab import mapping, mirror
from journeydesk.collab.reconcile import MAX_OBJECTS, reconcile, touched
from journeydesk.collab.view import DocView, Invalid, SessionMapError
from journeydesk.document import plans
from journeydesk.document.apply import apply, dump
from journeydesk.document.objects import TYPES
from journeydesk.document.operations import Add, Link, SetFields
from journeydesk.document.state import ProjectState
from journeydesk.model import Project, defaults
from journeydesk.model.enums import CardKind
from journeydesk.model.votes import Ballot, VoteRound
from journeydesk.templates import new_project
from tests.strategies import projects

LOCAL = "test"


def seeded(project: Project) -> Doc:
    doc = Doc()
    mapping.seed(doc, project, LOCAL)
    return doc


def synced_copy(doc: Doc) -> Doc:
    copy = Doc()
    copy.apply_update(doc.get_update())
    return copy


def exchange(first: Doc, second: Doc) -> None:
    first_state, second_state = first.get_state(), second.get_state()
    second.apply_update(first.get_update(second_state))
    first.apply_update(second.get_update(first_state))


def card_map(doc: Doc, journey_id: str, card_id: str) -> Map:
    found = mapping.object_map(doc, TYPES["card"], journey_id, card_id)
    assert found is not None
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(max_journeys=2, max_cards=10))
def test_every_project_comes_back_from_the_doc_as_it_went_in(project: Project) -> None:
    assert DocView(synced_copy(seeded(project))).project() == project


def test_the_sample_comes_back_with_numbers_as_numbers_and_text_as_shared_text() -> None:
    project = new_project("sample")
    doc = synced_copy(seeded(project))
    back = DocView(doc).project()
    assert back == project
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    assert type(back.journey(journey.id).stage(journey.stages[0].id).name) is str
    assert back.journeys[0].cards == journey.cards
    assert isinstance(card_map(doc, journey.id, pain.id)["severity"], float)  # what Yjs keeps...
    assert type(DocView(doc).get(("card", journey.id, pain.id)).severity) is int  # ...and what we read
    assert isinstance(card_map(doc, journey.id, pain.id)["title"], Text)
    assert doc.get("meta", type=Map)["format"] == "journeydesk"


def test_two_people_typing_in_one_title_both_keep_their_words() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    card = journey.cards[0]
    ours = seeded(project)
    theirs = synced_copy(ours)
    title = card.title
    mapping.splice(card_map(ours, journey.id, card.id)["title"], title, "Quickly: " + title)
    mapping.splice(card_map(theirs, journey.id, card.id)["title"], title, title + " (checked)")
    exchange(ours, theirs)
    expected = "Quickly: " + title + " (checked)"
    assert str(card_map(ours, journey.id, card.id)["title"]) == expected
    assert str(card_map(theirs, journey.id, card.id)["title"]) == expected


def test_ratings_not_given_lane_descriptions_and_persona_backgrounds_travel_and_merge() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    pain, action, lane, persona = (
        next(journey.pain_points()),
        next(journey.improvements()),
        journey.lanes[0],
        project.personas[0],
    )
    lane.description, persona.about = "What the customer does", "Commutes by train"
    ours_state, ours = ProjectState(project), seeded(project)
    theirs = synced_copy(ours)
    theirs_state = ProjectState(DocView(theirs).project())
    for operation in (
        SetFields("card", journey.id, pain.id, {"severity": None}),
        SetFields("card", journey.id, action.id, {"impact": None, "effort": None}),
        SetFields("lane", journey.id, lane.id, {"description": "What the customer does, step by step"}),
        SetFields("persona", None, persona.id, {"about": "Commutes by train, daily"}),
    ):
        apply(ours_state, operation)
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    for operation in (  # meanwhile they type in the same two texts
        SetFields("lane", journey.id, lane.id, {"description": "All that the customer does"}),
        SetFields("persona", None, persona.id, {"about": "Often commutes by train"}),
    ):
        apply(theirs_state, operation)
    mirror.mirror(theirs, theirs_state, theirs_state.take_changes(), LOCAL)
    exchange(ours, theirs)
    merged = DocView(ours).project()
    assert DocView(theirs).project() == merged
    assert card_map(ours, journey.id, pain.id)["severity"] is None  # not rated: null, not a made-up 3
    merged_journey = merged.journey(journey.id)
    cards = {card.id: card for card in merged_journey.cards}
    assert cards[pain.id].severity is None
    assert (cards[action.id].impact, cards[action.id].effort) == (None, None)
    assert merged_journey.lane(lane.id).description == "All that the customer does, step by step"
    assert merged.persona(persona.id).about == "Often commutes by train, daily"
    assert isinstance(mapping.object_map(ours, TYPES["persona"], None, persona.id)["about"], Text)


def test_splicing_counts_positions_in_the_bytes_yjs_counts() -> None:
    doc = Doc()
    text = doc.get("t", type=Text)
    text.insert(0, "Привет 😀 мир")
    mapping.splice(text, "Привет 😀 мир", "Привет, 😀 весь мир")
    assert str(text) == "Привет, 😀 весь мир"


def test_a_card_added_to_a_stage_someone_deleted_is_not_shown_by_anyone() -> None:
    project = new_project("six-stage")
    journey = project.journeys[0]
    stage = journey.stages[-1]
    ours_state = ProjectState(project)
    ours = seeded(project)
    theirs = synced_copy(ours)
    theirs_state = ProjectState(DocView(theirs).project())
    # they add a card to the last stage while we delete that stage
    plan = plans.CellPlan(journey.id, theirs_state.index(journey.id))
    card = defaults.new_card(CardKind.NOTE, stage.id, journey.lanes[0].id, "Late idea")
    card.order = plan.put((stage.id, journey.lanes[0].id), None, card.id)
    apply(theirs_state, Add("card", journey.id, dump(card)))
    mirror.mirror(theirs, theirs_state, theirs_state.take_changes(), LOCAL)
    for operation in plans.removal(ours_state, "stage", journey.id, [stage.id]):
        apply(ours_state, operation)
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    exchange(ours, theirs)
    assert DocView(ours).project() == DocView(theirs).project() == ours_state.project
    assert DocView(ours).get(("card", journey.id, card.id)) is None


def receive(ours: Doc, ours_state: ProjectState, theirs: Doc) -> None:
    """Apply what ``theirs`` has that ``ours`` lacks, and reconcile ``ours_state`` with it, as a session does."""
    changed: set = set()
    subscription = ours.get("journeys", type=Map).observe_deep(
        lambda events: changed.update(touched("journeys", events))
    )
    ours.apply_update(theirs.get_update(ours.get_state()))
    result = reconcile(ours_state, DocView(ours), changed, set(), lambda operation: apply(ours_state, operation))
    del subscription
    assert not result.refused and not result.failure


def test_a_link_to_a_pain_point_someone_removed_is_dropped_alike_on_both_sides() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    action = next(journey.improvements())
    pain = next(card for card in journey.pain_points() if card.id not in action.addresses)
    ours_state, ours = ProjectState(project), seeded(project)
    theirs = synced_copy(ours)
    theirs_state = ProjectState(DocView(theirs).project())
    apply(ours_state, Link(journey.id, action.id, pain.id))
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    for operation in plans.removal(theirs_state, "card", journey.id, [pain.id]):
        apply(theirs_state, operation)
    mirror.mirror(theirs, theirs_state, theirs_state.take_changes(), LOCAL)
    receive(ours, ours_state, theirs)
    assert pain.id not in ours_state.index(journey.id).card(action.id).addresses
    assert pain.id not in ours_state.index(journey.id)
    exchange(ours, theirs)
    assert DocView(theirs).project() == DocView(ours).project() == ours_state.project


def test_a_dot_on_a_card_someone_removed_is_dropped_alike_on_both_sides() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    journey.votes.append(VoteRound(id="vote-1", order="a0", name="Pains", ballots=[Ballot(participant="Ana")]))
    ours_state, ours = ProjectState(project), seeded(project)
    theirs = synced_copy(ours)
    theirs_state = ProjectState(DocView(theirs).project())
    dotted = journey.votes[0].cast(pain)
    apply(ours_state, SetFields("vote", journey.id, "vote-1", {"ballots": dump(dotted)["ballots"]}))
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    for operation in plans.removal(theirs_state, "card", journey.id, [pain.id]):
        apply(theirs_state, operation)
    mirror.mirror(theirs, theirs_state, theirs_state.take_changes(), LOCAL)
    receive(ours, ours_state, theirs)
    (vote,) = ours_state.project.journey(journey.id).votes
    assert vote.ballots[0].dots == [] and pain.id not in ours_state.index(journey.id)
    exchange(ours, theirs)
    assert DocView(theirs).project() == DocView(ours).project() == ours_state.project


def test_an_object_the_format_refuses_is_invalid_and_an_update_bringing_it_is_refused() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    state = ProjectState(project)
    doc = seeded(project)
    card_map(doc, journey.id, pain.id)["severity"] = "high"
    found = DocView(doc).get(("card", journey.id, pain.id))
    assert isinstance(found, Invalid) and "severity" in found.reason
    before = project.model_copy(deep=True)
    result = reconcile(state, DocView(doc), {("card", journey.id, pain.id)}, set(), lambda op: apply(state, op))
    assert result.refused and not result.operations
    assert state.project == before
    assert ("card", journey.id, pain.id) in result.unsettled


def test_a_refused_object_does_not_hold_up_later_updates_to_others() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    pain, other = next(journey.pain_points()), journey.cards[0]
    state, doc = ProjectState(project), seeded(project)
    card_map(doc, journey.id, pain.id)["severity"] = 9
    first = reconcile(state, DocView(doc), {("card", journey.id, pain.id)}, set(), lambda op: apply(state, op))
    mapping.splice(card_map(doc, journey.id, other.id)["title"], other.title, "Renamed")
    second = reconcile(
        state, DocView(doc), {("card", journey.id, other.id)}, first.unsettled, lambda op: apply(state, op)
    )
    assert not second.refused
    assert state.index(journey.id).card(other.id).title == "Renamed"
    assert state.index(journey.id).card(pain.id).severity == pain.severity
    assert second.unsettled == {("card", journey.id, pain.id)}


def test_a_card_made_another_kind_while_a_field_of_its_old_kind_was_edited_reads_as_its_new_kind() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    ours_state, ours = ProjectState(project), seeded(project)
    theirs = synced_copy(ours)
    for operation in plans.kind_change(ours_state, journey.id, pain, CardKind.NOTE):
        apply(ours_state, operation)
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    card_map(theirs, journey.id, pain.id)["severity"] = 5  # their edit of the old kind's field
    exchange(ours, theirs)
    found = DocView(theirs).get(("card", journey.id, pain.id))
    assert found is not None and found.kind is CardKind.NOTE
    assert DocView(ours).project() == DocView(theirs).project() == ours_state.project


def test_a_map_in_a_newer_format_is_not_joined() -> None:
    doc = seeded(new_project("sample"))
    doc.get("meta", type=Map)["schema_version"] = 99
    with pytest.raises(SessionMapError, match=r"newer format \(version 99"):
        DocView(doc).project()


def test_an_update_touching_more_objects_than_a_map_holds_is_refused_unread() -> None:
    project = new_project("sample")
    state = ProjectState(project)
    before = project.model_copy(deep=True)
    journey_id = project.journeys[0].id
    flood = {("card", journey_id, f"card-{number}") for number in range(MAX_OBJECTS + 1)}
    result = reconcile(state, DocView(seeded(project)), flood, set(), lambda op: apply(state, op))
    assert result.refused and "more than a map holds" in result.refused[0].reason
    assert not result.operations and state.project == before


def test_a_vote_started_and_dotted_on_one_side_reaches_the_other_as_its_own_object() -> None:
    project = new_project("sample")
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    ours_state, ours = ProjectState(project), seeded(project)
    theirs = synced_copy(ours)
    vote = VoteRound(id="vote-1", order="a0", name="Which pains first", ballots=[Ballot(participant="Ana")])
    apply(ours_state, Add("vote", journey.id, dump(vote)))
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    dotted = vote.cast(pain)
    apply(ours_state, SetFields("vote", journey.id, vote.id, {"ballots": dump(dotted)["ballots"]}))
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    exchange(ours, theirs)
    assert mapping.object_map(theirs, TYPES["vote"], journey.id, vote.id) is not None
    (arrived,) = DocView(theirs).project().journey(journey.id).votes
    assert arrived.tally()[pain.id] == 1 and arrived.name == "Which pains first"


def test_comment_threads_and_replies_from_both_sides_reach_everyone_and_go_with_their_card() -> None:
    from journeydesk.model.comments import CommentThread, Reply, now

    project = new_project("sample")
    journey = project.journeys[0]
    pain = next(journey.pain_points())
    ours_state, ours = ProjectState(project), seeded(project)
    theirs_state, theirs = ProjectState(DocView(synced_copy(ours)).project()), synced_copy(ours)
    opened = CommentThread(id="comment-1", order="a0", target=pain.id, author="Ana", time=now(), text="Why @Ben?")
    apply(ours_state, Add("comment", journey.id, dump(opened)))
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    exchange(ours, theirs)
    (arrived,) = DocView(theirs).project().journey(journey.id).comments
    assert arrived == opened
    apply(theirs_state, Add("comment", journey.id, dump(arrived)))
    answer = Reply(id="reply-1", author="Ben", time=now(), text="Because")
    apply(theirs_state, SetFields("comment", journey.id, "comment-1", {"replies": [dump(answer)], "resolved": True}))
    mirror.mirror(theirs, theirs_state, theirs_state.take_changes(), LOCAL)
    own = Reply(id="reply-2", author="Ana", time=now(), text="Thanks")
    apply(ours_state, SetFields("comment", journey.id, "comment-1", {"replies": [dump(own)]}))
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    exchange(ours, theirs)
    for doc in (ours, theirs):
        (thread,) = DocView(doc).project().journey(journey.id).comments
        assert {reply.id for reply in thread.replies} == {"reply-1", "reply-2"} and thread.resolved
    for operation in plans.removal(ours_state, "card", journey.id, [pain.id]):
        apply(ours_state, operation)
    mirror.mirror(ours, ours_state, ours_state.take_changes(), LOCAL)
    exchange(ours, theirs)
    assert DocView(theirs).project().journey(journey.id).comments == []
