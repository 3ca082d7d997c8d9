"""`manage.py extract_pledges`: the JSON document the evaluation reads, and no database."""

import json
from io import StringIO

from django.core.management import call_command

ARTICLE = """Samsung picks Taylor, Texas for $17 billion chip fab
AUSTIN, November 24, 2021 (wire)

Samsung Electronics will build a $17 billion semiconductor plant in Taylor, Texas, the South Korean company said.

The United States bought $400 billion of goods from Asia last year.
"""


def run_command(*args):
    out = StringIO()
    call_command("extract_pledges", *args, stdout=out)
    return json.loads(out.getvalue())


def test_it_prints_one_json_document_with_a_pledge_list_per_file(tmp_path):
    path = tmp_path / "a01.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = run_command(str(path))
    assert [entry["file"] for entry in document] == [str(path)]
    pledges = document[0]["pledges"]
    assert len(pledges) == 1
    pledge = pledges[0]
    assert (pledge["investor_country"], pledge["recipient_country"]) == ("KR", "US")
    assert pledge["amount"] == "17000000000"
    assert pledge["currency"] == "USD"
    assert pledge["amount_usd"] == 17000000000
    assert pledge["sectors"] == ["semiconductors"]
    assert pledge["kind"] == "investment"
    assert "Samsung" in pledge["evidence"]
    assert 0 < pledge["confidence"] <= 1


def test_the_date_comes_from_the_dateline_unless_published_is_given(tmp_path):
    path = tmp_path / "a01.txt"
    path.write_text(ARTICLE.replace("$17 billion", "£4 billion"), encoding="utf-8")
    from_dateline = run_command(str(path))[0]
    given = run_command("--published", "2024-01-02", str(path))[0]
    assert from_dateline["published"] == "2021-11-24"
    assert given["published"] == "2024-01-02"
    assert from_dateline["pledges"][0]["rate_date"] <= "2021-11-24"


def test_an_unreadable_file_gets_an_error_and_no_pledges_while_the_others_are_read(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    document = run_command(str(empty), str(good))
    assert document[0]["pledges"] == [] and "empty" in document[0]["error"]
    assert len(document[1]["pledges"]) == 1


def test_it_runs_while_pytest_django_blocks_every_database_access(tmp_path):
    # No django_db mark here: pytest-django raises on any query or connection, so a command that touched
    # the database would fail this test instead of printing pledges.
    path = tmp_path / "a01.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run_command(str(path))[0]["pledges"]
