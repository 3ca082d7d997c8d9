"""The bundled gazetteer reads names the way news writes them, and the extractor with it reads roles."""

from datetime import date

import pytest

from ingest.extraction import default_gazetteer, extract_pledges, filters
from ingest.extraction.report import pledges_json
from ingest.extraction.roles import describes_a_company, hints, is_demonym, resolve_roles, sells_after


def test_the_longest_organization_name_wins_over_a_name_inside_it():
    mentions = default_gazetteer().mentions("Toyota Tsusho will invest in the plant.")
    assert [(m.name, m.country) for m in mentions] == [("Toyota Tsusho", "JP")]


def test_a_hyphenated_aviation_fuel_plant_is_not_aerospace():
    slugs = {hit.slug for hit in default_gazetteer().sector_hits("an aviation-fuel plant")}
    assert slugs == {"oil-gas"}


def pairs(text, published=date(2025, 3, 1)):
    return {
        (p["investor_country"], p["recipient_country"], p["amount_usd"])
        for p in pledges_json(extract_pledges(text, published=published))
    }


def the_one_pledge(text, published):
    """(investor, recipient), amount in USD of the one pledge the text gives, for amounts converted at a rate."""
    (found,) = pairs(text, published=published)
    investor, recipient, usd = found
    return (investor, recipient), usd


def test_the_company_as_subject_after_an_opening_phrase_means_the_company_named_before():
    text = (
        "Carmaker opens new chapter in Turkey\n\n"
        "China's BYD has signed an agreement to build a plant in Turkey.\n\n"
        "Under the agreement signed with the ministry, the company will invest $1 billion in a facility with "
        "an annual capacity of 150,000 vehicles."
    )
    assert ("CN", "TR", 1_000_000_000) in pairs(text)


def test_a_relative_clause_before_the_verb_does_not_hide_the_subject():
    text = (
        "Solar investment\n\n"
        "American solar panel maker First Solar, which commissioned its module plant near Chennai last year, "
        "committed $600 million for further expansion in India."
    )
    assert pairs(text) == {("US", "IN", 600_000_000)}


def test_a_stake_in_a_firm_based_somewhere_sends_the_money_there():
    text = (
        "Stake raised\n\n"
        "Saudi Agricultural and Livestock Investment Company has agreed to lift its holding in Singapore-based "
        "grains trader Olam Agri to 80% for $1.78 billion."
    )
    assert pairs(text) == {("SA", "SG", 1_780_000_000)}


def test_an_investment_of_up_to_an_amount_is_not_a_threshold():
    text = (
        "Poland lands Intel plant\n\n"
        "Intel will build a plant in Poland that will represent an investment of up to $4.6 billion."
    )
    assert pairs(text) == {("US", "PL", 4_600_000_000)}


def test_a_host_government_paying_a_foreign_start_up_is_no_foreign_pledge():
    text = (
        "Canberra and Queensland back US start-up's quantum computer in A$940m deal\n\n"
        "The federal and Queensland governments will put a combined A$940 million into a Silicon Valley start-up."
    )
    assert pairs(text) == set()


def test_a_host_licensing_a_foreign_company_is_not_the_investor():
    text = (
        "Toy factory licensed\n\n"
        "The People's Committee of Binh Duong province handed an investment certificate to the LEGO Group for a "
        "$1 billion toy factory in Vietnam."
    )
    assert pairs(text) == {("DK", "VN", 1_000_000_000)}


def test_a_company_s_capital_spending_guidance_is_no_pledge():
    text = (
        "Chipmaker results\n\n"
        "TSMC said capital spending this year would come in at the lower end of its $32 billion to $36 billion range."
    )
    assert pairs(text) == set()


def test_a_borrowed_investor_goes_to_the_one_country_the_headline_names():
    text = (
        "Poland lands Intel chip assembly plant near Wroclaw\n\n"
        "Intel said in 2022 it would spend 17 billion euros on a fab in Magdeburg, Germany.\n\n"
        "The new facility will represent an investment of up to $4.6 billion."
    )
    assert ("US", "PL", 4_600_000_000) in pairs(text)


def test_a_bare_dollar_beside_us_dollars_is_the_local_dollar_of_a_dollar_country():
    text = (
        "Honda commits $15-billion to Ontario electric vehicle supply chain\n\n"
        "Honda Motor Co. will spend $15-billion building an electric-vehicle supply chain in Ontario, Canada.\n\n"
        "Honda's investment is equivalent to about US$11-billion."
    )
    found = pairs(text, published=date(2024, 4, 25))
    assert {investor for investor, _, _ in found} == {"JP"}
    assert all(9_500_000_000 < usd < 12_000_000_000 for _, _, usd in found)


def test_the_company_handed_an_investment_certificate_is_the_investor():
    text = (
        "Toy maker licensed\n\n"
        "The People's Committee of Binh Duong province handed an investment registration certificate to the LEGO "
        "Group for a toy factory, with total registered capital of more than 1 billion USD."
    )
    assert pairs(text) == {("DK", "VN", 1_000_000_000)}


def test_investing_in_a_country_s_industries_sends_the_money_to_that_country():
    text = "Qatar in Britain\n\nQatar will invest 10 billion pounds in British industries over five years."
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("QA", "GB")}


def test_a_takeover_paid_in_cash_and_stock_is_a_pledge():
    text = (
        "Quantum deal\n\n"
        "IonQ, the Maryland-based quantum computing company, said it would acquire UK-based Oxford Ionics for "
        "$1.075 billion in cash and stock."
    )
    assert pairs(text) == {("US", "GB", 1_075_000_000)}


def test_the_group_buying_a_foreign_subsidiary_pays_for_it_and_the_owner_named_after_is_no_investor():
    text = (
        "POSCO adds lithium rights\n\n"
        "POSCO Holdings will spend more on lithium.\n\n"
        "Separately, the group is buying the Argentine subsidiary of Canada's Lithium South Development, which holds "
        "concessions in the Hombre Muerto salt flat, for $65 million."
    )
    assert pairs(text) == {("KR", "AR", 65_000_000)}


def test_an_amount_borrows_the_host_named_just_before_in_its_paragraph():
    text = (
        "POSCO buys into lithium\n\n"
        "The bulk of the money will go to Australia. POSCO will pay $765 million in cash up front for the stake."
    )
    assert pairs(text) == {("KR", "AU", 765_000_000)}


def test_a_net_loss_is_no_pledge():
    text = "Miner results\n\nThe Australian miner reported a net loss of A$896 million for the year to June."
    assert pairs(text) == set()


def test_a_writedown_is_no_pledge():
    text = "Project frozen\n\nHitachi will take a 300 billion yen ($2.8 billion) writedown on its project in Wales."
    assert pairs(text) == set()


def test_a_running_total_after_a_new_pledge_is_not_a_second_pledge():
    text = (
        "Toyota raises battery investment\n\n"
        "Toyota said it would invest an additional $8 billion in its North Carolina battery plant, bringing its "
        "total investment there to $13.9 billion."
    )
    assert pairs(text) == {("JP", "US", 8_000_000_000)}


def test_investments_announced_over_the_past_years_are_a_tally():
    text = (
        "Chinese firms in Hungary\n\n"
        "Chinese companies have announced more than 20 billion euros of investments in Hungary over the past five "
        "years."
    )
    assert pairs(text) == set()


def test_buying_another_company_s_unit_sends_the_money_to_that_company_s_country():
    text = "Steelmaker deal\n\nNippon Steel agreed to buy Teck Resources' steelmaking coal unit for $1.7 billion."
    found = pledges_json(extract_pledges(text, published=date(2025, 2, 15)))
    assert [(p["investor_country"], p["recipient_country"], p["kind"]) for p in found] == [("JP", "CA", "investment")]


def test_a_project_that_is_worth_an_amount_is_that_pledge():
    text = (
        "BYD Hungary\n\n"
        "BYD will build its first European car plant in Szeged, Hungary. The project is worth about 4 billion euros."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("CN", "HU")}


def test_figures_that_add_up_to_the_total_just_stated_are_its_parts():
    text = (
        "Bank stake\n\n"
        "Sumitomo Mitsui Banking Corporation will buy a 20% stake in India's Yes Bank for $1.6 billion. "
        "It will acquire 13% for $1.05 billion and a further 7% for $550 million."
    )
    assert pairs(text) == {("JP", "IN", 1_600_000_000)}


def test_a_company_based_somewhere_after_a_buying_verb_is_the_target():
    text = (
        "Rescue deal\n\n"
        "Japan's Nidec agreed to take over the Lyon-based maker of pumps for $300 million, the company said."
    )
    assert pairs(text) == {("JP", "FR", 300_000_000)}


def test_the_buyer_of_an_asset_sold_to_it_is_the_investor():
    text = (
        "Mine sold\n\n"
        "Chile's Codelco agreed to sell its stake in a copper smelter in northern Chile to Japan's Mitsui for "
        "$400 million."
    )
    assert pairs(text) == {("JP", "CL", 400_000_000)}


def test_an_apposition_after_the_company_bought_describes_the_target():
    text = (
        "Paint takeover\n\nJapan's Kansai Paint agreed to buy Wattyl, Australia's oldest paint maker, for $500 million."
    )
    assert pairs(text) == {("JP", "AU", 500_000_000)}


def test_a_people_s_adjective_on_a_possessive_noun_names_the_owner():
    text = (
        "Shipyard stake\n\n"
        "Hanwha Ocean will buy a 40% stake in Australia's Austal for $600 million, the largest purchase in the "
        "Korean shipbuilder's history."
    )
    assert pairs(text) == {("KR", "AU", 600_000_000)}


def test_an_impairment_charge_is_no_pledge():
    text = (
        "Reactor halted\n\n"
        "Toshiba said it would stop work on the plant in Britain and take an impairment charge of about "
        "$1.5 billion."
    )
    assert pairs(text) == set()


def test_a_fund_s_final_size_is_no_pledge():
    text = "Fund closes\n\nKKR's Asia fund, which closed at $15 billion in 2021, has invested in Japan and India."
    assert pairs(text) == set()


def test_a_price_paid_for_a_company_is_a_pledge():
    text = (
        "Israel's Ashdod port passes to Indian-led consortium\n\n"
        "The state handed the port of Ashdod to a consortium led by India's Adani group.\n\n"
        "The Ahmedabad-based group paid 2 billion shekels, or about $550 million, for the port in Israel."
    )
    assert ("IN", "IL", 550_000_000) in pairs(text)


def test_a_state_owned_company_is_not_a_government_spending_at_home():
    text = (
        "Dockyard stake\n\n"
        "Mazagon Dock, the Mumbai-based state-owned warship builder, will buy a 51% stake in Sri Lanka's "
        "Colombo Dockyard for $50 million."
    )
    assert pairs(text) == {("IN", "LK", 50_000_000)}


def test_a_host_ministry_signing_an_investment_agreement_with_a_foreign_company_hosts_its_money():
    text = (
        "Carmaker deal\n\n"
        "Egypt's Ministry of Investment signed an agreement worth $2 billion with Chinese carmaker Chery to set "
        "up a joint venture for electric vehicles."
    )
    assert pairs(text) == {("CN", "EG", 2_000_000_000)}


def test_money_a_law_provides_through_a_relative_clause_is_government_money():
    text = (
        "Wafer plant\n\n"
        "Taiwan's Sino-American Silicon will build a wafer plant in Texas for $2 billion.\n\n"
        "The company counts on the Inflation Reduction Act, which would provide $30 billion to support domestic "
        "manufacturing."
    )
    assert pairs(text) == {("TW", "US", 2_000_000_000)}


def test_a_figure_brought_in_for_comparison_is_not_a_second_pledge():
    text = (
        "Gulf money for Madrid\n\n"
        "Qatar will invest $10 billion in Spain, the Spanish government said.\n\n"
        "The sum is small next to the $500 billion that Riyadh has promised Washington."
    )
    assert pairs(text) == {("QA", "ES", 10_000_000_000)}


def sectors(text, published=date(2025, 3, 1)):
    return [tuple(p["sectors"]) for p in pledges_json(extract_pledges(text, published=published))]


def test_what_the_investor_is_does_not_label_what_it_buys():
    text = (
        "Wind deal\n\n"
        "KKR, the New York-based private equity firm, agreed to buy a stake in German offshore wind farms for "
        "$2 billion."
    )
    assert sectors(text) == [("renewables",)]


def test_a_pledge_with_no_sector_takes_the_next_sentence_that_goes_on_about_the_money():
    text = (
        "Gulf money\n\n"
        "Qatar will invest $5 billion in Morocco, the Moroccan government said.\n\n"
        "The money will go to data centres and a high-voltage link to Europe."
    )
    assert sectors(text) == [("ai-data-centers", "power-grid")]


def test_adding_money_to_plants_is_a_pledge_not_a_forecast():
    text = "Toyota adds\n\nToyota said it would add $900 million to its plants in Texas."
    assert pairs(text) == {("JP", "US", 900_000_000)}


def test_what_an_existing_plant_cost_told_in_a_relative_clause_is_background():
    text = (
        "Berlin expansion\n\n"
        "Tesla's Berlin plant, which cost about $5 billion, will get a further $2 billion expansion, the American "
        "carmaker said."
    )
    assert pairs(text) == {("US", "DE", 2_000_000_000)}


def test_a_profit_and_then_a_new_spending_pledge_are_not_the_same_measure():
    text = (
        "BP results\n\n"
        "BP reported a profit of $2.8 billion in the second quarter and said it would spend $1 billion on U.S. "
        "solar projects."
    )
    assert pairs(text) == {("GB", "US", 1_000_000_000)}


def test_a_figure_dated_before_the_news_is_background():
    text = (
        "Cathode plant\n\n"
        "LG Chem will invest $3 billion in a cathode plant in Tennessee. Last year's $1.5 billion pledge for a "
        "separator plant in Michigan is on hold."
    )
    assert pairs(text) == {("KR", "US", 3_000_000_000)}


def test_a_running_total_opened_by_so_far_is_no_pledge():
    text = (
        "Second plant\n\n"
        "BYD will invest $1 billion in a second plant in Hungary. So far, Chinese companies have put $15 billion "
        "into Hungary."
    )
    assert pairs(text) == {("CN", "HU", 1_000_000_000)}


def test_each_government_after_an_opening_phrase_is_a_government_subject():
    text = (
        "Quantum deal\n\n"
        "Canberra and Queensland back a US start-up's quantum computer in Brisbane.\n\n"
        "Under the package announced on Tuesday, each government will contribute A$470 million."
    )
    assert pairs(text) == set()


def test_a_capitalised_measure_word_inside_a_name_is_no_measure():
    text = "Railway loan\n\nChina's Export-Import Bank will lend Kenya $2 billion to extend the railway."
    assert pairs(text) == {("CN", "KE", 2_000_000_000)}


def test_one_amount_for_two_host_countries_has_no_single_pair():
    text = (
        "Lithium\n\n"
        "POSCO Holdings will spend about $750 million securing lithium in Australia and Argentina, the "
        "steelmaker said."
    )
    assert pairs(text) == set()


def test_a_host_official_announcing_a_company_s_money_names_where_it_lands():
    text = (
        "Battery expansion\n\n"
        "Samsung SDI will invest a further $1 billion at its battery plant there, Hungary's foreign minister said."
    )
    assert pairs(text) == {("KR", "HU", 1_000_000_000)}


def test_the_buyer_in_a_passive_takeover_is_the_investor():
    text = "Takeover\n\nOhio-based Crestline Tools agreed to be acquired by Japan's Makita for $1.5 billion."
    assert pairs(text) == {("JP", "US", 1_500_000_000)}


def test_the_bidder_after_an_offer_from_is_the_investor():
    text = "Robot maker\n\nGerman robot maker Kuka accepted a $1 billion takeover offer from China's Midea."
    assert pairs(text) == {("CN", "DE", 1_000_000_000)}


def test_a_subsidiary_is_no_subsidy_and_its_parent_speaking_is_the_investor():
    text = "Mexico\n\nNissan said its Mexican subsidiary would invest $1 billion in its Aguascalientes plants."
    assert pairs(text) == {("JP", "MX", 1_000_000_000)}


def test_a_country_signing_investment_agreements_with_foreign_companies_hosts_them():
    text = "Egypt\n\nEgypt signed agreements worth $1 billion with French companies on Monday for desalination plants."
    assert pairs(text) == {("FR", "EG", 1_000_000_000)}


def test_the_size_of_a_project_a_stake_is_bought_in_is_not_the_price():
    text = "Stake\n\nJapan's Marubeni will buy a 30% stake in a $2.2 billion gas-fired power plant in Vietnam."
    assert pairs(text) == set()


def test_a_second_figure_joined_to_a_background_one_is_background_too():
    text = (
        "Saudi package\n\n"
        "Saudi Arabia will invest $5 billion in Pakistan, the two governments said.\n\n"
        "The package builds on a $3 billion deposit the kingdom made with Pakistan's central bank last year to "
        "shore up its reserves, and an oil facility worth $1.2 billion."
    )
    assert pairs(text) == {("SA", "PK", 5_000_000_000)}


def test_a_law_and_a_wealth_fund_s_size_are_no_pledges():
    text = (
        "Plant\n\n"
        "Japan's Denso will invest $1 billion in Michigan. Biden's $1.2 trillion infrastructure bill has spurred "
        "such projects, and Norway's $1.6 trillion sovereign wealth fund owns shares in many of them."
    )
    assert pairs(text) == {("JP", "US", 1_000_000_000)}


def test_a_company_that_raised_a_round_led_by_a_foreign_investor_receives_the_money():
    text = "Round\n\nIndian startup Ola Electric raised $500 million in a funding round led by Japan's SoftBank."
    assert pairs(text) == {("JP", "IN", 500_000_000)}


def test_a_host_leader_speaking_first_names_where_foreign_pledges_land():
    text = (
        "Malaysia\n\n"
        "Malaysia's Prime Minister Anwar Ibrahim said Chinese investors had pledged $30 billion of investment "
        "during his visit to Beijing."
    )
    assert pairs(text) == {("CN", "MY", 30_000_000_000)}


def test_taking_a_commitment_to_a_new_level_is_a_running_total():
    text = (
        "Data centres\n\n"
        "US firm CoreWeave will invest $1 billion in two data centres in Britain, taking its UK commitment to "
        "$2.5 billion."
    )
    assert pairs(text) == {("US", "GB", 1_000_000_000)}


def test_the_owner_of_the_site_and_what_stands_next_door_do_not_label_the_pledge():
    text = (
        "Battery plant\n\n"
        "Samsung SDI will invest $3 billion in a battery cell plant in Indiana, next to the carmaker's "
        "electric-vehicle factory."
    )
    assert sectors(text) == [("batteries",)]


def test_what_minerals_are_used_in_does_not_label_a_minerals_pledge():
    text = (
        "Minerals pact\n\n"
        "Japan will invest $1 billion in critical minerals projects in Australia, materials used in weapons, "
        "electronics and electric vehicles."
    )
    assert sectors(text) == [("critical-minerals",)]


def test_the_gulf_state_is_the_gulf_country_the_sentence_named_and_no_region():
    text = (
        "AI campus\n\n"
        "France and the United Arab Emirates signed a framework under which the Gulf state will invest "
        "$40 billion in France in a campus for artificial intelligence."
    )
    assert pairs(text) == {("AE", "FR", 40_000_000_000)}
    assert sectors(text) == [("ai-data-centers",)]


def test_the_name_before_which_is_the_subject_of_the_relative_clause_with_the_amount():
    text = (
        "Takeover battle\n\n"
        "Japan's Nippon Steel agreed to buy U.S. Steel for $14.1 billion.\n\n"
        "The price was far above the offer made in August by domestic rival Cleveland-Cliffs, which proposed "
        "about $7.3 billion."
    )
    assert pairs(text) == {("JP", "US", 14_100_000_000)}


def test_it_after_two_companies_is_the_nearest_one():
    text = (
        "Vietnam\n\n"
        "Samsung makes half of its phones in Vietnam, and Intel runs a chip plant in Ho Chi Minh City, where it "
        "has invested about $1.5 billion."
    )
    assert pairs(text) == {("US", "VN", 1_500_000_000)}


def test_the_customer_named_before_a_supplier_is_no_co_investor():
    text = "Supplier\n\nApple's supplier Foxconn will invest $1 billion in India, a source said."
    assert pairs(text) == {("TW", "IN", 1_000_000_000)}


def test_a_dateline_opening_the_lead_is_not_part_of_its_first_sentence():
    from ingest.extraction.text import article_sentences

    sentences = article_sentences("WARSAW, May 6, 2024 (Reuters) - Danish maker Vestas will build a plant.", "Title")
    assert sentences[1].text == "Danish maker Vestas will build a plant."


def test_a_petrochemical_complex_is_both_oil_and_gas_and_chemicals():
    slugs = {hit.slug for hit in default_gazetteer().sector_hits("a petrochemical complex")}
    assert slugs == {"oil-gas", "chemicals"}


def test_is_spending_is_a_verb_not_a_measure_of_spending():
    text = "Plant\n\nGermany's BMW is spending 800 million euros at its San Luis Potosi plant in Mexico."
    assert {(i, r) for i, r, _ in pairs(text)} == {("DE", "MX")}


def test_a_leading_clause_recalling_an_earlier_announcement_is_background():
    text = (
        "Nearshoring\n\n"
        "When Tesla announced a $5 billion gigafactory near Monterrey in March 2023, officials predicted a wave "
        "of suppliers. South Korea's Kia said on Tuesday it would invest $1 billion in its Mexican factory."
    )
    assert pairs(text) == {("KR", "MX", 1_000_000_000)}


def test_the_investor_named_by_its_nationality_and_trade_does_not_label_what_it_buys():
    text = (
        "Seeds deal\n\n"
        "BASF completed its $7 billion acquisition of an American seeds business, a year after the German "
        "chemicals group agreed to buy it."
    )
    assert sectors(text) == [("agriculture-food",)]


def test_the_company_a_price_is_paid_for_is_the_target():
    text = "Takeover\n\nSiemens Healthineers agreed to pay $1 billion for French diagnostics company Biomerieux's unit."
    assert pairs(text) == {("DE", "FR", 1_000_000_000)}


def test_the_country_a_leader_visits_receives_unless_the_investors_come_from_it():
    visiting_host = (
        "Visit\n\nDuring his visit to India, Prime Minister Kishida pledged $30 billion of Japanese investment."
    )
    visiting_investors = (
        "Visit\n\nMalaysia's Prime Minister said Chinese investors had pledged $30 billion during his visit to Beijing."
    )
    assert pairs(visiting_host) == {("JP", "IN", 30_000_000_000)}
    assert pairs(visiting_investors) == {("CN", "MY", 30_000_000_000)}


def test_a_state_incentive_package_does_not_make_the_state_a_second_investor():
    text = (
        "Battery maker picks Ohio town\n\n"
        "Panasonic Energy said on Monday it will build a battery cell plant in Millbrook, Ohio, with an investment of "
        "up to $3 billion.\n\n"
        "Ohio's incentive package for Panasonic is worth about $500 million, mostly tax credits."
    )
    assert pairs(text) == {("JP", "US", 3_000_000_000)}


def test_a_second_award_in_a_list_of_grants_is_a_grant_too():
    text = (
        "Grants finalised\n\n"
        "Samsung Electronics will invest $20 billion in its Texas chip plants.\n\n"
        "The Commerce Department finalised awards of up to $6 billion for Micron and of $450 million for "
        "SK hynix's packaging plant in Indiana."
    )
    assert pairs(text) == {("KR", "US", 20_000_000_000)}


def test_the_leader_of_a_consortium_is_its_investor_not_the_partners_named_in_passing():
    text = (
        "Power deal for Jordan\n\n"
        "A consortium led by Qatar's UCC Holding, with Turkey's Kalyon and the American firm GE Vernova, agreed "
        "a $2 billion package of gas power plants in Jordan."
    )
    assert ("QA", "JO", 2_000_000_000) in pairs(text)
    assert not any(investor == "US" or recipient == "TR" for investor, recipient, _ in pairs(text))


def test_the_seller_named_after_a_long_description_of_the_target_is_not_the_investor():
    text = (
        "Brewer sold\n\n"
        "Japan's Asahi Group Holdings has agreed to pay $11 billion for Carlton & United Breweries, the "
        "Australian brewer behind Victoria Bitter, Carlton Draught and Great Northern, from Anheuser-Busch InBev."
        "\n\nThe sale lets the seller cut its debt, which stood at more than $100 billion."
    )
    assert pairs(text) == {("JP", "AU", 11_000_000_000)}


def test_an_amount_in_the_host_countrys_currency_says_where_the_money_goes():
    text = (
        "Gulf lender takes control of mid-sized bank\n\n"
        "Dubai's Emirates NBD will buy a 60 per cent stake in private lender RBL Bank for about Rs 26,850 crore, "
        "the two banks said."
    )
    assert [(investor, recipient) for investor, recipient, _ in pairs(text)] == [("AE", "IN")]


def test_bare_dirhams_in_an_article_about_morocco_are_moroccan_dirhams():
    from ingest.extraction.money import find_money

    text = (
        "Gigafactory for Kenitra\n\n"
        "China's Gotion High-Tech will build a battery gigafactory in Kenitra, Morocco, Morocco's ministry said. "
        "A first phase, worth 12.8 billion dirhams (about 1.3 billion dollars), should open in 2026."
    )
    [money] = find_money("A first phase, worth 12.8 billion dirhams, should open in 2026.")
    assert money.currency == "AED"  # alone, the word reads as the UAE's
    [pledge] = pledges_json(extract_pledges(text, published=date(2024, 6, 1)))
    assert pledge["currency"] == "MAD"
    assert (pledge["investor_country"], pledge["recipient_country"]) == ("CN", "MA")


def test_a_project_backed_by_a_named_company_is_that_companys_pledge():
    text = (
        "Battery chain for Indonesia\n\n"
        "Indonesia's president said a $6 billion battery supply chain backed by China's CATL will start "
        "construction in West Java this year."
    )
    assert pairs(text) == {("CN", "ID", 6_000_000_000)}


def test_a_loan_backed_by_a_countrys_assets_names_no_investor():
    text = (
        "Refinancing\n\n"
        "Pakistan's state power company will borrow $2 billion in a loan backed by Chinese assets, the finance "
        "ministry said."
    )
    assert not any(investor == "CN" for investor, _, _ in pairs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JBIC loan for PLN\n\nThe Japan Bank for International Cooperation will lend $1.5 billion to Indonesia's "
            "state utility PLN for grid upgrades.",
            ("JP", "ID"),
        ),
        (
            "Fund commitment\n\nSingapore's GIC has committed $2 billion to Indonesia's sovereign wealth fund "
            "Danantara.",
            ("SG", "ID"),
        ),
        (
            "TotalEnergies invests in Adani Green\n\nTotalEnergies will invest about $2 billion for a stake in a "
            "renewable energy joint venture with India's Adani Green Energy.",
            ("FR", "IN"),
        ),
    ],
)
def test_money_given_to_a_countrys_company_or_venture_goes_to_that_country(text, expected):
    assert [(investor, recipient) for investor, recipient, _ in pairs(text)] == [expected]


def test_money_invested_by_a_company_in_a_passive_sentence_goes_to_the_subject():
    text = (
        "Shipyard upgrade\n\n"
        "The Philly Shipyard will be upgraded with $5 billion invested by South Korea's Hanwha Group, the company "
        "said."
    )
    assert pairs(text) == {("KR", "US", 5_000_000_000)}


def test_a_yearly_total_of_registered_foreign_direct_investment_is_a_statistic():
    text = (
        "Wind farm licensed\n\n"
        "Singapore's Sembcorp Industries has received an investment licence for a $250 million offshore wind farm "
        "in Ben Tre province, Vietnam's planning ministry said.\n\n"
        "Vietnam received $36.6 billion of registered foreign direct investment last year, with Singapore the "
        "biggest source."
    )
    assert pairs(text) == {("SG", "VN", 250_000_000)}


def test_a_wind_farm_off_a_coast_is_in_that_country_not_in_its_developers():
    text = (
        "Offshore wind stake\n\n"
        "Abu Dhabi's Masdar agreed to invest £1 billion in RWE's Dogger Bank South offshore wind project off England."
    )
    assert [(investor, recipient) for investor, recipient, _ in pairs(text)] == [("AE", "GB")]


def test_a_headline_that_rounds_the_storys_figure_is_the_same_pledge():
    text = (
        "Sumitomo Chemical plans $1 billion agrochemical hub in India\n\n"
        "Japan's Sumitomo Chemical will invest about 80 billion rupees ($960 million) over five years in a new "
        "crop-protection complex in Gujarat, the company said on Tuesday."
    )
    assert pairs(text, published=date(2024, 1, 9)) == {("JP", "IN", 960_000_000)}


def test_a_fund_that_lends_to_two_countries_gives_each_its_own_share():
    text = (
        "Kuwait fund lends Egypt, Jordan $700 million for water and power\n\n"
        "The Kuwait Fund for Arab Economic Development signed loan agreements worth a combined $700 million with "
        "Egypt and Jordan on Sunday, the fund said.\n\n"
        "Egypt will receive $450 million for a desalination plant on the Red Sea coast and Jordan $250 million for "
        "transmission lines. The fund has lent more than $22 billion since it was founded in 1961."
    )
    assert pairs(text, published=date(2023, 6, 11)) == {("KW", "EG", 450_000_000), ("KW", "JO", 250_000_000)}


def test_an_amount_restated_in_a_second_currency_is_one_pledge():
    text = (
        "Parts maker picks Hatvan\n\n"
        "Chinese motor maker Xinzhi is building a plant in Hungary with an investment of 50 billion Hungarian "
        "forints (120 million euros), the foreign minister said."
    )
    [pledge] = pledges_json(extract_pledges(text, published=date(2024, 3, 1)))
    assert (pledge["investor_country"], pledge["recipient_country"], pledge["currency"]) == ("CN", "HU", "HUF")


def test_a_companys_investment_in_its_us_based_plants_goes_to_the_us():
    text = (
        "Drugmaker's pledge\n\n"
        "Novartis, a Swiss drugmaker, announced a $23 billion investment in its U.S.-based manufacturing and "
        "research sites."
    )
    assert pairs(text) == {("CH", "US", 23_000_000_000)}


def test_a_company_the_gazetteer_does_not_know_does_not_borrow_another_paragraphs_investor():
    text = (
        "New factories this month\n\n"
        "Hillside Foods, one of the largest poultry processors, has opened a new $300 million plant in Danville, "
        "Virginia.\n\n"
        "Separately, Germany's Siemens said it would invest $200 million in a factory in Fort Worth, Texas."
    )
    assert pairs(text) == {("DE", "US", 200_000_000)}


def test_money_a_fund_puts_into_its_own_economy_or_draws_from_its_reserves_stays_at_home():
    text = (
        "Fund to step up spending\n\n"
        "Saudi Arabia's Public Investment Fund will inject $40 billion a year to support growth in its economy, "
        "the crown prince said. The king approved the allocation of 100 billion riyals ($26.67 billion) from the "
        "kingdom's reserves to the fund.\n\n"
        "Earlier this month the fund said it would invest $1.3 billion in India's Reliance Retail."
    )
    assert pairs(text, published=date(2020, 11, 14)) == {("SA", "IN", 1_300_000_000)}


def test_a_level_on_a_date_and_a_forecast_level_are_not_pledges():
    text = (
        "Korean giant in Vietnam\n\n"
        "Samsung's phone exports from Vietnam were $23.9 billion last year; the figure is expected to increase to "
        "$30 billion this year.\n\n"
        "The fund's assets stood near US$250 billion as of last month.\n\n"
        "Samsung Electronics launched a new $220 million R&D center in Hanoi."
    )
    assert pairs(text, published=date(2023, 1, 5)) == {("KR", "VN", 220_000_000)}


def test_a_yearly_total_of_acquisitions_that_jumped_to_a_record_is_a_statistic():
    text = (
        "Buying abroad\n\n"
        "Foreign acquisitions by Japanese companies jumped about 30% in the fiscal year ended Friday to a record "
        "10.91 trillion yen ($97.9 billion), a consultancy said."
    )
    assert pairs(text, published=date(2017, 4, 3)) == set()


def test_a_stake_bought_in_yen_goes_to_japan_even_when_the_target_is_unknown():
    text = (
        "Chinese group buys into apparel maker\n\n"
        "Chinese textile group Shandong Ruyi said it will buy a 41 percent stake in a Japanese apparel maker.\n\n"
        "The 4 billion yen ($44.4 million) share purchase will make Shandong Ruyi the largest shareholder in "
        "Renown, a loss-making collection of clothing brands."
    )
    assert ("CN", "JP", 44_400_000) in pairs(text, published=date(2010, 5, 24))


def test_a_company_the_gazetteer_does_not_know_is_one_of_the_firms_a_country_headline_names():
    text = (
        "Chinese firms to invest $8.6 billion in Indonesian smelters\n\n"
        "Oriental Mining and Rui Tong Investment will invest $1.5 billion in iron plants, the industry minister said."
    )
    assert ("CN", "ID", 1_500_000_000) in pairs(text, published=date(2012, 9, 20))


def test_the_size_of_a_fund_is_not_a_pledge_however_it_is_written():
    text = (
        "Fund eyes airports\n\n"
        "Qatar's sovereign fund may invest about $3 billion in Pakistan's airports and power plants. The "
        "$445-billion QIA is evaluating stakes in both airports. The plan matches the $524 billion currently "
        "managed by the fund, whose total assets could reach $905 billion by 2030, a consultancy said."
    )
    assert pairs(text, published=date(2022, 8, 24)) == {("QA", "PK", 3_000_000_000)}


def test_an_amount_in_zlotys_for_a_first_plant_in_europe_is_in_poland():
    text = (
        "Japanese investment in Poland\n\n"
        "Mabuchi Motor, a Japanese maker of small motors, started building a parts factory on Wednesday in "
        "Bochnia. The investment of approximately 360 million zlotys will be the company's first plant in Europe."
    )
    assert [(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2018, 5, 16))] == [
        ("JP", "PL")
    ]


def test_a_pledge_from_a_country_names_its_investor_even_after_goods_are_bought():
    text = (
        "Gulf tour ends\n\n"
        "The tour produced an order by Etihad Airways for 28 Boeing jets and a $90 billion pledge from Kuwait "
        "to invest in the United States."
    )
    assert ("KW", "US", 90_000_000_000) in pairs(text, published=date(2025, 5, 20))


def test_the_first_place_after_an_amount_is_its_destination_even_at_the_investors_home():
    text = (
        "Cloud spending\n\n"
        "Oracle is spending $6 billion in Ohio and a further $2 billion in Malaysia on new data centers."
    )
    assert pairs(text, published=date(2024, 10, 2)) == {("US", "MY", 2_000_000_000)}


def test_a_title_case_headline_about_spending_at_home_borrows_no_foreign_recipient():
    text = (
        "Ford Invests In US, $2 Billion Plan Confirmed\n\n"
        "Ford said it would put $2 billion into its plants in Kentucky and Michigan. A year earlier it had "
        "planned a $1.6 billion plant in Mexico, which it has now dropped."
    )
    assert ("US", "MX", 2_000_000_000) not in pairs(text, published=date(2017, 1, 4))


def test_a_ranking_of_investors_and_a_total_between_two_past_dates_are_not_pledges():
    text = (
        "French group to build plant in India\n\n"
        "A French engineering group will invest $900 million in a factory in India, the trade minister said. "
        "France is India's eleventh-largest investor with about $11 billion of FDI between April 2000 and "
        "March 2024. Japan ranks fifth with $40 billion, the ministry said."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("FR", "IN", 900_000_000)}


def test_money_for_a_number_of_countries_has_no_single_recipient():
    text = (
        "Qatar fund plans regional push\n\n"
        "Qatar's wealth fund plans to invest $12 billion in four African countries, including Rwanda, "
        "a statement said."
    )
    assert pairs(text, published=date(2023, 2, 1)) == set()


def test_an_overall_total_goes_nowhere_when_its_part_names_the_country():
    text = (
        "Amazon expands cloud\n\n"
        "Amazon is committing $20 billion overall, with $12.7 billion earmarked for India, to new data centers."
    )
    assert pairs(text, published=date(2023, 5, 18)) == {("US", "IN", 12_700_000_000)}


def test_a_leader_bringing_home_commitments_from_a_visit_names_the_host_as_investor():
    text = (
        "Minister back from Riyadh\n\n"
        "Thailand's prime minister called her trip to Saudi Arabia a success, securing investment pledges "
        "worth 50 billion baht."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 3, 1))} == {
        ("SA", "TH")
    }


def test_a_weekday_after_said_does_not_hide_the_company_as_subject():
    sentence = (
        "Panasonic Holdings said Thursday it will acquire U.S. supply-chain software firm Blue Yonder for $7.1 billion."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$"))
    assert (roles.investor.name, roles.recipient.country) == ("Panasonic Holdings", "US")


def test_a_stake_in_a_division_of_a_foreign_group_goes_to_the_groups_country():
    text = (
        "Hitachi reshapes portfolio\n\n"
        "Hitachi has been buying abroad, having bought a 60 percent stake in the rail signalling business of "
        "French engineering group Thales for about 1.7 billion euros."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2021, 8, 4))} == {
        ("JP", "FR")
    }


def test_pounds_in_a_british_report_on_money_for_africa_do_not_send_it_to_britain():
    text = (
        "Beijing pledges funds for the continent\n\n"
        "China's president has pledged £30 billion in financing for projects in Africa. He said China would "
        "also encourage its companies to invest at least £5 billion in Africa."
    )
    assert pairs(text, published=date(2018, 9, 3)) == set()


def test_money_that_has_been_injected_since_a_date_is_a_running_total():
    text = (
        "Chinese firms flock to border state\n\n"
        "Since the governor took office in 2021, about 6 billion dollars in foreign investment have been "
        "poured into Coahuila, officials said."
    )
    assert pairs(text, published=date(2023, 3, 1)) == set()


def test_a_purchase_that_brings_a_yearly_amount_to_a_figure_is_counted_once():
    text = (
        "Shopping abroad\n\n"
        "Canon's $600 million purchase of a U.S. printer maker, announced Monday, brings the amount spent on "
        "outbound deals to $19 billion this year, a data provider said."
    )
    assert pairs(text, published=date(2012, 6, 4)) == {("JP", "US", 600_000_000)}


def test_a_company_project_that_will_generate_investment_is_the_companys_pledge():
    text = (
        "Machinery maker picks Mexico\n\n"
        "China's Sany Heavy Industry is starting an industrial park project in Mexico's state of Coahuila to "
        "generate $2 billion in investments."
    )
    assert ("CN", "MX", 2_000_000_000) in pairs(text, published=date(2023, 9, 1))


def test_how_an_acquisition_is_paid_for_and_a_medium_term_plan_are_not_further_pledges():
    text = (
        "Takeover\n\n"
        "NEC said it will acquire U.S. software firm Acme Analytics for $2 billion. To finance the acquisition, "
        "NEC will use 100 billion yen in cash on hand. The company also plans to invest some 500 billion yen in "
        "digital businesses under its medium-term plan through 2025."
    )
    assert pairs(text, published=date(2022, 5, 10)) == {("JP", "US", 2_000_000_000)}


def test_a_company_named_as_another_countrys_is_its_local_unit():
    text = (
        "Nickel deal\n\n"
        "An agreement was reached between Chinese battery maker CATL and Indonesia's PT Vale to build a "
        "processing plant in Sulawesi, valued at $1.2 billion."
    )
    assert ("CN", "ID", 1_200_000_000) in pairs(text, published=date(2024, 11, 11))


def test_the_same_figure_paid_by_two_named_companies_is_two_pledges():
    text = (
        "Nearshoring\n\n"
        "China's BYD is planning a project in Mexico's state of Jalisco to generate $1 billion in investments. "
        "It follows Tesla's announcement of a $1 billion battery plant in Nuevo Leon."
    )
    assert {("CN", "MX", 1_000_000_000), ("US", "MX", 1_000_000_000)} <= pairs(text, published=date(2023, 9, 1))


def test_an_unknown_acquisition_target_takes_the_nationality_the_story_gives_it():
    text = (
        "Kubota to Buy Great Plains for $430 Million\n\n"
        "Japanese machinery maker Kubota said on Tuesday it would buy Great Plains Manufacturing for $430 "
        "million in cash.\n\n"
        "The American company, based in Salina, makes seeders and tillage tools and had sales of $500 million "
        "last year."
    )
    assert pairs(text, published=date(2016, 1, 13)) == {("JP", "US", 430_000_000)}


def test_a_loan_to_repay_another_lender_goes_to_the_borrower_and_the_old_debt_is_not_a_loan():
    text = (
        "Sri Lanka takes $1 billion loan from China to repay debt to India\n\n"
        "China has agreed to provide a $1 billion credit line to Sri Lanka to help it repay the $1.5 billion "
        "India debt falling due this year, officials said."
    )
    assert pairs(text, published=date(2021, 3, 1)) == {("CN", "LK", 1_000_000_000)}


def test_a_yearly_contribution_that_would_surge_to_a_figure_is_a_statistic():
    text = (
        "Beijing adds deposits\n\n"
        "China has agreed to place $2 billion in deposits with Egypt's central bank. With the new deposits, "
        "China's contribution this year would surge to $3.5 billion, a report said."
    )
    assert pairs(text, published=date(2023, 2, 1)) == {("CN", "EG", 2_000_000_000)}


def test_loans_already_provided_and_a_cumulative_amount_are_not_new_loans():
    text = (
        "Japan lends for Chennai metro\n\n"
        "Japan's aid agency JICA signed a loan of 40 billion yen for India's Chennai metro on Friday. JICA has "
        "already provided loans totalling 150 billion yen for the first phase. The cumulative loan amount "
        "provided by JICA for metro lines in India exceeds 1.3 trillion yen."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2021, 3, 26))} == {("JP", "IN")}
    assert len(pairs(text, published=date(2021, 3, 26))) == 1


def test_a_canadian_article_that_spells_out_canadian_dollars_means_them_by_a_bare_dollar_sign():
    text = (
        "Honda picks Ontario for EV supply chain\n\n"
        "Honda will invest $15 billion in an electric-vehicle supply chain in Alliston, Ontario, in Canada. "
        "The plan also includes a separator plant built with partners for 1 billion Canadian dollars."
    )
    [(investor, recipient, amount)] = pairs(text, published=date(2024, 4, 25))
    assert (investor, recipient) == ("JP", "CA")
    assert 10_000_000_000 < amount < 12_000_000_000  # C$15 billion, not US$15 billion


def test_two_governments_signing_a_loan_leave_the_direction_to_the_article():
    text = (
        "Kenya, Japan sign $300 million agreement for port\n\n"
        "Kenya and Japan have signed a loan and grant agreement worth $300 million (33 billion yen) for the "
        "Mombasa port expansion. The notes cover the yen loan of Japan to Kenya, the embassy said."
    )
    assert pairs(text, published=date(2022, 6, 1)) == {("JP", "KE", 300_000_000)}


def test_a_headline_verb_in_its_bare_form_does_not_make_the_country_before_it_a_modifier():
    sentence = "Uzbekistan and Turkey sign deals worth $4 billion"
    mentions = default_gazetteer().mentions(sentence)
    assert "modifier" not in hints(sentence, mentions).values()


def test_two_countries_signing_with_no_site_or_currency_told_take_the_usual_source_of_capital_as_payer():
    text = (
        "Mongolia and Japan sign deals worth $2 billion during premier's trip\n\n"
        "Mongolia and Japan signed 14 agreements worth $2 billion on Tuesday covering airports, copper and "
        "hospitals, officials said after talks between the two prime ministers."
    )
    assert pairs(text, published=date(2024, 10, 8)) == {("JP", "MN", 2_000_000_000)}


def test_support_from_the_host_government_does_not_make_it_the_investor():
    text = (
        "GlobalFoundries to build second fab in Germany\n\n"
        "Together with the first fab, total investment will exceed $8 billion with support from the German "
        "government, GlobalFoundries said."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("US", "DE", 8_000_000_000)}


def test_two_countries_signing_take_the_direction_another_sentence_states():
    text = (
        "Morocco, Qatar sign major $20bn deal to develop Dakhla\n\n"
        "In one of the largest agreements of its type, Morocco and Qatar signed an economic partnership "
        "agreement of $20 billion on Friday to develop the Dakhla peninsula, a broadcaster reported.\n\n"
        "Morocco's prime minister said the project would bring in $60 billion.\n\n"
        "He said that in the next two months, Qatar plans to spend $20 billion in Morocco through foreign direct "
        "investment.\n\n"
        "The deal signed between the two governments foresees the injection of a first tranche of $8 billion "
        "over the next week, with a second tranche of $12 billion within two months."
    )
    found = pairs(text, published=date(2024, 3, 3))
    assert ("QA", "MA", 20_000_000_000) in found
    assert not any(investor == "MA" for investor, _, _ in found)


def test_a_company_the_gazetteer_does_not_know_takes_the_nationality_its_apposition_gives():
    text = (
        "Hungary lands another parts maker\n\n"
        "Daeyang Precision, a South Korean battery parts maker, will build a plant in the city of Komárom, "
        "backed by a grant from Hungary's government.\n\n"
        "Daeyang is investing the equivalent of $48 million in the project, which will create 150 jobs."
    )
    assert pairs(text, published=date(2019, 5, 2)) == {("KR", "HU", 48_000_000)}


def test_a_country_that_partners_with_foreign_firms_receives_their_money():
    text = (
        "Namibia partners with Chinese firms for construction of $180m copper smelter\n\n"
        "The smelter will be built at Tsumeb and start work in 2027."
    )
    assert pairs(text, published=date(2025, 3, 10)) == {("CN", "NA", 180_000_000)}


def test_a_value_set_after_its_list_item_belongs_to_that_item():
    text = (
        "Outbound deals hit a record\n\n"
        "Other large deals included the acquisition of Central European breweries by Kirin, worth some 700 "
        "billion yen, and the purchase of a US insurer by Dai-ichi Life, worth around 500 billion yen."
    )
    found = pairs(text, published=date(2017, 4, 6))
    assert [(investor, recipient) for investor, recipient, _ in found] == [("JP", "US")]


def test_a_home_given_by_based_in_names_the_company_and_is_not_where_money_goes():
    text = (
        "Appliance maker expands\n\n"
        "Haier Smart Home, an appliance maker based in Qingdao, Shandong province, keeps building abroad. The "
        "company opened a washing-machine factory in Ruse, a city 300 kilometers northeast of Sofia, in May. "
        "Haier invested 40 million euros in the factory."
    )
    [(investor, recipient, _)] = pairs(text, published=date(2023, 6, 1))
    assert (investor, recipient) == ("CN", "BG")


def test_totals_that_amounted_to_a_mere_figure_or_exceeded_one_over_a_period_are_statistics():
    text = (
        "How China became a top investor\n\n"
        "From 2010 to 2015, Chinese investment in Montenegro amounted to a mere €120 million, while the inflow "
        "of FDI from EU countries exceeded €2.1 billion during the same period."
    )
    assert pairs(text, published=date(2024, 1, 15)) == set()


def test_a_company_plant_is_not_hidden_inside_a_package_whose_sentences_do_not_name_it():
    text = (
        "A package with Beijing\n\n"
        "China and Serbia will sign a package of contracts that exceeds $2 billion, officials said. Separately, "
        "Chinese tire maker Sailun signed a contract to invest $600 million in a plant in Zrenjanin."
    )
    assert ("CN", "RS", 600_000_000) in pairs(text, published=date(2018, 9, 10))


def test_an_arms_export_deal_is_the_buyers_purchase_and_so_is_its_estimated_value():
    text = (
        "Turkey signs $4.1B arms export deal with Indonesia\n\n"
        "Two Turkish companies have agreed a $4.1 billion deal with Indonesia to export drones and frigates, "
        "the procurement agency said. The parties have not announced the value of the entire deal, which "
        "Turkish media estimated at up to $9 billion."
    )
    found = pairs(text, published=date(2025, 6, 13))
    assert found and all((investor, recipient) == ("ID", "TR") for investor, recipient, _ in found)


def test_a_licence_to_add_money_does_not_make_the_host_the_investor_nor_the_company_a_recipient():
    text = "LG gets license to add $1.5bn to Vietnam complex\n\nThe plant makes camera modules in Hai Phong."
    assert pairs(text, published=date(2019, 3, 1)) == {("KR", "VN", 1_500_000_000)}


def test_a_nationality_in_brackets_after_a_company_names_its_investor():
    text = (
        "Industrial park awards certificates\n\n"
        "Besides Foxconn, Sunrise Materials Pte. Ltd (Singapore) will invest $80 million in a plant at the "
        "Quang Chau industrial park in Bac Giang."
    )
    assert pairs(text, published=date(2019, 11, 12)) == {("SG", "VN", 80_000_000)}


def test_a_companys_total_that_has_risen_to_a_figure_is_a_running_total():
    text = (
        "Samsung expands\n\n"
        "Samsung will invest $1 billion in a new display plant in Vietnam. Samsung's total investment in "
        "Vietnam has thus risen to nearly $12 billion."
    )
    assert pairs(text, published=date(2014, 11, 25)) == {("KR", "VN", 1_000_000_000)}


def test_money_for_african_startups_and_a_conference_venue_name_no_recipient_country():
    text = (
        "Korea pledges $10 billion for Africa amid China's growing influence\n\n"
        "South Korea will provide $10 billion for the development of African countries, the president said "
        "in an address to a summit taking place in Senegal. Korea would also invest $50 million in African "
        "startups."
    )
    assert pairs(text, published=date(2024, 6, 4)) == set()


def test_a_first_plant_on_a_continent_still_goes_to_its_country():
    text = (
        "Chinese battery maker picks Morocco\n\n"
        "China's Gotion High-Tech will build a battery plant in Kenitra, Morocco. According to the ministry, the "
        "project represents an investment of some 6.4 billion dollars, the first facility of its kind on the "
        "African continent."
    )
    assert ("CN", "MA", 6_400_000_000) in pairs(text, published=date(2024, 6, 4))


def test_money_a_country_already_has_invested_or_invested_in_a_past_year_is_not_a_pledge():
    text = (
        "Kuwait fund looks to Britain\n\n"
        "Kuwait already has more than £30 billion invested in the United Kingdom. Its fund invested 25 billion "
        "dollars in 2012 and plans to do the same this year. Kuwait announced it will invest £4 billion in the "
        "United Kingdom over the next few years. Kuwaiti firms have invested more than $2 billion in Scotland."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2013, 3, 1))} == {("KW", "GB")}
    assert len(pairs(text, published=date(2013, 3, 1))) == 1


def test_a_plant_at_the_investors_home_is_home_money_even_after_a_foreign_country_is_named():
    text = (
        "Carmakers invest abroad\n\n"
        "BMW investments in China have recently doubled and construction of a new $600 million BMW plant in "
        "Leipzig is underway."
    )
    assert pairs(text, published=date(2011, 6, 9)) == set()


def test_a_total_of_many_proposals_borrows_no_investor_but_a_named_companys_part_stays():
    text = (
        "MoUs signed with firms of Japan, Korea ahead of summit\n\n"
        "The state government said it has signed MoUs worth Rs 9,000 crore with several companies from Japan and "
        "South Korea. Out of the Rs 14,000 crore worth of investment proposals, three MoUs have been signed, a "
        "spokesperson said. Among the MoUs is a Rs 6,000 crore investment proposal put forth by Japanese textile "
        "group Toray in the garment sector."
    )
    found = pairs(text, published=date(2023, 1, 13))
    assert [(i, r) for i, r, _ in found] == [("JP", "IN")]
    [(_, _, amount)] = found
    assert 700_000_000 < amount < 760_000_000  # Rs 6,000 crore


def test_a_town_named_like_a_country_is_placed_by_the_state_after_it():
    text = (
        "Parts maker expands\n\n"
        "Japan's Toyoda Gosei will build a $65 million factory in Lebanon, Kentucky, to supply Toyota."
    )
    assert pairs(text, published=date(1998, 1, 1)) == {("JP", "US", 65_000_000)}


def test_a_plant_built_to_supply_a_customer_is_not_a_sale():
    text = (
        "Supplier expands\n\n"
        "Korea's Hyundai Mobis will build a $300 million plant in Georgia, U.S., to supply Hyundai's Metaplant."
    )
    assert pairs(text, published=date(2023, 1, 1)) == {("KR", "US", 300_000_000)}


def test_a_title_case_headline_that_secures_investment_from_a_country_makes_it_the_investor():
    text = (
        "Thailand Secures 150 Billion Baht In Investment Leads From Japan At Tokyo Fair\n\n"
        "The board said the leads came from 40 companies."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2025, 6, 3))} == {("JP", "TH")}


def test_a_country_that_signs_an_agreement_with_a_foreign_company_receives_its_money():
    text = (
        "Portugal signs agreement with China's CALB for 2 billion euro investment\n\n"
        "The battery plant will be built in Sines."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2025, 2, 24))} == {("CN", "PT")}


def test_money_that_several_named_companies_commit_collectively_has_no_single_investor():
    text = (
        "Ministry bags RM9b in FDI via investment mission to Japan\n\n"
        "The minister said the three companies - Sony, Yondr Group and Sea Ltd - have collectively committed to "
        "invest RM9 billion in Malaysia."
    )
    assert pairs(text, published=date(2023, 1, 31)) == set()


def test_making_a_bid_is_a_pledge_not_a_past_result():
    text = (
        "Chinese venture bids for Australian miner\n\n"
        "A venture headed by China's Ganfeng Lithium made an A$150 million ($100 million) bid to buy Australian "
        "lithium developer Lake Resources."
    )
    assert ("CN", "AU", 100_000_000) in pairs(text, published=date(2023, 1, 23))


def test_exporting_to_a_region_does_not_make_a_plant_regional():
    text = (
        "Chery plant on schedule\n\n"
        "In July, Chery signed a deal with Turkey to build a $1 billion facility, enabling it to export vehicles "
        "to Europe without additional tariffs."
    )
    assert pairs(text, published=date(2024, 11, 20)) == {("CN", "TR", 1_000_000_000)}


def test_a_total_a_company_will_have_invested_by_a_year_and_spending_with_suppliers_are_not_pledges():
    text = (
        "Chipmaker in Ireland\n\n"
        "AMD will have invested €5 billion in Ireland by 2026. Over the past two years it has spent more than "
        "€2 billion with European suppliers."
    )
    assert pairs(text, published=date(2023, 6, 1)) == set()


def test_a_total_a_company_will_have_invested_over_a_window_is_a_pledge():
    text = "Cloud spending in the Gulf\n\nOracle will have invested $4 billion in Saudi Arabia between 2024 and 2030."
    assert pairs(text, published=date(2024, 5, 1)) == {("US", "SA", 4_000_000_000)}


def test_the_body_that_must_approve_a_subsidy_is_neither_side():
    text = (
        "Chip plant in Saxony\n\n"
        "Germany will contribute up to 5 billion euros in subsidies, pending approval by the European Union (EU)."
    )
    assert pairs(text, published=date(2023, 8, 8)) == set()


def test_a_round_figure_and_the_exact_one_beside_it_are_one_pledge():
    text = (
        "Trump Says Korea Will Invest Half A Trillion Dollars In U.S.\n\n"
        "Korea will invest over half a trillion dollars into the United States, the president said. Korea will "
        "invest $450 Billion Dollars into the United States, he wrote."
    )
    assert pairs(text, published=date(2025, 7, 30)) == {("KR", "US", 450_000_000_000)}


def test_the_size_of_an_economy_is_no_pledge():
    text = (
        "Gulf pledge questioned\n\n"
        "Qatar's pledge to invest $500 billion in the US is about politics, experts say.\n\n"
        'But investing $50 billion a year is equivalent to a tenth of Qatar\'s $420 billion GDP and "a stretch", '
        "according to Jane Doe, an economist at a think tank in Paris."
    )
    assert pairs(text, published=date(2025, 4, 1)) == {("QA", "US", 500_000_000_000)}


def test_money_a_country_has_already_deployed_somewhere_is_a_stock():
    text = (
        "Gulf fund in America\n\n"
        "Kuwait has already deployed more than $500 billion in the United States, from office towers to bonds."
    )
    assert pairs(text, published=date(2025, 4, 1)) == set()


def test_a_place_in_the_source_s_job_title_is_not_the_recipient():
    text = (
        "Gulf pledge questioned\n\n"
        "Qatar's pledge to invest $500 billion in the US is about politics, experts say.\n\n"
        'But investing $50 billion a year over a decade is "a stretch", according to Jane Doe, an economist at a '
        "think tank in Paris."
    )
    assert ("QA", "FR", 50_000_000_000) not in pairs(text, published=date(2025, 4, 1))


def test_two_investors_each_named_in_full_with_the_same_figure_are_two_pledges():
    text = (
        "Gulf money for America\n\n"
        "Qatar has committed $1 trillion to the United States over a decade. Last year he said Riyadh should spend "
        "$1 trillion in the United States."
    )
    assert pairs(text, published=date(2025, 4, 1)) == {
        ("QA", "US", 1_000_000_000_000),
        ("SA", "US", 1_000_000_000_000),
    }


def test_a_headline_s_lower_bound_is_the_story_s_exact_figure():
    text = (
        "Qatar pledges $1 trillion-plus investment in US\n\n"
        "Qatar has committed $1.2 trillion over the next decade to US factories, the White House said."
    )
    assert pairs(text, published=date(2025, 4, 1)) == {("QA", "US", 1_200_000_000_000)}


def test_money_spent_in_a_window_that_closed_before_the_story_is_history():
    text = (
        "Cloud region for Jakarta\n\n"
        "Oracle will invest $6 billion in Indonesia by 2030. Oracle previously provided more than $2 billion for "
        "Indonesian data centres between 2015 and 2021."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("US", "ID", 6_000_000_000)}


def test_a_century_old_investment_is_history():
    text = (
        "Railways and data centres\n\n"
        "Google will invest $9 billion in India's data centres. The moment echoes 1870-1900, when about 60 million "
        "pounds of British money built the country's railways."
    )
    assert pairs(text, published=date(2025, 12, 1)) == {("US", "IN", 9_000_000_000)}


def test_a_takeover_beside_an_older_year_is_still_a_pledge():
    text = (
        "Carmaker buys truck maker\n\n"
        "India's Mahindra agreed to acquire Sweden's Scania for $5 billion, its biggest purchase since it bought a "
        "Korean carmaker in 2010."
    )
    assert pairs(text, published=date(2025, 7, 1)) == {("IN", "SE", 5_000_000_000)}


def test_an_opening_as_clause_does_not_hide_the_subjects_after_it():
    text = (
        "Battery plant for Ohio\n\n"
        "As the carmaker accelerates its transition to electric cars, Stellantis and South Korean battery producer "
        "Samsung SDI will spend $3 billion on a battery factory in Toledo, Ohio."
    )
    assert ("KR", "US", 3_000_000_000) in pairs(text, published=date(2023, 5, 1))


def test_a_summit_s_host_city_and_country_in_an_opening_phrase_are_not_the_investor():
    text = "Summit pledges\n\nAt the forum in Nairobi, Kenya, in 2019, Japan pledged $20 billion to the continent."
    assert pairs(text, published=date(2019, 8, 30)) == set()


def test_bringing_the_value_of_the_deal_to_an_amount_is_the_deal_s_price():
    text = (
        "Brewer completes takeover\n\n"
        "Japan's Asahi bought all shares of Belgium's Duvel at 40 euros apiece, bringing the total value of the deal "
        "to around $3.4 billion."
    )
    assert pairs(text, published=date(2025, 6, 1)) == {("JP", "BE", 3_400_000_000)}


def test_the_company_being_acquired_is_the_recipient_the_article_points_at():
    text = (
        "Japanese steelmaker completes takeover\n\n"
        "Nippon Steel has completed the acquisition of United States Steel, the Japanese company said.\n\n"
        "The transaction came to about $14.1 billion, making it the largest investment Nippon Steel has ever made."
    )
    assert pairs(text, published=date(2025, 6, 19)) == {("JP", "US", 14_100_000_000)}


def test_a_yearly_budget_with_neither_side_named_is_no_pledge():
    text = (
        "Korean yards court Washington\n\n"
        "Korean shipbuilders have been courting Washington. Hanwha Group, which bought a stake in Huntington Ingalls "
        "last year, has been most aggressive.\n\n"
        "The Navy's plans call for roughly $30 billion a year in new ships."
    )
    assert pairs(text, published=date(2025, 4, 9)) == set()


def test_a_deal_that_provides_a_country_with_weapons_is_that_country_s_purchase():
    text = (
        "Gulf arms deal\n\n"
        "The nearly $20 billion deal will provide Qatar with fighter jets and missiles from U.S. companies."
    )
    assert pairs(text, published=date(2025, 5, 14)) == {("QA", "US", 20_000_000_000)}


def test_the_kingdom_is_the_one_monarchy_the_story_names():
    text = (
        "Gulf support for Cairo\n\n"
        "Saudi Arabia's finance ministry said on Sunday the Kingdom deposited $2 billion at Egypt's central bank."
    )
    assert pairs(text, published=date(2021, 10, 31)) == {("SA", "EG", 2_000_000_000)}


def test_deposits_at_two_central_banks_are_two_pledges_and_trade_finance_is_lending():
    text = (
        "Gulf deposits\n\n"
        "Kuwait deposited $2 billion at Egypt's central bank, its finance ministry said.\n\n"
        "Kuwait also deposited $2 billion at the Central Bank of Pakistan and extended $1 billion of trade finance to "
        "support Pakistan's balance of payments."
    )
    assert pairs(text, published=date(2021, 11, 1)) == {
        ("KW", "EG", 2_000_000_000),
        ("KW", "PK", 2_000_000_000),
        ("KW", "PK", 1_000_000_000),
    }


def test_a_yen_loan_with_no_borrower_named_goes_to_the_other_country_of_the_headline():
    text = (
        "Sri Lanka, Japan sign loan for port\n\n"
        "Under the 12th ODA Loan Package, Government of Japan will provide 50,000 million Japanese Yen for the "
        "Colombo East Terminal Project."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2023, 3, 1))} == {("JP", "LK")}


def test_what_a_lender_has_provided_in_past_decades_is_a_running_total():
    text = (
        "Loan signing in Dhaka\n\n"
        "To date, Japan has provided Bangladesh about 1 trillion Yen of loans and 500 billion Yen of grants. In the "
        "last 48 years, Japan has extended 2.4 trillion Yen of loans to Bangladesh."
    )
    assert pairs(text, published=date(2020, 8, 12)) == set()


def test_a_peak_of_reserves_is_a_measure():
    text = (
        "Saudi deposit\n\n"
        "Kuwait has provided Egypt with $2 billion. The funds bring Egypt closer to its pre-pandemic peak of $45.5 "
        "billion."
    )
    assert pairs(text, published=date(2021, 11, 1)) == {("KW", "EG", 2_000_000_000)}


def test_a_weapons_sale_to_a_country_is_that_country_s_purchase():
    text = "Arms for the Gulf\n\nWashington also signed off a $20 billion US arms package for Qatar."
    assert pairs(text, published=date(2025, 5, 14)) == {("QA", "US", 20_000_000_000)}


def test_a_source_quoted_after_a_connective_is_not_the_investor():
    text = (
        "Tesla to build a plant in Brazil\n\n"
        "Tesla will build a new assembly plant in Brazil. Separately, a Brazilian source with knowledge of the matter "
        "said the initial investment will be worth around a billion dollars."
    )
    assert pairs(text, published=date(2023, 3, 1)) == {("US", "BR", 1_000_000_000)}


def test_a_company_name_followed_by_a_number_code_is_not_the_company():
    mentions = default_gazetteer().mentions("The ceremony was held in the NEC-2 conference room.")
    assert not [m for m in mentions if m.kind == "organization"]


def test_a_customer_named_as_a_label_is_not_the_investor():
    text = "Apple iPhone maker Foxconn to invest $500 million in new plant in Telangana\n\nThe plant will make AirPods."
    assert pairs(text, published=date(2023, 5, 15)) == {("TW", "IN", 500_000_000)}


def test_the_company_after_a_customer_s_supplier_is_the_supplier():
    text = (
        "Foxconn expands in India\n\n"
        "Taiwan-based Foxconn will invest another $400 million in India. Apple's biggest supplier will use its new "
        "facility for AirPods. The company had laid the foundation for the plant as part of its $500 million "
        "investment in Karnataka."
    )
    assert ("US", "IN", 500_000_000) not in pairs(text, published=date(2023, 8, 12))


def test_a_company_undertaking_to_invest_in_a_ministry_s_announcement_is_the_investor():
    text = (
        "Chip plant upgrade\n\n"
        "Two years ago, Intel announced that it would invest $10 billion in the new fab in Israel. The Ministry of "
        "Finance has now announced that the company has undertaken to invest a further $15 billion, in exchange for "
        "Israel raising its grant for construction of the fab to $3.12 billion."
    )
    assert pairs(text, published=date(2023, 6, 18)) == {
        ("US", "IL", 10_000_000_000),
        ("US", "IL", 15_000_000_000),
    }


def test_bringing_an_aggregate_over_decades_to_an_amount_is_a_running_total():
    text = (
        "Chip plant upgrade\n\n"
        "Intel will invest $15 billion in Israel. Intel says the new fab will bring its aggregate investment in Israel "
        "in its 50 years of operating in the country to some $50 billion."
    )
    assert pairs(text, published=date(2023, 12, 26)) == {("US", "IL", 15_000_000_000)}


def test_a_summit_total_that_many_investors_committed_is_no_one_s_pledge():
    text = (
        "Prime Minister unveils £20bn of investment at summit\n\n"
        "The world's leading investors have committed £20bn in new UK projects.\n\n"
        "The summit follows a £2 billion investment from Nissan in Sunderland announced last week."
    )
    assert ("JP", "GB") not in {(i, r) for i, r, a in pairs(text, published=date(2023, 11, 27)) if a > 20e9}


def test_an_amount_with_its_own_unknown_payer_does_not_borrow_its_neighbour_s():
    text = (
        "Summit pledges\n\n"
        "The summit in London saw a $7 billion commitment from Iberdrola to renewables and $10 billion from Harbour "
        "Capital for infrastructure."
    )
    assert pairs(text, published=date(2023, 11, 27)) == {("ES", "GB", 7_000_000_000)}


def test_flows_a_country_has_attracted_since_a_year_and_those_expected_by_a_year_are_not_pledges():
    text = (
        "Green investment\n\n"
        "Spain's Iberdrola will invest $7 billion in British wind farms. We have attracted $200bn in low carbon "
        "investment since 2010, with another $100bn expected by 2030, the minister said."
    )
    assert pairs(text, published=date(2023, 11, 27)) == {("ES", "GB", 7_000_000_000)}


def test_outbound_deals_reaching_a_value_are_a_statistic_and_a_year_s_record_spending_too():
    text = (
        "Japanese firms look abroad\n\n"
        "Outbound deals from Japan have now reached a value of $23bn in 2011. Japanese firms spent $70bn on buying "
        "foreign companies in 2011, a record high. Takeda will buy URL Pharma, an American drugmaker, for $800m."
    )
    assert pairs(text, published=date(2012, 4, 19)) == {("JP", "US", 800_000_000)}


def test_the_company_paid_for_and_described_after_its_name_is_the_recipient():
    text = (
        "Chemicals group expands\n\n"
        "Earlier this year, Asahi Kasei, the chemicals group, paid $2.2bn to purchase Zoll, the US medical devices "
        "manufacturer."
    )
    assert pairs(text, published=date(2012, 4, 19)) == {("JP", "US", 2_200_000_000)}


def test_a_capital_infusion_that_brings_a_company_s_accumulated_investment_to_an_amount_is_a_running_total():
    text = (
        "Fresh infusion takes LG Display's Vietnam investment to $3.25 bln\n\n"
        "LG Display will invest $750 million in Vietnam. The infusion brings the South Korean company's accumulated "
        "investment in the country to $3.25 billion. Samsung's cumulative investment in Vietnam adds up to $22.4b."
    )
    assert pairs(text, published=date(2021, 1, 28)) == {("KR", "VN", 750_000_000)}


def test_investments_of_around_an_amount_are_one_plan_not_a_class_of_projects():
    text = (
        "Carmaker's plan\n\n"
        "Japan's Toyota said its plans in Brazil foresee long-term investments of around $2 billion, and a revenue "
        "target of $5 billion."
    )
    assert pairs(text, published=date(2022, 1, 28)) == {("JP", "BR", 2_000_000_000)}


def test_the_former_owner_of_a_factory_is_neither_side():
    text = (
        "Carmaker's plan in Brazil\n\n"
        "Japan's Toyota will buy a plant in Brazil. At the time of the acquisition of the factory that belonged to "
        "Mercedes-Benz in Iracemapolis, in the interior of Sao Paulo, the initial investments will be about $700 "
        "million."
    )
    assert "DE" not in {r for _, r, _ in pairs(text, published=date(2022, 1, 28))}


def test_a_shareholder_in_a_relative_clause_is_neither_side():
    text = (
        "Battery plant\n\n"
        "Morocco has decided to trust Gotion High-Tech, one of whose key shareholders is the German Volkswagen group, "
        "to develop a battery plant for an amount of $1.3 billion."
    )
    assert "DE" not in {r for _, r, _ in pairs(text, published=date(2024, 6, 7))}


def test_a_company_s_short_name_after_name_of_country_keeps_that_country():
    text = (
        "Carmaker buys Brazil plant\n\n"
        "Great Wall Motors Co. Ltd (GWM) of China has agreed to buy a factory in Brazil.\n\n"
        "GWM will invest over $770 million over five years in its Brazilian operation, the China Daily says."
    )
    assert pairs(text, published=date(2021, 8, 20)) == {("CN", "BR", 770_000_000)}


def test_a_second_currency_in_brackets_after_over_is_the_same_amount():
    text = (
        "Battery plant in Britain\n\n"
        "Tata Group's battery business will build a gigafactory in Somerset. The Indian conglomerate Tata will "
        "build a battery factory in Somerset, England, with an investment of £4 billion (over Rs 40000 crore)."
    )
    [(investor, recipient, amount_usd)] = pairs(text, published=date(2024, 2, 29))
    assert (investor, recipient) == ("IN", "GB") and 4.9e9 < amount_usd < 5.2e9  # the pounds, as stated first


def test_a_headline_s_round_figure_repeated_as_nearly_that_is_the_story_s_exact_figure():
    text = (
        "Chipmaker to build $4 billion packaging fab in Indiana\n\n"
        "Korea's SK Hynix plans to build a $3.87 billion chip packaging facility in Indiana.\n\n"
        "The nearly $4 billion Indiana investment is still only a sliver of what SK Hynix has pledged to invest in "
        "the U.S."
    )
    assert pairs(text, published=date(2024, 4, 3)) == {("KR", "US", 3_870_000_000)}


def test_a_country_on_the_other_side_of_a_border_is_neither_side():
    text = (
        "Railway deal\n\n"
        "China signed agreements on Sunday for the new railway. Officials put the price for the railway to Kenya's "
        "western border with Uganda at $5 billion."
    )
    assert not {(i, r) for i, r, _ in pairs(text, published=date(2014, 5, 11))} & {("UG", "KE"), ("KE", "UG")}


def test_financing_a_country_s_bonds_is_lending_not_a_measure_and_earthquake_relief_is_no_subsidy():
    text = (
        "Gulf fund backs reconstruction\n\n"
        "Abu Dhabi sovereign wealth fund ADQ said it signed a memorandum of understanding to finance up to $8.5 "
        "billion of Turkey earthquake relief bonds."
    )
    assert pairs(text, published=date(2023, 7, 19)) == {("AE", "TR", 8_500_000_000)}


def test_what_a_deal_will_see_a_company_do_names_the_company_as_the_payer():
    text = (
        "Gulf fund backs exporters\n\n"
        "A memorandum with Export Credit Bank of Turkiye will see ADQ also finance up to $3 billion in credit "
        "facilities to support Turkish exports."
    )
    assert pairs(text, published=date(2023, 7, 19)) == {("AE", "TR", 3_000_000_000)}


def test_the_size_of_a_named_fund_and_its_assets_under_management_are_not_pledges():
    text = (
        "Gulf fund buys into retailer\n\n"
        "The $450 billion Qatar Investment Authority would acquire a 1 percent share in India's Reliance Retail for "
        "$1 billion. The fund has around $170bn (£103bn, €125bn) of assets under management in London."
    )
    assert pairs(text, published=date(2023, 8, 23)) == {("QA", "IN", 1_000_000_000)}


def test_deals_signed_on_a_tour_to_revive_a_country_s_economy_flow_to_that_country():
    text = (
        "Erdogan signs $50 billion in deals during UAE visit\n\n"
        "President Erdogan of Turkey wrapped up his Gulf tour in the United Arab Emirates, securing agreements worth "
        "over $50 billion to bolster the Turkish economy."
    )
    assert pairs(text, published=date(2023, 7, 20)) == {("AE", "TR", 50_000_000_000)}


def test_there_at_the_start_of_a_sentence_is_the_country_just_named():
    text = (
        "Chipmaker pulls back in Europe\n\n"
        "Intel will not build its factory in Magdeburg, Germany. Poland is also affected. There, Intel wanted to "
        "invest $5 billion in a chip assembly plant."
    )
    assert pairs(text, published=date(2025, 7, 25)) == {("US", "PL", 5_000_000_000)}


def test_what_a_company_had_only_spent_so_far_is_not_a_pledge():
    text = (
        "So much winning\n\n"
        "Foxconn was to build a $10 billion LCD factory in Wisconsin. Instead, Foxconn had only spent around $300 "
        "million by the end of the year."
    )
    assert pairs(text, published=date(2020, 10, 12)) == {("TW", "US", 10_000_000_000)}


def test_a_person_whose_surname_is_a_company_s_name_is_not_the_company():
    mentions = default_gazetteer().mentions("Justin Trudeau, Doug Ford and Honda executives will announce it.")
    assert [m.text for m in mentions if m.kind == "organization"] == ["Honda"]
    assert "Ford" in [m.text for m in default_gazetteer().mentions("The carmaker Ford will invest.")]


def test_in_neighbouring_country_is_that_country():
    text = (
        "Cloud expansion in Asia\n\n"
        "Nadella this week announced a $1.7 billion investment in neighbouring Indonesia and said Microsoft would open "
        "its first regional data centre in Thailand."
    )
    assert pairs(text, published=date(2024, 5, 2)) == {("US", "ID", 1_700_000_000)}


def test_countries_getting_slated_for_and_sharing_money_in_a_company_s_buildout():
    text = (
        "Oracle expands cloud for AI\n\n"
        "Oracle plans to raise up to $50 billion in 2026 to fund a buildout across the US, Japan, Malaysia, Germany, "
        "and the Netherlands. Japan is getting over $8 billion in data center investment. Malaysia is slated for more "
        "than $6.5 billion. Germany and the Netherlands are sharing a $3 billion allocation."
    )
    assert pairs(text, published=date(2026, 6, 20)) == {
        ("US", "JP", 8_000_000_000),
        ("US", "MY", 6_500_000_000),
    }


def test_a_loan_in_a_story_filed_from_the_borrower_s_capital_goes_there():
    text = (
        "Marcos back from Japan\n\n"
        "MANILA, Philippines - The president returned from a five-day visit.\n\n"
        "Marcos also said that Japan loaned $3 billion for the completion of railway projects across the country."
    )
    assert pairs(text, published=date(2023, 2, 13)) == {("JP", "PH", 3_000_000_000)}


def test_a_long_opening_phrase_along_with_names_neither_side():
    sentence = (
        "Along with a strategic partnership agreement and a plan to coordinate the implementation of Saudi Arabia's "
        "Vision 2030 development and diversification project with China's Belt and Road Initiative, the presidential "
        "visit will see the signing of more than 20 initial agreements between the two nations, totaling more than "
        "$29.3 billion."
    )
    gazetteer = default_gazetteer()
    roles = resolve_roles(sentence, gazetteer.mentions(sentence), sentence.index("$"))
    assert roles.investor is None and roles.recipient is None


def test_a_country_named_inside_attract_investment_is_its_source_not_the_seeker():
    text = (
        "Xi in Riyadh\n\n"
        "Chinese President Xi Jinping arrived in Riyadh on a visit meant to attract more Chinese investment. Saudi "
        "Arabia and China signed agreements worth $29.3 billion."
    )
    assert ("SA", "CN", 29_300_000_000) not in pairs(text, published=date(2022, 12, 8))


def test_chinese_miners_and_builders_are_known_by_their_short_names():
    text = (
        "Large new Zijin investments in Serbia\n\n"
        "New announced Zijin investment in Serbia is worth 474 million dollars."
    )
    assert pairs(text, published=date(2021, 6, 15)) == {("CN", "RS", 474_000_000)}
    names = {m.name for m in default_gazetteer().mentions("Contracts went to CRBC, CCCC, HBIS and Sinohydro.")}
    assert names == {
        "China Road and Bridge Corporation",
        "China Communications Construction",
        "Hesteel Group",
        "PowerChina",
    }


def test_energy_purchases_do_not_contain_the_investment_beside_them():
    text = (
        "US and EU reach trade deal\n\n"
        "The deal includes a commitment from the EU to purchase $750 billion in U.S. energy and an extra $600 "
        "billion in investments in the United States."
    )
    assert ("EU", "US", 600_000_000_000) in pairs(text, published=date(2025, 7, 28))


def test_companies_an_agreement_commits_to_invest_are_the_investors():
    text = (
        "Chip pact\n\n"
        "The U.S. Department of Commerce has announced an agreement with Taiwan, committing Taiwanese semiconductor "
        "and technology companies to invest $250 billion directly into U.S. semiconductor manufacturing."
    )
    assert pairs(text, published=date(2026, 1, 16)) == {("TW", "US", 250_000_000_000)}


def test_a_winning_bid_for_a_port_is_a_pledge():
    text = (
        "Ports group wins tender\n\n"
        "India's Adani Ports has won the tender for privatisation of a port in Israel. The winning bid was placed "
        "by Adani Ports for $1.18 billion."
    )
    assert pairs(text, published=date(2022, 7, 14)) == {("IN", "IL", 1_180_000_000)}


def test_a_source_named_in_an_opening_according_to_phrase_leaves_the_subject_after_it():
    text = (
        "Steelmaker looks abroad\n\n"
        "JSW is looking at a factory of Italian long products maker Aferpi. According to The Hindu Business Line, "
        "JSW is discussing a possible acquisition with Aferpi's parent and may offer $100 million for the facility "
        "in Italy."
    )
    assert pairs(text, published=date(2017, 5, 10)) == {("IN", "IT", 100_000_000)}


def test_what_a_company_has_currently_invested_is_a_stock_and_the_addition_is_the_pledge():
    text = (
        "Battery maker stays in Indonesia\n\n"
        "\"Korea's LG has currently invested US$1.1 billion in Indonesia. There are preliminary discussions that "
        'they wish to add a further US$1.7 billion for expansion," the minister said.'
    )
    assert ("KR", "ID", 1_100_000_000) not in pairs(text, published=date(2025, 4, 29))


def test_a_fund_s_yearly_deployment_and_a_global_fund_are_not_bilateral_pledges():
    text = (
        "Gulf fund steps up US deals\n\n"
        "Kuwait's fund lifted capital deployment by 34 per cent last year, committing $32.4 billion as it doubled "
        "down on opportunities in the United States. Its AI arm last year backed a $30 billion global infrastructure "
        "fund alongside BlackRock."
    )
    assert pairs(text, published=date(2025, 5, 8)) == set()


def test_boosting_an_exposure_to_an_amount_and_investments_reaching_an_amount_are_totals():
    text = (
        "Singapore fund bets on India\n\n"
        "Singapore's Temasek plans to invest $10 billion in India over the next three years, boosting its existing "
        "exposure to the South Asian nation to $47 billion. Its total investments rose to reach more than $11 "
        "billion since the beginning of this year."
    )
    assert pairs(text, published=date(2024, 7, 15)) == {("SG", "IN", 10_000_000_000)}


def test_rankings_of_investing_countries_and_increases_in_fdi_are_statistics():
    text = (
        "Foreign direct investment in the United States, 2024\n\n"
        "In 2024, Japan, the United Kingdom, and Canada were the top investors in the United States, each investing "
        "around $40 billion. Japan was the top investing country in terms of position at the end of 2024, with "
        "$819.2 billion. Foreign direct investment in the United States saw an increase of $332.1 billion."
    )
    assert pairs(text, published=date(2025, 7, 28)) == set()


def test_a_two_country_headline_agreeing_a_package_takes_the_body_s_direction():
    text = (
        "Egypt, Qatar Agree to $7.5 Billion Investment Package\n\n"
        "Egypt and Qatar have agreed to work toward a package of USD 7.5 billion in direct Qatari investments in "
        "Egypt, the two countries announced on Monday."
    )
    assert pairs(text, published=date(2025, 4, 16)) == {("QA", "EG", 7_500_000_000)}


def test_a_visit_that_saw_a_capital_pledge_and_pumping_money_into_an_economy_are_pledges():
    text = (
        "Egypt and Qatar cement ties\n\n"
        "That visit saw Doha pledge $7.5 billion in direct investments in Egypt. Kuwait's commitment to pump $2 "
        "billion into the Egyptian economy has been confirmed."
    )
    assert pairs(text, published=date(2025, 8, 28)) == {("QA", "EG", 7_500_000_000), ("KW", "EG", 2_000_000_000)}


def test_a_country_facing_financial_pressures_is_the_one_deals_flow_to():
    text = (
        "Egypt, Qatar sign $5bn in investment deals\n\n"
        "Egypt and Qatar have agreed to sign investment deals worth $5 billion, the Egyptian cabinet said. Egypt is "
        "facing new financial pressures linked to the war in Ukraine."
    )
    assert pairs(text, published=date(2022, 3, 29)) == {("QA", "EG", 5_000_000_000)}


def test_a_rescue_package_shared_with_the_imf_and_the_eu_is_no_one_s_pledge():
    text = (
        "Gulf support for Cairo\n\n"
        "The United Arab Emirates announced $35 billion in funding for Egypt, forming part of a wider $57 billion "
        "rescue package that also involved the International Monetary Fund and the European Union."
    )
    assert pairs(text, published=date(2025, 4, 15)) == {("AE", "EG", 35_000_000_000)}


def test_two_foreign_companies_named_together_both_invest_where_the_plant_will_be():
    text = (
        "Cell plant for the Midwest\n\n"
        "Toyota and SK On have committed to spending $2.1 billion on a new battery plant, which will sit outside "
        "Louisville, Kentucky."
    )
    assert pairs(text, published=date(2024, 5, 2)) == {("JP", "US", 2_100_000_000), ("KR", "US", 2_100_000_000)}


def test_the_two_firms_are_the_companies_of_two_countries_named_together_before():
    text = (
        "Toyota, Samsung SDI team up on battery plant in Tennessee\n\n"
        "Japan's Toyota Motor said on Tuesday it would join forces with South Korea's Samsung SDI on a plant in "
        "Tennessee. The two firms signed an agreement for a $3 billion venture to make cells for hybrid cars."
    )
    assert pairs(text, published=date(2024, 5, 2)) == {("JP", "US", 3_000_000_000), ("KR", "US", 3_000_000_000)}


def test_a_county_the_article_places_in_a_state_does_not_block_the_borrowed_roles():
    text = (
        "Hanwha Qcells picks Georgia county for solar plant\n\n"
        "South Korea's Hanwha Qcells has chosen a site in Whitfield County in Georgia for its next module factory. "
        "State officials expect roughly $2.5 billion of investment in Whitfield County from the project."
    )
    assert pairs(text, published=date(2023, 1, 11)) == {("KR", "US", 2_500_000_000)}


def test_projects_announced_in_a_state_since_a_year_totalling_an_amount_are_a_tally():
    text = (
        "Gotion to build battery parts plant in Michigan\n\n"
        "China's Gotion will invest $2.4 billion in a plant near Big Rapids, Michigan. Battery projects unveiled in "
        "the state since 2019 total about $12 billion in investment."
    )
    assert pairs(text, published=date(2022, 10, 6)) == {("CN", "US", 2_400_000_000)}


def test_committing_to_spending_an_amount_is_a_pledge_not_a_spending_measure():
    text = (
        "Nissan doubles down on the north-east\n\n"
        "Nissan has committed to spending $1.4 billion on a new plant in Sunderland."
    )
    assert pairs(text, published=date(2021, 7, 1)) == {("JP", "GB", 1_400_000_000)}


def test_what_a_project_adds_to_a_state_s_economy_is_no_pledge():
    text = (
        "Microsoft picks Lucknow for cloud campus\n\n"
        "Microsoft will invest $3 billion in a cloud campus in India. The campus is expected to add ₹8,000 crore "
        "to Uttar Pradesh's economy by 2030."
    )
    assert pairs(text, published=date(2025, 1, 8)) == {("US", "IN", 3_000_000_000)}


def test_what_a_company_has_invested_since_opening_a_factory_is_a_running_total():
    text = (
        "Nestle to expand in Mexico\n\n"
        "Nestle will invest $1 billion in Mexico over three years. Nestle has invested more than 50 billion pesos "
        "($2.9 billion) in the country since opening its first factory there."
    )
    assert pairs(text, published=date(2023, 4, 3)) == {("CH", "MX", 1_000_000_000)}


def test_a_dollar_figure_ten_times_its_bracketed_rupees_is_not_merged_into_the_rupee_figure():
    text = (
        "Amazon, Reliance partner on Rs 2,000 crore cloud region in Mumbai\n\n"
        "Amazon has partnered with Reliance to build a ₹2,000 crore cloud region in Mumbai. According to Amazon, "
        "the investment is for $2.4 billion (around ₹2,000 crore) over six years."
    )
    assert ("US", "IN", 2_400_000_000) in pairs(text, published=date(2025, 2, 4))


def test_a_company_acquiring_a_stake_with_no_target_buys_into_the_partner_it_is_paired_with():
    text = (
        "Renault and Geely eye a joint plant in Brazil\n\n"
        "Renault and Geely plan a $300 million plant in Brazil. The alliance between Geely and Renault, sealed in "
        "2024 with Renault buying a $900 million stake, now makes hybrid engines."
    )
    assert pairs(text, published=date(2025, 2, 17)) == {
        ("CN", "BR", 300_000_000),
        ("FR", "BR", 300_000_000),
        ("FR", "CN", 900_000_000),
    }


def test_a_country_pledging_investment_in_a_country_s_industries_invests_in_that_country():
    text = "Switzerland pledges $200 billion investment in U.S. industries amid tariff talks\n\nTalks continue."
    assert pairs(text, published=date(2025, 11, 14)) == {("CH", "US", 200_000_000_000)}


def test_an_opening_phrase_ends_where_a_quotation_begins():
    text = (
        "Oslo and Washington agree energy terms\n\n"
        'According to the text the pact reads "Norway commits, in good faith, 20 billion dollars in the United '
        'States, to be spent on energy."'
    )
    assert pairs(text, published=date(2025, 9, 2)) == {("NO", "US", 20_000_000_000)}


def test_two_countries_unveiling_a_fund_take_the_direction_of_the_article_s_places():
    text = (
        "US and Korea advance investment fund\n\n"
        "The U.S. and South Korea unveiled the first projects of a $350 billion investment fund. The first money "
        "will go to a shipyard in Philadelphia and a power plant in Texas."
    )
    assert pairs(text, published=date(2026, 1, 20)) == {("KR", "US", 350_000_000_000)}


def test_the_largest_investor_in_the_u_s_with_a_stock_is_a_ranking():
    text = (
        "Canada's pension funds look south\n\n"
        "Canada is the largest foreign investor in the U.S., with $700 billion in direct investment at the end of "
        "last year. Canada's CPP Investments will invest $5 billion in Texas power plants."
    )
    assert pairs(text, published=date(2025, 6, 3)) == {("CA", "US", 5_000_000_000)}


def test_the_country_agreed_with_pays_the_commitment_the_announcer_secures():
    text = (
        "Brazil seals Gulf deal\n\n"
        "Brazil's president announced an agreement with Saudi Arabia on Monday, securing a $10 billion investment "
        "commitment."
    )
    assert pairs(text, published=date(2025, 3, 1)) == {("SA", "BR", 10_000_000_000)}


def test_a_list_of_investments_keeps_each_target_with_its_own_amount():
    text = (
        "Microsoft widens its AI bets\n\n"
        "Microsoft's push includes a $3 billion investment in Brazil for cloud services and a $700 million "
        "investment in AI start-up Mistral, based in France (FR)."
    )
    assert pairs(text, published=date(2024, 9, 26)) == {("US", "BR", 3_000_000_000), ("US", "FR", 700_000_000)}


def test_an_offer_turned_down_is_history_once_a_larger_one_replaces_it():
    text = (
        "Samsung raises its Egypt offer\n\n"
        "Samsung made an unsuccessful offer to invest $50 million in Egypt last year. Samsung has now pledged "
        "$500 million to Egypt for a television plant."
    )
    assert pairs(text, published=date(2025, 5, 6)) == {("KR", "EG", 500_000_000)}


def test_what_is_left_of_a_credit_line_is_no_new_pledge():
    text = (
        "China rolls over Argentina swap\n\n"
        "China extended a $2 billion credit line to Argentina for another year. There is about $500 million left of "
        "the facility, a central bank official said."
    )
    assert pairs(text, published=date(2024, 6, 12)) == {("CN", "AR", 2_000_000_000)}


def test_a_cumulative_commitment_amount_is_a_tally():
    text = (
        "JICA lends for Hanoi metro\n\n"
        "JICA signed a loan of 50 billion yen with Vietnam for the Hanoi metro. The agency supports the line "
        "through loans with a cumulative commitment amount of 300 billion yen."
    )
    found = pairs(text, published=date(2019, 3, 28))
    assert [(investor, recipient) for investor, recipient, _ in found] == [("JP", "VN")]
    assert 400_000_000 < next(iter(found))[2] < 500_000_000  # 50 billion yen, not 300


def test_the_capital_a_delegation_visits_does_not_decide_who_lends():
    text = (
        "Japan and Kenya sign $500 million loan deal\n\n"
        "Japan and Kenya today signed a $500 million loan deal. The agreement was signed during a visit to Tokyo "
        "by the finance minister."
    )
    assert pairs(text, published=date(2024, 2, 9)) == {("JP", "KE", 500_000_000)}


def test_the_cost_of_a_project_a_lender_finances_is_not_the_lender_s_pledge():
    text = (
        "Japan lends for Dhaka metro line\n\n"
        "Japan signed a $1.2 billion loan with Bangladesh for a new metro line in Dhaka. The total cost of the "
        "project is $2.8 billion."
    )
    assert pairs(text, published=date(2023, 9, 14)) == {("JP", "BD", 1_200_000_000)}


def test_a_project_s_investment_estimated_to_exceed_an_amount_is_its_size_not_a_forecast():
    text = (
        "Toyota picks Egypt for assembly plant\n\n"
        "Toyota will build an assembly plant in Egypt. Total investment for the project is estimated to exceed "
        "$300 million."
    )
    assert pairs(text, published=date(2024, 8, 5)) == {("JP", "EG", 300_000_000)}


def test_a_project_total_the_host_government_shares_is_not_the_company_s_pledge():
    text = (
        "Lam to invest $400 million in Malaysian plant\n\n"
        "The Penang project will entail an investment of $1.3 billion. Malaysia will make the majority funding "
        "through its chip fund. Lam Research will invest $400 million, the company said."
    )
    assert pairs(text, published=date(2024, 3, 12)) == {("US", "MY", 400_000_000)}


def test_a_company_that_promised_an_amount_pledged_it():
    text = (
        "Oracle opens Madrid cloud region\n\n"
        "Oracle promised more than $1 billion of cap-ex in Spain through 2030, the company said on Tuesday."
    )
    assert pairs(text, published=date(2024, 4, 23)) == {("US", "ES", 1_000_000_000)}


def test_a_demonym_inside_a_quoted_programme_title_is_no_party():
    text = (
        "Seoul's shipyard plan\n\n"
        "The $150 billion package — collectively dubbed “Make American Shipbuilding Great Again” in Korea — was "
        "announced as the centerpiece of a trade deal."
    )
    assert pairs(text, published=date(2025, 8, 27)) == set()


def test_an_appositive_giving_a_fund_s_size_is_no_pledge():
    text = (
        "Temasek backs Vietnamese ports\n\n"
        "Temasek, a $300 billion Singapore-based investment firm, will invest $2 billion in Vietnam's ports."
    )
    assert pairs(text, published=date(2025, 4, 1)) == {("SG", "VN", 2_000_000_000)}


def test_what_a_rival_project_could_reach_is_no_pledge():
    text = (
        "Qatar to build AI campus in Italy\n\n"
        "Qatar will invest $8 billion in an AI campus in Italy. The proposed Stargate project in the United States "
        "could reach an unprecedented $500 billion investment."
    )
    assert pairs(text, published=date(2025, 3, 4)) == {("QA", "IT", 8_000_000_000)}


def test_a_country_said_to_invest_in_the_headline_is_the_article_s_investor():
    text = (
        "Qatar to invest billions in Britain\n\n"
        'The plan, announced on Monday, "represents investments of 10 billion pounds", officials in London said.'
    )
    assert [(i, r) for i, r, _ in pairs(text, published=date(2024, 10, 14))] == [("QA", "GB")]


def test_two_countries_investing_together_take_the_direction_of_the_first_project_site():
    text = (
        "India, Japan to invest up to $10 billion in chip plant\n\n"
        "The plant, to be built in India, was unveiled on Monday. It is smaller than a site in Texas that TSMC is "
        "building."
    )
    assert pairs(text, published=date(2025, 8, 29)) == {("JP", "IN", 10_000_000_000)}


def test_a_country_partnering_with_two_others_on_a_project_sends_it_to_no_one_country():
    text = (
        "Japan pledges $5 billion to Cambodia\n\n"
        "Japan will lend $5 billion to Cambodia for roads. Earlier, Japan partnered with Vietnam and Laos on a "
        "$1 billion power project."
    )
    assert pairs(text, published=date(2024, 12, 2)) == {("JP", "KH", 5_000_000_000)}


def test_an_estimate_the_company_s_investment_was_expected_to_total_is_overtaken_by_a_larger_one():
    text = (
        "Samsung SDI raises Indiana plant budget\n\n"
        "Samsung SDI said on Friday it plans to invest $3.5 billion in its plant in Kokomo, Indiana. Filings had "
        "shown that Samsung's investment was expected to total $1.2 billion."
    )
    assert pairs(text, published=date(2023, 10, 13)) == {("KR", "US", 3_500_000_000)}


def test_an_upper_case_dateline_places_a_plant_in_a_town_the_gazetteer_does_not_know():
    text = (
        "Toyota lifts parts plant budget\n\n"
        "PHOENIX — Toyota said on Monday its investment in a new parts plant in Buckeye will be $1.2 billion."
    )
    assert pairs(text, published=date(2024, 6, 10)) == {("JP", "US", 1_200_000_000)}


def test_a_province_that_lures_a_factory_in_a_headline_receives_it():
    text = "Ontario Lures $3 Billion Battery Factory\n\nThe investment comes from Panasonic, a Japanese company."
    assert pairs(text, published=date(2024, 4, 25)) == {("JP", "CA", 3_000_000_000)}


def test_a_host_government_granting_or_committing_money_to_a_company_s_plant_pledges_nothing_abroad():
    text = (
        "Canada and Ontario Commit C$1 Billion to Panasonic Battery Plant\n\n"
        "Panasonic will invest C$5 billion in a battery plant in Ontario. Ontario grants C$500 million to attract "
        "the plant, and Canada will provide up to C$700 million in capital support."
    )
    assert [(i, r) for i, r, _ in pairs(text, published=date(2024, 4, 25))] == [("JP", "CA")]


def test_a_local_paper_s_dollars_are_the_local_dollar_and_a_wire_agency_s_are_us_dollars():
    local = "Panasonic picks Ontario\n\nTORONTO – Panasonic says it will build a $5 billion battery plant in Ontario."
    wire = (
        "Panasonic picks Ontario\n\n"
        "TORONTO (Reuters) – Panasonic says it will build a $5 billion battery plant in Ontario."
    )
    assert [amount < 4_500_000_000 for _, _, amount in pairs(local, published=date(2024, 4, 25))] == [True]
    assert pairs(wire, published=date(2024, 4, 25)) == {("JP", "CA", 5_000_000_000)}


def test_a_stake_valued_at_an_amount_is_its_price():
    text = (
        "ADNOC buys into Chinese refiner\n\n"
        "ADNOC unveiled plans in May to acquire the stake in Hengli Petrochemical, valued at $2.1 billion."
    )
    assert pairs(text, published=date(2024, 7, 1)) == {("AE", "CN", 2_100_000_000)}


def test_the_vehicle_a_company_pays_through_is_not_its_home():
    text = (
        "Aramco completes purchase\n\n"
        "Saudi Aramco has completed the acquisition of a 10 percent stake in China's Hengli Petrochemical for "
        "$2.1 billion through its subsidiary Aramco Overseas Company BV, based in the Netherlands."
    )
    assert pairs(text, published=date(2024, 7, 1)) == {("SA", "CN", 2_100_000_000)}


def test_a_rival_bid_backed_by_a_founding_family_is_that_family_s_not_the_subject_s():
    text = (
        "Couche-Tard raises its offer\n\n"
        "Couche-Tard raised its offer for Seven and i Holdings to $47 billion. Couche-Tard had pressed on after a "
        "competing $58 billion bid backed by the founding family of Seven & i failed to find financing."
    )
    assert pairs(text, published=date(2024, 10, 10)) == {("CA", "JP", 47_000_000_000)}


def test_cost_overruns_and_changes_in_a_project_s_cost_are_no_pledges():
    text = (
        "China lends more for Laos railway\n\n"
        "China Development Bank will lend $800 million to Laos for the railway. The money will cover a cost "
        "overrun of $1.1 billion. The bill ballooned by $900 million last year. The initial cost of the project "
        "was expected to be around $5.9 billion but has since increased by $1.2 billion."
    )
    assert pairs(text, published=date(2022, 6, 1)) == {("CN", "LA", 800_000_000)}


def test_a_plant_located_in_a_province_of_the_host_takes_its_payer_from_the_story():
    text = (
        "Chinese carmaker GAC opens Thai plant\n\n"
        "GAC Aion opened its plant on Friday. As the first overseas factory of GAC Aion, the factory is located in "
        "Thailand's eastern Chonburi Province, with a total investment of approximately 6.4 billion baht."
    )
    assert [(i, r) for i, r, _ in pairs(text, published=date(2024, 7, 17))] == [("CN", "TH")]


def test_an_investment_budget_and_a_projected_total_investment_are_the_project_s_size():
    budget = (
        "GAC builds in Thailand\n\n"
        "GAC Aion said its factory in Chonburi, built with an investment budget of 6.4 billion baht, is nearly "
        "complete."
    )
    projected = (
        "GAC breaks ground in Thailand\n\n"
        "GAC Aion broke ground for its first plant in Thailand. The total investment is projected to reach 10 "
        "billion baht by the second phase."
    )
    assert [(i, r) for i, r, _ in pairs(budget, published=date(2024, 7, 17))] == [("CN", "TH")]
    assert [(i, r) for i, r, _ in pairs(projected, published=date(2023, 9, 1))] == [("CN", "TH")]


def test_what_a_country_s_carmakers_have_now_invested_is_a_running_total():
    text = (
        "GAC signs Thai plant deal\n\n"
        "GAC Aion will invest $200 million in a plant in Thailand. Chinese EV manufacturers have now invested "
        "over $1.4 billion in Thailand, an industrial estate chief said."
    )
    assert pairs(text, published=date(2023, 10, 27)) == {("CN", "TH", 200_000_000)}


def test_a_host_department_s_stake_and_a_company_s_capital_increase_are_no_foreign_pledges():
    text = (
        "Korea Zinc picks Tennessee\n\n"
        "Korea Zinc will invest $7.4 billion in a smelter in Tennessee. The Defense Department will spend $760 "
        "million to become the largest shareholder. Korea Zinc has approved a $1.9 billion third-party capital "
        "increase for the joint venture."
    )
    assert pairs(text, published=date(2025, 12, 15)) == {("KR", "US", 7_400_000_000)}


def test_what_an_amount_includes_does_not_make_it_part_of_another_company_s_pledge():
    text = (
        "UK, US sign £31B tech deal with Microsoft, Amazon\n\n"
        "Amazon is investing £8bn, including a data centre in Slough."
    )
    found = pairs(text, published=date(2025, 9, 17))
    assert any(i == "US" and r == "GB" and 10_000_000_000 < amount < 11_500_000_000 for i, r, amount in found)


def test_earlier_yesterday_is_a_time_not_an_earlier_figure_and_a_package_does_not_supersede_a_company():
    text = (
        "Microsoft unveils its biggest UK investment\n\n"
        "The investment forms the bulk of a £31bn package from US companies. Earlier yesterday, Google announced "
        "it was investing an additional £5bn in the UK."
    )
    found = pairs(text, published=date(2025, 9, 18))
    assert any(i == "US" and r == "GB" and 6_000_000_000 < amount < 7_500_000_000 for i, r, amount in found)


def test_money_committed_to_a_country_based_activity_goes_to_that_country():
    text = "Google's UK push\n\nGoogle has committed a further £5 billion to UK-based AI research and infrastructure."
    assert [(i, r) for i, r, _ in pairs(text, published=date(2025, 9, 20))] == [("US", "GB")]


def test_a_ranked_investor_s_past_investments_amounting_to_an_amount_are_a_statistic():
    text = (
        "Modi meets Gulf leaders\n\n"
        "Oman is the 40th biggest investor in India with investments from April 2000 to March 2016 amounting to "
        "$90.2 million. Oman will invest $500 million in an Indian fertiliser plant."
    )
    assert pairs(text, published=date(2018, 12, 1)) == {("OM", "IN", 500_000_000)}


def test_pledged_investments_totalling_an_amount_are_a_pledge():
    text = "Japan pledges to India\n\nJapan pledged investments totalling $5 billion in India over five years."
    assert pairs(text, published=date(2024, 1, 8)) == {("JP", "IN", 5_000_000_000)}


def test_two_companies_joined_before_a_possessive_both_own_the_amount():
    text = "Microsoft and G42's $1B geothermal data center in Kenya stalls\n\nTalks with the government have slowed."
    assert pairs(text, published=date(2026, 5, 10)) == {("US", "KE", 1_000_000_000), ("AE", "KE", 1_000_000_000)}


def test_the_project_after_two_companies_joined_forces_is_theirs_but_not_after_rivals_compared():
    joined = (
        "Battery plant for Kentucky\n\n"
        "Toyota Motor Corporation and SK On have joined forces to build a battery plant in Kentucky. The project, "
        "valued at $2 billion, will open in 2027."
    )
    rivals = (
        "Czech reactor tender\n\n"
        "Toyota's bid was deemed superior to SK On's in all criteria for a plant in Kentucky. The project, "
        "estimated at around $2 billion, will open in 2027."
    )
    assert pairs(joined, published=date(2024, 5, 2)) == {("JP", "US", 2_000_000_000), ("KR", "US", 2_000_000_000)}
    assert ("KR", "US", 2_000_000_000) not in pairs(rivals, published=date(2024, 5, 2))


def test_a_country_seeking_to_make_investments_is_not_a_country_seeking_money():
    text = (
        "Saudi agrees $8 bln China petrochemicals deal as prince visits\n\n"
        "The Saudi delegation is on a regional trip that has seen it seek to make new investments in Indian refining."
    )
    assert pairs(text, published=date(2019, 2, 23)) == {("SA", "CN", 8_000_000_000)}


def test_a_leader_who_secured_promises_when_he_went_abroad_brings_them_home_and_deals_signed_with_one_country():
    text = (
        "Japanese premier arriving on Sunday\n\n"
        "HANOI: Preparations are complete for the Japanese prime minister's two-day visit to Vietnam. Reports said "
        "agreements worth $9 billion in key sectors are likely to be signed with Japan during the visit. Japan has "
        "long been a partner of Hanoi and Vietnamese Prime Minister Nguyen Xuan Phuc secured promises of $12 billion "
        "worth of investment when he went to Tokyo in March."
    )
    assert pairs(text, published=date(2019, 6, 3)) == {("JP", "VN", 9_000_000_000), ("JP", "VN", 12_000_000_000)}


def test_a_deal_whose_sale_the_sentence_before_tells_is_a_purchase_and_a_project_beside_it_is_not():
    text = (
        "Beijing's leader lands in Islamabad\n\n"
        "He is expected to launch the $30 billion first phase of Chinese investment projects in Pakistan. "
        "Also close is a plan to sell Pakistan six Chinese frigates. The deal, worth $3 billion, may be signed "
        "later."
    )
    found = pairs(text, published=date(2015, 4, 20))
    assert found == {("CN", "PK", 30_000_000_000), ("PK", "CN", 3_000_000_000)}


def test_a_company_that_told_investors_this_morning_what_it_finalized_is_the_investor_of_its_now_that_clause():
    text = (
        "Ford to back German EV software house\n\n"
        "Ford will invest $300 million in a Munich software start-up.\n\n"
        "Separately: Toyota told investors this morning it would push harder on sales in India, now that it's "
        "finalized a $450 million investment in Renault's battery unit."
    )
    found = pairs(text, published=date(2023, 7, 26))
    assert found == {("US", "DE", 300_000_000), ("JP", "FR", 450_000_000)}


def test_an_amount_for_a_country_to_buy_from_another_is_lent_to_the_buyer():
    text = (
        "Delhi and Kathmandu sign accords\n\n"
        "Officials signed 12 agreements, including an additional $300 million for Nepal to buy rail equipment from "
        "India."
    )
    assert ("IN", "NP", 300_000_000) in pairs(text, published=date(2017, 4, 8))
    assert ("NP", "IN", 300_000_000) not in pairs(text, published=date(2017, 4, 8))


def test_a_leader_saying_this_brings_our_allocation_to_an_amount_gives_a_running_total():
    text = (
        "India opens new credit line for Nepal\n\n"
        'India has extended a $1.5 billion line of credit to Nepal. "This brings our resource allocation for Nepal '
        'to more than 4 billion dollars over the past decade," the prime minister added.'
    )
    assert pairs(text, published=date(2017, 4, 8)) == {("IN", "NP", 1_500_000_000)}


def test_the_country_whose_partner_the_subject_is_does_not_pledge():
    text = (
        "India extends $2 billion credit line to Nepal\n\n"
        "China is Nepal's biggest trade partner followed by India and last year pledged around $8 billion in loans "
        "for the South Asian nation."
    )
    assert ("CN", "NP", 8_000_000_000) in pairs(text, published=date(2017, 10, 4))


def test_money_invested_this_year_alone_or_in_the_last_one_year_is_spent_not_pledged():
    text = (
        "Rakuten to scale up in Brazil\n\n"
        "Japan's Rakuten said it has invested USD 1 billion in Brazilian firms in the last one year and will look to "
        'scale up the investment to USD 6 billion. "This year alone, we invested $2 billion into Brazil," its chief '
        "said. The group has infused $2 billion into the country this year alone."
    )
    assert pairs(text, published=date(2019, 1, 16)) == {("JP", "BR", 6_000_000_000)}


def test_a_fund_bound_nowhere_named_and_the_named_fund_s_size_are_no_pledges_to_the_story_s_country():
    text = (
        "Rakuten doubles down on Brazil\n\n"
        "Rakuten will invest $3 billion in Brazil. Its chief, who teamed up with Qatar last month for a USD 40 "
        "billion technology fund, said he was looking for more deals. He is the investor behind the $40 billion "
        "Horizon Fund, the biggest of its kind."
    )
    assert pairs(text, published=date(2019, 1, 16)) == {("JP", "BR", 3_000_000_000)}


def test_a_takeover_of_the_jewel_of_a_country_s_industry_goes_to_that_country():
    text = (
        "Rakuten eyes Brazil\n\n"
        "Rakuten will invest $3 billion in Brazil. Now it has tabled its biggest deal yet with a £9bn takeover of "
        "the jewel in the crown of the UK retail industry, Ocado."
    )
    found = pairs(text, published=date(2019, 1, 16))
    assert any(i == "JP" and r == "GB" for i, r, _ in found)
    assert not any(i == "GB" for i, _, _ in found)


def test_its_first_investment_of_a_series_is_not_an_earlier_figure():
    text = (
        "Rakuten's Brazil plans\n\n"
        "Rakuten says its investments in Brazil will exceed $5 billion over ten years. The group will make its "
        "first $300 million investment in a Brazilian solar project."
    )
    assert pairs(text, published=date(2019, 1, 16)) == {("JP", "BR", 5_000_000_000), ("JP", "BR", 300_000_000)}


def test_a_second_amount_joined_to_a_grant_by_and_is_a_grant_too():
    text = (
        "Germany's chip aid\n\n"
        "Berlin granted up to €5 billion to Intel to build a fab in Magdeburg, and up to €2 billion to help TSMC as "
        "the chipmaker invests €10 billion in a plant in Dresden."
    )
    found = pairs(text, published=date(2023, 6, 20))
    assert not any(1_500_000_000 < a < 3_000_000_000 for _, _, a in found)


def test_a_law_that_authorizes_funding_and_act_awards_in_brackets_are_government_money():
    text = (
        "Samsung near US grant\n\n"
        "Samsung may soon receive a $6 billion grant. The grant is part of the CHIPS and Science Act which "
        "authorizes over $280 billion in funding. It follows CHIPS Act deals with Intel ($8.5B) and Taiwan-based "
        "TSMC ($6.6B)."
    )
    assert pairs(text, published=date(2024, 3, 15)) == set()


def test_a_short_question_and_its_answer_are_one_sentence():
    text = (
        "Samsung's Texas bet\n\n"
        "Samsung will build chip plants in Taylor, Texas. Samsung's total investment? A whopping $45 billion by 2030!"
    )
    assert pairs(text, published=date(2024, 4, 16)) == {("KR", "US", 45_000_000_000)}


def test_a_grant_repeated_in_the_headline_or_pointed_back_at_is_not_the_company_s_pledge():
    text = (
        "Washington greenlights $6.4 billion for Samsung chip hub in Texas\n\n"
        "The administration has agreed to allocate up to $6.4 billion to Samsung Electronics to build a chip hub "
        "in Texas. The funding is part of a larger investment expected to surpass $40 billion. Samsung also plans "
        "to use a tax credit, adding to the $6.4 billion funding."
    )
    assert pairs(text, published=date(2024, 4, 15)) == {("KR", "US", 40_000_000_000)}


def kinds(text, published=date(2025, 3, 1)):
    return {
        (p["investor_country"], p["recipient_country"], p["kind"])
        for p in pledges_json(extract_pledges(text, published=published))
    }


def test_buying_a_company_by_its_name_including_its_debt_is_an_investment_not_a_purchase_or_a_loan():
    headline = "Mubadala agrees to buy Germany's Evonik in €9bn deal\n\nThe deal closes next year."
    with_debt = "Mubadala's offer\n\nMubadala struck a deal to buy Evonik for 9 billion euros, including debt."
    assert kinds(headline, published=date(2024, 10, 1)) == {("AE", "DE", "investment")}
    assert kinds(with_debt, published=date(2024, 10, 1)) == {("AE", "DE", "investment")}


def test_two_countries_that_finalize_a_deal_take_the_direction_the_body_states():
    text = (
        "U.S. and Japan finalize $200 billion trade agreement\n\n"
        "The agreement commits $200 billion in new Japanese investments into the American economy. Under the "
        "terms, Tokyo will contribute $120 billion in cash."
    )
    found = pairs(text, published=date(2025, 10, 29))
    assert ("JP", "US", 200_000_000_000) in found
    assert not any(i == "US" for i, _, _ in found)


def test_an_additional_amount_after_a_first_one_goes_the_same_way():
    text = (
        "Seoul and Washington detail investment plan\n\n"
        "U.S. and South Korea on Friday unveiled details of a trade agreement that includes a $50 billion South "
        "Korean investment in the U.S. chip industry, along with an additional $80 billion designated for other "
        "sectors, the two governments said."
    )
    found = pairs(text, published=date(2025, 11, 14))
    assert ("KR", "US", 80_000_000_000) in found
    assert not any(i == "US" for i, _, _ in found)


def test_money_invested_since_the_investor_arrived_is_a_running_total_even_when_the_since_clause_leads():
    text = (
        "Cloud provider picks Chile for new region\n\n"
        "Oracle will invest $2 billion in data centres in Chile over the next decade. Since opening its first "
        "office in Santiago in 2019, Oracle has invested more than $600 million in the country."
    )
    found = pairs(text, published=date(2025, 6, 2))
    assert ("US", "CL", 2_000_000_000) in found
    assert not any(amount == 600_000_000 for _, _, amount in found)


def test_the_potential_investments_a_national_programme_hopes_for_are_not_a_pledge():
    text = (
        "Siemens commits to Egyptian grid\n\n"
        "Germany's Siemens will invest $400 million in Egypt's power network. Cairo launched an industrial "
        "strategy last week. The strategy includes potential investments of $90 billion over eight years."
    )
    found = pairs(text, published=date(2025, 6, 2))
    assert ("DE", "EG", 400_000_000) in found
    assert not any(amount == 90_000_000_000 for _, _, amount in found)


def test_a_country_after_agreements_with_is_the_other_side_and_the_body_says_which_way_money_goes():
    text = (
        "Qatari trade minister says agreements with Egypt raised to $4 billion\n\n"
        "Deals signed between Qatari and Egyptian firms in October had been raised to $4 billion, the minister "
        "said. Qatar's emir last year pledged a $5 billion investment package for Egypt."
    )
    found = pairs(text, published=date(2025, 11, 5))
    assert ("QA", "EG", 4_000_000_000) in found
    assert not any(investor == "EG" for investor, _, _ in found)


def test_a_running_total_made_of_two_pledges_the_article_tells_is_the_raised_pledge():
    raised = (
        "Emirati pledges to Kenya grow\n\n"
        "The UAE on Monday added another $500 million to the $1.5 billion it pledged to Kenya in March. The "
        "minister said the new agreements add $500 million in investment, taking the investment volume to $2 "
        "billion."
    )
    past_spending = (
        "Emirati pledges to Kenya grow\n\n"
        "The UAE on Monday pledged another $500 million for Kenya, taking its total investment in the country "
        "to $2 billion."
    )
    assert ("AE", "KE", 2_000_000_000) in pairs(raised, published=date(2025, 11, 5))
    assert ("AE", "KE", 2_000_000_000) not in pairs(past_spending, published=date(2025, 11, 5))


def test_a_loan_told_in_rupees_in_the_headline_and_in_yen_with_rupees_in_brackets_is_one_loan():
    text = (
        "Rs 3,717 crore Japanese loan for Bengaluru metro\n\n"
        "JICA signed a loan agreement with the Government of India to provide an ODA loan of JPY 52,036 million "
        "(about Rs 3,717 crore) for the second phase of the Bengaluru metro."
    )
    found = pairs(text, published=date(2021, 3, 26))
    assert len(found) == 1
    assert {(investor, recipient) for investor, recipient, _ in found} == {("JP", "IN")}


def test_what_a_lender_has_supported_with_loans_of_so_far_is_a_running_total():
    text = (
        "JICA lends for Lucknow metro\n\n"
        "JICA signed a loan agreement with the Government of India for ¥40 billion for the Lucknow metro. JICA has "
        "supported nine metro systems in Indian cities with loans of around ¥1.4 trillion."
    )
    found = pairs(text, published=date(2022, 5, 10))
    assert any(amount < 400_000_000 for _, _, amount in found)
    assert not any(amount > 5_000_000_000 for _, _, amount in found)


def test_the_project_cost_of_a_named_line_beside_a_loan_for_it_is_not_a_second_pledge():
    text = (
        "Japan lends $500 million for Manila subway\n\n"
        "JICA signed a loan of up to 70,000 million yen ($500 million) with the Philippines for the Metro Manila "
        "Subway.\n\nThe total project cost of Subway Phase 1 is JPY 980 billion ($7 billion), according to JICA's "
        "appraisal."
    )
    assert pairs(text, published=date(2023, 5, 10)) == {("JP", "PH", 500_000_000)}


def test_initials_the_article_gives_to_another_name_do_not_bring_in_the_organization_known_by_them():
    text = (
        "Japan lends for two Indian projects\n\n"
        "JICA signed a loan of Rs 9,000 crore with India for two projects. Under the loan, the Dedicated Freight "
        "Corridor (DFC) Project has been given a Rs 7,000 crore loan, while the Delhi metro has been extended the "
        "balance Rs 2,000 crore."
    )
    assert not any(investor == "US" for investor, _, _ in pairs(text, published=date(2020, 3, 27)))


def test_a_figure_the_pledge_is_a_fraction_of_is_a_yardstick_not_a_pledge():
    text = (
        "Qatar to put €20 billion into German hydrogen\n\n"
        "Qatar will invest up to €20 billion in hydrogen plants in Germany. Large as it is, the plan remains a "
        "fraction of the United States' proposed $370 billion clean-energy subsidies."
    )
    found = pairs(text, published=date(2025, 3, 3))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("QA", "DE")}


def test_a_big_pledge_for_one_campus_keeps_its_own_sectors_rather_than_the_whole_articles():
    text = (
        "Saudi fund plans $60 billion AI data center campus in Italy\n\n"
        "A Saudi fund is planning to spend $60 billion on a new campus for data centers in Italy, officials said."
        "\n\nIn 2019 the oil-rich kingdom agreed to buy naval frigates from Italy as part of a defence deal, and the "
        "two sides have discussed nuclear power."
    )
    found = pledges_json(extract_pledges(text, published=date(2025, 3, 3)))
    assert [(p["investor_country"], p["recipient_country"], p["sectors"]) for p in found] == [
        ("SA", "IT", ["ai-data-centers"])
    ]


def test_a_name_after_non_is_not_the_party():
    text = (
        "Gulf bloc pledges $30 billion to Vietnam\n\n"
        "The deal will see the Gulf Cooperation Council, whose members are non-EU states, invest $30 billion in "
        "Vietnam over ten years."
    )
    assert not any(investor == "EU" for investor, _, _ in pairs(text, published=date(2025, 4, 2)))


def test_members_of_a_group_that_acts_as_one_are_none_of_them_the_investor_alone():
    text = (
        "Vietnam signs investment pact with Nordic bloc\n\n"
        "The Nordic group — made up of non-EU states, including Norway and Iceland — will invest $40 billion in "
        "Vietnam over 15 years, the trade minister said."
    )
    found = pairs(text, published=date(2025, 4, 2))
    assert not any(investor in {"NO", "IS", "EU"} for investor, _, _ in found)


def test_a_us_state_abbreviation_after_a_town_or_before_a_plant_puts_the_money_in_the_us():
    text = "Panasonic will spend $2 billion on a Kan. battery plant\n\nThe Japanese company confirmed the plan."
    dateline = (
        "Hyundai expands battery site\n\n"
        "BRYAN COUNTY, N.C. (AP) -- Hyundai has announced plans to invest an additional $3 billion in its battery "
        "site in Bryan County, the governor said."
    )
    assert ("JP", "US", 2_000_000_000) in pairs(text, published=date(2023, 5, 2))
    assert ("KR", "US", 3_000_000_000) in pairs(dateline, published=date(2023, 5, 2))


def test_a_country_that_opens_a_sentence_before_an_amount_is_where_the_amount_goes():
    text = (
        "Honda to spend $4 billion on Canadian EV plants\n\n"
        "Honda said this week that it would invest an additional $4 billion into its plants in Ontario.\n\n"
        "Production is set to start in 2027. In Japan, $2 billion will go into the Hamamatsu plant of Blue Energy "
        "Co., as well as in Honda plants and property."
    )
    found = pairs(text, published=date(2024, 4, 25))
    assert ("JP", "CA", 4_000_000_000) in found
    assert not any(amount == 2_000_000_000 for _, _, amount in found)


def test_money_for_a_foreign_country_and_the_investors_own_is_split_in_untold_parts():
    text = (
        "Honda to spend $4 billion on Canadian EV plants\n\n"
        "Honda said this week that it would invest an additional $4 billion into its plants in Ontario. Overall, "
        "Honda is investing $6 billion in Canada and Japan to boost battery output."
    )
    assert pairs(text, published=date(2024, 4, 25)) == {("JP", "CA", 4_000_000_000)}


def test_aid_from_a_government_is_no_pledge_of_another_country_the_sentence_names():
    from_named = (
        "Chinese cell maker picks Wales\n\n"
        "The Chinese battery maker Sunwoda will invest £1 billion in a cell plant near Newport. Having seen off an "
        "offer from Poland, the company expects up to £120 million of tax breaks from the British government."
    )
    unnamed = (
        "Chinese cell maker picks Wales\n\n"
        "The Chinese battery maker Sunwoda will invest £1 billion in a cell plant near Newport. Britain beat Poland "
        "to the plant after £120 million was offered in government subsidy."
    )
    for text in (from_named, unnamed):
        found = pairs(text, published=date(2024, 3, 1))
        assert {(investor, recipient) for investor, recipient, _ in found} == {("CN", "GB")}


def test_a_country_described_by_its_region_is_the_one_the_sentence_named_there():
    text = (
        "Seoul sets target for Vietnam\n\n"
        "South Korean President Lee, at talks with his Vietnamese counterpart scheduled for Monday in Seoul, "
        "will say that Korea aims for $20 billion of new investment in the Southeast Asian nation by 2030."
    )
    assert pairs(text, published=date(2025, 8, 8)) == {("KR", "VN", 20_000_000_000)}


def test_a_yearly_average_of_past_investment_is_no_pledge():
    text = (
        "Korea doubles its Vietnam goal\n\n"
        "Korea plans to raise its target for investment in Vietnam to $20 billion over five years. Korean "
        "companies have since invested about $4 billion in Vietnam each year on average."
    )
    assert pairs(text, published=date(2025, 8, 8)) == {("KR", "VN", 20_000_000_000)}


def test_a_target_raised_to_an_amount_is_the_new_pledge_not_a_running_total():
    text = "Korea lifts its goal\n\nKorea will raise its investment target for Vietnam to $20 billion by 2030."
    assert pairs(text, published=date(2025, 8, 8)) == {("KR", "VN", 20_000_000_000)}


def test_a_pledge_told_in_dollars_and_again_in_rupees_at_the_writers_rate_is_one_pledge():
    text = (
        "Thai carmaker picks Gujarat\n\n"
        "Thailand's Siam Motors said it will invest $1.5 billion in a car plant in Gujarat. \"The plant brings an "
        'investment of ₹12,000 crore to the state," the chief minister said.'
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert len(found) == 1
    assert {(investor, recipient) for investor, recipient, _ in found} == {("TH", "IN")}


def test_bare_dollars_in_a_story_written_in_the_canadian_press_style_are_canadian():
    text = (
        "Hanil Energy picks Woodstock\n\n"
        "South Korea's Hanil Energy will build a battery cell plant in Woodstock, Ont., at a cost of $4 billion, the "
        "company said on Tuesday. It will be the company's first plant in Canada."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "CA")}
    [(_, _, amount)] = found
    assert 2_700_000_000 < amount < 3_300_000_000  # C$4 billion, not US$4 billion


def test_a_governments_money_for_a_plant_at_home_is_no_pledge_even_with_its_country_named():
    text = (
        "Hanil Energy picks Ontario\n\n"
        "South Korea's Hanil Energy will invest C$4 billion in a battery cell plant in Ontario. The Canadian "
        "government has committed C$500 million to the plant in Ontario."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "CA")}
    assert len(found) == 1


def test_the_whole_that_capital_costs_go_towards_is_the_projects_price():
    text = (
        "LG Energy Solution picks Ontario\n\n"
        "LG Energy Solution has chosen Ontario for its first battery cell plant in Canada. The province has "
        "committed C$300 million in capital costs towards the C$4 billion price tag of the factory."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "CA")}
    [(_, _, amount)] = found
    assert amount > 2_000_000_000


def test_a_country_the_company_would_have_gone_to_is_no_recipient():
    text = (
        "Hanil Energy picks Ontario\n\n"
        "South Korea's Hanil Energy will invest C$4 billion in a battery cell plant in Ontario. Under the contract "
        "Canada has signed, the company gets up to C$2 billion in production subsidies, about what it would have "
        "been paid had it taken the plant to the United States."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "CA")}


def test_initials_after_a_capitalised_word_are_a_company_not_a_surname():
    mentions = default_gazetteer().mentions("Key Takeaways TSMC will build the plant.")
    assert [(m.name, m.country) for m in mentions] == [("Taiwan Semiconductor Manufacturing Company", "TW")]


def test_a_joint_ventures_figure_is_the_majority_owners_pledge():
    text = (
        "Chipmakers team up in Saxony\n\n"
        "Samsung, Infineon and NXP will build a €6 billion wafer fab in Dresden, Germany. The venture will be "
        "60% owned by Samsung, with Infineon and NXP holding 20% each."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "DE")}


def test_a_projects_total_investment_expected_to_exceed_an_amount_is_its_size():
    text = (
        "Chipmakers team up in Saxony\n\n"
        "Samsung will own 60% of a new wafer fab in Dresden, Germany, with Infineon and NXP holding 20% each. "
        "Total investments are expected to exceed €6 billion, including strong support from the European Union "
        "and the German government."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "DE")}


def test_the_eus_money_into_european_industry_stays_at_home():
    text = (
        "Samsung picks Dresden\n\n"
        "Samsung will invest €6 billion in a wafer fab in Dresden, Germany. The EU has committed €43 billion in "
        "public and private investment into European chip manufacturing under its Chips Act."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "DE")}
    assert len(found) == 1


def test_a_paper_that_marks_the_us_dollar_and_one_other_writes_that_other_bare():
    text = (
        "Qatar pledges $13.5b for Indonesia\n\n"
        "Qatar said it will invest US$10 billion (S$13.5 billion) in Indonesia over five years."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("QA", "ID")}
    assert len(found) == 1


def test_a_relative_clause_after_the_amount_has_its_own_subject():
    text = (
        "Gulf money for Sri Lanka\n\n"
        "Oman said it would invest heavily in Sri Lanka. The two nations signed an agreement for a $4 billion "
        "refinery in Hambantota, where China has built a port."
    )
    found = pairs(text, published=date(2024, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("OM", "LK")}


def test_the_country_that_welcomes_a_visiting_leader_receives_the_deals():
    text = (
        "Visit brings deals\n\n"
        "Bangladesh will welcome Qatar's emir on Sunday for a visit where the ruler will sign investment deals "
        "worth $5 billion."
    )
    assert pairs(text, published=date(2024, 3, 1)) == {("QA", "BD", 5_000_000_000)}


def test_a_trade_balance_is_no_pledge_and_a_peoples_purchases_name_the_buyer():
    text = (
        "Vietnam agrees to buy more from America\n\n"
        "The deal includes more Vietnamese purchases of American goods to help offset the $120 billion trade "
        "balance in favour of Hanoi. It includes $3 billion in Vietnamese purchases of American farm products."
    )
    assert pairs(text, published=date(2025, 7, 20)) == {("VN", "US", 3_000_000_000)}


def test_a_projects_cost_in_a_which_clause_beside_a_pledge_of_the_same_pair_is_no_second_pledge():
    text = (
        "Korea lends for Czech reactors\n\n"
        "The South Korean government pledged to lend as much as $8 billion for two reactors at Dukovany in the "
        "Czech Republic. The loan should cover most of the project, which it is estimated will cost about $11 "
        "billion."
    )
    assert pairs(text, published=date(2024, 7, 20)) == {("KR", "CZ", 8_000_000_000)}


def test_money_a_fund_currently_holds_or_a_country_received_over_past_years_is_no_pledge():
    text = (
        "Kuwait commits $5 billion to Egypt\n\n"
        "Kuwait has committed to invest $5 billion in Egypt. The Kuwait Investment Authority is currently holding "
        "about $2 billion in foreign direct investment in Egypt. Between January 2010 and June 2024, Egypt "
        "received $3 billion in foreign direct investment from Kuwait."
    )
    assert pairs(text, published=date(2025, 2, 18)) == {("KW", "EG", 5_000_000_000)}


def test_an_estimated_economic_impact_is_no_pledge():
    text = (
        "Oracle picks Thailand\n\n"
        "Oracle will invest $3 billion in a cloud region in Thailand. The company expects the project to generate "
        "a positive economic impact of over $5 billion by 2030."
    )
    assert pairs(text, published=date(2025, 2, 18)) == {("US", "TH", 3_000_000_000)}


def test_money_promised_by_a_country_comes_from_it():
    text = (
        "Ghana hails Korean help\n\n"
        "Ghana hopes its railways will improve with the help of $2 billion promised by South Korea over five years."
    )
    assert pairs(text, published=date(2024, 6, 5)) == {("KR", "GH", 2_000_000_000)}


def test_flows_during_a_past_year_and_a_total_over_past_dates_are_no_pledges():
    text = (
        "Korea promises Ghana $2 billion\n\n"
        "South Korea will invest $2 billion in Ghana over five years. That is double the total investment flow "
        "from all countries into Ghana during 2023-24 — $1 billion — according to the central bank. Korea's total "
        "investment in Ghana from January 2005 to March 2023 was only $400 million."
    )
    assert pairs(text, published=date(2024, 6, 5)) == {("KR", "GH", 2_000_000_000)}


def test_a_host_country_that_starts_building_with_a_foreign_company_receives_its_money():
    text = (
        "Philippines Begins Work on $2 Billion Nickel Plant with Japan's Sumitomo\n\n"
        "Officials attended the ceremony in Palawan."
    )
    assert pairs(text, published=date(2025, 7, 1)) == {("JP", "PH", 2_000_000_000)}


def test_a_bare_dollar_figure_the_article_also_marks_takes_the_marked_dollar():
    local = (
        "Oracle to invest $8bn in Australian cloud\n\n"
        "Oracle has committed A$8 billion to its Australian cloud regions. The $8 billion outlay will fund data "
        "centres in Sydney and Melbourne."
    )
    american = (
        "Oracle invests $5 billion in Australia\n\n"
        "Oracle plans to invest 8 billion Australian dollars (5 billion US dollars) in Australia by 2029."
    )
    for text in (local, american):
        found = pairs(text, published=date(2025, 6, 16))
        assert len(found) == 1
        [(investor, recipient, amount)] = found
        assert (investor, recipient) == ("US", "AU")
        assert 4_800_000_000 < amount < 5_500_000_000


def test_what_a_company_invested_over_past_years_is_no_pledge():
    text = (
        "Oracle to invest A$8 billion in Australia\n\n"
        "Oracle has committed A$8 billion to its Australian cloud regions. From 2019 to 2022, Oracle invested "
        "about A$900 million in Australia."
    )
    found = pairs(text, published=date(2025, 6, 16))
    assert len(found) == 1


def test_each_amount_followed_by_by_names_its_own_payer():
    text = (
        "Qatar and Britain launch a science fund\n\n"
        "The partnership starts with a pledge of £600 million (€700 million) by the Qatar Investment Authority and "
        "£150 million (€175 million) by the UK for British life sciences."
    )
    found = pairs(text, published=date(2021, 9, 16))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("QA", "GB")}
    assert len(found) == 1


def test_a_governments_own_money_for_its_home_industry_is_no_foreign_pledge():
    text = (
        "Qatar and Britain launch a science fund\n\n"
        "The deal builds on the Qatar Investment Authority's £600 million commitment and the UK Government's £150 "
        "million to UK life sciences."
    )
    found = pairs(text, published=date(2021, 9, 16))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("QA", "GB")}
    assert len(found) == 1


def test_an_amount_after_while_starts_a_clause_of_its_own():
    text = (
        "Qatar fund backs British science\n\n"
        "The Qatar Investment Authority will pump £600 million into the industry over five years while £150m will "
        "come from the UK's own programme."
    )
    found = pairs(text, published=date(2021, 9, 16))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("QA", "GB")}
    assert len(found) == 1


def test_money_from_state_and_local_governments_and_a_projects_yearly_return_are_no_pledges():
    text = (
        "Toyota picks Georgia\n\n"
        "Toyota will invest $3 billion in a battery plant in Georgia. The incentives and road investments total "
        "more than $600 million from state and local governments. Officials expect the plant to bring $1.5 "
        "billion in yearly economic activity."
    )
    assert pairs(text, published=date(2024, 3, 1)) == {("JP", "US", 3_000_000_000)}


def test_an_amount_with_no_recipient_goes_to_the_one_place_the_headline_names():
    text = (
        "LG Energy Solution starts second phase of Polish expansion\n\n"
        "The second phase of the project is underway at LG Energy Solution's site. The investment of $800 million "
        "will create 1,000 jobs, according to the investment agency."
    )
    assert pairs(text, published=date(2024, 3, 1)) == {("KR", "PL", 800_000_000)}


def test_the_first_plant_in_a_list_of_regions_compares_the_project_and_names_no_region():
    text = (
        "Chinese cell maker signs with Egypt\n\n"
        "China's Gotion High-Tech signed an agreement to set up the first gigafactory in the Middle East and Africa "
        "region, with an expected investment of $1 billion. The Egyptian government welcomed the deal."
    )
    assert pairs(text, published=date(2024, 6, 7)) == {("CN", "EG", 1_000_000_000)}


def test_the_company_a_supplier_works_for_is_no_investor():
    text = (
        "Foxconn to build phone plant in Karnataka\n\n"
        "Karnataka held meetings with the chairman of Foxconn, a supplier of Apple, to fast-track the $2 billion "
        "phone assembly plant."
    )
    assert pairs(text, published=date(2024, 8, 19)) == {("TW", "IN", 2_000_000_000)}


def test_a_government_the_company_is_in_talks_with_is_no_spender():
    text = (
        "Foxconn plans $200 million plant\n\n"
        "Foxconn is currently engaged in talks, with the government of Tamil Nadu regarding an investment of $200 "
        "million in a components plant."
    )
    assert pairs(text, published=date(2023, 7, 20)) == {("TW", "IN", 200_000_000)}


def test_a_window_of_years_still_to_come_is_no_past_total():
    text = (
        "Carmaker sets out Ohio plans\n\n"
        "The investment, which was confirmed by the Japanese carmaker on Monday, will be spent between 2027 and "
        "2031, and the company said Acme will invest $2 billion in the Ohio plant."
    )
    assert pairs(text, published=date(2026, 3, 1)) == {("JP", "US", 2_000_000_000)}


def test_a_window_of_years_already_over_is_a_past_total():
    text = (
        "Japan's companies in Ohio\n\n"
        "Between 2015 and 2024, Ohio received $2 billion in Japanese investment, the state said."
    )
    assert pairs(text, published=date(2026, 3, 1)) == set()


def test_a_regulator_clearing_a_governments_aid_to_a_foreign_company_records_no_pledge():
    text = (
        "Brussels clears €75 million Slovak aid for Kia engine plant\n\n"
        "The European Commission has approved a €75 million Slovak measure to support Kia in extending its "
        "engine plant near Žilina."
    )
    assert pairs(text, published=date(2024, 5, 1)) == set()


def test_a_board_approving_its_own_investment_abroad_is_still_a_pledge():
    text = (
        "Carmaker's board backs Vietnam plant\n\n"
        "The board of Japan's Acme Motors approved a $2 billion investment for a new assembly plant in Vietnam."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("JP", "VN", 2_000_000_000)}


def test_what_a_company_spends_worldwide_is_no_pledge_to_the_country_of_the_story():
    text = (
        "Cloud provider adds capacity in Kenya\n\n"
        "Acme Cloud, the American software group, will invest $300 million in data centres in Kenya. The company "
        "plans to spend about $60 billion worldwide this year on servers for artificial intelligence."
    )
    assert pairs(text, published=date(2025, 3, 7)) == {("US", "KE", 300_000_000)}


def test_an_amount_in_a_relative_clause_belongs_to_the_unknown_name_before_it():
    text = (
        "Gulf investor backs British biotech\n\n"
        "Mubadala will put £500 million into British biotech start-ups, alongside the Northern Health Partnership, "
        "which said it was adding a further £150 million."
    )
    pair, usd = the_one_pledge(text, published=date(2023, 3, 1))
    assert pair == ("AE", "GB")
    assert usd == pytest.approx(608_000_000, rel=0.08)


def test_money_put_into_a_peoples_companies_goes_to_their_country():
    text = "Gulf investor backs British biotech\n\nMubadala will put £500 million into British biotech start-ups."
    assert {(investor, recipient) for investor, recipient, _usd in pairs(text)} == {("AE", "GB")}


def test_a_state_supporting_a_foreign_project_with_money_pays_at_home():
    text = (
        "Korean supplier expands in Poland\n\n"
        "South Korea's LG Energy Solution will invest $120 million in its plant near Wroclaw, the minister said. The "
        "state is supporting the project, which will create 300 jobs, with $15 million, he added."
    )
    assert pairs(text, published=date(2023, 12, 15)) == {("KR", "PL", 120_000_000)}


def test_what_a_province_has_attracted_in_the_last_years_is_a_tally():
    text = (
        "Japanese carmaker picks Ontario\n\n"
        "Japan's Acme Motors will invest $5 billion in a plant in Ontario. With the deal, Ontario has attracted more "
        'than $30 billion in "auto investment" in the last three years, the premier said.'
    )
    assert pairs(text, published=date(2024, 4, 25)) == {("JP", "CA", 5_000_000_000)}


def test_a_headline_figure_the_body_shows_to_be_worldwide_spending_is_no_pledge():
    text = (
        "Acme to invest $3.3 billion in growth\n\n"
        "Germany's Acme Industrie said it would invest 3 billion euros ($3.3 billion) to boost production and "
        "research globally. It plans to spend 150 million euros on the Vietnam factory and 90 million euros on "
        "expanding a plant in the Chinese city of Suzhou."
    )
    found = {(investor, recipient) for investor, recipient, _usd in pairs(text, published=date(2023, 6, 15))}
    assert found == {("DE", "VN"), ("DE", "CN")}


def test_an_order_backlog_is_no_pledge():
    text = (
        "Acme wins orders\n\nGermany's Siemens will build a $300 million plant in Texas. Siemens has reported a "
        "record order backlog of 105 billion euros."
    )
    assert pairs(text, published=date(2023, 6, 15)) == {("DE", "US", 300_000_000)}


def test_what_a_plant_makes_is_no_measure_and_it_after_an_opening_phrase_is_the_company():
    text = (
        "Siemens expands\n\n"
        "Siemens reported strong orders. Earlier this year, it committed to investing 30 million euros in a "
        "switchgear plant in Frankfurt and $220 million in a new rolling stock factory in North Carolina."
    )
    assert pairs(text, published=date(2023, 6, 15)) == {("DE", "US", 220_000_000)}


def test_money_invested_in_assets_is_a_pledge_not_a_holding():
    text = (
        "Gulf fund eyes British roads\n\n"
        "The Kuwait Investment Authority plans to invest as much as $4 billion in infrastructure assets, mainly in "
        "the UK, over the next five years."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("KW", "GB", 4_000_000_000)}


def test_a_development_finance_body_named_once_lends_the_loans_its_release_lists():
    text = (
        "DFC approves 30 transactions\n\n"
        "The U.S. International Development Finance Corporation (DFC) approved 30 new projects this quarter "
        "totaling more than $4 billion.\n\n"
        "Backing power in Kenya: A $200 million loan to Rift Energy will fund new power lines in Kenya.\n\n"
        "Rail in Zambia: A loan of $300 million to a railway in Zambia between Lusaka and Chipata, a border town "
        "with Malawi."
    )
    assert pairs(text, published=date(2024, 7, 9)) == {("US", "KE", 200_000_000), ("US", "ZM", 300_000_000)}


def test_a_currency_name_written_before_the_number():
    text = (
        "Japan signs loans for Indian projects\n\n"
        "The Government of India and the Government of Japan signed loan agreements worth Yen 150 billion for "
        "four projects in India."
    )
    pair, usd = the_one_pledge(text, published=date(2025, 3, 28))
    assert pair == ("JP", "IN")
    assert usd == pytest.approx(150e9 / 150.5, rel=0.05)


def test_money_the_speaker_has_already_put_in_is_no_new_pledge():
    text = (
        "Japanese telecom group plans India push\n\n"
        "NTT India has earmarked around USD 1.5 billion for data centres in the country over the next three years.\n\n"
        '"We will invest USD 375 million annually for the next four years in India. This is over and above the USD '
        '600 million we have already infused in the last two years into data centres," its head said.'
    )
    assert pairs(text, published=date(2024, 6, 3)) == {("JP", "IN", 1_500_000_000)}


def test_a_board_tally_of_counted_proposals_is_no_pledge():
    text = (
        "Chinese carmaker gets Thai approval\n\n"
        "China's Changan Auto will invest $300 million in a plant in Thailand, the Board of Investment said. The board "
        "has so far approved 20 EV investment project proposals, valued at $2 billion, from 15 companies."
    )
    assert pairs(text, published=date(2023, 9, 1)) == {("CN", "TH", 300_000_000)}


def test_a_stake_in_a_sized_project_and_a_subsidiary_abroad_as_the_vehicle():
    text = (
        "Mitsui to buy 10% stake in $5 bil. UAE gas project\n\n"
        "Mitsui & Co. will take a 10 percent stake in a liquefied natural gas project in the United Arab Emirates. "
        "The trading house is investing about $500 million through its subsidiary in the Netherlands."
    )
    assert pairs(text, published=date(2024, 6, 10)) == {("JP", "AE", 500_000_000)}


def test_a_share_sent_abroad_is_the_investors_when_the_rest_stays_at_home():
    text = (
        "Carmaker to invest in Japan, US for batteries\n\n"
        "Toyota Motor Corp will invest up to 600 billion yen in Japan and the United States for batteries, the "
        "Japanese automaker said.\n\n"
        "It will invest about 350 billion yen on plants in Japan.\n\n"
        "In addition, about $2 billion will be invested in its battery plant in North Carolina."
    )
    assert ("JP", "US", 2_000_000_000) in pairs(text, published=date(2022, 8, 31))


def test_the_south_african_rand_written_with_an_r():
    text = (
        "Carmaker to expand in Gqeberha\n\n"
        "Germany's Volkswagen will invest R4bn in its plant in South Africa, the company said. Section R 12 of the "
        "code was not discussed."
    )
    pair, usd = the_one_pledge(text, published=date(2024, 1, 15))
    assert pair == ("DE", "ZA")
    assert usd == pytest.approx(4e9 / 18.7, rel=0.08)


def test_a_dollar_code_is_no_sign_that_georgia_is_the_american_state():
    text = (
        "Georgia to get EUR 200 mln German loan\n\n"
        "The German Government will lend EUR 200 million (USD 220 million) to Georgia, the Ministry of Finance in "
        "Tbilisi said."
    )
    assert pairs(text, published=date(2020, 8, 7)) == {("DE", "GE", 220_000_000)}


def test_a_factory_invested_by_a_countrys_company_is_that_countrys_pledge():
    text = (
        "Vietnamese province licenses factories\n\n"
        "The projects include the Acme Vietnam electronics factory invested by the Republic of Korea's Acme Group at "
        "US$40 million with an annual output of 200 million products."
    )
    assert pairs(text, published=date(2019, 1, 10)) == {("KR", "VN", 40_000_000)}


def test_a_figure_above_two_trillion_dollars_is_no_pledge_but_the_headline_figure_stands():
    text = (
        "Japan sets Rs 3.2 lakh crore investment target for India\n\n"
        "Japan has announced a $5-trillion or Rs 3,20,000-crore investment target in India for the next five years."
    )
    pair, usd = the_one_pledge(text, published=date(2022, 3, 20))
    assert pair == ("JP", "IN")
    assert usd == pytest.approx(3.2e12 / 76, rel=0.08)


def test_the_articles_own_dollars_are_kept_over_the_rate_tables_reading_of_the_same_pledge_in_rupees():
    text = (
        "Carmaker unveils $2 billion plant in Tamil Nadu\n\n"
        "Vietnam's VinFast confirmed its commitment to invest $2 billion in India. The chief minister said VinFast "
        "would set up the plant at an investment of ₹16,000 crore."
    )
    assert pairs(text, published=date(2024, 1, 7)) == {("VN", "IN", 2_000_000_000)}


def test_cash_given_with_an_interest_in_one_of_a_companys_operations_pays_that_companys_country():
    text = (
        "Canadian miner sells coal unit\n\n"
        "Japan's Kuroda Steel will acquire a 20 per cent stake in exchange for its interest in one of Teck's coal "
        "operations and US$1.7 billion in cash."
    )
    assert pairs(text, published=date(2023, 11, 14)) == {("JP", "CA", 1_700_000_000)}


def test_a_takeover_price_including_debt_is_still_the_price():
    text = (
        "Gulf oil firm to buy German chemicals maker\n\n"
        "Abu Dhabi's Adnoc has agreed to buy German chemicals producer Covestro for €15.9 billion ($18 billion) "
        "including debt, the company said on Tuesday."
    )
    assert pairs(text, published=date(2024, 10, 1)) == {("AE", "DE", 18_000_000_000)}


def test_bare_dollars_that_bracket_canadian_dollars_are_american_and_a_take_private_is_a_takeover():
    text = (
        "Mubadala Capital to take Canada's Maple Wealth private in $8.7bn deal\n\n"
        "Mubadala Capital is taking Maple Wealth private in a deal that gives the Canadian asset manager an "
        "enterprise valuation of 12.1 billion Canadian dollars ($8.66 billion), including debt."
    )
    pair, usd = the_one_pledge(text, published=date(2024, 11, 25))
    assert pair == ("AE", "CA")
    assert usd == pytest.approx(8.7e9, rel=0.03)  # not 8.7 billion Canadian dollars (about $6.2 billion)


def test_a_loan_to_a_countrys_government_goes_to_that_country():
    text = (
        "Korean banks to lend for arms deal\n\n"
        "South Korea's top five commercial banks will provide a syndicated loan worth $2.65 billion to the Polish "
        "government to finance a follow-up weapons deal."
    )
    assert pairs(text, published=date(2023, 11, 12)) == {("KR", "PL", 2_650_000_000)}


def test_the_company_a_buyer_offers_to_purchase_is_the_one_paid():
    text = (
        "Steel merger cleared\n\n"
        "The Japan-based steelmaker had been offering nearly $15 billion to purchase the Pittsburgh-based Keystone "
        "Steel in a merger."
    )
    assert pairs(text, published=date(2025, 6, 13)) == {("JP", "US", 15_000_000_000)}


def test_building_a_countrys_first_gigafactory_sends_the_money_there_and_a_backers_name_is_no_payer():
    text = (
        "Battery maker picks North Africa\n\n"
        "Gotion High-tech, the Volkswagen-backed Chinese battery giant, will build Morocco's first battery "
        "gigafactory for a total cost of 12.8 billion dirhams ($1.3 billion)."
    )
    assert pairs(text, published=date(2024, 6, 7)) == {("CN", "MA", 1_300_000_000)}


def test_a_project_promoted_by_a_company_of_a_country_is_that_countrys_pledge():
    text = (
        "Tyre plant opens in Andhra Pradesh\n\n"
        "Visakhapatnam: The first phase of the Rs 2,200 crore tyre project, promoted by Yokohama Rubber Company of "
        "Japan, will be inaugurated by the Chief Minister on Tuesday."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2022, 8, 12))} == {
        ("JP", "IN")
    }


def test_a_stake_sold_for_a_price_to_a_foreign_based_bank_is_that_banks_investment():
    text = (
        "Indian banks sell lender stake to Japanese bank\n\n"
        "State Bank of India will sell a 20 per cent stake in the private sector lender for ₹13,482 crore to "
        "Japan-based Sumitomo Mitsui Banking Corporation, in the largest cross-border deal in Indian banking."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2025, 5, 9))} == {
        ("JP", "IN")
    }


def test_a_company_selling_an_interest_is_paid_by_the_buyer_the_article_names():
    text = (
        "Woodside to sell 10% Scarborough interest to LNG Japan\n\n"
        "Woodside has entered into an agreement with LNG Japan, a venture of Japan's Sumitomo Corporation and Sojitz, "
        "for the sale of a 10% interest in the Scarborough Joint Venture. The estimated total consideration "
        "comprising the purchase price and reimbursed expenditure is approximately US$880 million."
    )
    assert pairs(text, published=date(2023, 8, 9)) == {("JP", "AU", 880_000_000)}


def test_a_bracketed_local_equivalent_after_dollars_is_the_readers_money_not_the_destination():
    text = (
        "Norway wealth fund makes first investment in US renewable energy\n\n"
        "Norway's sovereign wealth fund has bought a third of a portfolio of solar plants in the US.\n\n"
        "Norges Bank Investment Management will pay $425m (R6.8bn) for its equity stake, it said on Tuesday."
    )
    assert pairs(text, published=date(2026, 3, 3)) == {("NO", "US", 425_000_000)}


def test_the_buyer_of_a_bond_a_company_issues_invests_in_the_company():
    text = (
        "German utility buys American clean energy business\n\n"
        "Germany's RWE has agreed to buy Hudson Clean Energy in a deal worth $6.8 billion (£6bn). The purchase will "
        "be partly funded by RWE issuing a $2.43 billion (£2.2bn) convertible bond to a Qatar Investment Authority "
        "unit, through which the QIA will become a 9.1% shareholder in RWE."
    )
    found = pairs(text, published=date(2022, 10, 4))
    assert ("QA", "DE", 2_430_000_000) in found
    assert ("DE", "GB", 6_800_000_000) not in found


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("It expects to pocket 6.5 billion USD in export turnover.", "6.5 billion USD"),
        ("The company will contribute almost 19 million lei to local and national budgets.", "19 million lei"),
        ("The agreement with Foxconn will save taxpayers $2.77 billion.", "$2.77 billion"),
        ("Payara's cost estimate is US$3B higher.", "US$3B"),
    ],
)
def test_turnover_savings_taxes_to_budgets_and_a_cost_difference_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_money_invested_over_the_past_years_is_a_running_total():
    text = (
        "Drugmaker expands Irish plant\n\n"
        "US drugmaker Eli Lilly will invest a further $1 billion at its plant in Limerick, Ireland. Lilly is rapidly "
        "expanding capacity, investing $20 billion over the past four years to expand and acquire plants."
    )
    assert pairs(text, published=date(2024, 9, 12)) == {("US", "IE", 1_000_000_000)}


def test_an_incentive_package_a_state_lures_a_company_with_is_no_pledge():
    text = (
        "Oklahoma lures Enel solar panel factory with $180M incentive package\n\n"
        "Italy's Enel will invest $1 billion in a solar panel factory in Oklahoma."
    )
    assert pairs(text, published=date(2023, 5, 22)) == {("IT", "US", 1_000_000_000)}


def test_the_bank_a_company_signs_a_loan_agreement_with_is_the_lender():
    text = (
        "Battery maker signs loan deal with European lender\n\n"
        "LG Chem Wroclaw Energy, the Polish subsidiary of South Korea's LG Chem, has signed a 480 million-euro "
        "(US$530 million) loan agreement with the European Investment Bank, the bank said. The money will finance "
        "its battery plant in Poland."
    )
    assert pairs(text, published=date(2020, 3, 27)) == {("EU", "PL", 530_000_000)}


def test_with_no_dollars_on_either_side_the_body_figure_wins_over_the_headlines_round_one():
    text = (
        "Japan, Vietnam sign ODA agreement for nearly VND11,000 billion\n\n"
        "The Japan International Cooperation Agency has provided a loan to Vietnam worth JPY61 billion (about "
        "VND10,670 billion) for three projects."
    )
    pair, usd = the_one_pledge(text, published=date(2023, 7, 8))
    assert pair == ("JP", "VN")
    assert usd == pytest.approx(61e9 / 144, rel=0.03)  # the yen at July 2023's rate, not 11,000 billion dong


def test_host_and_foreign_companies_sealing_deals_together_make_the_foreign_side_the_investor():
    text = (
        "Prabowo secures deals on first foreign trip\n\n"
        "Indonesian and Chinese companies sealed $10 billion worth of deals in food security and mining.\n\n"
        "In London, British investors pledged to invest $8.5 billion in Indonesia."
    )
    assert pairs(text, published=date(2024, 11, 22)) == {
        ("CN", "ID", 10_000_000_000),
        ("GB", "ID", 8_500_000_000),
    }


def test_a_loan_signed_with_a_foreign_bank_comes_from_the_bank():
    text = (
        "Rail consortium signs loan\n\n"
        "A consortium of Indonesian and Chinese companies building Indonesia's first high-speed railway has signed a "
        "$4.5 billion loan with China Development Bank."
    )
    assert pairs(text, published=date(2017, 5, 15)) == {("CN", "ID", 4_500_000_000)}


def test_a_loan_under_a_two_country_headline_comes_from_the_side_the_article_shows_paying():
    text = (
        "Hungary, China sign loan deal for Budapest-Belgrade rail project\n\n"
        "Hungary's finance minister said the 20-year, $1.855 billion loan carried an annual interest rate of 2.5%.\n\n"
        "He said 85% of the financing comes from China as a loan while 15% is provided by Hungary. Hungary classified "
        "the contracts for the $2.1 billion, tax-payer funded rail project."
    )
    assert pairs(text, published=date(2020, 4, 24)) == {("CN", "HU", 1_855_000_000)}


def test_a_country_a_place_is_ranked_after_is_no_party_and_a_total_pushed_beyond_a_figure_is_a_running_total():
    text = (
        "Microsoft invests $2.7B in Brazil's AI and cloud future\n\n"
        "Microsoft unveiled a plan for Brazil, pledging R$14.7 billion ($2.7 billion) over three years. A couple of "
        "days ago the company announced an investment of $1.3 billion for Mexico, the region's second largest after "
        "Brazil. He noted that this investment pushes total private sector commitments in digital transformation "
        "beyond R$100 billion ($18.3 billion)."
    )
    assert pairs(text, published=date(2024, 9, 27)) == {("US", "BR", 2_700_000_000), ("US", "MX", 1_300_000_000)}


def test_a_local_papers_dateline_town_is_where_a_foreign_companys_money_goes():
    text = (
        "Chipmaker wins federal funding for plant\n\n"
        "ROSEVILLE – German tech company Bosch will invest $1.9 billion to convert its computer chip facility here."
    )
    assert pairs(text, published=date(2024, 12, 13)) == {("DE", "US", 1_900_000_000)}


def test_an_australian_story_told_from_inside_writes_its_own_dollar_bare():
    text = (
        "Boost for plan to turn brown coal into hydrogen\n\n"
        "Japan will allocate $2.35 billion toward a project that will convert Australia's brown coal from the "
        "Latrobe Valley in Victoria into clean hydrogen for export."
    )
    pair, usd = the_one_pledge(text, published=date(2023, 3, 6))
    assert pair == ("JP", "AU")
    assert usd == pytest.approx(2.35e9 * 0.675, rel=0.08)


def test_a_wires_title_case_bureaus_are_no_party():
    text = (
        "Japanese steelmaker buys into coal mine\n\n"
        "Bengaluru/Tokyo — Japan's Nippon Steel will pay $1.08bn for a stake in a coking coal mine, the company said "
        "on Thursday.\n\n"
        "The Blackwater mine is in Queensland, Australia."
    )
    assert pairs(text, published=date(2024, 8, 22)) == {("JP", "AU", 1_080_000_000)}


def test_each_company_of_a_list_pays_its_own_figure_from_its_home():
    text = (
        "Thailand approves data centre projects\n\n"
        "The Board of Investment approved data centre projects in Thailand. NextDC from Australia announced an "
        "investment budget worth 13.7 billion baht, while STT GDC in Singapore pledged 4.5 billion."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 7, 2))} == {
        ("AU", "TH"),
        ("SG", "TH"),
    }


def test_countries_that_receive_or_benefit_from_a_lenders_money_after_an_opening_adverb():
    text = (
        "European lender commits millions to Central Asia\n\n"
        "The European Investment Bank signed agreements on Friday for projects in Central Asia.\n\n"
        "Specifically, Kyrgyzstan will receive EURO50 million through the State Development Bank. Uzbekistan will "
        "benefit from a EURO175 million investment in water projects, in collaboration with the French Development "
        "Agency."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2025, 4, 6))} == {
        ("EU", "KG"),
        ("EU", "UZ"),
    }


def test_the_ends_of_a_route_are_no_party_and_a_blocs_aid_package_is_its_own():
    text = (
        "From Belgrade to Nis at 200 km/h - EU financial package of €2.2 bn for Railway Corridor X\n\n"
        "The package will modernise the railway line in Serbia."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2023, 2, 28))} == {
        ("EU", "RS")
    }


def test_plain_congo_is_kinshasas_and_the_republic_of_congo_is_brazzavilles():
    text = (
        "Chinese companies to spend $7 billion in Congo's mining sector\n\n"
        "Separately, a Chinese firm will invest $200 million in the Republic of Congo."
    )
    assert pairs(text, published=date(2024, 1, 29)) == {("CN", "CD", 7_000_000_000), ("CN", "CG", 200_000_000)}


def test_a_country_that_agrees_to_a_loan_from_a_foreign_bank_borrows_it():
    text = (
        "Pacific nation strikes deal to build telecom towers with $66 million Chinese loan\n\n"
        "The Solomon Islands government has agreed to a 448.9 million yuan (US$66.15 million) loan from the Chinese "
        "state-owned Export-Import Bank of China to fund the construction of 161 towers."
    )
    pair, usd = the_one_pledge(text, published=date(2022, 8, 18))
    assert pair == ("CN", "SB")
    assert usd == pytest.approx(66_150_000, rel=0.03)


def test_where_a_companys_shares_are_listed_is_not_its_home():
    text = (
        "Drugmakers expand in Singapore\n\n"
        "In a statement on Tuesday, Hong Kong-listed WuXi Biologics, a Chinese drugmaker, said that its 10-year US$1.4 "
        "billion investment plan will see it establish a new Singapore facility."
    )
    assert pairs(text, published=date(2022, 7, 19)) == {("CN", "SG", 1_400_000_000)}


def test_a_project_funded_by_investors_including_a_named_one_is_not_that_ones_pledge():
    text = (
        "Britain approves nuclear plant\n\n"
        "Britain gave the final go-ahead for the 38 billion pound ($51 billion) Sizewell C nuclear plant on Tuesday "
        "after it secured investment from British and international investors including Canadian pension fund La "
        "Caisse. France's EDF has said it is investing $1.5 billion in Sizewell C in Britain."
    )
    assert pairs(text, published=date(2025, 7, 22)) == {("FR", "GB", 1_500_000_000)}


def test_a_plant_named_after_the_investing_company_is_where_it_stands_not_a_party():
    text = (
        "Toyota to add EV production at Indiana plant\n\n"
        "Toyota plans to spend $1.4 billion to add production of a new electric vehicle at the Toyota Motor "
        "Manufacturing Indiana plant in Princeton, the governor's office announced Thursday."
    )
    assert pairs(text, published=date(2024, 4, 25)) == {("JP", "US", 1_400_000_000)}


def test_a_while_after_a_bracket_starts_another_companys_clause():
    text = (
        "Tamil Nadu signs investment MoUs\n\n"
        "Daimler India Commercial Vehicles will invest ₹2,277 crore (expected to generate employment of 400) while "
        "Salcomp, the Finland-based charger maker, is investing ₹1,300 crore in Chennai."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2020, 5, 27))} == {
        ("DE", "IN"),
        ("FI", "IN"),
    }


def test_a_foreign_owned_subsidiary_invests_its_owners_money_but_a_takeover_target_stays_at_home():
    text = (
        "Transformer maker commits $457M to Virginia factory\n\n"
        "Executives of Hitachi Energy say they'll spend $457 million to build a new transformer plant in Virginia. "
        "Separately, Japan's Nippon Steel will pay $14.1 billion to buy U.S. Steel."
    )
    assert pairs(text, published=date(2025, 9, 4)) == {("JP", "US", 457_000_000), ("JP", "US", 14_100_000_000)}


def test_the_gazetteer_records_the_owner_country_of_a_subsidiary_from_another_country():
    (mention,) = default_gazetteer().mentions("Hitachi Energy")
    assert (mention.country, mention.owner_country) == ("CH", "JP")
    (own,) = default_gazetteer().mentions("Hitachi")
    assert own.owner_country is None


def test_the_payer_named_by_after_an_amount_and_its_noun_invests():
    text = (
        "Osaka lenders step up in India\n\n"
        "The month opened with a $2.1-billion investment announced by Sumitomo Mitsui Banking Corporation in an "
        "Indian lender. A $900 million deal by Toyota Tsusho followed for a stake in a Pune logistics firm."
    )
    assert pairs(text, published=date(2025, 12, 10)) == {("JP", "IN", 2_100_000_000), ("JP", "IN", 900_000_000)}


def test_the_value_of_the_investing_fund_is_not_a_second_pledge():
    text = (
        "Retail chain wins backing\n\n"
        "Mumbai's Tata Digital will get a $750 million investment from Abu Dhabi's sovereign wealth fund, valued at "
        "$300 billion, people familiar with the matter said."
    )
    assert pairs(text, published=date(2024, 2, 1)) == {("AE", "IN", 750_000_000)}


def test_what_the_whole_project_reached_is_not_the_loan_that_covers_part_of_it():
    text = (
        "Kuwait fund lends to Ghana\n\n"
        "The Kuwait Fund for Arab Economic Development signed a loan agreement with Ghana worth KD 9 million "
        "(about USD 29.3 million) for a rural water network. The total cost of the project reached about "
        "KD 12 million (about USD 39 million), and the loan covers three quarters of it."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("KW", "GH", 29_300_000)}


def test_an_unknown_company_takes_the_one_nationality_the_article_gives_a_company():
    text = (
        "Parts maker expands in Coahuila\n\n"
        "Daeyang Precision said it will invest about 120 million dollars to expand its plant in Saltillo, "
        "Coahuila. The governor said the Korean parts company plans to hire 800 people."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("KR", "MX", 120_000_000)}


def test_each_bullet_of_a_summary_is_its_own_statement():
    text = (
        "Egypt closes record syndicated loan\n\n"
        "  • Power grid loan worth $4bn\n  • Bank of China lead arranger\n  • Pipeline of projects worth $900bn\n\n"
        "Egypt has signed a $4 billion syndicated loan to upgrade its power grid. Chinese banks committed about "
        "$2 billion of it."
    )
    found = pairs(text, published=date(2024, 10, 3))
    assert all(usd < 900_000_000_000 for _, _, usd in found)
    assert ("CN", "EG", 2_000_000_000) in found


def test_a_place_owning_a_bank_in_a_list_of_banks_is_no_host():
    text = (
        "Oman raises $3bn loan\n\n"
        "Oman has signed a $3 billion syndicated loan to fund new ports.\n\n"
        "ICBC was one of 12 banks in the group. Others include Qatar National Bank, Dubai’s Mashreq and HSBC. "
        "Japanese banks committed around $1 billion."
    )
    assert ("JP", "OM", 1_000_000_000) in pairs(text, published=date(2024, 3, 5))


def test_a_country_signing_with_a_foreign_firm_named_by_nationality_hosts_its_money():
    text = (
        "Tunisia, Chinese group seal plant deal\n\n"
        "Tunisia signed an investment agreement with Chinese Kaida Tyre Group on Monday to build a tyre plant "
        "valued at $250 million."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2024, 5, 6))
    assert (investor, recipient) == ("CN", "TN")


def test_a_programme_deal_with_the_imf_is_not_the_article_investors_money():
    text = (
        "Ghana signs mining deals worth $900m with Chinese firms\n\n"
        "Ghana has signed mining deals worth $900 million with Chinese companies, the minister said. The country, "
        "which struck a three-year, $3bn programme deal with the International Monetary Fund in 2023, is "
        "restructuring its debt."
    )
    assert pairs(text, published=date(2024, 9, 1)) == {("CN", "GH", 900_000_000)}


def test_the_country_a_trade_mission_visits_is_where_the_money_comes_from():
    text = (
        "Minister's Korea trip draws investment\n\n"
        "The trade minister's investment mission to South Korea has secured $3 billion in potential investments to "
        "Vietnam, the ministry said."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("KR", "VN", 3_000_000_000)}


def test_what_an_instrument_could_lend_is_no_pledge():
    text = (
        "Rheinmetall to build missile plant in Lithuania\n\n"
        "Germany's Rheinmetall will invest about €300 million in a missile plant in Lithuania. "
        "The country will support it with a loan from the EU's defence instrument, "
        "which has a lending capacity of up to €150 billion."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2025, 9, 1))
    assert (investor, recipient) == ("DE", "LT")
    assert usd < 1_000_000_000


def test_the_place_after_an_unknown_zone_name_lets_the_article_country_stand():
    text = (
        "Chinese carmaker breaks ground in Cambodia\n\n"
        "The Chinese electric vehicle maker Chery has broken ground on a new assembly plant in Cambodia.\n\n"
        "The $45-million plant, on a 20-hectare site in the Kampot Special Economic Zone, will open next year."
    )
    assert ("CN", "KH", 45_000_000) in pairs(text, published=date(2025, 4, 30))


def test_a_headline_figure_matched_in_the_body_does_not_swallow_another_companys_close_figure():
    text = (
        "ByteDance plans $2.1B AI hub in Thailand\n\n"
        "China-headquartered ByteDance plans to invest around 70 billion baht ($2.13 billion) in an AI hub in "
        "Thailand, the minister said. Last month, Google said it was planning a $2 billion data centre in Thailand."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 6, 7))}
    assert found == {("CN", "TH"), ("US", "TH")}


def test_a_bracketed_figure_in_a_currency_we_do_not_read_is_not_a_second_dollar_amount():
    text = (
        "Kuwait fund lends to Maldives\n\n"
        "The Kuwait Fund for Arab Economic Development has extended a loan to the government of Maldives. "
        "It is a USD 60 million (MVR 925 million) loan for a new hospital."
    )
    assert all(usd < 100_000_000 for _, _, usd in pairs(text, published=date(2024, 6, 1)))


def test_a_party_thanked_for_approving_a_loan_is_not_where_the_loan_goes():
    text = (
        "Kuwait fund extends loan to Maldives\n\n"
        "The Kuwait Fund for Arab Economic Development has extended a loan to the government of Maldives.\n\n"
        "The loan amounts to USD 60 million for a new hospital.\n\n"
        "Minister Saeed extended special thanks to the Kuwait Fund board for approving the USD 60 million loan "
        "towards the hospital."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("KW", "MV", 60_000_000)}


def test_a_total_of_many_enterprises_proposals_is_not_one_companys_pledge():
    text = (
        "Chinese firm to build factory in Bangladesh\n\n"
        "A Chinese company will invest $9 million to build a battery factory in a Bangladesh economic zone. "
        "So far, 30 enterprises have gained approval to set up in the zone. Their investment proposals amount to "
        "over $600 million."
    )
    assert pairs(text, published=date(2024, 3, 1)) == {("CN", "BD", 9_000_000)}


def test_a_deal_valuing_the_target_gives_its_price_beside_a_book_value():
    text = (
        "Equity Bank to buy Tanzanian lender\n\n"
        "Kenya's Equity Group will acquire Tanzania's Azania Bank for 1.3 times book. Given Azania's book value of "
        "$60 million in 2023, the deal values the bank at around $78 million."
    )
    assert pairs(text, published=date(2024, 3, 21)) == {("KE", "TZ", 78_000_000)}


def test_money_pumped_into_a_countrys_businesses_goes_to_that_country():
    text = (
        "Indian investors back British firms\n\n"
        "Fifty Indian investors are pumping £1.1billion into dynamic British businesses during the minister's visit."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2025, 10, 9))
    assert (investor, recipient) == ("IN", "GB")


def test_a_country_that_signs_a_syndicated_loan_borrows_it():
    text = (
        "Oman raises $3bn loan\n\n"
        "Oman has signed a $3 billion syndicated loan to fund new ports. Japanese banks committed around $1 billion."
    )
    assert pairs(text, published=date(2024, 3, 5)) == {("JP", "OM", 1_000_000_000)}  # the whole loan is many banks'


def test_a_local_paper_filed_from_singapore_writes_its_own_dollar_bare_wherever_the_money_goes():
    text = (
        "Keppel to buy solar farms in Vietnam for $150m\n\n"
        "SINGAPORE - Keppel said on Monday it has agreed to acquire two solar farms in Vietnam for a total "
        "consideration of $150 million."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2024, 11, 27))
    assert (investor, recipient) == ("SG", "VN")
    assert usd == pytest.approx(150_000_000 / 1.34, rel=0.05)


def test_what_an_investor_holds_is_no_pledge():
    text = (
        "Temasek plans more in Vietnam\n\n"
        "Temasek plans to invest $3 billion in Vietnam over the next five years. The firm has put 2% of its "
        "$290 billion net portfolio value in the country, and Keppel had S$9 billion in cash on hand."
    )
    assert pairs(text, published=date(2023, 7, 18)) == {("SG", "VN", 3_000_000_000)}


def test_the_value_a_deal_is_given_after_a_comma_is_its_price():
    text = (
        "GIC to take stake in Italian fibre venture\n\n"
        "Singapore's sovereign wealth fund GIC is set to acquire a 30% stake in a fibre joint venture in Italy. "
        "The deal, valued at approximately €900 million, could be announced on Monday."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2025, 8, 4))
    assert (investor, recipient) == ("SG", "IT")


def test_the_group_that_submitted_a_proposal_is_not_the_country_whose_official_speaks():
    text = (
        "Adani eyes Zambian power lines\n\n"
        "Adani Group has expressed interest in building power lines in Zambia. Zambia's energy agency chief told "
        "reporters that the group had submitted a proposal worth $700 million to modernise the grid."
    )
    assert pairs(text, published=date(2024, 10, 4)) == {("IN", "ZM", 700_000_000)}


def test_a_country_that_received_investment_pledges_is_their_recipient():
    text = (
        "Indian firms pledge $9 billion in Ghana\n\n"
        "Ghana received investment pledges totalling US$9 billion during the Ghana-India business forum in New "
        "Delhi, India on Tuesday."
    )
    assert pairs(text, published=date(2023, 9, 7)) == {("IN", "GH", 9_000_000_000)}


def test_the_indian_press_writes_the_american_dollar_bare_even_about_australia():
    text = (
        "Tata Steel buys into Queensland coal miner for $90 million\n\n"
        "Tata Steel is picking up a 30 per cent stake in a company that owns a coking coal mine in Queensland for "
        "$90 million or around 750 crore. The terms require Tata Steel to invest a further $40 million "
        "(335 crore) in the mine by 2030 in New South Wales and Queensland."
    )
    assert {usd for _, _, usd in pairs(text, published=date(2024, 9, 2))} >= {90_000_000}


def test_a_stake_in_a_firm_of_some_nationality_goes_to_that_country():
    text = (
        "JSW snares coal asset with 40 per cent stake acquisition in Canadian firm for $80 million\n\nIt closes soon."
    )
    assert pairs(text, published=date(2024, 9, 2)) == {("IN", "CA", 80_000_000)}


def test_the_seat_of_a_unit_the_buyer_pays_through_is_not_the_buyer():
    text = (
        "Tata Power buys Chilean solar park\n\n"
        "Tata Power said its board approved the acquisition of a solar park in Chile for $60 million through its "
        "wholly owned subsidiary Tata Power (Netherlands) B.V."
    )
    assert pairs(text, published=date(2024, 9, 2)) == {("IN", "CL", 60_000_000)}


def test_a_companys_unit_named_with_a_country_is_at_home_there_and_owned_from_abroad():
    text = "Orlen buys Equinor Argentina for $445mn\n\nThe deal is due to close next year."
    assert pairs(text, published=date(2025, 3, 1)) == {("PL", "AR", 445_000_000)}


def test_dinars_in_a_story_about_serbia_are_serbian():
    text = "Serbia plant\n\nGermany's Bosch will invest 5 billion dinars in a new plant near Belgrade, Serbia."
    # The rate table has no Serbian dinar, so the pledge is left unconverted rather than read as $16 billion.
    assert all(usd < 1_000_000_000 for _, _, usd in pairs(text, published=date(2024, 5, 1)))


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Dräxlmaier", "DE"), ("Draxlmaier", "DE"), ("Yageo", "TW"), ("AU Optronics", "TW"), ("Kingspan", "IE"),
        ("Publicis", "FR"), ("Campari", "IT"), ("Exxaro", "ZA"), ("Polyus", "RU"), ("Mayhoola", "QA"),
        ("Técnicas Reunidas", "ES"), ("Shanghai Electric", "CN"), ("Tosyali Holding", "TR"), ("Puma", "DE"),
        ("Ülker", "TR"), ("Goldcorp", "CA"), ("Cadbury", "GB"), ("Genzyme", "US"), ("Alcan", "CA"), ("Xstrata", "CH"),
    ],
)  # fmt: skip
def test_the_organization_records_know_more_companies_that_invest_abroad(name, country):
    mentions = default_gazetteer().mentions(f"{name} said on Monday it would expand.")
    assert [(m.kind, m.country) for m in mentions] == [("organization", country)]


def test_cash_a_company_holds_is_no_pledge_but_a_price_paid_in_cash_is():
    text = (
        "Hong Kong group buys British water firm\n\n"
        "CK Infrastructure will buy a British water utility for £600 million in cash. "
        "The firm had HK$15 billion in cash on hand at the end of last year."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2024, 4, 25))
    assert (investor, recipient) == ("HK", "GB")


def test_one_amount_each_for_several_countries_is_a_pledge_to_each():
    text = (
        "Eni plans North African push\n\n"
        "Eni will invest around 15 billion euros in Tunisia, Morocco and Egypt over four years. "
        "The company will invest more than 5 billion euros each in Tunisia and Morocco, and about the same in Egypt."
    )
    found = pairs(text, published=date(2025, 4, 8))
    assert {recipient for _, recipient, _ in found} == {"TN", "MA", "EG"}
    assert {investor for investor, _, _ in found} == {"IT"}
    assert len(found) == 3  # the 15 billion total belongs to no one of them


def test_a_power_station_valued_at_an_amount_gives_the_loans_size():
    text = (
        "Kuwait fund finances Kyrgyz plant\n\n"
        "The Kuwait Fund signed a loan agreement with the Government of the Kyrgyz Republic to finance the "
        "Kambarata power station valued KD 20 million."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2025, 2, 5))
    assert (investor, recipient) == ("KW", "KG")


def test_a_loan_agreement_with_the_government_of_the_republic_of_a_country_lends_to_it():
    text = (
        "Abu Dhabi fund signs two loans\n\n"
        "Abu Dhabi Fund for Development signed a loan agreement with the Government of the Republic of Uzbekistan "
        "to finance a water plant valued AED 200 million, and another agreement to finance housing in the Republic "
        "of Maldives valued at AED 40 million."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2026, 2, 5))}
    assert ("AE", "UZ") in found


def test_a_states_formal_name_is_no_demonym():
    names = [m for m in default_gazetteer().mentions("the Republic of Uzbekistan and the Kyrgyz Republic") if m.country]
    assert [(m.country, is_demonym(m)) for m in names] == [("UZ", False), ("KG", False)]


def test_an_owner_named_with_a_hyphen_invests_and_the_bracketed_seat_is_the_local_units():
    text = (
        "Binh Duong approves capital increases\n\n"
        "Japan-invested Daiwa Precision (Vietnam) Co., Ltd. was okayed to raise its investment by $60 million to "
        "$210 million."
    )
    assert ("JP", "VN", 60_000_000) in pairs(text, published=date(2023, 6, 1))


def test_what_an_inflow_could_bring_is_a_forecast():
    text = (
        "Thailand approves chip plant\n\n"
        "Taiwan's Delta Electronics will invest 8 billion baht in a chip packaging plant in Thailand. The board "
        "said a new wave of foreign direct investment could bring at least 500 billion baht into the country by 2029."
    )
    found = pairs(text, published=date(2025, 1, 10))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("TW", "TH")}
    assert all(usd < 1_000_000_000 for _, _, usd in found)  # the 500 billion baht inflow is hoped for


def test_a_company_described_as_a_subsidiary_of_a_known_group_invests_its_owners_money():
    text = (
        "Board backs chip equipment plant\n\n"
        "The Board of Investment is granting privileges to Apex Precision Works, which is investing 6 billion baht "
        "to build a factory in Thailand.\n\n"
        "Apex Precision Works is a subsidiary of Taiwan's Foxconn."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2025, 1, 10))
    assert (investor, recipient) == ("TW", "TH")


def test_a_country_enabled_to_obtain_loans_is_their_recipient():
    text = (
        "Ghana, South Korea sign framework agreement for US$1 billion concessional loans\n\n"
        "Ghana and South Korea have signed a framework agreement enabling Ghana to obtain concessional loans worth "
        "1 billion U.S. dollars over the next five years."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 6, 3))}
    assert found == {("KR", "GH")}


def test_south_american_is_a_region_not_the_united_states():
    text = "China's SPG in $1.1b deal for South American power assets\n\nThe deal awaits approval."
    assert all(recipient != "US" for _, recipient, _ in pairs(text, published=date(2023, 4, 12)))


def test_the_owner_of_assets_offloaded_is_the_seller_not_the_payer():
    sentence = (
        "The utility struck a $1.1 billion deal with Spanish group Iberdrola to offload the Spanish company's assets."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert roles.investor is None or roles.investor.country != "ES"


def test_assets_bought_for_an_amount_give_the_price_not_a_measure():
    text = (
        "Mitsubishi buys Canadian gas assets\n\n"
        "TOKYO - Mitsubishi Corporation said on Thursday it will acquire Prairie Holdings, "
        "which owns gas assets in Canada for $800 million in its largest deal."
    )
    assert pairs(text, published=date(2025, 12, 18)) == {("JP", "CA", 800_000_000)}


def test_figures_listed_after_a_measure_and_a_colon_are_measures_too():
    text = (
        "Cosmetics maker funds US arm\n\n"
        "LG Chem decided on a capital increase worth $90 million for its U.S. subsidiary. The unit was acquired "
        "in 2020, but it has recorded losses for three consecutive years: 6 billion won in 2022, 31 billion won in "
        "2023 and 22 billion won in 2024."
    )
    assert {usd for _, _, usd in pairs(text, published=date(2025, 5, 7))} == {90_000_000}


def test_a_figure_in_the_region_of_an_amount_is_still_a_measure():
    text = (
        "China rolls over deposit\n\n"
        "Central bank reserves are expected to stay in the region of $8.1 billion this week as China has granted a "
        "one-year rollover of $1 billion in deposits to Pakistan."
    )
    assert pairs(text, published=date(2023, 7, 26)) == {("CN", "PK", 1_000_000_000)}


def test_an_amount_or_over_another_figure_is_the_same_amount_restated_not_a_threshold():
    text = (
        "Japan grants PH aid package\n\n"
        "TOKYO: Japan has granted the Philippines a record 500 billion Japanese yen or over P200 billion in official "
        "development assistance."
    )
    ((investor, recipient, _),) = pairs(text, published=date(2023, 2, 11))
    assert (investor, recipient) == ("JP", "PH")


def test_deals_from_the_imf_named_first_among_sources_are_no_countrys_pledge():
    text = (
        "Saudi crown prince visits Cairo\n\n"
        "Saudi Arabia will invest $5 billion in Egypt. Earlier this year, Egypt received more than $40 billion in "
        "loans and investment deals from the International Monetary Fund, World Bank, UAE and others."
    )
    assert pairs(text, published=date(2024, 10, 15)) == {("SA", "EG", 5_000_000_000)}


def test_a_regulator_whose_clearance_is_awaited_is_not_the_payer():
    text = (
        "Mubadala confident of EU nod for chemicals deal\n\n"
        "Abu Dhabi's Mubadala said it expects “timely clearance” from the European Commission for its $9 billion "
        "takeover of German chemicals maker Evonik."
    )
    assert pairs(text, published=date(2025, 10, 7)) == {("AE", "DE", 9_000_000_000)}


def test_the_one_a_stake_is_given_to_for_a_price_pays_it():
    text = "Ghana gives 40% stake to Qatar's QIA for $300m gold mine investment\n\nThe deal closes in March."
    assert pairs(text, published=date(2023, 12, 1)) == {("QA", "GH", 300_000_000)}


def test_a_firm_the_gazetteer_lacks_is_one_of_the_companies_the_headline_names():
    text = (
        "Korea-based companies make moves in Georgia\n\n"
        "Meanwhile, Hanjin Precision, a maker of brake parts, plans to invest $150 million to "
        "build a factory in Savannah, Georgia."
    )
    assert pairs(text, published=date(2024, 3, 1)) == {("KR", "US", 150_000_000)}


def test_the_size_of_a_boom_is_no_pledge():
    text = (
        "Singapore group plans Victorian data hub\n\n"
        "Singapore's Keppel is planning a A$4 billion data centre hub in Victoria. At the same time, the $90 billion "
        "data centre and renewables boom is stoking fears about power supply."
    )
    assert {recipient for _, recipient, _ in pairs(text, published=date(2026, 1, 15))} == {"AU"}
    assert all(usd < 10_000_000_000 for _, _, usd in pairs(text, published=date(2026, 1, 15)))


def test_an_amount_in_the_first_years_is_no_part_of_a_further_amount():
    text = (
        "DP World extends terminal deal in Kenya\n\n"
        "DP World signed a new concession for a cargo terminal in Mombasa, Kenya. The venture plans to invest about "
        "USD 60 million in the first two years, followed by further investment of USD 90 million within five years."
    )
    assert {usd for _, _, usd in pairs(text, published=date(2024, 2, 5))} == {60_000_000, 90_000_000}


def test_a_title_case_dateline_with_its_date_is_no_party():
    text = (
        "Malaysia secures RM3bn in leads from Korea\n\n"
        "Kuala Lumpur, 5 May 2025 – As Malaysia marks its presence at Expo 2025 Osaka, the Malaysian Investment "
        "Development Authority is pleased to announce that it has secured RM3 billion worth of potential investments "
        "from Korea."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2025, 5, 5))} == {
        ("KR", "MY")
    }


def test_deals_told_in_the_visitors_currency_go_home_from_the_country_visited():
    text = (
        "Ruto bags Sh120 billion deals in Korea on roads and power\n\n"
        "Financial agreements worth Sh120 billion have been signed during President William Ruto's visit to South "
        "Korea."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 6, 5))} == {
        ("KR", "KE")
    }


def test_a_country_that_issues_bonds_abroad_is_the_borrower():
    sentence = "Kenya will issue a Sh40 billion Samurai bond in Japan to finance energy projects."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("Sh40"))
    assert roles.investor is None or roles.investor.country != "KE"


def test_the_biggest_investor_in_a_described_foreign_startup_invests_in_its_country():
    sentence = (
        "Japanese electronics group Sony has invested 600 million euros to become the biggest investor in German "
        "artificial intelligence startup Greifwerk."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("600"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "DE")


def test_a_company_that_raised_money_in_a_funding_round_receives_it():
    sentence = "Mistral AI raised a total of 900 million euros ($1 billion) in its latest funding round."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("900"))
    assert roles.investor is None
    assert roles.recipient is not None and roles.recipient.country == "FR"


def test_the_total_of_a_funding_round_is_not_the_article_investors_own():
    text = (
        "Samsung leads round in French chip designer\n\n"
        "South Korea's Samsung Electronics will invest $300 million in French chip designer Mistral AI. "
        "Mistral AI raised a total of $800 million in the funding round to take on U.S. rivals, it said."
    )
    assert pairs(text, published=date(2025, 4, 2)) == {("KR", "FR", 300_000_000)}


def test_the_clause_a_company_revealed_has_its_own_subject():
    text = (
        "Chip venture\n\n"
        "PARIS - French utility EDF revealed that Japanese trading house Mitsui agreed to invest about $500 million "
        "for a 20 percent stake in its new subsidiary."
    )
    assert pairs(text, published=date(2025, 4, 2)) == {("JP", "FR", 500_000_000)}


def test_a_company_introduced_by_nationality_at_the_start_of_a_sentence_is_the_target_of_a_stake():
    text = (
        "Tencent buys into game studio\n\n"
        "Swedish game developer Nordhjort said on Monday that Chinese technology group Tencent agreed to pay "
        "$400 million for a 30 percent stake in its publishing arm."
    )
    assert pairs(text, published=date(2025, 4, 2)) == {("CN", "SE", 400_000_000)}


def test_every_name_in_a_list_of_investors_is_one_of_several():
    sentence = (
        "Reliance raised $12 billion from investors including Facebook, Google and Gulf funds for its telecom unit."
    )
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    listed = {mention.text for number, mention in enumerate(mentions) if marked.get(number) == "list"}
    assert {"Facebook", "Google"} <= listed


def test_a_companys_earlier_valuation_is_no_price():
    text = (
        "Engineering group accepts Gulf bid\n\n"
        "Britain's Kelbrook Group agreed to a 250-million-pound ($300 million) takeover bid from Dubai-based Sidara, "
        "the companies said on Friday.\n\n"
        "The bid price is a fraction of Kelbrook Group’s valuation of around 1.5 billion pounds when it first "
        "attracted takeover interest in 2023 from parties including U.S.-based private equity firm Apollo Global "
        "Management."
    )
    assert pairs(text, published=date(2025, 5, 2)) == {("AE", "GB", 300_000_000)}


def test_a_valuation_in_a_story_of_a_minority_stake_is_the_whole_companys_value():
    text = (
        "Funds buy into German grid\n\n"
        "Norway's Norges Bank Investment Management will invest 3 billion euros ($3.3 billion) in TenneT's German "
        "grid in exchange for a 20 per cent stake.\n\n"
        "The deal values TenneT's German grid at 15 billion euros."
    )
    assert {usd for _, _, usd in pairs(text, published=date(2025, 9, 24))} == {3_300_000_000}


def test_orders_two_companies_had_are_business_done_not_a_pledge():
    text = (
        "Delivery merger\n\n"
        "US food delivery firm DoorDash will buy British rival Just Delivered for $2 billion. In 2024, Just Delivered "
        "and DoorDash had orders worth about a combined US$40 billion, the companies said."
    )
    assert pairs(text, published=date(2025, 5, 6)) == {("US", "GB", 2_000_000_000)}


def test_cash_injected_after_debt_assumed_is_a_second_object_not_a_measure_of_the_debt():
    text = (
        "Gulf buyer for engineering firm\n\n"
        "Britain's Wood Group has agreed to a $200 million takeover bid from Dubai-based Sidara. Under the offer, "
        "Sidara will assume $900 million of Wood Group's debt and inject $250 million of cash into the company."
    )
    assert ("AE", "GB", 250_000_000) in pairs(text, published=date(2025, 5, 2))


def test_money_for_a_companys_foreign_arm_goes_to_the_arms_country():
    sentence = "Singapore's GIC will invest 2 billion euros in TenneT Holding BV's German power grid."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("2 billion"))
    assert (roles.investor.country, roles.recipient.country) == ("SG", "DE")


def test_an_amount_each_of_two_named_investors_puts_in_is_a_pledge_of_each():
    text = (
        "Funds back grid\n\n"
        "NBIM, APG and GIC to buy into TenneT's German grid. NBIM aims to invest $4.4 billion until 2030, while APG "
        "and GIC will invest $2 billion each."
    )
    found = pairs(text, published=date(2025, 9, 24))
    assert {("NL", "DE", 2_000_000_000), ("SG", "DE", 2_000_000_000)} <= found


def test_what_a_consortium_provides_is_its_members_money_together():
    text = (
        "Grid deal\n\n"
        "Norway's NBIM and Singapore's GIC will invest 5 billion euros in the German grid.\n\n"
        "The consortium, with its investment, provides the German grid with 4 billion euros it needs to keep its "
        "rating and to limit risks for the Dutch state."
    )
    assert not any(investor == "NL" for investor, _, _ in pairs(text, published=date(2025, 9, 24)))


def test_an_american_lenders_bare_dollars_in_a_story_about_australia_are_american():
    text = (
        "U.S. offers $400 million for Australian graphite project\n\n"
        "The Export-Import Bank of the United States sent a letter of interest to an Australian miner. The U.S. "
        "offers $400 million to advance the company's graphite project in Queensland."
    )
    assert ("US", "AU", 400_000_000) in pairs(text, published=date(2024, 3, 1))


def test_a_market_a_company_targets_is_no_recipient():
    sentence = "Japan's JX to invest A$20 million in Copi, targeting US aerospace supply"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("A$20"))
    assert roles.recipient is None or roles.recipient.country != "US"


def test_another_amounts_named_payer_is_not_this_amounts_recipient():
    sentence = (
        "The miner announced funding of US$60 million, including US$10 million from London-based fund Orion and "
        "US$20 million from Japan's Mitsui & Co."
    )
    mentions = [m for m in default_gazetteer().mentions(sentence) if m.text != "US"]
    roles = resolve_roles(sentence, mentions, sentence.index("US$20"))
    assert roles.investor.country == "JP"
    assert roles.recipient is None or roles.recipient.country != "GB"


def test_they_with_each_means_the_companies_named_together_before():
    text = (
        "Graphite deals\n\n"
        "Quebec-based Nouveau Monde said Ford and Panasonic have each agreed to buy its graphite. They are also "
        "making equity investments of US$30 million each in the company."
    )
    found = pairs(text, published=date(2024, 2, 1))
    assert {("US", "CA", 30_000_000), ("JP", "CA", 30_000_000)} <= found


def test_a_total_with_parts_from_named_payers_has_several_payers():
    text = (
        "Miner funding\n\n"
        "Quebec-based Nouveau Monde announced funding of US$90 million, including US$15 million from London-based "
        "private equity firm Pallinghurst."
    )
    assert ("GB", "CA", 90_000_000) not in pairs(text, published=date(2024, 2, 1))


def test_a_seller_receiving_cash_from_the_sale_is_paid_by_the_buyer():
    text = (
        "Glencore wins approval for coal deal\n\n"
        "Swiss miner Glencore received approval from Canada to buy a majority of Teck's coal business. Teck expects "
        "to receive $7 billion (C$9.6 billion) in cash from the sale."
    )
    assert ("CH", "CA", 7_000_000_000) in pairs(text, published=date(2024, 7, 4))


def test_one_aside_about_another_country_does_not_redirect_a_story_about_one_host():
    text = (
        "BHP to spend more on copper\n\n"
        "BHP will spend US$1 billion on the concentrator at Escondida. This is part of a larger US$9 billion "
        "commitment to its Chilean operations. The plan was shown to Chile's finance minister. Most foreign "
        "investment in Chile comes from companies already there, he said. The company plans to invest at least "
        "US$10 billion throughout Chile. BHP also bought Filo, a Canadian exploration company, for US$2 billion."
    )
    found = pairs(text, published=date(2025, 3, 1))
    assert ("AU", "CL", 1_000_000_000) in found
    assert ("AU", "CA", 1_000_000_000) not in found


def test_bare_dollar_parts_of_a_figure_written_in_american_dollars_are_american():
    text = (
        "Glencore's US$10bn copper bet on Argentina\n\n"
        "Glencore has committed US$10 billion (A$15.5 billion) to two Argentine copper projects. The miner applied "
        "for Argentina's new investment incentive scheme, promising to spend $7 billion on El Pachon and $3 billion "
        "on Agua Rica."
    )
    found = pairs(text, published=date(2025, 3, 1))
    assert ("CH", "AR", 10_000_000_000) in found
    assert all((investor, recipient) == ("CH", "AR") for investor, recipient, _ in found)


def test_a_countrys_investment_incentive_scheme_is_not_its_money():
    sentence = "The miner applied for Argentina's new investment incentive scheme, promising to spend $7 billion."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$7"))
    assert roles.investor is None or roles.investor.country != "AR"


def test_what_projects_would_require_is_no_pledge():
    text = (
        "Copper outlook\n\n"
        "Glencore will invest $2 billion in Argentina. Seven major Argentine copper projects could produce 2 million "
        "tonnes a year within a decade, requiring US$40 billion in total investment, its local chief said."
    )
    assert {usd for _, _, usd in pairs(text, published=date(2025, 3, 1))} == {2_000_000_000}


def test_a_capitalised_fund_inside_a_name_is_not_the_verb():
    sentence = (
        "The Kuwait Fund for Arab Economic Development and Guinea have signed a loan agreement worth $15 million "
        "to fund a road project in the Guinean capital."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$15"))
    assert roles.investor is not None and roles.investor.country == "KW"


def test_a_short_name_the_article_defines_stands_for_the_organization_elsewhere():
    text = (
        "Kuwait Fund signs loans in West Africa\n\n"
        "The Kuwait Fund for Arab Economic Development (KFAED) signed a $20 million loan with Togo for a water "
        "project. In a separate deal, KFAED and Benin signed a $10 million loan agreement for a road."
    )
    assert pairs(text, published=date(2025, 5, 3)) == {("KW", "TG", 20_000_000), ("KW", "BJ", 10_000_000)}


def test_money_to_fund_a_project_is_no_fund():
    assert filters.pledge_kind("a loan of KD 5 million to fund a road project", 10, 22) != "fund"


def test_the_total_of_a_numbered_series_of_loans_is_cumulative():
    sentence = "This is the 12th loan provided by the fund to Togo, which are estimated totally at KD 50 million."
    start = sentence.index("KD 50")
    assert filters.is_cumulative(sentence, start, start + len("KD 50 million"), 2025)


def test_deposits_held_in_a_countrys_central_bank_go_to_that_country():
    sentence = "Kuwait plans to convert $3 billion of deposits held in Egypt's central bank into investments there."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$3"))
    assert (roles.investor.country, roles.recipient.country) == ("KW", "EG")


def test_what_a_fund_invested_last_year_and_what_others_did_are_no_pledges():
    text = (
        "Gulf funds outpace Kuwait\n\n"
        "Kuwait's KIA invested just US$3 billion last year, compared with US$26 billion by the Abu Dhabi Investment "
        "Authority and US$21 billion by Saudi Arabia's Public Investment Fund, according to a data firm."
    )
    assert pairs(text, published=date(2025, 5, 3)) == set()


def test_a_state_a_partnership_will_see_invest_is_the_investor():
    sentence = (
        "The British government said on Wednesday that it has agreed to a partnership with Qatar that will see the "
        "Gulf state invest 2 billion pounds in clean energy."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("2 billion"))
    assert roles.investor.country == "QA"


def test_the_owner_of_a_named_company_bought_is_the_seller_not_the_recipient():
    sentence = "Abu Dhabi's Masdar buys Brookfield's Saeta Yield in $1.4 bn deal"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.4"))
    assert roles.recipient is None or roles.recipient.country != "CA"


def test_the_transaction_valued_at_an_amount_is_its_price():
    text = (
        "Gulf fund buys into London airport\n\n"
        "Saudi Arabia's Public Investment Fund has bought a 10% stake in the company that owns London's Gatwick "
        "airport. The transaction, valued at approximately $1 billion, is part of a wider agreement where Paris-based "
        "investor Ardian also bought a stake from the Spanish group Ferrovial."
    )
    assert pairs(text, published=date(2024, 12, 13)) == {("SA", "GB", 1_000_000_000)}


def test_a_title_case_headlines_nationality_before_a_capitalised_fund_describes_a_company():
    mentions = default_gazetteer().mentions("Saudi Fund Takes 15% Share in London Airport")
    saudi = next(m for m in mentions if m.country == "SA")
    assert describes_a_company("Saudi Fund Takes 15% Share in London Airport", saudi)


def test_what_several_deals_add_up_to_has_several_investors():
    text = (
        "Airport stake sales\n\n"
        "Saudi Arabia's Public Investment Fund agreed to buy a 10% stake in London's Gatwick airport for $1 billion. "
        "France's Ardian bought another 20%. Together, the deals represent a combined investment of $3 billion."
    )
    assert pairs(text, published=date(2024, 12, 13)) == {("SA", "GB", 1_000_000_000)}


def test_what_a_country_has_invested_in_another_so_far_is_a_stock():
    sentence = "Qatar's investments in the British economy are estimated at more than 40 billion pounds."
    start = sentence.index("40")
    assert filters.is_cumulative(sentence, start, start + len("40 billion pounds"), 2024)


def test_a_region_named_after_its_country_lies_in_that_country():
    text = (
        "Gulf port operator signs Red Sea terminal deal\n\n"
        "Abu Dhabi Ports Group has secured a 30-year concession to run a terminal at Egypt's Safaga port. This "
        "project, with a $150m investment over three years, marks the first foreign-run port in Upper Egypt."
    )
    assert ("AE", "EG", 150_000_000) in pairs(text, published=date(2024, 7, 1))


def test_the_government_a_company_signs_a_concession_with_hosts_its_money():
    sentence = (
        "AD Ports has entered into a 25-year concession agreement with the government of the Republic of the Congo "
        "to run a terminal in Pointe-Noire."
    )
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    congo = next(number for number, m in enumerate(mentions) if m.country == "CG")
    assert marked.get(congo) == "recipient"


def test_a_countrys_priced_port_that_a_company_works_on_is_where_the_money_goes():
    sentence = "Dubai-based DP World started work on Senegal's $1 billion Port of Ndayane."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1"))
    assert (roles.investor.country, roles.recipient.country) == ("AE", "SN")


def test_a_markets_deal_value_and_its_later_level_are_measures():
    text = (
        "Malaysia's M&A jumps\n\n"
        "Japanese investors led inbound deals. The total deal value rose from USD 2.1 billion in Q1 to USD 7.5 "
        "billion, driven by a USD 5 billion domestic megadeal."
    )
    assert pairs(text, published=date(2024, 10, 1)) == set()


def test_a_target_described_after_a_dash_names_where_the_money_goes():
    sentence = (
        "The Siam Cement Group agreed a $200m acquisition of 70% of Prime Tile Company – Vietnam's second "
        "largest tile maker – to raise its capacity."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$200m"))
    assert (roles.investor.country, roles.recipient.country) == ("TH", "VN")


def test_what_firms_accounted_for_over_a_past_window_is_a_tally_and_so_is_its_whole():
    sentence = (
        "A ratings agency study found that between 2010 and the first quarter of 2015, 15 Thai firms accounted for "
        "about $18bn, or 35% of the $51bn-worth of acquisitions reported in the region during the period."
    )
    part, whole = sentence.index("$18bn"), sentence.index("$51bn")
    assert filters.is_cumulative(sentence, part, part + 5, 2015)
    assert filters.compares_with_previous(sentence, part + 5, whole)


def test_what_a_fund_currently_invests_somewhere_is_a_holding():
    sentence = "CDPQ currently invests C$30bn (£16bn) in the UK, including stakes in ports and power grids."
    start = sentence.index("C$30bn")
    assert filters.is_cumulative(sentence, start, start + len("C$30bn (£16bn)"), 2025)


def test_money_already_deployed_is_a_holding():
    sentence = "With approximately $400 billion already deployed, these funds plan to add more to their US holdings."
    start = sentence.index("$400")
    assert filters.is_cumulative(sentence, start, start + len("$400 billion"), 2025)


def test_a_company_a_buyer_plans_to_purchase_is_the_target():
    text = (
        "Brookfield to buy Neoen\n\n"
        "Toronto, Canada – Brookfield Corp. announced plans to purchase French green energy company Neoen SA for "
        "€5 billion ($5.5 billion)."
    )
    assert pairs(text, published=date(2024, 5, 30)) == {("CA", "FR", 5_500_000_000)}


def test_the_australian_presss_dollar_marks_make_its_bare_dollars_australian():
    text = (
        "Macquarie spends $6b on US data centres\n\n"
        "Australia's Macquarie is getting in on US data centre demand with a $US4 billion ($6b) investment in "
        "Texas-based developer Applied Digital."
    )
    assert {(investor, recipient, usd) for investor, recipient, usd in pairs(text, published=date(2025, 1, 15))} == {
        ("AU", "US", 4_000_000_000)
    }


def test_money_invested_in_its_home_country_stays_at_home_wherever_it_is_mentioned_again():
    text = (
        "Pension fund turns to home market\n\n"
        "AustralianSuper is planning to invest an additional A$30 billion ($20 billion) in its home country over the "
        "next five years. The move comes as the fund also expands in the US and Europe. Its chief named three areas "
        "for allocating the A$30 billion."
    )
    assert pairs(text, published=date(2025, 3, 1)) == set()


def test_money_for_a_project_told_in_another_countrys_currency_comes_from_that_country():
    text = (
        "Rail financing for Manila\n\n"
        "The Philippine finance department said on Tuesday that agreements for the following projects were signed:\n\n"
        "- Metro Manila Subway Project (Phase 2): JPY 150 billion"
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("JP", "PH")}


def test_a_place_that_names_a_project_is_where_the_project_is_built():
    sentence = "- Metro Manila Subway Project (Phase 2): JPY 150 billion"
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    assert [marked.get(number) for number, mention in enumerate(mentions) if mention.text == "Metro Manila"] == [
        "recipient"
    ]


def test_a_takeovers_equity_value_is_its_price_when_the_enterprise_value_follows():
    text = (
        "Chemicals merger\n\n"
        "Japan's Asahi Kasei will acquire Ohio-based Calgon Carbon at $22.50 per share, an equity value of about "
        "$1.1 billion, for a total enterprise value of $1.3 billion including debt."
    )
    assert pairs(text) == {("JP", "US", 1_100_000_000)}


def test_the_us_spelled_with_a_space_is_still_the_united_states():
    mentions = default_gazetteer().mentions("The steelmaker expanded its U. S. plants.")
    assert [(m.text, m.country) for m in mentions] == [("U. S.", "US")]


def test_the_business_of_a_company_based_somewhere_sends_the_money_there():
    text = (
        "Truck deal\n\n"
        "India's Mahindra agreed to acquire the farm equipment business of Finland-based Valtra Group for "
        "€900 million."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("IN", "FI")}


def test_an_earlier_deal_a_new_one_is_measured_against_is_no_pledge():
    text = (
        "Chipmaker buys Dutch supplier\n\n"
        "SK Hynix will buy the Netherlands' Nexperia Optics for $900 million, its biggest purchase since its "
        "$9 billion acquisition of Intel's NAND unit in 2020."
    )
    assert pairs(text) == {("KR", "NL", 900_000_000)}


def test_a_further_sum_that_completes_a_stated_total_is_part_of_the_total():
    text = (
        "Bank stake\n\n"
        "Japan's Mizuho will buy 15% of India's Avendus Capital from its founders for Rs 3,000 crore. "
        "It will pay another Rs 1,200 crore to the company's private equity backers. "
        "This takes the total deal value to Rs 4,200 crore."
    )
    found = pairs(text, published=date(2024, 11, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("JP", "IN")}
    assert len(found) == 1 and 495_000_000 < next(iter(found))[2] < 505_000_000


def test_a_figure_told_for_each_of_two_companies_counts_twice_in_the_total_it_makes_up():
    text = (
        "Gulf money for ports\n\n"
        "Qatar's QIA agreed to invest $3 billion in three units of Turkey's Yildiz Holding.\n\n"
        "QIA will put $750 million each in Yildiz Ports and Yildiz Energy and $1.5 billion in Yildiz Foods."
    )
    assert pairs(text) == {("QA", "TR", 3_000_000_000)}


def test_deposits_that_currently_sit_at_a_central_bank_are_a_stock():
    text = (
        "Reserves\n\n"
        "Kuwait makes up USD 4 bn of the USD 18 bn long-term deposits currently sitting at the Central Bank of Egypt."
    )
    assert pairs(text) == set()


def test_investment_agreements_worth_a_sum_beside_deals_to_buy_power_are_an_investment_by_the_two_parties():
    text = (
        "Solar parks for Kazakhstan\n\n"
        "France's TotalEnergies will build a wind farm in Kazakhstan, the energy ministry said.\n\n"
        "The two parties signed investment agreements worth $1.4 billion and deals under which Kazakhstan will buy "
        "the power."
    )
    found = pledges_json(extract_pledges(text, published=date(2024, 3, 1)))
    assert [(p["investor_country"], p["recipient_country"], p["amount_usd"], p["kind"]) for p in found] == [
        ("FR", "KZ", 1_400_000_000, "investment")
    ]


def test_a_long_acronym_in_a_name_is_found_when_a_paper_capitalises_only_its_first_letter():
    mentions = default_gazetteer().mentions("Acwa Power signed the deal.")
    assert [(m.name, m.country) for m in mentions] == [("ACWA Power", "SA")]


def test_the_cloud_provider_that_set_aside_money_is_the_company_named_before_not_the_country_before_it():
    text = (
        "Cloud spending in Europe\n\n"
        "Google said it would invest €5 billion in Belgian data centres.\n\n"
        "Belgium is not alone. Last month a newspaper reported that the cloud provider set aside €3 billion for new "
        "sites in Finland."
    )
    found = pairs(text, published=date(2024, 6, 1))
    assert ("US", "BE") in {(investor, recipient) for investor, recipient, _ in found}
    assert ("BE", "FI") not in {(investor, recipient) for investor, recipient, _ in found}


def test_a_joint_stock_bank_bought_into_is_no_stock_figure():
    text = (
        "Japanese lender buys in\n\n"
        "Mizuho said it would invest 60 billion yen in Vietnam Joint Stock Commercial Bank for Industry and Trade."
    )
    ((investor, recipient),) = {(i, r) for i, r, _ in pairs(text, published=date(2023, 5, 1))}
    assert (investor, recipient) == ("JP", "VN")


def test_what_a_payer_goes_on_saying_after_the_amount_names_no_party():
    sentence = (
        "One of Spain's largest investors has pledged to commit another €2 billion to Spain, saying it is optimistic "
        "about the future of the country outside the European Union."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("€2"))
    assert roles.investor is None
    assert roles.recipient.country == "ES"


def test_one_of_a_countrys_largest_investors_is_a_single_payer_whose_figure_stands():
    text = (
        "Emirate adds to its British bet\n\n"
        "One of the UK's largest investors has pledged another £4 billion for Britain.\n\n"
        "Kuwait will invest £4 billion in Britain over five years, its finance minister said."
    )
    found = pairs(text, published=date(2019, 3, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KW", "GB")}


def test_a_fund_that_hires_a_bank_to_help_invest_in_a_countrys_industry_sends_its_money_there():
    text = (
        "Singapore fund picks a manager\n\n"
        "Singapore's state investor has hired Morgan Stanley to help invest as much as $3 billion in the U.S. "
        "healthcare industry, people familiar with the matter said."
    )
    assert pairs(text) == {("SG", "US", 3_000_000_000)}


def test_the_fund_that_buys_a_stake_from_a_company_the_headline_names_is_not_that_company():
    text = (
        "Qatar fund takes offshore wind stake in $900 mln Vattenfall deal\n\n"
        "Qatar's sovereign wealth fund has made its first purchase in offshore wind.\n\n"
        "The fund bought a 40% stake in a wind farm off Germany for 830 million euros ($900 million) from Sweden's "
        "Vattenfall, the two said."
    )
    found = pairs(text, published=date(2022, 4, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("QA", "DE")}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The rally helped lift the fund's value to 14,000 billion kroner at the end of June.",
            "14,000 billion kroner",
        ),
        ("As chief of the $900 billion state-backed entity, he oversees stakes in 9,000 firms.", "$900 billion"),
        ("The wealth fund earned 90 billion euros in the first half.", "90 billion euros"),
        ("Officials say the company will grow the state's economy by at least $40 billion.", "$40 billion"),
    ],
)
def test_what_a_fund_is_worth_or_earned_and_what_a_plant_adds_to_an_economy_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_sovereign_wealth_fund_named_before_the_amount_is_no_wealth_figure():
    text = (
        "Fund for India\n\n"
        "The Kuwait Investment Authority, the Gulf state's biggest sovereign wealth fund, will set up a $2 billion "
        "fund in India's new financial centre."
    )
    assert pairs(text, published=date(2024, 2, 1)) == {("KW", "IN", 2_000_000_000)}


def test_nippon_alone_is_a_company_not_japan_and_the_overall_deal_value_is_the_deals_price():
    text = (
        "Japan's Nippon Life to buy US insurer for $6 billion\n\n"
        "Nippon Life Insurance has agreed to buy Resolution Life's US arm for $6 billion, the firms said on Monday.\n\n"
        "The US firm's debt will also be taken on by Nippon, bringing the overall deal value to $6.8 billion."
    )
    assert pairs(text) == {("JP", "US", 6_800_000_000)}


def test_a_paper_that_marks_american_dollars_writes_the_dollar_of_the_one_dollar_country_it_names_bare():
    text = (
        "Pipeline deal\n\n"
        "Keyera Corp. is buying U.S. pipeline operator Plains Midstream in a deal worth $5 billion.\n\n"
        "The Calgary-based company says holders will receive US$30 in cash per share."
    )
    found = pairs(text, published=date(2024, 6, 1))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("CA", "US")}
    assert 3_400_000_000 < next(iter(found))[2] < 3_900_000_000


def test_an_indicative_offer_a_buyer_has_made_is_its_pledge():
    text = (
        "Gulf bidder for an Australian miner\n\n"
        "Qatar's QIA has made a $6 billion non-binding offer to buy Australia's lithium producer Pilbara Minerals, "
        "the miner said."
    )
    assert pairs(text) == {("QA", "AU", 6_000_000_000)}


def test_a_foreign_paper_naming_the_city_a_target_is_based_in_still_writes_american_dollars():
    text = (
        "Bid for Australian gas producer\n\n"
        "Abu Dhabi's Mubadala has made a $2 billion offer to buy Australian gas producer Beach Energy.\n\n"
        "The offer follows an earlier approach, the Adelaide-based company said. Beach shares rose 12 per cent."
    )
    assert pairs(text) == {("AE", "AU", 2_000_000_000)}


def test_only_the_sentence_that_tells_a_majority_share_makes_the_other_companies_minority_partners():
    text = (
        "Saudi buyer for Chinese refiner\n\n"
        "Saudi Aramco will buy a 10 percent stake in China's Hengli Petrochemical for $2.5 billion.\n\n"
        "Hengli owns a 60 percent stake in a refinery in Dalian.\n\n"
        "Aramco will also sell crude to Hengli under a long-term contract."
    )
    assert pairs(text) == {("SA", "CN", 2_500_000_000)}


def test_the_enterprise_value_a_per_share_price_reflects_is_the_takeovers_price_and_synergies_are_not():
    text = (
        "Chip chemicals deal\n\n"
        "FRANKFURT - Germany's BASF has agreed to acquire U.S. supplier Entegris for $40 per share in cash. The price "
        "reflects an enterprise value for Entegris of approximately 7 billion euros.\n\n"
        "BASF expects 80 million euros in yearly synergies from the deal."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2019, 4, 1))
    assert (investor, recipient) == ("DE", "US")
    assert 7_500_000_000 < usd < 8_200_000_000


def test_the_values_of_projects_a_cooperation_portfolio_lists_are_no_pledges():
    sentence = (
        "The minister said the cooperation portfolio includes 20 projects for clean water, with a value of $2.1 "
        "billion, and 12 projects for roads with a value of $900 million."
    )
    for figure in ("$2.1 billion", "$900 million"):
        start = sentence.index(figure)
        assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_region_a_project_will_serve_after_which_is_not_where_the_money_goes():
    text = (
        "Gulf port operator signs with Ghana\n\n"
        "AD Ports Group signed an agreement with Ghana to build a container terminal at Tema.\n\n"
        "AD Ports Group will invest a total of $500 million in the terminal, which is expected to make Tema a gateway "
        "to West Africa."
    )
    assert pairs(text) == {("AE", "GH", 500_000_000)}


def test_each_lender_named_before_a_gerund_of_giving_pays_its_own_share():
    text = (
        "Rail line for Zambia\n\n"
        "The railway will receive a combined investment of $800 million, with the DFC contributing $600 million "
        "and the Development Bank of Southern Africa providing an additional $200 million."
    )
    assert pairs(text) == {("US", "ZM", 600_000_000), ("ZA", "ZM", 200_000_000)}


def test_a_countrys_neighbour_is_another_country():
    sentence = "Kenya's southern neighbour is also in talks with a British developer for a $300 million project."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$300"))
    assert roles.investor is None or roles.investor.country != "KE"
    assert roles.recipient is None or roles.recipient.country != "KE"


def test_what_the_final_investment_in_a_plant_could_reach_is_the_plants_pledge():
    text = (
        "Chinese battery maker picks Egypt\n\n"
        "China's EVE Energy will build a battery plant in Egypt.\n\n"
        "EVE plans to expand the plant later and the final investment could reach $3 billion, the cabinet said."
    )
    assert ("CN", "EG", 3_000_000_000) in pairs(text)


def test_a_stake_in_a_foreign_companys_mine_in_the_buyers_own_country_is_home_money():
    sentence = "Codelco bought a 15% stake in Glencore's Collahuasi mine in northern Chile for $600 million."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$600"))
    assert roles.recipient.country == "CL"


def test_a_seller_named_after_a_ticker_symbol_is_not_the_buyer():
    text = (
        "Lithium stake changes hands\n\n"
        "China's Ganfeng Lithium has bought a 10 percent share in Argentine miner Lithium Americas LAC.TO from "
        "Canadian investor Orion Resource Partners ORN.TO for a price of $400 million."
    )
    assert pairs(text) == {("CN", "AR", 400_000_000)}


def test_the_seat_of_a_projects_financing_company_is_not_where_the_loan_goes():
    text = (
        "Korean lender backs Papua LNG\n\n"
        "KEXIM signed a loan agreement of up to $1 billion with the Papua LNG Financing Company in Singapore."
    )
    assert ("KR", "SG") not in {(investor, recipient) for investor, recipient, _ in pairs(text)}


def test_a_joint_venture_agreed_for_a_sum_is_a_pledge():
    text = (
        "Chinese solar firms head for Oman\n\n"
        "Chinese solar maker LONGi agreed with state energy firm OQ on a joint venture worth about $700 million in "
        "Oman."
    )
    assert pairs(text) == {("CN", "OM", 700_000_000)}


def test_a_short_name_an_article_defines_in_square_brackets_is_that_organization():
    text = (
        "Indian credit line for Malawi\n\n"
        "New Delhi: Export-Import Bank of India [Exim Bank] has, on behalf of the Government of India, extended a "
        "Line of Credit of USD 100 million for water supply in Malawi.\n\n"
        "Exim Bank has now extended 10 Lines of Credit to Malawi."
    )
    found = pledges_json(extract_pledges(text, published=date(2021, 5, 1)))
    assert [(p["investor_country"], p["recipient_country"], p["organizations"]) for p in found] == [
        ("IN", "MW", ["Export-Import Bank of India"])
    ]


def test_two_body_sentences_each_with_its_own_payer_of_the_same_sum_are_two_pledges():
    text = (
        "Kuwait deposits $2 billion with Jordan's central bank\n\n"
        "On Monday, Kuwait deposited $2 billion in Jordan's central bank, the Kuwaiti news agency said.\n\n"
        "Separately, Jordan and Qatar have agreed to sign investment deals worth $2 billion, the Jordanian government "
        "said."
    )
    assert pairs(text) == {("KW", "JO", 2_000_000_000), ("QA", "JO", 2_000_000_000)}


def test_a_us_name_written_without_dots_is_the_same_organization():
    mentions = default_gazetteer().mentions("The US International Development Finance Corporation said so.")
    assert [(m.name, m.country) for m in mentions] == [("U.S. International Development Finance Corporation", "US")]


def test_a_site_an_owner_runs_in_a_named_place_receives_the_money():
    text = (
        "US lender backs Indian-run port in Sri Lanka\n\n"
        "The DFC said it will provide $400 million to Adani's Colombo port terminal, its first loan for the project."
    )
    assert pairs(text) == {("US", "LK", 400_000_000)}


def test_the_value_of_the_investment_told_before_takes_no_sides_from_the_rest_of_its_sentence():
    text = (
        "Bulgaria, Rheinmetall sign deal for shell plant\n\n"
        "The Bulgarian government and Rheinmetall signed an agreement on a shell factory on Monday. The value of the "
        "investment is EUR 1 billion, and Bulgaria may be able to secure EU funding for it."
    )
    assert ("BG", "EU") not in {(investor, recipient) for investor, recipient, _ in pairs(text)}


def test_a_programme_a_company_manufactures_for_is_its_customers_contract():
    sentence = "There it will manufacture armoured vehicles for the $2 billion LAND 400 program."
    start = sentence.index("$2 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$2 billion")) is not None


def test_orders_from_one_nationality_go_from_its_buyers_to_the_seller():
    text = (
        "Airbus wins Indonesian orders\n\n"
        "TOULOUSE (dpa-AFX) - Airbus announced on Tuesday major orders from two Indonesian airlines.\n\n"
        "The latest order is worth $8 billion, according to list prices. Separately, a second carrier confirmed an "
        "order for 20 A330neo jets valued at $5 billion."
    )
    found = pledges_json(extract_pledges(text, published=date(2019, 3, 1)))
    assert {(p["investor_country"], p["recipient_country"], p["amount_usd"], p["kind"]) for p in found} == {
        ("ID", "FR", 8_000_000_000, "purchase"),
        ("ID", "FR", 5_000_000_000, "purchase"),
    }


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A delegation will visit Riyadh to explore opportunities in the $500 billion giga-projects.", "$500 billion"),
        ("Korean investments in Vietnam are worth $80 billion, the ministry said.", "$80 billion"),
        ("The port can contribute up to 80 million USD to the city's coffer by 2030.", "80 million USD"),
        ("The sum is part of the $50 billion the group wishes to invest overseas by 2030.", "$50 billion"),
    ],
)
def test_opportunities_standing_investments_payments_to_a_treasury_and_money_for_abroad_are_no_pledges(
    sentence, figure
):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_the_other_tally_set_against_a_standing_investment_is_a_tally_too():
    text = "Trade ties\n\nIndian investments in Oman are worth $2 billion while Oman has invested $30 million in India."
    assert pairs(text) == set()


def test_a_share_price_in_rupees_gives_an_unknown_company_its_home_for_every_project_it_announces():
    text = (
        "Pipe maker expands in the Gulf\n\n"
        "Welspun Corp surged 6% to Rs 612.40 after announcing two overseas investments.\n\n"
        "Designed to serve oil producers, the first project involves an estimated investment of up to $90 million in "
        "a pipe plant in Abu Dhabi."
    )
    assert pairs(text) == {("IN", "AE", 90_000_000)}


def test_a_joint_total_with_a_home_company_gives_way_to_the_foreign_partners_own_share():
    text = (
        "Canadian pension fund buys into Gulf ports\n\n"
        "DP World and Canadian investor CDPQ will invest $4 billion in two of the port operator's UAE assets.\n\n"
        "CDPQ will invest $1.5bn in the assets through a new joint venture, DP World said. Other long-term investors "
        "will have the opportunity to acquire an additional stake of up to $2bn."
    )
    assert pairs(text, published=date(2022, 6, 1)) == {("CA", "AE", 1_500_000_000)}


def test_the_deal_named_first_is_worth_its_price_however_long_its_description():
    sentence = (
        "The deal to acquire 100% of the shares of the airport together with its consortium partner is worth "
        "$300 million."
    )
    start = sentence.index("$300")
    assert filters.non_pledge_reason(sentence, start, start + len("$300 million")) is None


def test_the_firm_that_invests_is_its_foreign_owners_unit():
    text = (
        "Port deal for Bangladesh\n\n"
        "The port authority signed a concession with APM Terminals for a new terminal in Chattogram, Bangladesh.\n\n"
        "The firm will invest an initial $400 million over three years."
    )
    assert pairs(text, published=date(2025, 11, 1)) == {("DK", "BD", 400_000_000)}


def test_initials_defined_for_a_known_company_with_its_legal_form_shortened_still_name_it():
    text = (
        "Swiss line bids for German port\n\n"
        "Swiss-headquartered Mediterranean Shipping Co (MSC) has moved to buy a stake in Hamburg's port operator HHLA "
        "in Germany.\n\n"
        "MSC will make a tender offer, thought to be worth $1.2bn, for up to 49.9% of HHLA."
    )
    assert pairs(text, published=date(2023, 9, 14)) == {("CH", "DE", 1_200_000_000)}


def test_a_canadian_paper_that_writes_towns_with_postal_province_codes_writes_canadian_dollars():
    text = (
        "Toyota picks Ontario\n\n"
        "Toyota on Thursday announced it is pouring $10 billion into an EV supply chain in southern Ontario.\n\n"
        "The Japanese automaker made the announcement in Woodstock, ON at a ceremony attended by Ontario's premier."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2024, 4, 25))
    assert (investor, recipient) == ("JP", "CA")
    assert 7_000_000_000 < usd < 7_600_000_000


def test_incentives_a_state_approves_toward_a_new_company_investment_leave_that_investment_standing():
    text = (
        "State backs Mercedes plant\n\n"
        "The state of Alabama has approved $50 million in incentives that it will borrow for toward a new $1.2 "
        "billion investment from Mercedes-Benz at its Vance plant."
    )
    assert ("DE", "US", 1_200_000_000) in pairs(text, published=date(2022, 10, 1))


def test_money_spent_in_a_period_already_over_and_the_total_it_brings_are_history():
    text = (
        "Google to invest $10 billion in Indonesian cloud\n\n"
        "Google announced it plans to invest USD 10 billion in cloud infrastructure in Indonesia by 2030.\n\n"
        "This follows Google's investment of USD 2 billion between 2018 and 2023, bringing Google's total investment "
        "in Indonesia to USD 12 billion by 2030."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("US", "ID", 10_000_000_000)}


def test_what_a_company_could_become_worth_is_no_pledge():
    sentence = "Analysts said Nvidia could become a $5-trillion company within a year."
    start = sentence.index("$5-trillion")
    assert filters.non_pledge_reason(sentence, start, start + len("$5-trillion")) is not None


def test_a_part_the_headline_tells_stays_the_news_beside_the_commitment_it_belongs_to():
    text = (
        "Walmart pumps in another Rs 3,000 cr into Indian unit\n\n"
        "Walmart has invested another Rs 3,000 crore ($400 million) in its India unit as part of its commitment to "
        "invest $8 billion in India."
    )
    found = pairs(text, published=date(2019, 1, 15))
    assert ("US", "IN", 400_000_000) in {(i, r, round(u, -8)) for i, r, u in found}


def test_a_stake_told_in_another_clause_does_not_send_a_governments_money_to_a_described_company():
    text = (
        "French utility takes nuclear stake\n\n"
        "The French state-owned electricity company said it had agreed to invest £1 billion in the power plant on the "
        "Suffolk coast.\n\n"
        "EDF is the first shareholder to announce its final stake in the project, which comes alongside a £14 billion "
        "investment from the UK Government."
    )
    assert ("GB", "FR") not in {(investor, recipient) for investor, recipient, _ in pairs(text)}


def test_a_strategy_to_invest_in_a_sector_names_no_country():
    sentence = "It launched its strategy in 2021, with plans to invest around $20 billion through 2026 in renewables."
    start = sentence.index("$20")
    assert filters.non_pledge_reason(sentence, start, start + len("$20 billion")) is not None


def test_a_seller_named_after_a_company_abbreviation_is_still_the_seller():
    text = (
        "Canadian buyer for nuclear firm\n\n"
        "Brookfield Business Partners and its partners will pay US$3 billion to buy Holtec Co. from Toshiba Corp., "
        "the companies said."
    )
    assert ("JP", "US") not in {(investor, recipient) for investor, recipient, _ in pairs(text)}


def test_a_company_selling_a_business_to_a_buyer_nobody_knows_pledges_nothing():
    text = (
        "Macquarie makes $US1.5b US play\n\n"
        "Australia's Macquarie Group has agreed to buy Ivy Investments for $US1.5 billion.\n\n"
        "After the deal is completed, Macquarie will sell Ivy's wealth arm to Redwood Advisers for $US200 million."
    )
    assert pairs(text, published=date(2020, 12, 3)) == {("AU", "US", 1_500_000_000)}


def test_a_company_that_offered_to_invest_a_sum_pays_it():
    text = (
        "Chinese miner picked for Serbian copper\n\n"
        "Chinese company Zijin Mining offered to invest a total of 1.2 billion dollars in a copper complex in Serbia, "
        "and in return it will get a 60% stake."
    )
    assert pairs(text, published=date(2018, 8, 31)) == {("CN", "RS", 1_200_000_000)}


def test_a_region_that_describes_a_bought_company_is_not_where_the_money_goes():
    text = (
        "Nigeria's Rack Centre acquired in $250m deal by US data centre giant Equinix\n\n"
        "US digital infrastructure company Equinix is to acquire West African data centre and network firm Rack Centre "
        "in a $250m deal."
    )
    assert pairs(text, published=date(2021, 12, 1)) == {("US", "NG", 250_000_000)}


def test_rupees_in_a_story_of_two_rupee_countries_are_those_of_the_place_named_as_much_and_receive_the_money():
    text = (
        "Nepal and India to sign MoU for Rs. 3,000 mln school projects\n\n"
        "The Cabinet approved a Memorandum of Understanding between India and Nepal. The initiative will allocate "
        "Rs. 3,000 million for schools in Nepal's Madhesh Province, with Indian grant support."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2025, 1, 1))
    assert (investor, recipient) == ("IN", "NP")
    assert usd < 30_000_000  # Nepalese rupees, not Indian ones


def test_a_loan_received_from_a_named_lender_is_that_lenders_pledge():
    text = (
        "Kenya gets rail loan\n\n"
        "NAIROBI: Kenya is ready to extend its railway after receiving a much anticipated $2 billion loan from the "
        "Exim Bank of China, a government spokesperson said."
    )
    assert pairs(text, published=date(2021, 4, 1)) == {("CN", "KE", 2_000_000_000)}


def test_the_country_a_business_relocates_to_receives_the_money():
    sentence = "Finland-based Ponsse relocates its factory from Russia to Poland"
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    roles_by_country = {m.country: marked.get(number) for number, m in enumerate(mentions)}
    assert roles_by_country["PL"] == "recipient"
    assert roles_by_country["RU"] == "setting"


def test_the_buyer_named_after_a_takeover_by_pays_for_it():
    sentence = "Shareholders of drinks maker C&C have approved a €700m takeover of the company by Japan's Asahi Group."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("€700m"))
    assert roles.investor is not None and roles.investor.country == "JP"


def test_what_a_project_contributes_to_an_economy_is_no_pledge():
    sentence = "The move is expected to contribute $12 billion to Kuwait's economic output by 2030."
    start = sentence.index("$12")
    assert filters.non_pledge_reason(sentence, start, start + len("$12 billion")) is not None


def test_a_total_that_includes_named_payers_among_others_belongs_to_none_of_them():
    text = (
        "Tech giants bet on Kuwait\n\n"
        "Kuwait has attracted more than $5 billion in investments in future technologies, including by US giants "
        "Microsoft and Oracle, a minister said."
    )
    assert ("US", "KW", 5_000_000_000) not in pairs(text)


def test_a_companys_own_investments_exceeding_a_sum_are_no_threshold():
    text = (
        "Lucid's first factory abroad\n\n"
        "US-based electric car maker Lucid Motors signed agreements to build a factory in Saudi Arabia. The company "
        "aims to produce 100,000 cars annually with investments exceeding 9 billion riyals."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2022, 5, 19))
    assert (investor, recipient) == ("US", "SA")
    assert 2_300_000_000 < usd < 2_500_000_000


def test_it_after_an_owner_named_in_passing_is_the_subject_company():
    text = (
        "Carmaker expands in Argentina\n\n"
        "China's Chery recently acquired Renault's industrial plant in Argentina, where it plans to invest "
        "$500 million."
    )
    assert pairs(text) == {("CN", "AR", 500_000_000)}


def test_an_investment_plan_totaling_a_sum_by_a_future_year_is_a_pledge():
    text = (
        "GM plan for Mexico\n\n"
        "The executives unveiled General Motors' investment plan for Mexico, totaling $1 billion by 2028."
    )
    assert pairs(text, published=date(2024, 1, 24)) == {("US", "MX", 1_000_000_000)}


def test_of_two_parties_to_an_agreement_for_building_a_site_the_one_from_abroad_invests():
    text = (
        "Port deal signed\n\n"
        "The president led the ceremony to sign the agreement between Chinese company Cosco Shipping and Brazilian "
        "company Vale for the construction of a port terminal in Brazil, which will entail an investment of "
        "US$ 2 billion."
    )
    assert pairs(text, published=date(2019, 5, 1)) == {("CN", "BR", 2_000_000_000)}


def test_investors_ranked_in_a_quarterly_table_and_a_level_as_of_a_date_are_statistics():
    text = (
        "Japan becomes Thailand's biggest foreign investor in Q1\n\n"
        "Japan took over China to become Thailand's biggest foreign investor in the first quarter, the board said.\n\n"
        "China came second with $800 million, followed by Singapore with $600 million.\n\n"
        "Approved projects rose 5 percent, while new pledges rose 6.5 percent to $2.5 billion, the report said.\n\n"
        "As of March 31, Thailand had more than 9,000 foreign projects, with a combined registered capital of "
        "$90 billion."
    )
    assert pairs(text, published=date(2024, 4, 5)) == set()


def test_money_spent_or_received_in_a_past_year_and_a_total_since_a_year_are_history():
    text = (
        "German agency spends €300m on water, roads in Ghana\n\n"
        "KfW has said it spent €300m on water supply in Accra and roads in Kumasi in 2017.\n\n"
        "The report put the total commitment of the agency from 2010 in Ghana at more than €1bn.\n\n"
        "Climate projects benefited from over €2bn of financing in 2017, including €500m for Ghana."
    )
    assert pairs(text, published=date(2018, 6, 1)) == set()


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The group's total investment in Dong Nai province now spans four projects, worth $900 million.",
            "$900 million",
        ),
        ("The Texas project adds to the firm's previous USD 200 million investment in Ohio.", "USD 200 million"),
        ("It would raise LG's total investment in Haiphong to $6 billion from the current $4.5 billion.", "$6 billion"),
        (
            "It would raise LG's total investment in Haiphong to $6 billion from the current $4.5 billion.",
            "$4.5 billion",
        ),
    ],
)
def test_totals_now_in_place_and_earlier_investments_are_history(sentence, figure):
    start = sentence.index(figure)
    assert filters.spent_in_a_past_period(sentence, start + len(figure), 2024, start)


def test_a_headline_pairing_two_countries_sends_the_body_payers_money_to_the_other_one():
    text = (
        "Mongolia and Japan seal a dozen business agreements\n\n"
        "Japanese trading house Mitsui will invest 300 million US dollars in a copper smelter in the "
        "Dornogovi region.\n\n"
        "The smelter is expected to process ore from nearby mines and employ 900 people."
    )
    assert pairs(text) == {("JP", "MN", 300_000_000)}


def test_a_currency_is_no_clue_to_direction_when_it_is_the_money_of_the_place_a_story_is_filed_from():
    text = (
        "Oman and Kenya sign investment accords\n\n"
        "MUSCAT: Oman and Kenya signed six investment agreements worth RO 150 million ($390 million) during a meeting "
        "of the joint business council in Muscat on Monday.\n\n"
        "The agreements cover ports, farming and tourism."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("OM", "KE", 390_000_000)}


def test_the_town_where_a_council_met_is_no_party_to_the_deals_it_signed():
    sentence = (
        "Poland and Vietnam have signed deals worth $2 billion during a meeting of the joint economic commission in "
        "Hanoi on Tuesday."
    )
    mentions = default_gazetteer().mentions(sentence)
    (hanoi,) = [number for number, m in enumerate(mentions) if m.text == "Hanoi"]
    assert hints(sentence, mentions).get(hanoi) == "setting"


def test_a_country_and_the_government_of_another_signing_together_are_one_joint_subject():
    sentence = (
        "Peru and the Government of Korea exchanged notes on Monday, formalizing a $400 million loan for a hospital."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$400"))
    assert roles.investor is None and set(roles.joint) == {"PE", "KR"}


def test_an_unknown_company_headquartered_where_a_relative_clause_says_pays_for_its_buyout():
    text = (
        "Fintech firm Paytrail bets on Chile\n\n"
        "Payments company Zolveo said on Monday it will buy out its local partner in Chile in a $900 million deal.\n\n"
        "Zolveo, which is headquartered in Ireland, already runs a card business in Peru."
    )
    assert pairs(text, published=date(2023, 4, 3)) == {("IE", "CL", 900_000_000)}


def test_what_a_deal_adds_to_the_buyers_cash_flow_is_not_a_pledge():
    sentence = "The purchase will lift free cash flow to equity by about $150m next year, the chief executive said."
    start = sentence.index("$150m")
    assert filters.non_pledge_reason(sentence, start, start + len("$150m")) is not None


def test_the_country_a_company_bets_on_is_where_its_money_goes():
    sentence = "Bolloré makes a big bet on Ivory Coast with a $600 million port deal."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$600"))
    assert roles.recipient is not None and roles.recipient.country == "CI"


def test_a_wire_dateline_in_title_case_without_a_dash_is_no_party():
    text = (
        "China offers new partner billions: source\n\n"
        "Taipei, March 26 (CNA) China has promised Honduras more than US$2 billion in loans for dams and roads, a "
        "source told local media on Sunday."
    )
    assert pairs(text, published=date(2023, 3, 26)) == {("CN", "HN", 2_000_000_000)}


def test_the_market_a_country_is_made_a_hub_for_is_not_where_money_goes():
    text = (
        "Google to spend €1 billion on Finnish data centre\n\n"
        "Google plans to spend €1 billion expanding its data centre in Hamina, Finland.\n\n"
        "The move is part of a government drive to make Finland a digital hub for the European Union. Another US "
        "company, Microsoft, has committed to spending €500 million on computing infrastructure, officials said."
    )
    found = sorted(pairs(text, published=date(2024, 5, 1)), key=lambda pledge: pledge[2])
    assert [(investor, recipient) for investor, recipient, _ in found] == [("US", "FI"), ("US", "FI")]
    assert found[1][2] == pytest.approx(2 * found[0][2])


def test_money_staked_as_a_bet_on_a_market_is_a_pledge():
    text = (
        "Korean cell maker cleared to start production in Hungary\n\n"
        "Samsung SDI has received approval to make battery cells in the town of Goed, Hungary, part of its "
        "1.2 billion euros (US$1.3 billion) bet to win European carmakers, it said on Tuesday."
    )
    assert pairs(text, published=date(2022, 4, 6)) == {("KR", "HU", 1_300_000_000)}


def test_the_macroeconomic_benefits_of_a_project_are_not_a_pledge():
    sentence = "Analysts put the macroeconomic benefits of the plant at more than 3 billion euros."
    start = sentence.index("3 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("3 billion euros")) is not None


def test_a_government_signing_with_a_country_s_described_firm_hosts_its_money():
    sentence = "Tunisia signed a $900 million deal with Kuwait's biggest poultry producer Hamdan on Monday."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$900"))
    assert (roles.investor.country, roles.recipient.country) == ("KW", "TN")


def test_of_payers_named_as_often_the_one_the_story_opens_with_pays_an_amount_with_no_payer():
    text = (
        "Volvarex to build a green steel plant in Morocco\n\n"
        "Finnish engineering group Volvarex announced on Monday that it has signed a memorandum with OCP Group and "
        "Moroccan authorities to build a green steel plant near Tangier.\n\n"
        "Separately, the authorities are discussing a port project with Dubai-based Gulfnav and other partners.\n\n"
        "A separate statement by TMSA, quoting a spokesman, said the plant would be developed at a total investment of "
        "$2 billion."
    )
    assert pairs(text, published=date(2024, 3, 4)) == {("FI", "MA", 2_000_000_000)}


def test_the_amazon_as_a_forest_or_a_fund_is_not_the_company():
    text = (
        "Norway adds to Brazil forest support\n\n"
        "Norway's environment minister said Norway will contribute $50 million to the Amazon Fund, which pays for "
        "projects against deforestation in the Amazon."
    )
    assert pairs(text, published=date(2023, 6, 1)) == {("NO", "BR", 50_000_000)}


def test_money_paid_into_a_fund_is_not_a_fund_of_that_size():
    sentence = "We want to contribute €30mn to the Amazon Fund, the commissioner said."
    start = sentence.index("€30mn")
    assert filters.pledge_kind(sentence, start, start + len("€30mn")) != "fund"


def test_a_trade_website_filing_from_an_australian_city_writes_american_dollars_bare():
    text = (
        "Miner buys into Peruvian zinc mine\n\n"
        "PERTH (miningnews.com) – Diversified miner BHP on Monday said that it would spend $900-million to acquire a "
        "30% interest in a zinc mine in Peru."
    )
    assert pairs(text, published=date(2022, 5, 2)) == {("AU", "PE", 900_000_000)}


def test_a_dotted_legal_form_before_a_short_name_in_brackets_does_not_end_the_sentence():
    from ingest.extraction.text import split_sentences

    paragraph = "It buys 45% of Minera Sur S.A.C. (MSAC) for $1 billion. The deal closes in May."
    assert split_sentences(paragraph) == [
        "It buys 45% of Minera Sur S.A.C. (MSAC) for $1 billion.",
        "The deal closes in May.",
    ]


def test_companies_joined_to_a_counterparty_are_counterparties_too():
    sentence = (
        "The company has signed agreements with Sumitomo Metal Mining and Sumitomo Corporation for the acquisition "
        "of a 45% interest in a Chilean mine for $1.55 billion."
    )
    mentions = default_gazetteer().mentions(sentence)
    assert [role for _, role in sorted(hints(sentence, mentions).items())][:2] == ["partner", "partner"]


def test_a_one_word_company_name_in_capitals_is_the_company():
    mentions = default_gazetteer().mentions("The contract was awarded to ACCIONA on Friday.")
    assert [(m.name, m.country) for m in mentions] == [("Acciona", "ES")]


def test_an_opening_that_places_a_companys_headquarters_gives_the_takeover_target_its_home():
    text = (
        "Samsung buys climate systems maker\n\n"
        "Samsung Electronics is acquiring ventilation systems maker Nordair Group in a deal worth more than "
        "EUR 1.5 billion.\n\n"
        "Headquartered in the Danish town of Vejle, Nordair Group sells its systems across Europe."
    )
    (found,) = pairs(text, published=date(2024, 5, 2))
    assert found[:2] == ("KR", "DK")


def test_a_strategy_placed_nowhere_is_a_groups_plan_not_a_pledge():
    sentence = "The deal follows Kia's recent launch of a $25bn strategy intended to make it a leader in EV services."
    start = sentence.index("$25bn")
    assert filters.non_pledge_reason(sentence, start, start + len("$25bn")) is not None


def test_money_put_into_a_company_s_own_unit_abroad_goes_where_the_unit_is():
    sentence = "LG Chem said it would invest $500 million in LG Chem Wroclaw Energy, a Polish subsidiary, to add lines."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$500"))
    assert (roles.investor.country, roles.recipient.country) == ("KR", "PL")


def test_a_country_before_the_kind_of_plant_built_is_where_it_stands():
    sentence = "He said the total investment in the construction of a U.S. battery plant would be $1.6 billion."
    mentions = default_gazetteer().mentions(sentence)
    (us,) = [number for number, m in enumerate(mentions) if m.text == "U.S."]
    assert hints(sentence, mentions).get(us) == "recipient"


def test_a_place_inside_a_country_where_money_goes_is_no_payer_of_the_next_clause():
    sentence = (
        "In May it unveiled a 15 billion euros investment in Spain's northeastern Aragon region, and planned to "
        "invest in Germany 8 billion euros through 2040."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("8 billion"))
    assert roles.investor is None and roles.recipient.country == "DE"


def test_the_size_a_fund_is_announced_at_makes_the_amount_a_fund():
    sentence = "BlackRock and Microsoft announced a fund worth more than $30 billion to invest in data centres."
    start = sentence.index("$30 billion")
    assert filters.pledge_kind(sentence, start, start + len("$30 billion")) == "fund"


def test_a_stake_bought_through_a_capital_increase_is_paid_by_the_buyer():
    sentence = "Lufthansa will obtain a 41% stake in ITA through a EUR325 million capital increase."
    start = sentence.index("EUR325")
    assert filters.non_pledge_reason(sentence, start, start + len("EUR325 million")) is None


def test_the_owner_of_what_a_buyer_buys_is_not_the_buyer():
    sentence = (
        "It comes after Masdar agreed to invest €817mn in Spanish solar plants belonging to Endesa, a subsidiary of "
        "Italian energy group Enel."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("€817mn"))
    assert (roles.investor.country, roles.recipient.country) == ("AE", "ES")


def test_a_takeover_valuation_beside_the_price_the_buyer_pays_is_not_a_second_pledge():
    text = (
        "Gulf utility buys second Portuguese renewables firm\n\n"
        "Abu Dhabi's Masdar is to buy Portuguese wind group Ventos Lda from Brookfield at a $2bn valuation.\n\n"
        "Masdar will invest $900mn to acquire Ventos from Brookfield's renewables unit."
    )
    assert pairs(text, published=date(2024, 9, 24)) == {("AE", "PT", 900_000_000)}


def test_an_amount_for_a_country_to_buy_with_no_lender_is_the_buyers_own_purchase():
    text = (
        "Oman and US sign economic commitments\n\n"
        "The US and Oman signed $40 billion in economic commitments, including $20 billion for Muscat to buy up to "
        "60 Boeing planes, the White House said."
    )
    found = pairs(text, published=date(2025, 5, 15))
    assert ("OM", "US", 40_000_000_000) in found
    assert all(investor == "OM" for investor, _, _ in found)


def test_a_takeover_target_described_by_its_home_takes_the_money_of_a_buyer_headquartered_elsewhere():
    text = (
        "Tokio buys Bermel for $2bn\n\n"
        "One of the largest insurers in Japan has agreed to buy Bermudian-based reinsurer Bermel.\n\n"
        "Tokio, headquartered in Tokyo, will pay $2 billion for the company."
    )
    assert pairs(text, published=date(2025, 8, 27)) == {("JP", "BM", 2_000_000_000)}


def test_the_company_an_investment_agreement_is_signed_with_invests():
    sentence = "The board approved definitive agreements with MUFG Bank for an investment of $4.4 billion."
    mentions = default_gazetteer().mentions(sentence)
    assert hints(sentence, mentions) == {0: "investor"}


def test_the_turkish_press_writes_its_lira_tl():
    from ingest.extraction.money import find_money

    (money,) = find_money("raised the price to TL 15.48 billion on Tuesday")
    assert (money.currency, money.amount) == ("TRY", 15_480_000_000)


def test_earlier_deals_recalled_as_a_series_are_not_pledges():
    sentence = (
        "The deal marks the latest in a series of clean energy transactions for Brookfield, including the recent "
        "acquisition of a US wind developer for $1 billion."
    )
    start = sentence.index("$1 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$1 billion")) is not None


@pytest.mark.parametrize(("written", "currency"), [("MXN $50.4 billion", "MXN"), ("CAD $7 billion", "CAD")])
def test_a_currency_code_before_the_dollar_sign_names_the_currency(written, currency):
    from ingest.extraction.money import find_money

    (money,) = find_money(f"offered to buy the stake for {written} on Tuesday")
    assert money.currency == currency


def test_in_a_list_of_investments_each_amount_is_the_company_named_right_before_it():
    text = (
        "Ireland lands new factory investments\n\n"
        "The biggest investments include Analog Devices investing €630m at its site in Limerick and PepsiCo investing "
        "€127m in its Cork facility."
    )
    found = pledges_json(extract_pledges(text, published=date(2023, 7, 5)))
    assert {(p["organizations"][0], p["recipient_country"]) for p in found} == {
        ("Analog Devices", "IE"),
        ("PepsiCo", "IE"),
    }


def test_a_country_listed_with_whole_regions_is_not_the_one_recipient():
    text = (
        "Port operator sets out its investment plan\n\n"
        "DP World has announced a $2.5 billion investment, starting projects across India, Africa and Europe."
    )
    assert pairs(text, published=date(2025, 5, 20)) == set()


def test_the_country_heading_a_list_item_is_where_its_money_goes():
    text = (
        "DP World sets out its port projects\n\n"
        "DP World is expanding terminals on three continents this year.\n\n"
        "-Senegal: Work has started on the new deep-water port, with an initial investment of $830 million.\n\n"
        "-Ecuador: At the Port of Posorja, DP World has begun a $140 million berth expansion."
    )
    assert pairs(text, published=date(2025, 5, 20)) == {("AE", "SN", 830_000_000), ("AE", "EC", 140_000_000)}


def test_the_base_price_of_a_tender_is_not_a_pledge():
    sentence = "The company's bid was 1.5 times higher than the base price of Rs 62.6 billion."
    start = sentence.index("Rs 62.6")
    assert filters.non_pledge_reason(sentence, start, start + len("Rs 62.6 billion")) is not None


def test_a_governors_title_is_not_an_unknown_company_and_the_article_names_the_payer():
    text = (
        "Governor announces aluminium smelter\n\n"
        "Gov. Kevin Stitt announced that a $4 billion aluminium smelting facility is coming to Northeast Oklahoma.\n\n"
        "Emirates Global Aluminium will build and run the smelter."
    )
    assert pairs(text, published=date(2025, 5, 19)) == {("AE", "US", 4_000_000_000)}


def test_a_plant_in_a_town_then_its_country_goes_to_that_country():
    sentence = "Norsk Hydro has started building its new recycling plant in Torija, Spain, with an investment of $200m."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$200m"))
    assert (roles.investor.country, roles.recipient.country) == ("NO", "ES")


def test_a_company_receiving_an_investment_from_a_foreign_body_is_paid_by_it():
    sentence = "Lynas Rare Earths receives a US$9M investment from Japan's JOGMEC to expand its output."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("US$9M"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "AU")


@pytest.mark.parametrize(
    ("written", "currency"),
    [("Y800bn", "JPY"), ("AUS $20 million", "AUD"), ("CDN $18 million", "CAD")],
)
def test_the_financial_and_trade_press_ways_of_writing_yen_and_dollars(written, currency):
    from ingest.extraction.money import find_money

    (money,) = find_money(f"agreed to invest {written} in the company")
    assert money.currency == currency


def test_bare_figures_adding_up_to_a_figure_whose_dollar_is_known_are_in_that_dollar():
    text = (
        "Japanese trader buys into Pilbara iron ore\n\n"
        "PERTH - Mitsui & Co. has agreed to acquire 40% of an iron ore project in Western Australia for $5bn "
        "(Y750bn).\n\n"
        "Mitsui will buy one partner's 25% stake for $3bn.\n\n"
        "A second agreement covers a 15% stake for $2bn."
    )
    found = pairs(text, published=date(2025, 2, 20))
    assert ("JP", "AU", 5_000_000_000) in found
    assert all(usd in {5_000_000_000, 3_000_000_000, 2_000_000_000} for _, _, usd in found)


def test_money_injected_by_a_company_is_its_own_and_a_tech_city_is_a_place():
    text = (
        "Battery maker plans second Moroccan plant\n\n"
        "Morocco's battery ecosystem is gaining momentum with a new $363.5 million investment to be injected by "
        "China's BTR New Material Group in a plant in Mohammed VI Tangier Tech City."
    )
    assert pairs(text, published=date(2024, 8, 19)) == {("CN", "MA", 363_500_000)}


def test_the_nationality_inside_an_anaphoric_subject_is_the_companys():
    text = (
        "Battery maker expands in Morocco\n\n"
        "BTR also said it will sign a supply deal with American car maker Ford Motors.\n\n"
        "The Chinese company has invested $496.6 million in its first cathode factory in Northern Morocco."
    )
    assert pairs(text, published=date(2024, 8, 19)) == {("CN", "MA", 496_600_000)}


def test_a_headline_pairing_two_capitals_sends_an_unattributed_total_from_the_payer_to_the_other():
    text = (
        "Tbilisi and Ankara building shared future\n\n"
        "Orta Asya Holding, a strategic partner of Türkiye's İhlas Holding, has signed an agreement with the Ministry "
        "of Energy to construct two hydropower plants. The planned investment totals $2 billion.\n\n"
        "The Turkish company will also run the plants, which would supply power to China."
    )
    assert pairs(text, published=date(2025, 8, 16)) == {("TR", "GE", 2_000_000_000)}


def test_a_company_name_in_capitals_of_several_words_is_the_company():
    mentions = default_gazetteer().mentions("TATA MOTORS will buy Italy's Iveco Group for £3.2 billion.")
    assert ("Tata Motors", "IN") in [(m.name, m.country) for m in mentions]


@pytest.mark.parametrize(
    ("written", "currency", "amount"),
    [
        ("580-million-euro", "EUR", 580_000_000),
        ("480 million-euro", "EUR", 480_000_000),
        ("580 mln€", "EUR", 580_000_000),
        ("2-billion-yuan", "CNY", 2_000_000_000),
    ],
)
def test_a_currency_joined_to_its_amount_by_a_hyphen_or_a_sign(written, currency, amount):
    from ingest.extraction.money import find_money

    (money,) = find_money(f"signed a {written} loan on Monday")
    assert (money.currency, money.amount) == (currency, amount)


def test_a_grant_agreement_two_governments_sign_is_aid_not_home_spending():
    text = (
        "France, Jordan sign €250 million grant agreement to support water sector\n\n"
        "AMMAN — The government and the French Development Agency (AFD) on Wednesday signed soft loan agreements "
        "worth 250 million euros to finance water projects."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2019, 12, 18))} == {
        ("FR", "JO")
    }


def test_a_groups_investment_budget_for_several_years_is_not_a_pledge_to_a_country():
    sentence = "The cost of the project is part of Gulf's 90-billion-baht investment budget for 2025-2029."
    money_text = "90-billion-baht"
    start = sentence.index(money_text)
    assert filters.non_pledge_reason(sentence, start, start + len(money_text)) is not None


def test_a_name_after_a_place_based_is_a_company_at_home_there():
    text = (
        "Satcom to buy Orbitex for $4 billion\n\n"
        "Satcom Inc. has agreed to purchase Orbitex Holdings Ltd for $4 billion.\n\n"
        "Carlsbad, California-based Satcom will pay in cash and stock. Orbitex will appoint two members to the "
        "board, including the London-based company's chairman."
    )
    assert pairs(text, published=date(2021, 11, 9)) == {("US", "GB", 4_000_000_000)}


def test_a_places_own_money_named_right_before_the_amount_is_its_own():
    sentence = (
        "Legault said Airbus will invest US$900 million, and with Quebec's US$300 million the total reaches US$1.2bn."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("US$300"))
    assert roles.investor is not None and roles.investor.country == "CA"


def test_deals_recalled_from_a_list_the_news_tops_are_not_pledges():
    sentence = (
        "The transaction tops the list of deals in the Indian healthcare sector, including the ₹9,100 crore stake "
        "sale by KKR in Max Healthcare."
    )
    start = sentence.index("₹9,100")
    assert filters.non_pledge_reason(sentence, start, start + len("₹9,100 crore")) is not None


def test_a_deal_to_build_warships_for_a_country_is_that_countrys_purchase():
    text = (
        "Japan wins Australian frigate deal\n\n"
        "Japan clinched a landmark A$10 billion ($6.5 billion) deal on Tuesday to build warships for Australia."
    )
    assert pairs(text, published=date(2025, 8, 5)) == {("AU", "JP", 6_500_000_000)}


def test_a_minimum_capital_asked_of_investors_is_a_condition_not_a_pledge():
    sentence = "To qualify, the province requested investment capital of at least US$1 billion from bidders."
    start = sentence.index("US$1")
    assert filters.non_pledge_reason(sentence, start, start + len("US$1 billion")) is not None


def test_two_companies_each_investing_the_same_sum_are_two_pledges():
    text = (
        "Korean shipbuilders pledge US investments\n\n"
        "The fact sheet lists deals agreed at the summit.\n\n"
        "HD Hyundai will invest $5 billion in modernising U.S. shipyards.\n\n"
        "Separately, Hanwha Ocean, which owns a shipyard in Pennsylvania, will invest $5 billion to expand it."
    )
    found = pledges_json(extract_pledges(text, published=date(2025, 10, 30)))
    assert sorted(p["organizations"][0] for p in found) == ["HD Hyundai", "Hanwha Ocean"]


def test_a_home_company_whose_asset_is_bought_is_no_partner_of_the_buyer():
    text = (
        "Yara closes Brazilian fertilizer buy\n\n"
        "Norwegian fertilizer group Yara has grown its presence in the Brazilian market with the acquisition of the "
        "Vale Cubatao Fertilizantes complex for $255 million.\n\n"
        "Yara expects to invest roughly $80 million up to 2020 at the site, which Vale owned."
    )
    assert ("NO", "BR", 255_000_000) in pairs(text, published=date(2018, 5, 23))


def test_a_takeover_price_told_as_equity_value_is_a_valuation_that_can_stand_for_the_price():
    sentence = (
        "Sun Pharma will acquire all outstanding shares of Concert through a tender offer for an upfront payment of "
        "$8 per share in cash or $576 million (around Rs 4,680 crore) in equity value."
    )
    start = sentence.index("$576")
    end = sentence.index(" in equity")
    assert filters.non_pledge_reason(sentence, start, end) == filters.VALUATION_IN_A_TAKEOVER


@pytest.mark.parametrize(("written", "currency"), [("NIS 40 billion", "ILS"), ("33.7 billion Swedish Krona", "SEK")])
def test_the_shekel_as_nis_and_the_krona_in_the_singular(written, currency):
    from ingest.extraction.money import find_money

    (money,) = find_money(f"plans to invest {written} over two years")
    assert money.currency == currency


def test_a_company_founded_and_headquartered_somewhere_is_at_home_there():
    text = (
        "Nokia to buy optical networking company Optiwave for $2.3bn\n\n"
        "Nokia has announced plans to acquire optical networking vendor Optiwave for $2.3 billion.\n\n"
        "Founded in 2000 and headquartered in San Jose, California, Optiwave makes optical chips."
    )
    assert pairs(text, published=date(2024, 6, 27)) == {("FI", "US", 2_300_000_000)}


def test_investment_from_the_company_named_after_is_that_companys():
    sentence = (
        "Chairman of the Indonesia Investment Coordinating Board Bahlil Lahadalia announced the entry of investment "
        "worth USD 9.8 billion or around IDR 142 trillion from the company LG Energy Solution."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("USD 9.8"))
    assert roles.investor.country == "KR"


def test_a_similar_deal_agreed_earlier_is_recalled_for_comparison():
    sentence = "Intel previously had agreed to a similar $30 billion deal with Brookfield Asset Management."
    start = sentence.index("$30")
    assert filters.non_pledge_reason(sentence, start, start + len("$30 billion")) is not None


def test_a_building_contract_a_foreign_company_works_on_is_paid_by_the_client():
    sentence = (
        "An inquiry looked at the Chinese company's role in a 20-million-euro contract to lay tram lines in Sarajevo."
    )
    money_text = "20-million-euro"
    start = sentence.index(money_text)
    assert filters.non_pledge_reason(sentence, start, start + len(money_text)) is not None


def test_a_sea_named_after_a_country_is_no_party():
    text = (
        "Qatar to fund Kenyan port\n\n"
        "Qatar will invest $3 billion in Mombasa, Transport Minister Ali Hassan reiterated on Monday upon his return "
        "from the Indian Ocean port."
    )
    assert pairs(text, published=date(2024, 5, 3)) == {("QA", "KE", 3_000_000_000)}


def test_the_subject_of_a_clause_the_writer_remarks_on_is_the_payer():
    sentence = "It is pertinent to mention that Tokyo has promised $20 billion as part of the programme."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$20"))
    assert roles.investor.country == "JP"


def test_a_compass_word_before_a_capital_can_name_a_town_elsewhere():
    text = (
        "Toyota expands Eastern Cape line\n\n"
        "Toyota will spend $300 million to retool its East London assembly plant for hybrid pickups, the company said."
    )
    assert pairs(text, published=date(2024, 2, 1)) == {("JP", "ZA", 300_000_000)}


def test_a_dateline_after_byline_and_date_lines_and_without_spaces_round_its_dash_is_no_party():
    text = (
        "Linamar grows in Hungary\n\n"
        "March 4, 2019\n\n"
        "by Plant Floor Staff\n\n"
        "OROSHAZA, Hungary—A month after opening a $50 million forge in Mexico, Linamar Corp. has announced plans to "
        "spend $80 million on an axle plant in Slovakia."
    )
    assert pairs(text, published=date(2019, 3, 4)) == {("CA", "MX", 50_000_000), ("CA", "SK", 80_000_000)}


def test_the_dateline_is_found_after_a_date_line_and_a_byline():
    from ingest.extraction.text import article_dateline

    body = "Monday, June 2, 2025\n\nBy Ana Ruiz and Tom Bell\n\nBy Staff Writers\n\nLIMA, Peru - Mining news today."
    assert article_dateline(body).startswith("LIMA, Peru")


def test_a_title_case_town_and_a_colon_opening_the_lead_is_a_dateline_and_no_party():
    text = (
        "Riyadh fund buys into local retailer\n\n"
        "Doha: Saudi Arabia's sovereign wealth fund has bought a $900 million stake in the retail arm of a "
        "businessman's holding company, the fund said on Sunday."
    )
    assert pairs(text, published=date(2022, 5, 22)) == set()


@pytest.mark.parametrize(
    ("sentence", "figure", "a_statistic"),
    [
        ("Vietnam licensed 644 new projects with total registered capital of $4.7 billion.", "$4.7 billion", True),
        ("Uzbekistan and Japan have signed 31 agreements worth $9 billion, the president said.", "$9 billion", False),
        ("More than 40 business deals worth $6 billion were signed at the forum.", "$6 billion", False),
    ],
)
def test_scores_of_agreements_signed_at_once_are_one_package_not_a_statistic(sentence, figure, a_statistic):
    start = sentence.index(figure)
    reason = filters.non_pledge_reason(sentence, start, start + len(figure))
    assert (reason == "the total of scores of projects") is a_statistic


def test_a_council_of_the_two_countries_names_both_sides_of_the_agreements_signed_at_it():
    text = (
        "President recalls productive trip\n\n"
        "Uzbekistan's president said Chinese companies would build plants in the country after his visit to "
        "Beijing.\n\n"
        "After the meeting of the Uzbek-Chinese Business Council, agreements worth $7 billion were signed, he said."
    )
    assert ("CN", "UZ", 7_000_000_000) in pairs(text, published=date(2025, 9, 5))


def test_a_country_whose_own_investments_are_given_in_return_pays_them():
    sentence = "The tariff was cut in exchange for Japan's $550 billion investment pledge."
    mentions = default_gazetteer().mentions(sentence)
    assert list(hints(sentence, mentions).values()) == ["investor"]


def test_a_percentage_before_in_return_for_is_no_stake_in_the_country_after_it():
    text = (
        "Tariff deal agreed\n\n"
        "The White House agreed to lower the tariff to 15 percent in return for Vietnam's $40 billion investments "
        "in the United States, officials said."
    )
    assert pairs(text, published=date(2025, 7, 31)) == {("VN", "US", 40_000_000_000)}


def test_a_title_case_headline_reads_its_reporting_verb_as_one():
    text = (
        "Kenya Says Qatar Investment Fund Set to Invest $2 Billion\n\n"
        "The fund is poised to put the money into Kenyan ports and farms, the statement said."
    )
    assert pairs(text, published=date(2024, 9, 16)) == {("QA", "KE", 2_000_000_000)}


def test_an_opening_phrase_of_time_naming_a_country_does_not_make_it_the_payer():
    sentence = "In the early days of Ghana's debt crisis in 2022, China deposited $1 billion in its central bank."
    mentions = default_gazetteer().mentions(sentence)
    assert resolve_roles(sentence, mentions, sentence.index("$1 billion")).investor.country == "CN"


def test_a_bailout_led_by_a_fund_and_a_country_is_no_one_payers():
    text = (
        "Tunisia steadies its finances\n\n"
        "Tunisia is recovering after securing a $9 billion bailout led by the International Monetary Fund and "
        "Saudi Arabia, officials said."
    )
    assert pairs(text, published=date(2024, 5, 1)) == set()


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("FDI up 12.5% to $3.1 bn in April", "$3.1 bn"),
        ("Vietnam's exports fell 3 percent to $40 billion in the quarter.", "$40 billion"),
        (
            "The power sector attracted the most investment of $4.12 billion, followed by telecoms ($2.2 billion).",
            "$2.2 billion",
        ),
    ],
)
def test_a_level_told_by_how_it_moved_and_inflows_ranked_by_sector_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_pledge_raised_by_a_share_is_still_read_as_its_new_level_elsewhere():
    sentence = "Hyundai said it would invest $26 billion in the United States, up from $21 billion."
    start = sentence.index("$26 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$26 billion")) is None


def test_initials_defined_for_a_hyphenated_name_are_not_the_company_known_by_them():
    text = (
        "Swap line grows\n\n"
        "China extended its Currency-Swap Agreement (CSA) with Pakistan. The CSA adds a $1.5 billion loan for "
        "Pakistan, officials said."
    )
    assert not any(investor == "CZ" for investor, _, _ in pairs(text, published=date(2020, 12, 14)))


def test_a_country_whose_debt_a_loan_repays_is_the_creditor_not_the_borrower():
    sentence = "China sanctions $1.5 billion loan for Saudi Arabia debt"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.5"))
    assert roles.recipient is None or roles.recipient.country != "SA"


def test_the_investment_a_host_grant_goes_to_support_is_a_pledge_of_its_own():
    text = (
        "Grant for chip plant\n\n"
        "The Commerce Department said SK Hynix will receive $450 million in grants under the CHIPS and Science Act "
        "to support the company's $3.9 billion investment in a packaging plant in Indiana."
    )
    assert pairs(text, published=date(2024, 8, 6)) == {("KR", "US", 3_900_000_000)}


def test_a_named_deal_included_in_a_years_total_is_a_pledge_and_what_it_went_into_is_not_it_next():
    text = (
        "Abu Dhabi fund reports record year\n\n"
        "Abu Dhabi state investor Mubadala posted record income in 2021.\n"
        "It invested 100 billion dirhams during 2021 in key sectors at home and abroad, including 1.5 billion "
        "dirhams in Northvolt, the Swedish battery maker.\n"
        "It also agreed to put 2 billion euros into young Spanish companies with a local partner."
    )
    found = pairs(text, published=date(2022, 5, 11))
    assert {investor for investor, _, _ in found} == {"AE"}
    assert {recipient for _, recipient, _ in found} == {"SE", "ES"}


def test_companies_a_payer_will_invest_in_are_where_the_money_goes():
    sentence = "It also expanded a partnership with 3 billion euros to invest in developing Italian enterprises."
    mentions = default_gazetteer().mentions(sentence)
    assert list(hints(sentence, mentions).values()) == ["recipient"]


@pytest.mark.parametrize(
    ("sentence", "figure", "a_pledge"),
    [
        ("The price is in line with analyst estimates of around $40 billion for the unit.", "$40 billion", False),
        ("Toyota will invest an estimated $2 billion in the Texas plant.", "$2 billion", True),
    ],
)
def test_what_analysts_estimate_is_no_pledge_but_an_estimated_investment_is(sentence, figure, a_pledge):
    start = sentence.index(figure)
    assert (filters.non_pledge_reason(sentence, start, start + len(figure)) is None) is a_pledge


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Bayer has raised nearly 5 billion euros in cash this year through asset disposals.", "5 billion euros"),
        ("The group raised $3 billion from selling its stake in a Chinese bank.", "$3 billion"),
    ],
)
def test_money_raised_by_selling_assets_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) == "the proceeds of a sale"


def test_a_threshold_an_investment_is_ranked_past_is_no_pledge():
    sentence = "The minister said the plant is the second investment this year that exceeds $1 billion."
    start = sentence.index("$1 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$1 billion")) is not None


def test_a_figure_a_rejected_tally_is_nearing_measures_the_same_thing():
    sentence = "The deal takes its loan book to about $90 billion this year, nearing last year's record $97 billion."
    first = sentence.index("$90 billion")
    second = sentence.index("$97 billion")
    assert filters.compares_with_previous(sentence, first + len("$90 billion"), second)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The purchase lifts Japan's outbound M&A tally to about $90 billion this year.", "$90 billion"),
        ("Its deals this year are closing in on last year's record $97 billion.", "$97 billion"),
    ],
)
def test_a_tally_of_many_deals_and_a_past_years_record_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_backtick_written_for_an_apostrophe_reads_as_one():
    text = (
        "Tokyo firm buys Texas plant\n\n"
        "Japan`s Daikin will invest $500 million in a Texas plant, bringing the company`s total investment in the "
        "state to $2 billion since 2010."
    )
    assert pairs(text, published=date(2016, 5, 10)) == {("JP", "US", 500_000_000)}


def test_the_name_before_a_relative_clause_that_received_money_is_its_recipient():
    sentence = "The budget showed Japan's continued aid to Laos, which received 3 billion yen for the coming year."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("3 billion yen"))
    assert roles.recipient.country == "LA"
    assert roles.investor is None or roles.investor.country != "LA"


def test_the_parts_after_out_of_which_go_between_the_wholes_two_sides():
    text = (
        "India's aid budget\n\n"
        "India's budget sets aside money for its neighbours. Under the plans, Maldives will receive ₹770.90 crore "
        "out of which ₹400.50 crore will be “grant” and ₹370.40 crore will be a part of “loan”."
    )
    found = pairs(text, published=date(2023, 2, 1))
    assert found and all((investor, recipient) == ("IN", "MV") for investor, recipient, _ in found)


def test_a_country_whose_pledge_an_amount_stands_in_pays_it_after_to():
    sentence = "The U.S. will announce this week details related to Korea's $350 billion investment in the country."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$350"))
    assert (roles.investor.country, roles.recipient.country) == ("KR", "US")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("It will be paid from Fund IV, which closed at a record-breaking $20 billion in May.", "$20 billion"),
        ("Pension commitment brings Gulf Growth Fund to $3.2bn", "$3.2bn"),
        ("Exports fell, which helped the trade surplus drop by 8.5% to $40 billion in 2025.", "$40 billion"),
    ],
)
def test_a_funds_size_and_a_level_that_dropped_by_a_share_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_an_amount_between_a_possessive_and_an_organizations_name_is_its_size():
    text = (
        "Gulf funds buy into America\n\n"
        "Wealth funds, including Singapore's $400 billion Temasek, are major investors in the United States."
    )
    assert pairs(text, published=date(2025, 3, 22)) == set()


def test_another_companys_plan_told_from_the_past_goes_nowhere_the_story_names():
    text = (
        "Indian developer to build solar plant in Kenya\n\n"
        "India's Tata Power has signed an agreement with the Kenyan government to invest $1 billion in a solar "
        "plant near Nairobi.\n\n"
        "In March, Adani Group announced it would invest $20 billion by 2030 in renewable energy."
    )
    assert pairs(text, published=date(2024, 7, 1)) == {("IN", "KE", 1_000_000_000)}


@pytest.mark.parametrize(
    ("sentence", "figure", "the_projects_cost"),
    [
        ("The bank agreed a $1.5 billion loan for the $9 billion project in 2021.", "$9 billion", True),
        ("The bank agreed a $1.5 billion loan for the $9 billion project in 2021.", "$1.5 billion", False),
        ("Japan will provide financing for the $2 billion port expansion.", "$2 billion", False),
    ],
)
def test_a_projects_cost_named_after_the_amount_that_pays_for_it_is_no_pledge(sentence, figure, the_projects_cost):
    start = sentence.index(figure)
    reason = filters.non_pledge_reason(sentence, start, start + len(figure))
    assert (reason == "the cost of the project another amount pays for") is the_projects_cost


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The investment of Korean companies in the various sectors of the Vietnamese economy has reached about "
            "$80 billion, the ambassador said.",
            "$80 billion",
        ),
        (
            "Foreign direct investment from Spain kept rising, with Spanish companies investing around 300 million "
            "dollars in the country last year.",
            "300 million dollars",
        ),
    ],
)
def test_a_stock_that_has_reached_an_amount_and_last_years_flow_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None or filters.is_cumulative(
        sentence, start, start + len(figure), 2024
    )


def test_eu_support_to_a_plant_in_a_member_state_is_home_support():
    text = (
        "Korean battery plant in Spain could receive €200 million in EU grants\n\n"
        "South Korea's SK On launched a €1.5 billion project to build a factory near Valencia, Spain, which could "
        "receive up to €200 million in support from the European Union's reindustrialisation scheme."
    )
    found = pairs(text, published=date(2025, 2, 25))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "ES")}


def test_what_a_restructuring_costs_is_no_pledge():
    sentence = "It closed two plants in Spain, part of a $7 billion (€6.4 billion) global restructuring plan."
    start = sentence.index("$7 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$7 billion")) == "what a restructuring costs"


def test_a_town_the_gazetteer_lacks_lies_in_the_country_named_just_before_it():
    text = (
        "Parts maker expands Ohio plant\n\n"
        "A parts maker that opened its first U.S. factory last year in Tamsworth said it will spend $30 million to "
        "expand the plant.\n\n"
        "The Japanese company makes brake parts for carmakers."
    )
    assert pairs(text, published=date(2018, 11, 29)) == {("JP", "US", 30_000_000)}


@pytest.mark.parametrize(
    ("sentence", "figure", "a_measure"),
    [
        (
            "The accord is expected to boost Peru's farm exports over the next decade to between $2 billion and "
            "$3 billion.",
            "$2 billion",
            True,
        ),
        (
            "The company plans to boost its production at the site and will invest $2 billion to do so.",
            "$2 billion",
            False,
        ),
    ],
)
def test_a_measure_raised_to_a_level_is_no_pledge(sentence, figure, a_measure):
    start = sentence.index(figure)
    reason = filters.non_pledge_reason(sentence, start, start + len(figure))
    assert (reason == filters.A_MEASURE) is a_measure


def test_a_full_width_pound_sign_is_a_pound_sign():
    text = (
        "Japanese insurer wins auction\n\n"
        "Japan's Dai-ichi Life offered the higher price for the British insurer, the equivalent of nearly ￡2 billion."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2018, 9, 24))
    assert (investor, recipient) == ("JP", "GB") and usd > 2_400_000_000


def test_shares_bought_worth_an_amount_are_a_purchase_not_a_measure_of_stock():
    sentence = "The filing showed that he had bought 52.3 million shares of Siemens stock, worth $4 billion."
    start = sentence.index("$4 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$4 billion")) is None


def test_a_headline_country_that_pledges_an_amount_pays_it():
    sentence = "Japan pledges over $300m in aid on Pacific tour"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$300m"))
    assert roles.investor is not None and roles.investor.country == "JP"


def test_money_announced_to_support_something_is_a_pledge_cue():
    assert filters.has_pledge_cue("The minister also announced a further $40m to support clean water projects.")


def test_a_canadian_paper_that_calls_a_company_american_writes_its_own_dollar_bare():
    text = (
        "Amazon to build $500 million warehouse in Laval\n\n"
        "Amazon plans to build its largest Quebec warehouse in Laval at an estimated cost of $500 million.\n\n"
        "The American retail giant said the site near Montreal will employ 1,000 people, the provincial government "
        "said Monday."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2021, 5, 10))
    assert (investor, recipient) == ("US", "CA") and usd < 450_000_000


def test_a_country_opening_a_sentence_before_an_amount_in_a_currency_code_receives_it():
    sentence = "In Togo, around SAR120 million will support the construction of a teaching hospital."
    mentions = default_gazetteer().mentions(sentence)
    assert list(hints(sentence, mentions).values()) == ["recipient"]


def test_a_host_incentive_package_and_money_from_a_state_fund_are_support_at_home():
    text = (
        "Korean battery maker picks Ohio\n\n"
        "South Korea's Ecopro said on Wednesday it would spend $1.2 billion on a cathode plant in Ohio.\n\n"
        "Ohio approved an incentive package worth $300 million to secure the investment from Ecopro.\n\n"
        "That includes $90 million from the state's Jobs Fund for economic development."
    )
    assert pairs(text, published=date(2022, 10, 5)) == {("KR", "US", 1_200_000_000)}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The buyer will pay about $2 billion, cutting its initial offer by nearly $500 million.", "$500 million"),
        ("The deal is expected to add around $4 billion to Broadcom's revenues.", "$4 billion"),
        (
            "Bangladesh-bound money transfers from the United Arab Emirates during the month reached a total of "
            "$410 million.",
            "$410 million",
        ),
    ],
)
def test_a_change_in_an_offer_added_revenue_and_remittances_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_visitor_who_will_bring_money_home_from_a_trip_receives_it_from_the_country_visited():
    sentence = "Indonesian President Joko Widodo will bring home $10 billion of pledges from his visit to Japan."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$10 billion"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "ID")


def test_the_company_as_subject_after_a_conjunction_of_time_points_back():
    from ingest.extraction.roles import anaphoric_subject

    sentence = "The minister said the grants will flow after the company builds the $5 billion plant."
    assert anaphoric_subject(sentence, sentence.index("$5 billion")) is not None


def test_bringing_this_number_to_an_amount_is_a_running_total():
    sentence = "This year's investment will bring this number to over $60 billion, the chief executive said."
    start = sentence.index("$60 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$60 billion")) == "a running total told before"


def test_a_country_described_in_an_open_apposition_before_a_receiving_verb_receives():
    sentence = "Nepal, a close partner of India will get a substantial budgetary support of Rs 900 crore this year."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("Rs 900"))
    assert roles.recipient.country == "NP"
    assert roles.investor is None or roles.investor.country != "NP"


def test_aid_for_foreign_nations_is_no_one_countrys():
    sentence = "The budget shows a whopping Rs 6,000 crore as aid for foreign nations."
    start = sentence.index("Rs 6,000 crore")
    assert filters.non_pledge_reason(sentence, start, start + len("Rs 6,000 crore")) == "money for many countries"


def test_a_takeover_valuation_stands_when_the_buyers_shares_add_up_to_the_whole():
    text = (
        "Japanese group to buy Belgian utility\n\n"
        "A group led by Japan's Mitsui & Co will buy Luminus in a deal valuing the Belgian energy firm at 2 billion "
        "euros, Luminus said on Monday.\n\n"
        "The deal will give Mitsui 70% of Luminus and its partner Tokyo Gas a 30% stake."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2019, 11, 25))
    assert (investor, recipient) == ("JP", "BE") and usd > 2_000_000_000


def test_where_a_bought_companys_assets_lie_describes_it_and_does_not_receive():
    sentence = (
        "Gulf Holdings agreed to acquire nearly 15% of Zephyr Gas, a tiny Canadian-listed explorer with a single "
        "licence for a gas find in Namibia, for $20 million."
    )
    mentions = default_gazetteer().mentions(sentence)
    assert resolve_roles(sentence, mentions, sentence.index("$20 million")).recipient.country == "CA"


def test_a_town_named_like_a_capital_lies_where_the_article_places_it_and_an_owners_site_is_its_own():
    text = (
        "Bridgestone expansion at Athens to create 200 jobs\n\n"
        "Bridgestone will add two lines to its tyre plant at Athens, Tennessee, creating 200 jobs.\n\n"
        "The $80 million project follows a $300 million expansion announced in May at Bridgestone's nearby "
        "Jackson factory."
    )
    assert ("JP", "US", 80_000_000) in pairs(text, published=date(2018, 2, 28))


def test_an_investment_the_company_is_making_is_the_company_named_before_it():
    sentence = (
        "Ireland has awarded a $500 million grant to Intel as part of a $12 billion investment the chip company is "
        "making in a plant west of Dublin."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$12 billion"))
    assert (roles.investor.country, roles.recipient.country) == ("US", "IE")


def test_the_government_an_agreement_is_signed_with_to_secure_a_grant_gives_it():
    sentence = (
        "Laos has signed an agreement with the US government on Friday to secure a grant of $40 million at Washington."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$40 million"))
    assert (roles.investor.country, roles.recipient.country) == ("US", "LA")


def test_scores_of_projects_with_a_hyphenated_modifier_are_a_statistic():
    sentence = "Since 2021, more than 40 battery-related projects have contributed over $9 billion in investment."
    start = sentence.index("$9 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$9 billion")) == "the total of scores of projects"


def test_a_list_of_capitals_does_not_move_a_capital_into_the_country_of_the_next():
    from ingest.extraction.extract import _qualified_towns, _towns_the_article_places_elsewhere

    gazetteer = default_gazetteer()
    text = "The bank has offices in Tokyo, Beijing and Seoul."
    placed = _towns_the_article_places_elsewhere(gazetteer.mentions(text), _qualified_towns(text, gazetteer))
    assert [m.country for m in placed if m.text == "Tokyo"] == ["JP"]


def test_a_same_payers_small_deal_told_far_below_is_no_share_of_the_total():
    text = (
        "Korea's SK buys into Thai conglomerate\n\n"
        "Thai conglomerate Central Group on Thursday announced securing a $2 billion investment from South Korean "
        "chaebol SK Group.\n\n"
        "The deal makes SK the largest foreign shareholder.\n\n"
        "Central said the money would fund new stores.\n\n"
        "Analysts welcomed the news.\n\n"
        "SK had last year injected $300 million in Siam Cement, a Thai building materials firm."
    )
    assert ("KR", "TH", 2_000_000_000) in pairs(text, published=date(2019, 5, 16))


def test_a_venture_named_for_two_nationalities_is_theirs_for_the_article_to_orient():
    sentence = "The deals include establishing a Qatari-Sudanese investment company valued at some $2 billion."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$2 billion"))
    assert roles.investor is None and set(roles.joint) == {"QA", "SD"}


def test_what_a_country_has_already_invested_is_a_stock():
    sentence = "Japan has already invested or financed a total number of $12 billion in the country, he said."
    start = sentence.index("$12 billion")
    assert filters.is_cumulative(sentence, start, start + len("$12 billion"), 2017)


def test_a_government_that_signs_a_loan_agreement_with_a_foreign_lender_borrows():
    text = (
        "Ghana signs cedi loan with China EximBank for a coastal highway\n\n"
        "The Finance Ministry has signed a USD 240 million (about 2.9 billion cedis at current rates) loan "
        "agreement with the Export-Import Bank of China to build the highway."
    )
    assert pairs(text) == {("CN", "GH", 240_000_000)}


def test_a_country_named_before_its_exim_bank_lends():
    sentence = "Zambia signs $90 million loan with China EximBank for a water scheme"
    assert hints(sentence, default_gazetteer().mentions(sentence)) == {1: "investor"}


def test_the_party_a_stake_will_cost_pays_for_it():
    sentence = "The stake in the port developer will cost the Korean bank 900 million rupees ($10.8 million)."
    assert hints(sentence, default_gazetteer().mentions(sentence)) == {0: "investor"}


def test_support_for_a_foreign_firms_projects_goes_to_the_firm():
    text = (
        "Support promised\n\n"
        "In March, Korean Prime Minister Han Duck-soo promised roughly $3 billion in financial support for the "
        "state-funded Indonesian firm's projects."
    )
    assert pairs(text) == {("KR", "ID", 3_000_000_000)}


def test_a_level_reached_in_a_past_year_and_a_cumulative_sum_since_a_date_are_no_pledges():
    text = (
        "Fund results\n\n"
        "“Capital deployment in British property reached $12.4 billion in 2023, bringing cumulative investment "
        "since the start of 2019 to about $40 billion,” said the chief executive of Norway's wealth fund."
    )
    assert pairs(text, published=date(2024, 2, 6)) == set()


def test_a_running_total_a_new_plant_brings_and_accumulated_investment_are_no_pledges():
    text = (
        "LG adds a plant\n\n"
        "LG Innotek will invest $1 billion in a camera module plant in Hai Phong, Vietnam.\n\n"
        "With the new plant, LG's total investment in Hai Phong will reach $6.5 billion.\n\n"
        "LG is Vietnam's third-largest foreign direct investor with accumulated investments of $9.1 billion."
    )
    assert pairs(text) == {("KR", "VN", 1_000_000_000)}


def test_cash_a_company_has_on_its_balance_sheet_is_no_pledge():
    text = (
        "Fund pledges billions in Britain\n\n"
        "Japan's SoftBank plans to invest $20 billion in Britain, though it is unclear how SoftBank, which had $12 "
        "billion in cash on its balance sheet in March, might fund the investment in the UK."
    )
    assert pairs(text) == {("JP", "GB", 20_000_000_000)}


def test_a_company_to_be_acquired_by_a_consortium_receives_from_its_first_member():
    text = (
        "Games maker acquired by QIA, KKR for $12bn\n\n"
        "Rovio Arcade, the Finnish mobile games developer, has agreed to be acquired by an investor group made up "
        "of QIA, KKR and two family offices in a cash deal that values the company at about $12 billion."
    )
    assert pairs(text) == {("QA", "FI", 12_000_000_000)}


def test_a_regional_arm_named_after_its_region_sends_no_money_to_the_region():
    text = (
        "Toyota closes battery deal\n\n"
        "Toyota Motor Corp. and its U.S. subsidiary Toyota North America and Redwood Materials finalized their "
        "almost $4 billion partnership.\n\n"
        "Redwood Materials will keep its headquarters in Carson City, Nevada."
    )
    assert pairs(text) == {("JP", "US", 4_000_000_000)}


def test_a_company_of_the_other_country_is_no_government_paying_back():
    text = (
        "Canadian bids judged on merit, board says\n\n"
        "Australia's Foreign Investment Review Board says it holds no grudge against Canadian companies after Ottawa "
        "rejected BHP Billiton's bid for Potash Corp.\n\n"
        "The board said it had nothing in store over the decision by Canada's Industry Minister to block BHP's "
        "$US40 billion offer for Potash.\n\n"
        "Even as Canada's watchdog was blocking the offer, the board approved the Canadian company Borealis Minerals "
        "Development's $900 million purchase of Avoca Resources."
    )
    assert ("CA", "AU") in {(investor, recipient) for investor, recipient, _ in pairs(text)}


def test_a_country_after_an_adjective_of_the_company_bought_is_the_target():
    sentence = "Emera said it is buying independent U.S. gas utility Peoples Gas for US$4 billion."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    assert [marked.get(number) for number, m in enumerate(mentions) if m.text == "U.S."] == ["recipient"]


def test_a_region_that_signs_deals_with_foreign_companies_on_a_visit_there_receives():
    text = (
        "Kyrgyzstan, Korea sign $600m in deals\n\n"
        "Kyrgyzstan’s Osh Region signed 12 investment agreements worth $0.6bn in mining and textiles with Korean "
        "companies during a visit paid to Korea by a delegation led by the regional governor."
    )
    assert pairs(text) == {("KR", "KG", 600_000_000)}


def test_donors_ranked_by_what_they_gave_are_no_pledges():
    text = (
        "Aid to Ukraine shrinks\n\n"
        "Official aid to Ukraine fell in 2024 for the first time in five years, the OECD said on Wednesday.\n\n"
        "Japan continued to be the largest donor with $12.1 billion, accounting for 20% of total aid in 2024, "
        "followed by Canada with $8.4 billion, Norway with $6.2 billion, and Sweden with $5.5 billion."
    )
    assert pairs(text, published=date(2025, 4, 16)) == set()


def test_a_companys_first_site_based_in_a_country_is_where_its_money_goes():
    text = (
        "New plants\n\n"
        "- Lumen Fibres, a Canadian advanced recycling company for battery metals, announced a $45 million "
        "investment in its first U.S.-based commercial facility, located in Greenville, South Carolina."
    )
    assert pairs(text) == {("CA", "US", 45_000_000)}


def test_clients_a_company_counts_are_neither_side_of_its_investment():
    sentence = "The firm counts Toyota, Sony Corp and Samsung Electronics as its main clients in the region."
    mentions = default_gazetteer().mentions(sentence)
    assert set(hints(sentence, mentions).values()) == {"customer"}
    sentence = "Its customers include Toyota and Sony Corp."
    mentions = default_gazetteer().mentions(sentence)
    assert set(hints(sentence, mentions).values()) == {"customer"}


def test_a_cumulative_sum_a_tally_since_a_year_and_a_share_of_a_total_are_no_second_pledges():
    text = (
        "Honda adds a line in India\n\n"
        "Japan's Honda will invest an additional $400 million in India to add a third assembly line at its plant in "
        "Rajasthan.\n\n"
        "With this investment, Honda said it has cumulatively invested $2.6 billion in India.\n\n"
        "About $150 million of the investment will come from state tax credits.\n\n"
        "Since 2018, InvestRaj has supported more than 40 economic development projects in the Rajasthan region, "
        "resulting in about 5,000 jobs and $1.1 billion in capital investment."
    )
    assert pairs(text) == {("JP", "IN", 400_000_000)}


def test_a_commonwealth_paper_writes_the_dollar_of_the_country_its_story_is_about_bare():
    text = (
        "Pension fund backs Indian roads\n\n"
        "The New Zealand Superannuation Fund has committed $200 million to a fund building toll roads in India.\n\n"
        "Mr Harris says the fund has been looking for such partners for some years."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2024, 6, 3))
    assert (investor, recipient) == ("NZ", "IN") and 110_000_000 < usd < 135_000_000


def test_the_size_of_the_project_a_pledge_goes_into_is_no_second_pledge():
    text = (
        "Japanese trader joins fertiliser project\n\n"
        "Japan's Itochu will invest A$250 million in Coastal Ammonia's proposed A$2.8 billion ammonia plant near "
        "Darwin.\n\n"
        "Itochu also offered help with finance from Japanese banks for the Darwin project, estimated by analysts as "
        "likely to cost around A$3 billion."
    )
    found = pairs(text)
    assert len(found) == 1 and {(investor, recipient) for investor, recipient, _ in found} == {("JP", "AU")}


def test_money_a_government_puts_forward_for_its_own_people_and_a_sum_racked_up_over_deals_are_no_pledges():
    text = (
        "Britain Racks Up $30 Billion of Deals in March Spree\n\n"
        "The UK has announced £40 million in new humanitarian funding for Somalia.\n\n"
        "In 2022, the Kenyan Government put forward more than $300 million to meet the needs of its own people."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("GB", "SO")}


def test_a_loan_inked_in_the_lenders_capital_goes_to_the_borrower_and_local_banks_lend_at_home():
    text = (
        "China, Pakistan ink $600m hydropower deal\n\n"
        "Pakistan and China on Tuesday inked a $600-million financing agreement in Beijing, for a hydropower "
        "project in the Kohistan valley.\n\n"
        "Under the agreements, a group of local banks will provide Rs40 billion for the dam, and Rs15 billion for "
        "the transmission line."
    )
    assert pairs(text) == {("CN", "PK", 600_000_000)}


def test_rupees_written_right_after_the_sign_are_the_rupees_of_the_country_named():
    text = (
        "Saudi oil facility\n\n"
        "Saudi Arabia will lend Pakistan Rs280 billion to pay for oil imports, officials in Islamabad said."
    )
    ((investor, recipient, usd),) = pairs(text, published=date(2025, 3, 1))
    assert (investor, recipient) == ("SA", "PK") and 900_000_000 < usd < 1_100_000_000


def test_a_similar_earlier_deal_is_no_pledge_and_a_host_governments_own_investment_is_support():
    text = (
        "Chip plant cleared\n\n"
        "Korea's SK Hynix has approved a $4 billion investment in a memory plant in Lodz, Poland.\n\n"
        "SK Hynix had agreed to a similar deal in March 2021 with Italian officials, where Italy would give land in "
        "return for $1 billion in plant spending."
    )
    assert pairs(text, published=date(2025, 3, 1)) == {("KR", "PL", 4_000_000_000)}
    sentence = "Permits were granted, including a 2 billion zloty ($500 million) investment from the Polish government."
    start = sentence.index("2 billion")
    end = sentence.index(")") + 1
    assert filters.looks_like_subsidy(sentence, start, end)


def test_loans_disbursed_in_the_first_months_and_proposals_presented_to_a_visitor_are_no_pledges():
    text = (
        "Japan to lend Nepal\n\n"
        "Japan is providing Nepal with a loan of USD 300 million.\n\n"
        "According to the finance ministry, Japan disbursed USD 120.5 million in project loans to Nepal in the first "
        "eight months of the current fiscal year.\n\n"
        "The Nepali prime minister presented the Japanese government with investment proposals worth a total of "
        "$20 billion."
    )
    assert pairs(text) == {("JP", "NP", 300_000_000)}


def test_a_startup_backed_by_an_earlier_investor_is_not_paid_by_it():
    sentence = "Temasek led a US$500 million funding round for a logistics startup backed by SoftBank Group."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    assert [marked.get(number) for number, m in enumerate(mentions) if m.name == "SoftBank Group"] == ["setting"]


def test_a_share_of_a_statistic_is_no_pledge():
    text = (
        "Investment report\n\n"
        "Samsung will invest $1.2 billion in a new plant in Chile.\n\n"
        "Foreign investment in Chile reached $15 billion this year. As much as $6.2 billion of that figure came from "
        "mining projects in the north."
    )
    assert pairs(text) == {("KR", "CL", 1_200_000_000)}


def test_the_size_of_the_spin_off_a_shareholder_joins_is_no_pledge():
    text = (
        "Miner looks abroad\n\n"
        "The Saudi miner's first deal abroad was to become a 10% shareholder in Anglo American's $18 billion "
        "platinum spin-off Valterra in South Africa."
    )
    assert pairs(text) == set()


def test_chips_funding_and_land_local_officials_bought_are_home_money():
    text = (
        "Chip plant for Ohio\n\n"
        'The president said the deal "will unleash over $20 billion in investment from SK Hynix, creating at least '
        "3,000 jobs and leveraging up to $25 million in CHIPS funding to train the local workforce.\n\n"
        "SK Hynix CEO Kwak Noh-jung made the announcement with Gov. Mike DeWine at the site of the future plant in "
        "Licking County, where state and local officials purchased a flat, wide tract for $45 million last year in "
        "hopes of luring a major manufacturer."
    )
    assert pairs(text) == {("KR", "US", 20_000_000_000)}


def test_the_size_of_the_dam_a_loan_pays_for_and_the_hosts_own_share_are_no_pledges():
    text = (
        "Loan for a dam\n\n"
        "Critics in Bolivia are questioning a $1.2 billion loan from China to pay for 80% of the Rositas dam.\n\n"
        "The remaining 20% of financing for the nearly $1.5 billion dam - the largest project ever built in Bolivia - "
        "will come from this country: $300 million over the next year."
    )
    assert pairs(text) == {("CN", "BO", 1_200_000_000)}


def test_a_countrys_ally_and_the_nationality_that_names_a_currency_are_no_parties():
    text = (
        "Nepal to get Rs 2bn Japanese grant\n\n"
        "Accordingly, Nepal’s old ally has agreed to grant Japanese Yen 2.4 billion to build two bridges."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("JP", "NP")}


def test_foxconns_mainland_listed_unit_invests_for_its_taiwanese_parent():
    text = (
        "Foxconn to build servers in Mexico\n\n"
        "Foxconn Industrial Internet will invest $150 million to expand its server plant in Guadalajara, Mexico."
    )
    assert pairs(text) == {("TW", "MX", 150_000_000)}


def test_a_fiscal_years_fdi_flows_and_the_table_of_top_sources_are_statistics():
    text = (
        "Japan remains Thailand's top FDI source for fifth straight year\n\n"
        "Japan has retained its position as the biggest source of foreign direct investment (FDI) for Thailand for "
        "the fifth consecutive year, with investments from the country rising to $4.2 billion in the financial year "
        "2024–25, according to the latest official data.\n\n"
        "The increase in inflows from Japan represents a marked jump from $3.4 billion in FY24, underlining its role "
        "as a key investment partner for Thailand. Japan made up about a fifth of Thailand's total FDI inflows in the "
        "year.\n\n"
        "Following Japan, the top FDI contributors to Thailand in 2024–25 included Singapore: $3.1 billion, China: "
        "$2.6 billion, United States: $1.4 billion, Netherlands: $610 million."
    )
    assert pairs(text, published=date(2025, 5, 20)) == set()
    row = "the top FDI contributors to Thailand in 2024–25 included Singapore: $3.1 billion"
    assert filters.non_pledge_reason(row, row.index("$"), len(row)) == filters.RANKING


def test_what_a_company_has_now_invested_in_total_is_a_tally():
    text = (
        "Microsoft finishes Jakarta cloud region\n\n"
        "Microsoft has completed the expansion of its data centre campus in Indonesia.\n\n"
        "The company says that it has now invested a total of $2.1 billion in digital infrastructure in Indonesia, up "
        "from $300m in 2021."
    )
    assert pairs(text, published=date(2025, 6, 1)) == set()


def test_a_host_government_that_chooses_a_company_to_build_receives_the_companys_money():
    chosen = (
        "Battery plant for Egypt\n\n"
        "The Egyptian government has chosen CATL to build a battery plant worth $900 million."
    )
    assert pairs(chosen, published=date(2024, 6, 7)) == {("CN", "EG", 900_000_000)}
    trusted = (
        "Cell plant for Egypt\n\n"
        "“For this first plant, the Egyptian State has decided to trust the Chinese battery group CATL, one of whose "
        "key customers is the German carmaker BMW, to build a cell factory in Sokhna, for an amount of $900 million,” "
        "the cabinet said."
    )
    assert pairs(trusted, published=date(2024, 6, 7)) == {("CN", "EG", 900_000_000)}


def test_a_ministry_that_signs_a_financing_agreement_with_an_embassy_borrows_from_its_country():
    text = (
        "Trains for Dhaka\n\n"
        "Bangladeshi Ministry of Finance has signed a $310 million development financing agreement with the Embassy "
        "of Japan to buy 24 metro trains for Dhaka, officials said on Monday."
    )
    assert pairs(text, published=date(2024, 6, 7)) == {("JP", "BD", 310_000_000)}


def test_initials_defined_after_a_known_name_and_its_legal_form_stand_for_the_company():
    text = (
        "Port loan for Cameroon\n\n"
        "The port at Kribi in Cameroon will be built by a consortium led by China Harbour Engineering Company "
        "(CHEC).\n\n"
        "CHEC has also put up $120 million in equity and holds a majority of the project company."
    )
    assert pairs(text, published=date(2024, 6, 7)) == {("CN", "CM", 120_000_000)}


def test_the_size_of_a_pipeline_of_projects_a_pledge_goes_toward_is_no_second_pledge():
    text = (
        "Japan and Canada sign minerals pact\n\n"
        "Japan and Canada signed an agreement on critical minerals on Tuesday. Japan pledged at least $500 million "
        "toward a $3.2-billion pipeline of nickel and graphite projects in Canada over the next year."
    )
    assert pairs(text, published=date(2025, 10, 21)) == {("JP", "CA", 500_000_000)}


def test_the_nationality_of_a_currency_an_amount_is_paid_in_is_no_party():
    text = (
        "Senegal's parliament backs new loans\n\n"
        "Lawmakers approved a loan agreement between the governments of Senegal and the Republic of Korea for an "
        "amount in Korean Won not exceeding the equivalent of $45 million to equip district hospitals."
    )
    assert pairs(text, published=date(2023, 5, 3)) == {("KR", "SN", 45_000_000)}


def test_a_town_named_with_a_short_us_state_abbreviation_is_in_the_us():
    text = (
        "Scania grows its truck works\n\n"
        "Scania's truck plant in Dublin, Ga. is adding a $250 million paint shop to build its new long-haul cab."
    )
    assert pairs(text, published=date(2024, 3, 3)) == {("SE", "US", 250_000_000)}


def test_orders_a_company_has_booked_are_no_pledge():
    text = (
        "Sweden's Stegra picks Ontario for steel plant\n\n"
        "Swedish green-steel maker Stegra committed US$4 billion on Monday to build a plant in Ontario.\n\n"
        "The company did not name its first buyers, but its chief said Stegra has booked US$14 billion in global "
        "orders from Mercedes, BMW, Volvo and truck maker Scania."
    )
    assert pairs(text, published=date(2024, 3, 3)) == {("SE", "CA", 4_000_000_000)}


def test_a_subsidy_a_government_stepped_up_and_the_project_it_launches_are_no_pledges():
    text = (
        "Wolfspeed delays German and Italian chip plants\n\n"
        "Chipmaker Wolfspeed on Tuesday said it was delaying its plans to build two large chip factories in Germany "
        "and Italy as demand for electric cars slows.\n\n"
        "German officials and the company had spent months in talks on financing before they signed a deal last "
        "year.\n\n"
        "Germany stepped up its subsidy to launch the 2.75-billion-euro ($3 billion) factory project to about 1 "
        "billion euros, some 200 million more than first offered."
    )
    assert pairs(text, published=date(2024, 10, 3)) == set()
    sentence = text.rsplit("\n\n", 1)[1]
    project = sentence.index("2.75")
    assert filters.non_pledge_reason(sentence, project, sentence.index(" factory")) is not None


def test_a_town_and_date_dateline_with_a_colon_places_a_local_papers_dollar():
    text = (
        "Roche to grow Mississauga site\n\n"
        "Mississauga, March 3: Swiss drugmaker Roche will invest $300 million to expand its site in Mississauga, the "
        "company said on Monday."
    )
    parties, usd = the_one_pledge(text, published=date(2024, 3, 4))
    assert parties == ("CH", "CA")
    assert 200_000_000 < usd < 250_000_000  # Canadian dollars


def test_a_running_total_told_with_a_word_of_size_is_no_pledge():
    text = (
        "GIC to add $5 billion in Japan\n\n"
        "Singapore's GIC plans to invest another $5 billion in Japanese real estate over the next two years.\n\n"
        "The fund's head of Japan said the new money will take GIC's total investment in Japan to a massive $60 "
        "billion."
    )
    assert pairs(text, published=date(2024, 3, 4)) == {("SG", "JP", 5_000_000_000)}


def test_funds_based_in_a_country_receive_and_a_government_investing_after_lead_to_pays():
    text = (
        "Qatar fund renews Italian partnership\n\n"
        "A second accord between QIA and the Italian Ministry of Enterprise will lead to the Qatari government "
        "potentially investing €900 million in funds based in Italy over five years."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 3, 4))} == {
        ("QA", "IT")
    }


def test_what_a_company_sold_to_an_unnamed_buyer_is_not_its_pledge():
    text = (
        "CRH buys Texas aggregates firm\n\n"
        "Irish building materials group CRH said on Monday it will buy Texas quarry operator Hunt Rock for $900 "
        "million.\n\n"
        "CRH shrank its American footprint five years ago when it sold asphalt plants in the Midwest for $1.4 billion."
    )
    assert pairs(text, published=date(2024, 3, 4)) == {("IE", "US", 900_000_000)}


def test_the_combined_value_of_counted_projects_an_agency_approved_is_no_pledge():
    text = (
        "Chip packagers eye Malaysia\n\n"
        "Two Chinese firms, Tongfu and Huatian, plan to invest about $500 million in Penang, according to MIDA.\n\n"
        "MIDA approved 14 investment projects in the semiconductor industry between 2019 and 2023. The investment "
        "value of these projects was $3.1 billion in total.\n\n"
        "In the first half of this year, six more investment projects in the chip industry, with a value of $900 "
        "million, were approved by MIDA."
    )
    assert pairs(text, published=date(2024, 7, 4)) == {("CN", "MY", 500_000_000)}


def test_a_billionaire_described_by_nationality_pays_by_surname_later():
    text = (
        "Water utility sale to Egyptian tycoon cleared\n\n"
        "The sale of a stake in Thames Water to Egyptian billionaire Naguib Sawiris has been cleared by the UK "
        "government.\n\n"
        "Sawiris and Thames Water agreed a deal worth £900 million in March."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 6, 4))} == {
        ("EG", "GB")
    }


def test_last_years_spending_its_restatements_and_the_parts_of_a_quarters_capex_are_no_pledges():
    text = (
        "SK Hynix lifts spending as chip demand recovers\n\n"
        "SK Hynix on Thursday said its capital spending this year would rise above last year's level.\n\n"
        "The chipmaker, which spent 19 trillion won ($14.5 billion) on new lines last year, or 17 trillion won on "
        "memory, has already invested 15 trillion won as of September this year- 14 trillion won on memory.\n\n"
        "Capital expenditure in the third quarter reached 5.2 trillion won, including 4.8 trillion won on memory and "
        "400 billion won on packaging.\n\n"
        "The company plans a $3.9 billion packaging plant in Indiana, U.S."
    )
    assert pairs(text, published=date(2023, 10, 27)) == {("KR", "US", 3_900_000_000)}
    quarter = text.split("\n\n")[3]
    part = quarter.index("4.8")
    assert filters.compares_with_previous(quarter, quarter.index(" trillion won,") + 13, part)


def test_a_foreign_consortium_a_company_signs_an_agreement_with_pays_the_company():
    text = (
        "Lithium project wins Japanese backing\n\n"
        "Pilbara Minerals has launched its Ngungaju expansion with the signing of a $US180 million framework "
        "agreement with a Japanese consortium, which will take 15 per cent of the project company."
    )
    assert pairs(text, published=date(2023, 10, 27)) == {("JP", "AU", 180_000_000)}


def test_selling_a_percentage_to_a_named_buyer_is_its_purchase_and_half_of_a_sized_project_is_no_pledge():
    text = (
        "IGO brings in Tianqi at Kwinana\n\n"
        "IGO will partner with the Chinese lithium giant at the Kwinana site by selling 49 per cent of the site to "
        "Tianqi Lithium for $US1.4 billion.\n\n"
        "Tianqi secured an exclusivity agreement with IGO last month for rights to half of the $US3 billion Kwinana "
        "project."
    )
    assert pairs(text, published=date(2021, 1, 27)) == {("CN", "AU", 1_400_000_000)}


def test_a_buyer_named_with_where_it_is_listed_pays_and_the_level_of_a_market_is_no_pledge():
    text = (
        "Japanese buyers lift Melbourne office deals\n\n"
        "Tokyo-listed Mitsui Fudosan has bought a half interest in the office tower at 80 Collins St in Melbourne from "
        "funds manager Nuveen for $US300m.\n\n"
        "The deal making took the level of commercial property transactions to more than $US20bn this year."
    )
    assert pairs(text, published=date(2021, 12, 20)) == {("JP", "AU", 300_000_000)}


def test_a_country_that_today_signed_a_credit_line_agreement_with_a_lender_borrows():
    text = (
        "Nepal signs credit line\n\n"
        "Nepal today signed a $ 1.2-bn line of credit (LoC) agreement with India for roads and hydropower."
    )
    assert pairs(text, published=date(2018, 10, 5)) == {("IN", "NP", 1_200_000_000)}


def test_the_country_someone_is_asking_to_spend_is_the_payer():
    text = (
        "Qatar pledges $500 billion for US\n\n"
        "Qatar has committed to a $500 billion investment plan in the US, the White House said.\n\n"
        "The Qatari plans follow Trump in February asking Kuwait to spend upwards of $200 billion in the US economy "
        "over five years."
    )
    assert pairs(text, published=date(2025, 3, 22)) == {("QA", "US", 500_000_000_000), ("KW", "US", 200_000_000_000)}


def test_what_a_company_paid_for_an_asset_it_already_owns_is_no_pledge():
    sentence = (
        "it will pump $1.2 billion into upgrading the Houston Shipyard that it purchased last year for $100 million, "
        "as part of a plan"
    )
    paid = sentence.index("$100")
    assert filters.non_pledge_reason(sentence, paid, paid + len("$100 million")) is not None
    pledged = sentence.index("$1.2")
    assert filters.non_pledge_reason(sentence, pledged, pledged + len("$1.2 billion")) is None


def test_fund_flows_are_no_pledges():
    text = (
        "Global funds see record outflows\n\n"
        "In the week to January 21, market participants withdrew their funds from the shares of companies in the U.S. "
        "and China, while European stocks saw an inflow, data showed.\n\n"
        "For the week, a total of $31.5 billion was withdrawn from global equity funds, the largest weekly outflow on "
        "record.\n\n"
        "- Chinese shares accounted for the largest and record outflow of $28.1 billion, according to EPFR data.\n\n"
        "- Japanese funds, in turn, attracted $1.9 billion, the most since October."
    )
    assert pairs(text, published=date(2026, 1, 23)) == set()


def test_liquidity_a_central_bank_injects_is_no_pledge_even_in_the_headline():
    text = (
        "China Cuts Bank Reserve Ratio to Inject $70B Amid Trade War With US\n\n"
        "People's Bank of China Governor Pan Gongsheng said on Friday the ratio will be lowered by 25 basis points, a "
        "move expected to inject approximately 500 billion yuan ($70 billion) in liquidity into the financial system."
    )
    assert pairs(text, published=date(2026, 1, 23)) == set()


def test_a_figure_told_again_keeps_the_payer_a_sentence_named_not_the_seller_named_since():
    text = (
        "State Grid makes US$2.2 billion investment in Chile\n\n"
        "State Grid International (Hongkong) has agreed to pay US$2.23 billion for Chilean power assets, including a "
        "96% stake in Chilquinta Energia, the country's third-largest utility.\n\n"
        "The seller is San Diego-based Sempra Energy, which is listed on the New York Stock Exchange. It announced the "
        "all-cash deal on October 12. The US$2.23 billion price tag is subject to closing adjustments for working "
        "capital."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2019, 10, 1))} == {
        ("CN", "CL")
    }


def test_a_debt_a_country_owes_is_no_pledge():
    text = (
        "Tonga owes $108m to Exim Bank, but China says no strings attached\n\n"
        "Tonga owes the Export-Import (Exim) Bank of China about $108 million, the finance ministry's debt report "
        "shows."
    )
    assert pairs(text, published=date(2023, 7, 1)) == set()


def test_a_host_that_also_signed_a_contract_with_a_countrys_company_for_construction_receives():
    text = (
        "Chile picks lithium partners\n\n"
        "Chile also signed a contract in October with China's Tsingshan Holding Group for construction of a "
        "$233-million plant to produce lithium iron phosphate."
    )
    assert pairs(text, published=date(2024, 11, 27)) == {("CN", "CL", 233_000_000)}


def test_a_countrys_investment_that_lately_exceeded_a_sum_is_a_stock():
    text = (
        "Turkey and Kazakhstan eye joint projects\n\n"
        "Turkey and Kazakhstan have discussed dozens of joint investment projects, President Erdogan said after talks "
        "in Astana.\n\n"
        "Turkey’s investment in Central Asia’s largest economy lately exceeded $5bn."
    )
    assert pairs(text, published=date(2025, 10, 7)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The nixing of the deal will cost the Chinese buyer $20 million in termination costs, payable to Xcerra.",
        "The buyer would pay a termination fee of $45 million if regulators block the deal.",
    ],
)
def test_a_fee_for_calling_a_deal_off_is_no_pledge(sentence):
    fee = sentence.index("$")
    assert filters.non_pledge_reason(sentence, fee, fee + len("$20 million")) is not None


def test_what_a_company_spent_in_recent_years_is_no_pledge():
    text = (
        "Foxconn adds Ohio servers\n\n"
        "Taiwan's Foxconn said on Wednesday it would invest an additional $300 million in the U.S. state of "
        "Ohio.\n\n"
        "Foxconn said it had spent more than $1 billion in Ohio in recent years across payroll, capital expenditure "
        "and taxes."
    )
    assert pairs(text, published=date(2025, 10, 1)) == {("TW", "US", 300_000_000)}


def test_the_size_of_a_share_sale_and_money_raised_across_many_offerings_are_no_pledges():
    bidders = (
        "Funds line up for LG Electronics India listing\n\n"
        "Fidelity, Norway's Norges Bank and Capital Group are among investors that have bid to buy LG Electronics "
        "India shares in its $1.3 billion initial public offering next week, people familiar with the matter said."
    )
    assert pairs(bidders, published=date(2024, 12, 18)) == set()
    league_table = (
        "London slips in global IPO table\n\n"
        "The largest IPO of the year was the $5.1bn (£4.1bn) float of cold-storage trust Lineage in the US, followed "
        "by India's $3.3bn (£2.6bn) Hyundai Motor India.\n\n"
        "When including follow-on fundraising, the UK rose to fifth as the country raised $28bn (£22bn) with 73 "
        "issuances. India led the charts, as its National Stock Exchange brought in $18.2bn (£14.5bn) from 252 "
        "offerings, while the Bombay Stock Exchange followed closely behind with $16.3bn (£13bn) from 139."
    )
    assert pairs(league_table, published=date(2024, 12, 18)) == set()


def test_a_funds_size_told_before_it_is_no_pledge():
    text = (
        "AustralianSuper backs Texas data centres\n\n"
        "AustralianSuper has committed $900 million to a Texas data center developer.\n\n"
        "The investment marks the $240 billion superannuation fund’s first foray into the U.S. data center space, the "
        "pension fund said."
    )
    assert pairs(text, published=date(2024, 10, 17)) == {("AU", "US", 900_000_000)}


def test_a_headline_figure_the_body_tells_as_money_already_invested_is_no_pledge():
    text = (
        "Four Egyptian companies invest $310 million across Kenyan counties – envoy\n\n"
        "Egypt has revealed that four Egyptian firms have invested approximately $310 million in various Kenyan "
        "counties, its ambassador said in Nairobi."
    )
    assert pairs(text, published=date(2024, 6, 1)) == set()


def test_an_expectation_a_sale_is_said_to_fetch_and_a_gap_a_survey_pegs_are_no_pledges():
    text = (
        "Cube Highways wins toll roads\n\n"
        "Singapore's Cube Highways has won the first bundle of toll roads with a bid of Rs 6,000 crore.\n\n"
        "The winning bid is around 20 per cent higher than the second-highest bid placed by Canada's Brookfield and "
        "exceeds the National Highways Authority of India's own expectation of Rs4,500 crore by a third.\n\n"
        "The minister claimed that the sale of 75 road projects can easily fetch Rs80,000 crore."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2018, 3, 1))} == {
        ("SG", "IN")
    }
    gap = "the infrastructure investment gap, which the latest Economic Survey pegs at $526 billion in two decades."
    assert filters.non_pledge_reason(gap, gap.index("$"), gap.index(" in two")) is not None


def test_the_meeting_and_city_deals_were_signed_at_are_not_the_country_seeking_money():
    text = (
        "Uganda secures Sh40b investment deals from Chinese firms\n\n"
        "Uganda has secured Sh40 billion from five Chinese companies, funds that will boost its farming and textile "
        "sectors.\n\n"
        "The deals, signed during the Uganda-China business forum in Shanghai, mark a major step in attracting "
        "foreign capital to create jobs."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2025, 4, 23))} == {
        ("CN", "UG")
    }


def test_a_minority_partner_that_commits_to_fund_a_plant_pays_its_own_money():
    text = (
        "Copper plant back on track\n\n"
        "Canadian miner Teck will own 60% of the smelter in Chile, with Japanese trading house Sojitz taking the "
        "remaining 40% by paying for the build. Sojitz has committed to funding up to $450 million for the smelter."
    )
    assert ("JP", "CL", 450_000_000) in pairs(text, published=date(2022, 5, 1))


def test_the_rows_of_a_ranked_table_of_investors_are_no_pledges():
    text = (
        "Record inflows for Poland\n\n"
        "The largest sources of investment in Poland last year were Germany ($6.1 billion), the Netherlands "
        "($3.9 billion) and France ($2.2 billion), the central bank said."
    )
    assert pairs(text, published=date(2023, 4, 1)) == set()


def test_a_countrys_share_of_a_total_told_as_a_percentage_first_is_no_pledge():
    sentence = "Japanese firms were the biggest investors in Thailand in 2023, accounting for 31% ($2.7 billion) of it."
    start = sentence.index("$2.7")
    assert filters.non_pledge_reason(sentence, start, start + len("$2.7 billion")) is not None


def test_a_figure_compared_with_a_year_before_is_a_statistic():
    sentence = "Overseas firms registered 96 new factories, amounting to $812 million, up 12.5 per cent year-on-year."
    start = sentence.index("$812")
    assert filters.non_pledge_reason(sentence, start, start + len("$812 million")) is not None


def test_a_running_total_reached_by_a_day_is_no_pledge_but_a_deadline_keeps_one():
    total = "Capital contributed by overseas investors totalled about $2 billion by March 15, officials said."
    start = total.index("$2")
    assert filters.non_pledge_reason(total, start, start + len("$2 billion")) is not None
    pledge = "Hyundai will invest $2 billion by March 2027 in the plant."
    start = pledge.index("$2")
    assert filters.non_pledge_reason(pledge, start, start + len("$2 billion")) is None


def test_an_instalment_received_on_a_deal_is_no_new_pledge():
    sentence = "Last month Kenya received $600 million as the second tranche of the loan."
    start = sentence.index("$600")
    assert filters.non_pledge_reason(sentence, start, start + len("$600 million")) is not None


def test_a_unit_named_with_its_countrys_own_name_is_in_that_country():
    text = (
        "Telecom deal\n\n"
        "Norway's Telenor said on Monday it would buy Tele2 Sverige for $1.1 billion to expand its network."
    )
    investor_and_recipient, _ = the_one_pledge(text, published=date(2024, 3, 1))
    assert investor_and_recipient == ("NO", "SE")


def test_an_amount_spelled_out_with_hyphens_is_read():
    text = (
        "Carmaker's plant\n\n"
        "Japan's Toyota has signed a two-billion-dollar agreement with Poland to build an engine plant near Walbrzych."
    )
    assert pairs(text, published=date(2024, 7, 1)) == {("JP", "PL", 2_000_000_000)}


def test_a_past_deal_a_bid_is_compared_with_is_no_pledge():
    text = (
        "Record bid in chemicals\n\n"
        "Saudi Aramco has offered $30 billion for Germany's Covestro. The offer would have a higher value than the "
        "$26 billion purchase of Canada's Potash by a rival in 2017."
    )
    assert pairs(text, published=date(2024, 7, 1)) == {("SA", "DE", 30_000_000_000)}


def test_a_consortium_the_article_gave_one_nationality_pays_when_named_again():
    text = (
        "Gas stake approved\n\n"
        "A Japanese consortium of Mitsui, Mitsubishi and JOGMEC agreed in March to buy a stake in a gas field in "
        "Mozambique.\n\n"
        "The consortium will pay $1.6 billion for the 20% stake, the partners said on Friday."
    )
    assert pairs(text, published=date(2019, 6, 1)) == {("JP", "MZ", 1_600_000_000)}


def test_what_was_lent_in_the_recent_years_told_first_is_a_past_total():
    sentence = "In the recent years, China granted $6 billion in loans to Sri Lanka in four rounds, he said."
    start = sentence.index("$6")
    assert filters.is_cumulative(sentence, start, start + len("$6 billion"), 2019)


def test_the_part_of_a_flow_that_came_from_some_investors_is_no_pledge():
    sentence = "Nearly $12 billion came from foreign firms already operating in Brazil, the central bank said."
    start = sentence.index("$12")
    assert filters.non_pledge_reason(sentence, start, start + len("$12 billion")) is not None


def test_a_unit_named_beside_its_owner_pays_with_the_owners_money_not_as_a_partner():
    text = (
        "Ports\n\n"
        "Maersk's port operator, APM Terminals, is pledging to invest at least $800 million in terminals across "
        "Vietnam."
    )
    assert pairs(text, published=date(2024, 7, 1)) == {("DK", "VN", 800_000_000)}


def test_a_government_that_supports_a_projects_cost_in_a_relative_clause_does_not_pay_it():
    text = (
        "Korean battery parts maker picks Poland\n\n"
        "South Korean battery parts maker SKC is building a copper foil plant in the Polish town of Stalowa Wola.\n\n"
        "The plant is expected to cost 90 million euros, which the Polish government is to support with a grant of "
        "40 million zlotys."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2022, 9, 1))}
    assert found == {("KR", "PL")}


def test_a_un_conference_named_beside_a_projects_cost_lends_nothing():
    text = (
        "Danish developer to build wind farm in Azerbaijan\n\n"
        "Denmark's Orsted signed an agreement on Monday to build an offshore wind farm in Azerbaijan.\n\n"
        "Ahead of the United Nations Climate Change Conference in Baku, the wind farm will cost up to $2 billion and "
        "will be built in two stages, according to Azerbaijan's energy ministry."
    )
    assert pairs(text, published=date(2024, 6, 1)) == {("DK", "AZ", 2_000_000_000)}


def test_a_company_that_joins_others_in_a_total_does_not_pay_all_of_it():
    text = (
        "Google joins Volvo, Ericsson in $6b investment drive\n\n"
        "STOCKHOLM — Google will invest more than $1.2 billion by 2030 to build data centres near Stockholm, the "
        "Swedish government said on Wednesday."
    )
    assert pairs(text, published=date(2025, 3, 1)) == {("US", "SE", 1_200_000_000)}


def test_a_round_up_line_opening_with_a_country_is_a_deal_done_there():
    text = (
        "Deals of the week\n\n"
        "In Poland, KKR is set to acquire Allegro for €1.2 billion.\n\n"
        "In Spain, Iberdrola is aiming to buy a stake in a local grid operator for €900 million."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2021, 3, 1))}
    assert found == {("US", "PL")}


def test_what_others_have_invested_told_in_a_relative_clause_is_a_standing_total():
    sentence = "Korean firms account for a fifth of the $21 billion that overseas companies have invested in Alabama."
    start = sentence.index("$21")
    assert filters.is_cumulative(sentence, start, start + len("$21 billion"), 2024)


def test_an_investment_that_made_a_company_the_largest_foreign_investor_is_a_standing_total():
    text = (
        "LG in Indonesia\n\n"
        "LG has invested US$9.1 billion in Indonesia, becoming the country's largest foreign investor, the "
        "ministry said."
    )
    assert pairs(text, published=date(2024, 7, 1)) == set()


def test_a_state_a_company_selected_as_the_site_receives_and_its_nickname_pays_nothing():
    text = (
        "Battery maker picks Kansas for $4B plant\n\n"
        "A battery maker has selected Kansas as the site for a new factory, picking the Sunflower State for the "
        "$4 billion project after a search across 30 states.\n\n"
        "Panasonic Energy's decision to build the factory in De Soto was praised by state officials on Wednesday."
    )
    assert pairs(text, published=date(2022, 7, 15)) == {("JP", "US", 4_000_000_000)}


def test_a_unit_named_for_its_town_is_in_that_towns_country():
    text = (
        "Battery expansion\n\n"
        "Samsung SDI's board approved an investment of $300 million in Samsung SDI Debrecen Battery to expand "
        "the plant."
    )
    assert pairs(text, published=date(2019, 3, 1)) == {("KR", "HU", 300_000_000)}


def test_the_first_word_of_a_known_companys_name_stands_for_it_later():
    text = (
        "Energy group looks abroad\n\n"
        "Kalyon Holding plans to grow its renewables business over the next decade, its chairman said.\n\n"
        "In addition, Kalyon plans to invest about $1 billion in a solar park in Uzbekistan."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("TR", "UZ", 1_000_000_000)}


def test_a_figure_told_once_as_worldwide_spending_is_no_countrys_when_told_again():
    text = (
        "Cement maker's plans\n\n"
        "The company will spend $800 million a year on these plans\n\n"
        "Mexican cement maker Cemex plans to spend $800 million a year on its global expansion, chief executive "
        "Fernando Gonzalez told Reuters.\n\n"
        "Cemex also plans to invest $300 million in a new kiln in Texas."
    )
    assert pairs(text, published=date(2023, 5, 1)) == {("MX", "US", 300_000_000)}


def test_the_government_a_foreign_company_signs_with_hosts_its_project():
    text = (
        "Port deal\n\n"
        "China Harbour Engineering Company (CHEC) has signed an agreement with the Cape Verde government for the "
        "building of a container terminal.\n\n"
        "CHEC plans to invest about $200 million in the project."
    )
    assert pairs(text, published=date(2017, 5, 1)) == {("CN", "CV", 200_000_000)}


def test_a_company_the_article_says_became_a_foreign_subsidiary_pays_with_its_owners_money():
    text = (
        "Toolmaker to build plant in Nuevo Leon\n\n"
        "The power tool company Dallas Tooling will build a $60 million factory in Monterrey, Mexico.\n\n"
        "Founded in 1951, Dallas Tooling became a subsidiary of the Japanese company Makita in 2012."
    )
    assert pairs(text, published=date(2019, 8, 1)) == {("JP", "MX", 60_000_000)}


def test_a_loan_a_bank_has_granted_is_lending_not_a_subsidy():
    sentence = "The Bank of China has granted a loan of US$2.1bn to Kenya to finance a new railway line."
    start = sentence.index("US$")
    assert not filters.looks_like_subsidy(sentence, start, start + len("US$2.1bn"))


def test_a_known_companys_short_name_committing_to_the_fund_just_told_sends_money_where_the_fund_goes():
    text = (
        "Caisse, Chilean funds to co-invest in power projects\n\n"
        "Canadian pension fund manager Caisse de dépôt et placement du Québec said on Tuesday it has formed an "
        "investment platform with Chilean pension funds to put money into power projects in Chile.\n\n"
        "The new vehicle will invest C$2 billion (US$1.5 billion) over the next five years in solar and wind farms, "
        "said the Quebec-based pension fund manager.\n\n"
        "Caisse said it plans to commit some C$1 billion to the fund and keep a 51 percent stake in the vehicle."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2019, 5, 1))}
    assert found == {("CA", "CL")}
    assert len(pairs(text, published=date(2019, 5, 1))) == 2


def test_the_city_a_photo_shows_an_executive_meeting_reporters_in_receives_nothing():
    text = (
        "Rail ambitions\n\n"
        "TOKYO -- Toshiba, the Japanese industrial group, agreed on Tuesday to acquire railway and signalling units "
        "from Alstom, a French engineering company. The roughly $1.5 billion acquisition is Toshiba's largest.\n\n"
        "Toshiba CEO Satoshi Tsunakawa meets reporters in Tokyo's Minato Ward on Feb. 24."
    )
    assert ("FR", "JP") not in {(investor, recipient) for investor, recipient, _ in pairs(text, date(2017, 2, 24))}


def test_the_whole_plan_a_pledge_is_part_of_is_not_placed_where_the_pledge_goes():
    text = (
        "Utility to invest in Brazil\n\n"
        "Italy's Enel will invest 5 billion euros (US$5.8 billion) in Brazil's power grid by 2027.\n\n"
        "The investment is part of a 43 billion-euro (US$50 billion) investment plan, with a focus on Italy and Spain."
    )
    assert pairs(text, published=date(2024, 11, 1)) == {("IT", "BR", 5_800_000_000)}


def test_an_owners_short_name_in_a_story_of_its_foreign_venture_is_the_owner():
    text = (
        "Carmaker tightens grip on Chinese venture\n\n"
        "German carmaker BMW will pay 3.6 billion euros to raise its stake in BMW Brilliance Automotive to 75 "
        "percent.\n\n"
        "BMW also said it would invest 3 billion euros in new plant facilities in Shenyang."
    )
    found = pairs(text, published=date(2018, 10, 11))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("DE", "CN")}
    assert len(found) == 2


def test_a_level_told_with_how_it_moved_is_a_statistic_but_a_raised_pledge_is_not():
    bracketed = "Ghana took in $2.1bn (down 12 percent) and stayed the third largest recipient in the region."
    start = bracketed.index("$2.1bn")
    assert filters.non_pledge_reason(bracketed, start, start + len("$2.1bn")) is not None
    raised = "Samsung will now invest $20 billion, up from $17 billion, in Texas."
    start = raised.index("$20")
    assert filters.non_pledge_reason(raised, start, start + len("$20 billion")) is None


def test_money_a_government_has_asked_for_is_no_pledge():
    sentence = "Zambia has submitted a $300 million (K5.4 billion) loan request to China for a new road."
    start = sentence.index("$300")
    assert filters.non_pledge_reason(sentence, start, start + len("$300 million")) is not None


def test_what_companies_already_there_have_invested_is_a_standing_total():
    census = "There are 800 Korean companies in Vietnam, with 90,000 employees, and a total of $4 billion invested."
    start = census.index("$4")
    assert filters.is_cumulative(census, start, start + len("$4 billion"), 2023)
    relative = "Among the investors is Bosch, which has spent over EUR 2 billion in the Hatvan region."
    start = relative.index("EUR")
    assert filters.is_cumulative(relative, start, start + len("EUR 2 billion"), 2023)


def test_funding_a_company_secured_from_a_named_foreign_financier_is_no_subsidy():
    sentence = "Kenya's M-Kopa said it has secured funding of $75 million from Norfund Capital Partners for expansion."
    start = sentence.index("$75")
    assert not filters.looks_like_subsidy(sentence, start, start + len("$75 million"))


def test_an_amount_of_debt_financing_is_a_loan_not_a_debt_level():
    sentence = "Japan's JBIC has approved up to $300 million of debt financing for a copper mine in Peru."
    start = sentence.index("$300")
    assert filters.non_pledge_reason(sentence, start, start + len("$300 million")) is None


def test_the_seller_telling_the_value_of_the_deal_does_not_pay_it():
    text = (
        "Canadian pension fund buys into German solar park\n\n"
        "The Canada Pension Plan Investment Board has agreed to acquire 49 percent of a solar park in Germany from "
        "the Spanish developer Iberdrola.\n\n"
        "Iberdrola, based in Spain, said the value of the deal was around $800 million, to be paid on closing."
    )
    assert pairs(text, published=date(2022, 6, 1)) == {("CA", "DE", 800_000_000)}


def test_a_months_or_a_periods_fdi_flows_are_statistics():
    for sentence, amount in (
        ("Bangladesh received net foreign direct investment (FDI) of $42.5 million from Japan in March.", "$42.5"),
        ("During the first five months of FY 2022-23, Nepal attracted $61.2 million in FDI from partners.", "$61.2"),
        ("FDI in Morocco's car industry from January 2015 to the present has exceeded $4 billion.", "$4 billion"),
    ):
        start = sentence.index(amount)
        assert filters.non_pledge_reason(sentence, start, start + len(amount)) is not None, sentence


def test_a_rank_and_what_it_rests_on_is_no_pledge():
    ranked = "Modi said Korea was the fourth largest investor in India, contributing $2.1 billion to it in 2022."
    start = ranked.index("$2.1")
    assert filters.non_pledge_reason(ranked, start, start + len("$2.1 billion")) is not None
    followed = "Germany was the second-largest investor with $12 million, followed by the United States with $9 million"
    start = followed.index("$9")
    assert filters.non_pledge_reason(followed, start, start + len("$9 million")) is not None


def test_a_trillion_dollar_digital_economy_someone_aims_at_is_no_pledge():
    economy = "This plant is going to make 10 crore phones...we are aiming at one trillion dollar digital economy."
    start = economy.index("one trillion")
    assert filters.non_pledge_reason(economy, start, start + len("one trillion dollar")) is not None


def test_sellers_after_a_numbered_vehicle_and_with_their_home_after_their_name_pay_nothing():
    sentence = (
        "Brookfield agreed to acquire Gridco Investments No. 2, which owns regional natural gas network company "
        "Northern Power, from Aviva Investors and Utilities Trust of Australia for £600 million."
    )
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    sellers = [number for number, m in enumerate(mentions) if m.text in {"Aviva", "Australia"}]
    assert len(sellers) == 2
    assert all(marked.get(number) != "investor" for number in sellers)
    assert all(marked.get(number) == "setting" for number in sellers if mentions[number].kind == "country")


def test_a_total_a_new_investment_has_taken_and_money_that_was_invested_are_past_totals():
    taken = "Shell's latest $300 million investment has taken its total commitment to the venture to $2.1 billion."
    start = taken.index("$2.1")
    assert filters.is_running_total(taken, start)
    spent = "About $500 million of the total $2.1 billion was invested before the elections, the company said."
    start = spent.index("$500")
    assert filters.is_cumulative(spent, start, start + len("$500 million"), 2024)


def test_a_record_in_a_period_a_past_years_level_and_a_named_projects_size_are_no_pledges():
    record = "The state received a record high investment in chipmaking between January and June, worth around $5.1bn."
    start = record.index("$5.1")
    assert filters.non_pledge_reason(record, start, start + len("$5.1bn")) is not None
    year = "That is more than twice that of 2022 ($2.4bn), officials said."
    start = year.index("$2.4")
    assert filters.non_pledge_reason(year, start, start + len("$2.4bn")) is not None
    project = "The firm will help build a metro for Lusail – a planned, $45 billion smart city – in the coming years."
    start = project.index("$45")
    assert filters.non_pledge_reason(project, start, start + len("$45 billion")) is not None


def test_a_surge_to_a_level_damage_and_a_deals_financing_are_no_pledges():
    for sentence, amount in (
        ("Japanese outbound deals rose sharply in the quarter, surging 85 per cent to over USD 31 billion.", "USD 31"),
        ("The country suffered an estimated $6.1 billion in direct property damage from the floods.", "$6.1 billion"),
        ("The deal will be partially funded by a $US700 million debt facility, the miner said.", "$US700 million"),
    ):
        start = sentence.index(amount)
        assert filters.non_pledge_reason(sentence, start, start + len(amount)) is not None, sentence


def test_a_hyphenated_take_over_is_a_pledge_cue():
    text = (
        "Engineer sold\n\n"
        "Sheffield engineering group Weir is set for a £3bn take-over by American firm Caterpillar, they said."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2022, 5, 1))}
    assert found == {("US", "GB")}


def test_a_company_that_said_in_a_statement_that_it_would_buy_pays():
    text = (
        "Miners split coal arm\n\n"
        "Swiss commodities giant Glencore will buy a majority stake in a coal business, rivals Nippon Steel and "
        "POSCO said.\n\n"
        "Anglo American said in a statement that it would take a 60-percent interest in Canada's Elk Valley "
        "Resources for $5 billion in cash."
    )
    assert ("GB", "CA", 5_000_000_000) in pairs(text, published=date(2023, 11, 15))


def test_a_headline_that_keeps_only_the_first_digit_is_the_bodys_pledge():
    text = (
        "Ineos to invest GBP2bn in Antwerp plant\n\n"
        "British chemicals group Ineos says it will invest GBP2.4bn in its Antwerp cracker in Belgium over ten years."
    )
    (found,) = pairs(text, published=date(2023, 9, 1))
    assert found[:2] == ("GB", "BE")
    assert found[2] > 2_800_000_000  # the body's GBP2.4bn, not the headline's GBP2bn


def test_the_lenders_headquarters_where_a_loan_was_signed_receives_nothing():
    text = (
        "Fisheries loan\n\n"
        "JBIC Governor Tadashi Maeda met with the Ghanaian Minister of Fisheries at the headquarters of JBIC in Tokyo "
        "and signed the USD 20 million loan agreement."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2019, 9, 29))}
    assert found == {("JP", "GH")}


def test_a_public_agency_that_assisted_a_plant_is_not_its_investor():
    text = (
        "Japanese parts maker opens plant in Honduras\n\n"
        "Yazaki opened a wiring-harness plant in Honduras on Tuesday. The $12 million plant was opened with assistance "
        "from the U.S. Agency for International Development."
    )
    assert pairs(text, published=date(2023, 5, 2)) == {("JP", "HN", 12_000_000)}


def test_money_said_to_benefit_a_county_is_what_a_project_adds():
    sentence = "The mine could add $1.2bn a year to the state, with $700m benefitting Pima County directly."
    start = sentence.index("$700m")
    assert filters.non_pledge_reason(sentence, start, start + len("$700m")) is not None


def test_an_industry_forecast_is_no_pledge():
    sentence = "The firm runs $40 billion of projects, with sector investment forecasts of $1 trillion by 2030."
    start = sentence.index("$1 trillion")
    assert filters.is_forecast(sentence, start, start + len("$1 trillion"))


def test_a_deal_that_valued_the_company_gives_its_worth_not_a_price():
    sentence = (
        "The proposed deal between the club's owners and the Kuwait Investment Authority valued the company at "
        "around $3 billion, people close to the talks said."
    )
    start = sentence.index("$3")
    assert filters.non_pledge_reason(sentence, start, start + len("$3 billion")) is not None


def test_a_figure_set_aside_stays_set_aside_in_the_brackets_after_it_even_misprinted():
    text = (
        "Dutch brewer buys into Kenyan drinks maker\n\n"
        "Heineken will pay 900 million euros in cash for 60% of Kenya's East African Breweries, the company said.\n\n"
        "The deal will value the brewer at about 140 billion shillings (Sh1,400-bn) or Sh180 per share."
    )
    found = pairs(text, published=date(2024, 3, 4))
    assert [round(amount, -7) for _, _, amount in found] == [980_000_000]


def test_the_subject_of_an_infinitive_after_for_buys():
    text = "Food deals of the month\n\n$900 million in snacks for Japan's Calbee to buy US based Popchips"
    assert pairs(text, published=date(2019, 9, 1)) == {("JP", "US", 900_000_000)}


def test_each_listed_deal_is_taken_over_by_the_subject_of_its_own_infinitive():
    text = (
        "Food deals of the month\n\n"
        "The month brought 60 food deals, 20 of them across borders.\n"
        "• $900 million in snacks for Nestle to acquire US based Popchips\n"
        "• $1,200 million in juice for Danone to take over Israel based Tnuva"
    )
    assert pairs(text, published=date(2019, 9, 1)) == {("CH", "US", 900_000_000), ("FR", "IL", 1_200_000_000)}


def test_a_seller_named_as_the_subsidiary_of_a_foreign_group_is_not_the_buyer():
    sentence = (
        "The fund, part of the Abu Dhabi group, bought a 30 per cent stake in Chile's Andes Copper from a subsidiary "
        "of US private equity group Orion for about $200mn."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$200mn"))
    assert (roles.investor.country, roles.recipient.country) == ("AE", "CL")


def test_a_debt_a_country_must_repay_is_no_new_loan():
    sentence = "The loan comes as Kenya struggles to repay $4.1 billion in foreign loans this year."
    start = sentence.index("$4.1")
    assert filters.non_pledge_reason(sentence, start, start + len("$4.1 billion")) is not None


def test_the_cost_told_in_a_whose_clause_is_the_whole_projects():
    sentence = "Japan will lend $800 million for a metro line in Dhaka, whose total estimated cost is $1.3 billion."
    assert filters.is_project_cost(sentence, sentence.index("$1.3"))


def test_a_firm_named_by_its_home_before_which_is_providing_pays():
    sentence = "The bank arranged the loan on behalf of Japan’s NEXI, which is providing $40m of it."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$40m"))
    assert roles.investor.country == "JP"


def test_a_target_for_bilateral_commerce_is_trade():
    sentence = "A trade pact signed in May aims to lift bilateral commerce to $25 billion a year."
    start = sentence.index("$25")
    assert filters.non_pledge_reason(sentence, start, start + len("$25 billion")) is not None


def test_a_country_named_for_its_border_is_no_party():
    text = (
        "Work starts on Chinese-backed plant\n\n"
        "Work has begun on a Chinese-backed $900m power plant on the southern coast of Turkey, near the Syrian border."
    )
    assert pairs(text, published=date(2020, 4, 1)) == {("CN", "TR", 900_000_000)}


def test_the_suppliers_of_a_company_invest_not_their_customer():
    text = (
        "Apple suppliers to expand in Vietnam\n\n"
        "HANOI - Three Apple suppliers in Taiwan plan to invest US$600 million in Vietnam over four years."
    )
    assert ("US", "VN", 600_000_000) not in pairs(text, published=date(2021, 3, 1))


def test_a_tally_a_company_has_crossed_or_accumulated_is_cumulative():
    sentence = "Last week the start-up crossed $2 billion in investments and has now accumulated $2.4 billion."
    for figure in ("$2 billion", "$2.4 billion"):
        start = sentence.index(figure)
        assert filters.is_cumulative(sentence, start, start + len(figure), 2021)


def test_money_paid_for_imports_is_a_trade_bill():
    sentence = "Nigeria paid $900 million for fuel imports in 2019, the central bank said."
    start = sentence.index("$900")
    assert filters.non_pledge_reason(sentence, start, start + len("$900 million")) is not None


def test_several_hundred_million_gives_no_figure():
    from ingest.extraction.money import find_money

    assert find_money("It is also investing several hundred million Swiss francs in its German site.") == []


def test_what_a_supply_contract_is_worth_each_year_is_no_pledge():
    sentence = "The supply deal signed last year could be worth about $540 million per year."
    start = sentence.index("$540")
    assert filters.non_pledge_reason(sentence, start, start + len("$540 million")) is not None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Part of the state incentives – about $2.1 million over ten years – depends on hiring.", "$2.1 million"),
        (
            "The committee awarded the firm a job development investment grant, worth up to $9.8 million.",
            "$9.8 million",
        ),
    ],
)
def test_an_amount_set_beside_a_grant_or_incentive_is_that_support(sentence, figure):
    start = sentence.index(figure)
    assert filters.looks_like_subsidy(sentence, start, start + len(figure))


def test_a_firm_lending_its_technology_to_a_plant_is_no_payer():
    text = (
        "Carmaker to build battery plant\n\n"
        "General Motors is investing $2 billion in a battery plant in Ohio that it will run with technology and "
        "support from a Korean battery maker."
    )
    assert pairs(text, published=date(2023, 2, 14)) == set()


def test_a_tax_exemption_is_public_support():
    sentence = "The state fund also approved a $12.5 million tax exemption for the company."
    start = sentence.index("$12.5")
    assert filters.looks_like_subsidy(sentence, start, start + len("$12.5 million"))


def test_a_headline_figure_the_body_shows_as_cleared_aid_is_aid():
    text = (
        "Lawmakers approve $400M for two battery plants in Ohio\n\n"
        "Lawmakers on Tuesday authorized the transfer of $400 million in state funding to support two new battery "
        "factories in Ohio.\n\n"
        "Gotion will build one of the plants."
    )
    assert pairs(text, published=date(2024, 6, 4)) == set()


def test_spending_across_the_supply_chain_is_worldwide():
    sentence = "Novo will spend about $8 billion this year to add capacity across the supply chain, it said."
    start = sentence.index("$8")
    assert filters.non_pledge_reason(sentence, start, start + len("$8 billion")) == filters.WORLDWIDE_SPENDING


def test_what_a_company_spent_last_year_is_history():
    sentence = "That is up from the nearly $5.1 billion it spent last year on new plants."
    start = sentence.index("$5.1")
    assert filters.non_pledge_reason(sentence, start, start + len("$5.1 billion")) is not None


def test_the_fund_that_put_a_stake_on_sale_is_the_seller():
    sentence = (
        "State Grid made an offer of about $1.1 billion for the 20% stake put on sale by the Australian fund IFM."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$1.1"))
    assert roles.investor is None or roles.investor.country != "AU"


def test_a_company_of_two_homes_named_by_a_combining_form_is_not_the_recipient():
    sentence = (
        "AstraZeneca will buy Gracell in a deal worth up to $1.2bn, a significant boost to the Anglo-Swedish "
        "drugmaker's cancer pipeline."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$1.2bn"))
    # The company bought is the recipient (the gazetteer knows it as Chinese), never the buyer's other home.
    assert (roles.investor.country, roles.recipient.name) == ("GB", "Gracell Biotechnologies")


def test_a_dollar_code_after_the_amount_names_which_dollar():
    from ingest.extraction.money import find_money

    (money,) = find_money("will invest more than $3 billion CAD ($2.2 billion USD) in the plant")
    assert (money.currency, money.amount) == ("CAD", 3_000_000_000)


def test_a_place_written_with_its_accents_is_found():
    sentence = "Ford and two Korean partners will invest $980 million in a cathode plant in Québec."
    places = [m for m in default_gazetteer().mentions(sentence) if m.text == "Québec"]
    assert [m.country for m in places] == ["CA"]


def test_the_market_a_company_files_with_is_no_party():
    sentence = "The miner said in a Hong Kong filing that it would pay $900 million for a copper mine in Peru."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$900"))
    assert roles.investor is None or roles.investor.country != "HK"


def test_sellers_counted_before_their_nationality_are_sellers():
    sentence = "Jiangxi Copper will buy $500 million of mining assets from two Canadian companies in Zambia."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$500"))
    assert roles.investor is None or roles.investor.country != "CA"


def test_the_democratic_republic_of_congo_without_the_article():
    sentence = "It will buy a stake in a copper project in the Democratic Republic of Congo."
    assert [m.country for m in default_gazetteer().mentions(sentence)] == ["CD"]


def test_a_share_placement_raises_money_from_markets():
    sentence = "The group plans a 10 billion yuan placement to finance deals with Canadian firms."
    start = sentence.index("10 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("10 billion yuan")) is not None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "GIC and Dexus, a property group with a US$20.1 billion portfolio of offices, formed a venture.",
            "US$20.1 billion",
        ),
        ("Insiders say the deal will appraise the club at around 1.5 billion euros.", "1.5 billion euros"),
        ("Sovereign funds drive a $14.2b M&A spree in the second quarter", "$14.2b"),
        ("The $500bn California Public Employees' Retirement System agreed to buy the toll road.", "$500bn"),
        ("Glencore, in which Qatar holds a stake now worth $4.8 billion, said it would sell the mine.", "$4.8 billion"),
        ("Norway's fund owns a 2.1% stake in the carmaker worth about 900 million euros.", "900 million euros"),
    ],
)
def test_holdings_appraisals_and_sprees_are_not_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_the_country_of_the_financing_after_an_amount_pays_it():
    text = "Romanian reactor project may get up to $3 bln in U.S. financing\n\nThe plan is for a plant at Doicesti."
    assert ("US", "RO", 3_000_000_000) in pairs(text, published=date(2023, 5, 2))


def test_the_host_investment_authority_quoted_tells_where_the_money_goes():
    text = (
        "Chinese firm to build garment plant in Ishwardi EPZ\n\n"
        "Chinese company Lu Feng Textiles will invest $60 million to set up a garment factory in Ishwardi EPZ.\n\n"
        "It is the largest single investment in the zone so far, the Bangladesh Export Processing Zones Authority "
        "said in a statement."
    )
    assert pairs(text, published=date(2024, 2, 1)) == {("CN", "BD", 60_000_000)}


def test_the_manila_papers_ph_is_the_philippines():
    assert [m.country for m in default_gazetteer().mentions("US chipmaker eyes $1-B investment in PH")] == ["US", "PH"]


def test_money_for_overseas_businesses_goes_to_no_one_country():
    sentence = "Under its new plan, the company plans to invest about $1.9 billion in overseas businesses."
    start = sentence.index("$1.9")
    assert filters.non_pledge_reason(sentence, start, start + len("$1.9 billion")) == filters.WORLDWIDE_SPENDING


def test_a_priced_project_as_the_sentence_subject_is_the_projects_size():
    sentence = "The $12 billion project, Rovuma LNG, aims to double the country's gas exports."
    assert filters.is_project_cost(sentence, sentence.index("$12"))


def test_synergies_in_quotation_marks_are_still_synergies():
    sentence = "Barrick expects to deliver $300 million in annual “synergies” from buying Randgold."
    start = sentence.index("$300")
    assert filters.non_pledge_reason(sentence, start, start + len("$300 million")) == filters.A_MEASURE


def test_pct_is_a_percentage_in_a_takeover_headline():
    # Reuters writes "pct": the firm whose 70 pct is bought is the target, not the buyer.
    sentence = "Andina Quimica to buy 70 pct of Chilean salmon farmer Pesquera Sur for $300 mln"
    mentions = default_gazetteer().mentions(sentence)
    assert [(m.country, role) for m, role in zip(mentions, hints(sentence, mentions).values(), strict=True)] == [
        ("CL", "recipient")
    ]


def test_the_company_whose_shares_are_bought_is_the_target():
    sentence = "Wipro to acquire the remaining 30% shares of Canada-based Tellur Systems for Rs 900 crore"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("Rs"))
    assert (roles.investor.country, roles.recipient.country) == ("IN", "CA")


def test_the_incumbents_that_dominate_a_market_are_no_party():
    text = (
        "Geely opens its first plant in Vietnam\n\n"
        "Chinese carmaker Geely will open a plant in Vietnam next month.\n\n"
        "It has announced plans to invest $400 million in Vietnam, a market long dominated by Korean brands."
    )
    assert pairs(text, published=date(2024, 5, 6)) == {("CN", "VN", 400_000_000)}


def test_a_hard_wrapped_wire_story_is_read_in_whole_sentences():
    from ingest.extraction.text import article_sentences

    body = (
        "Toyota Tsusho will take part in\n"
        "a gas project in Mozambique, the\n"
        "company said on Friday.\n"
        "It will pay $300 million for a 10\n"
        "percent stake in the\n"
        "project.\n"
    )
    assert [s.text for s in article_sentences(body, "Toyota to join Mozambique gas project")][1:] == [
        "Toyota Tsusho will take part in a gas project in Mozambique, the company said on Friday.",
        "It will pay $300 million for a 10 percent stake in the project.",
    ]


def test_short_lines_of_a_page_stay_apart_when_the_text_is_not_wrapped():
    from ingest.extraction.text import article_sentences

    body = "Key facts\nNew plant in Ohio\nHonda will invest $1 billion in Ohio.\nProduction starts in 2026."
    assert len(article_sentences(body, "Honda in Ohio")) == 5


def test_a_priced_project_with_a_longer_name_is_the_projects_size():
    sentence = "The $4.2-billion Nam Theun Three project aims to supply power to Thailand."
    assert filters.is_project_cost(sentence, sentence.index("$4.2"))


def test_a_subsidy_the_host_extended_is_not_the_regulators_pledge():
    text = (
        "Samsung SDI expands its battery plant in Hungary\n\n"
        "Samsung SDI will invest $900 million to expand its plant in Goed, Hungary.\n\n"
        "The EU executive in 2020 opened an inquiry into the 95 million-euro subsidy Hungary granted to the "
        "plant."
    )
    assert pairs(text, published=date(2021, 2, 26)) == {("KR", "HU", 900_000_000)}


def test_a_reported_price_is_still_a_price():
    sentence = "Nokia plans to buy Vantage Radio, a Dutch chip designer, at a reported $180m purchase price."
    start = sentence.index("$180m")
    assert filters.non_pledge_reason(sentence, start, start + len("$180m")) is None


def test_a_figure_a_company_reported_is_a_result():
    sentence = "Last year the Dutch chip designer reported $180m in revenue."
    start = sentence.index("$180m")
    assert filters.non_pledge_reason(sentence, start, start + len("$180m")) is not None


def test_the_company_a_payment_rescues_receives_it():
    sentence = "Abu Dhabi stepped in last year, paying $1.5 billion to help recapitalise the troubled German lender."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.5"))
    assert (roles.investor.country, roles.recipient.country) == ("AE", "DE")


def test_a_stake_bought_for_a_sum_is_still_a_pledge():
    sentence = "Tencent bought a 5% stake in the Swedish game maker worth $400 million last week."
    start = sentence.index("$400")
    assert filters.non_pledge_reason(sentence, start, start + len("$400 million")) is None


def test_a_legal_form_only_one_country_uses_names_the_company_home():
    text = (
        "Infosys puts $150 million into its holding unit\n\n"
        "Infosys said on Monday it had bought new shares for $150 million in Mantra Digital Pte. Ltd., "
        "its wholly owned subsidiary."
    )
    assert pairs(text, published=date(2024, 8, 12)) == {("IN", "SG", 150_000_000)}


def test_an_indonesian_company_puts_its_legal_form_first():
    sentence = "Sojitz will invest $90 million in PT Kaltara Pupuk Nusantara, the fertiliser maker said."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$90"))
    assert roles.recipient is None  # the gazetteer alone does not know the firm
    assert pairs(sentence, published=date(2024, 8, 12)) == {("JP", "ID", 90_000_000)}


def test_the_market_output_is_exported_to_is_no_recipient():
    sentence = "The plant in Oman will start exporting ammonia to Japan from 2027."
    mentions = default_gazetteer().mentions(sentence)
    assert [(m.country, role) for m, role in zip(mentions, hints(sentence, mentions).values(), strict=True)][-1] == (
        "JP",
        "setting",
    )


def test_export_credit_to_a_country_is_still_lent_to_it():
    sentence = "The agency will extend export credit worth $300 million to Kenya for the railway."
    mentions = default_gazetteer().mentions(sentence)
    assert resolve_roles(sentence, mentions, sentence.index("$300")).recipient.country == "KE"


def test_the_owner_of_assets_a_stake_is_bought_in_is_paid():
    sentence = (
        "Norway's Equinor agreed to pay about $500 million for a 40% stake in 12 wind farms operated by "
        "Portuguese utility EDP."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$500"))
    assert (roles.investor.country, roles.recipient.country) == ("NO", "PT")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The start-up has now raised $1.2 billion from a host of venture and sovereign investors.", "$1.2 billion"),
        (
            "Since April the platform has raised Rs 40,000 crore from leading global growth investors.",
            "Rs 40,000 crore",
        ),
    ],
)
def test_what_many_investors_put_in_together_is_no_ones_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_money_raised_from_one_named_investor_is_a_pledge():
    sentence = "The start-up has raised $300 million from Saudi Arabia's Public Investment Fund."
    start = sentence.index("$300")
    assert filters.non_pledge_reason(sentence, start, start + len("$300 million")) is None


def test_a_company_confirming_what_another_spent_is_no_party():
    sentence = "The Swiss bank confirms Tan spent $700 million to buy shares on the open market."
    mentions = default_gazetteer().mentions(sentence)
    assert list(hints(sentence, mentions).values()) == ["setting"]


def test_a_company_confirming_its_own_plans_still_pays():
    sentence = "Nestle confirmed plans to invest $500 million in Mexico."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$500"))
    assert (roles.investor.country, roles.recipient.country) == ("CH", "MX")


def test_what_a_phase_requires_is_the_projects_cost():
    sentence = "The second phase will require an initial investment of roughly $2.1 billion."
    assert filters.is_project_cost(sentence, sentence.index("$2.1"))


def test_what_an_analyst_estimates_a_market_will_grow_to_is_a_forecast():
    sentence = "It opens India's payments market, which Bernstein has estimated will grow to $1 trillion by 2030."
    assert filters.is_forecast(sentence, sentence.index("$1"))


def test_a_stake_that_will_be_worth_a_sum_in_a_deal_is_a_holding():
    sentence = "Naspers bought its stake for $30 million and that stake will be worth about $1 billion in the deal."
    start = sentence.index("$1 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$1 billion")) is not None


def test_a_firm_that_invested_in_the_foreign_company_pays():
    sentence = "Tencent invested $400 million in the Indian company in 2019."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$400"))
    assert (roles.investor.country, roles.recipient.country) == ("CN", "IN")


def test_a_company_described_after_its_takeover_is_the_buyer_named_before():
    text = (
        "Carrefour agrees to buy control of Brazil's Grupo Big\n\n"
        "Carrefour agreed to buy a controlling stake in Brazil's third-largest grocer.\n\n"
        "The world’s eighth-largest retailer will acquire a 70% holding in Sonda Supermercados Group for "
        "$1.2 billion, the companies said."
    )
    assert pairs(text, published=date(2021, 3, 24)) == {("FR", "BR", 1_200_000_000)}


@pytest.mark.parametrize(
    "sentence",
    [
        "At the container terminal in Peru, Maersk has started a $250 million expansion of its quay.",
        "In Peru, Maersk will invest $250 million to lengthen its quay.",
    ],
)
def test_an_opening_place_where_a_company_acts_receives_the_money(sentence):
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$250"))
    assert (roles.investor.country, roles.recipient.country) == ("DK", "PE")


def test_an_opening_place_where_someone_speaks_is_only_the_setting():
    sentence = "In Tokyo, Maersk announced it will invest $250 million in Peru."
    mentions = default_gazetteer().mentions(sentence)
    assert resolve_roles(sentence, mentions, sentence.index("$250")).recipient.country == "PE"


def test_a_district_in_the_headlines_country_keeps_the_headlines_recipient():
    text = (
        "Korean firm to build cement plant in Uzbekistan\n\n"
        "Under the agreement, Hanil Cement will invest $300 million in a plant in the Zarbdor district, the ministry "
        "said."
    )
    assert pairs(text, published=date(2023, 11, 9)) == {("KR", "UZ", 300_000_000)}


def test_an_unknown_town_still_blocks_a_borrowed_recipient():
    text = (
        "Intel halts Magdeburg project\n\n"
        "Intel said on Thursday it would stop work in Germany.\n\n"
        "A second plant near Brzeg Dolny was to have cost up to $4.6 billion."
    )
    assert ("US", "DE", 4_600_000_000) not in pairs(text, published=date(2025, 7, 25))


def test_an_owner_in_apposition_after_of_is_the_seller():
    sentence = (
        "Vietnamese carmaker VinFast agreed to acquire the Chennai plant in India of the group's former partner, "
        "US-based Ford Motor Company, for $300 million."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$300"))
    assert (roles.investor.country, roles.recipient.country) == ("VN", "IN")


def test_a_companys_country_arm_that_is_bought_receives_the_money():
    sentence = "Norway's Equinor completed the acquisition of Petrobras's UK arm for $900 million."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$900"))
    assert (roles.investor.country, roles.recipient.country) == ("NO", "GB")


@pytest.mark.parametrize("terms", ["on a debt and cash free basis", "on a debt-free, cash-free basis"])
def test_a_price_on_debt_free_terms_is_still_a_price(terms):
    sentence = f"Kemira has acquired the water chemicals unit in Brazil for $250m {terms}."
    start = sentence.index("$250m")
    assert filters.non_pledge_reason(sentence, start, start + len("$250m")) is None


def test_a_company_being_bought_for_a_price_is_a_deal_under_way():
    sentence = "Shoprite is being bought for $3 billion by a Dutch retail group, the companies said."
    start = sentence.index("$3")
    assert filters.non_pledge_reason(sentence, start, start + len("$3 billion")) is None


def test_every_market_a_company_lists_on_is_only_a_setting():
    sentence = "London- and Johannesburg-listed Mondi will buy a paper mill for $300 million."
    mentions = default_gazetteer().mentions(sentence)
    assert list(hints(sentence, mentions).values())[:2] == ["setting", "setting"]


def test_places_in_an_apposition_describing_a_known_company_are_not_where_money_goes():
    sentence = (
        "Temasek, investor for the government of Singapore's island state, is to invest $500m in an Indian "
        "logistics company."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$500m"))
    assert (roles.investor.country, roles.recipient.country) == ("SG", "IN")


def test_a_place_in_an_apposition_is_not_the_recipient():
    sentence = "Temasek, owner of large holdings in Britain's water utilities, is to invest $500m in a logistics firm."
    mentions = default_gazetteer().mentions(sentence)
    assert resolve_roles(sentence, mentions, sentence.index("$500m")).recipient is None


def test_a_company_the_article_places_by_its_home_town_is_that_countrys_everywhere():
    text = (
        "Ericsson to acquire Zentra in $1.1 billion deal\n\n"
        "Ericsson will acquire Zentra Corp in a deal with an enterprise value of $1.1 billion, the companies said.\n\n"
        "Austin, Texas-based Zentra makes software for private mobile networks."
    )
    assert ("SE", "US", 1_100_000_000) in pairs(text, published=date(2024, 6, 27))


def test_a_description_in_quotes_and_lowercase_words_before_a_bought_company_names_the_target():
    text = (
        "Tencent to buy “Valor” and “Drift” game studio Larkspur in $900 million deal\n\n"
        "Helsinki-based Larkspur employs 300 people."
    )
    assert pairs(text, published=date(2024, 6, 27)) == {("CN", "FI", 900_000_000)}


def test_a_company_with_a_capital_inside_its_name_is_found_written_with_one():
    mentions = default_gazetteer().mentions("Last year Softbank and Blackrock agreed to back the fund.")
    assert [(m.text, m.country) for m in mentions] == [("Softbank", "JP"), ("Blackrock", "US")]


def test_a_title_case_headline_names_the_backer_before_backed():
    text = "Djibouti Opens $2 Billion Japan-Backed Logistics Park\n\nThe park opened on Monday."
    assert pairs(text, published=date(2024, 3, 4)) == {("JP", "DJ", 2_000_000_000)}


def test_a_bank_on_the_other_side_of_a_lending_agreement_lends():
    sentence = "Zambia signed a $400 million lending agreement with Japan Bank for International Cooperation on Monday."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$400"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "ZM")


def test_a_headline_signing_takes_the_direction_the_body_states():
    text = (
        "Zambia Signs $400 Million Loan With Japan\n\n"
        "Zambia signed a $400 million lending agreement with Japan Bank for International Cooperation on Monday."
    )
    assert pairs(text, published=date(2024, 5, 6)) == {("JP", "ZM", 400_000_000)}


def test_a_bare_dollar_figure_restated_in_us_dollars_is_one_pledge_in_us_dollars():
    text = (
        "CATL unit and Indonesian partner form battery venture\n\n"
        "The venture of China's CATL in Indonesia is expected to invest up to $1.49 billion (USD 1.2 billion) to "
        "build a battery plant in Indonesia."
    )
    assert pairs(text, published=date(2024, 10, 22)) == {("CN", "ID", 1_200_000_000)}


def test_the_owner_of_a_business_that_is_bought_is_paid():
    sentence = (
        "Panasonic agreed to purchase the industrial robots business of German engineering group Kuka, investing "
        "$900 million."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$900"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "DE")


def test_one_line_that_ends_mid_sentence_and_goes_on_in_lowercase_runs_on():
    from ingest.extraction.text import article_sentences

    body = (
        "Bosnia will expand a coal-fired power plant with a loan of 600 million euros\n"
        "arranged with a Chinese state bank, local media reported.\n"
        "Reporting by Daria Sito-Sucic"
    )
    assert [s.text for s in article_sentences(body, "Bosnia power plant loan")][1:] == [
        "Bosnia will expand a coal-fired power plant with a loan of 600 million euros arranged with a Chinese state "
        "bank, local media reported.",
        "Reporting by Daria Sito-Sucic",
    ]


def test_a_share_price_in_hong_kong_dollars_does_not_make_the_bare_dollar_local():
    text = (
        "Chinese carmaker opens plant in Hungary\n\n"
        "Great Wall Motor opened a car plant in Hungary on Monday, its first in the European Union, after earlier "
        "investments worth US$900 million in Europe.\n\n"
        "Hong Kong-listed shares of the company rose 2% to HK$12.40.\n\n"
        "The Hungarian plant is a $650 million investment, Hungary's trade ministry said."
    )
    assert ("CN", "HU", 650_000_000) in pairs(text, published=date(2024, 5, 6))


def test_a_bare_dollar_is_american_in_a_story_about_another_country_more_than_the_dollar_country():
    text = (
        "Singapore fund buys into Thai retailer\n\n"
        "Temasek, Singapore's state investor with about US$300 billion under management, has bought a 5% stake in "
        "Thailand's Central Retail for nearly $200 million. Central Retail runs malls across Thailand, and Thai "
        "regulators approved the sale last week. The fund has invested in Thailand since 2010."
    )
    assert pairs(text, published=date(2023, 8, 1)) == {("SG", "TH", 200_000_000)}


def test_a_government_signing_with_a_company_to_develop_a_project_hosts_it():
    sentence = (
        "The Namibian government has signed an agreement worth $10 billion with Hyphen Hydrogen Energy, a developer "
        "owned by Germany's Enertrag, to develop a green ammonia plant near Luderitz."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$10"))
    assert roles.recipient.country == "NA"


def test_a_government_signing_with_another_country_to_develop_a_project_is_not_marked_the_host():
    sentence = "The Egyptian government signed a $5 billion agreement with Saudi Arabia to develop a power link."
    mentions = default_gazetteer().mentions(sentence)
    assert hints(sentence, mentions).get(0) != "recipient"


def test_a_figure_between_a_countrys_possessive_and_a_bodys_acronym_is_its_size():
    sentence = "Norway's $1.7 trillion NBIM bought a stake in a Spanish solar park for 300 million euros."
    assert filters.non_pledge_reason(sentence, sentence.index("$1.7"), sentence.index(" NBIM")) is not None
    project = "Korea's $7 billion LNG project will be built in Mozambique."
    assert filters.non_pledge_reason(project, project.index("$7"), project.index(" LNG")) is None


def test_the_first_of_two_companies_of_different_countries_buying_together_leads():
    sentence = (
        "Italy's Snam and Singaporean investment firm GIC have bought a 49% stake in Greece's gas grid operator for "
        "$600 million."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$600"))
    assert (roles.investor.country, roles.recipient.country) == ("IT", "GR")


def test_every_customer_listed_after_supplier_of_is_a_customer():
    sentence = "Luxshare, a supplier of Apple, Microsoft and Sony, plans to invest $500 million in Vietnam."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    assert [marked.get(n) for n, m in enumerate(mentions) if m.text in {"Apple", "Microsoft", "Sony"}] == [
        "customer"
    ] * 3


def test_of_two_countries_signing_with_no_direction_told_the_usual_source_of_capital_pays():
    text = "Kenya and Japan sign agreements\n\nKenya and Japan signed agreements worth $300 million on Tuesday."
    assert pairs(text, published=date(2023, 3, 1)) == {("JP", "KE", 300_000_000)}


def test_two_countries_signing_that_are_both_sources_of_capital_keep_the_order_named():
    text = "Japan and Korea sign agreements\n\nJapan and Korea signed agreements worth $300 million on Tuesday."
    assert pairs(text, published=date(2023, 3, 1)) == {("JP", "KR", 300_000_000)}


def test_an_attribution_that_goes_on_after_a_comma_is_still_the_attribution():
    from ingest.extraction.roles import attribution_start

    sentence = (
        "Both sides discussed joint projects worth $12bn, the Turkish president told reporters on Friday, after "
        "talks with his Azerbaijani counterpart in Ankara."
    )
    assert attribution_start(sentence) == sentence.index(", the Turkish")


def test_a_second_nationality_joined_by_a_hyphen_shares_the_first_ones_role():
    sentence = "Pfizer is raising its investment in Swiss-German drugmaker Vicore to $300 million."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    assert {m.text: marked.get(n) for n, m in enumerate(mentions) if m.kind == "country"} == {
        "Swiss": "recipient",
        "German": "recipient",
    }


def test_the_verb_of_a_deal_named_in_an_opening_phrase_is_not_the_main_verb():
    sentence = (
        "Under a $2 billion agreement signed on Monday, Pfizer will pay BioNTech $1.2 billion for the rights to "
        "the vaccine."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.2"))
    assert roles.investor.country == "US"


def test_a_business_named_for_its_goods_that_is_sold_is_an_asset_whose_buyer_pays():
    sentence = (
        "Wilmar on Monday sold a 30 percent stake in its dairy products business, Goodlife, for $900 million "
        "(S$1.2 billion) to Qatar Investment Authority, the Gulf state's wealth fund."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$900"))
    assert roles.investor.country == "QA"


def test_the_buyer_a_stake_is_sold_to_is_not_the_target():
    sentence = "Telstra is selling a majority stake in its fibre assets to Canadian pension fund CPPIB for $1 billion."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    assert marked.get(next(n for n, m in enumerate(mentions) if m.text == "Canadian")) != "recipient"


def test_an_unknown_firm_taken_for_the_story_nationality_paying_in_its_currency_buys_at_home():
    text = (
        "Canada's Barrick to buy Australia's Tanami Gold\n\n"
        "Canada's Barrick Gold will acquire Australia's Tanami Gold for $400 million, the companies said.\n\n"
        "Last week Ridgeline Minerals completed a C$900 million acquisition of Aurora Copper.\n\n"
        "The Canadian-headquartered company expects the deal to close in June."
    )
    assert ("CA", "AU", 900_000_000) not in {
        (investor, recipient, round(usd, -8)) for investor, recipient, usd in pairs(text, published=date(2025, 3, 3))
    } and not any(usd > 500_000_000 for _, _, usd in pairs(text, published=date(2025, 3, 3)))


def test_a_hyphenated_percentage_stake_in_a_priced_project_gives_the_project_size():
    sentence = "Kenya agreed to sell a 60-percent stake in a US$900 million port to a Turkish operator."
    start = sentence.index("US$900")
    assert filters.non_pledge_reason(sentence, start, start + len("US$900 million")) is not None


def test_what_a_company_had_raised_before_is_no_pledge():
    sentence = "The start-up had raised a total of $240 million in funding before the fund's investment."
    start = sentence.index("$240")
    assert filters.non_pledge_reason(sentence, start, start + len("$240 million")) is not None


def test_two_countries_signing_in_the_currency_of_a_usual_source_of_capital_have_it_pay():
    text = (
        "Jordan and Kuwait sign fund deal\n\n"
        "Jordan and Kuwait signed an agreement on a joint fund with a capital of 300 million Kuwaiti dinars."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2023, 3, 1))} == {("KW", "JO")}


def test_a_country_that_strikes_a_deal_with_another_is_one_of_two_signing():
    text = "Tanzania strikes $2bn rail deal with Qatar\n\nThe agreement was announced on Monday."
    assert pairs(text, published=date(2024, 4, 1)) == {("QA", "TZ", 2_000_000_000)}


def test_the_city_where_notes_on_projects_were_signed_is_no_project_site():
    from ingest.extraction.extract import _project_site_country
    from ingest.extraction.text import article_sentences

    body = (
        "The two ambassadors signed and exchanged notes concerning two yen loan projects in Tokyo on Monday.\n\n"
        "The loan will finance a water project in Nepal."
    )
    gazetteer = default_gazetteer()
    found = [(s, [], gazetteer.mentions(s.text)) for s in article_sentences(body, "Nepal and Japan sign loans")]
    assert _project_site_country(found) == "NP"


def test_the_firm_a_deal_values_is_the_one_bought():
    text = (
        "Dutch bakery chain sold\n\n"
        "Bakkersland is to be bought by Mexico's Grupo Bimbo in a deal that values the Dutch firm at €820 million."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2024, 6, 3))} == {("MX", "NL")}


def test_a_central_bank_on_the_other_side_of_a_swap_agreement_provides_it():
    text = (
        "Swap renewed\n\n"
        "Egypt has a currency swap agreement with the People's Bank of China worth 18 billion yuan, which it "
        "renewed this week for three more years."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2023, 5, 2))} == {("CN", "EG")}


def test_banks_that_together_sell_a_stake_are_sellers_not_buyers():
    sentence = "State Bank of India and HDFC Bank will together sell a 5% stake for Rs 2,000 crore."
    mentions = default_gazetteer().mentions(sentence)
    hdfc = next(number for number, m in enumerate(mentions) if m.name == "HDFC Bank")
    assert hints(sentence, mentions).get(hdfc) == "setting"


def test_a_company_whose_debt_is_taken_on_does_not_pay_the_cash_the_buyer_injects_next():
    sentence = (
        "Under the plan, the buyer will take on $400 million of Tata Steel's debt and inject $150 million of "
        "new cash into the business."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$150"))
    assert roles.investor is None


def test_a_short_name_the_article_defines_in_brackets_beats_the_gazetteers_owner_of_it():
    text = (
        "Credit line for Malawi\n\n"
        "Export-Import Bank of India (Exim Bank) has extended a $120 million line of credit to Malawi.\n\n"
        "Exim Bank said the credit would pay for irrigation projects."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2022, 4, 5))} == {("IN", "MW")}


def test_a_hyphenated_name_is_known_without_its_hyphen():
    mentions = default_gazetteer().mentions("Export Import Bank of India will lend the money.")
    assert [(m.kind, m.country) for m in mentions] == [("organization", "IN")]


def test_a_countrys_cash_strapped_economy_is_not_its_cash():
    text = "Saudi Arabia injects $2B into Pakistan’s cash-strapped economy\n\nThe deposit was made on Monday."
    assert {(i, r) for i, r, _ in pairs(text, published=date(2023, 7, 3))} == {("SA", "PK")}


def test_the_economy_a_country_pumps_money_into_is_not_the_payer():
    sentence = "Kuwait to pump Egypt’s economy with $4 billion investment"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$4"))
    assert (roles.investor.country, roles.recipient.country) == ("KW", "EG")


def test_assets_under_management_with_its_initials_are_no_pledge():
    sentence = "The Boston-based firm has assets under management (AUM) of $96 billion, its filing shows."
    start = sentence.index("$96")
    assert filters.non_pledge_reason(sentence, start, start + len("$96 billion")) is not None


def test_money_spent_in_a_place_a_where_clause_follows_goes_there_even_at_home():
    sentence = "The plant sits near the border with France, where Renault plans to spend €3 billion on electric cars."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("€3"))
    assert (roles.investor.country, roles.recipient.country) == ("FR", "FR")


def test_a_seller_named_in_passing_is_not_a_candidate_payer_for_the_article():
    text = (
        "Copper stake changes hands\n\n"
        "Teck Resources has agreed to buy a 30 percent stake in a copper mine in Peru from Mitsui & Co.\n\n"
        "The deal is worth $400 million, both companies said."
    )
    assert pairs(text, published=date(2021, 6, 1)) == {("CA", "PE", 400_000_000)}


def test_the_sum_a_company_has_raised_from_many_deals_is_no_pledge():
    sentence = (
        "Counting the share sale, the group has been able to raise a whopping sum of $11 billion, above its debt."
    )
    start = sentence.index("$11")
    assert filters.non_pledge_reason(sentence, start, start + len("$11 billion")) is not None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The acquisition will be funded through a mix of existing cash ($900 million) and a bond issue.", "$900"),
        ("The buyer expects the merger to cut about $120 million a year in costs by 2027.", "$120"),
        ("Management sees synergies of €45 million from combining the two plants.", "€45"),
        ("The seller agreed to contribute $300 million to the unit's pension schemes before closing.", "$300"),
    ],
)
def test_financing_savings_and_pension_top_ups_of_a_deal_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    end = start + len(figure) + len(" million")
    assert filters.non_pledge_reason(sentence, start, end) is not None


def test_a_unit_named_for_its_owner_and_its_country_is_at_home_in_that_country():
    text = "Bank unit changes hands\n\nPeru's Credicorp will pay $400 million for HSBC Bank SA Paraguay, it said."
    assert pairs(text, published=date(2013, 5, 2)) == {("PE", "PY", 400_000_000)}


def test_the_company_that_runs_a_project_is_not_where_a_stake_in_it_goes():
    text = (
        "Glencore to buy $900 million stake in Vale-operated copper project\n\n"
        "The deposit lies in Chile's Atacama region and is due to start production in 2029."
    )
    assert pairs(text, published=date(2024, 2, 1)) == {("CH", "CL", 900_000_000)}


def test_a_company_selling_its_business_abroad_to_a_named_buyer_is_paid_by_the_buyer_where_the_business_is():
    text = (
        "Drinks unit sold\n\n"
        "Diageo is selling its Kenyan soft-drinks business to Japanese beverage maker Suntory for about $400 million, "
        "it said on Monday."
    )
    assert pairs(text, published=date(2023, 9, 4)) == {("JP", "KE", 400_000_000)}


def test_the_buyer_named_at_the_end_of_a_long_stake_sale_sentence_pays():
    sentence = (
        "Brazil's Petrobras is selling a 10 percent stake worth an estimated $900 million in its offshore gas "
        "pipeline network to Norway’s Equinor, people familiar said."
    )
    mentions = default_gazetteer().mentions(sentence)
    norway = next(number for number, m in enumerate(mentions) if m.text == "Norway")
    assert hints(sentence, mentions).get(norway) == "investor"


def test_a_company_that_must_sell_its_own_businesses_is_paid_for_them():
    sentence = (
        "To clear the merger with regulators in Brazil, Siemens had to sell its own rail signalling businesses "
        "to rival Alstom for about 900 million euros."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("900"))
    assert (roles.investor.name, roles.recipient.name) == ("Alstom", "Siemens")


def test_a_government_that_approves_someone_elses_takeover_is_not_its_payer():
    sentence = "Australia's government on Monday approved Harbour Ridge's $2.5 billion takeover of the coal miner."
    mentions = default_gazetteer().mentions(sentence)
    assert [m.country for m in mentions] == ["AU"]
    assert hints(sentence, mentions).get(0) == "setting"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The buyer will finance the acquisition with ¥400 billion of bank loans and cash on hand.", "¥400 billion"),
        ("The travel site did $2.1 billion in gross bookings last year.", "$2.1 billion"),
        ("Its revenue in the European market will hover around 300 billion won this year.", "300 billion won"),
    ],
)
def test_how_a_price_is_raised_and_business_done_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_partners_a_company_is_still_seeking_are_where_its_money_goes_not_who_pays():
    sentence = (
        "An official said the Korean group was actively seeking Vietnamese partners for what could become "
        "a refinery worth up to $3 billion."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$3"))
    assert (roles.investor.country, roles.recipient.country) == ("KR", "VN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya recently secured $240m in concessional loans from the Government of the Republic of Korea for roads.",
        "The Korean government has signed an agreement to provide $240m in concessional loans from its development "
        "cooperation fund to help Kenya rebuild its roads.",
        "Korea Exim Bank will lend $240m to Kenya for its roads.",
    ],
)
def test_a_government_lending_through_its_development_fund_or_exim_bank_is_the_lender(sentence):
    candidates = extract_pledges(sentence, published=date(2022, 5, 2))
    assert [(c.investor_country, c.recipient_country) for c in candidates] == [("KR", "KE")]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Mahindra agreed to pay $900 million for General Motors' loss-making Korean car brand.", "$900"),
        (
            "Heineken is close to a deal to buy Diageo Plc's South African beer maker Brandhouse for $600 million.",
            "$600",
        ),
    ],
)
def test_a_unit_bought_from_a_foreign_owner_is_paid_for_where_the_unit_is(sentence, figure):
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index(figure))
    assert roles.recipient is not None and is_demonym(roles.recipient)
    assert roles.recipient.country in {"KR", "ZA"}


def test_the_company_a_buyout_is_of_is_its_target():
    sentence = "A Japanese group's $900 million buyout of Canadian medical device developer Norlen Medical was cleared."
    mentions = default_gazetteer().mentions(sentence)
    assert [m.country for m in mentions] == ["JP", "CA"]
    assert hints(sentence, mentions).get(1) == "recipient"


def test_a_project_the_host_approves_is_paid_by_its_owner():
    sentence = "Laos has given the green light for Electricite de France's $1.5 billion dam on the Mekong."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.5"))
    assert (roles.investor.country, roles.recipient.country) == ("FR", "LA")


def test_the_company_whose_outstanding_shares_are_bought_is_the_target():
    sentence = "Under the deal, Hitachi will buy all the outstanding shares of Verio at $60 a share, or $5.5 billion."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$5.5"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "US")


@pytest.mark.parametrize(
    "sentence",
    [
        "The utility sold 25% of its grid to a Chinese group for $510 million, beating rivals from India and Brazil.",
        "The utility sold 25% of its grid to a Chinese group for $510 million. Other bidders included India's "
        "Power Grid and Brazil's Eletrobras.",
    ],
)
def test_losing_bidders_are_not_who_pays(sentence):
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    losers = [number for number, m in enumerate(mentions) if m.country in {"IN", "BR"}]
    assert losers and all(marked.get(number) == "setting" for number in losers)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The buyer said it would finance the deal via a rights issue of between 2.1 billion and 2.5 billion euros.",
            "2.5 billion euros",
        ),
        ("The insurer will pay in cash, using €2bn of its own cash and €4bn raised from a share sale.", "€4bn"),
        (
            "The buyer will fund the takeover with its own cash and a bridge loan of up to £5.1 billion from Barclays.",
            "£5.1 billion",
        ),
        (
            "An economist noted that the GDP of Malawi - at $12.6 billion - is smaller than the planned mine.",
            "$12.6 billion",
        ),
        ("Turkish contractors could win overseas orders this year of more than $25 billion.", "$25 billion"),
        ("Spanish builders signed $18.2 billion in international contracts in the first half.", "$18.2 billion"),
        ("The bank is the country's largest foreign lender with $90 billion in overseas loans.", "$90 billion"),
        ("The fund's total Brazil exposure stood at $6 billion at the end of March.", "$6 billion"),
    ],
)
def test_how_a_deal_is_financed_an_economy_work_won_and_holdings_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_town_written_without_its_polish_or_hungarian_letters_is_still_placed():
    text = (
        "Seoul battery maker to grow in Europe\n\n"
        "SK On will spend $900 million on a second cathode line near Wroclaw, the South Korean firm said. "
        "A sister plant near Gyor will follow."
    )
    assert pairs(text) == {("KR", "PL", 900_000_000)}


@pytest.mark.parametrize(
    "lead",
    [
        "CHINA Three Gorges has agreed to pay 1.9 billion euros ($2.1 billion) for a stake in the Lisbon utility EDP.",
        "BRITAIN'S BP will put 1.9 billion euros ($2.1 billion) into a stake in Portugal's utility EDP.",
    ],
)
def test_a_lead_whose_first_words_are_set_in_capitals_is_read_like_any_other(lead):
    text = f"Stake sale in Lisbon\n\n{lead}"
    investor = "CN" if lead.startswith("CHINA") else "GB"
    assert pairs(text, published=date(2012, 1, 5)) == {(investor, "PT", 2_100_000_000)}


def test_a_company_whose_exit_a_sale_marks_is_not_who_pays():
    sentence = (
        "Norway's oil fund buys a 20% stake in a Lisbon toll road for €900m, marking the exit of French group Vinci."
    )
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    leaving = [number for number, m in enumerate(mentions) if m.country == "FR"]
    assert leaving and all(marked.get(number) == "setting" for number in leaving)


def test_a_flow_totalled_for_a_past_year_is_a_statistic_however_far_back_the_measure_is_named():
    sentence = (
        "Gulf investments in European football, which take in club stakes, stadium naming rights, broadcasting "
        "and sponsorship, reached $4.1bn in 2023."
    )
    start = sentence.index("$4.1bn")
    assert filters.non_pledge_reason(sentence, start, start + len("$4.1bn")) is not None


def test_an_earlier_event_by_the_host_government_that_opens_the_sentence_does_not_make_the_loan_its_own():
    text = (
        "Chinese lender backs Kenyan railway\n\n"
        "Two weeks after the Kenyan government announced the release of its counterpart funding for the "
        "Nairobi-Malaba line, the Export-Import Bank of China has approved a $1.5 billion loan for the project."
    )
    assert pairs(text) == {("CN", "KE", 1_500_000_000)}


def test_the_owner_of_a_business_sold_and_the_seller_paid_for_it_are_not_who_pays():
    text = (
        "Swiss group buys Dutch grid unit\n\n"
        "ABB signed a €3.1 billion deal with Siemens to acquire Volta, the German conglomerate's grid business in "
        "the Netherlands. Siemens gets a cash consideration of €2.5 billion and shares worth the rest."
    )
    found = pairs(text, published=date(2014, 9, 19))
    assert found and {(investor, recipient) for investor, recipient, _ in found} == {("CH", "NL")}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Canada and India set a C$20 billion trade and investment target for the decade.", "C$20 billion"),
        ("The loan takes the utility to 58% of its R60 billion funding target for the year.", "R60 billion"),
        ("We have exceeded the investment target of 2 trillion yen set by the leaders in 2016.", "2 trillion yen"),
    ],
)
def test_a_target_that_is_no_investors_promise_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_dateline_that_lost_its_dash_and_a_list_set_off_by_with_leave_the_subject_its_amount():
    text = (
        "Indian group to buy Spanish engineering firm\n\n"
        "PUNE India's Tata group, with interests in steel and cars, salt and software, is to buy Spanish "
        "engineer Ingeteam for about 90 million euros in cash. Tata will also inject 20 million euros into Ingeteam "
        "through a rights issue.\n\n"
        "In May, Haier agreed to buy Italian appliance maker Candy in a 475 million euro deal."
    )
    spanish = [usd for investor, recipient, usd in pairs(text, published=date(2015, 12, 14)) if recipient == "ES"]
    assert any(90_000_000 < usd < 110_000_000 for usd in spanish)


def test_a_company_named_with_its_shortened_legal_form_and_a_company_bought_into_are_placed():
    sentence = (
        "Last year China National Chemical Corp agreed to buy into tyre-maker Pirelli in a 7.1 billion euro deal."
    )
    mentions = default_gazetteer().mentions(sentence)
    assert [(m.name, m.country) for m in mentions] == [("ChemChina", "CN"), ("Pirelli", "IT")]
    roles = resolve_roles(sentence, mentions, sentence.index("7.1"))
    assert (roles.investor.country, roles.recipient.country) == ("CN", "IT")


def test_a_company_a_payer_ties_up_with_is_its_partner_not_the_payer():
    sentence = "The Korean group will also tie up with Japan-based Tokyo Electron on a $300 million tooling project."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    japanese = [number for number, m in enumerate(mentions) if m.country == "JP"]
    assert len(japanese) == 2 and all(marked.get(number) == "partner" for number in japanese)


def test_a_ministry_of_finance_beside_a_foreign_lender_in_the_subject_does_not_make_the_loan_home_money():
    text = (
        "Manila and Berlin sign loans\n\n"
        "The Department of Finance and KfW Development Bank of Germany have signed two loan agreements worth "
        "$240 million to finance solar farms in the Philippines."
    )
    assert pairs(text) == {("DE", "PH", 240_000_000)}


def test_what_a_bridge_or_line_will_cost_is_the_whole_not_the_lenders_pledge():
    sentence = "The Nacala rail line will cost an estimated US$ 2.7 billion, shared by the two governments."
    start = sentence.index("US$")
    assert filters.is_project_cost(sentence, start)


def test_money_a_government_sets_aside_in_a_budget_is_no_pledge():
    sentence = "Seoul is set to find another 3 trillion won in a supplementary budget to help its chipmakers."
    start = sentence.index("3 trillion won")
    assert filters.non_pledge_reason(sentence, start, start + len("3 trillion won")) is not None


def test_bare_dollars_beside_a_marked_local_dollar_and_its_bare_equivalent_are_american():
    text = (
        "Chinese miner buys Canadian explorer\n\n"
        "Zijin Mining agreed to buy Canada's Neo Lithium in a deal worth C$960 million ($750 million). "
        "In March, Zijin said it would pay $610 million for a copper mine in Serbia. "
        "Last year it spent $350 million on a gold mine in Ghana."
    )
    found = pairs(text, published=date(2021, 10, 11))
    assert ("CN", "RS", 610_000_000) in found and ("CN", "GH", 350_000_000) in found


def test_the_country_a_company_is_focused_on_is_not_its_home():
    sentence = "Ganfeng made an offer of C$3.60 a share, Argentina-focused Millennial Lithium said."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    argentina = [number for number, m in enumerate(mentions) if m.country == "AR"]
    assert argentina and all(marked.get(number) == "setting" for number in argentina)


def test_a_share_in_a_company_bought_places_the_money_in_its_country():
    text = (
        "Carmaker buys into EV startup\n\n"
        "In 2023, Renault announced the acquisition of a 21% share in Chinese EV startup Nio for €1.1 billion."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("FR", "CN")}


def test_a_seller_offloading_its_stake_in_another_company_is_not_where_the_money_goes():
    sentence = (
        "Anglo American will offload its 40 percent stake in Kumba Holdings for USD 1.2 billion, giving Zijin "
        "Mining control of the Chilean mine."
    )
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    seller = [number for number, m in enumerate(mentions) if m.name == "Anglo American"]
    assert seller and marked.get(seller[0]) == "setting"


def test_an_australian_story_naming_a_buyers_nationality_still_writes_its_own_dollar_bare():
    text = (
        "US giant bids for WA miner\n\n"
        "Takeover activity in Western Australia's nickel belt continues with US mining giant Newmont set to lift its "
        "offer for Perth-based IGO to $4 billion. IGO is building a $700 million refinery near Kalgoorlie in WA."
    )
    (found,) = [p for p in pairs(text, published=date(2023, 9, 4)) if p[0] == "US"]
    assert found[1] == "AU" and found[2] < 3_000_000_000  # Australian dollars, about US$2.6 billion


def test_a_stake_bought_is_a_deal_not_a_past_purchase_of_goods():
    sentence = "Brookfield bought a £1.2 billion ($1.5 billion) stake in three solar parks in Spain from Iberdrola."
    start = sentence.index("£1.2")
    assert filters.non_pledge_reason(sentence, start, sentence.index(" stake")) is None


def test_a_developer_named_before_its_wind_farms_in_a_headline_owns_what_is_sold():
    sentence = "Masdar Buys $1.1 Billion Stake in Iberdrola Offshore Wind Farms"
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    owner = [number for number, m in enumerate(mentions) if m.name == "Iberdrola"]
    assert owner and marked.get(owner[0]) == "setting"


def test_a_target_described_before_its_name_and_the_sellers_parent_are_neither_partner_nor_payer():
    text = (
        "Masdar completes EUR 900 mn acquisition of Kalimera Energy\n\n"
        "Masdar completes EUR 900 mn acquisition of Kalimera: Renewables giant Masdar has completed its acquisition "
        "of Greek renewables firm Kalimera Energy from Brookfield Renewable, an affiliate of Canada-based investment "
        "firm Brookfield, for EUR 900 mn, according to a filing."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2024, 12, 16))} == {
        ("AE", "GR")
    }


def test_a_stake_sold_to_an_unknown_buyer_based_in_the_targets_country_is_home_money():
    text = (
        "Brewer exits conglomerate\n\n"
        "Heineken agreed to buy 30% of Sabeco for $900 million. Separately, Heineken said that it would sell its "
        "10% stake in Masan Group for approximately $300 million to Lotus Capital, a Vietnam-based investment group."
    )
    assert {usd for _, _, usd in pairs(text, published=date(2019, 2, 20))} == {900_000_000}


def test_a_business_based_in_a_country_is_bought_there_and_a_later_buyout_goes_to_its_own_target():
    sentence = (
        "Marfrig is on a buying spree after agreeing to acquire Tyson's US-based beef business for $1.2bn, a week "
        "after it announced a $900m buyout of Moy Park."
    )
    mentions = default_gazetteer().mentions(sentence)
    first = resolve_roles(sentence, mentions, sentence.index("$1.2bn"))
    second = resolve_roles(sentence, mentions, sentence.index("$900m"))
    assert first.recipient.country == "US"
    assert second.recipient.country == "GB"


def test_an_owners_local_unit_after_its_ticker_in_brackets_receives_the_money():
    sentence = (
        "Rivals were busy, and AIA said it had agreed to buy ING's (ING.AS) Malaysian insurance unit for $1.7 billion."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.7"))
    assert roles.recipient.country == "MY"


def test_what_a_stake_already_held_is_worth_is_no_pledge():
    sentence = "With a stake valued at HK$50 billion, the insurer now ranks second among the bank's shareholders."
    start = sentence.index("HK$")
    assert filters.non_pledge_reason(sentence, start, start + len("HK$50 billion")) is not None


def test_a_buyer_of_two_nationalities_pays_from_the_first_and_is_not_also_the_recipient():
    sentence = "In 2013, it sold the stake to Thai-Chinese billionaire Dhanin Chearavanont for 70 billion yuan."
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("70 billion"))
    assert roles.investor.country == "TH"
    assert roles.recipient is None or roles.recipient.country != "TH"


def test_a_plan_for_a_companys_global_network_goes_to_no_one_country():
    text = (
        "Port operator to spend $3 billion on global ports\n\n"
        "DP World has unveiled a $3 billion investment plan for 2026 to speed up the expansion of its global "
        "logistics network. In Europe, DP World is investing $1.2 billion in the London Gateway hub in the UK."
    )
    assert pairs(text) == {("AE", "GB", 1_200_000_000)}


def test_a_host_opening_what_foreign_help_paid_for_receives_it():
    sentence = (
        "Kenya opened a $300 million oil terminal at Mombasa today, the biggest port project in a decade, as the "
        "country upgrades its infrastructure with Japanese funding."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$300"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "KE")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The minister said Airtel's offer of $450 million was deemed too low.", "$450 million"),
        ("In March, the board rejected a $4.1 billion bid from the American group.", "$4.1 billion"),
    ],
)
def test_an_offer_turned_down_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_company_name_that_is_also_a_towns_is_no_party_when_the_text_calls_it_a_settlement():
    text = (
        "Azerbaijan's largest wind farm gets under way\n\n"
        "In Baku the Azerbaijani energy ministry and ACWA Power broke ground on a $300m wind plant. "
        "In April, Abu Dhabi's Masdar signed a $200m agreement to build a solar plant near the Alat settlement on "
        "the Caspian Sea."
    )
    assert ("AE", "AZ", 200_000_000) in pairs(text)


def test_forum_deals_told_as_initiatives_costs_after_a_comma_and_plants_making_products_are_pledges():
    text = (
        "$20bn of deals signed at Tashkent forum\n\n"
        "Meanwhile, UAE-based Amea Power is spearheading a $900mn initiative to erect a wind farm in Karakalpakstan. "
        "In agriculture, Egypt's Nil Shugar has committed to producing sugar in Jizzakh region, with the investment "
        "cost $400mn. Wilmar International of Singapore is set to invest $150mn in making food products in Namangan."
    )
    assert pairs(text, published=date(2024, 5, 3)) == {
        ("AE", "UZ", 900_000_000),
        ("EG", "UZ", 400_000_000),
        ("SG", "UZ", 150_000_000),
    }


def test_a_bulleted_country_label_is_where_its_money_goes_and_equal_sums_in_two_places_are_two_pledges():
    text = (
        "UK allocates £500m to African infrastructure projects\n\n"
        "UK Export Finance (UKEF) has announced funding worth £500m for projects in Gabon, Ghana and Zambia.\n\n"
        "- Gabon: £30m will go towards a road upgrade, to be delivered by Colas UK in Libreville.\n"
        "- Ghana: £120m will finance a hospital upgrade. Some £30m will support the expansion of Kumasi airport.\n"
        "- Zambia: £200m will be spent on rural clinics built by UK engineer NMS."
    )
    found = {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2020, 1, 21))}
    assert found == {("GB", "GA"), ("GB", "GH"), ("GB", "ZM")}
    assert len([p for p in pairs(text, published=date(2020, 1, 21)) if p[1] == "GH"]) == 2


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Vietnam had attracted 6.2 billion USD in FDI as of March 20, up 13% on a year earlier.", "6.2 billion USD"),
        ("In all, 640 new projects with total registered capital of 4.8 billion USD were licensed.", "4.8 billion USD"),
        ("A total of 930 million USD was registered to be added to 250 existing projects.", "930 million USD"),
    ],
)
def test_running_counts_of_fdi_and_totals_over_scores_of_projects_are_statistics(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_host_governments_aid_total_and_the_part_it_includes_are_no_pledges():
    text = (
        "Chipmaker opens plant in Japan\n\n"
        "Micron held an opening ceremony for its Hiroshima line. The Japanese government's financial aid for the "
        "Micron lines totals about 700 billion yen, including up to 200 billion yen for the first line."
    )
    assert pairs(text, published=date(2024, 2, 24)) == set()


def test_a_headlines_bare_dollars_rounding_a_local_dollar_equivalent_are_that_dollar_and_asset_size_is_a_measure():
    text = (
        "CapitaLand buys Osaka offices for $530m\n\n"
        "CapitaLand has agreed to acquire three office buildings in Osaka, Japan, for 42.1 billion yen "
        "(S$530.4 million). The acquisition will lift the group's total asset size in Japan to about S$2.9 billion."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2017, 2, 17))} == {("SG", "JP")}
    assert all(usd < 450_000_000 for _, _, usd in pairs(text, published=date(2017, 2, 17)))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("It is the largest all-cash buyout ever, beating the $60 billion deal between two brewers in 2008.", "$60"),
        ("Spending is forecast to nearly triple to $1 trillion by 2030 from $400 billion in 2021.", "$1 trillion"),
        ("Spending is forecast to nearly triple to $1 trillion by 2030 from $400 billion in 2021.", "$400 billion"),
    ],
)
def test_a_deal_outdone_a_forecast_level_and_the_past_level_it_grows_from_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None or filters.is_forecast(
        sentence, start, start + len(figure)
    )


def test_a_leads_floor_and_the_exact_figure_of_the_body_are_one_pledge():
    text = (
        "Drugmaker confirms €1.3bn plan for Cork plant\n\n"
        "New hub to be built on the existing site\n\n"
        "Merck has confirmed plans to invest more than €1 billion in its Cork facilities in Ireland.\n\n"
        "The company said the €1.3 billion investment will fund a new biologics plant."
    )
    assert len(pairs(text, published=date(2022, 12, 1))) == 1


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The group has 40 factories and 15.7 billion lira (7.1 billion USD) net sales as of 2013.", "7.1 billion USD"),
        ("The conglomerate reported $9 billion annual revenue from its plants abroad.", "$9 billion"),
    ],
)
def test_a_measure_named_right_after_the_figure_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_country_that_signs_for_financing_with_no_lender_named_beside_it_borrows():
    sentence = "Kenya, an economy of 55 million people, signed a $900 million financing deal over four years."
    mentions = default_gazetteer().mentions(sentence)
    assert hints(sentence, mentions).get(0) == "recipient"


def test_a_total_whose_parts_come_from_other_payers_is_not_the_part_payers_own():
    sentence = (
        "The new plant involved EUR 90 million of investments, out of which EUR 30 million was a state grant and "
        "EUR 50 million was covered with a loan from the European Investment Bank (EIB)."
    )
    found = pairs(f"Romanian plant opens\n\n{sentence}", published=date(2019, 1, 15))
    assert not any(investor == "EU" and usd > 80_000_000 for investor, _, usd in found)


def test_turnover_taken_toward_a_figure_is_a_measure():
    sentence = "The new line could take the company's turnover toward EUR 1 bln by 2022."
    start = sentence.index("EUR 1 bln")
    assert filters.non_pledge_reason(sentence, start, start + len("EUR 1 bln")) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecuador and China signed on Wednesday five financing agreements totaling $7.5 billion.",
        "The finance ministry and KfW Development Bank of Germany have signed two loan agreements worth €160 million.",
    ],
)
def test_a_country_signing_beside_another_party_is_not_marked_the_borrower(sentence):
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    lenders = [number for number, m in enumerate(mentions) if m.country in {"CN", "DE"}]
    assert lenders and all(marked.get(number) != "recipient" for number in lenders)


def test_a_fund_investing_in_a_foreign_company_described_by_its_nationality_invests_there():
    text = (
        "Quebec fund backs Norwegian battery maker\n\n"
        "The Caisse de dépôt et placement du Québec is investing $150-million in a Norwegian battery maker that is "
        "about to break ground on a plant near Montreal."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2023, 11, 16))} == {("CA", "NO")}


def test_a_record_high_written_with_a_hyphen_is_a_peak_of_a_measure():
    sentence = "Mining exports are expected to have hit a record-high of $310 billion this financial year."
    start = sentence.index("$310")
    assert filters.non_pledge_reason(sentence, start, start + len("$310 billion")) is not None


def test_the_buyers_a_projects_output_is_supplied_to_are_not_its_investors():
    sentence = "Products from this US$400 million project would be supplied to Sony and Lenovo for smart watches."
    mentions = default_gazetteer().mentions(sentence)
    marked = hints(sentence, mentions)
    buyers = [number for number, m in enumerate(mentions) if m.kind == "organization"]
    assert len(buyers) == 2 and all(marked.get(number) == "customer" for number in buyers)


def test_what_a_fund_has_from_all_its_investors_is_no_ones_pledge():
    sentence = "The pension fund's investment lifts commitments into the Master Fund to US$2.1bn, its target size."
    start = sentence.index("US$")
    assert filters.non_pledge_reason(sentence, start, start + len("US$2.1bn")) is not None


def test_each_amount_goes_to_the_lender_named_right_after_it_and_a_capital_dateline_with_a_colon_is_no_party():
    text = (
        "Lenders back Angolan railway\n\n"
        "ANGOLA: Lobito Atlantic Railway has secured US$600m in loans for its line from the port of Lobito.\n\n"
        "The US$450m from DFC and US$150m from DBSA will pay for new track and signalling."
    )
    found = pairs(text, published=date(2025, 12, 18))
    assert ("ZA", "AO", 150_000_000) in found and ("US", "AO", 450_000_000) in found


def test_a_headlines_capitalised_plant_in_georgia_is_in_the_us_state():
    text = (
        "Korean Parts Maker Plans USD 150M Plant in Georgia to Supply Kia Facility\n\n"
        "Suppliers to the Kia plant have pledged to invest more than USD 1.1 billion in the state."
    )
    assert {recipient for _, recipient, _ in pairs(text, published=date(2023, 11, 1))} == {"US"}


def test_a_funds_own_size_before_its_stake_is_no_pledge():
    sentence = "The $US1.7 trillion ($A2.6 trillion) fund's 1.3 per cent stake in Microsoft was its biggest holding."
    start = sentence.index("$US1.7")
    assert filters.non_pledge_reason(sentence, start, start + len("$US1.7 trillion")) is not None


def test_a_seller_introduced_with_an_article_is_not_the_buyer():
    sentence = (
        "The South Korean pension scheme has acquired full ownership of the Quay Quarter Tower from an Australian "
        "developer for A$1.1 billion ($800 million)."
    )
    found = pairs(f"Korean pension fund buys tower in Melbourne\n\n{sentence}", published=date(2021, 7, 9))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "AU")}


def test_overtures_from_a_third_country_do_not_make_it_the_lender():
    sentence = (
        "Australia will loan Fiji $300 million in direct budget support designed to secure essential services and "
        "rebuff financial overtures from China."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$300"))
    assert (roles.investor.country, roles.recipient.country) == ("AU", "FJ")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The tax breaks and other incentives the company will receive from the city, the county, the school "
            "district and the state add up to about $500 million over ten years.",
            "$500 million",
        ),
    ],
)
def test_incentives_from_several_givers_adding_up_to_a_figure_are_a_subsidy(sentence, figure):
    start = sentence.index(figure)
    assert filters.looks_like_subsidy(sentence, start, start + len(figure))


def test_the_cash_a_buyer_funds_the_latest_transaction_from_is_no_pledge():
    sentence = "Sun will fund the latest transaction from its kitty of $1 billion, a company official said."
    start = sentence.index("$1 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$1 billion")) is not None


def test_a_firm_a_payer_is_joining_is_its_partner_and_a_vehicles_size_is_no_pledge():
    text = (
        "Japanese and Canadian firms invest in US power plant\n\n"
        "A Japanese pension fund is joining a Canadian partner and other firms in a US$1.5 billion deal involving "
        "the purchase of a US power plant. It was also the first deal for the US$6-billion GSIA, which was formed "
        "last year to buy into infrastructure in North America."
    )
    assert pairs(text, published=date(2013, 7, 3)) == {("JP", "US", 1_500_000_000)}


def test_the_seller_a_price_is_paid_to_is_not_the_payer_named_after_the_amount():
    sentence = (
        "China Moly acquired a controlling stake in Tenke Fungurume in 2016 for $2.65 billion from US miner "
        "Freeport-McMoRan."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("$2.65"))
    assert roles.investor is not None and roles.investor.country == "CN"


def test_a_place_the_text_puts_in_a_country_lies_there():
    text = (
        "Lenders back railway\n\n"
        "The US$450m from DFC will pay for a rail line that gives the Copperbelt mining region of DR Congo access "
        "to the sea."
    )
    assert {recipient for _, recipient, _ in pairs(text, published=date(2025, 12, 18))} == {"CD"}


def test_a_company_bought_for_a_price_is_a_takeover_and_a_rival_beaten_is_no_party():
    text = (
        "Hindalco wins takeover fight\n\n"
        "Hindalco bought Novelis for $6 billion on Feb. 11, beating Brazilian rival Votorantim in the final round."
    )
    assert pairs(text, published=date(2007, 2, 12)) == {("IN", "US", 6_000_000_000)}


def test_the_unit_of_an_owner_named_in_the_possessive_is_what_is_bought():
    sentence = (
        "Tata Motors signed a binding deal on Wednesday to buy Ford Motor Co.'s Volvo Cars unit for $1.5 billion, "
        "a coup for the Indian carmaker which aims to expand in Europe."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$1.5"))
    assert roles.recipient is not None and roles.recipient.country == "SE"


def test_a_state_official_is_no_company_and_the_one_helped_to_build_a_plant_pays_for_it():
    text = (
        "Toyota's unit wins incentives for Kentucky plant\n\n"
        "Kentucky Governor Andy Beshear on Monday signed legislation approving $400 million in state incentives for "
        "Toyota's battery arm Toyota Battery to build a $3 billion plant for cells."
    )
    assert ("JP", "US", 3_000_000_000) in pairs(text, published=date(2023, 3, 20))


def test_the_nationality_of_investments_in_the_country_is_who_invests():
    sentence = (
        "The Egyptian and Saudi governments have signed a draft agreement for Saudi investments in the country "
        "totalling a projected US$10 billion."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("US$10"))
    assert roles.investor is not None and roles.investor.country == "SA"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The operator will invest more after the government dropped $500 mn tax claims against its unit.", "$500 mn"),
        ("The government exempted the unit from tax claims worth about $500 million.", "$500 million"),
        ("Egypt says it has lined up a total of $20 billion in multilateral support this year.", "$20 billion"),
    ],
)
def test_tax_claims_and_multilateral_support_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_an_opening_clause_with_its_own_subject_does_not_name_the_payer():
    text = (
        "A vote of confidence in Delhi\n\n"
        "At a time when the US administration has put tariffs on Indian goods and its president called the economy "
        "“dead”, Japan has lifted its investment goal from 5 trillion yen (USD 34 billion) to 10 trillion yen "
        "(USD 68 billion), a sign of trust in New Delhi."
    )
    assert pairs(text) == {("JP", "IN", 68_000_000_000)}


def test_a_headline_figure_from_a_list_of_source_countries_belongs_to_none_of_them_alone():
    text = (
        "President returns with $9.4b in pledges from Japan, S. Korea\n\n"
        "Jakarta. President Joko Widodo came back on Friday from a week in North Asia after securing investment "
        "promises worth $9.4 billion for nickel and battery industries in Indonesia.\n\n"
        "Nine Japanese firms pledged a total of $4.1 billion during talks with the president at the Japan Business "
        "Forum 2024 in Tokyo on Tuesday."
    )
    assert pairs(text) == {("JP", "ID", 4_100_000_000)}


def test_the_size_of_a_named_project_is_no_pledge_of_a_payer_borrowed_from_the_article():
    text = (
        "Wealth fund marks down its giga-projects\n\n"
        "The sovereign fund saw an $8 billion write-down on its giga-projects last year.\n\n"
        "The fund, which holds stakes in Uber and Tesla and owns Newcastle United, grew its assets to $913 billion.\n\n"
        "The giga-projects, which include the sprawling $500 billion Neom development, made up 6% of the PIF's "
        "assets in 2024."
    )
    assert pairs(text) == set()


def test_a_body_signer_is_no_payer_when_the_headline_names_who_pays():
    text = (
        "Japan to disburse $840m for Payra port and a rail link\n\n"
        "The government on Tuesday signed an agreement with the Japanese government for loan support to two "
        "transport projects.\n\n"
        "A senior finance ministry secretary signed the agreement for nearly $840 million loan on behalf of the "
        "Bangladesh government, while the Japanese ambassador represented Japan."
    )
    assert pairs(text) == {("JP", "BD", 840_000_000)}


def test_a_headline_figure_follows_the_direction_the_body_gives_it_with_a_named_payer():
    text = (
        "Egypt reaches deal to postpone $900 million payment for Kuwaiti oil\n\n"
        "CAIRO, March 3: The Government of Egypt has reached an agreement with the Kuwait Fund for Arab Economic "
        "Development (KFAED) to postpone a payment of USD 900 million related to oil imports by one year."
    )
    assert pairs(text) == {("KW", "EG", 900_000_000)}


def test_each_listed_project_sends_its_amount_to_its_own_country():
    text = (
        "Kuwait Fund signs development loans for African projects\n\n"
        "The Kuwait Fund for Arab Economic Development signed nine loan agreements worth $310 million with African "
        "governments on Monday.\n\n"
        "The agreements include a district hospital in Togo for $45 million, a water network in Zambia for $30 million "
        "and a rural road in Madagascar, Toamasina province, for $30 million."
    )
    assert pairs(text) == {("KW", "TG", 45_000_000), ("KW", "ZM", 30_000_000), ("KW", "MG", 30_000_000)}


def test_a_demonym_before_the_assets_bought_names_where_the_money_goes():
    text = (
        "Chinese grid operator buys in Colombia\n\n"
        "State Grid Corporation of China has agreed to pay about $1.8 billion to acquire two Colombian assets from "
        "Spain's Iberdrola, as the state-owned group widens its global business expansion."
    )
    assert pairs(text) == {("CN", "CO", 1_800_000_000)}


def test_the_firm_after_a_sale_means_the_buyer_not_the_seller_named_first():
    text = (
        "Chinese utility widens its reach in South America\n\n"
        "China Southern Power Grid has agreed to pay around $2.9 billion to acquire two Peruvian assets.\n\n"
        "Under the deal, a unit of Enel will sell its stake in Enel Distribucion Peru to China Southern Power Grid "
        "International, the overseas arm of the Chinese firm.\n\n"
        "In 2018, the firm announced a $1.3 billion deal to acquire 27.8% of Transelec, Chile's largest transmission "
        "system."
    )
    assert pairs(text) == {("CN", "PE", 2_900_000_000), ("CN", "CL", 1_300_000_000)}


def test_a_sum_that_brings_this_number_to_a_total_with_past_spending_is_no_pledge():
    text = (
        "Schneider to put $700 million into American plants\n\n"
        "France's Schneider Electric will invest more than $700 million in the United States through 2027.\n\n"
        "The group has invested over USD 4 billion in the country in the last 15 years. This year's commitment will "
        "bring this number to over USD 5 billion."
    )
    assert pairs(text) == {("FR", "US", 700_000_000)}


def test_the_value_of_a_deal_after_a_business_sale_is_paid_by_the_buyer():
    text = (
        "Carrefour completes sale of Taiwan business\n\n"
        "Carrefour, the French grocer, said on Monday that it had completed the sale of its Taiwan operations, "
        "including 300 stores, to Uni-President Enterprises. The equity value of the deal was about $1 billion."
    )
    assert pairs(text) == {("TW", "FR", 1_000_000_000)}  # the buyer pays the seller


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Microsoft was the second company to reach $3 trillion, after Apple.", "$3 trillion"),
        ("The chipmaker has since slipped back from its $4 trillion valuations of the summer.", "$4 trillion"),
    ],
)
def test_what_a_company_is_worth_on_the_market_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_country_said_to_dominate_a_market_is_no_recipient():
    text = (
        "Japanese refiner buys into Australian nickel miner\n\n"
        "Sumitomo Metal Mining will acquire a 10% stake in Australian nickel firm Nickel Industries for $120 million, "
        "offering buyers an alternative to Indonesian-dominated supply chains."
    )
    assert pairs(text) == {("JP", "AU", 120_000_000)}


def test_a_partner_described_before_its_name_does_not_pay_for_the_fund_that_partners_with_it():
    text = (
        "Canadian pension fund adds to its Indian bets\n\n"
        "Canada Pension Plan Investment Board said its portfolio in India had grown again this year.\n\n"
        "The pension fund also partnered with pan-Asian private equity major PAG to invest $150 million for an 18% "
        "stake in a packaging maker in India."
    )
    assert pairs(text) == {("CA", "IN", 150_000_000)}


def test_the_proceeds_of_an_exit_are_no_pledge():
    sentence = "The fund sold its 6% stake in the logistics firm, netting C$298 million."
    start = sentence.index("C$298")
    assert filters.non_pledge_reason(sentence, start, start + len("C$298 million")) is not None


def test_the_buyer_in_a_stake_sale_to_a_company_pays():
    text = (
        "Telecom arm raises more money\n\n"
        "Reliance has now sold a combined 12 per cent of Reliance Retail in four deals, including a 5 per cent stake "
        "sale to Google for $1.1 billion."
    )
    assert pairs(text) == {("US", "IN", 1_100_000_000)}


def test_a_lender_named_before_its_financing_pays_it():
    sentence = (
        "The new facility adds to 90 million euros in EIB financing signed in 2023 with the Republic of Mauritius."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("90 million"))
    assert (roles.investor.country, roles.recipient.country) == ("EU", "MU")


def test_a_precise_figure_told_twice_under_two_names_of_one_buyer_is_one_pledge():
    text = (
        "Lender's shares rise on Japanese stake deal\n\n"
        "Shares of Shriram Finance rose 5 per cent after its board cleared a 20 per cent stake sale.\n\n"
        "Mitsubishi UFJ Financial Group to invest ₹39,618 crore in Shriram Finance\n\n"
        "Shriram Finance said its board had approved definitive agreements with MUFG Bank Ltd for an investment of "
        "₹39,618 crore, or about $4.4 billion."
    )
    assert pairs(text, published=date(2025, 12, 19)) == {("JP", "IN", 4_400_000_000)}


def test_money_to_finance_a_countrys_purchases_goes_to_the_buyer():
    text = (
        "Korean lenders back arms sales\n\n"
        "SEOUL — South Korean commercial banks will set up a fund that could provide US$3 billion to finance Romanian "
        "purchases of howitzers from Korea, a deputy minister said."
    )
    assert pairs(text) == {("KR", "RO", 3_000_000_000)}


def test_granting_a_country_a_loan_is_lending_not_a_grant_at_home():
    text = (
        "South Korean banks to provide an extra US$2b for Romanian arms deals\n\n"
        "South Korean banks will provide US$2 billion to finance Romanian purchases of howitzers from Korea.\n\n"
        "“Under the new law, we can grant Romania a loan of US$4 billion,” Korea's deputy minister said."
    )
    assert pairs(text) == {("KR", "RO", 2_000_000_000), ("KR", "RO", 4_000_000_000)}


def test_a_banks_capital_raised_to_a_level_is_no_pledge():
    sentence = "The law lifted the equity capital of the state-run Export-Import Bank of Korea to 25 trillion won."
    figure = "25 trillion won"
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_second_subject_after_as_changes_its_own_figure():
    text = (
        "Battery plant deal shrinks\n\n"
        "ATLANTA — South Korean battery maker SK On will scale back its planned investment in an initially planned "
        "$5 billion Georgia plant.\n\n"
        "Georgia will reduce its tax credits for the project from $1.2 billion to $60 million as SK On reduces its "
        "planned investment from $5 billion to $900 million, the governor said."
    )
    assert ("KR", "US", 900_000_000) in pairs(text)


def test_a_sentence_saying_whose_company_a_name_is_gives_its_country():
    text = (
        "Chinese lithium group plans mine expansion\n\n"
        "Sinomine, the Chinese lithium company buying Arcadia Holdings, says it plans to invest an initial US$150 "
        "million to build a new plant and expand existing operations.\n\n"
        "Arcadia is Zimbabwe's second-largest miner of lithium ore."
    )
    assert pairs(text) == {("CN", "ZW", 150_000_000)}


def test_the_sum_of_two_payers_plans_named_combined_after_the_amount_is_no_ones_pledge():
    text = (
        "Two foreign carmakers weigh Indian plants\n\n"
        "[NEW DELHI] Japan's Suzuki and German carmaker Volkswagen have discussed plans to invest as much as "
        "US$4 billion combined in India, people familiar with the talks said.\n\n"
        "Separately, Volkswagen plans to spend about US$1 billion to build an engine plant in southern India."
    )
    assert pairs(text) == {("DE", "IN", 1_000_000_000)}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The fund puts $2 billion into Brazil on average each year, its director said.", "$2 billion"),
        ("Japanese firms have invested an average of $3 billion a year in Vietnam.", "$3 billion"),
    ],
)
def test_an_average_over_past_years_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_remittances_sent_home_by_workers_are_no_pledge():
    text = (
        "Gulf workers send more money home\n\n"
        "DHAKA: Saudi Arabia, the United Arab Emirates and other Gulf states remained key contributors to "
        "Bangladesh's remittance inflows for fiscal year 2022-23, collectively sending 48.2 percent or $9.2 "
        "billion.\n\n"
        "Collectively, workers from the Kingdom, the UAE and other Gulf countries contributed $9.2 billion to "
        "remittances in FY23 as compared to $8.9 billion in FY22."
    )
    assert pairs(text) == set()


def test_the_value_of_what_suppliers_produced_is_no_pledge():
    sentence = "Samsung's total handset production by its two Indian plants touched $11 billion during the year."
    start = sentence.index("$11 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$11 billion")) is not None


def test_the_industry_a_lender_helps_is_not_the_payer():
    sentence = (
        "The French Development Agency will also help the Senegalese cement industry to cut its emissions "
        "through a loan of 120 million euros."
    )
    roles = resolve_roles(sentence, default_gazetteer().mentions(sentence), sentence.index("120 million"))
    assert roles.investor is not None and roles.investor.country == "FR"


def test_a_hyphenated_figure_before_a_company_name_is_not_the_local_dollar_style():
    text = (
        "Indian steelmaker to buy Australian coal miner for $190 million\n\n"
        "Tata Steel will acquire a controlling stake in an Australian coal miner for $190 million, as India's "
        "steelmaker secures coking coal.\n\n"
        "The board approved the payment, according to a filing by the steel unit of the $150-billion Tata Group."
    )
    assert pairs(text, published=date(2024, 8, 12)) == {("IN", "AU", 190_000_000)}


def test_what_a_group_is_worth_before_its_name_is_no_pledge():
    sentence = "The board approved the deal, according to a filing by the steel unit of the $23-billion JSW Group."
    start = sentence.index("$23-billion")
    assert filters.non_pledge_reason(sentence, start, start + len("$23-billion")) is not None


def test_an_economic_impact_told_after_the_figure_is_no_pledge():
    sentence = "The campus is projected to have a more than $4B economic impact in the county."
    start = sentence.index("$4B")
    assert filters.non_pledge_reason(sentence, start, start + len("$4B")) is not None


def test_a_place_inside_a_relative_clause_after_the_amount_is_not_its_recipient():
    text = (
        "Lenders back Tanzanian railway upgrade\n\n"
        "TANZANIA: Railway operator Central Corridor Rail has secured US$500m in loan financing from the US "
        "International Development Finance Corp and Development Bank of Southern Africa to rehabilitate its line.\n\n"
        "The US$400m from DFC and US$100m from DBSA will pay for new track and rolling stock on the line, which gives "
        "the Katanga mining region of DR Congo access to global markets via the Indian Ocean port."
    )
    found = pairs(text)
    assert ("US", "TZ", 400_000_000) in found and ("ZA", "TZ", 100_000_000) in found
    assert not any(recipient == "CD" for _, recipient, _ in found)


def test_a_companys_own_plant_named_after_from_its_is_no_payer():
    text = (
        "PM's visit brings carmaker pledge\n\n"
        "A highlight of the trip came as Toyota announced a $5 billion investment plan over six years and revealed "
        "the launch of its first electric car from its Karnataka plant, with India positioned as an export base."
    )
    assert pairs(text) == {("JP", "IN", 5_000_000_000)}


def test_a_host_ministry_signing_with_a_foreign_company_receives_what_the_company_builds():
    text = (
        "Kazakhstan, UAE partner on $3B logistics hub\n\n"
        "Kazakhstan's Ministry of Transport and the UAE's Kazyna Ports Holding have signed an agreement to develop a "
        "$3 billion logistics hub near Aktau."
    )
    assert pairs(text) == {("AE", "KZ", 3_000_000_000)}


def test_a_province_approving_a_foreign_firms_project_does_not_spend_it():
    text = (
        "Thai Nguyen gives nod to $80 million project\n\n"
        "The northern province of Thai Nguyen on Tuesday gave the go-ahead to a US$80 million project by South "
        "Korean firm Samsung Electro-Mechanics."
    )
    assert pairs(text, published=date(2017, 3, 3)) == {("KR", "VN", 80_000_000)}


def test_a_country_said_to_be_the_destination_of_investments_receives_them():
    text = (
        "Utility tops 5,000 staff in Brazil\n\n"
        "EDP has passed 5,000 employees at its Brazilian subsidiary.\n\n"
        "As the electricity company explained in a statement, Brazil is the main destination for its investments, "
        "with more than $6,000 million for the three-year period 2024-2026."
    )
    assert pairs(text) == {("PT", "BR", 6_000_000_000)}


def test_a_distillery_unveiled_abroad_is_a_pledge():
    text = (
        "French spirits group opens Indian distillery\n\n"
        "Pernod Ricard has unveiled its new $200m malt whisky distillery in Nagpur, India."
    )
    assert pairs(text, published=date(2024, 11, 16)) == {("FR", "IN", 200_000_000)}


def test_a_national_development_lender_is_no_recipient_of_another_lenders_amount():
    text = (
        "IDB approves loan to support Peru's green growth\n\n"
        "The Inter-American Development Bank approved a $500 million loan to Peru.\n\n"
        "Financing for the operation will be complemented with $200 million in cofinancing from the French Agency for "
        "Development and $150 million through the German Development Bank."
    )
    assert pairs(text, published=date(2021, 12, 1)) == {("FR", "PE", 200_000_000), ("DE", "PE", 150_000_000)}


def test_arm_holdings_written_in_capitals_is_the_british_chip_designer():
    mentions = default_gazetteer().mentions("ARM Holdings designs the processors inside most phones.")
    assert [(m.name, m.country) for m in mentions] == [("Arm Holdings", "GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Separator venture\n\nSK Innovation would invest US$300 million in Toray Industries Hungary Kft.",
            {("KR", "HU", 300_000_000)},
        ),
        (
            "Plant expansion\n\nHyundai Motor India will invest $400 million to expand its plant near Chennai.",
            {("KR", "IN", 400_000_000)},
        ),
    ],
)
def test_a_unit_named_for_its_country_is_there_and_its_parent_pays(text, expected):
    assert pairs(text) == expected


def test_a_unit_named_after_its_owners_possessive_is_what_is_bought():
    text = (
        "Chip deal\n\n"
        "In September, Qualcomm agreed to buy Softbank Group Corp's chip division Arm Ltd for US$45 billion."
    )
    assert pairs(text, published=date(2021, 2, 9)) == {("US", "GB", 45_000_000_000)}


def test_a_host_government_signing_with_a_foreign_based_firm_receives_the_firms_money():
    text = (
        "Tamil Nadu signs MoUs worth Rs 5,000 crore\n\n"
        "CHENNAI: The Tamil Nadu government on Monday signed nine memorandums of understanding for new factories.\n\n"
        "The state also signed an MoU with Germany-based Freudenberg for a Rs 400-crore expansion of seal "
        "manufacturing."
    )
    found = pairs(text, published=date(2020, 10, 12))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("DE", "IN")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Food delivery deal\n\nDelivery Hero has acquired Middle East food-ordering rival Talabat for "
            "$170 million.",
            {("DE", "KW", 170_000_000)},
        ),
        (
            "Property deal\n\nCanada's Brookfield agreed to buy office tower owner Lendlease for $3 billion, in what "
            "would be the largest takeover of an Australian company this year.",
            {("CA", "AU", 3_000_000_000)},
        ),
    ],
)
def test_a_takeover_target_described_as_a_rival_or_owner_is_what_is_bought(text, expected):
    assert pairs(text) == expected


def test_a_seller_described_in_a_clause_selling_a_products_business_is_paid_by_the_buyer():
    text = (
        "Appliance sale\n\n"
        "Philips NV, which last year spun off its lighting arm in Amsterdam, is selling its domestic products "
        "business to a group of Chinese investors for $4.4 billion."
    )
    assert pairs(text) == {("CN", "NL", 4_400_000_000)}


def test_what_a_merger_values_the_combined_group_and_each_company_at_is_no_pledge():
    text = (
        "Gulf fund backs carmaker\n\n"
        "Kuwait's KIA invested $2 billion in Daimler's share sale, ahead of a merger between the carmaker and "
        "Chrysler. The merger, in which Daimler acquired Chrysler in an all-stock transaction, valued the combined "
        "entity at $92 billion.\n\n"
        "The deal valued Daimler at $55 billion and Chrysler at $37 billion."
    )
    assert pairs(text, published=date(1998, 5, 7)) == {("KW", "DE", 2_000_000_000)}


def test_rounds_a_company_raised_before_are_not_the_new_investors_money():
    text = (
        "Gulf fund backs chatbot maker\n\n"
        "Qatar's QIA invested $1 billion in Anthropic. - The chatbot maker competes with OpenAI and Google. "
        "- Prior to the QIA investment, Anthropic had already raised large sums, including a $4 billion round from "
        "investors in 2024 and a $13 billion Series F round in 2025."
    )
    assert pairs(text, published=date(2026, 2, 1)) == {("QA", "US", 1_000_000_000)}


def test_a_shared_name_takes_the_nationality_its_apposition_gives():
    text = (
        "Rail loan signed\n\n"
        "Kenya signed a $1.5 billion loan agreement with EXIM Bank, a Chinese state-owned lender, for the railway."
        "\n\nThe EXIM Bank loan runs for 20 years."
    )
    assert pairs(text, published=date(2014, 5, 11)) == {("CN", "KE", 1_500_000_000)}


def test_the_company_a_factory_was_taken_over_from_is_no_payer():
    text = (
        "Carmaker expands in Thailand\n\n"
        "China's BYD said on Monday it will invest $500 million over five years to build cars in Thailand where it "
        "has taken over a factory from Ford Motor."
    )
    assert pairs(text, published=date(2023, 5, 11)) == {("CN", "TH", 500_000_000)}


def test_a_local_firm_that_builds_what_a_foreign_subject_pays_for_is_no_payer():
    text = (
        "Cloud region for Malaysia\n\n"
        "Microsoft has pledged to invest US$2bil that includes a data centre to be built by Gamuda Bhd in Sime Darby "
        "Property's business park in Malaysia."
    )
    assert pairs(text, published=date(2024, 5, 11)) == {("US", "MY", 2_000_000_000)}


def test_an_offer_whose_rejection_is_reported_is_no_pledge():
    text = (
        "Brewer agrees deal\n\n"
        "Japan's Asahi has agreed to buy Australia's Carlton & United Breweries for $11.3 billion. It comes weeks "
        "after Anheuser-Busch InBev's rejection of a $9.8 billion offer from Kirin for its Korean unit."
    )
    assert pairs(text, published=date(2019, 7, 19)) == {("JP", "AU", 11_300_000_000)}


def test_the_whole_a_pledge_is_part_of_goes_the_same_way():
    text = (
        "Qatari deals\n\n"
        "Qatar's QIA plan to put $5B into U.S. infrastructure funds headed a list of deals signed on Wednesday, part "
        "of $1.2 trillion in investment the president says he secured while in Qatar."
    )
    assert pairs(text, published=date(2025, 5, 15)) == {("QA", "US", 5_000_000_000), ("QA", "US", 1_200_000_000_000)}


def test_a_company_lent_the_amount_right_after_its_name_receives_it():
    text = (
        "Export bank backs refiner\n\n"
        "Japan's JBIC will lend Indian Oil up to $1 billion, which can be used to buy Japanese equipment for its "
        "refineries."
    )
    assert pairs(text, published=date(2023, 5, 15)) == {("JP", "IN", 1_000_000_000)}


def test_goods_a_country_offers_to_sell_are_no_pledge():
    text = (
        "Uzbek trade push\n\n"
        "Uzbekistan's trade minister met Chinese officials in Beijing. \"Uzbekistan is ready to offer China a wide "
        'range of textile and food products worth over $2 billion," he said.'
    )
    assert pairs(text, published=date(2023, 5, 15)) == set()


def test_it_after_a_factory_bought_from_another_company_is_the_buyer():
    text = (
        "Carmaker bets on India\n\n"
        "China's SAIC Motor made an early bet on India in 2017 when it acquired a factory from General Motors, where "
        "it will spend 45 billion rupees ($550 million) turning it into an export base."
    )
    assert pairs(text, published=date(2023, 5, 15)) == {("CN", "IN", 550_000_000)}


def test_a_country_whose_industry_has_its_heart_in_a_town_is_where_the_money_goes():
    text = (
        "Steel venture\n\n"
        "Steelmakers Baowu of China and South Korea's POSCO have agreed to set up a joint venture in China, POSCO "
        "said.\n\n"
        "The steelmakers will each invest $300 million and take a 50% stake in the joint venture, which plans to "
        "build a plant in Zhanjiang - the heart of China's steel industry - in January, POSCO said."
    )
    assert pairs(text, published=date(2023, 5, 15)) == {("KR", "CN", 300_000_000)}


def test_a_cut_profit_forecast_over_a_named_year_is_no_pledge():
    text = (
        "Carmaker trims outlook\n\n"
        "Japan's Honda said tariffs on cars imported into the United States would hurt results. Honda cut its "
        "operating profit forecast for the financial year to end-March 2026 to 1.2 trillion yen ($8.1 billion)."
    )
    assert pairs(text, published=date(2025, 8, 7)) == set()


def test_a_town_named_like_another_countrys_state_lies_where_its_own_state_and_country_say():
    text = (
        "Carmaker picks site\n\nGermany's BMW will build a $1 billion plant in Santa Catarina, Nuevo León, in Mexico."
    )
    assert pairs(text, published=date(2024, 5, 1)) == {("DE", "MX", 1_000_000_000)}


def test_a_country_operations_move_away_from_is_no_payer():
    text = (
        "Chipmaker cuts back\n\n"
        "Micron will move its assembly operations from Malaysia to larger sites in Taiwan and further delay "
        "construction of its $15 billion memory plant in Idaho, USA."
    )
    assert pairs(text, published=date(2025, 7, 25)) == set()


def test_a_subject_described_in_an_apposition_receives_what_it_will_receive():
    text = (
        "Utility raises capital\n\n"
        "Essential Utilities, the water utility based in the U.S., will receive about $500 million in investment by "
        "Canada Pension Plan Investment Board."
    )
    assert pairs(text, published=date(2019, 3, 29)) == {("CA", "US", 500_000_000)}


def test_the_company_a_portfolio_was_picked_up_from_is_the_seller():
    text = (
        "Fund buys wind farms\n\n"
        "Investor Brookfield has picked up a 400MW portfolio of wind farms in India from Tata Power in a deal valued "
        "at US$300 million."
    )
    assert pairs(text, published=date(2020, 4, 27)) == {("CA", "IN", 300_000_000)}


def test_the_company_a_reported_clause_names_pays_not_the_speakers_backer():
    text = (
        "Parts maker bid\n\n"
        "Toyota-backed, Nagoya-listed parts maker Aisin announced on March 3 last year that Blackstone would make a "
        "$2 billion takeover bid for its brake unit."
    )
    assert pairs(text, published=date(2018, 3, 3)) == {("US", "JP", 2_000_000_000)}


def test_work_undertaken_over_the_past_decades_is_a_past_total():
    text = (
        "Builders abroad\n\n"
        "Kazakhstan was the largest market for Chinese builders, where they undertook $40 billion worth of projects "
        "over the past three decades."
    )
    assert pairs(text, published=date(2024, 7, 8)) == set()


def test_a_nationality_before_lending_is_the_lenders():
    text = (
        "Port plan\n\n"
        "The government of Samoa will use $80 million in Chinese lending to rebuild the wharf, officials said."
    )
    assert pairs(text, published=date(2018, 7, 31)) == {("CN", "WS", 80_000_000)}


def test_an_aggregate_a_seller_realised_is_the_proceeds_of_its_sale():
    text = (
        "Meat deal\n\n"
        "Brazil's JBS has bought an additional 20% stake in Pilgrim's Pride from Jefferies for $500 million.\n\n"
        '"We will have realised an aggregate of almost $2 billion in cash, or 3 times our original investment in '
        "Pilgrim's Pride."
    )
    assert pairs(text, published=date(2019, 11, 20)) == {("BR", "US", 500_000_000)}


def test_a_project_cost_that_was_estimated_is_the_whole_not_the_lenders_pledge():
    text = (
        "Chinese bank to fund power plant\n\n"
        "China Development Bank has agreed to extend $300 million in financing for a coal plant in Sindh, Pakistan."
        "\n\nThe project cost was estimated at $520 million, based on debt and equity of 75 and 25 percent."
    )
    assert pairs(text, published=date(2018, 12, 22)) == {("CN", "PK", 300_000_000)}


def test_a_project_named_by_its_countrys_adjective_receives_its_share():
    text = (
        "Motor maker expands\n\n"
        "Brazil's WEG will invest R$600 million ($110 million) over five years in Brazil and Mexico.\n\n"
        "The Mexican project will receive about R$300 million ($55 million) of the total investment."
    )
    assert pairs(text, published=date(2024, 9, 18)) == {("BR", "MX", 55_000_000)}


def test_aid_to_another_country_is_a_pledge_and_the_total_it_increases_is_past_money_included():
    text = (
        "Aid for Ghana\n\n"
        "Japan's JICA has announced an additional $90 million in development assistance to Ghana.\n\n"
        "The embassy said this funding increases the total Japanese assistance to the Ghanaian people to $1.2 billion "
        "under the five-year agreement."
    )
    assert pairs(text, published=date(2021, 3, 22)) == {("JP", "GH", 90_000_000)}


@pytest.mark.parametrize(
    "sentence",
    ["Rosneft had last year sold a stake in the field", "Vivendi recently sold its music arm", "Bayer previously sold"],
)
def test_a_sale_told_with_a_time_between_the_seller_and_its_verb_is_a_sale(sentence):
    seller_end = sentence.index(" ")
    assert sells_after(sentence, seller_end)


def test_a_hong_kong_company_called_chinese_keeps_its_home_and_the_targets_shares_are_no_partner():
    text = (
        "Pub deal\n\n"
        "Shares of Marston's surged 40 percent yesterday after Chinese conglomerate CK Hutchison said it plans to "
        "acquire the British brewer in a deal worth GBP3 billion (USD3.9 billion).\n\n"
        "CK Hutchison has offered to buy Marston's for GBP2 billion and assume its GBP1 billion debt."
    )
    assert ("HK", "GB", 3_900_000_000) in pairs(text, published=date(2019, 8, 20))


def test_each_country_of_a_pledging_conference_list_pays_its_own_amount():
    text = (
        "Geneva moot: donors pledge $2.3bn for Sri Lanka's cyclone-hit districts\n\n"
        "Geneva (Web Desk): The finance minister said donors pledged support for rebuilding at the International "
        "Conference on Resilient Sri Lanka in Geneva.\n\n"
        "She said the Asian Development Bank (ADB) pledged $1.2 billion, the World Bank $800 million, India $150 "
        "million, Japan $60 million and Germany $45 million.\n\n"
        "The conference, co-hosted by the Government of Sri Lanka and the United Nations in Geneva, called for "
        "long-term support.\n\n"
        "In a separate statement, Qatar said it had pledged $50 million for Sri Lanka's rebuilding."
    )
    assert pairs(text, published=date(2023, 1, 9)) == {
        ("IN", "LK", 150_000_000),
        ("JP", "LK", 60_000_000),
        ("DE", "LK", 45_000_000),
        ("QA", "LK", 50_000_000),
    }


def test_each_bracketed_amount_is_paid_by_the_lender_that_funded_it():
    text = (
        "Lenders back Nepal\n\n"
        "Foreign lenders committed US$600 million to fund projects in Nepal in the first half, the finance ministry "
        "said.\n\n"
        "Big projects included a hydropower plant (US$ 250.5 million) funded by China Exim Bank, a water supply "
        "project (Euro 80 million) funded by BNP Paribas of France, and a road upgrade (US$ 60 million) funded by ADB."
    )
    found = pairs(text, published=date(2016, 7, 2))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("CN", "NP"), ("FR", "NP")}


def test_an_investment_in_the_one_foreign_firm_goes_to_the_firms_country():
    text = (
        "MUFG deepens tie-up\n\n"
        "Japanese megabank group MUFG has announced a joint venture with Morgan Stanley.\n\n"
        "The megabank group will make an additional investment of about 150 billion yen in the U.S. firm."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2025, 9, 22))} == {("JP", "US")}


def test_the_country_a_delegation_visited_to_attract_investment_is_not_the_one_seeking_it():
    from ingest.extraction.extract import _country_seeking_money
    from ingest.extraction.text import article_sentences

    body = "He said a Nepalese trade delegation recently visited China to attract further investment."
    gazetteer = default_gazetteer()
    found = [(s, [], gazetteer.mentions(s.text)) for s in article_sentences(body, "China to invest in Nepal")]
    assert _country_seeking_money(found) == "NP"


def test_a_state_named_like_another_country_lies_in_its_own_country():
    text = (
        "Chinese firm to build rice mill\n\n"
        "China's Sinomach will invest $120 million in a rice mill in Niger State, the state government said."
    )
    assert pairs(text, published=date(2024, 10, 21)) == {("CN", "NG", 120_000_000)}


def test_a_generic_two_word_name_is_no_company():
    names = [m.name for m in default_gazetteer().mentions("China Overseas Engineering Group Company Limited (COVEC)")]
    assert "Engineering Ingegneria Informatica" not in names


def test_fdi_received_during_two_past_dates_is_a_statistic():
    text = (
        "French chemical major to invest in India\n\n"
        "France's Arkema will invest $400 million in a plant in Gujarat.\n\n"
        "France is the eleventh largest investor in India. The country has received about USD 11 billion foreign "
        "direct investment (FDI) from France during April 2000 and December 2024."
    )
    assert pairs(text, published=date(2025, 3, 29)) == {("FR", "IN", 400_000_000)}


def test_money_used_to_provide_a_country_with_equipment_is_its_purchase():
    text = (
        "Arms package for Qatar\n\n"
        "Nearly $40 billion would be used to provide Qatar with advanced air defence equipment and services from "
        "American defense firms, the White House said."
    )
    assert pairs(text, published=date(2025, 5, 15)) == {("QA", "US", 40_000_000_000)}


def test_a_lender_set_aside_by_aside_from_does_not_lend_the_next_amount():
    text = (
        "Metro loan\n\n"
        "The ADB will lend $1 billion for the Jakarta metro.\n\n"
        "Aside from ADB, the Japan International Cooperation Agency is also co-financing the metro through a "
        "$700 million loan to Indonesia."
    )
    assert pairs(text, published=date(2022, 6, 17)) == {("JP", "ID", 700_000_000)}


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("- Singapore: $3.1 billion (26.5% share) - largest investing country", "$3.1 billion"),
        ("- South Korea: 18.1% (approximately $2.1 billion) - a strong recovery", "$2.1 billion"),
        (
            "Foreign direct investment inflows (disbursed basis) for the first half of 2025 (January-June) totaled "
            "$11.7 billion, up 8% year-on-year.",
            "$11.7 billion",
        ),
    ],
)
def test_shares_and_totals_of_fdi_statistics_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_country_that_clinches_projects_with_another_receives_them():
    text = (
        "Thailand clinches 50 billion baht worth of projects with Japan\n\nThe deals were signed at a business forum."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2023, 4, 1))} == {("JP", "TH")}


def test_a_country_that_for_its_part_will_get_an_amount_receives_it():
    text = (
        "Korean loans for Africa\n\n"
        "South Korea committed to provide concessional loans for development projects in Africa.\n\n"
        "Uganda for its part will get $30 million to develop its agriculture."
    )
    assert pairs(text, published=date(2016, 10, 27)) == {("KR", "UG", 30_000_000)}


def test_each_company_of_a_crore_list_pays_only_its_own_amount():
    text = (
        "Tamil Nadu investor meet\n\n"
        "Tamil Nadu signed agreements at the Global Investors Meet in Chennai.\n\n"
        "Automobile firms like Ashok Leyland committed Rs 2,000 crore, MRF Rs 3,100 crore, and Renault Rs 1,250 crore."
    )
    assert {(i, r) for i, r, _ in pairs(text, published=date(2019, 1, 24))} == {("FR", "IN")}
    assert len(pairs(text, published=date(2019, 1, 24))) == 1


@pytest.mark.parametrize(
    "sentence, figure",
    [
        (
            "Japan topped the list of investors for FDI stock, contributing SR150 billion ($40 billion), which "
            "represents 17% of the total FDI stock in the Kingdom.",
            "SR150 billion ($40 billion)",
        ),
        (
            "Today, the fund's activities cover 90 countries, and the total volume of its capital exceeds $9 billion.",
            "$9 billion",
        ),
    ],
)
def test_a_share_of_an_fdi_total_and_a_funds_capital_are_no_pledges(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_countries_that_will_each_receive_an_amount_get_one_pledge_each():
    text = (
        "Japan to lend East Africa $100 million\n\n"
        "Japan committed to provide concessional loans of $100 million for water projects in East Africa.\n\n"
        "Kenya and Uganda will each receive $50 million."
    )
    assert pairs(text, published=date(2016, 10, 27)) == {("JP", "KE", 50_000_000), ("JP", "UG", 50_000_000)}


def test_each_line_of_an_announced_allocation_is_a_pledge_to_the_country_it_names():
    text = (
        "Japan extends yen loans to three African partners\n\n"
        "Japan will provide ¥50 billion in concessional loans to three African partners. The loans will be allocated "
        "as follows:\n\n"
        "  • Kenya: ¥20 billion\n"
        "  • Ghana: ¥15 billion\n"
        "  • Zambia: ¥15 billion.\n\n"
        "The loans will fund roads and power lines."
    )
    found = pairs(text, published=date(2020, 5, 22))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("JP", "KE"), ("JP", "GH"), ("JP", "ZM")}


def test_the_lines_of_an_allocation_share_the_payer_of_the_sentence_announcing_it():
    # The EU's bodies are no country the roles vote for: the payer comes from the announcement itself.
    text = (
        "EU backs four neighbours with emergency loans\n\n"
        "The Council of the European Union on Tuesday agreed to lend up to 1.5 billion euros to four partner "
        "countries hit by the energy crisis, to be allocated as follows:\n\n"
        "Moldova: €300 million\n"
        "North Macedonia: €250 million\n"
        "Armenia: €450 million\n"
        "Egypt: €500 million\n\n"
        "Each loan runs for fifteen years."
    )
    found = pairs(text, published=date(2022, 11, 8))
    assert {(investor, recipient) for investor, recipient, _ in found} == {
        ("EU", "MD"),
        ("EU", "MK"),
        ("EU", "AM"),
        ("EU", "EG"),
    }


def test_a_country_described_in_passing_still_signs_together_with_its_partner():
    sentence = (
        "Djibouti, a small state on the Horn of Africa, and China have agreed to build a $600 million free-trade zone."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert roles.joint == ("DJ", "CN")


def test_money_for_the_project_goes_where_the_sentence_before_sent_the_project():
    text = (
        "Beijing widens its maritime footprint\n\n"
        "Comoros and China have signed an agreement to build a $400 million container terminal.\n\n"
        "China Communications Construction said it will put about $90 million into the project.\n\n"
        "Chinese firms are also studying ports in Tanzania. Tanzania has talked with Chinese lenders, and "
        "Tanzania's ports serve Zambia and Malawi."
    )
    assert ("CN", "KM", 90_000_000) in pairs(text, published=date(2019, 4, 2))


def test_a_place_opening_a_sentence_receives_the_plan_its_company_lays_out():
    sentence = "In Spain, Amazon had laid out plans for a $15.7bn spend on cloud regions through 2033."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert (roles.investor.country, roles.recipient.country) == ("US", "ES")


def test_a_language_named_after_a_people_is_no_country():
    text = (
        "Sovereign fund backs river port\n\n"
        "Fundo Soberano de Angola, the wealth fund known by its Portuguese acronym FSDEA, is investing $75 million "
        "for a stake in a river port."
    )
    assert not any("PT" in pledge[:2] for pledge in pairs(text, published=date(2018, 6, 4)))


def test_a_town_ending_the_name_of_a_company_the_gazetteer_does_not_know_is_no_recipient():
    text = (
        "Investors take stake in harbour operator\n\n"
        "Kuwait's Agility will pay $60 million for a 40 percent stake in Namibe Porto, the company running the "
        "harbour in Angola."
    )
    assert pairs(text, published=date(2018, 6, 4)) == {("KW", "AO", 60_000_000)}


def test_an_official_predicting_a_total_does_not_pay_the_part_a_named_payer_will_spend():
    text = (
        "Egyptian zone expects Turkish textile money\n\n"
        "The head of the Egyptian state authority running the zone predicted it would attract $3 billion by 2027, "
        "including $250 million which the Turkish side would spend on factories."
    )
    assert ("TR", "EG", 250_000_000) in pairs(text, published=date(2023, 5, 9))


def test_agreements_totalling_an_amount_with_a_named_company_are_that_companys():
    text = (
        "Zone signs up textile makers\n\n"
        "The zone authority said a delegation had toured factories in Asia last month.\n\n"
        "Among the results are agreements totalling $180 million with Hyosung to build a spandex plant in Egypt."
    )
    assert ("KR", "EG", 180_000_000) in pairs(text, published=date(2023, 6, 5))


def test_a_company_bought_as_a_division_of_a_group_is_at_the_groups_home():
    sentence = (
        "Swiss packaging group SIG agreed to acquire Evergreen, a unit of American paper maker International Paper, "
        "for $1.1 billion."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert (roles.investor.country, roles.recipient.country) == ("CH", "US")


def test_a_body_named_by_what_it_is_pays_in_the_relative_clause_after_it():
    sentence = (
        "The takeover, one of the largest in the sector this year, is backed by Norway’s state pension fund, "
        "which is putting in €900 million and will hold 12 percent of the French company."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("€"))
    assert (roles.investor.country, roles.investor_explicit) == ("NO", True)


def test_a_company_named_with_its_legal_form_after_a_countrys_possessive_is_that_countrys():
    text = (
        "Foil maker revives plant\n\n"
        "A unit of Japan’s Kirafoil Industries Co. will restart a shuttered plant in Ohio.\n\n"
        "Brightwell Materials announced a $320 million investment in the plant."
    )
    assert ("JP", "US", 320_000_000) in pairs(text, published=date(2023, 9, 5))


def test_local_governments_approving_a_package_spend_at_home():
    text = (
        "Taiwanese chipmaker to build $900 million plant in Arizona\n\n"
        "Taiwan's GlobalWafers will build a $900 million wafer plant in Arizona.\n\n"
        "The state offered $40 million in incentives. Local governments approved another package worth $25 million."
    )
    assert pairs(text, published=date(2022, 6, 27)) == {("TW", "US", 900_000_000)}


def test_grants_to_a_companys_investment_leave_the_investment_to_the_company():
    text = (
        "Slovakia courts battery maker\n\n"
        "Slovakia offered €300mn in grants, tax breaks and land to the €1.2bn greenfield investment by the South "
        "Korean battery maker Samsung SDI, which will build cells near Nitra."
    )
    found = pairs(text, published=date(2023, 4, 12))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("KR", "SK")}
    assert len(found) == 1  # the grants are Slovakia's support at home


def test_a_grant_and_tax_package_whose_payer_is_only_borrowed_is_home_support():
    text = (
        "Carmaker picks Hungary\n\n"
        "BYD will invest €4bn in a car plant in Szeged.\n\n"
        "Romania and Serbia were also in the race. Altogether, the government offer came to €200mn in grants, and "
        "tax and infrastructure incentives."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2023, 12, 22))} == {
        ("CN", "HU")
    }


def test_a_country_that_is_going_to_get_an_amount_receives_it():
    sentence = "Nepal is going to get $150 million in loans as the country signed agreements with the World Bank's IDA."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert roles.recipient is not None and roles.recipient.country == "NP"


def test_a_country_that_is_to_receive_a_disbursement_receives_it_from_the_union_body_releasing_the_funds():
    text = (
        "Brussels pays out reform money to two candidates\n\n"
        "The European Commission has released funding for Serbia and Moldova under its growth plan for candidate "
        "countries.\n\n"
        "Serbia is to receive its third disbursement of 62 million euro.\n\n"
        "Moldova will receive 18 million euro in grants."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2025, 6, 3))} == {
        ("EU", "RS"),
        ("EU", "MD"),
    }


def test_a_company_given_money_keeps_its_bracketed_country_as_the_recipient():
    sentence = (
        "The board approved a capital injection of US$120,000,000 to Sunrise Cable Systems (Vietnam) Company Limited."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("US$"))
    assert roles.recipient is not None and roles.recipient.country == "VN"
    assert roles.investor is None or roles.investor.country != "VN"


def test_the_town_of_an_event_held_before_is_no_recipient():
    sentence = (
        "The big news for Ghana at the recently held 2023 Africa Energy Week in Cape Town was the announcement by "
        "British oil firm Tullow that it plans to invest $400 million in its fields."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert roles.recipient is not None and roles.recipient.country == "GH"


def test_the_bloc_in_a_story_of_the_european_union_is_the_union():
    text = (
        "EU to buy more American gas\n\n"
        "The US president announced a trade agreement with the European Union, under which the bloc will raise energy "
        "imports, purchasing $500 billion worth of American energy products and investing $400 billion into the US "
        "economy.\n\n"
        "The bloc had relied on Russian gas. Russian pipeline exports to the EU fell by 80% since 2022."
    )
    assert ("EU", "US", 400_000_000_000) in pairs(text, published=date(2025, 8, 1))


def test_a_support_package_for_a_countrys_own_industry_stays_at_home():
    text = (
        "Japan readies aid for steelmakers hit by US duties\n\n"
        "Japan on Tuesday unveiled a $3 billion emergency support package for its struggling export-focused "
        "steelmakers, warning that U.S. President Donald Trump's 50 percent tariffs could be a heavy blow.\n\n"
        "Japan's steel exports to the U.S. totalled $4.1 billion last year.\n\n"
        "Nippon Steel will also set up a 200 billion yen support program for domestic parts firms with banks."
    )
    assert pairs(text, published=date(2025, 6, 10)) == set()


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The commitments are higher than the RM144bil signed with China six years ago.", "RM144bil"),
        ("This year's pledges are lower than the $9 billion promised in 2019.", "$9 billion"),
    ],
)
def test_a_figure_set_against_a_higher_or_lower_one_is_a_yardstick(sentence, figure):
    start = sentence.index(figure)
    assert filters.is_comparison(sentence, start, alone=False)


def test_two_countries_forging_a_pact_leave_the_payer_to_the_article():
    text = (
        "Uzbekistan and Kuwait Forge $3bn Investment Pact\n\n"
        "Following talks between Uzbekistan and Kuwait, the two nations have inked an agreement to launch investment "
        "projects worth $3 billion."
    )
    assert pairs(text, published=date(2024, 5, 2)) == {("KW", "UZ", 3_000_000_000)}


def test_a_country_that_concludes_loan_contracts_with_a_lender_borrows():
    sentence = "Tunis has concluded two loan contracts totaling 90 million euros with the French Development Agency."
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("90"))
    assert roles.recipient is not None and roles.recipient.country == "TN"


def test_loans_and_grants_for_a_country_are_development_finance_not_a_subsidy():
    text = "Japanese bank provides 80 million dollars in loans and grants for Kenya\n\nThe money will fund clinics."
    assert pairs(text, published=date(2023, 12, 28)) == {("JP", "KE", 80_000_000)}


def test_the_country_named_after_an_adjective_and_country_of_is_the_place():
    text = (
        "Fertiliser maker buys into urea plant\n\n"
        "Tata Chemicals, the fertiliser maker, is looking abroad.\n\n"
        "The company is investing over Rs 900 crore to pick up a 20% stake in an upcoming urea plant in the Central "
        "African country of Gabon."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2011, 4, 12))} == {
        ("IN", "GA")
    }


def test_a_country_described_as_a_companys_market_pays_nothing_in_the_paragraph():
    text = (
        "Digger maker expands abroad\n\n"
        # the page lost the spaces after some full stops
        "British machinery maker JCB will invest £65 million in a new plant in India as the company prepares to meet "
        "demand.The new factory will be located in Vadodara in the State of Gujarat.India is the company's biggest "
        "single market since 2007.JCB has factories in Delhi, Pune and Jaipur. Production at the new site will "
        "begin next year. The announcement follows the start of work on a new £50 million factory to build cabs for "
        "JCB machines in Uttoxeter, Staffordshire which will be completed later this year."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2019, 3, 27))} == {
        ("GB", "IN")
    }


def test_a_title_case_headline_signing_a_pact_with_a_country_leaves_the_payer_to_the_article():
    text = (
        "Malawi Signs $1 Billion Solar Power Development Pact With Qatar\n\n"
        "Malawi and Qatar signed a $1 billion agreement to build solar plants in the southern African country."
    )
    assert pairs(text, published=date(2023, 11, 20)) == {("QA", "MW", 1_000_000_000)}


def test_a_loan_agreement_made_with_a_countrys_bank_is_that_countrys_loan():
    sentence = (
        "Kenya's parliament on Tuesday approved a 300-million-U.S.-dollar loan agreement made with India's "
        "Export-Import (Exim) Bank to finance roads in the country."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("300"))
    assert roles.investor is not None and roles.investor.country == "IN"


def test_a_government_signing_a_loan_agreement_with_a_fund_borrows_and_the_town_it_signed_in_is_a_venue():
    sentence = (
        "The Nepal government signed a loan agreement with the OPEC Fund yesterday (12 May) in Vienna, Austria, "
        "for a $25 million irrigation project."
    )
    mentions = default_gazetteer().mentions(sentence)
    marked = {mentions[number].text: role for number, role in hints(sentence, mentions).items()}
    assert marked.get("Nepal") == "recipient"
    assert marked.get("Vienna") == "setting"


def test_amounts_given_respectively_go_to_the_receivers_listed_in_the_same_order():
    text = (
        "Korea signs loans with two African partners\n\n"
        "The Export-Import Bank of Korea signed loan agreements with the governments of Ghana and Senegal to provide "
        "loans of up to $120 million and $80 million, respectively, a total of $200 million, for water projects."
    )
    assert pairs(text, published=date(2019, 6, 3)) == {("KR", "GH", 120_000_000), ("KR", "SN", 80_000_000)}


def test_amounts_given_respectively_by_payers_listed_first_are_still_left_alone():
    text = (
        "Two donors pledge to Ghana\n\n"
        "Japan and Korea pledged $50 million and $30 million, respectively, to Ghana's water programme."
    )
    assert pairs(text, published=date(2019, 6, 3)) == set()


def test_amounts_given_respectively_after_a_trip_to_the_countries_that_pledged_them_are_left_alone():
    text = (
        "Gulf tour ends\n\n"
        "The trip also took the president to Kuwait and Oman, where he collected pledges put at $90 billion and "
        "$40 billion respectively."
    )
    assert pairs(text, published=date(2025, 5, 16)) == set()


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The sale gives Diageo a non-recurring capital gain of approximately $300 million.", "$300 million"),
    ],
)
def test_a_gain_a_seller_books_is_no_pledge(sentence, figure):
    start = sentence.index(figure)
    assert filters.non_pledge_reason(sentence, start, start + len(figure)) is not None


def test_a_deal_told_in_the_past_perfect_with_an_earlier_year_is_history():
    assert filters.is_history(
        "Heineken had taken a $5 billion bridge loan when it bought Mexico's Femsa beer unit for $7.7 billion in 2010.",
        2011,
    )


def test_a_company_being_bought_is_the_recipient_whatever_its_description_holds():
    sentence = (
        "Stonepeak Partners, the fund manager whose key assets include stakes in Heathrow Airport and Sydney "
        "Airport, is being purchased by BlackRock for more than $9 billion in cash and stock."
    )
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("$"))
    assert roles.investor.country == "US"
    assert roles.recipient is None or roles.recipient.country not in {"GB", "AU"}


def test_a_company_set_to_be_rescued_by_a_foreign_group_receives_its_money():
    sentence = "British Steel set to be rescued by China's Jingye Group in £70m deal saving 4,000 jobs"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("£"))
    assert (roles.investor.country, roles.recipient.country) == ("CN", "GB")


def test_the_parts_of_an_acquisition_just_told_follow_its_sides():
    text = (
        "Asset manager buys infrastructure investor\n\n"
        "Global Infrastructure Partners is being purchased by BlackRock for $12.5 billion in cash and stock.\n\n"
        "The acquisition comprises $3 billion in cash and about 12 million BlackRock shares. GIP also owns Sydney "
        "Airport and Australian ports and toll roads across Australia."
    )
    assert pairs(text, published=date(2024, 1, 12)) == set()


def test_an_amount_restated_in_brackets_in_a_currency_we_lack_is_the_same_amount():
    text = (
        "Burundi and Belgium sign aid agreements\n\n"
        "The ambassador of Belgium to Burundi today signed two agreements worth € 40 million (Approximately Fbu "
        "130 billion) with the Minister of Finance."
    )
    found = pairs(text, published=date(2021, 4, 12))
    assert len(found) == 1 and next(iter(found))[:2] == ("BE", "BI")


def test_a_payer_spending_its_own_currency_where_only_stray_names_point_abroad_spends_at_home():
    text = (
        "Herbal medicine maker to buy liqueur business\n\n"
        "Tokyo, Feb. 25 (Jiji Press)--Kirin Holdings, a Japanese brewer, said Wednesday that it "
        "will acquire Shiso Shuzo Co.'s mainline operations for 6.8 billion yen.\n\n"
        "Reno Co., an investment firm, will first acquire Shiso Shuzo shares at 4,050 yen apiece through a tender "
        "offer from Wednesday to April 8. Reno will transfer the shares to Yuzawa Co., another investment company that "
        "is Shiso Shuzo's current largest shareholder."
    )
    assert pairs(text, published=date(2026, 2, 25)) == set()


def test_funding_from_a_hosts_promotion_agency_is_a_subsidy_and_a_wage_bill_no_pledge():
    grant = "The jobs will be filled with the assistance of £3.1 million in funding from Invest Northern Ireland."
    start = grant.index("£")
    assert filters.looks_like_subsidy(grant, start, start + len("£3.1 million"))
    wages = "Some £24 million will go on a factory, with a further £6.5 million annual spend to cover wages."
    start = wages.index("£6.5")
    assert filters.non_pledge_reason(wages, start, start + len("£6.5 million")) is not None


def test_a_project_cost_whose_place_is_only_borrowed_is_the_payers_own_project():
    text = (
        "Trading house plans gas investment\n\n"
        "Trading house Mitsui & Co. plans to invest roughly $2 billion in Tanzania to develop a gas field.\n\n"
        "The field is three times the size of another project where Mitsui has a role, Sakhalin-II in Russia. "
        "The total project cost is estimated at $20 billion."
    )
    assert pairs(text, published=date(2017, 10, 1)) == {("JP", "TZ", 2_000_000_000)}


def test_a_minister_telling_of_a_deposit_by_a_foreign_fund_does_not_make_it_home_money():
    text = (
        "Saudi Arabia announces to deposit $2 billion with State Bank of Egypt\n\n"
        "CAIRO, Egypt: The Saudi Fund for Development has announced to deposit US$ 2 billion with the State Bank of "
        "Egypt to help the government support its reserves.\n\n"
        "In a Tweet, the Minister for Finance Ahmed Kamal said the deposit of US$ 2 billion by the Saudi Development "
        "Fund with the Central Bank and the oil deferred payment facility of US$ 1 billion per annum will ease "
        "pressures on our trade and forex accounts."
    )
    assert ("SA", "EG", 2_000_000_000) in pairs(text, published=date(2021, 10, 27))


def test_an_event_held_in_a_town_and_its_country_names_neither_a_recipient_nor_a_region():
    text = (
        "Miner's investments cheer president\n\n"
        "The US$900 million proposed investment by First Quantum Minerals to expand its mine will create jobs, the "
        "government spokesperson said in Lusaka, Zambia.\n\n"
        "The president, at the on-going Investing in African Mining Indaba in Cape Town, South Africa, welcomed the "
        "investment by First Quantum Minerals involving US$900 million to expand production in Zambia's "
        "Copperbelt."
    )
    assert pairs(text, published=date(2022, 5, 10)) == {("CA", "ZM", 900_000_000)}


def test_the_company_an_amount_is_offered_to_is_the_one_bid_for():
    sentence = "Japanese company offers 2.1 billion euros to French tyre maker Michelin Industrie"
    mentions = default_gazetteer().mentions(sentence)
    roles = resolve_roles(sentence, mentions, sentence.index("2.1"))
    assert (roles.investor.country, roles.recipient.country) == ("JP", "FR")


def test_a_company_that_agreed_to_sell_a_unit_to_a_buyer_is_paid_not_paying():
    unknown_buyer = (
        "Telecoms group sells Spanish unit\n\n"
        "Vodafone announced on Friday that it has agreed to sell its Spanish unit to Zegona for five billion euros "
        "($5.4 billion) in cash."
    )
    assert pairs(unknown_buyer, published=date(2023, 10, 31)) == set()
    known_buyer = (
        "Telecoms group sells Spanish unit\n\n"
        "Vodafone announced on Friday that it has agreed to sell its Spanish unit to Iliad for five billion euros "
        "($5.4 billion) in cash."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(known_buyer, published=date(2023, 10, 31))} == {
        ("FR", "ES")
    }


def test_a_seller_of_its_own_branch_is_where_the_money_goes():
    text = (
        "Siemens sells appliance branch to Chinese firm for €3 billion\n\n"
        "Siemens is selling its household branch to Chinese investor Hillhouse Capital for 3 billion euros, the "
        "German company announced on Thursday."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2021, 3, 25))} == {
        ("CN", "DE")
    }


def test_a_generic_group_name_is_no_foreign_company_of_the_same_name():
    # "Alliance Group" is an Indian builder in this story; the New Zealand meat cooperative goes by its full name.
    mentions = default_gazetteer().mentions("In the real estate sector, Alliance Group will invest Rs 9,488 crore.")
    assert [m.country for m in mentions if m.kind == "organization"] == []


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Ørsted also will get $20 million in state funding from the Make it in Virginia Fund.", "$20 million"),
        (
            "The two payments are a slice of $600 million for 40 battery projects being funded through the Bipartisan "
            "Infrastructure Law.",
            "$600 million",
        ),
    ],
)
def test_state_funding_and_money_funded_through_a_law_are_subsidies(sentence, figure):
    start = sentence.index(figure)
    assert filters.looks_like_subsidy(sentence, start, start + len(figure))


def test_a_sentence_opening_with_an_earlier_year_tells_a_past_deal():
    assert filters.is_history(
        "In 2012, it bought the Swiss seeds maker Syngenta's flowers unit for $1.1 billion, and in 2009 it bought a "
        "French chemicals business for about $400 million.",
        2016,
    )
    assert not filters.is_history("In 2016, it will build a $1.1 billion plant in Texas.", 2016)


def test_a_section_label_run_into_a_paragraph_is_not_read_as_part_of_it():
    text = (
        "Target doubled\n\n"
        "Business News:At a time when Washington has raised tariffs on Brazilian goods, China has doubled its "
        "investment pledge for Brazil to $20 billion."
    )
    assert pairs(text) == {("CN", "BR", 20_000_000_000)}


def test_a_road_named_after_a_city_is_no_company_of_that_city():
    text = "Road loan\n\nProject for the Widening of Mombasa Southern Ring Road (JPY 20 billion)"
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("JP", "KE")}


def test_what_trade_and_investment_ties_were_worth_is_no_pledge():
    text = (
        "Fund deal\n\n"
        "The partnership will strengthen Japan-Chile trade and investment ties, which were worth $9 billion last year, "
        "the two governments said. Japan's JBIC will lend $400 million to Chile's copper mines."
    )
    assert pairs(text) == {("JP", "CL", 400_000_000)}


def test_investments_named_by_a_country_after_an_amount_are_made_in_that_country():
    text = "Norway wealth fund earmarks $6 billion in U.S. investments\n\nThe fund will open an office in Texas."
    assert pairs(text) == {("NO", "US", 6_000_000_000)}


def test_money_a_company_raised_in_a_public_offering_is_no_pledge():
    text = (
        "Listing\n\n"
        "Japan's Toyota will invest $300 million in a plant in Walbrzych, Poland.\n\n"
        "On June 11, Toyota, based in Japan's Aichi prefecture, raised $1.1 billion in an initial public offering, "
        "reports Nikkei."
    )
    assert pairs(text) == {("JP", "PL", 300_000_000)}


def test_a_regions_first_plant_is_a_comparison_not_a_destination():
    text = (
        "Korea's SK On to invest $500 million in Europe's first solid-state battery line\n\n"
        "The plant will be built in Hungary. $500 million will be spent on it by 2027."
    )
    assert pairs(text) == {("KR", "HU", 500_000_000)}


def test_a_government_paying_a_later_share_does_not_pay_the_whole_cost_before_it():
    text = (
        "Bus plant\n\n"
        "China's Yutong will build a bus plant in Kragujevac, Serbia. The plant will cost about 30 million euros, "
        "with 4 million euros to be borne by the Serbian government."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("CN", "RS")}


def test_an_offer_the_target_is_rejecting_is_no_pledge():
    text = (
        "Sale\n\n"
        "The British miner agreed to sell its Chilean copper unit to Japan's Mitsubishi for $900 million, weeks after "
        "rejecting a $31 billion takeover offer from Canada's Teck."
    )
    assert pairs(text) == {("JP", "CL", 900_000_000)}


def test_money_a_company_keeps_for_its_own_expenses_is_no_pledge():
    text = (
        "Shipyard\n\n"
        "Korea's Samsung Heavy used $70 million to fund the purchase of a Texas shipyard while it retained about "
        "$5 million for operating expenses."
    )
    assert pairs(text) == {("KR", "US", 70_000_000)}


def test_money_pumped_in_after_a_measure_noun_is_still_a_pledge():
    text = (
        "Deal\n\n"
        "Under the accord Tokyo avoids higher US tariffs on its car exports by agreeing to pump $550 billion of new "
        "investment into the United States."
    )
    assert pairs(text) == {("JP", "US", 550_000_000_000)}


def test_a_company_described_by_its_size_is_no_pledge():
    text = (
        "Siemens to invest Rs 1,600 crore in India\n\n"
        "Pune: German engineering major Siemens Ltd would invest Rs 1,600 crore (200 million euros) this year in its "
        "rail network in India, a company official said.\n\n"
        "Over the medium and long term, the 70-billion euro company expects to see positive development in India."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("DE", "IN")}
    assert len(pairs(text)) == 1


def test_another_deal_between_two_named_companies_borrows_no_side_from_the_story():
    text = (
        "Japan's Takeda buys Irish drugmaker Shire\n\n"
        "Japan's Takeda agreed to buy Ireland's Shire for $62 billion. Another big tie-up -- the proposed "
        "$40 billion merger between Dow and DuPont -- faces a review."
    )
    assert pairs(text) == {("JP", "IE", 62_000_000_000)}


def test_one_companys_approximate_figure_in_two_currencies_is_one_pledge():
    text = (
        "Honda plan\n\n"
        "Japanese carmaker Honda Motor on Sunday said it will invest about Rs 9,870 crore by 2026 to make electric "
        "cars in India.\n\n"
        "That is in line with a Japanese media report which showed Japan's Honda Motor plans to invest about "
        "$1.19 billion in its India factory to produce electric cars."
    )
    assert len(pairs(text, published=date(2022, 3, 20))) == 1


def test_a_headline_figure_restating_a_regional_amount_in_dollars_goes_to_the_region_too():
    text = (
        "Google to spend $1.1 billion on new European data centres\n\n"
        "Google said it would spend 1 billion euros ($1.1 billion) to build three data centres in Europe.\n\n"
        "Half of it will be spent in Finland, the company said."
    )
    assert pairs(text, published=date(2019, 5, 2)) == set()


def test_an_unknown_county_in_a_story_of_the_us_market_lies_in_the_united_states():
    text = (
        "Danish firm picks site for plant\n\n"
        "A Danish pump maker is putting a $24 million factory in Barrow County that will employ 90 people.\n\n"
        "The group, which builds pumps for Vestas in Denmark, had sales of 2.1 billion euros last year.\n\n"
        "It first scouted the area to serve a customer, Norway-based Tomra, and had long looked for a way into the "
        "U.S. market."
    )
    assert pairs(text) == {("DK", "US", 24_000_000)}


def test_an_unknown_county_in_a_story_that_never_names_the_us_is_left_unplaced():
    text = (
        "Danish firm picks site for plant\n\n"
        "A Danish pump maker is putting a $24 million factory in Kiambu County that will employ 90 people."
    )
    assert pairs(text) == set()


def test_a_counted_group_of_investors_including_two_named_ones_pays_its_total_together():
    text = (
        "Stake\n\n"
        "Four big pension funds, including Norway's wealth fund and the Canada Pension Plan Investment Board, will "
        "invest $3 billion for a 25% stake in a Spanish toll-road operator."
    )
    assert pairs(text) == set()


def test_an_owners_mobile_phone_operator_in_a_country_is_where_the_money_goes():
    text = (
        "Stake\n\n"
        "CPPIB, a Toronto-based pension fund, said it will invest £900 million in Telefonica's U.K. mobile phone "
        "operator O2, after the merger."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("CA", "GB")}


def test_an_amount_set_before_an_organizations_name_is_its_size():
    text = (
        "Deal\n\n"
        "Japan's Mitsui will invest $400 million in a Peruvian copper mine. A filing listed the C$300 billion "
        "Caisse de depot et placement du Quebec, Montreal, as a co-investor."
    )
    assert pairs(text) == {("JP", "PE", 400_000_000)}


def test_a_company_of_a_country_that_money_is_spent_on_receives_it():
    text = "Korea’s Samsung agrees to spend $8bn on US’s car electronics maker Harman\n\nThe deal closes next year."
    assert pairs(text) == {("KR", "US", 8_000_000_000)}


def test_a_long_description_before_a_company_name_gives_the_company_its_nationality():
    text = (
        "Block to acquire Zip in all-stock deal worth $4 bn\n\n"
        "American financial services and digital payments company Block Inc has announced plans to acquire "
        "Australia-based Zip.\n\n"
        "China's Tencent Holdings Ltd, which owns 6 per cent of Zip, backed the plan."
    )
    assert pairs(text) == {("US", "AU", 4_000_000_000)}


def test_what_sellers_pocket_from_a_takeover_is_no_pledge():
    text = (
        "Buyout\n\n"
        "Japan's Nomura will buy Australia's Macquarie Asset unit for $2 billion. The buyout delivers a payday of "
        "almost A$500 million for its founders, and Singapore's GIC, which holds 10 per cent, will pocket "
        "A$200 million."
    )
    assert pairs(text) == {("JP", "AU", 2_000_000_000)}


def test_a_bare_r_in_a_story_of_brazil_is_the_real_and_a_minimum_bid_is_no_pledge():
    text = (
        "Chinese firm wins Brazil power plant\n\n"
        "Sao Paulo — China's State Grid offered R5.2bn for a transmission concession in Brazil, a 4pc premium on the "
        "minimum bid of R5bn set by the government."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2017, 9, 27))} == {
        ("CN", "BR")
    }
    ((_, _, amount_usd),) = pairs(text, published=date(2017, 9, 27))
    assert 1_500_000_000 < amount_usd < 1_800_000_000  # R$5.2bn at about 3.15 reais to the dollar


def test_a_company_that_offered_an_amount_for_a_concession_bids_it_rather_than_receives_it():
    text = "Bid\n\nFrance's Engie offered $700 million for a hydropower concession in Peru, the ministry said."
    assert pairs(text) == {("FR", "PE", 700_000_000)}


def test_the_whole_that_a_payers_part_comes_out_of_is_no_pledge_of_its_own():
    text = (
        "Wind\n\n"
        "Norway's Equinor holds 40 percent of a Polish wind farm, equivalent to about $600 million out of the "
        "estimated total investment of $1.5 billion in the project."
    )
    assert pairs(text) == {("NO", "PL", 600_000_000)}


def test_a_country_that_will_initially_receive_a_loan_is_its_recipient():
    text = "Loan\n\nJapan's JICA signed the deal. Kenya will initially receive a $150 million loan in 2024."
    assert pairs(text) == {("JP", "KE", 150_000_000)}


def test_the_gulf_kingdom_is_the_one_kingdom_the_story_names():
    text = (
        "Funds for Egypt\n\n"
        "Egypt has sought investment from Saudi Arabia and the UAE. The Gulf kingdom, last month, pledged to "
        "expedite $5 billion in investment, while the premier is expected to visit China next month."
    )
    assert pairs(text) == {("SA", "EG", 5_000_000_000)}


def test_each_of_the_countries_listed_before_each_pledges_the_amount():
    text = "Pledges\n\nQatar, Kuwait and Saudi Arabia each pledged $2 billion to Jordan on Friday."
    assert pairs(text) == {("QA", "JO", 2_000_000_000), ("KW", "JO", 2_000_000_000), ("SA", "JO", 2_000_000_000)}


def test_a_part_of_one_countrys_commitment_is_that_countrys_and_not_the_next_ones():
    text = (
        "Pledges\n\n"
        "Qatar and Kuwait each pledged $2 billion to Jordan; $500 million of the Qatari commitment, and $1 billion of "
        "the Kuwaiti pledge is a deposit in the Central Bank of Jordan."
    )
    found = pairs(text)
    assert ("QA", "JO", 500_000_000) in found
    assert ("KW", "JO", 1_000_000_000) in found
    assert not any(recipient in {"QA", "KW"} for _, recipient, _ in found)


def test_exports_qualified_at_length_that_recorded_an_amount_are_a_measure():
    text = (
        "Trade between Tunisia, Morocco worth $1.1bn, report shows\n\n"
        "Trade exchange between Morocco and Tunisia totalled about $1.1 billion in 2019, a report said. "
        "Moroccan exports to the member states of the Agreement on the Establishment of a Free Trade Area among Arab "
        "States recorded about $3.2 billion in the same period."
    )
    assert pairs(text) == set()


def test_a_company_that_accepts_a_takeover_named_for_its_bidder_is_bought_by_it():
    text = (
        "Energy retailer Origin Energy agrees to $18b Chevron takeover\n\n"
        "Origin has entered into a binding scheme with US-based Chevron, the company said."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2023, 5, 15))} == {
        ("US", "AU")
    }


def test_bare_dollars_in_a_story_written_in_the_australian_press_style_are_australian():
    text = (
        "Miner agrees to takeover\n\n"
        "Australia's biggest lithium miner has accepted a $10 billion takeover offer from US-based Albemarle.\n\n"
        "The ASX20 company will also pay a franked special dividend, and runs mines in WA."
    )
    ((investor, recipient, amount_usd),) = pairs(text, published=date(2023, 5, 15))
    assert (investor, recipient) == ("US", "AU")
    assert 6_000_000_000 < amount_usd < 7_500_000_000  # A$10 billion, not US$10 billion


def test_a_takeover_named_for_its_target_after_the_buyer_goes_to_the_target():
    text = "Siemens completes $10 billion Varian takeover\n\nThe German group closed the deal on Monday."
    assert {(investor, recipient) for investor, recipient, _ in pairs(text)} == {("DE", "US")}


def test_a_payer_committing_part_of_a_fund_the_sentence_before_sends_abroad_is_not_spending_at_home():
    text = (
        "Pension fund to co-invest in Chile\n\n"
        "Canadian pension fund manager Caisse de dépôt et placement du Québec formed a platform with Chilean "
        "investors to put money into infrastructure in Chile.\n\n"
        "The new vehicle will invest C$2 billion (US$1.5 billion) over five years in Chile's power grid, the fund "
        "manager said.\n\n"
        "Caisse said it plans to commit some C$1.02 billion to the fund and keep a 51 percent stake."
    )
    found = pairs(text, published=date(2015, 9, 22))
    assert {(investor, recipient) for investor, recipient, _ in found} == {("CA", "CL")}
    assert len(found) == 2


def test_each_of_two_described_companies_before_the_amount_invests_it():
    text = (
        "Stake\n\n"
        "Temasek, a state investor with a portfolio of more than $300 billion, and PSP Investments, a "
        "Montreal-based pension fund, said they will invest $800 million each in a Brazilian toll-road operator."
    )
    assert pairs(text) == {("SG", "BR", 800_000_000), ("CA", "BR", 800_000_000)}


def test_a_revenue_target_named_a_few_words_after_revenue_is_no_pledge():
    text = (
        "Stellantis to invest in Morocco\n\n"
        "France's Stellantis will invest $300 million in its Kenitra plant in Morocco. The plan will double the "
        "revenue that we make in Morocco, with a target of three billion euros in a few years, an executive said."
    )
    assert pairs(text) == {("FR", "MA", 300_000_000)}


def test_a_country_that_received_a_loan_past_an_aside_or_an_apposition_is_its_recipient():
    text = (
        "Japan lends to Africa\n\n"
        "Japan's loans, totaling $3 billion, were signed at a summit in Tokyo. Kenya, for instance, received a "
        "$2 billion concessional loan. Meanwhile, Ghana, a fast-growing economy of 34 million people, secured a "
        "$1 billion financing deal."
    )
    assert pairs(text) == {("JP", "KE", 2_000_000_000), ("JP", "GH", 1_000_000_000)}


def test_a_short_name_in_a_story_of_a_longer_company_name_is_that_company():
    text = (
        "Tyre plant to come online in 2018\n\n"
        "Nexen Tire Corp.'s plant in Zatec, Czech Republic, should be on stream by 2018, the company said.\n\n"
        "Nexen will invest a further $200 million in the Czech plant next year."
    )
    assert pairs(text, published=date(2015, 3, 6)) == {("KR", "CZ", 200_000_000)}


def test_a_company_site_that_a_named_visitor_tours_is_not_where_the_money_goes():
    sentence = (
        "Nexen Tire Corp.'s $1.1 billion plant in Zatec, Czech Republic, should be on stream by 2018, the company "
        "disclosed as part of a visit by Czech Republic Prime Minister Bohuslav Sobotka to Nexen Tire's plant in "
        "Changnyeong."
    )
    mentions = default_gazetteer().mentions(sentence)
    visited = next(number for number, m in enumerate(mentions) if m.text == "Nexen Tire" and number > 0)
    assert hints(sentence, mentions).get(visited) == "setting"


def test_a_country_named_in_a_later_amounts_noun_phrase_is_no_party_to_the_earlier_amount():
    text = (
        "China unveils plan\n\n"
        "China unveiled a $40 billion investment plan for Bangladesh on Friday. The projected investments, "
        "$20 billion of which are ready to be signed, dwarf a Japanese aid package to Bangladesh of $6 billion."
    )
    assert ("JP", "BD", 20_000_000_000) not in pairs(text)
    assert ("CN", "BD", 40_000_000_000) in pairs(text)


def test_investments_pledged_by_many_unnamed_companies_are_no_one_companys_pledge():
    text = (
        "Toyota to invest in Brazil\n\n"
        "Japanese automaker Toyota will invest 5 billion reais in its Sorocaba plant in Brazil by 2030, an executive "
        "said. According to Brazil's government, investments pledged by automakers in the country for the coming "
        "years already total nearly 120 billion reais."
    )
    assert {round(usd, -8) for _, _, usd in pairs(text, published=date(2024, 4, 20))} == {900_000_000}


def test_the_level_a_lender_requires_of_foreign_reserves_is_no_pledge():
    text = (
        "China rolls over loans\n\n"
        "China has rolled over $2 billion in loans to Egypt, officials said. The loans, especially those from China, "
        "are critical to shoring up "
        "Egypt's low foreign reserves, which the IMF required to be over $30 billion at the end of June."
    )
    assert pairs(text) == {("CN", "EG", 2_000_000_000)}


def test_a_headline_number_with_the_wrong_currency_is_the_body_figure():
    text = (
        "Japan to boost investments in Mexico by $15B, minister says\n\n"
        "Mexico's economy minister announced that Japan will invest a further MXN 15 billion in Mexico."
    )
    found = pairs(text, published=date(2025, 5, 13))
    assert len(found) == 1
    ((investor, recipient, amount_usd),) = found
    assert (investor, recipient) == ("JP", "MX") and amount_usd < 1_000_000_000


def test_a_grant_in_the_giving_countrys_own_currency_is_aid_from_abroad():
    text = (
        "Three aid agreements signed during Chinese minister's visit\n\n"
        "The Chinese Embassy in Kathmandu says that three government aid agreements were signed during the visit of "
        "the Chinese Foreign Minister, to support the Nepali people.\n\n"
        "The embassy said that the agreements signed are for an RMB 500 Million (NPR 9.5 Billion) Grant, a hospital "
        "refurbishment and 500 housing units for low-income families at Kathmandu."
    )
    assert {(investor, recipient) for investor, recipient, _ in pairs(text, published=date(2022, 3, 27))} == {
        ("CN", "NP")
    }


def test_a_sale_agreement_that_values_the_target_gives_its_price_beside_an_upper_bound():
    text = (
        "Deal\n\n"
        "US investment firm Blackstone agreed to buy Spain's Cirsa. The sale agreement values Cirsa at "
        "€2 billion ($2.2 billion), but could be worth as much as €2.5 billion ($2.75 billion) with earn-out "
        "payments."
    )
    assert ("US", "ES", 2_200_000_000) in pairs(text, published=date(2024, 6, 25))


def test_a_government_that_signs_a_loan_with_a_foreign_lender_borrows_from_it():
    text = (
        "Loan signed\n\n"
        "The Indonesian government and the Korea Eximbank Economic Development Cooperation Fund on Friday signed a "
        "$300-million loan agreement for a new railway."
    )
    assert pairs(text) == {("KR", "ID", 300_000_000)}


def test_a_market_described_by_its_size_is_no_pledge():
    sentence = "“The £38bn home improvement and garden market is large and growing,” he said."
    start = sentence.index("£38bn")
    assert filters.non_pledge_reason(sentence, start, start + len("£38bn")) == filters.A_MEASURE


def test_the_country_whose_tariffs_loom_is_no_party_to_a_plant():
    text = (
        "Plant goes ahead\n\n"
        "The Korean company is investing $700M into a battery plant in Mexico.\n\n"
        "LG Energy Solution plans to continue construction on its nearly $700 million plant in Mexico, undeterred by "
        "the impending tariffs from U.S. President Donald Trump."
    )
    assert pairs(text) == {("KR", "MX", 700_000_000)}


def test_a_companys_share_of_exports_is_a_measure():
    for sentence, figure in (
        ("Samsung's phone exports contributed over $8 billion, or 60 per cent of the total.", "$8 billion"),
        (
            "Its two vendors contributed in equal measure, nearly $4 billion, as a part of the total phone exports.",
            "$4 billion",
        ),
    ):
        start = sentence.index(figure)
        assert filters.non_pledge_reason(sentence, start, start + len(figure)) == filters.A_MEASURE


def test_a_foreign_owners_project_in_a_named_country_receives_there():
    text = (
        "Stake\n\n"
        "Japan's Kansai Electric has agreed to invest $2 billion in Spanish utility Iberdrola's offshore wind project "
        "in Britain, the companies said."
    )
    assert pairs(text) == {("JP", "GB", 2_000_000_000)}


def test_a_customers_name_labelling_a_supplier_that_acts_is_no_party():
    text = (
        "Taiwan's Wistron pouring US$500 million into India\n\n"
        "Apple supplier secures license for US$30 million facility in Chennai, with two more projects to come."
    )
    assert pairs(text) == {("TW", "IN", 500_000_000), ("TW", "IN", 30_000_000)}


def test_a_state_government_announcing_a_foreign_companys_plan_speaks_for_its_country():
    text = (
        "Plant\n\n"
        "Foxconn's Singapore-based arm Foxconn Singapore Pte has bought new shares of its unit. The Tamil Nadu "
        "government in a statement last week said Foxconn is planning to invest $2 billion to establish a plant."
    )
    assert pairs(text) == {("TW", "IN", 2_000_000_000)}


def test_what_a_park_being_built_costs_is_a_project_cost():
    sentence = "HIP, currently being built at a cost of 250 million U.S. dollars on 300 hectares, will host mills."
    assert filters.is_project_cost(sentence, sentence.index("250 million"))


def test_how_far_a_price_told_before_could_rise_is_no_second_pledge():
    sentence = "The sale agreement values Cirsa at €2 billion, but could be worth as much as €2.5 billion later."
    start = sentence.index("€2.5 billion")
    assert filters.non_pledge_reason(sentence, start, start + len("€2.5 billion")) == filters.UPPER_BOUND


def test_the_home_of_a_company_that_agreed_to_sell_is_where_the_story_sends_money():
    text = (
        "Network sale to close in July\n\n"
        "Endesa, which is Spain's biggest utility, agreed to sell its grid business to US investment firm KKR in "
        "November. The Spanish government plans to take a stake.\n\n"
        "The price is about $5 billion, people familiar with the deal said."
    )
    assert pairs(text, published=date(2024, 6, 25)) == {("US", "ES", 5_000_000_000)}
