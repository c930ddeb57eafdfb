"""Maps shaped like what people print: a hand-made 8 x 7 map with a sentence in every cell, and a
300-card journey."""

import random

from journeydesk.model import (
    ActionStatus,
    Channel,
    ImprovementCard,
    Journey,
    Lane,
    LaneKind,
    NoteCard,
    PainPointCard,
    Persona,
    Project,
    Stage,
    TouchpointCard,
)
from journeydesk.model.cards import Card
from journeydesk.model.defaults import STAGE_PALETTE

STAGES = ["Trigger", "Research", "Compare", "Apply", "Wait", "Onboard", "Use", "Renew"]
WORDS = tuple(
    [
        "the",
        "customer",
        "opens",
        "the",
        "app",
        "again",
        "and",
        "again",
        "because",
        "the",
        "status",
        "page",
        "says",
        "nothing",
        "useful",
        "about",
        "when",
        "the",
        "card",
        "will",
        "arrive",
        "or",
        "who",
        "to",
        "call",
        "when",
        "the",
        "letter",
        "with",
        "the",
        "code",
        "never",
        "comes",
        "and",
        "the",
        "branch",
        "is",
        "closed",
        "on",
        "saturdays",
        "so",
        "she",
        "asks",
        "a",
        "friend",
        "who",
        "had",
        "the",
        "same",
        "trouble",
        "last",
        "year",
    ]
)


def sentence(rng: random.Random, low: int = 20, high: int = 30) -> str:
    start = rng.randrange(len(WORDS))
    words = [WORDS[(start + n) % len(WORDS)] for n in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def eight_by_seven() -> Project:
    """8 stages by 7 lanes, one card with a 20-30-word sentence in every cell, a feeling lane with
    notes in it and a curve through it."""
    rng = random.Random(7)
    stages = [
        Stage(id=f"s{n}", name=name, color=STAGE_PALETTE[n % len(STAGE_PALETTE)]) for n, name in enumerate(STAGES)
    ]
    kinds = [
        ("Customer goal", LaneKind.GOAL),
        ("What they do", LaneKind.ACTIONS),
        ("Touchpoints", LaneKind.TOUCHPOINTS),
        ("Thinking and saying", LaneKind.THOUGHTS),
        ("Feeling", LaneKind.EMOTIONS),
        ("Pain points", LaneKind.PAIN_POINTS),
        ("Opportunities", LaneKind.IMPROVEMENTS),
    ]
    lanes = [Lane(id=f"l{n}", name=name, kind=kind) for n, (name, kind) in enumerate(kinds)]
    cards: list[Card] = []
    for stage in stages:
        for lane in lanes:
            common = {"id": f"c-{stage.id}-{lane.id}", "stage_id": stage.id, "lane_id": lane.id, "title": sentence(rng)}
            if lane.kind is LaneKind.TOUCHPOINTS:
                cards.append(
                    TouchpointCard(**common, channel=rng.choice(list(Channel)[:-1]), emotion=rng.randint(-2, 2))
                )
            elif lane.kind is LaneKind.PAIN_POINTS:
                cards.append(PainPointCard(**common, severity=rng.randint(1, 5)))
            elif lane.kind is LaneKind.IMPROVEMENTS:
                cards.append(ImprovementCard(**common, owner="Service design", addresses=[f"c-{stage.id}-l5"]))
            else:
                cards.append(NoteCard(**common))
    journey = Journey(id="j", name="Getting a new bank card", persona_id="p", stages=stages, lanes=lanes, cards=cards)
    persona = Persona(id="p", name="Sam Okafor", role="Nurse, works shifts", quote="I just need it to work.")
    return Project(id="proj", title="Bank card replacement", personas=[persona], journeys=[journey])


def three_hundred_cards() -> Project:
    """300 cards in 10 stages and 8 lanes, unevenly spread, titles of one to four lines."""
    rng = random.Random(300)
    stages = [Stage(id=f"s{n}", name=f"Step {n + 1}", color=STAGE_PALETTE[n % len(STAGE_PALETTE)]) for n in range(10)]
    kinds = [
        LaneKind.GOAL,
        LaneKind.ACTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.THOUGHTS,
        LaneKind.EMOTIONS,
        LaneKind.PAIN_POINTS,
        LaneKind.IMPROVEMENTS,
        LaneKind.BACKSTAGE,
    ]
    lanes = [Lane(id=f"l{n}", name=kind.label, kind=kind) for n, kind in enumerate(kinds)]
    cards: list[Card] = []
    pains: list[str] = []
    for number in range(300):
        stage = rng.choice(stages)
        lane = rng.choice([lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS])
        common = {"id": f"c{number}", "stage_id": stage.id, "lane_id": lane.id, "title": sentence(rng, 2, 24)}
        if lane.kind is LaneKind.TOUCHPOINTS:
            cards.append(TouchpointCard(**common, channel=rng.choice(list(Channel)[:-1]), emotion=rng.randint(-2, 2)))
        elif lane.kind is LaneKind.PAIN_POINTS:
            cards.append(PainPointCard(**common, severity=rng.randint(1, 5)))
            pains.append(common["id"])
        elif lane.kind is LaneKind.IMPROVEMENTS:
            addresses = rng.sample(pains, min(len(pains), rng.randint(0, 2)))
            cards.append(ImprovementCard(**common, status=rng.choice(list(ActionStatus)), addresses=addresses))
        else:
            cards.append(NoteCard(**common))
    journey = Journey(id="j", name="A long journey", stages=stages, lanes=lanes, cards=cards)
    return Project(id="proj", title="Three hundred cards", journeys=[journey])
