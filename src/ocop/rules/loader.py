"""Build rule sets and sheets from their data (JSON-like dicts), checking every rule on the way.

The loader is strict: unknown keys, wrong types and every broken sum are reported at once, each
with the file and the criterion code, in a :class:`~ocop.errors.RuleDataError`. A data edit that
breaks a rule of the sheet cannot load::

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

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ocop.errors import Problem, RuleDataError
from ocop.i18n import Message, Pair, _
from ocop.model.classification import Classification, Group, Ministry, ProductSet, Sector
from ocop.model.policy import Interpretation, Policy, generic_policy
from ocop.model.ruleset import (
    Amendment,
    Authority,
    AuthorityPeriod,
    PartSpec,
    Reevaluation,
    RuleSet,
    SheetStore,
    Transition,
)
from ocop.model.sheet import (
    Case,
    Condition,
    Correction,
    Criterion,
    Doubt,
    Fault,
    FaultAlias,
    FoodSafetyGate,
    Option,
    Part,
    Section,
    Sheet,
    StopRule,
)
from ocop.model.stars import StarBand, StarClass

SHEET_FORMAT = "ocop-sheet/1"
RULESET_FORMAT = "ocop-ruleset/1"
CLASSIFICATION_FORMAT = "ocop-classification/1"

PART_LABELS = {
    "A": ("Sản phẩm và sức mạnh cộng đồng", "Product and community strength"),
    "B": ("Khả năng tiếp thị", "Marketing capability"),
    "C": ("Chất lượng sản phẩm", "Product quality"),
}

YES_LABEL_VI = "Có (đạt tiêu chí)"
YES_LABEL_EN = "Yes (criterion met)"


class _Reader:
    """Collects problems while reading one file; raises them together at the end."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, where: str, message: Message) -> None:
        loc = f"{self.source}: {where}" if where else self.source
        self.problems.append(Problem(loc, message))

    def keys(
        self, obj: Mapping[str, Any], where: str, required: set[str], optional: set[str]
    ) -> bool:
        ok = True
        for key in sorted(required - obj.keys()):
            self.fail(where, _("thiếu trường '{key}'", key=key))
            ok = False
        for key in sorted(obj.keys() - required - optional):
            self.fail(where, _("trường lạ '{key}'", key=key))
        return ok

    def typed(self, value: Any, kind: type | tuple[type, ...], where: str, name: str) -> bool:
        if isinstance(value, bool) and kind is int:
            value = None
        if not isinstance(value, kind):
            self.fail(where, _("'{name}' sai kiểu: {value}", name=name, value=repr(value)))
            return False
        return True

    def done(self) -> None:
        if self.problems:
            raise RuleDataError(self.source, self.problems)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list) else ()


# ---------------------------------------------------------------------------------------------
# Sheets

_CRITERION_KEYS = {"code", "label_vi", "label_en", "points"}
_CRITERION_OPTIONAL = {
    "requirements",
    "descriptions",
    "notes",
    "condition",
    "case_choice",
    "cases",
    "options",
    "subcriteria",
    "yes_no",
    "criteria",
    "cases_en",
}
_OPTION_KEYS = {"label_vi", "points"}
_OPTION_OPTIONAL = {"label_en", "mark", "case"}


def _option(
    r: _Reader, data: Any, where: str, cases: set[int], levels: Sequence[int] = (3, 4, 5)
) -> Option | None:
    if not r.typed(data, dict, where, "option"):
        return None
    if not r.keys(data, where, _OPTION_KEYS, _OPTION_OPTIONAL):
        return None
    label = data["label_vi"]
    points = data["points"]
    ok = r.typed(label, str, where, "label_vi") & r.typed(points, int, where, "points")
    if ok and points < 0:
        r.fail(where, _("điểm âm {points} cho phương án '{label}'", points=points, label=label))
        ok = False
    mark = data.get("mark")
    star: StarClass | None = None
    if mark is not None:
        if isinstance(mark, int) and not isinstance(mark, bool) and mark in levels:
            star = StarClass(mark)
        else:
            allowed = ", ".join(str(x) for x in levels)
            r.fail(
                where,
                _(
                    "dấu sao {mark} không thuộc các hạng {allowed} (phương án '{label}')",
                    mark=repr(mark),
                    allowed=allowed,
                    label=label,
                ),
            )
            ok = False
    case = data.get("case")
    if case is not None and case not in cases:
        r.fail(
            where,
            _(
                "phương án '{label}' thuộc trường hợp {case} chưa khai báo",
                label=label,
                case=repr(case),
            ),
        )
        ok = False
    if not ok:
        return None
    return Option(
        label_vi=label, points=points, label_en=data.get("label_en"), mark=star, case=case
    )


