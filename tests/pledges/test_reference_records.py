"""The bundled reference data: countries, places, sectors and organizations as plain records."""

from collections import defaultdict

import pycountry
import pytest

from pledges.choices import OrganizationKind
from pledges.reference.countries import country_records
from pledges.reference.organizations import organization_records
from pledges.reference.places import place_records
from pledges.reference.sectors import SHARED_KEYWORDS, sector_records

SECTOR_SLUGS = [
    "semiconductors", "ai-data-centers", "batteries", "automotive", "shipbuilding", "nuclear", "oil-gas",
    "renewables", "power-grid", "critical-minerals", "steel-metals", "biotech-pharma", "aerospace", "defense",
    "space", "telecom", "electronics", "chemicals", "infrastructure", "agriculture-food", "financial-services",
    "robotics", "quantum", "other",
]  # fmt: skip


def owners(records, names_of) -> dict[str, set[str]]:
    """Map each casefolded name to the set of records (by key) that carry it."""
    found = defaultdict(set)
    for key, names in names_of(records):
        for name in names:
            found[name.casefold()].add(key)
    return found


def country_alias_owners() -> dict[str, set[str]]:
    return owners(country_records(), lambda records: ((c.alpha2, (c.name, *c.aliases)) for c in records))


def countries_by_code():
    return {country.alpha2: country for country in country_records()}


# Countries


def test_it_lists_every_iso_country_and_the_european_union():
    codes = {country.alpha2 for country in country_records()}
    assert codes == {country.alpha_2 for country in pycountry.countries} | {"EU"}
    eu = countries_by_code()["EU"]
    assert (eu.alpha3, eu.name, eu.region) == ("EUU", "European Union", "Europe")


@pytest.mark.parametrize(
    ("alpha2", "names"),
    [
        ("KR", {"South Korea"}),
        ("US", {"United States"}),
        ("RU", {"Russia"}),
        ("TW", {"Taiwan"}),
        ("VN", {"Vietnam"}),
        ("IR", {"Iran"}),
        ("GB", {"United Kingdom"}),
        ("CZ", {"Czech Republic", "Czechia"}),
        ("KP", {"North Korea"}),
    ],
)
def test_countries_carry_the_common_english_name(alpha2, names):
    assert countries_by_code()[alpha2].name in names


