"""The application's style sheet, made from a theme: a calm look with clear hierarchy in every theme."""

from journeydesk.layout.theme import LIGHT, Theme


def style_sheet(theme: Theme) -> str:
    c = theme.chrome
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QMainWindow::separator {{ background: {c.border}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; color: {c.text}; }}
QDockWidget::title {{ background: {c.panel}; padding: 6px 10px; border-bottom: 1px solid {c.border}; }}
QDockWidget > QWidget {{ background: {c.window}; }}
QToolBar {{ background: {c.panel}; border: none; border-bottom: 1px solid {c.border}; spacing: 2px; padding: 3px 6px; }}
QToolBar QToolButton {{ border-radius: 5px; padding: 4px; color: {c.text}; }}
QToolBar QToolButton:hover {{ background: {c.alternate}; }}
QToolBar QToolButton:pressed, QToolBar QToolButton:checked {{ background: {c.border}; }}
QMenuBar {{ background: {c.panel}; color: {c.text}; }}
QMenuBar::item:selected {{ background: {c.alternate}; }}
QMenu {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; }}
QMenu::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QMenu::item:disabled {{ color: {c.muted}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}
QStatusBar {{ background: {c.panel}; border-top: 1px solid {c.border}; color: {c.muted}; }}
QStatusBar QLabel {{ padding: 0 8px; color: {c.muted}; }}
QTabBar#journeyTabs {{ background: {c.panel}; }}
QTabBar#journeyTabs::tab {{ padding: 7px 16px; border: none; border-bottom: 2px solid transparent; color: {c.muted}; }}
QTabBar#journeyTabs::tab:selected {{ color: {c.text}; border-bottom: 2px solid {c.accent}; }}
QMainWindow > QTabBar::tab {{ background: {c.panel}; color: {c.muted}; padding: 5px 10px; border: 1px solid {c.border};
    border-top: none; }}
QMainWindow > QTabBar::tab:selected {{ background: {c.base}; color: {c.text}; border-bottom: 2px solid {c.accent};
    padding-bottom: 4px; }}
QLabel {{ color: {c.text}; }}
QLabel#sectionTitle {{ color: {c.muted}; font-size: 8pt; font-weight: 700; letter-spacing: 1px;
    text-transform: uppercase; padding-top: 8px; }}
QLabel#inspectorHeading {{ font-size: 11pt; font-weight: 700; color: {c.text}; }}
QLabel#dialogHeading {{ font-size: 13pt; font-weight: 700; color: {c.text}; padding-bottom: 4px; }}
QLabel#tileTitle {{ font-size: 10.5pt; font-weight: 700; color: {c.text}; }}
QLabel#hint {{ color: {c.muted}; }}
QFrame#readOnlyBanner {{ background: {c.warning}; border-bottom: 1px solid {c.border}; }}
QFrame#readOnlyBanner QLabel {{ color: {c.warning_text}; }}
QFrame#readOnlyBanner QPushButton {{ padding: 4px 12px; border: 1px solid {c.warning_text}; border-radius: 5px;
    background: {c.base}; color: {c.text}; }}
QFrame#readOnlyBanner QPushButton:hover {{ background: {c.alternate}; }}
QFrame#conflictBanner {{ background: {c.conflict}; border-bottom: 1px solid {c.border}; }}
QFrame#conflictBanner QLabel {{ color: {c.conflict_text}; }}
QFrame#conflictBanner QPushButton {{ padding: 4px 12px; border: 1px solid {c.conflict_text}; border-radius: 5px;
    background: {c.base}; color: {c.text}; }}
QFrame#conflictBanner QPushButton:hover {{ background: {c.alternate}; }}
QFrame#sessionBanner {{ background: {c.info}; border-bottom: 1px solid {c.border}; }}
QFrame#sessionBanner QLabel {{ color: {c.info_text}; }}
QFrame#sessionBanner QPushButton {{ padding: 4px 12px; border: 1px solid {c.info_text}; border-radius: 5px;
    background: {c.base}; color: {c.text}; }}
