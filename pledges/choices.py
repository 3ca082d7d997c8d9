from django.db import models


class OrganizationKind(models.TextChoices):
    COMPANY = "company", "Company"
    BUSINESS_GROUP = "business_group", "Business group"
    GOVERNMENT = "government", "Government body"
    STATE_OWNED = "state_owned", "State-owned enterprise"
    FUND = "fund", "Investment fund"
    ASSOCIATION = "association", "Association"


class AmountQualifier(models.TextChoices):
    EXACT = "exact", "Exact"
    APPROXIMATE = "approximate", "Approximately"
    AT_LEAST = "at_least", "At least"
    UP_TO = "up_to", "Up to"
    RANGE = "range", "Range"


class PledgeKind(models.TextChoices):
    INVESTMENT = "investment", "Investment"
    FUND = "fund", "Fund"
    PURCHASE = "purchase", "Purchase"
    LOAN = "loan", "Loan"
    OTHER = "other", "Other"


class PledgeStatus(models.TextChoices):
    ANNOUNCED = "announced", "Announced"
    REAFFIRMED = "reaffirmed", "Reaffirmed"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"
    SUPERSEDED = "superseded", "Superseded"


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class LinkKind(models.TextChoices):
    SUPERSEDES = "supersedes", "Supersedes"
    OVERLAPS = "overlaps", "Overlaps"
    RESTATES = "restates", "Restates"


class Novelty(models.TextChoices):
    NEW = "new", "New money"
    PREVIOUSLY_ANNOUNCED = "previously_announced", "Previously announced"
    UNKNOWN = "unknown", "Unknown"


class Currency(models.TextChoices):
    """The currencies a pledge may be stated in; pledges.currency converts each of them to USD."""

    USD = "USD", "US dollar"
    EUR = "EUR", "Euro"
    JPY = "JPY", "Japanese yen"
    KRW = "KRW", "South Korean won"
    CNY = "CNY", "Chinese yuan"
    GBP = "GBP", "Pound sterling"
    TWD = "TWD", "New Taiwan dollar"
    INR = "INR", "Indian rupee"
    SAR = "SAR", "Saudi riyal"
    AED = "AED", "UAE dirham"
    QAR = "QAR", "Qatari riyal"
    KWD = "KWD", "Kuwaiti dinar"
    CHF = "CHF", "Swiss franc"
    CAD = "CAD", "Canadian dollar"
    AUD = "AUD", "Australian dollar"
    SGD = "SGD", "Singapore dollar"
    HKD = "HKD", "Hong Kong dollar"
    VND = "VND", "Vietnamese dong"
    IDR = "IDR", "Indonesian rupiah"
    MYR = "MYR", "Malaysian ringgit"
    THB = "THB", "Thai baht"
    PHP = "PHP", "Philippine peso"
    MXN = "MXN", "Mexican peso"
    BRL = "BRL", "Brazilian real"
    PLN = "PLN", "Polish zloty"
    HUF = "HUF", "Hungarian forint"
    CZK = "CZK", "Czech koruna"
    TRY = "TRY", "Turkish lira"
    SEK = "SEK", "Swedish krona"
    NOK = "NOK", "Norwegian krone"
    ZAR = "ZAR", "South African rand"
    NZD = "NZD", "New Zealand dollar"
    DKK = "DKK", "Danish krone"
    ILS = "ILS", "Israeli shekel"
    RON = "RON", "Romanian leu"
    BGN = "BGN", "Bulgarian lev"
    HRK = "HRK", "Croatian kuna"
    ISK = "ISK", "Icelandic krona"
    RUB = "RUB", "Russian ruble"
    OMR = "OMR", "Omani rial"
    BHD = "BHD", "Bahraini dinar"
    JOD = "JOD", "Jordanian dinar"
    MAD = "MAD", "Moroccan dirham"
    EGP = "EGP", "Egyptian pound"
    PKR = "PKR", "Pakistani rupee"
    KES = "KES", "Kenyan shilling"
    NGN = "NGN", "Nigerian naira"
    BDT = "BDT", "Bangladeshi taka"
    LKR = "LKR", "Sri Lankan rupee"
    KZT = "KZT", "Kazakhstani tenge"
    CLP = "CLP", "Chilean peso"
    COP = "COP", "Colombian peso"
    NPR = "NPR", "Nepalese rupee"
