"""Points as evaluators type them (0 = nothing ticked) and contradictions on a sheet."""

from __future__ import annotations

import pytest

import ocop
from ocop.convert import from_data, to_data
from ocop.errors import EvaluationError

RS = ocop.rules.get("26/2026")


def _points(n: int) -> dict[str, int | None]:
    return {c.code: max(o.points for o in c.options) for c in RS.sheet(n).scorable}


def test_zero_by_points_is_nothing_ticked() -> None:
    answers = _points(1)
    crit = next(c for c in RS.sheet(1).scorable if min(o.points for o in c.options) > 0)
    typed = dict(answers, **{crit.code: 0})
    ticked_none = dict(answers, **{crit.code: None})
    a = ocop.score(ocop.Evaluation("26/2026", 1, typed, by="points"))
    b = ocop.score(ocop.Evaluation("26/2026", 1, ticked_none, by="points"))
    assert a == b
    assert a.points[crit.code] == 0
    assert a.positions[crit.code] is None


def test_zero_on_5_2_without_a_story() -> None:
    answers = _points(1)
    lowest = min(o.points for o in RS.sheet(1).criterion("5.1").options)
    answers.update({"5.1": lowest, "5.2": 0})
    s = ocop.score(ocop.Evaluation("26/2026", 1, answers, by="points"))
    assert s.points["5.2"] == 0
    answers["5.2"] = max(o.points for o in RS.sheet(1).criterion("5.2").options)
    with pytest.raises(EvaluationError, match=r"5\.2"):
        ocop.score(ocop.Evaluation("26/2026", 1, answers, by="points"))


def test_zero_is_still_refused_by_position() -> None:
    answers = {c.code: 1 for c in RS.sheet(1).scorable}
    answers["4.1"] = 0
    with pytest.raises(EvaluationError, match=r"4\.1"):
        ocop.score(ocop.Evaluation("26/2026", 1, answers))


def test_impurities_with_a_clean_answer_are_a_contradiction() -> None:
    sheet = RS.sheet(4)
    answers = {c.code: len(c.options) for c in sheet.scorable}  # 6.1: "Sạch, ..."
    with pytest.raises(EvaluationError) as info:
        ocop.score(ocop.Evaluation("26/2026", 4, answers, impurities=True))
    [problem] = info.value.problems
    assert problem.where == "6.1"
    assert "Sạch" in problem.message("vi")
    assert "declared to have harmful impurities" in problem.message("en")
    points = {c.code: max(o.points for o in c.options) for c in sheet.scorable}
    with pytest.raises(EvaluationError, match=r"6\.1"):
        ocop.score(ocop.Evaluation("26/2026", 4, points, by="points", impurities=True))
    answers["6.1"] = 1
    assert ocop.score(ocop.Evaluation("26/2026", 4, answers, impurities=True)).gated


def test_a_fault_not_on_the_sheet_is_named() -> None:
    answers = {c.code: 1 for c in RS.sheet(1).scorable}
    with pytest.raises(EvaluationError) as info:
        ocop.score(ocop.Evaluation("26/2026", 1, answers, faults={"99"}))
    assert [p.where for p in info.value.problems if "99" in p.where] == ["fault 99"]


def test_score_range_counts_answers_and_their_points() -> None:
    r = ocop.score_range(ocop.Evaluation("26/2026", 1, {"4.1": 4, "2.4": None}))
    assert (r.answered, r.answered_points) == (2, 5)


def test_advice_names_boxes_and_points_in_both_languages() -> None:
    sheet = RS.sheet(1)
    best = {c.code: len(c.options) for c in sheet.scorable}
    one = ocop.advice(ocop.score(ocop.Evaluation("26/2026", 1, dict(best, **{"4.1": 2}))))
    [u] = one.upgrades
    assert (u.from_position, u.from_points, u.to_position, u.to_points) == (2, 2, 3, 3)
    assert "from option 2 (2 points) to option 3 (3 points)" in one.explain("en")
    assert "từ phương án 2 (2 điểm) lên phương án 3 (3 điểm)" in one.explain("vi")
    none = ocop.advice(ocop.score(ocop.Evaluation("26/2026", 1, dict(best, **{"4.1": None}))))
    [u] = none.upgrades
    assert (u.from_position, u.from_points) == (None, 0)
    assert "from nothing ticked (0 points) to option 2 (2 points)" in none.explain("en")
    assert "từ chưa chọn ô nào (0 điểm) lên phương án 2 (2 điểm)" in none.explain("vi")
    members = [ocop.Evaluation("26/2026", 1, dict(best, **{"4.1": k})) for k in (2, 2, 1)]
    council = ocop.advice(ocop.score(ocop.Council(members)))
    [u] = council.upgrades
    assert u.from_position is None
    assert "from an average of 5/3 points to option 2 (2 points) for every member" in (
        council.explain("en")
    )
    data = to_data(council)["upgrades"][0]
    assert data == {
        "criterion": "4.1",
        "from_position": None,
        "from_points": "5/3",
        "to_position": 2,
        "to_points": 2,
    }
    assert from_data(to_data(one)).upgrades == one.upgrades


def test_advice_documents_of_the_earlier_version_still_read() -> None:
    sheet = RS.sheet(1)
    best = {c.code: len(c.options) for c in sheet.scorable}
    advice = ocop.advice(ocop.score(ocop.Evaluation("26/2026", 1, dict(best, **{"4.1": 2}))))
    data = to_data(advice)
    data["format"] = "ocop-advice/1"
    data["score"]["source"]["format"] = "ocop-evaluation/1"
    data["upgrades"] = [{"criterion": "4.1", "from": 2, "to_option": 3, "to_points": 3}]
    assert from_data(data).upgrades == advice.upgrades
