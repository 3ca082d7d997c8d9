from decimal import Decimal

import pytest

from pledges.formatting import format_money, format_pledge_amount, format_usd


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("150000000000"), "$150.0B"),
        (Decimal("26000000000"), "$26.0B"),
        (Decimal("1250000000"), "$1.3B"),
        (Decimal("850000000"), "$850M"),
        (Decimal("999600000"), "$1.0B"),
        (Decimal("45000"), "$45K"),
        (Decimal("12"), "$12"),
        (Decimal("2100000000000"), "$2.1T"),
        (Decimal("0"), "$0"),
    ],
)
def test_usd_amounts_read_as_people_write_them(amount, expected):
    assert format_usd(amount) == expected


def test_a_missing_amount_formats_as_an_empty_string():
    assert format_usd(None) == ""


def test_currencies_without_a_symbol_are_written_as_a_code_before_the_amount():
    assert format_money(Decimal("20000000000"), "SAR") == "SAR 20.0B"
    assert format_money(Decimal("350000000000000"), "KRW") == "₩350.0T"


def test_the_stated_currency_is_shown_beside_a_converted_amount():
    assert format_pledge_amount(Decimal("150e9"), Decimal("200e12"), "KRW") == "$150.0B (₩200.0T)"


def test_a_dollar_pledge_shows_its_amount_once():
    assert format_pledge_amount(Decimal("850e6"), Decimal("850e6"), "USD") == "$850M"


def test_negative_amounts_keep_their_sign_before_the_symbol():
    assert format_usd(Decimal("-5000000")) == "-$5M"
