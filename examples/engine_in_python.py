"""A rule set of one's own, built in Python, checked, and scored with its own engine.

Run from the repository root: ``python examples/engine_in_python.py``. The rule set is an
invented example (a tea-house hygiene check of two parts and three classes), not law: it shows
that the engine holds no OCOP wording of its own.
"""

from __future__ import annotations

import datetime as dt

import ocop
from ocop.model import (
    Interpretation,
    Option,
    Part,
    PartSpec,
    Policy,
    RuleSet,
    Section,
    Sheet,
    SheetStore,
    StarBand,
    StarClass,
)

KITCHEN = Section(
    "1",
    "Bếp",
    "Kitchen",
    6,
    (
        ocop.Criterion(
            "1.1",
            "Nước sạch",
            "Clean water",
            3,
            (Option("Không", 0, "No"), Option("Có", 3, "Yes", mark=StarClass.TWO)),
        ),
        ocop.Criterion(
            "1.2",
            "Thực phẩm bảo quản lạnh",
            "Food kept cold",
            3,
            (
                Option("Không", 0, "No"),
                Option("Một phần", 1, "Partly"),
                Option("Đầy đủ", 3, "Fully", mark=StarClass.THREE),
            ),
        ),
    ),
)
SERVICE = Section(
    "2",
    "Phục vụ",
    "Service",
    4,
    (
        ocop.Criterion(
            "2",
            "Nhân viên được tập huấn",
            "Trained staff",
            4,
            (Option("Chưa", 0, "None"), Option("Một số", 2, "Some"), Option("Tất cả", 4, "All")),
        ),
    ),
)
SHEET = Sheet(
    rule_set="Tea-house hygiene 2026",
    product_set=1,
    title_vi="Quán trà",
    title_en="Tea house",
    parts=(
        Part("A", "Cơ sở", "Premises", 6, (KITCHEN,)),
        Part("B", "Con người", "People", 4, (SERVICE,)),
    ),
)
RULES = RuleSet(
    id="Tea-house hygiene 2026",
    title_vi="Kiểm tra vệ sinh quán trà (ví dụ)",
    title_en="Tea-house hygiene check (an example)",
    signed=dt.date(2026, 1, 1),
    effective=dt.date(2026, 1, 1),
    replaced=None,
    replaced_by=None,
    parts=(PartSpec("A", "Cơ sở", "Premises", 6), PartSpec("B", "Con người", "People", 4)),
    bands=(
        StarBand(StarClass.ONE, 0, 5),
        StarBand(StarClass.TWO, 5, 8),
        StarBand(StarClass.THREE, 8, None, 10),
    ),
    certificate_validity_months=12,
    authorities=(),
    recognised_from=StarClass.TWO,
    official=False,
    policy=Policy(
        interpretation=Interpretation(
            "tea-house.marks/1",
            "Hạng là hạng cao nhất mà tổng điểm đạt và mọi dấu của các hạng thấp hơn đều đạt.",
            "The class is the highest one the total reaches whose marks, and those below, are met.",
        ),
        mark_levels=(2, 3),
    ),
    store=SheetStore.of(SHEET),
)


def main() -> None:
    problems = ocop.rules.check(RULES)
    print("problems:", problems)
    engine = ocop.Engine(RULES)
    evaluation = ocop.Evaluation(RULES.id, 1, {"1.1": 2, "1.2": 2, "2": 3})
    score = engine.score(evaluation)
    for locale in ("vi", "en"):
        print()
        print(score.explain(locale))
        print(engine.advice(score).explain(locale))


if __name__ == "__main__":
    main()
