"""The corpus of hand-made workbooks, imported as a person would import them: for each, the stages, the
lanes and their kinds, the cards in each cell, the emotion curve, the channels, the title and the
persona, or the one line that refuses it."""

from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.export.xlsx import WorkbookError, import_workbook
from journeydesk.io import load_project
from journeydesk.model import (
    ActionStatus,
    Channel,
    ImprovementCard,
    Journey,
    JourneyState,
    LaneKind,
    PainPointCard,
    Project,
    TouchpointCard,
)
from tests.export.handmade import corpus

HINT = "choose the sheet and the header with --sheet and --stages-row"


def imported(name: str, folder: Path) -> Project:
    return import_workbook(corpus.BUILDERS[name](folder))


def lanes(journey: Journey) -> list[tuple[str, LaneKind]]:
    return [(lane.name, lane.kind) for lane in journey.lanes]


def cell(journey: Journey, stage: str, lane: str) -> list:
    stage_id = next(item.id for item in journey.stages if item.name == stage)
    lane_id = next(item.id for item in journey.lanes if item.name == lane)
    return journey.cards_in_cell(stage_id, lane_id)


def titles(journey: Journey, stage: str, lane: str) -> list[str]:
    return [card.title for card in cell(journey, stage, lane)]


def curve(journey: Journey) -> list[int | None]:
    return [stage.emotion for stage in journey.stages]


def test_sentence_long_labels_and_a_merged_title_naming_the_persona(tmp_path: Path) -> None:
    project = imported("postgrad", tmp_path)
    journey = project.journeys[0]
    assert project.title == "Customer Journey Map – Post Graduate Student (persona)"
    assert [persona.name for persona in project.personas] == ["Post Graduate Student"]
    assert journey.persona_id == project.personas[0].id
    assert [stage.name for stage in journey.stages] == corpus.POSTGRAD_STAGES
    assert lanes(journey) == [
        ("Doing", LaneKind.ACTIONS),
        ("Thinking", LaneKind.THOUGHTS),
        ("Feeling", LaneKind.EMOTIONS),
        ("Pain points", LaneKind.PAIN_POINTS),
        ("Opportunities", LaneKind.IMPROVEMENTS),
    ]
    feeling = journey.lanes[2]
    assert feeling.description == "Feeling (emoji/graphic representation of the feeling + short description)"
    assert journey.lanes[3].description.startswith("Painpoints: in each step e.g. did you need to hand in")
    pains = list(journey.pain_points())
    assert [pain.title for pain in pains] == corpus.POSTGRAD_PAINS
    assert [pain.severity for pain in pains] == [None, 4, None, 4, None, None]  # "(high)" and "!!!" only
    actions = list(journey.improvements())
    assert [action.title for action in actions] == corpus.POSTGRAD_IDEAS
    assert all((action.impact, action.effort) == (None, None) for action in actions)
    # feelings from emoji and words, the text kept on a card in the feeling lane
    assert curve(journey) == [2, -1, 1, 0, -1, 1]
    assert titles(journey, "Arriving", "Feeling") == ["😕 Slightly lost"]
    assert all(len(cell(journey, stage.name, "Doing")) == 1 for stage in journey.stages)


def test_a_russian_map_with_barriers_solutions_and_a_persona_line(tmp_path: Path) -> None:
    project = imported("russian", tmp_path)
    journey = project.journeys[0]
    assert project.title == "Карта пути клиента: открытие счёта в банке"
    (persona,) = project.personas
    assert (persona.name, persona.role) == ("Анна", "34 года, владелец кафе")
    assert lanes(journey) == [
        ("Действия", LaneKind.ACTIONS),
        ("Точки контакта", LaneKind.TOUCHPOINTS),
        ("Эмоции", LaneKind.EMOTIONS),
        ("Барьеры", LaneKind.PAIN_POINTS),
        ("Решения", LaneKind.IMPROVEMENTS),
    ]
    assert titles(journey, "Подача заявки", "Барьеры") == ["Долгая проверка (высокая)"]
    assert [pain.severity for pain in journey.pain_points()] == [None, None, 4, None]
    assert titles(journey, "Поиск банка", "Решения") == ["Калькулятор тарифов"]
    assert curve(journey) == [1, -1, -1, 2, 1]
    channels = [card.channel for card in journey.cards if isinstance(card, TouchpointCard)]
    assert channels == [Channel.WEBSITE, Channel.REVIEWS, Channel.MOBILE_APP, Channel.IN_STORE, Channel.MOBILE_APP]


