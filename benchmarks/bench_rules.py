"""Time to load the 26 sheets of 26/2026, and `import ocop` against `import attrs`.

Run: ``python benchmarks/bench_rules.py``. Each figure is the best of several runs, each in a
fresh interpreter so that nothing is cached. Goals: sheets under 50 ms; import ratio at most 1.5.
"""

from __future__ import annotations

import subprocess
import sys

RUNS = 7


def best(code: str) -> float:
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip()))
    return min(times)


def main() -> None:
    timer = "import time; t = time.perf_counter(); {body}; print(time.perf_counter() - t)"
    load = best("import ocop; rs = ocop.rules.get('26/2026'); " + timer.format(body="rs.sheets()"))
    cold = best(timer.format(body="import ocop; ocop.rules.get('26/2026').sheets()"))
    imp_ocop = best(timer.format(body="import ocop"))
    imp_attrs = best(timer.format(body="import attrs"))
    print(f"load 26 sheets (registry ready):     {load * 1000:8.2f} ms  (goal < 50 ms)")
    print(f"import ocop + registry + 26 sheets:  {cold * 1000:8.2f} ms")
    print(f"import ocop:                         {imp_ocop * 1000:8.2f} ms")
    print(f"import attrs:                        {imp_attrs * 1000:8.2f} ms")
    print(f"ratio import ocop / import attrs:    {imp_ocop / imp_attrs:8.2f}   (goal <= 1.5)")


if __name__ == "__main__":
    main()
