"""The rule data formats: one description, versions that keep reading, strict documents."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

import ocop
from ocop.convert import FormatError, unstructure
from ocop.errors import RuleDataError
from ocop.rules import custom
from ocop.rules.format import DOCUMENT_CLASSES, DOCUMENTS, RuleSetDoc, SheetDoc
from ocop.rules.migrations import CURRENT, UPGRADES, upgrade

DATA = Path(__file__).parent / "data"
OFFICIAL = resources.files("ocop.rules") / "data"


def read(path: Any) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_bundle_written_by_release_0_1_0_still_reads() -> None:
    """``bundle-148-ocop-0.1.0.json`` was written by ``custom.export`` of release 0.1.0, in
    ``ocop-ruleset/1``; it reads into the same rule set as today's export."""
    old = read(DATA / "bundle-148-ocop-0.1.0.json")
    assert old["ruleset"]["format"] == "ocop-ruleset/1"
    rs = custom.load(old)
    official = ocop.rules.get("148/QĐ-TTg")
    ours, theirs = custom.export(rs), custom.export(official)
    assert ours["classification"] == theirs["classification"]
    # Release 0.1.0 did not write the name of the missing annex; all else is the same.
    assert {k: v for k, v in ours["ruleset"].items() if k != "sheets"} == {
        k: v for k, v in theirs["ruleset"].items() if k != "sheets"
    }
    assert rs.parts == official.parts
    assert rs.bands == official.bands
    assert rs.policy == official.policy
    assert custom.export(rs)["ruleset"]["format"] == "ocop-ruleset/2"


@pytest.mark.parametrize("folder", ["qd-1048-2019", "qd-148-2023", "qd-26-2026"])
def test_the_official_files_are_version_1_and_read_through_the_upgrade(folder: str) -> None:
    data = read(OFFICIAL / folder / "ruleset.json")
    assert data["format"] == "ocop-ruleset/1"
    assert isinstance(data["parts"], dict)
    doc = upgrade(data, "ocop-ruleset")
    assert doc["format"] == "ocop-ruleset/2"
    assert [p["code"] for p in doc["parts"]] == list(data["parts"])
    rs = ocop.rules.get(data["id"])
    assert [(p.code, p.label_en, p.maximum) for p in rs.parts] == [
        (p["code"], p["label_en"], p["points"]) for p in doc["parts"]
    ]


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


def test_an_optional_key_is_one_field() -> None:
    """The documents read what the official data holds, and keep nothing else."""
    data = read(OFFICIAL / "qd-26-2026" / "sheets" / "set-18.json")
    data["disqualification"]["faults"][0]["label_en"] = "a translation"
    with pytest.raises(RuleDataError) as info:
        ocop.rules.loader.build_sheet(data, "set-18.json", ocop.rules.get("26/2026").parts)
    assert [p.message("en") for p in info.value.problems] == [
        "set-18.json: $.disqualification.faults[0].label_en: unknown field"
    ]


def test_the_transcription_script_shares_the_format() -> None:
    script = (Path(__file__).parent.parent / "scripts" / "transcribe_26_2026.py").read_text(
        encoding="utf-8"
    )
    assert "ocop.rules.format" in script
