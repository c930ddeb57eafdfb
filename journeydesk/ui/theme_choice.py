"""View > Theme: System, Light, Dark or High Contrast, remembered between runs.

System follows the platform: its dark or light colour scheme and, where Qt can tell, a preference
for more contrast, also when they change while JourneyDesk runs.
"""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication

from journeydesk.layout.theme import Theme, ThemeName, resolve
from journeydesk.style.theming import apply_theme
from journeydesk.ui.settings import AppSettings


class ThemeChoice(QObject):
    changed = Signal(object)  # Theme

    def __init__(self, settings: AppSettings, actions: dict[ThemeName, QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.actions = actions
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, action in actions.items():
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, chosen=name: self.choose(chosen))
        # Keep the hints object: a chained styleHints().accessibility() call can outlive its parent.
        self._hints = QGuiApplication.styleHints()
        self._hints.colorSchemeChanged.connect(self._platform_changed)
        self._accessibility = self._hints.accessibility() if hasattr(self._hints, "accessibility") else None
        if self._accessibility is not None:
            self._accessibility.contrastPreferenceChanged.connect(self._platform_changed)
        self.name = settings.theme()
        actions[self.name].setChecked(True)
        self.theme = self._resolve()
        apply_theme(self.theme)

    def choose(self, name: ThemeName) -> None:
        self.name = name
        self.actions[name].setChecked(True)
        self.settings.set_theme(name)
        self._show()

    def _platform_changed(self, *_: object) -> None:
        if self.name is ThemeName.SYSTEM:
            self._show()

    def _show(self) -> None:
        self.theme = self._resolve()
        apply_theme(self.theme)
        self.changed.emit(self.theme)

    def _resolve(self) -> Theme:
        dark = self._hints.colorScheme() == Qt.ColorScheme.Dark
        contrast = self._accessibility is not None and (
            self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
        )
        return resolve(self.name, dark_preferred=dark, more_contrast_preferred=contrast)
