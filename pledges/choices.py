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
