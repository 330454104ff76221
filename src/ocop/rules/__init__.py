"""The registry of rule sets: pick one by its id or by the date of an evaluation.

OCOP has had three rule sets, each a decision of the Prime Minister (with amendments):

========================  =============  ============  ========================
rule set                  effective      replaced      criteria sheets here
========================  =============  ============  ========================
1048/QĐ-TTg (+ 781/2020)  21 Aug 2019    24 Feb 2023   no
148/QĐ-TTg (+ 1489/2025)  24 Feb 2023    22 May 2026   no
26/2026/QĐ-TTg            22 May 2026    —             yes, all 26
========================  =============  ============  ========================

Ids are accepted in the usual spellings::

    >>> import datetime as dt
    >>> import ocop
    >>> ocop.rules.get("qd-26-2026").id == ocop.rules.get("26/2026/QĐ-TTg").id == "26/2026/QĐ-TTg"
    True
    >>> ocop.rules.in_force(dt.date(2026, 5, 21)).id
    '148/QĐ-TTg'
    >>> [rs.id for rs in ocop.rules.all()]
    ['1048/QĐ-TTg', '148/QĐ-TTg', '26/2026/QĐ-TTg']

Rule data is read on first use, cached, and safe to read from several threads.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import unicodedata
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any

from ocop.errors import (
    NoRuleSetForDateError,
    Problem,
    RuleDataError,
    RuleSetConflictError,
    UnknownRuleSetError,
)

if TYPE_CHECKING:
    from ocop.model import Classification, RuleSet, Sheet

__all__ = [
    "all",
    "check",
    "get",
    "in_force",
    "is_registered",
    "normalize_id",
    "register",
    "unregister",
]

_DATA_FOLDERS = ("qd-1048-2019", "qd-148-2023", "qd-26-2026")
_IGNORED_TOKENS = {"qd", "ttg", "quyet", "dinh", "so"}


def normalize_id(text: str) -> str:
    """The lookup key of a rule-set spelling: diacritics, case and punctuation do not matter.

    >>> normalize_id("26/2026/QĐ-TTg"), normalize_id("qd-26-2026"), normalize_id("148/QĐ-TTg")
    ('26-2026', '26-2026', '148')
    """
    text = text.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    tokens = [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in _IGNORED_TOKENS]
    return "-".join(tokens)


def _data_root() -> Traversable:
    return resources.files("ocop.rules") / "data"


def _read_json(path: Traversable) -> Any:
    with path.open("r", encoding="utf-8") as fh:
        return json.load(fh)


class _Registry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: dict[str, RuleSet] | None = None
        self._ordered: tuple[RuleSet, ...] = ()
        self._spellings: dict[str, RuleSet] = {}  # exact spellings already resolved

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

    def get(self, rule_set_id: str) -> RuleSet:
        found = self._spellings.get(rule_set_id) if isinstance(rule_set_id, str) else None
        if found is not None:
            return found
        keys = self._load()
        if not isinstance(rule_set_id, str):
            raise UnknownRuleSetError(repr(rule_set_id), [rs.id for rs in self._ordered])
        found = keys.get(normalize_id(rule_set_id))
        if found is None:
            raise UnknownRuleSetError(rule_set_id, [rs.id for rs in self._ordered])
        self._spellings[rule_set_id] = found
        return found

    def all(self) -> tuple[RuleSet, ...]:
        self._load()
        return self._ordered

    def register(self, rule_set: RuleSet, replace: bool) -> None:
        keys = self._load()
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

    def _drop(self, rule_set: RuleSet) -> None:
        keys = self._by_key or {}
        for key in [k for k, v in keys.items() if v is rule_set]:
            del keys[key]
        self._ordered = tuple(rs for rs in self._ordered if rs is not rule_set)
        self._spellings.clear()

    def unregister(self, rule_set_id: str) -> RuleSet:
        found = self.get(rule_set_id)
        if found.official:
            raise RuleSetConflictError(found.id, found.id, official=True)
        with self._lock:
            self._drop(found)
        return found

    def holds(self, rule_set: RuleSet) -> bool:
        return any(rs is rule_set for rs in self.all())

    def in_force(self, on: dt.date) -> RuleSet:
        self._load()
        if isinstance(on, dt.datetime):
            on = on.date()
        current = None
        for rs in self._ordered:
            if rs.official and rs.effective <= on:
                current = rs
        if current is None:
            raise NoRuleSetForDateError(on, self._ordered[0].effective)
        return current


def _load_official(folder: str) -> RuleSet:
    from ocop.rules.loader import build_classification, build_rule_set, build_sheet

    root = _data_root() / folder
    data = _read_json(root / "ruleset.json")
    source = f"{folder}/ruleset.json"
    classification: Classification | None = None
    if data.get("classification"):
        target = root
        for piece in str(data["classification"]).split("/"):
            target = _data_root() if piece == ".." else target / piece
        classification = build_classification(_read_json(target), source)
    part_maxima = {str(k): int(v) for k, v in data["parts"].items()}
    sheets = data.get("sheets") or {}
    loader = None
    if sheets.get("available"):
        folder_path = root / str(sheets.get("folder", "sheets"))
        tree = classification

        def loader(number: int) -> Sheet:
            name = f"set-{number:02d}.json"
            raw = _read_json(folder_path / name)
            if tree is not None and "title_en" not in raw:
                raw["title_en"] = tree.product_set(number).label_en
            return build_sheet(raw, f"{folder}/sheets/{name}", part_maxima)

    return build_rule_set(data, source, classification=classification, sheet_loader=loader)


_registry = _Registry()


def get(rule_set_id: str) -> RuleSet:
    """The rule set with this id or spelling ("26/2026", "26/2026/QĐ-TTg", "qd-26-2026").

    Raises :class:`~ocop.errors.UnknownRuleSetError` for an unknown id.
    """
    return _registry.get(rule_set_id)


def in_force(on: dt.date) -> RuleSet:
    """The rule set in force on ``on``: the newest effective date not after it.

    Raises :class:`~ocop.errors.NoRuleSetForDateError` before 21 Aug 2019. The transition of
    26/2026 Điều 12 (older dossiers finishing under 148 for 60/30 days) is a matter of the
    dossier, not of the date alone; see the certificates module.
    """
    return _registry.in_force(on)


def all() -> tuple[RuleSet, ...]:
    """Every known rule set, oldest first (registered ones included)."""
    return _registry.all()


def register(rule_set: RuleSet, *, replace: bool = False) -> RuleSet:
    """Make a rule set of your own known by its id and aliases, so that :func:`get`, scoring,
    advice and the command line find it. An official rule set is never overwritten; another
    registered one only with ``replace=True``. Registered rule sets never answer
    :func:`in_force`, which speaks of the law only.
    """
    _registry.register(rule_set, replace)
    return rule_set


def unregister(rule_set_id: str) -> RuleSet:
    """Forget a registered rule set (official ones cannot be removed)."""
    return _registry.unregister(rule_set_id)


def is_registered(rule_set: RuleSet) -> bool:
    """True when ``rule_set`` itself (not an equal copy) is one the registry holds."""
    return _registry.holds(rule_set)


def check(rule_set: RuleSet) -> list[Problem]:
    """Every problem of ``rule_set``, however it was built; an empty list when it is sound.

    The checks are those the loader applies to the official data (sums, marks, cases, bands,
    authorities, references between criteria), run on the rule set's own data.
    """
    from ocop.rules.custom import export, load

    try:
        load(export(rule_set), source=rule_set.id)
    except RuleDataError as err:
        return list(err.problems)
    return []
