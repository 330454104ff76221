"""Producer types and the records of a register."""

from __future__ import annotations

import pytest

from ocop.errors import OcopError
from ocop.records import producer_type, producer_types


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("HTX", "HTX"),
        ("Hợp tác xã", "HTX"),
        ("hop tac xa", "HTX"),
        ("THT", "THT"),
        ("Tổ hợp tác", "THT"),
        ("DN", "DN"),
        ("Công ty TNHH", "DN"),
        ("DNNVV", "DN"),
        ("HKD", "HKD"),
        ("Hộ kinh doanh", "HKD"),
        ("hộ sản xuất", "HKD"),
        ("Trang trại", "TTR"),
        ("Hiệp hội", "HH"),
        ("Hội", "HOI"),
        ("Trung tâm điều hành", "TTDH"),
    ],
)
def test_producer_types_by_their_usual_names(text: str, code: str) -> None:
    assert producer_type(text).code == code


def test_eight_kinds_three_only_for_tourism() -> None:
    kinds = producer_types()
    assert [k.code for k in kinds] == ["HTX", "THT", "DN", "TTR", "HKD", "HOI", "HH", "TTDH"]
    assert [k.code for k in kinds if k.tourism_only] == ["HOI", "HH", "TTDH"]
    assert all(k.label("en") and k.label("vi") for k in kinds)


def test_unknown_type_suggests() -> None:
    with pytest.raises(OcopError) as info:
        producer_type("Hợp tác")
    assert "Hợp tác xã" in info.value.message("en") or "Tổ hợp tác" in info.value.message("en")
