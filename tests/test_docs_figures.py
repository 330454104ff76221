"""The pictures of "OCOP in five minutes" are drawn from the library's own data.

The generators of ``docs/_ext/figures.py`` are called directly (fast); the built site is
checked to embed them in both languages.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import ocop

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import figures  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"
LANGUAGES = ("vi", "en")
RULES = ocop.rules.get("26/2026")


def _parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == "100%"
    assert root.get("viewBox", "").startswith("0 0 ")
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text
    assert root.find(f"{SVG}desc") is not None
    return root


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def _bars(root: ET.Element) -> list[int]:
    return [int(g.get("data-value", "")) for g in root.iter(f"{SVG}g") if g.get("class") == "bar"]


@pytest.fixture(scope="module")
def entries() -> tuple[ocop.register.Entry, ...]:
    return ocop.register.example().entries


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bands_bar_shows_the_thresholds_of_the_rule_set(lang: str) -> None:
    root = _parse(figures.bands_svg(RULES, lang))
    drawn = sorted(
        int(g.get("data-threshold", ""))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "threshold"
    )
    expected = sorted({b.lower for b in RULES.bands} | {RULES.maximum})
    assert drawn == expected == [0, 30, 50, 70, 90, 100]
    texts = _texts(root)
    assert all(str(t) in texts for t in expected)
    bands = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "band"]
    assert [(r.get("data-lower"), r.get("data-upper")) for r in bands] == [
        (str(b.lower), str(b.upper or RULES.maximum)) for b in RULES.bands
    ]
    for band in RULES.bands:
        assert any(band.describe(lang) in t for t in texts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_process_diagram_reads_the_rule_set_in_the_page_language(lang: str) -> None:
    root = _parse(figures.process_svg(RULES, lang))
    text = " ".join(_texts(root))
    steps = [g for g in root.iter(f"{SVG}g") if g.get("class") == "step"]
    assert len(steps) == 6
    words = figures.WORDS[lang]
    for key in ("dossier", "council", "score", "marks", "class", "certificate"):
        assert words[key] in text
    assert f"{RULES.certificate_validity_months}" in text
    assert " + ".join(f"{p.code} {p.maximum}" for p in RULES.parts) in text
    central = RULES.authorities[-1].central_body_vi if lang == "vi" else "Ministry"
    assert central is not None
    assert central in text
    other = figures.WORDS["en" if lang == "vi" else "vi"]
    assert other["certificate"] not in text
    title = root.find(f"{SVG}title")
    assert title is not None
    assert title.text == words["process_title"]


def test_councils_come_from_the_authorities() -> None:
    assert figures.councils(RULES, "vi") == [
        ("UBND cấp tỉnh", "3–4★"),
        ("Bộ Nông nghiệp và Môi trường", "5★"),
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_register_charts_account_for_every_row(
    lang: str, entries: tuple[ocop.register.Entry, ...]
) -> None:
    synthetic = figures.WORDS[lang]["synthetic"]
    assert synthetic == ("dữ liệu tổng hợp (giả lập)" if lang == "vi" else "synthetic data")
    total = ocop.report.number(len(entries), lang)
    for svg in (
        figures.register_stars_svg(entries, lang),
        figures.register_regions_svg(entries, lang),
    ):
        root = _parse(svg)
        assert sum(_bars(root)) == len(entries) == 17316
        texts = _texts(root)
        assert synthetic in texts
        assert any(total in t for t in texts)
    stars = _texts(_parse(figures.register_stars_svg(entries, lang)))
    assert ("3 sao" if lang == "vi" else "3 stars") in stars
    regions = _texts(_parse(figures.register_regions_svg(entries, lang)))
    assert ("Đồng bằng sông Hồng" if lang == "vi" else "Red River Delta") in regions


def test_national_data_is_the_reference_table_with_its_sources() -> None:
    with (DOCS / "_data" / "national_totals.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    assert all(r["source_url"].strip() for r in rows)
    assert "source" in (DOCS / "_data" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_national_chart_has_one_bar_per_row_with_a_count(lang: str) -> None:
    rows = figures.read_national()
    counted = [int(r["products_3star_plus"]) for r in rows if r["products_3star_plus"]]
    root = _parse(figures.national_svg(rows, lang))
    assert _bars(root) == counted
    assert len(counted) < len(rows)  # the footer accounts for the rows without a count
    footer = figures.WORDS[lang]["rows_drawn"].format(
        drawn=len(counted), rows=len(rows), missing=len(rows) - len(counted)
    )
    texts = _texts(root)
    assert footer in texts
    assert ocop.report.number(max(counted), lang) in texts


def test_generate_writes_every_figure(tmp_path: Path) -> None:
    paths = figures.generate(tmp_path, "en")
    assert sorted(paths) == sorted(figures.FIGURES)
    for path in paths.values():
        assert path.parent == tmp_path / "_generated"
        _parse(path.read_text(encoding="utf-8"))
    assert "_generated/" in (DOCS / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_five_minute_page_embeds_the_figures(site: Path, lang: str) -> None:
    page = (site / lang / "ocop-in-five-minutes.html").read_text(encoding="utf-8")
    for name in figures.FIGURES:
        assert f'src="_images/{name}.svg"' in page, name
        image = site / lang / "_images" / f"{name}.svg"
        assert image.exists(), image
        _parse(image.read_text(encoding="utf-8"))
    index = (site / lang / "index.html").read_text(encoding="utf-8")
    assert 'href="ocop-in-five-minutes.html"' in index
    process = (site / lang / "_images" / "process.svg").read_text(encoding="utf-8")
    assert figures.WORDS[lang]["process_title"] in process
