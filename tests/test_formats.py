"""The rule data formats: one description, versions that keep reading, strict documents."""

from __future__ import annotations

import json
import typing
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

import ocop
from ocop.convert import FormatError, unstructure
from ocop.errors import RuleDataError
from ocop.rules import custom
from ocop.rules.format import DOCUMENT_CLASSES, DOCUMENTS, BundleDoc, RuleSetDoc, SheetDoc
from ocop.rules.migrations import CURRENT, UPGRADES, upgrade

DATA = Path(__file__).parent / "data"
OFFICIAL = resources.files("ocop.rules") / "data"


def read(path: Any) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_bundle_written_by_release_0_1_0_still_reads() -> None:
    """``bundle-148-ocop-0.1.0.json`` was written by ``custom.export`` of release 0.1.0, in
    ``ocop-ruleset/1``; it reads, and writes back as the current version with nothing lost."""
    old = read(DATA / "bundle-148-ocop-0.1.0.json")
    assert old["ruleset"]["format"] == "ocop-ruleset/1"
    rs = custom.load(old)
    assert [(p.code, p.maximum) for p in rs.parts] == [("A", 40), ("B", 25), ("C", 35)]
    assert [b.lower for b in rs.bands] == [0, 30, 50, 70, 90]
    assert [int(v) for v in rs.policy.mark_levels] == [3, 4, 5]
    assert rs.classification is not None
    assert len(rs.classification.product_sets()) == 26
    written = custom.export(rs)
    assert written["ruleset"]["format"] == "ocop-ruleset/2"
    current = unstructure(ocop.convert.structure(upgrade(old), BundleDoc))
    assert written == current


@pytest.mark.parametrize("folder", ["qd-1048-2019", "qd-148-2023", "qd-26-2026"])
def test_the_official_files_read_through_the_upgrade(folder: str) -> None:
    """The package's ``ruleset.json`` files are written in ``ocop-ruleset/1``, parts as
    ``{"A": 40, …}``: an earlier version, read through its upgrade."""
    data = read(OFFICIAL / folder / "ruleset.json")
    doc = upgrade(data, "ocop-ruleset")
    assert doc["format"] == "ocop-ruleset/2"
    assert [p["code"] for p in doc["parts"]] == list(data["parts"])
    rs = ocop.rules.get(data["id"])
    assert [(p.code, p.label_en, p.maximum) for p in rs.parts] == [
        (p["code"], p["label_en"], p["points"]) for p in doc["parts"]
    ]


def test_each_document_class_reads_the_current_version_only() -> None:
    for name, cls in DOCUMENTS.items():
        hints = typing.get_type_hints(cls)
        assert typing.get_args(hints["format"]) == (f"{name}/{CURRENT[name]}",)
    with pytest.raises(FormatError) as info:
        ocop.convert.structure({"format": "ocop-sheet/0"}, SheetDoc)
    assert "$.format" in {p.where for p in info.value.problems}


def test_every_upgrade_leads_to_the_current_version() -> None:
    for (name, version), step in UPGRADES.items():
        assert 1 <= version < CURRENT[name]
        assert callable(step)
    for name, current in CURRENT.items():
        assert all((name, v) in UPGRADES for v in range(1, current)), name
        assert name in DOCUMENTS


def test_a_newer_version_is_refused_with_a_clear_message() -> None:
    with pytest.raises(FormatError) as info:
        upgrade({"format": "ocop-ruleset/9"}, "ocop-ruleset")
    assert [p.message("en") for p in info.value.problems] == [
        "$.format: version ocop-ruleset/9 is not supported yet; this release of the library "
        "reads up to ocop-ruleset/2"
    ]
    with pytest.raises(FormatError) as info:
        upgrade({"format": "ocop-sheet/1"}, "ocop-ruleset")
    assert "expected ocop-ruleset/2" in info.value.problems[0].message("en")
    with pytest.raises(FormatError):
        upgrade({"format": 5})


def test_documents_round_trip_through_the_converter() -> None:
    for n in (1, 26):
        data = read(OFFICIAL / "qd-26-2026" / "sheets" / f"set-{n:02d}.json")
        doc = ocop.convert.structure(data, SheetDoc)
        again = ocop.convert.structure(unstructure(doc), SheetDoc)
        assert again == doc
    meta = upgrade(read(OFFICIAL / "qd-26-2026" / "ruleset.json"), "ocop-ruleset")
    doc = ocop.convert.structure(meta, RuleSetDoc)
    assert ocop.convert.structure(unstructure(doc), RuleSetDoc) == doc


def test_every_document_class_is_frozen_and_strict() -> None:
    for cls in DOCUMENT_CLASSES:
        assert attrs.has(cls)
        assert cls.__setattr__ is not object.__setattr__, cls  # frozen
        required = {
            f.metadata.get("key", f.name) for f in attrs.fields(cls) if f.default is attrs.NOTHING
        }
        with pytest.raises(FormatError) as info:
            ocop.convert.structure({"no such key": 1}, cls)
        wheres = {p.where for p in info.value.problems}
        assert "$.no such key" in wheres
        assert {f"$.{k}" for k in required} <= wheres


def test_an_unknown_key_of_an_official_file_is_refused() -> None:
    """The documents read what the data holds, and nothing else (a new optional key is one
    field of its document class)."""
    data = read(OFFICIAL / "qd-26-2026" / "sheets" / "set-18.json")
    data["disqualification"]["faults"][0]["weight"] = 2
    with pytest.raises(RuleDataError) as info:
        ocop.rules.loader.build_sheet(data, "set-18.json", ocop.rules.get("26/2026").parts)
    assert [p.message("en") for p in info.value.problems] == [
        "set-18.json: $.disqualification.faults[0].weight: unknown field"
    ]


def test_the_transcription_script_shares_the_format() -> None:
    script = (Path(__file__).parent.parent / "scripts" / "transcribe_26_2026.py").read_text(
        encoding="utf-8"
    )
    assert "ocop.rules.format" in script
