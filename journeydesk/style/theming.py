"""Showing a theme in the window: Qt's palette, the style sheet and the icons' ink follow it.

Widgets that paint themselves (the priority matrix, say) ask :func:`current` for their colours when
they paint; the style sheet's change repaints them all.
"""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journeydesk.layout.theme import LIGHT, Theme
from journeydesk.style import icons
from journeydesk.style.stylesheet import style_sheet

_shown = {"theme": LIGHT}

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def current() -> Theme:
    return _shown["theme"]


def apply_theme(theme: Theme) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _shown["theme"] = theme
    icons.set_ink(theme.chrome.icon, theme.chrome.icon_disabled)
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet(theme))


def palette_for(theme: Theme) -> QPalette:
    c = theme.chrome
    palette = QPalette()
    colours = {
        Role.Window: c.window,
        Role.WindowText: c.text,
        Role.Base: c.base,
        Role.AlternateBase: c.alternate,
        Role.ToolTipBase: c.base,
        Role.ToolTipText: c.text,
        Role.PlaceholderText: c.muted,
        Role.Text: c.text,
        Role.Button: c.panel,
        Role.ButtonText: c.text,
        Role.BrightText: c.accent_text,
        Role.Highlight: c.accent,
        Role.HighlightedText: c.accent_text,
        Role.Link: c.accent,
        Role.Light: c.alternate,
        Role.Midlight: c.alternate,
        Role.Mid: c.border,
        Role.Dark: c.border,
        Role.Shadow: c.border,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(c.muted))
    return palette
