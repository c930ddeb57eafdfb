"""The README screenshot script makes its pictures of the editor, focus mode, the presenter, a vote and
the dark theme."""

from pathlib import Path

from PySide6.QtGui import QImage

from journeydesk.layout.theme import DARK
from journeydesk.ui import screenshot


def colours(image: QImage, top: int, bottom: int) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(top, bottom, 4)}


def test_screenshot_script_writes_every_picture(qapp, tmp_path: Path) -> None:
    assert screenshot.main([str(tmp_path)]) == 0
    pictures = {name: QImage(str(tmp_path / name)) for name in screenshot.SHOTS}
    assert (pictures["editor.png"].width(), pictures["editor.png"].height()) == screenshot.SIZE
    for name in ("vote.png", "dark.png"):
        assert (pictures[name].width(), pictures[name].height()) == screenshot.SIZE
    for name in ("focus-mode.png", "presenter.png"):
        assert (pictures[name].width(), pictures[name].height()) == screenshot.WIDE
    # not blank: the first stage's header colour in the editor, the dark countdown panel in focus mode,
    # the Purchase stage's colour bar in the presenter, the vote bar's accent in the vote
    assert "#5b7bd5" in colours(pictures["editor.png"], 60, 400)
    focus = pictures["focus-mode.png"]
    dark = [(x, y) for x in range(focus.width() - 300, focus.width(), 4) for y in range(0, 200, 4)]
    assert sum(focus.pixelColor(x, y).lightness() < 70 for x, y in dark) > len(dark) / 3  # the countdown
    assert "#d99a2b" in colours(pictures["presenter.png"], 0, 200)
    assert "#2563eb" in colours(pictures["vote.png"], 80, 130)
    assert DARK.canvas in colours(pictures["dark.png"], 100, 900)  # the map's own ground is dark
    assert DARK.votes in colours(pictures["dark.png"], 100, 900)  # and the cards carry their dots


def test_screenshot_script_needs_a_folder(capsys, tmp_path: Path) -> None:
    assert screenshot.main([]) == 2
    assert "usage" in capsys.readouterr().err
    assert screenshot.main([str(tmp_path / "missing")]) == 1
    assert "no such folder" in capsys.readouterr().err