def _criterion(
    r: _Reader, data: Any, parent: str | None, levels: Sequence[int] = (3, 4, 5)
) -> Criterion | None:
    """A criterion, a sub-criterion, or a section printed with options (``parent`` None)."""
    where = str(data.get("code", "?")) if isinstance(data, dict) else "?"
    if not r.typed(data, dict, where, "criterion"):
        return None
    required = _CRITERION_KEYS
    if not r.keys(data, where, required, _CRITERION_OPTIONAL - {"criteria"}):
        return None
    code, maximum = data["code"], data["points"]
    if not (r.typed(code, str, where, "code") and r.typed(maximum, int, where, "points")):
        return None
    if parent is not None and not code.startswith(parent + "."):
        r.fail(where, _("mã '{code}' không thuộc '{parent}'", code=code, parent=parent))
    cases_raw = data.get("cases") or {}
    cases_en = data.get("cases_en") or {}
    cases = tuple(Case(int(k), v, cases_en.get(k)) for k, v in sorted(cases_raw.items()))
    case_numbers = {c.number for c in cases}
    options: list[Option] = []
    raw_options = data.get("options") or []
    for k, raw in enumerate(raw_options):
        opt = _option(r, raw, f"{code} option {k + 1}", case_numbers, levels)
        if opt is not None:
            options.append(opt)
    complete = len(options) == len(raw_options)  # sums are checked only on whole criteria
    subs: list[Criterion] = []
    for raw in data.get("subcriteria") or []:
        sub = _criterion(r, raw, code, levels)
        if sub is not None:
            subs.append(sub)
    yes_no = bool(data.get("yes_no", False))
    if yes_no:
        if options or subs:
            r.fail(where, _("tiêu chí có/không không được có phương án"))
        options = [Option(YES_LABEL_VI, maximum, YES_LABEL_EN, printed=False)]
    if options and subs:
        r.fail(where, _("vừa có phương án vừa có tiêu chí con"))
    elif not options and not subs and not yes_no:
        r.fail(where, _("không có phương án nào"))
    if subs:
        total = sum(s.maximum for s in subs)
        if total != maximum:
            r.fail(
                where,
                _(
                    "điểm tối đa {maximum} khác tổng các tiêu chí con {total}",
                    maximum=maximum,
                    total=total,
                ),
            )
    groups: list[tuple[int | None, list[Option]]] = (
        [(c, [o for o in options if o.case == c]) for c in sorted(case_numbers)]
        if cases
        else [(None, options)]
    )
    for case, opts in groups if complete else ():
        label_vi = "" if case is None else f" (trường hợp {case})"
        label_en = "" if case is None else f" (case {case})"
        if options and not opts:
            r.fail(where, _("không có phương án{case}", case=Pair(label_vi, label_en)))
            continue
        if not opts:
            continue
        best = max(o.points for o in opts)
        if best != maximum:
            r.fail(
                where,
                _(
                    "điểm tối đa {maximum} khác điểm của phương án cao nhất {best}{case}",
                    maximum=maximum,
                    best=best,
                    case=Pair(label_vi, label_en),
                ),
            )
        seen: dict[StarClass, Option] = {}
        for o in opts:
            if o.mark is None:
                continue
            if o.mark in seen:
                r.fail(
                    where,
                    _(
                        "dấu {level} sao xuất hiện hai lần{case}",
                        level=o.mark.value,
                        case=Pair(label_vi, label_en),
                    ),
                )
            seen[o.mark] = o
        marked = sorted(seen)
        for lo, hi in itertools.pairwise(marked):
            if seen[lo].points > seen[hi].points:
                r.fail(
                    where,
                    _(
                        "dấu {value} sao nằm trên phương án thấp hơn dấu {value2} sao",
                        value=hi.value,
                        value2=lo.value,
                    ),
                )
    if cases and any(o.case is None for o in options if o.printed):
        r.fail(where, _("tiêu chí có trường hợp nhưng có phương án không thuộc trường hợp nào"))
    condition = None
    cond = data.get("condition")
    if cond is not None:
        if (
            isinstance(cond, dict)
            and cond.get("kind") == "above_lowest"
            and isinstance(cond.get("criterion"), str)
        ):
            condition = Condition("above_lowest", cond["criterion"], str(cond.get("printed", "")))
        else:
            r.fail(where, _("điều kiện không hợp lệ: {cond}", cond=repr(cond)))
    label_vi, label_en = data.get("label_vi"), data.get("label_en")
    if not isinstance(label_vi, str) or not label_vi.strip():
        r.fail(where, _("thiếu nhãn tiếng Việt"))
    if not isinstance(label_en, str) or not label_en.strip():
        r.fail(where, _("thiếu nhãn tiếng Anh"))
    return Criterion(
        code=code,
        label_vi=str(label_vi),
        label_en=str(label_en),
        maximum=maximum,
        options=tuple(options),
        subcriteria=tuple(subs),
        requirements=_strings(data.get("requirements")),
        descriptions=_strings(data.get("descriptions")),
        notes=_strings(data.get("notes")),
        condition=condition,
        cases=cases,
        yes_no=yes_no,
    )


