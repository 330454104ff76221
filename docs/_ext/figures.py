"""Draw the pictures of "OCOP in five minutes" at each build, from the library's own data.

Each figure is an SVG file written by hand (no plotting library) into ``<tree>/_generated/``
when the build starts, so the pictures never drift from the rules and the data:

- ``process.svg``: from dossier to certificate, with the council levels, the part maxima, the
  star-mark levels, the bands and the certificate validity read from the rule set;
- ``bands.svg``: the star bands of the rule set as one bar from 0 to the maximum;
- ``register-stars.svg`` and ``register-regions.svg``: the bundled example register (synthetic
  data) by star class and by region, every kept row in one bar;
- ``national.svg``: the published national counts of 3★+ products, one bar per dated row of
  ``docs/_data/national_totals.csv`` that has a count.

Labels are in the language of the tree (``app.config.language``). Every figure has a white
background box (readable in the light and the dark theme), a ``<title>`` and a ``<desc>``,
real text, a ``viewBox`` and ``width="100%"``. Each bar carries its value in ``data-value``.

    >>> svg = bands_svg(ocop.rules.get("26/2026"), "en")
    >>> 'data-threshold="90"' in svg, '<title id="fig-bands-title">' in svg
    (True, True)
"""

from __future__ import annotations

import csv
import html
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import ocop
from ocop.model import RuleSet
from ocop.model.ruleset import Authority, AuthorityPeriod
from ocop.register.entry import Entry
from ocop.report.formatting import number
from ocop.report.tables import label as table_label
from ocop.stats import count

DOCS = Path(__file__).resolve().parent.parent
NATIONAL = DOCS / "_data" / "national_totals.csv"
RULE_SET = "26/2026"
OUT_DIR = "_generated"

FONT = "font-family=\"'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif\""
INK = "#1a1a1a"
MUTED = "#555555"
STAR_FILL = {1: "#d9d9d9", 2: "#bdbdbd", 3: "#7fb3d5", 4: "#2e86c1", 5: "#1b4f72"}
BAR = "#2e86c1"
BAR_DERIVED = "#a9cce3"

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "process_title": "Quy trình OCOP: từ hồ sơ đến giấy chứng nhận",
        "dossier": "Hồ sơ",
        "dossier_text": "Chủ thể nộp hồ sơ; xã đánh giá sơ bộ",
        "council": "Hội đồng",
        "score": "Điểm",
        "score_text": "Trung bình tổng điểm của các thành viên (tối đa {max})",
        "marks": "Dấu sao",
        "marks_text": "Mức tối thiểu phải đạt cho {levels}",
        "class": "Hạng sao",
        "class_text": "{first}–{last} theo khoảng điểm; từ {recognised} được công nhận",
        "certificate": "Giấy chứng nhận",
        "certificate_text": "Hiệu lực {months} tháng kể từ ngày quyết định",
        "bands_title": "Khoảng điểm của các hạng sao ({rule_set})",
        "bands_desc": "Thanh điểm từ 0 đến {max}; mỗi khoảng tính từ mốc dưới đến dưới mốc trên.",
        "points": "điểm",
        "recognised": "được công nhận",
        "synthetic": "dữ liệu tổng hợp (giả lập)",
        "stars_title": "Sổ đăng ký ví dụ theo hạng sao",
        "regions_title": "Sổ đăng ký ví dụ theo vùng",
        "total": "Tổng: {total} sản phẩm",
        "national_title": "Sản phẩm OCOP từ 3 sao trở lên trên cả nước",
        "national_desc": "Số liệu công bố, mỗi dòng một thời điểm; nguồn: national_totals.csv",
        "derived": "suy ra từ hai nguồn",
        "ambiguous": "thời điểm không rõ",
        "rows_drawn": "{drawn}/{rows} dòng được vẽ; {missing} dòng không có số sản phẩm 3★+",
    },
    "en": {
        "process_title": "The OCOP process: from dossier to certificate",
        "dossier": "Dossier",
        "dossier_text": "The producer files a dossier; the commune pre-assesses it",
        "council": "Council",
        "score": "Score",
        "score_text": "Average of the members' totals (at most {max})",
        "marks": "Star marks",
        "marks_text": "Minimum requirements for {levels}",
        "class": "Star class",
        "class_text": "{first}–{last} by band of points; {recognised} and up recognised",
        "certificate": "Certificate",
        "certificate_text": "Valid {months} months from the decision date",
        "bands_title": "The star bands ({rule_set})",
        "bands_desc": "Points from 0 to {max}; each band runs from its lower mark to under "
        "the next.",
        "points": "points",
        "recognised": "recognised",
        "synthetic": "synthetic data",
        "stars_title": "The example register by star class",
        "regions_title": "The example register by region",
        "total": "Total: {total} products",
        "national_title": "OCOP products of 3★ and above, nationwide",
        "national_desc": "Published counts, one row per date; source: national_totals.csv",
        "derived": "derived from two sources",
        "ambiguous": "date unclear",
        "rows_drawn": "{drawn} of {rows} rows drawn; {missing} without a count of 3★+ products",
    },
}


