"""Loading rule data on its edges, word for word: what :func:`~ocop.rules.loader.read_json` says
of each file it cannot read, the official folders read from the package data (the classification
reached through ``..`` from the data root, the sheets' English titles, the classes a star mark may
name, each problem under its file), the registry's errors and its generation, and a bundle or a
folder of one's own (each problem under its file and place, the parts' names, a copy's sheets).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import types
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NoReturn, cast

import attrs
import pytest

import ocop
from ocop.errors import Problem, RuleDataError, UnknownRuleSetError, UsageError
from ocop.i18n import _
from ocop.model import RuleSet
from ocop.rules import custom, loader, registry
from ocop.rules.format import RuleSetDoc

DATA = Path(__file__).resolve().parent.parent / "src" / "ocop" / "rules" / "data"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"


def _error(call: Callable[[], object]) -> str:
    """The whole message (both languages) of the :class:`RuleDataError` that ``call`` raises."""
    with pytest.raises(RuleDataError) as caught:
        call()
    return str(caught.value)


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _example() -> dict[str, Any]:
    data: dict[str, Any] = _json(EXAMPLE)
    return data


# -- read_json ------------------------------------------------------------------------------


def test_a_number_of_thirty_digits_reads_and_one_of_thirty_one_does_not(tmp_path: Path) -> None:
    fine = tmp_path / "fine.json"
    fine.write_text('{"a": %s}' % ("7" * 30), encoding="utf-8")
    assert loader.read_json(fine) == {"a": int("7" * 30)}
    long = tmp_path / "long.json"
    long.write_text('{"a": %s}' % ("7" * 31), encoding="utf-8")
    assert _error(lambda: loader.read_json(long)) == (
        f"Dữ liệu quy tắc {long} không hợp lệ (1 lỗi).\n"
        f"  - {long}: số quá dài (31 chữ số)\n"
        f"Rule data {long} is invalid (1 problem).\n"
        f"  - {long}: number too long (31 digits)"
    )


def test_what_read_json_says_of_a_folder_broken_json_deep_nesting_and_a_nul(
    tmp_path: Path,
) -> None:
    assert _error(lambda: loader.read_json(tmp_path, "mine")) == (
        "Dữ liệu quy tắc mine không hợp lệ (1 lỗi).\n"
        "  - mine: không đọc được: 'Is a directory'\n"
        "Rule data mine is invalid (1 problem).\n"
        "  - mine: cannot be read: 'Is a directory'"
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "a": }', encoding="utf-8")
    assert _error(lambda: loader.read_json(broken)) == (
        f"Dữ liệu quy tắc {broken} không hợp lệ (1 lỗi).\n"
        f"  - {broken}: JSON hỏng: Expecting value (dòng 2, cột 8)\n"
        f"Rule data {broken} is invalid (1 problem).\n"
        f"  - {broken}: broken JSON: Expecting value (line 2, column 8)"
    )
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert _error(lambda: loader.read_json(deep, "deep")) == (
        "Dữ liệu quy tắc deep không hợp lệ (1 lỗi).\n"
        "  - deep: dữ liệu lồng nhau quá sâu\n"
        "Rule data deep is invalid (1 problem).\n"
        "  - deep: data nested too deeply"
    )
    assert _error(lambda: loader.read_json(Path("a\0b"), "nul")) == (
        "Dữ liệu quy tắc nul không hợp lệ (1 lỗi).\n"
        "  - nul: không đọc được: 'embedded null byte'\n"
        "Rule data nul is invalid (1 problem).\n"
        "  - nul: cannot be read: 'embedded null byte'"
    )


class _Failing:
    """A resource whose opening fails with ``error``."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def open(self, *args: object, **kwargs: object) -> NoReturn:
        raise self.error


def _unreadable(error: Exception) -> str:
    return _error(lambda: loader.read_json(cast(Traversable, _Failing(error)), "res"))


def test_a_long_reason_for_not_reading_is_cut_to_eighty_characters() -> None:
    cut = "'" + "x" * 78 + "…"
    assert _unreadable(OSError(5, "x" * 100)) == (
        "Dữ liệu quy tắc res không hợp lệ (1 lỗi).\n"
        f"  - res: không đọc được: {cut}\n"
        "Rule data res is invalid (1 problem).\n"
        f"  - res: cannot be read: {cut}"
    )
    assert _unreadable(ValueError("x" * 100)) == (
        "Dữ liệu quy tắc res không hợp lệ (1 lỗi).\n"
        f"  - res: không đọc được: {cut}\n"
        "Rule data res is invalid (1 problem).\n"
        f"  - res: cannot be read: {cut}"
    )
    assert _unreadable(OSError("no reason given")) == (
        "Dữ liệu quy tắc res không hợp lệ (1 lỗi).\n"
        "  - res: không đọc được: OSError('no reason given')\n"
        "Rule data res is invalid (1 problem).\n"
        "  - res: cannot be read: OSError('no reason given')"
    )


