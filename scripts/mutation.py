"""Mutation testing of one package at a time with mutmut.

Usage::

    python scripts/mutation.py scoring        # configure mutmut, run it, print the figures
    python scripts/mutation.py certificates --jobs 2
    python scripts/mutation.py rules --report # print the figures of the last run only
    python scripts/mutation.py register --survivors  # also list the surviving mutants
    python scripts/mutation.py scoring --retest  # test the last survivors again, new tests too
    python scripts/mutation.py rules --retest --only build  # only those of rules/build.py

The packages are ``scoring`` (``src/ocop/scoring/``), ``certificates``
(``src/ocop/certificates.py``), ``rules`` (``src/ocop/rules/``) and ``register``
(``src/ocop/register/``). Each is mutated with the tests that matter for it only.

It needs ``mutmut`` 3 (``pip install mutmut``), which is not part of the ``test`` extra: a
run takes from minutes to hours on two cores, so it is never part of the test suite nor of
continuous integration. The work is done in ``build/mutation/<package>/`` (a copy of
the sources, tests, examples and docs, and of ``pyproject.toml`` with a ``[tool.mutmut]``
section), so the
working tree is left alone and a stopped run resumes where it was. In that copy the property
tests run 25 fixed examples each (a Hypothesis profile appended to ``tests/conftest.py``).

The figures are printed per module: killed, survived, equivalent (surviving mutants listed
with a justification in ``tests/mutation-equivalents.md``), timeouts and others (no tests,
not checked), and the score, the share of non-equivalent mutants killed (a timeout counts
as killed). Any other listed name in that file that is killed is reported as stale.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "tests" / "mutation-equivalents.md"

# package: (files to mutate, tests that matter for it)
PACKAGES: dict[str, tuple[list[str], list[str]]] = {
    "scoring": (
        ["src/ocop/scoring/*"],
        [
            "tests/test_scoring.py",
            "tests/test_scoring_golden.py",
            "tests/test_scoring_properties.py",
            "tests/test_engine.py",
            "tests/test_advice.py",
            "tests/test_sheets.py",
            "tests/test_limits.py",
            "tests/test_mutants_scoring*.py",
            "tests/test_mutants_advice.py",
            "tests/test_mutants_explain.py",
            "tests/test_mutants_errors.py",
            "tests/test_mutants_front.py",
        ],
    ),
    "certificates": (
        ["src/ocop/certificates.py"],
        [
            "tests/test_certificates.py",
            "tests/test_certificates_fuzz.py",
            "tests/test_mutants_certificates*.py",
        ],
    ),
    "rules": (
        ["src/ocop/rules/*"],
        [
            "tests/test_rules.py",
            "tests/test_custom_rules.py",
            "tests/test_rule_*.py",
            "tests/test_sheets.py",
            "tests/test_mutants_rules*.py",
        ],
    ),
    "register": (
        ["src/ocop/register/*"],
        [
            "tests/test_register*.py",
            "tests/test_example_register.py",
            "tests/test_mutants_register*.py",
        ],
    ),
}

# Copied beside the sources: some tests read the examples, the docs or the scripts' data.
COPIED = ("src", "tests", "examples", "docs", "scripts", "benchmarks")

KILLED = {1, 3, -11, -9}
TIMEOUT = {36, 24, -24, 152, 255}
SURVIVED = {0}
NO_TESTS = 33
# Tested again by --retest: the survivors, and the mutants no test reached (new tests may).
RETESTED = {*SURVIVED, NO_TESTS}


def _tests(patterns: Sequence[str]) -> list[str]:
    found: list[str] = []
    for pattern in patterns:
        found.extend(sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern)))
    return found


def _toml_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(json.dumps(item) for item in items) + "]"


def prepare(package: str) -> Path:
    """Copy the sources and tests into the package's work folder, with mutmut's settings."""
    mutate, tests = PACKAGES[package]
    work = ROOT / "build" / "mutation" / package
    work.mkdir(parents=True, exist_ok=True)
    for folder in COPIED:
        shutil.copytree(
            ROOT / folder,
            work / folder,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_build"),
        )
    for name in ("README.md", "CHANGELOG.md", "babel.cfg"):
        shutil.copy2(ROOT / name, work / name)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject = re.sub(r"\n\[tool\.pytest\.ini_options\]\n(?:[^\[].*\n|\n)*", "\n", pyproject)
    settings = "\n".join(
        [
            "[tool.pytest.ini_options]",
            'addopts = "--strict-markers -p no:cacheprovider"',
            "xfail_strict = true",
            "",
            "[tool.mutmut]",
            'source_paths = ["src"]',
            f"also_copy = {_toml_list([*COPIED[1:], 'README.md', 'CHANGELOG.md', 'babel.cfg'])}",
            f"only_mutate = {_toml_list(mutate)}",
            f"pytest_add_cli_args_test_selection = {_toml_list(_tests(tests))}",
            'pytest_add_cli_args = ["-q", "-x", "-p", "no:randomly"]',
            "timeout_multiplier = 10.0",
            "",
        ]
    )
    (work / "pyproject.toml").write_text(pyproject + "\n" + settings, encoding="utf-8")
    with (work / "tests" / "conftest.py").open("a", encoding="utf-8") as conftest:
        conftest.write(HYPOTHESIS_PROFILE)
    return work


# Appended to the copy of tests/conftest.py: each mutant runs the property tests on fewer,
# fixed examples, so that a run takes minutes rather than hours. A test that sets its own
# ``max_examples`` (the fuzzing of registers: 60) is held to 25 as well.
HYPOTHESIS_PROFILE = """

