"""Reports: localized numbers, tables and statement paragraphs built from statistics."""

from ocop.report.formatting import date, month_year, number, percent
from ocop.report.statement import Statement, statement
from ocop.report.tables import label, rows, table

__all__ = [
    "Statement",
    "date",
    "label",
    "month_year",
    "number",
    "percent",
    "rows",
    "statement",
    "table",
]
