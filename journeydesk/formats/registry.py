"""The formats, in the order the File menu lists them. A new format is a module and one line here."""

from pathlib import Path

from journeydesk.formats import html, mermaid, pdf, pictures, pptx, xlsx
from journeydesk.formats.format import Format, Option

FORMATS: tuple[Format, ...] = (
    pdf.FORMAT,
    xlsx.FORMAT,
    html.FORMAT,
    pptx.FORMAT,
    pictures.PNG,
    pictures.SVG,
    mermaid.FORMAT,
)


def exporters() -> list[Format]:
    return [format_ for format_ in FORMATS if format_.export is not None]


def importers() -> list[Format]:
    return [format_ for format_ in FORMATS if format_.import_ is not None]


def format_for(path: str | Path, formats: list[Format] | None = None) -> Format | None:
    """The format whose ending ``path`` has (among ``formats``, by default every one)."""
    suffix = Path(path).suffix.lower()
    return next((format_ for format_ in formats or FORMATS if suffix in format_.extensions), None)


def endings(formats: list[Format]) -> list[str]:
    return [ending for format_ in formats for ending in format_.extensions]


def options_with_formats(formats: list[Format], imports: bool = False) -> list[tuple[Option, list[Format]]]:
    """Each option once, with the formats that take it (an option two formats share is one flag)."""
    found: dict[str, tuple[Option, list[Format]]] = {}
    for format_ in formats:
        for option in format_.import_options if imports else format_.export_options:
            found.setdefault(option.name, (option, []))[1].append(format_)
    return list(found.values())
