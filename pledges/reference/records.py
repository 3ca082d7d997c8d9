"""Plain records for reference data.

Both the database loader (pledges.reference.load) and the extraction gazetteer
(ingest.extraction.gazetteer) speak in these records, so extraction can run
from the bundled data without a database, or from database rows that editors
have corrected.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CountryRecord:
    alpha2: str  # ISO 3166-1 alpha-2, or "EU" for the European Union
    alpha3: str  # ISO 3166-1 alpha-3, or "EUU" for the European Union
    name: str  # common English name ("South Korea", "United States")
    region: str  # e.g. "Asia", "Europe", "Americas", "Africa", "Oceania"
    aliases: tuple[str, ...] = ()  # official and short names, demonyms, capitals, abbreviations


@dataclass(frozen=True)
class PlaceRecord:
    """A place below country level whose mention implies the country ("a plant in Georgia")."""

    name: str
    country: str  # alpha-2
    kind: str  # "state", "province", "city"
    ambiguous_with_country: bool = False  # "Georgia" is also a country


@dataclass(frozen=True)
class SectorRecord:
    slug: str
    name: str
    group: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrganizationRecord:
    name: str
    country: str  # alpha-2 of the home country
    kind: str  # one of pledges.choices.OrganizationKind values
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # name of the parent organization, if any
    sectors: tuple[str, ...] = field(default=())  # sector slugs the organization is mostly active in
