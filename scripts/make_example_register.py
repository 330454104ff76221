"""Generate the bundled example register: SYNTHETIC data whose totals follow public figures.

Usage::

    python scripts/make_example_register.py

There is no public national register of OCOP products. This script invents one — product,
producer and decision names are made up and labelled "mẫu" (sample) — so that the demo, the
docs and the tests have realistic data. Its totals follow the published national figures
(``national_totals.csv`` of the project's reference data), as of 30 September 2025:

- 17,316 products 3★+: 72.1 % 3★, 27.1 % 4★, 126 5★ (the 12 left by rounding are potential 5★);
- cumulative counts per year: 755 (Jan 2020), 4,451 (end 2020), 5,401 (end 2021), 8,867
  (Jan 2023), 11,056 (end 2023), 14,642 (Jan 2025), 17,316 (Sep 2025);
- 5★ products: 20 first decided in 2021, 42 by Dec 2023, 79 by end 2024, 126 by Sep 2025;
- 9,345 producers: 3,075 cooperatives (32.9 %), 22 % SMEs, 40.3 % households, the rest
  cooperative groups (the shares of April 2024);
- the Red River Delta holds about 30 % of products (Hà Nội about a fifth of the country), the
  South East about 6 %; the other regional shares, the provinces within a region and the
  product sets are invented.

The output is deterministic for the seed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ocop import geo  # noqa: E402
from ocop.register import read, write  # noqa: E402

SEED = 2026
AS_OF = dt.date(2025, 9, 30)
OUT = ROOT / "src" / "ocop" / "data"

PER_YEAR = {2019: 755, 2020: 3696, 2021: 950, 2022: 3466, 2023: 2189, 2024: 3586, 2025: 2674}
FIVE_STAR_PER_YEAR = {2021: 20, 2023: 22, 2024: 37, 2025: 47}
THREE, FOUR, POTENTIAL = 12485, 4693, 12
PRODUCERS = {"HTX": 3075, "DN": 2056, "HKD": 3766, "THT": 448}
REGION_SHARE = {1: 0.20, 2: 0.30, 3: 0.20, 4: 0.07, 5: 0.06, 6: 0.17}
HANOI_SHARE = 0.20
SET_WEIGHTS = {
    **dict.fromkeys(range(1, 14), 60 / 13),
    **dict.fromkeys(range(14, 18), 3.0),
    **dict.fromkeys(range(18, 21), 10 / 3),
    21: 6.0,
    22: 4.0,
    **dict.fromkeys(range(23, 26), 5 / 3),
    26: 3.0,
}
PRODUCER_PREFIX = {
    "HTX": "HTX mẫu",
    "DN": "Công ty mẫu",
    "HKD": "Hộ kinh doanh mẫu",
    "THT": "Tổ hợp tác mẫu",
}


def province_weights(rng: random.Random) -> dict[str, float]:
    weights: dict[str, float] = {}
    for region in geo.regions():
        members = [p for p in geo.old_provinces() if p.region == region]
        share = REGION_SHARE[region.number]
        if region.number == 2:
            weights["Hà Nội"] = HANOI_SHARE
            members = [p for p in members if p.name != "Hà Nội"]
            share -= HANOI_SHARE
        raw = {p.name: rng.uniform(0.5, 1.5) for p in members}
        total = sum(raw.values())
        weights |= {name: share * w / total for name, w in raw.items()}
    return weights


def decision_date(rng: random.Random, year: int) -> dt.date:
    start = dt.date(year, 1, 1)
    end = AS_OF if year == AS_OF.year else dt.date(year, 12, 31)
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def generate() -> str:
    rng = random.Random(SEED)
    weights = province_weights(rng)
    names, probs = zip(*weights.items(), strict=True)
    # Producers: each lives in one province.
    producers: list[tuple[str, str, str]] = []
    for kind, n in PRODUCERS.items():
        for _ in range(n):
            province = rng.choices(names, probs)[0]
            producers.append((f"{PRODUCER_PREFIX[kind]} {len(producers) + 1:05d}", kind, province))
    rng.shuffle(producers)
    # Ranks and years: 5★ in their published years, the rest spread over the years' counts.
    years: list[int] = [y for y, n in PER_YEAR.items() for _ in range(n)]
    ranks_by_year: dict[int, list[str]] = {y: [] for y in PER_YEAR}
    for year, n in FIVE_STAR_PER_YEAR.items():
        ranks_by_year[year] += ["5"] * n
    others = ["3"] * THREE + ["4"] * FOUR + ["tiềm năng 5 sao"] * POTENTIAL
    rng.shuffle(others)
    for year, n in PER_YEAR.items():
        need = n - len(ranks_by_year[year])
        ranks_by_year[year] += [others.pop() for _ in range(need)]
    assert not others
    # Every producer has at least one product; the rest go to producers at random.
    owners = list(range(len(producers)))
    owners += [rng.randrange(len(producers)) for _ in range(len(years) - len(producers))]
    rng.shuffle(owners)
    sets, set_probs = zip(*SET_WEIGHTS.items(), strict=True)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "Tên sản phẩm",
            "Hạng sao",
            "Tỉnh",
            "Chủ thể",
            "Loại hình chủ thể",
            "Bộ sản phẩm",
            "Số quyết định",
            "Ngày quyết định",
        ]
    )
    serial = 0
    for year in PER_YEAR:
        ranks = ranks_by_year[year]
        rng.shuffle(ranks)
        for rank in ranks:
            serial += 1
            producer, kind, province = producers[owners[serial - 1]]
            day = decision_date(rng, year)
            where = province if day < geo.MERGER else geo.old_province(province).successor().name
            number = rng.choices(sets, set_probs)[0]
            writer.writerow(
                [
                    f"Sản phẩm mẫu {serial:05d}",
                    rank,
                    where,
                    producer,
                    kind,
                    number,
                    f"{serial}/QĐ-MẪU",
                    day.isoformat(),
                ]
            )
    return out.getvalue()


def main() -> int:
    text = generate()
    register = read(io.StringIO(text))
    assert register.report.rejected == [], register.report.summary("en")[:2000]
    target = OUT / "example_register.csv.gz"
    write(sorted(register.entries, key=lambda e: (e.decision_date or AS_OF, e.name)), target)
    meta = {
        "format": "ocop-example-register/1",
        "synthetic": True,
        "file": target.name,
        "generator": "scripts/make_example_register.py",
        "seed": SEED,
        "as_of": AS_OF.isoformat(),
        "rows": len(register.entries),
        "note_vi": "Dữ liệu GIẢ LẬP: tên sản phẩm, chủ thể và quyết định đều là mẫu; chỉ các tổng "
        "số theo số liệu công bố toàn quốc đến 30/9/2025.",
        "note_en": "SYNTHETIC data: product, producer and decision names are invented; only the "
        "totals follow the published national figures up to 30 Sep 2025.",
        "follows": [
            "17,316 products 3★+ on 30 Sep 2025 (72.1% 3★, 27.1% 4★, 126 5★)",
            "cumulative: 755 (Jan 2020), 4,451 (end 2020), 5,401 (end 2021), 8,867 (Jan 2023), "
            "11,056 (end 2023), 14,642 (Jan 2025), 17,316 (Sep 2025)",
            "9,345 producers, 3,075 cooperatives",
            "Red River Delta about 30% of products, South East about 6%",
        ],
    }
    (OUT / "example_register.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(register.entries)} synthetic entries to {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