def test_a_bundle_file_is_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    script = (
        "import sys; from ocop.rules import custom; "
        "print(custom.load_file(sys.argv[1]).title_vi.encode('unicode_escape').decode())"
    )
    env = {
        **os.environ,
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONUTF8": "0",
        "PYTHONCOERCECLOCALE": "0",
        "PYTHONIOENCODING": "utf-8",
        # the package this test imported, wherever it is (an installed copy or a source tree)
        "PYTHONPATH": os.pathsep.join(
            [str(Path(ocop.__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")]
        ),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    title = custom.load_file(EXAMPLE).title_vi  # the same file read here
    assert title == _example()["ruleset"]["title_vi"]
    assert done.stdout == title.encode("unicode_escape").decode() + "\n"


def test_a_new_registry_starts_at_generation_zero_with_the_official_rule_sets_by_date() -> None:
    fresh = registry._Registry()
    assert fresh.generation == 0
    assert [rs.id for rs in fresh.all()] == ["1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg"]
    mine = custom.load_file(EXAMPLE)
    fresh.register(mine, False)
    assert fresh.generation == 1
    assert [rs is mine for rs in fresh.all()].count(True) == 1
    assert len(fresh.all()) == 4


# -- read_document, with_code, located ------------------------------------------------------


def test_a_document_of_another_kind_is_refused_by_its_format() -> None:
    data = {"format": "ocop-sheet/1"}
    assert _error(lambda: loader.read_document(data, RuleSetDoc, "mine.json")) == (
        "Dữ liệu quy tắc mine.json không hợp lệ (1 lỗi).\n"
        "  - mine.json: $.format: định dạng 'ocop-sheet/1' không được hỗ trợ"
        " (cần ocop-ruleset/2)\n"
        "Rule data mine.json is invalid (1 problem).\n"
        "  - mine.json: $.format: format 'ocop-sheet/1' is not supported"
        " (expected ocop-ruleset/2)"
    )


def test_a_place_in_a_file_names_the_code_found_on_its_path() -> None:
    data = {"parts": [{"code": "A", "sections": [{"code": "B" * 45}]}]}
    assert loader.with_code(data, "$.parts[0].points") == "$.parts[0].points (A)"
    assert (
        loader.with_code(data, "$.parts[0].sections[0]") == f"$.parts[0].sections[0] ({'B' * 40})"
    )
    assert loader.with_code(data, "$.parts[1]") == "$.parts[1]"
    assert loader.with_code(data, "x.parts[0]") == "x.parts[0]"


def test_a_problem_without_a_place_is_located_at_its_source() -> None:
    unanswered = _("chưa trả lời")
    found = loader.located("f.json", [Problem("", unanswered), Problem("$.a", unanswered)])
    assert found == [Problem("f.json", unanswered), Problem("f.json: $.a", unanswered)]


# -- build_sheet, build_classification, build_rule_set ---------------------------------------


def _sheet(**extra: object) -> dict[str, Any]:
    part = {
        "code": "A",
        "points": 3,
        "sections": [
            {
                "code": "1",
                "label_vi": "Một",
                "label_en": "One",
                "points": 3,
                "options": [{"label_vi": "Có", "points": 3}],
            }
        ],
    }
    return {
        "format": "ocop-sheet/1",
        "rule_set": "demo",
        "product_set": 1,
        "printed_title": "Demo",
        "parts": [part],
        **extra,
    }


def test_a_sheet_built_against_part_maxima_takes_the_ocop_part_names() -> None:
    sheet = loader.build_sheet(_sheet(), "demo.json", {"A": 3})
    assert [(p.code, p.label_vi, p.label_en, p.maximum) for p in sheet.parts] == [
        ("A", "Sản phẩm và sức mạnh cộng đồng", "Product and community strength", 3)
    ]
    other = _sheet()
    other["parts"][0]["code"] = "Z"
    sheet = loader.build_sheet(other, "demo.json", {"Z": 3})
    assert [(p.code, p.label_vi, p.label_en, p.maximum) for p in sheet.parts] == [
        ("Z", "Phần Z", "Part Z", 3)
    ]


def test_a_sheet_without_an_english_title_is_given_one() -> None:
    def title(number: int) -> str:
        return f"Set {number}"

    assert loader.build_sheet(_sheet(), "d.json", {"A": 3}, title_en=title).title_en == "Set 1"
    own = _sheet(title_en="Own title")
    assert loader.build_sheet(own, "d.json", {"A": 3}, title_en=title).title_en == "Own title"
    assert loader.build_sheet(_sheet(), "d.json", {"A": 3}).title_en is None


def test_a_sheet_whose_total_is_wrong_is_refused() -> None:
    assert _error(lambda: loader.build_sheet(_sheet(total=4), "d.json", {"A": 3})) == (
        "Dữ liệu quy tắc d.json không hợp lệ (1 lỗi).\n"
        "  - d.json: total: tổng 4 khác tổng các phần 3\n"
        "Rule data d.json is invalid (1 problem).\n"
        "  - d.json: total: total 4 differs from the sum of the parts 3"
    )


def _classification() -> dict[str, Any]:
    data: dict[str, Any] = _json(DATA / "qd-26-2026" / "classification.json")
    return data


def _renumbered() -> dict[str, Any]:
    data = _classification()
    data["sectors"][0]["groups"][0]["product_sets"][0]["number"] = 99
    return data


def test_a_classification_that_fails_its_checks_or_its_format_is_refused() -> None:
    assert _error(lambda: loader.build_classification({"format": "ocop-sheet/1"}, "c.json")) == (
        "Dữ liệu quy tắc c.json không hợp lệ (1 lỗi).\n"
        "  - c.json: $.format: định dạng 'ocop-sheet/1' không được hỗ trợ"
        " (cần ocop-classification/1)\n"
        "Rule data c.json is invalid (1 problem).\n"
        "  - c.json: $.format: format 'ocop-sheet/1' is not supported"
        " (expected ocop-classification/1)"
    )
    assert _error(lambda: loader.build_classification(_renumbered(), "c.json")) == (
        "Dữ liệu quy tắc c.json không hợp lệ (1 lỗi).\n"
        "  - c.json: product_sets: số bộ sản phẩm không liên tục: [99, 2, 3, 4, 5, 6, 7, 8, …]\n"
        "Rule data c.json is invalid (1 problem).\n"
        "  - c.json: product_sets: product set numbers are not 1…n in order:"
        " [99, 2, 3, 4, 5, 6, 7, 8, …]"
    )


def _ruleset_148() -> dict[str, Any]:
    data: dict[str, Any] = _json(DATA / "qd-148-2023" / "ruleset.json")
    return data


def test_a_rule_set_built_from_data_is_official_unless_told_otherwise() -> None:
    tree = ocop.rules.get("148/QĐ-TTg").classification
    assert tree is not None
    built = loader.build_rule_set(_ruleset_148(), "148.json", classification=tree)
    assert built.official is True
    assert built.classification is tree
    mine = loader.build_rule_set(_ruleset_148(), "148.json", official=False)
    assert mine.official is False
    assert mine.classification is None
    doc = loader.read_document(_ruleset_148(), RuleSetDoc, "148.json")
    again = loader.rule_set_from_document(doc, "148.json", classification=tree)
    assert again.official is True
    assert again.classification is tree
    assert loader.rule_set_from_document(doc, "148.json", official=False).official is False


def test_a_rule_set_replaced_before_it_takes_effect_is_refused() -> None:
    data = _ruleset_148()
    data["replaced"] = "2020-01-01"
    refused = (
        "Dữ liệu quy tắc 148.json không hợp lệ (1 lỗi).\n"
        "  - 148.json: replaced: ngày thay thế 2020-01-01 không sau ngày hiệu lực 2023-02-24\n"
        "Rule data 148.json is invalid (1 problem).\n"
        "  - 148.json: replaced: replacement date 2020-01-01 is not after the effective date"
        " 2023-02-24"
    )
    assert _error(lambda: loader.build_rule_set(data, "148.json")) == refused
    doc = loader.read_document(data, RuleSetDoc, "148.json")
    assert _error(lambda: loader.rule_set_from_document(doc, "148.json")) == refused


# -- official folders -------------------------------------------------------------------------


def test_the_official_rule_sets_with_their_classifications_and_sheet_titles() -> None:
    assert [rs.id for rs in ocop.rules.all()] == ["1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg"]
    qd1048, qd148, qd26 = ocop.rules.all()
    assert qd1048.classification is not None
    assert qd148.classification is not None
    assert qd26.classification is not None
    assert len(qd26.classification.product_sets()) == 26
    assert qd26.sheet(1).title_en == "Fresh vegetables, tubers, fruit and nuts"
    assert qd26.sheet(26).title_en == qd26.classification.product_set(26).label_en


def _official(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    change: Callable[[dict[str, Any]], None] = lambda meta: None,
    classification: str | None = None,
    sheets: tuple[str, ...] = (),
) -> RuleSet:
    """The official-like folder ``qd-x`` (a copy of 26/2026 named ``x/2030`` with ``sheets``)
    read as the package data: the folder is a link to a place outside the data root, and its
    classification is ``../common/classification.json`` in the data root."""
    root, elsewhere = tmp_path / "data", tmp_path / "elsewhere" / "qd-x"
    (root / "common").mkdir(parents=True)
    (elsewhere / "sheets").mkdir(parents=True)
    (root / "qd-x").symlink_to(elsewhere, target_is_directory=True)
    if classification is None:
        classification = (DATA / "qd-26-2026" / "classification.json").read_text("utf-8")
    (root / "common" / "classification.json").write_text(classification, encoding="utf-8")
    meta = _json(DATA / "qd-26-2026" / "ruleset.json")
    meta.update(id="x/2030", aliases=[], classification="../common/classification.json")
    meta["sheets"]["count"] = len(sheets)
    change(meta)
    (elsewhere / "ruleset.json").write_text(json.dumps(meta), encoding="utf-8")
    for number, text in enumerate(sheets, 1):
        (elsewhere / "sheets" / f"set-{number:02d}.json").write_text(text, encoding="utf-8")
    monkeypatch.setattr(registry, "_data_root", lambda: root)
    return registry._load_official("qd-x")


def _official_sheet(**changes: object) -> str:
    sheet = _json(DATA / "qd-26-2026" / "sheets" / "set-01.json")
    sheet.update(rule_set="x/2030", **changes)
    return json.dumps(sheet)


def test_an_official_folder_reads_its_classification_from_the_data_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qd26 = ocop.rules.get("26/2026")
    made = _official(tmp_path, monkeypatch, sheets=(_official_sheet(),))
    assert made.official is True
    assert made.classification == qd26.classification
    assert made.sheet(1) == attrs.evolve(qd26.sheet(1), rule_set="x/2030")
    assert made.sheet(1).title_en == "Fresh vegetables, tubers, fruit and nuts"


def test_an_official_folder_without_a_classification_gives_no_english_titles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unclassified(meta: dict[str, Any]) -> None:
        meta["classification"] = None

    made = _official(tmp_path, monkeypatch, change=unclassified, sheets=(_official_sheet(),))
    assert made.classification is None
    assert made.sheet(1).title_en is None


def test_official_data_problems_are_named_by_folder_and_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(meta: dict[str, Any]) -> None:
        meta["format"] = "ocop-sheet/1"

    assert _error(lambda: _official(tmp_path / "1", monkeypatch, change=broken)) == (
        "Dữ liệu quy tắc qd-x/ruleset.json không hợp lệ (1 lỗi).\n"
        "  - qd-x/ruleset.json: $.format: định dạng 'ocop-sheet/1' không được hỗ"
        " trợ (cần ocop-ruleset/2)\n"
        "Rule data qd-x/ruleset.json is invalid (1 problem).\n"
        "  - qd-x/ruleset.json: $.format: format 'ocop-sheet/1' is not supported"
        " (expected ocop-ruleset/2)"
    )
    assert _error(lambda: _official(tmp_path / "2", monkeypatch, classification="{")) == (
        "Dữ liệu quy tắc qd-x/../common/classification.json không hợp lệ (1 lỗi).\n"
        "  - qd-x/../common/classification.json: JSON hỏng: Expecting property"
        " name enclosed in double quotes (dòng 1, cột 2)\n"
        "Rule data qd-x/../common/classification.json is invalid (1 problem).\n"
        "  - qd-x/../common/classification.json: broken JSON: Expecting property"
        " name enclosed in double quotes (line 1, column 2)"
    )
    renumbered = json.dumps(_renumbered())
    assert _error(lambda: _official(tmp_path / "3", monkeypatch, classification=renumbered)) == (
        "Dữ liệu quy tắc qd-x/../common/classification.json không hợp lệ (1 lỗi).\n"
        "  - qd-x/../common/classification.json: product_sets: số bộ sản phẩm"
        " không liên tục: [99, 2, 3, 4, 5, 6, 7, 8, …]\n"
        "Rule data qd-x/../common/classification.json is invalid (1 problem).\n"
        "  - qd-x/../common/classification.json: product_sets: product set"
        " numbers are not 1…n in order: [99, 2, 3, 4, 5, 6, 7, 8, …]"
    )

    def replaced(meta: dict[str, Any]) -> None:
        meta["replaced"] = "2020-01-01"

    assert _error(lambda: _official(tmp_path / "4", monkeypatch, change=replaced)) == (
        "Dữ liệu quy tắc qd-x/ruleset.json không hợp lệ (1 lỗi).\n"
        "  - qd-x/ruleset.json: replaced: ngày thay thế 2020-01-01 không sau"
        " ngày hiệu lực 2026-05-22\n"
        "Rule data qd-x/ruleset.json is invalid (1 problem).\n"
        "  - qd-x/ruleset.json: replaced: replacement date 2020-01-01 is not"
        " after the effective date 2026-05-22"
    )


def test_an_unreadable_official_ruleset_is_named_by_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "qd-y").mkdir()
    (tmp_path / "qd-y" / "ruleset.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(registry, "_data_root", lambda: tmp_path)
    assert _error(lambda: registry._load_official("qd-y")) == (
        "Dữ liệu quy tắc qd-y/ruleset.json không hợp lệ (1 lỗi).\n"
        "  - qd-y/ruleset.json: JSON hỏng: Expecting property name enclosed in"
        " double quotes (dòng 1, cột 2)\n"
        "Rule data qd-y/ruleset.json is invalid (1 problem).\n"
        "  - qd-y/ruleset.json: broken JSON: Expecting property name enclosed in"
        " double quotes (line 1, column 2)"
    )


def test_official_sheets_are_named_by_file_and_marked_with_the_policy_classes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def four_at_most(meta: dict[str, Any]) -> None:
        meta["policy"]["mark_levels"] = [3, 4]

    made = _official(tmp_path, monkeypatch, change=four_at_most, sheets=(_official_sheet(), "{"))
    with pytest.raises(RuleDataError) as caught:
        made.sheet(1)
    assert caught.value.source == "qd-x/sheets/set-01.json"
    assert [(p.where, p.text.text("en")[:30]) for p in caught.value.problems] == [
        ("qd-x/sheets/set-01.json: 1.3 option 3", "star mark 5 is not one of 3, 4"),
        ("qd-x/sheets/set-01.json: 1.5 option 4", "star mark 5 is not one of 3, 4"),
        ("qd-x/sheets/set-01.json: 4.1 option 4", "star mark 5 is not one of 3, 4"),
    ]
    assert _error(lambda: made.sheet(2)) == (
        "Dữ liệu quy tắc qd-x/sheets/set-02.json không hợp lệ (1 lỗi).\n"
        "  - qd-x/sheets/set-02.json: JSON hỏng: Expecting property name"
        " enclosed in double quotes (dòng 1, cột 2)\n"
        "Rule data qd-x/sheets/set-02.json is invalid (1 problem).\n"
        "  - qd-x/sheets/set-02.json: broken JSON: Expecting property name"
        " enclosed in double quotes (line 1, column 2)"
    )


# -- the registry -----------------------------------------------------------------------------


def _unknown(rule_set_id: object) -> str:
    with pytest.raises(UnknownRuleSetError) as caught:
        ocop.rules.get(cast(str, rule_set_id))
    return str(caught.value)


def test_an_unknown_rule_set_names_every_known_one_registered_ones_too() -> None:
    mine = ocop.rules.register(custom.load(_example(), id="mine/1"))
    try:
        known = "1048/QĐ-TTg, 148/QĐ-TTg, mine/1, 26/2026/QĐ-TTg"
        assert _unknown("99/2099") == (
            f"Không có bộ quy tắc '99/2099'. Các bộ đã biết: {known}.\n"
            f"Unknown rule set '99/2099'. Known: {known}."
        )
        assert _unknown(12) == (
            f"Không có bộ quy tắc '12'. Các bộ đã biết: {known}.\n"
            f"Unknown rule set '12'. Known: {known}."
        )
        assert _unknown(["x"]) == (
            f"Không có bộ quy tắc '['x']'. Các bộ đã biết: {known}.\n"
            f"Unknown rule set '['x']'. Known: {known}."
        )
        assert ocop.rules.get("mine/1") is mine
    finally:
        ocop.rules.unregister("mine/1")
    assert _unknown("mine/1") == (
        "Không có bộ quy tắc 'mine/1'. Các bộ đã biết: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.\n"
        "Unknown rule set 'mine/1'. Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg."
    )


def test_the_generation_never_comes_back_to_an_earlier_value() -> None:
    seen = [ocop.rules.generation()]
    for _round in range(2):
        ocop.rules.register(custom.load(_example(), id="mine/1"))
        seen.append(ocop.rules.generation())
        ocop.rules.register(custom.load(_example(), id="mine/1"), replace=True)
        seen.append(ocop.rules.generation())
        ocop.rules.unregister("mine/1")
        seen.append(ocop.rules.generation())
    assert len(set(seen)) == len(seen)


def test_an_alias_of_an_official_rule_set_is_refused_whatever_the_other_spellings() -> None:
    for k in range(3):
        free = tuple(f"mine-{k}/alias-{n}" for n in range(20))
        mine = attrs.evolve(custom.load(_example(), id=f"mine-{k}/1"), aliases=(*free, "26/2026"))
        with pytest.raises(ocop.RuleSetConflictError) as caught:
            ocop.rules.register(mine)
        assert str(caught.value) == (
            f"Không thể ghi đè bộ quy tắc chính thức 26/2026/QĐ-TTg bằng 'mine-{k}/1'.\n"
            f"The official rule set 26/2026/QĐ-TTg cannot be overwritten by 'mine-{k}/1'."
        )
        assert not ocop.rules.is_registered(mine)
    assert ocop.rules.get("26/2026").official


# -- rule sets of one's own -------------------------------------------------------------------


def test_an_id_that_is_not_text_and_a_path_that_is_not_a_path_are_refused() -> None:
    with pytest.raises(UsageError) as caught:
        custom.load(_example(), id=cast(str, 12))
    assert str(caught.value) == (
        "mã bộ quy tắc phải là chuỗi, không phải 12\na rule set id must be a string, not 12"
    )
    with pytest.raises(UsageError) as caught:
        custom.load_file(cast(str, 12))
    assert str(caught.value) == (
        "cần đường dẫn tệp bộ quy tắc, không phải 12\nthe path of a rule bundle is needed, not 12"
    )


def test_a_bundle_that_is_not_well_formed_is_reported_under_its_source() -> None:
    assert _error(lambda: custom.load({"format": "ocop-rule-bundle/1"}, source="mine")) == (
        "Dữ liệu quy tắc mine không hợp lệ (2 lỗi).\n"
        "  - mine: $.ruleset: cần một đối tượng JSON, không phải None\n"
        "  - mine: $.sheets: thiếu trường bắt buộc\n"
        "Rule data mine is invalid (2 problems).\n"
        "  - mine: $.ruleset: expected a JSON object, not None\n"
        "  - mine: $.sheets: required field missing"
    )


def test_a_mapping_that_is_not_a_dict_loads_like_one() -> None:
    read = custom.load(types.MappingProxyType(_example()))
    assert custom.export(read) == custom.export(custom.load(_example()))


def _bundle_148() -> dict[str, Any]:
    return custom.export(ocop.rules.get("148/QĐ-TTg"))


def test_a_bundle_keeps_its_classification_and_reports_its_problems_there() -> None:
    read = custom.load(_bundle_148(), id="mine/148")
    assert read.classification == ocop.rules.get("148/QĐ-TTg").classification
    bundle = _bundle_148()
    bundle["classification"] = _renumbered()
    assert _error(lambda: custom.load(bundle)) == (
        "Dữ liệu quy tắc <data>: classification không hợp lệ (1 lỗi).\n"
        "  - <data>: classification: product_sets: số bộ sản phẩm không liên"
        " tục: [99, 2, 3, 4, 5, 6, 7, 8, …]\n"
        "Rule data <data>: classification is invalid (1 problem).\n"
        "  - <data>: classification: product_sets: product set numbers are not"
        " 1…n in order: [99, 2, 3, 4, 5, 6, 7, 8, …]"
    )


def test_every_format_problem_of_a_bundle_at_once_none_inside_an_unread_document() -> None:
    bundle = _example()
    bundle["ruleset"]["format"] = "ocop-ruleset/9"
    bundle["sheets"][0]["format"] = "ocop-sheet/9"
    bundle["sheets"][0]["product_set"] = "one"
    bundle["sheets"].append({"format": "ocop-sheet/1", "product_set": "two"})
    assert _error(lambda: custom.load(bundle)) == (
        "Dữ liệu quy tắc <data> không hợp lệ (6 lỗi).\n"
        "  - <data>: $.ruleset.format: phiên bản ocop-ruleset/9 chưa được hỗ"
        " trợ; phiên bản này của thư viện đọc đến ocop-ruleset/2\n"
        "  - <data>: $.sheets[0].format: phiên bản ocop-sheet/9 chưa được hỗ"
        " trợ; phiên bản này của thư viện đọc đến ocop-sheet/1\n"
        "  - <data>: $.sheets[1].rule_set: thiếu trường bắt buộc\n"
        "  - <data>: $.sheets[1].product_set: cần số nguyên, không phải 'two'\n"
        "  - <data>: $.sheets[1].printed_title: thiếu trường bắt buộc\n"
        "  - <data>: $.sheets[1].parts: thiếu trường bắt buộc\n"
        "Rule data <data> is invalid (6 problems).\n"
        "  - <data>: $.ruleset.format: version ocop-ruleset/9 is not supported"
        " yet; this release of the library reads up to ocop-ruleset/2\n"
        "  - <data>: $.sheets[0].format: version ocop-sheet/9 is not supported"
        " yet; this release of the library reads up to ocop-sheet/1\n"
        "  - <data>: $.sheets[1].rule_set: required field missing\n"
        "  - <data>: $.sheets[1].product_set: expected an integer, not 'two'\n"
        "  - <data>: $.sheets[1].printed_title: required field missing\n"
        "  - <data>: $.sheets[1].parts: required field missing"
    )


def _two_sheets() -> dict[str, Any]:
    bundle = _example()
    second = copy.deepcopy(bundle["sheets"][0])
    second["product_set"] = 2
    bundle["sheets"].append(second)
    bundle["ruleset"]["sheets"]["count"] = 2
    return bundle


def test_the_parts_of_each_sheet_are_named_by_the_rule_set() -> None:
    read = custom.load(_two_sheets())
    assert [(p.code, p.label_vi, p.label_en, p.maximum) for p in read.sheet(2).parts] == [
        ("A", "Tổ chức", "Organisation", 10),
        ("B", "Thị trường", "Market", 10),
        ("C", "Chất lượng", "Quality", 10),
        ("D", "Môi trường", "Environment", 10),
    ]
    assert read.official is False


def test_each_sheet_numbered_wrongly_is_reported() -> None:
    bundle = _two_sheets()
    bundle["sheets"][0]["product_set"] = 2
    bundle["sheets"][1]["product_set"] = 1
    assert _error(lambda: custom.load(bundle)) == (
        "Dữ liệu quy tắc <data> không hợp lệ (2 lỗi).\n"
        "  - <data>: sheets[0]: bộ sản phẩm phải được đánh số 1\n"
        "  - <data>: sheets[1]: bộ sản phẩm phải được đánh số 2\n"
        "Rule data <data> is invalid (2 problems).\n"
        "  - <data>: sheets[0]: product sets must be numbered 1, 2, …: expected 1\n"
        "  - <data>: sheets[1]: product sets must be numbered 1, 2, …: expected 2"
    )


def test_each_sheet_with_a_wrong_total_or_mark_is_reported_at_its_place() -> None:
    bundle = _two_sheets()
    bundle["sheets"][0]["total"] = 41
    bundle["sheets"][1]["total"] = 42
    assert _error(lambda: custom.load(bundle, source="mine")) == (
        "Dữ liệu quy tắc mine không hợp lệ (2 lỗi).\n"
        "  - mine: sheets[0]: total: tổng 41 khác tổng các phần 40\n"
        "  - mine: sheets[1]: total: tổng 42 khác tổng các phần 40\n"
        "Rule data mine is invalid (2 problems).\n"
        "  - mine: sheets[0]: total: total 41 differs from the sum of the parts 40\n"
        "  - mine: sheets[1]: total: total 42 differs from the sum of the parts 40"
    )
    bundle = _two_sheets()
    bundle["sheets"][1]["parts"][0]["sections"][0]["criteria"][0]["options"][2]["mark"] = 4
    assert _error(lambda: custom.load(bundle, source="mine")) == (
        "Dữ liệu quy tắc mine không hợp lệ (1 lỗi).\n"
        "  - mine: sheets[1]: 1.1 option 3: dấu sao 4 không thuộc các hạng 2, 3"
        " (phương án 'Có phần mềm kế toán')\n"
        "Rule data mine is invalid (1 problem).\n"
        "  - mine: sheets[1]: 1.1 option 3: star mark 4 is not one of 2, 3"
        " (option 'Có phần mềm kế toán')"
    )


def test_sheets_given_though_the_rule_set_says_none_are_available() -> None:
    bundle = _example()
    bundle["ruleset"]["sheets"] = {"available": False}
    read = custom.load(bundle)
    assert read.sheet(1) == custom.load(_example()).sheet(1)


def test_a_huge_declared_count_is_cut_in_the_message() -> None:
    bundle = _example()
    bundle["ruleset"]["sheets"]["count"] = 10**40 + 1
    assert _error(lambda: custom.load(bundle)) == (
        "Dữ liệu quy tắc <data> không hợp lệ (1 lỗi).\n"
        "  - <data>: ruleset.sheets.count: khai báo"
        " 10000000000000000000000000000… phiếu nhưng có 1\n"
        "Rule data <data> is invalid (1 problem).\n"
        "  - <data>: ruleset.sheets.count: declares"
        " 10000000000000000000000000000… sheets but 1 are given"
    )


# -- a folder laid out like the package data --------------------------------------------------


def _folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    bundle: dict[str, Any],
    *,
    classification: Any = None,
) -> Path:
    """``bundle`` as the folder ``mine`` of a new folder made the current one (so that the
    messages name ``mine/ruleset.json``); a text in place of a document is written as it is."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(tmp_path)
    folder = Path("mine")
    (folder / "sheets").mkdir(parents=True)

    def write(path: Path, document: Any) -> None:
        text = document if isinstance(document, str) else json.dumps(document)
        path.write_text(text, encoding="utf-8")

    meta = bundle["ruleset"]
    if classification is not None:
        meta["classification"] = "classification.json"
        write(folder / "classification.json", classification)
    write(folder / "ruleset.json", meta)
    for number, sheet in enumerate(bundle["sheets"], 1):
        write(folder / "sheets" / f"set-{number:02d}.json", sheet)
    return folder


def test_a_folder_with_a_classification(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, monkeypatch, _example(), classification=_classification())
    read = custom.load_file(folder)
    assert read.classification == ocop.rules.get("26/2026").classification
    assert read.sheet(1) == custom.load(_example()).sheet(1)


def test_a_folder_names_each_problem_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def load(name: str, bundle: dict[str, Any], classification: Any = None) -> str:
        folder = _folder(tmp_path / name, monkeypatch, bundle, classification=classification)
        return _error(lambda: custom.load_file(folder))

    broken = _example()
    broken["ruleset"] = "{"
    assert load("1", broken) == (
        "Dữ liệu quy tắc mine/ruleset.json không hợp lệ (1 lỗi).\n"
        "  - mine/ruleset.json: JSON hỏng: Expecting property name enclosed in"
        " double quotes (dòng 1, cột 2)\n"
        "Rule data mine/ruleset.json is invalid (1 problem).\n"
        "  - mine/ruleset.json: broken JSON: Expecting property name enclosed in"
        " double quotes (line 1, column 2)"
    )
    wrong = _example()
    wrong["ruleset"]["format"] = "ocop-sheet/1"
    assert load("2", wrong) == (
        "Dữ liệu quy tắc mine/ruleset.json không hợp lệ (1 lỗi).\n"
        "  - mine/ruleset.json: $.format: định dạng 'ocop-sheet/1' không được hỗ"
        " trợ (cần ocop-ruleset/2)\n"
        "Rule data mine/ruleset.json is invalid (1 problem).\n"
        "  - mine/ruleset.json: $.format: format 'ocop-sheet/1' is not supported"
        " (expected ocop-ruleset/2)"
    )
    assert load("3", _example(), {"format": "ocop-sheet/1"}) == (
        "Dữ liệu quy tắc mine/classification.json không hợp lệ (1 lỗi).\n"
        "  - mine/classification.json: $.format: định dạng 'ocop-sheet/1' không"
        " được hỗ trợ (cần ocop-classification/1)\n"
        "Rule data mine/classification.json is invalid (1 problem).\n"
        "  - mine/classification.json: $.format: format 'ocop-sheet/1' is not"
        " supported (expected ocop-classification/1)"
    )
    assert load("4", _example(), _renumbered()) == (
        "Dữ liệu quy tắc mine/classification.json không hợp lệ (1 lỗi).\n"
        "  - mine/classification.json: product_sets: số bộ sản phẩm không liên"
        " tục: [99, 2, 3, 4, 5, 6, 7, 8, …]\n"
        "Rule data mine/classification.json is invalid (1 problem).\n"
        "  - mine/classification.json: product_sets: product set numbers are not"
        " 1…n in order: [99, 2, 3, 4, 5, 6, 7, 8, …]"
    )
    sheets = _two_sheets()
    sheets["sheets"] = ["{", "[1"]
    assert load("5", sheets) == (
        "Dữ liệu quy tắc mine không hợp lệ (2 lỗi).\n"
        "  - mine/sheets/set-01.json: JSON hỏng: Expecting property name"
        " enclosed in double quotes (dòng 1, cột 2)\n"
        "  - mine/sheets/set-02.json: JSON hỏng: Expecting ',' delimiter (dòng"
        " 1, cột 3)\n"
        "Rule data mine is invalid (2 problems).\n"
        "  - mine/sheets/set-01.json: broken JSON: Expecting property name"
        " enclosed in double quotes (line 1, column 2)\n"
        "  - mine/sheets/set-02.json: broken JSON: Expecting ',' delimiter (line"
        " 1, column 3)"
    )
    many = _two_sheets()
    many["ruleset"]["sheets"]["count"] = 3
    many["ruleset"]["replaced"] = "2020-01-01"
    assert load("6", many) == (
        "Dữ liệu quy tắc mine không hợp lệ (2 lỗi).\n"
        "  - mine: ruleset.sheets.count: khai báo 3 phiếu nhưng có 2\n"
        "  - mine/ruleset.json: replaced: ngày thay thế 2020-01-01 không sau"
        " ngày hiệu lực 2026-01-01\n"
        "Rule data mine is invalid (2 problems).\n"
        "  - mine: ruleset.sheets.count: declares 3 sheets but 2 are given\n"
        "  - mine/ruleset.json: replaced: replacement date 2020-01-01 is not"
        " after the effective date 2026-01-01"
    )
    mark = _two_sheets()
    mark["sheets"][1]["parts"][0]["sections"][0]["criteria"][0]["options"][2]["mark"] = 4
    assert load("7", mark) == (
        "Dữ liệu quy tắc mine không hợp lệ (1 lỗi).\n"
        "  - mine/sheets/set-02.json: 1.1 option 3: dấu sao 4 không thuộc các"
        " hạng 2, 3 (phương án 'Có phần mềm kế toán')\n"
        "Rule data mine is invalid (1 problem).\n"
        "  - mine/sheets/set-02.json: 1.1 option 3: star mark 4 is not one of 2,"
        " 3 (option 'Có phần mềm kế toán')"
    )


def test_a_bundle_file_reports_its_problems_under_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _example()
    bundle["ruleset"]["sheets"]["count"] = 2
    monkeypatch.chdir(tmp_path)
    Path("mine.json").write_text(json.dumps(bundle), encoding="utf-8")
    assert _error(lambda: custom.load_file("mine.json")) == (
        "Dữ liệu quy tắc mine.json không hợp lệ (1 lỗi).\n"
        "  - mine.json: ruleset.sheets.count: khai báo 2 phiếu nhưng có 1\n"
        "Rule data mine.json is invalid (1 problem).\n"
        "  - mine.json: ruleset.sheets.count: declares 2 sheets but 1 are given"
    )


# -- the parts of a bundle as data ------------------------------------------------------------


def test_each_part_of_a_bundle_as_data() -> None:
    qd26 = ocop.rules.get("26/2026")
    bundle = custom.export(qd26)
    assert custom.ruleset_data(qd26) == bundle["ruleset"]
    assert custom.policy_data(qd26.policy) == bundle["ruleset"]["policy"]
    assert qd26.classification is not None
    assert custom.classification_data(qd26.classification) == bundle["classification"]
    assert custom.sheet_data(qd26.sheet(3)) == bundle["sheets"][2]
