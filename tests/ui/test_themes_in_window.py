"""View > Theme: the window's palette, style sheet and icons follow the choice, which is remembered."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journeydesk.layout.theme import DARK, HIGH_CONTRAST, LIGHT, ThemeName
from journeydesk.style import icons, theming
from journeydesk.ui.settings import AppSettings


def window_colour() -> str:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).name()  # type: ignore[union-attr]


def test_each_theme_is_applied_to_the_window_and_remembered(qtbot, open_window) -> None:
    window = open_window()
    assert window.actions_.themes[ThemeName.SYSTEM].isChecked()
    assert theming.current() is LIGHT  # the offscreen platform prefers no dark scheme
    window.theme_menu.actions()[2].trigger()  # View > Theme > Dark
    assert window_colour() == DARK.chrome.window
    assert DARK.chrome.base in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert icons.ink() == DARK.chrome.icon
    assert AppSettings().theme() is ThemeName.DARK
    window.actions_.themes[ThemeName.HIGH_CONTRAST].trigger()
    assert window_colour() == HIGH_CONTRAST.chrome.window
    assert window.actions_.themes[ThemeName.HIGH_CONTRAST].isChecked()
    assert not window.actions_.themes[ThemeName.DARK].isChecked()
    window.close()
    again = open_window()  # the next start shows the theme chosen last
    assert again.actions_.themes[ThemeName.HIGH_CONTRAST].isChecked()
    assert window_colour() == HIGH_CONTRAST.chrome.window
    again.actions_.themes[ThemeName.LIGHT].trigger()
    assert window_colour() == LIGHT.chrome.window
