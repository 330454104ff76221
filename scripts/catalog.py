"""Manage the message catalogs with babel's tools.

Usage::

    python scripts/catalog.py harvest   # move "_(vi, en)" pairs of the sources into the catalog
    python scripts/catalog.py update    # extract (pybabel extract), update, compile
    python scripts/catalog.py check     # exit 1 on untranslated messages or stale files

Vietnamese is the source language (the msgid); English is the translation (the msgstr).
``harvest`` lets a developer write a new message as ``_("tiếng Việt", "English", x=1)``: it
adds the pair to ``ocop.po`` and rewrites the call to ``_("tiếng Việt", x=1)``.
"""

from __future__ import annotations

import ast
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "ocop"
LOCALE = SRC / "locale"
POT = LOCALE / "ocop.pot"
PO = LOCALE / "en" / "LC_MESSAGES" / "ocop.po"
MO = LOCALE / "en" / "LC_MESSAGES" / "ocop.mo"
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def _names(text: str) -> list[str]:
    """The named placeholders of a message ({{ and }} are literal braces)."""
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def _read() -> Catalog:
    if PO.exists():
        with PO.open("rb") as fh:
            return read_po(fh, locale="en", domain="ocop")
    return Catalog(locale="en", domain="ocop", project="ocop")


def _write(catalog: Catalog) -> None:
    PO.parent.mkdir(parents=True, exist_ok=True)
    with PO.open("wb") as fh:
        write_po(fh, catalog, width=100, omit_header=False, sort_output=True)


def harvest() -> int:
    catalog = _read()
    moved = 0
    for path in sorted(SRC.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        cuts: list[tuple[int, int]] = []
        lines = source.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line.encode("utf-8")))
        data = source.encode("utf-8")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                vi, en = node.args[0].value, node.args[1].value  # type: ignore[attr-defined]
                existing = catalog.get(vi)
                if existing is not None and existing.string and existing.string != en:
                    print(f"{path}:{node.lineno}: new English for {vi!r}")
                    catalog.delete(vi)
                catalog.add(vi, en)
                first, second = node.args
                start = offsets[first.end_lineno - 1] + first.end_col_offset  # type: ignore[operator]
                end = offsets[second.end_lineno - 1] + second.end_col_offset  # type: ignore[operator]
                cuts.append((start, end))
        if cuts:
            for start, end in sorted(cuts, reverse=True):
                data = data[:start] + data[end:]
            path.write_bytes(data)
            moved += len(cuts)
    _write(catalog)
    print(f"moved {moved} messages into {PO.relative_to(ROOT)}")
    return 0


def extract(target: Path) -> None:
    """Extract every ``_("…")`` message of the package into the template ``target``."""
    cli = CommandLineInterface()
    cli.run(  # type: ignore[no-untyped-call]
        [
            "pybabel",
            "-q",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            "-k",
            "_",
            "-k",
            "_n:1,2",
            "--no-location",
            "--sort-output",
            "--project",
            "ocop",
            "-o",
            str(target),
            str(ROOT),
        ]
    )


def update() -> int:
    extract(POT)
    with POT.open("rb") as fh:
        template = read_po(fh)
    catalog = _read()
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    _write(catalog)
    _compile(catalog)
    return check()


def _compile(catalog: Catalog) -> None:
    with MO.open("wb") as fh:
        write_mo(fh, catalog)


def check() -> int:
    problems = []
    catalog = _read()
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {message.id!r}")
        elif any(_names(str(t)) != _names(str(ids[0])) for t in strings):
            problems.append(f"placeholders differ: {message.id!r} / {message.string!r}")
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    if not MO.exists() or MO.read_bytes() != compiled.getvalue():
        problems.append(f"{MO.relative_to(ROOT)} is out of date: run scripts/catalog.py update")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    raise SystemExit({"harvest": harvest, "update": update, "check": check}[command]())
