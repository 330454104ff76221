"""The size limits of a register import, and what happens past each one.

- ``MAX_FIELD_CHARS``: a value longer than this rejects its row; the import goes on.
- ``MAX_LINE_CHARS``: a line (CSV, JSON Lines) longer than this rejects its record without
  being held in memory; the import goes on.
- ``MAX_COLUMNS``: a header with more columns is a ``RegisterFormatError`` before any row is
  read; a row with more cells than this is rejected.
- ``MAX_HEADER_SCAN``: the header row is looked for in the first rows only (title rows above
  it); past them the file is a ``RegisterFormatError``.
- ``MAX_FILE_BYTES_XLSX``: an Excel file is read whole; a larger one is a
  ``RegisterFormatError`` that says to save it as CSV.
- ``MAX_CACHED_CELLS``: the distinct cells (values, places, addresses) an import remembers
  the reading of, per column or table; past it a cell is read again each time it is met.
"""

MAX_FIELD_CHARS = 10_000
MAX_LINE_CHARS = 1_000_000
MAX_COLUMNS = 1_000
MAX_HEADER_SCAN = 30
MAX_FILE_BYTES_XLSX = 100_000_000
MAX_CACHED_CELLS = 50_000
