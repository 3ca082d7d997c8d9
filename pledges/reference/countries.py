"""Countries (and the European Union) with the names news text uses for them.

The list is built from pycountry (which ISO codes exist) and countryinfo (common
names, regions, capitals, demonyms, alternative spellings). Only what neither
package knows is kept by hand below: short forms and abbreviations of the big
economies, capitals that stand for their governments, and the rules that keep
ambiguous words ("Korean", "Congolese", "Dominican") pointing at one country.
"""

import unicodedata
from functools import cache

import pycountry
from countryinfo import CountryInfo

from pledges.reference.records import CountryRecord

EU = CountryRecord(
    alpha2="EU",
    alpha3="EUU",
    name="European Union",
    region="Europe",
    aliases=("EU", "E.U.", "European Union", "Brussels"),
)

# countryinfo names that are stiffer or older than what news uses today.
NAME_OVERRIDES = {
    "CZ": "Czech Republic",
    "MK": "North Macedonia",
    "MM": "Myanmar",
    "PS": "Palestine",
    "SZ": "Eswatini",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "SX": "Sint Maarten",
    "MF": "Saint Martin",
    "CV": "Cape Verde",
    "TR": "Turkey",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
}

# Short forms, abbreviations and metonyms that the packages lack. Kept small on
# purpose: each entry is something trade news writes often.
EXTRA_ALIASES = {
    "US": (
        "U.S.",
        "U. S.",
        "US",
        "USA",
        "U.S.A.",
        "America",
        "United States",
        "Washington",
        "Washington, D.C.",
        "Americans",
    ),
    "GB": (
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "London",
        "British",
        "Briton",
        "Britons",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Scottish",
        "Welsh",
    ),
    # Second demonyms that news uses as often as the one countryinfo gives.
    "AR": ("Argentine", "Argentinian"),
    "KZ": ("Kazakh", "Astana"),
    "UZ": ("Uzbek",),
    "AZ": ("Azeri",),
    "SI": ("Slovenian",),
    "NP": ("Nepali",),
    "LU": ("Luxembourgish",),
    "BH": ("Bahraini",),
    "KR": (
        "Korea",
        "ROK",
        "South Korea",
        "S. Korea",
        "S.Korea",
        "Korean",
        "South Korean",
        "Republic of Korea",
        "Seoul",
        "Koreans",
    ),
    "KP": ("North Korea", "DPRK", "Pyongyang", "North Korean"),
    "CN": ("PRC", "Mainland China", "Beijing", "Chinese"),
    "TW": ("Taiwan", "Taipei", "Taiwanese", "Republic of China"),
    "JP": ("Japan", "Tokyo", "Japanese"),
    # "Emirates" alone is left to the airline (see organizations.json): news about orders means the carrier;
    # "the Emirates" with its article is the country.
    "AE": ("UAE", "U.A.E.", "Emirati", "Emiratis", "Abu Dhabi", "the Emirates"),
    "SA": ("KSA", "Saudi", "Saudis", "Saudi Arabian", "Riyadh", "Kingdom of Saudi Arabia"),
    "IN": ("New Delhi", "Delhi", "Indian", "Bharat"),
    "RU": ("Russia", "Russian", "Moscow", "Kremlin"),
    "DE": ("German", "Berlin", "Deutschland"),
    # A country's own name where countryinfo lacks it, as units carry it: "Vodafone Italia", "Orange Polska"
    "IT": ("Italia",),
    "ES": ("España", "Espana"),
    "PL": ("Polska",),
    "SE": ("Sverige",),
    "FR": ("French", "Paris"),
    "VN": ("Vietnam", "Viet Nam", "Vietnamese", "Hanoi"),
    "IR": ("Iran", "Tehran", "Iranian"),
    "QA": ("Qatari", "Doha"),
    "KW": ("Kuwaiti",),
    "CZ": ("Czechia", "Czech", "Czech Republic"),
    "TR": ("Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara"),
    "NL": ("Dutch", "The Hague"),
    "CH": ("Swiss",),
    "AU": ("Aussie", "Canberra"),
    "MX": ("Mexico City",),
    "CA": ("Ottawa",),
    "ID": ("Jakarta",),
    "SG": ("Singaporean",),
    "PH": ("Filipino", "Philippine", "Manila", "PH"),  # "eyes $1-B investment in PH": the Manila papers
    "HK": ("Hong Kong SAR",),
    # The wires write the larger Congo, Kinshasa's, as plain "Congo" and the other as "Republic of Congo".
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Congo", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "PS": ("Palestinian Territories", "Palestinian"),
    "TH": ("Thai",),
    "TG": ("Togolese",),
    # A capital's older spelling that some papers keep: "the agreement between New Delhi and Dacca"
    "BD": ("Dacca",),
}

# Aliases claimed by several entries: the one that news means. Any other shared
# alias is dropped from every entry, so an alias always names one country.
PREFERRED_OWNER = {
    "Chinese": "CN",
    "French": "FR",
    "American": "US",
    "Norwegian": "NO",
    "Indian": "IN",
    "Dominican": "DO",
    "Macedonian": "MK",
    "Brussels": "EU",  # the seat of the EU institutions; Belgium's government is rarely the pledging party
    "Congo": "CD",  # the wires write Kinshasa's Congo plain and the other "Republic of Congo"
    "Channel Islander": None,  # Jersey and Guernsey: drop
    "Congolese": None,  # both Congos: drop
}

