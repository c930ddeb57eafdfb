"""The health check: findings computed from a journey map, each naming what it is about and what to
do next.

The rules follow six habits of a good customer experience: understand what customers need, make
the process easy, make contact easy, respond fast, solve problems fast, and prevent them. A map is
judged only on what its team has started: an empty map has no findings, no stage is told it lacks
a touchpoint before anyone has added one, and no pain point is told nobody addresses it before the
first improvement action exists.
"""

from dataclasses import dataclass
from enum import Enum
from typing import Literal

from journeydesk.model.cards import ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.emotions import stage_emotions
from journeydesk.model.enums import ActionStatus, Channel
from journeydesk.model.journey import Journey
from journeydesk.model.priorities import is_rated

CONTACT_CHANNELS = {Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.SMS, Channel.IN_STORE}
CONTACT_WORDS = ("support", "help", "contact", "service", "call", "chat", "question", "complain")
NOT_STARTED = {ActionStatus.IDEA, ActionStatus.PLANNED}
UNDER_WAY = {ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE}


class Principle(Enum):
    UNDERSTAND = "Understand what customers need"
    EASY_PROCESS = "Make the process easy"
    EASY_CONTACT = "Make it easy to get in touch"
    FAST_RESPONSE = "Respond quickly"
    FAST_SOLVING = "Solve problems quickly"
    PREVENTION = "Prevent problems before they happen"


class Rule(Enum):
    STAGE_WITHOUT_TOUCHPOINT = (
        "stage-without-touchpoint",
        Principle.UNDERSTAND,
        "We do not know how the customer meets us here.",
    )
    UNADDRESSED_PAIN = ("unaddressed-pain", Principle.FAST_SOLVING, "Nobody plans to solve it yet.")
    SEVERE_PAIN_NOT_STARTED = (
        "severe-pain-not-started",
        Principle.FAST_RESPONSE,
        "It hurts a lot, and the actions against it have not started.",
    )
    EMOTION_FALLS = (
        "emotion-falls",
        Principle.PREVENTION,
        "The customer's mood drops here and no action is planned to prevent it.",
    )
    NO_CONTACT_AFTER_PURCHASE = (
        "no-contact-after-purchase",
        Principle.EASY_CONTACT,
        "After buying, customers need an easy way to reach someone.",
    )
    ACTION_WITHOUT_OWNER = (
        "action-without-owner",
        Principle.FAST_RESPONSE,
        "Without an owner, an action tends not to happen.",
    )
    NOT_RATED = (
        "not-rated",
        Principle.UNDERSTAND,
        "Until it is rated, the registers and the priority matrix cannot put it in order.",
    )

    def __init__(self, key: str, principle: Principle, why: str) -> None:
        self.key = key
        self.principle = principle
        self.why = why


Target = tuple[Literal["stage", "lane", "card"], str]


@dataclass(frozen=True)
class Finding:
    rule: Rule
    target: Target
    message: str

    @property
    def key(self) -> str:
        """Stable across sessions, so a dismissal can be kept in the file."""
        return f"{self.rule.key}:{self.target[1]}"


def check(journey: Journey) -> list[Finding]:
    """Every finding for ``journey``, dismissed ones included (see :func:`open_findings`)."""
    actions = list(journey.improvements())
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    findings: list[Finding] = []
    if touchpoints:
        findings += _stages_without_touchpoint(journey, touchpoints)
        findings += _no_contact_after_purchase(journey, touchpoints)
    if actions:
        findings += _pain_points_not_addressed(journey)
        findings += _falling_emotion(journey, actions)
    findings += _not_rated(journey, actions)
    findings += [
        Finding(Rule.ACTION_WITHOUT_OWNER, ("card", action.id), f"Give “{_short(action)}” an owner")
        for action in actions
        if not action.owner.strip()
    ]
    return findings


def open_findings(journey: Journey) -> list[Finding]:
    dismissed = set(journey.dismissed)
    return [finding for finding in check(journey) if finding.key not in dismissed]


