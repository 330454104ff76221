"""The JSON form: a blank ``ocop-form/1`` document to fill in, read back as an evaluation.

Each criterion is listed with its printed options; the evaluator writes the position of the
box ticked in ``answer`` (``0``: nothing ticked), sets ``found`` on the dossier faults found
and ``impurities`` on the food-safety gate, and fills the product, evaluator and date:

    >>> import ocop
    >>> from ocop.forms import blank, form_data, read_data
    >>> data = form_data(blank(1))
    >>> data["format"], data["criteria"][0]["code"], data["criteria"][0]["answer"]
    ('ocop-form/1', '1.1', None)
    >>> for item in data["criteria"]:
    ...     item["answer"] = len(item["options"])          # every box at its best
    >>> data["product"] = "Cam Cao Phong"
    >>> ev = read_data(data)
    >>> ev.product, ocop.score(ev).total
    ('Cam Cao Phong', 100)
"""

from __future__ import annotations

from typing import Any

from ocop.errors import FormError, OcopError, Problem
from ocop.forms.layout import FORMAT, Form, blank
from ocop.forms.reading import HEADER_KEYS, Cell, evaluation_of
from ocop.i18n import Pair, _
from ocop.scoring import Evaluation


def form_data(form: Form) -> dict[str, Any]:
    """The blank JSON form of ``form``: Vietnamese and English side by side."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "instructions": {
            "vi": "Ghi vào 'answer' số thứ tự ô được đánh dấu (1 là ô đầu tiên), 0 nếu không "
            "chọn ô nào; đặt 'found' là true cho lỗi hồ sơ phát hiện được.",
            "en": "Write in 'answer' the number of the box ticked (1 for the first box), 0 "
            "when nothing is ticked; set 'found' to true for each dossier fault found.",
        },
        "rule_set": form.rule_set,
        "product_set": form.product_set,
        "title": {"vi": form.title_vi, "en": form.title_en},
    }
    if form.cases:
        data["case"] = form.printed_case
        if form.printed_case is not None:
            data["printed_case"] = form.printed_case
        data["cases"] = [
            {"number": c.number, "vi": c.label_vi, "en": c.label_en or c.label_vi}
            for c in form.cases
        ]
    data.update(
        {"product": None, "product_code": None, "producer": None, "evaluator": None, "on": None}
    )
    data["criteria"] = [
        {
            "code": row.code,
            "vi": row.label_vi,
            "en": row.label_en,
            "options": [
                {
                    "position": o.position,
                    "points": o.points,
                    **({"stars": o.stars} if o.mark else {}),
                    **({"case": o.case} if o.case is not None else {}),
                    "vi": o.label_vi,
                    "en": o.label_en,
                }
                for o in row.options
            ],
            **({"condition": row.condition} if row.condition else {}),
            "answer": None,
        }
        for row in form.rows
    ]
    data["faults"] = [
        {"id": f.id, "vi": f.label_vi, "en": f.label_en or f.label_vi, "found": False}
        for f in form.faults
    ]
    if form.gate is not None:
        data["food_safety_gate"] = {
            "criterion": form.gate.criterion,
            "vi": form.gate.printed,
            "impurities": False,
        }
    return data


def read_data(data: Any, name: str = "form.json") -> Evaluation:
    """The evaluation a filled JSON form holds; raises :class:`FormError` naming every field
    that does not fit (``name`` names the form in the message)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise FormError(
            name,
            [
                Problem(
                    "$.format",
                    _(
                        "cần một phiếu {expected}, không phải {value}",
                        expected=FORMAT,
                        value=repr(found)[:40],
                    ),
                )
            ],
        )
    problems: list[Problem] = []
    number = data.get("product_set")
    if isinstance(number, bool) or not isinstance(number, int):
        raise FormError(
            name,
            [
                Problem(
                    "$.product_set",
                    _(
                        "cần số nguyên, không phải {value}",
                        value=repr(number)[:40],
                    ),
                )
            ],
        )
    try:
        printed = data.get("printed_case")
        form = blank(
            number,
            str(data.get("rule_set", "26/2026")),
            case=printed if isinstance(printed, int) and not isinstance(printed, bool) else None,
        )
    except OcopError as exc:  # an unknown rule set or product set
        raise FormError(
            name,
            [Problem("$.product_set", _("{detail}", detail=Pair(exc.message_vi, exc.message_en)))],
        ) from None
    header = {k: Cell(data.get(k), f"$.{k}") for k in HEADER_KEYS if k in data}
    answers: dict[str, Cell] = {}
    criteria = data.get("criteria")
    if not isinstance(criteria, list):
        criteria = []
        problems.append(Problem("$.criteria", _("cần một danh sách")))
    for k, item in enumerate(criteria):
        where = f"$.criteria[{k}]"
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            problems.append(Problem(where, _("cần một tiêu chí có 'code'")))
            continue
        code = item["code"]
        if code in answers:
            problems.append(Problem(where, _("tiêu chí {code} lặp lại", code=code)))
            continue
        printed = item.get("options")
        if code in form.codes and isinstance(printed, list):
            expected = [o.points for o in form.row(code).options]
            got = [o.get("points") if isinstance(o, dict) else None for o in printed]
            if got != expected:
                problems.append(
                    Problem(
                        f"{where}.options",
                        _(
                            "{code}: các ô in trên phiếu này ({got} điểm) không phải của bộ "
                            "sản phẩm {n} ({expected} điểm)",
                            code=code,
                            got="/".join(map(str, got)),
                            n=form.product_set,
                            expected="/".join(map(str, expected)),
                        ),
                    )
                )
                continue
        answers[code] = Cell(item.get("answer"), f"{where}.answer")
    faults: dict[str, Cell] = {}
    for k, item in enumerate(data.get("faults") or []):
        if isinstance(item, dict) and "id" in item:
            faults[str(item["id"])] = Cell(item.get("found"), f"$.faults[{k}].found")
    gate = data.get("food_safety_gate")
    impurities = (
        Cell(gate.get("impurities"), "$.food_safety_gate.impurities")
        if isinstance(gate, dict)
        else None
    )
    ev = evaluation_of(form, header, answers, faults, impurities, problems)
    if problems or ev is None:
        raise FormError(name, problems)
    return ev