# Capitals whose names are also common words, surnames or other well-known
# places, so that using them as metonyms would mostly produce false matches.
CAPITALS_NOT_AS_ALIASES = {
    "Victoria", "Kingston", "Hamilton", "Douglas", "Plymouth", "Jamestown", "Georgetown", "George Town",
    "The Valley", "Stanley", "Kingstown", "Saint-Denis", "Saint-Pierre", "West Island", "Flying Fish Cove",
    "King Edward Point", "Adamstown", "Road Town", "Jerusalem", "Washington D.C.", "Saint John's",
    "City of Victoria", "Avarua", "Alofi", "Basseterre", "Basse-Terre", "Marigot", "Gustavia",
    "Panama City", "Santiago", "San José", "San Juan", "Melekeok", "Ngerulmud", "Diego Garcia", "Lima",
    "Athens", "Moscow", "Dublin", "Paris", "Berlin", "Rome", "Vienna", "Warsaw", "Cairo", "Amman",
}  # fmt: skip
# Moscow, Berlin and Paris come back through EXTRA_ALIASES where news uses them as metonyms; the rest
# (Rome, Athens, Lima, Dublin...) name US towns or are too often literal locations.

# Alternative spellings in countryinfo that are ordinary English words or not names at all.
# "Nippon" alone, in English news, is short for Nippon Steel or Nippon Life, not the country.
BAD_ALIASES = {"Island", "Mann", "Prathet", "Guiana", "Somers Isles", "Lao", "Nippon", "Nihon"}

REGION_FALLBACK = {"AQ": "Antarctica", "HM": "Oceania", "BV": "Antarctica", "GB": "Europe"}


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def _usable(alias: str) -> bool:
    return (
        len(alias) >= 2
        and alias[0].isupper()
        and _is_latin(alias)
        and "," not in alias
        and "(" not in alias
        and alias not in BAD_ALIASES
    )


def _countryinfo_by_alpha2() -> dict[str, dict]:
    """countryinfo keyed by ISO alpha-2; where it has several entries (Wales for GB), the fullest wins."""
    found: dict[str, dict] = {}
    for data in CountryInfo.all().values():
        alpha2 = (data.get("ISO") or {}).get("alpha2")
        if not alpha2:
            continue
        current = found.get(alpha2)
        if current is None or len(data.get("altSpellings") or []) > len(current.get("altSpellings") or []):
            found[alpha2] = data
    return found


def _candidate_aliases(country, info: dict, name: str) -> list[str]:
    candidates = [name, country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
    candidates.append(info.get("name", ""))
    codes = {country.alpha_2, country.alpha_3}
    candidates += [spelling.strip() for spelling in info.get("altSpellings") or [] if spelling.strip() not in codes]
    demonym = info.get("demonym") or ""
    candidates += [part.strip() for part in demonym.split(",")]
    capital = info.get("capital") or ""
    if capital not in CAPITALS_NOT_AS_ALIASES and "/" not in capital:
        candidates.append(capital)
    candidates += EXTRA_ALIASES.get(country.alpha_2, ())
    return candidates


@cache
def country_records() -> list[CountryRecord]:
    """Every ISO 3166-1 country plus the European Union, each alias naming exactly one entry."""
    infos = _countryinfo_by_alpha2()
    drafts = []
    for country in pycountry.countries:
        info = infos.get(country.alpha_2, {})
        name = NAME_OVERRIDES.get(country.alpha_2) or getattr(country, "common_name", None) or info.get("name")
        if not name or "," in name or "(" in name:
            name = country.name
        region = info.get("region") or REGION_FALLBACK.get(country.alpha_2, "Other")
        aliases = list(dict.fromkeys(a for a in _candidate_aliases(country, info, name) if a and _usable(a)))
        drafts.append((country.alpha_2, country.alpha_3, name, region, aliases))
    drafts.append((EU.alpha2, EU.alpha3, EU.name, EU.region, list(EU.aliases)))

    owners: dict[str, set[str]] = {}
    for alpha2, _, _, _, aliases in drafts:
        for alias in aliases:
            owners.setdefault(alias.casefold(), set()).add(alpha2)
    names = {name.casefold(): alpha2 for alpha2, _, name, _, _ in drafts}

    def keeps(alias: str, alpha2: str) -> bool:
        claimants = owners[alias.casefold()]
        if len(claimants) == 1:
            return True
        if alias in PREFERRED_OWNER:
            return PREFERRED_OWNER[alias] == alpha2
        # "Guinea", "Niger", "Dominica": an alias that is some entry's own name belongs to that entry.
        return names.get(alias.casefold()) == alpha2

    return [
        CountryRecord(
            alpha2=alpha2,
            alpha3=alpha3,
            name=name,
            region=region,
            aliases=tuple(alias for alias in aliases if keeps(alias, alpha2)),
        )
        for alpha2, alpha3, name, region, aliases in drafts
    ]
