"""A real browser for the tests: Debian's Chromium, headless, driven by Playwright, offline.

Every request other than the page itself is refused and recorded; console errors and uncaught
exceptions are collected, so a test can assert there were none.
"""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Visit:
    page: object
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@contextmanager
def open_page(path: Path, width: int = 1600, height: int = 1000) -> Iterator[Visit]:
    """``path`` opened in a fresh, offline browser profile."""
    from playwright.sync_api import sync_playwright

    if CHROMIUM is None:
        pytest.fail("Chromium is needed (Debian: chromium); .ci/run installs it")

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            offline=True,
            viewport={"width": width, "height": height},
        )
        page = context.new_page()
        visit = Visit(page)
        url = path.resolve().as_uri()

        def refuse(route) -> None:
            if route.request.url == url:
                route.continue_()
            else:
                visit.requests.append(route.request.url)
                route.abort()

        page.route("**/*", refuse)
        page.on("console", lambda message: message.type == "error" and visit.errors.append(message.text))
        page.on("pageerror", lambda error: visit.errors.append(str(error)))
        page.on("dialog", lambda dialog: (visit.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.goto(url)
        page.wait_for_load_state("load")
        try:
            yield visit
        finally:
            context.close()
