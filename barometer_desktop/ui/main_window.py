"""The main window: navigation, report-year selector, File menu, status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import APP_NAME
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import announce, explain_focused, leave_with_tab, named
from barometer_desktop.ui.app_menus import add_settings_and_help
from barometer_desktop.ui.database_menu import DatabaseMenu
from barometer_desktop.ui.file_actions import FileActions
from barometer_desktop.ui.fit import remember_splitter, scrolling
from barometer_desktop.ui.refresh import DataRefresher
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.committees.screen import CommitteesScreen
from barometer_desktop.ui.screens.entry.screen import DataEntryScreen
from barometer_desktop.ui.screens.importing.screen import ImportScreen
from barometer_desktop.ui.screens.indicators.screen import IndicatorsScreen
from barometer_desktop.ui.screens.missing.screen import MissingDataScreen
from barometer_desktop.ui.screens.overview.screen import OverviewScreen
from barometer_desktop.ui.screens.report.screen import ReportScreen
from barometer_desktop.ui.screens.start.screen import StartPage
from barometer_desktop.ui.settings_values import setting_text
from barometer_desktop.ui.shared_use import LockKeeper
from barometer_desktop.ui.state import AppState

# Settings keys (QSettings, per user).
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SCREEN_KEY = "main_window/screen"

AnyScreen = TypeVar("AnyScreen", bound=Screen)


class _NavigationDelegate(QStyledItemDelegate):
    """Navigation items with a clear focus ring instead of the faint dotted
    frame: while the list has the keyboard, the current item is framed in the
    theme's focus colour, so keyboard users see where they are."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        if self.view.hasFocus() and index == self.view.currentIndex():
            painter.save()
            painter.setPen(QPen(theme.NAVIGATION_FOCUS, 3))
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
            painter.restore()


