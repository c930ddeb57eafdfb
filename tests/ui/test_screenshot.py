"""The README screenshot script makes a picture of the editor at the promised size."""

from pathlib import Path

from PySide6.QtGui import QImage

from journeydesk.ui import screenshot


def test_screenshot_script_writes_the_editor_picture(qapp, tmp_path: Path) -> None:
    output = tmp_path / "editor.png"
    assert screenshot.main([str(output)]) == 0
    image = QImage(str(output))
    assert (image.width(), image.height()) == screenshot.SIZE
    # not blank: the first stage's header colour shows in the upper part of the window
    colors = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(60, 400, 4)}
    assert "#5b7bd5" in colors


def test_screenshot_script_needs_one_argument(capsys) -> None:
    assert screenshot.main([]) == 2
    assert "usage" in capsys.readouterr().err
