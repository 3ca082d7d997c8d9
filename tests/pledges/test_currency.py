"""Converting pledged amounts to US dollars. Expected ECB rates come from the package's own data."""

import dataclasses
from datetime import date
from decimal import Decimal
from functools import cache

import pytest
from currency_converter import CurrencyConverter, RateNotFoundError

from pledges.currency import (
    ECB_CURRENCIES,
    ECB_SOURCE,
    PEG_SOURCE,
    SUPPORTED_CURRENCIES,
    UnsupportedCurrency,
    to_usd,
)
from pledges.reference.rates_extra import ANNUAL_AVERAGES

BILLION = Decimal("1000000000")


@cache
def package() -> CurrencyConverter:
    """A separate instance of the package, the reference the module's results are checked against."""
    return CurrencyConverter(decimal=True)


def package_rate(currency: str, on: date) -> Decimal:
    return package().convert(1, "USD", currency, date=on)


@pytest.mark.parametrize(
    ("currency", "on"),
    [
        ("KRW", date(2025, 8, 1)),
        ("KRW", date(2018, 6, 12)),
        ("JPY", date(2025, 2, 7)),
        ("EUR", date(2022, 9, 28)),
        ("CNY", date(2024, 11, 6)),
        ("GBP", date(2016, 6, 24)),
        ("INR", date(2023, 3, 15)),
        ("MXN", date(2020, 4, 1)),
        ("HUF", date(2019, 10, 10)),
        ("TRY", date(2024, 1, 17)),
    ],
)
def test_it_converts_at_the_ecb_rate_of_the_day(currency, on):
    result = to_usd(150 * BILLION, currency, on)

    expected_rate = package_rate(currency, on)
    assert result.rate_date == on
    assert result.source == ECB_SOURCE
    assert not result.outside_data
    assert result.note == ""
    assert abs(result.rate - expected_rate) <= Decimal("0.000001")
    assert result.amount_usd == (150 * BILLION / result.rate).quantize(Decimal("0.01"))


def test_the_rate_is_units_of_currency_per_dollar():
    on = date(2025, 8, 1)
    result = to_usd(Decimal(100), "EUR", on)

    dollars_per_100_euros = package().convert(100, "EUR", "USD", date=on)
    assert result.rate < 1  # fewer euros than dollars buy one dollar in 2025
    assert abs(result.amount_usd - dollars_per_100_euros) < Decimal("0.01")


def test_a_weekend_uses_the_friday_before():
    saturday, friday = date(2025, 8, 2), date(2025, 8, 1)
    with pytest.raises(RateNotFoundError):
        package_rate("KRW", saturday)

    result = to_usd(BILLION, "KRW", saturday)

    assert result.rate_date == friday
    assert result.rate == to_usd(BILLION, "KRW", friday).rate
    assert not result.outside_data


def test_an_ecb_holiday_uses_the_last_published_day():
    christmas = date(2024, 12, 25)
    with pytest.raises(RateNotFoundError):
        package_rate("JPY", christmas)

    result = to_usd(BILLION, "JPY", christmas)

    assert result.rate_date == date(2024, 12, 24)
    assert abs(result.rate - package_rate("JPY", date(2024, 12, 24))) <= Decimal("0.000001")


def test_a_date_after_the_data_uses_the_latest_rate_and_says_so():
    last = package().bounds["KRW"].last_date

    result = to_usd(BILLION, "KRW", date(2099, 1, 1))

    assert result.rate_date == last
    assert result.outside_data
    assert last.isoformat() in result.note
    assert abs(result.rate - package_rate("KRW", last)) <= Decimal("0.000001")


def test_a_date_before_1999_uses_the_earliest_rate_and_says_so():
    first = package().bounds["JPY"].first_date
    assert first.year == 1999

    result = to_usd(BILLION, "JPY", date(1990, 5, 1))

    assert result.rate_date == first
    assert result.outside_data
    assert "earliest" in result.note


def test_a_currency_the_ecb_stopped_publishing_is_flagged_after_its_last_rate():
    last = package().bounds["RUB"].last_date

    result = to_usd(BILLION, "RUB", date(2024, 6, 3))

    assert result.rate_date == last
    assert result.outside_data


