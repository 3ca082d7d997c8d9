"""CSV and JSON exports of the filtered pledges, streamed."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from pledges import exports
from pledges.models import Pledge
from tests.pledges.test_aggregates import make_korea_package


@pytest.fixture
def data(db):
    return make_korea_package()


def body(response):
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_the_csv_export_holds_the_filtered_pledges_with_a_header(client, data):
    response = client.get(reverse("pledges:export_csv"), {"sector": "automotive"})
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="pledges-')
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert list(rows[0]) == exports.COLUMNS
    assert {row["title"] for row in rows} == {
        "Korean companies to invest $150 billion in the United States",
        "Hyundai to invest $26 billion in US plants",
    }
    hyundai = next(row for row in rows if row["title"].startswith("Hyundai"))
    assert hyundai["organizations"] == "Hyundai Motor Group"
    assert hyundai["sectors"] == "automotive"
    assert hyundai["investor_country"] == "KR" and hyundai["recipient_country_name"] == "United States"
    assert hyundai["parent_id"] == str(data["package"].pk)


def test_the_counted_usd_column_sums_to_the_dashboard_total(client, data):
    rows = list(csv.DictReader(io.StringIO(body(client.get(reverse("pledges:export_csv"))))))
    assert sum(Decimal(row["counted_usd"]) for row in rows) == Decimal("150e9")
    package = next(row for row in rows if row["title"].startswith("Korean"))
    assert Decimal(package["counted_usd"]) == Decimal("104e9")


def test_the_json_export_holds_the_filtered_pledges_and_the_filters(client, data):
    response = client.get(reverse("pledges:export_json"), {"investor": "KR", "scope": "all"})
    document = json.loads(body(response))
    assert document["meta"]["filters"] == {"investor": "KR", "scope": "all"}
    titles = {row["title"] for row in document["pledges"]}
    assert "Misread battery plant" in titles and "Japan to buy US LNG" not in titles
    assert len(document["pledges"]) == 5
    samsung = next(row for row in document["pledges"] if row["title"].startswith("Samsung"))
    assert samsung["sectors"] == ["semiconductors"]
    assert samsung["amount_usd"] == "20000000000.00"


def test_an_empty_export_is_still_valid_csv_and_json(client, data):
    assert body(client.get(reverse("pledges:export_csv"), {"q": "zebra"})).count("\n") == 1
    assert json.loads(body(client.get(reverse("pledges:export_json"), {"q": "zebra"})))["pledges"] == []


def test_invalid_filters_refuse_the_export_with_a_message(client, data):
    response = client.get(reverse("pledges:export_csv"), {"usd_min": "abc"})
    assert response.status_code == 400
    assert "Enter an amount in US dollars" in response.content.decode()


def test_exports_stream_rows_from_a_server_side_cursor_in_chunks(data, django_assert_max_num_queries):
    # The generator yields the header before any row is read: nothing waits for the whole result.
    stream = exports.iter_csv(Pledge.objects.all())
    assert next(stream).startswith("\ufeffid,title")
    with django_assert_max_num_queries(2) as captured:
        lines = list(stream)
    assert len(lines) == Pledge.objects.count()
    assert any("DECLARE" in query["sql"] and "CURSOR" in query["sql"] for query in captured.captured_queries)


def test_the_csv_export_follows_the_table_sort(client, data):
    rows = list(csv.DictReader(io.StringIO(body(client.get(reverse("pledges:export_csv"), {"sort": "amount_usd"})))))
    assert [row["title"] for row in rows] == [
        "Samsung chip fab in Texas",
        "Hyundai to invest $26 billion in US plants",
        "Korean companies to invest $150 billion in the United States",
    ]
