from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from pledges.choices import (
    AmountQualifier,
    Currency,
    LinkKind,
    Novelty,
    OrganizationKind,
    PledgeKind,
    PledgeStatus,
    ReviewStatus,
)


class ReferenceRow(models.Model):
    """Common part of rows loaded from the bundled reference data.

    `loaded_values` remembers what the loader last wrote to each field, so a
    reload can tell a field an editor changed (keep it) from one the bundled
    data changed (update it). See pledges.reference.load.
    """

    loaded_values = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True


class Country(ReferenceRow):
    """A country (ISO 3166-1) or a bloc such as the European Union (code EU)."""

    code = models.CharField("ISO alpha-2", max_length=2, primary_key=True)
    alpha3 = models.CharField("ISO alpha-3", max_length=3, unique=True)
    name = models.CharField(max_length=100, unique=True)
    region = models.CharField(max_length=50, blank=True, db_index=True)
    aliases = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Other names used in news: short names, demonyms, capitals used as metonyms, abbreviations.",
    )
    is_bloc = models.BooleanField(default=False, help_text="A group of countries, such as the European Union.")

    class Meta:
        verbose_name_plural = "countries"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_is_alpha2"),
            models.CheckConstraint(condition=Q(alpha3__regex=r"^[A-Z]{3}$"), name="country_alpha3_is_alpha3"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:country", args=[self.code])


class Sector(ReferenceRow):
    """A sector of the fixed taxonomy that extraction and the charts share."""

    slug = models.SlugField(max_length=40, primary_key=True)
    name = models.CharField(max_length=100, unique=True)
    group = models.CharField(max_length=50, db_index=True)
    keywords = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    display_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["display_order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:sector", args=[self.slug])


class Organization(ReferenceRow):
    """A company, business group, government body, fund or association that makes or receives pledges."""

    name = models.CharField(max_length=200, unique=True)
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="organizations", null=True, blank=True)
    kind = models.CharField(max_length=20, choices=OrganizationKind.choices, default=OrganizationKind.COMPANY)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, related_name="subsidiaries", null=True, blank=True)
    sectors = models.ManyToManyField(Sector, related_name="organizations", blank=True)
    locked_fields = ArrayField(
        models.CharField(max_length=50),
        default=list,
        blank=True,
        help_text="Fields an editor set by hand; the machine never overwrites them.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(parent=F("pk")), name="organization_not_its_own_parent"),
        ]
        indexes = [GinIndex(SearchVector("name", config="english"), name="organization_search_idx")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pledges:organization", args=[self.pk])


class Pledge(models.Model):
    """A promise of money from one country's government or companies to another country.

    Amounts are kept as stated (amount + currency) and converted to USD with
    the rate recorded beside them. A pledge inside a national package points
    to it through `parent`, so totals can count the money once.
    """

    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    investor_country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="pledges_made")
    recipient_country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="pledges_received")
    organizations = models.ManyToManyField(Organization, related_name="pledges", blank=True)
    sectors = models.ManyToManyField(Sector, related_name="pledges", blank=True)

    amount = models.DecimalField(max_digits=24, decimal_places=2, help_text="As stated, in full units.")
    currency = models.CharField(max_length=3, choices=Currency.choices, default=Currency.USD)
    qualifier = models.CharField(max_length=20, choices=AmountQualifier.choices, default=AmountQualifier.EXACT)
    amount_low = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    amount_high = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    amount_usd = models.DecimalField("amount (USD)", max_digits=24, decimal_places=2, db_index=True)
    usd_rate = models.DecimalField(
        "rate", max_digits=24, decimal_places=10, default=1, help_text="Units of the stated currency per US dollar."
    )
    rate_date = models.DateField(null=True, blank=True)
    rate_source = models.CharField(max_length=200, blank=True)

    kind = models.CharField(max_length=20, choices=PledgeKind.choices, default=PledgeKind.INVESTMENT)
    status = models.CharField(max_length=20, choices=PledgeStatus.choices, default=PledgeStatus.ANNOUNCED)
    announced_on = models.DateField(null=True, blank=True)
    period_start = models.PositiveSmallIntegerField(null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(null=True, blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        related_name="components",
        null=True,
        blank=True,
        help_text="The national package this pledge is part of.",
    )
    novelty = models.CharField(max_length=25, choices=Novelty.choices, default=Novelty.UNKNOWN)
    include_in_totals = models.BooleanField(
        default=True,
        editable=False,
        help_text="Derived from kind, status and links: whether the amount counts in investment totals.",
    )

    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED)
    confidence = models.DecimalField(max_digits=3, decimal_places=2, default=0)
    locked_fields = ArrayField(
        models.CharField(max_length=50),
        default=list,
        blank=True,
        help_text="Fields an editor set by hand; re-ingestion and re-extraction never overwrite them.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Sectors and organizations are what editors change most; their history is kept too.
    history = HistoricalRecords(m2m_fields=[sectors, organizations])

    class Meta:
        ordering = ["-announced_on", "-amount_usd"]
        indexes = [
            models.Index(fields=["investor_country", "recipient_country"], name="pledge_country_pair_idx"),
            models.Index(fields=["recipient_country"], name="pledge_recipient_idx"),
            models.Index(fields=["announced_on"], name="pledge_announced_idx"),
            models.Index(fields=["kind", "status"], name="pledge_kind_status_idx"),
            models.Index(fields=["status"], name="pledge_status_idx"),
            models.Index(fields=["updated_at"], name="pledge_updated_idx"),
            models.Index(fields=["review_status", "confidence"], name="pledge_review_idx"),
            models.Index(fields=["include_in_totals", "parent"], name="pledge_totals_idx"),
            GinIndex(SearchVector("title", "summary", config="english"), name="pledge_search_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gte=0), name="pledge_amount_not_negative"),
            models.CheckConstraint(condition=Q(amount_usd__gte=0), name="pledge_amount_usd_not_negative"),
            models.CheckConstraint(condition=Q(usd_rate__gt=0), name="pledge_rate_positive"),
            models.CheckConstraint(
                condition=~Q(investor_country=F("recipient_country")), name="pledge_investor_is_not_recipient"
            ),
            models.CheckConstraint(condition=Q(currency__in=Currency.values), name="pledge_currency_known"),
            models.CheckConstraint(
                condition=Q(amount_low__isnull=True) | Q(amount_low__gte=0), name="pledge_low_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(amount_low__isnull=True)
                | Q(amount_high__isnull=True)
                | Q(amount_low__lte=F("amount_high")),
                name="pledge_low_not_above_high",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=AmountQualifier.RANGE)
                | (Q(amount_low__isnull=False) & Q(amount_high__isnull=False)),
                name="pledge_range_has_bounds",
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_start__lte=F("period_end")),
                name="pledge_period_in_order",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="pledge_confidence_between_0_and_1"
            ),
            models.CheckConstraint(condition=~Q(parent=F("pk")), name="pledge_not_its_own_parent"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        from pledges.totals import counts_in_totals

        self.include_in_totals = counts_in_totals(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "include_in_totals"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pledges:pledge", args=[self.pk])


class PledgeLink(models.Model):
    """A typed relation between two pledges: a revised figure, shared money, or a re-announcement."""

    from_pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="links_out")
    to_pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="links_in")
    kind = models.CharField(max_length=20, choices=LinkKind.choices)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["from_pledge", "to_pledge", "kind"], name="pledge_link_unique"),
            models.CheckConstraint(condition=~Q(from_pledge=F("to_pledge")), name="pledge_link_not_to_itself"),
        ]

    def __str__(self):
        return f"{self.from_pledge_id} {self.kind} {self.to_pledge_id}"

    def save(self, *args, **kwargs):
        from pledges.totals import refresh_include_in_totals

        super().save(*args, **kwargs)
        refresh_include_in_totals([self.from_pledge, self.to_pledge])

    def delete(self, *args, **kwargs):
        from pledges.totals import refresh_include_in_totals

        result = super().delete(*args, **kwargs)
        refresh_include_in_totals([self.from_pledge, self.to_pledge])
        return result


