"""Rule sets of your own, in the data format of the official ones.

A province's pre-screening sheet, a cooperative's self-assessment, a draft of the next
decision or another country's programme built the same way (points per option, parts, bands,
per-class minimum marks) can be scored, explained and advised on by the same engine. A rule set
travels as one *bundle*::

    {"format": "ocop-rule-bundle/1",
     "ruleset": {...},          # ocop-ruleset/2, as src/ocop/rules/data/*/ruleset.json
     "classification": {...},   # ocop-classification/1, or null
     "sheets": [{...}, ...]}    # ocop-sheet/1, one per product set, numbered 1, 2, …

or as a folder laid out like the package's own data (``ruleset.json``, ``classification.json``,
``sheets/set-01.json`` …). Every check of the official data applies (:func:`ocop.rules.check`),
and every problem is reported at once with its file and location, in one
:class:`~ocop.errors.RuleDataError`: a bundle that is not even well-formed (a list where an
object belongs, text where a number belongs, a file that is not UTF-8, a folder without
``ruleset.json``) is one too, never another exception. A bundle written by an earlier release
still reads (:mod:`ocop.rules.migrations`); :func:`export` writes the current versions.

    >>> import ocop
    >>> from ocop.rules import custom
    >>> bundle = custom.export(ocop.rules.get("26/2026"))
    >>> bundle["format"], len(bundle["sheets"])
    ('ocop-rule-bundle/1', 26)
    >>> copy = custom.load(bundle, id="26/2026 (copy)")
    >>> copy.sheet(4).criterion("7").maximum, copy.official
    (3, False)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ocop.converter import brief, unstructure
from ocop.errors import FormatError, Problem, RuleDataError, UsageError
from ocop.i18n import _
from ocop.model import Classification, RuleSet, Sheet
from ocop.model.policy import Policy
from ocop.model.ruleset import PartSpec
from ocop.rules import build
from ocop.rules.checks import belongs, check_classification, check_rule_set, check_sheet
from ocop.rules.export import (
    bundle_document,
    classification_document,
    policy_document,
    ruleset_document,
    sheet_document,
)
from ocop.rules.format import (
    BundleDoc,
    ClassificationDoc,
    RuleSetDoc,
    SheetDoc,
    structure_document,
)
from ocop.rules.loader import located, read_document, read_json, with_code
from ocop.rules.migrations import upgrade, upgrade_contents

__all__ = ["export", "load", "load_file"]


def load(data: Mapping[str, Any], *, source: str = "<data>", id: str | None = None) -> RuleSet:
    """A rule set from a bundle (plain Python data). ``id`` renames it (to register a copy)."""
    data = _plain(data)
    try:
        doc = _bundle(data)
    except FormatError as err:
        problems = [Problem(with_code(data, p.where), p.text) for p in err.problems]
        raise RuleDataError(source, located(source, problems)) from None
    ruleset, sheets = doc.ruleset, doc.sheets
    if id is not None and not isinstance(id, str):
        raise UsageError(_("mã bộ quy tắc phải là chuỗi, không phải {value}", value=brief(id)))
    if id is not None:  # a copy: its sheets belong to it
        ruleset = attrs.evolve(ruleset, id=id, aliases=())
        sheets = tuple(attrs.evolve(s, rule_set=id) for s in sheets)
    tree = None
    if doc.classification is not None:
        tree = _tree(doc.classification, f"{source}: classification")
    return _assemble(
        ruleset,
        tree,
        list(sheets),
        source,
        ruleset_source=f"{source}: ruleset",
        sheet_sources=[f"{source}: sheets[{k}]" for k in range(len(sheets))],
    )


def load_file(path: str | Path) -> RuleSet:
    """A rule set from a bundle file (``.json``) or a folder laid out like the package data."""
    if not isinstance(path, str | os.PathLike):
        raise UsageError(
            _(
                "cần đường dẫn tệp bộ quy tắc, không phải {value}",
                value=brief(path),
            )
        )
    path = Path(path)
    if not path.is_dir():
        return load(read_json(path), source=str(path))
    meta_source = str(path / "ruleset.json")
    meta = read_document(read_json(path / "ruleset.json", meta_source), RuleSetDoc, meta_source)
    tree = None
    if meta.classification:
        target = path / meta.classification
        tree = _tree(read_document(read_json(target), ClassificationDoc, str(target)), str(target))
    files = sorted((path / meta.sheets.folder).glob("set-*.json"))
    sheets: list[SheetDoc] = []
    problems: list[Problem] = []
    for file in files:
        try:
            sheets.append(read_document(read_json(file), SheetDoc, str(file)))
        except RuleDataError as err:
            problems.extend(err.problems)
    if problems:
        raise RuleDataError(str(path), problems)
    return _assemble(
        meta,
        tree,
        sheets,
        str(path),
        ruleset_source=meta_source,
        sheet_sources=[str(f) for f in files],
    )


def _bundle(data: Any) -> BundleDoc:
    """The bundle document, its documents upgraded; every problem of the format at once (those
    inside a document whose own format cannot be read are left out)."""
    top = upgrade(data, "ocop-rule-bundle", nested=False)
    top, problems = upgrade_contents(top)
    try:
        doc = structure_document(top, BundleDoc)
    except FormatError as err:
        unread = [p.where.removesuffix(".format") for p in problems]
        problems += [
            p
            for p in err.problems
            if not any(p.where == w or p.where.startswith((w + ".", w + "[")) for w in unread)
        ]
    if problems:
        raise FormatError(problems)
    return doc


def _plain(data: Any) -> Any:
    return dict(data) if isinstance(data, Mapping) and not isinstance(data, dict) else data


def _tree(doc: ClassificationDoc, source: str) -> Classification:
    tree = build.classification(doc)
    problems = check_classification(tree)
    if problems:
        raise RuleDataError(source, located(source, problems))
    return tree


def _assemble(
    meta: RuleSetDoc,
    tree: Classification | None,
    docs: list[SheetDoc],
    source: str,
    *,
    ruleset_source: str,
    sheet_sources: list[str],
) -> RuleSet:
    problems: list[Problem] = []
    sheets: dict[int, Sheet] = {}
    parts = tuple(PartSpec(p.code, p.label_vi, p.label_en, p.points) for p in meta.parts)
    for k, (doc, where) in enumerate(zip(docs, sheet_sources, strict=True), 1):
        if doc.product_set != k:
            problems.append(Problem(where, _("bộ sản phẩm phải được đánh số {k}", k=k)))
            continue
        sheets[k], found = build.sheet(doc, parts)
        problems += located(where, found)
    count = meta.sheets.count if meta.sheets.available else len(docs)
    if count != len(docs):
        problems.append(
            Problem(
                f"{source}: ruleset.sheets.count",
                _(
                    "khai báo {count} phiếu nhưng có {sheet_data_count}",
                    count=brief(count, 30),
                    sheet_data_count=len(docs),
                ),
            )
        )
    declared = attrs.evolve(meta.sheets, available=bool(sheets), count=len(sheets))
    rs, found = build.rule_set(
        attrs.evolve(meta, sheets=declared),
        classification=tree,
        sheet_loader=sheets.__getitem__ if sheets else None,
        official=False,
    )
    found += check_rule_set(rs, sheets=False)
    problems += located(ruleset_source, found)
    # Marks are checked against the rule set's classes only once those are right.
    levels = None if found else [int(v) for v in rs.policy.mark_levels]
    for k, sheet in sheets.items():
        found = check_sheet(sheet, parts=rs.parts, mark_levels=levels)
        problems += located(sheet_sources[k - 1], [*found, *belongs(sheet, rs)])
    if problems:
        raise RuleDataError(source, problems)
    return rs


# -- export: model → data -----------------------------------------------------------------


def sheet_data(sheet: Sheet) -> dict[str, Any]:
    """A sheet in the ``ocop-sheet`` format."""
    data: dict[str, Any] = unstructure(sheet_document(sheet))
    return data


def classification_data(tree: Classification) -> dict[str, Any]:
    """A complete classification tree in the ``ocop-classification`` format."""
    data: dict[str, Any] = unstructure(classification_document(tree))
    return data


def ruleset_data(rs: RuleSet) -> dict[str, Any]:
    """A rule set's own fields in the ``ocop-ruleset`` format (without its sheets)."""
    data: dict[str, Any] = unstructure(ruleset_document(rs))
    return data


def policy_data(policy: Policy) -> dict[str, Any]:
    """A rule set's policy as the ``"policy"`` object of ``ruleset.json``."""
    data: dict[str, Any] = unstructure(policy_document(policy))
    return data


def export(rs: RuleSet) -> dict[str, Any]:
    """A rule set with its classification and sheets as one ``ocop-rule-bundle`` bundle."""
    data: dict[str, Any] = unstructure(bundle_document(rs))
    return data
