"""Native PowerPoint charts: the emotion curve as a line chart, the priority matrix as an XY chart."""

from pptx.chart.data import CategoryChartData, XyChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.slide import Slide
from pptx.util import Pt

from journeydesk.export.pptx.slides import CONTENT_TOP, HEIGHT, MARGIN, WIDTH, rgb, style
from journeydesk.export.xml_text import printable
from journeydesk.layout import theme
from journeydesk.model.emotions import stage_emotions
from journeydesk.model.journey import Journey
from journeydesk.model.priorities import Quadrant, quadrant
from journeydesk.model.project import Project

# Each quadrant's points in its colour and a shape of its own: never told apart by colour alone.
QUADRANT_MARKS = {
    kind: (colour, shape)
    for kind, colour, shape in zip(
        Quadrant,
        theme.LIGHT.quadrant_marks,
        (XL_MARKER_STYLE.CIRCLE, XL_MARKER_STYLE.DIAMOND, XL_MARKER_STYLE.SQUARE, XL_MARKER_STYLE.TRIANGLE),
        strict=True,
    )
}


def compared_journey(project: Project, journey: Journey) -> Journey | None:
    return project.journey(journey.overlay_journey_id) if journey.overlay_journey_id else None


def emotion_series(project: Project, journey: Journey) -> list[tuple[str, list[float | None]]]:
    """The journey's mood per stage, and the compared journey's at the stages it copies or shares a name with."""
    own = stage_emotions(journey)
    series = [(journey.name, [own[stage.id] for stage in journey.stages])]
    other = compared_journey(project, journey)
    if other is not None:
        theirs = stage_emotions(other)
        by_name = {stage.name: stage.id for stage in other.stages}
        copied = {stage.origin_id: stage.id for stage in other.stages if stage.origin_id}
        matching = [
            stage.origin_id if stage.origin_id in theirs else copied.get(stage.id, by_name.get(stage.name))
            for stage in journey.stages
        ]
        series.append((other.name, [theirs.get(match) if match else None for match in matching]))
    return series


def has_emotions(journey: Journey) -> bool:
    return any(value is not None for value in stage_emotions(journey).values())


def emotion_chart(slide: Slide, project: Project, journey: Journey) -> None:
    data = CategoryChartData()
    data.categories = [printable(stage.name) for stage in journey.stages]
    for name, values in emotion_series(project, journey):
        data.add_series(printable(name), values)
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.LINE_MARKERS,
        Pt(MARGIN),
        Pt(CONTENT_TOP),
        Pt(WIDTH - 2 * MARGIN),
        Pt(HEIGHT - CONTENT_TOP - MARGIN),
        data,  # type: ignore[arg-type]  # the hint names ChartData; category and XY data are taken too
    )
    chart = frame.chart  # type: ignore[attr-defined]  # add_chart returns the GraphicFrame holding the chart
    axis = chart.value_axis
    axis.minimum_scale, axis.maximum_scale, axis.major_unit = -2, 2, 1
    axis.has_major_gridlines = True
    axis.tick_labels.number_format = '+0;-0;"neutral"'
    axis.tick_labels.number_format_is_linked = False
    style(axis.tick_labels.font, 10, colour=theme.MUTED_TEXT)
    style(chart.category_axis.tick_labels.font, 10)
    chart.has_legend = len(chart.plots[0].series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    colours = [theme.LIGHT.curve, theme.LIGHT.overlay]
    for series, colour in zip(chart.plots[0].series, colours, strict=False):
        series.smooth = True
        series.format.line.color.rgb = rgb(colour)
        series.format.line.width = Pt(2.5)
        series.marker.style = XL_MARKER_STYLE.CIRCLE
        series.marker.size = 9
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = rgb(colour)


def priority_chart(slide: Slide, project: Project) -> None:
    """Every improvement action at its effort (across) and impact (up), a series per quadrant, each
    point labelled with the action's title."""
    data = XyChartData()
    actions = [action for journey in project.journeys for action in journey.improvements()]
    groups = {kind: [action for action in actions if quadrant(action) is kind] for kind in Quadrant}
    shown = [kind for kind in Quadrant if groups[kind]]
    for kind in shown:
        series = data.add_series(kind.label)
        for action in groups[kind]:
            series.add_data_point(action.effort, action.impact)
    frame = slide.shapes.add_chart(
        XL_CHART_TYPE.XY_SCATTER,
        Pt(MARGIN),
        Pt(CONTENT_TOP),
        Pt(WIDTH - 2 * MARGIN),
        Pt(HEIGHT - CONTENT_TOP - MARGIN),
        data,  # type: ignore[arg-type]  # the hint names ChartData; category and XY data are taken too
    )
    chart = frame.chart  # type: ignore[attr-defined]  # add_chart returns the GraphicFrame holding the chart
    for axis, title in ((chart.category_axis, "Effort"), (chart.value_axis, "Impact")):
        axis.minimum_scale, axis.maximum_scale, axis.major_unit = 0, 6, 1
        axis.has_major_gridlines = True
        axis.has_title = True
        axis.axis_title.text_frame.text = title
        style(axis.axis_title.text_frame.paragraphs[0].runs[0].font, 11, bold=True)
        axis.tick_labels.number_format = '[<1]"";[>5]"";0'  # the ratings 1 to 5, room around them
        axis.tick_labels.number_format_is_linked = False
        style(axis.tick_labels.font, 10, colour=theme.MUTED_TEXT)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    for series, kind in zip(chart.plots[0].series, shown, strict=True):
        series.format.line.fill.background()  # points, no line between them
        colour, shape = QUADRANT_MARKS[kind]
        series.marker.style = shape
        series.marker.size = 11
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = rgb(colour)
        for point, action in zip(series.points, groups[kind], strict=True):
            label = point.data_label
            label.position = XL_LABEL_POSITION.RIGHT
            label.text_frame.text = printable(action.title[:48] or "Untitled")
            style(label.text_frame.paragraphs[0].runs[0].font, 8)
