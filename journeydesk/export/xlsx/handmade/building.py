"""A sheet's reading as a project: stages, lanes with their kinds and descriptions, a card per item
of each cell, the emotion curve, channels, the ratings the cells state, the title and the persona.
Text stays as written (line breaks, spaces, numbering); nothing is rated that the sheet did not rate.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from journeydesk.export.xlsx.grid import GridGuess, Matrix, Merged, cells_of, explained_cells, trim_stage_name
from journeydesk.export.xlsx.handmade import emotions
from journeydesk.export.xlsx.handmade.cards import card_for, give_channel, items_of, set_channels
from journeydesk.export.xlsx.handmade.channels import channels_in
from journeydesk.export.xlsx.handmade.keywords import FUTURES, Role, RowUse
from journeydesk.export.xlsx.handmade.persona import PersonaDraft, persona_from_line
from journeydesk.export.xlsx.handmade.reading import SheetReading
from journeydesk.model.cards import Card, ImprovementCard, TouchpointCard
from journeydesk.model.defaults import STAGE_PALETTE, card_kind_for
from journeydesk.model.enums import JourneyState, LaneKind
from journeydesk.model.ids import new_id
from journeydesk.model.journey import Journey, Lane, Stage
from journeydesk.model.project import Persona, Project
from journeydesk.model.types import NAME_MAX, TEXT_MAX, TITLE_MAX

# Sheet names a spreadsheet program gives by itself say nothing: "Sheet1", "Tabelle1", "Лист1"...
GENERIC_SHEET = re.compile(
    r"^(?:sheet|tabelle|feuil(?:le)?|hoja|planilha|folha|foglio|blad|лист|arkusz|sayfa|工作表|表)\s*\d*$", re.I
)


def meaningful(sheet_name: str) -> bool:
    return bool(sheet_name.strip()) and not GENERIC_SHEET.match(sheet_name.strip())


@dataclass
class _Map:
    """What is being built: stages and lanes so far, the cards, and what each stage's cells said."""

    stages: list[Stage]
    lanes: list[Lane | None]  # one per lane of the guess; None where the row is no lane of cards
    top: int = 0  # the first row it takes on the sheet, to keep several maps in their order
    heading: str = ""  # the text above it that names it, when other maps come before it
    cards: list[Card] = field(default_factory=list)
    feelings: dict[int, list[int]] = field(default_factory=dict)  # stage index -> emotions said
    channels: dict[int, list[str]] = field(default_factory=dict)  # stage index -> channel cells
    persona_lines: list[str] = field(default_factory=list)


def build_project(
    reading: SheetReading,
    roles: Sequence[Role] | None = None,
    title: str | None = None,
    personas: Sequence[PersonaDraft] = (),
    fallback_title: str = "",
) -> Project:
    """The project a reading makes. ``roles`` overrides the kind of each lane, ``title`` the title;
    ``personas`` come from persona sheets of the workbook; ``fallback_title`` (the file's name) is used
    when neither the sheet nor its name gives one."""
    surroundings = reading.surroundings
    found_title = title or default_title(reading, fallback_title)
    maps = _maps(reading, roles)
    drafts = _personas(reading, [line for built in maps for line in built.persona_lines], personas)
    people = [_persona(draft, number) for number, draft in enumerate(drafts)]
    journeys: list[Journey] = []
    for number, built in enumerate(maps):
        first = journeys[0].id if journeys else None
        future = bool(built.heading and FUTURES.first(built.heading)) and first is not None
        journeys.append(
            Journey(
                id=new_id("journey"),
                name=_journey_name(reading, built, found_title, number)[:NAME_MAX],
                persona_id=people[0].id if people else None,
                scenario=surroundings.scenario[:TEXT_MAX] if number == 0 else "",
                state=JourneyState.FUTURE if future else JourneyState.CURRENT,
                based_on=first if future else None,
                overlay_journey_id=first if future else None,
                stages=built.stages,
                lanes=[lane for lane in built.lanes if lane is not None],
                cards=built.cards,
            )
        )
    project = Project(
        id=new_id("project"),
        title=(found_title.strip() or "Imported journey map")[:TITLE_MAX],
        description="\n".join(surroundings.notes)[:TEXT_MAX],
        personas=people,
        journeys=journeys,
    )
    return Project.model_validate(project.model_dump())


