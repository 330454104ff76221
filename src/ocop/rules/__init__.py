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

Two spellings name the same rule set when :func:`same_id` says so (:func:`normalize_id` gives
the key they share)::

    >>> ocop.rules.same_id("26/2026", "26/2026/QĐ-TTg")
    True

Rule data is read on first use, cached, and safe to read from several threads. Every file is
read through the one description of its format (:mod:`ocop.rules.format`) and checked on the
model (:func:`check`), and so is a rule set of one's own before :func:`register` accepts it.
The modules of this package, each with one job:

- :mod:`ocop.rules.format` — the document classes of the rule data formats;
- :mod:`ocop.rules.migrations` — earlier versions of the formats, upgraded on the way in;
- :mod:`ocop.rules.build`, :mod:`ocop.rules.export` — documents to the model, and back;
- :mod:`ocop.rules.checks`, :mod:`ocop.rules.sheet_checks` — the rules of the law's data;
- :mod:`ocop.rules.loader` — files and data to a checked model;
- :mod:`ocop.rules.custom` — rule sets of one's own: bundles and folders;
- :mod:`ocop.rules.ids` — rule-set ids in their usual spellings;
- :mod:`ocop.rules.registry` — the known rule sets, official and registered.
"""

from __future__ import annotations

import datetime as dt

from ocop.model.ruleset import RuleSet
from ocop.rules.checks import check
from ocop.rules.ids import normalize_id
from ocop.rules.registry import _registry, same_id

__all__ = [
    "all",
    "check",
    "generation",
    "get",
    "in_force",
    "is_registered",
    "normalize_id",
    "register",
    "same_id",
    "unregister",
]


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

    The rule set is checked first (:func:`check`, its sheets included): one that fails is
    refused with a :class:`~ocop.errors.RuleDataError` listing every problem.
    """
    _registry.register(rule_set, replace)
    return rule_set


def unregister(rule_set_id: str) -> RuleSet:
    """Forget a registered rule set (official ones cannot be removed)."""
    return _registry.unregister(rule_set_id)


def generation() -> int:
    """A number that changes whenever a rule set is registered or forgotten: a cache of rule
    sets by spelling is valid while it stays the same."""
    return _registry.generation


def is_registered(rule_set: RuleSet) -> bool:
    """True when ``rule_set`` itself (not an equal copy) is one the registry holds; such a rule
    set was checked when it was loaded or registered."""
    return _registry.holds(rule_set)
