"""JSON load and dump rates for 10,000 evaluation sheets.

Run: ``python benchmarks/bench_json.py``. Prints sheets per second for ``ocop.convert.loads``
and ``ocop.convert.dumps``, each as a ratio to plain ``json.loads`` / ``json.dumps`` of the
same documents in the same run (the price of strict checking and of building the types).
"""

from __future__ import annotations

import json
import random
import time

import ocop
from ocop.convert import dumps, loads, to_data
from ocop.scoring.samples import random_evaluation


def main(n: int = 10_000) -> None:
    sheets = ocop.rules.get("26/2026").sheets()
    rng = random.Random(7)
    evaluations = [random_evaluation(sheets[k % 26], rng) for k in range(n)]
    texts = [dumps(e) for e in evaluations]
    plain = [to_data(e) for e in evaluations]
    loads(texts[0])

    def timed(fn: object) -> float:
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        return time.perf_counter() - start

    t_json_load = timed(lambda: [json.loads(t) for t in texts])
    t_load = timed(lambda: [loads(t) for t in texts])
    t_json_dump = timed(lambda: [json.dumps(d, ensure_ascii=False) for d in plain])
    t_dump = timed(lambda: [dumps(e) for e in evaluations])
    print(f"{n:,} evaluation sheets")
    print(
        f"  load: ocop {n / t_load:>10,.0f}/s   json {n / t_json_load:>10,.0f}/s   "
        f"ratio {t_load / t_json_load:.1f}"
    )
    print(
        f"  dump: ocop {n / t_dump:>10,.0f}/s   json {n / t_json_dump:>10,.0f}/s   "
        f"ratio {t_dump / t_json_dump:.1f}"
    )


if __name__ == "__main__":
    main()
