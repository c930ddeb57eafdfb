"""OOXML's ``_xHHHH_`` escapes: how a cell holds what XML cannot.

XML 1.0 has no way to write most control characters (a vertical tab pasted from Word, U+FFFE), and
a reader turns a carriage return into a line feed. A cell written by Excel holds each of them as
``_xHHHH_`` (the UTF-16 code unit in hex), and an underscore that would start such a sequence as
``_x005F_``, so a person's literal ``_x000D_`` comes back as typed. openpyxl neither writes nor
reads these escapes: the workbook does both here.
"""

import re

# What a cell escapes: the characters XML cannot hold, and the carriage return it would not keep.
_ESCAPED = re.compile("[\x00-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_SEQUENCE = re.compile("_x([0-9A-Fa-f]{4})_")
_SURROGATES = re.compile("[\ud800-\udfff]")


def escape(text: str) -> str:
    """``text`` as a cell holds it."""
    return _ESCAPED.sub(lambda match: f"_x{ord(match.group()):04X}_", text)


def unescape(text: str) -> str:
    """The text a cell holds, with its escapes read; code units of a character beyond the BMP are
    joined, and a lone one (no character at all) becomes U+FFFD."""
    if "_x" not in text:
        return text
    text = _SEQUENCE.sub(lambda match: chr(int(match.group(1), 16)), text)
    if _SURROGATES.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def length(text: str) -> int:
    """How many characters the cell holding ``text`` shows (each escape is one)."""
    return len(text) - 6 * len(_SEQUENCE.findall(text)) if "_x" in text else len(text)
