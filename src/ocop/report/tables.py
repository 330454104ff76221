"""Tables of counts as plain text, Markdown or CSV, with localized labels and numbers.

>>> from ocop.stats import Counts
>>> from ocop.register import Rank
>>> from ocop.report.tables import table
>>> c = Counts(("star",), {(Rank.THREE,): 1500, (Rank.FOUR,): 669})
>>> print(table(c, "vi", "md"))
| Hạng sao | Số sản phẩm | Tỷ lệ |
|---|---:|---:|
| 3 sao | 1.500 | 69,2% |
| 4 sao | 669 | 30,8% |
| Tổng | 2.169 | 100,0% |
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ocop.errors import UsageError
from ocop.i18n import _, check_locale
from ocop.records import producer_type
from ocop.register.rows import classification_for
from ocop.report.formatting import number, percent
from ocop.stats.counts import Counts, dimension


def label(name: str, value: Any, locale: str = "vi") -> str:
    """How a dimension value reads in a table."""
    vi = check_locale(locale) == "vi"
    if value is None:
        return _("(không rõ)").text(locale)
    if name == "north":
        return (_("Miền Bắc").text(locale)) if value else (_("Ngoài miền Bắc").text(locale))
    if hasattr(value, "label") and callable(value.label):
        return str(value.label(locale))
    tree = classification_for(None)
    if name == "sector":
        sector = tree.sector(value)
        return f"{value}. {sector.label_vi if vi else sector.label_en}"
    if name == "group":
        found = next(g for g in tree.groups() if g.code == value)
        return f"{value}. {found.label_vi if vi else found.label_en}"
    if name == "product_set":
        ps = tree.product_set(value)
        return f"{value}. {ps.label_vi if vi else ps.label_en}"
    if name == "producer_type":
        return producer_type(value).label(locale)
    return str(value)


def rows(
    counts: Counts, locale: str = "vi", *, order: str = "key", decimals: int = 1
) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a table of ``counts`` (``order`` ``"key"`` or ``"count"``)."""
    header = [dimension(n).label(locale) for n in counts.by]
    header += [_("Số sản phẩm").text(locale), _("Tỷ lệ").text(locale)]
    keys = counts.keys() if order == "key" else [k for k, _ in counts.most_common()]
    body = [
        [label(n, v, locale) for n, v in zip(counts.by, key, strict=True)]
        + [number(counts[key], locale), percent(counts.share(key), locale, decimals)]
        for key in keys
    ]
    total_label = [_("Tổng").text(locale)] + [""] * (len(counts.by) - 1)
    whole = percent(1 if counts.total else 0, locale, decimals)
    body.append([*total_label, number(counts.total, locale), whole])
    return header, body


def table(
    counts: Counts,
    locale: str = "vi",
    format: str = "text",
    *,
    order: str = "key",
    decimals: int = 1,
) -> str:
    """``counts`` as a ``"text"``, ``"md"`` or ``"csv"`` table."""
    header, body = rows(counts, locale, order=order, decimals=decimals)
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)
        return out.getvalue().rstrip("\n")
    numeric = len(counts.by)
    if format == "md":
        lines = [
            "| " + " | ".join(header) + " |",
            "|" + "|".join("---" if i < numeric else "---:" for i in range(len(header))) + "|",
        ]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines)
    if format != "text":
        raise UsageError(
            _(
                "định dạng phải là text, md hoặc csv, không phải {format}",
                format=repr(format),
            )
        )
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < numeric else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in body[:-1]), rule, line(body[-1])])
