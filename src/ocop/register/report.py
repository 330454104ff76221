"""What an import did: every record of the file accounted for.

A record is a CSV record, a JSON Lines line, an element of a JSON array, or a sheet row below
the header. Each one is **kept** (an entry), **rejected** (with row, column, value and reason),
or **skipped** (a blank row, a group heading such as "I. HUYỆN ĐỨC TRỌNG", a total row, a
repeated header, a signature row below the total), so that
``kept + rejected + skipped == records``. Rows are numbered as the user sees them: the line
of a CSV or JSON Lines file, the row of a sheet, the position in a JSON array. Warnings (an
optional value that cannot be read, an extra cell, a duplicated column) keep their row.
"""

from __future__ import annotations

from attrs import define, field, frozen

from ocop.i18n import Message, Plural, _, _n

SKIP_KINDS = ("blank", "heading", "total", "header", "footer")


@frozen
class RowError:
    """A problem with one row: where (row, column), the value, and why, in both languages.

    In :attr:`ImportReport.rejected` it rejected its row; in :attr:`ImportReport.warnings` the
    row was kept and the field left empty.
    """

    #: The row as the user sees it: the line of a CSV or JSON Lines file, the row of a
    #: sheet, the position in a JSON array.
    row: int
    #: The column's header as written (else the format's); ``None`` for the whole row.
    column: str | None
    #: The value as written (shortened when long); ``None`` when no single value.
    value: str | None
    #: Why, in both languages.
    text: Message

    def message(self, locale: str = "vi") -> str:
        where = _("dòng {row}", row=self.row).text(locale)
        if self.column:
            where += _(", cột {column}", column=self.column).text(locale)
        if self.value is not None:
            shown = self.value if len(self.value) <= 80 else self.value[:77] + "…"
            where += f" ({shown!r})"
        return f"{where}: {self.text.text(locale)}"


@define
class ImportReport:
    """The accounting of one import; a stream fills it in as it reads.

    ``read`` is the number of records below the header. ``title_rows`` counts the rows above
    the header (a title, a date, blank rows), which are not records.
    """

    #: The name of the file read (its path), or ``"<stream>"`` for a stream.
    source: str
    #: The number of records below the header.
    read: int = 0
    #: The number of records kept as entries.
    kept: int = 0
    #: The problems that rejected a row, in reading order (a row may have several).
    rejected: list[RowError] = field(factory=list)
    #: The problems of kept rows, whose field was left empty, in reading order.
    warnings: list[RowError] = field(factory=list)
    #: The rows skipped, by kind (``"blank"``, ``"heading"``, ``"total"``,
    #: ``"header"``, ``"footer"``); a kind without rows is absent.
    skipped: dict[str, list[int]] = field(factory=dict)
    #: The headers no column of the format matches, as written.
    ignored_columns: tuple[str, ...] = ()
    #: The headers of a column that an earlier header already gives (not read).
    duplicated_columns: tuple[str, ...] = ()
    #: The row of the header in a table; ``None`` for JSON or before reading.
    header_row: int | None = None
    #: The number of rows above the header (a title, a date, blank rows).
    title_rows: int = 0

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.rejected}))

    @property
    def warned_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.warnings}))

    def skip(self, kind: str, row: int) -> None:
        self.skipped.setdefault(kind, []).append(row)
        self.read += 1

    @property
    def skipped_count(self) -> int:
        return sum(len(rows) for rows in self.skipped.values())

    @property
    def balanced(self) -> bool:
        """``kept + rejected + skipped == read``: no record unaccounted for."""
        return self.kept + len(self.rejected_rows) + self.skipped_count == self.read

    def counts(self) -> dict[str, object]:
        """The figures of a summary: source, rows read, kept, rejected, skipped and warned."""
        return {
            "source": self.source,
            "read": self.read,
            "kept": self.kept,
            "rejected": len(self.rejected_rows),
            "skipped": self.skipped_count,
            "warned": len(self.warned_rows),
        }

    def summary(self, locale: str = "vi") -> str:
        head = _(
            "{source}: đọc {read} dòng, giữ {kept}, loại {rejected}, bỏ qua {skipped}, "
            "cảnh báo {warned}.",
            **self.counts(),
        ).text(locale)
        lines = [head]
        for kind in SKIP_KINDS:
            rows = self.skipped.get(kind)
            if rows:
                shown = ", ".join(map(str, rows[:20])) + (", …" if len(rows) > 20 else "")
                lines.append(_skipped_line(kind, len(rows), shown).text(locale))
        lines += ["  - " + e.message(locale) for e in self.rejected]
        if self.warnings:
            lines.append(_("  Cảnh báo (dòng vẫn được giữ):").text(locale))
            lines += ["  ! " + e.message(locale) for e in self.warnings]
        return "\n".join(lines)


def _skipped_line(kind: str, count: int, rows: str) -> Plural:
    """``  skipped 2 blank rows: 4, 9`` (one sentence per kind, for its plural)."""
    if kind == "blank":
        return _n(
            "  bỏ qua {count} dòng trống: {rows}",
            "  bỏ qua {count} dòng trống: {rows}",
            count,
            count=count,
            rows=rows,
        )
    if kind == "heading":
        return _n(
            "  bỏ qua {count} dòng tiêu đề nhóm: {rows}",
            "  bỏ qua {count} dòng tiêu đề nhóm: {rows}",
            count,
            count=count,
            rows=rows,
        )
    if kind == "total":
        return _n(
            "  bỏ qua {count} dòng tổng: {rows}",
            "  bỏ qua {count} dòng tổng: {rows}",
            count,
            count=count,
            rows=rows,
        )
    if kind == "header":
        return _n(
            "  bỏ qua {count} dòng tiêu đề lặp lại: {rows}",
            "  bỏ qua {count} dòng tiêu đề lặp lại: {rows}",
            count,
            count=count,
            rows=rows,
        )
    return _n(
        "  bỏ qua {count} dòng cuối bảng (sau dòng tổng): {rows}",
        "  bỏ qua {count} dòng cuối bảng (sau dòng tổng): {rows}",
        count,
        count=count,
        rows=rows,
    )
