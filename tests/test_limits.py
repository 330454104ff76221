"""Documented limits: past them a typed error comes at once, never minutes or gigabytes."""

from __future__ import annotations

import datetime as dt
import time

import pytest

import ocop
from ocop.errors import SearchTooLargeError
from ocop.model import (
    Criterion,
    Option,
    Part,
    PartSpec,
    RuleSet,
    Section,
    Sheet,
    SheetStore,
    StarBand,
    StarClass,
)


def huge(criteria: int, points: int) -> RuleSet:
    """A rule set of one part whose criteria are worth ``points`` each, with marks."""
    crits = tuple(
        Criterion(
            f"1.{k}",
            f"Tiêu chí {k}",
            f"Criterion {k}",
            points,
            (
                Option("Không", 0, "No"),
                Option("Một nửa", points // 2, "Half", mark=StarClass.TWO),
                Option("Có", points, "Yes", mark=StarClass.THREE),
            ),
        )
        for k in range(1, criteria + 1)
    )
    total = criteria * points
    sheet = Sheet(
        rule_set="huge",
        product_set=1,
        title_vi="Lớn",
        parts=(Part("A", "A", "A", total, (Section("1", "Một", "One", total, crits),)),),
    )
    return RuleSet(
        id="huge",
        title_vi="Lớn",
        title_en="Huge",
        signed=dt.date(2026, 1, 1),
        effective=dt.date(2026, 1, 1),
        replaced=None,
        replaced_by=None,
        parts=(PartSpec("A", "A", "A", total),),
        bands=(
            StarBand(StarClass.ONE, 0, total // 3),
            StarBand(StarClass.TWO, total // 3, 2 * total // 3),
            StarBand(StarClass.THREE, 2 * total // 3, None, total),
        ),
        certificate_validity_months=12,
        authorities=(),
        official=False,
        store=SheetStore.of(sheet),
    )


def test_every_official_sheet_fits_the_range_search_with_everything_missing() -> None:
    for sheet in ocop.rules.get("26/2026").sheets():
        case = sheet.cases[0].number if sheet.cases else None
        r = ocop.score_range(ocop.Evaluation("26/2026", sheet.product_set, {}, case=case))
        assert r.lowest == 0
        assert r.highest == 100


def test_a_range_past_the_budget_is_a_typed_error_at_once() -> None:
    rs = huge(22, 10**6)
    start = time.perf_counter()
    with pytest.raises(SearchTooLargeError) as info:
        ocop.score_range(ocop.Evaluation("huge", 1, {}), rules=rs)
    assert time.perf_counter() - start < 5  # a guard against a search, not a timing goal
    assert isinstance(info.value, ocop.OutOfRangeError)
    assert "bit" in info.value.message("en")


def test_a_small_custom_range_is_exact() -> None:
    rs = huge(6, 4)
    r = ocop.score_range(ocop.Evaluation("huge", 1, {"1.1": 3}), rules=rs)
    assert (r.lowest, r.highest) == (4, 24)
    assert r.stars == (StarClass.ONE, StarClass.TWO, StarClass.THREE)


def test_advice_past_the_budget_is_a_typed_error() -> None:
    rs = huge(40, 10**6)
    score = ocop.Engine(rs).score(ocop.Evaluation("huge", 1, {f"1.{k}": 1 for k in range(1, 41)}))
    with pytest.raises(SearchTooLargeError):
        ocop.advice(score, 3)


def test_an_evaluation_with_too_many_answers_is_refused_at_once() -> None:
    from ocop.scoring.engine import MAX_ANSWERS

    answers = {f"x{k}": 1 for k in range(MAX_ANSWERS + 1)}
    with pytest.raises(ocop.EvaluationError) as info:
        ocop.score(ocop.Evaluation("26/2026", 1, answers))
    assert [p.where for p in info.value.problems] == ["answers"]
