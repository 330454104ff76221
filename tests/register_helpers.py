"""Registers built for tests (synthetic: the products are invented)."""

from __future__ import annotations

import csv
import io

from ocop.register import Register, read

NORTH_LEADERS = {"Hà Nội": 301, "Quảng Ninh": 191, "Hà Giang": 120, "Bắc Kạn": 105}
NORTH_WITHOUT = {"Điện Biên", "Lai Châu", "Hà Nam"}
SOUTH_LEADER = ("Thanh Hóa", 150)


def november_2020() -> Register:
    """A register that matches the November 2020 statement: 2,169 products in 48 provinces by
    31 Oct 2020, 1,209 of them in 22 northern provinces, and 7 more decided in November."""
    from ocop import geo

    counts: dict[str, int] = dict(NORTH_LEADERS)
    north = [
        p.name
        for p in geo.old_provinces()
        if p.north and p.name not in NORTH_LEADERS and p.name not in NORTH_WITHOUT
    ]
    assert len(north) == 18
    for k, name in enumerate(north):
        counts[name] = 27 if k < 12 else 28
    south = [p.name for p in geo.old_provinces() if not p.north and p.name != SOUTH_LEADER[0]]
    counts[SOUTH_LEADER[0]] = SOUTH_LEADER[1]
    for k, name in enumerate(south[:25]):
        counts[name] = 32 if k < 15 else 33
    rows = []
    for name, n in counts.items():
        for k in range(n):
            month = 1 + k % 10
            rows.append(
                [
                    f"Sản phẩm thử {name} {k + 1}",
                    "3 sao" if k % 3 else "4 sao",
                    name,
                    f"{1 + k % 28:02d}/{month:02d}/2020",
                    "HTX" if k % 2 else "DN",
                ]
            )
    for k in range(7):
        rows.append([f"Sản phẩm tháng 11 số {k}", "3", "Hà Nội", "15/11/2020", "HKD"])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Tên sản phẩm", "Hạng sao", "Tỉnh", "Ngày quyết định", "Loại hình chủ thể"])
    writer.writerows(rows)
    out.seek(0)
    return read(out)
