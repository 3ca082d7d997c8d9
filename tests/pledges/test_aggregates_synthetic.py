"""seed_synthetic builds a data set the dashboard can aggregate, and --clear removes exactly what it built."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from pledges.aggregates import compute_figures
from pledges.exports import export_queryset
from pledges.filtersets import PledgeFilterSet
from pledges.models import Evidence, Organization, Pledge
from tests.factories import PledgeFactory


@pytest.mark.django_db
def test_seed_synthetic_builds_packages_components_and_evidence_and_clears_them(reference_data):
    kept = PledgeFactory(title="A real pledge")
    call_command("seed_synthetic", pledges=600, seed=3)
    synthetic = Pledge.objects.exclude(pk=kept.pk)
    assert synthetic.count() >= 600
    assert synthetic.filter(parent__isnull=False).exists()
    assert synthetic.filter(kind="purchase").exists() and synthetic.filter(include_in_totals=False).exists()
    assert not synthetic.annotate(n=Count("evidence")).filter(n=0).exists()
    assert not synthetic.annotate(n=Count("sectors")).filter(n=0).exists()

    queryset = PledgeFilterSet({}, queryset=Pledge.objects.all()).qs
    figures = compute_figures(queryset)
    assert figures.total_usd == sum(row["counted_usd"] for row in export_queryset(queryset)).quantize(1)
    assert sum(row["usd"] for row in figures.by_sector) == pytest.approx(figures.total_usd, abs=30)

    call_command("seed_synthetic", pledges=0, clear=True)
    assert list(Pledge.objects.values_list("title", flat=True)) == ["A real pledge"]
    assert not Evidence.objects.filter(article__feed__name="Synthetic data").exists()
    assert not Organization.objects.filter(aliases__contains=["synthetic"]).exists()
