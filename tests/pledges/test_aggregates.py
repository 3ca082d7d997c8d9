"""The no-double-counting rule, measured on the figures the dashboard shows."""

from decimal import Decimal

import pytest

from pledges.aggregates import UNALLOCATED, compute_figures, purchases_queryset
from pledges.choices import LinkKind, Novelty, PledgeKind, PledgeStatus, ReviewStatus
from pledges.filtersets import PledgeFilterSet
from pledges.models import Pledge, PledgeLink
from tests.factories import CountryFactory, EvidenceFactory, OrganizationFactory, PledgeFactory, SectorFactory

B = Decimal(10**9)


def make_korea_package():
    """Korea's $150B package to the US with two components, and pledges the totals must leave out."""
    kr = CountryFactory(code="KR", alpha3="KOR", name="South Korea")
    us = CountryFactory(code="US", alpha3="USA", name="United States")
    jp = CountryFactory(code="JP", alpha3="JPN", name="Japan")
    vn = CountryFactory(code="VN", alpha3="VNM", name="Vietnam")
    semis = SectorFactory(slug="semiconductors", name="Semiconductors", group="Technology", display_order=0)
    auto = SectorFactory(slug="automotive", name="Automotive", group="Industry", display_order=3)
    ships = SectorFactory(slug="shipbuilding", name="Shipbuilding", group="Industry", display_order=4)
    energy = SectorFactory(slug="oil-gas", name="Oil & gas", group="Energy", display_order=6)
    hyundai = OrganizationFactory(name="Hyundai Motor Group", country=kr)
    samsung = OrganizationFactory(name="Samsung Electronics", country=kr)
    package = PledgeFactory(
        title="Korean companies to invest $150 billion in the United States",
        investor_country=kr,
        recipient_country=us,
        amount=150 * B,
        amount_usd=150 * B,
        sectors=[semis, auto, ships],
    )
    hyundai_pledge = PledgeFactory(
        title="Hyundai to invest $26 billion in US plants",
        investor_country=kr,
        recipient_country=us,
        amount=26 * B,
        amount_usd=26 * B,
        parent=package,
        sectors=[auto],
        organizations=[hyundai],
    )
    samsung_pledge = PledgeFactory(
        title="Samsung chip fab in Texas",
        summary="A new semiconductor fabrication plant.",
        investor_country=kr,
        recipient_country=us,
        amount=20 * B,
        amount_usd=20 * B,
        parent=package,
        sectors=[semis],
        organizations=[samsung],
    )
    lng = PledgeFactory(
        title="Japan to buy US LNG",
        investor_country=jp,
        recipient_country=us,
        amount=10 * B,
        amount_usd=10 * B,
        kind=PledgeKind.PURCHASE,
        sectors=[energy],
    )
    rejected = PledgeFactory(
        title="Misread battery plant",
        investor_country=kr,
        recipient_country=vn,
        amount=5 * B,
        amount_usd=5 * B,
        review_status=ReviewStatus.REJECTED,
    )
    superseded = PledgeFactory(
        title="Old shipyard figure",
        investor_country=kr,
        recipient_country=us,
        amount=3 * B,
        amount_usd=3 * B,
        status=PledgeStatus.SUPERSEDED,
        sectors=[ships],
    )
    EvidenceFactory(
        pledge=hyundai_pledge,
        quote="Hyundai Motor Group will invest $26 billion in the United States through 2028.",
        article__published_on="2025-08-25",
    )
    return {
        "package": package,
        "hyundai": hyundai_pledge,
        "samsung": samsung_pledge,
        "lng": lng,
        "rejected": rejected,
        "superseded": superseded,
        "hyundai_org": hyundai,
        "samsung_org": samsung,
    }


def figures_for(**params):
    filterset = PledgeFilterSet(params, queryset=Pledge.objects.all())
    assert filterset.is_valid(), filterset.errors
    everything = filterset.with_scope("all")
    return compute_figures(filterset.qs, scope=filterset.chosen_scope, purchases=purchases_queryset(everything))


def by_name(rows):
    return {row["name"]: row["usd"] for row in rows}


@pytest.mark.django_db
def test_a_package_and_its_components_count_once_in_the_total():
    make_korea_package()
    figures = figures_for()
    assert figures.total_usd == 150 * B
    assert figures.pledges == 3
    assert figures.packages == 1


@pytest.mark.django_db
def test_sector_figures_show_what_no_component_accounts_for_as_unallocated():
    make_korea_package()
    sectors = by_name(figures_for().by_sector)
    assert sectors == {"Automotive": 26 * B, "Semiconductors": 20 * B, UNALLOCATED: 104 * B}
    assert sum(sectors.values()) == 150 * B


@pytest.mark.django_db
def test_every_figure_adds_up_to_the_total():
    make_korea_package()
    figures = figures_for()
    assert sum(row["usd"] for row in figures.flows) == figures.total_usd
    assert sum(row["usd"] for row in figures.by_recipient) == figures.total_usd
    assert sum(row["usd"] for row in figures.by_investor) == figures.total_usd
    assert figures.by_quarter[-1]["cumulative"] == figures.total_usd


