"""Amounts in US dollars at the article's date, through pledges.currency.to_usd.

When the article itself gives the dollar equivalent ("₩20 trillion ($14.5 billion)"),
its figure is used: it is what readers saw, and it needs no rate table.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ingest.extraction.money import Money, plain


@dataclass(frozen=True)
class Converted:
    amount_usd: Decimal
    rate: Decimal  # units of the stated currency per US dollar
    rate_date: date
    source: str


_WIDELY_TRADED = frozenset(
    {"EUR", "GBP", "JPY", "CHF", "SGD", "AUD", "CAD", "HKD", "NZD", "SEK", "NOK", "DKK", "CNY", "KRW"}
)


def convert(money: Money, on: date) -> Converted | None:
    """The dollar value of `money` on `on`, or None when no rate is known for its currency."""
    from pledges.currency import UnsupportedCurrency, to_usd

    if money.usd_equivalent:
        rate = (money.amount / money.usd_equivalent).quantize(Decimal("0.000001"))
        return Converted(plain(money.usd_equivalent), rate, on, "dollar figure given in the article")
    if money.currency == "USD":
        return Converted(money.amount, Decimal(1), on, "stated in US dollars")
    if money.equivalent and money.currency not in _WIDELY_TRADED and money.equivalent[1] in _WIDELY_TRADED:
        # "130 billion naira (S$491.09 million)": the paper's own conversion into a widely traded currency beats a
        # table's official rate for one whose market rate can stray far from it.
        amount, currency = money.equivalent
        money = Money(amount, currency, money.qualifier, money.start, money.end, money.text)
    try:
        conversion = to_usd(money.amount, money.currency, on)
    except UnsupportedCurrency:
        return None
    return Converted(conversion.amount_usd, conversion.rate, conversion.rate_date, conversion.source)
