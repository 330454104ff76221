"""The package layout: each package imports only layers below it, and imports at the top.

The layers are described, one paragraph per package, in ``concepts/architecture.md`` of both
languages (``docs/vi/`` and ``docs/en/``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "ocop"
DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = {lang: DOCS / lang / "concepts" / "architecture.md" for lang in ("vi", "en")}

LAYERS: dict[str, int] = {
    "i18n": 0,
    "errors": 0,
    "model": 1,
    "geo": 1,
    "converter": 2,
    "convert_hooks": 2,
    "rules": 2,
    "product_codes": 2,
    "scoring": 3,
    "certificates": 3,
    "targets": 3,
    "records": 3,
    "register": 4,
    "stats": 5,
    "report": 6,
    "convert": 6,
    "documents": 6,
    "forms": 6,
    "cli": 7,
    "__main__": 7,
    "ocop": 7,
}

# Imports inside functions, each with the reason it cannot be at the top of its module.
LAZY: dict[tuple[str, str], str] = {
    ("i18n", "errors"): "errors import i18n for their messages",
    ("converter", "convert_hooks"): "the hooks import cattrs, loaded with the converter",
}


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "ocop"


def _modules() -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        out.append((name, ast.parse(path.read_text(encoding="utf-8"))))
    return out


def _imports(tree: ast.Module) -> list[tuple[int, str, bool]]:
    """(line, imported ocop module, inside a function)."""
    found = []
    inner = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for sub in ast.walk(node)
    }
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "ocop":
                names = [f"ocop.{a.name}" for a in node.names]
            else:
                names = [node.module]
        for name in names:
            if name == "ocop" or name.startswith("ocop."):
                found.append((getattr(node, "lineno", 0), name, id(node) in inner))
    return found


MODULES = _modules()


@pytest.mark.parametrize(("name", "tree"), MODULES, ids=[m for m, _ in MODULES])
def test_no_package_imports_a_layer_above_it(name: str, tree: ast.Module) -> None:
    source = _package(name)
    for line, target, _lazy in _imports(tree):
        other = _package(target)
        assert LAYERS[other] <= LAYERS[source], f"{name}:{line} imports {target}"


@pytest.mark.parametrize(("name", "tree"), MODULES, ids=[m for m, _ in MODULES])
def test_imports_of_ocop_are_at_the_top(name: str, tree: ast.Module) -> None:
    source = _package(name)
    for line, target, lazy in _imports(tree):
        if lazy and _package(target) != source:
            assert (source, _package(target)) in LAZY, f"{name}:{line} imports {target}"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_every_package_has_a_layer_and_a_paragraph(lang: str) -> None:
    doc = PAGES[lang].read_text(encoding="utf-8")
    packages = {_package(name) for name, _ in MODULES}
    assert packages <= set(LAYERS)
    for package in packages - {"ocop", "__main__"}:
        assert f"`ocop.{package}`" in doc, package


def test_both_languages_name_the_same_packages() -> None:
    named = {
        lang: set(re.findall(r"`(ocop(?:\.\w+)*)`", page.read_text(encoding="utf-8")))
        for lang, page in PAGES.items()
    }
    assert named["vi"] == named["en"]
