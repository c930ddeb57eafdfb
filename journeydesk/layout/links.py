"""The connector between an improvement action's card and a pain point's card."""

from journeydesk.layout.geometry import Point, Rect


def connector(source: Rect, target: Rect) -> tuple[Point, Point, Point, Point]:
    """A cubic curve (start, control, control, end) between the facing edges of two cards."""
    dx = target.center.x - source.center.x
    dy = target.center.y - source.center.y
    if abs(dy) >= abs(dx) * 0.6:  # mostly above or below: leave from the top or bottom edge
        start = Point(source.center.x, source.y if dy < 0 else source.bottom)
        end = Point(target.center.x, target.bottom if dy < 0 else target.y)
        bend = (end.y - start.y) / 2
        return start, Point(start.x, start.y + bend), Point(end.x, end.y - bend), end
    start = Point(source.right if dx > 0 else source.x, source.center.y)
    end = Point(target.x if dx > 0 else target.right, target.center.y)
    bend = (end.x - start.x) / 2
    return start, Point(start.x + bend, start.y), Point(end.x - bend, end.y), end
