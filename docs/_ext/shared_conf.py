"""Sphinx settings shared by the Vietnamese and the English pages.

Each language is a tree of its own (``docs/vi/``, ``docs/en/``) with the same page names; its
``conf.py`` imports everything from here and sets ``language``. ``docs/build.py`` builds both
and the page at the root that leads to them.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(DOCS / "_ext"))
sys.path.insert(0, str(DOCS.parent / "src"))

project = "ocop"
author = "The ocop developers"
copyright = "2026, the ocop developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "rules_reference",
    "api_reference",
    "languages",
    "figures",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "README.md"]
html_theme = "furo"
html_title = "ocop — Mỗi xã một sản phẩm"
html_static_path = [str(DOCS / "_static")]
templates_path = [str(DOCS / "_templates")]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented"
suppress_warnings = ["myst.xref_missing"]
