"""The read-only JSON API at /api/pledges/."""

import pytest

from tests.factories import PledgeFactory
from tests.pledges.test_aggregates import make_korea_package

URL = "/api/pledges/"


@pytest.fixture
def data(db):
    return make_korea_package()


def test_the_api_lists_pledges_with_the_dashboard_filters(client, data):
    response = client.get(URL, {"investor": "KR", "usd_min": "21B"})
    assert response.status_code == 200
    document = response.json()
    assert document["count"] == 2
    assert {row["title"] for row in document["results"]} == {
        "Korean companies to invest $150 billion in the United States",
        "Hyundai to invest $26 billion in US plants",
    }


def test_the_api_paginates_with_links_that_keep_the_filters(client, db):
    for n in range(7):
        PledgeFactory(title=f"P{n}")
    first = client.get(URL, {"investor": "KR", "page_size": 3}).json()
    assert (first["count"], first["pages"], first["page"], len(first["results"])) == (7, 3, 1, 3)
    assert first["previous"] is None
    assert "investor=KR" in first["next"] and "page=2" in first["next"]
    last = client.get(URL, {"investor": "KR", "page_size": 3, "page": 3}).json()
    assert len(last["results"]) == 1 and last["next"] is None
    seen = {row["id"] for row in first["results"]} | {row["id"] for row in last["results"]}
    assert len(seen) == 4


def test_the_page_size_is_capped(client, db):
    PledgeFactory()
    assert client.get(URL, {"page_size": 100000}).status_code == 200


def test_invalid_filters_answer_400_with_the_messages(client, data):
    response = client.get(URL, {"investor": "ZZ", "usd_max": "lots"})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert set(errors) == {"investor", "usd_max"}
    assert "not a country we know" in errors["investor"][0]["message"]


def test_a_page_past_the_end_answers_400(client, data):
    response = client.get(URL, {"page": 99})
    assert response.status_code == 400
    assert "Pages run from 1 to 1" in response.json()["errors"]["page"][0]["message"]


def test_the_api_is_read_only(client, data):
    assert client.post(URL, {}).status_code == 405
    assert client.delete(URL).status_code == 405


def test_the_api_follows_the_sort_parameter(client, data):
    results = client.get(URL, {"sort": "amount_usd"}).json()["results"]
    assert [row["amount_usd"] for row in results] == ["20000000000.00", "26000000000.00", "150000000000.00"]
    results = client.get(URL, {"sort": "-title"}).json()["results"]
    assert results[0]["title"] == "Samsung chip fab in Texas"


def test_pages_are_stable_when_pledges_tie_on_the_sort_column(client, db):
    for n in range(9):
        PledgeFactory(title=f"Tie {n}")
    pages = [client.get(URL, {"page_size": 4, "page": page}).json()["results"] for page in (1, 2, 3)]
    ids = [row["id"] for page in pages for row in page]
    assert len(ids) == len(set(ids)) == 9
