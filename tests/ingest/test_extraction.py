"""The extraction engine on short made-up articles: roles, non-pledges, consolidation, the gazetteer."""

from datetime import date
from decimal import Decimal

import pytest

from ingest.extraction import Gazetteer, extract_pledges
from ingest.extraction.report import headline_pledges, pledges_json
from pledges.reference.records import CountryRecord, OrganizationRecord, PlaceRecord, SectorRecord

ON = date(2025, 8, 25)
BILLION = Decimal("1000000000")


def small_gazetteer():
    """A tiny hand-made gazetteer, so that these tests do not depend on the bundled reference lists."""
    countries = [
        CountryRecord("US", "USA", "United States", "Americas", ("U.S.", "America", "American", "Washington")),
        CountryRecord("KR", "KOR", "South Korea", "Asia", ("Korea", "Korean", "South Korean", "Seoul")),
        CountryRecord("JP", "JPN", "Japan", "Asia", ("Japanese", "Tokyo")),
        CountryRecord("GE", "GEO", "Georgia", "Asia", ("Georgian", "Tbilisi")),
        CountryRecord("IN", "IND", "India", "Asia", ("Indian",)),
        CountryRecord("GB", "GBR", "United Kingdom", "Europe", ("Britain", "British", "UK")),
        CountryRecord("EU", "EUU", "European Union", "Europe", ("EU", "Brussels")),
        CountryRecord("EG", "EGY", "Egypt", "Africa", ("Egyptian",)),
    ]
    places = [
        PlaceRecord("Texas", "US", "state"),
        PlaceRecord("Georgia", "US", "state", ambiguous_with_country=True),
        PlaceRecord("Taylor, Texas", "US", "city"),
    ]
    sectors = [
        SectorRecord("semiconductors", "Semiconductors", "Technology", ("chip", "chips", "fab", "semiconductor")),
        SectorRecord("batteries", "Batteries", "Energy", ("battery", "batteries")),
        SectorRecord("automotive", "Automotive", "Industry", ("electric vehicle", "carmaker", "ev")),
        SectorRecord("shipbuilding", "Shipbuilding", "Transport", ("shipbuilding", "shipyard")),
        SectorRecord("other", "Other", "Other", ()),
    ]
    organizations = [
        OrganizationRecord("Samsung Electronics", "KR", "company", ("Samsung",), sectors=("semiconductors",)),
        OrganizationRecord("Hyundai Motor Group", "KR", "business_group", ("Hyundai",), sectors=("automotive",)),
        OrganizationRecord("Toyota Motor", "JP", "company", ("Toyota",), sectors=("automotive",)),
        OrganizationRecord("Intel", "US", "company", (), sectors=("semiconductors",)),
    ]
    return Gazetteer.from_records(countries, places, sectors, organizations)


@pytest.fixture(scope="module")
def gazetteer():
    return small_gazetteer()


def pairs(candidates):
    return [(c.investor_country, c.recipient_country, c.amount_usd) for c in headline_pledges(candidates)]


def run(gazetteer, text, title=""):
    return extract_pledges(text, title=title, published=ON, gazetteer=gazetteer)


# Roles


def test_an_organization_as_subject_invests_in_the_country_after_in(gazetteer):
    found = run(gazetteer, "Samsung will invest $17 billion in Texas to build a chip fab.")
    assert pairs(found) == [("KR", "US", 17 * BILLION)]
    assert found[0].organizations == ("Samsung Electronics",)


def test_a_demonym_before_companies_names_the_investor(gazetteer):
    found = run(gazetteer, "Korean companies plan to pour $150 billion into the United States.")
    assert pairs(found) == [("KR", "US", 150 * BILLION)]


def test_a_bound_adjective_names_the_recipient(gazetteer):
    found = run(gazetteer, "Seoul agreed a $350 billion U.S.-bound investment package with shipbuilding at its core.")
    assert pairs(found) == [("KR", "US", 350 * BILLION)]


def test_an_investment_from_a_country_has_that_country_as_investor(gazetteer):
    found = run(gazetteer, "Egypt will receive $24 billion of investment from Japan for a new port.")
    assert pairs(found) == [("JP", "EG", 24 * BILLION)]


def test_a_passive_sentence_with_invested_by_names_the_investor(gazetteer):
    found = run(gazetteer, "About $5 billion will be invested by Toyota in India over five years.")
    assert pairs(found) == [("JP", "IN", 5 * BILLION)]


