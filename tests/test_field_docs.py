"""Every field of every public attrs class has its description in the API reference.

A field is described where it is defined, by a ``#:`` comment above it (or a string below it),
which autodoc reads with :class:`sphinx.pycode.ModuleAnalyzer`; the classes are those the API
page documents (``docs/_ext/api_reference.py``).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

import attrs
import pytest
from sphinx.pycode import ModuleAnalyzer

import ocop

DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import api_reference  # noqa: E402


def _documented_classes() -> dict[str, type]:
    """The attrs classes of the API page, by the name they are documented under."""
    found: dict[str, type] = {}
    for name, home in ocop._PUBLIC.items():
        value = getattr(ocop, name)
        if home and inspect.isclass(value):
            found[f"ocop.{name}"] = value
    for module_name in api_reference.modules():
        module = importlib.import_module(module_name)
        for name in api_reference.module_members(module_name):
            value = getattr(module, name)
            if inspect.isclass(value):
                found[f"{module_name}.{name}"] = value
    return {
        name: cls
        for name, cls in found.items()
        if attrs.has(cls) and not issubclass(cls, BaseException)
    }


CLASSES = _documented_classes()


def _public_fields(cls: type) -> list[str]:
    return [f.name for f in attrs.fields(cls) if not f.name.startswith("_")]


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_every_field_is_described(name: str) -> None:
    cls = CLASSES[name]
    docs = ModuleAnalyzer.for_module(cls.__module__).find_attr_docs()
    missing = [f for f in _public_fields(cls) if (cls.__qualname__, f) not in docs]
    assert not missing, f"{name}: no description of {', '.join(missing)}"


def test_every_description_says_something() -> None:
    for name, cls in CLASSES.items():
        docs = ModuleAnalyzer.for_module(cls.__module__).find_attr_docs()
        for field_name in _public_fields(cls):
            text = " ".join(docs.get((cls.__qualname__, field_name), [])).strip()
            assert len(text) >= 10, f"{name}.{field_name}: {text!r}"