def _maps(reading: SheetReading, roles: Sequence[Role] | None) -> list[_Map]:
    """Every map of the sheet, top to bottom: the one read (with the person's lane kinds), then any
    others found beside or under it."""
    if reading.table is not None:
        return [_from_table(reading)]
    assert reading.grid is not None
    texts, merged = reading.texts, reading.merged
    maps = [_from_grid(texts, merged, reading.grid, list(roles or reading.grid.roles), reading.scores)]
    maps[0].heading = reading.heading
    for other in reading.others:
        maps.append(_from_grid(texts, merged, other.grid, other.grid.roles, {}))
        maps[-1].heading = other.heading
    return sorted(maps, key=lambda built: built.top)


def _journey_name(reading: SheetReading, built: _Map, title: str, number: int) -> str:
    """The text naming the map, else the sheet's name when it says something, else the title; a
    second map without a name of its own is numbered."""
    base = (reading.name if meaningful(reading.name) else title).strip() or "Imported journey"
    if built.heading:
        return " ".join(built.heading.split())
    return base if number == 0 else f"{base} ({number + 1})"


def default_title(reading: SheetReading, fallback: str = "") -> str:
    """The title found above the map, else the sheet's name when it says something, else ``fallback``."""
    return reading.surroundings.title or (reading.name if meaningful(reading.name) else "") or fallback


def _stages(names: Sequence[str], notes: Sequence[str] = ()) -> list[Stage]:
    """Stages in the palette's colours; the lines under a name in its header cell become its guidance."""
    notes = list(notes) or [""] * len(names)
    return [
        Stage(
            id=new_id("stage"),
            name=name[:NAME_MAX],
            color=STAGE_PALETTE[number % len(STAGE_PALETTE)],
            guidance=note[:TEXT_MAX],
        )
        for number, (name, note) in enumerate(zip(names, notes, strict=True))
    ]


def _from_grid(texts: Matrix, merged: Merged, guess: GridGuess, roles: list[Role], scores: dict[int, int]) -> _Map:
    has_touchpoints = LaneKind.TOUCHPOINTS in roles
    lanes: list[Lane | None] = []
    for lane, role in zip(guess.lanes, roles, strict=True):
        kind = LaneKind.TOUCHPOINTS if role is RowUse.CHANNELS and not has_touchpoints else role
        if isinstance(kind, LaneKind):
            name = lane.name or (kind.label if kind is not LaneKind.CUSTOM else f"Lane {len(lanes) + 1}")
            lanes.append(Lane(id=new_id("lane"), name=name, kind=kind, description=lane.description[:TEXT_MAX]))
        else:
            lanes.append(None)
    built = _Map(_stages(guess.stages, guess.stage_notes), lanes, min(row for row, _ in explained_cells(guess)))
    cells = cells_of(texts, guess, merged)
    scales = {
        index: emotions.scale_for([text for _, lane, text in cells if lane == index], guess.lanes[index].label)
        for index, lane in enumerate(lanes)
        if lane is not None and lane.kind is LaneKind.EMOTIONS
    }
    for stage_index, lane_index, text in cells:
        role, placed = roles[lane_index], lanes[lane_index]
        if placed is None:
            if role is RowUse.CHANNELS:
                built.channels.setdefault(stage_index, []).append(text)
            elif role is RowUse.PERSONA:
                built.persona_lines.append(text)
            continue
        if placed.kind is LaneKind.EMOTIONS:
            feeling = emotions.emotion(text, scales[lane_index])
            if feeling is not None:
                built.feelings.setdefault(stage_index, []).append(feeling)
            if emotions.is_score(text):
                continue  # a bare number is a point of the curve, nothing to read on a card
        for item in items_of(text, card_kind_for(placed)):
            built.cards.append(card_for(built.stages[stage_index].id, placed, item))
    set_channels(built.stages, built.lanes, built.cards, built.channels)
    for stage_index, stage in enumerate(built.stages):
        said = built.feelings.get(stage_index)
        if said:
            stage.emotion = _mean(said)
        elif stage_index in scores:
            stage.emotion = scores[stage_index]
    return built


