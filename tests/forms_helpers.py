"""Filling blank forms as evaluators do: a JSON form by hand, an xlsx form in a spreadsheet."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import openpyxl

import ocop
from ocop.forms import Form, blank, form_data, write_xlsx
from ocop.forms.reading import option_entry
from ocop.scoring.samples import random_answers


def answers_for(product_set: int, seed: int, case: int | None = None) -> dict[str, int | None]:
    """Random complete answers by position (``None``: nothing ticked) of a 26/2026 sheet."""
    sheet = ocop.rules.get("26/2026").sheet(product_set)
    return dict(random_answers(sheet, random.Random(seed), case))


def fill_json(form: Form, answers: dict[str, int | None], path: Path, **header: Any) -> Path:
    """Fill the blank JSON form: the box ticked in ``answer`` (0 for none), the header."""
    data = form_data(form)
    for item in data["criteria"]:
        item["answer"] = answers[item["code"]] or 0
    data.update(header)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def fill_xlsx(
    form: Form,
    members: list[dict[str, int | None]],
    path: Path,
    headers: list[dict[str, Any]] | None = None,
    locale: str = "vi",
) -> Path:
    """Write the blank workbook and fill each member's column as in a spreadsheet: a
    drop-down entry for most answers, a bare number for some, a date cell for the date."""
    write_xlsx(form, path, members=len(members), locale=locale)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rows = {str(ws.cell(r, 1).value): r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}
    for k, answers in enumerate(members):
        col = 4 + k
        for j, (code, pos) in enumerate(answers.items()):
            row = form.row(code)
            option = row.option(pos) if pos else None
            cell = ws.cell(rows[code], col)
            cell.value = option_entry(option, locale) if j % 3 else (pos or 0)
        for key, value in ((headers or [{}] * len(members))[k]).items():
            ws.cell(rows[key], col).value = value
    wb.save(path)
    return path


def set_cell(path: Path, key: str, value: Any, member: int = 0) -> None:
    """Type ``value`` in the row whose key (column A) is ``key``, in a member's column."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r in range(4, ws.max_row + 1):
        if str(ws.cell(r, 1).value) == key:
            ws.cell(r, 4 + member).value = value
    wb.save(path)


def delete_row(path: Path, key: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r in range(4, ws.max_row + 1):
        if str(ws.cell(r, 1).value) == key:
            ws.delete_rows(r)
            break
    wb.save(path)


HEADER: dict[str, Any] = {
    "product": "Cam Cao Phong",
    "evaluator": "Nguyễn Văn A",
    "on": dt.date(2026, 6, 1),
}

__all__ = ["HEADER", "answers_for", "blank", "delete_row", "fill_json", "fill_xlsx", "set_cell"]
