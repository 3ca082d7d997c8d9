"""A real Chromium for browser tests: Debian's /usr/bin/chromium driven by Playwright (never a downloaded browser)."""

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread while it is open, and Django
    # refuses ORM calls beside a running loop. The tests' own ORM calls (fixtures, database flushes)
    # are still synchronous, so allow them exactly while Playwright runs, and no longer: set for the
    # whole session, the variable would reach later tests and their subprocesses (check --deploy).
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