from hypothesis import settings as _settings

_settings.register_profile("mutation", max_examples=25, derandomize=True, deadline=None)
_settings.load_profile("mutation")


def pytest_collection_modifyitems(items):
    for item in items:
        test = getattr(item, "obj", None)
        chosen = getattr(test, "_hypothesis_internal_use_settings", None)
        if chosen is not None and chosen.max_examples > 25:
            test._hypothesis_internal_use_settings = _settings(chosen, max_examples=25)
"""


def run(package: str, jobs: int, *, retest: bool = False, only: str = "") -> int:
    """Run mutmut on the package; with ``retest``, test again only the mutants that survived,
    that no test reached or that were not checked in the last run, with the tests as they are
    now (with ``only``, those of the modules whose file name contains it)."""
    names: list[str] = []
    if retest:
        for module, codes in results(package).items():
            if only not in Path(module).name:
                continue
            names.extend(name for name, code in codes.items() if code in RETESTED or code is None)
        if not names:
            return 0
    work = prepare(package)
    # The tests may have changed: let mutmut find again which tests reach which function.
    (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    _refresh_data(work / "mutants" / "src")
    mutmut = shutil.which("mutmut") or str(Path(sys.executable).parent / "mutmut")
    command = [mutmut, "run", "--max-children", str(jobs), *names]
    return subprocess.call(command, cwd=work)


def _refresh_data(mutated: Path) -> None:
    """Copy the package's data files (catalogs, rule data) into mutmut's tree again: mutmut
    regenerates the modules that changed but keeps the data files of its first run."""
    if not mutated.is_dir():
        return
    for path in (ROOT / "src").rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc"):
            target = mutated / path.relative_to(ROOT / "src")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def equivalents() -> dict[str, str]:
    """The mutants listed as equivalent, with their justification."""
    listed: dict[str, str] = {}
    if not EQUIVALENTS.exists():
        return listed
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^- `([\w.]+__mutmut_\d+)`:?\s*(.*)$", line)
        if match:
            listed[match.group(1)] = match.group(2)
    return listed


def results(package: str) -> dict[str, dict[str, int | None]]:
    """Exit codes of the last run, by module and mutant name."""
    work = ROOT / "build" / "mutation" / package / "mutants"
    by_module: dict[str, dict[str, int | None]] = {}
    for meta in sorted(work.rglob("*.py.meta")):
        module = str(meta.relative_to(work))[: -len(".meta")]
        data = json.loads(meta.read_text(encoding="utf-8"))
        by_module[module] = dict(data.get("exit_code_by_key", {}))
    return by_module


def report(package: str, *, survivors: bool = False) -> bool:
    """Print the figures of the package; whether every module reaches 90 %."""
    listed = equivalents()
    by_module = results(package)
    if not by_module:
        print(f"no results for {package}: run it first")
        return False
    header = f"{'module':40} {'killed':>7} {'survived':>9} {'equiv.':>7} {'timeout':>8}"
    print(header + f" {'other':>6} {'score':>7}")
    totals: Counter[str] = Counter()
    good = True
    stale: list[str] = []
    left: list[str] = []
    for module, codes in by_module.items():
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            if code in KILLED:
                counts["killed"] += 1
                if name in listed:
                    stale.append(name)
            elif code in TIMEOUT:
                counts["timeout"] += 1
            elif code in SURVIVED:
                if name in listed:
                    counts["equivalent"] += 1
                else:
                    counts["survived"] += 1
                    left.append(name)
            else:
                counts["other"] += 1
        totals.update(counts)
        print(_line(module, counts))
        if _score(counts) < 0.9:
            good = False
    print(_line("total", totals))
    if _score(totals) < 0.9:
        good = False
    for name in stale:
        print(f"listed as equivalent but killed: {name}")
    if survivors:
        for name in left:
            print(f"survived: {name}")
    return good


def _score(counts: Counter[str]) -> float:
    caught = counts["killed"] + counts["timeout"]
    judged = caught + counts["survived"]
    if not judged:
        return 0.0 if counts["other"] else 1.0
    return caught / judged


def _line(module: str, counts: Counter[str]) -> str:
    return (
        f"{module:40} {counts['killed']:7} {counts['survived']:9} {counts['equivalent']:7}"
        f" {counts['timeout']:8} {counts['other']:6} {_score(counts):7.1%}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("package", choices=sorted(PACKAGES))
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--report", action="store_true", help="only print the last figures")
    parser.add_argument(
        "--retest",
        action="store_true",
        help="test again the survivors and the unreached mutants of the last run",
    )
    parser.add_argument(
        "--only", default="", help="with --retest: only the modules whose file name contains it"
    )
    parser.add_argument("--survivors", action="store_true", help="list the surviving mutants")
    args = parser.parse_args(argv)
    if not args.report:
        run(args.package, args.jobs, retest=args.retest, only=args.only)
    return 0 if report(args.package, survivors=args.survivors) else 1


if __name__ == "__main__":
    sys.exit(main())