@pytest.mark.parametrize(
    ("alias", "alpha2"),
    [
        ("Korea", "KR"), ("Korean", "KR"), ("South Korean", "KR"), ("ROK", "KR"), ("Seoul", "KR"),
        ("U.S.", "US"), ("US", "US"), ("USA", "US"), ("U.S.A.", "US"), ("American", "US"), ("Washington", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("British", "GB"), ("Britain", "GB"),
        ("UAE", "AE"), ("Emirati", "AE"), ("Abu Dhabi", "AE"),
        ("KSA", "SA"), ("Saudi", "SA"), ("Riyadh", "SA"),
        ("PRC", "CN"), ("Chinese", "CN"), ("Beijing", "CN"),
        ("Japanese", "JP"), ("Tokyo", "JP"), ("Taiwanese", "TW"), ("German", "DE"),
        ("New Delhi", "IN"), ("Delhi", "IN"), ("Indian", "IN"),
        ("EU", "EU"), ("E.U.", "EU"), ("Brussels", "EU"),
        ("North Korean", "KP"), ("Guinea", "GN"), ("Niger", "NE"), ("Dominica", "DM"), ("Georgia", "GE"),
    ],
)  # fmt: skip
def test_country_aliases_name_the_expected_country(alias, alpha2):
    assert country_alias_owners()[alias.casefold()] == {alpha2}


def test_north_korea_is_not_called_korean_or_korea():
    aliases = {alias.casefold() for alias in countries_by_code()["KP"].aliases}
    assert "korean" not in aliases
    assert "korea" not in aliases
    assert "north korean" in aliases


def test_no_alias_is_shared_by_two_countries():
    shared = {alias: codes for alias, codes in country_alias_owners().items() if len(codes) > 1}
    assert shared == {}


def test_country_aliases_are_at_least_two_characters():
    short = [(c.alpha2, alias) for c in country_records() for alias in c.aliases if len(alias.strip()) < 2]
    assert short == []


def test_every_country_has_a_region():
    regions = {country.region for country in country_records()}
    assert "" not in regions
    assert {"Asia", "Europe", "Americas", "Africa", "Oceania"} <= regions


def test_country_records_are_built_once():
    assert country_records() is country_records()


# Places


def test_places_include_the_fifty_states_and_dc():
    us_places = {place.name for place in place_records() if place.country == "US"}
    states = {sub.name for sub in pycountry.subdivisions.get(country_code="US") if sub.type == "State"}
    assert len(states) == 50
    assert states <= us_places
    assert "District of Columbia" in us_places


@pytest.mark.parametrize(
    ("name", "alpha2"),
    [
        ("Gujarat", "IN"), ("Tamil Nadu", "IN"), ("Guangdong", "CN"), ("Inner Mongolia", "CN"),
        ("Bac Ninh", "VN"), ("Bavaria", "DE"), ("Ontario", "CA"), ("Nuevo León", "MX"), ("Nuevo Leon", "MX"),
        ("Savannah", "US"), ("Taylor, Texas", "US"), ("Ulsan", "KR"), ("Kumamoto", "JP"),
    ],
)  # fmt: skip
def test_places_are_named_as_english_news_writes_them(name, alpha2):
    places = {place.name: place.country for place in place_records()}
    assert places.get(name) == alpha2


def test_georgia_the_us_state_is_flagged_as_also_a_country():
    georgia = [place for place in place_records() if place.name == "Georgia"]
    assert len(georgia) == 1
    assert georgia[0].country == "US"
    assert georgia[0].ambiguous_with_country


def test_a_place_named_like_another_country_is_always_flagged():
    country_aliases = country_alias_owners()
    unflagged = [
        place.name
        for place in place_records()
        if country_aliases.get(place.name.casefold(), set()) - {place.country} and not place.ambiguous_with_country
    ]
    assert unflagged == []


def test_place_names_are_unique_and_places_are_in_known_countries():
    names = [place.name.casefold() for place in place_records()]
    assert len(names) == len(set(names))
    codes = set(countries_by_code())
    assert {place.country for place in place_records()} <= codes
    assert {place.kind for place in place_records()} <= {"state", "province", "city"}


# Sectors


def test_sectors_have_the_agreed_slugs_in_order():
    assert [sector.slug for sector in sector_records()] == SECTOR_SLUGS


def test_sector_keywords_are_lowercase_and_belong_to_one_sector_unless_listed_as_naming_two():
    seen = {}
    for sector in sector_records():
        for keyword in sector.keywords:
            assert keyword == keyword.lower().strip(), keyword
            if keyword not in SHARED_KEYWORDS:
                assert keyword not in seen, f"{keyword!r} is in {seen.get(keyword)} and {sector.slug}"
            seen[keyword] = sector.slug
    assert all(keyword in seen for keyword in SHARED_KEYWORDS)


def test_every_sector_but_other_has_keywords_and_a_group_from_a_small_set():
    sectors = sector_records()
    assert all(sector.keywords for sector in sectors if sector.slug != "other")
    assert len({sector.group for sector in sectors}) <= 8
    assert all(sector.name and sector.group for sector in sectors)


@pytest.mark.parametrize(
    ("keyword", "slug"),
    [
        ("chip", "semiconductors"), ("foundry", "semiconductors"), ("hbm", "semiconductors"),
        ("data center", "ai-data-centers"), ("artificial intelligence", "ai-data-centers"),
        ("gigafactory", "batteries"), ("cathode", "batteries"), ("shipyard", "shipbuilding"),
        ("smr", "nuclear"), ("small modular reactor", "nuclear"), ("lng", "oil-gas"),
    ],
)  # fmt: skip
def test_typical_news_words_point_at_their_sector(keyword, slug):
    by_keyword = {keyword: sector.slug for sector in sector_records() for keyword in sector.keywords}
    assert by_keyword[keyword] == slug


def test_sector_keywords_leave_out_words_too_common_to_mean_a_sector():
    keywords = {keyword for sector in sector_records() for keyword in sector.keywords}
    assert keywords.isdisjoint({"power", "energy", "plant", "technology", "investment", "construction"})


# Organizations


def organizations_by_name():
    return {organization.name: organization for organization in organization_records()}


def test_there_are_at_least_180_organizations_with_unique_names():
    names = [organization.name for organization in organization_records()]
    assert len(names) >= 180
    assert len(names) == len(set(names))


def test_every_parent_exists_and_comes_before_its_children():
    position = {organization.name: i for i, organization in enumerate(organization_records())}
    for i, organization in enumerate(organization_records()):
        if organization.parent is not None:
            assert organization.parent in position, organization.name
            assert position[organization.parent] < i, organization.name


def test_parent_chains_end():
    by_name = organizations_by_name()
    for organization in organization_records():
        seen = set()
        while organization.parent is not None:
            assert organization.name not in seen, f"cycle through {organization.name}"
            seen.add(organization.name)
            organization = by_name[organization.parent]


def test_organizations_use_known_kinds_countries_and_sectors():
    kinds = set(OrganizationKind.values)
    codes = set(countries_by_code())
    slugs = set(SECTOR_SLUGS)
    for organization in organization_records():
        assert organization.kind in kinds, organization.name
        assert organization.country in codes, organization.name
        assert set(organization.sectors) <= slugs, organization.name


def test_no_alias_is_shared_by_two_organizations():
    found = owners(organization_records(), lambda records: ((o.name, (o.name, *o.aliases)) for o in records))
    shared = {alias: names for alias, names in found.items() if len(names) > 1}
    assert shared == {}


def test_no_organization_name_or_alias_is_a_country_name():
    country_aliases = country_alias_owners()
    clashes = [
        (organization.name, alias)
        for organization in organization_records()
        for alias in (organization.name, *organization.aliases)
        if alias.casefold() in country_aliases
    ]
    assert clashes == []


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Foxconn", "Hon Hai Precision Industry"), ("PIF", "Public Investment Fund"),
        ("Hyundai", "Hyundai Motor Group"), ("SK", "SK Group"), ("Samsung", "Samsung Group"),
        ("TSMC", "Taiwan Semiconductor Manufacturing Company"), ("KEPCO", "Korea Electric Power Corporation"),
        ("Aramco", "Saudi Aramco"), ("AWS", "Amazon Web Services"), ("CATL", "Contemporary Amperex Technology"),
        ("JBIC", "Japan Bank for International Cooperation"), ("METI", "Ministry of Economy, Trade and Industry"),
    ],
)  # fmt: skip
def test_short_forms_point_at_the_organization_news_means(alias, name):
    by_alias = {a: o.name for o in organization_records() for a in o.aliases}
    assert by_alias[alias] == name


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("Samsung Electronics", "Samsung Group"), ("SK hynix", "SK Group"), ("Kia", "Hyundai Motor Group"),
        ("Hanwha Ocean", "Hanwha Group"), ("LG Energy Solution", "LG Group"), ("Google", "Alphabet"),
    ],
)  # fmt: skip
def test_group_companies_point_at_their_group(child, parent):
    assert organizations_by_name()[child].parent == parent


