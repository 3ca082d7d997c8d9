"""What the extractor proposes: one `Candidate` per pledge it believes an article reports."""

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

KINDS = ("investment", "fund", "purchase", "loan", "other")
STATUSES = ("announced", "reaffirmed", "in_progress", "completed", "cancelled", "superseded")
QUALIFIERS = ("exact", "approximate", "at_least", "up_to", "range")


@dataclass(frozen=True)
class Candidate:
    """A pledge found in one article, with the sentences that support it and how sure the extractor is."""

    investor_country: str | None
    recipient_country: str | None
    amount: Decimal  # full units, in the currency the article used
    currency: str  # ISO 4217
    amount_usd: Decimal
    rate: Decimal  # units of `currency` per US dollar on `rate_date`
    rate_date: date
    rate_source: str
    qualifier: str = "exact"
    amount_low: Decimal | None = None
    amount_high: Decimal | None = None
    sectors: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    kind: str = "investment"
    status: str = "announced"
    previous_amounts_usd: tuple[Decimal, ...] = ()
    period_start: int | None = None
    period_end: int | None = None
    is_new_money: bool | None = None
    evidence: tuple[str, ...] = ()
    confidence: float = 0.5
    parent: int | None = None
    title: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)  # diagnostics, never persisted

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("extra")
        return data


def short_amount(amount_usd: Decimal) -> str:
    """ "$26B", "$2.9B", "$750M", "$1.2T": the dollar figure as a headline writes it."""
    for size, suffix in ((Decimal("1e12"), "T"), (Decimal("1e9"), "B"), (Decimal("1e6"), "M")):
        if amount_usd >= size:
            value = (amount_usd / size).quantize(Decimal("0.1"))
            text = f"{value:f}".removesuffix(".0")
            return f"${text}{suffix}"
    return f"${amount_usd:,.0f}"


def candidate_title(investor: str, amount_usd: Decimal, recipient_name: str) -> str:
    """ "Hyundai Motor Group: $26B in the United States"."""
    place = recipient_name or "an unnamed country"
    if place in {"United States", "United Kingdom", "European Union", "Netherlands", "Philippines"}:
        place = "the " + place
    return f"{investor}: {short_amount(amount_usd)} in {place}"
