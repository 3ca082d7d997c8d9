"""`manage.py seed_synthetic --pledges N`: a realistic synthetic data set for load work and visual checks.

Generates organizations, articles, national packages with component pledges, standalone pledges
(mostly investment, some purchases, loans and funds; some rejected, superseded or restated) and an
evidence sentence for every pledge, over the bundled countries and sectors. Rows are written with
bulk_create in batches, so 100,000 pledges take about a minute. Everything it creates hangs off the
"Synthetic data" feed and is removed by `--clear`; other data is never touched.
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction

from ingest.choices import ArticleStatus, FeedKind
from ingest.models import Article, Feed
from pledges.choices import Novelty, OrganizationKind, PledgeKind, PledgeStatus, ReviewStatus
from pledges.formatting import format_money
from pledges.models import Country, Evidence, Organization, Pledge, Sector
from pledges.totals import counts_in_totals

FEED_NAME = "Synthetic data"
ARTICLE_URL = "https://synthetic.example.org/story-{n}"
BATCH = 5000

# Who invests where, weighted roughly like the news flow of 2019-2026.
INVESTORS = {
    "KR": 14,
    "JP": 14,
    "CN": 10,
    "US": 12,
    "DE": 6,
    "FR": 5,
    "GB": 5,
    "SA": 5,
    "AE": 6,
    "QA": 3,
    "TW": 4,
    "IN": 4,
    "SG": 3,
    "CA": 2,
    "NL": 2,
    "CH": 2,
    "SE": 1,
    "IT": 1,
    "ES": 1,
    "AU": 1,
}
RECIPIENTS = {
    "US": 30, "VN": 5, "IN": 6, "MX": 4, "DE": 3, "ID": 4, "PL": 3, "HU": 3, "GB": 4, "BR": 3, "EG": 2,
    "FR": 3, "SA": 2, "TH": 2, "MY": 2, "PH": 1, "TR": 2, "MA": 1, "KE": 1, "NG": 1, "CA": 2, "AU": 2,
    "JP": 2, "KR": 2, "CZ": 1, "ES": 1, "IT": 1, "CL": 1, "AR": 1, "ZA": 1, "PK": 1, "UZ": 1, "KZ": 1,
}  # fmt: skip
CURRENCY_OF = {"KR": "KRW", "JP": "JPY", "CN": "CNY", "DE": "EUR", "FR": "EUR", "GB": "GBP", "SA": "SAR"}
USD_RATES = {
    "USD": Decimal(1), "KRW": Decimal("1380"), "JPY": Decimal("150"), "CNY": Decimal("7.2"),
    "EUR": Decimal("0.92"), "GBP": Decimal("0.79"), "SAR": Decimal("3.75"),
}  # fmt: skip

SYLLABLES = ["han", "sun", "kor", "ta", "mi", "ro", "vel", "dai", "shin", "lu", "ar", "no", "ka", "zen", "or", "bel"]
SUFFIXES = [
    "Industries", "Holdings", "Energy", "Electronics", "Motors", "Chemical", "Heavy Industries", "Capital",
    "Semiconductor", "Steel", "Shipbuilding", "Biologics", "Power", "Logistics", "Telecom", "Materials",
]  # fmt: skip
VERBS = ["will invest", "plans to invest", "has pledged", "committed", "announced an investment of"]


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _log_amount(rng, low: float, high: float) -> Decimal:
    """Log-uniform: as many $10M deals as $1B ones, as in the news."""
    value = 10 ** rng.uniform(low, high)
    return Decimal(int(value / 1e6) * 1_000_000 or 1_000_000)


def organization_pool(countries: list[str], size: int, seed: int = 0) -> list[tuple[str, str]]:
    """(name, country) pairs, deterministic for a seed, so --clear can find them again."""
    rng = random.Random(seed)
    names = {}
    while len(names) < size:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3]))).capitalize()
        name = f"{stem} {rng.choice(SUFFIXES)}"
        names.setdefault(name, rng.choice(countries))
    return list(names.items())


def clear_synthetic() -> int:
    feed = Feed.objects.filter(name=FEED_NAME).first()
    if feed is None:
        return 0
    # The ids are read once: nested subqueries on freshly loaded, unanalysed tables can get plans that take
    # minutes. Deleted in chunks, under PostgreSQL's limit on parameters per statement.
    pledge_ids = sorted(set(Evidence.objects.filter(article__feed=feed).values_list("pledge_id", flat=True)))
    chunks = [pledge_ids[start : start + 5000] for start in range(0, len(pledge_ids), 5000)]
    # Components before packages: Pledge.parent protects packages from deletion.
    for chunk in chunks:
        Pledge.objects.filter(parent_id__in=chunk).delete()
    for chunk in chunks:
        Pledge.objects.filter(pk__in=chunk).delete()
    count = len(pledge_ids)
    Article.objects.filter(feed=feed).delete()
    Organization.objects.filter(loaded_values={}, aliases__contains=["synthetic"]).delete()
    feed.delete()
    return count


def _pledge(rng, *, investor, recipient, amount_usd, day, parent=None, kind=None):
    currency = CURRENCY_OF.get(investor, "USD") if rng.random() < 0.3 else "USD"
    rate = USD_RATES[currency]
    kind = (
        kind
        or rng.choices(
            [PledgeKind.INVESTMENT, PledgeKind.FUND, PledgeKind.PURCHASE, PledgeKind.LOAN, PledgeKind.OTHER],
            weights=[84, 5, 6, 3, 2],
        )[0]
    )
    status = rng.choices(
        [PledgeStatus.ANNOUNCED, PledgeStatus.REAFFIRMED, PledgeStatus.IN_PROGRESS, PledgeStatus.COMPLETED,
         PledgeStatus.CANCELLED, PledgeStatus.SUPERSEDED],
        weights=[62, 8, 18, 6, 3, 3],
    )[0]  # fmt: skip
    review = rng.choices([ReviewStatus.UNREVIEWED, ReviewStatus.VERIFIED, ReviewStatus.REJECTED], [68, 28, 4])[0]
    novelty = rng.choices([Novelty.NEW, Novelty.PREVIOUSLY_ANNOUNCED, Novelty.UNKNOWN], [55, 5, 40])[0]
    pledge = Pledge(
        investor_country_id=investor,
        recipient_country_id=recipient,
        amount=(amount_usd * rate).quantize(Decimal("1")),
        currency=currency,
        amount_usd=amount_usd,
        usd_rate=rate,
        rate_date=day if currency != "USD" else None,
        rate_source="Synthetic fixed rate" if currency != "USD" else "",
        kind=kind,
        status=status,
        review_status=review,
        novelty=novelty,
        announced_on=day,
        period_start=day.year,
        period_end=day.year + rng.choice([1, 3, 5, 7, 10]),
        parent=parent,
        confidence=Decimal(rng.randint(40, 99)) / 100,
    )
    pledge.include_in_totals = counts_in_totals(pledge)
    return pledge


def build_synthetic(pledge_count: int, *, seed: int = 1, stdout=None) -> int:
    """Create about `pledge_count` synthetic pledges with organizations, articles and evidence; returns the count."""
    rng = random.Random(seed)
    known = set(Country.objects.values_list("code", flat=True))
    investors = {code: w for code, w in INVESTORS.items() if code in known}
    recipients = {code: w for code, w in RECIPIENTS.items() if code in known}
    sectors = list(Sector.objects.values_list("slug", flat=True))
    if len(investors) < 2 or len(recipients) < 2 or not sectors:
        raise ValueError("Load the reference data first: manage.py load_reference_data")

    feed, _ = Feed.objects.get_or_create(name=FEED_NAME, defaults={"kind": FeedKind.FOLDER, "folder": "synthetic"})
    pool = organization_pool(sorted(investors), size=max(200, min(3000, pledge_count // 30)))
    existing = set(Organization.objects.filter(name__in=[n for n, _ in pool]).values_list("name", flat=True))
    Organization.objects.bulk_create(
        [
            Organization(name=name, country_id=country, kind=OrganizationKind.COMPANY, aliases=["synthetic"])
            for name, country in pool
            if name not in existing
        ],
        batch_size=BATCH,
    )
    organizations_by_country = {}
    for pk, name, country in Organization.objects.filter(aliases__contains=["synthetic"]).values_list(
        "pk", "name", "country_id"
    ):
        organizations_by_country.setdefault(country, []).append((pk, name))

    start = date(2019, 1, 1)
    span = (date(2026, 9, 30) - start).days
    article_offset = Article.objects.filter(feed=feed).count()
    created = 0
    while created < pledge_count:
        chunk = min(BATCH, pledge_count - created)
        created += _build_chunk(
            rng, chunk, feed, article_offset + created, investors, recipients, sectors, organizations_by_country,
            start, span,
        )  # fmt: skip
        if stdout:
            stdout.write(f"  {created:,} pledges")
    return created


@transaction.atomic
def _build_chunk(rng, size, feed, offset, investors, recipients, sectors, organizations_by_country, start, span):
    articles = Article.objects.bulk_create(
        [
            Article(
                feed=feed,
                url=ARTICLE_URL.format(n=offset + i),
                canonical_url=ARTICLE_URL.format(n=offset + i),
                title=f"Synthetic trade news story {offset + i}",
                text="Synthetic article generated for load testing.",
                published_on=start + timedelta(days=rng.randrange(span)),
                status=ArticleStatus.EXTRACTED,
            )
            for i in range(max(1, size // 3))
        ]
    )
    packages, standalone, components = [], [], []
    made = 0
    while made < size:
        investor = _weighted(rng, investors)
        recipient = _weighted(rng, recipients)
        if recipient == investor:
            continue
        day = start + timedelta(days=rng.randrange(span))
        if rng.random() < 0.01 and size - made > 8:
            package = _pledge(
                rng, investor=investor, recipient=recipient, amount_usd=_log_amount(rng, 9.7, 11.5), day=day,
                kind=PledgeKind.INVESTMENT,
            )  # fmt: skip
            share = Decimal(rng.uniform(0.4, 0.9))
            parts = rng.randint(3, 7)
            packages.append((package, [(package.amount_usd * share / parts).quantize(Decimal("1"))] * parts))
            made += 1 + parts
        else:
            standalone.append(
                _pledge(rng, investor=investor, recipient=recipient, amount_usd=_log_amount(rng, 7, 10.3), day=day)
            )
            made += 1
    describe = _Describer(rng, sectors, organizations_by_country)
    for package, _amounts in packages:
        describe(package, is_package=True)
    for pledge in standalone:
        describe(pledge)
    Pledge.objects.bulk_create([p for p, _ in packages], batch_size=BATCH)
    for package, amounts in packages:
        for amount in amounts:
            component = _pledge(
                rng, investor=package.investor_country_id, recipient=package.recipient_country_id,
                amount_usd=amount, day=package.announced_on, parent=package, kind=PledgeKind.INVESTMENT,
            )  # fmt: skip
            describe(component)
            components.append(component)
    Pledge.objects.bulk_create(standalone + components, batch_size=BATCH)
    everything = [p for p, _ in packages] + standalone + components

    SectorLink = Pledge.sectors.through
    OrganizationLink = Pledge.organizations.through
    SectorLink.objects.bulk_create(
        [SectorLink(pledge_id=p.pk, sector_id=slug) for p in everything for slug in p.synthetic_sectors],
        batch_size=BATCH,
    )
    OrganizationLink.objects.bulk_create(
        [OrganizationLink(pledge_id=p.pk, organization_id=p.synthetic_org) for p in everything if p.synthetic_org],
        batch_size=BATCH,
    )
    Evidence.objects.bulk_create(
        [
            Evidence(
                pledge_id=p.pk, article=rng.choice(articles), quote=p.synthetic_quote, amount_usd_stated=p.amount_usd
            )
            for p in everything
        ],
        batch_size=BATCH,
    )
    return len(everything)


class _Describer:
    """Picks sectors and an organization for a pledge and writes its title and evidence sentence."""

    def __init__(self, rng, sectors, organizations_by_country):
        self.rng, self.sectors, self.organizations_by_country = rng, sectors, organizations_by_country

    def __call__(self, pledge, is_package=False):
        rng = self.rng
        pledge.synthetic_sectors = rng.sample(self.sectors, 4 if is_package else rng.choice([1, 1, 1, 2, 3]))
        organizations = self.organizations_by_country.get(pledge.investor_country_id) or []
        pledge.synthetic_org, name = None, f"{pledge.investor_country_id} companies"
        if organizations and not is_package:
            pledge.synthetic_org, name = rng.choice(organizations)
        sector_name = pledge.synthetic_sectors[0].replace("-", " ")
        amount_text = format_money(pledge.amount, pledge.currency)
        what = "package" if is_package else f"{sector_name} pledge"
        pledge.title = f"{name} {what} of {amount_text} in {pledge.recipient_country_id}"[:300]
        pledge.synthetic_quote = (
            f"{name} {rng.choice(VERBS)} {amount_text} in {sector_name} in {pledge.recipient_country_id}."
        )


class Command(BaseCommand):
    help = "Generate a realistic synthetic data set (packages, components, organizations, evidence) for load work."

    def add_arguments(self, parser):
        parser.add_argument("--pledges", type=int, default=2000, help="How many pledges to create (default 2000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed, for a reproducible data set.")
        parser.add_argument("--clear", action="store_true", help="Remove earlier synthetic data first.")

    def handle(self, *args, pledges, seed, clear, **options):
        if clear:
            self.stdout.write(f"Removed {clear_synthetic():,} synthetic pledges.")
        if not Country.objects.exists():
            from pledges.reference.load import load_reference_data

            self.stdout.write(f"Loaded reference data: {load_reference_data()}")
        if pledges > 0:
            created = build_synthetic(pledges, seed=seed, stdout=self.stdout)
            self.stdout.write(self.style.SUCCESS(f"Created {created:,} synthetic pledges."))
