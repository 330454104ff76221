"""Reading a filled form back: the same checks for every format, every problem at once.

A format's reader collects the values of one member's column (or of one JSON form) as
:class:`Cell` s, each with its place (``Phiếu!D12``, ``$.criteria[3].answer``), and
:func:`evaluation_of` turns them into an :class:`~ocop.Evaluation` against the blank
:class:`~ocop.forms.Form`, adding a :class:`~ocop.errors.Problem` for every value that does
not fit. The caller raises :class:`~ocop.forms.FormError` when there is any, so nothing is
scored from a half-read form.

An answer is the **position** of the box ticked (1 for the first box, as printed), ``0`` for
"nothing ticked", or an entry of the xlsx drop-down (``3 – 3 điểm ****``). An empty answer is
not "nothing ticked": it is a criterion not filled in, and an error.

    >>> from ocop.forms import blank
    >>> form = blank(1)
    >>> option_entry(form.row("4.1").options[2], "vi"), option_entry(None, "en")
    ('3 – 3 điểm ****', '0 – nothing ticked')
    >>> answer_of(form.row("4.1"), "3 – 3 points ****"), answer_of(form.row("4.1"), 0)
    (3, None)
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from ocop import rules as registry
from ocop.errors import OcopError, Problem
from ocop.forms.layout import Form, FormOption, FormRow
from ocop.i18n import Message, _, _n
from ocop.scoring import Evaluation

HEADER_KEYS = (
    "rule_set",
    "product_set",
    "case",
    "product",
    "product_code",
    "producer",
    "evaluator",
    "on",
)
"""The keys of a member's header, in the order a form prints them."""

