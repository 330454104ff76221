"""The form as Markdown and as printable HTML (A4, like the official sheet).

Both print every scorable criterion with a tick box (☐) per printed option, its points and its
star mark, then the disqualification list and the food-safety gate, for people who fill the
form by hand. The HTML keeps each criterion on one page (``break-inside: avoid``).

    >>> from ocop.forms import blank, form_markdown
    >>> text = form_markdown(blank(1), "en")
    >>> print(text.splitlines()[0])
    # OCOP evaluation form — product set 1: Fresh vegetables, tubers, fruit and nuts
    >>> "- ☐ 3. (3 points) **** Market beyond the commune, 5 or more distributors" in text
    True
"""

from __future__ import annotations

from html import escape

from ocop.forms.layout import Form, FormOption
from ocop.i18n import _, _n, check_locale

BOX = "☐"


def _title(form: Form, locale: str) -> str:
    return _(
        "Phiếu đánh giá sản phẩm OCOP — bộ sản phẩm {n}: {title}",
        n=form.product_set,
        title=form.title(locale),
    ).text(locale)


def _fields(form: Form, locale: str) -> list[str]:
    fields = [
        _("Tên sản phẩm").text(locale),
        _("Mã sản phẩm OCOP").text(locale),
        _("Chủ thể").text(locale),
        _("Người chấm").text(locale),
        _("Ngày chấm").text(locale),
    ]
    return fields


def _option(o: FormOption, locale: str) -> str:
    points = _n("{points} điểm", "{points} điểm", o.points, points=o.points).text(locale)
    case = _(" [TH{case}]", case=o.case).text(locale) if o.case else ""
    stars = f" {o.stars}" if o.mark else ""
    return f"{o.position}. ({points}){stars}{case} {o.label(locale)}"


def form_markdown(form: Form, locale: str = "vi") -> str:
    """The form as Markdown, with ``☐`` tick boxes."""
    lines = [f"# {_title(form, locale)}", "", f"{form.rule_set}", ""]
    lines += [f"- {name}: ______" for name in _fields(form, locale)]
    if form.cases:
        lines += ["", _("Trường hợp (chọn một):").text(locale)]
        lines += [
            f"- {BOX} {c.number}. {c.label_vi if locale == 'vi' else c.label_en or c.label_vi}"
            for c in form.cases
        ]
    section = None
    for row in form.rows:
        if row.section != section:
            section = row.section
            lines += ["", f"## {row.heading(locale)}"]
        lines += ["", f"**{row.code}** {row.label(locale)} (≤ {row.maximum})"]
        if row.condition:
            lines.append(f"*{row.condition}*")
        lines += [f"- {BOX} {_option(o, locale)}" for o in row.options]
        lines.append(f"- {_('Điểm').text(locale)}: ____")
    if form.faults:
        lines += ["", f"## {_('Hồ sơ bị loại khi').text(locale)}"]
        lines += [
            f"- {BOX} {f.id}. {f.label_vi if locale == 'vi' else f.label_en or f.label_vi}"
            for f in form.faults
        ]
    if form.gate is not None:
        lines += [
            "",
            f"## {_('An toàn thực phẩm').text(locale)}",
            f"- {BOX} {_('Mẫu có tạp chất nguy hại').text(locale)}"
            f" ({form.gate.criterion}): {form.gate.printed}",
        ]
    lines += [
        "",
        _(
            "Dấu sao (***, ****, *****): yêu cầu tối thiểu phải đạt cho hạng 3, 4 và 5 sao.",
        ).text(locale),
    ]
    return "\n".join(lines) + "\n"


_CSS = """
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; }
h1 { font-size: 13pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 8pt 0 2pt; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.6pt solid #444; padding: 2pt 4pt; vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.code { width: 9%; font-weight: bold; }
.head-pts { width: 8%; }
.head-stars { width: 9%; }
.score { width: 9%; }
.section td { background: #eee; font-weight: bold; }
td.options { padding: 0; }
.name { padding: 2pt 4pt; }
table.opts td { border: none; border-top: 0.4pt dotted #999; }
table.opts tr:first-child td { border-top: none; }
table.opts td.label { width: 79%; }
table.opts td.pts { width: 10%; text-align: center; border-left: 0.6pt solid #444; }
table.opts td.stars { width: 11%; text-align: center; border-left: 0.6pt solid #444; }
.fields td { border: none; padding: 1pt 0; }
"""


def form_html(form: Form, locale: str = "vi") -> str:
    """The form as a standalone HTML page that prints on A4."""
    e = escape
    head = [
        _("Mã").text(locale),
        _("Tiêu chí và các ô").text(locale),
        _("Điểm").text(locale),
        _("Dấu sao").text(locale),
        _("Điểm chấm").text(locale),
    ]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{locale}"><head><meta charset="utf-8">',
        f"<title>{e(_title(form, locale))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(_title(form, locale))}</h1>",
        f"<p>{e(form.rule_set)}</p>",
        '<table class="fields">',
        *(
            f"<tr><td>{e(name)}: ______________________________</td></tr>"
            for name in _fields(form, locale)
        ),
        "</table>",
    ]
    if form.cases:
        out.append(f"<p>{e(_('Trường hợp (chọn một):').text(locale))}")
        for c in form.cases:
            label = c.label_vi if check_locale(locale) == "vi" else c.label_en or c.label_vi
            out.append(f'<br><span class="case">{BOX} {c.number}. {e(label)}</span>')
        out.append("</p>")
    classes = ("code", "", "head-pts", "head-stars", "score")
    out.append(
        "<table><thead><tr>"
        + "".join(f'<th class="{c}">{e(h)}</th>' for c, h in zip(classes, head, strict=True))
        + "</tr></thead>"
    )
    out.append("<tbody>")
    section = None
    for row in form.rows:
        if row.section != section:
            section = row.section
            out.append(f'<tr class="section"><td colspan="5">{e(row.heading(locale))}</td></tr>')
        condition = f"<div><i>{e(row.condition)}</i></div>" if row.condition else ""
        options = "".join(
            f'<tr><td class="label">{BOX} {o.position}. {e(o.label(locale))}'
            + (f" [{e(_('TH').text(locale))}{o.case}]" if o.case else "")
            + f'</td><td class="pts">{o.points}</td>'
            f'<td class="stars">{o.stars or "&nbsp;"}</td></tr>'
            for o in row.options
        )
        out.append(
            f'<tr class="criterion" data-code="{e(row.code)}"><td class="code">{e(row.code)}</td>'
            f'<td colspan="3" class="options"><div class="name"><b>{e(row.label(locale))}</b>'
            f'{condition}</div><table class="opts">{options}</table></td>'
            '<td class="score"></td></tr>'
        )
    out.append("</tbody></table>")
    if form.faults:
        out.append(f"<h2>{e(_('Hồ sơ bị loại khi').text(locale))}</h2>")
        for f in form.faults:
            label = f.label_vi if check_locale(locale) == "vi" else f.label_en or f.label_vi
            out.append(f'<div class="fault">{BOX} {e(f.id)}. {e(label)}</div>')
    if form.gate is not None:
        gate = _("Mẫu có tạp chất nguy hại").text(locale)
        out.append(
            f'<p class="gate">{BOX} {e(gate)} ({e(form.gate.criterion)}): '
            f"{e(form.gate.printed)}</p>"
        )
    note = _(
        "Dấu sao (***, ****, *****): yêu cầu tối thiểu phải đạt cho hạng 3, 4 và 5 sao.",
    ).text(locale)
    out.append(f"<p>{e(note)}</p></body></html>")
    return "\n".join(out) + "\n"
