"""Which product a sheet is about: name, code and producer on evaluations and councils."""

from __future__ import annotations

import json

import pytest

import ocop
from ocop.convert import FormatError, from_data, loads, to_data

SHEET = ocop.rules.get("26/2026").sheet(1)
BEST = {c.code: len(c.options) for c in SHEET.scorable}


def _ev(**kw: object) -> ocop.Evaluation:
    return ocop.Evaluation("26/2026", 1, BEST, **kw)  # type: ignore[arg-type]


def test_product_fields_are_kept_through_json() -> None:
    ev = _ev(product="Cam Cao Phong", product_code="17-4-12-2026", producer="HTX Cao Phong")
    data = to_data(ev)
    assert data["format"] == "ocop-evaluation/2"
    assert data["product"] == "Cam Cao Phong"
    assert loads(json.dumps(data)) == ev
    council = ocop.Council([ev, _ev()], product="Cam Cao Phong")
    back = from_data(to_data(council))
    assert back == council
    assert back.about() == ("Cam Cao Phong", "17-4-12-2026", "HTX Cao Phong")


def test_explanations_name_the_product() -> None:
    ev = _ev(product="Cam Cao Phong", product_code="17-4-12-2026", producer="HTX Cao Phong")
    text = ocop.score(ev).explain("en")
    assert "Product: Cam Cao Phong, code 17-4-12-2026, producer: HTX Cao Phong." in text
    assert "Sản phẩm: Cam Cao Phong" in ocop.score(ocop.Council([ev, ev])).explain("vi")
    assert "Product:" not in ocop.score(_ev()).explain("en")


def test_documents_of_the_earlier_version_still_read() -> None:
    old = {"format": "ocop-evaluation/1", "rule_set": "26/2026", "product_set": 1, "answers": BEST}
    assert from_data(old) == _ev()
    council = {"format": "ocop-council/1", "evaluations": [{**old}, {**old}]}
    assert from_data(council) == ocop.Council([_ev(), _ev()])
    with pytest.raises(FormatError, match=r"\$\.product"):
        from_data({**old, "product": "Cam"})


def test_a_council_of_member_files_as_written() -> None:
    member = to_data(_ev(evaluator="A"))
    council = from_data({"format": "ocop-council/2", "evaluations": [member, member]})
    assert council == ocop.Council([_ev(evaluator="A")] * 2)
    with pytest.raises(FormatError, match=r"evaluations\[1\]\.format"):
        from_data({"format": "ocop-council/2", "evaluations": [member, {**member, "format": "x"}]})


def test_a_byte_order_mark_is_ignored() -> None:
    assert loads("\ufeff" + json.dumps(to_data(_ev()))) == _ev()
