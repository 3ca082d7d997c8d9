"""ingest.resolution: evidence for known pledges, updates with history, supersession, parents, locks."""

from datetime import date
from decimal import Decimal

import pytest

from ingest import resolution, services
from ingest.choices import ArticleStatus
from ingest.extraction import Candidate
from pledges.choices import LinkKind, PledgeStatus, ReviewStatus
from pledges.corrections import lock_fields
from pledges.models import Evidence, Pledge, PledgeLink
from tests.factories import ArticleFactory, CountryFactory, OrganizationFactory, SectorFactory

BILLION = Decimal("1000000000")


@pytest.fixture
def world(db):
    korea = CountryFactory(code="KR", alpha3="KOR", name="South Korea")
    usa = CountryFactory(code="US", alpha3="USA", name="United States")
    CountryFactory(code="JP", alpha3="JPN", name="Japan")
    SectorFactory(slug="automotive")
    SectorFactory(slug="steel")
    SectorFactory(slug="shipbuilding")
    hyundai = OrganizationFactory(name="Hyundai Motor Group", country=korea)
    hanwha = OrganizationFactory(name="Hanwha Group", country=korea)
    return {"KR": korea, "US": usa, "hyundai": hyundai, "hanwha": hanwha}


def candidate(billions, *, orgs=("Hyundai Motor Group",), evidence=None, **overrides):
    amount = Decimal(str(billions)) * BILLION
    values = {
        "investor_country": "KR",
        "recipient_country": "US",
        "amount": amount,
        "currency": "USD",
        "amount_usd": amount,
        "rate": Decimal(1),
        "rate_date": date(2025, 3, 24),
        "rate_source": "identity",
        "organizations": tuple(orgs),
        "sectors": ("automotive",),
        "evidence": tuple(evidence or [f"The group will invest ${billions} billion in the United States."]),
        "confidence": 0.8,
    }
    values.update(overrides)
    return Candidate(**values)


def article(published=date(2025, 3, 24), **kwargs):
    return ArticleFactory(published_on=published, status=ArticleStatus.FETCHED, **kwargs)


def save(art, *candidates):
    return resolution.save_candidates(art, list(candidates))


def test_a_new_candidate_creates_a_pledge_with_its_evidence_sectors_and_organizations(world):
    art = article()
    summary = save(art, candidate(21, evidence=["Hyundai will invest $21 billion.", "The plan includes a steel mill."]))
    assert summary.pledges_new == 1
    pledge = Pledge.objects.get()
    assert pledge.amount_usd == 21 * BILLION
    assert pledge.announced_on == date(2025, 3, 24)
    assert list(pledge.organizations.values_list("name", flat=True)) == ["Hyundai Motor Group"]
    assert list(pledge.sectors.values_list("slug", flat=True)) == ["automotive"]
    assert sorted(pledge.evidence.values_list("quote", flat=True)) == [
        "Hyundai will invest $21 billion.",
        "The plan includes a steel mill.",
    ]
    assert pledge.evidence.first().article == art


def test_a_matching_candidate_in_another_article_adds_evidence_instead_of_a_pledge(world):
    save(article(), candidate(21))
    later = article(published=date(2025, 4, 2))
    summary = save(later, candidate(21.5, evidence=["Hyundai's $21.5 billion plan, announced last month."]))
    assert summary.pledges_new == 0
    assert summary.pledges_updated == 1
    pledge = Pledge.objects.get()
    assert pledge.evidence.count() == 2
    assert pledge.amount_usd == 21 * BILLION  # a restatement adds a source; it does not move the figure


def test_an_amount_outside_the_tolerance_is_another_pledge(world):
    save(article(), candidate(21))
    save(article(published=date(2025, 4, 2)), candidate(25))
    assert Pledge.objects.count() == 2


def test_another_organization_is_another_pledge(world):
    save(article(), candidate(5))
    save(article(published=date(2025, 4, 2)), candidate(5, orgs=("Hanwha Group",)))
    assert Pledge.objects.count() == 2


def test_a_package_figure_is_not_merged_with_a_component_of_another_package(world):
    # July: a $350B deal with a $150B shipbuilding part; August: a separate $150B of corporate pledges.
    save(article(), candidate(350, orgs=()), candidate(150, orgs=(), sectors=("shipbuilding",), parent=0))
    save(article(published=date(2025, 8, 26)), candidate(150, orgs=()))
    headline_150 = Pledge.objects.filter(amount_usd=150 * BILLION)
    assert headline_150.count() == 2
    assert sorted(p.parent_id is None for p in headline_150) == [False, True]


def test_a_component_reported_again_inside_the_same_package_adds_evidence(world):
    save(article(), candidate(350, orgs=()), candidate(150, orgs=(), parent=0))
    save(article(published=date(2025, 11, 14)), candidate(350, orgs=()), candidate(150, orgs=(), parent=0))
    assert Pledge.objects.count() == 2
    assert Pledge.objects.get(amount_usd=150 * BILLION).evidence.count() == 2


