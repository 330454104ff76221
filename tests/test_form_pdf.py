"""The HTML form of set 1 printed by headless Chromium on A4, checked in the PDF itself."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ocop.forms import blank, form_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
A4 = (595, 842)  # points

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)",
)


def print_to_pdf(html: Path, pdf: Path) -> None:
    assert CHROMIUM is not None
    subprocess.run(
        [CHROMIUM, *FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
        capture_output=True,
        check=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    from pypdf import PdfReader

    folder = tmp_path_factory.mktemp("pdf")
    html = folder / "form.html"
    html.write_text(form_html(blank(1), "vi"), encoding="utf-8")
    pdf = folder / "form.pdf"
    print_to_pdf(html, pdf)
    reader = PdfReader(pdf)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == A4
    return [page.extract_text() for page in reader.pages]


def _rows_by_page(pages: list[str]) -> list[list[tuple[str, int]]]:
    """Per page: (criterion code, tick boxes before the next row) in print order, and the
    boxes found on a page before its first row under the code ``""``."""
    form = blank(1)
    starts = {f"{row.code} {row.label_vi[:12]}": row.code for row in form.rows}
    out = []
    for text in pages:
        found: list[tuple[str, int]] = [("", 0)]
        for line in text.splitlines():
            line = line.strip()
            code = next((c for s, c in starts.items() if line.startswith(s)), None)
            if code is not None:
                found.append((code, 0))
            elif line.startswith("Hồ sơ bị loại khi"):
                found.append(("faults", 0))
            if "☐" in line:
                name, count = found[-1]
                found[-1] = (name, count + line.count("☐"))
        out.append(found)
    return out


def test_every_criterion_code_appears(pages: list[str]) -> None:
    printed = [code for page in _rows_by_page(pages) for code, _n in page]
    assert [c for c in printed if c not in ("", "faults")] == list(blank(1).codes)


def test_each_criterion_has_a_box_per_option_and_no_row_is_split(pages: list[str]) -> None:
    form = blank(1)
    for number, page in enumerate(_rows_by_page(pages), 1):
        orphan = page[0][1]
        assert orphan == 0, f"page {number} starts with the rest of a row"
        for code, boxes in page[1:]:
            if code == "faults":
                assert boxes == len(form.faults) + 1  # the faults and the food-safety gate
            else:
                assert boxes == len(form.row(code).options), code
