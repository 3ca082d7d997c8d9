"""Money formatted for people: $150.0B, $850M, and the stated currency beside a converted amount.

Plain functions, used by the template filters, the chart hover texts and the exports' human columns.
"""

from decimal import ROUND_HALF_UP, Decimal

# (threshold, divisor, suffix), largest first.
_SCALES = [
    (Decimal("1e12"), Decimal("1e12"), "T"),
    (Decimal("1e9"), Decimal("1e9"), "B"),
    (Decimal("1e6"), Decimal("1e6"), "M"),
    (Decimal("1e3"), Decimal("1e3"), "K"),
]

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "CNY": "CN¥", "INR": "₹"}


def _scaled(value: Decimal) -> str:
    """1.5e11 -> '150.0B', 8.5e8 -> '850M', 1.25e9 -> '1.3B' (one decimal for billions and up)."""
    for threshold, divisor, suffix in _SCALES:
        if value >= threshold:
            scaled = value / divisor
            if suffix in ("T", "B"):
                # Billions keep one decimal: $150.0B reads as a figure, $1.3B as a precise one.
                return f"{scaled.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}{suffix}"
            rounded = scaled.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
            if rounded >= 1000:
                # 999.6M rounds to 1000M: say 1.0B instead.
                return _scaled(rounded * divisor)
            return f"{rounded}{suffix}"
    return f"{value.quantize(Decimal('1'), rounding=ROUND_HALF_UP)}"


def format_money(amount, currency: str = "USD") -> str:
    """A compact amount with its currency: '$150.0B', '₩350.0T', 'SAR 20.0B'. Empty string for None."""
    if amount is None or amount == "":
        return ""
    value = Decimal(str(amount))
    sign = "-" if value < 0 else ""
    body = _scaled(abs(value))
    symbol = _SYMBOLS.get(currency)
    if symbol:
        return f"{sign}{symbol}{body}"
    return f"{sign}{currency} {body}"


def format_usd(amount) -> str:
    """A compact US-dollar amount: format_usd(150_000_000_000) == '$150.0B'."""
    return format_money(amount, "USD")


def format_pledge_amount(amount_usd, amount, currency: str) -> str:
    """The USD figure, with the amount as stated beside it when the pledge was made in another currency.

    format_pledge_amount(1.5e11, 2e14, "KRW") == '$150.0B (₩200.0T)'.
    """
    usd = format_usd(amount_usd)
    if not currency or currency == "USD":
        return usd
    return f"{usd} ({format_money(amount, currency)})"
