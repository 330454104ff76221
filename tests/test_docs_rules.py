"""The rules reference: every criterion of every sheet at a stable anchor, everything the sheet
prints, the criteria index and the blank forms, in both languages.

The generator is called directly for the quick checks; the built site (the session fixture
``site``) for what the reader gets.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ocop
from ocop.errors import MissingExtraError
from ocop.model import Criterion, Sheet

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import rules_anchors  # noqa: E402
import rules_forms  # noqa: E402
import rules_reference  # noqa: E402

LANGUAGES = ("vi", "en")
RS = ocop.rules.get("26/2026")
SHEETS = list(RS.sheets())
MARKER = re.compile(r"^% ocop-anchor: (.+)$", re.MULTILINE)


def _criteria(sheet: Sheet) -> Iterator[Criterion]:
    for part in sheet.parts:
        for section in part.sections:
            for crit in section.criteria:
                yield crit
                yield from crit.subcriteria


def _expected_anchors(sheet: Sheet) -> set[str]:
    anchors = {"c-" + c.code.replace(".", "-") for c in _criteria(sheet)}
    for part in sheet.parts:
        anchors.add(f"part-{part.code.lower()}")
        anchors |= {f"s-{s.code}" for s in part.sections}
    return anchors


def _anchors(page: str) -> list[str]:
    return [a for line in MARKER.findall(page) for a in line.split()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_criterion_of_every_sheet_has_its_own_anchor(lang: str) -> None:
    for sheet in SHEETS:
        anchors = _anchors(rules_reference.sheet_page(RS, sheet, lang))
        assert len(anchors) == len(set(anchors)), sheet.product_set
        assert _expected_anchors(sheet) <= set(anchors), sheet.product_set
    assert {"c-4-1", "c-7", "s-7", "part-a"} <= set(
        _anchors(rules_reference.sheet_page(RS, RS.sheet(1), lang))
    )
    assert "c-6-1-2" in _anchors(rules_reference.sheet_page(RS, RS.sheet(11), lang))


def test_the_page_language_leads() -> None:
    vi = rules_reference.sheet_page(RS, RS.sheet(1), "vi")
    en = rules_reference.sheet_page(RS, RS.sheet(1), "en")
    anchor = "\n% ocop-anchor: c-4-1\n\n"
    assert f"#### 4.1 Khu vực phân phối chính (5){anchor}*Main distribution area*" in vi
    assert f"#### 4.1 Main distribution area (5){anchor}Khu vực phân phối chính" in en
    assert "| # | Điểm | Dấu sao | Phương án |" in vi
    assert "| # | Points | Star mark | Option |" in en
    # the Vietnamese is the law: an English page shows every printed option too
    for opt in RS.sheet(1).criterion("4.1").options:
        assert f"— {rules_anchors.md(opt.label_vi)} |" in en


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheet_pages_show_everything_printed(lang: str) -> None:
    for sheet in SHEETS:
        page = rules_reference.sheet_page(RS, sheet, lang)
        for crit in _criteria(sheet):
            for text in (*crit.descriptions, *crit.requirements, *crit.notes):
                assert rules_anchors.md(text) in page, (sheet.product_set, crit.code)
            if crit.condition is not None:
                assert rules_anchors.md(crit.condition.printed) in page
        if sheet.star_mark_note:
            assert "% ocop-anchor: footer" in page
            assert rules_anchors.md(sheet.star_mark_note, start=True) in page
        if sheet.food_safety_gate is not None:
            assert rules_anchors.md(sheet.food_safety_gate.printed) in page
        if sheet.disqualification_printed:
            assert rules_anchors.md(sheet.disqualification_printed) in page
        fault = "Mã" if lang == "vi" else "Fault"
        for f in sheet.faults:
            assert f"- **{fault} {f.id}:** {rules_anchors.md(f.label_vi)}" in page or (
                f"- **{fault} {f.id}:** {rules_anchors.md(f.label_en or '')}" in page
            )
        for case in sheet.cases:
            assert rules_anchors.md(case.label_vi) in page
    first = rules_reference.sheet_page(RS, RS.sheet(1), lang)
    for code in ("1.4", "4.2", "7", "8"):
        (description,) = RS.sheet(1).criterion(code).descriptions
        assert rules_anchors.md(description) in first
    assert "Dấu sao là yêu cầu tối thiểu" in first


def test_the_case_column_only_on_the_sheet_with_cases() -> None:
    for sheet in SHEETS:
        vi = rules_reference.sheet_page(RS, sheet, "vi")
        en = rules_reference.sheet_page(RS, sheet, "en")
        assert ("| TH |" in vi) is bool(sheet.cases), sheet.product_set
        assert ("| Case |" in en) is bool(sheet.cases), sheet.product_set
    assert [s.product_set for s in SHEETS if s.cases] == [26]
    page = rules_reference.sheet_page(RS, RS.sheet(26), "vi")
    # each criterion with cases names them in full, as it prints them
    assert "- **Trường hợp 2:** Điểm dịch vụ du lịch — *Tourism service point*" in page
    assert "- **Trường hợp 2** (TH2): Điểm dịch vụ du lịch hoặc dịch vụ du lịch do tổ chức" in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_state_the_source_and_the_date_checked(lang: str) -> None:
    assert RS.checked is not None
    day = RS.checked
    shown = f"{day.day}/{day.month}/{day.year}" if lang == "vi" else f"{day.day} November 2026"
    pages = [rules_reference.sheet_page(RS, s, lang) for s in SHEETS]
    pages += [rules_reference.criteria_index(RS, lang), rules_reference.overview(lang)]
    for page in pages:
        assert shown in page
        assert "26/2026/QĐ-TTg" in page
        assert ("22/5/2026" if lang == "vi" else "22 May 2026") in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_criteria_index_links_every_criterion_to_its_anchor(lang: str) -> None:
    index = rules_reference.criteria_index(RS, lang)
    links = set(re.findall(r"\]\((set-\d\d)\.md#([a-z0-9-]+)\)", index))
    anchors = {
        (f"set-{s.product_set:02d}", a)
        for s in SHEETS
        for a in _anchors(rules_reference.sheet_page(RS, s, lang))
    }
    assert links <= anchors
    expected = {
        (f"set-{s.product_set:02d}", "c-" + c.code.replace(".", "-"))
        for s in SHEETS
        for c in _criteria(s)
    }
    assert links == expected
    heading = "Câu chuyện sản phẩm" if lang == "vi" else "Product story — Câu chuyện sản phẩm"
    assert f"### {heading}\n" in index
    assert "% ocop-anchor: cau-chuyen-san-pham" in index


def test_forms_are_written_once_and_kept_when_unchanged(tmp_path: Path) -> None:
    written = rules_forms.write_forms(tmp_path, [1, 26], ("vi", "en"))
    assert not written.missing
    names = set(written.files.values())
    assert {p.name for p in tmp_path.iterdir()} == names
    assert "ocop-form-set-26-en.xlsx" in names
    assert "ocop-form-set-01.json" in names
    assert "ocop-form-set-01-en.json" not in names  # the JSON form holds both languages
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    rules_forms.write_forms(tmp_path, [1, 26], ("vi", "en"))
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == stamps


def test_without_openpyxl_the_page_says_why_there_is_no_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_openpyxl(*args: Any, **kwargs: Any) -> None:
        raise MissingExtraError("xlsx", "xlsx", "openpyxl")

    monkeypatch.setattr(rules_forms, "write_xlsx", no_openpyxl)
    written = rules_forms.write_forms(tmp_path, [1], ("vi",))
    assert written.missing == {"xlsx": "openpyxl"}
    assert not list(tmp_path.glob("*.xlsx"))
    page = rules_reference.sheet_page(RS, RS.sheet(1), "vi", written)
    assert "ocop-form-set-01.htm" in page
    assert "ocop-form-set-01.xlsx" not in page
    assert "thiếu gói openpyxl" in page


# The built site.


def _page(site: Path, lang: str, name: str) -> str:
    return (site / lang / "rules" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_built_pages_have_every_anchor_in_their_contents(site: Path, lang: str) -> None:
    for sheet in SHEETS:
        page = _page(site, lang, f"set-{sheet.product_set:02d}.html")
        ids = set(re.findall(r'<(?:section|span) id="([^"]+)"', page))
        assert _expected_anchors(sheet) <= ids, sheet.product_set
        toc = page[page.index('class="toc-tree"') :]
        for crit in _criteria(sheet):
            if crit.code not in {s.code for p in sheet.parts for s in p.sections}:
                assert f'href="#c-{crit.code.replace(".", "-")}"' in toc
        assert "to-chuc-san-xuat" not in ids
    first = _page(site, lang, "set-01.html")
    assert "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao (*** - 3 sao" in first
    assert "Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường" in first
    assert "rules.css" in first
    assert (site / lang / "_static" / "rules.css").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_criteria_are_search_titles(site: Path, lang: str) -> None:
    text = (site / lang / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    docnames = index["docnames"]
    title = "4.1 Khu vực phân phối chính (5)" if lang == "vi" else "4.1 Main distribution area (5)"
    found = {(docnames[d], anchor) for d, anchor in index["alltitles"][title]}
    assert ("rules/set-01", "c-4-1") in found
    group = "Câu chuyện sản phẩm" if lang == "vi" else "Product story — Câu chuyện sản phẩm"
    assert ("rules/criteria", "cau-chuyen-san-pham") in {
        (docnames[d], anchor) for d, anchor in index["alltitles"][group]
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_criteria_index_links_resolve(site: Path, lang: str) -> None:
    index = _page(site, lang, "criteria.html")
    assert 'href="criteria.html"' in _page(site, lang, "index.html")
    links = set(re.findall(r'href="(set-\d\d\.html)#([^"]+)"', index))
    assert len(links) > 26 * 30
    pages: dict[str, str] = {}
    for name, anchor in links:
        page = pages.setdefault(name, _page(site, lang, name))
        assert f'id="{anchor}"' in page, (name, anchor)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_forms_download_from_every_set_page(site: Path, lang: str) -> None:
    locales = ("vi",) if lang == "vi" else ("vi", "en")
    for sheet in SHEETS:
        page = _page(site, lang, f"set-{sheet.product_set:02d}.html")
        hrefs = {
            html.unescape(h)
            for h in re.findall(r'class="reference download internal"[^>]*href="([^"]+)"', page)
        }
        names = {Path(h).name for h in hrefs}
        for locale in locales:
            for fmt in rules_forms.LOCALE_FORMATS[locale]:
                assert rules_forms.file_name(sheet.product_set, locale, fmt) in names
        for h in hrefs:
            target = (site / lang / "rules" / h).resolve()
            assert target.is_file(), h
            assert target.stat().st_size > 1000
        form = next(h for h in hrefs if h.endswith(".htm"))
        assert "<!DOCTYPE html>" in (site / lang / "rules" / form).read_text(encoding="utf-8")
    # the site's own pages are told apart from the downloaded forms
    assert not [p for p in (site / lang / "_downloads").rglob("*.html")]
