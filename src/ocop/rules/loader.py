"""Read rule data: the format first (keys, types, version), then the model, then its checks.

Every file goes the same way: its JSON is read (a file that is not UTF-8 or not JSON is a
:class:`~ocop.errors.RuleDataError` with its path), upgraded to the current version of its
format (:mod:`ocop.rules.migrations`), read into the documents of :mod:`ocop.rules.format`
(unknown keys and wrong types, each with its ``$.path``), built into the model
(:mod:`ocop.rules.build`) and checked (:func:`ocop.rules.check`). Every problem is reported at
once, in one :class:`~ocop.errors.RuleDataError`::

    >>> from ocop.rules.loader import build_sheet
    >>> data = {"format": "ocop-sheet/1", "rule_set": "demo", "product_set": 1,
    ...         "printed_title": "Demo", "parts": [{"code": "A", "points": 3, "sections": [
    ...     {"code": "1", "label_vi": "Một", "label_en": "One", "points": 3, "options": [
    ...         {"label_vi": "Có", "points": 2}]}]}]}
    >>> build_sheet(data, "demo.json", {"A": 3})
    Traceback (most recent call last):
    ...
    ocop.errors.RuleDataError: Dữ liệu quy tắc demo.json không hợp lệ (1 lỗi).
      - demo.json: 1: điểm tối đa 3 khác điểm của phương án cao nhất 2
    Rule data demo.json is invalid (1 problem).
      - demo.json: 1: maximum 3 differs from the best option's 2 points
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import attrs

from ocop.converter import brief
from ocop.errors import FormatError, Problem, RuleDataError
from ocop.i18n import _
from ocop.model.classification import Classification
from ocop.model.ruleset import PartSpec, RuleSet
from ocop.model.sheet import Sheet
from ocop.rules import build
from ocop.rules.checks import check_classification, check_rule_set
from ocop.rules.format import (
    DOCUMENTS,
    ClassificationDoc,
    RuleSetDoc,
    SheetDoc,
    structure_document,
)
from ocop.rules.migrations import ocop_part_labels, upgrade
from ocop.rules.sheet_checks import check_sheet

__all__ = [
    "build_classification",
    "build_rule_set",
    "build_sheet",
    "read_document",
    "read_json",
    "rule_set_from_document",
]

T = TypeVar("T")


def located(source: str, problems: Iterable[Problem]) -> list[Problem]:
    """``problems`` located in ``source`` (a file, or ``mine.json: sheets[0]``)."""
    return [Problem(f"{source}: {p.where}" if p.where else source, p.text) for p in problems]


class _LongNumber(Exception):  # noqa: N818 - internal, always turned into a RuleDataError
    def __init__(self, digits: int) -> None:
        self.digits = digits


def _integer(text: str) -> int:
    """An integer of a JSON file; one of more than 30 digits cannot be points, and would cost
    quadratic time to read."""
    if len(text) > 30:
        raise _LongNumber(len(text))
    return int(text)


def read_json(path: Path | Traversable, source: str | None = None) -> Any:
    """The JSON of a file; a missing, unreadable, non-UTF-8 or broken file is a
    :class:`~ocop.errors.RuleDataError` naming it."""
    source = source or str(path)
    try:
        with path.open("r", encoding="utf-8") as fh:
            return json.load(fh, parse_int=_integer)
    except _LongNumber as exc:
        message = _("số quá dài ({digits} chữ số)", digits=exc.digits)
    except FileNotFoundError:
        message = _("không có tệp này")
    except OSError as exc:
        message = _("không đọc được: {exc}", exc=brief(exc.strerror or exc, 80))
    except UnicodeDecodeError:
        message = _("tệp không phải văn bản UTF-8")
    except json.JSONDecodeError as exc:
        message = _(
            "JSON hỏng: {msg} (dòng {line}, cột {column})",
            msg=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        )
    except RecursionError:
        message = _("dữ liệu lồng nhau quá sâu")
    except ValueError as exc:  # a path with a NUL character, say
        message = _("không đọc được: {exc}", exc=brief(str(exc), 80))
    raise RuleDataError(source, [Problem(source, message)])


def read_document(data: Any, cls: type[T], source: str) -> T:
    """``data`` as a document of ``cls``, upgraded from an earlier version of its format."""
    name = next(n for n, c in DOCUMENTS.items() if c is cls)
    try:
        data = upgrade(data, name)
        return structure_document(data, cls)
    except FormatError as err:
        problems = [Problem(with_code(data, p.where), p.text) for p in err.problems]
        raise RuleDataError(source, located(source, problems)) from None


_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def with_code(data: Any, path: str) -> str:
    """``path`` followed by the code of the innermost criterion, section or part on it
    (``$.parts[1].sections[0].criteria[2].points (4.3)``), to find it in the file."""
    code = None
    node = data
    for name, index in _STEP.findall(path[1:] if path.startswith("$") else ""):
        if isinstance(node, dict) and name:
            node = node.get(name)
        elif isinstance(node, list) and index and int(index) < len(node):
            node = node[int(index)]
        else:
            break
        if isinstance(node, dict) and isinstance(node.get("code"), str):
            code = node["code"][:40]
    return f"{path} ({code})" if code else path


def _parts(parts: Sequence[PartSpec] | Mapping[str, int]) -> tuple[PartSpec, ...]:
    if isinstance(parts, Mapping):
        return tuple(
            PartSpec(code, *ocop_part_labels().get(code, (f"Phần {code}", f"Part {code}")), points)
            for code, points in parts.items()
        )
    return tuple(parts)


def build_sheet(
    data: Any,
    source: str,
    parts: Sequence[PartSpec] | Mapping[str, int],
    *,
    mark_levels: Sequence[int] | None = (3, 4, 5),
    title_en: Callable[[int], str | None] | None = None,
) -> Sheet:
    """A checked :class:`~ocop.model.Sheet` from its ``ocop-sheet`` data.

    ``parts`` are the rule set's parts (or their maxima, ``{"A": 40, "B": 25, "C": 35}``); the
    sheet's parts must match them. ``mark_levels`` are the classes a star mark may name.
    ``title_en`` gives an English title to a sheet whose data has none.
    """
    doc = read_document(data, SheetDoc, source)
    specs = _parts(parts)
    sheet, problems = build.sheet(doc, specs)
    if title_en is not None and sheet.title_en is None:
        sheet = attrs.evolve(sheet, title_en=title_en(sheet.product_set))
    problems += check_sheet(sheet, parts=specs, mark_levels=mark_levels)
    if problems:
        raise RuleDataError(source, located(source, problems))
    return sheet


def build_classification(data: Any, source: str) -> Classification:
    """A checked classification tree from its ``ocop-classification`` data."""
    tree = build.classification(read_document(data, ClassificationDoc, source))
    problems = check_classification(tree)
    if problems:
        raise RuleDataError(source, located(source, problems))
    return tree


def build_rule_set(
    data: Any,
    source: str,
    *,
    classification: Classification | None = None,
    sheet_loader: Callable[[int], Sheet] | None = None,
    official: bool = True,
) -> RuleSet:
    """A checked :class:`~ocop.model.RuleSet` from its ``ocop-ruleset`` data (the sheets, read
    on first use by ``sheet_loader``, are checked as they are read)."""
    doc = read_document(data, RuleSetDoc, source)
    return rule_set_from_document(
        doc, source, classification=classification, sheet_loader=sheet_loader, official=official
    )


def rule_set_from_document(
    doc: RuleSetDoc,
    source: str,
    *,
    classification: Classification | None = None,
    sheet_loader: Callable[[int], Sheet] | None = None,
    official: bool = True,
) -> RuleSet:
    """A checked :class:`~ocop.model.RuleSet` from its document."""
    rs, problems = build.rule_set(
        doc, classification=classification, sheet_loader=sheet_loader, official=official
    )
    problems += check_rule_set(rs, sheets=False)
    if problems:
        raise RuleDataError(source, located(source, problems))
    return rs
