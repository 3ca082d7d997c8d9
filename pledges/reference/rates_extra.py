"""Annual average exchange rates for currencies the ECB does not publish.

Every value is an ANNUAL AVERAGE, in units of the currency per 1 US dollar,
taken from the public source named for its currency below. They serve to put
a pledge in one currency on the same scale as the others; they are not the rate
of the announcement day, and pledges.currency says so in each conversion's
source text.

Values for years marked in ESTIMATED_YEARS were not final (or not at hand) when
the table was written and are rounded estimates of the year's average; replace
them with the published figure when updating the table.
"""

from decimal import Decimal

ANNUAL_AVERAGE_SOURCES = {
    "TWD": "Central Bank of the Republic of China (Taiwan), NTD per USD",
    "VND": "World Bank WDI official exchange rate (PA.NUS.FCRF, from IMF IFS), VND per USD",
    "KWD": "World Bank WDI official exchange rate (PA.NUS.FCRF, from IMF IFS), KWD per USD",
}

ANNUAL_AVERAGES: dict[str, dict[int, Decimal]] = {
    "TWD": {
        2015: Decimal("31.898"),
        2016: Decimal("32.318"),
        2017: Decimal("30.439"),
        2018: Decimal("30.156"),
        2019: Decimal("30.925"),
        2020: Decimal("29.549"),
        2021: Decimal("28.024"),
        2022: Decimal("29.805"),
        2023: Decimal("31.155"),
        2024: Decimal("32.112"),
        2025: Decimal("31.2"),
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
    "KWD": {
        2015: Decimal("0.3016"),
        2016: Decimal("0.3020"),
        2017: Decimal("0.3030"),
        2018: Decimal("0.3016"),
        2019: Decimal("0.3036"),
        2020: Decimal("0.3064"),
        2021: Decimal("0.3016"),
        2022: Decimal("0.3062"),
        2023: Decimal("0.3074"),
        2024: Decimal("0.3075"),
        2025: Decimal("0.3067"),
    },
}

# No 2026 row: the year is not over, so there is no annual average yet; 2026 dates use 2025, flagged.
ESTIMATED_YEARS = {
    "TWD": frozenset({2025}),
    "VND": frozenset({2024, 2025}),
    "KWD": frozenset({2025}),
}
