"""The xlsx form: one row per criterion, one column per council member, drop-downs of options.

The workbook a council's secretariat keeps: a sheet with the product's header rows (rule set,
product set, case, product, code, producer, evaluator, date), then one row per scorable
criterion with its printed options in column C and, in each member's column, a drop-down of the
boxes (data validation), then the dossier faults and the food-safety gate. Column A holds the
key of each row (``product_set``, ``4.1``, ``fault 2``, ``impurities``); a hidden sheet holds
the drop-down lists and the product set the form was printed for. One member column is one
evaluator's form; several make a council workbook.

Needs ``openpyxl``: ``pip install 'ocop[xlsx]'``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ocop.errors import FormError, MissingExtraError, Problem
from ocop.forms.layout import FORMAT, Form, blank
from ocop.forms.reading import HEADER_KEYS, Cell, cell_text, entries, evaluation_of
from ocop.i18n import _, check_locale
from ocop.scoring import Council, Evaluation

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

LISTS = "ocop"
"""The hidden sheet of drop-down lists and of what the form was printed for."""
FIRST_MEMBER = 4  # column D

_HEADER_LABELS = {
    "rule_set": ("Bộ quy tắc", "Rule set"),
    "product_set": ("Bộ sản phẩm", "Product set"),
    "case": ("Trường hợp", "Case"),
    "product": ("Tên sản phẩm", "Product"),
    "product_code": ("Mã sản phẩm OCOP", "OCOP product code"),
    "producer": ("Chủ thể", "Producer"),
    "evaluator": ("Người chấm", "Evaluator"),
    "on": ("Ngày chấm (2026-06-01)", "Date (2026-06-01)"),
}


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise MissingExtraError(_("Đọc và ghi phiếu Excel (.xlsx)"), "xlsx", "openpyxl") from None
    return openpyxl


def write_xlsx(form: Form, path: str | Path, *, members: int = 1, locale: str = "vi") -> None:
    """Write the blank xlsx form of ``form`` with ``members`` member columns."""
    openpyxl = _openpyxl()
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    vi = check_locale(locale) == "vi"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phiếu" if vi else "Form"
    lists = wb.create_sheet(LISTS)
    lists.sheet_state = "hidden"
    lists["A1"], lists["A2"], lists["A3"] = FORMAT, form.rule_set, form.product_set
    lists["A4"] = form.printed_case
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    fill = PatternFill("solid", fgColor="FFF2CC")
    ws["A1"] = (
        f"PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP — {form.product_set}. {form.title_vi}"
        if vi
        else f"OCOP EVALUATION FORM — {form.product_set}. {form.title_en}"
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = _(
        "Chọn ô được đánh dấu trong danh sách của mỗi tiêu chí (0 nếu không chọn ô nào); "
        "đánh x vào lỗi hồ sơ phát hiện được.",
    ).text(locale)
    ws.append(
        [
            _("Mã").text(locale),
            _("Nội dung").text(locale),
            _("Các ô (điểm, dấu sao)").text(locale),
            *(_("Thành viên {k}", k=k).text(locale) for k in range(1, members + 1)),
        ]
    )
    for cell in ws[3]:
        cell.font = bold
    last = openpyxl.utils.get_column_letter(FIRST_MEMBER + members - 1)
    first = openpyxl.utils.get_column_letter(FIRST_MEMBER)

    def validate(formula: str, row: int) -> None:
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        dv.error = _("Chọn một mục trong danh sách").text(locale)
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        dv.add(f"{first}{row}:{last}{row}")

    yes_no = '"x"'
    for key in HEADER_KEYS:
        if key == "case" and not form.cases:
            continue
        label_vi, label_en = _HEADER_LABELS[key]
        values: list[Any] = [None] * members
        if key == "rule_set":
            values = [form.rule_set] * members
        elif key == "product_set":
            values = [form.product_set] * members
        elif key == "case" and form.printed_case is not None:
            values = [form.printed_case] * members
        extra = ""
        if key == "case":
            extra = "\n".join(
                f"{c.number}. {c.label_vi if vi else c.label_en or c.label_vi}" for c in form.cases
            )
        ws.append([key, label_vi if vi else label_en, extra, *values])
        if key == "case":
            validate('"' + ",".join(str(c.number) for c in form.cases) + '"', ws.max_row)
        if key not in ("rule_set", "product_set"):
            for col in range(FIRST_MEMBER, FIRST_MEMBER + members):
                ws.cell(ws.max_row, col).fill = fill
    section = None
    for k, row in enumerate(form.rows):
        if row.section != section:
            section = row.section
            ws.append([None, row.heading(locale)])
            ws.cell(ws.max_row, 2).font = bold
        options = "\n".join(
            f"{o.position}. [{o.points}]{' ' + o.stars if o.mark else ''}"
            f"{f' (TH{o.case})' if o.case and vi else f' (case {o.case})' if o.case else ''}"
            f" {o.label(locale)}"
            for o in row.options
        )
        label = row.label(locale) + (f"\n({row.condition})" if row.condition else "")
        ws.append([row.code, label, options])
        for col in range(FIRST_MEMBER, FIRST_MEMBER + members):
            ws.cell(ws.max_row, col).fill = fill
        column = openpyxl.utils.get_column_letter(k + 2)
        choices = entries(row, locale)
        for j, entry in enumerate(choices, 1):
            lists[f"{column}{j}"] = entry
        validate(f"{LISTS}!${column}$1:${column}${len(choices)}", ws.max_row)
    if form.faults:
        ws.append([None, _("Hồ sơ bị loại khi").text(locale)])
        ws.cell(ws.max_row, 2).font = bold
    for fault in form.faults:
        ws.append([f"fault {fault.id}", fault.label_vi if vi else fault.label_en or fault.label_vi])
        validate(yes_no, ws.max_row)
    if form.gate is not None:
        ws.append(
            [
                "impurities",
                _(
                    "Mẫu có tạp chất nguy hại (x nếu có): {printed}",
                    printed=form.gate.printed,
                ).text(locale),
            ]
        )
        validate(yes_no, ws.max_row)
    for row in ws.iter_rows(min_row=4):
        for cell in row[:3]:
            cell.alignment = wrap
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["C"].width = 60
    for col in range(FIRST_MEMBER, FIRST_MEMBER + members):
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 18
    ws.freeze_panes = "D4"
    wb.save(path)


def read_xlsx(path: str | Path, *, product_set: int | None = None) -> Evaluation | Council:
    """The evaluation (one member column) or council (several) of a filled xlsx form.

    Every cell that does not fit is reported at once, with its sheet and cell, in a
    :class:`~ocop.forms.FormError`; ``product_set`` is the set the caller expects.
    """
    openpyxl = _openpyxl()
    name = Path(path).name
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise FormError(
            name,
            [
                Problem(
                    name,
                    _(
                        "không phải một tệp xlsx ({detail})",
                        detail=type(exc).__name__,
                    ),
                )
            ],
        ) from None
    if LISTS not in wb.sheetnames or wb[LISTS]["A1"].value != FORMAT:
        raise FormError(
            name,
            [
                Problem(
                    name,
                    _(
                        "không phải một phiếu do ocop in ra (thiếu trang ẩn '{sheet}')",
                        sheet=LISTS,
                    ),
                )
            ],
        )
    meta = wb[LISTS]
    printed_set = meta["A3"].value
    ws: Worksheet = wb.worksheets[0]
    title = ws.title
    problems: list[Problem] = []
    try:
        printed_case = meta["A4"].value
        form = blank(
            int(printed_set),
            str(meta["A2"].value),
            case=printed_case if isinstance(printed_case, int) else None,
        )
    except (TypeError, ValueError) as exc:  # pragma: no cover - a hidden sheet edited by hand
        raise FormError(name, [Problem(f"{LISTS}!A3", _("{detail}", detail=str(exc)))]) from None
    if product_set is not None and product_set != form.product_set:
        problems.append(
            Problem(
                name,
                _(
                    "đây là phiếu của bộ sản phẩm {printed}, cần phiếu của bộ {expected}",
                    printed=form.product_set,
                    expected=product_set,
                ),
            )
        )
    columns = [
        col
        for col in range(FIRST_MEMBER, ws.max_column + 1)
        if cell_text(ws.cell(3, col).value) is not None
    ]
    if not columns:
        problems.append(Problem(f"{title}!D3", _("không có cột thành viên nào")))
    rows: dict[str, int] = {}
    codes = set(form.codes)
    for r in range(4, ws.max_row + 1):
        key = cell_text(ws.cell(r, 1).value)
        if key is None:
            continue
        if key in rows:
            problems.append(
                Problem(
                    f"{title}!A{r}",
                    _(
                        "dòng {key} lặp lại (đã có ở dòng {row})",
                        key=key,
                        row=rows[key],
                    ),
                )
            )
            continue
        rows[key] = r
    # A member column left wholly blank (a form printed for more members than sat) is not a
    # member; at least one column is read, so that an empty form says what is missing.
    answer_rows = [r for k, r in rows.items() if k in codes]
    members = [
        col
        for col in columns
        if any(cell_text(ws.cell(r, col).value) is not None for r in answer_rows)
    ] or columns[:1]
    evaluations: list[Evaluation] = []
    for col in members:
        letter = openpyxl.utils.get_column_letter(col)

        def cell(r: int) -> Cell:
            return Cell(ws.cell(r, col).value, f"{title}!{letter}{r}")  # noqa: B023

        header = {k: cell(rows[k]) for k in HEADER_KEYS if k in rows}
        answers = {
            k: cell(r)
            for k, r in rows.items()
            if k in codes or (k not in HEADER_KEYS and k[0].isdigit())
        }
        faults = {
            k.removeprefix("fault ").strip(): cell(r)
            for k, r in rows.items()
            if k.startswith("fault ")
        }
        impurities = cell(rows["impurities"]) if "impurities" in rows else None
        before = len(problems)
        ev = evaluation_of(form, header, answers, faults, impurities, problems)
        for k in range(before, len(problems)):
            p = problems[k]
            if not p.where.startswith(title):  # a row missing: name the column as well
                problems[k] = Problem(f"{title}!{letter} ({p.where})", p.text)
        if ev is not None:
            evaluations.append(ev)
    if problems:
        raise FormError(name, _dedupe(problems))
    if len(evaluations) == 1:
        return evaluations[0]
    about = {
        k: values.pop()
        if len(values := {getattr(e, k) for e in evaluations} - {None}) == 1
        else None
        for k in ("product", "product_code", "producer")
    }
    return Council(evaluations, **about)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        key = (p.where, p.message("en"))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
