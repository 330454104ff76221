"""The message catalogs: every message extracted, translated, with the same placeholders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

import ocop
from ocop.i18n import _n, translate

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "src" / "ocop" / "locale" / "en" / "LC_MESSAGES" / "ocop.po"


def test_every_message_is_translated_and_the_compiled_catalog_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "catalog.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_the_catalog_holds_exactly_the_messages_of_the_code(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import catalog as tools

    pot = tmp_path / "ocop.pot"
    tools.extract(pot)
    with pot.open("rb") as fh:
        extracted = {m.id for m in read_po(fh) if m.id}
    with PO.open("rb") as fh:
        catalog = {m.id for m in read_po(fh) if m.id}
    assert extracted - catalog == set()
    assert catalog - extracted == set()


def test_vietnamese_is_the_source() -> None:
    assert translate("chưa trả lời", "vi") == "chưa trả lời"
    assert translate("chưa trả lời", "en") == "unanswered"
    assert _n("{n} sao", "{n} sao", 3, n=3).text("en") == "3 stars"
    assert _n("{n} sao", "{n} sao", 1, n=1).text("en") == "1 star"
    assert _n("{n} sao", "{n} sao", 1, n=1).text("vi") == "1 sao"


def test_errors_and_explanations_speak_both_languages() -> None:
    sheet = ocop.rules.get("26/2026").sheet(1)
    score = ocop.score(
        ocop.Evaluation(
            "26/2026", 1, {c.code: 1 for c in sheet.scorable if c.code != "5.2"} | {"5.2": None}
        )
    )
    vi, en = score.explain("vi"), score.explain("en")
    assert "Tổng điểm" in vi
    assert "Total" in en
    assert not any(word in en for word in ("điểm", "sao chưa", "Hạng"))