def test_the_most_active_pledgers_are_all_listed():
    expected = {
        "Samsung Biologics", "Samsung Heavy Industries", "SK On", "SK Innovation", "Hyundai Mobis",
        "HD Hyundai Heavy Industries", "Hanwha Qcells", "Hanwha Aerospace", "LG Chem", "LG Electronics",
        "POSCO Holdings", "Korea Zinc", "Korean Air", "Korea Hydro & Nuclear Power", "Doosan Enerbility",
        "CJ CheilJedang", "Celltrion", "Federation of Korean Industries", "Ministry of Trade, Industry and Energy",
        "Toyota Motor Corporation", "SoftBank Group", "Nippon Steel", "GlobalWafers", "BYD",
        "Mubadala Investment Company",
        "ADNOC", "XRG", "MGX", "G42", "Emirates", "Qatar Investment Authority", "Kuwait Investment Authority",
        "Siemens", "ASML", "European Commission", "European Investment Bank", "Tata Group", "Reliance Industries",
        "Nvidia", "OpenAI", "GE Vernova", "U.S. International Development Finance Corporation", "Temasek Holdings",
        "VinFast", "Norges Bank Investment Management", "CPP Investments", "Brookfield Asset Management",
    }  # fmt: skip
    assert expected - set(organizations_by_name()) == set()


@pytest.mark.parametrize(
    ("alias", "name", "country"),
    [
        ("Posco", "POSCO Holdings", "KR"), ("Lockheed", "Lockheed Martin", "US"),
        ("Great Wall", "Great Wall Motor", "CN"), ("NIO", "NIO", "CN"), ("Suzuki", "Suzuki Motor", "JP"),
        ("Nidec", "Nidec", "JP"), ("Renault", "Renault Group", "FR"),
        ("Amkor", "Amkor Technology", "US"), ("Temasek", "Temasek Holdings", "SG"), ("GIC", "GIC", "SG"),
        ("Toyota Tsusho", "Toyota Tsusho", "JP"), ("stc", "Saudi Telecom Company", "SA"),
    ],
)  # fmt: skip
def test_frequent_cross_border_investors_are_known_with_their_home_country(alias, name, country):
    by_alias = {a: o for o in organization_records() for a in (o.name, *o.aliases)}
    assert (by_alias[alias].name, by_alias[alias].country) == (name, country)


def test_copper_is_a_critical_mineral_and_aviation_fuel_is_fuel():
    keywords = {keyword: sector.slug for sector in sector_records() for keyword in sector.keywords}
    assert keywords["copper"] == "critical-minerals"
    assert keywords["aviation fuel"] == "oil-gas"


def test_plant_and_port_towns_point_at_their_country():
    from pledges.reference.places import place_records

    places = {record.name: record.country for record in place_records()}
    assert places["Jebel Ali"] == "AE"
    assert places["Zrenjanin"] == "RS"
    assert places["Pancevo"] == "RS"  # the plain-letter spelling is there too
