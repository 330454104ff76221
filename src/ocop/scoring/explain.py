"""A score explained in a few lines of Vietnamese or English.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> answers = {c.code: len(c.options) for c in sheet.scorable}
    >>> answers["4.1"] = 2
    >>> text = ocop.score(ocop.Evaluation("26/2026", 1, answers)).explain("en")
    >>> print(text)  # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
    Product set 1 (Fresh vegetables, tubers, fruit and nuts) under 26/2026/QĐ-TTg.
    Total: 97/100 (A 40/40, B 22/25, C 35/35): the band of 5 stars (90 to 100 points).
    Star marks missed: 4.1 needs at least option 3 (3 points) for 4 stars; it has 2;
        4.1 needs at least option 4 (5 points) for 5 stars; it has 2.
    Star class: 3 stars, recognised.
    Interpretation (ocop.star-marks/1): the star class is the highest s such that ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ocop.scoring.result import fmt

if TYPE_CHECKING:
    from ocop.scoring.result import Score


def explain(score: Score, locale: str = "vi") -> str:
    vi = locale == "vi"
    sheet = score.sheet
    lines: list[str] = []
    title = sheet.title_vi if vi else (sheet.title_en or sheet.title_vi)
    lines.append(f"Bộ sản phẩm {sheet.product_set} ({title}), {score.rule_set.id}." if vi else
                 f"Product set {sheet.product_set} ({title}) under {score.rule_set.id}.")
    if score.evaluators:
        totals = ", ".join(fmt(s.total, locale) for s in score.evaluators)
        lines.append(f"Hội đồng {len(score.evaluators)} thành viên: {totals}; điểm trung bình "
                     "chính xác." if vi else f"Council of {len(score.evaluators)}: {totals}; "
                     "the exact average is used.")
    parts = ", ".join(f"{p.code} {fmt(p.points, locale)}/{p.maximum}" for p in score.parts())
    band = next(b for b in score.rule_set.bands if b.star == score.band)
    lines.append(
        f"Tổng điểm: {fmt(score.total, locale)}/{score.maximum} ({parts}): khoảng điểm "
        f"{score.band.label('vi')} ({band.describe('vi')})." if vi else
        f"Total: {fmt(score.total, locale)}/{score.maximum} ({parts}): the band of "
        f"{score.band.label('en')} ({band.describe('en')}).")
    if score.gated:
        codes = ", ".join(score.gated)
        lines.append(f"Mẫu có tạp chất nguy hại: {codes} được tính 0 điểm." if vi else
                     f"Sample with harmful impurities: {codes} score 0.")
    missed = score.missed_marks(up_to=int(score.band))
    if missed:
        items = "; ".join(
            (f"{m.criterion.code} cần ít nhất phương án {m.required_position} "
             f"({m.required.points} điểm) cho {m.level.label('vi')}, hiện có "
             f"{fmt(m.reached, locale)}") if vi else
            (f"{m.criterion.code} needs at least option {m.required_position} "
             f"({m.required.points} points) for {m.level.label('en')}; it has "
             f"{fmt(m.reached, locale)}")
            for m in missed)
        lines.append(("Dấu sao chưa đạt: " if vi else "Star marks missed: ") + items + ".")
    if score.disqualified:
        faults = "; ".join(f.label_vi for f in score.disqualified)
        lines.append(f"Hồ sơ bị loại: {faults}." if vi else
                     f"Dossier disqualified ({len(score.disqualified)} fault(s), as printed): "
                     f"{faults}.")
    elif score.star is not None:
        if score.potential_five:
            status = ("tiềm năng 5 sao: chỉ Hội đồng cấp trung ương công nhận 5 sao" if vi else
                      "potential 5 stars: only the central council recognises 5 stars")
        elif score.recognised:
            status = "được công nhận" if vi else "recognised"
        else:
            status = "không được công nhận" if vi else "not recognised"
        lines.append(f"Hạng: {score.star.label('vi')}, {status}." if vi else
                     f"Star class: {score.star.label('en')}, {status}.")
        if score.authority is not None and score.on is not None:
            lines.append(f"Cấp công nhận ngày {score.on.isoformat()}: "
                         f"{score.authority.label('vi')}." if vi else
                         f"Recognised on {score.on.isoformat()} by the "
                         f"{score.authority.label('en')}.")
    lines.append(("Cách hiểu" if vi else "Interpretation") + f" ({score.interpretation.id}): "
                 + _lower_first(score.interpretation.text(locale)))
    return "\n".join(lines)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
