"""Product registers: read and write them (CSV, JSON, JSON Lines) with every bad row reported.

See :mod:`ocop.register.io` for reading and writing, :mod:`ocop.register.columns` for the
column set and the headers accepted.
"""

from ocop.register.columns import COLUMNS, Column, column_for
from ocop.register.entry import Entry, Rank
from ocop.register.io import (
    ImportReport,
    Register,
    RegisterFormatError,
    RowError,
    example,
    read,
    stream,
    write,
)

__all__ = [
    "COLUMNS",
    "Column",
    "Entry",
    "ImportReport",
    "Rank",
    "Register",
    "RegisterFormatError",
    "RowError",
    "column_for",
    "example",
    "read",
    "stream",
    "write",
]