def _words(lang: str) -> dict[str, str]:
    return WORDS["vi" if lang == "vi" else "en"]


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: int = 14,
    anchor: str = "start",
    weight: str = "normal",
    fill: str = INK,
) -> str:
    return (
        f'<text x="{x:g}" y="{y:g}" font-size="{size}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}">{_esc(content)}</text>'
    )


def _svg(width: int, height: int, title: str, desc: str, body: Iterable[str], name: str) -> str:
    ident = f"fig-{name}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-labelledby="{ident}-title {ident}-desc" {FONT}>',
        f'<title id="{ident}-title">{_esc(title)}</title>',
        f'<desc id="{ident}-desc">{_esc(desc)}</desc>',
        f'<rect x="0" y="0" width="{width}" height="{height}" rx="8" fill="#ffffff" '
        'stroke="#cccccc"/>',
        *body,
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def _stars(levels: Sequence[int]) -> str:
    """``[3, 4]`` → ``"3–4★"``; ``[5]`` → ``"5★"``; ``[3, 5]`` → ``"3★, 5★"``."""
    values = sorted(levels)
    if len(values) > 1 and values == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}–{values[-1]}★"
    return ", ".join(f"{v}★" for v in values)


def current_period(rs: RuleSet) -> AuthorityPeriod:
    """The rule set's newest period of authorities (the one still open, if any)."""
    return max(rs.authorities, key=lambda p: p.start)


def councils(rs: RuleSet, lang: str) -> list[tuple[str, str]]:
    """Who recognises which classes in the rule set's newest period: ``(who, "3–4★")``.

    >>> councils(ocop.rules.get("26/2026"), "en")
    [("Provincial People's Committee", '3–4★'), ('Ministry of Agriculture and Environment', '5★')]
    """
    period = current_period(rs)
    by_authority: dict[Authority, list[int]] = {}
    for star, authority in period.stars:
        by_authority.setdefault(authority, []).append(int(star))
    out = []
    for authority, stars in by_authority.items():
        who = authority.label(lang)
        if authority is Authority.CENTRAL:
            body = period.central_body_vi if lang == "vi" else period.central_body_en
            who = body or who
        out.append((who[:1].upper() + who[1:], _stars(stars)))
    return out


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width) or [""]


def process_svg(rs: RuleSet, lang: str) -> str:
    """The steps from dossier to certificate, in two columns read left to right, top down."""
    w = _words(lang)
    bands = sorted(rs.bands, key=lambda b: b.star)
    marks = [int(s) for s in rs.policy.mark_levels]
    steps = [
        (w["dossier"], w["dossier_text"]),
        (w["council"], "; ".join(f"{who}: {stars}" for who, stars in councils(rs, lang))),
        (
            w["score"],
            " + ".join(f"{p.code} {p.maximum}" for p in rs.parts)
            + f" = {rs.maximum}. "
            + w["score_text"].format(max=rs.maximum),
        ),
        (w["marks"], w["marks_text"].format(levels=", ".join(f"{m}★" for m in marks))),
        (
            w["class"],
            w["class_text"].format(
                first=bands[0].star.symbol,
                last=bands[-1].star.symbol,
                recognised=rs.recognised_from.symbol,
            ),
        ),
        (w["certificate"], w["certificate_text"].format(months=rs.certificate_validity_months)),
    ]
    width, box_w, box_h, gap_x, gap_y, margin = 420, 178, 136, 24, 30, 20
    rows = (len(steps) + 1) // 2
    height = margin * 2 + 34 + rows * box_h + (rows - 1) * gap_y
    body = [
        _text(width / 2, margin + 14, w["process_title"], size=16, anchor="middle", weight="bold")
    ]
    body.append(
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        f'fill="{MUTED}"/></marker></defs>'
    )
    top = margin + 34
    centres = []
    for i, (head, text) in enumerate(steps):
        row, col = divmod(i, 2)
        x = margin + col * (box_w + gap_x)
        y = top + row * (box_h + gap_y)
        centres.append((x, y))
        body.append(
            f'<g class="step" data-step="{i + 1}">'
            f'<rect x="{x}" y="{y}" width="{box_w}" height="{box_h}" rx="10" '
            f'fill="#eaf2f8" stroke="#2e86c1" stroke-width="1.5"/>'
        )
        body.append(_text(x + 10, y + 24, f"{i + 1}. {head}", size=15, weight="bold"))
        lines = _wrap(text, 21)
        assert len(lines) <= 5, lines
        for k, line in enumerate(lines):
            body.append(_text(x + 10, y + 46 + k * 17, line, size=14))
        body.append("</g>")
    for i in range(len(steps) - 1):
        (x1, y1), (x2, y2) = centres[i], centres[i + 1]
        if y1 == y2:  # to the right
            path = f"M{x1 + box_w},{y1 + box_h / 2} L{x2 - 2},{y2 + box_h / 2}"
        else:  # down to the start of the next row
            path = (
                f"M{x1 + box_w / 2},{y1 + box_h} L{x1 + box_w / 2},{y1 + box_h + gap_y / 2} "
                f"L{x2 + box_w / 2},{y1 + box_h + gap_y / 2} L{x2 + box_w / 2},{y2 - 2}"
            )
        body.append(
            f'<path d="{path}" fill="none" stroke="{MUTED}" stroke-width="2" '
            'marker-end="url(#arrow)"/>'
        )
    desc = " → ".join(f"{h}: {t}" for h, t in steps)
    return _svg(width, height, w["process_title"], desc, body, "process")