def _section(r: _Reader, data: Any, levels: Sequence[int] = (3, 4, 5)) -> Section | None:
    where = str(data.get("code", "?")) if isinstance(data, dict) else "?"
    if not r.typed(data, dict, where, "section"):
        return None
    if "criteria" in data:
        if not r.keys(
            data,
            where,
            {"code", "label_vi", "label_en", "points", "criteria"},
            {"descriptions", "notes", "requirements"},
        ):
            return None
        built = [_criterion(r, raw, data["code"], levels) for raw in data["criteria"]]
        crits = [c for c in built if c is not None]
        total = sum(c.maximum for c in crits)
        if len(crits) == len(built) and total != data["points"]:
            r.fail(
                where,
                _(
                    "điểm mục {value} khác tổng các tiêu chí {total}",
                    value=data["points"],
                    total=total,
                ),
            )
    else:
        crit = _criterion(r, data, None, levels)
        if crit is None:
            return None
        crits = [crit]
    return Section(
        code=str(data["code"]),
        label_vi=str(data["label_vi"]),
        label_en=str(data["label_en"]),
        maximum=int(data["points"]),
        criteria=tuple(crits),
    )


def build_sheet(
    data: Any,
    source: str,
    part_maxima: Mapping[str, int],
    *,
    part_labels: Mapping[str, tuple[str, str]] | None = None,
    mark_levels: Sequence[int] = (3, 4, 5),
) -> Sheet:
    """Build and check a :class:`~ocop.model.Sheet` from its data.

    ``part_maxima`` are the rule set's declared maxima (``{"A": 40, "B": 25, "C": 35}``); the
    sheet's parts must match them. ``mark_levels`` are the classes a star mark may name (3–5 in
    OCOP). Raises :class:`~ocop.errors.RuleDataError` listing every problem, each located by
    file and criterion code.
    """
    labels = {**PART_LABELS, **(part_labels or {})}
    r = _Reader(source)
    if not r.typed(data, dict, "", "sheet"):
        r.done()
    r.keys(
        data,
        "",
        {"format", "rule_set", "product_set", "printed_title", "parts"},
        {
            "source",
            "disqualification",
            "food_safety_gate",
            "star_mark_note",
            "total",
            "corrections",
            "doubts",
            "title_en",
            "cases",
            "stop_rules",
        },
    )
    if data.get("format") != SHEET_FORMAT:
        r.fail(
            "format",
            _(
                "định dạng '{value}' không được hỗ trợ (cần '{SHEET_FORMAT}')",
                value=data.get("format"),
                SHEET_FORMAT=SHEET_FORMAT,
            ),
        )
    parts: list[Part] = []
    seen_codes: set[str] = set()
    for raw in data.get("parts") or []:
        if not isinstance(raw, dict) or not r.keys(
            raw,
            f"part {raw.get('code', '?')}" if isinstance(raw, dict) else "part",
            {"code", "points", "sections"},
            {"label_vi", "label_en"},
        ):
            continue
        code = raw["code"]
        built = [_section(r, sec, mark_levels) for sec in raw["sections"]]
        sections = [s for s in built if s is not None]
        for s in sections:
            for c in s.criteria:
                for crit in (c, *c.subcriteria):
                    if crit.code in seen_codes and crit.code != s.code:
                        r.fail(crit.code, _("mã '{code}' bị trùng", code=crit.code))
                    seen_codes.add(crit.code)
        total = sum(s.maximum for s in sections)
        if len(sections) == len(built) and total != raw["points"]:
            r.fail(
                f"part {code}",
                _("điểm phần {value} khác tổng các mục {total}", value=raw["points"], total=total),
            )
        declared = part_maxima.get(code)
        if declared is None:
            r.fail(f"part {code}", _("phần '{code}' không có trong bộ quy tắc", code=code))
        elif declared != raw["points"]:
            r.fail(
                f"part {code}",
                _(
                    "phần {code} có {value} điểm, bộ quy tắc quy định {declared}",
                    code=code,
                    value=raw["points"],
                    declared=declared,
                ),
            )
        vi, en = labels.get(code, (f"Phần {code}", f"Part {code}"))
        vi, en = str(raw.get("label_vi", vi)), str(raw.get("label_en", en))
        parts.append(
            Part(
                code=code, label_vi=vi, label_en=en, maximum=raw["points"], sections=tuple(sections)
            )
        )
    if [p.code for p in parts] != list(part_maxima):
        r.fail(
            "parts",
            _(
                "các phần {value} khác {value2}",
                value=[p.code for p in parts],
                value2=list(part_maxima),
            ),
        )
    total = data.get("total")
    if total is not None and total != sum(p.maximum for p in parts):
        r.fail(
            "total",
            _(
                "tổng {total} khác tổng các phần {value}",
                total=total,
                value=sum(p.maximum for p in parts),
            ),
        )
    faults: list[Fault] = []
    disq = data.get("disqualification") or {}
    for k, raw in enumerate(disq.get("faults") or []):
        faults.append(
            Fault(
                id=str(raw.get("id", k + 1)),
                label_vi=raw["label_vi"],
                criterion=raw.get("criterion"),
                label_en=raw.get("label_en"),
            )
        )
    for fault in faults:
        if fault.criterion is not None and fault.criterion not in seen_codes:
            r.fail(
                f"fault {fault.id}",
                _("tiêu chí '{criterion}' không tồn tại", criterion=fault.criterion),
            )
    gate = None
    graw = data.get("food_safety_gate")
    if graw:
        gate = FoodSafetyGate(
            criterion=graw["criterion"], section=graw["section"], printed=graw.get("printed", "")
        )
        if gate.criterion not in seen_codes:
            r.fail(
                "food_safety_gate",
                _("tiêu chí '{criterion}' không tồn tại", criterion=gate.criterion),
            )
    cases: dict[int, Case] = {}
    for part in parts:
        for section in part.sections:
            for crit in section.criteria:
                for leaf in crit.leaves():
                    for case in leaf.cases:
                        cases.setdefault(case.number, case)
                    if leaf.condition is not None and leaf.condition.criterion not in seen_codes:
                        missing = leaf.condition.criterion
                        r.fail(
                            leaf.code,
                            _(
                                "điều kiện dựa vào tiêu chí '{missing}' không tồn tại",
                                missing=missing,
                            ),
                        )
    corrections = tuple(
        Correction(
            where=str(c["where"]),
            printed=str(c["printed"]),
            corrected=str(c["corrected"]),
            reason=str(c["reason"]),
            option=c.get("option"),
            proof=c.get("proof"),
        )
        for c in data.get("corrections") or []
    )
    doubts = tuple(Doubt(str(d["where"]), str(d["note"])) for d in data.get("doubts") or [])
    if data.get("cases"):
        cases = {
            int(c["number"]): Case(
                int(c["number"]), str(c["label_vi"]), c.get("label_en"), c.get("note")
            )
            for c in data["cases"]
        }
    stop_rules = tuple(
        StopRule(
            printed=str(rule["printed"]),
            where=str(rule["where"]),
            criteria=tuple(rule["criteria"]),
            trigger=str(rule["trigger"]),
            note=str(rule.get("note", "")),
            label_en=rule.get("label_en"),
        )
        for rule in data.get("stop_rules") or []
    )
    for rule in stop_rules:
        for code in rule.criteria:
            if code not in seen_codes:
                r.fail("stop_rules", _("tiêu chí '{criterion}' không tồn tại", criterion=code))
    fault_ids = {f.id for f in faults}
    fault_aliases = tuple(
        FaultAlias(str(a["id"]), str(a["successor"]), str(a.get("reason", "")))
        for a in disq.get("aliases") or []
    )
    for alias in fault_aliases:
        if alias.successor not in fault_ids or alias.id in fault_ids:
            r.fail(
                f"fault {alias.id}",
                _(
                    "mã lỗi cũ '{alias}' phải trỏ tới một lỗi hồ sơ của phiếu, "
                    "không phải '{fault}'",
                    alias=alias.id,
                    fault=alias.successor,
                ),
            )
    r.done()
    return Sheet(
        rule_set=str(data["rule_set"]),
        product_set=int(data["product_set"]),
        title_vi=str(data["printed_title"]),
        title_en=data.get("title_en"),
        parts=tuple(parts),
        faults=tuple(faults),
        disqualification_printed=disq.get("printed"),
        food_safety_gate=gate,
        cases=tuple(cases[k] for k in sorted(cases)),
        corrections=corrections,
        doubts=doubts,
        star_mark_note=data.get("star_mark_note"),
        source=str(data.get("source", "")),
        stop_rules=stop_rules,
        fault_aliases=fault_aliases,
    )


