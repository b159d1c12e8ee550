"""Open the main window at one size and scale factor, visit every screen and tab,
and report what does not fit (run in a fresh interpreter: the scale factor
is fixed when the application starts).

    python -m tests.ui.geometry_probe DB WIDTH HEIGHT [--shots DIR] [--palette dark|high_contrast]

with QT_SCALE_FACTOR set for 150 % or 200 %. Prints one JSON object:
{"problems": [...], "facts": {...}}. WIDTH x HEIGHT is the window's size in
device-independent pixels (what the desk offers at that scale).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SCREENS = ("overview", "indicators", "entry", "missing", "committees", "report", "import")
# Buttons that must be visible without scrolling: the ones that store or send work.
ACTION_BUTTONS = (
    "save_committee", "save_plan", "save_follow_up", "save_assessment", "save_indicator", "details_save", "export_button",
    "send_button", "import_button", "check_button", "confirm_decision", "save_notice", "choose_file",
)


def _name(widget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def outside_parent(window) -> list[str]:
    """Visible widgets that stick out of their (visible) parent, which would clip them."""
    from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QWidget

    found = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is None or not widget.isVisible() or widget.isWindow() or not parent.isVisible():
            continue
        # Scrolled content may be larger than its viewport: that is what scrolling is for.
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            continue
        if isinstance(parent, QTabBar) or type(widget).__name__ in ("QToolBarExtension",):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        inner = parent.rect().adjusted(-1, -1, 1, 1)
        if not inner.contains(widget.geometry()):
            found.append(f"{_name(widget)} {widget.geometry().getRect()} outside {_name(parent)} {parent.rect().getRect()}")
    return found


def hidden_actions(window) -> list[str]:
    """Action buttons on the shown page that are not wholly visible without scrolling."""
    from PySide6.QtWidgets import QPushButton

    problems = []
    for button in window.findChildren(QPushButton):
        if button.objectName() not in ACTION_BUTTONS or not button.isVisible():
            continue
        visible = button.visibleRegion().boundingRect()
        if visible.width() < button.width() - 1 or visible.height() < button.height() - 1:
            problems.append(f"{_name(button)} not wholly visible ({visible.getRect()} of {button.rect().getRect()})")
    return problems


def main(argv: list[str]) -> int:
    db_path, width, height = argv[0], int(argv[1]), int(argv[2])
    shots = Path(argv[argv.index("--shots") + 1]) if "--shots" in argv else None
    from PySide6.QtWidgets import QTabWidget

    from barometer_desktop.storage.database import open_database
    from barometer_desktop.ui.launch import create_application
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState

    app = create_application("da")
    if "--font" in argv:
        font = app.font()
        font.setPointSizeF(float(argv[argv.index("--font") + 1]))
        app.setFont(font)
    if "--palette" in argv:
        from barometer_desktop.ui import theme

        name = argv[argv.index("--palette") + 1]
        app.setStyle("Fusion")
        app.setPalette({"dark": theme.dark_palette, "high_contrast": theme.high_contrast_palette}[name]())
    window = MainWindow(AppState(open_database(db_path), 2013))
    window.setGeometry(0, 0, width, height)
    window.show()
    app.processEvents()
    problems: list[str] = []
    facts: dict[str, object] = {"minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()]}
    if window.minimumSizeHint().width() > 1024 or window.minimumSizeHint().height() > 700:
        problems.append(f"window minimum {facts['minimum']} exceeds 1024x700")
    if window.width() > width + 1 or window.height() > height + 1:
        problems.append(f"window could not be made {width}x{height}: it is {window.width()}x{window.height()}")
    for key in SCREENS:
        window.show_screen(key)
        app.processEvents()
        page = window.page(key)
        tabs = next((t for t in page.findChildren(QTabWidget) if t.isVisible()), None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            app.processEvents()
            where = f"{key}/{tabs.tabText(index) if tabs else ''}"
            problems += [f"{where}: {p}" for p in outside_parent(window)]
            problems += [f"{where}: {p}" for p in hidden_actions(window)]
            if shots is not None:
                shots.mkdir(parents=True, exist_ok=True)
                label = where.replace("/", "_").replace(" ", "-").strip("_")
                window.grab().save(str(shots / f"{width}x{height}_{label}.png"))
        if key == "indicators":
            from PySide6.QtCore import QPointF

            chart = page.chart
            tabs.setCurrentIndex(0)
            app.processEvents()
            low, high = chart.plot.viewRange()[0]
            point = window.state.report_year + 0.5
            facts["chart_x_range"] = [low, high]
            if not (low < point - 0.3 and high > point + 0.3):
                problems.append(f"indicators: the report year's point {point} is not inside the chart's view {low:.2f}..{high:.2f}")
            # ... and where it is drawn, inside what the widget shows (not cut off by a too wide plot).
            y = sum(chart.plot.viewRange()[1]) / 2
            scene_point = chart.plot.vb.mapViewToScene(QPointF(point, y))
            shown = chart.plot_widget.mapFromScene(scene_point)
            if not chart.plot_widget.viewport().rect().adjusted(6, 6, -6, -6).contains(shown):
                problems.append(f"indicators: the report year's point is drawn at {shown.x()},{shown.y()}, outside the chart "
                                f"{chart.plot_widget.viewport().rect().getRect()}")
        if key == "entry":
            view = page.view
            viewport_width = view.viewport().width()
            whole = [
                c for c in range(view.model().columnCount())
                if view.columnViewportPosition(c) >= 0
                and view.columnViewportPosition(c) + view.columnWidth(c) <= viewport_width
            ]
            facts["entry_columns_visible"] = len(whole)
    print(json.dumps({"problems": problems, "facts": facts}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
