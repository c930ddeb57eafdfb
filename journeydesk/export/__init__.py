"""Exchange formats: the Excel workbook (written and read back), the PDF map and images.

Exporters read the model and the layout, never widgets.
"""