def test_a_german_map_with_arrows_numbers_and_feelings_of_some_intensity(tmp_path: Path) -> None:
    project = imported("german", tmp_path)
    journey = project.journeys[0]
    assert (project.title, journey.name) == ("Kundenreise: Urlaub buchen", "Kundenreise")
    assert [stage.name for stage in journey.stages] == ["Inspiration", "Recherche", "Buchung", "Reise"]
    assert lanes(journey) == [
        ("Kundenziel", LaneKind.GOAL),
        ("Was tut der Kunde?", LaneKind.ACTIONS),
        ("Berührungspunkte", LaneKind.TOUCHPOINTS),
        ("Gefühle", LaneKind.EMOTIONS),
        ("Schmerzpunkte", LaneKind.PAIN_POINTS),
        ("Chancen", LaneKind.IMPROVEMENTS),
        ("Verantwortlich", LaneKind.BACKSTAGE),
    ]
    assert curve(journey) == [2, -1, -1, 2]  # begeistert, etwas unsicher, genervt, sehr zufrieden
    assert titles(journey, "Recherche", "Gefühle") == ["etwas unsicher"]
    (pain,) = cell(journey, "Buchung", "Schmerzpunkte")
    assert isinstance(pain, PainPointCard) and pain.severity == 4
    (action,) = cell(journey, "Buchung", "Chancen")
    assert isinstance(action, ImprovementCard) and (action.impact, action.effort) == (4, 2)
    (catalogue,) = cell(journey, "Inspiration", "Berührungspunkte")
    assert catalogue.channel is Channel.POST
    assert len(journey.cards) == 4 + 4 + 4 + 4 + 2 + 2 + 4


def test_a_chinese_map_with_stages_down_a_column_and_emoji_feelings(tmp_path: Path) -> None:
    project = imported("chinese", tmp_path)
    journey = project.journeys[0]
    assert project.title == "用户旅程地图：待办清单 App"
    assert journey.name == "用户旅程地图：待办清单 App"  # the sheet's own name, 工作表1, says nothing
    (persona,) = project.personas
    assert (persona.name, persona.role) == ("小李", "28岁，产品经理")
    assert [stage.name for stage in journey.stages] == ["发现", "下载安装", "首次使用", "日常使用", "遇到边界"]
    assert lanes(journey) == [
        ("用户行为", LaneKind.ACTIONS),
        ("用户想法", LaneKind.THOUGHTS),
        ("情绪", LaneKind.EMOTIONS),
        ("痛点", LaneKind.PAIN_POINTS),
    ]
    assert curve(journey) == [-1, 0, 2, 1, -1]
    assert titles(journey, "首次使用", "情绪") == ["😊 惊喜"]
    assert titles(journey, "遇到边界", "痛点") == ["缺少重复任务"]


def test_a_channel_row_sets_the_touchpoints_channels_and_a_1_to_5_lane_the_curve(tmp_path: Path) -> None:
    project = imported("retail", tmp_path)
    journey = project.journeys[0]
    assert [name for name, _ in lanes(journey)] == ["Touchpoints", "Customer satisfaction (1-5)", "Pain points"]
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    assert [(card.title, card.channel) for card in touchpoints] == [
        ("Sponsored post", Channel.SOCIAL_MEDIA),
        ("Product page", Channel.WEBSITE),
        ("Checkout", Channel.WEBSITE),
        ("Tracking page", Channel.EMAIL),
        ("Hotline", Channel.PHONE),
    ]
    assert curve(journey) == [1, 0, -1, 0, 2]  # 4, 3, 2, 3, 5 on 1..5
    assert cell(journey, "Awareness", "Customer satisfaction (1-5)") == []  # a bare score is the curve only
    assert [pain.severity for pain in journey.pain_points()] == [3, 5, None]


def test_a_score_table_beside_the_map_gives_the_curve(tmp_path: Path) -> None:
    project = imported("score table", tmp_path)
    journey = project.journeys[0]
    assert [stage.name for stage in journey.stages] == ["Discover", "Trial", "Sign up", "Use", "Cancel"]
    assert [name for name, _ in lanes(journey)] == ["Doing", "Thinking", "Pain points", "Ideas"]
    assert curve(journey) == [1, 2, -1, 0, -2]  # 7, 9, 4, 6, 1 on 1..10
    assert len(journey.cards) == 5 + 5 + 3 + 3


