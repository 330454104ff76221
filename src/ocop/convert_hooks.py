"""The strict hooks of the one converter (:mod:`ocop.convert`): lists, objects, choices and
document classes.

JSON has no tuples, so a list is what a ``tuple[X, ...]`` field reads (a string is never read
character by character, nor an object key by key); a ``dict[str, X]`` field reads an object;
a ``Literal`` field one of its values. A *document class* (the ``attrs`` classes of
:mod:`ocop.rules.format` and :mod:`ocop.documents`) reads an object with exactly its keys; a field
whose JSON key is not its name says so in its metadata (``{"key": "from"}``), and so do the
errors. Every failure is raised with the place it happened (an index, a key), which
:func:`ocop.convert.structure` turns into ``$.path`` problems.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ocop.i18n import Message, _

BadFactory = Callable[[Message], Exception]


def _is_sequence(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_str_dict(t: Any) -> bool:
    return typing.get_origin(t) is dict and typing.get_args(t)[0] is str


def _is_literal(t: Any) -> bool:
    return typing.get_origin(t) is typing.Literal


def _brief(value: object) -> str:
    from ocop.convert import brief

    return brief(value)


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


def register_strict_hooks(c: cattrs.Converter, bad: BadFactory) -> None:
    """Lists for ``tuple[X, ...]``, objects for ``dict[str, X]``, one value for ``Literal``."""

    def sequence(value: Any, t: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise bad(_("cần một danh sách, không phải {value}", value=_brief(value)))
        item = typing.get_args(t)[0]
        return tuple(v for _k, v in _collect(c, enumerate(value), item, t))

    def mapping(value: Any, t: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise bad(_("cần một đối tượng JSON, không phải {value}", value=_brief(value)))
        for k in value:
            if not isinstance(k, str):
                raise bad(_("khóa {key} không phải chuỗi", key=_brief(k)))
        item = typing.get_args(t)[1]
        return dict(_collect(c, value.items(), item, t))

    def literal(value: Any, t: Any) -> Any:
        allowed = typing.get_args(t)
        if not isinstance(value, str | int) or isinstance(value, bool) or value not in allowed:
            raise bad(
                _(
                    "giá trị {value} không thuộc {allowed}",
                    value=_brief(value),
                    allowed=", ".join(repr(a) for a in allowed),
                )
            )
        return value

    def text_or_integer(value: Any, _t: Any) -> str | int:
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise bad(_("cần chuỗi hoặc số nguyên, không phải {value}", value=_brief(value)))
        return value

    c.register_structure_hook(str | int, text_or_integer)
    c.register_structure_hook_func(_is_sequence, sequence)
    c.register_structure_hook_func(_is_str_dict, mapping)
    c.register_structure_hook_func(_is_literal, literal)


def _union_by_key(members: tuple[type[Any], ...]) -> tuple[str, type[Any], type[Any]] | None:
    """For a union of two document classes, a required key that only the first has."""
    if len(members) != 2 or not all(attrs.has(m) for m in members):
        return None
    first, second = members
    required = {f.name for f in attrs.fields(first) if f.default is attrs.NOTHING}
    other = {f.name for f in attrs.fields(second)}
    for name in sorted(required - other):
        return name, first, second
    return None


def register_document_hooks(
    c: cattrs.Converter,
    bad: BadFactory,
    classes: Iterable[type[Any]],
    *,
    unions: Iterable[Any] = (),
    omit_defaults: bool,
) -> None:
    """Strict hooks for document classes (renamed keys from field metadata); with
    ``omit_defaults``, a written document leaves out every field at its default."""
    for cls in classes:
        renames: dict[str, Any] = {
            f.name: override(rename=f.metadata["key"])
            for f in attrs.fields(cls)
            if "key" in f.metadata
        }
        built = make_dict_structure_fn(cls, c, _cattrs_forbid_extra_keys=True, **renames)

        def structure(value: Any, t: Any, built: Any = built) -> Any:
            if not isinstance(value, dict):
                raise bad(_("cần một đối tượng JSON, không phải {value}", value=_brief(value)))
            return built(value, t)

        c.register_structure_hook(cls, structure)
        c.register_unstructure_hook(
            cls,
            make_dict_unstructure_fn(cls, c, _cattrs_omit_if_default=omit_defaults, **renames),
        )
    for whole in unions:
        _register_union(c, whole, typing.get_args(whole))


def _register_union(c: cattrs.Converter, whole: Any, members: tuple[Any, ...]) -> None:
    found = _union_by_key(members)
    if found is None:
        return
    name, first, second = found

    def union(value: Any, _t: Any) -> Any:
        target = first if isinstance(value, dict) and name in value else second
        return c.structure(value, target)

    c.register_structure_hook(whole, union)
