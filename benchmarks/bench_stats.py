"""Statistics speed and import memory.

Run: ``python benchmarks/bench_stats.py``. Prints

- the time to count 1,000,000 register entries by (province, star) with ``ocop.stats.count``,
  as a ratio to a plain ``collections.Counter`` over the same (province, star) tuples, built in
  advance (goal: at most 2);
- the peak memory of streaming a 10,000-row and a 100,000-row CSV register through
  ``ocop.register.stream`` into a count (goal: the peak does not grow with the file size; the
  set of product codes seen, kept to find duplicates, is the one thing that grows, and this
  file has none).
"""

from __future__ import annotations

import gc
import io
import itertools
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from tempfile import TemporaryDirectory

from ocop import register, stats


def counting(n: int = 1_000_000) -> None:
    sample = register.example().entries
    entries = list(itertools.islice(itertools.cycle(sample), n))
    pairs = [(e.province_name, e.rank) for e in entries]
    gc.collect()
    start = time.perf_counter()
    Counter(pairs)
    t_plain = time.perf_counter() - start
    start = time.perf_counter()
    counts = stats.count(entries, ("province", "star"))
    t_ocop = time.perf_counter() - start
    assert counts.total == n
    print(f"count {n:,} entries by (province, star)")
    print(f"  collections.Counter over tuples: {t_plain:.3f} s")
    print(
        f"  ocop.stats.count:                {t_ocop:.3f} s   ratio {t_ocop / t_plain:.2f} "
        "(goal <= 2)"
    )


def write_csv(path: Path, rows: int) -> None:
    sample = register.example().entries
    buffer = io.StringIO()
    register.write(sample[:1000], buffer)
    lines = buffer.getvalue().splitlines()
    header, body = lines[0], lines[1:]
    with path.open("w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for k in range(rows):
            fh.write(body[k % len(body)] + "\n")


def peak(path: Path) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    report = register.ImportReport(str(path))
    counts = stats.count(register.stream(path, report=report), ("province", "star"))
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert counts.total == report.kept
    return top, report.read


def memory() -> None:
    register.example()  # load the lookup tables first, so that both runs start alike
    with TemporaryDirectory() as tmp:
        figures = []
        for rows in (10_000, 100_000):
            path = Path(tmp) / f"register-{rows}.csv"
            write_csv(path, rows)
            top, read = peak(path)
            figures.append(top)
            size = path.stat().st_size / 1e6
            print(f"stream {read:,} rows ({size:.1f} MB) into a count: peak {top / 1e6:.2f} MB")
    print(f"  peak ratio 100,000 / 10,000 rows: {figures[1] / figures[0]:.2f} (goal: about 1)")


if __name__ == "__main__":
    counting()
    memory()
