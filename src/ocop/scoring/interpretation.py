"""The interpretations the scoring engine applies where the decisions are silent.

Every :class:`~ocop.scoring.result.Score` names the interpretation it used
(``score.interpretation``) so that a reader can tell a rule of law from a choice of this library.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Interpretation:
    """A documented choice of the library, with its id and its text in both languages."""

    id: str
    vi: str
    en: str

    def text(self, locale: str = "vi") -> str:
        return self.vi if locale == "vi" else self.en


STAR_MARKS = Interpretation(
    id="ocop.star-marks/1",
    vi=(
        "Hạng sao là hạng cao nhất s mà tổng điểm đạt khoảng điểm của hạng s và mọi dấu sao của "
        "các hạng không cao hơn s đều đạt (dấu sao trên một phương án nghĩa là phải đạt ít nhất "
        "phương án đó; trong OCOP các dấu sao thuộc hạng 3, 4 và 5). Vì vậy sản phẩm thiếu một "
        "dấu 3 sao không được công nhận và xếp theo tổng điểm trong 1–2 sao. Với hội đồng, tổng "
        "điểm là trung bình cộng chính xác tổng điểm của các thành viên, và dấu sao được xét "
        "trên điểm trung bình của các thành viên cho tiêu chí đó."
    ),
    en=(
        "The star class is the highest s such that the total reaches the band of s and every "
        "star mark of a level up to s is met (a mark on an option means at least that option; "
        "OCOP's marks are for levels 3, 4 and 5). So a product that misses a 3★ mark is not "
        "recognised and is classed by its total among 1★–2★. For a council, the total is the "
        "exact average of the members' totals, and a mark is checked on the members' average "
        "points for that criterion."
    ),
)

FOOD_SAFETY_GATE = Interpretation(
    id="ocop.food-safety-gate/1",
    vi=(
        "Khi mẫu có tạp chất có nguy cơ mất an toàn thực phẩm, các tiêu chí khác của mục chỉ "
        "tiêu cảm quan được tính 0 điểm; tiêu chí mang ghi chú vẫn được chấm như đã chọn."
    ),
    en=(
        "When the sample has impurities that threaten food safety, the other criteria of the "
        "sensory section score 0; the criterion that carries the note keeps its answer."
    ),
)

BANDS_AS_HALF_OPEN = Interpretation(
    id="ocop.bands-half-open/1",
    vi=(
        "Khoảng điểm in dưới dạng số nguyên (70–89) được áp dụng như khoảng nửa mở của "
        "Quyết định 26/2026 (từ 70 đến dưới 90) với cùng các ngưỡng."
    ),
    en=(
        "Integer ranges as printed (70–89) are applied as the half-open intervals of Decision "
        "26/2026 (70 to under 90) with the same cut-offs."
    ),
)
