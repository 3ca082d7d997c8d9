"""PledgeFilterSet: each filter, combinations, and invalid values that must become form messages."""

from datetime import date
from decimal import Decimal

import pytest

from pledges.choices import PledgeKind, PledgeStatus, ReviewStatus
from pledges.filtersets import PledgeFilterSet, parse_amount
from pledges.models import Pledge
from tests.factories import CountryFactory, EvidenceFactory, OrganizationFactory, PledgeFactory, SectorFactory
from tests.pledges.test_aggregates import B, make_korea_package


def titles(**params):
    filterset = PledgeFilterSet(params, queryset=Pledge.objects.all())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("title", flat=True))


def errors(**params):
    filterset = PledgeFilterSet(params, queryset=Pledge.objects.all())
    assert not filterset.is_valid()
    return {name: [str(message) for message in messages] for name, messages in filterset.errors.items()}


@pytest.fixture
def data(db):
    return make_korea_package()


PACKAGE = "Korean companies to invest $150 billion in the United States"
HYUNDAI = "Hyundai to invest $26 billion in US plants"
SAMSUNG = "Samsung chip fab in Texas"
COUNTED = {PACKAGE, HYUNDAI, SAMSUNG}


def test_without_filters_only_pledges_counted_in_totals_are_listed(data):
    assert titles() == COUNTED


def test_the_scope_filter_lists_every_pledge_or_only_the_excluded_ones(data):
    assert titles(scope="all") == COUNTED | {"Japan to buy US LNG", "Misread battery plant", "Old shipyard figure"}
    assert titles(scope="excluded") == {"Japan to buy US LNG", "Misread battery plant", "Old shipyard figure"}


def test_investor_country_filter(data):
    assert titles(investor="JP", scope="all") == {"Japan to buy US LNG"}


def test_recipient_country_filter(data):
    assert titles(recipient="VN", scope="all") == {"Misread battery plant"}


def test_either_side_matches_investor_or_recipient(data):
    CountryFactory(code="DE", alpha3="DEU", name="Germany")
    kr = data["package"].investor_country
    PledgeFactory(title="US to Korea", investor_country=data["package"].recipient_country, recipient_country=kr)
    assert titles(either="KR") == COUNTED | {"US to Korea"}
    assert titles(either="DE") == set()


def test_country_codes_are_taken_exactly_as_iso_codes(data):
    assert "investor" in errors(investor="Korea")


def test_sector_filter_lists_each_pledge_once(data):
    assert titles(sector="automotive") == {PACKAGE, HYUNDAI}
    filterset = PledgeFilterSet({"sector": "automotive"}, queryset=Pledge.objects.all())
    assert filterset.qs.count() == 2


def test_sector_group_filter_lists_each_pledge_once_even_with_two_sectors_of_the_group(data):
    # The package has automotive and shipbuilding, both in Industry.
    filterset = PledgeFilterSet({"sector_group": "Industry"}, queryset=Pledge.objects.all())
    assert filterset.is_valid()
    assert sorted(filterset.qs.values_list("title", flat=True)) == sorted([PACKAGE, HYUNDAI])


def test_organization_filter_takes_an_id_or_a_name(data):
    assert titles(organization=str(data["samsung_org"].pk)) == {SAMSUNG}
    assert titles(organization="samsung electronics") == {SAMSUNG}


def test_organization_filter_takes_an_alias(db):
    org = OrganizationFactory(name="Hyundai Motor Company", aliases=["Hyundai Motor"])
    PledgeFactory(title="Alabama plant", organizations=[org])
    assert titles(organization="Hyundai Motor") == {"Alabama plant"}


def test_an_unknown_organization_is_a_form_message(data):
    assert "No organization is called" in errors(organization="Acme Nonexistent")["organization"][0]


def test_kind_status_and_review_filters(data):
    assert titles(kind=PledgeKind.PURCHASE, scope="all") == {"Japan to buy US LNG"}
    assert titles(status=PledgeStatus.SUPERSEDED, scope="all") == {"Old shipyard figure"}
    assert titles(review_status=ReviewStatus.REJECTED, scope="all") == {"Misread battery plant"}


