"""Branch coverage of ``src/ocop`` by the test suite, the command's subprocesses included.

Usage::

    python scripts/coverage.py            # run the tests under coverage, print the report
    python scripts/coverage.py --html     # also write build/coverage/html/index.html
    python scripts/coverage.py -- -k cli  # arguments after -- go to pytest

The settings are ``[tool.coverage.*]`` in ``pyproject.toml``: branch mode, the ``ocop``
package only, subprocesses measured too (``patch = ["subprocess"]``), data and HTML under
``build/coverage/``, and a floor of 95 %. The lint and documentation-build tests are left out:
they run ruff, mypy and Sphinx, which would be slow under a tracer and add nothing to the
figure. It needs ``coverage`` 7.10 or later (``pip install coverage``).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = ("tests/test_lint.py", "tests/test_docs.py")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    html = "--html" in args
    extra = args[args.index("--") + 1 :] if "--" in args else []
    (ROOT / "build" / "coverage").mkdir(parents=True, exist_ok=True)
    coverage = [sys.executable, "-m", "coverage"]
    subprocess.call([*coverage, "erase"], cwd=ROOT)
    ignore = [f"--ignore={path}" for path in LEFT_OUT]
    pytest = ["run", "-m", "pytest", "-q", "-p", "no:cacheprovider", *ignore, *extra]
    tests = subprocess.call([*coverage, *pytest], cwd=ROOT)
    subprocess.call([*coverage, "combine", "-q"], cwd=ROOT)
    if html:
        subprocess.call([*coverage, "html", "-q"], cwd=ROOT)
    report = subprocess.call([*coverage, "report"], cwd=ROOT)
    return tests or report


if __name__ == "__main__":
    sys.exit(main())
