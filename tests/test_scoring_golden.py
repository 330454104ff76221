"""Golden cases: each pins one rule of scoring (see tests/data/golden_scores.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import ocop
from ocop.errors import EvaluationError
from scoring_helpers import evaluation_from_case

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "golden_scores.json").read_text(encoding="utf-8")
)["cases"]


def test_the_golden_file_is_broad_enough() -> None:
    assert len(CASES) >= 20
    assert len({c["product_set"] for c in CASES}) >= 8
    assert all(c["pins"] for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    evaluation = evaluation_from_case(case)
    if "error" in case:
        with pytest.raises(EvaluationError) as info:
            ocop.score(evaluation)
        assert [p.where for p in info.value.problems] == case["error"]
        return
    score = ocop.score(evaluation)
    expect = case["expect"]
    assert score.total == expect["total"]
    assert int(score.band) == expect["band"]
    assert (None if score.star is None else int(score.star)) == expect["star"]
    assert score.recognised is expect["recognised"]
    assert score.potential_five is expect["potential_five"]
    if "authority" in expect:
        assert score.authority is not None
        assert score.authority.value == expect["authority"]
    # The explanation names the interpretation and the class in both languages.
    assert score.interpretation.id in score.explain("vi")
    assert score.interpretation.id in score.explain("en")
