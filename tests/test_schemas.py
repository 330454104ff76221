"""The checked-in JSON Schemas are current and accept the examples."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

import ocop
from ocop.convert import to_data
from ocop.register import example, write
from ocop.rules import custom
from ocop.rules.migrations import upgrade

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


def validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator that resolves the references between the library's schemas."""
    names = ["evaluation", "council", "score", "advice"]
    registry: Registry[Any] = Registry().with_resources(
        (schema(n)["$id"], Resource.from_contents(schema(n))) for n in names
    )
    return jsonschema.Draft202012Validator(schema(name), registry=registry)


def test_every_schema_is_valid_and_checked_in() -> None:
    names = {p.name.split(".")[0] for p in (resources.files("ocop") / "schemas").iterdir()}
    assert names == {
        "advice",
        "certificate",
        "classification",
        "council",
        "evaluation",
        "form",
        "register",
        "rule-bundle",
        "ruleset",
        "score",
        "sheet",
    }
    for name in names:
        schema(name)


def test_scores_and_advice_validate() -> None:
    sheet = ocop.rules.get("26/2026").sheet(26)
    ev = ocop.Evaluation("26/2026", 26, {c.code: 1 for c in sheet.scorable}, case=1)
    score = ocop.score(ev)
    validator("score").validate(to_data(score))
    validator("score").validate(to_data(ocop.score(ocop.Council([ev, ev]))))
    validator("advice").validate(to_data(ocop.advice(score)))
    bad = to_data(score) | {"total": 1.5}
    with pytest.raises(jsonschema.ValidationError):
        validator("score").validate(bad)


def test_certificates_validate() -> None:
    cert = ocop.Certificate(star=4, decision_date=dt.date(2026, 6, 19), decision_number="12/QĐ")
    jsonschema.validate(to_data(cert), schema("certificate"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(to_data(cert) | {"star": "4"}, schema("certificate"))


def test_the_official_rule_data_validates() -> None:
    data = resources.files("ocop.rules") / "data"
    for folder in ("qd-1048-2019", "qd-148-2023", "qd-26-2026"):
        ruleset = json.loads((data / folder / "ruleset.json").read_text(encoding="utf-8"))
        jsonschema.validate(upgrade(ruleset, "ocop-ruleset"), schema("ruleset"))
    tree = json.loads((data / "qd-26-2026" / "classification.json").read_text(encoding="utf-8"))
    jsonschema.validate(tree, schema("classification"))
    for n in (1, 13, 26):
        path = data / "qd-26-2026" / "sheets" / f"set-{n:02d}.json"
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema("sheet"))


def test_rule_bundles_validate() -> None:
    jsonschema.validate(
        upgrade(
            json.loads((ROOT / "examples" / "self-assessment.json").read_text(encoding="utf-8"))
        ),
        schema("rule-bundle"),
    )
    bundle = json.loads(json.dumps(custom.export(ocop.rules.get("26/2026")), ensure_ascii=False))
    jsonschema.validate(bundle, schema("rule-bundle"))
    bundle["sheets"][0]["parts"][0]["sections"][0]["weight"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bundle, schema("rule-bundle"))