def bands_svg(rs: RuleSet, lang: str) -> str:
    """The bands of ``rs`` as one bar from 0 to its maximum, each threshold marked."""
    w = _words(lang)
    bands = sorted(rs.bands, key=lambda b: b.lower)
    top = rs.maximum
    width, margin, bar_y, bar_h = 460, 20, 64, 44
    scale = (width - 2 * margin) / top
    title = w["bands_title"].format(rule_set=rs.id)
    body = [_text(margin, 30, title, size=16, weight="bold")]
    body.append(_text(margin, 50, w["bands_desc"].format(max=top), size=12, fill=MUTED))
    for band in bands:
        upper = band.upper if band.upper is not None else (band.maximum or top)
        x = margin + band.lower * scale
        span = (upper - band.lower) * scale
        star = int(band.star)
        fill = STAR_FILL.get(star, BAR)
        ink = "#ffffff" if star >= 4 else INK
        body.append(
            f'<rect class="band" data-star="{star}" data-lower="{band.lower}" '
            f'data-upper="{upper}" x="{x:g}" y="{bar_y}" width="{span:g}" height="{bar_h}" '
            f'fill="{fill}" stroke="#ffffff" stroke-width="1"/>'
        )
        body.append(
            _text(
                x + span / 2,
                bar_y + 28,
                band.star.symbol,
                size=15,
                anchor="middle",
                weight="bold",
                fill=ink,
            )
        )
    thresholds = sorted({b.lower for b in bands} | {top})
    for t in thresholds:
        x = margin + t * scale
        body.append(
            f'<g class="threshold" data-threshold="{t}">'
            f'<line x1="{x:g}" y1="{bar_y - 4}" x2="{x:g}" y2="{bar_y + bar_h + 6}" '
            f'stroke="{INK}" stroke-width="1.5"/>'
            + _text(x, bar_y + bar_h + 22, str(t), size=14, anchor="middle")
            + "</g>"
        )
    recognised = next(b for b in bands if b.star == rs.recognised_from)
    x0 = margin + recognised.lower * scale
    x1 = margin + top * scale
    y = bar_y + bar_h + 38
    body.append(
        f'<path d="M{x0:g},{y - 6} L{x0:g},{y} L{x1:g},{y} L{x1:g},{y - 6}" fill="none" '
        f'stroke="{INK}" stroke-width="1.5"/>'
    )
    body.append(
        _text(
            (x0 + x1) / 2,
            y + 18,
            f"{rs.recognised_from.symbol}+ {w['recognised']}",
            size=14,
            anchor="middle",
        )
    )
    lines = [f"{b.star.symbol}: {b.describe(lang)}" for b in reversed(bands)]
    y = bar_y + bar_h + 82
    for k, line in enumerate(lines):
        body.append(_text(margin, y + k * 20, line, size=13))
    height = y + len(lines) * 20
    return _svg(width, height, title, "; ".join(lines), body, "bands")


