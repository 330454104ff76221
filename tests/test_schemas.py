"""The checked-in JSON Schemas are current and accept the examples."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import ocop
from ocop.convert import to_data
from ocop.register import example, write
from ocop.rules import custom

ROOT = Path(__file__).resolve().parent.parent


def schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources.files("ocop") / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_schemas_are_generated_from_the_current_types() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_schemas.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("name", ["rau-cu-qua.json", "du-lich-cong-dong.json", "che-hoi-dong.json"])
def test_example_sheets_validate(name: str) -> None:
    data = json.loads(
        (resources.files("ocop") / "data" / "examples" / name).read_text(encoding="utf-8")
    )
    kind = "council" if data["format"] == "ocop-council/2" else "evaluation"
    jsonschema.validate(data, schema(kind))


def test_written_documents_validate() -> None:
    sheet = ocop.rules.get("26/2026").sheet(26)
    ev = ocop.Evaluation("26/2026", 26, {c.code: 1 for c in sheet.scorable}, case=1, faults={"x"})
    jsonschema.validate(to_data(ev), schema("evaluation"))
    jsonschema.validate(to_data(ocop.Council([ev, ev])), schema("council"))
    bad = to_data(ev) | {"answers": {"1.1": "1"}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema("evaluation"))


def test_register_json_validates() -> None:
    out = io.StringIO()
    write(example().entries[:200], out, format="json")
    jsonschema.validate(json.loads(out.getvalue()), schema("register"))


def test_rule_bundles_validate() -> None:
    jsonschema.validate(
        json.loads((ROOT / "examples" / "self-assessment.json").read_text(encoding="utf-8")),
        schema("rule-bundle"),
    )
    bundle = json.loads(json.dumps(custom.export(ocop.rules.get("26/2026")), ensure_ascii=False))
    jsonschema.validate(bundle, schema("rule-bundle"))
    bundle["sheets"][0]["parts"][0]["sections"][0]["weight"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bundle, schema("rule-bundle"))
