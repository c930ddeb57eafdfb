"""Every file format JourneyDesk exports or imports, in one registry.

A format is a module here describing itself (:class:`~journeydesk.formats.format.Format`: its name,
file endings, options, exporter and importer) and one line in :mod:`journeydesk.formats.registry`.
The command line, the File menu and the export and import dialogs read the registry; nothing else
lists formats. Exporters and importers load their libraries only when they run.
"""

from journeydesk.formats.format import ExportRequest, Format, Option
from journeydesk.formats.registry import FORMATS, exporters, format_for, importers

__all__ = ["FORMATS", "ExportRequest", "Format", "Option", "exporters", "format_for", "importers"]
