"""Generate the JSON Schemas of the input formats from the library's types.

Usage::

    python scripts/make_schemas.py          # writes src/ocop/schemas/*.schema.json
    python scripts/make_schemas.py --check  # exits 1 when a checked-in schema is out of date

- ``evaluation`` and ``council``: from the fields and type hints of ``ocop.Evaluation``;
- ``register``: from the column set of ``ocop.register.COLUMNS``;
- ``rule-bundle``: from the keys the rule loader accepts (``ocop.rules.loader``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import typing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import attrs  # noqa: E402

from ocop.convert import COUNCIL, EVALUATION  # noqa: E402
from ocop.register import COLUMNS  # noqa: E402
from ocop.rules import loader  # noqa: E402
from ocop.scoring import Evaluation  # noqa: E402

OUT = ROOT / "src" / "ocop" / "schemas"
BASE = "https://ocop.invalid/schemas/"

EXACT = {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": r"^-?\d+(/\d+|\.\d+)?$"}]}


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is int:
        return {"type": "integer"}
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    if hint is type(None):
        return {"type": "null"}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, __import__("types").UnionType):
        return {"anyOf": [_type_schema(a) for a in args]}
    if origin is frozenset:
        return {"type": "array", "items": _type_schema(args[0]), "uniqueItems": True}
    if (origin is not None and issubclass(origin, typing.Mapping | dict)) or origin is __import__(
        "collections.abc"
    ).abc.Mapping:
        return {"type": "object", "additionalProperties": _type_schema(args[1])}
    raise TypeError(f"no schema for {hint!r}")


def evaluation_body() -> dict[str, Any]:
    hints = typing.get_type_hints(Evaluation)
    props: dict[str, Any] = {}
    required = []
    for field in attrs.fields(Evaluation):
        if not field.init:
            continue
        props[field.name] = _type_schema(hints[field.name])
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = {
        "rule_set": "Rule set id, any usual spelling (26/2026, 26/2026/QĐ-TTg).",
        "product_set": "Product set number (1–26 under 26/2026).",
        "answers": "Criterion code → option position (1-based, in print order) or points "
        "(with by = points); null for 'not met'. A missing code is unanswered.",
        "by": "How answers name options: position (default) or points.",
        "case": "Set 26: the case that applies (1 or 2).",
        "faults": "Ids of the sheet's dossier faults found.",
        "impurities": "The sample has impurities that threaten food safety.",
        "on": "The evaluation date.",
        "council": "The council's level.",
        "evaluator": "The evaluator's name.",
        "product": "The product's name.",
        "product_code": "The product's OCOP code (T-X-STT-YYYY).",
        "producer": "The producer (chủ thể OCOP).",
    }
    for name, text in doc.items():
        props[name]["description"] = text
    return {
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def evaluation_schema() -> dict[str, Any]:
    body = evaluation_body()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "evaluation.schema.json",
        "title": "OCOP evaluation sheet",
        "description": "One evaluator's sheet for one product (ocop.Evaluation).",
        "type": "object",
        "properties": {"format": {"const": EVALUATION}, **body["properties"]},
        "required": ["format", *body["required"]],
        "additionalProperties": False,
    }


def council_schema() -> dict[str, Any]:
    member = evaluation_body()
    member["properties"] = {
        "format": {
            "enum": [EVALUATION, "ocop-evaluation/1"],
            "description": "A member's file as written may keep its format.",
        },
        **member["properties"],
    }
    about = {k: member["properties"][k] for k in ("product", "product_code", "producer")}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "council.schema.json",
        "title": "OCOP council",
        "description": "The sheets of a council's members for one product (ocop.Council).",
        "type": "object",
        "properties": {
            "format": {"const": COUNCIL},
            **about,
            "evaluations": {"type": "array", "minItems": 1, "items": member},
        },
        "required": ["format", "evaluations"],
        "additionalProperties": False,
    }


def register_schema() -> dict[str, Any]:
    value = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}
    props = {
        c.key: {**value, "title": f"{c.header_vi} / {c.header_en}", "description": c.doc}
        for c in COLUMNS
    }
    entry = {
        "type": "object",
        "properties": props,
        "required": [c.key for c in COLUMNS if c.required],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "register.schema.json",
        "title": "OCOP product register",
        "description": "A register as JSON (ocop.register.write). Keys may also be the "
        "Vietnamese or English headers; other keys are reported and ignored.",
        "type": "object",
        "properties": {
            "format": {"const": "ocop-register/1"},
            "entries": {"type": "array", "items": entry},
        },
        "required": ["entries"],
    }


def _strict(properties: dict[str, Any], required: set[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(required),
        "additionalProperties": False,
    }


def rule_bundle_schema() -> dict[str, Any]:
    text = {"type": "string"}
    texts = {"type": "array", "items": text}
    integer = {"type": "integer"}
    option = _strict(
        {
            "label_vi": text,
            "label_en": text,
            "points": {"type": "integer", "minimum": 0},
            "mark": {"type": "integer", "minimum": 2, "maximum": 9},
            "case": integer,
        },
        loader._OPTION_KEYS,
    )
    criterion_props: dict[str, Any] = {
        "code": text,
        "label_vi": text,
        "label_en": text,
        "points": integer,
        "requirements": texts,
        "descriptions": texts,
        "notes": texts,
        "condition": _strict(
            {"kind": {"const": "above_lowest"}, "criterion": text, "printed": text},
            {"kind", "criterion"},
        ),
        "case_choice": text,
        "cases": {"type": "object", "additionalProperties": text},
        "cases_en": {"type": "object", "additionalProperties": text},
        "options": {"type": "array", "items": {"$ref": "#/$defs/option"}},
        "subcriteria": {"type": "array", "items": {"$ref": "#/$defs/criterion"}},
        "yes_no": {"type": "boolean"},
    }
    assert set(criterion_props) == loader._CRITERION_KEYS | (
        loader._CRITERION_OPTIONAL - {"criteria"}
    )
    criterion = _strict(criterion_props, loader._CRITERION_KEYS)
    section = {
        "oneOf": [
            _strict(
                {
                    "code": text,
                    "label_vi": text,
                    "label_en": text,
                    "points": integer,
                    "criteria": {"type": "array", "items": {"$ref": "#/$defs/criterion"}},
                    "descriptions": texts,
                    "notes": texts,
                    "requirements": texts,
                },
                {"code", "label_vi", "label_en", "points", "criteria"},
            ),
            {"$ref": "#/$defs/criterion"},
        ]
    }
    sheet = _strict(
        {
            "format": {"const": loader.SHEET_FORMAT},
            "rule_set": text,
            "product_set": integer,
            "printed_title": text,
            "title_en": text,
            "source": text,
            "disqualification": {"type": "object"},
            "food_safety_gate": {
                "anyOf": [
                    {"type": "null"},
                    _strict(
                        {"criterion": text, "section": text, "printed": text},
                        {"criterion", "section"},
                    ),
                ]
            },
            "star_mark_note": {"anyOf": [text, {"type": "null"}]},
            "parts": {
                "type": "array",
                "items": _strict(
                    {
                        "code": text,
                        "label_vi": text,
                        "label_en": text,
                        "points": integer,
                        "sections": {"type": "array", "items": {"$ref": "#/$defs/section"}},
                    },
                    {"code", "points", "sections"},
                ),
            },
            "total": integer,
            "corrections": {"type": "array"},
            "doubts": {"type": "array"},
            "cases": {"type": "array"},
            "stop_rules": {"type": "array"},
        },
        {"format", "rule_set", "product_set", "printed_title", "parts"},
    )
    part = _strict(
        {"code": text, "label_vi": text, "label_en": text, "points": integer},
        {"code", "label_vi", "label_en", "points"},
    )
    ruleset = {
        "type": "object",
        "required": sorted(loader._RULESET_KEYS),
        "properties": {
            "format": {"const": loader.RULESET_FORMAT},
            "id": text,
            "aliases": texts,
            "title_vi": text,
            "title_en": text,
            "signed": {"type": "string", "format": "date"},
            "effective": {"type": "string", "format": "date"},
            "parts": {
                "anyOf": [
                    {"type": "object", "additionalProperties": integer},
                    {"type": "array", "items": part},
                ]
            },
            "bands": {
                "type": "object",
                "required": ["lower_bounds", "maximum"],
                "properties": {
                    "lower_bounds": {"type": "object", "additionalProperties": integer},
                    "maximum": integer,
                },
            },
            "recognised_from": integer,
            "certificate_validity_months": integer,
            "authorities": {"type": "array"},
            "sheets": {"type": "object"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "rule-bundle.schema.json",
        "title": "OCOP rule set bundle",
        "description": "A rule set with its classification and criteria sheets, in the "
        "format of the package's own data (ocop.rules.custom).",
        "type": "object",
        "properties": {
            "format": {"const": "ocop-rule-bundle/1"},
            "ruleset": ruleset,
            "classification": {"anyOf": [{"type": "null"}, {"type": "object"}]},
            "sheets": {"type": "array", "items": {"$ref": "#/$defs/sheet"}},
        },
        "required": ["format", "ruleset", "sheets"],
        "additionalProperties": False,
        "$defs": {"option": option, "criterion": criterion, "section": section, "sheet": sheet},
    }


SCHEMAS = {
    "evaluation": evaluation_schema,
    "council": council_schema,
    "register": register_schema,
    "rule-bundle": rule_bundle_schema,
}


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    OUT.mkdir(exist_ok=True)
    for name in SCHEMAS:
        path = OUT / f"{name}.schema.json"
        text = render(name)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date:", ", ".join(stale))
        return 1
    if not check:
        print(f"wrote {len(SCHEMAS)} schemas to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