def test_a_transposed_map_with_the_persona_beside_it(tmp_path: Path) -> None:
    project = imported("transposed with persona", tmp_path)
    journey = project.journeys[0]
    assert [stage.name for stage in journey.stages] == [
        "Notice symptoms",
        "Call the practice",
        "Book",
        "Visit",
        "Follow-up",
    ]
    assert lanes(journey) == [
        ("Doing", LaneKind.ACTIONS),
        ("Thinking", LaneKind.THOUGHTS),
        ("Feeling", LaneKind.EMOTIONS),
        ("Pain points", LaneKind.PAIN_POINTS),
    ]
    (persona,) = project.personas
    assert (persona.name, persona.role, persona.about) == ("Maria", "Nurse", "Age: 41")
    assert persona.goals == ["Book a check-up quickly", "Avoid phone queues"]
    assert persona.frustrations == ["Busy phone lines"]
    assert persona.quote == "I just want someone to pick up."
    assert curve(journey) == [-1, -2, -1, 1, 1]  # worried, very annoyed, disappointed, relieved, happy
    assert not {"Details", "Maria", "Name"} & {card.title for card in journey.cards}


def test_persona_details_right_beside_a_transposed_map(tmp_path: Path) -> None:
    project = imported("persona beside", tmp_path)
    journey = project.journeys[0]
    assert [stage.name for stage in journey.stages] == ["Search", "Test drive", "Negotiate", "Buy", "After sales"]
    assert lanes(journey) == [
        ("Doing", LaneKind.ACTIONS),
        ("Thinking", LaneKind.THOUGHTS),
        ("Emotion (1-5)", LaneKind.EMOTIONS),
        ("Barriers", LaneKind.PAIN_POINTS),
    ]
    (persona,) = project.personas
    assert (persona.name, persona.role, persona.goals, persona.frustrations, persona.about) == (
        "Ahmed",
        "Teacher",
        ["A reliable family car"],
        ["Being cheated"],
        "Age: 38",
    )
    assert curve(journey) == [0, 1, -1, 2, 0]
    assert not {"Name", "Ahmed", "Details"} & {card.title for card in journey.cards}


def test_a_persona_sheet_alone_is_refused_and_beside_a_map_becomes_its_persona(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError) as refused:
        imported("persona only", tmp_path)
    assert refused.value.problem == (
        "Persona: attribute/value pairs of a persona (Name, Age, Occupation, Goals and 2 more), "
        f"no stage header found; {HINT}"
    )
    project = imported("map and persona sheet", tmp_path)
    (persona,) = project.personas
    assert (persona.name, persona.role, persona.quote) == (
        "Tom Becker",
        "Junior developer",
        "I would rent it from my phone if I could.",
    )
    assert persona.goals == ["Find a flat near work", "Move without taking days off"]
    assert project.journeys[0].persona_id == persona.id
    assert [stage.name for stage in project.journeys[0].stages] == [
        "Search",
        "Viewing",
        "Application",
        "Contract",
        "Move in",
    ]


