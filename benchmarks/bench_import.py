"""Register import speed against ``csv.reader``, and the memory of duplicate-code detection.

Run: ``python benchmarks/bench_import.py``. Prints

- the time to import a 100,000-row register with a province column (the bundled example
  register repeated, every column filled as the example fills it) through
  ``ocop.register.stream``, as a ratio to ``csv.reader`` reading the same file (goal: at most
  5; measured 9.7–11.2 before the row path was made lean, 5.2–6.5 after, 4.1–4.3 since
  entries are filled as drafts and lines cut a read at a time, on a heavily loaded 2-core
  machine; 4.2–4.4 in CPU time: opening, decoding and bounding the lines cost about 1.25
  ``csv.reader`` passes, filling the 23 slots of the frozen ``Entry`` about 0.4, and telling
  a product row from a heading or total and reading its values through the per-column caches
  about 2.5); then the same with the province read out of an address column instead
  (measured apart: address parsing is cached per distinct address);
- the bytes per coded row kept to find duplicate product codes (goal: at most 32).
"""

from __future__ import annotations

import csv
import gc
import io
import time
from pathlib import Path
from tempfile import TemporaryDirectory

from ocop import geo, register
from ocop.product_codes import validate
from ocop.register.seen import CodeSet


def write(path: Path, rows: int, *, address: bool = False) -> None:
    sample = register.example().entries
    buffer = io.StringIO()
    register.write(sample, buffer, format="csv")
    lines = buffer.getvalue().splitlines()
    header, body = lines[0], lines[1:]
    if address:
        reader = list(csv.reader([header, *body]))
        k = reader[0].index("Tỉnh")
        reader[0][k] = "Địa chỉ"
        for row in reader[1:]:
            row[k] = f"xã Tân Lập, huyện Mẫu, tỉnh {row[k]}"
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(reader)
        lines = out.getvalue().splitlines()
        header, body = lines[0], lines[1:]
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for k in range(rows):
            f.write(body[k % len(body)] + "\n")


def best(run: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def speed(rows: int = 100_000) -> None:
    with TemporaryDirectory() as folder:
        for address in (False, True):
            path = Path(folder) / f"register-{address}.csv"
            write(path, rows, address=address)

            def plain(path: Path = path) -> None:
                with path.open(encoding="utf-8", newline="") as f:
                    for _ in csv.reader(f):
                        pass

            def ocop(path: Path = path) -> None:
                report = register.ImportReport(str(path))
                for _ in register.stream(path, report=report):
                    pass
                assert report.kept == rows, report.summary("en")[:500]

            t_csv = best(plain)
            t_ocop = best(ocop)
            what = "an address column" if address else "a province column"
            print(f"import {rows:,} rows with {what}")
            print(f"  csv.reader:           {t_csv:.3f} s")
            print(
                f"  ocop.register.stream: {t_ocop:.3f} s   {rows / t_ocop:,.0f} rows/s   "
                f"ratio {t_ocop / t_csv:.2f}" + ("" if address else " (goal <= 5)")
            )


def duplicates(rows: int = 1_000_000) -> None:
    communes = [c for c in geo.communes() if c.province_code == "19"][:50]
    seen = CodeSet()
    for k in range(rows):
        commune = communes[k % len(communes)]
        code = validate(f"19-{commune.code}-{k // len(communes) + 1}-2026")
        seen.add(code, k + 2)
    print(
        f"duplicate detection, {rows:,} coded rows: {seen.nbytes() / rows:.1f} bytes per row "
        "(goal <= 32)"
    )


if __name__ == "__main__":
    speed()
    duplicates()
