"""Product codes: both forms parse, malformed ones say which segment is wrong."""

from __future__ import annotations

import pytest

from ocop.errors import ProductCodeError
from ocop.product_codes import is_valid, parse, validate


@pytest.mark.parametrize(
    ("text", "canonical", "era"),
    [
        ("83-829-28780-3-2022", "83-829-28780-3-2022", "district"),
        ("01-00070-12-2026", "01-00070-12-2026", "current"),
        ("01 - 00070 - 12 - 2026", "01-00070-12-2026", "current"),
        ("01–00070–5–2026", "01-00070-5-2026", "current"),
        ("25.07876.2.2026", "25.07876.2.2026".replace(".", "-"), "current"),
    ],
)
def test_codes_parse(text: str, canonical: str, era: str) -> None:
    code = parse(text)
    assert str(code) == canonical
    assert code.era == era
    assert parse(str(code)) == code


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("83-829-28780-2022", "segment 2 (X)"),
        ("01-00070-12", "code"),
        ("01-00070-1-2-3-2026", "code"),
        ("1-00070-12-2026", "segment 1 (T)"),
        ("01-0070-12-2026", "segment 2 (X)"),
        ("01-00070-A1-2026", "segment 3 (STT)"),
        ("01-00070-0-2026", "segment 3 (STT)"),
        ("01-00070-12-26", "segment 4 (YYYY)"),
        ("01-00070-12-1999", "segment 4 (YYYY)"),
        ("83-82-28780-3-2022", "segment 2 (D)"),
        ("", "code"),
    ],
)
def test_malformed_codes_name_the_segment(text: str, segment: str) -> None:
    with pytest.raises(ProductCodeError) as info:
        parse(text)
    assert info.value.segment == segment
    assert segment in info.value.message("en")


@pytest.mark.parametrize(
    ("text", "segment", "words"),
    [
        ("06-00070-1-2026", "segment 1 (T)", "no current province has the code 06"),
        ("01-99999-1-2026", "segment 2 (X)", "no commune has the code 99999"),
        ("04-00070-1-2026", "segment 2 (X)", "is not in Cao Bằng"),
        ("03-829-28780-3-2022", "segment 1 (T)", "no old province has the code 03"),
    ],
)
def test_validation_against_the_tables(text: str, segment: str, words: str) -> None:
    with pytest.raises(ProductCodeError) as info:
        validate(text)
    assert info.value.segment == segment
    assert words in info.value.message("en")
    assert not is_valid(text)


def test_valid_codes() -> None:
    assert validate("83-829-28780-3-2022").province == "83"
    assert is_valid("01-00070-12-2026")
