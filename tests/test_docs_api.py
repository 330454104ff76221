"""The API reference documents every public name where users import it, each with an example."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
from pathlib import Path

import attrs
import pytest

import ocop

DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import api_reference  # noqa: E402

TOP = [name for name, home in ocop._PUBLIC.items() if home]
CALLABLE_TOP = [name for name in TOP if callable(getattr(ocop, name))]


@pytest.mark.parametrize("name", CALLABLE_TOP)
def test_every_public_class_and_function_has_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(ocop, name)) or ""
    assert ">>>" in doc, f"ocop.{name} has no example in its docstring"


def test_the_generated_body_names_every_public_name_once() -> None:
    body = api_reference.body("en")
    for name in TOP:
        directive = f":: ocop.{name}\n" if callable(getattr(ocop, name)) else f":: {name}\n"
        assert body.count(directive) == 1, name
    for module_name in api_reference.modules():
        assert f".. automodule:: {module_name}\n" in body
        for member in api_reference.module_members(module_name):
            assert not ocop._PUBLIC.get(member), member  # documented once, at the top


def _ids(page: Path) -> list[str]:
    return re.findall(r'<dt class="sig sig-object py" id="([^"]+)"', page.read_text("utf-8"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_page_documents_names_where_users_import_them(site: Path, lang: str) -> None:
    ids = _ids(site / lang / "reference" / "api.html")
    assert len(ids) == len(set(ids)), "a name or field documented twice"
    documented = set(ids)
    for name in TOP:
        assert f"ocop.{name}" in documented, name
    for module_name in api_reference.modules():
        for member in api_reference.module_members(module_name):
            assert f"{module_name}.{member}" in documented, f"{module_name}.{member}"
    internal = [i for i in ids if re.match(r"ocop\.(scoring|model|register|rules)\.[a-z_]+\.", i)]
    assert not [i for i in internal if not i.startswith(api_reference.SUBMODULES)]


@pytest.mark.parametrize("name", [n for n in CALLABLE_TOP if attrs.has(getattr(ocop, n))])
def test_every_field_of_a_public_class_is_listed_once(site: Path, name: str) -> None:
    ids = _ids(site / "en" / "reference" / "api.html")
    cls = getattr(ocop, name)
    for field in attrs.fields(cls):
        if field.name.startswith("_"):
            continue
        assert ids.count(f"ocop.{name}.{field.name}") == 1, f"{name}.{field.name}"


def test_modules_named_in_the_table_exist() -> None:
    for module_name in api_reference.modules():
        importlib.import_module(module_name)
