"""Reports: localized numbers, tables and statement paragraphs built from statistics, the
certificates due in a period, and tables written as text, Markdown, CSV, JSON or Excel."""

from ocop.report.due import Due, DueItem, due
from ocop.report.formatting import date, month_year, number, percent
from ocop.report.output import render, save
from ocop.report.provincial import ProvincialStatement, provincial
from ocop.report.statement import Statement, statement
from ocop.report.tables import label, rows, table

__all__ = [
    "Due",
    "DueItem",
    "ProvincialStatement",
    "Statement",
    "date",
    "due",
    "label",
    "month_year",
    "number",
    "percent",
    "provincial",
    "render",
    "rows",
    "save",
    "statement",
    "table",
]
