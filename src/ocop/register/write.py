"""Writing product registers: CSV (Vietnamese, English or key headers), JSON, JSON Lines.

What is written reads back to the same entries.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gzip
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from ocop.register.columns import COLUMNS
from ocop.register.entry import Entry, Rank


def _format_of(name: str, fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    base = name.removesuffix(".gz").lower()
    if base.endswith(".jsonl"):
        return "jsonl"
    if base.endswith(".json"):
        return "json"
    return "csv"


def _row(entry: Entry) -> dict[str, str]:
    def date(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    return {
        "name": entry.name,
        "star": entry.rank.label("vi") if entry.rank is Rank.POTENTIAL_FIVE else entry.rank.value,
        "province": entry.province_name,
        "commune": entry.commune or "",
        "producer": entry.producer or "",
        "producer_type": entry.producer_type_code or "",
        "product_set": "" if entry.product_set is None else str(entry.product_set),
        "sector": entry.sector or "",
        "decision_number": entry.decision_number or "",
        "decision_date": date(entry.decision_date),
        "year": "" if entry.year is None else str(entry.year),
        "rule_set": entry.rule_set or "",
        "code": "" if entry.code is None else str(entry.code),
        "revoked_on": date(entry.revoked_on),
        "district": entry.district or "",
        "address": entry.address or "",
    }


def write(
    entries: Iterable[Entry],
    target: str | os.PathLike[str] | IO[str],
    *,
    format: str | None = None,
    headers: str = "vi",
) -> int:
    """Write entries as CSV (headers ``"vi"``, ``"en"`` or ``"keys"``), JSON or JSON Lines.

    Returns the number of entries written. What is written reads back to the same entries.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(target, str | os.PathLike):
            path = Path(target)
            name = str(path)
            handle: IO[str]
            if path.suffix == ".gz":  # no time stamp in the header: the same data, same bytes
                raw = stack.enter_context(path.open("wb"))
                packed = stack.enter_context(gzip.GzipFile(fileobj=raw, mode="wb", mtime=0))
                handle = stack.enter_context(io.TextIOWrapper(packed, encoding="utf-8", newline=""))
            else:
                handle = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
        else:
            handle, name = target, getattr(target, "name", "<stream>")
        return _write(entries, handle, _format_of(name, format), headers)


def _write(entries: Iterable[Entry], handle: IO[str], kind: str, headers: str) -> int:
    count = 0
    if kind == "csv":
        titles = {
            "vi": [c.header_vi for c in COLUMNS],
            "en": [c.header_en for c in COLUMNS],
            "keys": [c.key for c in COLUMNS],
        }[headers]
        writer = csv.writer(handle)
        writer.writerow(titles)
        for entry in entries:
            row = _row(entry)
            writer.writerow([row[c.key] for c in COLUMNS])
            count += 1
    elif kind == "jsonl":
        for entry in entries:
            handle.write(json.dumps(_compact(_row(entry)), ensure_ascii=False) + "\n")
            count += 1
    else:
        rows = [_compact(_row(e)) for e in entries]
        json.dump(
            {"format": "ocop-register/1", "entries": rows}, handle, ensure_ascii=False, indent=1
        )
        handle.write("\n")
        count = len(rows)
    return count


def _compact(row: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in row.items() if v != ""}
