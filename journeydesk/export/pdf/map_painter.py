"""Drawing a journey map on a PDF page, from the same layout as the canvas, as vectors.

Map units (the layout's, y downwards) are mapped onto the page by a scale and an origin; the part
of the map shown can be a window of it (a tile). Cards too small to read are drawn simply, so a
10,000-card map stays quick to write.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeydesk.export.pdf import fonts
from journeydesk.export.pdf.text_fit import LINE_SPACING, ellipsize, fit
from journeydesk.export.pdf.vector_icons import draw_icon
from journeydesk.layout import theme
from journeydesk.layout.card_face import (
    ACCENT_WIDTH,
    CAPTION_SIZE,
    CONTENT_LEFT,
    PADDING,
    RADIUS,
    TITLE_SIZE,
    caption,
    has_caption,
    icon_name,
    title_height,
    title_top,
)
from journeydesk.layout.emotion import (
    SCORE_LABELS,
    SCORES,
    EmotionScale,
    emotion_lane,
    emotion_points,
    overlay_points,
    smooth_path,
)
from journeydesk.layout.geometry import Point, Rect
from journeydesk.layout.grid import GridLayout
from journeydesk.layout.links import connector
from journeydesk.model.cards import Card, ImprovementCard, PainPointCard, TouchpointCard
from journeydesk.model.cells import CellIndex
from journeydesk.model.enums import CardKind, JourneyState, LaneKind
from journeydesk.model.journey import Journey
from journeydesk.model.project import Persona, Project
from journeydesk.model.ratings import NOT_RATED, impact_effort_text

SIMPLE_BELOW = 60.0  # printed card width (points) below which cards are drawn simply
Box = tuple[float, float, float, float]


@dataclass
class SimpleCards:
    """Cards printed too small for their details, gathered to be drawn a colour at a time: one
    path per colour and one text object for every title, rather than thousands of each."""

    bodies: dict[str, list[Box]] = field(default_factory=dict)
    accents: dict[str, list[Box]] = field(default_factory=dict)
    titles: list[tuple[float, float, str]] = field(default_factory=list)

    def draw(self, canvas: Canvas, title_size: float) -> None:
        for layer in (self.bodies, self.accents):
            for color, boxes in layer.items():
                canvas.setFillColor(color)
                path = canvas.beginPath()
                for box in boxes:
                    path.rect(*box)
                canvas.drawPath(path, stroke=0, fill=1)
        if self.titles:
            canvas.setFillColor(theme.TEXT)
            fonts.draw_many(canvas, self.titles, title_size)


CHEVRON_TIP = 14.0
Progress = Callable[[int], None]  # called with the number of cards drawn since the last call


class MapPainter:
    def __init__(
        self,
        canvas: Canvas,
        project: Project,
        journey: Journey,
        index: CellIndex,
        grid: GridLayout,
        scale: float,
        origin: Point,
        window: Rect,
        progress: Progress | None = None,
    ) -> None:
        self.canvas, self.project, self.journey, self.index, self.grid = canvas, project, journey, index, grid
        self.metrics = grid.metrics
        self.scale, self.origin, self.window = scale, origin, window
        self.progress = progress or (lambda _count: None)

    # Coordinates

    def point(self, x: float, y: float) -> tuple[float, float]:
        return (self.origin.x + (x - self.window.x) * self.scale, self.origin.y - (y - self.window.y) * self.scale)

    def box(self, rect: Rect) -> tuple[float, float, float, float]:
        """reportlab's (x, y of the bottom-left corner, width, height) for a map rectangle."""
        x, top = self.point(rect.x, rect.y)
        return x, top - rect.height * self.scale, rect.width * self.scale, rect.height * self.scale

    def visible(self, rect: Rect) -> bool:
        return rect.intersects(self.window)

    def clip_to_window(self) -> None:
        x, y, w, h = self.box(self.window)
        path = self.canvas.beginPath()
        path.rect(x, y, w, h)
        self.canvas.clipPath(path, stroke=0, fill=0)

    # The whole map, or one tile's parts

    def draw_map(self) -> None:
        self.canvas.saveState()
        self.clip_to_window()
        self.draw_band()
        self.draw_grid()
        self.draw_links()
        self.draw_cards()
        self.draw_emotion_curve()
        self.draw_lane_headers()
        self.draw_stage_headers()
        self.canvas.restoreState()

    def draw_band(self) -> None:
        band = self.grid.band_rect()
        if not self.visible(band):
            return
        c, s = self.canvas, self.scale
        area = Rect(band.x, band.y + 8, band.width, band.height - 18)
        c.setStrokeColor(theme.GRID_LINE)
        c.setFillColor(theme.GRID_FILL)
        c.setLineWidth(0.8 * s)
        c.roundRect(*self.box(area), 8 * s, stroke=1, fill=1)
        persona = self.project.persona(self.journey.persona_id) if self.journey.persona_id else None
        left = area.x + 14
        persona_width = min(520.0, area.width * 0.45)
        if persona is not None:
            avatar = Rect(left, area.center.y - 30, 60, 60)
            self.draw_avatar(avatar, persona)
            text_left, top = avatar.right + 14, area.y + 10
            self.text(text_left, top + 12, persona.name, 10.5, fonts.BOLD, theme.TEXT, persona_width - 90)
            if persona.role:
                self.text(text_left, top + 26, persona.role, 7.5, fonts.REGULAR, theme.MUTED_TEXT, persona_width - 90)
            if persona.quote:
                quote = "“" + persona.quote.strip().strip('“”"') + "”"
                self.paragraph(text_left, top + 30, persona_width - 90, 26, quote, 8.5, fonts.OBLIQUE, theme.TEXT)
        else:
            self.text(left, area.center.y + 3, "No persona chosen", 9, fonts.REGULAR, theme.MUTED_TEXT, persona_width)
        divider = left + persona_width
        c.setStrokeColor(theme.GRID_LINE)
        c.line(*self.point(divider, area.y + 12), *self.point(divider, area.bottom - 12))
        scenario_left = divider + 16
        title = self.text(scenario_left, area.y + 20, self.journey.name, 10.5, fonts.BOLD, theme.TEXT, 520)
        self.pill(
            scenario_left + title + 10,
            area.y + 9,
            self.journey.state.label,
            "#2e9a5e" if self.journey.state is JourneyState.FUTURE else "#5f6b7a",
        )
        scenario = self.journey.scenario or "No scenario described."
        self.paragraph(
            scenario_left,
            area.y + 26,
            min(640.0, area.right - scenario_left - 20),
            area.height - 30,
            scenario,
            9,
            fonts.REGULAR,
            theme.TEXT if self.journey.scenario else theme.MUTED_TEXT,
        )

    def draw_avatar(self, rect: Rect, persona: Persona) -> None:
        c = self.canvas
        x, y, w, h = self.box(rect)
        c.saveState()
        circle = c.beginPath()
        circle.circle(x + w / 2, y + h / 2, w / 2)
        c.clipPath(circle, stroke=0, fill=0)
        image = ImageReader(io.BytesIO(persona.photo.image_bytes())) if persona.photo else None
        if image is not None:
            image_width, image_height = image.getSize()
            side = min(image_width, image_height)
            draw_w, draw_h = w * image_width / side, h * image_height / side
            c.drawImage(image, x - (draw_w - w) / 2, y - (draw_h - h) / 2, draw_w, draw_h, mask="auto")
        else:
            c.setFillColor(persona.color)
            c.rect(x, y, w, h, stroke=0, fill=1)
            initials = "".join(word[0] for word in persona.name.split()[:2] if word[:1].isalpha()).upper() or "?"
            c.setFillColor("#ffffff")
            fonts.draw_centred(c, x + w / 2, y + h / 2 - h * 0.11, initials, h * 0.32, fonts.BOLD)
        c.restoreState()
        c.setStrokeColor(persona.color)
        c.setLineWidth(2.5 * self.scale)
        c.circle(x + w / 2, y + h / 2, w / 2 - 1.25 * self.scale, stroke=1, fill=0)

    def draw_grid(self) -> None:
        c, grid = self.canvas, self.grid
        area = grid.grid_rect()
        c.setLineWidth(0.6 * self.scale)
        for number, lane in enumerate(self.journey.lanes):
            row = grid.lane_rect(lane.id)
            if not self.visible(row):
                continue
            fill = theme.GRID_STRIPE if number % 2 else theme.GRID_FILL
            if lane.kind is LaneKind.EMOTIONS:
                fill = "#f6f7fb"
            c.setFillColor(fill)
            c.rect(*self.box(row), stroke=0, fill=1)
        c.setStrokeColor(theme.GRID_LINE)
        for y in grid.lane_edges:
            c.line(*self.point(area.x, y), *self.point(area.right, y))
        for x in grid.stage_edges:
            c.line(*self.point(x, area.y), *self.point(x, area.bottom))

    def draw_stage_headers(self, top: float | None = None) -> None:
        """The numbered chevrons; at ``top`` (a map y) instead of their place when repeated on a tile."""
        for number, stage in enumerate(self.journey.stages, 1):
            header = self.grid.stage_header_rect(stage.id)
            if top is not None:
                header = Rect(header.x, top, header.width, header.height)
            if not (self.window.x < header.right and header.x < self.window.right):
                continue
            self.draw_stage_header(header, number, stage.name, stage.color)

    def draw_stage_header(self, header: Rect, number: int, name: str, color: str) -> None:
        c, s = self.canvas, self.scale
        rect = Rect(header.x + 1.5, header.y + 4, header.width - 3, header.height - 8)
        tip = CHEVRON_TIP
        corners = [
            (rect.x, rect.y),
            (rect.right - tip, rect.y),
            (rect.right, rect.center.y),
            (rect.right - tip, rect.bottom),
            (rect.x, rect.bottom),
        ]
        if number > 1:
            corners.append((rect.x + tip, rect.center.y))
        path = c.beginPath()
        path.moveTo(*self.point(*corners[0]))
        for corner in corners[1:]:
            path.lineTo(*self.point(*corner))
        path.close()
        c.setFillColor(color)
        c.drawPath(path, stroke=0, fill=1)
        badge_x = rect.x + (tip if number > 1 else 8) + 6 + 11
        cx, cy = self.point(badge_x, rect.center.y)
        c.setFillColor("#ffffff")
        c.circle(cx, cy, 11 * s, stroke=0, fill=1)
        c.setFillColor(color)
        fonts.draw_centred(c, cx, cy - 3 * s, str(number), 8.5 * s, fonts.BOLD)
        c.setFillColor("#ffffff")
        left = badge_x + 11 + 8
        self.text(left, rect.center.y + 4, name, 10.5, fonts.BOLD, "#ffffff", rect.right - tip - 4 - left)

    def draw_lane_headers(self, left: float | None = None) -> None:
        """Lane names (and the emotion scale); at ``left`` (a map x) when repeated on a tile."""
        c, s = self.canvas, self.scale
        for lane in self.journey.lanes:
            header = self.grid.lane_header_rect(lane.id)
            if left is not None:
                header = Rect(left, header.y, header.width, header.height)
            if not (self.window.y < header.bottom and header.y < self.window.bottom):
                continue
            c.setFillColor(theme.HEADER_FILL)
            c.rect(*self.box(header), stroke=0, fill=1)
            c.setStrokeColor(theme.GRID_LINE)
            c.setLineWidth(0.6 * s)
            c.line(*self.point(header.x, header.bottom), *self.point(header.right, header.bottom))
            ox, oy = header.x + 14, header.y + 13
            draw_icon(
                c,
                f"lane-{lane.kind.value}",
                lambda u, v, ox=ox, oy=oy: self.point(ox + u * 0.75, oy + v * 0.75),
                18 * s,
                theme.MUTED_TEXT,
            )
            lines, size = fit(lane.name, (header.width - 54) * s, 40 * s, 9.5 * s, 8 * s, fonts.BOLD)
            c.setFillColor(theme.TEXT)
            for number, line in enumerate(lines):
                fonts.draw(c, *self.point(header.x + 42, header.y + 22 + number * 13), line, size, fonts.BOLD)
            if lane.kind is LaneKind.EMOTIONS:
                scale = EmotionScale(Rect(header.x, header.y, header.width, header.height))
                for score in SCORES:
                    label = f"{SCORE_LABELS[score]}  {score:+d}" if score else f"{SCORE_LABELS[0]}  0"
                    c.setFillColor(theme.EMOTION_COLORS[score])
                    x, y = self.point(header.right - 8, scale.y(score) + 2.5)
                    fonts.draw(c, x - fonts.width(label, 7 * s), y, label, 7 * s)

    # Cards

    def draw_cards(self) -> None:
        simple = self.metrics.card_width * self.scale < SIMPLE_BELOW
        far_out = SimpleCards()
        drawn = 0
        for stage in self.journey.stages:
            for lane in self.journey.lanes:
                cell = (stage.id, lane.id)
                cards = self.index.cards_in(cell)
                if not cards or not self.visible(self.grid.cell_rect(cell)):
                    drawn += len(cards)
                    continue
                origin = self.grid.cell_rect(cell)
                columns = self.grid.columns(stage.id)
                for number, card in enumerate(cards):
                    slot = self.grid.slot_rect(columns, number).translated(origin.x, origin.y)
                    if not self.visible(slot):
                        continue
                    if simple:
                        self.add_simple_card(card, slot, far_out)
                    else:
                        self.draw_card(card, slot)
                drawn += len(cards)
                if drawn >= 250:
                    self.progress(drawn)
                    drawn = 0
        far_out.draw(self.canvas, TITLE_SIZE * self.scale)
        self.progress(drawn)

    def add_simple_card(self, card: Card, rect: Rect, far_out: "SimpleCards") -> None:
        """Far out: the card's colour, its accent, and its title in one line (still searchable)."""
        style, s = theme.CARD_STYLES[card.kind], self.scale
        x, y, w, h = self.box(rect)
        far_out.bodies.setdefault(style.fill, []).append((x, y, w, h))
        far_out.accents.setdefault(style.accent, []).append((x, y, ACCENT_WIDTH * s, h))
        if card.title:
            far_out.titles.append((x + CONTENT_LEFT * s, y + h - (8 + TITLE_SIZE) * s, card.title))

    def draw_card(self, card: Card, rect: Rect) -> None:
        c, s, style = self.canvas, self.scale, theme.CARD_STYLES[card.kind]
        x, y, w, h = self.box(rect)
        c.setLineWidth(0.8 * s)
        c.setStrokeColor(theme.CARD_BORDER)
        c.setFillColor(style.fill)
        c.roundRect(x, y, w, h, RADIUS * s, stroke=1, fill=1)
        c.saveState()
        body = c.beginPath()
        body.roundRect(x, y, w, h, RADIUS * s)
        c.clipPath(body, stroke=0, fill=0)
        c.setFillColor(style.accent)
        c.rect(x, y, ACCENT_WIDTH * s, h, stroke=0, fill=1)
        c.restoreState()
        if has_caption(card):
            ox, oy = rect.x + CONTENT_LEFT, rect.y + 7
            draw_icon(
                c, icon_name(card), lambda u, v: self.point(ox + u * 14 / 24, oy + v * 14 / 24), 14 * s, style.accent
            )
            badge = self.draw_badge(card, rect)
            caption_width = rect.width - CONTENT_LEFT - 20 - badge - PADDING
            c.setFillColor(style.label)
            text = ellipsize(caption(card).upper(), CAPTION_SIZE * s, caption_width * s, fonts.BOLD)
            fonts.draw(c, *self.point(rect.x + CONTENT_LEFT + 19, rect.y + 17), text, CAPTION_SIZE * s, fonts.BOLD)
        box_width = rect.width - CONTENT_LEFT - PADDING
        lines, size = fit(
            card.title, box_width * s, title_height(card, rect.height) * s, TITLE_SIZE * s, TITLE_SIZE * 0.78 * s
        )
        c.setFillColor(theme.TEXT if lines else theme.MUTED_TEXT)
        lines = lines or [f"New {card.kind.label.lower()}"]
        top = rect.y + title_top(card)
        for number, line in enumerate(lines):
            baseline = top + (number + 0.8) * size * LINE_SPACING / s
            fonts.draw(c, *self.point(rect.x + CONTENT_LEFT, baseline), line, size)
        if isinstance(card, ImprovementCard):
            self.draw_action_footer(card, rect)

    def draw_badge(self, card: Card, rect: Rect) -> float:
        c, s = self.canvas, self.scale
        right = rect.right - PADDING
        if isinstance(card, PainPointCard) and card.severity is not None:
            radius, gap = 3.2, 3.0
            width = 5 * 2 * radius + 4 * gap
            for dot in range(5):
                c.setFillColor(theme.SEVERITY_COLORS[card.severity - 1] if dot < card.severity else "#e6e8ec")
                cx, cy = self.point(right - width + radius + dot * (2 * radius + gap), rect.y + 14)
                c.circle(cx, cy, radius * s, stroke=0, fill=1)
            return width
        if isinstance(card, TouchpointCard) and card.emotion is not None:
            self.draw_face(Point(right - 7, rect.y + 14), card.emotion, 7.0)
            return 14.0
        if isinstance(card, ImprovementCard | PainPointCard):
            text = impact_effort_text(card.impact, card.effort) if isinstance(card, ImprovementCard) else NOT_RATED
            width = fonts.width(text, CAPTION_SIZE * s, fonts.BOLD) / s
            c.setFillColor(theme.MUTED_TEXT)
            fonts.draw(c, *self.point(right - width, rect.y + 17), text, CAPTION_SIZE * s, fonts.BOLD)
            return width
        return 0.0

    def draw_face(self, center: Point, emotion: int, radius: float) -> None:
        c, s = self.canvas, self.scale
        cx, cy = self.point(center.x, center.y)
        c.setFillColor(theme.EMOTION_COLORS[emotion])
        c.circle(cx, cy, radius * s, stroke=0, fill=1)
        c.setFillColor("#ffffff")
        for dx in (-2.4, 2.4):
            c.circle(*self.point(center.x + dx, center.y - 1.8), 0.9 * s, stroke=0, fill=1)
        curve = emotion * 1.1
        mouth = c.beginPath()
        mouth.moveTo(*self.point(center.x - 3.2, center.y + 2.6 - curve / 2))
        low = center.y + 2.6 + curve
        mouth.curveTo(
            *self.point(center.x - 1, low),
            *self.point(center.x + 1, low),
            *self.point(center.x + 3.2, center.y + 2.6 - curve / 2),
        )
        c.setStrokeColor("#ffffff")
        c.setLineWidth(1.2 * s)
        c.setLineCap(1)
        c.drawPath(mouth, stroke=1, fill=0)

    def draw_action_footer(self, card: ImprovementCard, rect: Rect) -> None:
        s = self.scale
        bottom = rect.bottom - 7
        width = self.pill(rect.x + CONTENT_LEFT, bottom - 13, card.status.label, theme.STATUS_COLORS[card.status])
        if card.owner:
            owner_left = rect.x + CONTENT_LEFT + width + 6
            room = rect.right - PADDING - owner_left
            text = ellipsize(card.owner, 7.5 * s, room * s)
            self.canvas.setFillColor(theme.MUTED_TEXT)
            x, y = self.point(rect.right - PADDING, bottom - 3.5)
            fonts.draw(self.canvas, x - fonts.width(text, 7.5 * s), y, text, 7.5 * s)

    # Lines over the grid

    def draw_links(self) -> None:
        c, s = self.canvas, self.scale
        c.setStrokeColor(theme.CARD_STYLES[CardKind.IMPROVEMENT].accent)
        c.setLineWidth(1.3 * s)
        c.setLineCap(1)
        for action in self.journey.improvements():
            source = self.card_rect(action)
            for target_id in action.addresses:
                target = self.card_rect(self.index.card(target_id))
                start, first, second, end = connector(source, target)
                if not self.visible(
                    Rect(
                        min(start.x, end.x) - 1,
                        min(start.y, end.y) - 1,
                        abs(end.x - start.x) + 2,
                        abs(end.y - start.y) + 2,
                    )
                ):
                    continue
                path = c.beginPath()
                path.moveTo(*self.point(*start))
                path.curveTo(*self.point(*first), *self.point(*second), *self.point(*end))
                c.drawPath(path, stroke=1, fill=0)

    def card_rect(self, card: Card) -> Rect:
        cell = (card.stage_id, card.lane_id)
        return self.grid.card_rect(cell, self.index.cell_index(card.id))

    def draw_emotion_curve(self) -> None:
        lane = emotion_lane(self.journey)
        if lane is None or not self.visible(self.grid.lane_rect(lane.id)):
            return
        c, s = self.canvas, self.scale
        scale = EmotionScale(self.grid.lane_rect(lane.id))
        for score in SCORES:
            y = scale.y(score)
            c.setStrokeColor(theme.GRID_LINE)
            c.setLineWidth(0.6 * s)
            c.setDash([] if score == 0 else [1.5 * s, 2 * s])
            c.line(*self.point(scale.lane.x + 8, y), *self.point(scale.lane.right - 8, y))
        c.setDash([])
        overlay_name = ""
        if self.journey.overlay_journey_id:
            other = self.project.journey(self.journey.overlay_journey_id)
            overlay_name = other.name
            points = overlay_points(self.journey, other, self.grid, scale)
            c.setStrokeColor("#d9822b")
            c.setLineWidth(2.2 * s)
            c.setDash([5 * s, 3 * s])
            self.curve(points)
            c.setDash([])
        points = emotion_points(self.journey, self.index, self.grid, scale)
        c.setStrokeColor("#2f3b52")
        c.setLineWidth(2.6 * s)
        self.curve([Point(point.x, point.y) for point in points])
        c.setStrokeColor("#ffffff")
        c.setLineWidth(2 * s)
        for point in points:
            c.setFillColor(theme.EMOTION_COLORS[point.score])
            c.circle(*self.point(point.x, point.y), 6.5 * s, stroke=1, fill=1)
        if overlay_name:
            self.legend_box(scale.lane, [(self.journey.name, "#2f3b52", False), (overlay_name, "#d9822b", True)])

    def curve(self, points: list[Point]) -> None:
        segments = smooth_path(points)
        if not segments:
            return
        path = self.canvas.beginPath()
        path.moveTo(*self.point(*segments[0][0]))
        for _, first, second, end in segments:
            path.curveTo(*self.point(*first), *self.point(*second), *self.point(*end))
        self.canvas.drawPath(path, stroke=1, fill=0)

    def legend_box(self, lane: Rect, entries: list[tuple[str, str, bool]]) -> None:
        c, s = self.canvas, self.scale
        width = max(fonts.width(label, 7.5) for label, _, _ in entries) + 44
        box = Rect(lane.right - width - 12, lane.y + 4, width, 16 * len(entries) + 8)
        c.setFillColor("#ffffff")
        c.setStrokeColor(theme.GRID_LINE)
        c.setLineWidth(0.6 * s)
        c.roundRect(*self.box(box), 5 * s, stroke=1, fill=1)
        for number, (label, color, dashed) in enumerate(entries):
            y = box.y + 12 + number * 16
            c.setStrokeColor(color)
            c.setLineWidth(2.2 * s)
            c.setDash([4 * s, 2 * s] if dashed else [])
            c.line(*self.point(box.x + 8, y), *self.point(box.x + 30, y))
            c.setDash([])
            self.text(box.x + 36, y + 3, label, 7.5, fonts.REGULAR, theme.TEXT, width - 40)

    # Text helpers (sizes in map units)

    def text(self, x: float, baseline: float, text: str, size: float, font: str, color: str, room: float) -> float:
        """One line, ended with an ellipsis if it does not fit ``room``; returns its width in map units."""
        s = self.scale
        shown = ellipsize(" ".join(text.split()), size * s, room * s, font)
        self.canvas.setFillColor(color)
        fonts.draw(self.canvas, *self.point(x, baseline), shown, size * s, font)
        return fonts.width(shown, size * s, font) / s

    def paragraph(
        self, x: float, top: float, width: float, height: float, text: str, size: float, font: str, color: str
    ) -> None:
        s = self.scale
        lines, fitted = fit(text, width * s, height * s, size * s, size * 0.85 * s, font)
        self.canvas.setFillColor(color)
        for number, line in enumerate(lines):
            fonts.draw(
                self.canvas, *self.point(x, top + (number + 0.85) * fitted * LINE_SPACING / s), line, fitted, font
            )

    def pill(self, x: float, y: float, label: str, color: str) -> float:
        """A rounded label; returns its width in map units."""
        c, s = self.canvas, self.scale
        width = fonts.width(label.upper(), CAPTION_SIZE * s, fonts.BOLD) / s + 12
        c.setFillColor(color)
        c.roundRect(*self.box(Rect(x, y, width, 13)), 6.5 * s, stroke=0, fill=1)
        c.setFillColor("#ffffff")
        fonts.draw_centred(c, *self.point(x + width / 2, y + 9.5), label.upper(), CAPTION_SIZE * s, fonts.BOLD)
        return width