# ---------------------------------------------------------------------------------------------
# Classification


def build_classification(data: Any, source: str) -> Classification:
    """Build the classification tree of Phụ lục I from its data."""
    r = _Reader(source)
    if not isinstance(data, dict) or data.get("format") != CLASSIFICATION_FORMAT:
        r.fail("format", _("không phải dữ liệu phân loại"))
        r.done()
    sectors: list[Sector] = []
    numbers: list[int] = []
    for s in data["sectors"]:
        groups: list[Group] = []
        for g in s["groups"]:
            sets: list[ProductSet] = []
            for p in g["product_sets"]:
                numbers.append(p["number"])
                sets.append(
                    ProductSet(
                        number=p["number"],
                        label_vi=p["label_vi"],
                        label_en=p["label_en"],
                        sector=s["code"],
                        group=g["code"],
                        subgroup_vi=p.get("subgroup_vi"),
                        subgroup_en=p.get("subgroup_en"),
                        lead_ministries=tuple(
                            Ministry(m["vi"], m["en"]) for m in p.get("lead_ministries", [])
                        ),
                    )
                )
            groups.append(Group(g["code"], g["label_vi"], g["label_en"], tuple(sets)))
        sectors.append(Sector(s["code"], s["label_vi"], s["label_en"], tuple(groups)))
    if numbers != list(range(1, len(numbers) + 1)):
        r.fail("product_sets", _("số bộ sản phẩm không liên tục: {numbers}", numbers=numbers))
    r.done()
    return Classification(
        sectors=tuple(sectors),
        note=data.get("note"),
        assumed=bool(data.get("assumed", False)),
        source=str(data.get("source", "")),
        group_count=sum(len(s.groups) for s in sectors),
        set_count=len(numbers),
    )


