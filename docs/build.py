"""Build the documentation site: the Vietnamese and the English pages, side by side.

Usage::

    python docs/build.py                 # into build/docs/, warnings are errors
    python docs/build.py /tmp/site       # somewhere else

The site has ``vi/`` and ``en/`` (two Sphinx projects with the same page names, built at the
same time) and an ``index.html`` at its root that leads to the Vietnamese pages, Vietnamese
being the language of the law. Open ``build/docs/index.html`` in a browser.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
LANGUAGES = ("vi", "en")

ROOT_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=vi/index.html">
<title>ocop — Mỗi xã một sản phẩm</title>
<link rel="alternate" hreflang="en" href="en/index.html">
</head>
<body>
<p><a href="vi/index.html" lang="vi">Tiếng Việt</a> ·
<a href="en/index.html" lang="en">English</a></p>
</body>
</html>
"""


def build(out: Path, *, strict: bool = True) -> dict[str, subprocess.CompletedProcess[str]]:
    """Build both languages into ``out/vi`` and ``out/en``; return each build's process.

    The two builds run at the same time; with ``strict`` a warning fails the build.
    """
    out.mkdir(parents=True, exist_ok=True)
    running = {}
    for lang in LANGUAGES:
        command = [sys.executable, "-m", "sphinx", "-q", "-b", "html"]
        if strict:
            command += ["-W", "--keep-going"]
        command += [str(DOCS / lang), str(out / lang)]
        running[lang] = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    done = {}
    for lang, process in running.items():
        stdout, stderr = process.communicate()
        done[lang] = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    (out / "index.html").write_text(ROOT_PAGE, encoding="utf-8")
    return done


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "docs"
    failed = 0
    for lang, result in build(out).items():
        if result.returncode:
            failed = 1
            print(f"{lang}: failed\n{result.stderr}", file=sys.stderr)
    if not failed:
        print(f"built {out / 'index.html'}")
    return failed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