QFrame#sessionBanner QPushButton:hover {{ background: {c.alternate}; }}
QLabel#problem {{ color: {c.problem}; }}
QLabel#sessionStatus {{ font-weight: 700; color: {c.muted}; }}
QLabel#sessionStatus[phase="live"] {{ color: {c.good}; }}
QLabel#sessionStatus[phase="reconnecting"] {{ color: {c.caution}; }}
QLineEdit#joinLink {{ font-family: "DejaVu Sans Mono", monospace; }}
QListWidget#participants {{ border: none; background: transparent; }}
QListWidget#participants::item {{ padding: 5px 2px; }}
QFrame#conflictSide {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base}; }}
QFrame#conflictSide[current="true"] {{ border: 2px solid {c.accent}; background: {c.alternate}; }}
QLabel#conflictSideTitle {{ color: {c.muted}; font-size: 8pt; font-weight: 700; letter-spacing: 1px;
    text-transform: uppercase; }}
QToolButton#paletteButton {{ text-align: left; padding: 6px 8px; border: 1px solid {c.border}; border-radius: 6px;
    background: {c.base}; color: {c.text}; }}
QToolButton#paletteButton:hover {{ background: {c.alternate}; }}
QToolButton#segment {{ border: 1px solid {c.border}; border-radius: 4px; padding: 3px 6px; background: {c.base};
    color: {c.text}; }}
QToolButton#segment:hover:!checked {{ background: {c.alternate}; }}
QListWidget#templateList {{ border: none; background: {c.window}; }}
QListWidget#templateList::item {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.base}; }}
QListWidget#templateList::item:selected {{ border: 2px solid {c.accent}; background: {c.alternate}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox {{ border: 1px solid {c.border};
    border-radius: 5px; padding: 4px 6px; background: {c.base}; color: {c.text};
    selection-background-color: {c.accent}; selection-color: {c.accent_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus {{
    border-color: {c.accent}; }}
QComboBox QAbstractItemView {{ background: {c.base}; color: {c.text}; selection-background-color: {c.accent};
    selection-color: {c.accent_text}; }}
QListView, QListWidget, QTreeView, QTreeWidget, QTableView, QTableWidget, QUndoView {{ background: {c.base};
    color: {c.text}; border: 1px solid {c.border}; alternate-background-color: {c.alternate};
    selection-background-color: {c.accent}; selection-color: {c.accent_text}; }}
QHeaderView::section {{ background: {c.panel}; color: {c.text}; border: none; border-bottom: 1px solid {c.border};
    padding: 4px 6px; font-weight: 600; }}
QScrollArea {{ background: transparent; }}
QCheckBox, QRadioButton {{ color: {c.text}; }}
QPushButton {{ padding: 5px 12px; border: 1px solid {c.border}; border-radius: 5px; background: {c.base};
    color: {c.text}; }}
QPushButton:hover {{ background: {c.alternate}; }}
QPushButton:default {{ border-color: {c.accent}; }}
QPushButton:disabled {{ color: {c.icon_disabled}; background: {c.panel}; border-color: {c.border}; }}
QToolTip {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
QFrame#workshopBar {{ background: {c.panel}; border-top: 1px solid {c.border}; border-bottom: 1px solid {c.border}; }}
QListWidget#commentThreads {{ border: none; background: {c.base}; }}
QListWidget#commentThreads::item {{ border-bottom: 1px solid {c.border}; padding: 5px 4px; }}
QListWidget#commentThreads::item:selected {{ background: {c.alternate}; color: {c.text}; }}
QTextBrowser#commentConversation {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base}; }}
QPlainTextEdit#commentComposer {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base};
    padding: 4px; }}
QPlainTextEdit#commentComposer:focus {{ border-color: {c.accent}; }}
QLabel#commentTarget {{ color: {c.muted}; font-weight: 600; }}
QPushButton#commentSend {{ background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
    border-radius: 5px; padding: 4px 12px; font-weight: 600; }}
QPushButton#commentSend:disabled {{ background: {c.panel}; color: {c.icon_disabled}; border-color: {c.border}; }}
QFrame#workshopBar QLabel#barTitle {{ font-weight: 700; color: {c.text}; }}
QFrame#workshopBar QPushButton#primary {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
    font-weight: 600; }}
"""


STYLE_SHEET = style_sheet(LIGHT)
