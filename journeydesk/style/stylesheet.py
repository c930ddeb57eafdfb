"""The application's style sheet: a calm, light look with clear hierarchy."""

from journeydesk.layout import theme

STYLE_SHEET = f"""
QMainWindow::separator {{ background: #dde1e7; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; color: {theme.TEXT}; }}
QDockWidget::title {{ background: #f5f6f8; padding: 6px 10px; border-bottom: 1px solid #e1e4ea; }}
QToolBar {{ background: #fbfbfc; border: none; border-bottom: 1px solid #e1e4ea; spacing: 2px; padding: 3px 6px; }}
QToolBar QToolButton {{ border-radius: 5px; padding: 4px; }}
QToolBar QToolButton:hover {{ background: #eceff4; }}
QToolBar QToolButton:pressed {{ background: #dfe4ec; }}
QStatusBar {{ background: #fbfbfc; border-top: 1px solid #e1e4ea; color: {theme.MUTED_TEXT}; }}
QStatusBar QLabel {{ padding: 0 8px; color: {theme.MUTED_TEXT}; }}
QTabBar#journeyTabs {{ background: #fbfbfc; }}
QTabBar#journeyTabs::tab {{ padding: 7px 16px; border: none; border-bottom: 2px solid transparent;
    color: {theme.MUTED_TEXT}; }}
QTabBar#journeyTabs::tab:selected {{ color: {theme.TEXT}; border-bottom: 2px solid {theme.SELECTION};
    font-weight: 600; }}
QLabel#sectionTitle {{ color: {theme.MUTED_TEXT}; font-size: 8pt; font-weight: 700; letter-spacing: 1px;
    text-transform: uppercase; padding-top: 8px; }}
QLabel#inspectorHeading {{ font-size: 11pt; font-weight: 700; color: {theme.TEXT}; }}
QLabel#dialogHeading {{ font-size: 13pt; font-weight: 700; color: {theme.TEXT}; padding-bottom: 4px; }}
QLabel#tileTitle {{ font-size: 10.5pt; font-weight: 700; color: {theme.TEXT}; }}
QLabel#hint {{ color: {theme.MUTED_TEXT}; }}
QFrame#readOnlyBanner {{ background: #fff4d6; border-bottom: 1px solid #ecd08a; }}
QFrame#readOnlyBanner QLabel {{ color: #5b4a12; }}
QFrame#readOnlyBanner QPushButton {{ padding: 4px 12px; border: 1px solid #d9b860; border-radius: 5px;
    background: #fffaf0; color: #5b4a12; }}
QFrame#readOnlyBanner QPushButton:hover {{ background: #ffffff; }}
QFrame#conflictBanner {{ background: #fde8e4; border-bottom: 1px solid #efb4a8; }}
QFrame#conflictBanner QLabel {{ color: #7a2a1b; }}
QFrame#conflictBanner QPushButton {{ padding: 4px 12px; border: 1px solid #e2a293; border-radius: 5px;
    background: #fff6f4; color: #7a2a1b; }}
QFrame#conflictBanner QPushButton:hover {{ background: #ffffff; }}
QFrame#conflictSide {{ border: 1px solid #e1e4ea; border-radius: 6px; background: #ffffff; }}
QFrame#conflictSide[current="true"] {{ border: 2px solid {theme.SELECTION}; background: #f3f7ff; }}
QLabel#conflictSideTitle {{ color: {theme.MUTED_TEXT}; font-size: 8pt; font-weight: 700; letter-spacing: 1px;
    text-transform: uppercase; }}
QToolButton#paletteButton {{ text-align: left; padding: 7px 10px; border: 1px solid #e1e4ea; border-radius: 6px;
    background: #ffffff; color: {theme.TEXT}; }}
QToolButton#paletteButton:hover {{ border-color: #b9c3d3; background: #f7f9fc; }}
QListWidget#templateList {{ border: none; background: #f4f5f7; }}
QListWidget#templateList::item {{ border: 1px solid #e1e4ea; border-radius: 8px; background: #ffffff; }}
QListWidget#templateList::item:selected {{ border: 2px solid {theme.SELECTION}; background: #f3f7ff; }}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit {{ border: 1px solid #cfd5de; border-radius: 5px; padding: 4px 6px;
    background: #ffffff; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus {{ border-color: {theme.SELECTION}; }}
"""