def test_a_name_used_as_an_adjective_is_the_recipient_when_the_investor_is_known(gazetteer):
    found = run(gazetteer, "Hyundai raised its planned U.S. investment to $26 billion.")
    assert pairs(found)[0][:2] == ("KR", "US")


def test_georgia_is_the_us_state_when_the_sentence_talks_about_a_plant(gazetteer):
    found = run(gazetteer, "Hyundai will spend $7.6 billion on an electric vehicle plant in Georgia.")
    assert pairs(found) == [("KR", "US", Decimal("7600000000"))]


def test_georgia_is_the_country_without_american_context(gazetteer):
    found = run(gazetteer, "Japanese investors pledged $2 billion for projects in Georgia, officials in Tbilisi said.")
    assert pairs(found) == [("JP", "GE", 2 * BILLION)]


def test_a_sentence_naming_one_side_borrows_the_other_from_the_headline(gazetteer):
    found = run(
        gazetteer,
        "Samsung said on Monday it would build the plant next year.\n\nThe company will spend $17 billion in Texas.",
        title="Samsung to build $17 billion chip fab in Texas",
    )
    assert pairs(found) == [("KR", "US", 17 * BILLION)]
    assert len(found[0].evidence) == 2


def test_a_speaker_at_the_end_of_the_sentence_is_not_a_party(gazetteer):
    found = run(gazetteer, "Toyota will invest $1.4 billion in its plant in Britain, the British government said.")
    assert pairs(found) == [("JP", "GB", Decimal("1400000000"))]


# Non-pledges


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States bought $439 billion of Korean goods last year, a deficit of about $60 billion.",
        "Korea's trade surplus with the United States reached a record $66 billion in 2024.",
        "Samsung's revenue rose to $200 billion while the U.S. chip market is worth $250 billion.",
        "Japan is the largest investor in America, with a stock of $775 billion at the end of 2022.",
        "Automation could add up to $600 billion a year to Korea's economy, Samsung said of its U.S. plans.",
    ],
)
def test_trade_revenue_market_and_stock_figures_are_not_pledges(gazetteer, sentence):
    assert pairs(run(gazetteer, sentence)) == []


def test_a_subsidy_the_host_government_gives_a_foreign_company_is_not_a_pledge(gazetteer):
    text = "The U.S. government awarded Samsung a grant of $4.7 billion under the CHIPS Act for its Texas fab."
    assert pairs(run(gazetteer, text)) == []


def test_money_a_government_spends_at_home_is_not_a_pledge(gazetteer):
    text = "The government has set aside $850 million to attract battery investment in Britain."
    assert pairs(run(gazetteer, text)) == []


def test_a_company_investing_in_its_own_country_is_not_bilateral(gazetteer):
    assert pairs(run(gazetteer, "Intel will spend $20 billion on two fabs in Texas.")) == []


def test_a_multilateral_lender_has_no_country_pair(gazetteer):
    text = "The World Bank will lend Egypt $6 billion over three years, and the IMF expanded its loan to $8 billion."
    assert pairs(run(gazetteer, text)) == []


def test_an_amount_below_a_million_dollars_is_ignored(gazetteer):
    assert pairs(run(gazetteer, "Samsung will invest $800,000 in a Texas training centre.")) == []


def test_an_investment_the_project_hopes_to_attract_is_not_a_pledge(gazetteer):
    text = "Samsung will invest $5 billion in Texas and expects the site to attract $40 billion of investment."
    assert pairs(run(gazetteer, text)) == [("KR", "US", 5 * BILLION)]


# Consolidation


def test_one_pledge_repeated_in_three_sentences_is_one_candidate(gazetteer):
    text = (
        "Samsung will invest $17 billion in Texas.\n\n"
        "The $17 billion plant is its largest in America.\n\n"
        "Samsung said the $17 billion fab would open in 2024."
    )
    found = run(gazetteer, text)
    assert pairs(found) == [("KR", "US", 17 * BILLION)]
    assert len(found[0].evidence) == 3


def test_a_raised_figure_is_one_candidate_that_remembers_the_earlier_one(gazetteer):
    found = run(gazetteer, "Hyundai raised its U.S. investment plan to $26 billion from $21 billion.")
    assert pairs(found) == [("KR", "US", 26 * BILLION)]
    assert found[0].previous_amounts_usd == (21 * BILLION,)


