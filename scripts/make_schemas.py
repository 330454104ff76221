"""Generate the JSON Schemas of the input formats from the library's types.

Usage::

    python scripts/make_schemas.py          # writes src/ocop/schemas/*.schema.json
    python scripts/make_schemas.py --check  # exits 1 when a checked-in schema is out of date

- ``evaluation`` and ``council``: from the fields and type hints of ``ocop.Evaluation``;
- ``score`` and ``advice``: from the output document classes of ``ocop.documents``;
- ``certificate``: from the fields and type hints of ``ocop.Certificate``;
- ``sheet``, ``ruleset``, ``classification`` and ``rule-bundle``: from the document classes of
  ``ocop.rules.format``, the one description of the rule data formats;
- ``register``: from the column set of ``ocop.register.COLUMNS``;
- ``form``: from the document classes of ``ocop.forms.document``.

Every schema describes the current version of its format; a document of an earlier version
validates once upgraded (``ocop.rules.migrations.upgrade``).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import types
import typing
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import attrs  # noqa: E402

from ocop import documents  # noqa: E402
from ocop.certificates import Certificate  # noqa: E402
from ocop.convert import ADVICE, CERTIFICATE, COUNCIL, EVALUATION, SCORE  # noqa: E402
from ocop.forms import document as form_document  # noqa: E402
from ocop.register import COLUMNS  # noqa: E402
from ocop.rules import format as rule_format  # noqa: E402
from ocop.scoring import Evaluation  # noqa: E402

OUT = ROOT / "src" / "ocop" / "schemas"
BASE = "https://ocop.invalid/schemas/"

EXACT = {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": r"^-?\d+(/\d+|\.\d+)?$"}]}


def _type_schema(hint: Any, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    """The schema of a type hint; document classes go to ``defs`` and are referenced."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is str:
        return {"type": "string"}
    if hint is Fraction:
        return EXACT
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    if hint is type(None):
        return {"type": "null"}
    if origin is typing.Literal:
        return {"const": args[0]} if len(args) == 1 else {"enum": list(args)}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [m.value for m in hint]}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(a, defs) for a in args]}
    if origin is frozenset:
        return {"type": "array", "items": _type_schema(args[0], defs), "uniqueItems": True}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if origin in (dict, Mapping):
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs)}
    if defs is not None and attrs.has(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = class_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {hint!r}")


def class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    """An object with exactly the fields of an ``attrs`` document class."""
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required = []
    for field in attrs.fields(cls):
        name = field.metadata.get("key", field.name)
        props[name] = field.metadata.get("schema") or _type_schema(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(name)
    out: dict[str, Any] = {"type": "object"}
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    if doc and not doc.startswith(cls.__name__ + "("):
        out["description"] = " ".join(doc.split())
    return {**out, "properties": props, "required": required, "additionalProperties": False}


def document_schema(
    name: str, title: str, cls: type[Any], fmt: str | None = None
) -> dict[str, Any]:
    """A top-level document: the class as the root, the classes it holds under ``$defs``;
    ``fmt`` adds the ``format`` key of documents whose class has none."""
    defs: dict[str, Any] = {}
    root = class_schema(cls, defs)
    if fmt is not None:
        root["properties"] = {"format": {"const": fmt}, **root["properties"]}
        root["required"] = ["format", *root["required"]]
    out = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + f"{name}.schema.json",
        "title": title,
        **root,
    }
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out


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


def score_schema() -> dict[str, Any]:
    return document_schema("score", "OCOP score", documents.ScoreDoc, SCORE)


def advice_schema() -> dict[str, Any]:
    return document_schema("advice", "OCOP advice", documents.AdviceDoc, ADVICE)


def certificate_schema() -> dict[str, Any]:
    return document_schema("certificate", "OCOP certificate", Certificate, CERTIFICATE)


def sheet_schema() -> dict[str, Any]:
    return document_schema("sheet", "OCOP criteria sheet", rule_format.SheetDoc)


def ruleset_schema() -> dict[str, Any]:
    return document_schema("ruleset", "OCOP rule set", rule_format.RuleSetDoc)


def classification_schema() -> dict[str, Any]:
    return document_schema(
        "classification", "OCOP classification tree", rule_format.ClassificationDoc
    )


def rule_bundle_schema() -> dict[str, Any]:
    return document_schema("rule-bundle", "OCOP rule set bundle", rule_format.BundleDoc)


def form_schema() -> dict[str, Any]:
    return document_schema("form", "OCOP evaluation form", form_document.FormDoc)


SCHEMAS = {
    "form": form_schema,
    "evaluation": evaluation_schema,
    "council": council_schema,
    "score": score_schema,
    "advice": advice_schema,
    "certificate": certificate_schema,
    "register": register_schema,
    "sheet": sheet_schema,
    "ruleset": ruleset_schema,
    "classification": classification_schema,
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
