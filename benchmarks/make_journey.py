"""Write a large, realistic-looking, deterministic journey for speed measurements.

    python benchmarks/make_journey.py --cards 10000 [--stages 8] [--seed 1] -o big.journey

The same arguments always give the same bytes.
"""

import argparse
import random
import sys
from pathlib import Path

from journeydesk.io import JourneyDeskError, save_project
from journeydesk.model import (
    ActionStatus,
    Card,
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

STAGE_NAMES = [
    "Awareness",
    "Interest",
    "Research",
    "Consideration",
    "Trial",
    "Purchase",
    "Onboarding",
    "First use",
    "Support",
    "Renewal",
    "Loyalty",
    "Advocacy",
]
STAGE_COLORS = ["#5b7bd5", "#3b9fc0", "#36a58a", "#7aa33a", "#d99a2b", "#dc7048", "#c45a8a", "#8461c4"]
LANES = [
    ("Customer goal", LaneKind.GOAL),
    ("Doing", LaneKind.ACTIONS),
    ("Touchpoints", LaneKind.TOUCHPOINTS),
    ("Thinking & saying", LaneKind.THOUGHTS),
    ("Feeling", LaneKind.EMOTIONS),
    ("Pain points", LaneKind.PAIN_POINTS),
    ("Improvement actions", LaneKind.IMPROVEMENTS),
    ("Backstage", LaneKind.BACKSTAGE),
    ("KPIs", LaneKind.KPIS),
]
# How often each lane receives a card (the emotions lane holds the curve, not cards).
LANE_WEIGHTS = [1, 2, 4, 2, 0, 3, 2, 1, 1]

SUBJECTS = [
    "the price page",
    "checkout",
    "the mobile app",
    "delivery",
    "the help centre",
    "the invoice",
    "account set-up",
    "the newsletter",
    "a store visit",
    "the returns form",
    "live chat",
    "the FAQ",
    "a sales call",
    "the welcome e-mail",
    "the loyalty card",
    "product reviews",
]
VERBS = [
    "compares",
    "reads about",
    "asks about",
    "signs up for",
    "looks for",
    "tries",
    "calls about",
    "downloads",
    "shares",
    "pays via",
    "waits for",
    "cancels",
]
PAINS = [
    "is confusing",
    "takes too long",
    "asks for the same data twice",
    "hides the real cost",
    "breaks on mobile",
    "gives no confirmation",
    "is only open in office hours",
    "uses jargon",
]
FIXES = [
    "Simplify",
    "Prefill",
    "Explain",
    "Automate",
    "Redesign",
    "Track and notify about",
    "Offer self-service for",
    "Measure",
]
THOUGHTS = [
    "“Is this worth it?”",
    "“Why is this so hard?”",
    "“Finally, that was easy.”",
    "“I'll ask a friend.”",
    "“Where do I click?”",
    "“This feels trustworthy.”",
]
OWNERS = ["Digital team", "Customer care", "Marketing", "Logistics", "Product", "Finance", ""]


def make_project(cards: int, stages: int, seed: int) -> Project:
    rng = random.Random(seed)
    stage_list = [
        Stage(
            id=f"stage-{i:03d}",
            name=STAGE_NAMES[i % len(STAGE_NAMES)] + (f" {i // 12 + 1}" if i >= 12 else ""),
            color=STAGE_COLORS[i % len(STAGE_COLORS)],
            goal=f"Customer goal in stage {i + 1}",
        )
        for i in range(stages)
    ]
    lanes = [Lane(id=f"lane-{i:02d}", name=name, kind=kind) for i, (name, kind) in enumerate(LANES)]
    weighted_lanes = [lane for lane, weight in zip(lanes, LANE_WEIGHTS, strict=True) for _ in range(weight)]
    card_list: list[Card] = []
    pain_points_by_stage: dict[str, list[str]] = {}
    for number in range(cards):
        stage = stage_list[number * stages // cards]
        lane = rng.choice(weighted_lanes)
        card_list.append(_card(rng, number, stage.id, lane, pain_points_by_stage))
    journey = Journey(
        id="journey-main",
        name="Generated journey",
        persona_id="persona-1",
        scenario=f"{cards} generated cards in {stages} stages",
        stages=stage_list,
        lanes=lanes,
        cards=card_list,
    )
    persona = Persona(
        id="persona-1",
        name="Alex Example",
        role="Generated persona",
        goals=["Get things done"],
        frustrations=["Waiting"],
        quote="Make it simple.",
    )
    return Project(
        id="project-generated", title=f"Generated journey ({cards} cards)", personas=[persona], journeys=[journey]
    )


def _card(rng: random.Random, number: int, stage_id: str, lane: Lane, pains: dict[str, list[str]]) -> Card:
    card_id = f"card-{number:06d}"
    subject = rng.choice(SUBJECTS)
    common = {"id": card_id, "stage_id": stage_id, "lane_id": lane.id}
    if lane.kind is LaneKind.TOUCHPOINTS:
        return TouchpointCard(
            **common, title=subject.capitalize(), channel=rng.choice(list(Channel)[:-1]), emotion=rng.randint(-2, 2)
        )
    if lane.kind is LaneKind.PAIN_POINTS:
        pains.setdefault(stage_id, []).append(card_id)
        return PainPointCard(**common, title=f"{subject.capitalize()} {rng.choice(PAINS)}", severity=rng.randint(1, 5))
    if lane.kind is LaneKind.IMPROVEMENTS:
        candidates = pains.get(stage_id, [])
        addresses = rng.sample(candidates, k=min(len(candidates), rng.randint(0, 2)))
        return ImprovementCard(
            **common,
            title=f"{rng.choice(FIXES)} {subject}",
            impact=rng.randint(1, 5),
            effort=rng.randint(1, 5),
            owner=rng.choice(OWNERS),
            status=rng.choice(list(ActionStatus)),
            addresses=addresses,
        )
    if lane.kind is LaneKind.THOUGHTS:
        return NoteCard(**common, title=rng.choice(THOUGHTS))
    return NoteCard(**common, title=f"Customer {rng.choice(VERBS)} {subject}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, required=True)
    parser.add_argument("--stages", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    options = parser.parse_args()
    if options.cards < 0 or not 1 <= options.stages <= 200:
        parser.error("--cards must be 0 or more and --stages between 1 and 200")
    try:
        save_project(make_project(options.cards, options.stages, options.seed), options.output)
    except JourneyDeskError as exc:
        print(f"make_journey: {exc}", file=sys.stderr)
        return 1
    print(f"{options.output}: {options.cards} cards in {options.stages} stages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
