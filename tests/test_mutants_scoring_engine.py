"""The engine and the evaluation sheet on their edges: the exact messages of answers, faults and
councils that are not lists or mappings, of sheets and scores of the wrong type, of a rule set
id cut short, of councils of unlike sheets or with a faulty member, of a broken rule set; how
an evaluation keeps its answers (any mapping, or none), its faults and its product; what a
council says it is about; a council of one; advice on the second case of set 26; totals past
the band table of a rule set with large points; batches of ``score_many``; the tables a sheet
is scored with, one per sheet even when threads ask at once; and how an engine shows itself."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs
import pytest

import ocop
from ocop import Council, Engine, Evaluation
from ocop.errors import EvaluationError, InexactNumberError, RuleDataError, UsageError
from ocop.model import Criterion, RuleSet, SheetStore, StarClass
from ocop.scoring.engine import BATCH, in_batches
from ocop.scoring.result import Score
from ocop.scoring.tables import SheetTables
from scoring_helpers import rule_set_of_sheet

RULES = "26/2026"
RULE_SET = ocop.rules.get(RULES)
SHEET = RULE_SET.sheet(1)
BEST: dict[str, int | None] = {c.code: len(c.options) for c in SHEET.scorable}


def _messages(error: BaseException) -> tuple[str, str]:
    assert isinstance(error, ocop.OcopError)
    return error.message("vi"), error.message("en")


# -- the evaluation sheet -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "shown"),
    [([1, 2], "[1, 2]"), (5, "5"), ("4.1", "'4.1'")],
)
def test_answers_that_are_not_a_mapping_are_refused_with_their_value(
    answers: object, shown: str
) -> None:
    with pytest.raises(EvaluationError) as caught:
        Evaluation(RULES, 1, answers)  # type: ignore[arg-type]
    assert _messages(caught.value) == (
        "Phiếu đánh giá phiếu không hợp lệ (1 lỗi).\n"
        f"  - answers: câu trả lời phải là một bảng {{mã: phương án}}, không phải {shown}",
        "Evaluation sheet is invalid (1 problem).\n"
        f"  - answers: the answers must be a mapping {{code: option}}, not {shown}",
    )
    assert [p.where for p in caught.value.problems] == ["answers"]


@pytest.mark.parametrize(
    ("faults", "shown"),
    [("12", "'12'"), (5, "5"), ([[1]], "[[1]]")],
)
def test_faults_that_are_not_a_list_of_ids_are_refused_with_their_value(
    faults: object, shown: str
) -> None:
    with pytest.raises(EvaluationError) as caught:
        Evaluation(RULES, 1, BEST, faults=faults)  # type: ignore[arg-type]
    assert _messages(caught.value) == (
        "Phiếu đánh giá phiếu không hợp lệ (1 lỗi).\n"
        f"  - faults: lỗi hồ sơ phải là một danh sách mã, không phải {shown}",
        "Evaluation sheet is invalid (1 problem).\n"
        f"  - faults: the faults must be a list of ids, not {shown}",
    )
    assert [p.where for p in caught.value.problems] == ["faults"]


def test_a_council_of_something_not_a_list_is_refused_with_its_value() -> None:
    with pytest.raises(EvaluationError) as caught:
        Council(5)  # type: ignore[arg-type]
    assert _messages(caught.value) == (
        "Phiếu đánh giá hội đồng không hợp lệ (1 lỗi).\n"
        "  - evaluations: cần một danh sách phiếu, không phải 5",
        "Evaluation council is invalid (1 problem).\n"
        "  - evaluations: a list of evaluations is needed, not 5",
    )
    assert [p.where for p in caught.value.problems] == ["evaluations"]


def test_an_evaluation_without_answers_has_an_empty_read_only_mapping() -> None:
    ev = Evaluation(RULES, 1)
    assert dict(ev.answers) == {}
    assert isinstance(ev.answers, MappingProxyType)
    assert ev.plain is True
    with pytest.raises(EvaluationError) as caught:
        ocop.score(ev)
    assert [p.where for p in caught.value.problems] == [c.code for c in SHEET.scorable]


class _Answers(Mapping[str, int | None]):
    """A read-only mapping that is not a dict (and has no ``copy``)."""

    def __init__(self, data: dict[str, int | None]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> int | None:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def test_answers_from_any_mapping_are_copied_and_scored_like_a_dict() -> None:
    source = dict(BEST, **{"4.1": 2})
    answers: Mapping[str, int | None]
    for answers in (MappingProxyType(source), _Answers(source)):
        ev = Evaluation(RULES, 1, answers)
        assert dict(ev.answers) == source
        assert isinstance(ev.answers, MappingProxyType)
        assert ev.plain is True
        s = ocop.score(ev)
        assert (s.total, s.star) == (97, StarClass.THREE)
        assert s == ocop.score(Evaluation(RULES, 1, source))


def test_answers_are_copied_so_a_later_change_of_the_dict_does_not_reach_the_sheet() -> None:
    source: dict[str, int | None] = dict(BEST)
    ev = Evaluation(RULES, 1, source)
    source["4.1"] = 1
    assert ev.answers["4.1"] == 4
    assert ocop.score(ev).total == 100


def test_faults_given_as_any_list_are_kept_as_a_frozenset() -> None:
    for faults in (["1", "2"], ("2", "1"), {"1", "2"}, frozenset({"1", "2"})):
        ev = Evaluation(RULES, 1, BEST, faults=faults)
        assert ev.faults == frozenset({"1", "2"})
        assert type(ev.faults) is frozenset
        assert ev.plain is False
    assert Evaluation(RULES, 1, BEST).faults == frozenset()
    s = ocop.score(Evaluation(RULES, 1, BEST, faults=["1"]))
    assert s.star is None
    assert [f.id for f in s.disqualified] == ["1"]


@pytest.mark.parametrize("council", ["province", "central"])
def test_a_sheet_of_either_council_is_plain(council: str) -> None:
    ev = Evaluation(RULES, 1, BEST, council=council)  # type: ignore[arg-type]
    assert ev.plain is True
    assert ev.council == council


def test_a_sheet_of_an_unknown_council_is_not_plain() -> None:
    ev = Evaluation(RULES, 1, BEST, council="Central")  # type: ignore[arg-type]
    assert ev.plain is False


def test_an_evaluation_keeps_who_filled_it_and_the_product() -> None:
    ev = Evaluation(
        RULES,
        1,
        BEST,
        evaluator="Nguyễn Văn A",
        product="Cam Cao Phong",
        product_code="T-HB-001-2026",
        producer="HTX Cam Cao Phong",
    )
    assert (ev.evaluator, ev.product, ev.product_code, ev.producer) == (
        "Nguyễn Văn A",
        "Cam Cao Phong",
        "T-HB-001-2026",
        "HTX Cam Cao Phong",
    )


def test_a_council_is_about_its_own_product_else_its_members_that_name_it() -> None:
    bare = Evaluation(RULES, 1, BEST)
    named = Evaluation(
        RULES, 1, BEST, product="Cam", product_code="T-HB-001-2026", producer="HTX Cam"
    )
    other = Evaluation(RULES, 1, BEST, product="Bưởi", product_code="X", producer="HTX Bưởi")
    assert Council([bare]).about() == (None, None, None)
    assert Council([bare, named, other]).about() == ("Cam", "T-HB-001-2026", "HTX Cam")
    assert Council([bare, named], product="Cam Cao Phong").about() == (
        "Cam Cao Phong",
        "T-HB-001-2026",
        "HTX Cam",
    )
    assert Council([bare, named], producer="HTX", product_code="C").about() == (
        "Cam",
        "C",
        "HTX",
    )
    # A member that is not an evaluation (refused when scored) is passed over.
    assert Council(["not a sheet", named]).about() == (  # type: ignore[list-item]
        "Cam",
        "T-HB-001-2026",
        "HTX Cam",
    )


# -- the engine: messages -----------------------------------------------------------------


def test_an_engine_refuses_a_broken_rule_set_naming_it() -> None:
    sheet = RULE_SET.sheet(1)
    part = sheet.parts[0]
    broken_part = attrs.evolve(part, maximum=part.maximum + 1)
    broken = attrs.evolve(sheet, parts=(broken_part, *sheet.parts[1:]))
    bad = attrs.evolve(
        RULE_SET, id="broken", aliases=(), official=False, store=SheetStore.of(broken)
    )
    problems = ocop.rules.check(bad)
    assert problems
    with pytest.raises(RuleDataError) as caught:
        Engine(bad)
    assert caught.value.source == "broken"
    assert caught.value.problems == tuple(problems)
    n = len(problems)
    vi, en = _messages(caught.value)
    assert vi.splitlines()[0] == f"Dữ liệu quy tắc broken không hợp lệ ({n} lỗi)."
    assert en.splitlines()[0] == (
        f"Rule data broken is invalid ({n} problem{'s' if n > 1 else ''})."
    )


def test_an_engine_shows_its_rule_set_or_none_before_it_is_built() -> None:
    assert repr(Engine(RULE_SET)) == "Engine('26/2026/QĐ-TTg')"
    assert repr(Engine.__new__(Engine)) == "Engine(None)"


@pytest.mark.parametrize("method", ["score", "score_one", "score_range"])
def test_scoring_something_not_an_evaluation_names_its_type(method: str) -> None:
    engine = Engine(RULE_SET)
    with pytest.raises(UsageError) as caught:
        getattr(engine, method)({"4.1": 1})
    assert _messages(caught.value) == (
        "cần một Evaluation hoặc Council, không phải dict",
        "expected an Evaluation or a Council, not dict",
    )


def test_advice_on_something_not_a_score_names_its_type() -> None:
    engine = Engine(RULE_SET)
    with pytest.raises(UsageError) as caught:
        engine.advice(Evaluation(RULES, 1, BEST))  # type: ignore[arg-type]
    assert _messages(caught.value) == (
        "cần một Score, không phải Evaluation",
        "expected a Score, not Evaluation",
    )


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_classify_refuses_a_decimal_that_is_not_a_number_naming_it(value: str) -> None:
    with pytest.raises(InexactNumberError) as caught:
        Engine(RULE_SET).classify(Decimal(value))
    assert _messages(caught.value) == (
        "Điểm phải là số chính xác (int, Fraction hoặc Decimal), không phải "
        f"Decimal('{value}'); dùng Decimal('{value}').",
        f"Points must be exact (int, Fraction or Decimal), not Decimal('{value}'); "
        f"use Decimal('{value}').",
    )


def test_a_sheet_of_another_rule_set_is_named_by_its_first_forty_characters() -> None:
    spelling = "0123456789" * 5
    with pytest.raises(EvaluationError) as caught:
        Engine(RULE_SET).score(Evaluation(spelling, 1, BEST))
    head = spelling[:40]
    assert _messages(caught.value) == (
        f"Phiếu đánh giá {head}, bộ sản phẩm 1 không hợp lệ (1 lỗi).\n"
        f"  - rule_set: phiếu thuộc bộ quy tắc '{spelling}', không chấm được theo "
        "26/2026/QĐ-TTg",
        f"Evaluation {head}, product set 1 is invalid (1 problem).\n"
        f"  - rule_set: the sheet belongs to rule set '{spelling}' and cannot be scored under "
        "26/2026/QĐ-TTg",
    )


def test_score_range_of_a_wrong_answer_names_the_sheet_and_the_answer() -> None:
    with pytest.raises(EvaluationError) as caught:
        Engine(RULE_SET).score_range(Evaluation(RULES, 1, {"4.1": 9}))
    assert _messages(caught.value) == (
        "Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 1 không hợp lệ (1 lỗi).\n"
        "  - 4.1: không có phương án số 9 (chỉ có 1–4)",
        "Evaluation 26/2026/QĐ-TTg, product set 1 is invalid (1 problem).\n"
        "  - 4.1: there is no option 9 (only 1–4)",
    )


# -- councils -----------------------------------------------------------------------------


def test_a_council_of_unlike_sheets_says_what_differs_from_the_first() -> None:
    first = Evaluation(RULES, 1, BEST)
    other = Evaluation(RULES, 2, BEST, on=None, council="central")
    with pytest.raises(EvaluationError) as caught:
        Engine(RULE_SET).score(Council([first, first, other]))
    assert _messages(caught.value) == (
        "Phiếu đánh giá hội đồng không hợp lệ (2 lỗi).\n"
        "  - evaluation 3: 'product_set' = 2 khác phiếu 1 (1)\n"
        "  - evaluation 3: 'council' = 'central' khác phiếu 1 ('province')",
        "Evaluation council is invalid (2 problems).\n"
        "  - evaluation 3: 'product_set' = 2 differs from evaluation 1 (1)\n"
        "  - evaluation 3: 'council' = 'central' differs from evaluation 1 ('province')",
    )


def test_a_council_with_a_faulty_member_names_the_member_and_its_problem() -> None:
    bad = dict(BEST, **{"4.1": 9})
    members = [Evaluation(RULES, 1, BEST), Evaluation(RULES, 1, bad)]
    with pytest.raises(EvaluationError) as caught:
        Engine(RULE_SET).score(Council(members))
    assert _messages(caught.value) == (
        "Phiếu đánh giá hội đồng không hợp lệ (1 lỗi).\n"
        "  - evaluation 2: 4.1: không có phương án số 9 (chỉ có 1–4)",
        "Evaluation council is invalid (1 problem).\n"
        "  - evaluation 2: 4.1: there is no option 9 (only 1–4)",
    )


def test_a_council_of_one_scores_as_its_member() -> None:
    ev = Evaluation(RULES, 1, dict(BEST, **{"4.1": 2}))
    alone = Engine(RULE_SET).score(Council([ev]))
    single = ocop.score(ev)
    assert (alone.total, alone.band, alone.star) == (97, StarClass.FIVE, StarClass.THREE)
    assert alone.evaluators == (single,)
    assert dict(alone.points) == dict(single.points)


# -- set 26, its second case --------------------------------------------------------------


def _best_of_26(case: int) -> dict[str, int | None]:
    """Set 26 at its best under ``case`` (the first box of the highest points)."""
    out: dict[str, int | None] = {}
    for crit in RULE_SET.sheet(26).scorable:
        boxes = [(k, o) for k, o in enumerate(crit.options, 1) if not crit.cases or o.case == case]
        out[crit.code] = max(boxes, key=lambda kv: (kv[1].points, -kv[0]))[0]
    return out


def _case_two() -> dict[str, int | None]:
    """Set 26 under case 2 at its best, but 8, 9 and 15 at their lowest box of case 2 and
    1.1, 1.2 at their first: 89 points, one short of 5 stars."""
    return dict(_best_of_26(2), **{"8": 3, "9": 3, "15": 3, "1.1": 1, "1.2": 1})


def test_advice_on_the_second_case_of_set_26_names_the_boxes_of_that_case() -> None:
    engine = Engine(RULE_SET)
    score = engine.score(Evaluation(RULES, 26, _case_two(), case=2))
    assert (score.total, score.star) == (89, StarClass.FOUR)
    advice = engine.advice(score)
    assert advice.explain("vi") == (
        "Để đạt 5 sao: thiếu 1 điểm, 0 dấu sao chưa đạt.\n"
        "- 9 Đảm bảo an toàn và an ninh trật tự: từ phương án 3 (1 điểm) lên phương án 4 "
        "(2 điểm): Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, "
        "bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật và có thực hiện "
        "hướng dẫn, tập huấn thường xuyên/định kỳ cho nhân viên\n"
        "1 tiêu chí, thêm 1 điểm.\n"
        "5 sao chỉ do Hội đồng cấp trung ương công nhận; cấp tỉnh chỉ đề xuất sản phẩm tiềm "
        "năng 5 sao."
    )
    assert advice.explain("en") == (
        "To reach 5 stars: 1 point short, 0 star marks missed.\n"
        "- 9 Safety, security and public order: from option 3 (1 point) to option 4 (2 points): "
        "Meets the legal conditions on security, order, fire safety, environment and food "
        "safety, and trains its staff regularly\n"
        "1 criterion, 1 point added.\n"
        "5 stars is recognised only by the central council; a province can only propose a "
        "potential 5 stars product."
    )


def _marked_rule_set() -> RuleSet:
    """Set 26 of 26/2026 alone, as an invented rule set (not law) in which the second box of
    criterion 8 (case 1, 3 points) is the 4-star mark of case 1; case 2 has no mark on 8."""
    sheet = RULE_SET.sheet(26)

    def remark(crit: Criterion) -> Criterion:
        if crit.code != "8":
            return crit
        options = tuple(
            attrs.evolve(o, mark=StarClass.FOUR) if k == 2 else o
            for k, o in enumerate(crit.options, 1)
        )
        return attrs.evolve(crit, options=options)

    parts = tuple(
        attrs.evolve(
            part,
            sections=tuple(
                attrs.evolve(section, criteria=tuple(remark(c) for c in section.criteria))
                for section in part.sections
            ),
        )
        for part in sheet.parts
    )
    marked = attrs.evolve(sheet, parts=parts, rule_set="marked")
    return attrs.evolve(
        RULE_SET, id="marked", aliases=(), official=False, store=SheetStore.of(marked)
    )


def test_a_council_checks_the_marks_of_its_members_case() -> None:
    rule_set = _marked_rule_set()
    assert ocop.rules.check(rule_set) == []
    engine = Engine(rule_set)
    member = Evaluation("marked", 26, dict(_best_of_26(2), **{"8": 3, "2.1": 1}), case=2)
    alone = engine.score(member)
    council = engine.score(Council([member, member]))
    assert (alone.total, alone.band, alone.star) == (94, StarClass.FIVE, StarClass.FIVE)
    assert (council.total, council.band, council.star) == (94, StarClass.FIVE, StarClass.FIVE)
    # Under case 1 the mark is there: 8 at its first box (1 point) misses it.
    member = Evaluation("marked", 26, dict(_best_of_26(1), **{"8": 1, "2.1": 1}), case=1)
    alone = engine.score(member)
    council = engine.score(Council([member, member]))
    assert (alone.total, alone.band, alone.star) == (94, StarClass.FIVE, StarClass.THREE)
    assert (council.total, council.band, council.star) == (94, StarClass.FIVE, StarClass.THREE)


def test_each_case_of_set_26_has_its_own_tables() -> None:
    engine = Engine(RULE_SET)
    one, two, either = engine.tables(26, 1), engine.tables(26, 2), engine.tables(26)
    assert (one.case, two.case, either.case) == (1, 2, None)
    assert one.by_position["8"] == {None: 0, 1: 1, 2: 3}
    assert two.by_position["8"] == {None: 0, 3: 1, 4: 3}
    assert engine.tables(26, 2) is two
    assert engine.tables(1) is engine.tables(1, None)


def test_threads_that_all_miss_a_sheets_tables_get_one_and_the_same() -> None:
    engine = Engine(RULE_SET, check=False)
    found: list[SheetTables] = []
    started = threading.Semaphore(0)

    def fetch() -> None:
        started.release()
        found.append(engine.tables(3))

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    with engine._lock:  # every thread misses the cache, then waits for the one building it
        for thread in threads:
            thread.start()
        for _ in threads:
            started.acquire()
        time.sleep(0.1)
    for thread in threads:
        thread.join()
    assert len(found) == 4
    assert all(t is found[0] for t in found)
    assert engine.tables(3) is found[0]


# -- totals, codes and batches ------------------------------------------------------------


def _large_rule_set() -> RuleSet:
    """An invented rule set (not law) of one criterion worth 0, 1200 or 2000 points: totals
    past the engine's table of bands, which is kept up to 1000."""
    options: list[dict[str, Any]] = [
        {"label_vi": f"{p} điểm", "points": p} for p in (0, 1200, 2000)
    ]
    sheet_data: dict[str, Any] = {
        "format": "ocop-sheet/1",
        "rule_set": "large",
        "product_set": 1,
        "printed_title": "Phiếu thử",
        "parts": [
            {
                "code": "A",
                "points": 2000,
                "sections": [
                    {
                        "code": "1",
                        "label_vi": "Một",
                        "label_en": "One",
                        "points": 2000,
                        "criteria": [
                            {
                                "code": "1.1",
                                "label_vi": "Tiêu chí 1.1",
                                "label_en": "Criterion 1.1",
                                "points": 2000,
                                "options": options,
                            }
                        ],
                    }
                ],
            }
        ],
    }
    return rule_set_of_sheet(
        "large", sheet_data, {"1": 0, "2": 400, "3": 1000, "4": 1100, "5": 1900}
    )


