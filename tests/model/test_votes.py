"""Dot votes in the model: the rules of a round, its tally, and how rounds are kept in the file."""

import json
from pathlib import Path

import pytest

from journeydesk.io import JourneyFileError, dumps, load_project, loads
from journeydesk.model.enums import VoteTargets
from journeydesk.model.future import future_state_of
from journeydesk.model.rekey import with_fresh_ids
from journeydesk.model.votes import VoteError, new_round, next_round_name, ranking, running_round, votes_by_card
from tests.factories import small_project


def cards():
    journey = small_project().journeys[0]
    return journey, {card.id: card for card in journey.cards}


def test_a_named_round_runs_as_turns_and_tallies_every_dot() -> None:
    journey, by_id = cards()
    vote = new_round("vote-1", "Vote 1", ["Ana", "Ben"], VoteTargets.ANY, dots=2)
    assert vote.current is not None and vote.current.participant == "Ana"
    vote = vote.cast(by_id["c-pain"]).cast(by_id["c-pain"])
    assert vote.dots_left() == 0
    with pytest.raises(VoteError, match="no dots left"):
        vote.cast(by_id["c-act"])
    vote = vote.next_turn()
    assert vote.current is not None and vote.current.participant == "Ben"
    vote = vote.cast(by_id["c-act"]).next_turn()
    assert vote.everyone_voted and vote.current is None
    assert vote.tally() == {"c-pain": 2, "c-act": 1}
    assert vote.voters("c-pain") == [("Ana", 2)]
    assert [(card.id, dots) for card, dots in ranking(vote, journey.cards)] == [("c-pain", 2), ("c-act", 1)]


def test_one_dot_per_card_and_the_targets_are_kept() -> None:
    _, by_id = cards()
    vote = new_round("vote-1", "Vote 1", 3, VoteTargets.PAIN_POINTS, one_dot_per_card=True)
    assert vote.anonymous and vote.participant_label(1) == "Participant 2"
    vote = vote.cast(by_id["c-pain"])
    with pytest.raises(VoteError, match="one dot per card"):
        vote.cast(by_id["c-pain"])
    with pytest.raises(VoteError, match="this vote is on pain points, not on improvement actions"):
        vote.cast(by_id["c-act"])
    vote = vote.take_back("c-pain")
    assert vote.tally() == {}
    with pytest.raises(VoteError, match="no dot of yours"):
        vote.take_back("c-pain")


def test_a_running_round_counts_only_once_it_has_ended() -> None:
    _, by_id = cards()
    vote = new_round("vote-1", "Vote 1", ["Ana"], VoteTargets.ANY).cast(by_id["c-note"])
    assert running_round([vote]) is vote
    assert votes_by_card([vote]) == {}
    ended = vote.ended()
    assert votes_by_card([ended]) == {"c-note": 1}
    assert running_round([ended]) is None
    assert votes_by_card([ended, ended.reopened()]) == {"c-note": 1}


def test_changes_make_new_rounds_and_leave_the_old_ones_alone() -> None:
    _, by_id = cards()
    start = new_round("vote-1", "Vote 1", ["Ana", "Ben"], VoteTargets.ANY)
    voted = start.cast(by_id["c-touch"]).next_turn().cast(by_id["c-touch"])
    assert start.tally() == {}
    cleared = voted.ended().cleared()
    assert cleared.tally() == {} and cleared.turn == 0 and not cleared.closed
    assert voted.tally() == {"c-touch": 2}
    assert voted.without_cards({"c-touch"}).tally() == {}


def test_participants_join_late_with_names_of_their_own() -> None:
    vote = new_round("vote-1", "Vote 1", ["Ana"])
    vote = vote.next_turn().with_participant("Cem")
    assert vote.current is not None and vote.current.participant == "Cem"
    with pytest.raises(VoteError, match="a name nobody else"):
        vote.with_participant("Ana")
    assert new_round("vote-2", "Vote 2", 2).with_participant("ignored").ballots[-1].participant == ""


def test_round_names_count_on() -> None:
    first = new_round("vote-1", "Vote 1", 1)
    assert next_round_name([]) == "Vote 1"
    assert next_round_name([first]) == "Vote 2"
    assert next_round_name([first.model_copy(update={"name": "Vote 2"})]) == "Vote 3"


def project_with_a_vote():
    project = small_project()
    journey = project.journeys[0]
    by_id = {card.id: card for card in journey.cards}
    vote = new_round("vote-1", "Vote 1", ["Ana", "Ben"], VoteTargets.ANY, time_limit_minutes=5)
    vote = vote.cast(by_id["c-pain"]).next_turn().cast(by_id["c-act"]).next_turn().ended()
    journey.votes = [vote.model_copy(update={"order": "a0"})]  # as opening a file places it
    return project


def test_votes_are_kept_in_the_file_with_who_voted_where(tmp_path: Path) -> None:
    project = project_with_a_vote()
    data = json.loads(dumps(project))
    (saved,) = data["project"]["journeys"][0]["votes"]
    assert saved["ballots"] == [
        {"participant": "Ana", "dots": ["c-pain"]},
        {"participant": "Ben", "dots": ["c-act"]},
    ]
    assert saved["closed"] is True and saved["time_limit_minutes"] == 5
    assert loads(dumps(project)) == project


def test_a_version_2_file_opens_with_no_votes(tmp_path: Path) -> None:
    data = json.loads(dumps(small_project()))
    data["schema_version"] = 2
    del data["project"]["journeys"][0]["votes"]
    path = tmp_path / "old.journey"
    path.write_text(json.dumps(data))
    assert load_project(path).journeys[0].votes == []


@pytest.mark.parametrize(
    ("edit", "place", "problem"),
    [
        (
            lambda vote: vote["ballots"][0]["dots"].append("nowhere"),
            "votes[0].ballots[0].dots[1]",
            "no card with id 'nowhere'",
        ),
        (lambda vote: vote.update(dots_per_participant=0), "votes[0].dots_per_participant", ""),
        (lambda vote: vote["ballots"][0]["dots"].extend(["c-pain"] * 3), "votes[0].ballots[0].dots", "more dots"),
        (lambda vote: vote["ballots"][1].update(participant=""), "votes[0].ballots", "all named or all anonymous"),
        (lambda vote: vote["ballots"][1].update(participant="Ana"), "votes[0].ballots", "'Ana' takes part twice"),
        (lambda vote: vote.update(turn=7), "votes[0].turn", "only 2 participants"),
    ],
)
def test_a_broken_vote_in_a_file_is_refused_with_its_place(edit, place: str, problem: str) -> None:
    data = json.loads(dumps(project_with_a_vote()))
    edit(data["project"]["journeys"][0]["votes"][0])
    with pytest.raises(JourneyFileError) as caught:
        loads(json.dumps(data).encode(), "map.journey")
    assert place in str(caught.value)
    assert problem in str(caught.value)


def test_fresh_ids_and_future_states_follow_the_votes() -> None:
    project = project_with_a_vote()
    copy = with_fresh_ids(project)
    journey = copy.journeys[0]
    titles = {card.id: card.title for card in journey.cards}
    assert journey.votes[0].id != "vote-1"
    assert [titles[dot] for ballot in journey.votes[0].ballots for dot in ballot.dots] == [
        "Slow checkout",
        "One-page checkout",
    ]
    assert future_state_of(project.journeys[0]).votes == []
