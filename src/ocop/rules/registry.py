"""The registry of rule sets: official ones read from the package data on first use, and
rule sets of one's own made known with :func:`ocop.rules.register`."""

from __future__ import annotations

import datetime as dt
import threading
from importlib import resources
from importlib.resources.abc import Traversable

from ocop.converter import brief
from ocop.errors import (
    NoRuleSetForDateError,
    RuleDataError,
    RuleSetConflictError,
    UnknownRuleSetError,
    UsageError,
)
from ocop.i18n import _
from ocop.model.classification import Classification
from ocop.model.ruleset import RuleSet
from ocop.model.sheet import Sheet
from ocop.rules.checks import check_rule_set
from ocop.rules.format import RuleSetDoc
from ocop.rules.ids import normalize_id
from ocop.rules.loader import (
    build_classification,
    build_sheet,
    read_document,
    read_json,
    rule_set_from_document,
)

_DATA_FOLDERS = ("qd-1048-2019", "qd-148-2023", "qd-26-2026")


def same_id(a: object, b: object) -> bool:
    """True when ``a`` and ``b`` name the same rule set: equal after :func:`normalize_id`
    ("26/2026" and "26/2026/QĐ-TTg"), or two spellings of one known rule set (an id and one of
    its aliases, "1048/2019" and "1048/QĐ-TTg"). Anything but two strings is never the same.

    >>> same_id("26/2026", "26/2026/QĐ-TTg"), same_id("qd-148-2023", "148/QĐ-TTg")
    (True, True)
    >>> same_id("1048/2019", "1048/QĐ-TTg"), same_id("26/2026", "148/QĐ-TTg"), same_id(1, 1)
    (True, False, False)
    """
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    if normalize_id(a) == normalize_id(b):
        return True
    keys = _registry.keys()
    found = keys.get(normalize_id(a))
    return found is not None and found is keys.get(normalize_id(b))


def _data_root() -> Traversable:
    return resources.files("ocop.rules") / "data"


_SPELLINGS_KEPT = 256  # exact spellings remembered; others are normalised on each call


class _Registry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: dict[str, RuleSet] | None = None
        self._ordered: tuple[RuleSet, ...] = ()
        self._spellings: dict[str, RuleSet] = {}  # exact spellings already resolved
        self.generation = 0
        """Changes whenever a rule set is registered or forgotten (for caches by spelling)."""

    def _load(self) -> dict[str, RuleSet]:
        by_key = self._by_key
        if by_key is not None:
            return by_key
        with self._lock:
            if self._by_key is None:
                ordered = tuple(_load_official(folder) for folder in _DATA_FOLDERS)
                keys: dict[str, RuleSet] = {}
                for rs in ordered:
                    for spelling in (rs.id, *rs.aliases):
                        keys[normalize_id(spelling)] = rs
                self._ordered = tuple(sorted(ordered, key=lambda rs: rs.effective))
                self._by_key = keys
            return self._by_key

    def keys(self) -> dict[str, RuleSet]:
        """Every known spelling (normalised) and its rule set."""
        return self._load()

    def get(self, rule_set_id: str) -> RuleSet:
        found = self._spellings.get(rule_set_id) if isinstance(rule_set_id, str) else None
        if found is not None:
            return found
        keys = self._load()
        if not isinstance(rule_set_id, str):
            raise UnknownRuleSetError(brief(rule_set_id), [rs.id for rs in self._ordered])
        found = keys.get(normalize_id(rule_set_id))
        if found is None:
            raise UnknownRuleSetError(rule_set_id, [rs.id for rs in self._ordered])
        if len(self._spellings) < _SPELLINGS_KEPT:
            self._spellings[rule_set_id] = found
        return found

    def holds(self, rule_set: RuleSet) -> bool:
        return any(rs is rule_set for rs in self.all())

    def all(self) -> tuple[RuleSet, ...]:
        self._load()
        return self._ordered

    def register(self, rule_set: RuleSet, replace: bool) -> None:
        keys = self._load()
        problems = check_rule_set(rule_set)
        if problems:
            raise RuleDataError(rule_set.id, problems)
        spellings = {normalize_id(s) for s in (rule_set.id, *rule_set.aliases)}
        with self._lock:
            for key in spellings:
                taken = keys.get(key)
                if taken is None or taken is rule_set:
                    continue
                if taken.official:
                    raise RuleSetConflictError(rule_set.id, taken.id, official=True)
                if not replace:
                    raise RuleSetConflictError(rule_set.id, taken.id, official=False)
                self._drop(taken)
            for key in spellings:
                keys[key] = rule_set
            self._ordered = tuple(
                sorted((*self._ordered, rule_set), key=lambda rs: (rs.effective, rs.id))
            )
            self._spellings.clear()
            self.generation += 1

    def _drop(self, rule_set: RuleSet) -> None:
        keys = self._by_key or {}
        for key in [k for k, v in keys.items() if v is rule_set]:
            del keys[key]
        self._ordered = tuple(rs for rs in self._ordered if rs is not rule_set)
        self._spellings.clear()
        self.generation += 1

    def unregister(self, rule_set_id: str) -> RuleSet:
        found = self.get(rule_set_id)
        if found.official:
            raise RuleSetConflictError(found.id, found.id, official=True)
        with self._lock:
            self._drop(found)
        return found

    def in_force(self, on: dt.date) -> RuleSet:
        self._load()
        if isinstance(on, dt.datetime):
            on = on.date()
        if not isinstance(on, dt.date):
            raise UsageError(
                _(
                    "cần một ngày (datetime.date), không phải {value}",
                    value=brief(on),
                )
            )
        current = None
        for rs in self._ordered:
            if rs.official and rs.effective <= on:
                current = rs
        if current is None:
            raise NoRuleSetForDateError(on, self._ordered[0].effective)
        return current


def _load_official(folder: str) -> RuleSet:
    """An official rule set from the package data; its sheets are read on first use."""
    root = _data_root() / folder
    source = f"{folder}/ruleset.json"
    doc = read_document(read_json(root / "ruleset.json", source), RuleSetDoc, source)
    classification: Classification | None = None
    if doc.classification:
        target = root
        for piece in doc.classification.split("/"):
            target = _data_root() if piece == ".." else target / piece
        where = f"{folder}/{doc.classification}"
        classification = build_classification(read_json(target, where), where)
    loader = None
    made: list[RuleSet] = []
    if doc.sheets.available:
        folder_path = root / doc.sheets.folder
        tree = classification

        def title(number: int) -> str | None:
            return tree.product_set(number).label_en if tree is not None else None

        def loader(number: int) -> Sheet:
            name = f"set-{number:02d}.json"
            where = f"{folder}/sheets/{name}"
            rules = made[0]
            levels = [int(v) for v in rules.policy.mark_levels]
            data = read_json(folder_path / name, where)
            return build_sheet(data, where, rules.parts, mark_levels=levels, title_en=title)

    made.append(
        rule_set_from_document(doc, source, classification=classification, sheet_loader=loader)
    )
    return made[0]


_registry = _Registry()
