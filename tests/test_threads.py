"""Every lazily built table is built once under a lock or published whole: eight threads on a
fresh interpreter, at a tiny switch interval, get the answers of a single thread.

``OCOP_FUZZ=long`` runs 40 fresh interpreters instead of 3; ``OCOP_THREAD_RUNS=N`` runs N.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import json, sys, threading
sys.setswitchinterval(1e-6)
import ocop
from ocop import geo, records, targets, i18n
from ocop.convert import converter, from_data
from pathlib import Path
example_data = json.loads(
    (Path(ocop.__file__).parent / "data" / "examples" / "rau-cu-qua.json").read_text("utf-8")
)

def work():
    out = []
    def put(f):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__)
    put(lambda: [r.number for r in geo.regions()])
    put(lambda: geo.old_province(True))
    put(lambda: geo.old_province("Bắc Kạn").code)
    put(lambda: geo.current_province("Bắc Kạn").name)
    put(lambda: len(geo.old_provinces()))
    put(lambda: geo.commune("00070").name)
    put(lambda: len(geo.communes("01")))
    put(lambda: [d.province.name for d in geo.districts("Đà Lạt")])
    put(lambda: geo.place("Hà Nội"))
    put(lambda: geo.parse_address("Phường Hoàn Kiếm, Hà Nội"))
    put(lambda: records.producer_type("HTX").code)
    put(lambda: len(records.producer_types()))
    put(lambda: len(targets.targets()))
    put(lambda: i18n._("không tìm thấy tệp").text("en"))
    put(lambda: converter() is converter())
    example = from_data(example_data)
    put(lambda: ocop.rules.get("26/2026/QĐ-TTg").id)
    put(lambda: ocop.rules.get("26/2026/QĐ-TTg").sheet(1).product_set)
    put(lambda: (ocop.score(example).star, str(ocop.score(example).total)))
    return out

mode = sys.argv[1]
if mode == "one":
    print(json.dumps(work()))
else:
    results = [None] * 8
    barrier = threading.Barrier(8)
    def run(k):
        barrier.wait()
        results[k] = work()
    threads = [threading.Thread(target=run, args=(k,)) for k in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    again = work()  # nothing half-built stays for the life of the process
    print(json.dumps(results + [again]))
"""


def _run(mode: str) -> object:
    import json

    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_eight_threads_on_a_fresh_interpreter_agree_with_one() -> None:
    single = _run("one")
    runs = int(
        os.environ.get("OCOP_THREAD_RUNS", "40" if os.environ.get("OCOP_FUZZ") == "long" else "3")
    )
    for _ in range(runs):
        many = _run("many")
        assert isinstance(many, list)
        for answers in many:
            assert answers == single
