"""Evaluation forms: blank forms out, filled forms in.

A council secretary prints one blank form per member, collects the ticks, types them into a
workbook and scores the council. This package writes the blank form of any product set
(:func:`blank`) as JSON (:func:`form_data`), xlsx with drop-downs (:func:`write_xlsx`),
Markdown (:func:`form_markdown`) or printable A4 HTML (:func:`form_html`), and reads a filled
form back (:func:`read_data`, :func:`read_xlsx`, :func:`read`) into an
:class:`~ocop.Evaluation`, or a council workbook into a :class:`~ocop.Council`. Every value
that does not fit is reported at once, naming the form, the cell or criterion and what was
expected, in a :class:`FormError`; nothing is scored from a half-read form.

    >>> import ocop
    >>> from ocop.forms import blank, form_data, read_data
    >>> data = form_data(blank(22))
    >>> for item in data["criteria"]:
    ...     item["answer"] = len(item["options"])           # the last box everywhere
    >>> best = {r.code: len(r.options) for r in blank(22).rows}
    >>> ocop.score(read_data(data)) == ocop.score(ocop.Evaluation("26/2026", 22, best))
    True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import attrs

from ocop import rules
from ocop.convert import FormatError, from_data
from ocop.errors import FormError, MissingExtraError, OcopError, Problem
from ocop.forms.json_form import form_data, read_data
from ocop.forms.layout import FORMAT, Form, FormOption, FormRow, blank
from ocop.forms.text import form_html, form_markdown
from ocop.forms.xlsx import read_xlsx, write_xlsx
from ocop.i18n import _
from ocop.scoring import Council, Evaluation

__all__ = [
    "FORMAT",
    "Form",
    "FormError",
    "FormOption",
    "FormRow",
    "MissingExtraError",
    "blank",
    "form_data",
    "form_html",
    "form_markdown",
    "read",
    "read_council",
    "read_data",
    "read_xlsx",
    "write",
    "write_xlsx",
]

FORMATS = ("json", "xlsx", "md", "html")


def write(form: Form, path: str | Path, fmt: str, *, members: int = 1, locale: str = "vi") -> None:
    """Write the blank ``form`` to ``path`` as ``json``, ``xlsx``, ``md`` or ``html``."""
    if fmt == "xlsx":
        write_xlsx(form, path, members=members, locale=locale)
        return
    Path(path).write_text(render(form, fmt, locale=locale), encoding="utf-8")


def render(form: Form, fmt: str, *, locale: str = "vi") -> str:
    """The blank ``form`` as text: ``json``, ``md`` or ``html``."""
    if fmt == "json":
        return json.dumps(form_data(form), ensure_ascii=False, indent=1) + "\n"
    if fmt == "md":
        return form_markdown(form, locale)
    if fmt == "html":
        return form_html(form, locale)
    raise FormError(
        fmt,
        [
            Problem(
                "format",
                _(
                    "cần một trong {known}",
                    known=", ".join(f for f in FORMATS if f != "xlsx"),
                ),
            )
        ],
    )


def read(path: str | Path, *, product_set: int | None = None) -> Evaluation | Council:
    """A filled form or a document: an xlsx workbook (one member column: an evaluation;
    several: a council), a JSON form (``ocop-form/1``), or an evaluation or council document
    (``ocop-evaluation/2``, ``ocop-council/2``, or an earlier version). A leading UTF-8 byte
    order mark is ignored. ``product_set`` is the set the caller expects."""
    p = Path(path)
    if p.suffix.lower() == ".xlsx":
        return read_xlsx(p, product_set=product_set)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FormError(p.name, [Problem("$", _("tệp không phải văn bản UTF-8"))]) from None
    except (OSError, ValueError) as e:  # missing, a folder, unreadable, a NUL in the path
        error = getattr(e, "strerror", None) or str(e)
        raise FormError(
            p.name, [Problem("$", _("không đọc được tệp ({error})", error=error))]
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormError(
            p.name,
            [Problem(f"line {exc.lineno}, column {exc.colno}", _("JSON hỏng: {msg}", msg=exc.msg))],
        ) from None
    except RecursionError:
        raise FormError(p.name, [Problem("$", _("JSON lồng nhau quá sâu"))]) from None
    except ValueError:  # a number too long for Python to read
        raise FormError(p.name, [Problem("$", _("JSON có một số quá dài"))]) from None
    if isinstance(data, dict) and str(data.get("format", "")).startswith("ocop-form"):
        found: Evaluation | Council = read_data(data, p.name)
    else:
        try:
            document = from_data(data)
        except FormatError as err:
            raise FormError(p.name, err.problems) from None
        if not isinstance(document, Evaluation | Council):
            raise FormError(
                p.name,
                [
                    Problem(
                        "$.format",
                        _(
                            "cần một phiếu đánh giá, một hội đồng hoặc một phiếu điền tay",
                        ),
                    )
                ],
            )
        found = document
    first = found if isinstance(found, Evaluation) else (found.evaluations or (None,))[0]
    if product_set is not None and first is not None and first.product_set != product_set:
        raise FormError(
            p.name,
            [
                Problem(
                    "$.product_set",
                    _(
                        "đây là phiếu của bộ sản phẩm {printed}, cần phiếu của bộ {expected}",
                        printed=first.product_set,
                        expected=product_set,
                    ),
                )
            ],
        )
    return found


def read_council(paths: Sequence[str | Path]) -> Council:
    """A council from its members' files (each a JSON form, an xlsx form of one member or an
    evaluation document), in order. Every file is read before any problem is raised; the
    problems of all of them are listed together, each under its file's name."""
    members: list[Evaluation] = []
    problems: list[Problem] = []
    for path in paths:
        name = Path(path).name
        try:
            found = read(path)
        except FormError as err:
            problems.extend(Problem(f"{name}: {q.where}", q.text) for q in err.problems)
            continue
        for member in found.evaluations if isinstance(found, Council) else (found,):
            members.append(_canonical(member))
    if problems:
        raise FormError(", ".join(Path(p).name for p in paths), problems)
    about = {
        k: values.pop() if len(values := {getattr(e, k) for e in members} - {None}) == 1 else None
        for k in ("product", "product_code", "producer")
    }
    return Council(members, **about)


def _canonical(ev: Evaluation) -> Evaluation:
    """The member with its rule set spelled as the registry's id (``26/2026`` and
    ``26/2026/QĐ-TTg`` are one rule set; a council compares its members' spellings)."""
    try:
        found = rules.get(ev.rule_set).id
    except OcopError:
        return ev  # an unknown rule set is reported when the council is scored
    return ev if found == ev.rule_set else attrs.evolve(ev, rule_set=found)
