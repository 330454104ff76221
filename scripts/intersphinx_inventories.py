"""Write the intersphinx inventories of attrs and cattrs into ``docs/_intersphinx/``.

The documentation is built without the network, so the inventories it links through are kept
in the repository. Python's is Debian's (``python3.11-doc``: ``objects.inv`` copied to
``docs/_intersphinx/python.inv``); attrs and cattrs publish theirs only online, so this script
writes small ones by hand: the names the pages link to, each pointing at its place in the real
documentation (https://www.attrs.org/en/stable/, https://catt.rs/en/stable/). Add a name here
when a page or a signature starts to name it, then run::

    python scripts/intersphinx_inventories.py

The files are in Sphinx's inventory format (version 2), read back with
``sphinx.util.inventory`` to check them.
"""

from __future__ import annotations

import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "_intersphinx"

# project: (version, [(name, domain:role, page#anchor), ...]); "$" in a URI is the name.
INVENTORIES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "attrs": (
        "25.4",
        [
            ("attrs", "py:module", "api.html#module-attrs"),
            ("attrs.define", "py:function", "api.html#$"),
            ("attrs.frozen", "py:function", "api.html#$"),
            ("attrs.field", "py:function", "api.html#$"),
            ("attrs.evolve", "py:function", "api.html#$"),
            ("attrs.fields", "py:function", "api.html#$"),
            ("attrs.asdict", "py:function", "api.html#$"),
            ("attrs.Attribute", "py:class", "api.html#$"),
            ("attrs.NOTHING", "py:data", "api.html#$"),
        ],
    ),
    "cattrs": (
        "25.3",
        [
            ("cattrs", "py:module", "cattrs.html#module-cattrs"),
            ("cattrs.Converter", "py:class", "cattrs.html#$"),
            ("cattrs.BaseConverter", "py:class", "cattrs.html#$"),
            ("cattrs.BaseValidationError", "py:exception", "cattrs.html#$"),
            ("cattrs.ClassValidationError", "py:exception", "cattrs.html#$"),
            ("cattrs.IterableValidationError", "py:exception", "cattrs.html#$"),
            ("cattrs.ForbiddenExtraKeysError", "py:exception", "cattrs.html#$"),
        ],
    ),
}


def inventory(project: str, version: str, entries: list[tuple[str, str, str]]) -> bytes:
    """An ``objects.inv`` (version 2) of ``entries``."""
    head = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in entries)
    return head.encode() + zlib.compress(body.encode())


def check(data: bytes, project: str) -> None:
    """Read an inventory back as intersphinx will."""
    from sphinx.util.inventory import InventoryFile

    found = InventoryFile.loads(data, uri="https://example.org")
    names = {name for items in found.data.values() for name in items}
    assert project in names, project


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for project, (version, entries) in INVENTORIES.items():
        data = inventory(project, version, entries)
        check(data, project)
        (OUT / f"{project}.inv").write_bytes(data)
        print(f"{OUT / project}.inv: {len(entries)} names")


if __name__ == "__main__":
    main()
