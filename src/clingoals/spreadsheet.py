"""CSV cells that are safe to open in a spreadsheet (OWASP "CSV injection").

A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return would be run as a formula by Excel, LibreOffice or Google Sheets, so
on export it is written with a leading ``'``; numbers are left alone. Import
drops that one ``'`` again, so an exported CSV re-imports exactly. Pure.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def _escaped(text: str) -> bool:
    """True for text a spreadsheet would read as a formula, and for text that
    already looks escaped (so that escaping can always be undone exactly)."""
    return text.lstrip("'")[:1] in TRIGGERS and not NUMBER.fullmatch(text)


def safe_cell(value) -> str:
    """One cell as text, prefixed with ``'`` when it would start a formula."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float):  # whole and exact: ':g' wrote 1500000 as 1.5e+06 and cut to 6 digits
            return str(int(value)) if value.is_integer() else repr(value)
        return str(value)
    text = str(value)
    return "'" + text if text and _escaped(text) else text


def read_cell(text: str) -> str:
    """The value of a cell written by :func:`safe_cell`."""
    return text[1:] if text.startswith("'") and _escaped(text[1:]) else text
