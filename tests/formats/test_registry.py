"""One registry of formats: the command line and the File menu list what it holds, and a format added
to it (a module and one line) is exported from both without touching either."""

from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.export.pdf import PAGE_SIZES
from journeydesk.formats import FORMATS, ExportRequest, Format, Option, exporters, format_for, importers, registry
from journeydesk.formats.pdf import FITS, PAPER
from journeydesk.io import save_project
from journeydesk.layout.print_pages import FITS as LAYOUT_FITS
from journeydesk.model import Project
from tests.factories import small_project


def test_every_format_is_described_once() -> None:
    keys = [format_.key for format_ in FORMATS]
    endings = [ending for format_ in FORMATS for ending in format_.extensions]
    assert len(set(keys)) == len(keys) and len(set(endings)) == len(endings)
    assert all(format_.export or format_.import_ for format_ in FORMATS)
    assert all(ending.startswith(".") and ending == ending.lower() for ending in endings)
    assert [format_.key for format_ in exporters()] == ["pdf", "xlsx", "html", "pptx", "png", "svg", "mermaid"]
    assert [format_.key for format_ in importers()] == ["xlsx", "mermaid"]
    assert format_for("Map.HTM").key == "html" and format_for("deck.pptx").key == "pptx"
    assert format_for("notes.txt") is None


def test_the_pdf_choices_are_the_exporters() -> None:
    assert list(PAPER) == list(PAGE_SIZES)
    assert tuple(FITS) == LAYOUT_FITS


def test_option_checks() -> None:
    dpi = Option("dpi", "Resolution", "dots per inch", 192, minimum=24, maximum=1200)
    assert dpi.flag == "--dpi" and dpi.problem(300) is None
    assert dpi.problem(2000) == "--dpi must be between 24 and 1200"
    fit = Option("fit", "Map", "how", "page", choices={"page": "Page", "tile": "Tile"})
    assert fit.problem("poster") == "--fit must be one of page, tile"


def written(project: Project, path: Path, request: ExportRequest) -> None:
    path.write_text(f"{project.title}|{request.options['shout']}|{request.journey_ids}")


EXTRA = Format(
    key="plain",
    name="Plain text",
    extensions=(".txt",),
    description="The title, as text",
    export=written,
    export_options=(Option("shout", "Shout", "write it loudly", False),),
    menu_text="&Plain Text…",
)


@pytest.fixture
def extra_format(monkeypatch: pytest.MonkeyPatch) -> Format:
    monkeypatch.setattr(registry, "FORMATS", (*registry.FORMATS, EXTRA))
    return EXTRA


def test_a_format_added_to_the_registry_is_on_the_command_line(extra_format: Format, tmp_path: Path, capsys) -> None:
    source = tmp_path / "map.journey"
    save_project(small_project(), source)
    assert main(["export", str(source), "-o", str(tmp_path / "out.txt"), "--shout"]) == 0
    assert (tmp_path / "out.txt").read_text() == "Test project|True|None"
    assert main(["export", str(source), "-o", str(tmp_path / "o.pdf"), "--shout"]) == 2
    assert "--shout is for Plain text exports" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "Plain text only: write it loudly" in capsys.readouterr().out


def test_a_format_added_to_the_registry_is_in_the_file_menu(extra_format: Format, qtbot, tmp_path: Path) -> None:
    from journeydesk.document import JourneyDocument
    from journeydesk.ui.main_window import MainWindow

    window = MainWindow(JourneyDocument(small_project()))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    texts = [action.text() for action in window.export_menu.actions()]
    assert texts[-1] == "&Plain Text…" and len(texts) == len(exporters())
    target = tmp_path / "menu.txt"
    window.dialogs.save_path = lambda suggestion, *args: target  # type: ignore[method-assign]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox

    def tick_and_export() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, tick_and_export)
            return
        dialog.findChild(QCheckBox).click()
        dialog.accept()

    QTimer.singleShot(0, tick_and_export)
    window.actions_.export["plain"].trigger()
    assert target.read_text() == "Test project|True|None"
