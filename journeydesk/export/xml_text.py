"""Text as XML 1.0 can hold it, where no escape exists: the deck's texts, a workbook's sheet names and
document properties (the workbook's cells escape such characters instead, see export/xlsx/escapes.py)."""

import re

# Control characters other than tab and line breaks, and the two non-characters U+FFFE and U+FFFF:
# XML 1.0 has no way to write them, so a pasted vertical tab would make the file unreadable.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return NOT_IN_XML.sub("", text)
