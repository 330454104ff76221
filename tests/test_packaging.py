"""The built wheel carries the rule data, and the README's commands are what CI runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(
    shutil.which("git") is None and not (ROOT / "pyproject.toml").exists(),
    reason="needs the source tree",
)
def test_wheel_contains_the_rule_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wheel = next(tmp_path.glob("ocop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ocop/py.typed" in names
    assert "ocop/rules/data/qd-26-2026/ruleset.json" in names
    assert "ocop/rules/data/qd-26-2026/classification.json" in names
    assert "ocop/rules/data/qd-148-2023/ruleset.json" in names
    assert "ocop/rules/data/qd-1048-2019/ruleset.json" in names
    for n in range(1, 27):
        assert f"ocop/rules/data/qd-26-2026/sheets/set-{n:02d}.json" in names
    assert "ocop/geo/data/provinces_63.csv" in names
    assert "ocop/geo/data/provinces_63.json" in names
    assert "ocop/data/producer_types.json" in names
    assert "ocop/data/targets.json" in names
    assert "ocop/locale/en/LC_MESSAGES/ocop.mo" in names
    assert "ocop/schemas/evaluation.schema.json" in names
    assert "ocop/data/example_register.csv.gz" in names
    assert "ocop/data/example_register.json" in names
    assert not any(name.endswith(".html") for name in names)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = readme.split("```")
    commands = [b.split("\n", 1)[1].strip() for b in blocks[1::2] if b.startswith("sh")]
    assert len(commands) >= 2
    test_command = commands[1]
    assert test_command in ci