@pytest.mark.django_db
def test_rejected_superseded_and_purchase_pledges_are_left_out_of_the_investment_total():
    make_korea_package()
    figures = figures_for()
    assert figures.total_usd == 150 * B
    assert figures.recipient_countries == 1  # the rejected pledge to Vietnam is not counted
    assert figures.investor_countries == 1  # nor Japan's purchase


@pytest.mark.django_db
def test_purchases_have_their_own_figure():
    make_korea_package()
    figures = figures_for()
    assert figures.purchases_usd == 10 * B
    assert figures.purchases == 1


@pytest.mark.django_db
def test_the_scope_filter_can_bring_excluded_pledges_into_the_figures():
    make_korea_package()
    assert figures_for(scope="all").total_usd == (150 + 10 + 5 + 3) * B
    assert figures_for(scope="excluded").total_usd == (10 + 5 + 3) * B


@pytest.mark.django_db
def test_a_component_left_out_of_totals_returns_its_money_to_the_package():
    pledges = make_korea_package()
    samsung = pledges["samsung"]
    samsung.review_status = ReviewStatus.REJECTED
    samsung.save()
    figures = figures_for()
    assert figures.total_usd == 150 * B
    assert by_name(figures.by_sector) == {"Automotive": 26 * B, UNALLOCATED: 124 * B}


@pytest.mark.django_db
def test_a_restatement_of_money_already_pledged_is_not_counted_again():
    pledges = make_korea_package()
    restated = PledgeFactory(
        title="Hyundai reaffirms $26 billion",
        investor_country=pledges["package"].investor_country,
        recipient_country=pledges["package"].recipient_country,
        amount=26 * B,
        amount_usd=26 * B,
    )
    PledgeLink.objects.create(from_pledge=restated, to_pledge=pledges["hyundai"], kind=LinkKind.RESTATES)
    assert figures_for().total_usd == 150 * B


@pytest.mark.django_db
def test_previously_announced_money_is_not_counted_again():
    pledges = make_korea_package()
    PledgeFactory(
        investor_country=pledges["package"].investor_country,
        recipient_country=pledges["package"].recipient_country,
        amount=7 * B,
        amount_usd=7 * B,
        novelty=Novelty.PREVIOUSLY_ANNOUNCED,
    )
    assert figures_for().total_usd == 150 * B


@pytest.mark.django_db
def test_filtering_by_an_organization_counts_only_its_component():
    pledges = make_korea_package()
    figures = figures_for(organization=str(pledges["hyundai_org"].pk))
    assert figures.total_usd == 26 * B
    assert [row["name"] for row in figures.top_organizations] == ["Hyundai Motor Group"]


@pytest.mark.django_db
def test_a_pledge_naming_several_sectors_is_split_equally_between_them():
    kr = CountryFactory(code="KR", alpha3="KOR", name="South Korea")
    a = SectorFactory(slug="a", name="A", display_order=1)
    b = SectorFactory(slug="b", name="B", display_order=2)
    PledgeFactory(investor_country=kr, amount=9 * B, amount_usd=9 * B, sectors=[a, b])
    assert by_name(figures_for().by_sector) == {"A": Decimal("4.5") * B, "B": Decimal("4.5") * B}


@pytest.mark.django_db
def test_quarters_carry_a_running_total():
    kr = CountryFactory(code="KR", alpha3="KOR", name="South Korea")
    PledgeFactory(investor_country=kr, amount=B, amount_usd=B, announced_on="2025-02-01")
    PledgeFactory(investor_country=kr, amount=2 * B, amount_usd=2 * B, announced_on="2025-08-01")
    PledgeFactory(investor_country=kr, amount=4 * B, amount_usd=4 * B, announced_on="2025-09-30")
    rows = figures_for().by_quarter
    assert [(row["label"], row["usd"], row["cumulative"]) for row in rows] == [
        ("2025 Q1", B, B),
        ("2025 Q3", 6 * B, 7 * B),
    ]


@pytest.mark.django_db
def test_an_empty_selection_gives_zero_figures_not_an_error():
    figures = figures_for(q="nothing-matches-this")
    assert figures.total_usd == 0
    assert figures.by_sector == []
    assert figures.flows == []


@pytest.mark.django_db
def test_cached_figures_are_reused_until_the_data_changes(django_assert_num_queries, settings):
    from pledges.aggregates import cached_figures

    settings.DASHBOARD_CACHE_SECONDS = 60
    pledges = make_korea_package()
    queryset = PledgeFilterSet({}, queryset=Pledge.objects.all()).qs
    assert cached_figures(queryset).total_usd == 150 * B
    with django_assert_num_queries(1):  # only the data version
        assert cached_figures(queryset).total_usd == 150 * B
    package = pledges["package"]
    package.amount_usd = 160 * B
    package.save()
    assert cached_figures(queryset).total_usd == 160 * B


@pytest.mark.django_db
def test_a_new_sector_link_changes_the_data_version():
    from pledges.aggregates import data_version

    pledges = make_korea_package()
    before = data_version()
    pledges["hyundai"].sectors.add(SectorFactory(slug="robotics"))
    assert data_version() != before


@pytest.mark.django_db
def test_a_new_pledge_link_changes_the_data_version():
    from pledges.aggregates import data_version

    pledges = make_korea_package()
    before = data_version()
    PledgeLink.objects.create(from_pledge=pledges["superseded"], to_pledge=pledges["hyundai"], kind=LinkKind.OVERLAPS)
    assert data_version() != before
