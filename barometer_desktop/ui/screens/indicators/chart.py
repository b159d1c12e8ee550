"""The indicator's trend chart (pyqtgraph), imported only when first shown.

København against Hele landet and any chosen municipalities; 95 % confidence
bars for survey values; provisional values drawn hollow; the baseline year
marked; monthly and quarterly values on the same time axis as the yearly
ones (SeriesPoint.position is a decimal year).
"""

from __future__ import annotations

import os
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from barometer_desktop.assembly.snapshot import AreaSeries, IndicatorView, SeriesPoint
from barometer_desktop.atomic_files import atomic_target
from barometer_desktop.domain.chart_text import describe_series
from barometer_desktop.domain.formatting import format_number
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError
from barometer_desktop.labels import unit_name
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import announce
from barometer_desktop.ui.screens.indicators.chart_points import hover_text, period_text, point_text, point_tip
from barometer_desktop.write_targets import PNG, SVG

# Room around the years shown, so the first and the report year's points and
# their labels are never cut by the plot's edge (in years on the x axis).
X_MARGIN_LEFT = 0.25
X_MARGIN_RIGHT = 0.45
# The narrowest space a year label needs (px): fewer labels on a narrow chart.
YEAR_LABEL_WIDTH = 46
FOCUS_WIDTH = 2


class DanishAxis(pg.AxisItem):
    """Tick labels with a decimal comma."""

    def tickStrings(self, values, scale, spacing):  # pyqtgraph override
        decimals = 0 if spacing >= 1 else 1 if spacing >= 0.1 else 2
        return [format_number(v * scale, decimals) for v in values]


