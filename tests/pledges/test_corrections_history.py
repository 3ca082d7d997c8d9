"""correction_summary: the editors' corrections the public pledge page lists."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from pledges import corrections
from pledges.history import correction_summary
from tests.factories import PledgeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("jkim", first_name="Jiwoo", last_name="Kim")


def test_machine_changes_are_not_listed():
    pledge = PledgeFactory()
    pledge.status = "reaffirmed"
    pledge.save()
    assert correction_summary(pledge) == []


def test_an_editors_change_lists_who_when_and_which_fields(editor):
    pledge = PledgeFactory(amount=Decimal("26000000000"))
    pledge.amount = Decimal("21000000000")
    pledge.status = "in_progress"
    pledge._history_user = editor
    pledge.save()

    [item] = correction_summary(pledge)

    assert item["who"] == "Jiwoo Kim"
    assert item["when"] == pledge.history.first().history_date
    assert item["fields"] == ["amount", "status"]
    assert item["what"] == "amount, status"


def test_corrections_are_newest_first_with_their_reasons(editor):
    pledge = PledgeFactory()
    corrections.verify_pledges([pledge], by=editor)
    corrections.reject_pledges([pledge], "Duplicate of the package", by=editor)
    summary = correction_summary(pledge)
    assert [item["reason"] for item in summary] == ["Rejected: Duplicate of the package", "Verified"]
    assert summary[0]["fields"] == ["review status"]


def test_the_public_pledge_page_shows_the_corrections(client, editor):
    pledge = PledgeFactory()
    corrections.reject_pledges([pledge], "Counted twice", by=editor)
    content = client.get(pledge.get_absolute_url()).content.decode()
    assert "Jiwoo Kim" in content
    assert "review status" in content
