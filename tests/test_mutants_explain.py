"""The explanation of a score, line by line in both languages: a gated sample with missed marks
and its recognising authority, a council, a disqualified dossier and a class not recognised."""

from __future__ import annotations

import datetime as dt

import pytest

import ocop
from ocop import Council, Evaluation, Score

RULES = "26/2026"
BEST: dict[str, int | None] = {
    c.code: len(c.options) for c in ocop.rules.get(RULES).sheet(1).scorable
}
LOW = dict(BEST, **{"4.1": 2, "6.3": 1, "1.4": 1})
JULY = dt.date(2026, 7, 1)
TITLE_VI = "Bộ sản phẩm 1 (Rau, củ, quả, hạt tươi), 26/2026/QĐ-TTg."
TITLE_EN = "Product set 1 (Fresh vegetables, tubers, fruit and nuts) under 26/2026/QĐ-TTg."


def _gated() -> Score:
    return ocop.score(Evaluation(RULES, 1, LOW, impurities=True, on=JULY))


def _council() -> Score:
    return ocop.score(Council([Evaluation(RULES, 1, BEST), Evaluation(RULES, 1, LOW)]))


def _disqualified() -> Score:
    return ocop.score(Evaluation(RULES, 1, dict.fromkeys(BEST), faults={"1", "2"}))


def _not_recognised() -> Score:
    return ocop.score(Evaluation(RULES, 1, dict(BEST, **{"2.2": 1}), on=JULY))


CASES = [
    (
        _gated,
        [
            TITLE_VI,
            "Tổng điểm: 85/100 (A 38/40, B 22/25, C 25/35): khoảng điểm 4 sao (từ 70 đến dưới"
            " 90 điểm).",
            "Mẫu có tạp chất nguy hại: 6.2, 6.3, 6.4 được tính 0 điểm.",
            "Dấu sao chưa đạt: 4.1 cần ít nhất phương án 3 (3 điểm) cho 4 sao, hiện có 2; 6.2"
            " cần ít nhất phương án 4 (3 điểm) cho 4 sao, hiện có 0.",
            "Hạng: 3 sao, được công nhận.",
            "Cấp công nhận ngày 2026-07-01: UBND cấp tỉnh.",
        ],
        [
            TITLE_EN,
            "Total: 85/100 (A 38/40, B 22/25, C 25/35): the band of 4 stars (70 to under 90"
            " points).",
            "Sample with harmful impurities: 6.2, 6.3, 6.4 score 0.",
            "Star marks missed: 4.1 needs at least option 3 (3 points) for 4 stars; it has 2;"
            " 6.2 needs at least option 4 (3 points) for 4 stars; it has 0.",
            "Star class: 3 stars, recognised.",
            "Recognised on 2026-07-01 by the provincial People's Committee.",
        ],
    ),
    (
        _council,
        [
            TITLE_VI,
            "Hội đồng 2 thành viên: 100, 92; điểm trung bình chính xác.",
            "Tổng điểm: 96/100 (A 39/40, B 23,5/25, C 33,5/35): khoảng điểm 5 sao (từ 90 đến"
            " 100 điểm).",
            "Dấu sao chưa đạt: 4.1 cần ít nhất phương án 4 (5 điểm) cho 5 sao, hiện có 3,5.",
            "Hạng: 4 sao, được công nhận.",
        ],
        [
            TITLE_EN,
            "Council of 2: 100, 92; the exact average is used.",
            "Total: 96/100 (A 39/40, B 23.5/25, C 33.5/35): the band of 5 stars (90 to 100"
            " points).",
            "Star marks missed: 4.1 needs at least option 4 (5 points) for 5 stars; it has 3.5.",
            "Star class: 4 stars, recognised.",
        ],
    ),
    (
        _disqualified,
        [
            TITLE_VI,
            "Tổng điểm: 0/100 (A 0/40, B 0/25, C 0/35): khoảng điểm 1 sao (dưới 30 điểm).",
            "Hồ sơ bị loại (2 lỗi, như in trên phiếu): Giả mạo hồ sơ; Không tuân thủ đầy đủ các"
            " quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định.",
        ],
        [
            TITLE_EN,
            "Total: 0/100 (A 0/40, B 0/25, C 0/35): the band of 1 star (under 30 points).",
            "Dossier disqualified (2 fault(s), as printed): Forged dossier; Not fully complying"
            " with the rules on the certificate of food-safety eligibility of the facility, as"
            " regulated.",
        ],
    ),
    (
        _not_recognised,
        [
            TITLE_VI,
            "Tổng điểm: 97/100 (A 37/40, B 25/25, C 35/35): khoảng điểm 5 sao (từ 90 đến 100"
            " điểm).",
            "Dấu sao chưa đạt: 2.2 cần ít nhất phương án 3 (2 điểm) cho 3 sao, hiện có 0.",
            "Hạng: 2 sao, không được công nhận.",
        ],
        [
            TITLE_EN,
            "Total: 97/100 (A 37/40, B 25/25, C 35/35): the band of 5 stars (90 to 100 points).",
            "Star marks missed: 2.2 needs at least option 3 (2 points) for 3 stars; it has 0.",
            "Star class: 2 stars, not recognised.",
        ],
    ),
]


@pytest.mark.parametrize(("make", "vi", "en"), CASES)
def test_explain_line_by_line(make: object, vi: list[str], en: list[str]) -> None:
    assert callable(make)
    score = make()
    assert isinstance(score, Score)
    for text, lines, interpretation in [
        (score.explain(), vi, "Cách hiểu (ocop.star-marks/1): hạng sao là hạng cao nhất s"),
        (score.explain("vi"), vi, "Cách hiểu (ocop.star-marks/1): hạng sao là hạng cao nhất s"),
        (score.explain("en"), en, "Interpretation (ocop.star-marks/1): the star class is the"),
    ]:
        got = text.split("\n")
        assert got[:-1] == lines
        assert got[-1].startswith(interpretation)


def test_the_module_function_speaks_vietnamese_by_default() -> None:
    from ocop.scoring.explain import explain

    score = _gated()
    assert explain(score) == explain(score, "vi") == score.explain()
    assert explain(score, "en") == score.explain("en")