class _ScreenStack(QStackedWidget):
    """The screens, sized by the one shown: the scroll area around them scrolls
    only when that screen cannot shrink to the window (a hidden screen's
    size, or the preferred height of wrapped text, never forces it)."""

    def _page_hint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self._page_hint()

    def minimumSizeHint(self) -> QSize:
        return self._page_hint()

    def heightForWidth(self, width: int) -> int:
        return self._page_hint().height()


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.restart_requested = False  # set by restart(); ui.launch starts the program again after closing
        # Set by ui.launch (and swapped by File › Open): renews our lock on the file; None without one.
        self.lock_keeper: LockKeeper | None = None
        self.refresher: DataRefresher | None = None  # polls for other users' changes (ui.launch)
        self._screens: dict[str, Screen] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        named(self.navigation, self.tr("Screens"), self.tr("Arrow keys choose a screen; Ctrl+1 to Ctrl+8 jump to one."))
        leave_with_tab(self.navigation)
        self.navigation.setMinimumWidth(150)
        self.navigation.setFont(theme.relative_font(self.font(), 1.1))
        self.navigation.setStyleSheet(theme.navigation_style())
        self.navigation.setItemDelegate(_NavigationDelegate(self.navigation))
        self.stack = _ScreenStack()
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.navigation)
        # The screens scroll when the window is smaller than a screen can shrink
        # (1024 x 700, 200 % scaling): nothing is cut off or pushed off-screen.
        self.stack_scroll = scrolling(self.stack, "screen_scroll")
        splitter.addWidget(self.stack_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1100])
        splitter.setHandleWidth(3)
        remember_splitter(splitter, "main_window/navigation_splitter")
        # A bar above everything for what the user must not miss (read-only
        # because another copy has the database open, ...); hidden normally.
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"QLabel {{ {theme.boxed_style('warning_fill')} font-weight: 600; padding: 6px 10px; }}")
        self.banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._size_to_current)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._add_screens()
        state.database_changed.connect(self._update_status_bar)
        # Hover-only explanations reach the keyboard: the focused field's tooltip
        # shows in the status bar and is its accessible description.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._restore()
        self._size_to_current(self.stack.currentIndex())

    # -- construction --------------------------------------------------------

    def _add_screens(self) -> None:
        start = self.add_screen("start", self.tr("The year's cycle"), lambda: StartPage(self.state))
        start.go_to.connect(self.go_to)
        overview = self.add_screen("overview", self.tr("Barometer"), lambda: OverviewScreen(self.state))
        indicators = self.add_screen("indicators", self.tr("Indicators"), lambda: IndicatorsScreen(self.state))
        overview.indicator_activated.connect(lambda indicator_id: self.open_indicator(indicator_id))
        self._indicators_screen = indicators
        self._add_entry_screens()
        self.committees_screen = self._add_committees_screen()
        self._add_report_screen()
        self._add_import_screen()

    def _add_entry_screens(self) -> None:
        entry = self.add_screen("entry", self.tr("Data entry"), lambda: DataEntryScreen(self.state))
        missing = self.add_screen("missing", self.tr("Missing data"), lambda: MissingDataScreen(self.state))

        def enter(code: str, area: str) -> None:
            self.show_screen("entry")
            entry.go_to(code, area)

        def badge(count: int) -> None:
            title = self.tr("Missing data ({count})").format(count=count) if count else self.tr("Missing data")
            self.set_screen_title("missing", title)

        missing.count_changed.connect(badge)
        missing.entry_requested.connect(enter)
        badge(missing.line_count())

    def _add_committees_screen(self) -> CommitteesScreen:
        screen = self.add_screen("committees", self.tr("Committees"), lambda: CommitteesScreen(self.state))

        def show_badge(count: int) -> None:
            # The missing follow-up count, so it cannot be overlooked.
            title = self.tr("Committees ({count})").format(count=count) if count else self.tr("Committees")
            self.set_screen_title("committees", title)

        screen.missing_count_changed.connect(show_badge)
        show_badge(screen.current_missing_count())
        return screen

    def go_to(self, target: str) -> None:
        """A start-page link: a screen key, or "committees/<tab>" for one of its tabs."""
        key, _, tab = target.partition("/")
        self.show_screen(key)
        shown = self.committees_screen.tab_named(tab) if key == "committees" else None
        if shown is not None:
            self.committees_screen.show_tab(shown)

    def open_indicator(self, indicator_id: int) -> None:
        """Switch to the indicators screen with `indicator_id` selected."""
        self.show_screen("indicators")
        self._indicators_screen.select_indicator(indicator_id)

    def _add_report_screen(self) -> None:
        self.report_screen = self.add_screen("report", self.tr("Report"), lambda: ReportScreen(self.state))

    def _add_import_screen(self) -> None:
        self.import_screen = self.add_screen("import", self.tr("Import"), lambda: ImportScreen(self.state))
        # Back up, restore, import, export, publish: inserted above Quit.
        self.file_actions = FileActions(self)

    def add_screen(self, key: str, title: str, factory: Callable[[], AnyScreen]) -> AnyScreen:
        screen = factory()
        screen.setObjectName(f"screen_{key}")
        self._screens[key] = screen
        self.stack.addWidget(screen)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        shortcut_number = self.navigation.count()
        if shortcut_number <= 9:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{shortcut_number}"))
            item.setToolTip(f"{title} (Ctrl+{shortcut_number})")
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            self.addAction(action)
        return screen

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Report year"))
        toolbar.setObjectName("report_year_toolbar")
        toolbar.setMovable(False)
        label = QLabel(self.tr("Report year:"))
        self.year_box = QSpinBox()
        self.year_box.setObjectName("report_year")
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(self.state.report_year)
        self.year_box.setToolTip(self.tr("Every screen shows this report year."))
        label.setBuddy(self.year_box)
        self.year_box.valueChanged.connect(self._year_requested)
        self.state.report_year_changed.connect(self.year_box.setValue)
        toolbar.addWidget(label)
        toolbar.addWidget(self.year_box)
        self.addToolBar(toolbar)

    def _year_requested(self, year: int) -> None:
        # Screens load the new year's texts: unsaved edits are saved or
        # discarded first, or (Cancel) the year stays.
        if year == self.state.report_year:
            return
        if not self.confirm_leave_all():
            self.year_box.blockSignals(True)
            self.year_box.setValue(self.state.report_year)
            self.year_box.blockSignals(False)
            return
        self.state.set_report_year(year)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)

        self.database_menu = DatabaseMenu(self, self.state, self.file_menu)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.state.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.state.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))

        add_settings_and_help(self)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.demo_label = QLabel(self.tr("DEMO"))
        self.demo_label.setObjectName("demo_label")
        self.demo_label.setStyleSheet(f"QLabel {{ {theme.boxed_style('warning_fill')} font-weight: bold; padding: 1px 8px; }}")
        self.demo_label.setToolTip(self.tr("The demo database is open: the values are made up."))
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.demo_label)
        self._update_status_bar()

    def _update_status_bar(self) -> None:
        db = self.state.db
        self.database_label.setText(db.location.display())
        self.demo_label.setVisible(db.is_demo)
        read_only = self.tr(" (read-only)") if db.read_only else ""
        self.setWindowTitle(f"{APP_NAME} — {db.location.display()}{read_only}")

    def show_banner(self, text: str) -> None:
        """Show `text` in the bar at the top of the window (empty text hides it)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        announce(self.banner, text)
        self._update_status_bar()

    def _focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and now.window() is self:
            explain_focused(old, now, lambda tip: self.statusBar().showMessage(tip) if tip else self.statusBar().clearMessage())
        else:
            explain_focused(old, now)

    def _size_to_current(self, index: int) -> None:
        # Only the shown screen's minimum size counts: a hidden one's must not
        # make the scroll area scroll on every other screen.
        for position in range(self.stack.count()):
            page = self.stack.widget(position)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    # -- navigation ----------------------------------------------------------

    def page(self, key: str) -> Screen:
        """One of the screens (pages of the stack), by key: "overview", "indicators", ...

        Not `screen()`: that is QWidget's, the monitor the window is on.
        """
        return self._screens[key]

    def show_screen(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def set_screen_title(self, key: str, title: str) -> None:
        """Change a navigation item's text, e.g. to show a count badge."""
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setText(title)

    def screen_title(self, key: str) -> str:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item.text()
        return ""

    def current_screen_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    # -- unsaved edits -------------------------------------------------------------

    def confirm_leave_all(self) -> bool:
        """Before closing, opening another database or changing the year: every
        screen holding unsaved input asks Save / Discard / Cancel (Screen.confirm_leave).
        False when one says stay."""
        for key, screen in self._screens.items():
            if screen.has_unsaved_changes():
                self.show_screen(key)  # show what the question is about
            if not screen.confirm_leave():
                return False
        return True

    # -- remembering the window ---------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_start_size()
        window_state = settings.value(STATE_KEY)
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        key = setting_text(SCREEN_KEY)
        if key in self._screens:
            self.show_screen(key)
        else:
            self.navigation.setCurrentRow(0)

    def _first_start_size(self) -> None:
        """Most of the screen on a first start (a laptop's 1366x768 included),
        centred; from then on the window comes back as the user left it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        available = screen.availableGeometry()
        width = min(1440, int(available.width() * 0.92))
        height = min(960, int(available.height() * 0.92))
        self.setGeometry(
            available.x() + (available.width() - width) // 2,
            available.y() + (available.height() - height) // 2,
            width,
            height,
        )

    def restart(self) -> None:
        """Close as the user would (asking about unsaved edits); ui.launch then starts the program again."""
        self.restart_requested = True
        if not self.close():
            self.restart_requested = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave_all():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SCREEN_KEY, self.current_screen_key())
        super().closeEvent(event)