def test_components_of_a_package_point_at_the_package(gazetteer):
    text = (
        "Korea agreed to invest $350 billion in the United States.\n\n"
        "Of the package, $150 billion is earmarked for shipbuilding."
    )
    found = run(gazetteer, text)
    assert pairs(found) == [("KR", "US", 350 * BILLION)]
    component = next(c for c in found if c.amount_usd == 150 * BILLION)
    assert found[component.parent].amount_usd == 350 * BILLION


def test_a_foreign_amount_with_its_dollar_equivalent_gives_one_candidate(gazetteer):
    found = run(gazetteer, "Samsung will invest ₩20 trillion ($14.5 billion) in a Texas chip plant.")
    assert len(found) == 1
    assert found[0].currency == "KRW"
    assert found[0].amount == Decimal("20000000000000")
    assert found[0].amount_usd == Decimal("14500000000")


# Kind, status, period, sectors, confidence


def test_an_aircraft_order_is_a_purchase(gazetteer):
    found = run(gazetteer, "Korean airlines will buy $36 billion of American aircraft.")
    assert found[0].kind == "purchase"


def test_a_fund_is_a_fund(gazetteer):
    found = run(gazetteer, "Japan and the United States will set up a $550 billion fund for American projects.")
    assert found[0].kind == "fund"


def test_a_scrapped_plan_is_cancelled(gazetteer):
    found = run(gazetteer, "Toyota scrapped its $2 billion plan to build a battery plant in India.")
    assert found[0].status == "cancelled"


def test_the_period_of_a_pledge_is_read_from_the_sentence(gazetteer):
    found = run(gazetteer, "Hyundai will invest $26 billion in the United States between 2025 and 2028.")
    assert (found[0].period_start, found[0].period_end) == (2025, 2028)
    found = run(gazetteer, "Toyota will invest $5 billion in India over the next four years.")
    assert (found[0].period_start, found[0].period_end) == (2025, 2028)


def test_sectors_come_from_the_sentence_and_a_modifier_yields_to_its_noun(gazetteer):
    found = run(gazetteer, "Toyota will build a $4 billion electric vehicle battery factory in Britain.")
    assert found[0].sectors == ("batteries",)


def test_sectors_fall_back_to_other_when_nothing_names_one(gazetteer):
    found = run(gazetteer, "Japanese investors agreed to invest $35 billion in Egypt's coast.")
    assert found[0].sectors == ("other",)


def test_explicit_sentences_are_more_confident_than_borrowed_ones(gazetteer):
    explicit = run(gazetteer, "Samsung will invest $17 billion in Texas.")[0]
    borrowed = run(
        gazetteer,
        "It said a further $3 billion would be invested later.",
        title="Samsung to invest $17 billion in Texas chip plant",
    )
    guessed = next(c for c in borrowed if c.amount_usd == 3 * BILLION)
    assert explicit.confidence > guessed.confidence


def test_the_title_names_the_investor_the_amount_and_the_country(gazetteer):
    found = run(gazetteer, "Hyundai will invest $26 billion in the United States.")
    assert found[0].title == "Hyundai Motor Group: $26B in the United States"


def test_the_report_json_has_the_interface_keys_and_full_unit_amounts(gazetteer):
    document = pledges_json(run(gazetteer, "Samsung will invest $17 billion in Texas."))
    assert document[0]["amount"] == "17000000000"
    assert document[0]["amount_usd"] == 17000000000
    assert {"investor_country", "recipient_country", "currency", "sectors", "organizations", "kind"} <= set(document[0])


def test_an_article_without_money_has_no_candidates(gazetteer):
    assert run(gazetteer, "Korea and Japan discussed closer ties on Monday.") == []


def test_the_bundled_gazetteer_knows_demonyms_capitals_and_organizations():
    from ingest.extraction import default_gazetteer

    names = {(m.text, m.country) for m in default_gazetteer().mentions("Seoul, Korean firms and Samsung in Georgia")}
    assert {("Seoul", "KR"), ("Korean", "KR"), ("Samsung", "KR")} <= names


# Harder sentence shapes


def test_the_subject_of_a_receiving_verb_is_the_recipient(gazetteer):
    found = run(gazetteer, "Egypt secured $24 billion of investment from Japanese companies for a new port.")
    assert pairs(found) == [("JP", "EG", 24 * BILLION)]


def test_a_pledge_to_a_region_has_no_recipient_country(gazetteer):
    text = "Japan and the EU will jointly set up a $10 billion fund to finance projects in Africa and Asia."
    assert pairs(run(gazetteer, text)) == []


