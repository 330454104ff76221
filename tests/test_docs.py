"""The documentation builds with warnings as errors, and its rules reference covers all sets.

The code examples of the pages run as doctests with the rest of the suite (``*.md``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_docs_build_without_warnings(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(ROOT / "docs"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "rules").glob("set-*.html"))
    assert pages == [f"set-{n:02d}.html" for n in range(1, 27)]
    page = (tmp_path / "rules" / "set-22.html").read_text(encoding="utf-8")
    assert "CÁC CHỈ TIÊU (24)" in page
    first = (tmp_path / "rules" / "set-01.html").read_text(encoding="utf-8")
    assert "Khu vực phân phối chính" in first
    assert "Main distribution area" in first
    assert (tmp_path / "reference" / "api.html").exists()


def test_the_rules_reference_is_generated_not_edited() -> None:
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    import rules_reference

    page = rules_reference.sheet_page(
        __import__("ocop").rules.get("26/2026"), __import__("ocop").rules.get("26/2026").sheet(4)
    )
    assert page.startswith(rules_reference.HEADER)
    assert "| 3 | 3 |  |  | Có trên 2 chỉ tiêu — *More than 2 indicators* |" in page
    assert "in '13' → 3" in page
    ignored = (ROOT / "docs" / ".gitignore").read_text(encoding="utf-8")
    assert "rules/" in ignored
