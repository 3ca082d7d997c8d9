"""The editors' operations in pledges.corrections: locking, verify, reject, set parent, merge."""

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from pledges import corrections
from pledges.choices import LinkKind, ReviewStatus
from pledges.models import ErrorReport, Evidence, Pledge, PledgeLink
from tests.factories import ArticleFactory, EvidenceFactory, OrganizationFactory, PledgeFactory, SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x")


def test_changing_one_amount_field_locks_all_amount_fields():
    pledge = PledgeFactory.build()
    locks = corrections.fields_to_lock(pledge, ["amount"])
    assert set(corrections.AMOUNT_FIELDS) <= set(locks)


def test_changing_a_plain_field_locks_only_that_field():
    assert corrections.fields_to_lock(PledgeFactory.build(), ["title", "sectors"]) == ["sectors", "title"]


def test_organization_locks_are_not_widened():
    assert corrections.fields_to_lock(OrganizationFactory.build(), ["name"]) == ["name"]


def test_an_edited_amount_in_won_is_converted_again():
    pledge = PledgeFactory(currency="KRW", amount=Decimal("1390000000000"), announced_on=date(2025, 8, 25))
    assert corrections.convert_edited_amount(pledge, ["amount", "currency"])
    assert pledge.rate_source
    assert Decimal("0.5e9") < pledge.amount_usd < Decimal("2e9")


def test_an_edited_dollar_figure_is_not_converted_again():
    pledge = PledgeFactory(amount_usd=Decimal("5"))
    assert not corrections.convert_edited_amount(pledge, ["amount", "amount_usd"])
    assert pledge.amount_usd == Decimal("5")


def test_the_machine_does_not_overwrite_a_locked_field():
    pledge = PledgeFactory(amount=Decimal("21000000000"))
    corrections.lock_fields(pledge, ["amount"])
    changed = corrections.apply_machine_values(pledge, {"amount": Decimal("26000000000"), "status": "reaffirmed"})
    assert changed == ["status"]
    assert pledge.amount == Decimal("21000000000")


def test_verify_counts_only_pledges_it_changed_and_records_the_editor(editor):
    PledgeFactory(review_status=ReviewStatus.VERIFIED)
    PledgeFactory.create_batch(2)
    assert corrections.verify_pledges(Pledge.objects.all(), by=editor) == 2
    assert set(Pledge.objects.values_list("review_status", flat=True)) == {ReviewStatus.VERIFIED}
    latest = Pledge.history.order_by("-history_date").first()
    assert latest.history_user == editor
    assert latest.history_change_reason == "Verified"


def test_reject_keeps_the_reason_in_history_and_leaves_totals(editor):
    pledge = PledgeFactory()
    assert corrections.reject_pledges([pledge], "Not a pledge: a market forecast", by=editor) == 1
    pledge.refresh_from_db()
    assert pledge.review_status == ReviewStatus.REJECTED
    assert not pledge.include_in_totals
    assert pledge.history.first().history_change_reason == "Rejected: Not a pledge: a market forecast"


def test_reject_needs_a_reason():
    with pytest.raises(ValueError):
        corrections.reject_pledges([PledgeFactory()], "   ")


def test_set_parent_nests_pledges_and_locks_parent():
    package, part = PledgeFactory(), PledgeFactory()
    assert corrections.set_parent([part], package) == 1
    part.refresh_from_db()
    assert part.parent == package
    assert "parent" in part.locked_fields


def test_set_parent_refuses_a_loop():
    package = PledgeFactory()
    part = PledgeFactory(parent=package)
    with pytest.raises(ValueError):
        corrections.set_parent([package], part)


def test_merging_two_duplicate_pledges_keeps_every_evidence_row(editor):
    survivor, duplicate = PledgeFactory(title="Hyundai $26B"), PledgeFactory(title="Hyundai Motor $26bn")
    first, second, third = ArticleFactory(), ArticleFactory(), ArticleFactory()
    EvidenceFactory(pledge=survivor, article=first, quote="Hyundai will invest $26 billion.")
    EvidenceFactory(pledge=duplicate, article=second, quote="Hyundai Motor Group pledged $26bn.")
    EvidenceFactory(pledge=duplicate, article=third, quote="The $26 billion plan includes a steel mill.")
    quotes_before = set(Evidence.objects.values_list("article_id", "quote"))

    result = corrections.merge_pledges(survivor, duplicate, by=editor)

    assert result.evidence_moved == 2
    assert not Pledge.objects.filter(pk=duplicate.pk).exists()
    assert set(survivor.evidence.values_list("article_id", "quote")) == quotes_before


