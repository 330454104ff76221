"""Province name lookups: 1,000,000 of them, as a ratio to a plain dict lookup of the folded key.

Run: ``python benchmarks/bench_geo.py``. The names are the spellings met in real registers
(diacritics or not, prefixes, abbreviations), cycled. Goal: ratio at most 3.
"""

from __future__ import annotations

import itertools
import time

from ocop import geo

SPELLINGS = [
    "Hà Nội",
    "Ha Noi",
    "TP HCM",
    "Tp. Hồ Chí Minh",
    "tỉnh Bắc Kạn",
    "Thừa Thiên Huế",
    "Huế",
    "Quảng Ninh",
    "Hà Giang",
    "Bắc Kạn",
    "ĐẮK LẮK",
    "Dak Lak",
    "Cần Thơ",
    "Bà Rịa - Vũng Tàu",
    "Lào Cai",
    "Yên Bái",
    "Thanh Hóa",
    "Nghệ An",
    "An Giang",
    "Kiên Giang",
]


def main(n: int = 1_000_000) -> None:
    names = list(itertools.islice(itertools.cycle(SPELLINGS), n))
    folded = [geo.fold(s) for s in names]
    plain = {geo.fold(p.name): p for p in geo.old_provinces()}
    plain |= {"hcm": plain["hochiminh"], "hue": plain["thuathienhue"]}
    lookup = geo.old_province
    for s in SPELLINGS:
        lookup(s)  # the first sight of each spelling folds it once

    start = time.perf_counter()
    for key in folded:
        plain[key]
    t_plain = time.perf_counter() - start

    start = time.perf_counter()
    for name in names:
        lookup(name)
    t_ocop = time.perf_counter() - start

    start = time.perf_counter()
    for name in names[:100_000]:
        geo.fold(name)
    t_fold = (time.perf_counter() - start) * n / 100_000

    print(f"{n:,} province name lookups ({len(SPELLINGS)} spellings)")
    print(f"  plain dict of folded keys: {t_plain:.3f} s")
    print(f"  ocop.geo.old_province:     {t_ocop:.3f} s   ratio {t_ocop / t_plain:.2f} (goal <= 3)")
    print(f"  folding every name afresh: {t_fold:.3f} s   (what the cache saves)")


if __name__ == "__main__":
    main()
