"""Loading the bundled reference data is idempotent and never reverts an editor's change."""

import pytest

from pledges.models import Country, Organization, Sector
from pledges.reference import load
from pledges.reference.load import load_reference_data

pytestmark = pytest.mark.django_db

SECTOR_SLUGS = [
    "semiconductors", "ai-data-centers", "batteries", "automotive", "shipbuilding", "nuclear", "oil-gas",
    "renewables", "power-grid", "critical-minerals", "steel-metals", "biotech-pharma", "aerospace", "defense",
    "space", "telecom", "electronics", "chemicals", "infrastructure", "agriculture-food", "financial-services",
    "robotics", "quantum", "other",
]  # fmt: skip


def snapshot():
    return (
        list(Country.objects.order_by("code").values()),
        list(Sector.objects.order_by("slug").values()),
        list(Organization.objects.order_by("name").values()),
        sorted(Organization.sectors.through.objects.values_list("organization_id", "sector_id")),
    )


def test_first_load_creates_every_country_the_eu_all_sectors_and_organizations():
    report = load_reference_data()
    assert report.created["country"] == Country.objects.count() >= 249
    assert Country.objects.get(code="EU").is_bloc
    assert list(Sector.objects.values_list("slug", flat=True)) == SECTOR_SLUGS
    assert Organization.objects.count() >= 150
    assert report.updated == {}


def test_loading_twice_changes_nothing(reference_data):
    before = snapshot()
    report = load_reference_data()
    assert report.created == {} and report.updated == {}
    assert snapshot() == before


def test_an_editors_change_survives_a_reload(reference_data):
    korea = Country.objects.get(code="KR")
    korea.name = "Republic of Korea"
    korea.save()
    semiconductors = Sector.objects.get(slug="semiconductors")
    semiconductors.keywords = ["chips"]
    semiconductors.save()

    report = load_reference_data()

    assert Country.objects.get(code="KR").name == "Republic of Korea"
    assert Sector.objects.get(slug="semiconductors").keywords == ["chips"]
    assert report.updated == {}


def test_an_improvement_to_the_bundled_data_reaches_fields_nobody_edited(reference_data, monkeypatch):
    korea = Country.objects.get(code="KR")
    korea.region = "Edited by hand"
    korea.save()

    original = load._country_values

    def improved():
        values = original()
        for row in values:
            if row["code"] == "KR":
                row["aliases"] = [*row["aliases"], "Hanguk"]
                row["region"] = "East Asia"
        return values

    monkeypatch.setattr(load, "_country_values", improved)
    report = load_reference_data()

    korea.refresh_from_db()
    assert "Hanguk" in korea.aliases
    assert korea.region == "Edited by hand"
    assert report.updated == {"country": 1}
    assert report.kept_editor_values == {"country": 1}


def test_a_locked_organization_field_is_not_overwritten(reference_data, monkeypatch):
    organization = Organization.objects.exclude(kind="fund").first()
    organization.locked_fields = ["kind"]
    organization.save()
    original = load._organization_values

    def changed(with_parents):
        values = original(with_parents)
        for row in values:
            if row["name"] == organization.name:
                row["kind"] = "fund"
        return values

    monkeypatch.setattr(load, "_organization_values", changed)
    load_reference_data()
    organization.refresh_from_db()
    assert organization.kind != "fund"


def test_organizations_are_linked_to_their_parent_group(reference_data):
    assert Organization.objects.filter(parent__isnull=False).count() >= 10
    for organization in Organization.objects.filter(parent__isnull=False).select_related("parent"):
        assert organization.parent_id != organization.pk


def test_organization_sectors_follow_the_bundled_data_unless_an_editor_changed_them(reference_data, monkeypatch):
    edited, untouched = Organization.objects.filter(sectors__isnull=False).distinct().order_by("name")[:2]
    edited.sectors.set([])
    original = load._organization_values

    def improved(with_parents):
        values = original(with_parents)
        for row in values:
            if row["name"] in {edited.name, untouched.name}:
                row["sectors"] = sorted({*row["sectors"], "quantum"})
        return values

    monkeypatch.setattr(load, "_organization_values", improved)
    report = load_reference_data()

    assert list(edited.sectors.all()) == []
    assert "quantum" in untouched.sectors.values_list("slug", flat=True)
    assert report.kept_editor_values == {"organization": 1}
