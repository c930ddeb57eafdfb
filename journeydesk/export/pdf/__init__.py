"""The PDF journey map: a deliverable drawn as vectors from the same layout as the canvas."""

from journeydesk.export.pdf.document import PAGE_SIZES, PdfOptions, export_pdf, pdf_bytes

__all__ = ["PAGE_SIZES", "PdfOptions", "export_pdf", "pdf_bytes"]
