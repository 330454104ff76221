"""Score a sheet of an invented self-assessment rule set, end to end.

Run from the repository root: ``python examples/self_assessment.py``. The rule set in
``examples/self-assessment.json`` is an invented example (4 parts, 3 classes), not law.
"""

from __future__ import annotations

from pathlib import Path

import ocop
from ocop.rules import custom

HERE = Path(__file__).parent


def main() -> None:
    rules = ocop.rules.register(custom.load_file(HERE / "self-assessment.json"), replace=True)
    evaluation = ocop.Evaluation(
        rules.id, 1, {"1.1": 2, "1.2": 3, "2.1": 2, "2.2": 1, "3": 2, "4": 2}
    )
    score = ocop.score(evaluation)
    print(score.explain("vi"))
    print()
    print(ocop.advice(score).explain("vi"))


if __name__ == "__main__":
    main()