def test_a_touchpoint_analysis_becomes_touchpoints_in_their_stages(tmp_path: Path) -> None:
    project = imported("touchpoint table", tmp_path)
    journey = project.journeys[0]
    assert [stage.name for stage in journey.stages] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Delivery",
        "Support",
        "Loyalty",
    ]
    assert lanes(journey) == [("Touchpoint", LaneKind.TOUCHPOINTS)]
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    assert len(touchpoints) == len(journey.cards) == 15
    rows = corpus.TOUCHPOINT_ROWS[1:]
    assert [card.title for card in touchpoints] == [row[0] for row in rows]
    stage_names = {stage.id: stage.name for stage in journey.stages}
    assert [stage_names[card.stage_id] for card in touchpoints] == [row[1] for row in rows]
    assert [card.emotion for card in touchpoints] == [0, 1, 2, -1, 1, 0, -1, 1, 1, -2, 2, 0, -2, 0, 1]
    by_title = {card.title: card for card in touchpoints}
    assert by_title["Search ad"].channel is Channel.SEARCH
    assert by_title["Hotline"].channel is Channel.PHONE and by_title["Hotline"].description == "40 min wait"
    assert (by_title["Loyalty app"].channel, by_title["Unboxing"].channel) == (Channel.MOBILE_APP, Channel.IN_STORE)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("budget", "Budget: a table of numbers under the header Jan, Feb, Mar, Apr and 1 more, no journey map"),
        (
            "contacts",
            "Contacts: a table with the header E-mail, Phone, Company and rows Ana Silva, Ben Ortiz, Chen Wei, "
            "Dana Levi, no stage or lane of a journey map recognised",
        ),
    ],
)
def test_sheets_that_are_no_map_are_refused_with_what_they_hold(tmp_path: Path, name: str, line: str, capsys) -> None:
    source = corpus.BUILDERS[name](tmp_path)
    with pytest.raises(WorkbookError) as refused:
        import_workbook(source)
    assert refused.value.problem == f"{line}; {HINT}"
    output = tmp_path / "out.journey"
    assert main(["import", str(source), "-o", str(output)]) == 1
    error = capsys.readouterr().err
    assert error == f"journeydesk: {source}: {line}; {HINT}\n"
    assert not output.exists()


def test_text_keeps_its_line_breaks_spaces_and_numbering(tmp_path: Path) -> None:
    journey = imported("line breaks", tmp_path).journeys[0]
    assert titles(journey, "Report", "Doing") == [corpus.LINE_BREAK_STEPS]
    assert titles(journey, "Assessment", "Doing") == ["Sends photos\nof the damage"]
    assert titles(journey, "Report", "Thoughts") == ["“Why do they  not know me?”"]
    # a bulleted list of pain points is a card per pain point
    assert titles(journey, "Report", "Pain points") == ["Long wait", "Has to repeat the policy number"]
    assert curve(journey) == [-2, -1, 2]


def test_a_service_blueprint_with_front_and_backstage_sections(tmp_path: Path) -> None:
    journey = imported("blueprint", tmp_path).journeys[0]
    assert lanes(journey) == [
        ("Customer actions", LaneKind.ACTIONS),
        ("Staff", LaneKind.BACKSTAGE),
        ("Behind the desk", LaneKind.BACKSTAGE),  # under the BACKSTAGE heading
        ("Support", LaneKind.BACKSTAGE),
        ("Moments of truth", LaneKind.NOTES),
    ]
    assert "FRONT STAGE" not in {card.title for card in journey.cards}
    assert titles(journey, "Check in", "Moments of truth") == ["First impression at the desk"]


def test_a_spanish_map_with_satisfaction_in_percent_and_stated_impact(tmp_path: Path) -> None:
    project = imported("spanish", tmp_path)
    journey = project.journeys[0]
    assert journey.name == "Mapa de experiencia – alta de fibra"  # "Hoja1" names nothing
    assert lanes(journey)[:3] == [
        ("Acciones", LaneKind.ACTIONS),
        ("Puntos de contacto", LaneKind.TOUCHPOINTS),
        ("Satisfacción (%)", LaneKind.EMOTIONS),
    ]
    assert curve(journey) == [1, 0, 1]  # 80%, 40%, 65%
    (action,) = cell(journey, "Instalación", "Oportunidades")
    assert (action.impact, action.effort, action.status) == (4, 2, ActionStatus.IDEA)
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    assert [card.channel for card in touchpoints] == [Channel.PHONE, None, Channel.EMAIL]


@pytest.mark.parametrize(
    ("name", "expected_lanes", "expected_curve"),
    [
        (
            "polish",
            [
                ("Działania", LaneKind.ACTIONS),
                ("Emocje", LaneKind.EMOTIONS),
                ("Bariery", LaneKind.PAIN_POINTS),
                ("Pomysły", LaneKind.IMPROVEMENTS),
            ],
            [1, -1, 2, 1],
        ),
        (
            "turkish",
            [
                ("Temas noktaları", LaneKind.TOUCHPOINTS),
                ("Duygular", LaneKind.EMOTIONS),
                ("ENGELLER", LaneKind.PAIN_POINTS),
                ("FIRSATLAR", LaneKind.IMPROVEMENTS),
            ],
            [1, -1, 2],
        ),
    ],
)
def test_polish_and_turkish_maps(tmp_path: Path, name: str, expected_lanes: list, expected_curve: list) -> None:
    journey = imported(name, tmp_path).journeys[0]
    assert lanes(journey) == expected_lanes
    assert curve(journey) == expected_curve


