"""The public pages: what each shows, that invalid filters never break them, and a fixed number of queries."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pledges.models import Pledge
from tests.factories import ArticleFactory, EvidenceFactory, OrganizationFactory, PledgeFactory, SectorFactory
from tests.pledges.test_aggregates import make_korea_package


@pytest.fixture
def data(db):
    return make_korea_package()


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:2000]
    return response.content.decode()


def test_the_overview_needs_no_login_and_shows_the_headline_figures(client, data):
    html = page(client, reverse("pledges:overview"))
    assert 'data-testid="total-usd">$150.0B<' in html
    assert 'data-testid="pledge-count">3<' in html
    assert 'data-testid="purchases-usd">$10.0B<' in html
    assert "Totals count each pledge once" in html


def test_the_overview_embeds_every_chart_with_a_data_table(client, data):
    html = page(client, reverse("pledges:overview"))
    for chart in ("chart-sector", "chart-flows", "chart-quarter", "chart-organizations", "chart-map"):
        assert f'id="{chart}-data" type="application/json"' in html
    assert "Data table: amount by sector" in html
    assert "Unallocated" in html
    assert "vendor/plotly/plotly.min.js" in html
    assert "cdn" not in html.lower()


def test_the_overview_figures_follow_the_filters(client, data):
    html = page(client, reverse("pledges:overview"), sector="semiconductors", organization="Samsung Electronics")
    assert 'data-testid="total-usd">$20.0B<' in html


def test_the_map_can_show_investors_instead_of_recipients(client, data):
    html = page(client, reverse("pledges:overview"), map="investor")
    assert "Pledged money by investor country" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"investor": "ZZ"}, "is not a country we know"),
        ({"usd_min": "abc"}, "Enter an amount in US dollars"),
        ({"announced_from": "2025-09-01", "announced_to": "2025-01-01"}, "The end date is before the start date."),
        ({"sector": "nope", "page": "x", "sort": "bogus"}, "is not a sector we know"),
    ],
)
@pytest.mark.parametrize("name", ["pledges:overview", "pledges:pledge_list"])
def test_invalid_filters_give_a_message_on_the_form_not_a_server_error(client, data, name, params, message):
    html = page(client, reverse(name), **params)
    assert 'class="form-errors" role="alert"' in html
    assert message in html


def test_the_table_lists_filtered_pledges_with_formatted_amounts_and_a_count(client, data):
    html = page(client, reverse("pledges:pledge_list"), investor="KR")
    assert 'data-testid="result-count">3 pledges match.' in html
    assert "$150.0B" in html and "$26.0B" in html
    assert "Showing 1–3 of 3" in html


def test_the_table_shows_the_stated_currency_beside_a_converted_amount(client, db):
    PledgeFactory(title="Won pledge", amount=Decimal("2e12"), currency="KRW", amount_usd=Decimal("1.45e9"))
    html = page(client, reverse("pledges:pledge_list"))
    assert "$1.5B (₩2.0T)" in html


def test_the_table_paginates_and_keeps_the_filters_in_page_links(client, db):
    for n in range(30):
        PledgeFactory(title=f"P{n}")
    html = page(client, reverse("pledges:pledge_list"), investor="KR", sort="-amount_usd")
    assert "Showing 1–25 of 30" in html
    assert "Page 1 of 2" in html
    assert "?investor=KR&amp;sort=-amount_usd&amp;page=2" in html
    html = page(client, reverse("pledges:pledge_list"), investor="KR", sort="-amount_usd", page=2)
    assert "Showing 26–30 of 30" in html


def test_sortable_headers_flip_direction_and_keep_filters(client, data):
    html = page(client, reverse("pledges:pledge_list"), investor="KR", sort="-amount_usd")
    assert 'aria-sort="descending"' in html
    assert "?investor=KR&amp;sort=amount_usd" in html
    rows = html.split("<tbody>")[1]
    assert rows.index("$150.0B") < rows.index("$26.0B") < rows.index("$20.0B")


def test_the_pledge_page_shows_the_package_its_components_evidence_and_corrections(client, data):
    html = page(client, reverse("pledges:pledge", args=[data["package"].pk]))
    assert "Hyundai to invest $26 billion in US plants" in html
    assert "account for $46.0B of $150.0B" in html
    html = page(client, reverse("pledges:pledge", args=[data["hyundai"].pk]))
    assert "Part of <a" in html and "Korean companies to invest $150 billion" in html
    assert "Hyundai Motor Group will invest $26 billion" in html
    evidence = data["hyundai"].evidence.get()
    assert reverse("pledges:article", args=[evidence.article_id]) in html
    assert "25 Aug 2025" in html
    assert "Corrections and history" in html


def test_the_pledge_page_lists_an_editors_correction(client, data, django_user_model):
    editor = django_user_model.objects.create_user("editor", first_name="Ed", last_name="Itor")
    pledge = data["samsung"]
    pledge._history_user = editor
    pledge.amount_usd = Decimal("21e9")
    pledge._change_reason = "The article said $21 billion"
    pledge.save()
    html = page(client, reverse("pledges:pledge", args=[pledge.pk]))
    assert "The article said $21 billion" in html


def test_an_unknown_pledge_is_a_404(client, db):
    assert client.get(reverse("pledges:pledge", args=[999999])).status_code == 404


def test_the_country_page_shows_outgoing_and_incoming_by_sector_and_partner(client, data):
    html = page(client, reverse("pledges:country", args=["KR"]))
    assert "Outgoing: $150.0B in 3 pledges" in html
    assert "Incoming: $0 in 0 pledges" in html
    assert reverse("pledges:country_pair", args=["KR", "US"]) in html
    html = page(client, reverse("pledges:country", args=["us"]))
    assert "Incoming: $150.0B in 3 pledges" in html


def test_the_country_pair_page_shows_the_150_billion_package_by_sector(client, data):
    html = page(client, reverse("pledges:country_pair", args=["KR", "US"]))
    assert "Korean companies to invest $150 billion in the United States" in html
    assert 'data-testid="total-usd">$150.0B<' in html
    assert "Semiconductors" in html and "Automotive" in html and "Unallocated" in html
    assert "The other way: United States → South Korea" in html


def test_an_unknown_country_page_is_a_404(client, data):
    assert client.get(reverse("pledges:country", args=["ZZ"])).status_code == 404
    assert client.get(reverse("pledges:country_pair", args=["KR", "ZZ"])).status_code == 404


def test_the_sector_page_and_the_organization_page(client, data):
    html = page(client, reverse("pledges:sector", args=["automotive"]))
    assert "Hyundai to invest $26 billion in US plants" in html
    html = page(client, reverse("pledges:organization", args=[data["hyundai_org"].pk]))
    assert 'data-testid="total-usd">$26.0B<' in html
    assert "Hyundai to invest $26 billion in US plants" in html


def test_the_article_pages_show_what_was_ingested_and_extracted(client, data):
    evidence = data["hyundai"].evidence.select_related("article").get()
    ArticleFactory(title="A story with no pledge")
    html = page(client, reverse("pledges:article_list"))
    assert evidence.article.title in html and "A story with no pledge" in html
    html = page(client, reverse("pledges:article", args=[evidence.article_id]))
    assert "Hyundai to invest $26 billion in US plants" in html
    assert "Extracted pledges (1)" in html


def test_filter_forms_work_without_javascript(client, data):
    html = page(client, reverse("pledges:pledge_list"))
    assert '<form class="filters" method="get"' in html
    assert 'type="submit"' in html


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(captured)


def _add_pledges(count):
    sector = SectorFactory(slug="extra-sector", display_order=5)
    organization = OrganizationFactory(name="Extra Org")
    for n in range(count):
        pledge = PledgeFactory(title=f"Extra {n}", sectors=[sector], organizations=[organization])
        EvidenceFactory(pledge=pledge)
        PledgeFactory(title=f"Extra part {n}", parent=pledge, amount_usd=Decimal(1e8), sectors=[sector])


QUERY_BOUND = 12


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/?investor=KR&sector=automotive&q=plant",
        "/pledges/",
        "/pledges/?investor=KR&sort=-amount_usd",
        "/countries/KR/",
        "/countries/KR/US/",
        "/sectors/automotive/",
        "/articles/",
        "/api/pledges/",
    ],
)
def test_the_number_of_queries_per_page_does_not_grow_with_the_number_of_pledges(client, data, url):
    before = _queries(client, url)
    _add_pledges(30)
    assert Pledge.objects.count() > 60
    after = _queries(client, url)
    assert after == before
    assert after <= QUERY_BOUND


def test_an_empty_table_offers_the_pledges_left_out_of_totals(client, data):
    html = page(client, reverse("pledges:pledge_list"), kind="purchase")
    assert "No pledges match these filters." in html
    assert "?kind=purchase&amp;scope=all" in html
    html = page(client, reverse("pledges:pledge_list"), kind="purchase", scope="all")
    assert "Japan to buy US LNG" in html