def summary_classification(data: Mapping[str, Any]) -> Classification:
    """A partial tree (1048): sectors only, with the declared counts of groups and sets."""
    sectors = tuple(
        Sector(code=roman, label_vi=vi, label_en=en, groups=())
        for roman, vi, en in zip(
            ("I", "II", "III", "IV", "V", "VI"), data["sectors_vi"], data["sectors_en"], strict=True
        )
    )
    return Classification(
        sectors=sectors,
        complete=False,
        group_count=data["groups"],
        set_count=data["product_sets"],
        note=data.get("note"),
    )


# ---------------------------------------------------------------------------------------------
# Rule sets


def read_parts(r: _Reader, raw: Any) -> list[PartSpec]:
    """Parts as ``{"A": 40, …}`` (official data) or ``[{"code", "label_vi", "label_en",
    "points"}, …]`` (a rule set that names its own parts)."""
    parts: list[PartSpec] = []
    if isinstance(raw, dict):
        for code, maximum in raw.items():
            vi, en = PART_LABELS.get(code, (f"Phần {code}", f"Part {code}"))
            parts.append(PartSpec(code, vi, en, int(maximum)))
    elif isinstance(raw, list):
        for k, item in enumerate(raw):
            if isinstance(item, dict) and r.keys(
                item, f"parts[{k}]", {"code", "label_vi", "label_en", "points"}, set()
            ):
                parts.append(
                    PartSpec(
                        str(item["code"]),
                        str(item["label_vi"]),
                        str(item["label_en"]),
                        int(item["points"]),
                    )
                )
    else:
        r.fail("parts", _("thiếu các phần"))
    return parts


