"""A cell's text read into a value: the parser of each column, and the column that reads each
distinct cell once (a register of a million rows has a few hundred distinct dates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ocop import rules
from ocop.errors import OcopError
from ocop.product_codes import validate
from ocop.records import producer_type
from ocop.register.limits import MAX_CACHED_CELLS
from ocop.register.values import BadValue, read_date, read_rank, read_sector, read_year


def _cell_reader(lookup: Callable[[str], Any]) -> Callable[[str], Any]:
    """``lookup`` as a cell's parser: its ``OcopError`` becomes the :class:`BadValue` of the
    cell (a warning or a rejected row, with the error's words)."""

    def read(text: str) -> Any:
        try:
            return lookup(text)
        except OcopError as err:
            raise BadValue(err.text) from None

    return read


PARSERS: dict[str, Callable[[str], Any]] = {
    "star": read_rank,
    "decision_date": read_date,
    "revoked_on": read_date,
    "year": read_year,
    "producer_type": _cell_reader(producer_type),
    "sector": read_sector,
    "rule_set": _cell_reader(lambda text: rules.get(text).id),
    "code": _cell_reader(validate),
}
"""The parser of each column whose text becomes a value (the others are kept as written)."""


class ParsedColumn(dict[str, Any]):
    """The value of each distinct cell of one column: ``column[cell]`` is the value parsed from
    the cell's text (stripped), or the :class:`BadValue` saying why it cannot be read, and
    ``None`` for a blank cell (``column[""]``: also a column the register does not have).

    A cell met for the first time goes through ``__missing__``, which strips and parses it and
    remembers the result (up to ``MAX_CACHED_CELLS`` cells, so that memory stays bounded); every
    later row with the same cell costs one dictionary look-up, stripping included. A column
    whose values are all different (product codes) remembers only the cells that are blank or
    cannot be read.
    """

    __slots__ = ("parse", "unique")

    def __init__(self, parse: Callable[[str], Any], *, unique: bool = False) -> None:
        super().__init__({"": None})
        self.parse = parse
        self.unique = unique

    def __missing__(self, cell: str) -> Any:
        text = cell.strip()
        value: Any = None
        if text:
            try:
                value = self.parse(text)
            except BadValue as bad:
                value = bad
            else:
                if self.unique:
                    return value
        if len(self) < MAX_CACHED_CELLS:
            self[cell] = value
        return value