def test_totals_past_the_band_table_are_classed_by_the_bands() -> None:
    engine = Engine(_large_rule_set())
    got = [
        (s.total, s.band, s.star)
        for s in (engine.score(Evaluation("large", 1, {"1.1": k})) for k in (1, 2, 3, 2, 3))
    ]
    assert got == [
        (0, StarClass.ONE, StarClass.ONE),
        (1200, StarClass.FOUR, StarClass.FOUR),
        (2000, StarClass.FIVE, StarClass.FIVE),
        (1200, StarClass.FOUR, StarClass.FOUR),
        (2000, StarClass.FIVE, StarClass.FIVE),
    ]


def test_a_sheet_answered_in_order_lists_the_sheets_codes() -> None:
    engine = Engine(RULE_SET)
    codes = tuple(c.code for c in SHEET.scorable)
    for _ in range(2):  # the first builds the tables, the second is summed straight away
        s = engine.score(Evaluation(RULES, 1, BEST))
        assert s.point_codes == codes
        assert tuple(s.points) == codes
        assert s.total == 100


def test_score_many_scores_in_batches_with_the_collector_held() -> None:
    score = ocop.score(Evaluation(RULES, 1, BEST))
    sizes: list[int] = []
    collecting: list[bool] = []

    def fill(batch: Iterator[Evaluation], out: list[Score]) -> None:
        n = sum(1 for _ in batch)
        sizes.append(n)
        collecting.append(gc.isenabled())
        out.extend([score] * n)

    was = gc.isenabled()
    gc.enable()
    try:
        out = in_batches([Evaluation(RULES, 1, BEST)] * (BATCH + 1), fill)
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()
    assert sizes == [BATCH, 1]
    assert collecting == [False, False]
    assert len(out) == BATCH + 1
