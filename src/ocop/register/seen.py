"""The product codes seen so far in a stream, kept compactly to find duplicates.

A code of the current form (``T-X-STT-YYYY``) or of the district era packs exactly into one
64-bit integer; :class:`CodeSet` keeps those in an open-addressing table of two arrays (the key
and the row where it was first seen), about 18–32 bytes per coded row instead of a Python
string and a dict slot (about 140). The rare code that does not pack (a serial too long to
fit) goes to a plain dict.

    >>> from ocop.product_codes import validate
    >>> seen = CodeSet()
    >>> seen.add(validate("19-01849-1-2026"), 2)
    >>> seen.first_row(validate("19-01849-1-2026")), seen.first_row(validate("19-01849-2-2026"))
    (2, None)
"""

from __future__ import annotations

from array import array

from ocop.product_codes import ProductCode

_LIMIT = 1 << 64


def pack(code: ProductCode) -> int | None:
    """The code as one integer below 2**64, or ``None`` when it does not fit."""
    try:
        key = int(code.serial)
        key = key * 10_000 + int(code.year)
        key = key * 100_000 + int(code.commune)
        key = key * 100 + int(code.province)
        district = code.district
        key = (key * 1_000 + int(district)) * 2 + 1 if district is not None else key * 2
    except ValueError:
        return None
    key += 1  # 0 marks an empty slot
    return key if key < _LIMIT else None


class CodeSet:
    """Codes seen, each with the row where it was first seen."""

    def __init__(self) -> None:
        self._size = 1024
        self._keys = array("Q", bytes(8 * self._size))
        self._rows = array("I", bytes(4 * self._size))
        self._count = 0
        self._other: dict[str, int] = {}

    def __len__(self) -> int:
        return self._count + len(self._other)

    def _slot(self, key: int) -> int:
        mask = self._size - 1
        slot = (key * 0x9E3779B97F4A7C15 >> 17) & mask
        keys = self._keys
        while True:
            found = keys[slot]
            if found == 0 or found == key:
                return slot
            slot = (slot + 1) & mask

    def first_row(self, code: ProductCode) -> int | None:
        key = pack(code)
        if key is None:
            return self._other.get(str(code))
        slot = self._slot(key)
        return self._rows[slot] if self._keys[slot] == key else None

    def add(self, code: ProductCode, row: int) -> None:
        key = pack(code)
        if key is None:
            self._other.setdefault(str(code), row)
            return
        slot = self._slot(key)
        if self._keys[slot] == key:
            return
        self._keys[slot] = key
        self._rows[slot] = min(row, 0xFFFFFFFF)
        self._count += 1
        if self._count * 4 > self._size * 3:
            self._grow()

    def _grow(self) -> None:
        keys, rows = self._keys, self._rows
        self._size *= 2
        self._keys = array("Q", bytes(8 * self._size))
        self._rows = array("I", bytes(4 * self._size))
        for key, row in zip(keys, rows, strict=True):
            if key:
                slot = self._slot(key)
                self._keys[slot] = key
                self._rows[slot] = row

    def nbytes(self) -> int:
        """The memory of the two tables, in bytes."""
        return self._keys.itemsize * len(self._keys) + self._rows.itemsize * len(self._rows)