class PledgeRollup(models.Model):
    """The lists the dashboard sums over, one row per pledge: its sector slugs, organization ids and the ids of
    the articles that back it.

    Database triggers on the pledge-sector, pledge-organization and evidence tables keep it current (migration
    0008), whatever writes them: the admin, merges, ingestion or a bulk update. The overview then reads one row
    per pledge instead of joining three link tables on every request. Nothing in Python writes it.
    """

    pledge_id = models.BigIntegerField(primary_key=True)
    sector_slugs = ArrayField(models.CharField(max_length=40), default=list)
    organization_ids = ArrayField(models.BigIntegerField(), default=list)
    article_ids = ArrayField(models.BigIntegerField(), default=list)

    def __str__(self):
        return f"Rollup of pledge {self.pledge_id}"


class Evidence(models.Model):
    """A sentence in an article that reports a pledge; one pledge can have many."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey("ingest.Article", on_delete=models.PROTECT, related_name="evidence")
    quote = models.TextField()
    amount_usd_stated = models.DecimalField(
        max_digits=24, decimal_places=2, null=True, blank=True, help_text="The figure this source gave, in USD."
    )
    # "Raised to $1 trillion from $600 billion": kept so that the article announcing $600 billion, if it is read
    # after this one, backs the same pledge instead of becoming a second one.
    earlier_amounts_usd = ArrayField(
        models.DecimalField(max_digits=24, decimal_places=2),
        default=list,
        blank=True,
        help_text="Earlier figures of the pledge this source names, in USD.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["pledge", "article", "quote"], name="evidence_unique_quote"),
        ]
        indexes = [
            GinIndex(SearchVector("quote", config="english"), name="evidence_search_idx"),
        ]

    def __str__(self):
        return self.quote[:80]


class ErrorReport(models.Model):
    """A correction sent by a visitor from a public pledge page, waiting for an editor.

    Visitors need no account. The client address is kept only as a salted hash,
    enough to rate-limit reports per address without storing the address itself.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"
        DISMISSED = "dismissed", "Dismissed"

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="error_reports")
    message = models.TextField(help_text="What is wrong, in the visitor's words.")
    source_url = models.URLField("source link", max_length=2000, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    client_hash = models.CharField(max_length=64, db_index=True, editable=False)
    editor_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["pledge", "status"], name="error_report_pledge_status_idx")]

    def __str__(self):
        return f"Report on pledge {self.pledge_id}: {self.message[:60]}"
