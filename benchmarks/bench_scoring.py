"""Scoring speed: 100,000 random valid sheets over all 26 product sets, and advice for 1,000.

Run: ``python benchmarks/bench_scoring.py [N]``. Prints, each as a ratio measured in the same run:

- sheets per second for ``ocop.score_many`` and for ``ocop.score`` one by one, against a bare
  loop that sums the chosen points from plain dicts without any validation (goal: at most 3);
- building the ``Evaluation`` objects, with their checks, against scoring them (goal: at most
  0.5);
- advice for 1,000 sheets against scoring the same 1,000 sheets (goal: at most 20), and its
  time (goal: under a second).
"""

from __future__ import annotations

import random
import sys
import time

import ocop
from ocop.scoring.samples import random_answers


def best_of(runs: int, fn: object) -> float:
    """The least processor time of ``runs`` runs (processor time, so that other work on the
    machine does not count)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()  # type: ignore[operator]
        times.append(time.process_time() - start)
    return min(times)


def main(n: int = 100_000) -> None:
    rs = ocop.rules.get("26/2026")
    sheets = rs.sheets()
    rnd = random.Random(2026)
    evaluations = []
    plain: list[tuple[int, dict[str, int | None]]] = []
    for k in range(n):
        sheet = sheets[k % 26]
        case = 1 + k % 2 if sheet.cases else None
        answers = random_answers(sheet, rnd, case)
        evaluations.append(ocop.Evaluation("26/2026", sheet.product_set, answers, case=case))
        plain.append((sheet.product_set, answers))
    # The baseline's tables: product set -> code -> {position: points}, None -> 0.
    tables = {
        s.product_set: {
            c.code: {None: 0, **{k: o.points for k, o in enumerate(c.options, 1)}}
            for c in s.scorable
        }
        for s in sheets
    }

    def baseline() -> None:
        for number, answers in plain:
            table = tables[number]
            total = 0
            for code, pos in answers.items():
                total += table[code][pos]

    def batch() -> None:
        ocop.score_many(evaluations)

    def one_by_one() -> None:
        score = ocop.score
        for ev in evaluations:
            score(ev)

    built = [(ev.rule_set, ev.product_set, dict(ev.answers), ev.case) for ev in evaluations]

    def build() -> None:
        evaluation = ocop.Evaluation
        for rule_set, number, answers, case in built:
            evaluation(rule_set, number, answers, case=case)

    ocop.score_many(evaluations[:1000])  # warm the lookup tables
    t_base = best_of(3, baseline)
    t_batch = best_of(3, batch)
    t_single = best_of(3, one_by_one)
    t_build = best_of(3, build)
    print(f"{n:,} random valid sheets over 26 product sets")
    print(f"  bare loop (no validation): {n / t_base:>12,.0f} sheets/s")
    print(
        f"  ocop.score_many:           {n / t_batch:>12,.0f} sheets/s   "
        f"ratio {t_batch / t_base:.2f} (goal <= 3)"
    )
    print(
        f"  ocop.score one by one:     {n / t_single:>12,.0f} sheets/s   "
        f"ratio {t_single / t_base:.2f}"
    )
    print(
        f"  building the Evaluations:  {n / t_build:>12,.0f} sheets/s   "
        f"ratio {t_build / t_batch:.2f} to scoring them (goal <= 0.5)"
    )
    few = evaluations[:1000]
    scores = ocop.score_many(few)

    def advise() -> None:
        for s in scores:
            ocop.advice(s)

    t_advice = best_of(3, advise)
    t_score_few = best_of(3, lambda: ocop.score_many(few))
    print(
        f"  advice for 1,000 sheets:   {t_advice:.3f} s (goal < 1 s)   "
        f"ratio {t_advice / t_score_few:.1f} to scoring them (goal <= 20)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
