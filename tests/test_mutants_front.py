"""The front door with two rule sets: ``score_many`` switching between them (and back) on a
mixed list, each sheet scored as ``score`` scores it; what it refuses on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import ocop
from ocop import Evaluation
from ocop.errors import UnknownRuleSetError, UsageError, shown
from ocop.model import RuleSet
from ocop.rules import custom

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"
BEST26: dict[str, int | None] = {
    c.code: len(c.options) for c in ocop.rules.get("26/2026").sheet(1).scorable
}
COOP = {"1.1": 3, "1.2": 3, "2.1": 3, "2.2": 1, "3": 3, "4": 3}


@pytest.fixture
def coop() -> Iterator[RuleSet]:
    rs = ocop.rules.register(custom.load_file(EXAMPLE), replace=True)
    try:
        yield rs
    finally:
        ocop.rules.unregister(rs.id)


def test_score_many_switches_rule_sets_on_a_mixed_list(coop: RuleSet) -> None:
    a = Evaluation("26/2026", 1, BEST26)
    a2 = Evaluation("26/2026/QĐ-TTg", 1, dict(BEST26, **{"4.1": 2}))
    b = Evaluation(coop.id, 1, COOP)
    b2 = Evaluation(coop.id, 1, dict(COOP, **{"1.1": 1}))
    evaluations = [a, b, b2, a2, a, b]
    many = ocop.score_many(evaluations)
    assert [(s.rule_set.id, s.total, s.star) for s in many] == [
        (s.rule_set.id, s.total, s.star) for s in map(ocop.score, evaluations)
    ]
    assert [s.rule_set.id for s in many] == [
        "26/2026/QĐ-TTg", coop.id, coop.id, "26/2026/QĐ-TTg", "26/2026/QĐ-TTg", coop.id,
    ]  # fmt: skip
    assert [s.total for s in many[:3]] == [100, 40, 36]
    assert ocop.score_many(iter(evaluations[:2])) == many[:2]
    assert ocop.score_many([]) == []


def test_score_many_with_a_subclass_of_evaluation(coop: RuleSet) -> None:
    class Sheet(Evaluation):
        pass

    evaluations = [
        Sheet("26/2026", 1, BEST26),
        Sheet(coop.id, 1, COOP),
        Sheet("26/2026", 1, BEST26),
    ]
    assert [s.total for s in ocop.score_many(evaluations)] == [100, 40, 100]


def test_score_many_refuses_what_is_not_a_sheet() -> None:
    with pytest.raises(UsageError) as caught:
        ocop.score_many([Evaluation("26/2026", 1, BEST26), 5])  # type: ignore[list-item]
    assert str(caught.value) == (
        "cần một Evaluation hoặc Council, không phải int\n"
        "expected an Evaluation or a Council, not int"
    )
    with pytest.raises(UnknownRuleSetError) as unknown:
        ocop.score(Evaluation(7, 1, BEST26))  # type: ignore[arg-type]
    assert unknown.value.message("en").startswith("Unknown rule set '7'.")
    long = "x" * 60
    with pytest.raises(UnknownRuleSetError) as unknown:
        ocop.score(Evaluation(("x" * 60,), 1, BEST26))  # type: ignore[arg-type]
    assert shown((long,)) in unknown.value.message("en")
    assert repr((long,)) not in unknown.value.message("en")


def test_a_council_names_its_rule_set_by_its_first_sheet(coop: RuleSet) -> None:
    council = ocop.Council([Evaluation(coop.id, 1, COOP), Evaluation(coop.id, 1, COOP)])
    assert ocop.score(council).rule_set is coop
    assert ocop.score(council).total == 40