def test_announcement_date_range(db):
    PledgeFactory(title="early", announced_on=date(2024, 1, 5))
    PledgeFactory(title="middle", announced_on=date(2025, 3, 1))
    PledgeFactory(title="late", announced_on=date(2026, 6, 30))
    assert titles(announced_from="2025-01-01") == {"middle", "late"}
    assert titles(announced_to="2025-03-01") == {"early", "middle"}
    assert titles(announced_from="2025-01-01", announced_to="2025-12-31") == {"middle"}


def test_usd_amount_range_accepts_amounts_as_people_write_them(data):
    assert titles(usd_min="25B") == {PACKAGE, HYUNDAI}
    assert titles(usd_max="$20 billion") == {SAMSUNG}
    assert titles(usd_min="20000000000", usd_max="26B") == {SAMSUNG, HYUNDAI}


def test_free_text_search_covers_titles_and_summaries(data):
    assert titles(q="semiconductor") == {SAMSUNG}  # stemmed from the summary "semiconductor fabrication"
    assert titles(q="fab") == {SAMSUNG}


def test_free_text_search_covers_organization_names(data):
    assert titles(q="Electronics") == {SAMSUNG}


def test_free_text_search_covers_evidence_quotes(data):
    assert titles(q="through 2028") == {HYUNDAI}


def test_free_text_search_accepts_web_search_syntax_without_errors(data):
    assert titles(q='"chip fab" -hyundai') == {SAMSUNG}
    assert titles(q="((( or ''") is not None


def test_filters_combine(data):
    assert titles(investor="KR", recipient="US", sector="semiconductors", usd_min="1B") == {PACKAGE, SAMSUNG}
    assert titles(investor="KR", sector="semiconductors", q="chip") == {SAMSUNG}
    assert titles(investor="KR", organization=str(data["hyundai_org"].pk), kind="purchase") == set()


def test_sorting_by_each_column(data):
    filterset = PledgeFilterSet({"sort": "amount_usd"}, queryset=Pledge.objects.all())
    assert [p.amount_usd for p in filterset.qs] == [20 * B, 26 * B, 150 * B]
    filterset = PledgeFilterSet({"sort": "-title"}, queryset=Pledge.objects.all())
    assert [p.title for p in filterset.qs] == [SAMSUNG, PACKAGE, HYUNDAI]


def test_an_unknown_country_is_a_form_message(data):
    assert errors(investor="ZZ")["investor"] == ["“ZZ” is not a country we know; pick one from the list."]


def test_an_unreadable_amount_is_a_form_message(data):
    message = errors(usd_min="abc")["usd_min"][0]
    assert "Enter an amount in US dollars" in message and "abc" in message


def test_a_reversed_date_range_is_a_form_message(data):
    assert errors(announced_from="2025-09-01", announced_to="2025-01-01")["announced_to"] == [
        "The end date is before the start date."
    ]


def test_a_reversed_amount_range_is_a_form_message(data):
    assert errors(usd_min="5B", usd_max="1B")["usd_max"] == ["The maximum amount is below the minimum."]


def test_an_impossible_date_and_an_unknown_choice_are_form_messages(data):
    found = errors(announced_from="2025-02-30", kind="gift", sector="no-such-sector", scope="everything")
    assert set(found) == {"announced_from", "kind", "sector", "scope"}


def test_invalid_filters_are_left_out_while_valid_ones_still_apply(data):
    filterset = PledgeFilterSet({"investor": "ZZ", "sector": "semiconductors"}, queryset=Pledge.objects.all())
    assert not filterset.is_valid()
    assert set(filterset.qs.values_list("title", flat=True)) == {PACKAGE, SAMSUNG}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.5B", Decimal("1500000000")),
        ("$850m", Decimal("850000000")),
        ("2,000,000", Decimal("2000000")),
        ("150 billion", Decimal("150000000000")),
        ("3t", Decimal("3000000000000")),
    ],
)
def test_amounts_are_parsed_with_their_units(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["abc", "1.2.3", "-5B", "5 gazillion", ""])
def test_unreadable_amounts_are_refused(text):
    with pytest.raises(ValueError):
        parse_amount(text)


def test_evidence_search_does_not_list_a_pledge_twice(db):
    pledge = PledgeFactory(title="Plant")
    EvidenceFactory(pledge=pledge, quote="Battery plant in Georgia")
    EvidenceFactory(pledge=pledge, quote="A second battery plant story")
    SectorFactory()
    filterset = PledgeFilterSet({"q": "battery"}, queryset=Pledge.objects.all())
    assert filterset.qs.count() == 1
