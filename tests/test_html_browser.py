"""The HTML report in a real browser: headless Chromium, driven by Playwright.

Skipped, with the reason, where Chromium or Playwright is missing (CI replays no browser);
on a machine with Debian's `chromium` package and `pip install playwright` it runs.
"""

import shutil

import pytest

import claimcheck
from claimcheck.report.html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TEXT = (
    "Sales were flat.\n"
    + "Other news followed.\n" * 80
    + "Sales rose from 120 to 150, an increase of 50."
)
ERROR_FILL = "rgb(255, 208, 204)"
ERROR_LINE = "rgb(215, 0, 21)"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    report = claimcheck.check(TEXT, config=claimcheck.Config(base_url=None))
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(render_html(report, TEXT), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        tab = browser.new_page(viewport={"width": 1000, "height": 500})
        tab.goto(path.as_uri())
        yield tab
        browser.close()


def test_clicking_a_highlight_scrolls_its_card_into_view(page):
    link = page.locator("a.hl:has(mark.error)").last
    card = link.get_attribute("href")
    link.scroll_into_view_if_needed()  # the highlight is far down, its card at the top
    assert page.evaluate(f"document.querySelector('{card}').getBoundingClientRect().top") < 0
    link.click()
    assert page.evaluate("location.hash") == card
    top = page.evaluate(f"document.querySelector('{card}').getBoundingClientRect().top")
    assert 0 <= top < 500


def test_evidence_spans_do_not_use_the_error_colour(page):
    styles = page.evaluate(
        "[...document.querySelectorAll('mark.evidence')].map(m => {"
        " const s = getComputedStyle(m);"
        " return [s.backgroundColor, s.borderBottomColor, s.borderBottomStyle]; })"
    )
    assert styles, "the report marks no evidence span"
    for fill, line, style in styles:
        assert fill != ERROR_FILL
        assert style == "none" or line != ERROR_LINE
    errors = page.evaluate(
        "[...document.querySelectorAll('mark.error')].map(m => getComputedStyle(m).backgroundColor)"
    )
    assert errors and set(errors) == {ERROR_FILL}
