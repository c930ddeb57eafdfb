"""Each health-check rule on a crafted journey: the finding is there, and gone once the map is fixed."""

import pytest

from journeydesk.model import (
    ActionStatus,
    Channel,
    ImprovementCard,
    Journey,
    Lane,
    LaneKind,
    PainPointCard,
    Stage,
    TouchpointCard,
)
from journeydesk.model.health import Principle, Rule, check, open_findings
from journeydesk.templates import TEMPLATE_KEYS, new_project


def crafted() -> Journey:
    """Every stage has a touchpoint, every pain point an owned, started action: nothing to report."""
    stages = [
        Stage(id="s-consider", name="Consideration"),
        Stage(id="s-buy", name="Purchase"),
        Stage(id="s-after", name="Retention"),
    ]
    lanes = [
        Lane(id="l-touch", name="Touchpoints", kind=LaneKind.TOUCHPOINTS),
        Lane(id="l-pain", name="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="l-act", name="Actions", kind=LaneKind.IMPROVEMENTS),
        Lane(id="l-feel", name="Feeling", kind=LaneKind.EMOTIONS),
    ]
    cards = [
        TouchpointCard(id="t1", stage_id="s-consider", lane_id="l-touch", title="Reviews", emotion=1),
        TouchpointCard(id="t2", stage_id="s-buy", lane_id="l-touch", title="Checkout", emotion=0),
        TouchpointCard(
            id="t3", stage_id="s-after", lane_id="l-touch", title="Help line", channel=Channel.PHONE, emotion=1
        ),
        PainPointCard(id="p1", stage_id="s-buy", lane_id="l-pain", title="Card declined", severity=5),
        ImprovementCard(
            id="a1",
            stage_id="s-buy",
            lane_id="l-act",
            title="Retry payment",
            owner="Payments",
            status=ActionStatus.IN_PROGRESS,
            addresses=["p1"],
        ),
    ]
    return Journey(id="j", name="Crafted", stages=stages, lanes=lanes, cards=cards)


def card(journey: Journey, card_id: str):
    return next(item for item in journey.cards if item.id == card_id)


def test_a_healthy_map_has_no_findings() -> None:
    assert check(crafted()) == []


CASES = {
    Rule.STAGE_WITHOUT_TOUCHPOINT: (
        ("stage", "s-consider"),
        lambda j: j.cards.remove(card(j, "t1")),
        lambda j: j.cards.append(TouchpointCard(id="t9", stage_id="s-consider", lane_id="l-touch", emotion=1)),
    ),
    Rule.UNADDRESSED_PAIN: (
        ("card", "p2"),
        lambda j: j.cards.append(PainPointCard(id="p2", stage_id="s-buy", lane_id="l-pain", severity=2)),
        lambda j: setattr(card(j, "a1"), "addresses", ["p1", "p2"]),
    ),
    Rule.SEVERE_PAIN_NOT_STARTED: (
        ("card", "p1"),
        lambda j: setattr(card(j, "a1"), "status", ActionStatus.PLANNED),
        lambda j: setattr(card(j, "a1"), "status", ActionStatus.DONE),
    ),
    Rule.EMOTION_FALLS: (
        ("stage", "s-buy"),
        lambda j: setattr(card(j, "a1"), "stage_id", "s-after"),
        lambda j: j.cards.append(
            ImprovementCard(id="a2", stage_id="s-buy", lane_id="l-act", owner="Team", status=ActionStatus.PLANNED)
        ),
    ),
    Rule.NO_CONTACT_AFTER_PURCHASE: (
        ("stage", "s-after"),
        lambda j: (setattr(card(j, "t3"), "channel", Channel.WEBSITE), setattr(card(j, "t3"), "title", "Blog")),
        lambda j: setattr(card(j, "t3"), "channel", Channel.CHAT),
    ),
    Rule.ACTION_WITHOUT_OWNER: (
        ("card", "a1"),
        lambda j: setattr(card(j, "a1"), "owner", "  "),
        lambda j: setattr(card(j, "a1"), "owner", "Payments"),
    ),
    Rule.NOT_RATED: (
        ("card", "p1"),
        lambda j: setattr(card(j, "p1"), "severity", None),
        lambda j: setattr(card(j, "p1"), "severity", 2),
    ),
}


@pytest.mark.parametrize("rule", list(CASES), ids=[rule.key for rule in CASES])
def test_each_rule_finds_its_problem_and_forgets_it_once_fixed(rule: Rule) -> None:
    target, break_it, fix_it = CASES[rule]
    journey = crafted()
    break_it(journey)
    findings = [finding for finding in check(journey) if finding.rule is rule]
    assert [finding.target for finding in findings] == [target]
    assert findings[0].message
    fix_it(journey)
    assert [finding for finding in check(journey) if finding.rule is rule] == []


def test_every_rule_is_covered_and_grounded_in_a_principle() -> None:
    assert set(CASES) == set(Rule)
    assert {rule.principle for rule in Rule} <= set(Principle)


def test_an_action_without_impact_or_effort_is_not_rated() -> None:
    journey = crafted()
    card(journey, "a1").effort = None
    findings = [finding for finding in check(journey) if finding.rule is Rule.NOT_RATED]
    assert [(finding.target, finding.message) for finding in findings] == [
        (("card", "a1"), "Rate the impact and effort of “Retry payment”")
    ]


def test_dismissed_findings_are_left_out() -> None:
    journey = crafted()
    card(journey, "a1").owner = ""
    (finding,) = open_findings(journey)
    journey.dismissed = [finding.key]
    assert open_findings(journey) == []
    assert finding.key == "action-without-owner:a1"


@pytest.mark.parametrize("key", [key for key in TEMPLATE_KEYS if key != "sample"])
def test_a_blank_template_greets_the_room_without_findings(key: str) -> None:
    for journey in new_project(key).journeys:
        assert check(journey) == []


def test_lanes_nobody_has_started_stay_quiet() -> None:
    journey = crafted()
    journey.cards = [card for card in journey.cards if card.kind.value == "pain_point"]  # pain points only
    assert check(journey) == []  # no "no touchpoint here", no "nobody addresses it" yet
    journey.lanes.append(Lane(id="l-notes", name="Notes", kind=LaneKind.NOTES))  # an empty lane is no finding
    assert check(journey) == []
    journey.cards.append(TouchpointCard(id="t9", stage_id="s-buy", lane_id="l-touch"))
    assert {finding.target for finding in check(journey)} == {("stage", "s-consider"), ("stage", "s-after")}


VERBS = ("Add", "Link", "Start", "Plan", "Offer", "Give", "Rate")


def test_every_finding_says_what_to_do_next() -> None:
    for rule, (_, break_it, _) in CASES.items():
        journey = crafted()
        break_it(journey)
        for finding in check(journey):
            assert finding.message.startswith(VERBS), (rule, finding.message)
