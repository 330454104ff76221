from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documentation site, both languages, built once per run with warnings as errors."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("docs_build", ROOT / "docs" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("site")
    for lang, result in module.build(out).items():
        assert result.returncode == 0, f"{lang}:\n{result.stderr}"
    return out


CHROMIUM = Path("/usr/bin/chromium")
BROWSER_OPTIONAL = "OCOP_BROWSER_OPTIONAL"
"""Set to 1 where the browser tests may be skipped when Chromium is missing; elsewhere
(in CI) a missing Chromium fails them."""


@pytest.fixture(scope="session")
def served_site(site: Path) -> Iterator[str]:
    """The built site over HTTP on a free local port (search needs http, not file://)."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium (Debian's), one for the whole run."""
    if not CHROMIUM.exists():
        if os.environ.get(BROWSER_OPTIONAL) == "1":
            pytest.skip(f"{CHROMIUM} is missing and {BROWSER_OPTIONAL}=1")
        pytest.fail(f"{CHROMIUM} is missing (set {BROWSER_OPTIONAL}=1 to skip browser tests)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            yield chromium
        finally:
            chromium.close()
