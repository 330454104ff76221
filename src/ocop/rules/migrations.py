"""Earlier versions of the rule data formats still read: each is upgraded on the way in.

A document names its format and version (``"ocop-ruleset/1"``). When a format changes, its
version goes up, and one entry of :data:`UPGRADES` turns a document of the previous version
into the next one (plain JSON values in, plain JSON values out). Reading applies the entries in
turn up to the current version, so a file written years ago by an earlier release reads
unchanged; writing always gives the current version. A version newer than this release knows is
an error that says so.

Version 2 of ``ocop-ruleset`` names every part (``[{"code", "label_vi", "label_en",
"points"}, …]``); version 1 also allowed ``{"A": 40, "B": 25, "C": 35}``, the parts of an
OCOP sheet, whose names it took from OCOP's criteria::

    >>> from ocop.rules.migrations import upgrade
    >>> doc = upgrade({"format": "ocop-ruleset/1", "parts": {"A": 40, "B": 25, "C": 35}})
    >>> doc["format"], doc["parts"][1]["label_en"], doc["parts"][1]["points"]
    ('ocop-ruleset/2', 'Marketing capability', 25)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import Any

from ocop.converter import brief
from ocop.errors import FormatError, Problem
from ocop.i18n import _
from ocop.rules.format import BUNDLE_FORMAT, DOCUMENTS, RULESET_FORMAT

__all__ = ["CURRENT", "MAX_DEPTH", "UPGRADES", "upgrade", "upgrade_contents"]

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


@functools.cache
def ocop_part_labels() -> dict[str, tuple[str, str]]:
    """The names of OCOP's three parts, which version 1 implied: read from the rule data
    (``rules/data/parts.json``, with its source)."""
    path = resources.files("ocop.rules") / "data" / "parts.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {p["code"]: (p["label_vi"], p["label_en"]) for p in data["parts"]}


def _ruleset_1_to_2(doc: dict[str, Any]) -> dict[str, Any]:
    parts = doc.get("parts")
    if isinstance(parts, dict):
        named = []
        labels = ocop_part_labels()
        for code, points in parts.items():
            vi, en = labels.get(code, (f"Phần {code}", f"Part {code}"))
            named.append({"code": code, "label_vi": vi, "label_en": en, "points": points})
        doc = {**doc, "parts": named}
    return {**doc, "format": "ocop-ruleset/2"}


def _version(name: str, version: int) -> str:
    return f"{name}/{version}"


CURRENT: dict[str, int] = {
    "ocop-sheet": 1,
    "ocop-ruleset": int(RULESET_FORMAT.rsplit("/", 1)[1]),
    "ocop-classification": 1,
    "ocop-rule-bundle": int(BUNDLE_FORMAT.rsplit("/", 1)[1]),
}
"""The version of each format that this release writes."""

UPGRADES: dict[tuple[str, int], Upgrade] = {
    ("ocop-ruleset", 1): _ruleset_1_to_2,
}
"""``(format, version) → function`` turning a document of that version into the next one."""


def _split(fmt: Any) -> tuple[str, int] | None:
    if not isinstance(fmt, str) or "/" not in fmt:
        return None
    name, _sep, number = fmt.rpartition("/")
    if not (number.isascii() and number.isdigit()) or len(number) > 4:
        return None
    return name, int(number)


MAX_DEPTH = 40
"""The deepest nesting of lists and objects a rule document may have (the official sheets
use 11)."""


def _too_deep(doc: Any) -> bool:
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list | tuple):
            stack.extend((v, depth + 1) for v in node)
    return False


def upgrade(doc: Any, expected: str | None = None, *, path: str = "$", nested: bool = True) -> Any:
    """``doc`` in the current version of its format (with ``nested``, the documents inside a
    bundle too: see :func:`upgrade_contents`).

    ``expected`` is the format name the document must have (``"ocop-sheet"``); a wrong or
    missing format, or a version newer than this release reads, is a
    :class:`~ocop.errors.FormatError` at ``$.format``.
    """
    if not isinstance(doc, dict):
        raise FormatError(
            [Problem(path, _("cần một đối tượng JSON, không phải {value}", value=brief(doc)))]
        )
    if path == "$" and _too_deep(doc):
        raise FormatError(
            [Problem(path, _("dữ liệu lồng nhau quá sâu (tối đa {depth} tầng)", depth=MAX_DEPTH))]
        )
    found = _split(doc.get("format"))
    names = [expected] if expected else list(DOCUMENTS)
    if found is None or found[0] not in names:
        wanted = ", ".join(_version(n, CURRENT[n]) for n in names)
        raise FormatError(
            [
                Problem(
                    f"{path}.format",
                    _(
                        "định dạng {value} không được hỗ trợ (cần {wanted})",
                        value=brief(doc.get("format")),
                        wanted=wanted,
                    ),
                )
            ]
        )
    name, version = found
    if version < 1 or version > CURRENT[name]:
        raise FormatError(
            [
                Problem(
                    f"{path}.format",
                    _(
                        "phiên bản {value} chưa được hỗ trợ; phiên bản này của thư viện đọc "
                        "đến {current}",
                        value=_version(name, version),
                        current=_version(name, CURRENT[name]),
                    ),
                )
            ]
        )
    while version < CURRENT[name]:
        doc = UPGRADES[(name, version)](doc)
        version += 1
    if name == "ocop-rule-bundle" and nested:
        doc, problems = upgrade_contents(doc, path)
        if problems:
            raise FormatError(problems)
    return doc


def upgrade_contents(doc: dict[str, Any], path: str = "$") -> tuple[dict[str, Any], list[Problem]]:
    """A bundle whose documents (each with its own format and version) are upgraded, and the
    problems of those that cannot be; each of those is left as it was, in its place."""
    out = dict(doc)
    problems: list[Problem] = []
    nested: list[tuple[str, str, Any]] = [("ruleset", "ocop-ruleset", doc.get("ruleset"))]
    if doc.get("classification") is not None:
        nested.append(("classification", "ocop-classification", doc["classification"]))
    for where, name, value in nested:
        try:
            out[where] = upgrade(value, name, path=f"{path}.{where}")
        except FormatError as err:
            problems.extend(err.problems)
    sheets = doc.get("sheets")
    if isinstance(sheets, list):
        upgraded = []
        for k, sheet in enumerate(sheets):
            try:
                upgraded.append(upgrade(sheet, "ocop-sheet", path=f"{path}.sheets[{k}]"))
            except FormatError as err:
                upgraded.append(sheet)
                problems.extend(err.problems)
        out["sheets"] = upgraded
    return out, problems
