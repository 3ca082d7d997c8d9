"""Public dashboard pages. Views stay thin: PledgeFilterSet filters, pledges.aggregates computes figures,
pledges.charts builds the plotly figures, templates lay them out. No login is needed anywhere."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from ingest.models import Article
from pledges import charts, exports
from pledges.aggregates import cached_derived, cached_figures, purchases_queryset
from pledges.filtersets import SCOPE_ALL, SORT_FIELDS, PledgeFilterSet
from pledges.models import Country, Evidence, Organization, Pledge, Sector
from pledges.totals import RULE_IN_ONE_SENTENCE

PAGE_SIZE = 25
RELATED_PLEDGES = 15


def _filterset(request, **fixed) -> PledgeFilterSet:
    """The dashboard FilterSet on the query string, with some parameters fixed by the page (e.g. a country)."""
    data = request.GET.copy() if fixed else request.GET
    for key, value in fixed.items():
        data[key] = value
    return PledgeFilterSet(data, queryset=Pledge.objects.all())


def _figures(filterset: PledgeFilterSet):
    purchases = purchases_queryset(filterset.with_scope(SCOPE_ALL))
    return cached_figures(filterset.qs, scope=filterset.chosen_scope, purchases=purchases)


def _table_queryset(queryset):
    return queryset.select_related("investor_country", "recipient_country", "parent").prefetch_related(
        Prefetch("sectors", queryset=Sector.objects.only("slug", "name", "display_order")),
        Prefetch("organizations", queryset=Organization.objects.only("id", "name")),
    )


def _chart(figures, name, build, rows):
    """One chart built from `figures`, cached beside them."""
    return cached_derived(figures, f"chart-{name}", lambda: build(rows))


def _overview_charts(figures, side):
    return {
        "sector": charts.sector_chart(figures.by_sector),
        "flows": charts.flows_chart(figures.flows),
        "quarter": charts.quarter_chart(figures.by_quarter),
        "organizations": charts.organizations_chart(figures.top_organizations),
        "map": charts.map_chart(figures.by_investor if side == "investor" else figures.by_recipient, side=side),
    }


@require_GET
def overview(request):
    filterset = _filterset(request)
    figures = _figures(filterset)
    side = "investor" if request.GET.get("map") == "investor" else "recipient"
    context = {
        "filterset": filterset,
        "figures": figures,
        "rule": RULE_IN_ONE_SENTENCE,
        "map_side": side,
        "charts": cached_derived(figures, f"overview-charts-{side}", lambda: _overview_charts(figures, side)),
    }
    return render(request, "pledges/overview.html", context)


@require_GET
def pledge_list(request):
    filterset = _filterset(request)
    paginator = Paginator(_table_queryset(filterset.ordered_qs), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "filterset": filterset,
        "page": page,
        "paginator": paginator,
        "sort_fields": SORT_FIELDS,
        "current_sort": request.GET.get("sort", ""),
        "rule": RULE_IN_ONE_SENTENCE,
    }
    return render(request, "pledges/pledge_list.html", context)


def correction_summary(pledge) -> list[dict]:
    """Editors' corrections, from pledges.history when the admin side provides it, else simple-history."""
    try:
        from pledges.history import correction_summary as summarize
    except ImportError:
        summarize = None
    if summarize is not None:
        return summarize(pledge)
    records = pledge.history.select_related("history_user").order_by("-history_date")[:20]
    return [
        {
            "when": record.history_date,
            "who": str(record.history_user) if record.history_user else "",
            "fields": [],
            "what": record.get_history_type_display(),
            "reason": record.history_change_reason or "",
        }
        for record in records
    ]


@require_GET
def pledge_detail(request, pk):
    pledge = get_object_or_404(
        Pledge.objects.select_related("investor_country", "recipient_country", "parent").prefetch_related(
            "sectors", "organizations"
        ),
        pk=pk,
    )
    components = _table_queryset(pledge.components.all()).order_by("-amount_usd")
    evidence = Evidence.objects.filter(pledge=pledge).select_related("article").order_by("article__published_on")
    links = [
        *((link.kind, "to", link.to_pledge) for link in pledge.links_out.select_related("to_pledge")),
        *((link.kind, "from", link.from_pledge) for link in pledge.links_in.select_related("from_pledge")),
    ]
    context = {
        "pledge": pledge,
        "components": components,
        "components_usd": sum((c.amount_usd for c in components if c.include_in_totals), start=0),
        "evidence": evidence,
        "links": links,
        "corrections": correction_summary(pledge),
        "rule": RULE_IN_ONE_SENTENCE,
    }
    return render(request, "pledges/pledge_detail.html", context)


def _top_pledges(filterset):
    return _table_queryset(filterset.qs).order_by("-amount_usd")[:RELATED_PLEDGES]