def test_stages_over_two_columns_with_stage_groups_above(tmp_path: Path) -> None:
    project = imported("wide stages", tmp_path)
    journey = project.journeys[0]
    assert project.title == "Car leasing" and project.description == ""
    assert [stage.name for stage in journey.stages] == ["Explore", "Configure", "Drive"]
    assert titles(journey, "Explore", "Steps") == ["Website", "Dealer visit"]
    assert titles(journey, "Configure", "Pain points") == ["Options not explained", "Quote differs from configurator"]
    assert curve(journey) == [2, -2, 1]  # 😀🙂, 😕😡, 😀😐


def test_the_map_is_found_on_a_later_sheet_and_named_after_it(tmp_path: Path) -> None:
    project = imported("notes then map", tmp_path)
    journey = project.journeys[0]
    assert project.title == journey.name == "Energy onboarding journey"
    assert curve(journey) == [1, 0, -1, 2]
    assert [name for name, _ in lanes(journey)] == ["Doing", "Feeling", "Opportunities"]


def test_a_future_state_under_the_current_one_is_a_second_journey(tmp_path: Path) -> None:
    project = imported("current and future", tmp_path)
    assert project.title == "Train travel – current and future state"
    current, future = project.journeys
    assert (current.name, current.state) == ("Current state", JourneyState.CURRENT)
    assert (future.name, future.state) == ("Future state (to-be)", JourneyState.FUTURE)
    assert future.based_on == future.overlay_journey_id == current.id
    assert [stage.name for stage in future.stages] == ["Search", "Book", "Travel", "Return"]
    assert curve(current) == [-1, -1, 1, -2] and curve(future) == [1, 1, 1, 1]
    assert titles(future, "Return", "Pain points") == ["Refund takes a week"]
    assert titles(current, "Return", "Pain points") == ["Refund form by post"]


def test_a_french_map_with_stage_descriptions_a_persona_and_a_scenario_line(tmp_path: Path) -> None:
    project = imported("french", tmp_path)
    journey = project.journeys[0]
    (persona,) = project.personas
    assert (persona.name, persona.role) == ("Julie", "27 ans, graphiste indépendante")
    assert journey.scenario == "Julie veut un compte pro sans passer en agence"
    assert [stage.name for stage in journey.stages] == ["Découverte", "Comparaison", "Souscription", "Premiers jours"]
    assert [stage.guidance for stage in journey.stages][:2] == [
        "Julie entend parler de la banque",
        "Elle compare trois offres",
    ]
    assert [kind for _, kind in lanes(journey)] == [
        LaneKind.ACTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.EMOTIONS,
        LaneKind.PAIN_POINTS,
        LaneKind.IMPROVEMENTS,
        LaneKind.KPIS,
    ]
    assert curve(journey) == [1, -1, 2, -1]  # curieuse, un peu perdue, très satisfaite, agacée
    assert [pain.severity for pain in journey.pain_points()] == [None, 4, None]
    channels = [card.channel for card in journey.cards if isinstance(card, TouchpointCard)]
    assert channels == [Channel.WEBSITE, Channel.WEBSITE, Channel.MOBILE_APP, Channel.POST]


def test_lanes_grouped_by_a_merged_column_take_the_groups_kind(tmp_path: Path) -> None:
    journey = imported("grouped lanes", tmp_path).journeys[0]
    assert lanes(journey) == [
        ("Ações", LaneKind.ACTIONS),
        ("Sentimentos", LaneKind.EMOTIONS),
        ("Loja", LaneKind.BACKSTAGE),
        ("Armazém", LaneKind.BACKSTAGE),
        ("Transportadora", LaneKind.BACKSTAGE),
    ]
    assert "CLIENTE" not in {card.title for card in journey.cards}
    assert curve(journey) == [1, 1, -1, -2]
    assert titles(journey, "Montagem", "Transportadora") == ["Sem serviço de montagem"]


def test_a_single_map_makes_a_single_journey(tmp_path: Path) -> None:
    for name in ("postgrad", "score table", "transposed with persona", "blueprint", "wide stages", "retail"):
        assert len(imported(name, tmp_path).journeys) == 1, name


