"""Regression guard for the Qt binding we pin.

PySide6 6.12.0 on CPython 3.11 drops a reference to None in QAbstractGraphicsShapeItem.setBrush and
setPen; after a few thousand calls the interpreter aborts ("deallocating None"). The canvas calls
them constantly, so we run them many thousand times in a child process and expect a clean exit.
"""

import os
import subprocess
import sys
import textwrap

CALLS = 30_000

SCRIPT = textwrap.dedent(
    f"""
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene

    app = QApplication([])
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    brushes = [QBrush(QColor("#5b7bd5")), QBrush(QColor("#d99a2b"))]
    pens = [QPen(QColor("#202020")), QPen(QColor("#ffffff"))]
    for index in range({CALLS}):
        item.setBrush(brushes[index % 2])
        item.setPen(pens[index % 2])
    print("ok", item.brush().color().name())
    """
)


def test_many_thousand_set_brush_and_set_pen_calls_do_not_crash() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, f"the Qt binding crashed: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "ok #d99a2b"
