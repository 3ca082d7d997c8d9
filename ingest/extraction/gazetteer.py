"""Names the extractor recognises: countries, places that imply a country, organizations, sector keywords.

A `Gazetteer` is built once from plain reference records and then only read, so
one instance can serve every article. Names are matched with regular
expressions compiled from a character trie, which stays fast with thousands of
aliases. `default_gazetteer()` uses the records bundled with the project; the
database-backed builder converts model rows into the same records.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pledges.reference.records import CountryRecord, OrganizationRecord, PlaceRecord, SectorRecord

# Lenders owned by many countries: money from them has no country-to-country pair.
MULTILATERALS = (
    "International Monetary Fund", "IMF", "World Bank", "World Bank Group", "Asian Development Bank", "ADB",
    "Asian Infrastructure Investment Bank", "AIIB", "European Bank for Reconstruction and Development", "EBRD",
    "International Finance Corporation", "IFC", "African Development Bank", "AfDB", "Inter-American Development Bank",
    "IDB", "New Development Bank", "Islamic Development Bank", "IsDB", "Green Climate Fund", "United Nations", "UN",
    "U.N.", "OPEC", "OPEC Fund", "G7", "G-7", "G20", "G-20", "NATO", "WTO", "OECD", "Paris Club", "BRICS",
    "Asian Development Fund", "Multilateral Investment Guarantee Agency", "MIGA",
)  # fmt: skip

# Regions that receive money without being a country: a pledge "for projects in Africa" has no recipient country.
REGIONS = (
    "Africa", "Asia", "Europe", "Latin America", "South America", "North America", "Central America", "Middle East",
    "the Middle East", "Southeast Asia", "South Asia", "Central Asia", "East Asia", "Asia-Pacific", "Asia Pacific",
    "the Gulf", "Gulf region", "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "Southern Africa",
    "the Caribbean", "Caribbean", "the Pacific", "Pacific Islands", "Eastern Europe", "the Balkans", "Western Balkans",
    "Indo-Pacific", "ASEAN", "the Global South", "Global South", "developing countries", "emerging markets",
    # The adjectives too: "the acquisition of Eastern European beer businesses" names no one country.
    "Eastern European", "Central European", "Latin American", "Southeast Asian", "Middle Eastern", "North African",
    "West African", "East African", "Sub-Saharan African", "Central Asian", "African", "Asian", "South American",
    "North American", "Central American",
)  # fmt: skip

# Bodies that speak for the European Union; they are added unless the organization records already name them.
EU_BODIES = (
    "European Commission", "the Commission", "European Investment Bank", "EIB", "Team Europe", "Global Gateway",
    "European Council", "EU Commission", "Council of the EU", "Council of the European Union", "EU Council",
)  # fmt: skip

# Short keywords that are ordinary words or names in other cases ("Ai", "Ev"): matched lowercase or all caps only.
SHORT_KEYWORD_LENGTH = 3


@dataclass(frozen=True)
class Mention:
    """A name found in text and what it stands for."""

    start: int
    end: int
    text: str
    kind: str  # "country", "place", "organization", "multilateral"
    country: str | None  # alpha-2 (or "EU"); None for multilaterals
    name: str  # canonical name: the country's, the place's or the organization's
    ambiguous_country: str | None = None  # a place such as Georgia (US) that is also a country (GE)
    organization_kind: str = ""
    sectors: tuple[str, ...] = ()
    # "Hitachi Energy" (Zurich) belongs to Japan's Hitachi: the country whose money it spends, when not its own
    owner_country: str | None = None


@dataclass(frozen=True)
class SectorHit:
    start: int
    end: int
    slug: str
    keyword: str


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, written as a trie so that it stays fast when there are many."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        ends_here = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            return "(?:" + body + ")?"
        return body

    return render(trie)


# A capitalised word right before a one-word company name, itself after a lowercase word or a title, is a given name.
_GIVEN_NAME_BEFORE = re.compile(
    r"(?:\b(?:Premier|President|Governor|Mayor|Minister|Senator|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Sir|Chairman|CEO)\s+"
    r"|(?<=[a-z,])\s)(?!(?:The|A|An|In|On|At|For|By|With|From|And|But|Japan|China|Korea)\b)[A-Z][a-z]{2,}\s+$"
)


def _name_regex(words: Iterable[str], flags: int = 0) -> re.Pattern | None:
    words = [word for word in words if word]
    if not words:
        return None
    # Greedy trie branches try the longer continuation first, so "South Korea" wins over "South".
    return re.compile(r"(?<![\w&])(?:" + _trie_pattern(words) + r")(?![\w&])", flags)


@dataclass(frozen=True)
class _Entry:
    kind: str
    country: str | None
    name: str
    ambiguous_country: str | None = None
    organization_kind: str = ""
    sectors: tuple[str, ...] = ()
    owner_country: str | None = None


def _house_style(name: str) -> str:
    """ "Acwa Power", "Adnoc": the spelling of newspapers that capitalise only the first letter of a long acronym;
    "US International Development Finance Corporation": of those that write the country's initials without dots."""
    name = re.sub(r"^U\.S\.(?= )", "US", re.sub(r"^U\.K\.(?= )", "UK", name))
    return " ".join(
        word.capitalize() if len(word) >= 4 and word.isalpha() and word.isupper() else word for word in name.split()
    )


