"""The strict hooks of the one converter (:mod:`ocop.converter`): lists, objects, choices and
document classes.

JSON has no tuples, so a list is what a ``tuple[X, ...]`` field reads (a string is never read
character by character, nor an object key by key); a ``dict[str, X]`` field reads an object;
a ``Literal`` field one of its values. A *document class* (the ``attrs`` classes of
:data:`ocop.converter.DOCUMENT_MODULES`) reads an object with exactly its keys; a field
whose JSON key is not its name says so in its metadata (``{"key": "from"}``), and so do the
errors. Every failure is raised with the place it happened (an index, a key), which
:func:`ocop.converter.structure` turns into ``$.path`` problems.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ocop.converter import BadValue, brief
from ocop.i18n import _


def _is_sequence(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_str_dict(t: Any) -> bool:
    return typing.get_origin(t) is dict and typing.get_args(t)[0] is str


def _is_literal(t: Any) -> bool:
    return typing.get_origin(t) is typing.Literal


def _collect(
    c: cattrs.Converter, items: Iterable[tuple[Any, Any]], item_type: Any, whole: Any
) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    errors: list[Exception] = []
    for index, value in items:
        try:
            out.append((index, c.structure(value, item_type)))
        except Exception as exc:
            exc.__notes__ = [
                *getattr(exc, "__notes__", []),
                IterableValidationNote(f"Structuring @ {index!r}", index, item_type),
            ]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {whole!r}", errors, whole)
    return out


def register_strict_hooks(c: cattrs.Converter) -> None:
    """Lists for ``tuple[X, ...]``, objects for ``dict[str, X]``, one value for ``Literal``."""

    def sequence(value: Any, t: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise BadValue(_("cần một danh sách, không phải {value}", value=brief(value)))
        item = typing.get_args(t)[0]
        return tuple(v for _k, v in _collect(c, enumerate(value), item, t))

    def mapping(value: Any, t: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise BadValue(_("cần một đối tượng JSON, không phải {value}", value=brief(value)))
        for k in value:
            if not isinstance(k, str):
                raise BadValue(_("khóa {key} không phải chuỗi", key=brief(k)))
        item = typing.get_args(t)[1]
        return dict(_collect(c, value.items(), item, t))

    def literal(value: Any, t: Any) -> Any:
        allowed = typing.get_args(t)
        if not isinstance(value, str | int) or isinstance(value, bool) or value not in allowed:
            raise BadValue(
                _(
                    "giá trị {value} không thuộc {allowed}",
                    value=brief(value),
                    allowed=", ".join(repr(a) for a in allowed),
                )
            )
        return value

    def text_or_integer(value: Any, _t: Any) -> str | int:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise BadValue(_("cần chuỗi hoặc số nguyên, không phải {value}", value=brief(value)))
        return value

    c.register_structure_hook(str | int, text_or_integer)
    c.register_structure_hook_func(_is_sequence, sequence)
    c.register_structure_hook_func(_is_str_dict, mapping)
    c.register_structure_hook_func(_is_literal, literal)


def _union_by_key(members: tuple[Any, ...]) -> tuple[str, type[Any], type[Any]] | None:
    """For a union of two document classes, a required key that only the first has."""
    if len(members) != 2 or not all(isinstance(m, type) and attrs.has(m) for m in members):
        return None
    first, second = members
    required = {f.name for f in attrs.fields(first) if f.default is attrs.NOTHING}
    other = {f.name for f in attrs.fields(second)}
    for name in sorted(required - other):
        return name, first, second
    return None


def register_document_hooks(c: cattrs.Converter, modules: Mapping[str, bool]) -> None:
    """Strict hooks for the ``attrs`` classes of ``modules`` (renamed keys from field metadata),
    and for unions of two of them told apart by a key; a module mapped to true writes its
    documents without the fields at their default."""

    def is_document(t: Any) -> bool:
        return isinstance(t, type) and attrs.has(t) and t.__module__ in modules

    def renames(cls: type[Any]) -> dict[str, Any]:
        return {
            f.name: override(rename=f.metadata["key"])
            for f in attrs.fields(cls)
            if "key" in f.metadata
        }

    def structure_factory(cls: type[Any]) -> Callable[[Any, Any], Any]:
        built = make_dict_structure_fn(cls, c, _cattrs_forbid_extra_keys=True, **renames(cls))

        def structure(value: Any, t: Any) -> Any:
            if not isinstance(value, dict):
                raise BadValue(_("cần một đối tượng JSON, không phải {value}", value=brief(value)))
            return built(value, t)

        return structure

    def unstructure_factory(cls: type[Any]) -> Callable[[Any], Any]:
        omit = modules[cls.__module__]
        return make_dict_unstructure_fn(cls, c, _cattrs_omit_if_default=omit, **renames(cls))

    def is_union(t: Any) -> bool:
        members = typing.get_args(t) if isinstance(t, types.UnionType) else ()
        return all(is_document(m) for m in members) and _union_by_key(members) is not None

    def union_factory(t: Any) -> Callable[[Any, Any], Any]:
        found = _union_by_key(typing.get_args(t))
        assert found is not None
        name, first, second = found

        def union(value: Any, _t: Any) -> Any:
            target = first if isinstance(value, dict) and name in value else second
            return c.structure(value, target)

        return union

    c.register_structure_hook_factory(is_document, structure_factory)
    c.register_unstructure_hook_factory(is_document, unstructure_factory)
    c.register_structure_hook_factory(is_union, union_factory)
