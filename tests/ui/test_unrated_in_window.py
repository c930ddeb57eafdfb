"""Cards whose ratings are not set, through the real window: the inspector's "Not rated" choice, the
priority matrix that lists unrated actions apart, and the card faces."""

from PySide6.QtCore import Qt

from journeydesk.model import ImprovementCard, PainPointCard
from tests.factories import small_project


def project_with_unrated_cards():
    project = small_project()
    journey = project.journeys[0]
    journey.cards += [
        PainPointCard(id="p-unrated", stage_id="s1", lane_id="l-pain", title="Queue", severity=None),
        ImprovementCard(id="a-unrated", stage_id="s1", lane_id="l-act", title="Ask staff", impact=None, effort=None),
    ]
    return project


def test_not_rated_is_a_choice_in_the_inspector(qtbot, open_window) -> None:
    window = open_window(project_with_unrated_cards())
    window.scene.select_cards(["p-unrated"])
    form = window.inspector.forms["card"]
    not_rated = form.severity._group.button(5)
    assert not_rated.toolTip() == not_rated.accessibleName() == "Not rated" and not_rated.isChecked()
    assert not any(form.severity._group.button(number).isChecked() for number in range(5))
    qtbot.mouseClick(form.severity._group.button(1), Qt.MouseButton.LeftButton)
    assert window.scene.index.card("p-unrated").severity == 2
    assert not not_rated.isChecked()
    qtbot.mouseClick(not_rated, Qt.MouseButton.LeftButton)
    assert window.scene.index.card("p-unrated").severity is None
    window.actions_.undo.trigger()
    assert window.scene.index.card("p-unrated").severity == 2
    window.actions_.undo.trigger()
    assert window.scene.index.card("p-unrated").severity is None and not_rated.isChecked()
    # an action's pain-point checklist says which pain points are not rated
    window.scene.select_cards(["a-unrated"])
    labels = [form.addresses.item(row).text() for row in range(form.addresses.count())]
    assert "Queue  ·  severity not rated" in labels
    assert form.impact._group.button(5).isChecked() and form.effort._group.button(5).isChecked()


def test_the_priority_matrix_lists_unrated_actions_apart(qtbot, open_window) -> None:
    window = open_window(project_with_unrated_cards())
    panel = window.priorities
    window.docks.dock("priorities").raise_()
    qtbot.waitUntil(lambda: panel.matrix.isVisible())
    panel.matrix.repaint()
    assert [placed.action.id for placed in panel.matrix.placed] == ["c-act"]
    assert panel.unrated.isVisible() and panel.unrated_title.text() == "Not rated (1)"
    item = panel.unrated.item(0)
    assert item.text() == "Ask staff  ·  not rated"
    ranked = {row.data(0, Qt.ItemDataRole.UserRole): row.text(2) for row in map(panel.list.topLevelItem, range(2))}
    assert ranked == {"c-act": "3", "a-unrated": "–"}  # the ranked list has every action, the unrated too
    qtbot.mouseClick(
        panel.unrated.viewport(), Qt.MouseButton.LeftButton, pos=panel.unrated.visualItemRect(item).center()
    )
    assert window.scene.selected_card_ids() == ["a-unrated"]
    # rating it in the inspector puts it on the matrix
    form = window.inspector.forms["card"]
    qtbot.mouseClick(form.impact._group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.effort._group.button(0), Qt.MouseButton.LeftButton)
    panel.matrix.repaint()
    assert {placed.action.id for placed in panel.matrix.placed} == {"c-act", "a-unrated"}
    assert not panel.unrated.isVisible()


def test_card_faces_of_unrated_cards_paint(qtbot, open_window) -> None:
    window = open_window(project_with_unrated_cards())
    for card_id in ("p-unrated", "a-unrated"):
        item = window.scene.card_items[card_id]
        image = window.view.grab(window.view.mapFromScene(item.sceneBoundingRect()).boundingRect()).toImage()
        assert not image.isNull()