class IndicatorChart(QWidget):
    """The chart takes a Tab stop and shows a focus frame; the arrow keys walk
    its points (Left/Right: period, Up/Down: area) and the line under the
    chart says, and a screen reader speaks, what the tooltip would."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        palette = theme.current()
        self._theme = palette
        foreground = palette.foreground
        pg.setConfigOptions(antialias=True, background=palette.base, foreground=foreground)
        self.setObjectName("indicator_chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("IndicatorChart", "Chart"))
        self.plot_widget = pg.PlotWidget(axisItems={"left": DanishAxis("left")})
        self.plot_widget.setObjectName("indicator_plot")
        self.plot_widget.setBackground(palette.base)
        # The chart widget itself takes the focus (and draws it); the view inside does not.
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor=foreground)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.plain_title = ""
        self._title_html = ""
        self._years = (0, -1)
        self.description = ""
        # (series, points in time order) per shown area, and the point the keyboard is on.
        self._walk: list[tuple[AreaSeries, list[SeriesPoint]]] = []
        self._cursor: tuple[int, int] | None = None
        self._unit, self._decimals = "", 0
        self.readout = QLabel()
        self.readout.setObjectName("chart_readout")
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._baseline_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(palette.line("chart_reference"), width=1, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={"position": 0.95, "color": palette.text("hint")},
        )
        self._baseline_line.hide()
        self.plot.addItem(self._baseline_line, ignoreBounds=True)
        shade = QColor(palette.line("chart_main"))
        shade.setAlpha(34)
        self._report_region = pg.LinearRegionItem(values=(0, 1), movable=False, brush=shade, pen=pg.mkPen(None))
        self._report_region.setZValue(-10)
        self._report_region.hide()
        self.plot.addItem(self._report_region, ignoreBounds=True)
        self.error_bars: dict[str, pg.ErrorBarItem] = {}
        layout = QVBoxLayout(self)
        # Room for the focus frame around the plot.
        layout.setContentsMargins(FOCUS_WIDTH + 1, FOCUS_WIDTH + 1, FOCUS_WIDTH + 1, FOCUS_WIDTH + 1)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.readout)
        self.readout.setText(self._readout_hint())

    @staticmethod
    def _readout_hint() -> str:
        return QCoreApplication.translate(
            "IndicatorChart", "Tab to the chart and use the arrow keys to read each value."
        )

    def _update_ticks(self) -> None:
        """One label per year, or every second, third ... year when the chart is too narrow for all."""
        first, last = self._years
        width = max(self.plot.vb.width() or self.plot_widget.width() - 80, 120)
        step = max(1, -(-(last - first + 1) * YEAR_LABEL_WIDTH // int(width)))
        ticks = [(y + 0.5, str(y)) for y in range(first, last + 1) if (last - y) % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks])

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._update_ticks()

    # -- the keyboard ------------------------------------------------------------

    def paintEvent(self, event) -> None:  # Qt override
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self._theme.line("focus"), FOCUS_WIDTH))
            painter.drawRect(self.rect().adjusted(1, 1, -FOCUS_WIDTH, -FOCUS_WIDTH))
            painter.end()

    def focusInEvent(self, event) -> None:  # Qt override
        super().focusInEvent(event)
        if self._cursor is None and self._walk:
            self._cursor = (0, len(self._walk[0][1]) - 1)
            self._show_cursor()
        self.update()

    def focusOutEvent(self, event) -> None:  # Qt override
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if not self._walk or self._cursor is None:
            super().keyPressEvent(event)
            return
        series_index, point_index = self._cursor
        key = event.key()
        if key == Qt.Key.Key_Left:
            point_index -= 1
        elif key == Qt.Key.Key_Right:
            point_index += 1
        elif key == Qt.Key.Key_Home:
            point_index = 0
        elif key == Qt.Key.Key_End:
            point_index = len(self._walk[series_index][1]) - 1
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            when = self._walk[series_index][1][point_index].position
            series_index = (series_index + (1 if key == Qt.Key.Key_Down else -1)) % len(self._walk)
            points = self._walk[series_index][1]
            point_index = min(range(len(points)), key=lambda i: abs(points[i].position - when))
        else:
            super().keyPressEvent(event)
            return
        points = self._walk[series_index][1]
        self._cursor = (series_index, max(0, min(point_index, len(points) - 1)))
        self._show_cursor()
        event.accept()

    def _show_cursor(self) -> None:
        if self._cursor is None:
            return
        series, points = self._walk[self._cursor[0]]
        point = points[self._cursor[1]]
        text = hover_text(series, point, self._unit, self._decimals).replace("\n", " · ")
        self.readout.setText(text)
        announce(self, text)

    def current_point(self) -> tuple[str, SeriesPoint] | None:
        """The area and point the keyboard is on (None before the chart had the focus)."""
        if self._cursor is None:
            return None
        series, points = self._walk[self._cursor[0]]
        return series.area_name, points[self._cursor[1]]

    def show_indicator(
        self,
        view: IndicatorView | None,
        areas: list[str],
        baseline_year: int | None,
        report_year: int,
        country_name: str = "",
    ) -> None:
        """Draw `view`'s series for the named areas (main area and country always).

        Curves are updated in place when the same areas are shown again:
        rebuilding pyqtgraph items costs more than the 50 ms a switch may take.
        """
        for bars in self.error_bars.values():
            self.plot.removeItem(bars)
        self.error_bars.clear()
        self._walk, self._cursor = [], None
        self.readout.setText(self._readout_hint())
        if view is None:
            self._drop_curves()
            self._report_region.hide()
            self._baseline_line.hide()
            self._title_html = ""
            self.description = ""
            self.setAccessibleDescription("")
            return
        self.plain_title = f"{view.code} {view.name}"
        self._unit, self._decimals = view.unit, view.decimals
        # No title on screen (the heading above the chart names the indicator, and
        # pyqtgraph widens the plot to a long title, cutting off the newest years);
        # a saved file gets it, see save().
        name = view.name if len(view.name) <= 70 else view.name[:69] + "…"
        self._title_html = f"<b>{view.code}</b> {name}"
        self.plot.setLabel("left", _unit_label(view.unit))
        wanted = []
        other = 0
        for series in view.series:
            if not (series.is_main or series.area_name == country_name or series.area_name in areas):
                continue
            if series.is_main:
                colour = self._theme.line("chart_main")
            elif series.area_name == country_name:
                colour = self._theme.line("chart_country")
            else:
                colour = self._theme.line(theme.CHART_OTHERS[other % len(theme.CHART_OTHERS)])
                other += 1
            wanted.append((series, colour))
        if [s.area_name for s, _ in wanted] != list(self.curves):
            self._drop_curves()
        years: set[int] = set()
        for series, colour in wanted:
            self._draw_series(series, colour, view.unit, view.decimals, bold=series.is_main)
            years.update(int(p.position) for p in series.points)
            ordered = sorted(series.points, key=lambda p: p.position)
            if ordered:
                self._walk.append((series, ordered))
        self.description = describe_series(
            (
                series.area_name,
                [(period_text(p.period), point_text(p, view.unit, view.decimals))
                 for p in sorted(series.points, key=lambda p: p.position) if p.period.is_year],
            )
            for series, _colour in wanted
        )
        self.setAccessibleName(
            QCoreApplication.translate("IndicatorChart", "Chart: {title}").format(title=self.plain_title)
        )
        self.setAccessibleDescription(self.description)
        if baseline_year is not None:
            self._baseline_line.setPos(baseline_year + 0.5)
            self._baseline_line.label.setFormat(QCoreApplication.translate("IndicatorChart", "Baseline {year}").format(year=baseline_year))
            self._baseline_line.show()
        else:
            self._baseline_line.hide()
        self._report_region.setRegion((report_year, report_year + 1))
        self._report_region.show()
        # The report year is always in view, with a margin, even before its value is entered.
        first, last = x_span(years, report_year)
        self._years = (first, last)
        self._update_ticks()
        self.plot.setXRange(first - X_MARGIN_LEFT, last + 1 + X_MARGIN_RIGHT, padding=0)
        self.plot.enableAutoRange(axis="y")

    def _drop_curves(self) -> None:
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.curves.clear()
        self.legend.clear()

    def _draw_series(self, series: AreaSeries, colour: QColor, unit: str, decimals: int, bold: bool) -> None:
        # With monthly or quarterly values the line runs through those; the
        # yearly values (drawn last) are larger, unconnected markers on the
        # same time axis. Without them the yearly values form the line.
        sub = sorted((p for p in series.points if not p.period.is_year), key=lambda p: p.position)
        yearly = sorted((p for p in series.points if p.period.is_year), key=lambda p: p.position)
        points = sub + yearly if sub else yearly
        xs = [p.position for p in points]
        ys = [p.value for p in points]
        connect = _array([i < len(sub) - 1 for i in range(len(points))] if sub else [True] * len(points))
        sizes = [5] * len(sub) + [9] * len(yearly) if sub else 8
        filled = pg.mkBrush(colour)
        hollow = pg.mkBrush(self._theme.base)
        brushes = (
            [hollow if p.provisional else filled for p in points]
            if any(p.provisional for p in points)
            else filled
        )
        style = dict(
            pen=pg.mkPen(colour, width=2.6 if bold else 1.8),
            symbol="o",
            symbolSize=sizes,
            connect=connect.astype(bool) if sub else "all",
            symbolPen=pg.mkPen(colour, width=1.5),
            symbolBrush=brushes,
            # The tooltip text is made on hover: formatting hundreds of monthly
            # values up front would cost more than the whole redraw may take.
            data=[(series, p, unit, decimals) for p in points],
        )
        curve = self.curves.get(series.area_name)
        if curve is None:
            curve = pg.PlotDataItem(xs, ys, name=series.area_name, **style)
            curve.scatter.opts["hoverable"] = True
            curve.scatter.opts["tip"] = point_tip
            curve.scatter.setAcceptHoverEvents(True)
            self.plot.addItem(curve)
            self.curves[series.area_name] = curve
        else:
            curve.setData(xs, ys, **style)
        # (where, value, low, high) of the points with a confidence interval
        with_ci = [(p.position, p.value, p.ci_low, p.ci_high) for p in points
                   if p.ci_low is not None and p.ci_high is not None]
        if with_ci:
            bars = pg.ErrorBarItem(
                x=_array([x for x, _value, _low, _high in with_ci]),
                y=_array([value for _x, value, _low, _high in with_ci]),
                top=_array([high - value for _x, value, _low, high in with_ci]),
                bottom=_array([value - low for _x, value, low, _high in with_ci]),
                beam=0.18,
                pen=pg.mkPen(colour, width=1.2),
            )
            self.plot.addItem(bars)
            self.error_bars[series.area_name] = bars

    def save(self, path: str | os.PathLike[str]) -> None:
        """Save as PNG or SVG (by the suffix), written whole (atomic_files) or not at all."""

        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "Save the chart as .png or .svg."))
        # The saved chart names its indicator (on screen the heading above does).
        size = f"{max(8.0, QApplication.font().pointSizeF() * 1.15):.1f}pt"
        self.plot.setTitle(self._title_html or None, color=self._theme.text("heading"), size=size)
        try:
            with atomic_target(target, SVG if suffix == ".svg" else PNG) as temporary:
                if suffix == ".svg":
                    self._write_svg(str(temporary))
                else:
                    from pyqtgraph import exporters

                    exporter = exporters.ImageExporter(self.plot)
                    exporter.parameters()["width"] = max(1200, int(self.plot.width()))
                    # pyqtgraph picks the format from the name; the temporary file ends in .tmp.
                    image = exporter.export(toBytes=True)
                    if image is None or image.isNull() or not image.save(str(temporary), "PNG"):
                        raise OSError(QCoreApplication.translate("IndicatorChart", "nothing written"))
                if temporary.stat().st_size == 0:
                    raise OSError(QCoreApplication.translate("IndicatorChart", "nothing written"))
        except (OSError, ValueError, RuntimeError) as error:
            raise ExportError(
                QT_TRANSLATE_NOOP("Errors", "The chart could not be saved to {path}: {reason}"),
                path=str(target),
                reason=str(error),
            ) from error
        finally:
            self.plot.setTitle(None)

    def _write_svg(self, filename: str) -> None:
        # pyqtgraph's SVGExporter cannot parse the paths Qt 6.12 writes; Qt's
        # own SVG generator renders the same view as vectors.
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        view = self.plot_widget
        generator = QSvgGenerator()
        generator.setFileName(filename)
        generator.setResolution(96)
        generator.setSize(view.size())
        generator.setViewBox(QRect(0, 0, view.width(), view.height()))
        generator.setTitle(self.plain_title)
        # Markers are cached pixmaps on screen; in a vector file they must be paths.
        scatters = [curve.scatter for curve in self.curves.values()]
        for scatter in scatters:
            scatter.opts["useCache"] = False
        painter = QPainter()
        try:
            if not painter.begin(generator):
                raise OSError(QCoreApplication.translate("IndicatorChart", "the SVG file could not be opened for writing"))
            view.render(painter)
        finally:
            if painter.isActive():
                painter.end()
            for scatter in scatters:
                scatter.opts["useCache"] = True


def x_span(years: set[int], report_year: int) -> tuple[int, int]:
    """The first and last year on the x axis: every year with a value, and always the report year."""
    if not years:
        return report_year - 4, report_year
    return min(min(years), report_year), max(max(years), report_year)


def _array(values):
    import numpy

    return numpy.asarray(values, dtype=float)


def _unit_label(unit: str) -> str:
    # The unit's name from the one place for words (labels), as the PDF chart's axis shows it.

    return unit_name(unit)