def _falling_emotion(journey: Journey, actions: list[ImprovementCard]) -> list[Finding]:
    findings = []
    scores = stage_emotions(journey)
    previous: float | None = None
    for stage in journey.stages:
        score = scores[stage.id]
        if score is None:
            continue
        planned = any(action.stage_id == stage.id and action.status in UNDER_WAY for action in actions)
        if previous is not None and score < previous and not planned:
            findings.append(
                Finding(
                    Rule.EMOTION_FALLS,
                    ("stage", stage.id),
                    f"Plan an action in “{stage.name}”, where the mood falls ({previous:+.1f} → {score:+.1f})",
                )
            )
        previous = score
    return findings


def _no_contact_after_purchase(journey: Journey, touchpoints: list[TouchpointCard]) -> list[Finding]:
    purchase = next(
        (
            number
            for number, stage in enumerate(journey.stages)
            if "purchase" in stage.name.casefold() and "post" not in stage.name.casefold()
        ),
        None,
    )
    if purchase is None:
        return []
    findings = []
    for stage in journey.stages[purchase + 1 :]:
        here = [card for card in touchpoints if card.stage_id == stage.id]
        contact = any(
            card.channel in CONTACT_CHANNELS or any(word in card.title.casefold() for word in CONTACT_WORDS)
            for card in here
        )
        if here and not contact:  # a stage without any touchpoint has a finding of its own
            findings.append(
                Finding(
                    Rule.NO_CONTACT_AFTER_PURCHASE,
                    ("stage", stage.id),
                    f"Offer a way to get in touch in “{stage.name}”: a phone, chat or e-mail touchpoint",
                )
            )
    return findings


def _stages_without_touchpoint(journey: Journey, touchpoints: list[TouchpointCard]) -> list[Finding]:
    met = {card.stage_id for card in touchpoints}
    return [
        Finding(
            Rule.STAGE_WITHOUT_TOUCHPOINT,
            ("stage", stage.id),
            f"Add a touchpoint to “{stage.name}”: where does the customer meet you here?",
        )
        for stage in journey.stages
        if stage.id not in met
    ]


def _pain_points_not_addressed(journey: Journey) -> list[Finding]:
    findings = []
    addressing = journey.actions_by_pain_point()
    stage_names = {stage.id: stage.name for stage in journey.stages}
    for pain in journey.pain_points():
        fixes = addressing.get(pain.id, [])
        where = stage_names.get(pain.stage_id, "")
        if not fixes:
            findings.append(
                Finding(
                    Rule.UNADDRESSED_PAIN,
                    ("card", pain.id),
                    f"Link an action to “{_short(pain)}” ({where}), or add one that solves it",
                )
            )
        elif (pain.severity or 0) >= 4 and all(action.status in NOT_STARTED for action in fixes):
            findings.append(
                Finding(
                    Rule.SEVERE_PAIN_NOT_STARTED,
                    ("card", pain.id),
                    f"Start an action against “{_short(pain)}” (severity {pain.severity}): so far they are ideas "
                    "or plans",
                )
            )
    return findings


def _not_rated(journey: Journey, actions: list[ImprovementCard]) -> list[Finding]:
    """Cards whose ratings were never given (an imported map says so instead of guessing)."""
    stage_names = {stage.id: stage.name for stage in journey.stages}
    pains = [
        Finding(
            Rule.NOT_RATED,
            ("card", pain.id),
            f"Rate how much “{_short(pain)}” hurts ({stage_names.get(pain.stage_id, '')}): give it a severity",
        )
        for pain in journey.pain_points()
        if pain.severity is None
    ]
    return pains + [
        Finding(Rule.NOT_RATED, ("card", action.id), f"Rate the impact and effort of “{_short(action)}”")
        for action in actions
        if not is_rated(action)
    ]


def _short(card: PainPointCard | ImprovementCard, limit: int = 60) -> str:
    title = card.title or "untitled"
    return title if len(title) <= limit else title[: limit - 1] + "…"