_RULESET_KEYS = {
    "format",
    "id",
    "title_vi",
    "title_en",
    "signed",
    "effective",
    "parts",
    "bands",
    "certificate_validity_months",
    "authorities",
    "sheets",
}
_RULESET_OPTIONAL = {
    "aliases",
    "replaced",
    "replaced_by",
    "amendments",
    "recognised_from",
    "transition",
    "classification",
    "classification_note",
    "classification_summary",
    "source",
    "checked",
    "policy",
    "reevaluation",
    "lapsed",
    "dates_source",
}


def _interpretation(r: _Reader, raw: Any, where: str) -> Interpretation | None:
    if not isinstance(raw, dict) or not r.keys(raw, where, {"id", "text_vi", "text_en"}, set()):
        r.fail(where, _("cách hiểu phải có id, text_vi và text_en"))
        return None
    ok = all(r.typed(raw[k], str, where, k) for k in ("id", "text_vi", "text_en"))
    return Interpretation(raw["id"], raw["text_vi"], raw["text_en"]) if ok else None


def read_policy(r: _Reader, raw: Any, classes: int) -> Policy:
    """A rule set's policy (``"policy"`` of ``ruleset.json``), or the generic one when absent.

    ``classes`` is the number of classes the bands declare; marks may name classes 2 … classes.
    """
    if raw is None:
        return generic_policy(max(classes, 1))
    keys = {"interpretation", "mark_levels"}
    optional = {"top_class_central", "potential_top", "other_interpretations", "source"}
    if not isinstance(raw, dict) or not r.keys(raw, "policy", keys, optional):
        if not isinstance(raw, dict):
            r.fail("policy", _("'{name}' sai kiểu: {value}", name="policy", value=repr(raw)[:80]))
        return generic_policy(max(classes, 1))
    interpretation = _interpretation(r, raw["interpretation"], "policy.interpretation")
    others: list[Interpretation] = []
    extra = raw.get("other_interpretations", [])
    if r.typed(extra, list, "policy", "other_interpretations"):
        for k, item in enumerate(extra):
            found = _interpretation(r, item, f"policy.other_interpretations[{k}]")
            if found is not None:
                others.append(found)
    levels = raw["mark_levels"]
    good_levels = isinstance(levels, list) and all(
        isinstance(v, int) and not isinstance(v, bool) and 2 <= v <= classes for v in levels
    )
    if not good_levels or len(set(levels)) != len(levels):
        r.fail(
            "policy.mark_levels",
            _(
                "các hạng mang dấu {levels} phải là các hạng khác nhau từ 2 đến {classes}",
                levels=repr(levels)[:80],
                classes=classes,
            ),
        )
        levels = []
    flags: dict[str, bool] = {}
    for key in ("top_class_central", "potential_top"):
        value = raw.get(key, False)
        flags[key] = value if r.typed(value, bool, "policy", key) else False
    source = raw.get("source", "")
    if not r.typed(source, str, "policy", "source"):
        source = ""
    if interpretation is None:
        return generic_policy(max(classes, 1))
    return Policy(
        interpretation=interpretation,
        mark_levels=tuple(sorted(levels)),
        top_class_central=flags["top_class_central"],
        potential_top=flags["potential_top"],
        other_interpretations=tuple(others),
        source=source,
    )


