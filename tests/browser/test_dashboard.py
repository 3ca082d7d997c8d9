"""The dashboard in a real Chromium (Debian's /usr/bin/chromium) driven by Playwright against a live server."""

import csv
import io
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings

from tests.factories import CountryFactory, PledgeFactory, SectorFactory
from tests.pledges.test_aggregates import B, make_korea_package

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
CHARTS = ["chart-sector", "chart-flows", "chart-quarter", "chart-organizations", "chart-map"]

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def data(transactional_db):
    pledges = make_korea_package()
    energy = SectorFactory(slug="renewables", name="Renewable energy", group="Energy", display_order=7)
    PledgeFactory(
        title="Japanese solar farms in Texas",
        investor_country=CountryFactory(code="JP"),
        recipient_country=CountryFactory(code="US"),
        amount=50 * B,
        amount_usd=50 * B,
        sectors=[energy],
    )
    return pledges


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.outside_requests = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:", "blob:"))
            else page.outside_requests.append(request.url)
        ),
    )
    yield page
    context.close()


def wait_for_charts(page, count):
    page.wait_for_function(f"() => document.querySelectorAll('[data-rendered]').length === {count}", timeout=20_000)


def total(page):
    return page.inner_text("[data-testid=total-usd]")


def test_the_overview_draws_every_chart_offline(page, live_server, data):
    page.goto(live_server.url + "/")
    wait_for_charts(page, len(CHARTS))
    for chart in CHARTS:
        assert page.locator(f"#{chart} svg.main-svg").count() > 0, chart
    # The world map's countries come from the topojson shipped in static/, not from a CDN.
    page.wait_for_function("() => document.querySelectorAll('#chart-map path.choroplethlocation').length > 0")
    assert page.outside_requests == []
    assert total(page) == "$200.0B"


def test_choosing_a_country_and_a_sector_updates_table_figures_charts_and_url(page, live_server, data):
    page.goto(live_server.url + "/")
    wait_for_charts(page, len(CHARTS))
    page.select_option("#id_investor", "KR")
    page.select_option("#id_sector", "semiconductors")
    page.click("text=Apply filters")
    page.wait_for_load_state()
    query = parse_qs(urlsplit(page.url).query)
    assert query["investor"] == ["KR"] and query["sector"] == ["semiconductors"]
    wait_for_charts(page, len(CHARTS))
    # The package's unallocated $104B plus Samsung's $20B; Hyundai's automotive component is filtered out.
    assert total(page) == "$124.0B"
    bars = page.evaluate("document.getElementById('chart-sector').data[0].y")
    assert set(bars) == {"Semiconductors", "Unallocated"}
    flows = page.evaluate("document.getElementById('chart-flows').data[0].node.label")
    assert "Japan" not in flows

    page.click("text=See these pledges in the table")
    page.wait_for_load_state()
    assert "investor=KR" in page.url and "sector=semiconductors" in page.url
    assert page.inner_text("[data-testid=result-count]") == "2 pledges match."
    assert page.locator("table.pledges tbody tr").count() == 2

    page.go_back()
    assert parse_qs(urlsplit(page.url).query)["sector"] == ["semiconductors"]
    page.go_back()
    wait_for_charts(page, len(CHARTS))
    assert total(page) == "$200.0B"


def test_the_csv_export_downloads_the_filtered_rows(page, live_server, data):
    page.goto(live_server.url + "/pledges/?investor=KR&sector=automotive")
    with page.expect_download() as download_info:
        page.click("text=Download CSV")
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    assert {row["title"] for row in rows} == {
        "Korean companies to invest $150 billion in the United States",
        "Hyundai to invest $26 billion in US plants",
    }
    assert sum(Decimal(row["counted_usd"]) for row in rows) == Decimal("130e9")


def test_the_table_and_its_filters_work_with_javascript_off(browser, live_server, data):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/pledges/")
    page.select_option("#id_recipient", "US")
    page.fill("#id_usd_min", "25B")
    page.click("text=Apply filters")
    page.wait_for_load_state()
    assert "usd_min=25B" in page.url
    assert page.inner_text("[data-testid=result-count]") == "3 pledges match."
    page.click("table.pledges thead >> text=Amount")
    assert "sort=-amount_usd" in page.url
    assert "$150.0B" in page.locator("table.pledges tbody tr").first.inner_text()

    # Without JavaScript the overview says so where each chart would be and keeps its data table.
    page.goto(live_server.url + "/?investor=KR")
    assert page.locator("#chart-sector").is_hidden()
    assert page.locator("#chart-sector ~ .noscript-note").is_visible()
    page.click("text=Data table: amount by sector")
    assert page.locator("#chart-sector-caption ~ details table").is_visible()
    assert "Unallocated" in page.locator("#chart-sector-caption ~ details table").inner_text()
    context.close()


def test_an_invalid_filter_shows_a_message_in_the_browser(page, live_server, data):
    page.goto(live_server.url + "/pledges/?usd_min=abc&investor=ZZ")
    alert = page.inner_text("[role=alert]")
    assert "Enter an amount in US dollars" in alert
    assert "not a country we know" in alert


def _serious_violations(browser, url, wait_charts):
    # axe-core is injected as an inline script, which the site's Content-Security-Policy would block.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url)
    if wait_charts:
        wait_for_charts(page, len(CHARTS))
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    context.close()
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_accessibility_violation_on_the_overview(browser, live_server, data):
    assert _serious_violations(browser, live_server.url + "/", wait_charts=True) == []


def test_axe_finds_no_serious_accessibility_violation_on_the_table(browser, live_server, data):
    assert _serious_violations(browser, live_server.url + "/pledges/?investor=KR", wait_charts=False) == []