def test_each_foreign_partner_of_a_joint_amount_gets_the_pledge(gazetteer):
    found = run(gazetteer, "Toyota and Samsung will invest $4 billion in a battery plant in Texas.")
    assert sorted(pairs(found)) == [("JP", "US", 4 * BILLION), ("KR", "US", 4 * BILLION)]


def test_the_foreign_share_of_a_total_with_a_domestic_partner_is_the_pledge(gazetteer):
    text = (
        "Intel and Samsung will spend $11 billion on two chip plants in Texas.\n\n"
        "Of the total, Intel is putting in $7 billion, with the balance of $4 billion coming from Samsung."
    )
    found = pairs(run(gazetteer, text))
    assert ("KR", "US", 4 * BILLION) in found
    assert all(investor != "US" for investor, _, _ in found)


def test_a_yearly_cap_inside_a_package_is_a_component(gazetteer):
    text = "Korea will invest $200 billion in the United States, paid in instalments of up to $20 billion a year."
    found = run(gazetteer, text)
    assert pairs(found) == [("KR", "US", 200 * BILLION)]
    assert any(c.parent == 0 for c in found)


def test_an_acquisition_target_receives_the_money(gazetteer):
    found = run(gazetteer, "Toyota agreed to buy American carmaker Tesla's Texas unit for $3 billion.")
    assert pairs(found)[0][:2] == ("JP", "US")


def test_an_indirect_object_of_lend_is_the_recipient(gazetteer):
    found = run(gazetteer, "Japan will lend India $5 billion backed by Korean guarantees.")
    assert pairs(found) == [("JP", "IN", 5 * BILLION)]
    assert found[0].kind == "loan"


def test_an_official_of_the_host_country_as_subject_is_not_the_investor(gazetteer):
    text = "Indian Prime Minister Modi broke ground on a $2 billion plant built with Japan's Toyota."
    assert pairs(run(gazetteer, text)) == [("JP", "IN", 2 * BILLION)]


def test_a_threshold_in_a_rule_is_not_a_pledge(gazetteer):
    text = "Korea promised faster permits for anyone investing $1 billion or more in the United States."
    assert pairs(run(gazetteer, text)) == []


def test_amounts_assigned_respectively_are_skipped(gazetteer):
    text = "Trump visited Japan and Korea, collecting pledges of $550 billion and $350 billion respectively."
    assert pairs(run(gazetteer, text)) == []


def test_a_supply_deal_is_a_purchase_by_the_buyer(gazetteer):
    text = "Egypt and Japan signed a deal under which Japan will supply Egypt with LNG worth $3 billion."
    found = run(gazetteer, text)
    assert pairs(found) == [("EG", "JP", 3 * BILLION)]
    assert found[0].kind == "purchase"


def test_a_licence_to_invest_is_not_a_subsidy(gazetteer):
    found = run(gazetteer, "Samsung won a licence for a $1.8 billion expansion of its Texas chip plant.")
    assert pairs(found) == [("KR", "US", Decimal("1800000000"))]


def test_a_site_named_after_its_town_does_not_block_the_articles_country(gazetteer):
    text = "Toyota picks Texas for battery hub\n\nThe company will invest $922 million in the Georgetown plant."
    assert pairs(run(gazetteer, text)) == [("JP", "US", Decimal("922000000"))]


def test_a_company_pledge_inside_a_national_package_is_reported_with_its_parent(gazetteer):
    text = (
        "Korean companies will invest $150 billion in the United States.\n\n"
        "As part of the package, Samsung will invest $20 billion in Texas."
    )
    found = run(gazetteer, text)
    company = next(c for c in found if c.organizations == ("Samsung Electronics",))
    assert found[company.parent].amount_usd == 150 * BILLION
    assert ("KR", "US", 20 * BILLION) in pairs(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Toyota has invested more than $9 billion in Texas since 1986.",
        "Investment pledges in India from Japan slipped about 3% last year to roughly $38 billion.",
        "Disbursed investment from Korea in India hit a record of about $25 billion.",
    ],
)
def test_running_totals_and_yearly_statistics_are_not_pledges(gazetteer, sentence):
    assert pairs(run(gazetteer, sentence)) == []


def test_yearly_fdi_flows_are_statistics_not_pledges(gazetteer):
    assert pairs(run(gazetteer, "Egypt received $4 billion in FDI from Japan in 2024, the ministry said.")) == []


