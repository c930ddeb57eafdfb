"""Focus mode (F11): the map alone, full screen, for the room. F11 or Escape brings the docks, bars
and menus back exactly as they were, and the window to its former size."""

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from journeydesk.ui.workshop.overlay import Toast


class FocusMode(QObject):
    toggled = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        chrome: list[QWidget],
        toggle: QAction,
        leave: QAction,
        toast: Toast,
    ) -> None:
        """``chrome``: what hides besides the docks (toolbar, menu bar, status bar, tabs)."""
        super().__init__(window)
        self.window, self.chrome, self.toggle, self.leave, self.toast = window, chrome, toggle, leave, toast
        self.active = False
        self._state = QByteArray()
        self._window_state = Qt.WindowState.WindowNoState
        self._geometry = window.geometry()
        self._visible: list[QWidget] = []
        toggle.triggered.connect(self.set_active)
        leave.triggered.connect(lambda: self.set_active(False))

    def set_active(self, active: bool) -> None:
        if active == self.active:
            self.toggle.setChecked(active)
            return
        if active:
            self._enter()
        else:
            self._leave()
        self.active = active
        self.toggle.setChecked(active)
        self.leave.setEnabled(active)
        self.toggled.emit(active)

    def _enter(self) -> None:
        window = self.window
        self._state = window.saveState()
        self._window_state = window.windowState()
        self._geometry = window.geometry()
        self._visible = [widget for widget in self.chrome if widget.isVisible()]
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        for widget in self.chrome:
            widget.hide()
        screen = window.screen().geometry()
        window.showFullScreen()
        window.setGeometry(screen)  # the whole screen even where no window manager makes it so
        self.toast.show_message("Focus mode · F11 or Escape to leave")

    def _leave(self) -> None:
        window = self.window
        self.toast.hide()
        for widget in self._visible:
            widget.show()
        window.restoreState(self._state)
        window.setWindowState(self._window_state & ~Qt.WindowState.WindowFullScreen)
        if not self._window_state & Qt.WindowState.WindowMaximized:
            window.setGeometry(self._geometry)
        window.show()
