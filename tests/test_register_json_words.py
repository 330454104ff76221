"""Broken JSON in a register is described in the library's words, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocop import register
from ocop.errors import RegisterFormatError


def test_a_json_register_nested_too_deeply(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(RegisterFormatError) as info:
        register.read(path)
    assert "quá sâu" in info.value.message("vi")
    assert "nested too deeply" in info.value.message("en")
    assert "recursion" not in str(info.value)


def test_a_broken_json_lines_record_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    good = '{"name": "Chè", "star": 4, "province": "Hà Giang"}'
    path.write_text(good + "\n" + '{"name": "Cam", "star": \n', encoding="utf-8")
    result = register.read(path)
    assert len(result.entries) == 1
    [problem] = result.report.rejected
    assert problem.row == 2
    assert "broken JSON line" in problem.message("en")
    assert "dòng JSON hỏng" in problem.message("vi")
    assert "Expecting" not in problem.message("en")
