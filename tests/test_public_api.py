"""One public surface: the table of ``ocop/__init__.py`` is the only list of top-level names."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import ocop

INIT = Path(ocop.__file__)


def _typing_imports() -> dict[str, str]:
    """The names imported for type checkers, with their modules."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(
        n
        for n in tree.body
        if isinstance(n, ast.If) and isinstance(n.test, ast.Name) and n.test.id == "TYPE_CHECKING"
    )
    found: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom)
        for alias in node.names:
            assert alias.asname == alias.name, "re-export as 'name as name'"
            found[alias.name] = "" if node.module == "ocop" else str(node.module)
    return found


def test_the_typing_imports_follow_the_table() -> None:
    assert _typing_imports() == ocop._PUBLIC


def test_all_is_the_table() -> None:
    assert sorted(ocop.__all__) == sorted(ocop._PUBLIC)


def test_every_public_name_resolves_where_the_table_says() -> None:
    for name, home in ocop._PUBLIC.items():
        value = getattr(ocop, name)
        if home:
            assert getattr(importlib.import_module(home), name) is value
        else:
            assert value is importlib.import_module(f"ocop.{name}")


def test_internal_types_stay_in_their_modules() -> None:
    for name in ("Doubt", "Correction", "Case", "Condition", "SheetStore", "Transition"):
        assert name not in ocop._PUBLIC
        assert hasattr(ocop.model, name)


def test_every_error_is_public_and_an_ocop_error() -> None:
    from ocop import errors

    for name in dir(errors):
        value = getattr(errors, name)
        if (
            isinstance(value, type)
            and issubclass(value, Exception)
            and value.__module__ == errors.__name__
        ):
            assert issubclass(value, errors.OcopError), name
            assert name in ocop._PUBLIC, name


def test_convert_is_reachable_after_import_ocop() -> None:
    code = "import ocop; print(ocop.convert.dumps.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "dumps"