def _mean(values: list[int]) -> int:
    mean = sum(values) / len(values)
    return int(mean + (0.5 if mean >= 0 else -0.5))


def _from_table(reading: SheetReading) -> _Map:
    table, texts = reading.table, reading.texts
    assert table is not None
    header = texts[table.header]
    stage_names = [trim_stage_name(name) for name in table.stages]
    lanes: list[Lane | None] = []
    for column, kind in (
        ("touchpoint", LaneKind.TOUCHPOINTS),
        ("pain", LaneKind.PAIN_POINTS),
        ("idea", LaneKind.IMPROVEMENTS),
    ):
        if column in table.columns:
            name = header[table.columns[column]].strip() or kind.label
            lanes.append(Lane(id=new_id("lane"), name=name[:NAME_MAX], kind=kind))
        else:
            lanes.append(None)
    built = _Map(_stages(stage_names), lanes)
    touchpoints = lanes[0]
    assert touchpoints is not None  # a table is only found with its touchpoint column
    stage_ids = {name: stage.id for name, stage in zip(table.stages, built.stages, strict=True)}
    scores = [table.cell(texts, row, "score") for row in table.rows]
    scale = emotions.scale_for(scores, header[table.columns["score"]] if "score" in table.columns else "")
    for row, score in zip(table.rows, scores, strict=True):
        stage_id = stage_ids.get(table.cell(texts, row, "stage"))
        if stage_id is None:
            continue
        touchpoint = card_for(stage_id, touchpoints, table.cell(texts, row, "touchpoint"))
        assert isinstance(touchpoint, TouchpointCard)
        touchpoint.description = table.cell(texts, row, "description")[:TEXT_MAX]
        touchpoint.emotion = emotions.emotion(score, scale) if score else None
        channel = table.cell(texts, row, "channel")
        if channel:
            give_channel(touchpoint, channels_in(channel), channel)
        built.cards.append(touchpoint)
        for column, lane in (("pain", lanes[1]), ("idea", lanes[2])):
            text = table.cell(texts, row, column)
            if text and lane is not None:
                card = card_for(stage_id, lane, text)
                if isinstance(card, ImprovementCard):
                    card.owner = table.cell(texts, row, "owner")[:100]
                built.cards.append(card)
    return built


def _personas(reading: SheetReading, lines: list[str], others: Sequence[PersonaDraft]) -> list[PersonaDraft]:
    """The sheet's persona (from its title, a line, a persona row or pairs beside the map) first,
    completed by a persona sheet that describes the same person or none by name; then the others."""
    found = reading.persona
    for line in lines:
        drafted = persona_from_line(line)
        found = found.merged_with(drafted) if found is not None else drafted
    result: list[PersonaDraft] = [found] if found is not None else []
    for other in others:
        if result and (not other.name or not result[0].name or other.name.casefold() == result[0].name.casefold()):
            result[0] = result[0].merged_with(other)
        else:
            result.append(other)
    return result


def _persona(draft: PersonaDraft, number: int) -> Persona:
    return Persona(
        id=new_id("persona"),
        name=(draft.name or "Persona")[:NAME_MAX],
        role=" ".join(draft.role.split())[:NAME_MAX],
        goals=[goal[:1000] for goal in draft.goals][:100],
        frustrations=[item[:1000] for item in draft.frustrations][:100],
        quote=draft.quote[:TEXT_MAX],
        about="\n".join(draft.about)[:TEXT_MAX],
        color=STAGE_PALETTE[(number * 3 + 7) % len(STAGE_PALETTE)],
    )
