"""Annual average exchange rates for currencies the ECB does not publish.

Every value is an ANNUAL AVERAGE, in units of the currency per 1 US dollar,
from the public source named for its currency below. They put a pledge in one
of these currencies on the same scale as the others; they are not the rate of
the announcement day, and pledges.currency says so in each conversion's source.

Values for the years listed in PROVISIONAL_YEARS were written from memory of
the source, or estimated for a year whose average was not yet at hand, and
were not checked against the published table; conversions using them say
"provisional". Replace them with the published figure when updating the table.
The other values were checked against the named source.
"""

from decimal import Decimal

ANNUAL_AVERAGE_SOURCES = {
    "TWD": "Federal Reserve G.5A (noon buying rates in New York), TWD per USD",
    "VND": "World Bank WDI official exchange rate PA.NUS.FCRF (IMF IFS), VND per USD",
    "KWD": "World Bank WDI official exchange rate PA.NUS.FCRF (IMF IFS), KWD per USD",
    "MAD": "World Bank WDI official exchange rate PA.NUS.FCRF (IMF IFS), MAD per USD",
    "EGP": "World Bank WDI official exchange rate PA.NUS.FCRF (IMF IFS), EGP per USD",
    "PKR": "World Bank WDI official exchange rate PA.NUS.FCRF (IMF IFS), PKR per USD",
}

ANNUAL_AVERAGES: dict[str, dict[int, Decimal]] = {
    "TWD": {
        2015: Decimal("31.744"),
        2016: Decimal("32.26"),
        2017: Decimal("30.4016"),
        2018: Decimal("30.1294"),
        2019: Decimal("30.9049"),
        2020: Decimal("29.4568"),
        2021: Decimal("27.9366"),
        2022: Decimal("29.7963"),
        2023: Decimal("31.1525"),
        2024: Decimal("32.11"),
        2025: Decimal("31.1"),
    },
    "VND": {
        2015: Decimal("21697.57"),
        2016: Decimal("21935.00"),
        2017: Decimal("22370.09"),
        2018: Decimal("22602.05"),
        2019: Decimal("23050.24"),
        2020: Decimal("23208.37"),
        2021: Decimal("23159.78"),
        2022: Decimal("23271.21"),
        2023: Decimal("23787.32"),
        2024: Decimal("24165"),
        2025: Decimal("24750"),
    },
    # Published to three decimals in the WDI table.
    "KWD": {
        2015: Decimal("0.301"),
        2016: Decimal("0.302"),
        2017: Decimal("0.303"),
        2018: Decimal("0.302"),
        2019: Decimal("0.304"),
        2020: Decimal("0.306"),
        2021: Decimal("0.302"),
        2022: Decimal("0.306"),
        2023: Decimal("0.307"),
        2024: Decimal("0.308"),
        2025: Decimal("0.307"),
    },
}

# Moroccan dirham, Egyptian pound and Pakistani rupee: every year provisional (see the module docstring).
ANNUAL_AVERAGES |= {
    "MAD": {
        2015: Decimal("9.756"),
        2016: Decimal("9.811"),
        2017: Decimal("9.692"),
        2018: Decimal("9.386"),
        2019: Decimal("9.617"),
        2020: Decimal("9.497"),
        2021: Decimal("8.988"),
        2022: Decimal("10.161"),
        2023: Decimal("10.130"),
        2024: Decimal("9.95"),
        2025: Decimal("9.3"),
    },
    "EGP": {
        2015: Decimal("7.691"),
        2016: Decimal("10.025"),
        2017: Decimal("17.783"),
        2018: Decimal("17.767"),
        2019: Decimal("16.771"),
        2020: Decimal("15.759"),
        2021: Decimal("15.645"),
        2022: Decimal("19.160"),
        2023: Decimal("30.626"),
        2024: Decimal("45.5"),
        2025: Decimal("49.7"),
    },
    "PKR": {
        2015: Decimal("102.77"),
        2016: Decimal("104.77"),
        2017: Decimal("105.46"),
        2018: Decimal("121.82"),
        2019: Decimal("150.04"),
        2020: Decimal("161.84"),
        2021: Decimal("162.91"),
        2022: Decimal("204.87"),
        2023: Decimal("280.36"),
        2024: Decimal("278.9"),
        2025: Decimal("281.5"),
    },
}

# No 2026 row: the year is not over, so there is no annual average yet; 2026 dates use 2025, flagged.
PROVISIONAL_YEARS = {
    "TWD": frozenset({2016, 2024, 2025}),
    "VND": frozenset({2022, 2023, 2024, 2025}),
    "KWD": frozenset({2022, 2023, 2024, 2025}),
    "MAD": frozenset(range(2015, 2026)),
    "EGP": frozenset(range(2015, 2026)),
    "PKR": frozenset(range(2015, 2026)),
}
