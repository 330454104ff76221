"""Two languages, one site: the switch on every page, and a search that reads Vietnamese.

The Vietnamese pages (``docs/vi/``) and the English pages (``docs/en/``) are built as two
Sphinx projects with the same page names, side by side under one root (``vi/``, ``en/``).
This extension:

- puts a link to the same page in the other language at the top of every page, and an
  ``<link rel="alternate" hreflang="…">`` in its head;
- registers a search language for Vietnamese. Sphinx has none and would stem Vietnamese
  with the English rules ("sản phẩm" is not English); Vietnamese writes one syllable per
  word, so the words are the runs of letters, kept whole, lower-cased and in Unicode NFC,
  the same in the index and in the browser.
"""

from __future__ import annotations

import html
import unicodedata
from typing import Any

from sphinx.search import SearchLanguage

OTHER = {"vi": ("en", "English"), "en": ("vi", "Tiếng Việt")}
"""For each language of the site: the other one, and its name in itself."""

SWITCH_LABEL = {"vi": "Đọc bằng", "en": "Read in"}


def other_language_href(pagename: str, language: str) -> str:
    """The address of ``pagename`` in the other language, relative to the page itself.

    >>> other_language_href("how-to/council", "vi")
    '../../en/how-to/council.html'
    >>> other_language_href("index", "en")
    '../vi/index.html'
    """
    other, _ = OTHER[language]
    return "../" * (pagename.count("/") + 1) + f"{other}/{pagename}.html"


def switch_html(pagename: str, language: str) -> str:
    """The link to the same page in the other language, as shown at the top of the page."""
    other, name = OTHER[language]
    href = html.escape(other_language_href(pagename, language))
    return (
        f'<p class="ocop-lang-switch">{SWITCH_LABEL[language]} '
        f'<a href="{href}" hreflang="{other}" lang="{other}" rel="alternate">{name}</a></p>\n'
    )


class SearchVietnamese(SearchLanguage):
    """Vietnamese search: whole words (syllables), lower case, NFC; no stemming, no stop words."""

    lang = "vi"
    language_name = "Vietnamese"
    js_stemmer_code = """
var Stemmer = function () {
  this.stemWord = function (w) {
    return w.normalize("NFC").toLowerCase();
  };
};
"""

    def stem(self, word: str) -> str:
        return unicodedata.normalize("NFC", word).lower()


def _page_context(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    language = app.config.language
    if language not in OTHER:
        return
    other, _ = OTHER[language]
    href = html.escape(other_language_href(pagename, language))
    context["metatags"] = (
        context.get("metatags", "") + f'\n<link rel="alternate" hreflang="{other}" href="{href}" />'
    )
    if "body" in context:
        context["body"] = switch_html(pagename, language) + context["body"]


def setup(app: Any) -> dict[str, Any]:
    app.add_search_language(SearchVietnamese)
    app.connect("html-page-context", _page_context)
    app.add_css_file("ocop.css")
    return {"parallel_read_safe": True, "version": "1"}
