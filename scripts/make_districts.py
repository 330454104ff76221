"""Write ``src/ocop/geo/data/districts_63.csv``: the districts of the 63-province map.

The district level was abolished on 1 July 2025, but registers and addresses written before
then name districts (*huyện*, *quận*, *thị xã*, *thành phố* thuộc tỉnh). The list is taken from
the data of the PyPI package ``vietnamadminunits`` (its 63-province parser table, GSO district
codes), installed with ``pip install 'ocop[addresses]'``; this script is run by hand when that
list changes, and the CSV is checked in with its source line.

    python scripts/make_districts.py
"""

from __future__ import annotations

import csv
import json
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "ocop" / "geo" / "data" / "districts_63.csv"


def main() -> None:
    version = metadata.version("vietnamadminunits")
    data = json.loads(
        (resources.files("vietnamadminunits") / "data" / "parser_legacy.json").read_text("utf-8")
    )
    provinces = data["DICT_PROVINCE"]
    rows = []
    for key, districts in data["DICT_PROVINCE_DISTRICT"].items():
        code = provinces[key]["provinceCode"]
        for d in districts.values():
            rows.append((code, d["districtCode"], d["districtType"], d["districtShort"]))
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(
            f"# Districts of the 63 provinces (until 30 Jun 2025), GSO codes; "
            f"source: vietnamadminunits {version}, parser_legacy.json\n"
        )
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["province_code", "district_code", "kind", "name"])
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} districts")


if __name__ == "__main__":
    main()
