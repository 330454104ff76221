"""The blank evaluation forms of every product set, written at each build for download.

The forms are the ones the library writes (:mod:`ocop.forms`): the printable A4 HTML, the
xlsx workbook (when openpyxl is installed), the JSON form and Markdown. The Vietnamese forms
carry the official wording; the English pages also offer the forms in English. A file is
rewritten only when its content changes, so an unchanged form does not make Sphinx read the
pages again.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ocop.errors import MissingExtraError
from ocop.forms import Form, blank, render, write_xlsx

FORMATS = ("html", "xlsx", "json", "md")
"""The formats offered, in the order shown."""

LOCALE_FORMATS = {"vi": FORMATS, "en": ("html", "xlsx", "md")}
"""The formats written in each locale (the JSON form holds both languages)."""


@dataclass(frozen=True)
class Written:
    """The forms written for one build: file names by (set, locale, format), and why a format
    is missing, if one is."""

    files: dict[tuple[int, str, str], str]
    missing: dict[str, str]


EXTENSIONS = {"html": "htm"}
"""The HTML form is saved as ``.htm``: a browser opens it the same, and the site's own pages
(``.html``, each with its language switch) stay apart from the downloads."""


def file_name(product_set: int, locale: str, fmt: str) -> str:
    """``ocop-form-set-01.htm``, ``ocop-form-set-01.xlsx``; the English forms end in ``-en``."""
    suffix = "" if locale == "vi" else f"-{locale}"
    return f"ocop-form-set-{product_set:02d}{suffix}.{EXTENSIONS.get(fmt, fmt)}"


def expected_forms(product_sets: list[int], locales: tuple[str, ...]) -> Written:
    """The names :func:`write_forms` gives, every format taken as available."""
    files = {
        (number, locale, fmt): file_name(number, locale, fmt)
        for number in product_sets
        for locale in locales
        for fmt in LOCALE_FORMATS[locale]
    }
    return Written(files, {})


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` unless the file already holds it; true when written."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def _workbook_parts(path: Path) -> dict[str, bytes]:
    """The members of an xlsx file, without the creation and modification times."""
    with zipfile.ZipFile(path) as book:
        return {n: book.read(n) for n in book.namelist() if n != "docProps/core.xml"}


def _write_xlsx(form: Form, path: Path, locale: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / path.name
        write_xlsx(form, fresh, locale=locale)
        if path.exists() and _workbook_parts(path) == _workbook_parts(fresh):
            return
        path.write_bytes(fresh.read_bytes())


def write_forms(out: Path, product_sets: list[int], locales: tuple[str, ...]) -> Written:
    """Write the blank forms of ``product_sets`` in ``locales`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    files: dict[tuple[int, str, str], str] = {}
    missing: dict[str, str] = {}
    for number in product_sets:
        form = blank(number)
        for locale in locales:
            for fmt in LOCALE_FORMATS[locale]:
                name = file_name(number, locale, fmt)
                if fmt == "xlsx":
                    if "xlsx" in missing:
                        continue
                    try:
                        _write_xlsx(form, out / name, locale)
                    except MissingExtraError as err:
                        missing["xlsx"] = err.package
                        continue
                else:
                    write_if_changed(out / name, render(form, fmt, locale=locale))
                files[number, locale, fmt] = name
    return Written(files, missing)