_YES = {"x", "có", "co", "yes", "y", "true", "1"}
_NO = {"", "không", "khong", "no", "n", "false", "0"}
_DIGITS = re.compile(r"^\s*\d+\s*$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@frozen
class Cell:
    """A value read from a form and the place it was read from."""

    value: object
    where: str


class _Bad(Exception):  # noqa: N818 - internal: always turned into a Problem
    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.message = message


def option_entry(option: FormOption | None, locale: str) -> str:
    """The drop-down entry of an option (``None``: nothing ticked)."""
    if option is None:
        return "0 – " + _("không chọn ô nào").text(locale)
    points = _n("{points} điểm", "{points} điểm", option.points, points=option.points).text(locale)
    stars = f" {option.stars}" if option.mark else ""
    return f"{option.position} – {points}{stars}"


def entries(row: FormRow, locale: str) -> list[str]:
    """The drop-down entries of a row: nothing ticked, then every option."""
    return [option_entry(None, locale), *(option_entry(o, locale) for o in row.options)]


def answer_of(row: FormRow, value: object) -> int | None:
    """The position ticked (``None``: nothing ticked) that ``value`` says; raises ``_Bad``."""
    n = row.options[-1].position if row.options else 0
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        for locale in ("vi", "en"):
            if text == option_entry(None, locale):
                return None
            for option in row.options:
                if text == option_entry(option, locale):
                    return option.position
        if _DIGITS.match(text):
            value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(
            _(
                "cần số thứ tự ô được đánh dấu (0–{n}) hoặc một mục của danh sách chọn, "
                "không phải {value}",
                n=n,
                value=repr(value)[:40],
            )
        )
    if value == 0:
        return None
    if not 1 <= value <= n:
        raise _Bad(
            _(
                "không có ô số {value} (tiêu chí có {n} ô; 0 là không chọn ô nào)",
                value=value,
                n=n,
            )
        )
    printed = row.option(value)
    if printed is None:
        raise _Bad(
            _(
                "ô {value} không được in trên phiếu này (các ô: {listed})",
                value=value,
                listed=", ".join(str(o.position) for o in row.options),
            )
        )
    return printed.position


def yes_no(value: object) -> bool:
    """A tick box of the dossier faults or of the food-safety gate; raises ``_Bad``."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _YES | _NO:
        return value.strip().lower() in _YES
    raise _Bad(
        _(
            "cần x (có) hoặc để trống (không), không phải {value}",
            value=repr(value)[:40],
        )
    )


def cell_text(value: object) -> str | None:
    """A cell's text as typed: stripped, ``None`` when empty, a whole float as an integer."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _date(value: object) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        day_first = _DAY_FIRST.match(text)
        try:
            if day_first:  # 01/06/2026, as dates are written in Vietnam
                day, month, year = (int(x) for x in day_first.groups())
                return dt.date(year, month, day)
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise _Bad(
        _(
            "cần một ngày (01/06/2026 hoặc 2026-06-01), không phải {value}",
            value=repr(value)[:40],
        )
    )


def _int(value: object) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and _DIGITS.match(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(
            _(
                "cần số nguyên, không phải {value}",
                value=repr(value)[:40],
            )
        )
    return value


def evaluation_of(
    form: Form,
    header: dict[str, Cell],
    answers: dict[str, Cell],
    faults: dict[str, Cell],
    impurities: Cell | None,
    problems: list[Problem],
) -> Evaluation | None:
    """One member's evaluation from the cells of a filled ``form``; ``None`` (with
    ``problems`` added) when anything does not fit."""
    start = len(problems)

    def check(cell: Cell, read: object) -> object:
        try:
            return read(cell.value)  # type: ignore[operator]
        except _Bad as bad:
            problems.append(Problem(cell.where, bad.message))
            return None

    rs_cell = header.get("rule_set")
    if rs_cell is not None and rs_cell.value is not None:
        try:
            same = registry.get(str(rs_cell.value)).id == form.rule_set
        except OcopError:
            same = False
        if not same:
            problems.append(
                Problem(
                    rs_cell.where,
                    _(
                        "phiếu này thuộc bộ quy tắc {expected}, không phải {value}",
                        expected=form.rule_set,
                        value=repr(rs_cell.value)[:40],
                    ),
                )
            )
    set_cell = header.get("product_set")
    if set_cell is not None:
        number = check(set_cell, _int)
        if number is not None and number != form.product_set:
            problems.append(
                Problem(
                    set_cell.where,
                    _(
                        "đây là phiếu của bộ sản phẩm {expected}, không phải bộ {value}",
                        expected=form.product_set,
                        value=number,
                    ),
                )
            )
    case: int | None = None
    case_cell = header.get("case")
    numbers = [c.number for c in form.cases]
    if numbers:
        if case_cell is None or case_cell.value in (None, ""):
            where = case_cell.where if case_cell else "case"
            problems.append(
                Problem(
                    where,
                    _(
                        "chưa chọn trường hợp ({numbers})",
                        numbers="/".join(map(str, numbers)),
                    ),
                )
            )
        else:
            value = check(case_cell, _int)
            if value is not None and value not in numbers:
                problems.append(
                    Problem(
                        case_cell.where,
                        _(
                            "cần trường hợp {numbers}, không phải {value}",
                            numbers="/".join(map(str, numbers)),
                            value=value,
                        ),
                    )
                )
            elif isinstance(value, int):
                case = value
    texts = {
        k: cell_text(header[k].value) if k in header else None
        for k in ("product", "product_code", "producer", "evaluator")
    }
    on = check(header["on"], _date) if "on" in header else None
    chosen: dict[str, int | None] = {}
    for row in form.rows:
        cell = answers.get(row.code)
        if cell is None:
            problems.append(
                Problem(
                    row.code,
                    _(
                        "thiếu dòng của tiêu chí {code} ({label})",
                        code=row.code,
                        label=row.label_vi,
                    ),
                )
            )
            continue
        if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
            problems.append(
                Problem(
                    cell.where,
                    _(
                        "{code}: chưa điền (0 nếu không chọn ô nào)",
                        code=row.code,
                    ),
                )
            )
            continue
        try:
            position = answer_of(row, cell.value)
        except _Bad as bad:
            problems.append(
                Problem(cell.where, _("{code}: {what}", code=row.code, what=bad.message))
            )
            continue
        if position is not None and case is not None:
            option = row.option(position)
            if option is not None and option.case is not None and option.case != case:
                problems.append(
                    Problem(
                        cell.where,
                        _(
                            "{code}: ô {position} thuộc trường hợp {other}, phiếu chọn "
                            "trường hợp {case}",
                            code=row.code,
                            position=position,
                            other=option.case,
                            case=case,
                        ),
                    )
                )
                continue
        chosen[row.code] = position
    on_form = set(form.codes)
    for code, cell in answers.items():
        if code not in on_form:
            problems.append(
                Problem(
                    cell.where,
                    _(
                        "tiêu chí {code} không có trên phiếu của bộ sản phẩm {n}",
                        code=code,
                        n=form.product_set,
                    ),
                )
            )
    found: set[str] = set()
    known = {f.id for f in form.faults}
    for fault_id, cell in faults.items():
        if fault_id not in known:
            problems.append(
                Problem(
                    cell.where,
                    _(
                        "phiếu không có lỗi hồ sơ mã {id}",
                        id=fault_id,
                    ),
                )
            )
            continue
        if check(cell, yes_no):
            found.add(fault_id)
    dirty = bool(check(impurities, yes_no)) if impurities is not None else False
    if len(problems) > start:
        return None
    return Evaluation(
        form.rule_set,
        form.product_set,
        chosen,
        case=case,
        faults=found,
        impurities=dirty,
        on=on if isinstance(on, dt.date) else None,
        evaluator=texts["evaluator"],
        product=texts["product"],
        product_code=texts["product_code"],
        producer=texts["producer"],
    )
