"""The insight layer through the real window: personas, the emotion curve, links, health check,
priorities, and current versus future state."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesk.io import load_project, save_project
from journeydesk.layout.face import Text, TextRole
from journeydesk.model import ActionStatus, CardKind, JourneyState, LaneKind
from journeydesk.model.priorities import Quadrant, quadrant
from journeydesk.templates import new_project
from journeydesk.ui.comparison import ComparisonDialog
from journeydesk.ui.priorities import DOT, QUADRANT_LABEL_HEIGHT
from tests.factories import small_project
from tests.ui.conftest import answer_message_box, card_center, cell_point, drag, viewport_point


def photo_file(tmp_path: Path, width: int, height: int, name: str = "face.png") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#7a5cc4"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def test_create_a_persona_with_a_photo_and_assign_it(qtbot, open_window, tmp_path: Path, monkeypatch) -> None:
    window = open_window(small_project())
    panel = window.personas
    window.docks.dock("personas").raise_()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    persona = window.document.project.personas[-1]
    assert panel.current.id == persona.id
    panel.name.selectAll()
    QTest.keyClicks(panel.name, "Jonas Berg")
    QTest.keyClicks(panel.role, "Weekend cyclist")
    QTest.keyClicks(panel.goals, "Ride further")
    qtbot.keyClick(panel.goals, Qt.Key.Key_Return)
    QTest.keyClicks(panel.goals, "Spend less")
    monkeypatch.setattr(window.dialogs, "open_image_path", lambda: photo_file(tmp_path, 1200, 900))
    qtbot.mouseClick(panel.choose_photo, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)

    persona = window.document.project.personas[-1]
    assert (persona.name, persona.role, persona.goals) == (
        "Jonas Berg",
        "Weekend cyclist",
        ["Ride further", "Spend less"],
    )
    stored = QImage.fromData(persona.photo.image_bytes())
    assert (stored.width(), stored.height()) == (400, 300)  # scaled down, shape kept
    assert window.scene.journey.persona_id == persona.id
    assert window.scene.band.persona is persona  # the map's band shows who walks the journey
    assert window.document.undo_stack.undoText() == "Change Persona"
    # saved and reopened, the photo is still there
    path = tmp_path / "with-photo.journey"
    save_project(window.document.project, path)
    assert load_project(path).personas[-1].photo.image_bytes() == persona.photo.image_bytes()
    # deleting the persona unassigns it in the same step
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert window.scene.journey.persona_id is None
    window.actions_.undo.trigger()
    assert window.scene.journey.persona_id == persona.id


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: _big_file(tmp), "is too large (10.5 MB; at most 10 MB)"),
        (lambda tmp: _corrupt_png(tmp), "damaged"),
        (lambda tmp: _not_an_image(tmp), "is not a PNG or JPEG image"),
    ],
)
def test_an_oversized_or_corrupt_photo_is_refused_with_a_clear_message(
    qtbot, window, tmp_path: Path, monkeypatch, make, message: str
) -> None:
    panel = window.personas
    persona = window.document.project.personas[0]
    panel.select(persona.id)
    monkeypatch.setattr(window.dialogs, "open_image_path", lambda: make(tmp_path))
    shown = answer_message_box("OK")
    qtbot.mouseClick(panel.choose_photo, Qt.MouseButton.LeftButton)
    assert shown[0] == "Could not use this photo"
    assert message in shown[1]
    assert persona.photo is None
    assert window.document.undo_stack.count() == 0


def _big_file(tmp: Path) -> Path:
    path = tmp / "huge.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * int(10.5 * 2**20))
    return path


def _corrupt_png(tmp: Path) -> Path:
    good = photo_file(tmp, 50, 50, "good.png").read_bytes()
    path = tmp / "corrupt.png"
    path.write_bytes(good[:60] + b"\x13" * 200)
    return path


def _not_an_image(tmp: Path) -> Path:
    path = tmp / "notes.png"
    path.write_text("a shopping list")
    return path


def test_drag_an_emotion_point_then_undo(qtbot, window) -> None:
    scene = window.scene
    curve = scene.emotion.curve
    point = next(p for p in curve.points if p.score == -2)  # the finance application touchpoint
    kind, card_id = point.source
    assert kind == "card"
    target = QPointF(point.x, curve.scale.y(1))
    drag(qtbot, window.view, QPointF(point.x, point.y), target)
    assert scene.index.card(card_id).emotion == 1
    assert window.document.undo_stack.count() == 1
    assert window.document.undo_stack.undoText() == "Change Emotion"
    # the curve follows the model
    moved = next(p for p in scene.emotion.curve.points if p.source == ("card", card_id))
    assert moved.score == 1 and moved.y == pytest.approx(curve.scale.y(1))
    window.actions_.undo.trigger()
    assert scene.index.card(card_id).emotion == -2


def test_a_stage_without_touchpoints_uses_its_own_emotion(qtbot, open_window) -> None:
    from journeydesk.document import Ref

    window = open_window()
    scene = window.scene
    stage = scene.journey.stages[-1]
    for card in [c for c in scene.journey.cards if c.stage_id == stage.id and c.kind is CardKind.TOUCHPOINT]:
        window.edits.delete_cards(scene.journey_id, [card.id])
    assert all(p.stage_id != stage.id for p in scene.emotion.curve.points)
    window.edits.set_fields(Ref.stage(scene.journey_id, stage.id), {"emotion": -1}, "Change Emotion")
    (point,) = [p for p in scene.emotion.curve.points if p.stage_id == stage.id]
    assert point.source == ("stage", stage.id) and point.score == -1


def test_link_an_action_to_a_pain_point_by_dragging_its_knob(qtbot, open_window) -> None:
    window = open_window(small_project())
    scene = window.scene
    # a new, unlinked pain point in the first stage
    pain_id = window.edits.add_card("j1", CardKind.PAIN_POINT, "s1", "l-pain", title="Parking is hard")
    action = scene.card_items["c-act"]
    knob = action.mapToScene(action.knob_center())
    drag(qtbot, window.view, knob, card_center(scene, pain_id))
    assert scene.index.card("c-act").addresses == ["c-pain", pain_id]
    assert window.document.undo_stack.undoText() == "Link Pain Point"
    assert scene.index.card("c-act").stage_id == "s2"  # the action itself did not move
    drawn = {link.ends: link for link in scene.links.drawn()}
    assert set(drawn) == {("c-act", "c-pain"), ("c-act", pain_id)}
    target = scene.card_items[pain_id].mapRectToScene(scene.card_items[pain_id].body)
    assert target.adjusted(-1, -1, 1, 1).contains(drawn[("c-act", pain_id)].line.p2())  # it ends on the pain point
    window.actions_.undo.trigger()
    assert scene.index.card("c-act").addresses == ["c-pain"]
    assert [link.ends for link in scene.links.drawn()] == [("c-act", "c-pain")]
    # links can be hidden from the View menu, and the choice is remembered
    window.actions_.show_links.trigger()
    assert not scene.links.isVisible() and not window.settings.show_links()


def test_dropping_the_link_elsewhere_links_nothing(qtbot, open_window) -> None:
    window = open_window(small_project())
    action = window.scene.card_items["c-act"]
    knob = action.mapToScene(action.knob_center())
    drag(qtbot, window.view, knob, card_center(window.scene, "c-touch"))  # a touchpoint, not a pain point
    assert window.scene.index.card("c-act").addresses == ["c-pain"]
    assert window.document.undo_stack.count() == 0
    assert not window.scene.rubber_link.isVisible()


def test_deleting_a_linked_pain_point_removes_the_link_in_the_same_step(qtbot, open_window) -> None:
    window = open_window(small_project())
    window.scene.select_cards(["c-pain"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.scene.index.card("c-act").addresses == []
    assert window.document.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert window.scene.index.card("c-act").addresses == ["c-pain"]
    assert window.document.project == small_project()


def test_health_panel_clicks_through_and_dismissals_are_kept_in_the_file(qtbot, window, tmp_path: Path) -> None:
    panel = window.health
    keys = [panel.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(panel.list.count())]
    owner_key = next(key for key in keys if key and key.startswith("action-without-owner:"))
    row = keys.index(owner_key)
    item = panel.list.item(row)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card_id = owner_key.split(":", 1)[1]
    assert window.scene.selected_card_ids() == [card_id]  # clicked through to the action on the map
    qtbot.mouseClick(panel.dismiss, Qt.MouseButton.LeftButton)
    assert owner_key in window.scene.journey.dismissed
    assert owner_key not in [panel.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.list.count())]
    path = tmp_path / "dismissed.journey"
    save_project(window.document.project, path)
    assert owner_key in load_project(path).journeys[0].dismissed
    # fixing the problem makes the finding go away on its own
    from journeydesk.document import Ref

    window.edits.set_fields(Ref.card(window.scene.journey_id, card_id), {"owner": "Fit team"}, "Change Owner")
    panel.refresh()
    panel.show_dismissed.setChecked(True)
    assert owner_key not in [panel.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.list.count())]


def test_priorities_matrix_places_filters_and_selects(qtbot, window) -> None:
    panel = window.priorities
    window.docks.dock("priorities").raise_()
    qtbot.waitUntil(lambda: panel.matrix.isVisible())
    panel.matrix.repaint()
    actions = list(window.scene.journey.improvements())
    assert {placed.action.id for placed in panel.matrix.placed} == {action.id for action in actions}
    plot = panel.matrix.plot_rect()
    split_x = plot.left() + 2 / 5 * plot.width()
    split_y = plot.bottom() - 2 / 5 * plot.height()
    for placed in panel.matrix.placed:
        expected = quadrant(placed.action)
        left, top = placed.center.x() < split_x, placed.center.y() < split_y
        assert (
            expected
            is {
                (True, True): Quadrant.QUICK_WIN,
                (False, True): Quadrant.MAJOR_PROJECT,
                (True, False): Quadrant.FILL_IN,
                (False, False): Quadrant.THANKLESS,
            }[(left, top)]
        )
        quadrant_top = plot.top() if top else split_y
        assert placed.center.y() - DOT >= quadrant_top + QUADRANT_LABEL_HEIGHT - 0.5  # clear of the label
    # filters: only what is in progress, then one owner
    for status, box in panel.statuses.items():
        box.setChecked(status is ActionStatus.IN_PROGRESS)
    assert [action.status for action in panel.visible_actions()] == [ActionStatus.IN_PROGRESS]
    for box in panel.statuses.values():
        box.setChecked(True)
    panel.owner.setCurrentIndex(panel.owner.findText("Logistics"))
    (only,) = panel.visible_actions()
    assert only.owner == "Logistics"
    panel.matrix.repaint()
    (placed,) = panel.matrix.placed
    qtbot.mouseClick(panel.matrix, Qt.MouseButton.LeftButton, pos=placed.center.toPoint())
    assert window.scene.selected_card_ids() == [only.id]


def test_duplicate_as_future_state_and_compare(qtbot, window) -> None:
    current = window.scene.journey
    window.actions_.future_state.trigger()
    future = window.scene.journey
    assert future.id != current.id and future.state is JourneyState.FUTURE and future.based_on == current.id
    assert window.journey_tabs.count() == 2 and window.journey_tabs.currentIndex() == 1
    assert window.scene.band.journey is future
    assert window.document.undo_stack.undoText() == "Duplicate as Future State"
    # the future state overlays the current curve, with a legend
    curve = window.scene.emotion.curve
    assert len(curve.overlay) == len(current.stages) and curve.labels == (future.name, current.name)
    # resolve the worst pain point in the future state
    worst = max(future.pain_points(), key=lambda pain: pain.severity)
    window.edits.delete_cards(future.id, [worst.id])
    assert window.actions_.compare.isEnabled()

    def inspect_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ComparisonDialog):
            QTimer.singleShot(20, inspect_and_close)
            return
        outcomes = {outcome.pain_point.id: outcome.label for outcome in dialog.outcomes}
        assert outcomes[worst.origin_id] == "Resolved"
        assert sum(label == "Still there" for label in outcomes.values()) == len(outcomes) - 1
        table_labels = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
        assert "Resolved" in table_labels
        assert "resolves 1" in dialog.summary.text()
        current_series, future_series = dialog.chart.series()
        assert len(current_series) == len(future_series) == len(current.stages)
        dialog.grab()  # paints without error
        dialog.reject()

    QTimer.singleShot(0, inspect_and_close)
    window.actions_.compare.trigger()
    # the current state is untouched, and the whole duplication undoes in one step (after the delete)
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert len(window.document.project.journeys) == 1
    assert window.scene.journey_id == current.id


def test_deleting_the_base_journey_leaves_the_future_state_valid(qtbot, window) -> None:
    base_id = window.scene.journey_id
    window.actions_.future_state.trigger()
    future_id = window.scene.journey_id
    window.journey_tabs.setCurrentIndex(0)
    assert window.scene.journey_id == base_id
    window.actions_.delete_journey.trigger()
    project = window.document.project
    assert [journey.id for journey in project.journeys] == [future_id]
    future = project.journeys[0]
    assert future.based_on is None and future.overlay_journey_id is None
    assert all(card.origin_id is None for card in future.cards)
    project.model_validate(project.model_dump())  # still a valid project
    window.actions_.undo.trigger()
    assert project.journey(future_id).based_on == base_id


def test_choose_a_curve_to_compare_in_the_inspector(qtbot, open_window) -> None:
    window = open_window()
    base = window.scene.journey_id
    window.actions_.new_journey.trigger()
    other = window.scene.journey_id
    window.journey_tabs.setCurrentIndex(0)
    window.scene.clearSelection()
    form = window.inspector.forms["journey"]
    form.overlay.setCurrentIndex(form.overlay.index_of(other))
    form.overlay.activated.emit(form.overlay.currentIndex())
    assert window.document.journey(base).overlay_journey_id == other
    assert window.document.undo_stack.undoText() == "Compare Curve"


def test_band_and_curve_are_drawn(qtbot, window) -> None:
    """Render the band and the emotion lane and check the pixels where the layout puts them."""
    view, scene = window.view, window.scene
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    band = scene.band.boundingRect()
    # the avatar's circle (initials on the persona's colour), away from the letters
    avatar = view.mapFromScene(QPointF(band.left() + 14 + 30, band.center().y() - 24))
    assert image.pixelColor(avatar).name() == window.document.project.personas[0].color
    point = scene.emotion.curve.points[0]
    view.centerOn(point.x, point.y)
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    pixel = image.pixelColor(viewport_point(view, QPointF(point.x, point.y)))
    assert pixel.name() != "#ffffff"


def _near(found: QColor, expected: str, tolerance: int = 40) -> bool:
    want = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(found.getRgb()[:3], want.getRgb()[:3], strict=True))


@pytest.mark.parametrize("zoom", [1.0, 0.25])
def test_curve_dots_and_links_show_near_and_far(qtbot, window, zoom: float) -> None:
    """Near, dots are ringed ellipses and links curves; far out, coloured points and straight lines.
    Either way each shows where the layout puts it, in its colour."""
    from journeydesk.canvas.face_painter import painter_path
    from journeydesk.canvas.links_item import link_colors
    from journeydesk.layout import theme

    view, scene = window.view, window.scene
    view.set_zoom(zoom)
    for point in scene.emotion.curve.points[::3]:
        view.centerOn(point.x, point.y)
        QApplication.processEvents()
        image = view.viewport().grab().toImage()
        pixel = image.pixelColor(viewport_point(view, QPointF(point.x, point.y)))
        assert _near(pixel, theme.EMOTION_COLORS[point.score]), (point.label, pixel.name())
    link = scene.links.drawn()[0]
    link_color, far_faint = link_colors(theme.LIGHT)
    curve = painter_path(link.face(theme.LIGHT, False)[0].ops)  # the link's face: its curve, then the dot at its end
    middle = link.line.center() if zoom < 0.35 else curve.pointAtPercent(0.5)
    view.centerOn(middle)

    def around_the_middle() -> list[QColor]:
        QApplication.processEvents()
        image = view.viewport().grab().toImage()
        spot = viewport_point(view, middle)
        return [image.pixelColor(spot.x() + dx, spot.y() + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]

    assert any(_near(color, far_faint, 60) for color in around_the_middle())  # faint: neither end selected
    scene.card_items[link.ends[0]].setSelected(True)
    assert any(_near(color, link_color, 60) for color in around_the_middle())  # strong once its action is


def test_a_blank_six_stage_map_greets_the_room_without_warnings(qtbot, open_window) -> None:
    window = open_window(new_project("six-stage"))
    panel = window.health
    assert panel.list.count() == 0
    assert panel.summary.text().startswith("Nothing to check yet")
    pain_lane = next(lane for lane in window.scene.journey.lanes if lane.kind.value == "pain_points")
    window.edits.add_card(window.scene.journey_id, CardKind.PAIN_POINT, window.scene.journey.stages[0].id, pain_lane.id)
    panel.refresh()
    assert panel.list.count() == 0  # nobody has started the actions yet: nothing to nag about
    assert panel.summary.text() == "Nothing to report: every rule passes."


def test_a_card_added_to_the_feeling_lane_sits_below_the_curve_and_its_scale(qtbot, window) -> None:
    scene, journey = window.scene, window.scene.journey
    feeling = next(lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS)
    interest = journey.stages[1].id
    lane_before = scene.grid.lane_rect(feeling.id)
    qtbot.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(window.view, cell_point(scene, interest, feeling.id, dy=0.97)),
    )
    added = [card.id for card in window.document.index(scene.journey_id).cards_in((interest, feeling.id))]
    assert len(added) == 1
    band = scene.emotion.curve.scale.lane  # the curve keeps the band it had, and the lane grows below it
    assert (band.y, band.height) == (lane_before.y, lane_before.height)
    assert scene.grid.lane_rect(feeling.id).height > lane_before.height + 80
    card = scene.card_items[added[0]].sceneBoundingRect()
    assert card.top() >= band.bottom
    assert all(not card.contains(QPointF(point.x, point.y)) for point in scene.emotion.curve.points)
    header = scene.lane_headers[feeling.id]
    labels = [p for p in header.face if isinstance(p, Text) and p.role is TextRole.SCALE]
    assert len(labels) == 5 and all(header.mapToScene(0, label.baseline).y() < band.bottom for label in labels)


def test_cards_follow_when_their_lane_stops_or_starts_being_the_emotion_lane(qtbot, window) -> None:
    scene, journey, view = window.scene, window.scene.journey, window.view
    feeling = next(lane for lane in journey.lanes if lane.kind is LaneKind.EMOTIONS)
    cell = (journey.stages[1].id, feeling.id)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, cell_point(scene, *cell)))
    (note,) = [card.id for card in window.document.index(scene.journey_id).cards_in(cell)]
    QTest.keyClick(view.viewport().focusWidget() or view, Qt.Key.Key_Escape)  # the title is left for later

    def placed() -> QRectF:
        item = scene.card_items[note]
        return item.mapRectToScene(item.body)

    def in_its_slot() -> bool:
        slot = scene.grid.card_rect(cell, 0)
        return placed() == QRectF(slot.x, slot.y, slot.width, slot.height)

    below_the_curve = placed()
    assert in_its_slot() and below_the_curve.top() >= scene.emotion.curve.scale.lane.bottom
    header = scene.lane_headers[feeling.id].sceneBoundingRect()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, header.center()))
    kind = window.inspector.forms["lane"].kind
    kind.setFocus()
    QTest.keyClick(kind, Qt.Key.Key_End)  # the last kind: Custom
    assert scene.journey.lanes[journey.lanes.index(feeling)].kind is LaneKind.CUSTOM
    assert in_its_slot() and placed().top() < below_the_curve.top()  # no band to keep clear of any more
    lane = scene.grid.lane_rect(feeling.id)
    assert lane.y <= placed().top() and placed().bottom() <= lane.bottom
    view.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert in_its_slot() and placed() == below_the_curve