def test_a_named_country_beats_a_company_as_the_recipient(gazetteer):
    text = "Japan will lend $500 million to Samsung's port project in Egypt."
    assert pairs(run(gazetteer, text)) == [("JP", "EG", Decimal("500000000"))]


def test_one_amount_from_several_named_investors_has_no_pair(gazetteer):
    assert pairs(run(gazetteer, "Japanese and Korean firms pledged a combined $10 billion in India.")) == []


def test_the_valuation_in_a_full_takeover_is_its_price(gazetteer):
    text = "Toyota agreed to buy British carmaker Rover in a deal valuing it at $3 billion."
    assert pairs(run(gazetteer, text)) == [("JP", "GB", 3 * BILLION)]


def test_the_valuation_behind_a_stake_is_not_the_price(gazetteer):
    text = "Toyota agreed to buy a 20% stake in British carmaker Rover in a deal valuing it at $3 billion."
    assert pairs(run(gazetteer, text)) == []


def test_the_seller_of_an_asset_is_not_the_investor(gazetteer):
    text = "Toyota completed the purchase of a plant in Britain from Korea's Samsung for $1 billion."
    assert pairs(run(gazetteer, text)) == [("JP", "GB", BILLION)]


def test_a_lender_that_approves_financing_is_the_investor(gazetteer):
    text = "Japan approved $2 billion in financing for a metro line in India."
    assert pairs(run(gazetteer, text)) == [("JP", "IN", 2 * BILLION)]


def test_buying_a_company_is_an_investment_and_buying_jets_is_a_purchase(gazetteer):
    takeover = run(gazetteer, "Toyota agreed to buy American parts maker Dana for $2 billion.")
    jets = run(gazetteer, "Korean airlines will buy $36 billion of American aircraft.")
    assert takeover[0].kind == "investment"
    assert jets[0].kind == "purchase"


def test_an_amount_in_brackets_belongs_to_the_name_before_it(gazetteer):
    text = "The pledges came from Samsung ($17 billion) and Japan's Toyota ($10 billion), all in the United States."
    assert sorted(pairs(run(gazetteer, text))) == [("JP", "US", 10 * BILLION), ("KR", "US", 17 * BILLION)]


def test_the_company_means_the_company_named_last(gazetteer):
    text = (
        "Toyota picks Texas for battery hub\n\n"
        "Toyota Motor said it would expand its largest factory.\n\n"
        "Executives gave no dates.\n\n"
        "The company will invest $922 million in new lines in Texas."
    )
    found = run(gazetteer, text)
    assert pairs(found) == [("JP", "US", Decimal("922000000"))]
    assert found[0].organizations == ("Toyota Motor",)


def test_loading_the_reference_tables_also_indexes_the_subdivisions():
    """A worker loads everything at start, so that its first article does not pay for the ISO subdivision index."""
    from ingest.extraction import load_reference_tables
    from ingest.extraction.gazetteer import subdivision_countries

    subdivision_countries.cache_clear()
    load_reference_tables()
    assert subdivision_countries.cache_info().currsize == 1
    assert "GB" in subdivision_countries()["Cambridgeshire"]


def test_a_state_aid_scheme_a_regulator_approves_is_no_pledge():
    text = (
        "EU watchdog clears support\n\n"
        "The European Commission, the top competition regulator in the European Union, approved an Italian state aid "
        "scheme for industry worth €1.6 billion ($1.7 billion) on Wednesday."
    )
    assert extract_pledges(text, published=date(2024, 5, 14)) == []


def test_a_headline_set_in_capitals_still_names_the_place():
    text = (
        "TOYOTA TO SPEND $1.4 BILLION ON KENTUCKY FACTORY\n\n"
        "TOKYO (Reuters) - Toyota Motor will spend $1.4 billion to add battery lines at an existing factory, "
        "the carmaker said on Monday."
    )
    found = extract_pledges(text, published=date(2024, 3, 4))
    assert [(c.investor_country, c.recipient_country, c.amount_usd) for c in found] == [
        ("JP", "US", Decimal("1400000000"))
    ]


def test_a_bid_for_a_company_that_values_it_is_the_takeover_price():
    text = (
        "Swiss group wins over board\n\n"
        "Switzerland's Nestle raised its bid for the Canadian snack maker, valuing it at $9 billion including debt."
    )
    found = extract_pledges(text, published=date(2021, 6, 2))
    assert [(c.investor_country, c.recipient_country, c.amount_usd) for c in found] == [
        ("CH", "CA", Decimal("9000000000"))
    ]
