"""Random valid evaluations, for demos, tests and benchmarks.

>>> import random
>>> import ocop
>>> from ocop.scoring.samples import random_evaluation
>>> ev = random_evaluation(ocop.rules.get("26/2026").sheet(26), random.Random(1))
>>> ev.case in (1, 2), len(ev.answers)
(True, 32)
>>> ocop.score(ev).total <= 100
True
"""

from __future__ import annotations

import random

from ocop.model import Sheet
from ocop.scoring.evaluation import Evaluation


def random_answers(
    sheet: Sheet, rng: random.Random, case: int | None = None
) -> dict[str, int | None]:
    """Answers by position for every scorable criterion: an option of ``case`` or not met.

    A conditional criterion (5.2) is left not met when its condition (a story in 5.1) fails,
    so the answers are always valid.
    """
    answers: dict[str, int | None] = {}
    for crit in sheet.scorable:
        valid = [k for k, o in enumerate(crit.options, 1) if not crit.cases or o.case == case]
        answers[crit.code] = rng.choice([None, *valid])
    for crit in sheet.scorable:
        if crit.condition is not None:
            dep = sheet.criterion(crit.condition.criterion)
            value = answers[dep.code]
            lowest = min(o.points for o in dep.options)
            if value is None or dep.options[value - 1].points <= lowest:
                answers[crit.code] = None
    return answers


def random_evaluation(sheet: Sheet, rng: random.Random) -> Evaluation:
    """A random valid evaluation of ``sheet`` (with a random case where the sheet has cases)."""
    case = rng.choice([c.number for c in sheet.cases]) if sheet.cases else None
    return Evaluation(
        sheet.rule_set, sheet.product_set, random_answers(sheet, rng, case), case=case
    )
