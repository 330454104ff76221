"""Every shell command of the documentation and the README works as written.

The doctests run every Python example of the pages; this runs their shell blocks (```sh,
```bash, ```console, ```shell). Each page's ``ocop`` commands run in order in a folder of
their own, with this environment's ``ocop``, and must end with 0 or 1 (done; 1 is a rule
outcome, such as a product not recognised); a command that reads a file must find it written
by an earlier command of the same page, or in the repository's ``tests/data/`` (the folder
holds a link to it, as if the page were followed from the repository's root). Installing commands
(``python3 -m venv``, ``pip install``) are not run: they must be the README's own. Other
commands (the developers' ``pytest`` runs) are not run either, but the files they name must
exist.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OCOP = Path(sys.executable).parent / "ocop"
FENCE = re.compile(
    r"^(?P<fence>`{3,})(?P<lang>sh|bash|console|shell)[ \t]*\n(?P<body>.*?)^(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)


def pages() -> list[Path]:
    docs = sorted(p for lang in ("vi", "en") for p in (ROOT / "docs" / lang).rglob("*.md"))
    return [ROOT / "README.md", *docs]


def commands(text: str) -> list[str]:
    """The commands of the shell blocks of a page, as typed (comments and prompts removed,
    ``&&`` chains split, output lines of console blocks left out)."""
    found = []
    for block in FENCE.finditer(text):
        body = block["body"].replace("\\\n", " ")
        console = block["lang"] == "console" and any(
            line.startswith("$ ") for line in body.splitlines()
        )
        for line in body.splitlines():
            if console:
                if not line.startswith("$ "):
                    continue
                line = line[2:]
            words = shlex.split(line, comments=True)
            if not words:
                continue
            step: list[str] = []
            for word in [*words, "&&"]:
                if word == "&&":
                    if step:
                        found.append(shlex.join(step))
                    step = []
                else:
                    step.append(word)
    return found


def readme_installs() -> set[str]:
    """The installing commands of the README's shell blocks."""
    return {c for c in commands((ROOT / "README.md").read_text(encoding="utf-8")) if installs(c)}


def installs(command: str) -> bool:
    words = shlex.split(command)
    return words[:3] == ["python3", "-m", "venv"] or (
        len(words) > 1 and Path(words[0]).name in ("pip", "pip3") and words[1] == "install"
    )


def test_the_pages_have_shell_commands() -> None:
    counted = {str(p.relative_to(ROOT)): commands(p.read_text(encoding="utf-8")) for p in pages()}
    ocop_commands = [c for cs in counted.values() for c in cs if is_ocop(c)]
    assert len(ocop_commands) >= 10, counted
    assert counted["docs/vi/getting-started.md"]
    assert counted["docs/en/getting-started.md"]


def is_ocop(command: str) -> bool:
    return Path(shlex.split(command)[0]).name == "ocop"


@pytest.mark.parametrize(
    "page",
    [p for p in pages() if commands(p.read_text(encoding="utf-8"))],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_every_shell_command_of_a_page_works(page: Path, tmp_path: Path) -> None:
    name = str(page.relative_to(ROOT))
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "data").symlink_to(ROOT / "tests" / "data", target_is_directory=True)
    allowed = readme_installs()
    failures = []
    for command in commands(page.read_text(encoding="utf-8")):
        words = shlex.split(command)
        if installs(command):
            assert command in allowed, f"{name}: {command!r} is not how the README installs"
            continue
        if not is_ocop(command):
            for word in words:
                if re.fullmatch(r"[\w./-]+/[\w.-]+\.py", word):
                    assert (ROOT / word).is_file(), f"{name}: {command!r}: no {word}"
            continue
        key = f"{name}: {shlex.join(['ocop', *words[1:]])}"
        result = subprocess.run(
            [str(OCOP), *words[1:]],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if result.returncode not in (0, 1):
            failures.append(f"{key}: exit {result.returncode}\n{result.stderr[-500:]}")
    assert not failures, "\n".join(failures)