def _hbars(
    name: str,
    title: str,
    subtitle: str,
    rows: Sequence[tuple[str, int, str]],
    lang: str,
    footer: Sequence[str] = (),
) -> str:
    """Horizontal bars: ``(label, value, fill)`` each, the label above its bar and the value
    at the bar's end (full-width labels stay readable on a narrow screen)."""
    width, margin, row_h, value_w = 400, 16, 42, 60
    longest = max((v for _, v, _ in rows), default=0) or 1
    scale = (width - 2 * margin - value_w) / longest
    body = [_text(margin, 28, title, size=16, weight="bold")]
    body.append(_text(margin, 48, subtitle, size=13, fill=MUTED))
    top = 60
    for k, (text, value, fill) in enumerate(rows):
        y = top + k * row_h
        span = value * scale
        body.append(
            f'<g class="bar" data-value="{value}">'
            + _text(margin, y + 16, text, size=14)
            + f'<rect x="{margin}" y="{y + 22}" width="{span:g}" height="14" fill="{fill}"/>'
            + _text(margin + span + 5, y + 34, number(value, lang), size=14)
            + "</g>"
        )
    y = top + len(rows) * row_h + 16
    for k, line in enumerate(footer):
        body.append(
            _text(
                margin,
                y + k * 18,
                line,
                size=13,
                fill=MUTED if k else INK,
                weight="normal" if k else "bold",
            )
        )
    height = y + max(len(footer) - 1, 0) * 18 + 16
    desc = "; ".join(f"{t}: {number(v, lang)}" for t, v, _ in rows)
    return _svg(width, height, title, f"{subtitle}. {desc}", body, name)


def register_stars_svg(entries: Sequence[Entry], lang: str) -> str:
    """The register's rows by star class (potential 5★ apart); the bars sum to ``len(entries)``."""
    w = _words(lang)
    counts = count(entries, "star")
    assert counts.total == len(entries)
    rows = [
        (table_label("star", key[0], lang), counts[key], STAR_FILL.get(int(key[0].star), BAR))
        for key in counts
    ]
    total = w["total"].format(total=number(counts.total, lang))
    return _hbars("register-stars", w["stars_title"], w["synthetic"], rows, lang, [total])


def register_regions_svg(entries: Sequence[Entry], lang: str) -> str:
    """The register's rows by region (none for a unit that spans two regions)."""
    w = _words(lang)
    counts = count(entries, "region")
    assert counts.total == len(entries)
    rows = [(table_label("region", key[0], lang), counts[key], BAR) for key in counts]
    total = w["total"].format(total=number(counts.total, lang))
    return _hbars("register-regions", w["regions_title"], w["synthetic"], rows, lang, [total])


def read_national(path: Path = NATIONAL) -> list[dict[str, str]]:
    """The rows of ``national_totals.csv`` as they are in the file."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def national_rows(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """The rows that have a count of 3★+ products (the others are drawn as nothing)."""
    return [r for r in rows if r["products_3star_plus"].strip()]


def _as_of(row: dict[str, str]) -> str:
    text = row["as_of"].split(" ")[0]
    if row["as_of_precision"] == "ambiguous":
        text += " ?"
    if row["derived"] == "yes":
        text += " *"
    return text


def national_svg(rows: Sequence[dict[str, str]], lang: str) -> str:
    """One bar per row with a count, in the order of the file; derived rows paler."""
    w = _words(lang)
    drawn = national_rows(rows)
    bars = [
        (
            _as_of(r),
            int(r["products_3star_plus"]),
            BAR_DERIVED if r["derived"] == "yes" else BAR,
        )
        for r in drawn
    ]
    footer = [
        w["rows_drawn"].format(drawn=len(drawn), rows=len(rows), missing=len(rows) - len(drawn))
    ]
    if any(r["derived"] == "yes" for r in drawn):
        footer.append(f"* {w['derived']}")
    if any(r["as_of_precision"] == "ambiguous" for r in drawn):
        footer.append(f"? {w['ambiguous']}")
    return _hbars("national", w["national_title"], w["national_desc"], bars, lang, footer)


FIGURES = ("process", "bands", "register-stars", "register-regions", "national")


def generate(tree: Path, lang: str) -> dict[str, Path]:
    """Write every figure of ``lang`` into ``tree/_generated``; return the paths by name."""
    rs = ocop.rules.get(RULE_SET)
    entries = ocop.register.example().entries
    national = read_national()
    svgs = {
        "process": process_svg(rs, lang),
        "bands": bands_svg(rs, lang),
        "register-stars": register_stars_svg(entries, lang),
        "register-regions": register_regions_svg(entries, lang),
        "national": national_svg(national, lang),
    }
    out = tree / OUT_DIR
    out.mkdir(exist_ok=True)
    paths = {}
    for name, svg in svgs.items():
        path = out / f"{name}.svg"
        if not path.exists() or path.read_text(encoding="utf-8") != svg:
            path.write_text(svg, encoding="utf-8")
        paths[name] = path
    return paths


def _builder_inited(app: Any) -> None:
    generate(Path(app.srcdir), str(app.config.language or "en"))


def setup(app: Any) -> dict[str, Any]:
    app.connect("builder-inited", _builder_inited)
    return {"parallel_read_safe": True, "version": "1"}


__all__ = [
    "FIGURES",
    "bands_svg",
    "councils",
    "generate",
    "national_svg",
    "process_svg",
    "read_national",
    "register_regions_svg",
    "register_stars_svg",
]
