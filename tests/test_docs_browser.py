"""The documentation site in a real browser: headless Chromium over the built pages.

Each page is opened at a desktop width (1280 px) and a phone's (390 px): nothing wider than the
screen, the page's language in ``<html lang>``, the link to the same page in the other
language, the version. The code font must cover Vietnamese, and the search must put the
expected page first. Screenshots of a few pages go to ``$OCOP_SCREENSHOTS`` (a temporary
folder when unset).
"""

from __future__ import annotations

import os
import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import ocop

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}

PAGES = [
    "vi/index",
    "en/index",
    "vi/getting-started",
    "en/getting-started",
    "vi/how-to/certificates-due",
    "en/how-to/certificates-due",
    "vi/rules/set-01",
    "en/rules/set-01",
    "en/reference/api",
    "vi/reference/api",
    "en/reference/command-line",
]
SCREENSHOTS = {"vi/index": "home", "vi/rules/set-01": "sheet", "en/reference/api": "api"}
"""The pages photographed, and the name of their pictures."""

TIMEOUT = 60_000  # ms: a loaded machine builds and serves slowly


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("OCOP_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_page(browser: Browser, url: str, width: str = "desktop") -> Iterator[Page]:
    w, h = WIDTHS[width]
    page = browser.new_page(viewport={"width": w, "height": h})
    page.set_default_timeout(TIMEOUT)
    try:
        page.goto(url, wait_until="load")
        page.evaluate("document.fonts.ready.then(() => true)")
        yield page
    finally:
        page.close()


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", PAGES)
def test_page_fits_and_links_its_other_language(
    browser: Browser, served_site: str, screenshots: Path, name: str, width: str
) -> None:
    lang, page_name = name.split("/", 1)
    other = "en" if lang == "vi" else "vi"
    for page in open_page(browser, f"{served_site}/{name}.html", width):
        sizes = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        wide = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1
                             && getComputedStyle(e).visibility !== 'hidden'
                             && e.getClientRects().length
                             && !e.closest('pre, .highlight, .table-wrapper, .sidebar-drawer,'
                                           + ' .toc-drawer, .mobile-header'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className)"""
        )
        assert sizes[0] <= sizes[1], f"{name} at {width}: {sizes[0]} px wide in {sizes[1]}: {wide}"
        scrolling_tables = page.evaluate(
            """[...document.querySelectorAll('.table-wrapper')]
                .filter(w => w.scrollWidth > w.clientWidth + 1)
                .map(w => w.innerText.slice(0, 60))"""
        )
        assert not scrolling_tables, f"{name} at {width}: tables wider than the page"
        assert page.evaluate("document.documentElement.lang") == lang
        switch = page.locator("p.ocop-lang-switch a")
        assert switch.count() == 1
        assert switch.get_attribute("hreflang") == other
        assert switch.is_visible()
        href = switch.evaluate("a => a.href")
        assert href == f"{served_site}/{other}/{page_name}.html"
        version = f"ocop {ocop.__version__}"
        assert page.locator(".sidebar-brand .ocop-version").text_content() == version
        assert page.locator("footer .ocop-version").text_content() == version
        assert page.locator("footer .ocop-version").is_visible()
        assert page.locator('link[rel~="icon"]').count() == 1
        if name in SCREENSHOTS:
            page.screenshot(path=screenshots / f"{SCREENSHOTS[name]}-{width}.png")
        response = page.request.get(href)
        assert response.status == 200, href


MEASURE = """text => {
    const pre = document.querySelector('div.highlight pre');
    const span = document.createElement('span');
    span.textContent = text;
    pre.appendChild(span);
    const width = span.getBoundingClientRect().width;
    span.remove();
    return width;
}"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_code_font_covers_vietnamese(browser: Browser, served_site: str, lang: str) -> None:
    for page in open_page(browser, f"{served_site}/{lang}/getting-started.html"):
        family = page.evaluate(
            "getComputedStyle(document.querySelector('div.highlight pre')).fontFamily"
        )
        assert family.startswith('"ocop mono"'), family
        assert page.locator("div.highlight button.copybtn").count() > 0
        assert page.evaluate("document.fonts.check('16px \"ocop mono\"', 'quyết')")
        assert page.evaluate(MEASURE, "quyết") == pytest.approx(page.evaluate(MEASURE, "quyet"))
        letters = "ăâđêôơư ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
        assert page.evaluate(MEASURE, letters) == pytest.approx(
            page.evaluate(MEASURE, "x" * len(letters))
        )


def search(browser: Browser, served_site: str, lang: str, query: str) -> tuple[str, str]:
    """The first result of the site's search for ``query``: its address and its words."""
    url = f"{served_site}/{lang}/search.html?q={urllib.parse.quote(query)}"
    for page in open_page(browser, url):
        first = page.locator("#search-results ul.search li").first
        first.wait_for()
        link = first.locator("a").first
        href = link.evaluate("a => a.href")
        return href.removeprefix(f"{served_site}/{lang}/"), link.inner_text()
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("en", "star mark", ("concepts/star-marks",)),
        ("en", "certificate expiry", ("concepts/certificates", "how-to/certificates-due")),
        ("vi", "hội đồng", ("concepts/councils", "how-to/council")),
    ],
)
def test_search_puts_the_expected_page_first(
    browser: Browser, served_site: str, site: Path, lang: str, query: str, expected: tuple[str]
) -> None:
    href, words = search(browser, served_site, lang, query)
    found = href.split("#")[0].removesuffix(".html")
    assert found in expected, (href, words)


def test_search_finds_a_criterion_by_its_name(
    browser: Browser, served_site: str, site: Path
) -> None:
    """A criterion's name finds a section of that name first: the criterion's own section on
    the criteria index when the site has one, else its heading on a product set's page
    ("5. CÂU CHUYỆN SẢN PHẨM (12)": its number, its name, its points)."""
    query = "câu chuyện sản phẩm"
    href, words = search(browser, served_site, "vi", query)
    section = words.split(" > ")[-1].casefold()
    assert "#" in href, (href, words)
    if (site / "vi" / "rules" / "criteria.html").exists():
        assert section == query.casefold(), (href, words)
    else:
        assert re.match(r"rules/set-\d\d\.html#", href), (href, words)
        assert re.fullmatch(r"[\d.]+ " + query.casefold() + r"( \(\d+\))?", section), (href, words)


def test_copy_button_copies_the_commands_only(browser: Browser, served_site: str) -> None:
    """The copy button of a doctest leaves out the prompts and the output; of a console
    block, the output."""
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)

    def copied(selector: str) -> str:
        block = page.locator(selector).first
        block.hover()
        block.locator("button.copybtn").click()
        text: str = page.evaluate("navigator.clipboard.readText()")
        return text

    try:
        page.goto(f"{served_site}/en/getting-started.html")
        text = copied("div.highlight-python")
        assert text.startswith("import ocop\nsheet = ocop.rules.get"), text
        assert ">>>" not in text
        assert "(97, '5 stars', '3 stars')" not in text
        page.goto(f"{served_site}/en/reference/command-line.html")
        assert copied("div.highlight-console") == "ocop --lang en --version\n"
    finally:
        context.close()