def test_the_corpus_is_large_and_varied_enough() -> None:
    assert len(corpus.BUILDERS) >= 15


def test_every_imported_map_is_a_valid_file(tmp_path: Path) -> None:
    refused = {"persona only", "budget", "contacts"}
    for name in sorted(set(corpus.BUILDERS) - refused):
        output = tmp_path / f"{name}.journey"
        assert main(["import", str(corpus.BUILDERS[name](tmp_path)), "-o", str(output)]) == 0, name
        assert load_project(output).journeys[0].stages


def test_a_persona_row_in_the_map_and_a_channel_row_without_a_touchpoint_lane(tmp_path: Path) -> None:
    rows = [
        ["Gym journey"],
        [],
        ["", "Join", "Train", "Renew"],
        ["Persona", "Sam, 31, nurse on shifts", "Sam, 31, nurse on shifts", "Sam, 31, nurse on shifts"],
        ["Channel", "Website", "App", "E-mail"],
        ["Doing", "Signs up online", "Books classes", "Gets a reminder"],
        ["Feeling", "Curious", "Happy", "Annoyed"],
    ]
    path = corpus.workbook_with(tmp_path / "gym.xlsx", ("Gym", rows, ["A1:D1", "B4:D4"]))
    project = import_workbook(path)
    journey = project.journeys[0]
    (persona,) = project.personas
    assert (persona.name, persona.role) == ("Sam", "31, nurse on shifts")
    assert lanes(journey) == [
        ("Channel", LaneKind.TOUCHPOINTS),
        ("Doing", LaneKind.ACTIONS),
        ("Feeling", LaneKind.EMOTIONS),
    ]
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    assert [(card.title, card.channel) for card in touchpoints] == [
        ("Website", Channel.WEBSITE),
        ("App", Channel.MOBILE_APP),
        ("E-mail", Channel.EMAIL),
    ]


def test_a_persona_given_beside_its_label_above_the_map(tmp_path: Path) -> None:
    rows = [
        ["Library visit"],
        ["Persona", "Lena – retired teacher, reads two books a week"],
        ["Scenario", "Borrows a book she reserved online"],
        [],
        ["", "Reserve", "Collect", "Return"],
        ["Doing", "Reserves in the app", "Picks it up", "Drops it in the box"],
        ["Pain points", "App logs her out", "Shelf hard to find", None],
    ]
    project = import_workbook(corpus.workbook_with(tmp_path / "library.xlsx", ("Library", rows, [])))
    (persona,) = project.personas
    assert (persona.name, persona.role) == ("Lena", "retired teacher, reads two books a week")
    assert project.journeys[0].scenario == "Borrows a book she reserved online"
    assert project.title == "Library visit" and project.description == ""


def test_our_own_map_sheet_alone_reads_as_a_hand_made_map(tmp_path: Path) -> None:
    """A client kept only the map sheet of an exported workbook: it is read back by its layout."""
    from openpyxl import load_workbook

    from journeydesk.export.xlsx import export_workbook
    from journeydesk.templates import new_project

    original = new_project("sample")
    path = tmp_path / "kept.xlsx"
    export_workbook(original, path)
    workbook = load_workbook(path)
    for name in workbook.sheetnames[1:]:
        del workbook[name]
    workbook.save(path)
    project = import_workbook(path)
    journey, before = project.journeys[0], original.journeys[0]
    assert project.title == original.title
    assert [stage.name for stage in journey.stages] == [stage.name for stage in before.stages]
    assert [lane.name for lane in journey.lanes][: len(before.lanes)] == [lane.name for lane in before.lanes]
    kinds = [(lane.kind, read.kind) for lane, read in zip(before.lanes, journey.lanes, strict=False)]
    assert all(read is kind for kind, read in kinds if kind is not LaneKind.CUSTOM)  # a custom lane may be named
    assert len(list(journey.pain_points())) == len(list(before.pain_points()))
    assert [pain.severity for pain in journey.pain_points()] == [pain.severity for pain in before.pain_points()]
    touchpoints = [card for card in journey.cards if isinstance(card, TouchpointCard)]
    assert len(touchpoints) == sum(1 for card in before.cards if isinstance(card, TouchpointCard))
    assert all(card.channel is not None for card in touchpoints)