def _one_capital_style(name: str) -> str:
    """ "Softbank", "Blackrock": how many papers write a company whose own name has a capital inside a word."""
    return " ".join(
        word[0] + word[1:].lower() if len(word) >= 5 and word.isalpha() and re.search(r"[a-z][A-Z]", word) else word
        for word in name.split()
    )


def _unhyphenated_style(name: str) -> str:
    """ "Export Import Bank of India", "Rolls Royce": the name as papers write it without its hyphens."""
    return re.sub(r"(?<=[A-Za-z])-(?=[A-Z])", " ", name)


def _short_legal_form_style(name: str) -> str:
    """ "China National Chemical Corp", "Adani Green Energy Ltd": the legal form as papers shorten it."""
    return re.sub(r" Corporation$", " Corp", re.sub(r" Limited$", " Ltd", name))


def _capitals_style(name: str) -> str:
    """ "ACCIONA", "TATA MOTORS": a company name of letters as its own press releases, or a paper's shouting style,
    write it."""
    return name.upper() if len(name) >= 5 and name.replace(" ", "").isalpha() else name


class Gazetteer:
    """Precompiled matchers for countries, places, organizations and sector keywords. Immutable once built."""

    def __init__(
        self, entries: dict[str, _Entry], sector_keywords: dict[str, tuple[str, ...]], country_names: dict[str, str]
    ):
        # Names are matched without their accents ("Québec" is "Quebec"), on a copy of the text of the same length;
        # of two names that differ only in accents, the one listed first keeps its entry.
        self._entries = {_plain(name): entry for name, entry in reversed(entries.items())}
        self._names = _name_regex(self._entries)
        self._sector_keywords = dict(sector_keywords)
        self._sectors = _name_regex(self._sector_keywords, re.IGNORECASE)
        self.country_names = dict(country_names)  # alpha-2 -> common English name

    @classmethod
    def from_records(
        cls,
        countries: Iterable[CountryRecord],
        places: Iterable[PlaceRecord],
        sectors: Iterable[SectorRecord],
        organizations: Iterable[OrganizationRecord],
    ) -> "Gazetteer":
        countries = list(countries)
        entries: dict[str, _Entry] = {}
        country_names = {country.alpha2: country.name for country in countries}
        country_alias_owner: dict[str, str] = {}
        for country in countries:
            for alias in (country.name, *country.aliases):
                country_alias_owner.setdefault(alias, country.alpha2)

        # Least specific first: later kinds overwrite an alias they share with an earlier one.
        for name in MULTILATERALS:
            entries[name] = _Entry("multilateral", None, name)
        for name in REGIONS:
            entries[name] = _Entry("region", None, name)
        for name in EU_BODIES:
            entries[name] = _Entry("organization", "EU", name, organization_kind="government")
        for place in places:
            if place.name in country_alias_owner:
                if not place.ambiguous_with_country:
                    continue
                entries[place.name] = _Entry(
                    "place", place.country, place.name, ambiguous_country=country_alias_owner[place.name]
                )
                continue
            entries[place.name] = _Entry("place", place.country, place.name)
        for alias, alpha2 in country_alias_owner.items():
            if alias in entries and entries[alias].ambiguous_country:
                continue  # decided from context at match time
            entries[alias] = _Entry("country", alpha2, country_names[alpha2])
        organizations = list(organizations)
        home_of = {organization.name: organization.country for organization in organizations}
        for organization in organizations:
            owner = home_of.get(organization.parent or "")
            named = (organization.name, *organization.aliases)
            spellings = (
                _house_style,
                _capitals_style,
                _one_capital_style,
                _unhyphenated_style,
                _short_legal_form_style,
            )
            for alias in (*named, *(spell(a) for spell in spellings for a in named)):
                if alias in entries and alias not in named:
                    continue  # a spelling of our own never hides a name the data gives
                if alias in country_alias_owner and alias != organization.name:
                    continue  # an organization alias that is a country name ("Korea") would hide the country
                entries[alias] = _Entry(
                    "multilateral" if organization.name in MULTILATERALS else "organization",
                    organization.country or None,
                    organization.name,
                    organization_kind=organization.kind,
                    sectors=tuple(organization.sectors),
                    owner_country=owner if owner and owner != organization.country else None,
                )
        sector_keywords: dict[str, tuple[str, ...]] = {}
        for sector in sectors:
            for keyword in sector.keywords:
                # A keyword listed under two sectors ("petrochemical": oil and gas, and chemicals) names both.
                flat = _flatten(keyword.lower())
                sector_keywords[flat] = (*sector_keywords.get(flat, ()), sector.slug)
        return cls(entries, sector_keywords, country_names)

    def mentions(self, text: str) -> list[Mention]:
        """Every country, place and organization named in `text`, longest names first, without overlaps."""
        if self._names is None:
            return []
        found = []
        for match in self._names.finditer(_plain(text)):
            entry = self._entries.get(match.group(0))
            if entry is None:
                continue
            written = text[match.start() : match.end()]
            if entry.kind == "organization" and re.match(r"-\d", text[match.end() : match.end() + 2]):
                continue  # "the NEC-2 conference room": a code that begins like a company's name
            if (
                entry.kind == "organization"
                and " " not in written
                and not written.isupper()  # "Key Takeaways TSMC": initials are nobody's surname
                and _GIVEN_NAME_BEFORE.search(text, 0, match.start())
            ):
                continue  # "Premier Doug Ford", "Henry Ford": a person's surname, not the company
            found.append(
                Mention(
                    start=match.start(),
                    end=match.end(),
                    text=written,
                    kind=entry.kind,
                    country=entry.country,
                    name=entry.name,
                    ambiguous_country=entry.ambiguous_country,
                    organization_kind=entry.organization_kind,
                    sectors=entry.sectors,
                    owner_country=entry.owner_country,
                )
            )
        return found

    def sector_hits(self, text: str) -> list[SectorHit]:
        """Sector keywords in `text` (hyphens read as spaces: "data-centre" is "data centre")."""
        if self._sectors is None:
            return []
        flat = _flatten(text)
        hits = []
        for match in self._sectors.finditer(flat):
            written = text[match.start() : match.end()]
            keyword = match.group(0).lower()
            if len(keyword) <= SHORT_KEYWORD_LENGTH and written not in {keyword, keyword.upper()}:
                continue
            for slug in self._sector_keywords.get(keyword, ()):
                hits.append(SectorHit(match.start(), match.end(), slug, keyword))
        return hits

    def organization(self, name: str) -> Mention | None:
        """What the gazetteer knows about an organization, by canonical name or alias."""
        entry = self._entries.get(_plain(name))
        if entry is None or entry.kind != "organization":
            return None
        return Mention(0, 0, name, entry.kind, entry.country, entry.name, None, entry.organization_kind, entry.sectors)


