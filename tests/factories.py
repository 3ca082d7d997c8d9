"""factory_boy factories for the pledge schema; each builds a valid row with nothing else loaded."""

from datetime import date
from decimal import Decimal

import factory

from ingest.models import Article, Feed
from pledges.choices import Currency, PledgeKind
from pledges.models import Country, Evidence, Organization, Pledge, Sector


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    alpha3 = factory.LazyAttribute(lambda o: f"{o.code}X")
    name = factory.LazyAttribute(lambda o: f"Country {o.code}")
    region = "Asia"


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"sector-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())
    group = "Technology"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Company {n}")
    country = factory.SubFactory(CountryFactory)


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pledge
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Pledge {n}")
    investor_country = factory.SubFactory(CountryFactory, code="KR", alpha3="KOR", name="South Korea")
    recipient_country = factory.SubFactory(CountryFactory, code="US", alpha3="USA", name="United States")
    amount = Decimal("1000000000")
    currency = Currency.USD
    amount_usd = factory.LazyAttribute(lambda o: o.amount)
    kind = PledgeKind.INVESTMENT
    announced_on = date(2025, 8, 25)
    confidence = Decimal("0.80")

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)

    @factory.post_generation
    def organizations(self, create, extracted, **kwargs):
        if create and extracted:
            self.organizations.set(extracted)


class FeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feed

    name = factory.Sequence(lambda n: f"Feed {n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/feed-{n}.xml")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example.org/story-{n}")
    canonical_url = factory.LazyAttribute(lambda o: o.url)
    title = factory.Sequence(lambda n: f"Story {n}")
    text = "Korean companies will invest $150 billion in the United States."
    published_on = date(2025, 8, 26)


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    pledge = factory.SubFactory(PledgeFactory)
    article = factory.SubFactory(ArticleFactory)
    quote = factory.LazyAttribute(lambda o: o.article.text)
