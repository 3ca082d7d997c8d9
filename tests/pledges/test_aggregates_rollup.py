"""PledgeRollup: the database triggers keep each pledge's sector, organization and article lists current."""

import pytest

from pledges.corrections import merge_pledges
from pledges.models import Evidence, Pledge, PledgeRollup
from tests.factories import (
    ArticleFactory,
    CountryFactory,
    EvidenceFactory,
    OrganizationFactory,
    PledgeFactory,
    SectorFactory,
)


def rollup(pledge):
    row = PledgeRollup.objects.get(pledge_id=pledge.pk)
    return sorted(row.sector_slugs), sorted(row.organization_ids), sorted(row.article_ids)


@pytest.fixture
def world(db):
    kr = CountryFactory(code="KR", alpha3="KOR", name="South Korea")
    us = CountryFactory(code="US", alpha3="USA", name="United States")
    return {
        "kr": kr,
        "us": us,
        "chips": SectorFactory(slug="semiconductors"),
        "cars": SectorFactory(slug="automotive"),
        "samsung": OrganizationFactory(name="Samsung Electronics", country=kr),
        "hyundai": OrganizationFactory(name="Hyundai Motor Group", country=kr),
    }


def test_adding_and_removing_sectors_and_organizations_updates_the_rollup(world):
    pledge = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"])
    pledge.sectors.set([world["chips"], world["cars"]])
    pledge.organizations.add(world["samsung"])
    assert rollup(pledge) == (["automotive", "semiconductors"], [world["samsung"].pk], [])

    pledge.sectors.remove(world["cars"])
    pledge.organizations.set([world["hyundai"]])
    assert rollup(pledge) == (["semiconductors"], [world["hyundai"].pk], [])

    pledge.sectors.clear()
    assert rollup(pledge)[0] == []


def test_evidence_lists_each_article_once(world):
    pledge = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"])
    first, second = ArticleFactory(), ArticleFactory()
    EvidenceFactory(pledge=pledge, article=first, quote="One sentence.")
    EvidenceFactory(pledge=pledge, article=first, quote="Another sentence of the same article.")
    EvidenceFactory(pledge=pledge, article=second)
    assert rollup(pledge)[2] == sorted([first.pk, second.pk])

    Evidence.objects.filter(article=first).delete()
    assert rollup(pledge)[2] == [second.pk]


def test_saving_the_pledge_itself_leaves_the_rollup_alone(world):
    pledge = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"], sectors=[world["chips"]])
    stale = Pledge.objects.get(pk=pledge.pk)
    pledge.sectors.add(world["cars"])
    stale.title = "Edited by an editor"
    stale.save()
    assert rollup(pledge)[0] == ["automotive", "semiconductors"]


def test_a_merge_moves_links_and_both_rollups_follow(world):
    survivor = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"], sectors=[world["chips"]])
    duplicate = PledgeFactory(
        investor_country=world["kr"],
        recipient_country=world["us"],
        sectors=[world["cars"]],
        organizations=[world["hyundai"]],
    )
    article = ArticleFactory()
    EvidenceFactory(pledge=duplicate, article=article)
    merge_pledges(survivor, duplicate)
    assert rollup(survivor) == (["automotive", "semiconductors"], [world["hyundai"].pk], [article.pk])


def test_a_bulk_update_that_moves_evidence_updates_both_pledges(world):
    first = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"])
    second = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"])
    article = ArticleFactory()
    EvidenceFactory(pledge=first, article=article)
    Evidence.objects.filter(pledge=first).update(pledge=second)
    assert rollup(first)[2] == []
    assert rollup(second)[2] == [article.pk]


def test_deleting_a_pledge_deletes_its_rollup(world):
    pledge = PledgeFactory(investor_country=world["kr"], recipient_country=world["us"], sectors=[world["chips"]])
    EvidenceFactory(pledge=pledge)
    pk = pledge.pk
    pledge.delete()
    assert not PledgeRollup.objects.filter(pledge_id=pk).exists()