def test_the_same_figure_more_than_18_months_later_is_another_pledge(world):
    save(article(published=date(2022, 5, 22)), candidate(5))
    save(article(published=date(2025, 3, 24)), candidate(5))
    assert Pledge.objects.count() == 2


def test_an_update_changes_the_pledge_and_keeps_the_earlier_figure_in_its_history(world):
    save(article(), candidate(21))
    pledge = Pledge.objects.get()
    update = candidate(
        26,
        previous_amounts_usd=(21 * BILLION,),
        evidence=["Hyundai raised its U.S. investment plan to $26 billion from $21 billion."],
    )
    summary = save(article(published=date(2025, 8, 25)), update)
    assert summary.pledges_new == 0
    assert summary.pledges_updated == 1
    pledge.refresh_from_db()
    assert pledge.amount_usd == 26 * BILLION
    assert "$26B" in pledge.title
    history = list(pledge.history.order_by("history_date").values_list("amount_usd", flat=True))
    assert history[0] == 21 * BILLION
    assert history[-1] == 26 * BILLION
    assert pledge.evidence.count() == 2


def test_a_new_figure_that_has_its_own_pledge_supersedes_the_older_one(world):
    save(article(), candidate(21))
    save(article(published=date(2025, 8, 20)), candidate(26))
    older, newer = Pledge.objects.order_by("amount_usd")
    save(article(published=date(2025, 8, 25)), candidate(26, previous_amounts_usd=(21 * BILLION,)))
    older.refresh_from_db()
    newer.refresh_from_db()
    assert PledgeLink.objects.filter(from_pledge=newer, to_pledge=older, kind=LinkKind.SUPERSEDES).exists()
    assert older.status == PledgeStatus.SUPERSEDED
    assert not older.include_in_totals
    assert newer.include_in_totals


def test_a_company_pledge_inside_a_national_package_gets_the_package_as_parent(world):
    package = candidate(150, orgs=(), evidence=["Korean companies will invest $150 billion in the United States."])
    company = candidate(26, parent=0, evidence=["Hyundai's $26 billion is part of the $150 billion."])
    save(article(published=date(2025, 8, 26)), package, company)
    parent = Pledge.objects.get(amount_usd=150 * BILLION)
    child = Pledge.objects.get(amount_usd=26 * BILLION)
    assert child.parent == parent
    assert parent.parent is None


def test_a_field_an_editor_locked_survives_an_update(world):
    save(article(), candidate(21))
    pledge = Pledge.objects.get()
    pledge.amount = pledge.amount_usd = 20 * BILLION
    pledge.title = "Hyundai's U.S. plan (editor's title)"
    lock_fields(pledge, ["amount", "amount_usd", "title"])
    pledge.save()
    save(article(published=date(2025, 8, 25)), candidate(26, previous_amounts_usd=(20 * BILLION,)))
    pledge.refresh_from_db()
    assert pledge.amount_usd == 20 * BILLION
    assert pledge.title == "Hyundai's U.S. plan (editor's title)"
    assert pledge.evidence.count() == 2  # the new source is still recorded


def test_a_locked_status_is_not_superseded(world):
    save(article(), candidate(21))
    save(article(published=date(2025, 8, 20)), candidate(26))
    older = Pledge.objects.get(amount_usd=21 * BILLION)
    older.status = PledgeStatus.IN_PROGRESS
    lock_fields(older, ["status"])
    older.save()
    save(article(published=date(2025, 8, 25)), candidate(26, previous_amounts_usd=(21 * BILLION,)))
    older.refresh_from_db()
    assert older.status == PledgeStatus.IN_PROGRESS


def test_a_status_hint_moves_a_pledge_forward_but_never_back(world):
    save(article(), candidate(5, orgs=("Hanwha Group",)))
    save(article(published=date(2025, 9, 1)), candidate(5, orgs=("Hanwha Group",), status="completed"))
    pledge = Pledge.objects.get()
    assert pledge.status == PledgeStatus.COMPLETED
    save(article(published=date(2025, 10, 1)), candidate(5, orgs=("Hanwha Group",), status="announced"))
    pledge.refresh_from_db()
    assert pledge.status == PledgeStatus.COMPLETED


def test_saving_the_same_candidates_twice_creates_nothing_twice(world):
    art = article()
    first = save(art, candidate(21), candidate(5, orgs=("Hanwha Group",)))
    second = save(art, candidate(21), candidate(5, orgs=("Hanwha Group",)))
    assert first.pledges_new == 2
    assert (second.pledges_new, second.pledges_updated) == (0, 0)
    assert Pledge.objects.count() == 2
    assert Evidence.objects.count() == 2


def test_candidates_that_cannot_be_pledges_are_skipped_with_a_reason(world):
    summary = save(
        article(),
        candidate(1, investor_country="US", recipient_country="US"),
        candidate(1, recipient_country="ZZ"),
        candidate(1, investor_country=None),
        candidate(1, currency="XXX"),
    )
    assert Pledge.objects.count() == 0
    assert len(summary.errors) == 4
    assert "same country" in summary.errors[0]


