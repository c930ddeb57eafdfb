"""The README's screenshot: the editor on the sample journey, with an improvement action selected.

    python -m journeydesk.ui.screenshot resources/screenshots/editor.png

Runs without a display (Qt's offscreen platform) and with settings of its own, so the picture is
the same on every machine that has the same fonts.
"""

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1600, 1000)
ZOOM = 0.64


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) != 1:
        print("usage: python -m journeydesk.ui.screenshot OUT.png", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journeydesk.document import JourneyDocument
    from journeydesk.model import CardKind
    from journeydesk.style.stylesheet import STYLE_SHEET
    from journeydesk.templates import SAMPLE, new_project
    from journeydesk.ui.main_window import MainWindow
    from journeydesk.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(JourneyDocument(new_project(SAMPLE)), AppSettings(store))
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.view.set_zoom(ZOOM)
        action = next(
            card
            for card in window.scene.journey.cards
            if card.kind is CardKind.IMPROVEMENT and card.title.startswith("Prefill")
        )
        window.scene.select_cards([action.id])
        window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().minimum())
        window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().minimum())
        window.view.pin_headers()
        app.processEvents()
        saved = window.grab().save(arguments[0])
        window.document.undo_stack.setClean()
        window.close()
    if not saved:
        print(f"could not write {arguments[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
