"""Stable anchors and table classes for the generated rules pages.

The generator writes each heading with a marker comment right under it::

    #### 4.1 Khu vực phân phối chính (5)
    % ocop-anchor: c-4-1

and each table with a marker comment right above it (``% ocop-table: options``). When Sphinx
reads the page, :class:`RulesAnchors` gives the section exactly the ids of its marker (the
first one is the anchor used by the page's contents, the permalink and the search titles),
in place of the ids docutils derives from the heading's words and points, and puts the
class of the marker on the table. The ids are set on the section nodes only: no label is
registered, so the same ``#c-4-1`` on 26 pages does not make duplicate labels.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from docutils import nodes  # type: ignore[import-untyped]
from sphinx.transforms import SphinxTransform

ANCHOR = "ocop-anchor:"
TABLE = "ocop-table:"

_BLOCK_START = re.compile(r"^(\s*)([-+#>]|\d+[.)])")
_SPECIAL = re.compile(r"([\\`*_\[\]<>|{}$~])")


def md(text: str, *, start: bool = False) -> str:
    """``text`` as literal Markdown inline text: one line, no markup, no table break; with
    ``start``, also safe at the start of a line (no list, heading or quote).

    >>> print(md("*** - 3 sao | a_b"))
    \\*\\*\\* - 3 sao \\| a\\_b
    >>> print(md("1. một", start=True))
    1\\. một
    """
    text = " ".join(text.split())
    text = _SPECIAL.sub(r"\\\1", text)
    match = _BLOCK_START.match(text) if start else None
    if match:
        mark = match.group(2)
        text = text[: match.start(2)] + mark[:-1] + "\\" + mark[-1] + text[match.end(2) :]
    return text


def slug(text: str) -> str:
    """A short ASCII id from Vietnamese words (``đ`` read as ``d``).

    >>> slug("Đóng gói, bao bì sản phẩm")
    'dong-goi-bao-bi-san-pham'
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def heading(level: int, text: str, *anchors: str) -> list[str]:
    """The lines of a heading with its anchors (the first one is the section's id)."""
    lines = ["#" * level + " " + md(text)]
    if anchors:
        lines.append(f"% {ANCHOR} {' '.join(anchors)}")
    return [*lines, ""]


def table_mark(kind: str) -> str:
    """The marker line to put right above a table: the table gets the class ``ocop-<kind>``."""
    return f"% {TABLE} {kind}"


def _marker(node: nodes.Node, prefix: str) -> list[str] | None:
    if isinstance(node, nodes.comment):
        text = node.astext().strip()
        if text.startswith(prefix):
            words: list[str] = text[len(prefix) :].split()
            return words
    return None


class RulesAnchors(SphinxTransform):
    """Give the marked sections of a generated page their stable ids, and tables their class."""

    # After the ids are settled (docutils' PropagateTargets 260, Sphinx's SortIds 261,
    # MyST's PrioritiseExplicitIds 262) and before MyST emits heading slugs (700) and
    # resolves ``#anchor`` links (879), and before the contents are collected.
    default_priority = 263

    def apply(self, **kwargs: Any) -> None:
        document = self.document
        slugs: dict[str, tuple[int | None, str, str]] | None = getattr(document, "myst_slugs", None)
        for comment in list(document.findall(nodes.comment)):
            kind = _marker(comment, TABLE)
            if kind is None:
                continue
            parent = comment.parent
            index = parent.index(comment)
            following = parent.children[index + 1] if index + 1 < len(parent.children) else None
            if isinstance(following, nodes.table):
                following["classes"].extend(f"ocop-{k}" for k in kind)
            parent.remove(comment)
        for section in list(document.findall(nodes.section)):
            marker = next(
                (
                    anchors
                    for child in section.children[1:3]
                    if (anchors := _marker(child, ANCHOR)) is not None
                ),
                None,
            )
            if not marker:
                continue
            for child in section.children[1:3]:
                if _marker(child, ANCHOR) is not None:
                    section.remove(child)
                    break
            old = list(section["ids"])
            for old_id in old:
                if document.ids.get(old_id) is section:
                    del document.ids[old_id]
            for anchor in marker:
                if anchor in document.ids:
                    raise ValueError(f"{self.env.docname}: anchor {anchor!r} used twice")
                document.ids[anchor] = section
            section["ids"] = list(marker)
            for name in section["names"]:
                if document.nameids.get(name) in old:
                    document.nameids[name] = marker[0]
            title = section[0].astext() if section.children else ""
            if slugs is not None:
                for key, (_line, sect_id, _text) in list(slugs.items()):
                    if sect_id in old:
                        del slugs[key]
                for anchor in marker:
                    slugs[anchor] = (section.line, anchor, title)
            section["slug"] = marker[0]
        if slugs is not None:
            self.env.metadata[self.env.docname]["myst_slugs"] = slugs


def setup(app: Any) -> dict[str, Any]:
    app.add_transform(RulesAnchors)
    return {"parallel_read_safe": True, "version": "1"}