def test_an_unknown_organization_name_is_created_once(world):
    save(article(), candidate(3, orgs=("Korea Zinc",)))
    save(article(published=date(2025, 4, 1)), candidate(3, orgs=("Korea Zinc",)))
    assert Pledge.objects.get().organizations.get().name == "Korea Zinc"


def test_marking_an_article_not_relevant_removes_its_evidence_and_sends_orphans_to_review(world):
    first, second = article(), article(published=date(2025, 3, 25))
    save(first, candidate(21), candidate(5, orgs=("Hanwha Group",)))
    save(second, candidate(21))
    Pledge.objects.update(review_status=ReviewStatus.VERIFIED)
    returned = services.mark_not_relevant(first)
    first.refresh_from_db()
    assert first.status == ArticleStatus.NOT_RELEVANT
    assert not Evidence.objects.filter(article=first).exists()
    assert returned == 1
    assert Pledge.objects.get(amount_usd=5 * BILLION).review_status == ReviewStatus.UNREVIEWED
    assert Pledge.objects.get(amount_usd=21 * BILLION).review_status == ReviewStatus.VERIFIED


def test_reextraction_with_better_rules_corrects_and_cleans_up_and_respects_locks(world, monkeypatch):
    art = article()
    monkeypatch.setattr(services, "run_extractor", lambda a: [candidate(21), candidate(9, orgs=("Hanwha Group",))])
    services.extract_article(art.pk)
    wrong = Pledge.objects.get(amount_usd=9 * BILLION)
    right = Pledge.objects.get(amount_usd=21 * BILLION)
    right.sectors.set([])
    lock_fields(right, ["sectors"])
    right.save()
    # The improved rules read the figure as $21.2 billion and no longer see a Hanwha pledge.
    monkeypatch.setattr(services, "run_extractor", lambda a: [candidate(21.2, sectors=("automotive", "steel"))])
    summary = services.reextract_articles([art.pk])
    wrong.refresh_from_db()
    right.refresh_from_db()
    assert not wrong.evidence.exists()
    assert wrong.review_status == ReviewStatus.UNREVIEWED
    assert right.evidence.count() == 1
    assert list(right.sectors.all()) == []  # locked by an editor
    assert summary.pledges_new == 0
    again = services.reextract_articles([art.pk])
    assert (again.pledges_new, again.pledges_updated) == (0, 0)


def test_a_later_article_quoting_the_earlier_figure_backs_the_updated_pledge(world):
    save(article(), candidate(21))
    save(article(published=date(2025, 8, 25)), candidate(26, previous_amounts_usd=(21 * BILLION,)))
    summary = save(
        article(published=date(2025, 9, 1)),
        candidate(21, evidence=["Hyundai had pledged $21 billion in March before raising the plan."]),
    )
    assert summary.pledges_new == 0
    pledge = Pledge.objects.get()
    assert pledge.amount_usd == 26 * BILLION
    assert pledge.evidence.count() == 3


def test_the_earlier_figure_named_in_an_update_is_not_a_second_pledge(world):
    sentence = "Hyundai raised its planned U.S. investment to $26 billion from $21 billion."
    save(
        article(published=date(2025, 8, 26)),
        candidate(26, previous_amounts_usd=(21 * BILLION,), evidence=[sentence]),
        candidate(21, status="superseded", evidence=[sentence]),
    )
    pledge = Pledge.objects.get()
    assert pledge.amount_usd == 26 * BILLION
    assert pledge.evidence.count() == 1


def test_an_earlier_figure_backs_the_pledge_that_had_it(world):
    save(article(), candidate(21))
    summary = save(article(published=date(2025, 8, 26)), candidate(21, status="superseded"))
    assert summary.pledges_new == 0
    assert Pledge.objects.get().evidence.count() == 2


def test_the_announcement_read_after_the_update_backs_the_updated_pledge(world):
    save(article(published=date(2025, 8, 25)), candidate(26, previous_amounts_usd=(21 * BILLION,)))
    summary = save(article(published=date(2025, 3, 24)), candidate(21))
    assert summary.pledges_new == 0
    pledge = Pledge.objects.get()
    assert pledge.amount_usd == 26 * BILLION
    assert pledge.evidence.count() == 2


def test_two_articles_give_the_same_pledges_whichever_is_read_first(world):
    announcement = [candidate(21), candidate(26, evidence=["It could raise the plan to $26 billion."])]
    update = [candidate(26, previous_amounts_usd=(21 * BILLION,), evidence=["Hyundai raised it to $26 billion."])]
    march, august = article(), article(published=date(2025, 8, 25))

    def outcome():
        return sorted((p.amount_usd, p.status, p.include_in_totals) for p in Pledge.objects.all())

    save(march, *announcement)
    save(august, *update)
    in_date_order = outcome()
    Evidence.objects.all().delete()
    PledgeLink.objects.all().delete()
    Pledge.objects.all().delete()
    save(august, *update)
    save(march, *announcement)
    assert outcome() == in_date_order
    assert in_date_order == [(21 * BILLION, PledgeStatus.SUPERSEDED, False), (26 * BILLION, "announced", True)]
