"""The documentation builds in both languages with warnings as errors.

The rules reference covers all sets; every page says its language and links the other.

The code examples of the pages run as doctests with the rest of the suite (``*.md``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("vi", "en")


def _sources(lang: str) -> set[str]:
    tree = DOCS / lang
    return {
        p.relative_to(tree).as_posix()
        for p in tree.rglob("*.md")
        if "rules" not in p.relative_to(tree).parts
    }


def test_both_languages_have_the_same_pages() -> None:
    assert _sources("vi") == _sources("en")


def _search_terms(tree: Path) -> set[str]:
    text = (tree / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text.removeprefix("Search.setIndex(").removesuffix(")"))
    return set(index["terms"])


def test_docs_build_without_warnings(site: Path) -> None:
    for lang in LANGUAGES:
        pages = sorted(p.name for p in (site / lang / "rules").glob("set-*.html"))
        assert pages == [f"set-{n:02d}.html" for n in range(1, 27)]
        page = (site / lang / "rules" / "set-22.html").read_text(encoding="utf-8")
        assert "CÁC CHỈ TIÊU (24)" in page
        first = (site / lang / "rules" / "set-01.html").read_text(encoding="utf-8")
        assert "Khu vực phân phối chính" in first
        assert "Main distribution area" in first
        assert (site / lang / "reference" / "api.html").exists()
    assert (site / "index.html").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_says_its_language_and_links_the_other(site: Path, lang: str) -> None:
    other = "en" if lang == "vi" else "vi"
    pages = [p for p in (site / lang).rglob("*.html") if "_modules" not in p.parts]
    assert len(pages) > 50
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert re.search(f'<html [^>]*lang="{lang}"', text), page
        name = page.relative_to(site / lang).as_posix()
        if name in ("genindex.html", "search.html", "py-modindex.html"):
            continue
        href = "../" * name.count("/") + f"../{other}/{name}"
        assert 'class="ocop-lang-switch"' in text, page
        assert f'href="{href}" hreflang="{other}"' in text, page
        assert (site / other / name).exists(), name


def test_vietnamese_search_keeps_words_whole(site: Path) -> None:
    vi = _search_terms(site / "vi")
    assert {"sản", "phẩm", "chuyện", "chứng", "nhận"} <= vi
    assert "product" in vi  # English words on Vietnamese pages are kept whole too
    en = _search_terms(site / "en")
    assert "certif" in en  # the English pages keep the English stemmer
    assert "certificate" not in en


def test_the_rules_reference_is_generated_not_edited() -> None:
    sys.path.insert(0, str(DOCS / "_ext"))
    import rules_reference

    rs = __import__("ocop").rules.get("26/2026")
    page = rules_reference.sheet_page(rs, rs.sheet(4))
    assert page.startswith(rules_reference.HEADER)
    assert "| 3 | 3 |  | Có trên 2 chỉ tiêu — *More than 2 indicators* |" in page
    english = rules_reference.sheet_page(rs, rs.sheet(4), "en")
    assert "| 3 | 3 |  | More than 2 indicators — Có trên 2 chỉ tiêu |" in english
    assert "in '13' → 3" in page
    ignored = (DOCS / ".gitignore").read_text(encoding="utf-8")
    assert "rules/" in ignored