@require_GET
def country(request, code):
    country = get_object_or_404(Country, code=code.upper())
    outgoing = _filterset(request, investor=country.code)
    incoming = _filterset(request, recipient=country.code)
    out_figures, in_figures = _figures(outgoing), _figures(incoming)
    context = {
        "country": country,
        "outgoing": out_figures,
        "incoming": in_figures,
        "outgoing_pledges": _top_pledges(outgoing),
        "incoming_pledges": _top_pledges(incoming),
        "charts": {
            "out_sector": _chart(out_figures, "sector", charts.sector_chart, out_figures.by_sector),
            "in_sector": _chart(in_figures, "sector", charts.sector_chart, in_figures.by_sector),
        },
        "rule": RULE_IN_ONE_SENTENCE,
    }
    return render(request, "pledges/country.html", context)


@require_GET
def country_pair(request, investor, recipient):
    investor_country = get_object_or_404(Country, code=investor.upper())
    recipient_country = get_object_or_404(Country, code=recipient.upper())
    filterset = _filterset(request, investor=investor_country.code, recipient=recipient_country.code)
    figures = _figures(filterset)
    # Packages first, each with its components under it; pledges outside any package after them.
    top_level = (
        _table_queryset(filterset.qs.filter(parent__isnull=True))
        .prefetch_related(Prefetch("components", queryset=_table_queryset(Pledge.objects.order_by("-amount_usd"))))
        .order_by("-amount_usd")[:60]
    )
    packages = [pledge for pledge in top_level if pledge.components.all()]
    standalone = [pledge for pledge in top_level if not pledge.components.all()][:25]
    context = {
        "investor": investor_country,
        "recipient": recipient_country,
        "figures": figures,
        "packages": packages,
        "standalone": standalone,
        "charts": {
            "sector": _chart(figures, "sector", charts.sector_chart, figures.by_sector),
            "quarter": _chart(figures, "quarter", charts.quarter_chart, figures.by_quarter),
        },
        "rule": RULE_IN_ONE_SENTENCE,
    }
    return render(request, "pledges/country_pair.html", context)


@require_GET
def sector(request, slug):
    sector = get_object_or_404(Sector, slug=slug)
    filterset = _filterset(request, sector=sector.slug)
    figures = _figures(filterset)
    context = {
        "sector": sector,
        "figures": figures,
        "pledges": _top_pledges(filterset),
        "charts": {
            "flows": _chart(figures, "flows", charts.flows_chart, figures.flows),
            "map": _chart(figures, "map", charts.map_chart, figures.by_recipient),
        },
        "rule": RULE_IN_ONE_SENTENCE,
    }
    return render(request, "pledges/sector.html", context)


@require_GET
def organization(request, pk):
    organization = get_object_or_404(Organization.objects.select_related("country", "parent"), pk=pk)
    filterset = _filterset(request, organization=str(organization.pk))
    figures = _figures(filterset)
    context = {
        "organization": organization,
        "figures": figures,
        "pledges": _top_pledges(filterset),
        "subsidiaries": organization.subsidiaries.order_by("name")[:50],
        "charts": {"sector": _chart(figures, "sector", charts.sector_chart, figures.by_sector)},
        "rule": RULE_IN_ONE_SENTENCE,
    }
    return render(request, "pledges/organization.html", context)


@require_GET
def article_list(request):
    articles = Article.objects.select_related("feed").annotate(pledge_count=Count("evidence__pledge", distinct=True))
    status = request.GET.get("status", "")
    if status:
        articles = articles.filter(status=status)
    paginator = Paginator(articles.order_by("-published_on", "-created_at", "-pk"), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    statuses = Article._meta.get_field("status").choices
    return render(
        request,
        "pledges/article_list.html",
        {"page": page, "paginator": paginator, "statuses": statuses, "status": status},
    )


@require_GET
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("feed", "duplicate_of"), pk=pk)
    evidence = (
        Evidence.objects.filter(article=article)
        .select_related("pledge__investor_country", "pledge__recipient_country")
        .order_by("pk")
    )
    return render(request, "pledges/article_detail.html", {"article": article, "evidence": evidence})


@require_GET
def export_csv(request):
    filterset = _filterset(request)
    if not filterset.is_valid():
        return render(request, "pledges/pledge_list_invalid.html", {"filterset": filterset}, status=400)
    return exports.csv_response(filterset.ordered_qs, scope=filterset.chosen_scope)


@require_GET
def export_json(request):
    filterset = _filterset(request)
    if not filterset.is_valid():
        return render(request, "pledges/pledge_list_invalid.html", {"filterset": filterset}, status=400)
    meta = {"filters": {k: v for k, v in request.GET.items() if v}, "rule": RULE_IN_ONE_SENTENCE}
    return exports.json_response(filterset.ordered_qs, scope=filterset.chosen_scope, meta=meta)