@pytest.mark.parametrize(("currency", "peg"), [("SAR", "3.75"), ("AED", "3.6725"), ("QAR", "3.64")])
def test_gulf_currencies_use_their_dollar_peg(currency, peg):
    on = date(2025, 5, 13)

    result = to_usd(Decimal(peg) * 1000, currency, on)

    assert result.amount_usd == Decimal("1000.00")
    assert result.rate == Decimal(peg)
    assert result.source == PEG_SOURCE
    assert result.rate_date == on
    assert not result.outside_data


@pytest.mark.parametrize("currency", ["TWD", "VND", "KWD", "KES", "NGN", "COP"])
def test_currencies_the_ecb_lacks_use_the_annual_average_of_the_year(currency):
    assert currency not in package().currencies
    on = date(2023, 7, 3)

    result = to_usd(BILLION, currency, on)

    assert result.rate == ANNUAL_AVERAGES[currency][2023]
    assert result.rate_date == on
    assert "2023 annual average" in result.source
    assert not result.outside_data


def test_a_year_after_the_annual_table_uses_its_latest_year_and_says_so():
    latest = max(ANNUAL_AVERAGES["TWD"])

    result = to_usd(BILLION, "TWD", date(latest + 3, 2, 1))

    assert result.rate == ANNUAL_AVERAGES["TWD"][latest]
    assert result.rate_date == date(latest, 12, 31)
    assert result.outside_data
    assert str(latest) in result.note


def test_a_year_before_the_annual_table_uses_its_earliest_year_and_says_so():
    earliest = min(ANNUAL_AVERAGES["VND"])

    result = to_usd(BILLION, "VND", date(earliest - 5, 6, 1))

    assert result.rate == ANNUAL_AVERAGES["VND"][earliest]
    assert result.rate_date == date(earliest, 1, 1)
    assert result.outside_data


def test_the_annual_table_covers_2015_onwards_for_each_currency():
    for currency, table in ANNUAL_AVERAGES.items():
        assert set(range(2015, 2026)) <= set(table), currency
        assert all(rate > 0 for rate in table.values()), currency


def test_us_dollars_are_returned_unchanged():
    on = date(2025, 8, 2)

    result = to_usd(Decimal("350000000000"), "USD", on)

    assert result.amount_usd == Decimal("350000000000.00")
    assert result.rate == 1
    assert result.rate_date == on
    assert not result.outside_data


@pytest.mark.parametrize("code", ["XYZ", "BTC", "", "usd dollars", "CYP"])
def test_an_unknown_currency_raises_unsupported_currency(code):
    with pytest.raises(UnsupportedCurrency):
        to_usd(BILLION, code, date(2025, 1, 6))


def test_unsupported_currency_is_a_value_error():
    assert issubclass(UnsupportedCurrency, ValueError)


def test_currency_codes_are_read_case_insensitively():
    on = date(2025, 3, 4)
    assert to_usd(BILLION, " krw", on) == to_usd(BILLION, "KRW", on)


def test_the_currencies_pledges_come_in_are_supported():
    needed = set(
        "USD EUR JPY KRW CNY GBP TWD INR SAR AED QAR KWD CHF CAD AUD SGD HKD VND IDR MYR THB PHP MXN BRL PLN HUF "
        "CZK TRY SEK NOK ZAR".split()
    )
    assert needed <= SUPPORTED_CURRENCIES


def test_the_ecb_currency_list_matches_the_package_data():
    assert ECB_CURRENCIES <= package().currencies


def test_a_conversion_cannot_be_modified():
    result = to_usd(BILLION, "EUR", date(2025, 1, 6))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.amount_usd = Decimal(0)


def test_an_annual_average_not_checked_against_its_source_is_labelled_provisional():
    provisional = to_usd(BILLION, "VND", date(2024, 6, 3))
    checked = to_usd(BILLION, "VND", date(2019, 6, 3))

    assert "provisional" in provisional.source
    assert "provisional" not in checked.source


def test_every_convertible_currency_can_be_stored_on_a_pledge():
    from pledges.choices import Currency
    from pledges.currency import SUPPORTED_CURRENCIES

    assert set(Currency.values) == SUPPORTED_CURRENCIES


def test_a_moroccan_dirham_amount_is_converted_at_its_own_rate_not_the_uae_peg():
    result = to_usd(Decimal("12.8") * BILLION, "MAD", date(2023, 9, 1))
    assert Decimal("1.2e9") < result.amount_usd < Decimal("1.35e9")
    assert "provisional" in result.source
