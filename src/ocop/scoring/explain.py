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

from ocop.i18n import _, check_locale
from ocop.scoring.evaluation import Council
from ocop.scoring.points import fmt

if TYPE_CHECKING:
    from ocop.scoring.result import Score


def explain(score: Score, locale: str = "vi") -> str:
    """The lines of :meth:`Score.explain <ocop.scoring.Score.explain>`."""
    vi = check_locale(locale) == "vi"
    sheet = score.sheet
    lines: list[str] = []
    title = sheet.title_vi if vi else (sheet.title_en or sheet.title_vi)
    lines.append(
        _(
            "Bộ sản phẩm {product_set} ({title}), {id}.",
            product_set=sheet.product_set,
            title=title,
            id=score.rule_set.id,
        ).text(locale)
    )
    about = _about(score, locale)
    if about:
        lines.append(about)
    if score.evaluators:
        totals = ", ".join(fmt(s.total, locale) for s in score.evaluators)
        lines.append(
            _(
                "Hội đồng {evaluators_count} thành viên: {totals}; điểm trung bình chính xác.",
                evaluators_count=len(score.evaluators),
                totals=totals,
            ).text(locale)
        )
    parts = ", ".join(f"{p.code} {fmt(p.points, locale)}/{p.maximum}" for p in score.parts())
    band = next(b for b in score.rule_set.bands if b.star == score.band)
    lines.append(
        _(
            "Tổng điểm: {total}/{maximum} ({parts}): khoảng điểm {band} ({range}).",
            total=fmt(score.total, locale),
            maximum=score.maximum,
            parts=parts,
            band=score.band.label(locale),
            range=band.describe(locale),
        ).text(locale)
    )
    if score.gated:
        codes = ", ".join(score.gated)
        lines.append(
            _("Mẫu có tạp chất nguy hại: {codes} được tính 0 điểm.", codes=codes).text(locale)
        )
    missed = score.missed_marks(up_to=int(score.band))
    if missed:
        items = "; ".join(
            _(
                "{code} cần ít nhất phương án {position} ({points} điểm) cho {level}, "
                "hiện có {reached}",
                code=m.criterion.code,
                position=m.required_position,
                points=m.required.points,
                level=m.level.label(locale),
                reached=fmt(m.reached, locale),
            ).text(locale)
            for m in missed
        )
        lines.append((_("Dấu sao chưa đạt: ").text(locale)) + items + ".")
    if score.disqualified:
        faults = "; ".join(
            f.label_vi if vi else f.label_en or f.label_vi for f in score.disqualified
        )
        lines.append(
            _(
                "Hồ sơ bị loại ({count} lỗi, như in trên phiếu): {faults}.",
                count=len(score.disqualified),
                faults=faults,
            ).text(locale)
        )
    elif score.star is not None:
        if score.potential_top:
            status = _(
                "tiềm năng {star}: chỉ Hội đồng cấp trung ương công nhận {star}",
                star=score.star.label(locale),
            ).text(locale)
        elif score.recognised:
            status = _("được công nhận").text(locale)
        else:
            status = _("không được công nhận").text(locale)
        lines.append(
            _("Hạng: {star}, {status}.", star=score.star.label(locale), status=status).text(locale)
        )
        if score.authority is not None and score.on is not None:
            lines.append(
                _(
                    "Cấp công nhận ngày {day}: {authority}.",
                    day=score.on.isoformat(),
                    authority=score.authority.label(locale),
                ).text(locale)
            )
    lines.append(
        (_("Cách hiểu").text(locale))
        + f" ({score.interpretation.id}): "
        + _lower_first(score.interpretation.text(locale))
    )
    return "\n".join(lines)


def _about(score: Score, locale: str) -> str:
    """The product line: name, code and producer, as far as the sheet names them."""
    source = score.source
    if isinstance(source, Council):
        product, code, producer = source.about()
    else:
        product, code, producer = source.product, source.product_code, source.producer
    bits = []
    if product:
        bits.append(_("Sản phẩm: {product}", product=product).text(locale))
    if code:
        bits.append(_("mã {code}", code=code).text(locale))
    if producer:
        bits.append(_("chủ thể: {producer}", producer=producer).text(locale))
    return ", ".join(bits) + "." if bits else ""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