def _date(r: _Reader, value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        r.fail(where, _("ngày không hợp lệ: {value}", value=repr(value)))
        return None


def build_rule_set(
    data: Any,
    source: str,
    *,
    classification: Classification | None = None,
    sheet_loader: Callable[[int], Sheet] | None = None,
    official: bool = True,
) -> RuleSet:
    """Build and check a :class:`~ocop.model.RuleSet` from its ``ruleset.json`` data.

    The bands must partition ``0 … maximum`` (lower bounds strictly rising from 0, the top band
    ending at the maximum); authority periods must not overlap.
    """
    r = _Reader(source)
    if not isinstance(data, dict):
        r.fail("", _("không phải một đối tượng JSON"))
        r.done()
    r.keys(data, "", _RULESET_KEYS, _RULESET_OPTIONAL)
    if data.get("format") != RULESET_FORMAT:
        r.fail("format", _("định dạng '{value}' không được hỗ trợ", value=data.get("format")))
        r.done()
    signed = _date(r, data.get("signed"), "signed")
    effective = _date(r, data.get("effective"), "effective")
    replaced = _date(r, data.get("replaced"), "replaced")
    lapsed = _date(r, data.get("lapsed"), "lapsed")
    parts = read_parts(r, data.get("parts"))
    bands_raw = data.get("bands") or {}
    maximum = int(bands_raw.get("maximum", 0))
    lowers = sorted((int(k), int(v)) for k, v in (bands_raw.get("lower_bounds") or {}).items())
    bands: list[StarBand] = []
    if sum(p.maximum for p in parts) != maximum:
        r.fail(
            "bands",
            _(
                "điểm tối đa {maximum} khác tổng các phần {value}",
                maximum=maximum,
                value=sum(p.maximum for p in parts),
            ),
        )
    if not lowers or lowers[0][1] != 0:
        r.fail("bands", _("hạng thấp nhất phải bắt đầu từ 0 điểm"))
    if [s for s, _ in lowers] != list(range(1, len(lowers) + 1)) or len(lowers) > 9:
        r.fail("bands", _("các hạng phải là 1, 2, … liên tiếp (tối đa 9)"))
    for (star, lower), nxt in zip(lowers, [*lowers[1:], None], strict=True):
        upper = nxt[1] if nxt else None
        if upper is not None and upper <= lower:
            r.fail("bands", _("cận dưới của hạng {value} không tăng", value=nxt[0] if nxt else ""))
        if upper is None and lower > maximum:
            r.fail("bands", _("hạng cao nhất vượt quá điểm tối đa"))
        if 1 <= star <= 9:
            bands.append(
                StarBand(StarClass(star), lower, upper, maximum if upper is None else None)
            )
    periods: list[AuthorityPeriod] = []
    for k, a in enumerate(data.get("authorities") or []):
        where = f"authorities[{k}]"
        start = _date(r, a.get("from"), where)
        end = _date(r, a.get("to"), where)
        try:
            stars = tuple((StarClass(int(s)), Authority(v)) for s, v in a["stars"].items())
        except (ValueError, KeyError) as exc:
            r.fail(where, _("cơ quan công nhận không hợp lệ: {exc}", exc=exc))
            continue
        if start is not None:
            periods.append(
                AuthorityPeriod(
                    start,
                    end,
                    stars,
                    a.get("central_body_vi"),
                    a.get("central_body_en"),
                    a.get("note", ""),
                )
            )
    for a, b in itertools.pairwise(periods):
        if a.end is None or b.start <= a.end:
            r.fail(
                "authorities",
                _(
                    "các giai đoạn {start} và {start2} chồng lên nhau",
                    start=a.start,
                    start2=b.start,
                ),
            )
    amendments = []
    for k, a in enumerate(data.get("amendments") or []):
        s, e = (
            _date(r, a.get("signed"), f"amendments[{k}]"),
            _date(r, a.get("effective"), f"amendments[{k}]"),
        )
        if s and e:
            amendments.append(Amendment(a["id"], s, e, a["summary_vi"], a["summary_en"]))
    transition = None
    t = data.get("transition")
    if t:
        transition = Transition(
            t["printed"],
            t["previous_rules_days_first_or_upgrade"],
            t["previous_rules_days_reevaluation"],
            t["late_reevaluation_grace_days"],
        )
    reevaluation = None
    raw_re = data.get("reevaluation")
    if raw_re is not None:
        where = "reevaluation"
        if isinstance(raw_re, dict) and r.keys(
            raw_re, where, {"printed", "earliest_days", "latest_days"}, {"decision_days"}
        ):
            days = [raw_re["earliest_days"], raw_re["latest_days"], raw_re.get("decision_days", 0)]
            if all(r.typed(v, int, where, "days") for v in days) and r.typed(
                raw_re["printed"], str, where, "printed"
            ):
                if not 0 <= days[1] < days[0] <= 3660:
                    r.fail(where, _("cửa sổ đánh giá lại không hợp lệ: {days}", days=days[:2]))
                else:
                    reevaluation = Reevaluation(
                        raw_re["printed"], days[0], days[1], raw_re.get("decision_days")
                    )
        elif not isinstance(raw_re, dict):
            r.fail(where, _("'{name}' sai kiểu: {value}", name=where, value=repr(raw_re)[:80]))
    recognised = data.get("recognised_from", 3)
    if not isinstance(recognised, int) or not 1 <= recognised <= max(len(lowers), 1):
        r.fail(
            "recognised_from",
            _(
                "hạng công nhận {recognised} không phải một hạng đã khai báo",
                recognised=repr(recognised),
            ),
        )
        recognised = 1
    sheets = data.get("sheets") or {}
    if sheets.get("available") and sheet_loader is None:
        r.fail("sheets", _("bộ quy tắc khai báo có phiếu nhưng không nạp được"))
    if classification is None and data.get("classification_summary"):
        classification = summary_classification(data["classification_summary"])
    checked = _date(r, data.get("checked"), "checked")
    policy = read_policy(r, data.get("policy"), len(lowers))
    r.done()
    assert signed is not None
    assert effective is not None
    store = None
    if sheets.get("available") and sheet_loader is not None:
        count = int(sheets.get("count", 0))
        store = SheetStore(tuple(range(1, count + 1)), sheet_loader)
    return RuleSet(
        id=str(data["id"]),
        title_vi=str(data["title_vi"]),
        title_en=str(data["title_en"]),
        signed=signed,
        effective=effective,
        replaced=replaced,
        replaced_by=data.get("replaced_by"),
        parts=tuple(parts),
        bands=tuple(bands),
        certificate_validity_months=int(data["certificate_validity_months"]),
        authorities=tuple(periods),
        recognised_from=StarClass(recognised),
        aliases=tuple(data.get("aliases") or ()),
        amendments=tuple(amendments),
        bands_printed=str(bands_raw.get("printed", "")),
        bands_interpretation=bands_raw.get("interpretation"),
        transition=transition,
        reevaluation=reevaluation,
        classification=classification,
        sheets_missing_vi=sheets.get("missing"),
        sheets_missing_en=sheets.get("missing_en"),
        source=str(data.get("source", "")),
        checked=checked,
        official=official,
        policy=policy,
        lapsed=lapsed,
        dates_source=str(data.get("dates_source", "")),
        bands_derived=bool(bands_raw.get("derived", False)),
        store=store,
    )
