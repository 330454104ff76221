"""Writing a report's table to a file: text, Markdown, CSV, JSON or Excel (.xlsx).

Excel files are written with ``openpyxl`` (the ``ocop[xlsx]`` extra); the other formats need
nothing more. The format comes from ``format`` or from the file's suffix::

    >>> import tempfile, pathlib
    >>> from ocop.report.output import save
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> save(["Hạng sao", "Số sản phẩm"], [["3 sao", "1.500"]], folder / "sao.md")
    'md'
    >>> print((folder / "sao.md").read_text(encoding="utf-8"))
    | Hạng sao | Số sản phẩm |
    |---|---|
    | 3 sao | 1.500 |
    <BLANKLINE>
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

from ocop.errors import MissingExtraError, UsageError
from ocop.i18n import _

FORMATS = ("text", "md", "csv", "json", "xlsx")
_SUFFIXES = {".txt": "text", ".md": "md", ".csv": "csv", ".json": "json", ".xlsx": "xlsx"}


def render(header: list[str], body: list[list[str]], format: str) -> str:
    """A table as text in one of the text formats."""
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)
        return out.getvalue()
    if format == "json":
        rows = [dict(zip(header, row, strict=False)) for row in body]
        return json.dumps({"columns": header, "rows": rows}, ensure_ascii=False, indent=1) + "\n"
    if format == "md":
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in body]
        return "\n".join(lines) + "\n"
    widths = [
        max(len(r[i]) if i < len(r) else 0 for r in [header, *body]) for i in range(len(header))
    ]
    return (
        "\n".join(
            "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()
            for r in [header, ["-" * w for w in widths], *body]
        )
        + "\n"
    )


def save(
    header: list[str],
    body: list[list[str]],
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    title: str = "OCOP",
) -> str:
    """Write a table to ``path``; returns the format written."""
    target = Path(path)
    kind = format or _SUFFIXES.get(target.suffix.lower(), "text")
    if kind not in FORMATS:
        raise UsageError(
            _(
                "định dạng phải là một trong {formats}, không phải {format}",
                formats=", ".join(FORMATS),
                format=repr(kind),
            )
        )
    if kind == "xlsx":
        _xlsx(header, body, target, title)
    else:
        target.write_text(render(header, body, kind), encoding="utf-8")
    return kind


def _xlsx(header: list[str], body: list[list[str]], target: Path, title: str) -> None:
    try:
        import openpyxl  # type: ignore[import-untyped,unused-ignore]
        from openpyxl.styles import Font  # type: ignore[import-untyped,unused-ignore]
        from openpyxl.utils import get_column_letter  # type: ignore[import-untyped,unused-ignore]
        from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise MissingExtraError(_("Ghi báo cáo Excel (.xlsx)"), "xlsx", "openpyxl") from None
    book = openpyxl.Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.title = title[:31]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in body:
        sheet.append([_number(c) for c in row])
    for k, column in enumerate(sheet.columns, 1):
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[get_column_letter(k)].width = min(60, width + 2)
    book.save(target)


_WHOLE = re.compile(r"^[1-9]\d{0,2}(?:([.,])\d{3}(?:\1\d{3})*)?$")


def _number(text: str) -> str | int:
    """A whole number written with either locale's grouping ("2.169", "2,169") becomes a
    number cell; anything else stays text."""
    if _WHOLE.match(text):
        return int(text.replace(".", "").replace(",", ""))
    return text
