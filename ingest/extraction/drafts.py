"""A pledge on its way through extraction: one amount in one sentence, then merged with its repeats."""

from dataclasses import dataclass, field
from decimal import Decimal

from ingest.extraction.money import Money
from ingest.extraction.text import Sentence


@dataclass
class Draft:
    """One amount in one sentence on its way to becoming a candidate."""

    sentence: Sentence
    money: Money
    amount_usd: Decimal
    conversion: object  # ingest.extraction.convert.Converted
    investor: str | None
    recipient: str | None
    investor_explicit: bool
    recipient_explicit: bool
    investor_name: str = ""
    organizations: list[str] = field(default_factory=list)
    subsidy: bool = False
    another_government_pays: bool = False  # a government named after the amount pays it, not the investor
    government_subject: bool = False
    multilateral: bool = False
    kind: str = "investment"
    status: str = "announced"
    sectors: list[str] = field(default_factory=list)
    period: tuple[int | None, int | None] = (None, None)
    previous_usd: list[Decimal] = field(default_factory=list)
    superseded: bool = False
    evidence: list[Sentence] = field(default_factory=list)
    parent: "Draft | None" = None
    investor_is_country: bool = False
    # clause, sentence, paragraph, context, headline or article: how far the extractor had to look for the investor
    investor_source: str = ""
    joint: tuple[str, ...] = ()  # countries of a joint subject, or roles.SEVERAL_INVESTORS
    joined: tuple[str, ...] = ()  # with SEVERAL_INVESTORS: the nationalities named together ("Indonesian and Chinese")
    unknown_places: tuple = (frozenset(), frozenset())  # places named but not matched, and their countries
    sale: bool = False  # the subject sells what the amount pays for ("agreed to supply LNG worth $78 billion")
    regional: bool = False  # the sentence sends the money to a region ("projects in Africa and Asia")
    partners: tuple = ()  # other foreign companies named beside the investor as subjects of the same amount
    home_support: bool = False  # a government's money to a company ("Canada commits C$2.71 billion to Northvolt")
    whole_valuation: bool = False  # a takeover's valuation read as its price, the sentence giving no other figure
    project_cost: bool = False  # the amount is what a whole project costs ("the total outlay of the project is")
    pair: tuple = ()  # the companies "the two companies" stands for: the last ones named together before it
    anaphoric: bool = False  # the amount's verb has "it" or "the company" for its subject
    domestic_partner: bool = False  # "Ford and SK Innovation to spend...": part of the total is home money
    recipient_from_currency: bool = False  # the recipient is the country whose currency states the amount
    joint_in_order: bool = False  # two countries signing together: the first pays unless the article says otherwise
    unknown_payer: bool = False  # the amount names its payer beside it ("from IFM Investors"), one we do not know
    running_total: bool = False  # "taking the investment volume to $2.8 billion": the sum after an addition
    deal_total: bool = False  # "bringing the overall deal value to $14.9 billion": a deal's whole price
    unknown_subject: bool = False  # the sentence's subject is a company the gazetteer does not know ("Tyson Foods")