# Letters with a stroke or a hook ("Wrocław", "Gdańsk", "Győr", "Timișoara") as well, which English copy often
# writes plain.
_ACCENTS = str.maketrans(
    "áàâäãåéèêëíìîïóòôöõúùûüñçşğıćčšžłøśńňźżőűřěůąęțșăďťľĺŕÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇŞĞİĆČŠŽŁØŚŃŇŹŻŐŰŘĚŮĄĘȚȘĂĎŤĽĹŔ",
    "aaaaaaeeeeiiiiooooouuuuncsgiccszlosnnzzoureuaetsadtllrAAAAAAEEEEIIIIOOOOOUUUUNCSGICCSZLOSNNZZOUREUAETSADTLLR",
)


def _plain(text: str) -> str:
    """The text without the accents of Latin letters, one letter for one so that every position stays."""
    return text.translate(_ACCENTS)


def _flatten(text: str) -> str:
    """Hyphens and dashes inside words become spaces, keeping every position where it was."""
    return re.sub(r"(?<=\w)[-‐–](?=\w)", " ", text)


@cache
def subdivision_countries() -> dict[str, frozenset[str]]:
    """Every ISO 3166-2 subdivision name (all countries, "Barcelona", "Cambridgeshire", "Jawa Barat") -> countries.

    Too noisy to match in running text, but good enough to tell which country an unknown place after "in"
    belongs to, so that an article's default country is not pinned on a place in another country."""
    import pycountry

    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        name = subdivision.name.split(" [")[0].split(",")[0].strip()
        for suffix in (" Sheng", " Shi", " Province", " State", " Region", " County"):
            name = name.removesuffix(suffix)
        if len(name) >= 4:
            found.setdefault(name, set()).add(subdivision.country_code)
    return {name: frozenset(countries) for name, countries in found.items()}


def _organization_records() -> list[OrganizationRecord]:
    try:
        from pledges.reference.organizations import organization_records
    except ImportError:  # the organization list lands separately; countries and places still work without it
        return []
    return list(organization_records())


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer built from the reference data bundled with the project."""
    from pledges.reference.countries import country_records
    from pledges.reference.places import place_records
    from pledges.reference.sectors import sector_records

    return Gazetteer.from_records(country_records(), place_records(), sector_records(), _organization_records())
