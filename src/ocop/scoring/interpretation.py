"""The interpretations the scoring engine applies where the decisions are silent.

Every :class:`~ocop.scoring.result.Score` names the interpretation it used
(``score.interpretation``) so that a reader can tell a rule of law from a choice of this library.
"""

from __future__ import annotations

from attrs import frozen

from ocop.i18n import Message, _


@frozen
class Interpretation:
    """A documented choice of the library, with its id and its text in both languages."""

    id: str
    statement: Message

    def text(self, locale: str = "vi") -> str:
        return self.statement.text(locale)


STAR_MARKS = Interpretation(
    id="ocop.star-marks/1",
    statement=_(
        "Hạng sao là hạng cao nhất s mà tổng điểm đạt khoảng điểm của hạng s và mọi dấu sao của "
        "các hạng không cao hơn s đều đạt (dấu sao trên một phương án nghĩa là phải đạt ít nhất "
        "phương án đó; trong OCOP các dấu sao thuộc hạng 3, 4 và 5). Vì vậy sản phẩm thiếu một "
        "dấu 3 sao không được công nhận và xếp theo tổng điểm trong 1–2 sao. Với hội đồng, tổng "
        "điểm là trung bình cộng chính xác tổng điểm của các thành viên, và dấu sao được xét "
        "trên điểm trung bình của các thành viên cho tiêu chí đó."
    ),
)

FOOD_SAFETY_GATE = Interpretation(
    id="ocop.food-safety-gate/1",
    statement=_(
        "Khi mẫu có tạp chất có nguy cơ mất an toàn thực phẩm, các tiêu chí khác của mục chỉ "
        "tiêu cảm quan được tính 0 điểm; tiêu chí mang ghi chú vẫn được chấm như đã chọn."
    ),
)

BANDS_AS_HALF_OPEN = Interpretation(
    id="ocop.bands-half-open/1",
    statement=_(
        "Khoảng điểm in dưới dạng số nguyên (70–89) được áp dụng như khoảng nửa mở của "
        "Quyết định 26/2026 (từ 70 đến dưới 90) với cùng các ngưỡng."
    ),
)
