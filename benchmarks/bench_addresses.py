"""Accuracy and speed of reading provinces out of addresses, on the fixture of
``tests/data/registers/addresses.csv`` (the truth of each address is its own text and the
published merger list), for the built-in reader and for ``vietnamadminunits`` (the
``ocop[addresses]`` extra, when installed).

    python benchmarks/bench_addresses.py
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from ocop.errors import OcopError
from ocop.geo.addresses import parse

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "registers" / "addresses.csv"


def load() -> list[dict[str, str]]:
    with FIXTURE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def accuracy(engine: str, rows: list[dict[str, str]]) -> tuple[int, int, int, list[str]]:
    """(old province right, current unit right, total, the addresses it got wrong)."""
    old = unit = 0
    wrong = []
    for row in rows:
        try:
            found = parse(row["address"], engine).place
        except OcopError:
            wrong.append(row["address"])
            continue
        old += found.old is not None and found.old.name == row["old_province"]
        unit += found.unit.name == row["unit"]
        if found.old is None or found.old.name != row["old_province"]:
            wrong.append(row["address"])
    return old, unit, len(rows), wrong


def main() -> None:
    rows = load()
    for engine in ("builtin", "vietnamadminunits"):
        try:
            start = time.perf_counter()
            old, unit, total, wrong = accuracy(engine, rows)
            took = time.perf_counter() - start
        except OcopError as e:  # the extra is not installed
            print(f"{engine}: {e.message('en')}")
            continue
        print(
            f"{engine}: old province {old}/{total} ({old / total:.1%}), current unit "
            f"{unit}/{total} ({unit / total:.1%}), {took * 1000 / total:.2f} ms per address"
        )
        for text in wrong:
            print(f"  wrong: {text}")


if __name__ == "__main__":
    main()