def test_merging_does_not_copy_evidence_the_survivor_already_has():
    survivor, duplicate = PledgeFactory(), PledgeFactory()
    article = ArticleFactory()
    EvidenceFactory(pledge=survivor, article=article, quote="Same sentence.")
    EvidenceFactory(pledge=duplicate, article=article, quote="Same sentence.")
    result = corrections.merge_pledges(survivor, duplicate)
    assert result.evidence_already_there == 1
    assert survivor.evidence.count() == 1


def test_merging_moves_organizations_sectors_components_links_and_reports():
    chips, batteries = SectorFactory(slug="chips"), SectorFactory(slug="batteries")
    samsung, lg = OrganizationFactory(name="Samsung"), OrganizationFactory(name="LG")
    survivor = PledgeFactory(sectors=[chips], organizations=[samsung])
    duplicate = PledgeFactory(sectors=[batteries], organizations=[lg], summary="From the duplicate")
    component = PledgeFactory(parent=duplicate)
    other = PledgeFactory()
    PledgeLink.objects.create(from_pledge=duplicate, to_pledge=other, kind=LinkKind.OVERLAPS)
    ErrorReport.objects.create(pledge=duplicate, message="Wrong year", client_hash="x")

    corrections.merge_pledges(survivor, duplicate)

    survivor.refresh_from_db()
    component.refresh_from_db()
    assert set(survivor.sectors.values_list("slug", flat=True)) == {"chips", "batteries"}
    assert set(survivor.organizations.values_list("name", flat=True)) == {"Samsung", "LG"}
    assert component.parent == survivor
    assert PledgeLink.objects.filter(from_pledge=survivor, to_pledge=other).exists()
    assert survivor.error_reports.count() == 1
    assert survivor.summary == "From the duplicate"


def test_merging_moves_the_duplicates_history_to_the_survivor(editor):
    survivor, duplicate = PledgeFactory(), PledgeFactory(title="Duplicate title")
    duplicate.status = "reaffirmed"
    duplicate.save()
    before = Pledge.history.filter(id=duplicate.pk).count()

    result = corrections.merge_pledges(survivor, duplicate, by=editor)

    assert result.history_moved == before == 2
    moved = survivor.history.filter(title="Duplicate title")
    assert moved.count() == 2
    assert all(row.history_change_reason.startswith(f"[from #{duplicate.pk}]") for row in moved)
    deletion = Pledge.history.get(id=duplicate.pk, history_type="-")
    assert deletion.history_change_reason == f"Merged into #{survivor.pk}"
    assert survivor.history.first().history_user == editor


def test_a_pledge_merged_into_its_own_package_takes_the_packages_place():
    top = PledgeFactory()
    package = PledgeFactory(parent=top)
    part = PledgeFactory(parent=package)
    corrections.merge_pledges(part, package)
    part.refresh_from_db()
    assert part.parent == top


def test_a_pledge_cannot_be_merged_into_itself():
    pledge = PledgeFactory()
    with pytest.raises(ValueError):
        corrections.merge_pledges(pledge, pledge)


def test_a_machine_made_title_follows_an_edited_amount():
    pledge = PledgeFactory.build(title="Hyundai Motor Group: $26B in the United States", amount_usd=Decimal("21e9"))
    assert corrections.retitle_edited_amount(pledge, Decimal("26e9"))
    assert pledge.title == "Hyundai Motor Group: $21B in the United States"


def test_a_title_without_the_previous_figure_is_left_alone():
    pledge = PledgeFactory.build(title="Hyundai's Georgia Metaplant", amount_usd=Decimal("21e9"))
    assert not corrections.retitle_edited_amount(pledge, Decimal("26e9"))
    assert pledge.title == "Hyundai's Georgia Metaplant"
