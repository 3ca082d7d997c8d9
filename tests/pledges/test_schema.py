"""The database itself rejects impossible pledges and never lets reference deletions take pledges with them."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from pledges.choices import AmountQualifier, LinkKind
from pledges.models import Pledge, PledgeLink
from tests.factories import CountryFactory, OrganizationFactory, PledgeFactory, SectorFactory

pytestmark = pytest.mark.django_db


def rejected(**changes):
    """Apply changes to a valid pledge with a raw UPDATE (bypassing Python) and return whether the DB refused."""
    pledge = PledgeFactory()
    try:
        with transaction.atomic():
            Pledge.objects.filter(pk=pledge.pk).update(**changes)
    except IntegrityError:
        return True
    return False


def test_a_valid_pledge_is_accepted():
    assert not rejected(amount=Decimal("5"))


def test_database_rejects_a_negative_amount():
    assert rejected(amount=Decimal("-1"))


def test_database_rejects_a_negative_usd_amount():
    assert rejected(amount_usd=Decimal("-1"))


def test_database_rejects_an_investor_equal_to_the_recipient():
    pledge = PledgeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.filter(pk=pledge.pk).update(recipient_country=pledge.investor_country)


def test_database_rejects_an_unknown_currency():
    assert rejected(currency="XYZ")


def test_database_rejects_a_low_bound_above_the_high_bound():
    assert rejected(amount_low=Decimal("30"), amount_high=Decimal("20"))


def test_database_rejects_a_range_without_bounds():
    assert rejected(qualifier=AmountQualifier.RANGE)


def test_database_rejects_a_period_that_ends_before_it_starts():
    assert rejected(period_start=2030, period_end=2025)


def test_database_rejects_a_confidence_above_one():
    assert rejected(confidence=Decimal("1.5"))


def test_database_rejects_a_zero_exchange_rate():
    assert rejected(usd_rate=Decimal("0"))


def test_database_rejects_a_pledge_linked_to_itself():
    pledge = PledgeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        PledgeLink.objects.create(from_pledge=pledge, to_pledge=pledge, kind=LinkKind.OVERLAPS)


def test_deleting_a_country_with_pledges_is_refused():
    pledge = PledgeFactory()
    with pytest.raises(ProtectedError):
        pledge.investor_country.delete()
    assert Pledge.objects.filter(pk=pledge.pk).exists()


def test_deleting_an_organization_with_pledges_keeps_the_pledge():
    # Organizations are many-to-many: deleting one removes the link, never the pledge.
    organization = OrganizationFactory(country=CountryFactory(code="KR", alpha3="KOR", name="South Korea"))
    pledge = PledgeFactory(organizations=[organization])
    organization.delete()
    assert Pledge.objects.filter(pk=pledge.pk).exists()


def test_deleting_a_parent_package_with_components_is_refused():
    package = PledgeFactory(amount=Decimal("150e9"), amount_usd=Decimal("150e9"))
    PledgeFactory(parent=package)
    with pytest.raises(ProtectedError):
        package.delete()


def test_deleting_a_sector_keeps_its_pledges():
    sector = SectorFactory(slug="semiconductors")
    pledge = PledgeFactory(sectors=[sector])
    sector.delete()
    assert Pledge.objects.filter(pk=pledge.pk).exists()


def test_every_currency_the_schema_accepts_can_be_converted():
    from pledges.choices import Currency
    from pledges.currency import SUPPORTED_CURRENCIES

    assert set(Currency.values) <= SUPPORTED_CURRENCIES
