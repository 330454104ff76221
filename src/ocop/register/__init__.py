"""Product registers: read them as they are published (CSV, Excel, JSON, JSON Lines) with every
row accounted for, write them, combine them.

:mod:`ocop.register.io` reads, :mod:`ocop.register.write` writes,
:mod:`ocop.register.columns` lists the columns and the headers accepted,
:mod:`ocop.register.report` is the accounting of an import.
"""

from ocop.errors import RegisterFormatError
from ocop.register.columns import COLUMNS, Column, column_for
from ocop.register.combine import Combined, Duplicate, combine, to_dataframe
from ocop.register.entry import Entry, Rank
from ocop.register.io import Register, example, read, stream
from ocop.register.layout import read_mapping
from ocop.register.report import ImportReport, RowError
from ocop.register.write import write

__all__ = [
    "COLUMNS",
    "Column",
    "Combined",
    "Duplicate",
    "Entry",
    "ImportReport",
    "Rank",
    "Register",
    "RegisterFormatError",
    "RowError",
    "column_for",
    "combine",
    "example",
    "read",
    "read_mapping",
    "stream",
    "to_dataframe",
    "write",
]
