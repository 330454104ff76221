"""An official rule set and one of one's own, side by side in one process.

Run from the repository root: ``python examples/side_by_side.py``. Each rule set has its own
engine; an evaluation names its rule set, and scoring it under another one is an error.
"""

from __future__ import annotations

from pathlib import Path

import ocop
from ocop.rules import custom

HERE = Path(__file__).parent


def main() -> None:
    official = ocop.Engine(ocop.rules.get("26/2026"))
    mine = ocop.Engine(custom.load_file(HERE / "self-assessment.json"))
    sheet = official.rule_set.sheet(1)
    best = {c.code: len(c.options) for c in sheet.scorable}
    print(official.score(ocop.Evaluation("26/2026", 1, best)))
    answers = {"1.1": 2, "1.2": 3, "2.1": 2, "2.2": 1, "3": 2, "4": 2}
    print(mine.score(ocop.Evaluation(mine.rule_set.id, 1, answers)))
    try:
        mine.score(ocop.Evaluation("26/2026", 1, best))
    except ocop.EvaluationError as err:
        print(err.message("en"))


if __name__ == "__main__":
    main()
