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

from ocop import __version__  # noqa: E402  (found through the sys.path above)

project = "ocop"
author = "The ocop developers"
copyright = "2026, the ocop developers"
version = release = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "rules_reference",
    "api_reference",
    "languages",
    "figures",
    "cli_reference",
]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
# (the screenshots of docs/_static/ are for the repository, not copied into the site)
exclude_patterns = ["_build", "README.md", "**/screenshots"]
html_theme = "furo"
html_title = "ocop — Mỗi xã một sản phẩm"
html_static_path = [str(DOCS / "_static")]
templates_path = [str(DOCS / "_templates")]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented"
suppress_warnings = ["myst.xref_missing"]

html_favicon = str(DOCS / "_static" / "favicon.svg")
html_search_scorer = str(DOCS / "_static" / "search-scorer.js")

# Links to the documentation of Python, attrs and cattrs, from inventories kept in
# docs/_intersphinx/ so the build never uses the network: Python's from Debian's python3.11-doc,
# attrs' and cattrs' written by scripts/intersphinx_inventories.py.
INVENTORIES = DOCS / "_intersphinx"
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(INVENTORIES / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(INVENTORIES / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/stable", str(INVENTORIES / "cattrs.inv")),
}
intersphinx_timeout = 1

# The copy button copies the commands, not the prompts nor the output.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_exclude = ".linenos, .gp, .go"
