"""Combining registers (e.g. those of the provinces that merged into one unit), and handing
entries to a DataFrame library.

:func:`combine` keeps the first entry of each product and reports every later one as a
:class:`Duplicate`: the same product code, or, for entries without a code, the same name and
producer (compared after folding: case, diacritics and spacing do not matter)::

    >>> import io
    >>> from ocop.register import read, combine
    >>> head = "Tên sản phẩm,Hạng sao,Tỉnh,Chủ thể\\n"
    >>> a = read(io.StringIO(head + "Cà phê Đắk Mil,4,Đắk Nông,HTX A\\n"))
    >>> b = read(io.StringIO(head + "cà phê đắk mil,4,Đắk Nông,htx a\\n"))
    >>> merged = combine(a, b)
    >>> len(merged.entries), [(d.source, d.row, d.first_source, d.by) for d in merged.duplicates]
    (1, [('<stream>', 2, '<stream>', 'name-producer')])
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from ocop.errors import MissingExtraError, UsageError
from ocop.geo.names import fold
from ocop.i18n import _
from ocop.register.entry import Entry
from ocop.register.io import Register


@frozen
class Duplicate:
    """A later entry of a product already listed: where it is and where the first one is."""

    #: The register the later entry is in: the ``source`` of its import report.
    source: str
    #: The later entry's row in that register; ``None`` when not known.
    row: int | None
    #: The register the first entry of the product is in.
    first_source: str
    #: The first entry's row; ``None`` when not known.
    first_row: int | None
    by: str
    """``"code"`` or ``"name-producer"``."""
    #: The later entry, left out.
    entry: Entry


@frozen
class Combined:
    """The entries of several registers, each product once, and the duplicates left out."""

    #: Every product once: the first entry of each, in the order of the registers.
    entries: tuple[Entry, ...]
    #: The later entries left out, in the order met.
    duplicates: tuple[Duplicate, ...]
    #: The registers combined, by the ``source`` of their import reports, in order.
    sources: tuple[str, ...]


def combine(*registers: Register) -> Combined:
    """Combine registers in order, keeping the first entry of each product."""
    by_code: dict[str, tuple[str, Entry]] = {}
    by_name: dict[tuple[str, str], tuple[str, Entry]] = {}
    kept: list[Entry] = []
    duplicates: list[Duplicate] = []
    for register in registers:
        source = register.report.source
        for entry in register.entries:
            key_name = (fold(entry.name), fold(entry.producer or ""))
            first: tuple[str, Entry] | None = None
            by = ""
            if entry.code is not None:
                first, by = by_code.get(str(entry.code)), "code"
            if first is None and entry.code is None:
                first, by = by_name.get(key_name), "name-producer"
            if first is not None:
                duplicates.append(Duplicate(source, entry.row, first[0], first[1].row, by, entry))
                continue
            if entry.code is not None:
                by_code[str(entry.code)] = (source, entry)
            else:
                by_name[key_name] = (source, entry)
            kept.append(entry)
    return Combined(tuple(kept), tuple(duplicates), tuple(r.report.source for r in registers))


def _row(entry: Entry) -> dict[str, Any]:
    return {
        "name": entry.name,
        "star": entry.rank.value,
        "province": entry.province_name,
        "unit": entry.unit_name,
        "region": None if entry.region is None else entry.region.label_vi,
        "district": entry.district,
        "commune": entry.commune,
        "producer": entry.producer,
        "producer_type": entry.producer_type_code,
        "product_set": entry.product_set,
        "sector": entry.sector,
        "decision_number": entry.decision_number,
        "decision_date": entry.decision_date,
        "year": entry.year,
        "rule_set": entry.rule_set,
        "code": None if entry.code is None else str(entry.code),
        "revoked_on": entry.revoked_on,
        "row": entry.row,
    }


def to_dataframe(entries: Any, library: str = "pandas") -> Any:
    """The entries as a ``pandas`` or ``polars`` DataFrame, one column per field (the library
    must be installed; it is not a dependency of ``ocop``)."""
    if library not in ("pandas", "polars"):
        raise UsageError(
            _("thư viện phải là pandas hoặc polars, không phải {library}", library=repr(library))
        )
    try:
        module = __import__(library)
    except ImportError:
        raise MissingExtraError(_("Chuyển sổ sang DataFrame"), library, library) from None
    rows = [_row(e) for e in entries]
    if library == "pandas":
        return module.DataFrame.from_records(rows)
    return module.DataFrame(rows)
